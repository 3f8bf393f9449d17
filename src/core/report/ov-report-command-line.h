/* ov-report-command-line.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `oversight --report victim-strategy|review --case REF [--person ID] [--review ID]
 *  --output FILE.pdf --reason TEXT`: a report exported to PDF with no display, its
 * disclosure audited. Exit status as for every command-line action: 0 done, 2 refused or
 * failed with a one-line reason on standard error.
 */

#pragma once

#include <gio/gio.h>

#include "ov-types.h"

G_BEGIN_DECLS

const GOptionEntry *ov_report_get_option_entries  (void);
gboolean            ov_report_options_present     (GVariantDict *options);
int                 ov_report_handle_options      (OvStore      *store,
                                                   GVariantDict *options);
int                 ov_report_run_command         (OvStore      *store,
                                                   const char   *kind,
                                                   const char   *case_reference,
                                                   gint64        person_id,
                                                   gint64        review_id,
                                                   const char   *output,
                                                   const char   *reason);
int                 ov_report_run_plan_command    (OvStore      *store,
                                                   const char   *plan_id_or_name,
                                                   const char   *output,
                                                   const char   *reason);

G_END_DECLS
