/* ov-application.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ov-application.h"
#include "ov-backup.h"
#include "ov-command-line.h"
#include "ov-dialogs.h"
#include "ov-findings-cache.h"
#include "ov-recovery-dialog.h"
#include "ov-restore-dialog.h"
#include "ov-setup-dialog.h"
#include "ov-store.h"
#include "ov-window.h"

/* How long to wait for the windows and the compliance check to let go of the database
 * before a restore: a check in progress finishes first. */
#define CLOSE_WAIT_SECONDS 30

struct _OvApplication
{
  GtkApplication    parent_instance;

  char             *database_path;
  gboolean          read_only;
  OvStore          *store;
  gboolean          options_handled;
  GtkPageSetup     *page_setup;
  GtkPrintSettings *print_settings;
  guint             backups_running;  /* the day's first backup, copied in a thread */
};

G_DEFINE_FINAL_TYPE (OvApplication, ov_application, GTK_TYPE_APPLICATION)

/* One Oversight per database and user: the application's D-Bus name is made from the
 * database, so a second launch on the same database hands its command line to the first,
 * which brings its window forward, while a launch on another database runs on its own.
 * The default database keeps the plain application ID. */
static char *
application_id_for_database (const char *path,
                             gboolean    read_only)
{
  g_autofree char *default_path = ov_store_get_default_path ();
  g_autofree char *absolute = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *checksum = NULL;

  /* A read-only launch is for consultation: it never hands over to (or takes) a window
   * that can write, only to another read-only one on the same database. */
  if (read_only)
    {
      g_autofree char *writer = application_id_for_database (path, FALSE);

      return g_strconcat (writer, ".ReadOnly", NULL);
    }

  if (path == NULL)
    return g_strdup (APPLICATION_ID);

  absolute = g_canonicalize_filename (path, NULL);
  /* The same file reached through a link is the same database. */
  resolved = realpath (absolute, NULL);
  if (resolved == NULL)
    resolved = g_steal_pointer (&absolute);
  if (g_strcmp0 (resolved, default_path) == 0)
    return g_strdup (APPLICATION_ID);

  /* A D-Bus name element may not start with a digit. */
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, resolved, -1);
  checksum[32] = '\0';
  return g_strconcat (APPLICATION_ID ".Database_", checksum, NULL);
}

static void
set_database_path (OvApplication *self,
                   char          *path)
{
  g_autofree char *application_id = NULL;

  g_free (self->database_path);
  self->database_path = path;

  /* The name can change only before the application registers. */
  if (!g_application_get_is_registered (G_APPLICATION (self)))
    {
      application_id = application_id_for_database (path, self->read_only);
      g_application_set_application_id (G_APPLICATION (self), application_id);
    }
}

/* The database in use: the one given with --database, or the default one. */
static const char *
get_database_path (OvApplication *self)
{
  if (self->database_path == NULL)
    self->database_path = ov_store_get_default_path ();
  return self->database_path;
}

static guint
get_backup_generations (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* The schema is optional: tests and uninstalled runs may not have it. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "backup-generations"))
    return OV_BACKUP_DEFAULT_GENERATIONS;

  settings = g_settings_new_full (schema, NULL, NULL);
  return (guint) MAX (g_settings_get_int (settings, "backup-generations"), 1);
}

static GtkWindow *
find_main_window (OvApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (OV_IS_WINDOW (l->data))
        return l->data;
    }
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void show_error_over_window (OvApplication *self,
                                    const char    *heading,
                                    const char    *message);

