/* ov-review-action-check.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_REVIEW_ACTION_CHECK (ov_review_action_check_get_type ())

G_DECLARE_FINAL_TYPE (OvReviewActionCheck, ov_review_action_check, OV, REVIEW_ACTION_CHECK, OvRecord)

OvReviewActionCheck *ov_review_action_check_new                    (void);
gint64               ov_review_action_check_get_review_id          (OvReviewActionCheck *self);
void                 ov_review_action_check_set_review_id          (OvReviewActionCheck *self,
                                                                    gint64               review_id);
gint64               ov_review_action_check_get_action_id          (OvReviewActionCheck *self);
void                 ov_review_action_check_set_action_id          (OvReviewActionCheck *self,
                                                                    gint64               action_id);
OvActionStatus       ov_review_action_check_get_status             (OvReviewActionCheck *self);
void                 ov_review_action_check_set_status             (OvReviewActionCheck *self,
                                                                    OvActionStatus       status);
const char          *ov_review_action_check_get_note               (OvReviewActionCheck *self);
void                 ov_review_action_check_set_note               (OvReviewActionCheck *self,
                                                                    const char          *note);
const char          *ov_review_action_check_get_action_description (OvReviewActionCheck *self);
void                 ov_review_action_check_set_action_description (OvReviewActionCheck *self,
                                                                    const char          *action_description);

G_END_DECLS
