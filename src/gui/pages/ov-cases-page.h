/* ov-cases-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_CASES_PAGE (ov_cases_page_get_type ())

G_DECLARE_FINAL_TYPE (OvCasesPage, ov_cases_page, OV, CASES_PAGE, GtkWidget)

OvStore    *ov_cases_page_get_store     (OvCasesPage *self);
void        ov_cases_page_set_store     (OvCasesPage *self,
                                         OvStore     *store);
OvCaseList *ov_cases_page_get_case_list (OvCasesPage *self);
void        ov_cases_page_focus_search  (OvCasesPage *self);

G_END_DECLS
