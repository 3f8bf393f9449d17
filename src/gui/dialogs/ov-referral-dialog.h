/* ov-referral-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-safeguarding-referral.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_REFERRAL_DIALOG (ov_referral_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvReferralDialog, ov_referral_dialog, OV, REFERRAL_DIALOG, GtkWindow)

OvReferralDialog *ov_referral_dialog_new  (OvStore                *store,
                                           OvSafeguardingReferral *referral);
gboolean          ov_referral_dialog_save (OvReferralDialog       *self);

G_END_DECLS
