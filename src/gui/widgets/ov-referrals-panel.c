/* ov-referrals-panel.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's safeguarding referrals (children's social care, adult safeguarding, the
 * child trafficking guardian, victim care, health, housing) and their NRM referral or
 * Duty to Notify, with where each stands and what is still owed.
 */

#define G_LOG_DOMAIN "ov-referrals-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-nrm-dialog.h"
#include "ov-people-util.h"
#include "ov-referral-dialog.h"
#include "ov-referrals-panel.h"
#include "ov-summary-row.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvReferralsPanel
{
  GtkWidget   parent_instance;

  OvStore    *store;
  OvPerson   *person;
  GListStore *referrals;
  GListStore *nrm_referrals;

  GtkWidget  *error_banner;
  GtkLabel   *error_label;
  GtkWidget  *child_hint;
  GtkWidget  *care_hint;
  GtkWidget  *nrm_hint;
  GtkListBox *referrals_list;
  GtkListBox *nrm_list;
};

G_DEFINE_FINAL_TYPE (OvReferralsPanel, ov_referrals_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_referral_row (gpointer item,
                     gpointer user_data)
{
  OvSafeguardingReferral *referral = item;
  OvReferralOutcome outcome = ov_safeguarding_referral_get_outcome (referral);
  g_autofree char *sent = ov_format_timestamp (ov_safeguarding_referral_get_sent_at (referral));
  g_autofree char *outcome_on = NULL;
  g_autofree char *subtitle = NULL;
  OvSummaryRow *row;

  row = ov_summary_row_new (ov_enum_get_label (OV_TYPE_REFERRAL_TYPE,
                                               ov_safeguarding_referral_get_referral_type (referral)));
  ov_summary_row_add_badge (row, ov_enum_get_label (OV_TYPE_REFERRAL_OUTCOME, outcome),
                            outcome == OV_REFERRAL_OUTCOME_PENDING ? "warning-badge" :
                            outcome == OV_REFERRAL_OUTCOME_ACCEPTED ? "success-badge" : NULL);

  if (outcome != OV_REFERRAL_OUTCOME_PENDING)
    {
      outcome_on = ov_format_date (ov_safeguarding_referral_get_outcome_on (referral));
      /* Translators: e.g. "To Leeds children’s social care, sent 3 Jan 2026 10:15; outcome
       * on 4 Jan 2026" */
      subtitle = g_strdup_printf (_("To %s, sent %s; outcome on %s"),
                                  ov_safeguarding_referral_get_agency_name (referral), sent, outcome_on);
    }
  else
    /* Translators: e.g. "To Leeds children’s social care, sent 3 Jan 2026 10:15" */
    subtitle = g_strdup_printf (_("To %s, sent %s"),
                                ov_safeguarding_referral_get_agency_name (referral), sent);
  ov_summary_row_set_subtitle (row, subtitle);
  ov_summary_row_set_detail (row, ov_safeguarding_referral_get_notes (referral));
  ov_summary_row_set_button (row, _("_Edit…"), _("Record the outcome or change the referral"),
                             "referrals.edit-safeguarding",
                             g_variant_new_int64 (ov_record_get_id (OV_RECORD (referral))));
  return GTK_WIDGET (row);
}

static GtkWidget *
create_nrm_row (gpointer item,
                gpointer user_data)
{
  OvNrmReferral *referral = item;
  g_autofree char *submitted = ov_format_date (ov_nrm_referral_get_submitted_on (referral));
  g_autofree char *stage = ov_nrm_referral_describe_stage (referral);
  g_autofree char *recovery_ends = ov_nrm_referral_get_recovery_period_ends_on (referral);
  g_autofree char *recovery = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *detail = NULL;
  const char *reference = ov_nrm_referral_get_reference (referral);
  const char *decision_maker;
  OvSummaryRow *row;

  row = ov_summary_row_new (ov_enum_get_label (OV_TYPE_NRM_ROUTE,
                                               ov_nrm_referral_get_route (referral)));
  if (ov_nrm_referral_get_reconsideration_requested (referral))
    ov_summary_row_add_badge (row, _("Reconsideration requested"), "warning-badge");

  decision_maker = ov_enum_get_label (OV_TYPE_NRM_DECISION_MAKER,
                                      ov_nrm_referral_get_decision_maker (referral));
  if (ov_nrm_referral_get_route (referral) == OV_NRM_ROUTE_MS1_ANONYMOUS)
    /* Translators: e.g. "Submitted 3 Jan 2026, reference MS1-0042" */
    subtitle = g_strdup_printf (_("Submitted %s, reference %s"), submitted,
                                !ov_str_empty (reference) ? reference : _("not recorded"));
  else
    /* Translators: e.g. "Submitted 3 Jan 2026, reference NRM-0042, decided by the Single
     * Competent Authority" */
    subtitle = g_strdup_printf (_("Submitted %s, reference %s, decided by the %s"), submitted,
                                !ov_str_empty (reference) ? reference : _("not recorded"),
                                decision_maker);
  ov_summary_row_set_subtitle (row, subtitle);

  if (recovery_ends != NULL)
    {
      recovery = ov_format_date (recovery_ends);
      /* Translators: a stage followed by a date, e.g. "Reasonable grounds: positive;
       * awaiting conclusive grounds. Recovery period until at least 2 Feb 2026." */
      detail = g_strdup_printf (_("%s. Recovery period until at least %s."), stage, recovery);
    }
  else
    detail = g_strdup_printf ("%s.", stage);
  ov_summary_row_set_detail (row, detail);
  ov_summary_row_set_button (row, _("_Edit…"), _("Record a decision or change the referral"),
                             "referrals.edit-nrm",
                             g_variant_new_int64 (ov_record_get_id (OV_RECORD (referral))));
  return GTK_WIDGET (row);
}

static void
show_error (OvReferralsPanel *self,
            const GError     *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
update_hints (OvReferralsPanel *self)
{
  g_autofree char *today = ov_today_local ();
  GListModel *referrals = G_LIST_MODEL (self->referrals);
  gboolean child = self->person != NULL && ov_person_is_child (self->person, today);
  gboolean care_needs = self->person != NULL && !child &&
                        ov_person_get_care_needs (self->person) == OV_CARE_NEEDS_YES;
  gboolean victim = self->person != NULL &&
                    ov_person_has_role (self->person, OV_PERSON_ROLE_VICTIM);
  gboolean has_social_care = FALSE;
  gboolean has_s42 = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (referrals); i++)
    {
      g_autoptr(OvSafeguardingReferral) referral = g_list_model_get_item (referrals, i);
      OvReferralType type = ov_safeguarding_referral_get_referral_type (referral);

      has_social_care = has_social_care || type == OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE;
      has_s42 = has_s42 || type == OV_REFERRAL_TYPE_ADULT_SAFEGUARDING;
    }

  gtk_widget_set_visible (self->child_hint, child && !has_social_care);
  gtk_widget_set_visible (self->care_hint, care_needs && !has_s42);
  gtk_widget_set_visible (self->nrm_hint,
                          victim && g_list_model_get_n_items (G_LIST_MODEL (self->nrm_referrals)) == 0);
}

static void
load (OvReferralsPanel *self)
{
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GPtrArray) nrm_referrals = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = self->person != NULL ? ov_record_get_id (OV_RECORD (self->person)) : 0;
  gboolean loaded = self->store != NULL && id != 0;
  /* Opened read-only, the database is for consultation: no referral is made or changed. */
  gboolean writable = self->store != NULL && !ov_store_is_read_only (self->store);

  gtk_widget_set_visible (self->error_banner, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referrals.new-safeguarding",
                                 loaded && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referrals.new-nrm", loaded && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referrals.edit-safeguarding", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referrals.edit-nrm", writable);

  if (loaded && (referrals = ov_store_list_safeguarding_referrals (self->store, id, &error)) == NULL)
    show_error (self, error);
  g_clear_error (&error);
  if (loaded && (nrm_referrals = ov_store_list_nrm_referrals (self->store, id, &error)) == NULL)
    show_error (self, error);

  g_list_store_remove_all (self->referrals);
  if (referrals != NULL)
    g_list_store_splice (self->referrals, 0, 0, referrals->pdata, referrals->len);
  g_list_store_remove_all (self->nrm_referrals);
  if (nrm_referrals != NULL)
    g_list_store_splice (self->nrm_referrals, 0, 0, nrm_referrals->pdata, nrm_referrals->len);

  update_hints (self);
}

static void
on_store_changed (OvReferralsPanel *self)
{
  load (self);
}

static void
on_person_notify (OvReferralsPanel *self)
{
  update_hints (self);
}

/* Actions */

static void
new_safeguarding_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OvReferralsPanel *self = OV_REFERRALS_PANEL (widget);
  g_autoptr(OvSafeguardingReferral) referral = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *today = ov_today_local ();

  if (self->store == NULL || self->person == NULL)
    return;

  referral = ov_safeguarding_referral_new ();
  ov_safeguarding_referral_set_person_id (referral, ov_record_get_id (OV_RECORD (self->person)));
  ov_safeguarding_referral_set_sent_at (referral, now);
  /* A child's first referral is to children's social care; an adult's to adult
   * safeguarding. */
  ov_safeguarding_referral_set_referral_type (referral,
                                              ov_person_is_child (self->person, today)
                                              ? OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE
                                              : OV_REFERRAL_TYPE_ADULT_SAFEGUARDING);
  ov_present_dialog (widget, GTK_WINDOW (ov_referral_dialog_new (self->store, referral)));
}

