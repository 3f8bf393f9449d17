/* ov-escalation.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_ESCALATION (ov_escalation_get_type ())

G_DECLARE_FINAL_TYPE (OvEscalation, ov_escalation, OV, ESCALATION, OvRecord)

OvEscalation       *ov_escalation_new                (void);
OvEscalationConcern ov_escalation_get_concern        (OvEscalation       *self);
void                ov_escalation_set_concern        (OvEscalation       *self,
                                                      OvEscalationConcern concern);
const char         *ov_escalation_get_details        (OvEscalation       *self);
void                ov_escalation_set_details        (OvEscalation       *self,
                                                      const char         *details);
const char         *ov_escalation_get_raised_to_name (OvEscalation       *self);
void                ov_escalation_set_raised_to_name (OvEscalation       *self,
                                                      const char         *raised_to_name);
const char         *ov_escalation_get_raised_to_rank (OvEscalation       *self);
void                ov_escalation_set_raised_to_rank (OvEscalation       *self,
                                                      const char         *raised_to_rank);
const char         *ov_escalation_get_raised_on      (OvEscalation       *self);
void                ov_escalation_set_raised_on      (OvEscalation       *self,
                                                      const char         *raised_on);
const char         *ov_escalation_get_response       (OvEscalation       *self);
void                ov_escalation_set_response       (OvEscalation       *self,
                                                      const char         *response);
const char         *ov_escalation_get_responded_on   (OvEscalation       *self);
void                ov_escalation_set_responded_on   (OvEscalation       *self,
                                                      const char         *responded_on);
const char         *ov_escalation_get_closed_on      (OvEscalation       *self);
void                ov_escalation_set_closed_on      (OvEscalation       *self,
                                                      const char         *closed_on);
gint64              ov_escalation_get_case_id        (OvEscalation       *self);
void                ov_escalation_set_case_id        (OvEscalation       *self,
                                                      gint64              case_id);

G_END_DECLS
