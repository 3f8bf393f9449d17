/* test-readiness.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Force readiness: the accreditation history and the PIP2 rule as at an allocation's
 * date, guidance acknowledged per version, readiness records deleted with an audit event.
 */

#include "config.h"

#include <string.h>

#include "ov-allocation.h"
#include "ov-compliance.h"
#include "ov-enum-types.h"
#include "ov-readiness.h"
#include "ov-settings.h"
#include "ov-util.h"
#include "test-helpers.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static void
record_change (OvStore               *store,
               OvStaff               *staff,
               OvPipLevel             level,
               OvAccreditationStatus  status,
               const char            *from_date)
{
  g_autoptr(OvAccreditationChange) change = ov_accreditation_change_new ();
  g_autoptr(GError) error = NULL;

  ov_accreditation_change_set_staff_id (change, id_of (staff));
  ov_accreditation_change_set_pip_level (change, level);
  ov_accreditation_change_set_accreditation_status (change, status);
  ov_accreditation_change_set_from_date (change, from_date);
  g_assert_true (ov_store_record_accreditation_change (store, change, &error));
  g_assert_no_error (error);
}

static GPtrArray *
check_as_of (OvStore    *store,
             const char *as_of)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = ov_compliance_check (store, ov_policy_get_default (), as_of, 0, &error);

  g_assert_no_error (error);
  return findings;
}

static guint
count_findings (GPtrArray  *findings,
                const char *rule,
                OvSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = findings->pdata[i];

      if (g_str_equal (ov_finding_get_rule_id (finding), rule) &&
          ov_finding_get_severity (finding) == severity)
        n++;
    }
  return n;
}

/* ---- Accreditation history ------------------------------------------------------------ */

static void
test_history_kept_on_save (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2_TRAINEE,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  OvAccreditationChange *latest;

  /* A new person starts no history; a change of another field adds nothing. */
  ov_staff_set_unit (staff, "Modern Slavery Unit");
  g_assert_true (ov_store_save (store, OV_RECORD (staff), &error));
  history = ov_store_list_accreditation_changes (store, id_of (staff), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 0);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* A new level on the staff record is kept with today's date. */
  ov_staff_set_pip_level (staff, OV_PIP_LEVEL_PIP2);
  g_assert_true (ov_store_save (store, OV_RECORD (staff), &error));
  g_assert_no_error (error);
  history = ov_store_list_accreditation_changes (store, id_of (staff), &error);
  g_assert_cmpuint (history->len, ==, 1);
  latest = history->pdata[0];
  g_assert_cmpint (ov_accreditation_change_get_pip_level (latest), ==, OV_PIP_LEVEL_PIP2);
  g_assert_cmpstr (ov_accreditation_change_get_from_date (latest), ==, today);
  g_assert_cmpint (ov_accreditation_change_get_recorded_by (latest), ==, id_of (supervisor));
}

static void
test_recorded_change_updates_staff (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvStaff) reloaded = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *yesterday = ov_date_add_days (today, -1);
  g_autofree char *tomorrow = ov_date_add_days (today, 1);

  /* A lapse from yesterday is in effect: the staff record shows it, once. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_LAPSED, yesterday);
  reloaded = ov_store_load (store, OV_TYPE_STAFF, id_of (staff), NULL);
  g_assert_cmpint (ov_staff_get_accreditation_status (reloaded), ==, OV_ACCREDITATION_LAPSED);
  history = ov_store_list_accreditation_changes (store, id_of (staff), NULL);
  g_assert_cmpuint (history->len, ==, 1);
  g_clear_object (&reloaded);

  /* A renewal from tomorrow is not yet. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, tomorrow);
  reloaded = ov_store_load (store, OV_TYPE_STAFF, id_of (staff), NULL);
  g_assert_cmpint (ov_staff_get_accreditation_status (reloaded), ==, OV_ACCREDITATION_LAPSED);
}

static void
test_change_needs_supervisor (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvAccreditationChange) change = ov_accreditation_change_new ();
  g_autoptr(GError) error = NULL;

  ov_accreditation_change_set_staff_id (change, id_of (staff));
  ov_accreditation_change_set_from_date (change, "2026-01-05");
  g_assert_false (ov_store_record_accreditation_change (store, change, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_assert_cmpint (id_of (change), ==, 0);
}

/* Allocating today uses the accreditation in effect today, not one recorded for later. */
static void
test_allocate_uses_accreditation_today (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2_TRAINEE,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0700");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *tomorrow = ov_date_add_days (today, 1);

  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, tomorrow);
  allocation = ov_store_allocate (store, id_of (the_case), id_of (staff),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_PIP2_RULE);
  g_assert_null (allocation);
  g_clear_error (&error);

  /* Accredited from today: allowed, and the allocation records the level it was made at. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, today);
  allocation = ov_store_allocate (store, id_of (the_case), id_of (staff),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_allocation_get_pip_level (allocation), ==, OV_PIP_LEVEL_PIP2);
}

/* With no history at all (a database from before it was kept), the staff record counts. */
static void
test_allocate_without_history (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP3,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0701");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_exec (test_store_db (store), "DELETE FROM accreditation_changes",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  allocation = ov_store_allocate (store, id_of (the_case), id_of (staff),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (allocation);
}

