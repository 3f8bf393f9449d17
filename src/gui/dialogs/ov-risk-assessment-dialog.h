/* ov-risk-assessment-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_RISK_ASSESSMENT_DIALOG (ov_risk_assessment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvRiskAssessmentDialog, ov_risk_assessment_dialog, OV,
                      RISK_ASSESSMENT_DIALOG, GtkWindow)

OvRiskAssessmentDialog *ov_risk_assessment_dialog_new  (OvStore                *store,
                                                        OvPerson               *person);
gboolean                ov_risk_assessment_dialog_save (OvRiskAssessmentDialog *self);

G_END_DECLS
