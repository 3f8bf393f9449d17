/* ov-guidance-document.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_GUIDANCE_DOCUMENT (ov_guidance_document_get_type ())

G_DECLARE_FINAL_TYPE (OvGuidanceDocument, ov_guidance_document, OV, GUIDANCE_DOCUMENT, OvRecord)

OvGuidanceDocument *ov_guidance_document_new              (void);
const char         *ov_guidance_document_get_title        (OvGuidanceDocument *self);
void                ov_guidance_document_set_title        (OvGuidanceDocument *self,
                                                           const char         *title);
const char         *ov_guidance_document_get_version      (OvGuidanceDocument *self);
void                ov_guidance_document_set_version      (OvGuidanceDocument *self,
                                                           const char         *version);
const char         *ov_guidance_document_get_effective_on (OvGuidanceDocument *self);
void                ov_guidance_document_set_effective_on (OvGuidanceDocument *self,
                                                           const char         *effective_on);
const char         *ov_guidance_document_get_location     (OvGuidanceDocument *self);
void                ov_guidance_document_set_location     (OvGuidanceDocument *self,
                                                           const char         *location);
const char         *ov_guidance_document_get_summary      (OvGuidanceDocument *self);
void                ov_guidance_document_set_summary      (OvGuidanceDocument *self,
                                                           const char         *summary);

G_END_DECLS
