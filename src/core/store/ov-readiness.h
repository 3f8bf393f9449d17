/* ov-readiness.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Force readiness on the store: staff training, accreditation history and welfare
 * support, the force's support services, guidance and who has acknowledged which version,
 * the learning log and escalations to senior leaders.
 */

#pragma once

#include "ov-accreditation-change.h"
#include "ov-escalation.h"
#include "ov-guidance-acknowledgement.h"
#include "ov-guidance-document.h"
#include "ov-learning-entry.h"
#include "ov-staff-welfare.h"
#include "ov-store.h"
#include "ov-support-service.h"
#include "ov-training-record.h"

G_BEGIN_DECLS

/* Training */
GPtrArray                 *ov_store_list_training                  (OvStore                *self,
                                                                    gint64                  staff_id,
                                                                    GError                **error);
gboolean                   ov_training_record_is_expired           (OvTrainingRecord       *record,
                                                                    const char             *as_of);

/* Accreditation history */
GPtrArray                 *ov_store_list_accreditation_changes     (OvStore                *self,
                                                                    gint64                  staff_id,
                                                                    GError                **error);
gboolean                   ov_store_record_accreditation_change    (OvStore                *self,
                                                                    OvAccreditationChange  *change,
                                                                    GError                **error);
gboolean                   ov_store_get_accreditation_as_at        (OvStore                *self,
                                                                    gint64                  staff_id,
                                                                    const char             *date,
                                                                    OvPipLevel             *pip_level,
                                                                    OvAccreditationStatus  *status,
                                                                    GError                **error);

/* Welfare */
GPtrArray                 *ov_store_list_staff_welfare             (OvStore                *self,
                                                                    gint64                  staff_id,
                                                                    GError                **error);
GPtrArray                 *ov_store_list_support_services          (OvStore                *self,
                                                                    GError                **error);

/* Guidance */
GPtrArray                 *ov_store_list_guidance_documents        (OvStore                *self,
                                                                    GError                **error);
GPtrArray                 *ov_store_list_guidance_acknowledgements (OvStore                *self,
                                                                    gint64                  staff_id,
                                                                    GError                **error);
OvGuidanceAcknowledgement *ov_store_acknowledge_guidance           (OvStore                *self,
                                                                    OvGuidanceDocument     *document,
                                                                    gint64                  staff_id,
                                                                    GError                **error);
gboolean                   ov_store_has_acknowledged               (OvStore                *self,
                                                                    OvGuidanceDocument     *document,
                                                                    gint64                  staff_id);

/* Learning and escalations */
GPtrArray                 *ov_store_list_learning_entries          (OvStore                *self,
                                                                    GError                **error);
GPtrArray                 *ov_store_list_escalations               (OvStore                *self,
                                                                    GError                **error);

G_END_DECLS
