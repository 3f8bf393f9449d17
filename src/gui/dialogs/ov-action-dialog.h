/* ov-action-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-action.h"
#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_ACTION_DIALOG (ov_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvActionDialog, ov_action_dialog, OV, ACTION_DIALOG, GtkWindow)

OvActionDialog *ov_action_dialog_new        (OvStore        *store,
                                             OvCase         *the_case,
                                             OvAction       *action,
                                             gint64          review_id);
OvAction       *ov_action_dialog_get_action (OvActionDialog *self);

G_END_DECLS
