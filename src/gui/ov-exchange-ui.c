/* ov-exchange-ui.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-exchange-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-exchange-ui.h"
#include "ov-gui-util.h"

#define STORE_KEY "ov-store"
#define WIDGET_KEY "ov-widget"

/**
 * ov_exchange_ui_export:
 * @widget: a widget of the window asking
 * @case_id: a case to start with chosen, or 0
 *
 * Shows the Export Bundle dialog over the window of @widget.
 *
 * Returns: (transfer none): the dialog
 */
OvExportBundleDialog *
ov_exchange_ui_export (GtkWidget *widget,
                       OvStore   *store,
                       gint64     case_id)
{
  OvExportBundleDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  dialog = ov_export_bundle_dialog_new (store, case_id);
  ov_present_dialog (widget, GTK_WINDOW (dialog));
  return dialog;
}

static void
on_import_chosen (GtkFileChooserNative *chooser,
                  int                   response,
                  gpointer              user_data)
{
  g_autoptr(GtkFileChooserNative) owned = chooser;
  GtkWidget *widget = g_object_get_data (G_OBJECT (chooser), WIDGET_KEY);
  OvStore *store = g_object_get_data (G_OBJECT (chooser), STORE_KEY);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL && widget != NULL && store != NULL)
    ov_exchange_ui_import (widget, store, path);
}

/**
 * ov_exchange_ui_choose_import:
 * @widget: a widget of the window asking
 *
 * Asks which bundle file to import, then shows the Import Bundle dialog for it.
 */
void
ov_exchange_ui_choose_import (GtkWidget *widget,
                              OvStore   *store)
{
  GtkRoot *root;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) bundles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (OV_IS_STORE (store));

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (_("Import Bundle"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (bundles, _("Oversight bundles"));
  gtk_file_filter_add_suffix (bundles, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), bundles);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), bundles);

  g_object_set_data_full (G_OBJECT (chooser), STORE_KEY, g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), WIDGET_KEY, g_object_ref (root), g_object_unref);
  /* The chooser keeps itself until it has answered. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chosen), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ov_exchange_ui_import:
 * @widget: a widget of the window asking
 * @path: the bundle file chosen
 *
 * Shows the Import Bundle dialog for @path over the window of @widget; it reads and
 * checks the bundle and summarises what importing it would do.
 *
 * Returns: (transfer none): the dialog
 */
OvImportBundleDialog *
ov_exchange_ui_import (GtkWidget  *widget,
                       OvStore    *store,
                       const char *path)
{
  OvImportBundleDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  dialog = ov_import_bundle_dialog_new (store, path);
  ov_present_dialog (widget, GTK_WINDOW (dialog));
  return dialog;
}
