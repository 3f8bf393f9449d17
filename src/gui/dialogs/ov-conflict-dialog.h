/* ov-conflict-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-exchange.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_CONFLICT_DIALOG (ov_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvConflictDialog, ov_conflict_dialog, OV, CONFLICT_DIALOG, GtkWindow)

OvConflictDialog *ov_conflict_dialog_new              (OvStore          *store,
                                                       gint64            conflict_id);
OvConflict       *ov_conflict_dialog_get_conflict     (OvConflictDialog *self);
void              ov_conflict_dialog_set_take_theirs  (OvConflictDialog *self,
                                                       const char       *property_name,
                                                       gboolean          take_theirs);
gboolean          ov_conflict_dialog_get_take_theirs  (OvConflictDialog *self,
                                                       const char       *property_name);
void              ov_conflict_dialog_choose_all       (OvConflictDialog *self,
                                                       gboolean          take_theirs);
gboolean          ov_conflict_dialog_apply            (OvConflictDialog *self);

G_END_DECLS
