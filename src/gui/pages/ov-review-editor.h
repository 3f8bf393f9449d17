/* ov-review-editor.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-review.h"
#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_REVIEW_EDITOR (ov_review_editor_get_type ())

G_DECLARE_FINAL_TYPE (OvReviewEditor, ov_review_editor, OV, REVIEW_EDITOR, GtkWidget)

void      ov_review_editor_set_store            (OvReviewEditor      *self,
                                                 OvStore             *store);
gboolean  ov_review_editor_load                 (OvReviewEditor      *self,
                                                 OvCase              *the_case,
                                                 gint64               review_id,
                                                 GError             **error);
void      ov_review_editor_clear                (OvReviewEditor      *self);
OvReview *ov_review_editor_get_review           (OvReviewEditor      *self);
gboolean  ov_review_editor_get_modified         (OvReviewEditor      *self);
gboolean  ov_review_editor_save                 (OvReviewEditor      *self);
void      ov_review_editor_discard              (OvReviewEditor      *self);
void      ov_review_editor_sign_off             (OvReviewEditor      *self);
void      ov_review_editor_confirm_leave        (OvReviewEditor      *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean  ov_review_editor_confirm_leave_finish (OvReviewEditor      *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

G_END_DECLS
