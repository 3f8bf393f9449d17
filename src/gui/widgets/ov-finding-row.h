/* ov-finding-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-finding.h"

G_BEGIN_DECLS

#define OV_TYPE_FINDING_ROW (ov_finding_row_get_type ())

G_DECLARE_FINAL_TYPE (OvFindingRow, ov_finding_row, OV, FINDING_ROW, GtkWidget)

OvFindingRow *ov_finding_row_new              (OvFinding    *finding);
OvFinding    *ov_finding_row_get_finding      (OvFindingRow *self);
void          ov_finding_row_set_finding      (OvFindingRow *self,
                                               OvFinding    *finding);
const char   *ov_finding_row_get_heading      (OvFindingRow *self);
void          ov_finding_row_set_heading      (OvFindingRow *self,
                                               const char   *heading);
gboolean      ov_finding_row_get_show_case    (OvFindingRow *self);
void          ov_finding_row_set_show_case    (OvFindingRow *self,
                                               gboolean      show_case);

const char   *ov_finding_section_title        (const char   *section);
const char   *ov_finding_rule_title           (const char   *rule_id);
char         *ov_finding_describe_due         (OvFinding    *finding);
const char   *ov_finding_severity_style       (OvSeverity    severity);

G_END_DECLS
