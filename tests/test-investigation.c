/* test-investigation.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Investigation oversight: strategy agreement, reviews and sign-off, addenda, actions,
 * the decision log and case closure.
 */

#include "config.h"

#include "ov-enum-types.h"
#include "ov-investigation.h"
#include "ov-policy.h"
#include "ov-util.h"
#include "test-helpers.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

/* A case with two supervisors: the test account is linked to the first. */
typedef struct
{
  OvStore *store;
  OvStaff *supervisor;
  OvStaff *other_supervisor;
  OvStaff *investigator;
  OvCase  *the_case;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = test_store_new ();
  f->supervisor = test_add_supervisor (f->store);
  f->other_supervisor = test_add_staff (f->store, "Gareth Lloyd", OV_PIP_LEVEL_PIP3,
                                        OV_ACCREDITATION_ACTIVE);
  ov_staff_set_roles (f->other_supervisor, OV_STAFF_ROLE_SUPERVISOR);
  g_assert_true (ov_store_save (f->store, OV_RECORD (f->other_supervisor), &error));
  f->investigator = test_add_staff (f->store, "Tom Okafor", OV_PIP_LEVEL_PIP2,
                                    OV_ACCREDITATION_ACTIVE);
  f->the_case = test_add_case (f->store, "MSHT/2026/0700");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->the_case);
  g_clear_object (&f->investigator);
  g_clear_object (&f->other_supervisor);
  g_clear_object (&f->supervisor);
  g_clear_object (&f->store);
}

static void
switch_user (Fixture *f,
             OvStaff *staff)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ov_store_link_account (f->store, staff, &error));
  g_assert_no_error (error);
}

static OvLineOfEnquiry *
add_line (Fixture    *f,
          OvStrategy *strategy,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  OvLineOfEnquiry *line = ov_line_of_enquiry_new ();

  ov_line_of_enquiry_set_strategy_id (line, id_of (strategy));
  ov_line_of_enquiry_set_case_id (line, id_of (f->the_case));
  ov_line_of_enquiry_set_title (line, title);
  g_assert_true (ov_store_save (f->store, OV_RECORD (line), &error));
  g_assert_no_error (error);
  return line;
}

/* An agreed version 1, drafted by the supervisor and agreed by the other one. */
static OvStrategy *
agreed_strategy (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvLineOfEnquiry) line1 = NULL;
  g_autoptr(OvLineOfEnquiry) line2 = NULL;
  OvStrategy *strategy;

  strategy = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  g_assert_no_error (error);
  ov_strategy_set_aims (strategy, "Identify and safeguard the workers; identify the controllers.");
  g_assert_true (ov_store_save (f->store, OV_RECORD (strategy), &error));
  line1 = add_line (f, strategy, "Financial enquiries on the car wash accounts");
  line2 = add_line (f, strategy, "Cell-site analysis of the controllers' phones");

  switch_user (f, f->other_supervisor);
  g_assert_true (ov_store_agree_strategy (f->store, strategy, &error));
  g_assert_no_error (error);
  switch_user (f, f->supervisor);
  return strategy;
}

