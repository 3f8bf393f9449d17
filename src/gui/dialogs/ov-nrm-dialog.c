/* ov-nrm-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An NRM referral or an MS1 notification under the Duty to Notify, and the decisions on
 * it. Which route is right depends on the person: a child (or someone whose age is
 * disputed) is referred without consent, an adult only with consent, otherwise notified
 * anonymously on MS1. The store enforces that and says what to do; the dialog shows its
 * message at the route.
 */

#define G_LOG_DOMAIN "ov-nrm-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-nrm-dialog.h"
#include "ov-util.h"

struct _OvNrmDialog
{
  GtkWindow       parent_instance;

  OvStore        *store;
  OvPerson       *person;
  OvNrmReferral  *referral;
  OvForm         *form;

  GtkButton      *save_button;
  GtkLabel       *route_hint;
  GtkDropDown    *route_drop_down;
  GtkLabel       *route_error;
  GtkCheckButton *consent_check;
  GtkLabel       *consent_error;
  GtkEntry       *submitted_entry;
  GtkLabel       *submitted_error;
  GtkEntry       *reference_entry;
  GtkLabel       *reference_error;
  GtkDropDown    *decision_maker_drop_down;
  GtkLabel       *decision_maker_error;
  GtkDropDown    *rg_drop_down;
  GtkLabel       *rg_error;
  GtkEntry       *rg_entry;
  GtkLabel       *rg_on_error;
  GtkLabel       *recovery_label;
  GtkDropDown    *cg_drop_down;
  GtkLabel       *cg_error;
  GtkEntry       *cg_entry;
  GtkLabel       *cg_on_error;
  GtkCheckButton *reconsideration_check;
  GtkLabel       *reconsideration_error;
  GtkTextView    *notes_view;
  GtkLabel       *notes_error;
  GtkLabel       *stage_label;
  GtkWidget      *error_banner;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (OvNrmDialog, ov_nrm_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  PROP_REFERRAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What follows from the dates and decisions entered, worked out by the model. */
static void
update_derived (OvNrmDialog *self)
{
  g_autofree char *stage = ov_nrm_referral_describe_stage (self->referral);
  g_autofree char *ends_on = ov_nrm_referral_get_recovery_period_ends_on (self->referral);
  g_autofree char *ends = NULL;

  gtk_label_set_text (self->stage_label, stage);
  if (ends_on != NULL)
    {
      ends = ov_format_date (ends_on);
      gtk_label_set_text (self->recovery_label, ends);
    }
  else
    gtk_label_set_text (self->recovery_label,
                        _("Starts with a positive reasonable grounds decision"));
}

static void
on_save_clicked (OvNrmDialog *self,
                 GtkButton   *button)
{
  ov_nrm_dialog_save (self);
}

static void
ov_nrm_dialog_constructed (GObject *object)
{
  OvNrmDialog *self = OV_NRM_DIALOG (object);
  g_autofree char *today = ov_today_local ();
  g_autofree char *hint = NULL;

  G_OBJECT_CLASS (ov_nrm_dialog_parent_class)->constructed (object);

  if (self->person == NULL || self->referral == NULL)
    return;

  if (ov_person_is_child (self->person, today))
    /* Translators: %s is a person's name */
    hint = g_strdup_printf (_("%s is treated as a child: refer them to the NRM. A child needs "
                              "no consent."),
                            ov_person_get_name (self->person));
  else
    /* Translators: %s is a person's name */
    hint = g_strdup_printf (_("Refer %s to the NRM if they consent. If they do not, the Duty "
                              "to Notify is met by an anonymous MS1 notification."),
                            ov_person_get_name (self->person));
  gtk_label_set_text (self->route_hint, hint);

  ov_form_set_record (self->form, OV_RECORD (self->referral));
  g_signal_connect_object (self->referral, "notify", G_CALLBACK (update_derived), self,
                           G_CONNECT_SWAPPED);
  update_derived (self);

  if (ov_record_get_id (OV_RECORD (self->referral)) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _("New NRM Referral or MS1"));
  else
    gtk_window_set_title (GTK_WINDOW (self), _("NRM Referral or MS1"));
}

static void
ov_nrm_dialog_dispose (GObject *object)
{
  OvNrmDialog *self = OV_NRM_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_NRM_DIALOG);
  g_clear_object (&self->referral);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_nrm_dialog_parent_class)->dispose (object);
}

