/* test-victims.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Victims and safeguarding: people, restricted details, support, victim strategies, risk
 * assessments, safeguarding referrals and the NRM.
 */

#include "config.h"

#include "ov-enum-types.h"
#include "ov-investigation.h"
#include "ov-util.h"
#include "ov-victims.h"
#include "test-helpers.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

typedef struct
{
  OvStore *store;
  OvStaff *supervisor;
  OvStaff *officer;
  OvCase  *the_case;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = test_store_new ();
  f->supervisor = test_add_supervisor (f->store);
  f->officer = test_add_staff (f->store, "Aisha Okafor", OV_PIP_LEVEL_PIP2,
                               OV_ACCREDITATION_ACTIVE);
  f->the_case = test_add_case (f->store, "MSHT/2026/0800");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->the_case);
  g_clear_object (&f->officer);
  g_clear_object (&f->supervisor);
  g_clear_object (&f->store);
}

static OvPerson *
add_person (Fixture      *f,
            const char   *name,
            OvPersonRole  roles,
            OvAgeStatus   age)
{
  g_autoptr(GError) error = NULL;
  OvPerson *person = ov_person_new ();

  ov_person_set_case_id (person, id_of (f->the_case));
  ov_person_set_name (person, name);
  ov_person_set_roles (person, roles);
  ov_person_set_age_status (person, age);
  ov_person_set_identified_on (person, "2026-11-20");
  g_assert_true (ov_store_save (f->store, OV_RECORD (person), &error));
  g_assert_no_error (error);
  return person;
}

static void
switch_user (Fixture *f,
             OvStaff *staff)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ov_store_link_account (f->store, staff, &error));
  g_assert_no_error (error);
}

static void
test_person_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(OvPerson) person = ov_person_new ();
  g_autoptr(OvPerson) loaded = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  ov_person_set_case_id (person, id_of (f->the_case));
  ov_person_set_name (person, "Witness A");
  ov_person_set_pseudonym (person, TRUE);
  ov_person_set_roles (person, OV_PERSON_ROLE_VICTIM | OV_PERSON_ROLE_SUSPECT);
  ov_person_set_date_of_birth (person, "1999-04-02");
  ov_person_set_age_status (person, OV_AGE_STATUS_ADULT);
  ov_person_set_gender (person, OV_GENDER_FEMALE);
  ov_person_set_nationality (person, "Romanian");
  ov_person_set_languages (person, "Romanian, some English");
  ov_person_set_interpreter_needed (person, TRUE);
  ov_person_set_care_needs (person, OV_CARE_NEEDS_NO);
  ov_person_set_exploitation_types (person, OV_EXPLOITATION_SEXUAL | OV_EXPLOITATION_CRIMINAL);
  ov_person_set_status (person, OV_PERSON_STATUS_IN_SUPPORT);

  /* A victim needs the date they were identified. */
  g_assert_false (ov_record_validate_property (OV_RECORD (person), &property, &error));
  g_assert_cmpstr (property, ==, "identified-on");
  g_clear_error (&error);
  ov_person_set_identified_on (person, "2026-11-18");

  /* A section 45 consideration needs its rationale and date. */
  ov_person_set_s45_decision (person, OV_S45_DECISION_DEFENCE_MAY_APPLY);
  g_assert_false (ov_record_validate_property (OV_RECORD (person), &property, &error));
  g_assert_cmpstr (property, ==, "s45-rationale");
  g_clear_error (&error);
  ov_person_set_s45_rationale (person, "Compelled to sell drugs under threat to her family.");
  ov_person_set_s45_decided_on (person, "2026-11-21");
  g_assert_true (ov_store_save (f->store, OV_RECORD (person), &error));
  g_assert_no_error (error);

  loaded = ov_store_load (f->store, OV_TYPE_PERSON, id_of (person), &error);
  g_assert_cmpstr (ov_person_get_name (loaded), ==, "Witness A");
  g_assert_true (ov_person_get_pseudonym (loaded));
  g_assert_true (ov_person_has_role (loaded, OV_PERSON_ROLE_VICTIM));
  g_assert_true (ov_person_has_role (loaded, OV_PERSON_ROLE_SUSPECT));
  g_assert_false (ov_person_has_role (loaded, OV_PERSON_ROLE_WITNESS));
  g_assert_cmpstr (ov_person_get_date_of_birth (loaded), ==, "1999-04-02");
  g_assert_cmpint (ov_person_get_gender (loaded), ==, OV_GENDER_FEMALE);
  g_assert_cmpstr (ov_person_get_languages (loaded), ==, "Romanian, some English");
  g_assert_true (ov_person_get_interpreter_needed (loaded));
  g_assert_cmpint (ov_person_get_care_needs (loaded), ==, OV_CARE_NEEDS_NO);
  g_assert_cmpint (ov_person_get_exploitation_types (loaded), ==,
                   OV_EXPLOITATION_SEXUAL | OV_EXPLOITATION_CRIMINAL);
  g_assert_cmpint (ov_person_get_status (loaded), ==, OV_PERSON_STATUS_IN_SUPPORT);
  g_assert_cmpint (ov_person_get_s45_decision (loaded), ==, OV_S45_DECISION_DEFENCE_MAY_APPLY);
  g_assert_null (ov_person_get_lead_contact (loaded));
  g_assert_null (ov_person_get_nrm_stage (loaded));
  g_assert_cmpstr (ov_nrm_stage_get_label (ov_person_get_nrm_stage (loaded)), ==, "Not referred");

  people = ov_store_list_people (f->store, id_of (f->the_case), &error);
  g_assert_cmpuint (people->len, ==, 1);
}

