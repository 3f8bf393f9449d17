/* test-unique.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One Oversight per database: a second launch on the same database hands over to the first,
 * which keeps its one window; a launch on another database runs on its own; with no session
 * bus at all Oversight still starts. The session bus is a private one, started for the test
 * by dbus-run-session.
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include "ov-application.h"
#include "ov-backup.h"
#include "ov-staff.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  OvApplication *application;
  char          *path;
  guint          n_activations;
} Fixture;

typedef struct
{
  gboolean exited;
  int      status;
} Child;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->application != NULL)
    {
      g_autoptr(GList) windows = NULL;

      windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (fixture->application)));
      for (GList *l = windows; l != NULL; l = l->next)
        gtk_window_destroy (GTK_WINDOW (l->data));
      ui_test_flush ();
    }
  g_clear_object (&fixture->application);
  g_clear_pointer (&fixture->path, g_free);
}

/* A demonstration database whose supervisor is this computer account, as a real user's. */
static void
make_demo_database (const char *path)
{
  g_autoptr(OvStore) store = ui_test_demo_store (path);
  g_autoptr(OvStaff) supervisor = ui_test_find_staff (store, "Helen Marsh");
  g_autoptr(GError) error = NULL;

  ov_store_set_account (store, g_get_user_name ());
  ov_store_link_account (store, supervisor, &error);
  g_assert_no_error (error);
}

static void
on_activate (GApplication *application,
             gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->n_activations++;
}

static gboolean
main_window_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_WINDOW) != NULL;
}

static guint
count_main_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (OV_IS_WINDOW (window))
        n++;
    }
  return n;
}

static void
on_child_exited (GPid     pid,
                 int      status,
                 gpointer user_data)
{
  Child *child = user_data;

  child->status = status;
  child->exited = TRUE;
  g_spawn_close_pid (pid);
}

static gboolean
child_exited (gpointer data)
{
  return ((Child *) data)->exited;
}

/* Starts the real executable, with the environment given (or this one). */
static GPid
spawn_oversight (const char * const *arguments,
                 char              **envp,
                 Child              *child)
{
  const char *binary = g_getenv ("OVERSIGHT_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (gsize i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) arguments[i]);
  g_ptr_array_add (argv, NULL);

  /* Standard output is this test's TAP report. */
  g_spawn_async (NULL, (char **) argv->pdata, envp,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                 &pid, &error);
  g_assert_no_error (error);
  g_child_watch_add (pid, on_child_exited, child);
  return pid;
}

static gboolean
on_poll_tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Waits for something another process does, which no event here announces. */
static gboolean
wait_polling (UiTestCondition condition,
              gpointer        data)
{
  guint tick = g_timeout_add (50, on_poll_tick, NULL);
  gboolean reached = ui_test_wait_until (condition, data);

  g_source_remove (tick);
  return reached;
}

static void
start_application (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->application = ov_application_new ();
  ov_application_set_database_path (fixture->application, fixture->path);
  g_signal_connect (fixture->application, "activate", G_CALLBACK (on_activate), fixture);
  g_application_register (G_APPLICATION (fixture->application), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (fixture->application)));
  g_application_activate (G_APPLICATION (fixture->application));
  g_assert_true (ui_test_wait_until (main_window_shown, NULL));
}

static void
test_second_launch_same_database (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  const char *arguments[] = { "--database", fixture->path, NULL };
  Child child = { FALSE, 0 };
  GtkWindow *window;

  make_demo_database (fixture->path);
  start_application (fixture);
  window = ui_test_find_window (OV_TYPE_WINDOW);
  g_assert_cmpuint (count_main_windows (), ==, 1);
  g_assert_cmpuint (fixture->n_activations, ==, 1);

  /* The second launch hands its command line to this one and ends, successfully. */
  spawn_oversight (arguments, NULL, &child);
  g_assert_true (ui_test_wait_until (child_exited, &child));
  g_assert_true (WIFEXITED (child.status));
  g_assert_cmpint (WEXITSTATUS (child.status), ==, 0);

  /* This one received it and brought its window forward: still the one window. */
  g_assert_cmpuint (fixture->n_activations, ==, 2);
  g_assert_cmpuint (count_main_windows (), ==, 1);
  g_assert_true (ui_test_find_window (OV_TYPE_WINDOW) == window);
}

