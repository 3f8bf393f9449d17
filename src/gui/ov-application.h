/* ov-application.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_APPLICATION (ov_application_get_type ())

G_DECLARE_FINAL_TYPE (OvApplication, ov_application, OV, APPLICATION, GtkApplication)

OvApplication    *ov_application_new                (void);
OvStore          *ov_application_get_store          (OvApplication     *self);
const char       *ov_application_get_database_path  (OvApplication     *self);
void              ov_application_set_database_path  (OvApplication     *self,
                                                     const char        *path);
void              ov_application_set_read_only      (OvApplication     *self,
                                                     gboolean           read_only);
gboolean          ov_application_restore_backup     (OvApplication     *self,
                                                     const char        *backup_path,
                                                     GError           **error);
GtkPageSetup     *ov_application_get_page_setup     (OvApplication     *self);
void              ov_application_set_page_setup     (OvApplication     *self,
                                                     GtkPageSetup      *page_setup);
GtkPrintSettings *ov_application_get_print_settings (OvApplication     *self);
void              ov_application_set_print_settings (OvApplication     *self,
                                                     GtkPrintSettings  *print_settings);

G_END_DECLS
