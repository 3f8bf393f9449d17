/* ov-addendum-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-review.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_ADDENDUM_DIALOG (ov_addendum_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvAddendumDialog, ov_addendum_dialog, OV, ADDENDUM_DIALOG, GtkWindow)

OvAddendumDialog *ov_addendum_dialog_new (OvStore  *store,
                                          OvReview *review);

G_END_DECLS
