/* ov-report-layout-private.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-report-layout.h"

G_BEGIN_DECLS

/* Where a section heading landed, for the PDF's outline (bookmarks). */
typedef struct
{
  const char *text;
  guint       page;   /* from 0 */
  double      y;      /* top of the heading on its page, in points */
} OvReportOutlineEntry;

GArray *_ov_report_layout_get_outline (OvReportLayout *self);

G_END_DECLS
