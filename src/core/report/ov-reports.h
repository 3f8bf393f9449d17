/* ov-reports.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reports Oversight prints, built from the store as documents: the victim
 * strategy report (one victim or every victim of a case), the supervisory review
 * report, and the victim reception centre plan. Lay them out with OvReportLayout to print, or export them with
 * ov_report_export_pdf(); either way record the disclosure.
 */

#pragma once

#include "ov-report-document.h"
#include "ov-reception-plan.h"
#include "ov-review.h"
#include "ov-types.h"

G_BEGIN_DECLS

OvReportDocument *ov_report_build_victim_strategy (OvStore     *store,
                                                   OvCase      *given,
                                                   gint64       person_id,
                                                   const char  *restricted_reason,
                                                   GError     **error);
OvReportDocument *ov_report_build_review          (OvStore     *store,
                                                   OvReview    *given,
                                                   GError     **error);
OvReportDocument *ov_report_build_reception_plan  (OvStore          *store,
                                                   OvReceptionPlan  *given,
                                                   const char       *as_of,
                                                   GError          **error);

G_END_DECLS
