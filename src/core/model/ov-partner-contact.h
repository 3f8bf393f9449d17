/* ov-partner-contact.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A named person at a partner agency, and how to reach them in and out of hours.
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_PARTNER_CONTACT (ov_partner_contact_get_type ())

G_DECLARE_FINAL_TYPE (OvPartnerContact, ov_partner_contact, OV, PARTNER_CONTACT, OvRecord)

OvPartnerContact *ov_partner_contact_new              (void);
gint64            ov_partner_contact_get_partner_id   (OvPartnerContact *self);
void              ov_partner_contact_set_partner_id   (OvPartnerContact *self,
                                                       gint64            partner_id);
const char       *ov_partner_contact_get_name         (OvPartnerContact *self);
void              ov_partner_contact_set_name         (OvPartnerContact *self,
                                                       const char       *name);
const char       *ov_partner_contact_get_role         (OvPartnerContact *self);
void              ov_partner_contact_set_role         (OvPartnerContact *self,
                                                       const char       *role);
const char       *ov_partner_contact_get_phone        (OvPartnerContact *self);
void              ov_partner_contact_set_phone        (OvPartnerContact *self,
                                                       const char       *phone);
const char       *ov_partner_contact_get_email        (OvPartnerContact *self);
void              ov_partner_contact_set_email        (OvPartnerContact *self,
                                                       const char       *email);
const char       *ov_partner_contact_get_out_of_hours (OvPartnerContact *self);
void              ov_partner_contact_set_out_of_hours (OvPartnerContact *self,
                                                       const char       *out_of_hours);

G_END_DECLS
