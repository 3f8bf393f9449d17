/* ov-report-document-private.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blocks of a report document, as the layout reads them.
 */

#pragma once

#include "ov-report-document.h"

G_BEGIN_DECLS

typedef enum
{
  OV_REPORT_BLOCK_HEADING,
  OV_REPORT_BLOCK_PARAGRAPH,
  OV_REPORT_BLOCK_FIELDS,
  OV_REPORT_BLOCK_TABLE,
  OV_REPORT_BLOCK_CHECKS,
  OV_REPORT_BLOCK_PAGE_BREAK,
} OvReportBlockKind;

typedef struct
{
  OvReportCheck  check;
  char          *label;
  char          *note;
} OvReportCheckItem;

typedef struct
{
  OvReportBlockKind  kind;
  guint              level;      /* heading: 1, 2 or 3 */
  OvReportTextStyle  style;      /* paragraph */
  char              *text;       /* heading, paragraph */
  guint              n_columns;  /* fields: 2; table: as given */
  GStrv              headers;    /* table */
  double            *widths;     /* table: relative widths, n_columns of them */
  GPtrArray         *rows;       /* fields and table: GStrv of n_columns; checks: items */
} OvReportBlock;

const OvReportBlock *_ov_report_document_get_block (OvReportDocument *self,
                                                    guint             index);

G_END_DECLS
