/* ov-support-panel.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_SUPPORT_PANEL (ov_support_panel_get_type ())

G_DECLARE_FINAL_TYPE (OvSupportPanel, ov_support_panel, OV, SUPPORT_PANEL, GtkWidget)

void ov_support_panel_set_store  (OvSupportPanel *self,
                                  OvStore        *store);
void ov_support_panel_set_person (OvSupportPanel *self,
                                  OvPerson       *person);

G_END_DECLS
