/* ov-code-right-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-victim-code-right.h"

G_BEGIN_DECLS

#define OV_TYPE_CODE_RIGHT_ROW (ov_code_right_row_get_type ())

G_DECLARE_FINAL_TYPE (OvCodeRightRow, ov_code_right_row, OV, CODE_RIGHT_ROW, GtkListBoxRow)

OvCodeRightRow    *ov_code_right_row_new          (OvVictimCodeRight *right);
OvVictimCodeRight *ov_code_right_row_get_right    (OvCodeRightRow    *self);
gboolean           ov_code_right_row_get_modified (OvCodeRightRow    *self);
void               ov_code_right_row_set_modified (OvCodeRightRow    *self,
                                                   gboolean           modified);
void               ov_code_right_row_set_editable (OvCodeRightRow    *self,
                                                   gboolean           editable);
gboolean           ov_code_right_row_validate     (OvCodeRightRow    *self);
void               ov_code_right_row_show_error   (OvCodeRightRow    *self,
                                                   const char        *message);

G_END_DECLS
