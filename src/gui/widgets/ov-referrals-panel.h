/* ov-referrals-panel.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_REFERRALS_PANEL (ov_referrals_panel_get_type ())

G_DECLARE_FINAL_TYPE (OvReferralsPanel, ov_referrals_panel, OV, REFERRALS_PANEL, GtkWidget)

void ov_referrals_panel_set_store  (OvReferralsPanel *self,
                                    OvStore          *store);
void ov_referrals_panel_set_person (OvReferralsPanel *self,
                                    OvPerson         *person);

G_END_DECLS