static void
test_strategy_author_cannot_agree (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(OvStrategy) again = NULL;
  g_autoptr(OvStrategy) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  strategy = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_strategy_get_version (strategy), ==, 1);
  g_assert_cmpint (ov_strategy_get_author_id (strategy), ==, id_of (f->supervisor));

  /* Asking again gives the same draft, not a second one. */
  again = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  g_assert_cmpint (id_of (again), ==, id_of (strategy));

  g_assert_false (ov_store_agree_strategy (f->store, strategy, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_assert_nonnull (strstr (error->message, "not its author"));
  g_assert_false (ov_strategy_is_agreed (strategy));
  g_clear_error (&error);

  /* An investigator is not a supervisor. */
  switch_user (f, f->investigator);
  g_assert_false (ov_store_agree_strategy (f->store, strategy, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  switch_user (f, f->other_supervisor);
  g_assert_true (ov_store_agree_strategy (f->store, strategy, &error));
  g_assert_no_error (error);

  reloaded = ov_store_load (f->store, OV_TYPE_STRATEGY, id_of (strategy), &error);
  g_assert_true (ov_strategy_is_agreed (reloaded));
  g_assert_cmpint (ov_strategy_get_agreed_by (reloaded), ==, id_of (f->other_supervisor));
  g_assert_cmpstr (ov_strategy_get_agreed_by_name (reloaded), ==, "Gareth Lloyd");
  g_assert_true (ov_timestamp_is_valid (ov_strategy_get_agreed_at (reloaded)));
}

static void
test_strategy_frozen_after_agreement (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(OvStrategy) v1 = agreed_strategy (f);
  g_autoptr(OvStrategy) v2 = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) lines2 = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(OvStrategy) in_force = NULL;
  g_autoptr(GError) error = NULL;
  OvLineOfEnquiry *line;

  /* The agreed version cannot be edited, nor its lines reworded, nor lines added. */
  ov_strategy_set_aims (v1, "Something else");
  g_assert_false (ov_store_save (f->store, OV_RECORD (v1), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_assert_nonnull (strstr (error->message, "new version"));
  g_clear_error (&error);

  lines = ov_store_list_lines_of_enquiry (f->store, id_of (v1), &error);
  g_assert_cmpuint (lines->len, ==, 2);
  line = lines->pdata[0];
  ov_line_of_enquiry_set_title (line, "Reworded");
  g_assert_false (ov_store_save (f->store, OV_RECORD (line), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_clear_error (&error);
  {
    g_autoptr(OvLineOfEnquiry) extra = ov_line_of_enquiry_new ();

    ov_line_of_enquiry_set_strategy_id (extra, id_of (v1));
    ov_line_of_enquiry_set_case_id (extra, id_of (f->the_case));
    ov_line_of_enquiry_set_title (extra, "Late addition");
    g_assert_false (ov_store_save (f->store, OV_RECORD (extra), &error));
    g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
    g_clear_error (&error);
  }

  /* A change after agreement is a new draft version, starting from the agreed one. */
  v2 = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_strategy_get_version (v2), ==, 2);
  g_assert_false (ov_strategy_is_agreed (v2));
  g_assert_cmpstr (ov_strategy_get_aims (v2), ==,
                   "Identify and safeguard the workers; identify the controllers.");
  lines2 = ov_store_list_lines_of_enquiry (f->store, id_of (v2), &error);
  g_assert_cmpuint (lines2->len, ==, 2);
  g_assert_cmpstr (ov_line_of_enquiry_get_title (lines2->pdata[1]), ==,
                   "Cell-site analysis of the controllers' phones");

  ov_strategy_set_aims (v2, "Also trace the money to the controllers abroad.");
  g_assert_true (ov_store_save (f->store, OV_RECORD (v2), &error));

  /* Every earlier version stays readable; version 1 remains in force until 2 is agreed. */
  versions = ov_store_list_strategies (f->store, id_of (f->the_case), &error);
  g_assert_cmpuint (versions->len, ==, 2);
  in_force = ov_store_get_strategy_in_force (f->store, id_of (f->the_case), &error);
  g_assert_cmpint (ov_strategy_get_version (in_force), ==, 1);
  g_assert_cmpstr (ov_strategy_get_aims (in_force), ==,
                   "Identify and safeguard the workers; identify the controllers.");
}

static void
test_strategy_validation (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  strategy = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  ov_strategy_set_financial_investigation (strategy, OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED);
  g_assert_false (ov_record_validate_property (OV_RECORD (strategy), &property, &error));
  g_assert_cmpstr (property, ==, "financial-rationale");
  g_clear_error (&error);
  ov_strategy_set_financial_rationale (strategy, "No assets or income identified.");
  ov_strategy_set_orders_considered (strategy, OV_ORDERS_CONSIDERED_NEITHER);
  g_assert_false (ov_store_save (f->store, OV_RECORD (strategy), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  ov_strategy_set_orders_rationale (strategy, "Suspects deceased.");
  g_assert_true (ov_store_save (f->store, OV_RECORD (strategy), &error));
}

static OvAction *
add_action (Fixture    *f,
            const char *description,
            const char *due_on)
{
  g_autoptr(GError) error = NULL;
  OvAction *action = ov_action_new ();

  ov_action_set_case_id (action, id_of (f->the_case));
  ov_action_set_description (action, description);
  ov_action_set_owner_id (action, id_of (f->investigator));
  ov_action_set_due_on (action, due_on);
  g_assert_true (ov_store_save (f->store, OV_RECORD (action), &error));
  g_assert_no_error (error);
  return action;
}

static void
test_review_prefilled_and_signed_off (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(OvStrategy) strategy = agreed_strategy (f);
  g_autoptr(OvAction) open_action = add_action (f, "Obtain the car wash bank statements",
                                                "2026-11-20");
  g_autoptr(OvAction) other_action = add_action (f, "Request CCTV from the retail park",
                                                 "2026-12-04");
  g_autoptr(OvReview) review = NULL;
  g_autoptr(OvReview) again = NULL;
  g_autoptr(OvReview) reloaded = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) strategy_lines = NULL;
  g_autoptr(OvAction) done = NULL;
  g_autoptr(OvAction) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *expected_next = ov_date_add_days (today, 28);
  g_autofree char *earlier_next = ov_date_add_days (today, 14);
  g_autofree char *expected_attendees = NULL;
  gint64 attendees[] = { id_of (f->investigator), id_of (f->other_supervisor) };

  review = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_PERIODIC,
                                  OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_review_get_reviewer_id (review), ==, id_of (f->supervisor));
  g_assert_cmpint (ov_review_get_strategy_id (review), ==, id_of (strategy));
  g_assert_cmpstr (ov_review_get_proposed_next_review_on (review), ==, expected_next);
  g_assert_cmpstr (ov_review_get_next_review_on (review), ==, expected_next);

  /* Starting again while it is a draft returns the same review. */
  again = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_PERIODIC,
                                 OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_cmpint (id_of (again), ==, id_of (review));

  /* Pre-filled with each open line of enquiry and each open action. */
  lines = ov_store_list_review_lines (f->store, id_of (review), &error);
  g_assert_cmpuint (lines->len, ==, 2);
  checks = ov_store_list_review_action_checks (f->store, id_of (review), &error);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_cmpstr (ov_review_action_check_get_action_description (checks->pdata[0]), ==,
                   "Obtain the car wash bank statements");

  ov_review_line_set_progress (lines->pdata[0], "Statements obtained; cash withdrawals traced.");
  ov_review_line_set_status (lines->pdata[0], OV_LINE_STATUS_COMPLETED);
  g_assert_true (ov_store_save (f->store, OV_RECORD (lines->pdata[0]), &error));
  ov_review_action_check_set_status (checks->pdata[0], OV_ACTION_STATUS_DONE);
  g_assert_true (ov_store_save (f->store, OV_RECORD (checks->pdata[0]), &error));
  ov_review_action_check_set_status (checks->pdata[1], OV_ACTION_STATUS_CANCELLED);
  ov_review_action_check_set_note (checks->pdata[1], "CCTV overwritten after 30 days.");
  g_assert_true (ov_store_save (f->store, OV_RECORD (checks->pdata[1]), &error));

  ov_review_set_attendees (review, attendees, G_N_ELEMENTS (attendees));
  ov_review_set_risk_reassessed (review, TRUE);
  ov_review_set_risk_notes (review, "Risk to the workers remains medium.");
  ov_review_set_directions (review, "Arrange ABE interviews with two workers.");
  ov_review_set_parameters_confirmed (review, TRUE);
  ov_review_set_ownership_confirmed (review, TRUE);

  /* Moving the next review away from policy needs a recorded reason. */
  ov_review_set_next_review_on (review, earlier_next);
  g_assert_false (ov_store_sign_off_review (f->store, review, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_assert_false (ov_review_is_signed_off (review));
  g_clear_error (&error);
  ov_review_set_next_review_on (review, expected_next);

  /* Only a supervisor signs off. */
  switch_user (f, f->investigator);
  g_assert_false (ov_store_sign_off_review (f->store, review, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  switch_user (f, f->supervisor);

  g_assert_true (ov_store_sign_off_review (f->store, review, &error));
  g_assert_no_error (error);
  g_assert_no_error (error);

  reloaded = ov_store_load (f->store, OV_TYPE_REVIEW, id_of (review), &error);
  g_assert_true (ov_review_is_signed_off (reloaded));
  g_assert_cmpint (ov_review_get_signed_off_by (reloaded), ==, id_of (f->supervisor));
  expected_attendees = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                                       attendees[0], attendees[1]);
  g_assert_cmpstr (ov_review_get_attendee_ids (reloaded), ==, expected_attendees);
  g_assert_cmpstr (ov_review_get_directions (reloaded), ==,
                   "Arrange ABE interviews with two workers.");

  /* What the review decided reaches the records it checked. */
  strategy_lines = ov_store_list_lines_of_enquiry (f->store, id_of (strategy), &error);
  g_assert_cmpint (ov_line_of_enquiry_get_status (strategy_lines->pdata[0]), ==,
                   OV_LINE_STATUS_COMPLETED);
  g_assert_cmpint (ov_line_of_enquiry_get_status (strategy_lines->pdata[1]), ==,
                   OV_LINE_STATUS_OPEN);
  done = ov_store_load (f->store, OV_TYPE_ACTION, id_of (open_action), &error);
  g_assert_cmpint (ov_action_get_status (done), ==, OV_ACTION_STATUS_DONE);
  g_assert_cmpstr (ov_action_get_completed_on (done), ==, today);
  cancelled = ov_store_load (f->store, OV_TYPE_ACTION, id_of (other_action), &error);
  g_assert_cmpint (ov_action_get_status (cancelled), ==, OV_ACTION_STATUS_CANCELLED);
  g_assert_cmpstr (ov_action_get_cancel_reason (cancelled), ==, "CCTV overwritten after 30 days.");
}

static void
test_review_frozen_and_addenda (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(OvStrategy) strategy = agreed_strategy (f);
  g_autoptr(OvReview) review = NULL;
  g_autoptr(OvAddendum) addendum = NULL;
  g_autoptr(OvAddendum) early = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) addenda = NULL;
  g_autoptr(GError) error = NULL;

  review = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_TRIGGERED,
                                  OV_REVIEW_TRIGGER_ARREST, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_review_get_trigger_event (review), ==, OV_REVIEW_TRIGGER_ARREST);

  /* Addenda are for signed-off reviews only. */
  early = ov_store_add_addendum (f->store, review, "Too early", &error);
  g_assert_null (early);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  g_assert_true (ov_store_sign_off_review (f->store, review, &error));
  g_assert_no_error (error);

  /* Signing off freezes the review and what it recorded. */
  ov_review_set_directions (review, "Rewritten after the event");
  g_assert_false (ov_store_save (f->store, OV_RECORD (review), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_assert_nonnull (strstr (error->message, "addendum"));
  g_clear_error (&error);
  lines = ov_store_list_review_lines (f->store, id_of (review), &error);
  g_assert_cmpuint (lines->len, ==, 2);
  ov_review_line_set_progress (lines->pdata[0], "Rewritten");
  g_assert_false (ov_store_save (f->store, OV_RECORD (lines->pdata[0]), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (test_store_db (f->store),
                                 "UPDATE reviews SET directions = 'x'", NULL, NULL, NULL),
                   !=, SQLITE_OK);

  /* A correction is an addendum, by whoever writes it, and is itself never edited. */
  switch_user (f, f->other_supervisor);
  addendum = ov_store_add_addendum (f->store, review,
                                    "The arrest was at 06:10, not 07:10 as recorded.", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_addendum_get_author_name (addendum), ==, "Gareth Lloyd");
  addenda = ov_store_list_addenda (f->store, id_of (review), &error);
  g_assert_cmpuint (addenda->len, ==, 1);

  ov_addendum_set_text (addendum, "Changed my mind");
  g_assert_false (ov_store_save (f->store, OV_RECORD (addendum), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_assert_cmpint (sqlite3_exec (test_store_db (f->store), "DELETE FROM review_addenda",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
}

static void
test_next_review_policy (void)
{
  const OvPolicy *policy = ov_policy_get_default ();
  g_autofree char *standard = ov_policy_propose_next_review (policy, "2026-11-27", FALSE);
  g_autofree char *high = ov_policy_propose_next_review (policy, "2026-11-27", TRUE);
  g_autofree char *leap = ov_policy_propose_next_review (policy, "2028-02-10", FALSE);
  g_autofree char *invalid = ov_policy_propose_next_review (policy, "27/11/2026", FALSE);

  g_assert_cmpint (policy->review_interval_days, ==, 28);
  g_assert_cmpint (policy->review_interval_high_risk_days, ==, 7);
  g_assert_cmpstr (standard, ==, "2026-12-25");
  g_assert_cmpstr (high, ==, "2026-12-04");
  g_assert_cmpstr (leap, ==, "2028-03-09");
  g_assert_null (invalid);
}

static OvDecision *
record (Fixture    *f,
        const char *text,
        OvDecision *supersedes)
{
  g_autoptr(GError) error = NULL;
  OvDecision *decision = ov_decision_new ();

  ov_decision_set_case_id (decision, id_of (f->the_case));
  ov_decision_set_decision (decision, text);
  ov_decision_set_rationale (decision, "Evidence supports it.");
  ov_decision_set_decided_at (decision, "2026-11-20T10:00:00Z");
  if (supersedes != NULL)
    ov_decision_set_supersedes_id (decision, id_of (supersedes));
  g_assert_true (ov_store_record_decision (f->store, decision, &error));
  g_assert_no_error (error);
  return decision;
}

static void
test_decision_log (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OvDecision) first = record (f, "Arrest the two controllers at dawn.", NULL);
  g_autoptr(OvDecision) second = record (f, "Seek an STRO against the third suspect.", NULL);
  g_autoptr(OvDecision) third = NULL;
  g_autoptr(OvDecision) fourth = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = test_store_db (f->store);

  g_assert_cmpint (ov_decision_get_number (first), ==, 1);
  g_assert_cmpint (ov_decision_get_number (second), ==, 2);
  g_assert_cmpint (ov_decision_get_decision_maker_id (first), ==, id_of (f->supervisor));
  g_assert_true (ov_timestamp_is_valid (ov_decision_get_recorded_at (first)));
  g_assert_cmpstr (ov_decision_get_decided_at (first), ==, "2026-11-20T10:00:00Z");

  /* A change is a new entry that supersedes the old; both stay, linked both ways. */
  third = record (f, "Seek an STPO on conviction instead of an STRO.", second);
  g_assert_cmpint (ov_decision_get_number (third), ==, 3);
  log = ov_store_list_decisions (f->store, id_of (f->the_case), &error);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpint (ov_decision_get_superseded_by_number (log->pdata[1]), ==, 3);
  g_assert_cmpint (ov_decision_get_supersedes_number (log->pdata[2]), ==, 2);
  g_assert_cmpint (ov_decision_get_superseded_by_number (log->pdata[0]), ==, 0);

  /* An entry is superseded once. */
  fourth = ov_decision_new ();
  ov_decision_set_case_id (fourth, id_of (f->the_case));
  ov_decision_set_decision (fourth, "Another change to entry 2");
  ov_decision_set_rationale (fourth, "Because");
  ov_decision_set_supersedes_id (fourth, id_of (second));
  g_assert_false (ov_store_record_decision (f->store, fourth, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (ov_decision_get_number (fourth), ==, 0);
  g_clear_error (&error);

  /* Never edited or deleted: not through the store, not in SQL. */
  ov_decision_set_rationale (first, "Rewritten");
  g_assert_false (ov_store_record_decision (f->store, first, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (ov_store_save (f->store, OV_RECORD (first), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE decisions SET rationale = 'x' WHERE number = 1",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM decisions WHERE number = 3",
                                 NULL, NULL, NULL), !=, SQLITE_OK);

  /* Numbers have no gaps, even when written in SQL. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO decisions (uuid, created_at, updated_at, case_id, "
                                 "number, decided_at, recorded_at, decision_maker_id, decision, "
                                 "rationale) SELECT 'gap', 'x', 'x', case_id, 5, 'x', 'x', "
                                 "decision_maker_id, 'd', 'r' FROM decisions LIMIT 1",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (test_sql_int (db, "SELECT count(*) FROM decisions"), ==, 3);
  g_assert_cmpint (test_sql_int (db, "SELECT max(number) FROM decisions"), ==, 3);
}

static void
test_closure_needs_closure_review (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(OvReview) periodic = NULL;
  g_autoptr(OvReview) closure = NULL;
  g_autoptr(OvCase) reloaded = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gboolean audited = FALSE;

  ov_case_set_status (f->the_case, OV_CASE_STATUS_CLOSED);
  ov_case_set_closed_on (f->the_case, "2026-11-27");
  g_assert_false (ov_store_save (f->store, OV_RECORD (f->the_case), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_assert_nonnull (strstr (error->message, "closure review"));
  g_clear_error (&error);

  /* A signed-off periodic review is not enough, nor a closure review in draft. */
  periodic = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_PERIODIC,
                                    OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_true (ov_store_sign_off_review (f->store, periodic, &error));
  closure = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_CLOSURE,
                                   OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (ov_store_save (f->store, OV_RECORD (f->the_case), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  g_assert_true (ov_store_sign_off_review (f->store, closure, &error));
  g_assert_true (ov_store_save (f->store, OV_RECORD (f->the_case), &error));
  g_assert_no_error (error);
  reloaded = ov_store_load (f->store, OV_TYPE_CASE, id_of (f->the_case), &error);
  g_assert_cmpint (ov_case_get_status (reloaded), ==, OV_CASE_STATUS_CLOSED);

  /* The status change is in the audit log with both values. */
  events = ov_store_list_audit_events (f->store, ov_record_get_uuid (OV_RECORD (f->the_case)),
                                       &error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = events->pdata[i];

      if (strstr (event->detail, "Status (Open → Closed)") != NULL)
        audited = TRUE;
    }
  g_assert_true (audited);
}

static void
test_actions_overdue (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OvAction) late = add_action (f, "Trace the vehicle", "2026-11-01");
  g_autoptr(OvAction) soon = add_action (f, "Visit the address", "2026-12-01");
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  g_assert_true (ov_action_is_overdue (late, "2026-11-27"));
  g_assert_false (ov_action_is_overdue (soon, "2026-11-27"));
  g_assert_false (ov_action_is_overdue (late, "2026-11-01"));

  ov_action_set_status (late, OV_ACTION_STATUS_DONE);
  g_assert_false (ov_record_validate_property (OV_RECORD (late), &property, &error));
  g_assert_cmpstr (property, ==, "completed-on");
  g_clear_error (&error);
  ov_action_set_completed_on (late, "2026-11-26");
  g_assert_true (ov_store_save (f->store, OV_RECORD (late), &error));
  g_assert_false (ov_action_is_overdue (late, "2026-11-27"));

  actions = ov_store_list_actions (f->store, id_of (f->the_case), &error);
  g_assert_cmpuint (actions->len, ==, 2);
  /* Open first. */
  g_assert_cmpstr (ov_action_get_description (actions->pdata[0]), ==, "Visit the address");
  g_assert_cmpstr (ov_action_get_owner_name (actions->pdata[0]), ==, "Tom Okafor");
  g_assert_cmpint (sqlite3_exec (test_store_db (f->store), "DELETE FROM actions",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
}

static void
test_everything_audited (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(OvStrategy) strategy = agreed_strategy (f);
  g_autoptr(OvReview) review = NULL;
  g_autoptr(OvDecision) decision = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gboolean agree = FALSE, sign_off = FALSE, decided = FALSE;
  guint64 n = 0;

  review = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_INITIAL,
                                  OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_true (ov_store_sign_off_review (f->store, review, &error));
  decision = record (f, "Deploy an MSVLO to the workers.", NULL);

  events = ov_store_list_audit_events (f->store, NULL, &error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = events->pdata[i];

      agree |= g_str_equal (event->action, "agree") && g_str_equal (event->entity, "strategy");
      sign_off |= g_str_equal (event->action, "sign-off") && g_str_equal (event->entity, "review");
      decided |= g_str_equal (event->action, "create") && g_str_equal (event->entity, "decision");
    }
  g_assert_true (agree);
  g_assert_true (sign_off);
  g_assert_true (decided);
  g_assert_true (ov_store_verify_audit (f->store, &n, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/investigation/strategy/author-cannot-agree", test_strategy_author_cannot_agree);
  ADD ("/investigation/strategy/frozen-after-agreement", test_strategy_frozen_after_agreement);
  ADD ("/investigation/strategy/validation", test_strategy_validation);
  ADD ("/investigation/review/prefilled-and-signed-off", test_review_prefilled_and_signed_off);
  ADD ("/investigation/review/frozen-and-addenda", test_review_frozen_and_addenda);
  g_test_add_func ("/investigation/review/next-review-policy", test_next_review_policy);
  ADD ("/investigation/decision-log", test_decision_log);
  ADD ("/investigation/closure-needs-closure-review", test_closure_needs_closure_review);
  ADD ("/investigation/actions/overdue", test_actions_overdue);
  ADD ("/investigation/everything-audited", test_everything_audited);

#undef ADD

  return g_test_run ();
}
