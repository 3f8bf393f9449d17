/* test-faults.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Breaking things on purpose: a writer killed at random points, and a disk that fills up.
 * Committed records are never lost, the file is never corrupted, and every transaction is
 * either wholly present or wholly absent.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "ov-backup.h"
#include "test-helpers.h"

/* Every case CRASH/N has its four staff, and no staff is without its case. */
static void
assert_transactions_whole (const char *path)
{
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  guint64 n_events = 0;

  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ov_store_quick_check (store, &error));
  g_assert_no_error (error);
  db = test_store_db (store);
  g_assert_cmpstr (test_sql_text (db, "PRAGMA integrity_check"), ==, "ok");
  g_assert_true (ov_store_verify_audit (store, &n_events, &error));
  g_assert_no_error (error);

  g_assert_cmpint (test_sql_int (db, "SELECT count(*) FROM staff"), ==,
                   4 * test_sql_int (db, "SELECT count(*) FROM cases"));
  /* Staff come in fours, one four per case, and every case has its four (linear queries:
   * a fast machine commits thousands of transactions between kills). */
  g_assert_cmpint (test_sql_int (db,
                                 "SELECT count(*) FROM (SELECT substr (name, 7, "
                                 "instr (name, '-') - 7) AS n, count(*) AS k FROM staff "
                                 "GROUP BY n HAVING k <> 4)"), ==, 0);
  g_assert_cmpint (test_sql_int (db,
                                 "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 "
                                 "FROM staff s WHERE s.name = 'Crash ' || substr (c.reference, 7) "
                                 "|| '-4' COLLATE NOCASE)"), ==, 0);
  /* Each record has exactly its one "create" event. */
  g_assert_cmpint ((gint64) n_events, ==,
                   test_sql_int (db, "SELECT (SELECT count(*) FROM cases) + "
                                     "(SELECT count(*) FROM staff)"));
}

static void
test_killed_writer (void)
{
  g_autofree char *path = test_db_path ();
  const char *worker = g_getenv ("OVERSIGHT_CRASH_WORKER");
  const char *runs_text = g_getenv ("OVERSIGHT_CRASH_RUNS");
  int runs = runs_text != NULL ? atoi (runs_text) : 50;
  gint64 saved_before = 0;

  g_assert_nonnull (worker);
  g_assert_cmpint (runs, >=, 1);

  for (int run = 0; run < runs; run++)
    {
      const char *argv[] = { worker, path, NULL };
      g_autoptr(GError) error = NULL;
      GPid pid;
      int status = 0;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                    NULL, NULL, &pid, &error));
      g_assert_no_error (error);

      /* Somewhere in the middle of its work: starting up, writing, committing. */
      g_usleep (g_test_rand_int_range (5, 120) * 1000);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      assert_transactions_whole (path);

      /* Committed work is never lost: the count only grows. */
      {
        g_autoptr(OvStore) store = ov_store_open (path, NULL);
        gint64 saved = ov_store_count (store, OV_TYPE_CASE);

        g_assert_cmpint (saved, >=, saved_before);
        saved_before = saved;
      }
    }
  /* The workload did write between the kills. */
  g_assert_cmpint (saved_before, >, 0);
  g_test_message ("%d kills, %" G_GINT64_FORMAT " transactions committed", runs, saved_before);
}

static gboolean
fill_disk (OvStore  *store,
           gpointer  user_data,
           GError  **error)
{
  const char *summary = user_data;

  for (int i = 0; ; i++)
    {
      g_autofree char *reference = g_strdup_printf ("FULL/%d", i);
      g_autoptr(OvCase) the_case = ov_case_new ();

      ov_case_set_reference (the_case, reference);
      ov_case_set_opened_on (the_case, "2026-11-27");
      ov_case_set_summary (the_case, summary);
      if (!ov_store_save (store, OV_RECORD (the_case), error))
        return FALSE;
    }
}

static void
test_disk_full (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(OvStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) summary = g_string_new (NULL);
      struct rlimit limit;
      int saved = 0;

      path = g_strdup (g_getenv ("OVERSIGHT_FULL_DB"));
      g_assert_nonnull (path);
      store = ov_store_open (path, &error);
      g_assert_no_error (error);

      /* The file may grow only a little more: then writes fail as on a full disk. */
      signal (SIGXFSZ, SIG_IGN);
      limit.rlim_cur = limit.rlim_max = 2 * 1024 * 1024;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      for (int i = 0; i < 400; i++)
        g_string_append (summary, "Statement taken with an interpreter. ");

      /* Saves one at a time until one fails, cleanly. */
      for (;;)
        {
          g_autofree char *reference = g_strdup_printf ("MORE/%d", saved);
          g_autoptr(OvCase) the_case = ov_case_new ();

          ov_case_set_reference (the_case, reference);
          ov_case_set_opened_on (the_case, "2026-11-27");
          ov_case_set_summary (the_case, summary->str);
          if (!ov_store_save (store, OV_RECORD (the_case), &error))
            break;
          saved++;
          g_assert_cmpint (saved, <, 10000);
        }
      /* A full disk, or a write refused: either way the message says nothing was saved. */
      g_assert_true (g_error_matches (error, OV_STORE_ERROR, OV_STORE_ERROR_NO_SPACE) ||
                     g_error_matches (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED));
      g_assert_nonnull (strstr (error->message, "nothing was saved"));
      g_clear_error (&error);

      /* A bulk write fails all at once. */
      g_assert_false (ov_store_run_in_transaction (store, fill_disk, summary->str, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);

      /* And Oversight carries on: reading works. */
      g_assert_cmpint (ov_store_count (store, OV_TYPE_CASE), ==, 20 + saved);
      g_print ("saved %d\n", saved);
      return;
    }

  /* Outside the test's own folders, which the subprocess cleans away when it ends. */
  dir = g_dir_make_tmp ("oversight-faults-XXXXXX", NULL);
  g_assert_nonnull (dir);
  path = g_build_filename (dir, "full.db", NULL);
  {
    g_autoptr(OvStore) store = ov_store_open (path, NULL);

    ov_store_set_account (store, TEST_ACCOUNT);
    for (int i = 0; i < 20; i++)
      {
        g_autofree char *reference = g_strdup_printf ("KEEP/%d", i);
        g_autoptr(OvCase) the_case = test_add_case (store, reference);
      }
  }

  g_setenv ("OVERSIGHT_FULL_DB", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*saved *");

  /* Afterwards the database is sound, nothing is half-written, and the first twenty and
   * everything saved before the disk filled are there. */
  {
    g_autoptr(OvStore) store = ov_store_open (path, NULL);
    g_autoptr(GError) error = NULL;
    sqlite3 *db = test_store_db (store);

    g_assert_true (ov_store_quick_check (store, &error));
    g_assert_cmpstr (test_sql_text (db, "PRAGMA integrity_check"), ==, "ok");
    g_assert_true (ov_store_verify_audit (store, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (test_sql_int (db, "SELECT count(*) FROM cases WHERE reference LIKE 'KEEP/%'"),
                     ==, 20);
    g_assert_cmpint (test_sql_int (db, "SELECT count(*) FROM cases WHERE reference LIKE 'FULL/%'"),
                     ==, 0);
    g_assert_cmpint (test_sql_int (db, "SELECT count(*) FROM audit_events"), ==,
                     test_sql_int (db, "SELECT count(*) FROM cases"));
  }

  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/faults/killed-writer", test_killed_writer);
  g_test_add_func ("/faults/disk-full", test_disk_full);

  return g_test_run ();
}
