/* ov-nrm-referral.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_NRM_REFERRAL (ov_nrm_referral_get_type ())

G_DECLARE_FINAL_TYPE (OvNrmReferral, ov_nrm_referral, OV, NRM_REFERRAL, OvRecord)

OvNrmReferral      *ov_nrm_referral_new                           (void);
gint64              ov_nrm_referral_get_person_id                 (OvNrmReferral      *self);
void                ov_nrm_referral_set_person_id                 (OvNrmReferral      *self,
                                                                   gint64              person_id);
OvNrmRoute          ov_nrm_referral_get_route                     (OvNrmReferral      *self);
void                ov_nrm_referral_set_route                     (OvNrmReferral      *self,
                                                                   OvNrmRoute          route);
gboolean            ov_nrm_referral_get_consent_given             (OvNrmReferral      *self);
void                ov_nrm_referral_set_consent_given             (OvNrmReferral      *self,
                                                                   gboolean            consent_given);
const char         *ov_nrm_referral_get_submitted_on              (OvNrmReferral      *self);
void                ov_nrm_referral_set_submitted_on              (OvNrmReferral      *self,
                                                                   const char         *submitted_on);
const char         *ov_nrm_referral_get_reference                 (OvNrmReferral      *self);
void                ov_nrm_referral_set_reference                 (OvNrmReferral      *self,
                                                                   const char         *reference);
OvNrmDecisionMaker  ov_nrm_referral_get_decision_maker            (OvNrmReferral      *self);
void                ov_nrm_referral_set_decision_maker            (OvNrmReferral      *self,
                                                                   OvNrmDecisionMaker  decision_maker);
OvGroundsOutcome    ov_nrm_referral_get_rg_outcome                (OvNrmReferral      *self);
void                ov_nrm_referral_set_rg_outcome                (OvNrmReferral      *self,
                                                                   OvGroundsOutcome    rg_outcome);
const char         *ov_nrm_referral_get_rg_on                     (OvNrmReferral      *self);
void                ov_nrm_referral_set_rg_on                     (OvNrmReferral      *self,
                                                                   const char         *rg_on);
OvGroundsOutcome    ov_nrm_referral_get_cg_outcome                (OvNrmReferral      *self);
void                ov_nrm_referral_set_cg_outcome                (OvNrmReferral      *self,
                                                                   OvGroundsOutcome    cg_outcome);
const char         *ov_nrm_referral_get_cg_on                     (OvNrmReferral      *self);
void                ov_nrm_referral_set_cg_on                     (OvNrmReferral      *self,
                                                                   const char         *cg_on);
gboolean            ov_nrm_referral_get_reconsideration_requested (OvNrmReferral      *self);
void                ov_nrm_referral_set_reconsideration_requested (OvNrmReferral      *self,
                                                                   gboolean            reconsideration_requested);
const char         *ov_nrm_referral_get_notes                     (OvNrmReferral      *self);
void                ov_nrm_referral_set_notes                     (OvNrmReferral      *self,
                                                                   const char         *notes);

char               *ov_nrm_referral_get_recovery_period_ends_on   (OvNrmReferral      *self);
char               *ov_nrm_referral_describe_stage                (OvNrmReferral      *self);

G_END_DECLS
