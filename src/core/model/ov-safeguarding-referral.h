/* ov-safeguarding-referral.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_SAFEGUARDING_REFERRAL (ov_safeguarding_referral_get_type ())

G_DECLARE_FINAL_TYPE (OvSafeguardingReferral, ov_safeguarding_referral, OV, SAFEGUARDING_REFERRAL, OvRecord)

OvSafeguardingReferral *ov_safeguarding_referral_new               (void);
gint64                  ov_safeguarding_referral_get_person_id     (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_person_id     (OvSafeguardingReferral *self,
                                                                    gint64                  person_id);
OvReferralType          ov_safeguarding_referral_get_referral_type (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_referral_type (OvSafeguardingReferral *self,
                                                                    OvReferralType          referral_type);
const char             *ov_safeguarding_referral_get_agency        (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_agency        (OvSafeguardingReferral *self,
                                                                    const char             *agency);
const char             *ov_safeguarding_referral_get_sent_at       (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_sent_at       (OvSafeguardingReferral *self,
                                                                    const char             *sent_at);
OvReferralOutcome       ov_safeguarding_referral_get_outcome       (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_outcome       (OvSafeguardingReferral *self,
                                                                    OvReferralOutcome       outcome);
const char             *ov_safeguarding_referral_get_outcome_on    (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_outcome_on    (OvSafeguardingReferral *self,
                                                                    const char             *outcome_on);
const char             *ov_safeguarding_referral_get_notes         (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_notes         (OvSafeguardingReferral *self,
                                                                    const char             *notes);
gint64                  ov_safeguarding_referral_get_partner_id    (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_partner_id    (OvSafeguardingReferral *self,
                                                                    gint64                  partner_id);
const char             *ov_safeguarding_referral_get_partner_name  (OvSafeguardingReferral *self);
void                    ov_safeguarding_referral_set_partner_name  (OvSafeguardingReferral *self,
                                                                    const char             *partner_name);
const char             *ov_safeguarding_referral_get_agency_name   (OvSafeguardingReferral *self);

G_END_DECLS