static void
test_age_disputed_is_child (void)
{
  g_autoptr(OvPerson) person = ov_person_new ();

  ov_person_set_age_status (person, OV_AGE_STATUS_AGE_DISPUTED);
  g_assert_true (ov_person_is_child (person, "2026-11-27"));
  ov_person_set_age_status (person, OV_AGE_STATUS_CHILD);
  g_assert_true (ov_person_is_child (person, "2026-11-27"));
  ov_person_set_age_status (person, OV_AGE_STATUS_ADULT);
  g_assert_false (ov_person_is_child (person, "2026-11-27"));

  /* From the date of birth: 18 on 28 November 2026. */
  ov_person_set_age_status (person, OV_AGE_STATUS_UNKNOWN);
  ov_person_set_date_of_birth (person, "2008-11-28");
  g_assert_true (ov_person_is_child (person, "2026-11-27"));
  g_assert_false (ov_person_is_child (person, "2026-11-28"));
}

static OvNrmReferral *
nrm_for (OvPerson   *person,
         OvNrmRoute  route,
         gboolean    consent)
{
  OvNrmReferral *referral = ov_nrm_referral_new ();

  ov_nrm_referral_set_person_id (referral, id_of (person));
  ov_nrm_referral_set_route (referral, route);
  ov_nrm_referral_set_consent_given (referral, consent);
  ov_nrm_referral_set_submitted_on (referral, "2026-11-21");
  return referral;
}

