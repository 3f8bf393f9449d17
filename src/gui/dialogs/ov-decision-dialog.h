/* ov-decision-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_DECISION_DIALOG (ov_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvDecisionDialog, ov_decision_dialog, OV, DECISION_DIALOG, GtkWindow)

OvDecisionDialog *ov_decision_dialog_new (OvStore *store,
                                          OvCase  *the_case);

G_END_DECLS
