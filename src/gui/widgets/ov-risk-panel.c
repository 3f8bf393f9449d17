/* ov-risk-panel.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's THRIVE risk assessments: the current one in full with its supervisory
 * endorsement, or a way for a supervisor to endorse it, and the assessments it replaced.
 * Only a supervisor may endorse; others see why they cannot, and the store refuses them
 * anyway.
 */

#define G_LOG_DOMAIN "ov-risk-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-endorse-dialog.h"
#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-people-util.h"
#include "ov-risk-assessment-dialog.h"
#include "ov-risk-panel.h"
#include "ov-summary-row.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvRiskPanel
{
  GtkWidget         parent_instance;

  OvStore          *store;
  OvPerson         *person;
  OvRiskAssessment *current;
  GListStore       *history;

  GtkWidget        *error_banner;
  GtkLabel         *error_label;
  GtkWidget        *empty_label;
  GtkWidget        *current_frame;
  GtkLabel         *grade_label;
  GtkLabel         *endorsed_badge;
  GtkLabel         *assessed_label;
  GtkLabel         *factors_label;
  GtkLabel         *threat_value;
  GtkLabel         *harm_value;
  GtkLabel         *risk_value;
  GtkLabel         *investigation_value;
  GtkLabel         *vulnerability_value;
  GtkLabel         *engagement_value;
  GtkWidget        *endorsement_box;
  GtkLabel         *endorsed_label;
  GtkLabel         *comment_label;
  GtkWidget        *endorse_box;
  GtkButton        *endorse_button;
  GtkWidget        *endorse_hint;
  GtkListBox       *history_list;
};