static void
test_nrm_routes (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(OvPerson) child = add_person (f, "Child B", OV_PERSON_ROLE_VICTIM,
                                          OV_AGE_STATUS_AGE_DISPUTED);
  g_autoptr(OvPerson) adult = add_person (f, "Adult C", OV_PERSON_ROLE_VICTIM,
                                          OV_AGE_STATUS_ADULT);
  g_autoptr(OvPerson) unknown = add_person (f, "Person D", OV_PERSON_ROLE_VICTIM,
                                            OV_AGE_STATUS_UNKNOWN);
  g_autoptr(GError) error = NULL;

  /* An age-disputed child is referred without consent, never by MS1. */
  {
    g_autoptr(OvNrmReferral) wrong = nrm_for (child, OV_NRM_ROUTE_MS1_ANONYMOUS, FALSE);
    g_autoptr(OvNrmReferral) right = nrm_for (child, OV_NRM_ROUTE_NRM_CHILD, FALSE);

    g_assert_false (ov_store_save (f->store, OV_RECORD (wrong), &error));
    g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "child"));
    g_clear_error (&error);
    g_assert_true (ov_store_save (f->store, OV_RECORD (right), &error));
    g_assert_no_error (error);
  }

  /* An adult: NRM with consent, or MS1 without; never the child route. */
  {
    g_autoptr(OvNrmReferral) child_route = nrm_for (adult, OV_NRM_ROUTE_NRM_CHILD, FALSE);
    g_autoptr(OvNrmReferral) no_consent = nrm_for (adult, OV_NRM_ROUTE_NRM_WITH_CONSENT, FALSE);
    g_autoptr(OvNrmReferral) ms1_consent = nrm_for (adult, OV_NRM_ROUTE_MS1_ANONYMOUS, TRUE);
    g_autoptr(OvNrmReferral) ms1 = nrm_for (adult, OV_NRM_ROUTE_MS1_ANONYMOUS, FALSE);

    g_assert_false (ov_store_save (f->store, OV_RECORD (child_route), &error));
    g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ov_store_save (f->store, OV_RECORD (no_consent), &error));
    g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "MS1"));
    g_clear_error (&error);
    g_assert_false (ov_store_save (f->store, OV_RECORD (ms1_consent), &error));
    g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_true (ov_store_save (f->store, OV_RECORD (ms1), &error));
    g_assert_no_error (error);
  }

  /* Age unknown: record it first. */
  {
    g_autoptr(OvNrmReferral) referral = nrm_for (unknown, OV_NRM_ROUTE_NRM_WITH_CONSENT, TRUE);

    g_assert_false (ov_store_save (f->store, OV_RECORD (referral), &error));
    g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  }
  g_assert_cmpint (ov_store_count (f->store, OV_TYPE_NRM_REFERRAL), ==, 2);
}