static void
on_daily_backup_done (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(OvApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  written = ov_store_backup_automatic_finish (OV_STORE (source), result, &error);
  self->backups_running--;
  if (written == NULL && error != NULL)
    show_error_over_window (self, _("The daily backup was not made"), error->message);
  else if (written != NULL)
    g_debug ("Backed up the database to %s", written);
}

static void
open_main_window (OvApplication *self)
{
  OvWindow *window = ov_window_new (GTK_APPLICATION (self), self->store);

  gtk_window_present (GTK_WINDOW (window));

  /* The first start of the day backs the database up; a failure is no reason to stop.
   * The copy is made in the background: a large database takes a while to copy, and the
   * supervisor can work meanwhile. */
  self->backups_running++;
  ov_store_backup_automatic_async (self->store, FALSE, get_backup_generations (), NULL,
                                   on_daily_backup_done, g_object_ref (self));
}

static void
on_setup_linked (OvApplication *self,
                 OvSetupDialog *dialog)
{
  open_main_window (self);
}

/* Closing and restoring */

static gboolean
on_close_wait_tick (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Lets go of the database: every window closes, and the store with everything that holds
 * it, the compliance check's own connection among them. */
static gboolean
close_database (OvApplication  *self,
                GError        **error)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  OvStore *store = NULL;
  OvFindingsCache *cache = NULL;
  gint64 deadline;
  guint tick;

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));

  if (self->store == NULL)
    return TRUE;

  g_set_weak_pointer (&store, self->store);
  g_set_weak_pointer (&cache, ov_findings_cache_get_for_store (self->store));
  g_clear_object (&self->store);

  deadline = g_get_monotonic_time () + CLOSE_WAIT_SECONDS * G_USEC_PER_SEC;
  tick = g_timeout_add (50, on_close_wait_tick, NULL);
  while ((store != NULL || cache != NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  if (store != NULL || cache != NULL)
    {
      /* Carry on with the database as it was. */
      if (store != NULL)
        self->store = g_object_ref (store);
      g_clear_weak_pointer (&store);
      g_clear_weak_pointer (&cache);
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                   _("Oversight could not close the database to restore it. Quit Oversight "
                     "and restore the backup from the command line with “oversight "
                     "--restore”."));
      return FALSE;
    }
  return TRUE;
}

static void
show_error_over_window (OvApplication *self,
                        const char    *heading,
                        const char    *message)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *dialog;

  dialog = ov_dialogs_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, heading, message);
  if (parent == NULL)
    gtk_window_set_application (dialog, GTK_APPLICATION (self));
}

typedef struct
{
  OvApplication *application;
  char          *backup_path;
} Restore;

static void
restore_free (Restore *restore)
{
  g_application_release (G_APPLICATION (restore->application));
  g_object_unref (restore->application);
  g_free (restore->backup_path);
  g_free (restore);
}

static gboolean
on_restore_idle (gpointer user_data)
{
  Restore *restore = user_data;
  g_autoptr(GError) error = NULL;

  ov_application_restore_backup (restore->application, restore->backup_path, &error);
  if (error != NULL)
    show_error_over_window (restore->application, _("The backup was not restored"),
                            error->message);
  return G_SOURCE_REMOVE;
}

/* Restored once the dialog that asked has finished with its windows, which the restore
 * closes. */
static void
on_restore_chosen (OvApplication *self,
                   const char    *backup_path,
                   GtkWindow     *dialog)
{
  Restore *restore = g_new0 (Restore, 1);

  restore->application = g_object_ref (self);
  restore->backup_path = g_strdup (backup_path);
  /* The application keeps running meanwhile, even with no window left. */
  g_application_hold (G_APPLICATION (self));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_restore_idle, restore,
                   (GDestroyNotify) restore_free);
}