G_DEFINE_FINAL_TYPE (OvRiskPanel, ov_risk_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_factors (OvRiskAssessment *assessment)
{
  OvRiskFactor factors = ov_risk_assessment_get_risk_factors (assessment);
  g_autofree char *labels = NULL;

  if (factors == 0)
    return g_strdup (_("None recorded"));
  labels = ov_flags_to_labels (OV_TYPE_RISK_FACTOR, factors & ~OV_RISK_FACTOR_OTHER);
  if ((factors & OV_RISK_FACTOR_OTHER) == 0)
    return g_steal_pointer (&labels);
  if (factors == OV_RISK_FACTOR_OTHER)
    return g_strdup (ov_risk_assessment_get_other_factor (assessment));
  /* Translators: risk factors followed by another one described in words, e.g.
   * "Re-trafficking, Going missing; Sleeping in a vehicle" */
  return g_strdup_printf (_("%s; %s"), labels, ov_risk_assessment_get_other_factor (assessment));
}

static char *
describe_assessed (OvRiskAssessment *assessment)
{
  g_autofree char *on = ov_format_date (ov_risk_assessment_get_assessed_on (assessment));
  const char *assessor = ov_risk_assessment_get_assessor_name (assessment);

  /* Translators: e.g. "Assessed on 3 Jan 2026 by Jo Bloggs" */
  return g_strdup_printf (_("Assessed on %s by %s"), on,
                          !ov_str_empty (assessor) ? assessor : _("unknown"));
}

static char *
describe_endorsed (OvRiskAssessment *assessment)
{
  g_autofree char *at = ov_format_timestamp (ov_risk_assessment_get_endorsed_at (assessment));
  const char *by = ov_risk_assessment_get_endorsed_by_name (assessment);

  /* Translators: e.g. "Endorsed by Helen Marsh on 4 Jan 2026 10:02" */
  return g_strdup_printf (_("Endorsed by %s on %s"), !ov_str_empty (by) ? by : _("unknown"), at);
}

static void
set_thrive (GtkLabel   *label,
            const char *text)
{
  gtk_label_set_text (label, !ov_str_empty (text) ? text : _("Not recorded"));
  if (ov_str_empty (text))
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
show_current (OvRiskPanel *self)
{
  OvRiskAssessment *current = self->current;
  gboolean supervisor = self->store != NULL && ov_store_current_user_is_supervisor (self->store);
  /* Opened read-only, the database is for consultation: nothing is assessed or endorsed. */
  gboolean writable = self->store != NULL && !ov_store_is_read_only (self->store);
  g_autofree char *grade = NULL;
  g_autofree char *assessed = NULL;
  g_autofree char *factors = NULL;
  g_autofree char *endorsed = NULL;
  gboolean is_endorsed;

  gtk_widget_set_visible (self->current_frame, current != NULL);
  gtk_widget_set_visible (self->empty_label, current == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.new",
                                 writable && self->person != NULL);
  if (current == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.endorse", FALSE);
      return;
    }

  /* Translators: a risk grade, e.g. "High risk" */
  grade = g_strdup_printf (_("%s risk"),
                           ov_enum_get_label (OV_TYPE_RISK_GRADE,
                                              ov_risk_assessment_get_grade (current)));
  gtk_label_set_text (self->grade_label, grade);

  is_endorsed = ov_risk_assessment_is_endorsed (current);
  gtk_label_set_text (self->endorsed_badge, is_endorsed ? _("Endorsed") : _("Not endorsed"));
  if (is_endorsed)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->endorsed_badge), "warning-badge");
      gtk_widget_add_css_class (GTK_WIDGET (self->endorsed_badge), "success-badge");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->endorsed_badge), "success-badge");
      gtk_widget_add_css_class (GTK_WIDGET (self->endorsed_badge), "warning-badge");
    }

  assessed = describe_assessed (current);
  gtk_label_set_text (self->assessed_label, assessed);
  factors = describe_factors (current);
  gtk_label_set_text (self->factors_label, factors);
  set_thrive (self->threat_value, ov_risk_assessment_get_threat (current));
  set_thrive (self->harm_value, ov_risk_assessment_get_harm (current));
  set_thrive (self->risk_value, ov_risk_assessment_get_risk (current));
  set_thrive (self->investigation_value, ov_risk_assessment_get_investigation (current));
  set_thrive (self->vulnerability_value, ov_risk_assessment_get_vulnerability (current));
  set_thrive (self->engagement_value, ov_risk_assessment_get_engagement (current));

  gtk_widget_set_visible (self->endorsement_box, is_endorsed);
  gtk_widget_set_visible (self->endorse_box, !is_endorsed);
  if (is_endorsed)
    {
      const char *comment = ov_risk_assessment_get_endorsement_comment (current);

      endorsed = describe_endorsed (current);
      gtk_label_set_text (self->endorsed_label, endorsed);
      gtk_label_set_text (self->comment_label, comment != NULL ? comment : "");
      gtk_widget_set_visible (GTK_WIDGET (self->comment_label), !ov_str_empty (comment));
    }

  /* Only a supervisor endorses; everyone else is told so rather than refused later. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.endorse",
                                 writable && supervisor && !is_endorsed);
  gtk_widget_set_visible (self->endorse_hint, !supervisor);
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  OvRiskAssessment *assessment = item;
  g_autofree char *assessed_on = ov_format_date (ov_risk_assessment_get_assessed_on (assessment));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *assessed = describe_assessed (assessment);
  g_autofree char *factors = describe_factors (assessment);
  g_autofree char *endorsed = NULL;
  g_autofree char *detail = NULL;
  OvSummaryRow *row;

  /* Translators: a risk grade and the date assessed, e.g. "Medium risk, 3 Jan 2026" */
  title = g_strdup_printf (_("%s risk, %s"),
                           ov_enum_get_label (OV_TYPE_RISK_GRADE,
                                              ov_risk_assessment_get_grade (assessment)),
                           assessed_on);
  row = ov_summary_row_new (title);
  if (ov_risk_assessment_get_superseded (assessment))
    ov_summary_row_add_badge (row, _("Superseded"), NULL);
  if (ov_risk_assessment_is_endorsed (assessment))
    {
      ov_summary_row_add_badge (row, _("Endorsed"), "success-badge");
      endorsed = describe_endorsed (assessment);
      /* Translators: who assessed and who endorsed, e.g. "Assessed on … by …; endorsed by …" */
      subtitle = g_strdup_printf (_("%s. %s"), assessed, endorsed);
    }
  else
    {
      ov_summary_row_add_badge (row, _("Not endorsed"), "warning-badge");
      subtitle = g_strdup (assessed);
    }
  ov_summary_row_set_subtitle (row, subtitle);
  /* Translators: %s lists risk factors */
  detail = g_strdup_printf (_("Risk factors: %s"), factors);
  ov_summary_row_set_detail (row, detail);
  return GTK_WIDGET (row);
}

