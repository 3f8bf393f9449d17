/* ov-staff.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_STAFF (ov_staff_get_type ())

G_DECLARE_FINAL_TYPE (OvStaff, ov_staff, OV, STAFF, OvRecord)

OvStaff               *ov_staff_new                      (void);
const char            *ov_staff_get_name                 (OvStaff               *self);
void                   ov_staff_set_name                 (OvStaff               *self,
                                                          const char            *name);
const char            *ov_staff_get_collar_number        (OvStaff               *self);
void                   ov_staff_set_collar_number        (OvStaff               *self,
                                                          const char            *collar_number);
OvRank                 ov_staff_get_rank                 (OvStaff               *self);
void                   ov_staff_set_rank                 (OvStaff               *self,
                                                          OvRank                 rank);
OvStaffRole            ov_staff_get_roles                (OvStaff               *self);
void                   ov_staff_set_roles                (OvStaff               *self,
                                                          OvStaffRole            roles);
OvPipLevel             ov_staff_get_pip_level            (OvStaff               *self);
void                   ov_staff_set_pip_level            (OvStaff               *self,
                                                          OvPipLevel             pip_level);
OvAccreditationStatus  ov_staff_get_accreditation_status (OvStaff               *self);
void                   ov_staff_set_accreditation_status (OvStaff               *self,
                                                          OvAccreditationStatus  accreditation_status);
const char            *ov_staff_get_accreditation_date   (OvStaff               *self);
void                   ov_staff_set_accreditation_date   (OvStaff               *self,
                                                          const char            *accreditation_date);
const char            *ov_staff_get_unit                 (OvStaff               *self);
void                   ov_staff_set_unit                 (OvStaff               *self,
                                                          const char            *unit);
const char            *ov_staff_get_email                (OvStaff               *self);
void                   ov_staff_set_email                (OvStaff               *self,
                                                          const char            *email);
const char            *ov_staff_get_phone                (OvStaff               *self);
void                   ov_staff_set_phone                (OvStaff               *self,
                                                          const char            *phone);
gboolean               ov_staff_get_active               (OvStaff               *self);
void                   ov_staff_set_active               (OvStaff               *self,
                                                          gboolean               active);
const char            *ov_staff_get_os_account           (OvStaff               *self);
void                   ov_staff_set_os_account           (OvStaff               *self,
                                                          const char            *os_account);

gboolean               ov_staff_has_role                 (OvStaff               *self,
                                                          OvStaffRole            role);
gboolean               ov_staff_is_pip2_accredited       (OvStaff               *self);
gboolean               ov_pip_meets_pip2                 (OvPipLevel             level,
                                                          OvAccreditationStatus  status);
gboolean               ov_staff_matches                  (OvStaff               *self,
                                                          const char            *search);
char                  *ov_staff_describe_pip             (OvStaff               *self);
char                  *ov_pip_describe                   (OvPipLevel             level,
                                                          OvAccreditationStatus  status);

G_END_DECLS
