/* ov-person-detail.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person of a case in full: who they are, their address and contact details (shown
 * only once revealed with a reason, which is audited), and for a victim their support,
 * victim strategy, risk assessments, safeguarding referrals and NRM referral.
 */

#define G_LOG_DOMAIN "ov-person-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-dialogs.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-people-util.h"
#include "ov-person-detail.h"
#include "ov-referrals-panel.h"
#include "ov-reveal-dialog.h"
#include "ov-risk-panel.h"
#include "ov-support-panel.h"
#include "ov-util.h"
#include "ov-victim-strategy-editor.h"
#include "ov-victims.h"

struct _OvPersonDetail
{
  GtkWidget              parent_instance;

  OvStore               *store;
  OvPerson              *person;
  OvForm                *restricted_form;

  GtkLabel              *name_label;
  GtkWidget             *pseudonym_badge;
  GtkWidget             *missing_badge;
  GtkLabel              *summary_label;
  GtkStack              *stack;
  GtkWidget             *support_page;
  GtkWidget             *strategy_page;

  GtkLabel              *identified_value;
  GtkLabel              *birth_value;
  GtkLabel              *age_value;
  GtkLabel              *gender_value;
  GtkLabel              *nationality_value;
  GtkLabel              *languages_value;
  GtkLabel              *care_value;
  GtkLabel              *status_value;
  GtkLabel              *exploitation_value;
  GtkWidget             *s45_box;
  GtkLabel              *s45_value;
  GtkLabel              *s45_rationale_value;

  GtkStack              *restricted_stack;
  GtkWidget             *reveal_button;
  GtkWidget             *restricted_banner;
  GtkLabel              *restricted_banner_label;
  GtkWidget             *save_restricted_button;
  GtkTextView           *address_view;
  GtkLabel              *address_error;
  GtkEntry              *phone_entry;
  GtkLabel              *phone_error;
  GtkEntry              *email_entry;
  GtkLabel              *email_error;
  GtkTextView           *notes_view;
  GtkLabel              *notes_error;

  OvSupportPanel        *support_panel;
  OvVictimStrategyEditor *strategy_editor;
  OvRiskPanel           *risk_panel;
  OvReferralsPanel      *referrals_panel;
};

