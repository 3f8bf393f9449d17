/* ov-reveal-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_REVEAL_DIALOG (ov_reveal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvRevealDialog, ov_reveal_dialog, OV, REVEAL_DIALOG, GtkWindow)

OvRevealDialog *ov_reveal_dialog_new    (OvStore        *store,
                                         OvPerson       *person);
gboolean        ov_reveal_dialog_reveal (OvRevealDialog *self);

G_END_DECLS
