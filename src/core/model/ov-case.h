/* ov-case.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_CASE (ov_case_get_type ())

G_DECLARE_FINAL_TYPE (OvCase, ov_case, OV, CASE, OvRecord)

OvCase              *ov_case_new                    (void);
const char          *ov_case_get_reference          (OvCase              *self);
void                 ov_case_set_reference          (OvCase              *self,
                                                     const char          *reference);
const char          *ov_case_get_operation_name     (OvCase              *self);
void                 ov_case_set_operation_name     (OvCase              *self,
                                                     const char          *operation_name);
const char          *ov_case_get_summary            (OvCase              *self);
void                 ov_case_set_summary            (OvCase              *self,
                                                     const char          *summary);
OvCaseStatus         ov_case_get_status             (OvCase              *self);
void                 ov_case_set_status             (OvCase              *self,
                                                     OvCaseStatus         status);
const char          *ov_case_get_opened_on          (OvCase              *self);
void                 ov_case_set_opened_on          (OvCase              *self,
                                                     const char          *opened_on);
const char          *ov_case_get_closed_on          (OvCase              *self);
void                 ov_case_set_closed_on          (OvCase              *self,
                                                     const char          *closed_on);
OvOffence            ov_case_get_offences           (OvCase              *self);
void                 ov_case_set_offences           (OvCase              *self,
                                                     OvOffence            offences);
OvExploitation       ov_case_get_exploitation_types (OvCase              *self);
void                 ov_case_set_exploitation_types (OvCase              *self,
                                                     OvExploitation       exploitation_types);
gboolean             ov_case_get_county_lines       (OvCase              *self);
void                 ov_case_set_county_lines       (OvCase              *self,
                                                     gboolean             county_lines);
OvProtectiveMarking  ov_case_get_protective_marking (OvCase              *self);
void                 ov_case_set_protective_marking (OvCase              *self,
                                                     OvProtectiveMarking  protective_marking);
const char          *ov_case_get_oic_name           (OvCase              *self);
void                 ov_case_set_oic_name           (OvCase              *self,
                                                     const char          *oic_name);
gboolean             ov_case_get_pip2_override      (OvCase              *self);
void                 ov_case_set_pip2_override      (OvCase              *self,
                                                     gboolean             pip2_override);

G_END_DECLS