/* An allocation made on 2 March 2026, whatever the clock says now. */
static OvAllocation *
allocate_on_2_march (OvStore    *store,
                     OvCase     *the_case,
                     OvStaff    *staff,
                     const char *rationale)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  OvAllocation *allocation;

  allocation = ov_store_allocate (store, id_of (the_case), id_of (staff),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, rationale, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE allocations SET starts_at = '2026-03-02T10:00:00Z' "
                         "WHERE id = %" G_GINT64_FORMAT, id_of (allocation));
  g_assert_cmpint (sqlite3_exec (test_store_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  return allocation;
}

static void
test_rule_accredited_after_allocation (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2_TRAINEE,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0702");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  record_change (store, staff, OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE,
                 "2026-01-05");
  allocation = allocate_on_2_march (store, the_case, staff, "No accredited officer free");

  /* Accredited in April: the allocation was still made below PIP2. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2026-04-01");
  findings = check_as_of (store, "2026-11-27");
  g_assert_cmpuint (count_findings (findings, "allocation-below-pip2",
                                    OV_SEVERITY_INFORMATION), ==, 1);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Recorded late, the accreditation took effect in February, before the allocation: the
   * allocation met the rule after all, though it was made with a rationale. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2026-02-16");
  findings = check_as_of (store, "2026-11-27");
  g_assert_cmpuint (count_findings (findings, "allocation-below-pip2",
                                    OV_SEVERITY_INFORMATION), ==, 0);
  g_assert_cmpuint (count_findings (findings, "allocation-below-pip2",
                                    OV_SEVERITY_OVERDUE), ==, 0);
}

static void
test_rule_lapsed_after_allocation (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0703");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(OvStaff) reloaded = NULL;

  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2025-06-01");
  allocation = allocate_on_2_march (store, the_case, staff, NULL);

  /* Lapsed in May, after the allocation: the allocation was made at PIP2. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_LAPSED, "2026-05-01");
  reloaded = ov_store_load (store, OV_TYPE_STAFF, id_of (staff), NULL);
  g_assert_cmpint (ov_staff_get_accreditation_status (reloaded), ==, OV_ACCREDITATION_LAPSED);
  findings = check_as_of (store, "2026-11-27");
  g_assert_cmpuint (count_findings (findings, "allocation-below-pip2", OV_SEVERITY_OVERDUE),
                    ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Found to have lapsed in February, before the allocation: it was made below PIP2 with
   * no rationale. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_LAPSED, "2026-02-01");
  findings = check_as_of (store, "2026-11-27");
  g_assert_cmpuint (count_findings (findings, "allocation-below-pip2", OV_SEVERITY_OVERDUE),
                    ==, 1);
}

/* ---- Guidance ------------------------------------------------------------------------- */

static OvGuidanceDocument *
add_document (OvStore    *store,
              const char *title,
              const char *version)
{
  g_autoptr(GError) error = NULL;
  OvGuidanceDocument *document = ov_guidance_document_new ();

  ov_guidance_document_set_title (document, title);
  ov_guidance_document_set_version (document, version);
  ov_guidance_document_set_effective_on (document, "2026-02-01");
  g_assert_true (ov_store_save (store, OV_RECORD (document), &error));
  g_assert_no_error (error);
  return document;
}

static void
test_acknowledgement_per_version (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvGuidanceDocument) document = add_document (store, "MSHT first response", "1.0");
  g_autoptr(OvGuidanceAcknowledgement) first = NULL;
  g_autoptr(OvGuidanceAcknowledgement) again = NULL;
  g_autoptr(OvGuidanceAcknowledgement) second = NULL;
  g_autoptr(GPtrArray) acknowledgements = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ov_store_has_acknowledged (store, document, id_of (staff)));
  first = ov_store_acknowledge_guidance (store, document, id_of (staff), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_guidance_acknowledgement_get_version (first), ==, "1.0");
  g_assert_true (ov_store_has_acknowledged (store, document, id_of (staff)));
  g_assert_false (ov_store_has_acknowledged (store, document, id_of (supervisor)));

  again = ov_store_acknowledge_guidance (store, document, id_of (staff), &error);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE);
  g_assert_null (again);
  g_clear_error (&error);

  /* A new version needs a new acknowledgement; the old one stays in the history. */
  ov_guidance_document_set_version (document, "2.0");
  ov_guidance_document_set_effective_on (document, "2026-09-01");
  g_assert_true (ov_store_save (store, OV_RECORD (document), &error));
  g_assert_false (ov_store_has_acknowledged (store, document, id_of (staff)));

  second = ov_store_acknowledge_guidance (store, document, id_of (staff), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_guidance_acknowledgement_get_version (second), ==, "2.0");
  g_assert_true (ov_store_has_acknowledged (store, document, id_of (staff)));
  acknowledgements = ov_store_list_guidance_acknowledgements (store, id_of (staff), &error);
  g_assert_cmpuint (acknowledgements->len, ==, 2);
}

