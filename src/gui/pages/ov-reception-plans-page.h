/* ov-reception-plans-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-reception-plan.h"
#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_RECEPTION_PLANS_PAGE (ov_reception_plans_page_get_type ())

G_DECLARE_FINAL_TYPE (OvReceptionPlansPage, ov_reception_plans_page, OV, RECEPTION_PLANS_PAGE,
                      GtkWidget)

OvStore         *ov_reception_plans_page_get_store            (OvReceptionPlansPage *self);
void             ov_reception_plans_page_set_store            (OvReceptionPlansPage *self,
                                                               OvStore              *store);
OvReceptionPlan *ov_reception_plans_page_get_plan             (OvReceptionPlansPage *self);
GListModel      *ov_reception_plans_page_get_agencies         (OvReceptionPlansPage *self);
GtkListBox      *ov_reception_plans_page_get_agencies_box     (OvReceptionPlansPage *self);
gboolean         ov_reception_plans_page_get_modified         (OvReceptionPlansPage *self);
gboolean         ov_reception_plans_page_save                 (OvReceptionPlansPage *self);
void             ov_reception_plans_page_focus_search         (OvReceptionPlansPage *self);
void             ov_reception_plans_page_print                (OvReceptionPlansPage *self);

G_END_DECLS