typedef struct
{
  GDBusConnection *connection;
  const char      *name;
} NameOwned;

static gboolean
name_has_owner (gpointer data)
{
  NameOwned *owned = data;
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  reply = g_dbus_connection_call_sync (owned->connection, "org.freedesktop.DBus",
                                       "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "NameHasOwner", g_variant_new ("(s)", owned->name),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  return has_owner;
}

static void
test_other_database_own_process (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autofree char *other_path = ui_test_db_path ();
  const char *arguments[] = { "--database", other_path, NULL };
  g_autoptr(OvApplication) other = ov_application_new ();
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  Child child = { FALSE, 0 };
  NameOwned owned;
  GPid pid;

  make_demo_database (fixture->path);
  make_demo_database (other_path);
  start_application (fixture);

  /* The two databases have two names on the bus. */
  ov_application_set_database_path (other, other_path);
  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (other)), !=,
                   g_application_get_application_id (G_APPLICATION (fixture->application)));

  /* Another database: the launch takes its own name and keeps running, with its own
   * window; this one is not asked to do anything. */
  pid = spawn_oversight (arguments, NULL, &child);
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  owned.connection = connection;
  owned.name = g_application_get_application_id (G_APPLICATION (other));
  g_assert_true (wait_polling (name_has_owner, &owned));
  g_assert_false (child.exited);
  g_assert_cmpuint (fixture->n_activations, ==, 1);
  g_assert_cmpuint (count_main_windows (), ==, 1);

  kill (pid, SIGTERM);
  g_assert_true (ui_test_wait_until (child_exited, &child));
}

static gboolean
backup_written (gpointer data)
{
  g_autoptr(GPtrArray) backups = ov_backup_list (data, NULL);

  return backups != NULL && backups->len > 0;
}

static void
test_no_session_bus (Fixture       *fixture,
                     gconstpointer  user_data)
{
  const char *gui_arguments[] = { "--database", fixture->path, NULL };
  const char *check_arguments[] = { "--database", fixture->path, "--check",
                                    "--as-of", "2026-11-27", NULL };
  g_auto(GStrv) envp = g_get_environ ();
  Child gui = { FALSE, 0 };
  Child check = { FALSE, 0 };
  GPid pid;

  make_demo_database (fixture->path);
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", TRUE);

  /* A command-line action never needs the bus. */
  spawn_oversight (check_arguments, envp, &check);
  g_assert_true (ui_test_wait_until (child_exited, &check));
  g_assert_true (WIFEXITED (check.status));
  g_assert_cmpint (WEXITSTATUS (check.status), ==, 0);

  /* Nor does the window: it opens the database and makes the day's first backup. */
  pid = spawn_oversight (gui_arguments, envp, &gui);
  g_assert_true (wait_polling (backup_written, fixture->path));
  g_assert_false (gui.exited);

  kill (pid, SIGTERM);
  g_assert_true (ui_test_wait_until (child_exited, &gui));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  /* A session bus of the test's own, from dbus-run-session (see tests/ui/meson.build): the
   * programs the tests start find it in the environment. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_printerr ("Run this test under dbus-run-session: it needs a session bus\n");
      return 1;
    }

  g_test_add ("/unique/second-launch-same-database", Fixture, NULL,
              fixture_set_up, test_second_launch_same_database, fixture_tear_down);
  g_test_add ("/unique/other-database-own-process", Fixture, NULL,
              fixture_set_up, test_other_database_own_process, fixture_tear_down);
  g_test_add ("/unique/no-session-bus", Fixture, NULL,
              fixture_set_up, test_no_session_bus, fixture_tear_down);

  return g_test_run ();
}
