/* ov-review-line-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-review-line.h"

G_BEGIN_DECLS

#define OV_TYPE_REVIEW_LINE_ROW (ov_review_line_row_get_type ())

G_DECLARE_FINAL_TYPE (OvReviewLineRow, ov_review_line_row, OV, REVIEW_LINE_ROW, GtkListBoxRow)

OvReviewLineRow *ov_review_line_row_new             (OvReviewLine    *review_line,
                                                     gboolean         editable);
OvReviewLine    *ov_review_line_row_get_review_line (OvReviewLineRow *self);
gboolean         ov_review_line_row_get_modified    (OvReviewLineRow *self);
gboolean         ov_review_line_row_validate        (OvReviewLineRow *self);

G_END_DECLS