static void
edit_safeguarding_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OvReferralsPanel *self = OV_REFERRALS_PANEL (widget);
  g_autoptr(OvSafeguardingReferral) referral = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  referral = ov_store_load (self->store, OV_TYPE_SAFEGUARDING_REFERRAL,
                            g_variant_get_int64 (parameter), &error);
  if (referral == NULL)
    {
      show_error (self, error);
      return;
    }
  ov_present_dialog (widget, GTK_WINDOW (ov_referral_dialog_new (self->store, referral)));
}

static void
new_nrm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OvReferralsPanel *self = OV_REFERRALS_PANEL (widget);
  g_autoptr(OvNrmReferral) referral = NULL;
  g_autofree char *today = ov_today_local ();
  gboolean child;

  if (self->store == NULL || self->person == NULL)
    return;

  child = ov_person_is_child (self->person, today);
  referral = ov_nrm_referral_new ();
  ov_nrm_referral_set_person_id (referral, ov_record_get_id (OV_RECORD (self->person)));
  ov_nrm_referral_set_submitted_on (referral, today);
  ov_nrm_referral_set_route (referral, child ? OV_NRM_ROUTE_NRM_CHILD
                                             : OV_NRM_ROUTE_NRM_WITH_CONSENT);
  ov_present_dialog (widget,
                     GTK_WINDOW (ov_nrm_dialog_new (self->store, self->person, referral)));
}

