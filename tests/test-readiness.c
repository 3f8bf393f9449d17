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
#include "ov-finding.h"
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
  g_clear_object (&reloaded);

  /* Renewed today instead: the lapse entered by mistake is deleted, and the staff record
   * follows what is left. */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE,
                 "2020-01-06");
  g_clear_pointer (&history, g_ptr_array_unref);
  history = ov_store_list_accreditation_changes (store, id_of (staff), NULL);
  for (guint i = 0; i < history->len; i++)
    {
      if (g_strcmp0 (ov_accreditation_change_get_from_date (history->pdata[i]), yesterday) == 0)
        g_assert_true (ov_store_delete (store, history->pdata[i], NULL));
    }
  reloaded = ov_store_load (store, OV_TYPE_STAFF, id_of (staff), NULL);
  g_assert_cmpint (ov_staff_get_accreditation_status (reloaded), ==, OV_ACCREDITATION_ACTIVE);
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

/* An allocation made at 00:30 on 1 July 2026, British Summer Time: 23:30 on 30 June in the
 * UTC the store keeps. Both rules that read allocations judge them by the local day. */
static void
test_rules_allocation_local_day (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2_TRAINEE,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0704");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  record_change (store, staff, OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE,
                 "2026-01-05");
  allocation = ov_store_allocate (store, id_of (the_case), id_of (staff),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE,
                                  "No accredited officer free", &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE allocations SET starts_at = '2026-06-30T23:30:00Z' "
                         "WHERE id = %" G_GINT64_FORMAT, id_of (allocation));
  g_assert_cmpint (sqlite3_exec (test_store_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  /* Accredited from 1 July, the day of the allocation: it met the rule. Judged by its UTC
   * day, 30 June, it would have been made below PIP2 (with a rationale). */
  record_change (store, staff, OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2026-07-01");
  findings = check_as_of (store, "2026-11-27");
  g_assert_cmpuint (count_findings (findings, "allocation-below-pip2",
                                    OV_SEVERITY_INFORMATION), ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Accredited from 2 July, the day after: it did not. */
  g_assert_cmpint (sqlite3_exec (test_store_db (store),
                                 "UPDATE accreditation_changes SET from_date = '2026-07-02' "
                                 "WHERE from_date = '2026-07-01'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  findings = check_as_of (store, "2026-11-27");
  g_assert_cmpuint (count_findings (findings, "allocation-below-pip2",
                                    OV_SEVERITY_INFORMATION), ==, 1);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* No awareness training recorded: the officer is on the case from 1 July, not before. */
  findings = check_as_of (store, "2026-06-30");
  g_assert_cmpuint (count_findings (findings, "awareness-training", OV_SEVERITY_OVERDUE),
                    ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = check_as_of (store, "2026-07-01");
  g_assert_cmpuint (count_findings (findings, "awareness-training", OV_SEVERITY_OVERDUE),
                    ==, 1);
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

static const char *
last_audit_action (OvStore  *store,
                   gpointer  record,
                   guint    *n_events)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  static char action[32];

  events = ov_store_list_audit_events (store, ov_record_get_uuid (OV_RECORD (record)), &error);
  g_assert_no_error (error);
  *n_events = events->len;
  g_assert_cmpuint (events->len, >, 0);
  g_strlcpy (action, ((OvAuditEvent *) events->pdata[events->len - 1])->action, sizeof action);
  return action;
}

static void
test_document_deletion_audits_acknowledgements (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) staff = test_add_staff (store, "Rowan Hale", OV_PIP_LEVEL_PIP2,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvGuidanceDocument) document = add_document (store, "MSHT first response", "1.0");
  g_autoptr(OvGuidanceDocument) other = add_document (store, "NRM referrals", "3.1");
  g_autoptr(OvGuidanceDocument) stale = NULL;
  g_autoptr(OvGuidanceAcknowledgement) by_staff = NULL;
  g_autoptr(OvGuidanceAcknowledgement) by_supervisor = NULL;
  g_autoptr(OvGuidanceAcknowledgement) of_other = NULL;
  g_autoptr(GError) error = NULL;
  guint n_events;

  by_staff = ov_store_acknowledge_guidance (store, document, id_of (staff), &error);
  g_assert_no_error (error);
  by_supervisor = ov_store_acknowledge_guidance (store, document, id_of (supervisor), &error);
  g_assert_no_error (error);
  of_other = ov_store_acknowledge_guidance (store, other, id_of (staff), &error);
  g_assert_no_error (error);
  stale = ov_store_load (store, OV_TYPE_GUIDANCE_DOCUMENT, id_of (document), &error);
  g_assert_no_error (error);

  /* A deletion refused leaves neither the acknowledgements nor any event about them. */
  ov_guidance_document_set_version (document, "1.1");
  g_assert_true (ov_store_save (store, OV_RECORD (document), &error));
  g_assert_false (ov_store_delete (store, OV_RECORD (stale), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_GUIDANCE_ACKNOWLEDGEMENT), ==, 3);
  g_assert_cmpstr (last_audit_action (store, by_staff, &n_events), !=, "delete");
  g_assert_cmpuint (n_events, ==, 1);

  /* Deleted, the document takes its own acknowledgements with it, each one audited. */
  g_assert_true (ov_store_delete (store, OV_RECORD (document), &error));
  g_assert_no_error (error);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_GUIDANCE_ACKNOWLEDGEMENT), ==, 1);
  g_assert_cmpstr (last_audit_action (store, document, &n_events), ==, "delete");
  g_assert_cmpstr (last_audit_action (store, by_staff, &n_events), ==, "delete");
  g_assert_cmpuint (n_events, ==, 2);
  g_assert_cmpstr (last_audit_action (store, by_supervisor, &n_events), ==, "delete");
  g_assert_cmpuint (n_events, ==, 2);

  /* Another document's acknowledgement is untouched. */
  g_assert_cmpstr (last_audit_action (store, of_other, &n_events), !=, "delete");
  g_assert_cmpuint (n_events, ==, 1);

  /* The audit trail still verifies. */
  g_assert_true (ov_store_verify_audit (store, NULL, &error));
  g_assert_no_error (error);
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
  g_assert_true (ov_training_record_is_expired (record, "2029-03-02"));
  g_assert_false (ov_training_record_is_expired (record, "2029-03-01"));
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

  /* Records other records depend on are kept. */
  {
    g_autoptr(OvStaff) reloaded = ov_store_load (store, OV_TYPE_STAFF, id_of (supervisor), NULL);

    g_assert_false (ov_store_delete (store, OV_RECORD (reloaded), &error));
    g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
    g_clear_error (&error);
    g_assert_cmpint (ov_store_count (store, OV_TYPE_STAFF), ==, 1);
  }
  events = ov_store_list_audit_events (store, ov_record_get_uuid (OV_RECORD (record)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);
  last = events->pdata[events->len - 1];
  g_assert_cmpstr (last->action, ==, "delete");
}

/* ---- Force rules at their boundaries --------------------------------------------------- */

typedef struct
{
  OvStore  *store;
  OvStaff  *supervisor;
  OvStaff  *officer;
  OvPolicy  policy;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = test_store_new ();
  f->supervisor = test_add_supervisor (f->store);
  f->officer = test_add_staff (f->store, "Rowan Hale", OV_PIP_LEVEL_PIP2,
                               OV_ACCREDITATION_ACTIVE);
  f->policy = *ov_policy_get_default ();
  /* Nothing "due soon": the day a thing falls due shows nothing, the day after shows it. */
  f->policy.due_soon_days = 0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->officer);
  g_clear_object (&f->supervisor);
  g_clear_object (&f->store);
}

/* The findings of @rule about record @subject_id as of @as_of. */
static GPtrArray *
findings_about (Fixture    *f,
                const char *as_of,
                const char *rule,
                gint64      subject_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = ov_compliance_check (f->store, &f->policy, as_of, 0, &error);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      OvFinding *finding = all->pdata[i];

      if (g_str_equal (ov_finding_get_rule_id (finding), rule) &&
          ov_finding_get_subject_id (finding) == subject_id)
        g_ptr_array_add (found, g_object_ref (finding));
    }
  return found;
}

static void
assert_none (Fixture    *f,
             const char *as_of,
             const char *rule,
             gint64      subject_id)
{
  g_autoptr(GPtrArray) found = findings_about (f, as_of, rule, subject_id);

  g_assert_cmpuint (found->len, ==, 0);
}

/* Returns the one overdue finding as of @as_of, due on @due. */
static OvFinding *
find_one (Fixture    *f,
          const char *as_of,
          const char *rule,
          gint64      subject_id,
          const char *due)
{
  g_autoptr(GPtrArray) found = findings_about (f, as_of, rule, subject_id);
  OvFinding *finding;

  g_assert_cmpuint (found->len, ==, 1);
  finding = found->pdata[0];
  g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_OVERDUE);
  g_assert_cmpstr (ov_finding_get_due_on (finding), ==, due);
  g_assert_null (ov_finding_get_case_reference (finding));
  return g_object_ref (finding);
}

static void
assert_one (Fixture    *f,
            const char *as_of,
            const char *rule,
            gint64      subject_id,
            const char *due)
{
  g_object_unref (find_one (f, as_of, rule, subject_id, due));
}

static void
add_training (Fixture          *f,
              OvStaff          *staff,
              OvTrainingCourse  course,
              const char       *completed_on,
              const char       *expires_on)
{
  g_autoptr(OvTrainingRecord) record = ov_training_record_new ();
  g_autoptr(GError) error = NULL;

  ov_training_record_set_staff_id (record, id_of (staff));
  ov_training_record_set_course (record, course);
  ov_training_record_set_completed_on (record, completed_on);
  ov_training_record_set_expires_on (record, expires_on);
  g_assert_true (ov_store_save (f->store, OV_RECORD (record), &error));
  g_assert_no_error (error);
}

static void
test_rule_awareness_training (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(OvCase) the_case = test_add_case (f->store, "MSHT/2026/0800");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *yesterday = ov_date_add_days (today, -1);
  g_autofree char *tomorrow = ov_date_add_days (today, 1);
  g_autoptr(OvFinding) finding = NULL;

  allocation = ov_store_allocate (f->store, id_of (the_case), id_of (f->officer),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);

  /* Not yet on the case the day before; from the day of allocation, with no grace. */
  assert_none (f, yesterday, "awareness-training", id_of (f->officer));
  assert_one (f, today, "awareness-training", id_of (f->officer), today);
  finding = find_one (f, tomorrow, "awareness-training", id_of (f->officer), today);
  g_assert_cmpint (ov_finding_get_days_overdue (finding), ==, 1);
  g_assert_cmpstr (ov_finding_get_subject_kind (finding), ==, OV_SUBJECT_STAFF);
  g_assert_nonnull (strstr (ov_finding_get_message (finding), "MSHT/2026/0800"));
  /* The supervisor is not allocated to anything. */
  assert_none (f, tomorrow, "awareness-training", id_of (f->supervisor));

  /* Another course does not count; awareness training completed tomorrow puts it right
   * from then. */
  add_training (f, f->officer, OV_TRAINING_COURSE_NRM_FIRST_RESPONDER, today, NULL);
  assert_one (f, tomorrow, "awareness-training", id_of (f->officer), today);
  add_training (f, f->officer, OV_TRAINING_COURSE_MODERN_SLAVERY_AWARENESS, tomorrow, NULL);
  assert_one (f, today, "awareness-training", id_of (f->officer), today);
  assert_none (f, tomorrow, "awareness-training", id_of (f->officer));
}

/* An officer on many cases: the message names three and counts the others. */
static void
test_rule_awareness_many_cases (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *today = ov_today_local ();
  g_autoptr(OvFinding) finding = NULL;
  const char *message;
  guint named = 0;

  for (int i = 0; i < 4; i++)
    {
      g_autofree char *reference = g_strdup_printf ("MSHT/2026/081%d", i);
      g_autoptr(OvCase) the_case = test_add_case (f->store, reference);
      g_autoptr(OvAllocation) allocation = NULL;
      g_autoptr(GError) error = NULL;

      allocation = ov_store_allocate (f->store, id_of (the_case), id_of (f->officer),
                                      OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
      g_assert_no_error (error);
    }

  /* Four cases are all named... */
  finding = find_one (f, today, "awareness-training", id_of (f->officer), today);
  message = ov_finding_get_message (finding);
  for (int i = 0; i < 4; i++)
    {
      g_autofree char *reference = g_strdup_printf ("MSHT/2026/081%d", i);

      g_assert_nonnull (strstr (message, reference));
    }
  g_assert_null (strstr (message, "more"));
  g_clear_object (&finding);

  /* ... six are three and "3 more". */
  for (int i = 4; i < 6; i++)
    {
      g_autofree char *reference = g_strdup_printf ("MSHT/2026/081%d", i);
      g_autoptr(OvCase) the_case = test_add_case (f->store, reference);
      g_autoptr(OvAllocation) allocation = NULL;
      g_autoptr(GError) error = NULL;

      allocation = ov_store_allocate (f->store, id_of (the_case), id_of (f->officer),
                                      OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
      g_assert_no_error (error);
    }
  finding = find_one (f, today, "awareness-training", id_of (f->officer), today);
  message = ov_finding_get_message (finding);
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *reference = g_strdup_printf ("MSHT/2026/081%d", i);

      named += strstr (message, reference) != NULL;
    }
  g_assert_cmpuint (named, ==, 3);
  g_assert_nonnull (strstr (message, " and 3 more)"));
}

static void
test_rule_training_expired (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvFinding) finding = NULL;

  add_training (f, f->officer, OV_TRAINING_COURSE_MSVLO, "2023-06-30", "2026-06-30");
  assert_none (f, "2026-06-30", "training-expired", id_of (f->officer));
  finding = find_one (f, "2026-07-01", "training-expired", id_of (f->officer), "2026-06-30");
  g_assert_cmpint (ov_finding_get_days_overdue (finding), ==, 1);

  /* Doing the course again puts it right, from the day it is done. */
  add_training (f, f->officer, OV_TRAINING_COURSE_MSVLO, "2026-07-03", "2029-07-03");
  assert_one (f, "2026-07-02", "training-expired", id_of (f->officer), "2026-06-30");
  assert_none (f, "2026-07-03", "training-expired", id_of (f->officer));

  /* Someone who has left the force is not counted. */
  add_training (f, f->supervisor, OV_TRAINING_COURSE_TRAUMA_INFORMED, "2023-01-10", "2026-01-10");
  assert_one (f, "2026-07-03", "training-expired", id_of (f->supervisor), "2026-01-10");
  ov_staff_set_active (f->supervisor, FALSE);
  g_assert_true (ov_store_save (f->store, OV_RECORD (f->supervisor), &error));
  assert_none (f, "2026-07-03", "training-expired", id_of (f->supervisor));
}

static void
test_rule_guidance (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(OvGuidanceDocument) document = add_document (f->store, "Reception centres", "1.0");
  g_autoptr(OvGuidanceAcknowledgement) acknowledgement = NULL;
  g_autoptr(GError) error = NULL;

  /* Effective 1 February; 28 days to acknowledge it. */
  g_assert_cmpint (f->policy.guidance_acknowledged_days, ==, 28);
  assert_none (f, "2026-03-01", "guidance-acknowledgement", id_of (f->officer));
  assert_one (f, "2026-03-02", "guidance-acknowledgement", id_of (f->officer), "2026-03-01");
  assert_one (f, "2026-03-02", "guidance-acknowledgement", id_of (f->supervisor),
              "2026-03-01");

  acknowledgement = ov_store_acknowledge_guidance (f->store, document, id_of (f->officer),
                                                   &error);
  g_assert_no_error (error);
  assert_none (f, "2026-03-02", "guidance-acknowledgement", id_of (f->officer));
  assert_one (f, "2026-03-02", "guidance-acknowledgement", id_of (f->supervisor),
              "2026-03-01");

  /* A new version effective 1 October needs acknowledging again by 29 October. */
  ov_guidance_document_set_version (document, "1.1");
  ov_guidance_document_set_effective_on (document, "2026-10-01");
  g_assert_true (ov_store_save (f->store, OV_RECORD (document), &error));
  assert_none (f, "2026-10-29", "guidance-acknowledgement", id_of (f->officer));
  assert_one (f, "2026-10-30", "guidance-acknowledgement", id_of (f->officer), "2026-10-29");

  /* Only active staff are asked. */
  ov_staff_set_active (f->officer, FALSE);
  g_assert_true (ov_store_save (f->store, OV_RECORD (f->officer), &error));
  assert_none (f, "2026-10-30", "guidance-acknowledgement", id_of (f->officer));
}

static void
test_rule_escalation (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OvEscalation) escalation = ov_escalation_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OvFinding) finding = NULL;

  ov_escalation_set_concern (escalation, OV_ESCALATION_CONCERN_RESOURCES);
  ov_escalation_set_details (escalation, "Two more investigators needed for Operation Teal");
  ov_escalation_set_raised_to_name (escalation, "Sarah Whitcombe");
  ov_escalation_set_raised_to_rank (escalation, "Detective Chief Superintendent");
  ov_escalation_set_raised_on (escalation, "2026-11-02");
  g_assert_true (ov_store_save (f->store, OV_RECORD (escalation), &error));
  g_assert_no_error (error);

  g_assert_cmpint (f->policy.escalation_response_days, ==, 7);
  assert_none (f, "2026-11-09", "escalation-unanswered", id_of (escalation));
  finding = find_one (f, "2026-11-10", "escalation-unanswered", id_of (escalation),
                        "2026-11-09");
  g_assert_cmpstr (ov_finding_get_subject_kind (finding), ==, OV_SUBJECT_ESCALATION);

  ov_escalation_set_response (escalation, "Two detectives on attachment from January");
  ov_escalation_set_responded_on (escalation, "2026-11-12");
  g_assert_true (ov_store_save (f->store, OV_RECORD (escalation), &error));
  g_assert_no_error (error);
  assert_none (f, "2026-11-13", "escalation-unanswered", id_of (escalation));
}

