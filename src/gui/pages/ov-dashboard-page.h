/* ov-dashboard-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_DASHBOARD_PAGE (ov_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (OvDashboardPage, ov_dashboard_page, OV, DASHBOARD_PAGE, GtkWidget)

OvStore    *ov_dashboard_page_get_store    (OvDashboardPage *self);
void        ov_dashboard_page_set_store    (OvDashboardPage *self,
                                            OvStore         *store);
GListModel *ov_dashboard_page_get_findings (OvDashboardPage *self);

G_END_DECLS
