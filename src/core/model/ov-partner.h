/* ov-partner.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A partner agency in the force's register: who they are, the information-sharing
 * agreement with them and when the force last engaged with them.
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_PARTNER (ov_partner_get_type ())

G_DECLARE_FINAL_TYPE (OvPartner, ov_partner, OV, PARTNER, OvRecord)

OvPartner          *ov_partner_new                   (void);
const char         *ov_partner_get_name              (OvPartner          *self);
void                ov_partner_set_name              (OvPartner          *self,
                                                      const char         *name);
OvPartnerType       ov_partner_get_partner_type      (OvPartner          *self);
void                ov_partner_set_partner_type      (OvPartner          *self,
                                                      OvPartnerType       partner_type);
OvSharingAgreement  ov_partner_get_sharing_agreement (OvPartner          *self);
void                ov_partner_set_sharing_agreement (OvPartner          *self,
                                                      OvSharingAgreement  sharing_agreement);
const char         *ov_partner_get_sharing_review_on (OvPartner          *self);
void                ov_partner_set_sharing_review_on (OvPartner          *self,
                                                      const char         *sharing_review_on);
const char         *ov_partner_get_last_engaged_on   (OvPartner          *self);
void                ov_partner_set_last_engaged_on   (OvPartner          *self,
                                                      const char         *last_engaged_on);
const char         *ov_partner_get_last_engagement   (OvPartner          *self);
void                ov_partner_set_last_engagement   (OvPartner          *self,
                                                      const char         *last_engagement);
const char         *ov_partner_get_notes             (OvPartner          *self);
void                ov_partner_set_notes             (OvPartner          *self,
                                                      const char         *notes);

G_END_DECLS
