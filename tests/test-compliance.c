/* test-compliance.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance engine: the working-day calendar, the force policy in the database, and
 * each rule at its boundary — nothing the day it falls due, a finding the day after, and
 * nothing once it is put right.
 */

#include "config.h"

#include "ov-allocation.h"
#include "ov-calendar.h"
#include "ov-compliance.h"
#include "ov-enum-types.h"
#include "ov-investigation.h"
#include "ov-settings.h"
#include "ov-util.h"
#include "ov-victims.h"
#include "test-helpers.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

/* ---- Working days ---------------------------------------------------------------------- */

static void
assert_working_days (const char *from,
                     int         n,
                     const char *expected)
{
  g_autofree char *result = ov_calendar_add_working_days_to_date (from, n);

  g_assert_cmpstr (result, ==, expected);
}

static void
test_working_days (void)
{
  /* Friday before the spring bank holiday Monday: two working days is Wednesday. */
  assert_working_days ("2026-05-22", 2, "2026-05-27");
  /* Across a weekend. */
  assert_working_days ("2026-11-27", 1, "2026-11-30");
  assert_working_days ("2026-11-27", 5, "2026-12-04");
  /* Christmas 2026: Friday 25th, Boxing Day on Saturday so Monday 28th off. */
  assert_working_days ("2026-12-24", 1, "2026-12-29");
  /* The end of 2027: Christmas and Boxing Day both at the weekend. */
  assert_working_days ("2027-12-24", 1, "2027-12-29");
  /* Into a new year. */
  assert_working_days ("2025-12-31", 1, "2026-01-02");
  assert_working_days ("2027-12-31", 1, "2028-01-04");
  /* Easter 2026. */
  assert_working_days ("2026-04-02", 1, "2026-04-07");
  /* Zero working days is the day itself, even at a weekend. */
  assert_working_days ("2026-11-28", 0, "2026-11-28");

  g_assert_false (ov_calendar_is_working_day (ov_day_from_date ("2026-11-28")));
  g_assert_false (ov_calendar_is_working_day (ov_day_from_date ("2026-08-31")));
  g_assert_false (ov_calendar_is_working_day (ov_day_from_date ("2022-09-19")));
  g_assert_true (ov_calendar_is_working_day (ov_day_from_date ("2026-11-27")));
  g_assert_true (ov_calendar_is_working_day (ov_day_from_date ("2030-12-27")));
  g_assert_cmpuint (ov_day_from_date ("2026-02-30"), ==, 0);
}

/* ---- Policy ---------------------------------------------------------------------------- */

