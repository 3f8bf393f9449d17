/* test-store.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store on a real SQLite file: round trips, migrations, refusals, foreign keys,
 * transactions and the audit chain.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "ov-allocation.h"
#include "ov-autoptr.h"
#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-staff.h"
#include "ov-store.h"
#include "ov-util.h"
#include "test-helpers.h"

static void
test_empty_database_is_migrated (void)
{
  g_autofree char *path = test_db_path ();
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  GStatBuf st;

  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (ov_store_is_empty (store));
  g_assert_cmpint (ov_store_count (store, OV_TYPE_CASE), ==, 0);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (test_sql_int (db, "PRAGMA user_version"), ==, OV_STORE_SCHEMA_VERSION);
  g_assert_cmpint (test_sql_int (db, "PRAGMA application_id"), ==, 1331057492);
  g_assert_cmpint (test_sql_int (db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                                     "('staff', 'cases', 'allocations', 'audit_events')"), ==, 4);
  g_assert_cmpstr (test_sql_text (db, "PRAGMA journal_mode"), ==, "wal");

  /* Opening again leaves the version as it is. */
  g_clear_object (&store);
  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_sql_int (db, "PRAGMA user_version"), ==, OV_STORE_SCHEMA_VERSION);
}

static void
test_store_settings (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  sqlite3 *db = test_store_db (store);

  g_assert_cmpint (test_sql_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (test_sql_int (db, "PRAGMA synchronous"), ==, 2);  /* FULL */
  g_assert_cmpint (test_sql_int (db, "PRAGMA secure_delete"), ==, 1);
  g_assert_cmpstr (test_sql_text (db, "PRAGMA journal_mode"), ==, "wal");
}

static void
test_refuses_newer_database (void)
{
  g_autofree char *path = test_db_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OvStore *store;

  {
    g_autoptr(sqlite3) db = NULL;

    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1331057492;"
                                       "CREATE TABLE future (x);"
                                       "PRAGMA user_version = 999;", NULL, NULL, NULL),
                     ==, SQLITE_OK);
  }
  before = test_file_checksum (path);

  store = ov_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Oversight"));

  after = test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (test_wal_path (path), G_FILE_TEST_EXISTS));
}

