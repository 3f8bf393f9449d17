/* ov-victim-support.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_VICTIM_SUPPORT (ov_victim_support_get_type ())

G_DECLARE_FINAL_TYPE (OvVictimSupport, ov_victim_support, OV, VICTIM_SUPPORT, OvRecord)

OvVictimSupport *ov_victim_support_new              (void);
gint64           ov_victim_support_get_person_id    (OvVictimSupport *self);
void             ov_victim_support_set_person_id    (OvVictimSupport *self,
                                                     gint64           person_id);
OvSupportRole    ov_victim_support_get_role         (OvVictimSupport *self);
void             ov_victim_support_set_role         (OvVictimSupport *self,
                                                     OvSupportRole    role);
gint64           ov_victim_support_get_staff_id     (OvVictimSupport *self);
void             ov_victim_support_set_staff_id     (OvVictimSupport *self,
                                                     gint64           staff_id);
const char      *ov_victim_support_get_contact_name (OvVictimSupport *self);
void             ov_victim_support_set_contact_name (OvVictimSupport *self,
                                                     const char      *contact_name);
const char      *ov_victim_support_get_organisation (OvVictimSupport *self);
void             ov_victim_support_set_organisation (OvVictimSupport *self,
                                                     const char      *organisation);
const char      *ov_victim_support_get_starts_on    (OvVictimSupport *self);
void             ov_victim_support_set_starts_on    (OvVictimSupport *self,
                                                     const char      *starts_on);
const char      *ov_victim_support_get_ends_on      (OvVictimSupport *self);
void             ov_victim_support_set_ends_on      (OvVictimSupport *self,
                                                     const char      *ends_on);
gboolean         ov_victim_support_get_lead         (OvVictimSupport *self);
void             ov_victim_support_set_lead         (OvVictimSupport *self,
                                                     gboolean         lead);
const char      *ov_victim_support_get_staff_name   (OvVictimSupport *self);
void             ov_victim_support_set_staff_name   (OvVictimSupport *self,
                                                     const char      *staff_name);

gboolean         ov_victim_support_is_current       (OvVictimSupport *self,
                                                     const char      *today);
const char      *ov_victim_support_get_display_name (OvVictimSupport *self);

gint64           ov_victim_support_get_partner_id   (OvVictimSupport *self);
void             ov_victim_support_set_partner_id   (OvVictimSupport *self,
                                                     gint64           partner_id);
const char      *ov_victim_support_get_partner_name (OvVictimSupport *self);
void             ov_victim_support_set_partner_name (OvVictimSupport *self,
                                                     const char      *partner_name);
const char      *ov_victim_support_get_provider_name (OvVictimSupport *self);

G_END_DECLS