static void
test_policy_in_database (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = NULL;
  g_autoptr(OvStaff) investigator = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  OvPolicy policy;
  OvPolicy reloaded;
  gboolean audited = FALSE;

  ov_store_load_policy (store, &policy);
  g_assert_cmpint (policy.review_interval_days, ==, 28);
  g_assert_cmpint (policy.strategy_agreed_working_days, ==, 3);
  g_assert_cmpint (policy.child_referral_days, ==, 1);

  /* Only a supervisor changes the policy. */
  investigator = test_add_staff (store, "Dan Price", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE);
  g_assert_true (ov_store_link_account (store, investigator, &error));
  policy.review_interval_days = 21;
  g_assert_false (ov_store_save_policy (store, &policy, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  supervisor = test_add_supervisor (store);
  g_assert_true (ov_store_save_policy (store, &policy, &error));
  g_assert_no_error (error);
  ov_store_load_policy (store, &reloaded);
  g_assert_cmpint (reloaded.review_interval_days, ==, 21);
  g_assert_cmpint (reloaded.review_interval_high_risk_days, ==, 7);

  events = ov_store_list_audit_events (store, NULL, &error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = events->pdata[i];

      if (g_str_equal (event->entity, "policy"))
        {
          audited = TRUE;
          g_assert_nonnull (strstr (event->detail, "28 → 21"));
        }
    }
  g_assert_true (audited);

  /* A value out of range is refused and nothing changes. */
  policy.review_interval_days = 0;
  g_assert_false (ov_store_save_policy (store, &policy, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  ov_store_load_policy (store, &reloaded);
  g_assert_cmpint (reloaded.review_interval_days, ==, 21);
}

/* ---- Rules ----------------------------------------------------------------------------- */

typedef struct
{
  OvStore *store;
  OvStaff *supervisor;
  OvStaff *officer;
  OvCase  *the_case;
  OvPolicy policy;
  char    *today;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = test_store_new ();
  f->supervisor = test_add_supervisor (f->store);
  f->officer = test_add_staff (f->store, "Aisha Okafor", OV_PIP_LEVEL_PIP3,
                               OV_ACCREDITATION_ACTIVE);
  f->the_case = test_add_case (f->store, "MSHT/2026/0900");
  f->today = ov_today_local ();
  ov_store_load_policy (f->store, &f->policy);
  /* Boundaries are about "overdue": no "due soon" window in these tests. */
  f->policy.due_soon_days = 0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->today, g_free);
  g_clear_object (&f->the_case);
  g_clear_object (&f->officer);
  g_clear_object (&f->supervisor);
  g_clear_object (&f->store);
}

static GPtrArray *
check_as_of (Fixture    *f,
             const char *as_of)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = ov_compliance_check (f->store, &f->policy, as_of, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (findings);
  return findings;
}

static OvFinding *
find (GPtrArray  *findings,
      const char *rule)
{
  for (guint i = 0; i < findings->len; i++)
    {
      if (g_str_equal (ov_finding_get_rule_id (findings->pdata[i]), rule))
        return findings->pdata[i];
    }
  return NULL;
}

static guint
count_rule (GPtrArray  *findings,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      if (g_str_equal (ov_finding_get_rule_id (findings->pdata[i]), rule))
        n++;
    }
  return n;
}

/* No finding of @rule as of @due, an overdue one (1 day) the day after. */
static void
assert_boundary (Fixture    *f,
                 const char *rule,
                 const char *due)
{
  g_autofree char *after = ov_date_add_days (due, 1);
  g_autoptr(GPtrArray) on_the_day = check_as_of (f, due);
  g_autoptr(GPtrArray) day_after = check_as_of (f, after);
  OvFinding *finding;

  g_test_message ("%s due %s", rule, due);
  g_assert_null (find (on_the_day, rule));
  finding = find (day_after, rule);
  g_assert_nonnull (finding);
  g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_OVERDUE);
  g_assert_cmpint (ov_finding_get_days_overdue (finding), ==, 1);
  g_assert_cmpstr (ov_finding_get_due_on (finding), ==, due);
  g_assert_cmpstr (ov_finding_get_case_reference (finding), ==, "MSHT/2026/0900");
}

static void
assert_none (Fixture    *f,
             const char *rule,
             const char *as_of)
{
  g_autoptr(GPtrArray) findings = check_as_of (f, as_of);

  g_assert_null (find (findings, rule));
}

static void
allocate_officer (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvAllocation) allocation = NULL;

  allocation = ov_store_allocate (f->store, id_of (f->the_case), id_of (f->officer),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);
}

static OvReview *
sign_off_review (Fixture      *f,
                 OvReviewType  type,
                 const char   *held_on)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held_at = g_strdup_printf ("%sT12:00:00Z", held_on);
  g_autofree char *next = ov_date_add_days (held_on, 28);
  OvReview *review;

  review = ov_store_start_review (f->store, id_of (f->the_case), type, OV_REVIEW_TRIGGER_NONE,
                                  NULL, &error);
  g_assert_no_error (error);
  ov_review_set_held_at (review, held_at);
  ov_review_set_proposed_next_review_on (review, next);
  ov_review_set_next_review_on (review, next);
  g_assert_true (ov_store_sign_off_review (f->store, review, &error));
  g_assert_no_error (error);
  return review;
}

