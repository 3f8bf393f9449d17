/* ov-report-document.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report as a document: what every page carries (title, case, marking, who printed it
 * and when, the draft watermark) and, in order, the blocks of its body — headings,
 * paragraphs, field tables (label and value), row tables (with column headers that repeat
 * on each page), check lists and page breaks. It knows nothing of pages: OvReportLayout
 * lays it out on pages of a given size and draws them with cairo.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The marking every report page carries at its top and bottom. Not translated: it is the
 * government classification, written the same way everywhere. */
#define OV_REPORT_MARKING "OFFICIAL-SENSITIVE"

typedef enum
{
  OV_REPORT_TEXT_NORMAL,
  OV_REPORT_TEXT_NOTE,     /* muted: "No safeguarding referrals are recorded." */
  OV_REPORT_TEXT_WARNING,  /* set apart on a tinted band: "Only a draft exists." */
} OvReportTextStyle;

typedef enum
{
  OV_REPORT_CHECK_YES,
  OV_REPORT_CHECK_NO,
} OvReportCheck;

#define OV_TYPE_REPORT_DOCUMENT (ov_report_document_get_type ())

G_DECLARE_FINAL_TYPE (OvReportDocument, ov_report_document, OV, REPORT_DOCUMENT, GObject)

OvReportDocument *ov_report_document_new                (const char         *title);

const char       *ov_report_document_get_title          (OvReportDocument   *self);
void              ov_report_document_set_title          (OvReportDocument   *self,
                                                         const char         *title);
const char       *ov_report_document_get_subtitle       (OvReportDocument   *self);
void              ov_report_document_set_subtitle       (OvReportDocument   *self,
                                                         const char         *subtitle);
const char       *ov_report_document_get_case_reference (OvReportDocument   *self);
void              ov_report_document_set_case_reference (OvReportDocument   *self,
                                                         const char         *case_reference);
const char       *ov_report_document_get_operation_name (OvReportDocument   *self);
void              ov_report_document_set_operation_name (OvReportDocument   *self,
                                                         const char         *operation_name);
const char       *ov_report_document_get_case_uuid      (OvReportDocument   *self);
void              ov_report_document_set_case_uuid      (OvReportDocument   *self,
                                                         const char         *case_uuid);
const char       *ov_report_document_get_subject        (OvReportDocument   *self);
void              ov_report_document_set_subject        (OvReportDocument   *self,
                                                         const char         *subject);
const char       *ov_report_document_get_printed_by     (OvReportDocument   *self);
void              ov_report_document_set_printed_by     (OvReportDocument   *self,
                                                         const char         *printed_by);
const char       *ov_report_document_get_printed_at     (OvReportDocument   *self);
void              ov_report_document_set_printed_at     (OvReportDocument   *self,
                                                         const char         *printed_at);
const char       *ov_report_document_get_marking        (OvReportDocument   *self);
void              ov_report_document_set_marking        (OvReportDocument   *self,
                                                         const char         *marking);
gboolean          ov_report_document_get_draft          (OvReportDocument   *self);
void              ov_report_document_set_draft          (OvReportDocument   *self,
                                                         gboolean            draft);
gboolean          ov_report_document_get_restricted     (OvReportDocument   *self);
void              ov_report_document_set_restricted     (OvReportDocument   *self,
                                                         gboolean            restricted);

void              ov_report_document_add_heading        (OvReportDocument   *self,
                                                         guint               level,
                                                         const char         *text);
void              ov_report_document_add_paragraph      (OvReportDocument   *self,
                                                         OvReportTextStyle   style,
                                                         const char         *text);
void              ov_report_document_begin_fields       (OvReportDocument   *self);
void              ov_report_document_add_field          (OvReportDocument   *self,
                                                         const char         *label,
                                                         const char         *value);
void              ov_report_document_begin_table        (OvReportDocument   *self,
                                                         guint               n_columns,
                                                         const char * const *headers,
                                                         const double       *widths);
void              ov_report_document_add_row            (OvReportDocument   *self,
                                                         const char * const *cells);
void              ov_report_document_begin_checks       (OvReportDocument   *self);
void              ov_report_document_add_check          (OvReportDocument   *self,
                                                         OvReportCheck       check,
                                                         const char         *label,
                                                         const char         *note);
void              ov_report_document_add_page_break     (OvReportDocument   *self);

guint             ov_report_document_get_n_blocks       (OvReportDocument   *self);
GPtrArray        *ov_report_document_collect_text       (OvReportDocument   *self);

G_END_DECLS
