/* ov-person-restricted.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_PERSON_RESTRICTED (ov_person_restricted_get_type ())

G_DECLARE_FINAL_TYPE (OvPersonRestricted, ov_person_restricted, OV, PERSON_RESTRICTED, OvRecord)

OvPersonRestricted *ov_person_restricted_new           (void);
gint64              ov_person_restricted_get_person_id (OvPersonRestricted *self);
void                ov_person_restricted_set_person_id (OvPersonRestricted *self,
                                                        gint64              person_id);
const char         *ov_person_restricted_get_address   (OvPersonRestricted *self);
void                ov_person_restricted_set_address   (OvPersonRestricted *self,
                                                        const char         *address);
const char         *ov_person_restricted_get_phone     (OvPersonRestricted *self);
void                ov_person_restricted_set_phone     (OvPersonRestricted *self,
                                                        const char         *phone);
const char         *ov_person_restricted_get_email     (OvPersonRestricted *self);
void                ov_person_restricted_set_email     (OvPersonRestricted *self,
                                                        const char         *email);
const char         *ov_person_restricted_get_notes     (OvPersonRestricted *self);
void                ov_person_restricted_set_notes     (OvPersonRestricted *self,
                                                        const char         *notes);

G_END_DECLS
