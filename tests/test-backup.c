/* test-backup.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups, their rotation and verification, restore, and damaged databases.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "ov-backup.h"
#include "test-helpers.h"

static void
test_backup_to (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvCase) first = test_add_case (store, "MSHT/2026/0001");
  g_autoptr(OvCase) second = test_add_case (store, "MSHT/2026/0002");
  g_autofree char *destination = test_db_path ();
  g_autoptr(GError) error = NULL;
  gint64 n_cases = 0;
  GStatBuf st;

  g_assert_true (ov_store_backup_to (store, destination, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (destination, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* A single self-contained file: no log beside it, and nothing left half-written. */
  g_assert_false (g_file_test (test_wal_path (destination), G_FILE_TEST_EXISTS));

  g_assert_true (ov_backup_verify (destination, &n_cases, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_cases, ==, 2);

  /* The copy is an Oversight database like any other, with an intact audit log. */
  {
    g_autoptr(OvStore) copy = ov_store_open (destination, &error);
    guint64 n_events = 0;

    g_assert_no_error (error);
    g_assert_cmpint (ov_store_count (copy, OV_TYPE_CASE), ==, 2);
    g_assert_true (ov_store_verify_audit (copy, &n_events, &error));
    g_assert_cmpuint (n_events, >, 3);
  }
}

static void
test_automatic_rotation (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *dir = ov_store_get_backup_dir (ov_store_get_path (store));

  /* At start-up, once a day. */
  first = ov_store_backup_automatic (store, FALSE, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_prefix (first, dir));
  again = ov_store_backup_automatic (store, FALSE, 3, &error);
  g_assert_no_error (error);
  g_assert_null (again);

  /* On quit, always; only the newest generations are kept. */
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *path = ov_store_backup_automatic (store, TRUE, 3, &error);

      g_assert_no_error (error);
      g_assert_nonnull (path);
    }
  backups = ov_backup_list (ov_store_get_path (store), &error);
  g_assert_cmpuint (backups->len, ==, 3);
  for (guint i = 0; i < backups->len; i++)
    {
      OvBackupInfo *info = backups->pdata[i];

      g_assert_cmpint (info->n_cases, ==, 0);
      g_assert_cmpint (info->size, >, 0);
      g_assert_nonnull (info->taken_at);
      if (i > 0)
        g_assert_cmpstr (((OvBackupInfo *) backups->pdata[i - 1])->path, >, info->path);
    }
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
}

static void
on_backup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static char *
backup_in_background (OvStore   *store,
                      gboolean   on_quit,
                      GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ov_store_backup_automatic_async (store, on_quit, 3, NULL, on_backup_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return ov_store_backup_automatic_finish (store, result, error);
}

/* In the background, on a connection of its own: the copy is of the database as it was,
 * and only the day's first start makes one. What a backup stopped half way left behind
 * goes, once nobody has written to it for a while. */
static void
test_automatic_in_background (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvCase) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  g_autofree char *dir = ov_store_get_backup_dir (ov_store_get_path (store));
  g_autofree char *stem = g_path_get_basename (ov_store_get_path (store));
  g_autofree char *stale = NULL;
  g_autofree char *fresh = NULL;
  struct utimbuf long_ago = { 0 };
  gint64 n_cases = 0;

  added = test_add_case (store, "MSHT/2026/0901");
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  stem[strlen (stem) - strlen (".db")] = '\0';
  stale = g_strdup_printf ("%s/%s-20260101-090000-000000.db.partial-AAAAAA", dir, stem);
  fresh = g_strdup_printf ("%s/%s-20260101-090000-000001.db.partial-BBBBBB", dir, stem);
  g_assert_true (g_file_set_contents (stale, "half a copy", -1, NULL));
  g_assert_true (g_file_set_contents (fresh, "half a copy", -1, NULL));
  long_ago.actime = long_ago.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - 3600);
  g_assert_cmpint (g_utime (stale, &long_ago), ==, 0);

  written = backup_in_background (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (written);
  g_assert_true (ov_backup_verify (written, &n_cases, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_cases, ==, 1);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));

  /* Once a day at start-up, as in the foreground. */
  again = backup_in_background (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_null (again);
  g_unlink (fresh);
}

