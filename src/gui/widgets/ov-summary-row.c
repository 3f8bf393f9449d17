/* ov-summary-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One record in a short history list, such as a support assignment, a risk assessment or
 * a referral: a title with badges, a line or two about it, and an optional button that
 * names an action, such as Edit.
 */

#define G_LOG_DOMAIN "ov-summary-row"

#include "config.h"

#include "ov-summary-row.h"

struct _OvSummaryRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *title_label;
  GtkBox        *badge_box;
  GtkLabel      *subtitle_label;
  GtkLabel      *detail_label;
  GtkButton     *button;
};

G_DEFINE_FINAL_TYPE (OvSummaryRow, ov_summary_row, GTK_TYPE_LIST_BOX_ROW)

static void
set_optional_text (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
update_accessible_label (OvSummaryRow *self)
{
  GString *text = g_string_new (gtk_label_get_text (self->title_label));

  for (GtkWidget *badge = gtk_widget_get_first_child (GTK_WIDGET (self->badge_box));
       badge != NULL;
       badge = gtk_widget_get_next_sibling (badge))
    g_string_append_printf (text, ", %s", gtk_label_get_text (GTK_LABEL (badge)));
  if (gtk_widget_get_visible (GTK_WIDGET (self->subtitle_label)))
    g_string_append_printf (text, ". %s", gtk_label_get_text (self->subtitle_label));
  if (gtk_widget_get_visible (GTK_WIDGET (self->detail_label)))
    g_string_append_printf (text, ". %s", gtk_label_get_text (self->detail_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
  g_string_free (text, TRUE);
}

static void
ov_summary_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OV_TYPE_SUMMARY_ROW);

  G_OBJECT_CLASS (ov_summary_row_parent_class)->dispose (object);
}

static void
ov_summary_row_class_init (OvSummaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_summary_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-summary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvSummaryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvSummaryRow, badge_box);
  gtk_widget_class_bind_template_child (widget_class, OvSummaryRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OvSummaryRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, OvSummaryRow, button);
}

static void
ov_summary_row_init (OvSummaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_summary_row_new:
 * @title: what the row is about, in a few words
 *
 * Returns: (transfer floating): a new row
 */
OvSummaryRow *
ov_summary_row_new (const char *title)
{
  OvSummaryRow *self = g_object_new (OV_TYPE_SUMMARY_ROW, NULL);

  ov_summary_row_set_title (self, title);
  return self;
}

void
ov_summary_row_set_title (OvSummaryRow *self,
                          const char   *title)
{
  g_return_if_fail (OV_IS_SUMMARY_ROW (self));

  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  update_accessible_label (self);
}

/**
 * ov_summary_row_set_subtitle:
 * @subtitle: (nullable): a line under the title; none hides it
 */
void
ov_summary_row_set_subtitle (OvSummaryRow *self,
                             const char   *subtitle)
{
  g_return_if_fail (OV_IS_SUMMARY_ROW (self));

  set_optional_text (self->subtitle_label, subtitle);
  update_accessible_label (self);
}

/**
 * ov_summary_row_set_detail:
 * @detail: (nullable): longer text, such as notes or a comment, wrapped under the subtitle
 */
void
ov_summary_row_set_detail (OvSummaryRow *self,
                           const char   *detail)
{
  g_return_if_fail (OV_IS_SUMMARY_ROW (self));

  set_optional_text (self->detail_label, detail);
  update_accessible_label (self);
}

/**
 * ov_summary_row_add_badge:
 * @label: the badge's words, such as "Lead" or "Superseded"
 * @css_class: (nullable): "warning-badge", "success-badge" or none
 *
 * Adds a small label next to the title. Its words are part of the row's accessible
 * label, so the badge never carries meaning by colour alone.
 */
void
ov_summary_row_add_badge (OvSummaryRow *self,
                          const char   *label,
                          const char   *css_class)
{
  GtkWidget *badge;

  g_return_if_fail (OV_IS_SUMMARY_ROW (self));
  g_return_if_fail (label != NULL);

  badge = gtk_label_new (label);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "badge");
  if (css_class != NULL)
    gtk_widget_add_css_class (badge, css_class);
  gtk_box_append (self->badge_box, badge);
  update_accessible_label (self);
}

/**
 * ov_summary_row_set_button:
 * @label: the button's label, with a mnemonic
 * @tooltip: (nullable): what the button does
 * @action_name: the action the button activates
 * @target: (nullable) (transfer floating): the action's parameter, such as a record id
 *
 * Shows a button at the end of the row.
 */
void
ov_summary_row_set_button (OvSummaryRow *self,
                           const char   *label,
                           const char   *tooltip,
                           const char   *action_name,
                           GVariant     *target)
{
  g_return_if_fail (OV_IS_SUMMARY_ROW (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (action_name != NULL);

  gtk_button_set_label (self->button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->button), target);
  gtk_widget_set_visible (GTK_WIDGET (self->button), TRUE);
}
