/* ov-exchange-ui.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where Export Bundle… and Import Bundle… begin, from the main menu, the case list and
 * the case page.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-export-bundle-dialog.h"
#include "ov-import-bundle-dialog.h"
#include "ov-store.h"

G_BEGIN_DECLS

OvExportBundleDialog *ov_exchange_ui_export         (GtkWidget  *widget,
                                                     OvStore    *store,
                                                     gint64      case_id);
void                  ov_exchange_ui_choose_import  (GtkWidget  *widget,
                                                     OvStore    *store);
OvImportBundleDialog *ov_exchange_ui_import         (GtkWidget  *widget,
                                                     OvStore    *store,
                                                     const char *path);

G_END_DECLS
