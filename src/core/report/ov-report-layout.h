/* ov-report-layout.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report document laid out on pages of one size, ready to draw any page on any cairo
 * context: a PDF surface for export, or GtkPrintOperation's context for printing, so the
 * printed page and the exported PDF are the same.
 *
 * Printing from GTK (in points, drawing the whole page including the margins):
 *
 *   gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
 *   gtk_print_operation_set_use_full_page (operation, TRUE);
 *
 *   begin-print:  g_autoptr(PangoContext) pango = gtk_print_context_create_pango_context (context);
 *
 *                 layout = ov_report_layout_new (document,
 *                                                gtk_print_context_get_width (context),
 *                                                gtk_print_context_get_height (context),
 *                                                pango);
 *                 gtk_print_operation_set_n_pages (operation,
 *                                                  ov_report_layout_get_n_pages (layout));
 *   draw-page:    ov_report_layout_draw_page (layout,
 *                                             gtk_print_context_get_cairo_context (context),
 *                                             page_nr);
 *
 * and record the disclosure with ov_report_record_disclosure() when the operation ends
 * with GTK_PRINT_OPERATION_RESULT_APPLY.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ov-report-document.h"

G_BEGIN_DECLS

/* ISO A4 portrait, in points. */
#define OV_REPORT_A4_WIDTH  595.2756
#define OV_REPORT_A4_HEIGHT 841.8898

#define OV_TYPE_REPORT_LAYOUT (ov_report_layout_get_type ())

G_DECLARE_FINAL_TYPE (OvReportLayout, ov_report_layout, OV, REPORT_LAYOUT, GObject)

OvReportLayout   *ov_report_layout_new             (OvReportDocument *document,
                                                    double            page_width,
                                                    double            page_height,
                                                    PangoContext     *context);
OvReportDocument *ov_report_layout_get_document    (OvReportLayout   *self);
guint             ov_report_layout_get_n_pages     (OvReportLayout   *self);
double            ov_report_layout_get_page_width  (OvReportLayout   *self);
double            ov_report_layout_get_page_height (OvReportLayout   *self);
void              ov_report_layout_draw_page       (OvReportLayout   *self,
                                                    cairo_t          *cr,
                                                    guint             page_index);

G_END_DECLS
