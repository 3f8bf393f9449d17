/* ov-export-bundle-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_EXPORT_BUNDLE_DIALOG (ov_export_bundle_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvExportBundleDialog, ov_export_bundle_dialog, OV, EXPORT_BUNDLE_DIALOG,
                      GtkWindow)

OvExportBundleDialog *ov_export_bundle_dialog_new           (OvStore              *store,
                                                             gint64                case_id);
void                  ov_export_bundle_dialog_set_search    (OvExportBundleDialog *self,
                                                             const char           *search);
void                  ov_export_bundle_dialog_set_chosen    (OvExportBundleDialog *self,
                                                             gint64                case_id,
                                                             gboolean              chosen);
guint                 ov_export_bundle_dialog_choose_shown  (OvExportBundleDialog *self);
GArray               *ov_export_bundle_dialog_get_chosen    (OvExportBundleDialog *self);
void                  ov_export_bundle_dialog_set_marking   (OvExportBundleDialog *self,
                                                             const char           *marking);
gboolean              ov_export_bundle_dialog_get_busy      (OvExportBundleDialog *self);
void                  ov_export_bundle_dialog_accept        (OvExportBundleDialog *self);
gboolean              ov_export_bundle_dialog_export_to     (OvExportBundleDialog *self,
                                                             const char           *path);

G_END_DECLS
