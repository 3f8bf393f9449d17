/* ov-dialogs.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Message dialogs for confirmations and errors. GTK 4.8 has no GtkAlertDialog, so
 * GtkMessageDialog is wrapped here once and nowhere else.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  OV_SAVE_CHOICE_CANCEL,
  OV_SAVE_CHOICE_DISCARD,
  OV_SAVE_CHOICE_SAVE,
} OvSaveChoice;

GtkWindow    *ov_dialogs_show_error       (GtkWidget            *widget,
                                           const char           *heading,
                                           const char           *message);

void          ov_dialogs_confirm          (GtkWidget            *widget,
                                           const char           *heading,
                                           const char           *body,
                                           const char           *accept_label,
                                           gboolean              destructive,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean      ov_dialogs_confirm_finish   (GAsyncResult         *result,
                                           GError              **error);

void          ov_dialogs_ask_save         (GtkWidget            *widget,
                                           const char           *heading,
                                           const char           *body,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
OvSaveChoice  ov_dialogs_ask_save_finish  (GAsyncResult         *result,
                                           GError              **error);

G_END_DECLS
