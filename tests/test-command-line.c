/* test-command-line.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real `oversight` executable, run with no display: exit status 0 done, 1 done but
 * needs attention, 2 refused or failed with a one-line reason on standard error.
 */

#include "config.h"

#include <sqlite3.h>

#include "ov-autoptr.h"
#include "test-helpers.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_free (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

static Run *
run_oversight (const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  Run *run = g_new0 (Run, 1);
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("OVERSIGHT_BIN"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display: the command line must never need one. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  return run;
}

static void
assert_one_line (const char *text)
{
  const char *newline = strchr (text, '\n');

  /* A reason a person can read, on exactly one line. */
  g_assert_cmpuint (strlen (text), >, 12);
  g_assert_nonnull (newline);
  g_assert_cmpint (newline - text, ==, (int) strlen (text) - 1);
}

static void
test_version_and_help (void)
{
  g_autoptr(Run) version = run_oversight ("--version", NULL);
  g_autoptr(Run) help = run_oversight ("--help", NULL);

  g_assert_cmpint (version->status, ==, 0);
  g_assert_cmpstr (version->out, ==, "oversight " PACKAGE_VERSION "\n");

  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "--database"));
  g_assert_nonnull (strstr (help->out, "--load-demo"));
  g_assert_nonnull (strstr (help->out, "--verify-audit"));
  g_assert_nonnull (strstr (help->out, "--version"));
}

static void
test_load_demo_then_verify (void)
{
  g_autofree char *path = test_db_path ();
  g_autoptr(Run) load = run_oversight ("--database", path, "--load-demo", NULL);
  g_autoptr(Run) again = NULL;
  g_autoptr(Run) verify = NULL;
  g_autoptr(OvStore) store = NULL;

  g_assert_cmpint (load->status, ==, 0);
  g_assert_cmpstr (load->err, ==, "");

  store = ov_store_open (path, NULL);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_CASE), >=, 20);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_STAFF), >=, 15);
  g_clear_object (&store);

  /* A second load is refused: demonstration data needs an empty database. */
  again = run_oversight ("--database", path, "--load-demo", NULL);
  g_assert_cmpint (again->status, ==, 2);
  assert_one_line (again->err);

  verify = run_oversight ("--database", path, "--verify-audit", NULL);
  g_assert_cmpint (verify->status, ==, 0);
  g_assert_nonnull (strstr (verify->out, "events checked"));
}

static void
test_verify_detects_tampering (void)
{
  g_autofree char *path = test_db_path ();
  g_autoptr(Run) load = run_oversight ("--database", path, "--load-demo", NULL);
  g_autoptr(Run) verify = NULL;
  g_autoptr(sqlite3) db = NULL;

  g_assert_cmpint (load->status, ==, 0);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_events_no_update;"
                                     "UPDATE audit_events SET actor_name = 'Nobody' WHERE id = 7;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_pointer (&db, sqlite3_close);

  verify = run_oversight ("--database", path, "--verify-audit", NULL);
  g_assert_cmpint (verify->status, ==, 1);
  g_assert_nonnull (strstr (verify->err, "event 7 "));
  assert_one_line (verify->err);
}

