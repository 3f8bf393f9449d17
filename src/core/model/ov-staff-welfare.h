/* ov-staff-welfare.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_STAFF_WELFARE (ov_staff_welfare_get_type ())

G_DECLARE_FINAL_TYPE (OvStaffWelfare, ov_staff_welfare, OV, STAFF_WELFARE, OvRecord)

OvStaffWelfare *ov_staff_welfare_new            (void);
gint64          ov_staff_welfare_get_staff_id   (OvStaffWelfare *self);
void            ov_staff_welfare_set_staff_id   (OvStaffWelfare *self,
                                                 gint64          staff_id);
const char     *ov_staff_welfare_get_offered_on (OvStaffWelfare *self);
void            ov_staff_welfare_set_offered_on (OvStaffWelfare *self,
                                                 const char     *offered_on);
const char     *ov_staff_welfare_get_offered    (OvStaffWelfare *self);
void            ov_staff_welfare_set_offered    (OvStaffWelfare *self,
                                                 const char     *offered);
gint64          ov_staff_welfare_get_service_id (OvStaffWelfare *self);
void            ov_staff_welfare_set_service_id (OvStaffWelfare *self,
                                                 gint64          service_id);

G_END_DECLS
