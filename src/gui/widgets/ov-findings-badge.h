/* ov-findings-badge.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OV_TYPE_FINDINGS_BADGE (ov_findings_badge_get_type ())

G_DECLARE_FINAL_TYPE (OvFindingsBadge, ov_findings_badge, OV, FINDINGS_BADGE, GtkWidget)

OvFindingsBadge *ov_findings_badge_new        (void);
void             ov_findings_badge_set_counts (OvFindingsBadge *self,
                                               guint            n_overdue,
                                               guint            n_due_soon);
guint            ov_findings_badge_get_n_overdue  (OvFindingsBadge *self);
guint            ov_findings_badge_get_n_due_soon (OvFindingsBadge *self);
void             ov_findings_badge_set_n_conflicts (OvFindingsBadge *self,
                                                    guint            n_conflicts);
guint            ov_findings_badge_get_n_conflicts (OvFindingsBadge *self);

G_END_DECLS
