/* ov-reception-plan-agency.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An agency attending a reception centre under a plan, picked from the partner register
 * (or, failing that, named), with its role there.
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_RECEPTION_PLAN_AGENCY (ov_reception_plan_agency_get_type ())

G_DECLARE_FINAL_TYPE (OvReceptionPlanAgency, ov_reception_plan_agency, OV, RECEPTION_PLAN_AGENCY, OvRecord)

OvReceptionPlanAgency *ov_reception_plan_agency_new              (void);
gint64                 ov_reception_plan_agency_get_plan_id      (OvReceptionPlanAgency *self);
void                   ov_reception_plan_agency_set_plan_id      (OvReceptionPlanAgency *self,
                                                                  gint64                 plan_id);
gint64                 ov_reception_plan_agency_get_partner_id   (OvReceptionPlanAgency *self);
void                   ov_reception_plan_agency_set_partner_id   (OvReceptionPlanAgency *self,
                                                                  gint64                 partner_id);
const char            *ov_reception_plan_agency_get_agency_name  (OvReceptionPlanAgency *self);
void                   ov_reception_plan_agency_set_agency_name  (OvReceptionPlanAgency *self,
                                                                  const char            *agency_name);
const char            *ov_reception_plan_agency_get_role         (OvReceptionPlanAgency *self);
void                   ov_reception_plan_agency_set_role         (OvReceptionPlanAgency *self,
                                                                  const char            *role);
const char            *ov_reception_plan_agency_get_partner_name (OvReceptionPlanAgency *self);
void                   ov_reception_plan_agency_set_partner_name (OvReceptionPlanAgency *self,
                                                                  const char            *partner_name);
const char            *ov_reception_plan_agency_get_display_name (OvReceptionPlanAgency *self);

G_END_DECLS
