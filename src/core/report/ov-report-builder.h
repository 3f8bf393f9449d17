/* ov-report-builder.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the two reports share while they turn records into a document: the case summary,
 * the findings table, staff names, and dates formatted for England into strings the
 * builder owns until it is cleared.
 */

#pragma once

#include "ov-case.h"
#include "ov-report-document.h"
#include "ov-store.h"

G_BEGIN_DECLS

typedef struct
{
  OvStore          *store;
  OvCase           *the_case;
  OvReportDocument *document;
  GHashTable       *staff_names;  /* id → name */
  GStringChunk     *strings;
} OvReportBuilder;

void        _ov_report_builder_init          (OvReportBuilder *builder,
                                              OvStore         *store,
                                              OvCase          *the_case,
                                              const char      *title);
void        _ov_report_builder_clear         (OvReportBuilder *builder);
const char *_ov_report_builder_keep          (OvReportBuilder *builder,
                                              char            *text);
const char *_ov_report_builder_printf        (OvReportBuilder *builder,
                                              const char      *format,
                                              ...) G_GNUC_PRINTF (2, 3);
const char *_ov_report_builder_when          (OvReportBuilder *builder,
                                              const char      *date_or_timestamp);
const char *_ov_report_builder_enum          (GType            enum_type,
                                              int              value);
const char *_ov_report_builder_flags         (OvReportBuilder *builder,
                                              GType            flags_type,
                                              guint            value);
const char *_ov_report_builder_yes_no        (gboolean         value);
const char *_ov_report_builder_staff_name    (OvReportBuilder *builder,
                                              gint64           staff_id);
const char *_ov_report_builder_case_line     (OvReportBuilder *builder);
void        _ov_report_builder_add_case      (OvReportBuilder *builder,
                                              const char      *covers);
void        _ov_report_builder_add_text      (OvReportBuilder *builder,
                                              const char      *label,
                                              const char      *text);
void        _ov_report_builder_add_findings  (OvReportBuilder *builder,
                                              GPtrArray       *findings,
                                              gboolean         with_person);

G_END_DECLS
