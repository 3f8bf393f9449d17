/* ov-finding.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One thing the compliance check found: what is missing or late, for which case and
 * person (or, for the force's readiness, which partner, plan or other record), when it
 * fell due, and where it is put right.
 */

#pragma once

#include <glib-object.h>

#include "ov-enums.h"

G_BEGIN_DECLS

#define OV_TYPE_FINDING (ov_finding_get_type ())

G_DECLARE_FINAL_TYPE (OvFinding, ov_finding, OV, FINDING, GObject)

/* Where in the case page a finding is put right. */
#define OV_SECTION_DETAILS    "details"
#define OV_SECTION_STRATEGY   "strategy"
#define OV_SECTION_REVIEWS    "reviews"
#define OV_SECTION_ACTIONS    "actions"
#define OV_SECTION_DECISIONS  "decisions"
#define OV_SECTION_PEOPLE     "people"

/* What a finding about the force, not a case, is about. */
#define OV_SUBJECT_PARTNER         "partner"
#define OV_SUBJECT_RECEPTION_PLAN  "reception-plan"
#define OV_SUBJECT_STAFF           "staff"
#define OV_SUBJECT_GUIDANCE        "guidance"
#define OV_SUBJECT_LEARNING        "learning"
#define OV_SUBJECT_ESCALATION      "escalation"

OvFinding  *ov_finding_new                (const char *rule_id,
                                           OvSeverity  severity,
                                           const char *message);
OvFinding  *ov_finding_new_for_subject    (const char *rule_id,
                                           OvSeverity  severity,
                                           const char *message,
                                           const char *subject_kind,
                                           gint64      subject_id,
                                           const char *subject_label);
const char *ov_finding_get_rule_id        (OvFinding  *self);
OvSeverity  ov_finding_get_severity       (OvFinding  *self);
const char *ov_finding_get_message        (OvFinding  *self);
gint64      ov_finding_get_case_id        (OvFinding  *self);
const char *ov_finding_get_case_reference (OvFinding  *self);
gint64      ov_finding_get_person_id      (OvFinding  *self);
const char *ov_finding_get_person_name    (OvFinding  *self);
gint64      ov_finding_get_officer_id     (OvFinding  *self);
const char *ov_finding_get_officer_name   (OvFinding  *self);
const char *ov_finding_get_due_on         (OvFinding  *self);
int         ov_finding_get_days_overdue   (OvFinding  *self);
const char *ov_finding_get_section        (OvFinding  *self);
const char *ov_finding_get_subject_kind   (OvFinding  *self);
gint64      ov_finding_get_subject_id     (OvFinding  *self);
const char *ov_finding_get_subject_label  (OvFinding  *self);
void        ov_finding_set_case           (OvFinding  *self,
                                           gint64      case_id,
                                           const char *case_reference,
                                           gint64      officer_id,
                                           const char *officer_name);
void        ov_finding_set_person         (OvFinding  *self,
                                           gint64      person_id,
                                           const char *person_name);
void        ov_finding_set_due            (OvFinding  *self,
                                           const char *due_on,
                                           int         days_overdue);
void        ov_finding_set_section        (OvFinding  *self,
                                           const char *section);
int         ov_finding_compare            (OvFinding  *a,
                                           OvFinding  *b);

G_END_DECLS
