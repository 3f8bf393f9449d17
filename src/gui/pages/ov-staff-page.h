/* ov-staff-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_STAFF_PAGE (ov_staff_page_get_type ())

G_DECLARE_FINAL_TYPE (OvStaffPage, ov_staff_page, OV, STAFF_PAGE, GtkWidget)

OvStore  *ov_staff_page_get_store             (OvStaffPage         *self);
void      ov_staff_page_set_store             (OvStaffPage         *self,
                                               OvStore             *store);
OvStaff  *ov_staff_page_get_staff             (OvStaffPage         *self);
gboolean  ov_staff_page_get_modified          (OvStaffPage         *self);
gboolean  ov_staff_page_save                  (OvStaffPage         *self);
void      ov_staff_page_focus_search          (OvStaffPage         *self);

G_END_DECLS
