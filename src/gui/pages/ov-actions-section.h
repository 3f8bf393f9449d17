/* ov-actions-section.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_ACTIONS_SECTION (ov_actions_section_get_type ())

G_DECLARE_FINAL_TYPE (OvActionsSection, ov_actions_section, OV, ACTIONS_SECTION, GtkWidget)

typedef enum
{
  OV_ACTIONS_FILTER_ALL,
  OV_ACTIONS_FILTER_OPEN,
  OV_ACTIONS_FILTER_OVERDUE,
  OV_ACTIONS_FILTER_MINE,
} OvActionsFilter;

void  ov_actions_section_set_store     (OvActionsSection *self,
                                        OvStore          *store);
void  ov_actions_section_set_case      (OvActionsSection *self,
                                        OvCase           *the_case);
guint ov_actions_section_get_n_overdue (OvActionsSection *self);
void  ov_actions_section_new_action    (OvActionsSection *self);
void  ov_actions_section_set_filter    (OvActionsSection *self,
                                        OvActionsFilter   filter);

G_END_DECLS
