/* ov-person-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_PERSON_DIALOG (ov_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvPersonDialog, ov_person_dialog, OV, PERSON_DIALOG, GtkWindow)

OvPersonDialog *ov_person_dialog_new        (OvStore        *store,
                                             OvPerson       *person);
OvPerson       *ov_person_dialog_get_person (OvPersonDialog *self);
gboolean        ov_person_dialog_save       (OvPersonDialog *self);

G_END_DECLS