G_DEFINE_FINAL_TYPE (OvPersonDetail, ov_person_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_value (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, !ov_str_empty (text) ? text : _("Not recorded"));
  if (ov_str_empty (text))
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
set_date_value (GtkLabel   *label,
                const char *date)
{
  g_autofree char *formatted = ov_format_date (date);

  set_value (label, formatted);
}

static void
show_person (OvPersonDetail *self)
{
  OvPerson *person = self->person;
  g_autofree char *today = NULL;
  g_autofree char *roles = NULL;
  g_autofree char *age = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *exploitation = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *s45_date = NULL;
  g_autofree char *s45 = NULL;
  const char *status;
  gboolean victim;

  if (person == NULL)
    return;

  today = ov_today_local ();
  victim = ov_person_has_role (person, OV_PERSON_ROLE_VICTIM);
  status = ov_enum_get_label (OV_TYPE_PERSON_STATUS, ov_person_get_status (person));

  gtk_label_set_text (self->name_label, ov_person_get_name (person));
  gtk_widget_set_visible (self->pseudonym_badge, ov_person_get_pseudonym (person));
  gtk_widget_set_visible (self->missing_badge,
                          ov_person_get_status (person) == OV_PERSON_STATUS_MISSING);

  roles = ov_person_describe_roles (person);
  age = ov_person_describe_age (person, today);
  /* Translators: a person's roles, how their age is treated and where they are, e.g.
   * "Victim · Child · In support" */
  summary = g_strdup_printf (_("%s · %s · %s"), roles, age, status);
  gtk_label_set_text (self->summary_label, summary);

  set_date_value (self->identified_value, ov_person_get_identified_on (person));
  set_date_value (self->birth_value, ov_person_get_date_of_birth (person));
  set_value (self->age_value, age);
  set_value (self->gender_value,
             ov_enum_get_label (OV_TYPE_GENDER, ov_person_get_gender (person)));
  set_value (self->nationality_value, ov_person_get_nationality (person));
  if (ov_person_get_interpreter_needed (person))
    /* Translators: %s is the languages a person speaks */
    languages = g_strdup_printf (_("%s — needs an interpreter"),
                                 !ov_str_empty (ov_person_get_languages (person))
                                 ? ov_person_get_languages (person) : _("Not recorded"));
  else
    languages = g_strdup (ov_person_get_languages (person));
  set_value (self->languages_value, languages);
  set_value (self->care_value,
             ov_enum_get_label (OV_TYPE_CARE_NEEDS, ov_person_get_care_needs (person)));
  set_value (self->status_value, status);
  exploitation = ov_flags_to_labels (OV_TYPE_EXPLOITATION,
                                     ov_person_get_exploitation_types (person));
  set_value (self->exploitation_value, exploitation);

  gtk_widget_set_visible (self->s45_box,
                          victim && ov_person_has_role (person, OV_PERSON_ROLE_SUSPECT));
  if (ov_person_get_s45_decision (person) == OV_S45_DECISION_NOT_CONSIDERED)
    s45 = g_strdup (_("Not yet considered: record it before any charge"));
  else
    {
      s45_date = ov_format_date (ov_person_get_s45_decided_on (person));
      /* Translators: a section 45 decision and its date, e.g. "The s45 defence may apply
       * (considered 3 Jan 2026)" */
      s45 = g_strdup_printf (_("%s (considered %s)"),
                             ov_enum_get_label (OV_TYPE_S45_DECISION,
                                                ov_person_get_s45_decision (person)),
                             s45_date);
    }
  set_value (self->s45_value, s45);
  set_value (self->s45_rationale_value, ov_person_get_s45_rationale (person));

  /* Support and the victim strategy are for victims only. */
  gtk_stack_page_set_visible (gtk_stack_get_page (self->stack, self->support_page), victim);
  gtk_stack_page_set_visible (gtk_stack_get_page (self->stack, self->strategy_page), victim);
}

/* Restricted details */

static void
hide_restricted (OvPersonDetail *self)
{
  ov_form_set_record (self->restricted_form, NULL);
  gtk_widget_set_visible (self->restricted_banner, FALSE);
  gtk_stack_set_visible_child_name (self->restricted_stack, "hidden");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.save-restricted", FALSE);
}

static void
update_restricted_actions (OvPersonDetail *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.save-restricted",
                                 ov_form_get_record (self->restricted_form) != NULL &&
                                 ov_form_get_modified (self->restricted_form));
}

static void
on_revealed (OvPersonDetail     *self,
             OvPersonRestricted *restricted,
             OvRevealDialog     *dialog)
{
  if (self->person == NULL ||
      ov_person_restricted_get_person_id (restricted) !=
      ov_record_get_id (OV_RECORD (self->person)))
    return;

  ov_form_set_record (self->restricted_form, OV_RECORD (restricted));
  gtk_widget_set_visible (self->restricted_banner, FALSE);
  gtk_stack_set_visible_child_name (self->restricted_stack, "shown");
  update_restricted_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->address_view));
}

static gboolean
save_restricted (OvPersonDetail *self)
{
  OvRecord *restricted = ov_form_get_record (self->restricted_form);
  g_autoptr(GError) error = NULL;

  if (restricted == NULL || self->store == NULL)
    return FALSE;

  gtk_widget_set_visible (self->restricted_banner, FALSE);
  if (!ov_form_validate (self->restricted_form))
    return FALSE;
  if (!ov_store_save (self->store, restricted, &error))
    {
      gtk_label_set_text (self->restricted_banner_label, error->message);
      gtk_widget_set_visible (self->restricted_banner, TRUE);
      return FALSE;
    }
  ov_form_set_modified (self->restricted_form, FALSE);
  return TRUE;
}