static void
test_refuses_foreign_files (void)
{
  g_autofree char *text_path = test_db_path ();
  g_autofree char *sqlite_path = test_db_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OvStore *store;

  /* A text file that happens to be given as the database. */
  g_assert_true (g_file_set_contents (text_path, "Case notes, not a database.\n", -1, NULL));
  before = test_file_checksum (text_path);
  store = ov_store_open (text_path, &error);
  g_assert_null (store);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_OVERSIGHT);
  g_assert_nonnull (strstr (error->message, "not an Oversight database"));
  after = test_file_checksum (text_path);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* Another program's SQLite database. */
  {
    g_autoptr(sqlite3) db = NULL;

    g_assert_cmpint (sqlite3_open (sqlite_path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipes (name TEXT);"
                                       "INSERT INTO recipes VALUES ('scones');",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  }
  before = test_file_checksum (sqlite_path);
  store = ov_store_open (sqlite_path, &error);
  g_assert_null (store);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_OVERSIGHT);
  after = test_file_checksum (sqlite_path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_staff_round_trip (void)
{
  g_autofree char *path = test_db_path ();
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvStore) reopened = NULL;
  g_autoptr(OvStaff) staff = ov_staff_new ();
  g_autoptr(OvStaff) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  store = ov_store_open (path, &error);
  g_assert_no_error (error);

  ov_staff_set_name (staff, "Priya Shah");
  ov_staff_set_collar_number (staff, "DS 4471");
  ov_staff_set_rank (staff, OV_RANK_DS);
  ov_staff_set_roles (staff, OV_STAFF_ROLE_SUPERVISOR | OV_STAFF_ROLE_INVESTIGATOR);
  ov_staff_set_pip_level (staff, OV_PIP_LEVEL_PIP2);
  ov_staff_set_accreditation_status (staff, OV_ACCREDITATION_LAPSED);
  ov_staff_set_accreditation_date (staff, "2021-06-30");
  ov_staff_set_unit (staff, "Modern Slavery Unit");
  ov_staff_set_email (staff, "priya.shah@police.example");
  ov_staff_set_phone (staff, "01632 960123");
  ov_staff_set_active (staff, FALSE);
  ov_staff_set_os_account (staff, "pshah");

  g_assert_true (ov_store_save (store, OV_RECORD (staff), &error));
  g_assert_no_error (error);
  id = ov_record_get_id (OV_RECORD (staff));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (ov_record_get_revision (OV_RECORD (staff)), ==, 1);
  g_assert_true (g_uuid_string_is_valid (ov_record_get_uuid (OV_RECORD (staff))));
  g_assert_true (ov_timestamp_is_valid (ov_record_get_created_at (OV_RECORD (staff))));

  /* Read back through a second connection, as another run of Oversight would. */
  g_clear_object (&store);
  reopened = ov_store_open (path, &error);
  g_assert_no_error (error);
  loaded = ov_store_load (reopened, OV_TYPE_STAFF, id, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (ov_staff_get_name (loaded), ==, "Priya Shah");
  g_assert_cmpstr (ov_staff_get_collar_number (loaded), ==, "DS 4471");
  g_assert_cmpint (ov_staff_get_rank (loaded), ==, OV_RANK_DS);
  g_assert_cmpint (ov_staff_get_roles (loaded), ==,
                   OV_STAFF_ROLE_SUPERVISOR | OV_STAFF_ROLE_INVESTIGATOR);
  g_assert_cmpint (ov_staff_get_pip_level (loaded), ==, OV_PIP_LEVEL_PIP2);
  g_assert_cmpint (ov_staff_get_accreditation_status (loaded), ==, OV_ACCREDITATION_LAPSED);
  g_assert_cmpstr (ov_staff_get_accreditation_date (loaded), ==, "2021-06-30");
  g_assert_cmpstr (ov_staff_get_unit (loaded), ==, "Modern Slavery Unit");
  g_assert_cmpstr (ov_staff_get_email (loaded), ==, "priya.shah@police.example");
  g_assert_cmpstr (ov_staff_get_phone (loaded), ==, "01632 960123");
  g_assert_false (ov_staff_get_active (loaded));
  g_assert_cmpstr (ov_staff_get_os_account (loaded), ==, "pshah");
  g_assert_cmpstr (ov_record_get_uuid (OV_RECORD (loaded)), ==,
                   ov_record_get_uuid (OV_RECORD (staff)));
  g_assert_cmpint (ov_record_get_revision (OV_RECORD (loaded)), ==, 1);

  /* An edit bumps the revision; saving unchanged does not. */
  ov_staff_set_unit (loaded, "Public Protection");
  g_assert_true (ov_store_save (reopened, OV_RECORD (loaded), &error));
  g_assert_cmpint (ov_record_get_revision (OV_RECORD (loaded)), ==, 2);
  g_assert_true (ov_store_save (reopened, OV_RECORD (loaded), &error));
  g_assert_cmpint (ov_record_get_revision (OV_RECORD (loaded)), ==, 2);
}

static void
test_case_round_trip (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvCase) the_case = ov_case_new ();
  g_autoptr(OvCase) loaded = NULL;
  g_autoptr(OvCase) found = NULL;
  g_autoptr(GError) error = NULL;

  ov_case_set_reference (the_case, "MSHT/2026/0042");
  ov_case_set_operation_name (the_case, "Operation Kestrel");
  ov_case_set_summary (the_case, "Workers at a hand car wash paid far below the minimum wage.");
  ov_case_set_status (the_case, OV_CASE_STATUS_CHARGED);
  ov_case_set_opened_on (the_case, "2026-02-03");
  ov_case_set_offences (the_case, OV_OFFENCE_MSA_S1 | OV_OFFENCE_MSA_S2);
  ov_case_set_exploitation_types (the_case, OV_EXPLOITATION_LABOUR | OV_EXPLOITATION_CRIMINAL);
  ov_case_set_county_lines (the_case, TRUE);
  ov_case_set_protective_marking (the_case, OV_PROTECTIVE_MARKING_OFFICIAL);

  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_no_error (error);
  test_close_case (store, the_case, "2026-10-30");

  loaded = ov_store_load (store, OV_TYPE_CASE, ov_record_get_id (OV_RECORD (the_case)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_case_get_reference (loaded), ==, "MSHT/2026/0042");
  g_assert_cmpstr (ov_case_get_operation_name (loaded), ==, "Operation Kestrel");
  g_assert_cmpstr (ov_case_get_summary (loaded), ==,
                   "Workers at a hand car wash paid far below the minimum wage.");
  g_assert_cmpint (ov_case_get_status (loaded), ==, OV_CASE_STATUS_CLOSED);
  g_assert_cmpstr (ov_case_get_opened_on (loaded), ==, "2026-02-03");
  g_assert_cmpstr (ov_case_get_closed_on (loaded), ==, "2026-10-30");
  g_assert_cmpint (ov_case_get_offences (loaded), ==, OV_OFFENCE_MSA_S1 | OV_OFFENCE_MSA_S2);
  g_assert_cmpint (ov_case_get_exploitation_types (loaded), ==,
                   OV_EXPLOITATION_LABOUR | OV_EXPLOITATION_CRIMINAL);
  g_assert_true (ov_case_get_county_lines (loaded));
  g_assert_cmpint (ov_case_get_protective_marking (loaded), ==, OV_PROTECTIVE_MARKING_OFFICIAL);
  g_assert_null (ov_case_get_oic_name (loaded));
  g_assert_false (ov_case_get_pip2_override (loaded));

  /* Enumerations are stored by their nicks, the names every layer shares. */
  g_assert_cmpstr (test_sql_text (test_store_db (store),
                                  "SELECT exploitation_types || '|' || status || '|' || offences "
                                  "FROM cases"), ==, "labour,criminal|closed|msa-s1,msa-s2");

  found = ov_store_find_case (store, "msht/2026/0042", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_record_get_id (OV_RECORD (found)), ==,
                   ov_record_get_id (OV_RECORD (the_case)));
}

static void
test_allocation_round_trip (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) investigator = test_add_staff (store, "Tom Okafor", OV_PIP_LEVEL_PIP3,
                                                    OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0007");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(OvAllocation) loaded = NULL;
  g_autoptr(GError) error = NULL;

  allocation = ov_store_allocate (store, ov_record_get_id (OV_RECORD (the_case)),
                                  ov_record_get_id (OV_RECORD (investigator)),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);

  loaded = ov_store_load (store, OV_TYPE_ALLOCATION, ov_record_get_id (OV_RECORD (allocation)),
                          &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_allocation_get_case_id (loaded), ==, ov_record_get_id (OV_RECORD (the_case)));
  g_assert_cmpint (ov_allocation_get_staff_id (loaded), ==,
                   ov_record_get_id (OV_RECORD (investigator)));
  g_assert_cmpint (ov_allocation_get_role (loaded), ==, OV_ALLOCATION_ROLE_OFFICER_IN_CASE);
  g_assert_cmpint (ov_allocation_get_allocated_by (loaded), ==,
                   ov_record_get_id (OV_RECORD (supervisor)));
  g_assert_cmpint (ov_allocation_get_pip_level (loaded), ==, OV_PIP_LEVEL_PIP3);
  g_assert_cmpint (ov_allocation_get_accreditation_status (loaded), ==, OV_ACCREDITATION_ACTIVE);
  g_assert_cmpstr (ov_allocation_get_starts_at (loaded), ==,
                   ov_allocation_get_starts_at (allocation));
  g_assert_null (ov_allocation_get_ends_at (loaded));
  g_assert_null (ov_allocation_get_override_rationale (loaded));
  g_assert_cmpstr (ov_allocation_get_staff_name (loaded), ==, "Tom Okafor");
  g_assert_cmpstr (ov_allocation_get_allocated_by_name (loaded), ==,
                   ov_staff_get_name (supervisor));
  g_assert_true (ov_allocation_is_current (loaded));
}

static void
test_foreign_keys_enforced (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvAllocation) allocation = ov_allocation_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;

  now = g_strdup ("2026-11-27T09:00:00Z");
  ov_allocation_set_case_id (allocation, 999);
  ov_allocation_set_staff_id (allocation, 998);
  ov_allocation_set_starts_at (allocation, now);

  g_assert_false (ov_store_save (store, OV_RECORD (allocation), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED);
  g_assert_cmpint (ov_record_get_id (OV_RECORD (allocation)), ==, 0);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_ALLOCATION), ==, 0);
  g_assert_cmpint (test_sql_int (test_store_db (store), "SELECT count(*) FROM audit_events"),
                   ==, 0);
}

