/* ov-record-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-record-dialog.h"

struct _OvRecordDialog
{
  GtkWindow         parent_instance;

  OvStore          *store;
  OvRecordEditor   *editor;
  OvRecordSaveFunc  save_func;
  gpointer          save_data;

  GtkButton        *save_button;
  GtkWidget        *error_banner;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (OvRecordDialog, ov_record_dialog, GTK_TYPE_WINDOW)

static void
on_save_clicked (OvRecordDialog *self,
                 GtkButton      *button)
{
  ov_record_dialog_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_record_dialog_save (OV_RECORD_DIALOG (widget));
}

static void
ov_record_dialog_dispose (GObject *object)
{
  OvRecordDialog *self = OV_RECORD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_RECORD_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_record_dialog_parent_class)->dispose (object);
}

static void
ov_record_dialog_class_init (OvRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_record_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save",
                                       NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRecordDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvRecordDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvRecordDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
ov_record_dialog_init (OvRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_record_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @editor: (transfer floating): the editor, with its record set
 *
 * Returns: (transfer none): the dialog; present it with gtk_window_present()
 */
OvRecordDialog *
ov_record_dialog_new (GtkWidget      *parent,
                      OvStore        *store,
                      const char     *title,
                      const char     *save_label,
                      OvRecordEditor *editor)
{
  OvRecordDialog *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_RECORD_EDITOR (editor), NULL);

  self = g_object_new (OV_TYPE_RECORD_DIALOG, "title", title, NULL);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  self->store = g_object_ref (store);
  self->editor = editor;
  /* Below the error banner, in the dialog's content box. */
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (self->error_banner)), GTK_WIDGET (editor));
  gtk_button_set_label (self->save_button, save_label);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  return self;
}

/**
 * ov_record_dialog_set_save_func:
 * @func: (nullable): how to save the record; ov_store_save() when %NULL
 */
void
ov_record_dialog_set_save_func (OvRecordDialog   *self,
                                OvRecordSaveFunc  func,
                                gpointer          user_data)
{
  g_return_if_fail (OV_IS_RECORD_DIALOG (self));

  self->save_func = func;
  self->save_data = user_data;
}

/**
 * ov_record_dialog_get_editor:
 *
 * Returns: (transfer none): the editor in the dialog
 */
OvRecordEditor *
ov_record_dialog_get_editor (OvRecordDialog *self)
{
  g_return_val_if_fail (OV_IS_RECORD_DIALOG (self), NULL);
  return self->editor;
}

/**
 * ov_record_dialog_save:
 *
 * Saves the record and closes the dialog, or shows what is wrong and stays open.
 *
 * Returns: %TRUE if saved
 */
gboolean
ov_record_dialog_save (OvRecordDialog *self)
{
  g_autoptr(GError) error = NULL;
  OvRecord *record;
  gboolean saved;

  g_return_val_if_fail (OV_IS_RECORD_DIALOG (self), FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);
  record = ov_record_editor_get_record (self->editor);
  if (record == NULL || !ov_record_editor_validate (self->editor))
    return FALSE;

  if (self->save_func != NULL)
    saved = self->save_func (self->store, record, self->save_data, &error);
  else
    saved = ov_store_save (self->store, record, &error);
  if (!saved)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (self->error_banner, TRUE);
      return FALSE;
    }

  ov_form_set_modified (ov_record_editor_get_form (self->editor), FALSE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
