/* ov-report-export.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports leaving Oversight: written to PDF, and every print or export recorded in the
 * audit log with who, when, what, for whom and why (DPA 2018 Part 3 disclosure logging).
 */

#pragma once

#include <glib.h>

#include "ov-report-document.h"
#include "ov-types.h"

G_BEGIN_DECLS

#define OV_REPORT_ERROR (ov_report_error_quark ())

typedef enum
{
  OV_REPORT_ERROR_NO_REASON,  /* a disclosure without a reason */
  OV_REPORT_ERROR_NOT_FOUND,  /* the victim or review is not in the case */
  OV_REPORT_ERROR_INVALID,    /* the request does not make sense */
  OV_REPORT_ERROR_WRITE,      /* the file could not be written */
} OvReportError;

typedef enum
{
  OV_REPORT_OUTPUT_PRINT,
  OV_REPORT_OUTPUT_PDF,
} OvReportOutput;

GQuark   ov_report_error_quark       (void);

gboolean ov_report_write_pdf         (OvReportDocument  *document,
                                      double             page_width,
                                      double             page_height,
                                      const char        *path,
                                      GError           **error);
gboolean ov_report_export_pdf        (OvStore           *store,
                                      OvReportDocument  *document,
                                      const char        *path,
                                      const char        *recipient,
                                      const char        *reason,
                                      GError           **error);
gboolean ov_report_record_disclosure (OvStore           *store,
                                      OvReportDocument  *document,
                                      OvReportOutput     output,
                                      const char        *recipient,
                                      const char        *reason,
                                      GError           **error);

G_END_DECLS
