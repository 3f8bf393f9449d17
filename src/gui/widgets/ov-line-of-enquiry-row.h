/* ov-line-of-enquiry-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-line-of-enquiry.h"

G_BEGIN_DECLS

#define OV_TYPE_LINE_OF_ENQUIRY_ROW (ov_line_of_enquiry_row_get_type ())

G_DECLARE_FINAL_TYPE (OvLineOfEnquiryRow, ov_line_of_enquiry_row, OV, LINE_OF_ENQUIRY_ROW,
                      GtkListBoxRow)

OvLineOfEnquiryRow *ov_line_of_enquiry_row_new          (OvLineOfEnquiry    *line,
                                                         gboolean            editable);
OvLineOfEnquiry    *ov_line_of_enquiry_row_get_line     (OvLineOfEnquiryRow *self);
gboolean            ov_line_of_enquiry_row_get_modified (OvLineOfEnquiryRow *self);
gboolean            ov_line_of_enquiry_row_validate     (OvLineOfEnquiryRow *self);
void                ov_line_of_enquiry_row_show_error   (OvLineOfEnquiryRow *self,
                                                         const char         *message);

G_END_DECLS
