/* ov-new-review-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_NEW_REVIEW_DIALOG (ov_new_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvNewReviewDialog, ov_new_review_dialog, OV, NEW_REVIEW_DIALOG, GtkWindow)

OvNewReviewDialog *ov_new_review_dialog_new (OvStore *store,
                                             OvCase  *the_case);

G_END_DECLS