static void
test_strategy_and_first_review (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *strategy_due = ov_calendar_add_working_days_to_date (f->today, 3);
  g_autofree char *review_due = ov_calendar_add_working_days_to_date (f->today, 1);
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(OvReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *later = ov_date_add_days (f->today, 10);

  /* Nothing is due before the case is allocated. */
  assert_none (f, "strategy-agreed", later);
  assert_none (f, "first-review", later);

  allocate_officer (f);
  assert_boundary (f, "strategy-agreed", strategy_due);
  assert_boundary (f, "first-review", review_due);

  /* Put right: a strategy agreed by a supervisor who is not its author, a review. */
  strategy = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  ov_strategy_set_author_id (strategy, id_of (f->officer));
  g_assert_true (ov_store_agree_strategy (f->store, strategy, &error));
  g_assert_no_error (error);
  assert_none (f, "strategy-agreed", later);

  review = sign_off_review (f, OV_REVIEW_TYPE_INITIAL, f->today);
  assert_none (f, "first-review", later);
}

static void
test_periodic_review (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OvReview) first = NULL;
  g_autoptr(OvReview) second = NULL;
  g_autoptr(OvPerson) victim = NULL;
  g_autoptr(OvRiskAssessment) risk = NULL;
  g_autoptr(GError) error = NULL;

  allocate_officer (f);
  first = sign_off_review (f, OV_REVIEW_TYPE_INITIAL, "2026-10-01");
  assert_boundary (f, "periodic-review", "2026-10-29");

  /* While a victim's risk is high, seven days. */
  victim = ov_person_new ();
  ov_person_set_case_id (victim, id_of (f->the_case));
  ov_person_set_name (victim, "Victim A");
  ov_person_set_roles (victim, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (victim, OV_AGE_STATUS_ADULT);
  ov_person_set_identified_on (victim, "2026-09-28");
  g_assert_true (ov_store_save (f->store, OV_RECORD (victim), &error));
  risk = ov_risk_assessment_new ();
  ov_risk_assessment_set_person_id (risk, id_of (victim));
  ov_risk_assessment_set_threat (risk, "Threats from the controller");
  ov_risk_assessment_set_grade (risk, OV_RISK_GRADE_HIGH);
  ov_risk_assessment_set_assessed_on (risk, "2026-09-30");
  g_assert_true (ov_store_add_risk_assessment (f->store, risk, &error));
  assert_boundary (f, "periodic-review", "2026-10-08");

  /* Put right by the next review. */
  second = sign_off_review (f, OV_REVIEW_TYPE_PERIODIC, "2026-10-08");
  assert_none (f, "periodic-review", "2026-10-15");
}

static OvPerson *
add_victim (Fixture     *f,
            const char  *name,
            OvAgeStatus  age,
            const char  *identified_on)
{
  g_autoptr(GError) error = NULL;
  OvPerson *victim = ov_person_new ();

  ov_person_set_case_id (victim, id_of (f->the_case));
  ov_person_set_name (victim, name);
  ov_person_set_roles (victim, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (victim, age);
  ov_person_set_identified_on (victim, identified_on);
  g_assert_true (ov_store_save (f->store, OV_RECORD (victim), &error));
  g_assert_no_error (error);
  return victim;
}

static void
add_referral (Fixture        *f,
              OvPerson       *person,
              OvReferralType  type)
{
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(GError) error = NULL;

  ov_safeguarding_referral_set_person_id (referral, id_of (person));
  ov_safeguarding_referral_set_referral_type (referral, type);
  ov_safeguarding_referral_set_agency (referral, "Example council");
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-02T10:00:00Z");
  g_assert_true (ov_store_save (f->store, OV_RECORD (referral), &error));
  g_assert_no_error (error);
}

static void
test_child_victim (Fixture       *f,
                   gconstpointer  data)
{
  /* Identified on Friday 30 October 2026. */
  g_autoptr(OvPerson) child = add_victim (f, "Child B", OV_AGE_STATUS_AGE_DISPUTED, "2026-10-30");
  g_autoptr(OvNrmReferral) nrm = ov_nrm_referral_new ();
  g_autoptr(OvVictimSupport) support = ov_victim_support_new ();
  g_autoptr(GError) error = NULL;

  assert_boundary (f, "child-referral", "2026-10-31");   /* 24 hours */
  assert_boundary (f, "nrm-referral", "2026-11-03");     /* 2 working days */
  assert_boundary (f, "lead-contact", "2026-10-31");
  assert_boundary (f, "victim-strategy", "2026-10-31");
  assert_boundary (f, "risk-endorsement", "2026-10-31"); /* no assessment */

  add_referral (f, child, OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE);
  assert_none (f, "child-referral", "2026-12-01");

  ov_nrm_referral_set_person_id (nrm, id_of (child));
  ov_nrm_referral_set_route (nrm, OV_NRM_ROUTE_NRM_CHILD);
  ov_nrm_referral_set_submitted_on (nrm, "2026-11-02");
  g_assert_true (ov_store_save (f->store, OV_RECORD (nrm), &error));
  assert_none (f, "nrm-referral", "2026-12-01");

  /* The reasonable grounds decision is chased 5 working days after the referral. */
  assert_boundary (f, "rg-chase", "2026-11-09");
  ov_nrm_referral_set_rg_outcome (nrm, OV_GROUNDS_OUTCOME_POSITIVE);
  ov_nrm_referral_set_rg_on (nrm, "2026-11-06");
  g_assert_true (ov_store_save (f->store, OV_RECORD (nrm), &error));
  assert_none (f, "rg-chase", "2026-12-01");
  /* ... and the conclusive grounds decision 30 days after a positive one. */
  assert_boundary (f, "cg-chase", "2026-12-06");
  ov_nrm_referral_set_cg_outcome (nrm, OV_GROUNDS_OUTCOME_POSITIVE);
  ov_nrm_referral_set_cg_on (nrm, "2026-12-01");
  g_assert_true (ov_store_save (f->store, OV_RECORD (nrm), &error));
  assert_none (f, "cg-chase", "2027-01-10");

  ov_victim_support_set_person_id (support, id_of (child));
  ov_victim_support_set_role (support, OV_SUPPORT_ROLE_MSVLO);
  ov_victim_support_set_staff_id (support, id_of (f->officer));
  ov_victim_support_set_starts_on (support, "2026-10-30");
  ov_victim_support_set_lead (support, TRUE);
  g_assert_true (ov_store_assign_support (f->store, support, &error));
  assert_none (f, "lead-contact", "2026-12-01");
}

static void
test_adult_with_care_needs (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(OvPerson) adult = add_victim (f, "Adult C", OV_AGE_STATUS_ADULT, "2026-10-30");
  g_autoptr(GError) error = NULL;

  assert_none (f, "s42-referral", "2026-12-01");
  ov_person_set_care_needs (adult, OV_CARE_NEEDS_YES);
  g_assert_true (ov_store_save (f->store, OV_RECORD (adult), &error));
  /* One working day from a Friday is Monday. */
  assert_boundary (f, "s42-referral", "2026-11-02");
  assert_none (f, "child-referral", "2026-12-01");
  add_referral (f, adult, OV_REFERRAL_TYPE_ADULT_SAFEGUARDING);
  assert_none (f, "s42-referral", "2026-12-01");
}

static void
test_victim_strategy_and_code (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(OvPerson) adult = add_victim (f, "Adult D", OV_AGE_STATUS_ADULT, "2026-10-30");
  g_autoptr(OvVictimStrategy) strategy = NULL;
  g_autoptr(GPtrArray) rights = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *five = ov_calendar_add_working_days_to_date (f->today, 5);
  g_autofree char *one = ov_calendar_add_working_days_to_date (f->today, 1);
  OvVictimCodeRight *updates;

  strategy = ov_store_draft_victim_strategy (f->store, id_of (adult), &error);
  assert_boundary (f, "victim-strategy", "2026-10-31");
  g_assert_true (ov_store_agree_victim_strategy (f->store, strategy, &error));
  assert_none (f, "victim-strategy", "2026-12-01");

  /* A right that falls due is met within 5 working days, or 1 with enhanced rights. */
  rights = ov_store_list_code_rights (f->store, id_of (strategy), &error);
  updates = rights->pdata[OV_VICTIM_RIGHT_UPDATES];
  ov_victim_code_right_set_status (updates, OV_RIGHT_STATUS_DUE);
  g_assert_true (ov_store_save (f->store, OV_RECORD (updates), &error));
  assert_boundary (f, "victims-code", five);

  ov_person_set_age_status (adult, OV_AGE_STATUS_CHILD);
  ov_person_set_date_of_birth (adult, NULL);
  g_assert_true (ov_store_save (f->store, OV_RECORD (adult), &error));
  assert_boundary (f, "victims-code", one);

  ov_victim_code_right_set_status (updates, OV_RIGHT_STATUS_MET);
  ov_victim_code_right_set_met_on (updates, f->today);
  ov_victim_code_right_set_evidence (updates, "Phoned with the charging decision.");
  g_assert_true (ov_store_save (f->store, OV_RECORD (updates), &error));
  assert_none (f, "victims-code", five);
}

static void
test_risk_endorsement (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(OvPerson) adult = add_victim (f, "Adult E", OV_AGE_STATUS_ADULT, "2026-10-30");
  g_autoptr(OvRiskAssessment) risk = ov_risk_assessment_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *reendorse = ov_date_add_days (f->today, 28);

  ov_risk_assessment_set_person_id (risk, id_of (adult));
  ov_risk_assessment_set_harm (risk, "Debt bondage to the gangmaster");
  ov_risk_assessment_set_grade (risk, OV_RISK_GRADE_MEDIUM);
  ov_risk_assessment_set_assessed_on (risk, "2026-11-02");
  g_assert_true (ov_store_add_risk_assessment (f->store, risk, &error));

  /* Unendorsed: due at once. */
  assert_boundary (f, "risk-endorsement", "2026-11-02");
  g_assert_true (ov_store_endorse_risk_assessment (f->store, risk, "Agreed", &error));
  /* Endorsed today: re-endorsed within 28 days at medium. */
  assert_boundary (f, "risk-endorsement", reendorse);
}

static void
test_victim_suspect_and_orders (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(OvPerson) person = add_victim (f, "Adult F", OV_AGE_STATUS_ADULT, "2026-10-30");
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) charged = NULL;
  g_autoptr(GPtrArray) fixed = NULL;
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(GError) error = NULL;

  ov_person_set_roles (person, OV_PERSON_ROLE_VICTIM | OV_PERSON_ROLE_SUSPECT);
  g_assert_true (ov_store_save (f->store, OV_RECORD (person), &error));

  open = check_as_of (f, "2026-11-10");
  g_assert_cmpint (ov_finding_get_severity (find (open, "s45-consideration")), ==,
                   OV_SEVERITY_INFORMATION);
  g_assert_null (find (open, "orders-considered"));

  ov_case_set_status (f->the_case, OV_CASE_STATUS_CHARGED);
  g_assert_true (ov_store_save (f->store, OV_RECORD (f->the_case), &error));
  charged = check_as_of (f, "2026-11-10");
  g_assert_cmpint (ov_finding_get_severity (find (charged, "s45-consideration")), ==,
                   OV_SEVERITY_OVERDUE);
  g_assert_nonnull (find (charged, "orders-considered"));

  ov_person_set_s45_decision (person, OV_S45_DECISION_DEFENCE_MAY_APPLY);
  ov_person_set_s45_rationale (person, "Compelled by threats");
  ov_person_set_s45_decided_on (person, "2026-11-03");
  g_assert_true (ov_store_save (f->store, OV_RECORD (person), &error));
  strategy = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  ov_strategy_set_orders_considered (strategy, OV_ORDERS_CONSIDERED_STPO);
  g_assert_true (ov_store_save (f->store, OV_RECORD (strategy), &error));
  fixed = check_as_of (f, "2026-11-10");
  g_assert_null (find (fixed, "s45-consideration"));
  g_assert_null (find (fixed, "orders-considered"));
}

static void
test_rocu_and_actions (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(OvAction) action = ov_action_new ();
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(GError) error = NULL;

  /* The case was opened on 2 November 2026: ROCU within 7 days. */
  assert_boundary (f, "rocu-notified", "2026-11-09");

  /* A policy change, saved in the database, takes effect at once. */
  f->policy.rocu_notified_days = 14;
  g_assert_true (ov_store_save_policy (f->store, &f->policy, &error));
  ov_store_load_policy (f->store, &f->policy);
  g_assert_cmpint (f->policy.rocu_notified_days, ==, 14);
  assert_boundary (f, "rocu-notified", "2026-11-16");

  strategy = ov_store_draft_strategy (f->store, id_of (f->the_case), &error);
  ov_strategy_set_rocu_notified_on (strategy, "2026-11-05");
  g_assert_true (ov_store_save (f->store, OV_RECORD (strategy), &error));
  assert_none (f, "rocu-notified", "2026-12-01");

  ov_action_set_case_id (action, id_of (f->the_case));
  ov_action_set_description (action, "Trace the van");
  ov_action_set_owner_id (action, id_of (f->officer));
  ov_action_set_due_on (action, "2026-11-20");
  g_assert_true (ov_store_save (f->store, OV_RECORD (action), &error));
  assert_boundary (f, "overdue-action", "2026-11-20");
  ov_action_set_status (action, OV_ACTION_STATUS_DONE);
  ov_action_set_completed_on (action, "2026-11-19");
  g_assert_true (ov_store_save (f->store, OV_RECORD (action), &error));
  assert_none (f, "overdue-action", "2026-12-01");
}

static void
test_due_soon_and_order (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(OvAction) soon = ov_action_new ();
  g_autoptr(OvAction) late = ov_action_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  OvFinding *first;

  f->policy.due_soon_days = 2;
  ov_action_set_case_id (soon, id_of (f->the_case));
  ov_action_set_description (soon, "Due tomorrow");
  ov_action_set_owner_id (soon, id_of (f->officer));
  ov_action_set_due_on (soon, "2026-11-21");
  g_assert_true (ov_store_save (f->store, OV_RECORD (soon), &error));
  ov_action_set_case_id (late, id_of (f->the_case));
  ov_action_set_description (late, "Long overdue");
  ov_action_set_owner_id (late, id_of (f->officer));
  ov_action_set_due_on (late, "2026-11-01");
  g_assert_true (ov_store_save (f->store, OV_RECORD (late), &error));

  findings = check_as_of (f, "2026-11-20");
  /* Most overdue first; due soon after the overdue ones. */
  first = findings->pdata[0];
  g_assert_cmpint (ov_finding_get_severity (first), ==, OV_SEVERITY_OVERDUE);
  g_assert_nonnull (strstr (ov_finding_get_message (first), "Long overdue"));
  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = findings->pdata[i];

      if (strstr (ov_finding_get_message (finding), "Due tomorrow") != NULL)
        {
          g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_DUE_SOON);
          g_assert_cmpint (ov_finding_get_days_overdue (finding), ==, -1);
        }
    }
}

