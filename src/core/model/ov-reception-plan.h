/* ov-reception-plan.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A victim reception centre plan: where victims recovered in an operation are received,
 * who attends, how the centre is opened, and its agreement through the local resilience
 * forum, exercises and reviews.
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_RECEPTION_PLAN (ov_reception_plan_get_type ())

G_DECLARE_FINAL_TYPE (OvReceptionPlan, ov_reception_plan, OV, RECEPTION_PLAN, OvRecord)

OvReceptionPlan *ov_reception_plan_new                   (void);
const char      *ov_reception_plan_get_name              (OvReceptionPlan *self);
void             ov_reception_plan_set_name              (OvReceptionPlan *self,
                                                          const char      *name);
OvPlanScope      ov_reception_plan_get_scope             (OvReceptionPlan *self);
void             ov_reception_plan_set_scope             (OvReceptionPlan *self,
                                                          OvPlanScope      scope);
const char      *ov_reception_plan_get_venue             (OvReceptionPlan *self);
void             ov_reception_plan_set_venue             (OvReceptionPlan *self,
                                                          const char      *venue);
int              ov_reception_plan_get_capacity          (OvReceptionPlan *self);
void             ov_reception_plan_set_capacity          (OvReceptionPlan *self,
                                                          int              capacity);
const char      *ov_reception_plan_get_activation        (OvReceptionPlan *self);
void             ov_reception_plan_set_activation        (OvReceptionPlan *self,
                                                          const char      *activation);
const char      *ov_reception_plan_get_escalation        (OvReceptionPlan *self);
void             ov_reception_plan_set_escalation        (OvReceptionPlan *self,
                                                          const char      *escalation);
const char      *ov_reception_plan_get_interpreters      (OvReceptionPlan *self);
void             ov_reception_plan_set_interpreters      (OvReceptionPlan *self,
                                                          const char      *interpreters);
const char      *ov_reception_plan_get_health_screening  (OvReceptionPlan *self);
void             ov_reception_plan_set_health_screening  (OvReceptionPlan *self,
                                                          const char      *health_screening);
const char      *ov_reception_plan_get_welfare           (OvReceptionPlan *self);
void             ov_reception_plan_set_welfare           (OvReceptionPlan *self,
                                                          const char      *welfare);
const char      *ov_reception_plan_get_onward_support    (OvReceptionPlan *self);
void             ov_reception_plan_set_onward_support    (OvReceptionPlan *self,
                                                          const char      *onward_support);
const char      *ov_reception_plan_get_lrf_agreed_on     (OvReceptionPlan *self);
void             ov_reception_plan_set_lrf_agreed_on     (OvReceptionPlan *self,
                                                          const char      *lrf_agreed_on);
const char      *ov_reception_plan_get_lrf_reference     (OvReceptionPlan *self);
void             ov_reception_plan_set_lrf_reference     (OvReceptionPlan *self,
                                                          const char      *lrf_reference);
const char      *ov_reception_plan_get_last_exercised_on (OvReceptionPlan *self);
void             ov_reception_plan_set_last_exercised_on (OvReceptionPlan *self,
                                                          const char      *last_exercised_on);
const char      *ov_reception_plan_get_lessons           (OvReceptionPlan *self);
void             ov_reception_plan_set_lessons           (OvReceptionPlan *self,
                                                          const char      *lessons);
const char      *ov_reception_plan_get_review_due_on     (OvReceptionPlan *self);
void             ov_reception_plan_set_review_due_on     (OvReceptionPlan *self,
                                                          const char      *review_due_on);

G_END_DECLS
