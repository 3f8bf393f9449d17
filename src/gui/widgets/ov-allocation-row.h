/* ov-allocation-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_ALLOCATION_ROW (ov_allocation_row_get_type ())

G_DECLARE_FINAL_TYPE (OvAllocationRow, ov_allocation_row, OV, ALLOCATION_ROW, GtkListBoxRow)

OvAllocationRow *ov_allocation_row_new            (OvAllocation    *allocation);
OvAllocation    *ov_allocation_row_get_allocation (OvAllocationRow *self);

G_END_DECLS
