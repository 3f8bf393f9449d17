/* ov-risk-panel.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-risk-assessment.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_RISK_PANEL (ov_risk_panel_get_type ())

G_DECLARE_FINAL_TYPE (OvRiskPanel, ov_risk_panel, OV, RISK_PANEL, GtkWidget)

void              ov_risk_panel_set_store   (OvRiskPanel *self,
                                             OvStore     *store);
void              ov_risk_panel_set_person  (OvRiskPanel *self,
                                             OvPerson    *person);
OvRiskAssessment *ov_risk_panel_get_current (OvRiskPanel *self);

G_END_DECLS
