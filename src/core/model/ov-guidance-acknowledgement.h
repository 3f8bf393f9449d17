/* ov-guidance-acknowledgement.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_GUIDANCE_ACKNOWLEDGEMENT (ov_guidance_acknowledgement_get_type ())

G_DECLARE_FINAL_TYPE (OvGuidanceAcknowledgement, ov_guidance_acknowledgement, OV, GUIDANCE_ACKNOWLEDGEMENT, OvRecord)

OvGuidanceAcknowledgement *ov_guidance_acknowledgement_new                 (void);
gint64                     ov_guidance_acknowledgement_get_document_id     (OvGuidanceAcknowledgement *self);
void                       ov_guidance_acknowledgement_set_document_id     (OvGuidanceAcknowledgement *self,
                                                                            gint64                     document_id);
const char                *ov_guidance_acknowledgement_get_version         (OvGuidanceAcknowledgement *self);
void                       ov_guidance_acknowledgement_set_version         (OvGuidanceAcknowledgement *self,
                                                                            const char                *version);
gint64                     ov_guidance_acknowledgement_get_staff_id        (OvGuidanceAcknowledgement *self);
void                       ov_guidance_acknowledgement_set_staff_id        (OvGuidanceAcknowledgement *self,
                                                                            gint64                     staff_id);
const char                *ov_guidance_acknowledgement_get_acknowledged_at (OvGuidanceAcknowledgement *self);
void                       ov_guidance_acknowledgement_set_acknowledged_at (OvGuidanceAcknowledgement *self,
                                                                            const char                *acknowledged_at);

G_END_DECLS
