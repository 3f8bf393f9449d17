/* test-helpers.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ov-investigation.h"
#include "ov-store-private.h"
#include "test-helpers.h"

/* Each call gives a new path in a fresh temporary folder, removed by the test harness's
 * isolated directories. */
char *
test_db_path (void)
{
  static guint counter;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "test-dbs", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_strdup_printf ("%s/test-%u-%u.db", dir, (guint) getpid (), ++counter);
}

/* A file of the test's own, in its isolated data directory: tests running at the same time
 * (two build directories, say) never share it. */
char *
test_file_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "test-files", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, name, NULL);
}

const char *
test_wal_path (const char *path)
{
  char *wal = g_strconcat (path, "-wal", NULL);

  g_test_queue_free (wal);
  return wal;
}

OvStore *
test_store_new (void)
{
  g_autofree char *path = test_db_path ();
  g_autoptr(GError) error = NULL;
  OvStore *store;

  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  ov_store_set_account (store, TEST_ACCOUNT);
  return store;
}

sqlite3 *
test_store_db (OvStore *store)
{
  return _ov_store_get_db (store);
}

gint64
test_sql_int (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

const char *
test_sql_text (sqlite3    *db,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_test_queue_free (value);
  return value;
}

char *
test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Every row of every table, as text: two dumps are equal when nothing was written. */
char *
test_dump (sqlite3 *db)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' "
                                       "ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid",
                                              (const char *) sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (out, "[%s]\n", (const char *) sqlite3_column_text (tables, 0));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            {
              const char *text = (const char *) sqlite3_column_text (rows, i);

              g_string_append_printf (out, "%s|", text ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);

  return g_string_free (out, FALSE);
}

OvStaff *
test_add_staff (OvStore               *store,
                const char            *name,
                OvPipLevel             level,
                OvAccreditationStatus  status)
{
  static guint collar = 1000;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = g_strdup_printf ("%u", ++collar);
  OvStaff *staff = ov_staff_new ();

  ov_staff_set_name (staff, name);
  ov_staff_set_collar_number (staff, number);
  ov_staff_set_rank (staff, OV_RANK_DC);
  ov_staff_set_roles (staff, OV_STAFF_ROLE_INVESTIGATOR);
  ov_staff_set_pip_level (staff, level);
  ov_staff_set_accreditation_status (staff, status);
  g_assert_true (ov_store_save (store, OV_RECORD (staff), &error));
  g_assert_no_error (error);
  return staff;
}

/* A detective sergeant linked to the test account, so that supervisor-only actions work. */
OvStaff *
test_add_supervisor (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  OvStaff *staff = ov_staff_new ();

  ov_staff_set_name (staff, "Helen Marsh");
  ov_staff_set_collar_number (staff, "DS 2001");
  ov_staff_set_rank (staff, OV_RANK_DS);
  ov_staff_set_roles (staff, OV_STAFF_ROLE_SUPERVISOR | OV_STAFF_ROLE_INVESTIGATOR);
  ov_staff_set_pip_level (staff, OV_PIP_LEVEL_PIP2);
  g_assert_true (ov_store_save (store, OV_RECORD (staff), &error));
  g_assert_no_error (error);
  g_assert_true (ov_store_link_account (store, staff, &error));
  g_assert_no_error (error);
  return staff;
}

OvCase *
test_add_case (OvStore    *store,
               const char *reference)
{
  g_autoptr(GError) error = NULL;
  OvCase *the_case = ov_case_new ();

  ov_case_set_reference (the_case, reference);
  ov_case_set_opened_on (the_case, "2026-11-02");
  ov_case_set_exploitation_types (the_case, OV_EXPLOITATION_LABOUR);
  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_no_error (error);
  return the_case;
}

/* Closes a case the only way it can be: after a signed-off closure review. The current
 * user must be a supervisor. */
void
test_close_case (OvStore    *store,
                 OvCase     *the_case,
                 const char *closed_on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvReview) review = NULL;

  review = ov_store_start_review (store, ov_record_get_id (OV_RECORD (the_case)),
                                  OV_REVIEW_TYPE_CLOSURE, OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_no_error (error);
  ov_review_set_directions (review, "Close the investigation.");
  g_assert_true (ov_store_sign_off_review (store, review, &error));
  g_assert_no_error (error);

  ov_case_set_status (the_case, OV_CASE_STATUS_CLOSED);
  ov_case_set_closed_on (the_case, closed_on);
  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_no_error (error);
}
