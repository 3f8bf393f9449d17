/* ov-person-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding or editing a victim, witness or suspect of a case. The model's rules are shown
 * under the field they concern; for a victim who is also a suspect the dialog asks for the
 * section 45 consideration (the statutory defence for victims compelled to offend).
 */

#define G_LOG_DOMAIN "ov-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-person-dialog.h"
#include "ov-util.h"

struct _OvPersonDialog
{
  GtkWindow       parent_instance;

  OvStore        *store;
  OvPerson       *person;
  OvForm         *form;
  OvPersonStatus  stored_status;

  GtkButton      *save_button;
  GtkWidget      *error_banner;
  GtkLabel       *error_label;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkCheckButton *pseudonym_check;
  GtkCheckButton *victim_check;
  GtkCheckButton *witness_check;
  GtkCheckButton *suspect_check;
  GtkLabel       *roles_error;
  GtkEntry       *identified_entry;
  GtkLabel       *identified_error;
  GtkEntry       *birth_entry;
  GtkLabel       *birth_error;
  GtkDropDown    *age_drop_down;
  GtkLabel       *age_error;
  GtkDropDown    *gender_drop_down;
  GtkLabel       *gender_error;
  GtkEntry       *nationality_entry;
  GtkLabel       *nationality_error;
  GtkEntry       *languages_entry;
  GtkLabel       *languages_error;
  GtkCheckButton *interpreter_check;
  GtkLabel       *interpreter_error;
  GtkDropDown    *care_drop_down;
  GtkLabel       *care_error;
  GtkDropDown    *status_drop_down;
  GtkLabel       *status_error;
  GtkCheckButton *labour_check;
  GtkCheckButton *sexual_check;
  GtkCheckButton *criminal_check;
  GtkCheckButton *domestic_check;
  GtkCheckButton *organ_check;
  GtkCheckButton *unknown_check;
  GtkLabel       *exploitation_error;
  GtkWidget      *s45_box;
  GtkDropDown    *s45_drop_down;
  GtkLabel       *s45_error;
  GtkTextView    *s45_rationale_view;
  GtkLabel       *s45_rationale_error;
  GtkEntry       *s45_date_entry;
  GtkLabel       *s45_date_error;
};

G_DEFINE_FINAL_TYPE (OvPersonDialog, ov_person_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_flag_label (GtkCheckButton *check_button,
                GType           flags_type,
                guint           flag)
{
  gtk_check_button_set_label (check_button, ov_enum_get_label (flags_type, (int) flag));
}

static void
update_s45 (OvPersonDialog *self)
{
  OvPersonRole roles = self->person != NULL ? ov_person_get_roles (self->person) : 0;
  gboolean victim_and_suspect = (roles & OV_PERSON_ROLE_VICTIM) && (roles & OV_PERSON_ROLE_SUSPECT);

  /* A consideration already recorded stays visible, so it is never changed unseen. */
  gtk_widget_set_visible (self->s45_box,
                          victim_and_suspect ||
                          (self->person != NULL &&
                           ov_person_get_s45_decision (self->person) !=
                           OV_S45_DECISION_NOT_CONSIDERED));
}

static void
show_error (OvPersonDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
on_save_clicked (OvPersonDialog *self,
                 GtkButton      *button)
{
  ov_person_dialog_save (self);
}

static void
ov_person_dialog_constructed (GObject *object)
{
  OvPersonDialog *self = OV_PERSON_DIALOG (object);

  G_OBJECT_CLASS (ov_person_dialog_parent_class)->constructed (object);

  if (self->person == NULL)
    return;

  self->stored_status = ov_person_get_status (self->person);
  ov_form_set_record (self->form, OV_RECORD (self->person));
  g_signal_connect_object (self->person, "notify::roles", G_CALLBACK (update_s45), self,
                           G_CONNECT_SWAPPED);
  update_s45 (self);

  if (ov_record_get_id (OV_RECORD (self->person)) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _("Add Person"));
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
}

static void
ov_person_dialog_dispose (GObject *object)
{
  OvPersonDialog *self = OV_PERSON_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_PERSON_DIALOG);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_person_dialog_parent_class)->dispose (object);
}

static void
ov_person_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvPersonDialog *self = OV_PERSON_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvPersonDialog *self = OV_PERSON_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_dialog_class_init (OvPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_person_dialog_constructed;
  object_class->dispose = ov_person_dialog_dispose;
  object_class->get_property = ov_person_dialog_get_property;
  object_class->set_property = ov_person_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvPersonDialog::saved:
   * @person: the person as saved
   * @previous_status: the person's status before, as stored (an #OvPersonStatus)
   *
   * Emitted once the person is saved, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, OV_TYPE_PERSON, OV_TYPE_PERSON_STATUS);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, pseudonym_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, victim_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, witness_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, suspect_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, roles_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, identified_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, identified_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, birth_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, birth_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, age_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, age_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, gender_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, gender_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, nationality_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, nationality_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, languages_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, languages_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, interpreter_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, interpreter_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, care_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, care_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, status_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, labour_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, sexual_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, criminal_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, domestic_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, organ_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, unknown_check);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, exploitation_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, s45_box);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, s45_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, s45_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, s45_rationale_view);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, s45_rationale_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, s45_date_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDialog, s45_date_error);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
