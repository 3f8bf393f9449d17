/* ov-decision-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry of a case's decision log: its number, when it was decided and recorded, by
 * whom, the decision, the rationale, the options rejected, and how it stands to the
 * entries it supersedes or that supersede it.
 */

#define G_LOG_DOMAIN "ov-decision-row"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ov-decision-row.h"
#include "ov-util.h"

struct _OvDecisionRow
{
  GtkListBoxRow  parent_instance;

  OvDecision    *decision;
  char          *review_description;

  GtkLabel      *number_label;
  GtkLabel      *decision_label;
  GtkLabel      *supersedes_label;
  GtkLabel      *superseded_label;
  GtkLabel      *decided_label;
  GtkLabel      *recorded_label;
  GtkLabel      *rationale_label;
  GtkWidget     *options_box;
  GtkLabel      *options_label;
  GtkLabel      *review_label;
};

G_DEFINE_FINAL_TYPE (OvDecisionRow, ov_decision_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_DECISION,
  PROP_REVIEW_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), !ov_str_empty (text));
}

static void
show_decision (OvDecisionRow *self)
{
  OvDecision *decision = self->decision;
  g_autofree char *number = NULL;
  g_autofree char *supersedes = NULL;
  g_autofree char *superseded = NULL;
  g_autofree char *decided_at = NULL;
  g_autofree char *decided = NULL;
  g_autofree char *recorded_at = NULL;
  g_autofree char *recorded = NULL;
  g_autofree char *review = NULL;
  g_autofree char *accessible = NULL;
  gint64 supersedes_number;
  gint64 superseded_by_number;

  if (decision == NULL)
    return;

  supersedes_number = ov_decision_get_supersedes_number (decision);
  superseded_by_number = ov_decision_get_superseded_by_number (decision);

  /* Translators: the number of an entry in the decision log, e.g. "No. 3" */
  number = g_strdup_printf (_("No. %" PRId64), ov_decision_get_number (decision));
  if (supersedes_number > 0)
    /* Translators: names the earlier decision log entry this one replaces, e.g. "Supersedes 2" */
    supersedes = g_strdup_printf (_("Supersedes %" PRId64), supersedes_number);
  if (superseded_by_number > 0)
    /* Translators: names the later decision log entry that replaced this one, e.g.
     * "Superseded by 5" */
    superseded = g_strdup_printf (_("Superseded by %" PRId64), superseded_by_number);

  decided_at = ov_format_timestamp (ov_decision_get_decided_at (decision));
  recorded_at = ov_format_timestamp (ov_decision_get_recorded_at (decision));
  /* Translators: when a decision was made and by whom, e.g.
   * "Decided 5 Jan 2026 10:00 by Helen Marsh" */
  decided = g_strdup_printf (_("Decided %s by %s"), decided_at,
                             ov_decision_get_decision_maker_name (decision) != NULL ?
                             ov_decision_get_decision_maker_name (decision) : "");
  /* Translators: when a decision was written in the log, e.g. "Recorded 5 Jan 2026 10:20" */
  recorded = g_strdup_printf (_("Recorded %s"), recorded_at);
  if (!ov_str_empty (self->review_description))
    /* Translators: the review at which a decision was taken, e.g.
     * "Taken at: Periodic review, 3 Jan 2026" */
    review = g_strdup_printf (_("Taken at: %s"), self->review_description);

  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->decision_label, ov_decision_get_decision (decision));
  set_optional_label (self->supersedes_label, supersedes);
  set_optional_label (self->superseded_label, superseded);
  gtk_label_set_text (self->decided_label, decided);
  gtk_label_set_text (self->recorded_label, recorded);
  gtk_label_set_text (self->rationale_label, ov_decision_get_rationale (decision));
  gtk_label_set_text (self->options_label,
                      ov_decision_get_options_rejected (decision) != NULL ?
                      ov_decision_get_options_rejected (decision) : "");
  gtk_widget_set_visible (self->options_box,
                          !ov_str_empty (ov_decision_get_options_rejected (decision)));
  set_optional_label (self->review_label, review);

  /* A superseded entry stays in the log, marked in words as well as in style. */
  if (superseded_by_number > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "superseded");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "superseded");

  /* Translators: accessible name of a decision log entry, e.g.
   * "Decision No. 3: Arrest both suspects on Friday" */
  accessible = g_strdup_printf (_("Decision %s: %s"), number,
                                ov_decision_get_decision (decision));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
ov_decision_row_dispose (GObject *object)
{
  OvDecisionRow *self = OV_DECISION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_DECISION_ROW);
  g_clear_object (&self->decision);

  G_OBJECT_CLASS (ov_decision_row_parent_class)->dispose (object);
}

static void
ov_decision_row_finalize (GObject *object)
{
  OvDecisionRow *self = OV_DECISION_ROW (object);

  g_free (self->review_description);

  G_OBJECT_CLASS (ov_decision_row_parent_class)->finalize (object);
}

static void
ov_decision_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OvDecisionRow *self = OV_DECISION_ROW (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_object (value, self->decision);
      break;
    case PROP_REVIEW_DESCRIPTION:
      g_value_set_string (value, self->review_description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_decision_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OvDecisionRow *self = OV_DECISION_ROW (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      self->decision = g_value_dup_object (value);
      show_decision (self);
      break;
    case PROP_REVIEW_DESCRIPTION:
      ov_set_str (&self->review_description, g_value_get_string (value));
      show_decision (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_decision_row_class_init (OvDecisionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_decision_row_dispose;
  object_class->finalize = ov_decision_row_finalize;
  object_class->get_property = ov_decision_row_get_property;
  object_class->set_property = ov_decision_row_set_property;

  properties[PROP_DECISION] =
    g_param_spec_object ("decision", NULL, NULL,
                         OV_TYPE_DECISION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_DESCRIPTION] =
    g_param_spec_string ("review-description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-decision-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, decision_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, supersedes_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, superseded_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, decided_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, recorded_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, rationale_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, options_box);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, options_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionRow, review_label);
}

static void
ov_decision_row_init (OvDecisionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_decision_row_new:
 * @review_description: (nullable): the review at which the decision was taken, in words
 *
 * Returns: (transfer floating): a row showing @decision
 */
OvDecisionRow *
ov_decision_row_new (OvDecision *decision,
                     const char *review_description)
{
  g_return_val_if_fail (OV_IS_DECISION (decision), NULL);

  return g_object_new (OV_TYPE_DECISION_ROW,
                       "decision", decision,
                       "review-description", review_description,
                       NULL);
}

OvDecision *
ov_decision_row_get_decision (OvDecisionRow *self)
{
  g_return_val_if_fail (OV_IS_DECISION_ROW (self), NULL);
  return self->decision;
}
