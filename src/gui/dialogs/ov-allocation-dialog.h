/* ov-allocation-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_ALLOCATION_DIALOG (ov_allocation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvAllocationDialog, ov_allocation_dialog, OV, ALLOCATION_DIALOG, GtkWindow)

OvAllocationDialog *ov_allocation_dialog_new      (OvStore            *store,
                                                   OvCase             *the_case);
OvStore            *ov_allocation_dialog_get_store (OvAllocationDialog *self);
OvCase             *ov_allocation_dialog_get_case  (OvAllocationDialog *self);

G_END_DECLS
