/* test-read-only.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A database opened read-only (`--read-only`) is consulted and never written: every save
 * and audit event is refused, restricted details are not revealed (each reveal must be
 * audited), no backup is made, and the file is left byte for byte as it was.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ov-backup.h"
#include "ov-person.h"
#include "ov-victims.h"
#include "test-helpers.h"

/* A database with a case, a victim and the victim's restricted details, closed. */
static char *
make_database (gint64 *person_id)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0700");
  g_autoptr(OvPerson) person = ov_person_new ();
  g_autoptr(OvPersonRestricted) details = NULL;
  g_autoptr(GError) error = NULL;

  ov_person_set_case_id (person, ov_record_get_id (OV_RECORD (the_case)));
  ov_person_set_name (person, "Victim R");
  ov_person_set_roles (person, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (person, OV_AGE_STATUS_ADULT);
  ov_person_set_identified_on (person, "2026-11-20");
  g_assert_true (ov_store_save (store, OV_RECORD (person), &error));
  g_assert_no_error (error);

  details = ov_store_reveal_restricted (store, person, "Recording the refuge", &error);
  g_assert_no_error (error);
  ov_person_restricted_set_address (details, "Flat 3, 7 Example Street");
  g_assert_true (ov_store_save (store, OV_RECORD (details), &error));
  g_assert_no_error (error);

  *person_id = ov_record_get_id (OV_RECORD (person));
  return g_strdup (ov_store_get_path (store));
}

static void
test_writes_refused (void)
{
  gint64 person_id = 0;
  g_autofree char *path = make_database (&person_id);
  g_autofree char *before = test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(OvCase) new_case = NULL;
  g_autoptr(OvPerson) person = NULL;
  g_autoptr(OvPersonRestricted) details = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  gint64 n_events;

  store = ov_store_open_read_only (path, &error);
  g_assert_no_error (error);
  ov_store_set_account (store, TEST_ACCOUNT);
  g_assert_true (ov_store_is_read_only (store));
  n_events = test_sql_int (test_store_db (store), "SELECT count(*) FROM audit_events");

  /* Everything can be read. */
  the_case = ov_store_find_case (store, "MSHT/2026/0700", &error);
  g_assert_no_error (error);
  g_assert_nonnull (the_case);
  g_assert_nonnull (ov_store_get_current_user (store));
  person = ov_store_load (store, OV_TYPE_PERSON, person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_person_get_name (person), ==, "Victim R");
  g_assert_true (ov_store_verify_audit (store, NULL, &error));
  g_assert_no_error (error);

  /* A change to a record, a new record, an audit event: all refused, saying why. */
  ov_case_set_summary (the_case, "Changed while read-only");
  g_assert_false (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_nonnull (strstr (error->message, "without --read-only"));
  g_clear_error (&error);

  new_case = ov_case_new ();
  ov_case_set_reference (new_case, "MSHT/2026/0701");
  ov_case_set_opened_on (new_case, "2026-11-27");
  g_assert_false (ov_store_save (store, OV_RECORD (new_case), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (ov_store_audit (store, "case", NULL, "print", "A report", &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Restricted details are not shown: showing them must be audited. */
  details = ov_store_reveal_restricted (store, person, "Arranging a visit", &error);
  g_assert_null (details);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "audit log"));
  g_clear_error (&error);

  /* No automatic backup, and no error for it. */
  written = ov_store_backup_automatic (store, TRUE, 14, &error);
  g_assert_no_error (error);
  g_assert_null (written);
  backups = ov_backup_list (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 0);

  /* Nothing was written, by Oversight or by SQLite. */
  g_assert_cmpint (test_sql_int (test_store_db (store), "SELECT count(*) FROM audit_events"),
                   ==, n_events);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_CASE), ==, 1);
  g_clear_object (&store);
  after = test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
}

/* Read-only never creates a database, nor brings an old one up to date. */
static void
test_open_refusals (void)
{
  g_autofree char *missing = test_db_path ();
  g_autofree char *empty = test_db_path ();
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  store = ov_store_open_read_only (missing, &error);
  g_assert_null (store);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_OPEN);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* An empty file is a database at version 0: it would need every migration. */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  store = ov_store_open_read_only (empty, &error);
  g_assert_null (store);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "without --read-only"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (empty, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, 0);
}

/* Someone consulting does not stand in the way of someone writing, and sees the change. */
static void
test_writer_alongside (void)
{
  gint64 person_id = 0;
  g_autofree char *path = make_database (&person_id);
  g_autoptr(OvStore) reader = NULL;
  g_autoptr(OvStore) writer = NULL;
  g_autoptr(OvCase) added = NULL;
  g_autoptr(GError) error = NULL;

  reader = ov_store_open_read_only (path, &error);
  g_assert_no_error (error);
  writer = ov_store_open (path, &error);
  g_assert_no_error (error);
  ov_store_set_account (writer, TEST_ACCOUNT);

  added = test_add_case (writer, "MSHT/2026/0702");
  g_assert_cmpint (ov_store_count (reader, OV_TYPE_CASE), ==, 2);
  g_assert_true (ov_store_verify_audit (writer, NULL, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/read-only/writes-refused", test_writes_refused);
  g_test_add_func ("/read-only/open-refusals", test_open_refusals);
  g_test_add_func ("/read-only/writer-alongside", test_writer_alongside);

  return g_test_run ();
}