static void
test_nrm_decisions_and_recovery_period (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(OvPerson) adult = add_person (f, "Adult E", OV_PERSON_ROLE_VICTIM,
                                          OV_AGE_STATUS_ADULT);
  g_autoptr(OvNrmReferral) referral = nrm_for (adult, OV_NRM_ROUTE_NRM_WITH_CONSENT, TRUE);
  g_autoptr(OvPerson) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *no_period = NULL;
  g_autofree char *period = NULL;
  g_autofree char *stage = NULL;

  g_assert_true (ov_store_save (f->store, OV_RECORD (referral), &error));
  no_period = ov_nrm_referral_get_recovery_period_ends_on (referral);
  g_assert_null (no_period);

  /* A conclusive decision needs a positive reasonable grounds decision first. */
  ov_nrm_referral_set_cg_outcome (referral, OV_GROUNDS_OUTCOME_POSITIVE);
  ov_nrm_referral_set_cg_on (referral, "2027-03-01");
  g_assert_false (ov_store_save (f->store, OV_RECORD (referral), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  ov_nrm_referral_set_cg_outcome (referral, OV_GROUNDS_OUTCOME_PENDING);
  ov_nrm_referral_set_cg_on (referral, NULL);

  ov_nrm_referral_set_rg_outcome (referral, OV_GROUNDS_OUTCOME_POSITIVE);
  ov_nrm_referral_set_rg_on (referral, "2026-11-25");
  g_assert_true (ov_store_save (f->store, OV_RECORD (referral), &error));
  g_assert_no_error (error);

  /* 30 days from a positive reasonable grounds decision, across a month end. */
  period = ov_nrm_referral_get_recovery_period_ends_on (referral);
  g_assert_cmpstr (period, ==, "2026-12-25");
  stage = ov_nrm_referral_describe_stage (referral);
  g_assert_nonnull (strstr (stage, "awaiting conclusive grounds"));

  reloaded = ov_store_load (f->store, OV_TYPE_PERSON, id_of (adult), &error);
  g_assert_cmpstr (ov_person_get_nrm_stage (reloaded), ==, "rg-positive");
}

static void
test_reveal_is_audited (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(OvPerson) person = add_person (f, "Victim F", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  g_autoptr(OvPersonRestricted) details = NULL;
  g_autoptr(OvPersonRestricted) again = NULL;
  g_autoptr(OvPersonRestricted) refused = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  guint consultations = 0;

  /* No reason, no reveal. */
  refused = ov_store_reveal_restricted (f->store, person, "  ", &error);
  g_assert_null (refused);
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  details = ov_store_reveal_restricted (f->store, person, "Arranging a safe visit", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id_of (details), ==, 0);
  ov_person_restricted_set_address (details, "Flat 2, 14 Example Road");
  ov_person_restricted_set_phone (details, "07700 900123");
  g_assert_true (ov_store_save (f->store, OV_RECORD (details), &error));

  again = ov_store_reveal_restricted (f->store, person, "Checking the refuge address", &error);
  g_assert_cmpstr (ov_person_restricted_get_address (again), ==, "Flat 2, 14 Example Road");

  /* Each reveal is a consultation: who, and why. The details never enter the log. */
  events = ov_store_list_audit_events (f->store, NULL, &error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = events->pdata[i];

      g_assert_null (strstr (event->detail, "Example Road"));
      g_assert_null (strstr (event->detail, "07700"));
      if (g_str_equal (event->action, "consult"))
        {
          consultations++;
          g_assert_cmpint (event->actor_id, ==, id_of (f->supervisor));
          g_assert_cmpstr (event->uuid, ==, ov_record_get_uuid (OV_RECORD (person)));
        }
    }
  g_assert_cmpuint (consultations, ==, 2);
  g_assert_nonnull (strstr (((OvAuditEvent *) events->pdata[events->len - 1])->detail,
                            "Checking the refuge address"));
}

static void
test_support_one_lead (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(OvPerson) person = add_person (f, "Victim G", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  g_autoptr(OvVictimSupport) first = ov_victim_support_new ();
  g_autoptr(OvVictimSupport) navigator = ov_victim_support_new ();
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(OvPerson) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  ov_victim_support_set_person_id (first, id_of (person));
  ov_victim_support_set_role (first, OV_SUPPORT_ROLE_MSVLO);
  ov_victim_support_set_staff_id (first, id_of (f->officer));
  ov_victim_support_set_starts_on (first, "2026-11-20");
  ov_victim_support_set_lead (first, TRUE);
  g_assert_true (ov_store_assign_support (f->store, first, &error));
  g_assert_no_error (error);

  reloaded = ov_store_load (f->store, OV_TYPE_PERSON, id_of (person), &error);
  g_assert_cmpstr (ov_person_get_lead_contact (reloaded), ==, "Aisha Okafor");
  g_assert_cmpstr (ov_person_get_lead_contact_role (reloaded), ==, "msvlo");

  /* A navigator from a partner takes over as lead; the MSVLO's support ends, kept. */
  ov_victim_support_set_person_id (navigator, id_of (person));
  ov_victim_support_set_role (navigator, OV_SUPPORT_ROLE_NAVIGATOR);
  ov_victim_support_set_contact_name (navigator, "Sam Reyes");
  ov_victim_support_set_organisation (navigator, "Justice and Care");
  ov_victim_support_set_starts_on (navigator, "2026-11-24");
  ov_victim_support_set_lead (navigator, TRUE);
  g_assert_true (ov_store_assign_support (f->store, navigator, &error));
  g_assert_no_error (error);

  history = ov_store_list_victim_support (f->store, id_of (person), &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (ov_victim_support_get_display_name (history->pdata[0]), ==, "Sam Reyes");
  g_assert_cmpstr (ov_victim_support_get_ends_on (history->pdata[1]), ==, "2026-11-24");
  g_clear_object (&reloaded);
  reloaded = ov_store_load (f->store, OV_TYPE_PERSON, id_of (person), &error);
  g_assert_cmpstr (ov_person_get_lead_contact (reloaded), ==, "Sam Reyes");
}

static void
test_victim_strategy_versions (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(OvPerson) child = add_person (f, "Child H", OV_PERSON_ROLE_VICTIM,
                                          OV_AGE_STATUS_CHILD);
  g_autoptr(OvPerson) witness = add_person (f, "Witness I", OV_PERSON_ROLE_WITNESS,
                                            OV_AGE_STATUS_ADULT);
  g_autoptr(OvVictimStrategy) v1 = NULL;
  g_autoptr(OvVictimStrategy) v2 = NULL;
  g_autoptr(OvVictimStrategy) none = NULL;
  g_autoptr(GPtrArray) rights = NULL;
  g_autoptr(GPtrArray) rights2 = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  OvVictimCodeRight *understand;

  none = ov_store_draft_victim_strategy (f->store, id_of (witness), &error);
  g_assert_null (none);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  v1 = ov_store_draft_victim_strategy (f->store, id_of (child), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_victim_strategy_get_version (v1), ==, 1);

  /* Every child is a vulnerable victim. */
  g_assert_true (ov_victim_strategy_get_enhanced_reasons (v1) & OV_ENHANCED_REASON_VULNERABLE);

  /* The twelve rights of the Victims' Code, in order. */
  rights = ov_store_list_code_rights (f->store, id_of (v1), &error);
  g_assert_cmpuint (rights->len, ==, 12);
  understand = rights->pdata[0];
  g_assert_cmpint (ov_victim_code_right_get_code_right (understand), ==,
                   OV_VICTIM_RIGHT_UNDERSTAND);
  g_assert_cmpint (ov_victim_code_right_get_code_right (rights->pdata[11]), ==,
                   OV_VICTIM_RIGHT_COMPLAIN);
  ov_victim_code_right_set_status (understand, OV_RIGHT_STATUS_MET);
  g_assert_false (ov_store_save (f->store, OV_RECORD (understand), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  ov_victim_code_right_set_met_on (understand, "2026-11-21");
  ov_victim_code_right_set_evidence (understand, "Romanian interpreter at first account.");
  g_assert_true (ov_store_save (f->store, OV_RECORD (understand), &error));

  ov_victim_strategy_set_safeguarding_plan (v1, "Placed with foster carers; ICTG referral.");
  g_assert_true (ov_store_save (f->store, OV_RECORD (v1), &error));

  /* Only a supervisor agrees; then the version is frozen. */
  switch_user (f, f->officer);
  g_assert_false (ov_store_agree_victim_strategy (f->store, v1, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_assert_false (ov_victim_strategy_is_agreed (v1));
  g_clear_error (&error);
  switch_user (f, f->supervisor);
  g_assert_true (ov_store_agree_victim_strategy (f->store, v1, &error));
  g_assert_no_error (error);

  ov_victim_strategy_set_safeguarding_plan (v1, "Rewritten");
  g_assert_false (ov_store_save (f->store, OV_RECORD (v1), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  /* The next version starts from the agreed one, rights and all. */
  v2 = ov_store_draft_victim_strategy (f->store, id_of (child), &error);
  g_assert_cmpint (ov_victim_strategy_get_version (v2), ==, 2);
  g_assert_cmpstr (ov_victim_strategy_get_safeguarding_plan (v2), ==,
                   "Placed with foster carers; ICTG referral.");
  rights2 = ov_store_list_code_rights (f->store, id_of (v2), &error);
  g_assert_cmpuint (rights2->len, ==, 12);
  g_assert_cmpint (ov_victim_code_right_get_status (rights2->pdata[0]), ==, OV_RIGHT_STATUS_MET);
  versions = ov_store_list_victim_strategies (f->store, id_of (child), &error);
  g_assert_cmpuint (versions->len, ==, 2);
}

static OvRiskAssessment *
assessment_for (OvPerson    *person,
                OvRiskGrade  grade,
                const char  *date)
{
  OvRiskAssessment *assessment = ov_risk_assessment_new ();

  ov_risk_assessment_set_person_id (assessment, id_of (person));
  ov_risk_assessment_set_threat (assessment, "Controllers know where she lives.");
  ov_risk_assessment_set_risk_factors (assessment, OV_RISK_FACTOR_RE_TRAFFICKING |
                                                   OV_RISK_FACTOR_DEBT_BONDAGE);
  ov_risk_assessment_set_grade (assessment, grade);
  ov_risk_assessment_set_assessed_on (assessment, date);
  return assessment;
}

static void
test_risk_endorsement_and_supersession (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(OvPerson) person = add_person (f, "Victim J", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  g_autoptr(OvRiskAssessment) first = assessment_for (person, OV_RISK_GRADE_MEDIUM, "2026-11-20");
  g_autoptr(OvRiskAssessment) second = assessment_for (person, OV_RISK_GRADE_HIGH, "2026-11-26");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(OvPerson) reloaded = NULL;
  g_autoptr(OvReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *in_a_week = ov_date_add_days (today, 7);

  switch_user (f, f->officer);
  g_assert_true (ov_store_add_risk_assessment (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ov_risk_assessment_get_assessor_id (first), ==, id_of (f->officer));

  /* Only a supervisor endorses. */
  g_assert_false (ov_store_endorse_risk_assessment (f->store, first, "Agreed", &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_assert_false (ov_risk_assessment_is_endorsed (first));
  g_clear_error (&error);

  switch_user (f, f->supervisor);
  g_assert_true (ov_store_endorse_risk_assessment (f->store, first,
                                                   "Medium is right; review weekly.", &error));
  g_assert_no_error (error);
  g_assert_true (ov_risk_assessment_is_endorsed (first));

  /* Endorsed means frozen. */
  ov_risk_assessment_set_grade (first, OV_RISK_GRADE_STANDARD);
  g_assert_false (ov_store_save (f->store, OV_RECORD (first), &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  /* A new assessment supersedes it; both stay. */
  g_assert_true (ov_store_add_risk_assessment (f->store, second, &error));
  g_assert_cmpint (ov_risk_assessment_get_supersedes_id (second), ==, id_of (first));
  history = ov_store_list_risk_assessments (f->store, id_of (person), &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (id_of (history->pdata[0]), ==, id_of (second));
  g_assert_true (ov_risk_assessment_get_superseded (history->pdata[1]));
  g_assert_false (ov_risk_assessment_get_superseded (history->pdata[0]));
  g_assert_cmpstr (ov_risk_assessment_get_endorsed_by_name (history->pdata[1]), ==,
                   ov_staff_get_name (f->supervisor));

  reloaded = ov_store_load (f->store, OV_TYPE_PERSON, id_of (person), &error);
  g_assert_cmpstr (ov_person_get_risk_grade (reloaded), ==, "high");
  g_assert_false (ov_person_get_risk_endorsed (reloaded));

  /* While a victim's risk is high, the next review is proposed a week on. */
  g_assert_true (ov_store_case_has_high_risk_victim (f->store, id_of (f->the_case)));
  review = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_PERIODIC,
                                  OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_review_get_proposed_next_review_on (review), ==, in_a_week);
}

static void
test_safeguarding_referral (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(OvPerson) child = add_person (f, "Child K", OV_PERSON_ROLE_VICTIM,
                                          OV_AGE_STATUS_CHILD);
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  ov_safeguarding_referral_set_person_id (referral, id_of (child));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE);
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-20T14:00:00Z");
  g_assert_false (ov_record_validate_property (OV_RECORD (referral), &property, &error));
  g_assert_cmpstr (property, ==, "agency");
  g_clear_error (&error);
  ov_safeguarding_referral_set_agency (referral, "Example City Council children's services");
  ov_safeguarding_referral_set_outcome (referral, OV_REFERRAL_OUTCOME_ACCEPTED);
  g_assert_false (ov_store_save (f->store, OV_RECORD (referral), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  ov_safeguarding_referral_set_outcome_on (referral, "2026-11-21");
  g_assert_true (ov_store_save (f->store, OV_RECORD (referral), &error));

  referrals = ov_store_list_safeguarding_referrals (f->store, id_of (child), &error);
  g_assert_cmpuint (referrals->len, ==, 1);
  g_assert_cmpint (sqlite3_exec (test_store_db (f->store), "DELETE FROM safeguarding_referrals",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/victims/person/round-trip", test_person_round_trip);
  g_test_add_func ("/victims/person/age-disputed-is-child", test_age_disputed_is_child);
  ADD ("/victims/nrm/routes", test_nrm_routes);
  ADD ("/victims/nrm/decisions-and-recovery-period", test_nrm_decisions_and_recovery_period);
  ADD ("/victims/restricted/reveal-is-audited", test_reveal_is_audited);
  ADD ("/victims/support/one-lead", test_support_one_lead);
  ADD ("/victims/strategy/versions", test_victim_strategy_versions);
  ADD ("/victims/risk/endorsement-and-supersession", test_risk_endorsement_and_supersession);
  ADD ("/victims/safeguarding-referral", test_safeguarding_referral);

#undef ADD

  return g_test_run ();
}