static void
ov_nrm_dialog_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvNrmDialog *self = OV_NRM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    case PROP_REFERRAL:
      g_value_set_object (value, self->referral);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_nrm_dialog_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvNrmDialog *self = OV_NRM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    case PROP_REFERRAL:
      self->referral = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_nrm_dialog_class_init (OvNrmDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_nrm_dialog_constructed;
  object_class->dispose = ov_nrm_dialog_dispose;
  object_class->get_property = ov_nrm_dialog_get_property;
  object_class->set_property = ov_nrm_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERRAL] =
    g_param_spec_object ("referral", NULL, NULL,
                         OV_TYPE_NRM_REFERRAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-nrm-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, route_hint);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, route_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, route_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, consent_check);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, consent_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, submitted_entry);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, submitted_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, reference_entry);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, reference_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, decision_maker_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, decision_maker_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, rg_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, rg_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, rg_entry);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, rg_on_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, recovery_label);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, cg_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, cg_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, cg_entry);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, cg_on_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, reconsideration_check);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, reconsideration_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, notes_error);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, stage_label);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvNrmDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
ov_nrm_dialog_init (OvNrmDialog *self)
{
  OvForm *form;

  gtk_widget_init_template (GTK_WIDGET (self));

  form = self->form = ov_form_new ();
  ov_form_add_drop_down (form, "route", OV_TYPE_NRM_ROUTE, self->route_drop_down,
                         self->route_error);
  ov_form_add_check (form, "consent-given", self->consent_check, self->consent_error);
  ov_form_add_entry (form, "submitted-on", GTK_EDITABLE (self->submitted_entry),
                     self->submitted_error);
  ov_form_add_entry (form, "reference", GTK_EDITABLE (self->reference_entry),
                     self->reference_error);
  ov_form_add_drop_down (form, "decision-maker", OV_TYPE_NRM_DECISION_MAKER,
                         self->decision_maker_drop_down, self->decision_maker_error);
  ov_form_add_drop_down (form, "rg-outcome", OV_TYPE_GROUNDS_OUTCOME, self->rg_drop_down,
                         self->rg_error);
  ov_form_add_entry (form, "rg-on", GTK_EDITABLE (self->rg_entry), self->rg_on_error);
  ov_form_add_drop_down (form, "cg-outcome", OV_TYPE_GROUNDS_OUTCOME, self->cg_drop_down,
                         self->cg_error);
  ov_form_add_entry (form, "cg-on", GTK_EDITABLE (self->cg_entry), self->cg_on_error);
  ov_form_add_check (form, "reconsideration-requested", self->reconsideration_check,
                     self->reconsideration_error);
  ov_form_add_text_view (form, "notes", self->notes_view, self->notes_error);
}

/**
 * ov_nrm_dialog_new:
 * @person: the potential victim
 * @referral: a new referral for @person, or a copy loaded for editing
 *
 * Returns: (transfer none): a new dialog; it closes itself once the referral is saved
 */
OvNrmDialog *
ov_nrm_dialog_new (OvStore       *store,
                   OvPerson      *person,
                   OvNrmReferral *referral)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (referral), NULL);

  return g_object_new (OV_TYPE_NRM_DIALOG,
                       "store", store,
                       "person", person,
                       "referral", referral,
                       NULL);
}

/**
 * ov_nrm_dialog_save:
 *
 * Saves the referral. A route the store refuses for this person is shown at the route,
 * with what to do instead, and nothing is written.
 *
 * Returns: %TRUE if saved and the dialog closed
 */
gboolean
ov_nrm_dialog_save (OvNrmDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OV_IS_NRM_DIALOG (self), FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (!ov_form_validate (self->form))
    return FALSE;
  if (!ov_store_save (self->store, OV_RECORD (self->referral), &error))
    {
      /* The model's own rules were checked above: what remains is the store's rule on
       * the route for this person's age. */
      if (g_error_matches (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID))
        ov_form_show_error (self->form, "route", error->message);
      else
        {
          gtk_label_set_text (self->error_label, error->message);
          gtk_widget_set_visible (self->error_banner, TRUE);
        }
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
