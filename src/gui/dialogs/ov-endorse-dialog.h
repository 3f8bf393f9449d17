/* ov-endorse-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-risk-assessment.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_ENDORSE_DIALOG (ov_endorse_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvEndorseDialog, ov_endorse_dialog, OV, ENDORSE_DIALOG, GtkWindow)

OvEndorseDialog *ov_endorse_dialog_new     (OvStore          *store,
                                            OvRiskAssessment *assessment);
gboolean         ov_endorse_dialog_endorse (OvEndorseDialog  *self);

G_END_DECLS
