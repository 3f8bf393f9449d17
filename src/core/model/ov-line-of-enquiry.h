/* ov-line-of-enquiry.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_LINE_OF_ENQUIRY (ov_line_of_enquiry_get_type ())

G_DECLARE_FINAL_TYPE (OvLineOfEnquiry, ov_line_of_enquiry, OV, LINE_OF_ENQUIRY, OvRecord)

OvLineOfEnquiry *ov_line_of_enquiry_new                   (void);
gint64           ov_line_of_enquiry_get_strategy_id       (OvLineOfEnquiry *self);
void             ov_line_of_enquiry_set_strategy_id       (OvLineOfEnquiry *self,
                                                           gint64           strategy_id);
gint64           ov_line_of_enquiry_get_case_id           (OvLineOfEnquiry *self);
void             ov_line_of_enquiry_set_case_id           (OvLineOfEnquiry *self,
                                                           gint64           case_id);
gint64           ov_line_of_enquiry_get_position          (OvLineOfEnquiry *self);
void             ov_line_of_enquiry_set_position          (OvLineOfEnquiry *self,
                                                           gint64           position);
const char      *ov_line_of_enquiry_get_title             (OvLineOfEnquiry *self);
void             ov_line_of_enquiry_set_title             (OvLineOfEnquiry *self,
                                                           const char      *title);
const char      *ov_line_of_enquiry_get_description       (OvLineOfEnquiry *self);
void             ov_line_of_enquiry_set_description       (OvLineOfEnquiry *self,
                                                           const char      *description);
OvLineStatus     ov_line_of_enquiry_get_status            (OvLineOfEnquiry *self);
void             ov_line_of_enquiry_set_status            (OvLineOfEnquiry *self,
                                                           OvLineStatus     status);
const char      *ov_line_of_enquiry_get_closure_rationale (OvLineOfEnquiry *self);
void             ov_line_of_enquiry_set_closure_rationale (OvLineOfEnquiry *self,
                                                           const char      *closure_rationale);

G_END_DECLS
