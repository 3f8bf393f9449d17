/* ov-accreditation-change.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_ACCREDITATION_CHANGE (ov_accreditation_change_get_type ())

G_DECLARE_FINAL_TYPE (OvAccreditationChange, ov_accreditation_change, OV, ACCREDITATION_CHANGE, OvRecord)

OvAccreditationChange *ov_accreditation_change_new                      (void);
gint64                 ov_accreditation_change_get_staff_id             (OvAccreditationChange *self);
void                   ov_accreditation_change_set_staff_id             (OvAccreditationChange *self,
                                                                         gint64                 staff_id);
OvPipLevel             ov_accreditation_change_get_pip_level            (OvAccreditationChange *self);
void                   ov_accreditation_change_set_pip_level            (OvAccreditationChange *self,
                                                                         OvPipLevel             pip_level);
OvAccreditationStatus  ov_accreditation_change_get_accreditation_status (OvAccreditationChange *self);
void                   ov_accreditation_change_set_accreditation_status (OvAccreditationChange *self,
                                                                         OvAccreditationStatus  accreditation_status);
const char            *ov_accreditation_change_get_from_date            (OvAccreditationChange *self);
void                   ov_accreditation_change_set_from_date            (OvAccreditationChange *self,
                                                                         const char            *from_date);
gint64                 ov_accreditation_change_get_recorded_by          (OvAccreditationChange *self);
void                   ov_accreditation_change_set_recorded_by          (OvAccreditationChange *self,
                                                                         gint64                 recorded_by);
const char            *ov_accreditation_change_get_note                 (OvAccreditationChange *self);
void                   ov_accreditation_change_set_note                 (OvAccreditationChange *self,
                                                                         const char            *note);

G_END_DECLS
