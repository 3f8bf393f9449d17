/* ov-restore-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The backups of the database, newest first, with when each was taken, its size and how
 * many cases it holds, and Restore for the one chosen. Restoring itself is the
 * application's: it closes the database, has core restore it (core keeps a copy of the
 * database replaced, and refuses anyone but a supervisor), and opens it again.
 */

#define G_LOG_DOMAIN "ov-restore-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-backup.h"
#include "ov-backup-item.h"
#include "ov-dialogs.h"
#include "ov-restore-dialog.h"
#include "ov-util.h"

struct _OvRestoreDialog
{
  GtkWindow           parent_instance;

  char               *database_path;
  OvStore            *store;
  GListStore         *backups;
  gboolean            permitted;

  GtkLabel           *intro_label;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkLabel           *selected_label;
};

G_DEFINE_FINAL_TYPE (OvRestoreDialog, ov_restore_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_STORE,
  N_PROPS
};

enum {
  RESTORE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static OvBackupItem *
selected_item (OvRestoreDialog *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
show_banner (OvRestoreDialog *self,
             const char      *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_banner, message != NULL);
}

static void
update_selection (OvRestoreDialog *self)
{
  OvBackupItem *item = selected_item (self);
  g_autofree char *text = NULL;

  if (item != NULL)
    text = ov_backup_item_describe (item);
  gtk_label_set_text (self->selected_label, text != NULL ? text : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "restore.restore",
                                 self->permitted && item != NULL &&
                                 ov_backup_item_get_readable (item));
}

static void
load_backups (OvRestoreDialog *self)
{
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *intro = NULL;

  g_list_store_remove_all (self->backups);
  if (self->database_path == NULL)
    return;

  folder = ov_store_get_backup_dir (self->database_path);
  /* Translators: %s is a folder */
  intro = g_strdup_printf (_("Oversight backs up its database when it starts each day and "
                             "when it quits, into “%s”. Restoring a backup replaces the "
                             "database, after keeping a copy of it there."),
                           folder);
  gtk_label_set_text (self->intro_label, intro);

  infos = ov_backup_list (self->database_path, &error);
  if (infos == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  for (guint i = 0; i < infos->len; i++)
    {
      g_autoptr(OvBackupItem) item = ov_backup_item_new (g_ptr_array_index (infos, i));

      g_list_store_append (self->backups, item);
    }
  gtk_stack_set_visible_child_name (self->list_stack, infos->len > 0 ? "list" : "empty");

  /* The newest backup that can be read is the one most often wanted. */
  for (guint i = 0; i < infos->len; i++)
    {
      const OvBackupInfo *info = g_ptr_array_index (infos, i);

      if (info->n_cases >= 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  update_selection (self);
}

static void
on_selection_changed (OvRestoreDialog *self)
{
  update_selection (self);
}

static void
on_column_view_activate (OvRestoreDialog *self,
                         guint            position,
                         GtkColumnView   *column_view)
{
  ov_restore_dialog_select (self, position);
  ov_restore_dialog_restore (self);
}

static gboolean
destroy_later (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_restore_confirmed (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OvRestoreDialog *self = OV_RESTORE_DIALOG (source);
  g_autofree char *path = user_data;

  if (!ov_dialogs_confirm_finish (result, NULL))
    return;

  /* The application closes the database to restore it: let go of it now, as this dialog
   * is only disposed of once the confirmation has finished with it. The confirmation is
   * still answering its click, and is transient for this dialog: close it afterwards. */
  g_clear_object (&self->store);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_emit (self, signals[RESTORE], 0, path);
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_later, g_object_ref (self), g_object_unref);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ov_restore_dialog_restore (OV_RESTORE_DIALOG (widget));
}

static void
ov_restore_dialog_constructed (GObject *object)
{
  OvRestoreDialog *self = OV_RESTORE_DIALOG (object);

  G_OBJECT_CLASS (ov_restore_dialog_parent_class)->constructed (object);

  /* Core refuses anyone else too; saying so here spares closing the window for nothing.
   * Without a store (the database could not be opened) core lets anyone restore. */
  self->permitted = self->store == NULL || ov_store_current_user_is_supervisor (self->store);
  if (!self->permitted)
    show_banner (self, _("Only a supervisor may restore a backup over this database."));
  load_backups (self);
}

static void
ov_restore_dialog_dispose (GObject *object)
{
  OvRestoreDialog *self = OV_RESTORE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_RESTORE_DIALOG);
  g_clear_object (&self->backups);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_restore_dialog_parent_class)->dispose (object);
}

static void
ov_restore_dialog_finalize (GObject *object)
{
  OvRestoreDialog *self = OV_RESTORE_DIALOG (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (ov_restore_dialog_parent_class)->finalize (object);
}

static void
ov_restore_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvRestoreDialog *self = OV_RESTORE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_restore_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvRestoreDialog *self = OV_RESTORE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_restore_dialog_class_init (OvRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_restore_dialog_constructed;
  object_class->dispose = ov_restore_dialog_dispose;
  object_class->finalize = ov_restore_dialog_finalize;
  object_class->get_property = ov_restore_dialog_get_property;
  object_class->set_property = ov_restore_dialog_set_property;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvRestoreDialog::restore:
   * @path: the backup to restore
   *
   * Emitted once the user has confirmed restoring the backup at @path; the dialog then
   * closes.
   */
  signals[RESTORE] =
    g_signal_new ("restore",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "restore.restore", NULL, restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OV_TYPE_BACKUP_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRestoreDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OvRestoreDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvRestoreDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvRestoreDialog, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OvRestoreDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvRestoreDialog, selection);
  gtk_widget_class_bind_template_child (widget_class, OvRestoreDialog, selected_label);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
}

static void
ov_restore_dialog_init (OvRestoreDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->backups = g_list_store_new (OV_TYPE_BACKUP_ITEM);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->backups));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_selection (self);
}

/**
 * ov_restore_dialog_new:
 * @database_path: the database whose backups are listed
 * @store: (nullable): the database open, or %NULL if it could not be opened
 *
 * Returns: (transfer none): a new dialog
 */
OvRestoreDialog *
ov_restore_dialog_new (const char *database_path,
                       OvStore    *store)
{
  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (store == NULL || OV_IS_STORE (store), NULL);

  return g_object_new (OV_TYPE_RESTORE_DIALOG,
                       "database-path", database_path,
                       "store", store,
                       NULL);
}

/**
 * ov_restore_dialog_get_backups:
 *
 * Returns: (transfer none): the backups listed, as #OvBackupItem, newest first
 */
GListModel *
ov_restore_dialog_get_backups (OvRestoreDialog *self)
{
  g_return_val_if_fail (OV_IS_RESTORE_DIALOG (self), NULL);
  return G_LIST_MODEL (self->backups);
}

void
ov_restore_dialog_select (OvRestoreDialog *self,
                          guint            position)
{
  g_return_if_fail (OV_IS_RESTORE_DIALOG (self));
  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * ov_restore_dialog_restore:
 *
 * Asks the user to confirm restoring the backup chosen, saying where the database in use
 * is kept; once confirmed, emits #OvRestoreDialog::restore and closes.
 */
void
ov_restore_dialog_restore (OvRestoreDialog *self)
{
  OvBackupItem *item;
  g_autofree char *taken = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (OV_IS_RESTORE_DIALOG (self));

  item = selected_item (self);
  if (item == NULL || !ov_backup_item_get_readable (item) || !self->permitted)
    return;

  taken = ov_format_timestamp (ov_backup_item_get_taken_at (item));
  folder = ov_store_get_backup_dir (self->database_path);
  /* Translators: %s is the date and time a backup was taken */
  heading = g_strdup_printf (_("Restore the Backup Taken on %s?"), taken);
  if (self->store != NULL)
    /* Translators: %s is a folder */
    body = g_strdup_printf (_("The database in use now is kept first, as a backup in “%s”, "
                              "so nothing in it is lost. Oversight then closes its windows "
                              "and opens the restored database; changes not yet saved are "
                              "lost."),
                            folder);
  else
    body = g_strdup_printf (_("The database that could not be used is kept as it is, in "
                              "“%s”. Oversight then opens the restored database."),
                            folder);
  ov_dialogs_confirm (GTK_WIDGET (self), heading, body, _("_Restore"), TRUE, NULL,
                      on_restore_confirmed, g_strdup (ov_backup_item_get_path (item)));
}
