/* ov-support-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_SUPPORT_DIALOG (ov_support_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvSupportDialog, ov_support_dialog, OV, SUPPORT_DIALOG, GtkWindow)

OvSupportDialog *ov_support_dialog_new    (OvStore         *store,
                                           OvPerson        *person);
gboolean         ov_support_dialog_assign (OvSupportDialog *self);

G_END_DECLS
