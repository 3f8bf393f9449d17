/* ov-import-bundle-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-exchange.h"
#include "ov-store.h"

G_BEGIN_DECLS

typedef enum
{
  OV_IMPORT_STATE_CHECKING,
  OV_IMPORT_STATE_REFUSED,
  OV_IMPORT_STATE_PLANNED,
  OV_IMPORT_STATE_IMPORTING,
  OV_IMPORT_STATE_IMPORTED,
} OvImportState;

#define OV_TYPE_IMPORT_BUNDLE_DIALOG (ov_import_bundle_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvImportBundleDialog, ov_import_bundle_dialog, OV, IMPORT_BUNDLE_DIALOG,
                      GtkWindow)

OvImportBundleDialog *ov_import_bundle_dialog_new         (OvStore              *store,
                                                           const char           *path);
OvImportState         ov_import_bundle_dialog_get_state   (OvImportBundleDialog *self);
const char           *ov_import_bundle_dialog_get_error   (OvImportBundleDialog *self);
OvImportSummary      *ov_import_bundle_dialog_get_summary (OvImportBundleDialog *self);
void                  ov_import_bundle_dialog_import      (OvImportBundleDialog *self);

G_END_DECLS
