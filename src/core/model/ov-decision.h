/* ov-decision.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_DECISION (ov_decision_get_type ())

G_DECLARE_FINAL_TYPE (OvDecision, ov_decision, OV, DECISION, OvRecord)

OvDecision *ov_decision_new                      (void);
gint64      ov_decision_get_case_id              (OvDecision *self);
void        ov_decision_set_case_id              (OvDecision *self,
                                                  gint64      case_id);
gint64      ov_decision_get_number               (OvDecision *self);
void        ov_decision_set_number               (OvDecision *self,
                                                  gint64      number);
const char *ov_decision_get_decided_at           (OvDecision *self);
void        ov_decision_set_decided_at           (OvDecision *self,
                                                  const char *decided_at);
const char *ov_decision_get_recorded_at          (OvDecision *self);
void        ov_decision_set_recorded_at          (OvDecision *self,
                                                  const char *recorded_at);
gint64      ov_decision_get_decision_maker_id    (OvDecision *self);
void        ov_decision_set_decision_maker_id    (OvDecision *self,
                                                  gint64      decision_maker_id);
const char *ov_decision_get_decision             (OvDecision *self);
void        ov_decision_set_decision             (OvDecision *self,
                                                  const char *decision);
const char *ov_decision_get_rationale            (OvDecision *self);
void        ov_decision_set_rationale            (OvDecision *self,
                                                  const char *rationale);
const char *ov_decision_get_options_rejected     (OvDecision *self);
void        ov_decision_set_options_rejected     (OvDecision *self,
                                                  const char *options_rejected);
gint64      ov_decision_get_supersedes_id        (OvDecision *self);
void        ov_decision_set_supersedes_id        (OvDecision *self,
                                                  gint64      supersedes_id);
gint64      ov_decision_get_review_id            (OvDecision *self);
void        ov_decision_set_review_id            (OvDecision *self,
                                                  gint64      review_id);
const char *ov_decision_get_decision_maker_name  (OvDecision *self);
void        ov_decision_set_decision_maker_name  (OvDecision *self,
                                                  const char *decision_maker_name);
gint64      ov_decision_get_supersedes_number    (OvDecision *self);
void        ov_decision_set_supersedes_number    (OvDecision *self,
                                                  gint64      supersedes_number);
gint64      ov_decision_get_superseded_by_number (OvDecision *self);
void        ov_decision_set_superseded_by_number (OvDecision *self,
                                                  gint64      superseded_by_number);

G_END_DECLS
