/* ov-record-dialog.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dialog adding or changing one record with an OvRecordEditor.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-record-editor.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_RECORD_DIALOG (ov_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OvRecordDialog, ov_record_dialog, OV, RECORD_DIALOG, GtkWindow)

/* Saves @record; returns FALSE with @error set to keep the dialog open. */
typedef gboolean (*OvRecordSaveFunc) (OvStore   *store,
                                      OvRecord  *record,
                                      gpointer   user_data,
                                      GError   **error);

OvRecordDialog *ov_record_dialog_new           (GtkWidget        *parent,
                                                OvStore          *store,
                                                const char       *title,
                                                const char       *save_label,
                                                OvRecordEditor   *editor);
void            ov_record_dialog_set_save_func (OvRecordDialog   *self,
                                                OvRecordSaveFunc  func,
                                                gpointer          user_data);
OvRecordEditor *ov_record_dialog_get_editor    (OvRecordDialog   *self);
gboolean        ov_record_dialog_save          (OvRecordDialog   *self);

G_END_DECLS
