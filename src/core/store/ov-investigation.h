/* ov-investigation.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Investigation oversight on the store: the investigative strategy, supervisory reviews,
 * actions and the decision log.
 */

#pragma once

#include "ov-action.h"
#include "ov-addendum.h"
#include "ov-decision.h"
#include "ov-line-of-enquiry.h"
#include "ov-review-action-check.h"
#include "ov-review-line.h"
#include "ov-review.h"
#include "ov-store.h"
#include "ov-strategy.h"

G_BEGIN_DECLS

/* Strategy */
GPtrArray   *ov_store_list_strategies           (OvStore      *self,
                                                 gint64        case_id,
                                                 GError      **error);
OvStrategy  *ov_store_get_strategy_in_force     (OvStore      *self,
                                                 gint64        case_id,
                                                 GError      **error);
GPtrArray   *ov_store_list_lines_of_enquiry     (OvStore      *self,
                                                 gint64        strategy_id,
                                                 GError      **error);
OvStrategy  *ov_store_draft_strategy            (OvStore      *self,
                                                 gint64        case_id,
                                                 GError      **error);
gboolean     ov_store_agree_strategy            (OvStore      *self,
                                                 OvStrategy   *strategy,
                                                 GError      **error);

/* Reviews */
GPtrArray   *ov_store_list_reviews              (OvStore      *self,
                                                 gint64        case_id,
                                                 GError      **error);
OvReview    *ov_store_start_review              (OvStore      *self,
                                                 gint64        case_id,
                                                 OvReviewType  review_type,
                                                 OvReviewTrigger trigger_event,
                                                 const char   *trigger_detail,
                                                 GError      **error);
GPtrArray   *ov_store_list_review_lines         (OvStore      *self,
                                                 gint64        review_id,
                                                 GError      **error);
GPtrArray   *ov_store_list_review_action_checks (OvStore      *self,
                                                 gint64        review_id,
                                                 GError      **error);
GPtrArray   *ov_store_list_addenda              (OvStore      *self,
                                                 gint64        review_id,
                                                 GError      **error);
char        *ov_store_propose_next_review       (OvStore      *self,
                                                 gint64        case_id,
                                                 const char   *held_on);
gboolean     ov_store_sign_off_review           (OvStore      *self,
                                                 OvReview     *review,
                                                 GError      **error);
OvAddendum  *ov_store_add_addendum              (OvStore      *self,
                                                 OvReview     *review,
                                                 const char   *text,
                                                 GError      **error);

/* Actions */
GPtrArray   *ov_store_list_actions              (OvStore      *self,
                                                 gint64        case_id,
                                                 GError      **error);

/* Decision log */
GPtrArray   *ov_store_list_decisions            (OvStore      *self,
                                                 gint64        case_id,
                                                 GError      **error);
gboolean     ov_store_record_decision           (OvStore      *self,
                                                 OvDecision   *decision,
                                                 GError      **error);

G_END_DECLS
