/* test-backup.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups and restore as the application does them: a backup is taken when Oversight
 * starts on a new day and when it quits, Restore from Backup… puts a chosen backup back and the window then
 * shows its cases, and a truncated database is refused on opening with the newest good
 * backup offered, which restores it.
 */

#define G_LOG_DOMAIN "test-ui-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ov-application.h"
#include "ov-backup.h"
#include "ov-backup-item.h"
#include "ov-case.h"
#include "ov-cases-page.h"
#include "ov-recovery-dialog.h"
#include "ov-restore-dialog.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

#define DEMO_CASES 25
#define NEW_CASE "MSHT/2026/0555"

typedef struct
{
  char          *path;
  char          *backup_dir;
  OvApplication *application;
} Fixture;

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

/* The demonstration database, its supervisor linked to this account as the application
 * will find it. */
static OvStore *
open_demo (Fixture *fixture)
{
  OvStore *store = ui_test_demo_store (fixture->path);

  ui_test_sign_in_as (store, g_get_user_name (), "Helen Marsh");
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->backup_dir = ov_store_get_backup_dir (fixture->path);
  remove_dir (fixture->backup_dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GList) windows = NULL;

  if (fixture->application != NULL)
    {
      windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (fixture->application)));
      for (GList *l = windows; l != NULL; l = l->next)
        gtk_window_destroy (GTK_WINDOW (l->data));
      ui_test_flush ();
    }
  g_clear_object (&fixture->application);
  remove_dir (fixture->backup_dir);
  g_clear_pointer (&fixture->backup_dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

/* Starts Oversight on the fixture's database, as `oversight --database PATH` does. */
static void
start_application (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->application = ov_application_new ();
  ov_application_set_database_path (fixture->application, fixture->path);
  g_application_register (G_APPLICATION (fixture->application), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (fixture->application));
  ui_test_flush ();
}

static gboolean
main_window_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_WINDOW) != NULL;
}

static OvWindow *
wait_for_main_window (void)
{
  g_assert_true (ui_test_wait_until (main_window_shown, NULL));
  return OV_WINDOW (ui_test_find_window (OV_TYPE_WINDOW));
}

static GPtrArray *
list_backups (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *backups = ov_backup_list (fixture->path, &error);

  g_assert_no_error (error);
  return backups;
}

static gboolean
backup_written (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) backups = list_backups (fixture);

  return backups->len > 0;
}

/* The cases the window lists. */
static guint
cases_listed (OvWindow *window)
{
  OvCasesPage *cases_page = ui_test_child (window, OV_TYPE_WINDOW, "cases_page");

  return g_list_model_get_n_items (G_LIST_MODEL (ov_cases_page_get_case_list (cases_page)));
}

