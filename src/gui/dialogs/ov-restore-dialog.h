/* ov-restore-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_RESTORE_DIALOG (ov_restore_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvRestoreDialog, ov_restore_dialog, OV, RESTORE_DIALOG, GtkWindow)

OvRestoreDialog *ov_restore_dialog_new           (const char      *database_path,
                                                  OvStore         *store);
GListModel      *ov_restore_dialog_get_backups   (OvRestoreDialog *self);
void             ov_restore_dialog_select        (OvRestoreDialog *self,
                                                  guint            position);
void             ov_restore_dialog_restore       (OvRestoreDialog *self);

G_END_DECLS