static void
on_hide_answered (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OvPersonDetail *self = OV_PERSON_DETAIL (source);

  switch (ov_dialogs_ask_save_finish (result, NULL))
    {
    case OV_SAVE_CHOICE_SAVE:
      if (save_restricted (self))
        hide_restricted (self);
      break;
    case OV_SAVE_CHOICE_DISCARD:
      hide_restricted (self);
      break;
    case OV_SAVE_CHOICE_CANCEL:
    default:
      break;
    }
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvPersonDetail *self = OV_PERSON_DETAIL (widget);
  OvRevealDialog *dialog;

  if (self->store == NULL || self->person == NULL)
    return;

  dialog = ov_reveal_dialog_new (self->store, self->person);
  g_signal_connect_object (dialog, "revealed", G_CALLBACK (on_revealed), self,
                           G_CONNECT_SWAPPED);
  ov_present_dialog (widget, GTK_WINDOW (dialog));
}

static void
save_restricted_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  save_restricted (OV_PERSON_DETAIL (widget));
}

static void
hide_restricted_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OvPersonDetail *self = OV_PERSON_DETAIL (widget);

  if (!ov_form_get_modified (self->restricted_form))
    {
      hide_restricted (self);
      return;
    }
  ov_dialogs_ask_save (widget, _("Save the changed contact details?"),
                       _("Hiding the details without saving loses your changes."),
                       NULL, on_hide_answered, NULL);
}

/* Overrides */

static void
ov_person_detail_dispose (GObject *object)
{
  OvPersonDetail *self = OV_PERSON_DETAIL (object);
  GtkWidget *child;

  ov_person_detail_set_person (self, NULL);
  g_clear_object (&self->restricted_form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_PERSON_DETAIL);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_person_detail_parent_class)->dispose (object);
}

static void
ov_person_detail_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvPersonDetail *self = OV_PERSON_DETAIL (object);

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
ov_person_detail_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvPersonDetail *self = OV_PERSON_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_person_detail_set_store (self, g_value_get_object (value));
      break;
    case PROP_PERSON:
      ov_person_detail_set_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_detail_class_init (OvPersonDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_person_detail_dispose;
  object_class->get_property = ov_person_detail_get_property;
  object_class->set_property = ov_person_detail_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "person.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "person.save-restricted", NULL,
                                   save_restricted_action);
  gtk_widget_class_install_action (widget_class, "person.hide-restricted", NULL,
                                   hide_restricted_action);

  g_type_ensure (OV_TYPE_SUPPORT_PANEL);
  g_type_ensure (OV_TYPE_VICTIM_STRATEGY_EDITOR);
  g_type_ensure (OV_TYPE_RISK_PANEL);
  g_type_ensure (OV_TYPE_REFERRALS_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-person-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, pseudonym_badge);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, missing_badge);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, support_page);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, strategy_page);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, identified_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, birth_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, age_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, gender_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, nationality_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, languages_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, care_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, status_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, exploitation_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, s45_box);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, s45_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, s45_rationale_value);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, restricted_stack);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, restricted_banner);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, restricted_banner_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, save_restricted_button);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, address_view);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, address_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, phone_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, email_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, email_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, notes_error);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, support_panel);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, strategy_editor);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, risk_panel);
  gtk_widget_class_bind_template_child (widget_class, OvPersonDetail, referrals_panel);
}

