/* ov-victims.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Victims and safeguarding on the store: people, restricted details, victim support,
 * victim strategies with the Victims' Code tracker, THRIVE risk assessments, safeguarding
 * referrals and the NRM / Duty to Notify.
 */

#pragma once

#include "ov-nrm-referral.h"
#include "ov-person-restricted.h"
#include "ov-person.h"
#include "ov-risk-assessment.h"
#include "ov-safeguarding-referral.h"
#include "ov-store.h"
#include "ov-victim-code-right.h"
#include "ov-victim-strategy.h"
#include "ov-victim-support.h"

G_BEGIN_DECLS

/* People */
GPtrArray          *ov_store_list_people              (OvStore            *self,
                                                       gint64              case_id,
                                                       GError            **error);
OvPersonRestricted *ov_store_reveal_restricted        (OvStore            *self,
                                                       OvPerson           *person,
                                                       const char         *reason,
                                                       GError            **error);
const char         *ov_nrm_stage_get_label            (const char         *stage);

/* Victim support */
GPtrArray          *ov_store_list_victim_support      (OvStore            *self,
                                                       gint64              person_id,
                                                       GError            **error);
gboolean            ov_store_assign_support           (OvStore            *self,
                                                       OvVictimSupport    *support,
                                                       GError            **error);

/* Victim strategy and the Victims' Code */
GPtrArray          *ov_store_list_victim_strategies   (OvStore            *self,
                                                       gint64              person_id,
                                                       GError            **error);
OvVictimStrategy   *ov_store_draft_victim_strategy    (OvStore            *self,
                                                       gint64              person_id,
                                                       GError            **error);
gboolean            ov_store_agree_victim_strategy    (OvStore            *self,
                                                       OvVictimStrategy   *strategy,
                                                       GError            **error);
GPtrArray          *ov_store_list_code_rights         (OvStore            *self,
                                                       gint64              victim_strategy_id,
                                                       GError            **error);

/* Risk */
GPtrArray          *ov_store_list_risk_assessments    (OvStore            *self,
                                                       gint64              person_id,
                                                       GError            **error);
gboolean            ov_store_add_risk_assessment      (OvStore            *self,
                                                       OvRiskAssessment   *assessment,
                                                       GError            **error);
gboolean            ov_store_endorse_risk_assessment  (OvStore            *self,
                                                       OvRiskAssessment   *assessment,
                                                       const char         *comment,
                                                       GError            **error);
gboolean            ov_store_case_has_high_risk_victim (OvStore           *self,
                                                       gint64              case_id);

/* Safeguarding and NRM */
GPtrArray          *ov_store_list_safeguarding_referrals (OvStore         *self,
                                                       gint64              person_id,
                                                       GError            **error);
GPtrArray          *ov_store_list_nrm_referrals       (OvStore            *self,
                                                       gint64              person_id,
                                                       GError            **error);

G_END_DECLS