static void
load (OvRiskPanel *self)
{
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->error_banner, FALSE);
  g_clear_object (&self->current);

  if (self->store != NULL && self->person != NULL)
    {
      assessments = ov_store_list_risk_assessments (self->store,
                                                    ov_record_get_id (OV_RECORD (self->person)),
                                                    &error);
      if (assessments == NULL)
        {
          gtk_label_set_text (self->error_label, error->message);
          gtk_widget_set_visible (self->error_banner, TRUE);
        }
    }

  if (assessments != NULL && assessments->len > 0)
    {
      self->current = g_object_ref (g_ptr_array_index (assessments, 0));
      g_list_store_splice (self->history, 0,
                           g_list_model_get_n_items (G_LIST_MODEL (self->history)),
                           assessments->pdata + 1, assessments->len - 1);
    }
  else
    g_list_store_remove_all (self->history);

  show_current (self);
}

static void
on_store_changed (OvRiskPanel *self)
{
  load (self);
}

static void
on_current_user_changed (OvRiskPanel *self)
{
  show_current (self);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OvRiskPanel *self = OV_RISK_PANEL (widget);

  if (self->store == NULL || self->person == NULL)
    return;
  ov_present_dialog (widget,
                     GTK_WINDOW (ov_risk_assessment_dialog_new (self->store, self->person)));
}

static void
endorse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OvRiskPanel *self = OV_RISK_PANEL (widget);

  if (self->store == NULL || self->current == NULL)
    return;
  ov_present_dialog (widget, GTK_WINDOW (ov_endorse_dialog_new (self->store, self->current)));
}

/* Overrides */

static void
ov_risk_panel_dispose (GObject *object)
{
  OvRiskPanel *self = OV_RISK_PANEL (object);
  GtkWidget *child;

  ov_risk_panel_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_RISK_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->current);
  g_clear_object (&self->history);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (ov_risk_panel_parent_class)->dispose (object);
}

static void
ov_risk_panel_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvRiskPanel *self = OV_RISK_PANEL (object);

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
ov_risk_panel_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvRiskPanel *self = OV_RISK_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_risk_panel_set_store (self, g_value_get_object (value));
      break;
    case PROP_PERSON:
      ov_risk_panel_set_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_risk_panel_class_init (OvRiskPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_risk_panel_dispose;
  object_class->get_property = ov_risk_panel_get_property;
  object_class->set_property = ov_risk_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "risk.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "risk.endorse", NULL, endorse_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-risk-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, empty_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, current_frame);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, grade_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, endorsed_badge);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, assessed_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, factors_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, threat_value);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, harm_value);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, risk_value);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, investigation_value);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, vulnerability_value);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, engagement_value);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, endorsement_box);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, endorsed_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, comment_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, endorse_box);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, endorse_button);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, endorse_hint);
  gtk_widget_class_bind_template_child (widget_class, OvRiskPanel, history_list);
}

static void
ov_risk_panel_init (OvRiskPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = g_list_store_new (OV_TYPE_RISK_ASSESSMENT);
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history),
                           create_history_row, NULL, NULL);
  load (self);
}

/**
 * ov_risk_panel_set_store:
 * @store: (nullable): the store the assessments come from
 */
void
ov_risk_panel_set_store (OvRiskPanel *self,
                         OvStore     *store)
{
  g_return_if_fail (OV_IS_RISK_PANEL (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
      g_signal_handlers_disconnect_by_func (self->store, on_current_user_changed, self);
    }
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::risk-assessment",
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::current-user",
                               G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);
    }
  if (self->history != NULL)
    load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_risk_panel_set_person:
 * @person: (nullable): the person whose assessments are shown
 */
void
ov_risk_panel_set_person (OvRiskPanel *self,
                          OvPerson    *person)
{
  gboolean same;

  g_return_if_fail (OV_IS_RISK_PANEL (self));
  g_return_if_fail (person == NULL || OV_IS_PERSON (person));

  if (self->person == person)
    return;

  same = person != NULL && self->person != NULL &&
         ov_record_get_id (OV_RECORD (person)) == ov_record_get_id (OV_RECORD (self->person));
  g_set_object (&self->person, person);
  if (!same)
    load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

/**
 * ov_risk_panel_get_current:
 *
 * Returns: (transfer none) (nullable): the person's current assessment, as stored
 */
OvRiskAssessment *
ov_risk_panel_get_current (OvRiskPanel *self)
{
  g_return_val_if_fail (OV_IS_RISK_PANEL (self), NULL);
  return self->current;
}
