/* ov-summary-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OV_TYPE_SUMMARY_ROW (ov_summary_row_get_type ())

G_DECLARE_FINAL_TYPE (OvSummaryRow, ov_summary_row, OV, SUMMARY_ROW, GtkListBoxRow)

OvSummaryRow *ov_summary_row_new          (const char   *title);
void          ov_summary_row_set_title    (OvSummaryRow *self,
                                           const char   *title);
void          ov_summary_row_set_subtitle (OvSummaryRow *self,
                                           const char   *subtitle);
void          ov_summary_row_set_detail   (OvSummaryRow *self,
                                           const char   *detail);
void          ov_summary_row_add_badge    (OvSummaryRow *self,
                                           const char   *label,
                                           const char   *css_class);
void          ov_summary_row_set_button   (OvSummaryRow *self,
                                           const char   *label,
                                           const char   *tooltip,
                                           const char   *action_name,
                                           GVariant     *target);

G_END_DECLS
