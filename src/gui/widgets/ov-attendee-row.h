/* ov-attendee-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-staff.h"

G_BEGIN_DECLS

#define OV_TYPE_ATTENDEE_ROW (ov_attendee_row_get_type ())

G_DECLARE_FINAL_TYPE (OvAttendeeRow, ov_attendee_row, OV, ATTENDEE_ROW, GtkListBoxRow)

OvAttendeeRow *ov_attendee_row_new          (OvStaff       *staff,
                                             gboolean       attended);
OvStaff       *ov_attendee_row_get_staff    (OvAttendeeRow *self);
gboolean       ov_attendee_row_get_attended (OvAttendeeRow *self);
void           ov_attendee_row_set_attended (OvAttendeeRow *self,
                                             gboolean       attended);

G_END_DECLS