static void
show_restore_dialog (OvApplication *self,
                     GtkWindow     *parent)
{
  OvRestoreDialog *dialog = ov_restore_dialog_new (get_database_path (self), self->store);

  g_signal_connect_object (dialog, "restore", G_CALLBACK (on_restore_chosen), self,
                           G_CONNECT_SWAPPED);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_recovery_choose (OvApplication    *self,
                    OvRecoveryDialog *dialog)
{
  show_restore_dialog (self, GTK_WINDOW (dialog));
}

/* A damaged database is never used: the user restores a backup or quits. */
static void
show_recovery (OvApplication *self,
               const char    *problem)
{
  OvRecoveryDialog *dialog = ov_recovery_dialog_new (get_database_path (self), problem);

  g_signal_connect_object (dialog, "restore", G_CALLBACK (on_restore_chosen), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "choose", G_CALLBACK (on_recovery_choose), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opens the database, checks it, and shows the main window, or what stands in its way:
 * the first-run set-up, the damaged-database explanation, or the error. */
static void
open_database (OvApplication *self)
{
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (self->store == NULL)
    {
      if (self->read_only)
        store = ov_store_open_read_only (get_database_path (self), &error);
      else
        store = ov_store_open (get_database_path (self), &error);
      if (store != NULL && !ov_store_quick_check (store, &error))
        g_clear_object (&store);
      if (store == NULL)
        {
          if (g_error_matches (error, OV_STORE_ERROR, OV_STORE_ERROR_DAMAGED))
            {
              show_recovery (self, error->message);
              return;
            }
          window = ov_dialogs_show_error (NULL, _("Oversight could not open its database"),
                                          error->message);
          gtk_window_set_application (window, GTK_APPLICATION (self));
          return;
        }
      self->store = g_steal_pointer (&store);
    }

  /* Linking an account is a write: read-only, it must have been done before. */
  if (ov_store_get_current_user (self->store) == NULL && self->read_only)
    {
      window = ov_dialogs_show_error (NULL, _("Oversight could not open its database"),
                                      _("Your computer account is not linked to a staff "
                                        "record in this database, and it is open read-only. "
                                        "Start Oversight once without --read-only to link "
                                        "it."));
      gtk_window_set_application (window, GTK_APPLICATION (self));
      return;
    }

  if (ov_store_get_current_user (self->store) == NULL)
    {
      OvSetupDialog *dialog = ov_setup_dialog_new (self->store);

      g_signal_connect_object (dialog, "linked", G_CALLBACK (on_setup_linked), self,
                               G_CONNECT_SWAPPED);
      gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  open_main_window (self);
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Each window asks about its own unsaved changes before it closes; the application
   * ends when the last one has gone. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = user_data;
  static const char *authors[] = { "The Oversight authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (application),
                         "program-name", _("Oversight"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Supervision of modern slavery and human trafficking "
                                       "investigations"),
                         "copyright", "© 2026 The Oversight authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
restore_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  OvApplication *self = user_data;

  show_restore_dialog (self, find_main_window (self));
}

static const GActionEntry application_actions[] = {
  { "quit", quit_action },
  { "restore", restore_action },
  { "about", about_action },
  { "shortcuts", shortcuts_action },
};

static const struct
{
  const char *action;
  const char *accels[3];
} application_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "win.show-help-overlay", { NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.back", { "<Alt>Left", NULL } },
  { "win.new-person", { "<Control><Shift>p", NULL } },
  { "win.new-review", { "<Control><Shift>r", NULL } },
  { "win.new-action", { "<Control><Shift>a", NULL } },
  { "win.new-decision", { "<Control><Shift>d", NULL } },
  { "win.print-report", { "<Control>p", NULL } },
  { "win.show-page('dashboard')", { "<Alt>1", NULL } },
  { "win.show-page('cases')", { "<Alt>2", NULL } },
  { "win.show-page('staff')", { "<Alt>3", NULL } },
  { "win.show-page('partners')", { "<Alt>4", NULL } },
  { "win.show-page('reception-plans')", { "<Alt>5", NULL } },
  { "win.show-page('staff-readiness')", { "<Alt>6", NULL } },
  { "win.show-page('learning')", { "<Alt>7", NULL } },
  { "win.show-page('escalations')", { "<Alt>8", NULL } },
  { "win.show-page('policy')", { "<Alt>9", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

/* Overrides */

static int
ov_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  OvApplication *self = OV_APPLICATION (application);
  char *path = NULL;
  int status;

  self->options_handled = TRUE;
  self->read_only = g_variant_dict_contains (options, "read-only");
  /* Command-line actions run here, in this process, before the application registers on
   * the session bus: they never need one, nor a display. */
  status = ov_command_line_handle (options, &path);
  set_database_path (self, path);
  return status;
}

/* The command line of this launch, or of a later one on the same database handed over
 * through D-Bus: the open window is brought forward, or the database opened. */
static int
ov_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  g_application_activate (application);
  return OV_EXIT_OK;
}

static gboolean
ov_application_local_command_line (GApplication   *application,
                                   char         ***arguments,
                                   int            *exit_status)
{
  OvApplication *self = OV_APPLICATION (application);
  gboolean handled;

  self->options_handled = FALSE;
  handled = G_APPLICATION_CLASS (ov_application_parent_class)->local_command_line (application,
                                                                                  arguments,
                                                                                  exit_status);

  /* GApplication exits with 1 when the options cannot be parsed; for Oversight that is
   * input refused, so 2, keeping 1 for "done, but something needs attention". */
  if (handled && !self->options_handled && *exit_status == 1)
    *exit_status = 2;
  return handled;
}

static void
ov_application_startup (GApplication *application)
{
  GtkApplication *gtk_application = GTK_APPLICATION (application);
  g_autoptr(GtkCssProvider) provider = NULL;
  GAction *restore;

  G_APPLICATION_CLASS (ov_application_parent_class)->startup (application);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (application), application_actions,
                                   G_N_ELEMENTS (application_actions), application);
  /* Restoring replaces the database: not while it is open read-only. */
  restore = g_action_map_lookup_action (G_ACTION_MAP (application), "restore");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (restore), !OV_APPLICATION (application)->read_only);
  for (gsize i = 0; i < G_N_ELEMENTS (application_accels); i++)
    gtk_application_set_accels_for_action (gtk_application, application_accels[i].action,
                                           application_accels[i].accels);
}

static void
ov_application_activate (GApplication *application)
{
  OvApplication *self = OV_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  open_database (self);
}

static void
ov_application_shutdown (GApplication *application)
{
  OvApplication *self = OV_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  /* The day's first backup, if it is still being copied, is finished first: quitting
   * half way would leave neither it nor a sound file. */
  if (self->backups_running > 0)
    {
      guint tick = g_timeout_add (50, on_close_wait_tick, NULL);

      while (self->backups_running > 0)
        g_main_context_iteration (NULL, TRUE);
      g_source_remove (tick);
    }

  /* Every session ends with a backup, once someone has used the database. */
  if (self->store != NULL && ov_store_get_current_user (self->store) != NULL)
    {
      written = ov_store_backup_automatic (self->store, TRUE, get_backup_generations (),
                                           &error);
      if (written == NULL && error != NULL)
        g_printerr (_("Oversight could not back up its database on quitting: %s\n"),
                    error->message);
    }

  G_APPLICATION_CLASS (ov_application_parent_class)->shutdown (application);
}

static void
ov_application_dispose (GObject *object)
{
  OvApplication *self = OV_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->print_settings);

  G_OBJECT_CLASS (ov_application_parent_class)->dispose (object);
}

static void
ov_application_finalize (GObject *object)
{
  OvApplication *self = OV_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (ov_application_parent_class)->finalize (object);
}

static void
ov_application_class_init (OvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ov_application_dispose;
  object_class->finalize = ov_application_finalize;

  application_class->local_command_line = ov_application_local_command_line;
  application_class->handle_local_options = ov_application_handle_local_options;
  application_class->command_line = ov_application_command_line;
  application_class->startup = ov_application_startup;
  application_class->activate = ov_application_activate;
  application_class->shutdown = ov_application_shutdown;
}

static void
ov_application_init (OvApplication *self)
{
  ov_command_line_add_options (G_APPLICATION (self));
}

/**
 * ov_application_new:
 *
 * Returns: (transfer full): the application. One runs for each database: a second launch
 *   on the same database brings the first one's window forward instead of opening the
 *   database a second time. Without a session bus each launch runs on its own.
 */
OvApplication *
ov_application_new (void)
{
  return g_object_new (OV_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * ov_application_get_store:
 *
 * Returns: (transfer none) (nullable): the store, once the application has been activated
 */
OvStore *
ov_application_get_store (OvApplication *self)
{
  g_return_val_if_fail (OV_IS_APPLICATION (self), NULL);
  return self->store;
}

/**
 * ov_application_get_database_path:
 *
 * Returns: the database Oversight uses: the one given with `--database`, or the default
 */
const char *
ov_application_get_database_path (OvApplication *self)
{
  g_return_val_if_fail (OV_IS_APPLICATION (self), NULL);
  return get_database_path (self);
}

/**
 * ov_application_set_database_path:
 * @path: (nullable): the database to use, or %NULL for the default one
 *
 * Chooses the database before the application is activated, as `--database` does, and
 * with it the application's name on the session bus, if it has not registered yet.
 */
void
ov_application_set_database_path (OvApplication *self,
                                  const char    *path)
{
  g_return_if_fail (OV_IS_APPLICATION (self));

  set_database_path (self, g_strdup (path));
}

/**
 * ov_application_set_read_only:
 *
 * Opens the database for consultation only, as `--read-only` does; call it before the
 * database is chosen and the application activated.
 */
void
ov_application_set_read_only (OvApplication *self,
                              gboolean       read_only)
{
  g_return_if_fail (OV_IS_APPLICATION (self));

  self->read_only = read_only;
  /* Its name on the session bus too. */
  set_database_path (self, g_strdup (self->database_path));
}

/**
 * ov_application_restore_backup:
 * @backup_path: the backup to restore
 *
 * Closes every window and the database, has core restore the backup (which keeps a copy
 * of the database replaced, and refuses anyone but a supervisor while the database can
 * be used), then opens the database again, restored or as it was, with a new window.
 *
 * Returns: %TRUE if the backup was restored
 */
gboolean
ov_application_restore_backup (OvApplication  *self,
                               const char     *backup_path,
                               GError        **error)
{
  g_autofree char *account = NULL;
  g_autofree char *kept = NULL;
  gboolean restored;

  g_return_val_if_fail (OV_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  account = g_strdup (self->store != NULL ? ov_store_get_account (self->store) :
                                            g_get_user_name ());

  /* No window is left open for a moment: keep the application running meanwhile. */
  g_application_hold (G_APPLICATION (self));
  restored = close_database (self, error) &&
             ov_backup_restore (get_database_path (self), backup_path, account, &kept, error);
  if (restored)
    g_debug ("Restored %s; the database replaced was kept as %s", backup_path, kept);

  open_database (self);
  g_application_release (G_APPLICATION (self));
  return restored;
}

/**
 * ov_application_get_page_setup:
 *
 * Returns: (transfer none) (nullable): the paper and orientation last printed on
 */
GtkPageSetup *
ov_application_get_page_setup (OvApplication *self)
{
  g_return_val_if_fail (OV_IS_APPLICATION (self), NULL);
  return self->page_setup;
}

void
ov_application_set_page_setup (OvApplication *self,
                               GtkPageSetup  *page_setup)
{
  g_return_if_fail (OV_IS_APPLICATION (self));
  g_return_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup));

  g_set_object (&self->page_setup, page_setup);
}

/**
 * ov_application_get_print_settings:
 *
 * Returns: (transfer none) (nullable): the printer and settings last printed with
 */
GtkPrintSettings *
ov_application_get_print_settings (OvApplication *self)
{
  g_return_val_if_fail (OV_IS_APPLICATION (self), NULL);
  return self->print_settings;
}

void
ov_application_set_print_settings (OvApplication    *self,
                                   GtkPrintSettings *print_settings)
{
  g_return_if_fail (OV_IS_APPLICATION (self));
  g_return_if_fail (print_settings == NULL || GTK_IS_PRINT_SETTINGS (print_settings));

  g_set_object (&self->print_settings, print_settings);
}
