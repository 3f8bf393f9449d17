/* ov-review-line.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_REVIEW_LINE (ov_review_line_get_type ())

G_DECLARE_FINAL_TYPE (OvReviewLine, ov_review_line, OV, REVIEW_LINE, OvRecord)

OvReviewLine *ov_review_line_new                   (void);
gint64        ov_review_line_get_review_id         (OvReviewLine *self);
void          ov_review_line_set_review_id         (OvReviewLine *self,
                                                    gint64        review_id);
gint64        ov_review_line_get_line_id           (OvReviewLine *self);
void          ov_review_line_set_line_id           (OvReviewLine *self,
                                                    gint64        line_id);
const char   *ov_review_line_get_progress          (OvReviewLine *self);
void          ov_review_line_set_progress          (OvReviewLine *self,
                                                    const char   *progress);
OvLineStatus  ov_review_line_get_status            (OvReviewLine *self);
void          ov_review_line_set_status            (OvReviewLine *self,
                                                    OvLineStatus  status);
const char   *ov_review_line_get_closure_rationale (OvReviewLine *self);
void          ov_review_line_set_closure_rationale (OvReviewLine *self,
                                                    const char   *closure_rationale);
const char   *ov_review_line_get_line_title        (OvReviewLine *self);
void          ov_review_line_set_line_title        (OvReviewLine *self,
                                                    const char   *line_title);

G_END_DECLS