static void
test_one_case_and_json (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(OvCase) other = test_add_case (f->store, "MSHT/2026/0901");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  all = check_as_of (f, "2026-12-01");
  one = ov_compliance_check (f->store, &f->policy, "2026-12-01", id_of (other), &error);
  /* ROCU for each case, and, in a full check only, no reception plan for either kind of
   * incident. */
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpuint (count_rule (all, "rocu-notified"), ==, 2);
  g_assert_cmpuint (count_rule (all, "reception-plan-missing"), ==, 2);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpstr (ov_finding_get_case_reference (one->pdata[0]), ==, "MSHT/2026/0901");
  g_assert_null (ov_finding_get_subject_kind (one->pdata[0]));

  json = ov_compliance_to_json (all);
  g_assert_true (g_str_has_prefix (json, "["));
  g_assert_nonnull (strstr (json, "\"rule\": \"rocu-notified\""));
  g_assert_nonnull (strstr (json, "\"case\": \"MSHT/2026/0901\", \"person\": null, "
                                  "\"officer\": null, \"subject\": null"));
  g_assert_nonnull (strstr (json, "\"subject\": {\"kind\": \"reception-plan\", \"id\": 0, "
                                  "\"label\": \"Spontaneous incidents\"}"));
  text = ov_compliance_to_text (all);
  lines = g_strsplit (g_strchomp (text), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_nonnull (strstr (text, "reception-plan: Pre-planned operations\t"));

  /* A date that is not a date is refused. */
  g_clear_pointer (&one, g_ptr_array_unref);
  one = ov_compliance_check (f->store, &f->policy, "1 Dec", 0, &error);
  g_assert_null (one);
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/compliance/working-days", test_working_days);
  g_test_add_func ("/compliance/policy-in-database", test_policy_in_database);
  ADD ("/compliance/strategy-and-first-review", test_strategy_and_first_review);
  ADD ("/compliance/periodic-review", test_periodic_review);
  ADD ("/compliance/child-victim", test_child_victim);
  ADD ("/compliance/adult-with-care-needs", test_adult_with_care_needs);
  ADD ("/compliance/victim-strategy-and-code", test_victim_strategy_and_code);
  ADD ("/compliance/risk-endorsement", test_risk_endorsement);
  ADD ("/compliance/victim-suspect-and-orders", test_victim_suspect_and_orders);
  ADD ("/compliance/rocu-and-actions", test_rocu_and_actions);
  ADD ("/compliance/due-soon-and-order", test_due_soon_and_order);
  ADD ("/compliance/one-case-and-json", test_one_case_and_json);

#undef ADD

  return g_test_run ();
}
