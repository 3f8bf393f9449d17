/* ov-support-service.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_SUPPORT_SERVICE (ov_support_service_get_type ())

G_DECLARE_FINAL_TYPE (OvSupportService, ov_support_service, OV, SUPPORT_SERVICE, OvRecord)

OvSupportService *ov_support_service_new        (void);
const char       *ov_support_service_get_name   (OvSupportService *self);
void              ov_support_service_set_name   (OvSupportService *self,
                                                 const char       *name);
const char       *ov_support_service_get_access (OvSupportService *self);
void              ov_support_service_set_access (OvSupportService *self,
                                                 const char       *access);

G_END_DECLS