static void
ov_person_detail_init (OvPersonDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->restricted_form = ov_form_new ();
  ov_form_add_text_view (self->restricted_form, "address", self->address_view,
                         self->address_error);
  ov_form_add_entry (self->restricted_form, "phone", GTK_EDITABLE (self->phone_entry),
                     self->phone_error);
  ov_form_add_entry (self->restricted_form, "email", GTK_EDITABLE (self->email_entry),
                     self->email_error);
  ov_form_add_text_view (self->restricted_form, "notes", self->notes_view, self->notes_error);
  g_signal_connect_object (self->restricted_form, "notify::modified",
                           G_CALLBACK (update_restricted_actions), self, G_CONNECT_SWAPPED);

  g_object_bind_property (self, "store", self->support_panel, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "person", self->support_panel, "person", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->strategy_editor, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "person", self->strategy_editor, "person",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->risk_panel, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "person", self->risk_panel, "person", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->referrals_panel, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "person", self->referrals_panel, "person",
                          G_BINDING_SYNC_CREATE);

  hide_restricted (self);
}

OvStore *
ov_person_detail_get_store (OvPersonDetail *self)
{
  g_return_val_if_fail (OV_IS_PERSON_DETAIL (self), NULL);
  return self->store;
}

/**
 * ov_person_detail_set_store:
 * @store: (nullable): the store the person's records come from
 */
void
ov_person_detail_set_store (OvPersonDetail *self,
                            OvStore        *store)
{
  g_return_if_fail (OV_IS_PERSON_DETAIL (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      hide_restricted (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

/**
 * ov_person_detail_get_person:
 *
 * Returns: (transfer none) (nullable): the person shown
 */
OvPerson *
ov_person_detail_get_person (OvPersonDetail *self)
{
  g_return_val_if_fail (OV_IS_PERSON_DETAIL (self), NULL);
  return self->person;
}

/**
 * ov_person_detail_set_person:
 * @person: (nullable): the person to show; the pane follows changes to it
 *
 * Shows another person. Their restricted details stay hidden until revealed again.
 */
void
ov_person_detail_set_person (OvPersonDetail *self,
                             OvPerson       *person)
{
  g_return_if_fail (OV_IS_PERSON_DETAIL (self));
  g_return_if_fail (person == NULL || OV_IS_PERSON (person));

  if (self->person == person)
    return;

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, show_person, self);
  if (person == NULL || self->person == NULL ||
      ov_record_get_id (OV_RECORD (person)) != ov_record_get_id (OV_RECORD (self->person)))
    hide_restricted (self);

  g_set_object (&self->person, person);
  if (person != NULL)
    g_signal_connect_object (person, "notify", G_CALLBACK (show_person), self,
                             G_CONNECT_SWAPPED);

  show_person (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

/**
 * ov_person_detail_get_modified:
 *
 * Returns: %TRUE if the victim strategy or the revealed contact details have changes not
 *   yet saved
 */
gboolean
ov_person_detail_get_modified (OvPersonDetail *self)
{
  g_return_val_if_fail (OV_IS_PERSON_DETAIL (self), FALSE);

  return ov_victim_strategy_editor_get_modified (self->strategy_editor) ||
         (ov_form_get_record (self->restricted_form) != NULL &&
          ov_form_get_modified (self->restricted_form));
}

/**
 * ov_person_detail_save:
 *
 * Saves the changes to the victim strategy and to the revealed contact details, showing
 * where they break a rule.
 *
 * Returns: %TRUE if nothing unsaved is left
 */
gboolean
ov_person_detail_save (OvPersonDetail *self)
{
  g_return_val_if_fail (OV_IS_PERSON_DETAIL (self), FALSE);

  if (ov_victim_strategy_editor_get_modified (self->strategy_editor) &&
      !ov_victim_strategy_editor_save (self->strategy_editor))
    {
      gtk_stack_set_visible_child_name (self->stack, "strategy");
      return FALSE;
    }
  if (ov_form_get_record (self->restricted_form) != NULL &&
      ov_form_get_modified (self->restricted_form) &&
      !save_restricted (self))
    {
      gtk_stack_set_visible_child_name (self->stack, "overview");
      return FALSE;
    }
  return TRUE;
}
