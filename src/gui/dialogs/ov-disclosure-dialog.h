/* ov-disclosure-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-reception-plan.h"
#include "ov-review.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_DISCLOSURE_DIALOG (ov_disclosure_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvDisclosureDialog, ov_disclosure_dialog, OV, DISCLOSURE_DIALOG, GtkWindow)

OvDisclosureDialog *ov_disclosure_dialog_new       (OvStore            *store,
                                                    OvCase             *the_case,
                                                    OvReview           *review,
                                                    gboolean            export_pdf);
OvDisclosureDialog *ov_disclosure_dialog_new_for_plan (OvStore         *store,
                                                       OvReceptionPlan *plan,
                                                       gboolean         export_pdf);
void                ov_disclosure_dialog_accept    (OvDisclosureDialog *self);
gboolean            ov_disclosure_dialog_export_to (OvDisclosureDialog *self,
                                                    const char         *path);

G_END_DECLS
