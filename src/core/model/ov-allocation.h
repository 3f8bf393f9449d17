/* ov-allocation.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_ALLOCATION (ov_allocation_get_type ())

G_DECLARE_FINAL_TYPE (OvAllocation, ov_allocation, OV, ALLOCATION, OvRecord)

OvAllocation          *ov_allocation_new                      (void);
gint64                 ov_allocation_get_case_id              (OvAllocation          *self);
void                   ov_allocation_set_case_id              (OvAllocation          *self,
                                                               gint64                 case_id);
gint64                 ov_allocation_get_staff_id             (OvAllocation          *self);
void                   ov_allocation_set_staff_id             (OvAllocation          *self,
                                                               gint64                 staff_id);
OvAllocationRole       ov_allocation_get_role                 (OvAllocation          *self);
void                   ov_allocation_set_role                 (OvAllocation          *self,
                                                               OvAllocationRole       role);
const char            *ov_allocation_get_starts_at            (OvAllocation          *self);
void                   ov_allocation_set_starts_at            (OvAllocation          *self,
                                                               const char            *starts_at);
const char            *ov_allocation_get_ends_at              (OvAllocation          *self);
void                   ov_allocation_set_ends_at              (OvAllocation          *self,
                                                               const char            *ends_at);
gint64                 ov_allocation_get_allocated_by         (OvAllocation          *self);
void                   ov_allocation_set_allocated_by         (OvAllocation          *self,
                                                               gint64                 allocated_by);
const char            *ov_allocation_get_override_rationale   (OvAllocation          *self);
void                   ov_allocation_set_override_rationale   (OvAllocation          *self,
                                                               const char            *override_rationale);
OvPipLevel             ov_allocation_get_pip_level            (OvAllocation          *self);
void                   ov_allocation_set_pip_level            (OvAllocation          *self,
                                                               OvPipLevel             pip_level);
OvAccreditationStatus  ov_allocation_get_accreditation_status (OvAllocation          *self);
void                   ov_allocation_set_accreditation_status (OvAllocation          *self,
                                                               OvAccreditationStatus  accreditation_status);
const char            *ov_allocation_get_staff_name           (OvAllocation          *self);
void                   ov_allocation_set_staff_name           (OvAllocation          *self,
                                                               const char            *staff_name);
const char            *ov_allocation_get_allocated_by_name    (OvAllocation          *self);
void                   ov_allocation_set_allocated_by_name    (OvAllocation          *self,
                                                               const char            *allocated_by_name);

gboolean               ov_allocation_is_current               (OvAllocation          *self);
gboolean               ov_allocation_role_needs_pip2          (OvAllocationRole       role);

G_END_DECLS
