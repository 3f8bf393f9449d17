/* ov-review.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_REVIEW (ov_review_get_type ())

G_DECLARE_FINAL_TYPE (OvReview, ov_review, OV, REVIEW, OvRecord)

OvReview        *ov_review_new                         (void);
gint64           ov_review_get_case_id                 (OvReview        *self);
void             ov_review_set_case_id                 (OvReview        *self,
                                                        gint64           case_id);
gint64           ov_review_get_strategy_id             (OvReview        *self);
void             ov_review_set_strategy_id             (OvReview        *self,
                                                        gint64           strategy_id);
OvReviewType     ov_review_get_review_type             (OvReview        *self);
void             ov_review_set_review_type             (OvReview        *self,
                                                        OvReviewType     review_type);
OvReviewTrigger  ov_review_get_trigger_event           (OvReview        *self);
void             ov_review_set_trigger_event           (OvReview        *self,
                                                        OvReviewTrigger  trigger_event);
const char      *ov_review_get_trigger_detail          (OvReview        *self);
void             ov_review_set_trigger_detail          (OvReview        *self,
                                                        const char      *trigger_detail);
const char      *ov_review_get_held_at                 (OvReview        *self);
void             ov_review_set_held_at                 (OvReview        *self,
                                                        const char      *held_at);
gint64           ov_review_get_reviewer_id             (OvReview        *self);
void             ov_review_set_reviewer_id             (OvReview        *self,
                                                        gint64           reviewer_id);
const char      *ov_review_get_attendee_ids            (OvReview        *self);
void             ov_review_set_attendee_ids            (OvReview        *self,
                                                        const char      *attendee_ids);
gboolean         ov_review_get_risk_reassessed         (OvReview        *self);
void             ov_review_set_risk_reassessed         (OvReview        *self,
                                                        gboolean         risk_reassessed);
const char      *ov_review_get_risk_notes              (OvReview        *self);
void             ov_review_set_risk_notes              (OvReview        *self,
                                                        const char      *risk_notes);
const char      *ov_review_get_directions              (OvReview        *self);
void             ov_review_set_directions              (OvReview        *self,
                                                        const char      *directions);
gboolean         ov_review_get_parameters_confirmed    (OvReview        *self);
void             ov_review_set_parameters_confirmed    (OvReview        *self,
                                                        gboolean         parameters_confirmed);
gboolean         ov_review_get_ownership_confirmed     (OvReview        *self);
void             ov_review_set_ownership_confirmed     (OvReview        *self,
                                                        gboolean         ownership_confirmed);
const char      *ov_review_get_proposed_next_review_on (OvReview        *self);
void             ov_review_set_proposed_next_review_on (OvReview        *self,
                                                        const char      *proposed_next_review_on);
const char      *ov_review_get_next_review_on          (OvReview        *self);
void             ov_review_set_next_review_on          (OvReview        *self,
                                                        const char      *next_review_on);
const char      *ov_review_get_next_review_reason      (OvReview        *self);
void             ov_review_set_next_review_reason      (OvReview        *self,
                                                        const char      *next_review_reason);
OvReviewStatus   ov_review_get_status                  (OvReview        *self);
void             ov_review_set_status                  (OvReview        *self,
                                                        OvReviewStatus   status);
gint64           ov_review_get_signed_off_by           (OvReview        *self);
void             ov_review_set_signed_off_by           (OvReview        *self,
                                                        gint64           signed_off_by);
const char      *ov_review_get_signed_off_at           (OvReview        *self);
void             ov_review_set_signed_off_at           (OvReview        *self,
                                                        const char      *signed_off_at);
const char      *ov_review_get_reviewer_name           (OvReview        *self);
void             ov_review_set_reviewer_name           (OvReview        *self,
                                                        const char      *reviewer_name);
const char      *ov_review_get_signed_off_by_name      (OvReview        *self);
void             ov_review_set_signed_off_by_name      (OvReview        *self,
                                                        const char      *signed_off_by_name);

gboolean         ov_review_is_signed_off               (OvReview        *self);
GArray          *ov_review_get_attendees               (OvReview        *self);
void             ov_review_set_attendees               (OvReview        *self,
                                                        const gint64    *ids,
                                                        guint            n_ids);

G_END_DECLS