static void
test_backup_at_start (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(OvStore) store = open_demo (fixture);
  g_autoptr(GPtrArray) backups = NULL;
  OvBackupInfo *info;
  GStatBuf st;

  g_clear_object (&store);
  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);

  start_application (fixture);
  wait_for_main_window ();

  /* One backup beside the database, sound, readable by its owner only, copied while the
   * window is already there. */
  g_assert_true (ui_test_wait_until (backup_written, fixture));
  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 1);
  info = g_ptr_array_index (backups, 0);
  g_assert_true (g_str_has_prefix (info->path, fixture->backup_dir));
  g_assert_cmpint (info->n_cases, ==, DEMO_CASES);
  g_assert_cmpint (g_stat (info->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static gboolean
quit_once_shown (gpointer data)
{
  if (ui_test_find_window (OV_TYPE_WINDOW) == NULL)
    return G_SOURCE_CONTINUE;
  g_action_group_activate_action (G_ACTION_GROUP (data), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_backup_on_quit (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(OvStore) store = open_demo (fixture);
  g_autoptr(GPtrArray) backups = NULL;
  char *arguments[] = { (char *) "oversight", (char *) "--database", fixture->path, NULL };
  int status;

  g_clear_object (&store);

  /* Started, then quit with Ctrl+Q's action, as a user does at the end of a day. */
  fixture->application = ov_application_new ();
  g_timeout_add (50, quit_once_shown, fixture->application);
  status = g_application_run (G_APPLICATION (fixture->application), 3, arguments);
  g_assert_cmpint (status, ==, 0);

  /* The day's first start made one backup, and quitting another. */
  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 2);
  for (guint i = 0; i < backups->len; i++)
    g_assert_cmpint (((OvBackupInfo *) g_ptr_array_index (backups, i))->n_cases, ==,
                     DEMO_CASES);
}

static gboolean
restore_dialog_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_RESTORE_DIALOG) != NULL;
}

/* The window given has gone, and a new one shows. */
static gboolean
window_replaced (gpointer data)
{
  OvWindow **old_window = data;

  return *old_window == NULL && ui_test_find_window (OV_TYPE_WINDOW) != NULL;
}

static void
test_restore_chosen_backup (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(OvStore) store = open_demo (fixture);
  g_autoptr(OvCase) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  OvRestoreDialog *dialog;
  GListModel *items;
  OvWindow *window;
  OvWindow *old_window = NULL;
  guint chosen = G_MAXUINT;

  /* Yesterday's backup, as it were, then a case opened since. */
  backup = ov_store_backup_automatic (store, TRUE, OV_BACKUP_DEFAULT_GENERATIONS, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  added = ui_test_add_case (store, NEW_CASE);
  g_clear_object (&store);

  start_application (fixture);
  window = wait_for_main_window ();
  g_assert_cmpuint (cases_listed (window), ==, DEMO_CASES + 1);

  /* Restore from Backup… in the main menu lists the backups. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->application), "restore", NULL);
  g_assert_true (ui_test_wait_until (restore_dialog_shown, NULL));
  dialog = OV_RESTORE_DIALOG (ui_test_find_window (OV_TYPE_RESTORE_DIALOG));
  items = ov_restore_dialog_get_backups (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (items), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OvBackupItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (ov_backup_item_get_path (item), backup) == 0)
        {
          chosen = i;
          g_assert_cmpint (ov_backup_item_get_n_cases (item), ==, DEMO_CASES);
        }
    }
  g_assert_cmpuint (chosen, !=, G_MAXUINT);

  /* Chosen, confirmed: the window is rebuilt on the restored database. */
  ov_restore_dialog_select (dialog, chosen);
  g_assert_true (gtk_widget_get_sensitive (ui_test_child (dialog, OV_TYPE_RESTORE_DIALOG,
                                                          "column_view")));
  g_set_weak_pointer (&old_window, window);
  ov_restore_dialog_restore (dialog);
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_true (ui_test_wait_until (window_replaced, &old_window));

  window = OV_WINDOW (ui_test_find_window (OV_TYPE_WINDOW));
  g_assert_null (ui_test_find_window (OV_TYPE_RESTORE_DIALOG));
  g_assert_cmpuint (cases_listed (window), ==, DEMO_CASES);
  g_assert_null (ov_store_find_case (ov_window_get_store (window), NEW_CASE, NULL));

  /* The database replaced was kept first, with the case added since. */
  {
    g_autoptr(GPtrArray) backups = list_backups (fixture);
    gboolean kept = FALSE;

    for (guint i = 0; i < backups->len; i++)
      {
        OvBackupInfo *info = g_ptr_array_index (backups, i);

        kept |= info->n_cases == DEMO_CASES + 1;
      }
    g_assert_true (kept);
  }
}

static gboolean
recovery_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_RECOVERY_DIALOG) != NULL;
}

static void
test_damaged_database (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(OvStore) store = open_demo (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  OvRecoveryDialog *dialog;
  OvWindow *window;
  GStatBuf st;

  backup = ov_store_backup_automatic (store, TRUE, OV_BACKUP_DEFAULT_GENERATIONS, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Cut short, as by a failing disk. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (truncate (fixture->path, st.st_size / 2), ==, 0);

  start_application (fixture);
  g_assert_true (ui_test_wait_until (recovery_shown, NULL));
  dialog = OV_RECOVERY_DIALOG (ui_test_find_window (OV_TYPE_RECOVERY_DIALOG));

  /* Explained, never used: no main window, and the newest good backup is offered. */
  g_assert_null (ui_test_find_window (OV_TYPE_WINDOW));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "The Database Is Damaged"));
  g_assert_cmpstr (ov_recovery_dialog_get_newest_good (dialog), ==, backup);
  g_assert_true (gtk_widget_get_sensitive (ui_test_child (dialog, OV_TYPE_RECOVERY_DIALOG,
                                                          "restore_button")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "recovery.restore-newest",
                                             NULL));
  window = wait_for_main_window ();
  g_assert_null (ui_test_find_window (OV_TYPE_RECOVERY_DIALOG));
  g_assert_cmpuint (cases_listed (window), ==, DEMO_CASES);
  g_assert_true (ov_store_quick_check (ov_window_get_store (window), NULL));

  /* The damaged file is kept for whoever looks into it. */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->backup_dir, 0, NULL);
    const char *name;
    gboolean kept = FALSE;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      kept |= strstr (name, "-damaged-") != NULL;
    g_assert_true (kept);
  }
}

int
main (int   argc,
      char *argv[])
{
  /* No session bus: each application here runs on its own. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/oversight-test-bus", TRUE);
  ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/backup/at-start", test_backup_at_start);
  ADD ("/ui/backup/on-quit", test_backup_on_quit);
  ADD ("/ui/backup/restore-chosen", test_restore_chosen_backup);
  ADD ("/ui/backup/damaged-database", test_damaged_database);

  return g_test_run ();
}
