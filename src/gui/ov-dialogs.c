/* ov-dialogs.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-dialogs.h"

#define TASK_KEY "ov-dialogs-task"

static GtkWindow *
find_parent (GtkWidget *widget)
{
  GtkRoot *root;

  if (widget == NULL)
    return NULL;
  if (GTK_IS_WINDOW (widget))
    return GTK_WINDOW (widget);
  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GtkWidget *
create_dialog (GtkWidget      *widget,
               GtkMessageType  type,
               const char     *heading,
               const char     *body)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (find_parent (widget),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   type, GTK_BUTTONS_NONE,
                                   "%s", heading);
  if (body != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", body);
  return dialog;
}

static void
style_button (GtkWidget  *dialog,
              int         response,
              const char *css_class)
{
  GtkWidget *button = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), response);

  if (button != NULL)
    gtk_widget_add_css_class (button, css_class);
}

/* The dialog's answer, whether it comes from a button, from closing the dialog or from the
 * parent being destroyed first: the task always gets exactly one. */
static void
return_response (GtkWidget *dialog,
                 int        response)
{
  g_autoptr(GTask) task = g_object_steal_data (G_OBJECT (dialog), TASK_KEY);

  if (task == NULL)
    return;
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_int (task, response);
}

static void
on_dialog_response (GtkDialog *dialog,
                    int        response,
                    gpointer   user_data)
{
  return_response (GTK_WIDGET (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_dialog_destroy (GtkWidget *dialog,
                   gpointer   user_data)
{
  return_response (dialog, GTK_RESPONSE_CANCEL);
}

static void
on_cancelled (GCancellable *cancellable,
              GtkDialog    *dialog)
{
  gtk_dialog_response (dialog, GTK_RESPONSE_CANCEL);
}

static void
run_dialog (GtkWidget    *dialog,
            GCancellable *cancellable,
            GTask        *task)
{
  g_object_set_data_full (G_OBJECT (dialog), TASK_KEY, g_object_ref (task), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_dialog_response), NULL);
  g_signal_connect (dialog, "destroy", G_CALLBACK (on_dialog_destroy), NULL);
  if (cancellable != NULL)
    g_signal_connect_object (cancellable, "cancelled", G_CALLBACK (on_cancelled), dialog, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ov_dialogs_show_error:
 * @widget: (nullable): a widget in the window the error belongs to
 * @heading: what failed, in a few words
 * @message: (nullable): why, and what to do about it
 *
 * Shows an error with a Close button.
 *
 * Returns: (transfer none): the dialog, which destroys itself when closed
 */
GtkWindow *
ov_dialogs_show_error (GtkWidget  *widget,
                       const char *heading,
                       const char *message)
{
  GtkWidget *dialog;

  g_return_val_if_fail (widget == NULL || GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  dialog = create_dialog (widget, GTK_MESSAGE_ERROR, heading, message);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

/**
 * ov_dialogs_confirm:
 * @widget: the widget asking; the task's source object
 * @heading: the question
 * @body: (nullable): what will happen
 * @accept_label: the label of the button that goes ahead, with a mnemonic
 * @destructive: whether going ahead cannot be undone
 *
 * Asks the user to confirm an action, with Cancel as the default answer when @destructive.
 */
void
ov_dialogs_confirm (GtkWidget           *widget,
                    const char          *heading,
                    const char          *body,
                    const char          *accept_label,
                    gboolean             destructive,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (accept_label != NULL);

  task = g_task_new (widget, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_dialogs_confirm);

  dialog = create_dialog (widget, GTK_MESSAGE_QUESTION, heading, body);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          accept_label, GTK_RESPONSE_ACCEPT,
                          NULL);
  style_button (dialog, GTK_RESPONSE_ACCEPT,
                destructive ? "destructive-action" : "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog),
                                   destructive ? GTK_RESPONSE_CANCEL : GTK_RESPONSE_ACCEPT);
  run_dialog (dialog, cancellable, task);
}

/**
 * ov_dialogs_confirm_finish:
 *
 * Returns: %TRUE if the user chose to go ahead
 */
gboolean
ov_dialogs_confirm_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_int (G_TASK (result), error) == GTK_RESPONSE_ACCEPT;
}

/**
 * ov_dialogs_ask_save:
 * @widget: the widget with unsaved changes; the task's source object
 * @heading: the question, e.g. "Save changes to case MSHT/2026/0001?"
 * @body: (nullable): what is lost by discarding
 *
 * Asks what to do with unsaved changes before leaving them: save, discard or stay.
 */
void
ov_dialogs_ask_save (GtkWidget           *widget,
                     const char          *heading,
                     const char          *body,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (heading != NULL);

  task = g_task_new (widget, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_dialogs_ask_save);

  dialog = create_dialog (widget, GTK_MESSAGE_WARNING, heading, body);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), GTK_RESPONSE_REJECT,
                          _("_Save"), GTK_RESPONSE_ACCEPT,
                          NULL);
  style_button (dialog, GTK_RESPONSE_REJECT, "destructive-action");
  style_button (dialog, GTK_RESPONSE_ACCEPT, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  run_dialog (dialog, cancellable, task);
}

/**
 * ov_dialogs_ask_save_finish:
 *
 * Returns: what the user chose; %OV_SAVE_CHOICE_CANCEL when the dialog was closed
 */
OvSaveChoice
ov_dialogs_ask_save_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  int response;

  g_return_val_if_fail (G_IS_TASK (result), OV_SAVE_CHOICE_CANCEL);

  response = (int) g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return OV_SAVE_CHOICE_CANCEL;
    }

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:
      return OV_SAVE_CHOICE_SAVE;
    case GTK_RESPONSE_REJECT:
      return OV_SAVE_CHOICE_DISCARD;
    default:
      return OV_SAVE_CHOICE_CANCEL;
    }
}