static gboolean
save_two_cases (OvStore  *store,
                gpointer  user_data,
                GError  **error)
{
  OvCase **cases = user_data;

  return ov_store_save (store, OV_RECORD (cases[0]), error) &&
         ov_store_save (store, OV_RECORD (cases[1]), error);
}

static void
test_failed_write_changes_nothing (void)
{
  g_autofree char *path = test_db_path ();
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvCase) first = NULL;
  g_autoptr(OvCase) duplicate = ov_case_new ();
  g_autoptr(OvCase) a = ov_case_new ();
  g_autoptr(OvCase) b = ov_case_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OvCase *pair[2] = { a, b };

  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  first = test_add_case (store, "MSHT/2026/0001");
  before = test_dump (test_store_db (store));

  /* A duplicate reference is refused with a message that says what to do. */
  ov_case_set_reference (duplicate, "MSHT/2026/0001");
  ov_case_set_opened_on (duplicate, "2026-11-01");
  g_assert_false (ov_store_save (store, OV_RECORD (duplicate), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "reference"));
  g_assert_cmpint (ov_record_get_id (OV_RECORD (duplicate)), ==, 0);
  g_clear_error (&error);

  /* Invalid input never reaches the database. */
  ov_case_set_reference (duplicate, "MSHT/2026/0002");
  ov_case_set_opened_on (duplicate, "27/11/2026");
  g_assert_false (ov_store_save (store, OV_RECORD (duplicate), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* Two saves in one transaction: the second fails, so the first is undone too. */
  ov_case_set_reference (a, "MSHT/2026/0003");
  ov_case_set_opened_on (a, "2026-11-02");
  ov_case_set_reference (b, "MSHT/2026/0001");
  ov_case_set_opened_on (b, "2026-11-02");
  g_assert_false (ov_store_run_in_transaction (store, save_two_cases, pair, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  after = test_dump (test_store_db (store));
  g_assert_cmpstr (before, ==, after);

  /* A stale copy cannot overwrite a newer save. */
  {
    g_autoptr(OvCase) copy1 = ov_store_load (store, OV_TYPE_CASE,
                                             ov_record_get_id (OV_RECORD (first)), NULL);
    g_autoptr(OvCase) copy2 = ov_store_load (store, OV_TYPE_CASE,
                                             ov_record_get_id (OV_RECORD (first)), NULL);

    ov_case_set_summary (copy1, "First edit");
    g_assert_true (ov_store_save (store, OV_RECORD (copy1), &error));
    ov_case_set_summary (copy2, "Second edit from a stale copy");
    g_assert_false (ov_store_save (store, OV_RECORD (copy2), &error));
    g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT);
    g_assert_cmpint (ov_record_get_revision (OV_RECORD (copy2)), ==, 1);
  }
}

static void
test_audit_records_who (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0101");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  OvAuditEvent *last;

  ov_case_set_status (the_case, OV_CASE_STATUS_SUSPENDED);
  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));

  events = ov_store_list_audit_events (store, ov_record_get_uuid (OV_RECORD (the_case)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpstr (((OvAuditEvent *) events->pdata[0])->action, ==, "create");
  last = events->pdata[1];
  g_assert_cmpstr (last->action, ==, "update");
  g_assert_cmpstr (last->entity, ==, "case");
  g_assert_cmpint (last->actor_id, ==, ov_record_get_id (OV_RECORD (supervisor)));
  g_assert_cmpstr (last->actor_name, ==, ov_staff_get_name (supervisor));
  g_assert_cmpstr (last->account, ==, TEST_ACCOUNT);
  g_assert_nonnull (strstr (last->detail, "Status"));
}

static void
tamper (OvStore    *store,
        const char *sql)
{
  g_autoptr(sqlite3) db = NULL;
  char *message = NULL;

  /* Behind Oversight's back: a second connection that removes the guard triggers. */
  g_assert_cmpint (sqlite3_open (ov_store_get_path (store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_events_no_update;"
                                     "DROP TRIGGER audit_events_no_delete;",
                                 NULL, NULL, &message), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, &message), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
}

static OvStore *
store_with_history (void)
{
  OvStore *store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);

  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *reference = g_strdup_printf ("MSHT/2026/%04d", i);
      g_autoptr(OvCase) the_case = test_add_case (store, reference);
    }
  return store;
}

static void
test_audit_chain_intact (void)
{
  g_autoptr(OvStore) store = store_with_history ();
  g_autoptr(GError) error = NULL;
  sqlite3 *db = test_store_db (store);
  guint64 n = 0;

  g_assert_true (ov_store_verify_audit (store, &n, &error));
  g_assert_no_error (error);
  /* The supervisor, the account link, and five cases. */
  g_assert_cmpuint (n, ==, (guint64) test_sql_int (db, "SELECT count(*) FROM audit_events"));
  g_assert_cmpuint (n, >=, 6);

  /* Oversight itself cannot rewrite or remove history. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE audit_events SET detail = 'x' WHERE id = 2",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM audit_events WHERE id = 2",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
}

static void
test_audit_detects_edit (void)
{
  g_autoptr(OvStore) store = store_with_history ();
  g_autoptr(GError) error = NULL;

  tamper (store, "UPDATE audit_events SET detail = 'nothing to see' WHERE id = 3");

  g_assert_false (ov_store_verify_audit (store, NULL, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN);
  g_assert_nonnull (strstr (error->message, "event 3 "));
  g_assert_nonnull (strstr (error->message, "altered"));
}

static void
test_audit_detects_delete (void)
{
  g_autoptr(OvStore) store = store_with_history ();
  g_autoptr(GError) error = NULL;

  tamper (store, "DELETE FROM audit_events WHERE id = 4");

  g_assert_false (ov_store_verify_audit (store, NULL, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN);
  g_assert_nonnull (strstr (error->message, "event 4 is missing"));
}

static void
test_audit_detects_delete_of_newest (void)
{
  g_autoptr(OvStore) store = store_with_history ();
  g_autoptr(GError) error = NULL;
  gint64 last = test_sql_int (test_store_db (store), "SELECT max(id) FROM audit_events");
  g_autofree char *sql = g_strdup_printf ("DELETE FROM audit_events WHERE id = %" G_GINT64_FORMAT,
                                          last);
  g_autofree char *expected = g_strdup_printf ("event %" G_GINT64_FORMAT " is missing", last);

  tamper (store, sql);

  g_assert_false (ov_store_verify_audit (store, NULL, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN);
  g_assert_nonnull (strstr (error->message, expected));
}

static void
test_account_link (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) first = test_add_staff (store, "Alex Reid", OV_PIP_LEVEL_PIP2,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvStaff) second = test_add_staff (store, "Sam Patel", OV_PIP_LEVEL_PIP3,
                                              OV_ACCREDITATION_ACTIVE);
  g_autoptr(GError) error = NULL;

  g_assert_null (ov_store_get_current_user (store));

  g_assert_true (ov_store_link_account (store, first, &error));
  g_assert_nonnull (ov_store_get_current_user (store));
  g_assert_cmpstr (ov_staff_get_name (ov_store_get_current_user (store)), ==, "Alex Reid");

  /* Linking someone else moves the link: one account, one person. */
  g_assert_true (ov_store_link_account (store, second, &error));
  g_assert_cmpstr (ov_staff_get_name (ov_store_get_current_user (store)), ==, "Sam Patel");
  g_assert_cmpint (test_sql_int (test_store_db (store),
                                 "SELECT count(*) FROM staff WHERE os_account IS NOT NULL"), ==, 1);

  /* Another account has no user until it links one. */
  ov_store_set_account (store, "someone-else");
  g_assert_null (ov_store_get_current_user (store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/open/migrates-empty-database", test_empty_database_is_migrated);
  g_test_add_func ("/store/open/settings", test_store_settings);
  g_test_add_func ("/store/open/refuses-newer", test_refuses_newer_database);
  g_test_add_func ("/store/open/refuses-foreign-files", test_refuses_foreign_files);
  g_test_add_func ("/store/staff/round-trip", test_staff_round_trip);
  g_test_add_func ("/store/case/round-trip", test_case_round_trip);
  g_test_add_func ("/store/allocation/round-trip", test_allocation_round_trip);
  g_test_add_func ("/store/foreign-keys", test_foreign_keys_enforced);
  g_test_add_func ("/store/failed-write-changes-nothing", test_failed_write_changes_nothing);
  g_test_add_func ("/store/account-link", test_account_link);
  g_test_add_func ("/audit/records-who", test_audit_records_who);
  g_test_add_func ("/audit/chain-intact", test_audit_chain_intact);
  g_test_add_func ("/audit/detects-edit", test_audit_detects_edit);
  g_test_add_func ("/audit/detects-delete", test_audit_detects_delete);
  g_test_add_func ("/audit/detects-delete-of-newest", test_audit_detects_delete_of_newest);

  return g_test_run ();
}
