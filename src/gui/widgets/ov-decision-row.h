/* ov-decision-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-decision.h"

G_BEGIN_DECLS

#define OV_TYPE_DECISION_ROW (ov_decision_row_get_type ())

G_DECLARE_FINAL_TYPE (OvDecisionRow, ov_decision_row, OV, DECISION_ROW, GtkListBoxRow)

OvDecisionRow *ov_decision_row_new          (OvDecision    *decision,
                                             const char    *review_description);
OvDecision    *ov_decision_row_get_decision (OvDecisionRow *self);

G_END_DECLS