static void
test_rule_learning (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(OvLearningEntry) entry = ov_learning_entry_new ();
  g_autoptr(OvLearningEntry) no_actions = ov_learning_entry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OvFinding) finding = NULL;

  ov_learning_entry_set_kind (entry, OV_LEARNING_KIND_PROCESS_GAP);
  ov_learning_entry_set_recorded_on (entry, "2026-10-01");
  ov_learning_entry_set_description (entry, "Interpreters are hard to book at night");
  ov_learning_entry_set_actions (entry, "Agree an out-of-hours call-off");
  g_assert_true (ov_store_save (f->store, OV_RECORD (entry), &error));
  g_assert_no_error (error);
  ov_learning_entry_set_kind (no_actions, OV_LEARNING_KIND_GOOD_PRACTICE);
  ov_learning_entry_set_recorded_on (no_actions, "2026-10-01");
  ov_learning_entry_set_description (no_actions, "Joint visit on day one");
  g_assert_true (ov_store_save (f->store, OV_RECORD (no_actions), &error));

  g_assert_cmpint (f->policy.learning_actions_days, ==, 28);
  assert_none (f, "2026-10-29", "learning-actions-open", id_of (entry));
  finding = find_one (f, "2026-10-30", "learning-actions-open", id_of (entry), "2026-10-29");
  g_assert_cmpstr (ov_finding_get_subject_kind (finding), ==, OV_SUBJECT_LEARNING);
  assert_none (f, "2026-10-30", "learning-actions-open", id_of (no_actions));

  ov_learning_entry_set_actions_closed_on (entry, "2026-10-30");
  g_assert_true (ov_store_save (f->store, OV_RECORD (entry), &error));
  g_assert_no_error (error);
  assert_none (f, "2026-10-31", "learning-actions-open", id_of (entry));
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything asks for the local time zone: one with summer time. */
  g_setenv ("TZ", "Europe/London", TRUE);
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
  g_test_add_func ("/readiness/rules/allocation-local-day", test_rules_allocation_local_day);
  g_test_add_func ("/readiness/guidance/acknowledgement-per-version",
                   test_acknowledgement_per_version);
  g_test_add_func ("/readiness/training/validation", test_training_validation);
  g_test_add_func ("/readiness/delete-audited", test_delete_is_audited);
  g_test_add_func ("/readiness/document-deletion-audits-acknowledgements",
                   test_document_deletion_audits_acknowledgements);

  g_test_add ("/readiness/rules/awareness-training", Fixture, NULL, fixture_set_up,
              test_rule_awareness_training, fixture_tear_down);
  g_test_add ("/readiness/rules/awareness-many-cases", Fixture, NULL, fixture_set_up,
              test_rule_awareness_many_cases, fixture_tear_down);
  g_test_add ("/readiness/rules/training-expired", Fixture, NULL, fixture_set_up,
              test_rule_training_expired, fixture_tear_down);
  g_test_add ("/readiness/rules/guidance", Fixture, NULL, fixture_set_up,
              test_rule_guidance, fixture_tear_down);
  g_test_add ("/readiness/rules/escalation", Fixture, NULL, fixture_set_up,
              test_rule_escalation, fixture_tear_down);
  g_test_add ("/readiness/rules/learning", Fixture, NULL, fixture_set_up,
              test_rule_learning, fixture_tear_down);

  return g_test_run ();
}
