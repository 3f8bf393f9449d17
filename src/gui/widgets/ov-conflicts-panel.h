/* ov-conflicts-panel.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_CONFLICTS_PANEL (ov_conflicts_panel_get_type ())

G_DECLARE_FINAL_TYPE (OvConflictsPanel, ov_conflicts_panel, OV, CONFLICTS_PANEL, GtkWidget)

OvStore    *ov_conflicts_panel_get_store     (OvConflictsPanel *self);
void        ov_conflicts_panel_set_store     (OvConflictsPanel *self,
                                              OvStore          *store);
gint64      ov_conflicts_panel_get_case_id   (OvConflictsPanel *self);
void        ov_conflicts_panel_set_case_id   (OvConflictsPanel *self,
                                              gint64            case_id);
GListModel *ov_conflicts_panel_get_conflicts (OvConflictsPanel *self);
void        ov_conflicts_panel_open          (OvConflictsPanel *self,
                                              guint             position);
void        ov_conflicts_panel_refresh       (OvConflictsPanel *self);

G_END_DECLS
