/* ov-nrm-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-nrm-referral.h"
#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_NRM_DIALOG (ov_nrm_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvNrmDialog, ov_nrm_dialog, OV, NRM_DIALOG, GtkWindow)

OvNrmDialog *ov_nrm_dialog_new  (OvStore       *store,
                                 OvPerson      *person,
                                 OvNrmReferral *referral);
gboolean     ov_nrm_dialog_save (OvNrmDialog   *self);

G_END_DECLS
