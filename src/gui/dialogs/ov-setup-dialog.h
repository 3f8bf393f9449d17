/* ov-setup-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_SETUP_DIALOG (ov_setup_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvSetupDialog, ov_setup_dialog, OV, SETUP_DIALOG, GtkWindow)

OvSetupDialog *ov_setup_dialog_new       (OvStore       *store);
OvStore       *ov_setup_dialog_get_store (OvSetupDialog *self);

G_END_DECLS
