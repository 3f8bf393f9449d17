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

/* The number of cases committed so far, or 0 while the database is being created. */
static gint64
count_committed (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_busy_timeout (db, 1000) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM cases", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
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

      /* Until the workload has committed something, let it: a slow start (a sanitizer
       * build, a loaded machine) would otherwise be killed every time before it writes. */
      if (saved_before == 0 && run == runs / 2)
        {
          for (int wait = 0; wait < 6000 && count_committed (path) == 0; wait++)
            g_usleep (10000);
        }

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

/* Two processes on one database */

#define TWO_PROCESS_SAVES 60

typedef struct
{
  GPid pid;
  int  out_fd;
  int  err_fd;
} Running;

/* Starts a program, its output collected later by finish(). */
static Running
start (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  Running running = { 0, -1, -1 };

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &running.pid, NULL, &running.out_fd, &running.err_fd, &error);
  g_assert_no_error (error);
  return running;
}

static char *
read_all (int fd)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (fd);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Waits for the program to end; returns its exit status, its standard error in @err. */
static int
finish (Running  *running,
        char    **err)
{
  g_autofree char *out = read_all (running->out_fd);
  g_autofree char *err_text = read_all (running->err_fd);
  int status = 0;

  g_assert_cmpint (waitpid (running->pid, &status, 0), ==, running->pid);
  g_spawn_close_pid (running->pid);
  g_assert_true (WIFEXITED (status));
  if (err != NULL)
    *err = g_steal_pointer (&err_text);
  else if (WEXITSTATUS (status) != 0)
    g_test_message ("standard error: %s", err_text);
  return WEXITSTATUS (status);
}

/* Every transaction "TAG/N" saved by a writer is there, with its four staff. */
static void
assert_writer_complete (sqlite3    *db,
                        const char *tag,
                        gint64      count)
{
  g_autofree char *cases = g_strdup_printf ("SELECT count(*) FROM cases WHERE reference "
                                            "LIKE '%s/%%'", tag);
  g_autofree char *staff = g_strdup_printf ("SELECT count(*) FROM staff WHERE name "
                                            "LIKE '%s %%'", tag);
  g_autofree char *last = g_strdup_printf ("SELECT count(*) FROM cases WHERE reference = "
                                           "'%s/%" G_GINT64_FORMAT "'", tag, count);

  g_assert_cmpint (test_sql_int (db, cases), ==, count);
  g_assert_cmpint (test_sql_int (db, staff), ==, 4 * count);
  g_assert_cmpint (test_sql_int (db, last), ==, 1);
}

static void
test_two_processes (void)
{
  g_autofree char *path = test_db_path ();
  const char *worker = g_getenv ("OVERSIGHT_CRASH_WORKER");
  const char *oversight = g_getenv ("OVERSIGHT_BIN");
  g_autofree char *count = g_strdup_printf ("%d", TWO_PROCESS_SAVES);
  const char *alpha_argv[] = { worker, path, "ALPHA", count, NULL };
  const char *beta_argv[] = { worker, path, "BETA", count, NULL };
  const char *check_argv[] = { oversight, "--database", path, "--check", "--as-of",
                               "2026-11-27", NULL };
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Running alpha, beta;
  guint64 n_events = 0;
  int n_checks = 0;
  int n_saves = 0;
  sqlite3 *db;

  g_assert_nonnull (worker);
  g_assert_nonnull (oversight);

  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  ov_store_set_account (store, TEST_ACCOUNT);

  /* Two writers at once, while this process saves too and the command line checks. */
  alpha = start (alpha_argv);
  beta = start (beta_argv);
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *reference = g_strdup_printf ("GAMMA/%d", i + 1);
      g_autoptr(OvCase) the_case = ov_case_new ();
      Running check = start (check_argv);

      ov_case_set_reference (the_case, reference);
      ov_case_set_opened_on (the_case, "2026-11-27");
      g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
      g_assert_no_error (error);
      n_saves++;
      g_assert_cmpint (finish (&check, NULL), ==, 0);
      n_checks++;
    }
  g_assert_cmpint (finish (&alpha, NULL), ==, 0);
  g_assert_cmpint (finish (&beta, NULL), ==, 0);

  /* No write lost, none half done, the file sound and the audit chain whole. */
  db = test_store_db (store);
  g_assert_cmpstr (test_sql_text (db, "PRAGMA integrity_check"), ==, "ok");
  assert_writer_complete (db, "ALPHA", TWO_PROCESS_SAVES);
  assert_writer_complete (db, "BETA", TWO_PROCESS_SAVES);
  g_assert_cmpint (test_sql_int (db, "SELECT count(*) FROM cases WHERE reference LIKE 'GAMMA/%'"),
                   ==, n_saves);
  g_assert_true (ov_store_verify_audit (store, &n_events, &error));
  g_assert_no_error (error);
  g_assert_cmpint ((gint64) n_events, ==,
                   test_sql_int (db, "SELECT (SELECT count(*) FROM cases) + "
                                     "(SELECT count(*) FROM staff)"));
  g_test_message ("%d saves here and %d by each of two writers, %d checks meanwhile",
                  n_saves, TWO_PROCESS_SAVES, n_checks);
}

/* A write lock held longer than the wait allows: the writer gives up, saying why. */
static void
test_busy_too_long (void)
{
  g_autofree char *path = test_db_path ();
  const char *worker = g_getenv ("OVERSIGHT_CRASH_WORKER");
  const char *oversight = g_getenv ("OVERSIGHT_BIN");
  const char *writer_argv[] = { worker, path, "DELTA", "1", NULL };
  const char *check_argv[] = { oversight, "--database", path, "--check", "--as-of",
                               "2026-11-27", NULL };
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvStore) holder = NULL;
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  Running writer, check;
  sqlite3 *held;

  g_assert_nonnull (worker);
  g_assert_nonnull (oversight);

  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  ov_store_set_account (store, TEST_ACCOUNT);
  holder = ov_store_open (path, &error);
  g_assert_no_error (error);

  /* Another connection takes the write lock and keeps it. */
  held = test_store_db (holder);
  g_assert_cmpint (sqlite3_exec (held, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  /* Another process's save waits, then fails with the message a user sees. */
  writer = start (writer_argv);
  g_assert_cmpint (finish (&writer, &err), ==, 1);
  g_assert_nonnull (strstr (err, "The database is busy: another Oversight is writing to it. "
                                 "Try again in a moment."));

  /* So does a save in this process, with its own error code. */
  the_case = ov_case_new ();
  ov_case_set_reference (the_case, "DELTA/2");
  ov_case_set_opened_on (the_case, "2026-11-27");
  g_assert_false (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_BUSY);
  g_clear_error (&error);

  /* Reading is never blocked: the command line's check runs meanwhile. */
  check = start (check_argv);
  g_assert_cmpint (finish (&check, NULL), ==, 0);

  /* Once the lock is let go, the same save goes through. */
  g_assert_cmpint (sqlite3_exec (held, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_no_error (error);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_CASE), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/faults/killed-writer", test_killed_writer);
  g_test_add_func ("/faults/disk-full", test_disk_full);
  g_test_add_func ("/faults/two-processes", test_two_processes);
  g_test_add_func ("/faults/busy-too-long", test_busy_too_long);

  return g_test_run ();
}
