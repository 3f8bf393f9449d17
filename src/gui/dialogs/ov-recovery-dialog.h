/* ov-recovery-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OV_TYPE_RECOVERY_DIALOG (ov_recovery_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvRecoveryDialog, ov_recovery_dialog, OV, RECOVERY_DIALOG, GtkWindow)

OvRecoveryDialog *ov_recovery_dialog_new             (const char       *database_path,
                                                      const char       *problem);
const char       *ov_recovery_dialog_get_newest_good (OvRecoveryDialog *self);

G_END_DECLS
