/* ov-plan-agency-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-reception-plan-agency.h"
#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_PLAN_AGENCY_ROW (ov_plan_agency_row_get_type ())

G_DECLARE_FINAL_TYPE (OvPlanAgencyRow, ov_plan_agency_row, OV, PLAN_AGENCY_ROW, GtkWidget)

OvPlanAgencyRow       *ov_plan_agency_row_new            (OvStore               *store,
                                                          OvReceptionPlanAgency *agency);
OvReceptionPlanAgency *ov_plan_agency_row_get_agency     (OvPlanAgencyRow       *self);
GtkWidget             *ov_plan_agency_row_get_picker     (OvPlanAgencyRow       *self);
GtkWidget             *ov_plan_agency_row_get_role_entry (OvPlanAgencyRow       *self);

G_END_DECLS