static void
edit_nrm_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OvReferralsPanel *self = OV_REFERRALS_PANEL (widget);
  g_autoptr(OvNrmReferral) referral = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->person == NULL)
    return;
  referral = ov_store_load (self->store, OV_TYPE_NRM_REFERRAL, g_variant_get_int64 (parameter),
                            &error);
  if (referral == NULL)
    {
      show_error (self, error);
      return;
    }
  ov_present_dialog (widget,
                     GTK_WINDOW (ov_nrm_dialog_new (self->store, self->person, referral)));
}

/* Overrides */

static void
ov_referrals_panel_dispose (GObject *object)
{
  OvReferralsPanel *self = OV_REFERRALS_PANEL (object);
  GtkWidget *child;

  ov_referrals_panel_set_store (self, NULL);
  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, on_person_notify, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_REFERRALS_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->referrals);
  g_clear_object (&self->nrm_referrals);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (ov_referrals_panel_parent_class)->dispose (object);
}

static void
ov_referrals_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvReferralsPanel *self = OV_REFERRALS_PANEL (object);

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
ov_referrals_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvReferralsPanel *self = OV_REFERRALS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_referrals_panel_set_store (self, g_value_get_object (value));
      break;
    case PROP_PERSON:
      ov_referrals_panel_set_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_referrals_panel_class_init (OvReferralsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_referrals_panel_dispose;
  object_class->get_property = ov_referrals_panel_get_property;
  object_class->set_property = ov_referrals_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "referrals.new-safeguarding", NULL,
                                   new_safeguarding_action);
  gtk_widget_class_install_action (widget_class, "referrals.edit-safeguarding", "x",
                                   edit_safeguarding_action);
  gtk_widget_class_install_action (widget_class, "referrals.new-nrm", NULL, new_nrm_action);
  gtk_widget_class_install_action (widget_class, "referrals.edit-nrm", "x", edit_nrm_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-referrals-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OvReferralsPanel, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvReferralsPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvReferralsPanel, child_hint);
  gtk_widget_class_bind_template_child (widget_class, OvReferralsPanel, care_hint);
  gtk_widget_class_bind_template_child (widget_class, OvReferralsPanel, nrm_hint);
  gtk_widget_class_bind_template_child (widget_class, OvReferralsPanel, referrals_list);
  gtk_widget_class_bind_template_child (widget_class, OvReferralsPanel, nrm_list);
}

static void
ov_referrals_panel_init (OvReferralsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->referrals = g_list_store_new (OV_TYPE_SAFEGUARDING_REFERRAL);
  self->nrm_referrals = g_list_store_new (OV_TYPE_NRM_REFERRAL);
  gtk_list_box_bind_model (self->referrals_list, G_LIST_MODEL (self->referrals),
                           create_referral_row, NULL, NULL);
  gtk_list_box_bind_model (self->nrm_list, G_LIST_MODEL (self->nrm_referrals),
                           create_nrm_row, NULL, NULL);
  load (self);
}

/**
 * ov_referrals_panel_set_store:
 * @store: (nullable): the store the referrals come from
 */
void
ov_referrals_panel_set_store (OvReferralsPanel *self,
                              OvStore          *store)
{
  g_return_if_fail (OV_IS_REFERRALS_PANEL (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::safeguarding-referral",
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::nrm-referral",
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  if (self->referrals != NULL)
    load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_referrals_panel_set_person:
 * @person: (nullable): the person whose referrals are shown
 */
void
ov_referrals_panel_set_person (OvReferralsPanel *self,
                               OvPerson         *person)
{
  gboolean same;

  g_return_if_fail (OV_IS_REFERRALS_PANEL (self));
  g_return_if_fail (person == NULL || OV_IS_PERSON (person));

  if (self->person == person)
    return;

  same = person != NULL && self->person != NULL &&
         ov_record_get_id (OV_RECORD (person)) == ov_record_get_id (OV_RECORD (self->person));
  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, on_person_notify, self);
  g_set_object (&self->person, person);
  if (person != NULL)
    g_signal_connect_object (person, "notify", G_CALLBACK (on_person_notify), self,
                             G_CONNECT_SWAPPED);
  if (same)
    update_hints (self);
  else
    load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}
