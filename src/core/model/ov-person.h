/* ov-person.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_PERSON (ov_person_get_type ())

G_DECLARE_FINAL_TYPE (OvPerson, ov_person, OV, PERSON, OvRecord)

OvPerson       *ov_person_new                    (void);
gint64          ov_person_get_case_id            (OvPerson       *self);
void            ov_person_set_case_id            (OvPerson       *self,
                                                  gint64          case_id);
const char     *ov_person_get_name               (OvPerson       *self);
void            ov_person_set_name               (OvPerson       *self,
                                                  const char     *name);
gboolean        ov_person_get_pseudonym          (OvPerson       *self);
void            ov_person_set_pseudonym          (OvPerson       *self,
                                                  gboolean        pseudonym);
OvPersonRole    ov_person_get_roles              (OvPerson       *self);
void            ov_person_set_roles              (OvPerson       *self,
                                                  OvPersonRole    roles);
const char     *ov_person_get_date_of_birth      (OvPerson       *self);
void            ov_person_set_date_of_birth      (OvPerson       *self,
                                                  const char     *date_of_birth);
OvAgeStatus     ov_person_get_age_status         (OvPerson       *self);
void            ov_person_set_age_status         (OvPerson       *self,
                                                  OvAgeStatus     age_status);
OvGender        ov_person_get_gender             (OvPerson       *self);
void            ov_person_set_gender             (OvPerson       *self,
                                                  OvGender        gender);
const char     *ov_person_get_nationality        (OvPerson       *self);
void            ov_person_set_nationality        (OvPerson       *self,
                                                  const char     *nationality);
const char     *ov_person_get_languages          (OvPerson       *self);
void            ov_person_set_languages          (OvPerson       *self,
                                                  const char     *languages);
gboolean        ov_person_get_interpreter_needed (OvPerson       *self);
void            ov_person_set_interpreter_needed (OvPerson       *self,
                                                  gboolean        interpreter_needed);
OvCareNeeds     ov_person_get_care_needs         (OvPerson       *self);
void            ov_person_set_care_needs         (OvPerson       *self,
                                                  OvCareNeeds     care_needs);
OvExploitation  ov_person_get_exploitation_types (OvPerson       *self);
void            ov_person_set_exploitation_types (OvPerson       *self,
                                                  OvExploitation  exploitation_types);
const char     *ov_person_get_identified_on      (OvPerson       *self);
void            ov_person_set_identified_on      (OvPerson       *self,
                                                  const char     *identified_on);
OvPersonStatus  ov_person_get_status             (OvPerson       *self);
void            ov_person_set_status             (OvPerson       *self,
                                                  OvPersonStatus  status);
OvS45Decision   ov_person_get_s45_decision       (OvPerson       *self);
void            ov_person_set_s45_decision       (OvPerson       *self,
                                                  OvS45Decision   s45_decision);
const char     *ov_person_get_s45_rationale      (OvPerson       *self);
void            ov_person_set_s45_rationale      (OvPerson       *self,
                                                  const char     *s45_rationale);
const char     *ov_person_get_s45_decided_on     (OvPerson       *self);
void            ov_person_set_s45_decided_on     (OvPerson       *self,
                                                  const char     *s45_decided_on);
const char     *ov_person_get_lead_contact       (OvPerson       *self);
void            ov_person_set_lead_contact       (OvPerson       *self,
                                                  const char     *lead_contact);
const char     *ov_person_get_lead_contact_role  (OvPerson       *self);
void            ov_person_set_lead_contact_role  (OvPerson       *self,
                                                  const char     *lead_contact_role);
const char     *ov_person_get_strategy_status    (OvPerson       *self);
void            ov_person_set_strategy_status    (OvPerson       *self,
                                                  const char     *strategy_status);
const char     *ov_person_get_risk_grade         (OvPerson       *self);
void            ov_person_set_risk_grade         (OvPerson       *self,
                                                  const char     *risk_grade);
gboolean        ov_person_get_risk_endorsed      (OvPerson       *self);
void            ov_person_set_risk_endorsed      (OvPerson       *self,
                                                  gboolean        risk_endorsed);
const char     *ov_person_get_nrm_stage          (OvPerson       *self);
void            ov_person_set_nrm_stage          (OvPerson       *self,
                                                  const char     *nrm_stage);

gboolean        ov_person_has_role               (OvPerson       *self,
                                                  OvPersonRole    role);
gboolean        ov_person_is_child               (OvPerson       *self,
                                                  const char     *today);

gboolean ov_age_is_child (OvAgeStatus  age_status,
                          const char  *date_of_birth,
                          const char  *today);

G_END_DECLS