static void
test_refusals_exit_2 (void)
{
  g_autofree char *missing = test_db_path ();
  g_autofree char *text = test_db_path ();
  g_autoptr(Run) no_file = NULL;
  g_autoptr(Run) not_ours = NULL;
  g_autoptr(Run) bad_option = NULL;
  g_autofree char *contents = NULL;

  no_file = run_oversight ("--database", missing, "--verify-audit", NULL);
  g_assert_cmpint (no_file->status, ==, 2);
  assert_one_line (no_file->err);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (text, "not a database\n", -1, NULL));
  not_ours = run_oversight ("--database", text, "--load-demo", NULL);
  g_assert_cmpint (not_ours->status, ==, 2);
  assert_one_line (not_ours->err);
  g_assert_nonnull (strstr (not_ours->err, "not an Oversight database"));
  g_assert_true (g_file_get_contents (text, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not a database\n");

  bad_option = run_oversight ("--no-such-option", NULL);
  g_assert_cmpint (bad_option->status, ==, 2);
  assert_one_line (bad_option->err);
}

static void
test_check (void)
{
  g_autofree char *path = test_db_path ();
  g_autofree char *json_path = g_strconcat (path, ".json", NULL);
  g_autoptr(Run) load = run_oversight ("--database", path, "--load-demo", NULL);
  g_autoptr(Run) text = NULL;
  g_autoptr(Run) json = NULL;
  g_autoptr(Run) bad_date = NULL;
  g_autoptr(Run) bad_format = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *parsed = NULL;
  g_autofree char *references = NULL;
  int wait_status = 0;
  const char *python[] = {
    "python3", "-c",
    "import json, sys\n"
    "findings = json.load (open (sys.argv[1]))\n"
    "keys = {'rule', 'severity', 'case', 'person', 'officer', 'subject', 'message', 'due',\n"
    "        'days_overdue'}\n"
    "assert all (set (f) == keys for f in findings)\n"
    "assert all ((f['case'] is None) != (f['subject'] is None) for f in findings)\n"
    "print (len (findings))\n"
    "print (' '.join (f['case'] or f['subject']['kind'] + ': ' + f['subject']['label']\n"
    "                 for f in findings))\n",
    json_path, NULL
  };

  g_assert_cmpint (load->status, ==, 0);

  text = run_oversight ("--database", path, "--check", "--as-of", "2026-11-27", NULL);
  g_assert_cmpint (text->status, ==, 0);
  g_assert_nonnull (strstr (text->out, "overdue"));
  lines = g_strsplit (g_strchomp (text->out), "\n", -1);

  json = run_oversight ("--database", path, "--check", "--as-of", "2026-11-27",
                        "--format", "json", NULL);
  g_assert_cmpint (json->status, ==, 0);
  g_assert_true (g_file_set_contents (json_path, json->out, -1, NULL));

  /* The JSON parses, has the fields, and lists the same findings as the text. */
  g_assert_true (g_spawn_sync (NULL, (char **) python, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &parsed, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  {
    g_auto(GStrv) out = g_strsplit (parsed, "\n", 3);
    g_autoptr(GString) text_refs = g_string_new (NULL);

    g_assert_cmpint (atoi (out[0]), ==, (int) g_strv_length (lines));
    g_assert_cmpint (atoi (out[0]), >, 5);
    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);

        g_string_append_printf (text_refs, "%s%s", i > 0 ? " " : "", fields[0]);
      }
    g_assert_cmpstr (out[1], ==, text_refs->str);
  }

  bad_date = run_oversight ("--database", path, "--check", "--as-of", "27/11/2026", NULL);
  g_assert_cmpint (bad_date->status, ==, 2);
  assert_one_line (bad_date->err);
  bad_format = run_oversight ("--database", path, "--check", "--format", "xml", NULL);
  g_assert_cmpint (bad_format->status, ==, 2);
  assert_one_line (bad_format->err);
}

static void
test_read_only (void)
{
  g_autofree char *path = test_db_path ();
  g_autofree char *output = g_strconcat (path, ".pdf", NULL);
  g_autofree char *missing = test_db_path ();
  g_autoptr(Run) load = run_oversight ("--database", path, "--load-demo", NULL);
  g_autoptr(Run) check = NULL;
  g_autoptr(Run) verify = NULL;
  g_autoptr(Run) report = NULL;
  g_autoptr(Run) demo = NULL;
  g_autoptr(Run) restore = NULL;
  g_autoptr(Run) no_file = NULL;
  g_autoptr(OvStore) store = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *backups = NULL;
  g_autofree char *dir = NULL;

  g_assert_cmpint (load->status, ==, 0);
  store = ov_store_open (path, NULL);
  reference = g_strdup (test_sql_text (test_store_db (store),
                                       "SELECT c.reference FROM cases c JOIN people p ON "
                                       "p.case_id = c.id JOIN victim_strategies v ON "
                                       "v.person_id = p.id LIMIT 1"));
  g_clear_object (&store);
  before = test_file_checksum (path);

  /* Consulting works. */
  check = run_oversight ("--database", path, "--read-only", "--check", "--as-of",
                         "2026-11-27", NULL);
  g_assert_cmpint (check->status, ==, 0);
  g_assert_nonnull (strstr (check->out, "overdue"));
  verify = run_oversight ("--database", path, "--read-only", "--verify-audit", NULL);
  g_assert_cmpint (verify->status, ==, 0);

  /* A report is a disclosure that must be audited: refused, and no file written. */
  report = run_oversight ("--database", path, "--read-only", "--report", "victim-strategy",
                          "--case", reference, "--output", output, "--reason", "Case file",
                          NULL);
  g_assert_cmpint (report->status, ==, 2);
  assert_one_line (report->err);
  g_assert_nonnull (strstr (report->err, "read-only"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  /* Actions that change the database do not go with it. */
  demo = run_oversight ("--database", path, "--read-only", "--load-demo", NULL);
  g_assert_cmpint (demo->status, ==, 2);
  assert_one_line (demo->err);
  g_assert_nonnull (strstr (demo->err, "--read-only"));
  restore = run_oversight ("--database", path, "--read-only", "--restore", path, NULL);
  g_assert_cmpint (restore->status, ==, 2);
  assert_one_line (restore->err);

  /* Nor does it create a database. */
  no_file = run_oversight ("--database", missing, "--read-only", "--check", NULL);
  g_assert_cmpint (no_file->status, ==, 2);
  assert_one_line (no_file->err);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* The file is as it was, and no backup was made. */
  after = test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  dir = g_path_get_dirname (path);
  backups = g_build_filename (dir, "backups", NULL);
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("OVERSIGHT_BIN") == NULL)
    {
      g_printerr ("OVERSIGHT_BIN must name the oversight executable\n");
      return 1;
    }

  g_test_add_func ("/command-line/version-and-help", test_version_and_help);
  g_test_add_func ("/command-line/load-demo-then-verify", test_load_demo_then_verify);
  g_test_add_func ("/command-line/verify-detects-tampering", test_verify_detects_tampering);
  g_test_add_func ("/command-line/refusals-exit-2", test_refusals_exit_2);
  g_test_add_func ("/command-line/check", test_check);
  g_test_add_func ("/command-line/read-only", test_read_only);

  return g_test_run ();
}