/* ---- Records ---------------------------------------------------------------------------- */

static void
test_training_validation (void)
{
  g_autoptr(OvTrainingRecord) record = ov_training_record_new ();
  g_autoptr(GError) error = NULL;

  ov_training_record_set_staff_id (record, 1);
  ov_training_record_set_course (record, OV_TRAINING_COURSE_OTHER);
  ov_training_record_set_completed_on (record, "2026-03-01");
  g_assert_false (ov_record_validate (OV_RECORD (record), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  ov_training_record_set_course_name (record, "Forced criminality workshop");
  ov_training_record_set_expires_on (record, "2026-02-28");
  g_assert_false (ov_record_validate (OV_RECORD (record), &error));
  g_assert_nonnull (strstr (error->message, "expire"));
  g_clear_error (&error);

  ov_training_record_set_expires_on (record, "2029-03-01");
  g_assert_true (ov_record_validate (OV_RECORD (record), &error));
  g_assert_true (ov_training_record_is_expired (record, "2029-03-01"));
  g_assert_false (ov_training_record_is_expired (record, "2029-02-28"));
}

static void
test_delete_is_audited (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvTrainingRecord) record = ov_training_record_new ();
  g_autoptr(OvTrainingRecord) stale = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  OvAuditEvent *last;

  ov_training_record_set_staff_id (record, id_of (supervisor));
  ov_training_record_set_course (record, OV_TRAINING_COURSE_NRM_FIRST_RESPONDER);
  ov_training_record_set_completed_on (record, "2026-03-01");
  g_assert_true (ov_store_save (store, OV_RECORD (record), &error));
  stale = ov_store_load (store, OV_TYPE_TRAINING_RECORD, id_of (record), &error);

  /* Changed since it was loaded: refused. */
  ov_training_record_set_provider (record, "College of Policing");
  g_assert_true (ov_store_save (store, OV_RECORD (record), &error));
  g_assert_false (ov_store_delete (store, OV_RECORD (stale), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_true (ov_store_delete (store, OV_RECORD (record), &error));
  g_assert_no_error (error);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_TRAINING_RECORD), ==, 0);
  events = ov_store_list_audit_events (store, ov_record_get_uuid (OV_RECORD (record)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);
  last = events->pdata[events->len - 1];
  g_assert_cmpstr (last->action, ==, "delete");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/readiness/accreditation/kept-on-save", test_history_kept_on_save);
  g_test_add_func ("/readiness/accreditation/recorded-change", test_recorded_change_updates_staff);
  g_test_add_func ("/readiness/accreditation/needs-supervisor", test_change_needs_supervisor);
  g_test_add_func ("/readiness/accreditation/allocate-today",
                   test_allocate_uses_accreditation_today);
  g_test_add_func ("/readiness/accreditation/allocate-without-history",
                   test_allocate_without_history);
  g_test_add_func ("/readiness/accreditation/accredited-after-allocation",
                   test_rule_accredited_after_allocation);
  g_test_add_func ("/readiness/accreditation/lapsed-after-allocation",
                   test_rule_lapsed_after_allocation);
  g_test_add_func ("/readiness/guidance/acknowledgement-per-version",
                   test_acknowledgement_per_version);
  g_test_add_func ("/readiness/training/validation", test_training_validation);
  g_test_add_func ("/readiness/delete-audited", test_delete_is_audited);

  return g_test_run ();
}
