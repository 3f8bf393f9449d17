/* ov-case-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_CASE_PAGE (ov_case_page_get_type ())

G_DECLARE_FINAL_TYPE (OvCasePage, ov_case_page, OV, CASE_PAGE, GtkWidget)

OvStore  *ov_case_page_get_store              (OvCasePage          *self);
void      ov_case_page_set_store              (OvCasePage          *self,
                                               OvStore             *store);
OvCase   *ov_case_page_get_case               (OvCasePage          *self);
void      ov_case_page_new_case               (OvCasePage          *self);
gboolean  ov_case_page_load                   (OvCasePage          *self,
                                               gint64               case_id,
                                               GError             **error);
gboolean  ov_case_page_get_modified           (OvCasePage          *self);
gboolean  ov_case_page_save                   (OvCasePage          *self);
gboolean  ov_case_page_save_shown             (OvCasePage          *self);
gboolean  ov_case_page_save_all               (OvCasePage          *self);

G_END_DECLS
