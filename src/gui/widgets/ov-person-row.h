/* ov-person-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"

G_BEGIN_DECLS

#define OV_TYPE_PERSON_ROW (ov_person_row_get_type ())

G_DECLARE_FINAL_TYPE (OvPersonRow, ov_person_row, OV, PERSON_ROW, GtkWidget)

OvPersonRow *ov_person_row_new        (void);
OvPerson    *ov_person_row_get_person (OvPersonRow *self);
void         ov_person_row_set_person (OvPersonRow *self,
                                       OvPerson    *person);

G_END_DECLS
