/* ov-findings-badge.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How many findings of a case are overdue and due soon, for the case list: said in
 * words ("2 overdue"), with the severity's style as well.
 */

#define G_LOG_DOMAIN "ov-findings-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-findings-badge.h"

struct _OvFindingsBadge
{
  GtkWidget  parent_instance;

  guint      n_overdue;
  guint      n_due_soon;
  guint      n_conflicts;

  GtkLabel  *overdue_label;
  GtkLabel  *due_soon_label;
  GtkLabel  *conflicts_label;
};

G_DEFINE_FINAL_TYPE (OvFindingsBadge, ov_findings_badge, GTK_TYPE_WIDGET)

static void
ov_findings_badge_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OV_TYPE_FINDINGS_BADGE);

  G_OBJECT_CLASS (ov_findings_badge_parent_class)->dispose (object);
}

static void
ov_findings_badge_class_init (OvFindingsBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_findings_badge_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-findings-badge.ui");
  gtk_widget_class_bind_template_child (widget_class, OvFindingsBadge, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingsBadge, due_soon_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingsBadge, conflicts_label);
}

static void
ov_findings_badge_init (OvFindingsBadge *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_findings_badge_new:
 *
 * Returns: (transfer floating): a badge showing no findings
 */
OvFindingsBadge *
ov_findings_badge_new (void)
{
  return g_object_new (OV_TYPE_FINDINGS_BADGE, NULL);
}

void
ov_findings_badge_set_counts (OvFindingsBadge *self,
                              guint            n_overdue,
                              guint            n_due_soon)
{
  g_autofree char *overdue = NULL;
  g_autofree char *due_soon = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (OV_IS_FINDINGS_BADGE (self));

  if (self->n_overdue == n_overdue && self->n_due_soon == n_due_soon &&
      gtk_label_get_text (self->overdue_label)[0] != '\0')
    return;
  self->n_overdue = n_overdue;
  self->n_due_soon = n_due_soon;

  /* Translators: in the case list, how many findings of a case are overdue */
  overdue = g_strdup_printf (ngettext ("%u overdue", "%u overdue", n_overdue), n_overdue);
  /* Translators: in the case list, how many findings of a case are due soon */
  due_soon = g_strdup_printf (ngettext ("%u due soon", "%u due soon", n_due_soon), n_due_soon);
  gtk_label_set_text (self->overdue_label, overdue);
  gtk_label_set_text (self->due_soon_label, due_soon);
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), n_overdue > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->due_soon_label), n_due_soon > 0);

  if (n_overdue > 0 || n_due_soon > 0)
    tooltip = g_strdup (_("Open the case to see what is overdue or due soon"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
}

guint
ov_findings_badge_get_n_overdue (OvFindingsBadge *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_BADGE (self), 0);
  return self->n_overdue;
}

guint
ov_findings_badge_get_n_due_soon (OvFindingsBadge *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_BADGE (self), 0);
  return self->n_due_soon;
}

/**
 * ov_findings_badge_set_n_conflicts:
 * @n_conflicts: how many records of the case are in conflict after a bundle import
 */
void
ov_findings_badge_set_n_conflicts (OvFindingsBadge *self,
                                   guint            n_conflicts)
{
  g_autofree char *text = NULL;

  g_return_if_fail (OV_IS_FINDINGS_BADGE (self));

  if (self->n_conflicts == n_conflicts &&
      gtk_label_get_text (self->conflicts_label)[0] != '\0')
    return;
  self->n_conflicts = n_conflicts;

  /* Translators: in the case list, how many records of a case are in conflict after a
   * bundle was imported */
  text = g_strdup_printf (ngettext ("%u conflict", "%u conflicts", n_conflicts), n_conflicts);
  gtk_label_set_text (self->conflicts_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_label), n_conflicts > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->conflicts_label),
                               n_conflicts > 0 ?
                               _("Changed both here and in an imported bundle: open the case "
                                 "to choose which version to keep") : NULL);
}

guint
ov_findings_badge_get_n_conflicts (OvFindingsBadge *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_BADGE (self), 0);
  return self->n_conflicts;
}