ov_person_dialog_init (OvPersonDialog *self)
{
  OvForm *form;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The same words as the reports and the exchange format use. */
  set_flag_label (self->victim_check, OV_TYPE_PERSON_ROLE, OV_PERSON_ROLE_VICTIM);
  set_flag_label (self->witness_check, OV_TYPE_PERSON_ROLE, OV_PERSON_ROLE_WITNESS);
  set_flag_label (self->suspect_check, OV_TYPE_PERSON_ROLE, OV_PERSON_ROLE_SUSPECT);
  set_flag_label (self->labour_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_LABOUR);
  set_flag_label (self->sexual_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_SEXUAL);
  set_flag_label (self->criminal_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_CRIMINAL);
  set_flag_label (self->domestic_check, OV_TYPE_EXPLOITATION,
                  OV_EXPLOITATION_DOMESTIC_SERVITUDE);
  set_flag_label (self->organ_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_ORGAN_HARVESTING);
  set_flag_label (self->unknown_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_UNKNOWN);

  form = self->form = ov_form_new ();
  ov_form_add_entry (form, "name", GTK_EDITABLE (self->name_entry), self->name_error);
  ov_form_add_check (form, "pseudonym", self->pseudonym_check, NULL);
  ov_form_add_flag (form, "roles", OV_PERSON_ROLE_VICTIM, self->victim_check,
                    self->roles_error);
  ov_form_add_flag (form, "roles", OV_PERSON_ROLE_WITNESS, self->witness_check, NULL);
  ov_form_add_flag (form, "roles", OV_PERSON_ROLE_SUSPECT, self->suspect_check, NULL);
  ov_form_add_entry (form, "identified-on", GTK_EDITABLE (self->identified_entry),
                     self->identified_error);
  ov_form_add_entry (form, "date-of-birth", GTK_EDITABLE (self->birth_entry), self->birth_error);
  ov_form_add_drop_down (form, "age-status", OV_TYPE_AGE_STATUS, self->age_drop_down,
                         self->age_error);
  ov_form_add_drop_down (form, "gender", OV_TYPE_GENDER, self->gender_drop_down,
                         self->gender_error);
  ov_form_add_entry (form, "nationality", GTK_EDITABLE (self->nationality_entry),
                     self->nationality_error);
  ov_form_add_entry (form, "languages", GTK_EDITABLE (self->languages_entry),
                     self->languages_error);
  ov_form_add_check (form, "interpreter-needed", self->interpreter_check,
                     self->interpreter_error);
  ov_form_add_drop_down (form, "care-needs", OV_TYPE_CARE_NEEDS, self->care_drop_down,
                         self->care_error);
  ov_form_add_drop_down (form, "status", OV_TYPE_PERSON_STATUS, self->status_drop_down,
                         self->status_error);
  ov_form_add_flag (form, "exploitation-types", OV_EXPLOITATION_LABOUR, self->labour_check,
                    self->exploitation_error);
  ov_form_add_flag (form, "exploitation-types", OV_EXPLOITATION_SEXUAL, self->sexual_check, NULL);
  ov_form_add_flag (form, "exploitation-types", OV_EXPLOITATION_CRIMINAL, self->criminal_check,
                    NULL);
  ov_form_add_flag (form, "exploitation-types", OV_EXPLOITATION_DOMESTIC_SERVITUDE,
                    self->domestic_check, NULL);
  ov_form_add_flag (form, "exploitation-types", OV_EXPLOITATION_ORGAN_HARVESTING,
                    self->organ_check, NULL);
  ov_form_add_flag (form, "exploitation-types", OV_EXPLOITATION_UNKNOWN, self->unknown_check,
                    NULL);
  ov_form_add_drop_down (form, "s45-decision", OV_TYPE_S45_DECISION, self->s45_drop_down,
                         self->s45_error);
  ov_form_add_text_view (form, "s45-rationale", self->s45_rationale_view,
                         self->s45_rationale_error);
  ov_form_add_entry (form, "s45-decided-on", GTK_EDITABLE (self->s45_date_entry),
                     self->s45_date_error);
}

/**
 * ov_person_dialog_new:
 * @store: the store to save in
 * @person: the person to edit: a new one with its case set, or a copy loaded for editing
 *
 * Returns: (transfer none): a new dialog; it closes itself once the person is saved
 */
OvPersonDialog *
ov_person_dialog_new (OvStore  *store,
                      OvPerson *person)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  return g_object_new (OV_TYPE_PERSON_DIALOG,
                       "store", store,
                       "person", person,
                       NULL);
}

/**
 * ov_person_dialog_get_person:
 *
 * Returns: (transfer none): the person being edited, with the user's changes
 */
OvPerson *
ov_person_dialog_get_person (OvPersonDialog *self)
{
  g_return_val_if_fail (OV_IS_PERSON_DIALOG (self), NULL);
  return self->person;
}

/**
 * ov_person_dialog_save:
 *
 * Saves the person and closes the dialog. What breaks a rule is shown under its field;
 * what the store refuses is shown at the top.
 *
 * Returns: %TRUE if saved
 */
gboolean
ov_person_dialog_save (OvPersonDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvPerson) person = NULL;

  g_return_val_if_fail (OV_IS_PERSON_DIALOG (self), FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (!ov_form_validate (self->form))
    return FALSE;
  if (!ov_store_save (self->store, OV_RECORD (self->person), &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  person = g_object_ref (self->person);
  g_signal_emit (self, signals[SAVED], 0, person, self->stored_status);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
