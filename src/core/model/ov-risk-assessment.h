/* ov-risk-assessment.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_RISK_ASSESSMENT (ov_risk_assessment_get_type ())

G_DECLARE_FINAL_TYPE (OvRiskAssessment, ov_risk_assessment, OV, RISK_ASSESSMENT, OvRecord)

OvRiskAssessment *ov_risk_assessment_new                     (void);
gint64            ov_risk_assessment_get_person_id           (OvRiskAssessment *self);
void              ov_risk_assessment_set_person_id           (OvRiskAssessment *self,
                                                              gint64            person_id);
const char       *ov_risk_assessment_get_threat              (OvRiskAssessment *self);
void              ov_risk_assessment_set_threat              (OvRiskAssessment *self,
                                                              const char       *threat);
const char       *ov_risk_assessment_get_harm                (OvRiskAssessment *self);
void              ov_risk_assessment_set_harm                (OvRiskAssessment *self,
                                                              const char       *harm);
const char       *ov_risk_assessment_get_risk                (OvRiskAssessment *self);
void              ov_risk_assessment_set_risk                (OvRiskAssessment *self,
                                                              const char       *risk);
const char       *ov_risk_assessment_get_investigation       (OvRiskAssessment *self);
void              ov_risk_assessment_set_investigation       (OvRiskAssessment *self,
                                                              const char       *investigation);
const char       *ov_risk_assessment_get_vulnerability       (OvRiskAssessment *self);
void              ov_risk_assessment_set_vulnerability       (OvRiskAssessment *self,
                                                              const char       *vulnerability);
const char       *ov_risk_assessment_get_engagement          (OvRiskAssessment *self);
void              ov_risk_assessment_set_engagement          (OvRiskAssessment *self,
                                                              const char       *engagement);
OvRiskFactor      ov_risk_assessment_get_risk_factors        (OvRiskAssessment *self);
void              ov_risk_assessment_set_risk_factors        (OvRiskAssessment *self,
                                                              OvRiskFactor      risk_factors);
const char       *ov_risk_assessment_get_other_factor        (OvRiskAssessment *self);
void              ov_risk_assessment_set_other_factor        (OvRiskAssessment *self,
                                                              const char       *other_factor);
OvRiskGrade       ov_risk_assessment_get_grade               (OvRiskAssessment *self);
void              ov_risk_assessment_set_grade               (OvRiskAssessment *self,
                                                              OvRiskGrade       grade);
gint64            ov_risk_assessment_get_assessor_id         (OvRiskAssessment *self);
void              ov_risk_assessment_set_assessor_id         (OvRiskAssessment *self,
                                                              gint64            assessor_id);
const char       *ov_risk_assessment_get_assessed_on         (OvRiskAssessment *self);
void              ov_risk_assessment_set_assessed_on         (OvRiskAssessment *self,
                                                              const char       *assessed_on);
gint64            ov_risk_assessment_get_endorsed_by         (OvRiskAssessment *self);
void              ov_risk_assessment_set_endorsed_by         (OvRiskAssessment *self,
                                                              gint64            endorsed_by);
const char       *ov_risk_assessment_get_endorsed_at         (OvRiskAssessment *self);
void              ov_risk_assessment_set_endorsed_at         (OvRiskAssessment *self,
                                                              const char       *endorsed_at);
const char       *ov_risk_assessment_get_endorsement_comment (OvRiskAssessment *self);
void              ov_risk_assessment_set_endorsement_comment (OvRiskAssessment *self,
                                                              const char       *endorsement_comment);
gint64            ov_risk_assessment_get_supersedes_id       (OvRiskAssessment *self);
void              ov_risk_assessment_set_supersedes_id       (OvRiskAssessment *self,
                                                              gint64            supersedes_id);
const char       *ov_risk_assessment_get_assessor_name       (OvRiskAssessment *self);
void              ov_risk_assessment_set_assessor_name       (OvRiskAssessment *self,
                                                              const char       *assessor_name);
const char       *ov_risk_assessment_get_endorsed_by_name    (OvRiskAssessment *self);
void              ov_risk_assessment_set_endorsed_by_name    (OvRiskAssessment *self,
                                                              const char       *endorsed_by_name);
gboolean          ov_risk_assessment_get_superseded          (OvRiskAssessment *self);
void              ov_risk_assessment_set_superseded          (OvRiskAssessment *self,
                                                              gboolean          superseded);

gboolean          ov_risk_assessment_is_endorsed             (OvRiskAssessment *self);

G_END_DECLS
