/* ov-case-findings.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_CASE_FINDINGS (ov_case_findings_get_type ())

G_DECLARE_FINAL_TYPE (OvCaseFindings, ov_case_findings, OV, CASE_FINDINGS, GtkWidget)

OvStore    *ov_case_findings_get_store    (OvCaseFindings *self);
void        ov_case_findings_set_store    (OvCaseFindings *self,
                                           OvStore        *store);
OvCase     *ov_case_findings_get_case     (OvCaseFindings *self);
void        ov_case_findings_set_case     (OvCaseFindings *self,
                                           OvCase         *the_case);
GListModel *ov_case_findings_get_findings (OvCaseFindings *self);

G_END_DECLS