static void
truncate_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
}

static void
test_verify_refuses (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autofree char *copy = test_db_path ();
  g_autofree char *text = test_db_path ();
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *reference = g_strdup_printf ("MSHT/2026/%04d", i);
      g_autoptr(OvCase) the_case = test_add_case (store, reference);
    }
  g_assert_true (ov_store_backup_to (store, copy, &error));

  g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
  g_assert_false (ov_backup_verify (text, NULL, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_OVERSIGHT);
  g_clear_error (&error);

  truncate_file (copy);
  g_assert_false (ov_backup_verify (copy, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A truncated database is never opened as if it were sound. */
  {
    OvStore *damaged = ov_store_open (copy, &error);

    g_assert_null (damaged);
    g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DAMAGED);
    g_assert_nonnull (strstr (error->message, "backup"));
  }
}

static void
test_restore (void)
{
  g_autofree char *path = test_db_path ();
  g_autofree char *backup = test_db_path ();
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(OvStore) store = ov_store_open (path, &error);
    g_autoptr(OvStaff) supervisor = NULL;
    g_autoptr(OvCase) kept_case = NULL;
    g_autoptr(OvCase) later = NULL;

    ov_store_set_account (store, TEST_ACCOUNT);
    supervisor = test_add_supervisor (store);
    kept_case = test_add_case (store, "MSHT/2026/0001");
    g_assert_true (ov_store_backup_to (store, backup, &error));
    later = test_add_case (store, "MSHT/2026/0002");
  }

  /* Someone who is not a supervisor in the database cannot restore over it. */
  g_assert_false (ov_backup_restore (path, backup, "someone-else", NULL, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  g_assert_true (ov_backup_restore (path, backup, TEST_ACCOUNT, &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  {
    g_autoptr(OvStore) restored = ov_store_open (path, &error);
    g_autoptr(OvStore) replaced = ov_store_open (kept, &error);
    g_autoptr(GPtrArray) events = NULL;
    OvAuditEvent *last;

    g_assert_cmpint (ov_store_count (restored, OV_TYPE_CASE), ==, 1);
    /* The replaced database was kept, with the case made after the backup. */
    g_assert_cmpint (ov_store_count (replaced, OV_TYPE_CASE), ==, 2);

    g_assert_true (ov_store_verify_audit (restored, NULL, &error));
    events = ov_store_list_audit_events (restored, NULL, &error);
    last = events->pdata[events->len - 1];
    g_assert_cmpstr (last->action, ==, "restore");
    g_assert_cmpstr (last->actor_name, ==, "Helen Marsh");
  }
}

static void
test_restore_over_damaged (void)
{
  g_autofree char *path = test_db_path ();
  g_autofree char *backup = test_db_path ();
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(OvStore) store = ov_store_open (path, &error);
    g_autoptr(OvStaff) supervisor = NULL;

    ov_store_set_account (store, TEST_ACCOUNT);
    supervisor = test_add_supervisor (store);
    for (int i = 0; i < 40; i++)
      {
        g_autofree char *reference = g_strdup_printf ("MSHT/2026/%04d", i);
        g_autoptr(OvCase) the_case = test_add_case (store, reference);
      }
    g_assert_true (ov_store_backup_to (store, backup, &error));
  }
  g_unlink (test_wal_path (path));
  truncate_file (path);

  /* A damaged database can be replaced by anyone: it cannot say who its supervisors are.
   * It is kept as it was. */
  g_assert_true (ov_backup_restore (path, backup, "someone-else", &kept, &error));
  g_assert_no_error (error);
  g_assert_true (strstr (kept, "damaged") != NULL);
  {
    g_autoptr(OvStore) restored = ov_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ov_store_count (restored, OV_TYPE_CASE), ==, 40);
    g_assert_true (ov_store_quick_check (restored, &error));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/backup/to-file", test_backup_to);
  g_test_add_func ("/backup/automatic-rotation", test_automatic_rotation);
  g_test_add_func ("/backup/automatic-in-background", test_automatic_in_background);
  g_test_add_func ("/backup/verify-refuses", test_verify_refuses);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/restore-over-damaged", test_restore_over_damaged);

  return g_test_run ();
}
