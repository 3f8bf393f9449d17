/* ov-action-check-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-action.h"
#include "ov-review-action-check.h"

G_BEGIN_DECLS

#define OV_TYPE_ACTION_CHECK_ROW (ov_action_check_row_get_type ())

G_DECLARE_FINAL_TYPE (OvActionCheckRow, ov_action_check_row, OV, ACTION_CHECK_ROW, GtkListBoxRow)

OvActionCheckRow    *ov_action_check_row_new          (OvReviewActionCheck *check,
                                                       OvAction            *action,
                                                       gboolean             editable);
OvReviewActionCheck *ov_action_check_row_get_check    (OvActionCheckRow    *self);
gboolean             ov_action_check_row_get_modified (OvActionCheckRow    *self);
gboolean             ov_action_check_row_validate     (OvActionCheckRow    *self);

G_END_DECLS
