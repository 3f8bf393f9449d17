/* ov-report-output.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report on its way out of Oversight, printed or exported to PDF: which report, for
 * whom and why. Core builds and draws the pages and records each disclosure; this is the
 * GTK side around it (the print operation and its remembered page setup).
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-reception-plan.h"
#include "ov-report.h"
#include "ov-review.h"
#include "ov-types.h"

G_BEGIN_DECLS

typedef enum
{
  OV_REPORT_KIND_VICTIM_STRATEGY,
  OV_REPORT_KIND_REVIEW,
  OV_REPORT_KIND_RECEPTION_PLAN,
} OvReportKind;

typedef struct
{
  OvReportKind  kind;
  OvCase       *the_case;            /* the case reported on */
  OvReview     *review;              /* with OV_REPORT_KIND_REVIEW */
  OvReceptionPlan *plan;             /* with OV_REPORT_KIND_RECEPTION_PLAN, and no case */
  gint64        person_id;           /* one victim, or 0 for all of them */
  gboolean      include_restricted;  /* address and contact details, revealed for the reason */
  char         *recipient;
  char         *reason;
} OvReportRequest;

OvReportRequest  *ov_report_request_new_victim_strategy (OvCase           *the_case);
OvReportRequest  *ov_report_request_new_review          (OvCase           *the_case,
                                                         OvReview         *review);
OvReportRequest  *ov_report_request_new_reception_plan  (OvReceptionPlan  *plan);
OvReportRequest  *ov_report_request_copy                (OvReportRequest  *request);
void              ov_report_request_free                (OvReportRequest  *request);
char             *ov_report_request_get_file_name       (OvReportRequest  *request);
OvReportDocument *ov_report_request_build               (OvReportRequest  *request,
                                                         OvStore          *store,
                                                         GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvReportRequest, ov_report_request_free)

gboolean          ov_report_output_export_pdf           (OvStore          *store,
                                                         OvReportRequest  *request,
                                                         const char       *path,
                                                         GError          **error);
void              ov_report_output_print                (GtkWindow        *parent,
                                                         OvStore          *store,
                                                         OvReportRequest  *request,
                                                         const char       *export_path);

G_END_DECLS
