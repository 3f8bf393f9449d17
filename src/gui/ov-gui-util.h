/* ov-gui-util.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers the pages and dialogs share: keeping list stores in step with the
 * store, the staff to choose from, and presenting dialogs over their window.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-review.h"
#include "ov-store.h"

G_BEGIN_DECLS

void        ov_list_store_replace  (GListStore  *list_store,
                                    GPtrArray   *records);
gboolean    ov_records_unchanged   (GListModel  *model,
                                    GPtrArray   *records);
gpointer    ov_list_model_find     (GListModel  *model,
                                    gint64       id,
                                    guint       *position);
GPtrArray  *ov_list_model_dup_items (GListModel *model);
GListStore *ov_staff_choices_new   (OvStore     *store,
                                    gint64       keep_id,
                                    GError     **error);
void        ov_present_dialog      (GtkWidget   *widget,
                                    GtkWindow   *dialog);
char       *ov_review_describe     (OvReview    *review);
char       *ov_text_view_get_text  (GtkTextView *text_view);
char       *ov_chooser_get_path    (GtkFileChooser *chooser,
                                    int             response,
                                    const char     *suffix);

G_END_DECLS
