/* test-report.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printable reports: the victim strategy report and the supervisory review report, built
 * from a case made through the core API, exported to PDF and read back with poppler's
 * tools (pdftotext, pdfinfo) and qpdf, as a person or a partner agency would receive
 * them. A stress case checks that pagination loses nothing and draws nothing off the page.
 *
 * The stress case is shared with tests/bench/bench-report.c, which builds this file with
 * OV_REPORT_STRESS_ONLY defined to leave out the tests themselves.
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ov-allocation.h"
#include "ov-enum-types.h"
#include "ov-investigation.h"
#include "ov-report-document-private.h"
#include "ov-report.h"
#include "ov-util.h"
#include "ov-victims.h"
#include "test-helpers.h"

#define CASE_REFERENCE "MSHT/2026/0900"
#define OPERATION      "Operation Fieldmouse"
#define STRESS_REFERENCE "MSHT/2026/0999"

OvStore *test_report_stress_store (OvCase   **the_case,
                                   OvReview **last_review,
                                   GPtrArray *inputs);

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static void
switch_user (OvStore *store,
             OvStaff *staff)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ov_store_link_account (store, staff, &error));
  g_assert_no_error (error);
}

static void
save (OvStore  *store,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ov_store_save (store, OV_RECORD (record), &error));
  g_assert_no_error (error);
}

static OvStaff *
add_other_supervisor (OvStore *store)
{
  OvStaff *staff = test_add_staff (store, "Gareth Lloyd", OV_PIP_LEVEL_PIP3,
                                   OV_ACCREDITATION_ACTIVE);

  ov_staff_set_roles (staff, OV_STAFF_ROLE_SUPERVISOR);
  save (store, staff);
  return staff;
}

static OvCase *
add_case (OvStore    *store,
          const char *reference,
          const char *summary)
{
  OvCase *the_case = test_add_case (store, reference);

  ov_case_set_operation_name (the_case, OPERATION);
  ov_case_set_summary (the_case, summary);
  ov_case_set_offences (the_case, OV_OFFENCE_MSA_S1 | OV_OFFENCE_MSA_S2);
  save (store, the_case);
  return the_case;
}

static void
allocate (OvStore *store,
          OvCase  *the_case,
          OvStaff *officer)
{
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;

  allocation = ov_store_allocate (store, id_of (the_case), id_of (officer),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (allocation);
}

/* Version 1, drafted by @author (the current user) and agreed by @agreer. */
static OvStrategy *
agree_strategy (OvStore    *store,
                OvCase     *the_case,
                OvStaff    *author,
                OvStaff    *agreer,
                const char *aims,
                const char *parameters,
                const char * const *lines)
{
  g_autoptr(GError) error = NULL;
  OvStrategy *strategy;

  strategy = ov_store_draft_strategy (store, id_of (the_case), &error);
  g_assert_no_error (error);
  ov_strategy_set_aims (strategy, aims);
  ov_strategy_set_parameters (strategy, parameters);
  ov_strategy_set_rocu_notified_on (strategy, "2026-11-04");
  save (store, strategy);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(OvLineOfEnquiry) line = ov_line_of_enquiry_new ();

      ov_line_of_enquiry_set_strategy_id (line, id_of (strategy));
      ov_line_of_enquiry_set_case_id (line, id_of (the_case));
      ov_line_of_enquiry_set_position (line, i);
      ov_line_of_enquiry_set_title (line, lines[i]);
      save (store, line);
    }

  switch_user (store, agreer);
  g_assert_true (ov_store_agree_strategy (store, strategy, &error));
  g_assert_no_error (error);
  switch_user (store, author);
  return strategy;
}

static OvAction *
add_action (OvStore    *store,
            OvCase     *the_case,
            OvStaff    *owner,
            const char *description,
            const char *due_on,
            gint64      review_id)
{
  OvAction *action = ov_action_new ();

  ov_action_set_case_id (action, id_of (the_case));
  ov_action_set_description (action, description);
  ov_action_set_owner_id (action, id_of (owner));
  ov_action_set_due_on (action, due_on);
  ov_action_set_review_id (action, review_id);
  save (store, action);
  return action;
}

static OvPerson *
add_person (OvStore      *store,
            OvCase       *the_case,
            const char   *name,
            OvPersonRole  roles,
            OvAgeStatus   age)
{
  OvPerson *person = ov_person_new ();

  ov_person_set_case_id (person, id_of (the_case));
  ov_person_set_name (person, name);
  ov_person_set_roles (person, roles);
  ov_person_set_age_status (person, age);
  ov_person_set_identified_on (person, "2026-11-20");
  save (store, person);
  return person;
}

/* A victim with everything the report shows: support, an agreed strategy with a right
 * met, an endorsed risk assessment, a safeguarding referral and an NRM referral with a
 * positive reasonable grounds decision. */
static void
fill_victim (OvStore    *store,
             OvPerson   *person,
             OvStaff    *officer,
             OvStaff    *supervisor,
             const char *plan)
{
  g_autoptr(OvVictimSupport) support = ov_victim_support_new ();
  g_autoptr(OvVictimStrategy) strategy = NULL;
  g_autoptr(GPtrArray) rights = NULL;
  g_autoptr(OvRiskAssessment) risk = ov_risk_assessment_new ();
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(OvNrmReferral) nrm = ov_nrm_referral_new ();
  g_autoptr(GError) error = NULL;

  ov_person_set_nationality (person, "Romanian");
  ov_person_set_languages (person, "Romanian, some English");
  ov_person_set_interpreter_needed (person, TRUE);
  ov_person_set_status (person, OV_PERSON_STATUS_IN_SUPPORT);
  save (store, person);

  ov_victim_support_set_person_id (support, id_of (person));
  ov_victim_support_set_role (support, OV_SUPPORT_ROLE_MSVLO);
  ov_victim_support_set_staff_id (support, id_of (officer));
  ov_victim_support_set_starts_on (support, "2026-11-20");
  ov_victim_support_set_lead (support, TRUE);
  g_assert_true (ov_store_assign_support (store, support, &error));
  g_assert_no_error (error);

  strategy = ov_store_draft_victim_strategy (store, id_of (person), &error);
  g_assert_no_error (error);
  ov_victim_strategy_set_safeguarding_plan (strategy, plan);
  ov_victim_strategy_set_contact_arrangements (strategy, "Weekly visit by the MSVLO with a "
                                                         "Romanian interpreter.");
  ov_victim_strategy_set_special_measures (strategy, "Screens at court; evidence by video link.");
  save (store, strategy);
  rights = ov_store_list_code_rights (store, id_of (strategy), &error);
  ov_victim_code_right_set_status (rights->pdata[0], OV_RIGHT_STATUS_MET);
  ov_victim_code_right_set_met_on (rights->pdata[0], "2026-11-21");
  ov_victim_code_right_set_evidence (rights->pdata[0], "Romanian interpreter at first account.");
  save (store, rights->pdata[0]);
  switch_user (store, supervisor);
  g_assert_true (ov_store_agree_victim_strategy (store, strategy, &error));
  g_assert_no_error (error);

  ov_risk_assessment_set_person_id (risk, id_of (person));
  ov_risk_assessment_set_assessor_id (risk, id_of (officer));
  ov_risk_assessment_set_threat (risk, "Controllers know where she lives.");
  ov_risk_assessment_set_vulnerability (risk, "Isolated, little English, owes a debt.");
  ov_risk_assessment_set_risk_factors (risk, OV_RISK_FACTOR_RE_TRAFFICKING |
                                             OV_RISK_FACTOR_DEBT_BONDAGE);
  ov_risk_assessment_set_grade (risk, OV_RISK_GRADE_MEDIUM);
  ov_risk_assessment_set_assessed_on (risk, "2026-11-22");
  g_assert_true (ov_store_add_risk_assessment (store, risk, &error));
  g_assert_true (ov_store_endorse_risk_assessment (store, risk, "Medium is right; review weekly.",
                                                   &error));
  g_assert_no_error (error);

  ov_safeguarding_referral_set_person_id (referral, id_of (person));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_ADULT_VICTIM_CARE);
  ov_safeguarding_referral_set_agency (referral, "The Salvation Army (MSVCC)");
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-20T15:00:00Z");
  ov_safeguarding_referral_set_outcome (referral, OV_REFERRAL_OUTCOME_ACCEPTED);
  ov_safeguarding_referral_set_outcome_on (referral, "2026-11-21");
  save (store, referral);

  ov_nrm_referral_set_person_id (nrm, id_of (person));
  ov_nrm_referral_set_route (nrm, OV_NRM_ROUTE_NRM_WITH_CONSENT);
  ov_nrm_referral_set_consent_given (nrm, TRUE);
  ov_nrm_referral_set_submitted_on (nrm, "2026-11-21");
  ov_nrm_referral_set_reference (nrm, "NRM-2026-4471");
  ov_nrm_referral_set_rg_outcome (nrm, OV_GROUNDS_OUTCOME_POSITIVE);
  ov_nrm_referral_set_rg_on (nrm, "2026-11-25");
  save (store, nrm);
}

/* ---- The stress case ----------------------------------------------------------------- */

static char *
long_text (const char *topic,
           guint       n_sentences)
{
  static const char * const phrases[] = {
    "was seen by the MSVLO with an interpreter and",
    "reported that the controllers held her passport and",
    "described twelve-hour shifts without breaks and",
    "gave an account consistent with the bank records and",
    "asked that her family abroad be kept informed and",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_sentences; i++)
    g_string_append_printf (text, "%s note %u: the victim %s agreed to the next step. ", topic,
                            i + 1, phrases[i % G_N_ELEMENTS (phrases)]);
  return g_string_free (text, FALSE);
}

typedef struct
{
  OvStaff   *supervisor;
  OvStaff   *other_supervisor;
  OvStaff   *investigator;
  OvCase    *the_case;
  OvReview  *last_review;
  GPtrArray *inputs;
} StressData;

static void
note_input (StressData *data,
            const char *text)
{
  if (data->inputs != NULL)
    g_ptr_array_add (data->inputs, g_strdup (text));
}

static gboolean
build_stress (OvStore  *store,
              gpointer  user_data,
              GError  **error)
{
  static const char * const lines[] = {
    "Financial investigation of the agency's accounts",
    "Trace the minibus used to move the workers",
    "Identify the landlord of the houses of multiple occupation",
    "Downloads of the controllers' phones",
    NULL
  };
  StressData *data = user_data;
  g_autofree char *summary = long_text ("Summary", 40);
  g_autofree char *aims = long_text ("Aims", 25);
  g_autoptr(OvStrategy) strategy = NULL;
  guint action_number = 0;
  GDate date;

  data->supervisor = test_add_supervisor (store);
  data->other_supervisor = add_other_supervisor (store);
  data->investigator = test_add_staff (store, "Tom Okafor", OV_PIP_LEVEL_PIP2,
                                       OV_ACCREDITATION_ACTIVE);
  {
    g_autoptr(OvCase) the_case = add_case (store, STRESS_REFERENCE, summary);

    allocate (store, the_case, data->investigator);
    data->the_case = ov_store_find_case (store, STRESS_REFERENCE, error);
  }
  note_input (data, summary);
  strategy = agree_strategy (store, data->the_case, data->supervisor, data->other_supervisor,
                             aims, "Labour exploitation through a recruitment agency.", lines);
  note_input (data, aims);

  /* Forty weekly reviews, from January; 280 actions open at the last, which sets twenty
   * more: three hundred actions in all, every one in the last review's report. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_JANUARY, 2026);
  for (guint r = 0; r < 40; r++)
    {
      g_autoptr(OvReview) review = NULL;
      g_autoptr(GPtrArray) checks = NULL;
      g_autoptr(GPtrArray) progress = NULL;
      g_autoptr(GError) local_error = NULL;
      char day[16];
      g_autofree char *held_at = NULL;
      g_autofree char *decided_at = NULL;
      g_autofree char *risk = NULL;
      g_autofree char *directions = NULL;

      g_date_strftime (day, sizeof day, "%Y-%m-%d", &date);
      held_at = g_strdup_printf ("%sT10:00:00Z", day);
      decided_at = g_strdup_printf ("%sT16:00:00Z", day);

      /* The actions are set just before the last review, so that the earlier ones do not
       * each check hundreds of open actions: the stress is on the report, not the store. */
      for (guint a = 0; a < (r == 39 ? 280 : 0); a++)
        {
          g_autofree char *description = NULL;
          g_autofree char *detail = NULL;
          g_autoptr(OvAction) action = NULL;

          action_number++;
          if (action_number % 25 == 0)
            detail = long_text ("Action detail", 6);
          description = detail != NULL
                        ? g_strdup_printf ("Action %03u: %s", action_number, detail)
                        : g_strdup_printf ("Action %03u: trace payments from account %u to the "
                                           "controllers", action_number, 4000 + action_number);
          action = add_action (store, data->the_case, data->investigator, description, day, 0);
          note_input (data, description);
        }

      review = ov_store_start_review (store, ov_record_get_id (OV_RECORD (data->the_case)),
                                      r == 0 ? OV_REVIEW_TYPE_INITIAL : OV_REVIEW_TYPE_PERIODIC,
                                      OV_REVIEW_TRIGGER_NONE, NULL, error);
      if (review == NULL)
        return FALSE;
      ov_review_set_held_at (review, held_at);

      checks = ov_store_list_review_action_checks (store, id_of (review), &local_error);
      g_assert_no_error (local_error);
      /* Actions stay open until the last review, which checks all of them. */
      for (guint c = 0; c < checks->len && r == 39; c++)
        {
          if (c % 3 != 0)
            continue;
          ov_review_action_check_set_status (checks->pdata[c], OV_ACTION_STATUS_DONE);
          save (store, checks->pdata[c]);
        }
      progress = ov_store_list_review_lines (store, id_of (review), &local_error);
      g_assert_no_error (local_error);
      for (guint l = 0; l < progress->len; l++)
        {
          g_autofree char *text = g_strdup_printf ("Progress at review %u on line %u: enquiries "
                                                   "continue with the agency's bank.", r + 1, l + 1);

          ov_review_line_set_progress (progress->pdata[l], text);
          save (store, progress->pdata[l]);
          if (r == 39)
            note_input (data, text);
        }

      if (r == 39)
        {
          gint64 attendees[] = { id_of (data->investigator), id_of (data->other_supervisor) };

          for (guint a = 0; a < 20; a++)
            {
              g_autofree char *description = NULL;
              g_autoptr(OvAction) action = NULL;

              action_number++;
              description = g_strdup_printf ("Action %03u: new action set at the last review "
                                             "for the victim care team", action_number);
              action = add_action (store, data->the_case, data->investigator, description,
                                   "2026-10-30", id_of (review));
              note_input (data, description);
            }
          ov_review_set_attendees (review, attendees, G_N_ELEMENTS (attendees));
          ov_review_set_risk_reassessed (review, TRUE);
          risk = long_text ("Risk", 60);
          ov_review_set_risk_notes (review, risk);
          note_input (data, risk);
          directions = long_text ("Direction", 45);
          ov_review_set_directions (review, directions);
          note_input (data, directions);
        }

      /* Decisions between reviews; the last period has one whose rationale runs longer
       * than a page. */
      for (guint d = 0; d < 3; d++)
        {
          g_autofree char *text = g_strdup_printf ("Decision %u.%u: keep the workers in "
                                                   "separate safe houses", r + 1, d + 1);
          g_autofree char *rationale = r == 38 && d == 2
                                       ? long_text ("Rationale", 120)
                                       : g_strdup_printf ("Rationale %u.%u: the controllers "
                                                          "have contacts in the town.", r + 1,
                                                          d + 1);
          g_autofree char *at = g_strdup_printf ("%sT1%u:00:00Z", day, d + 3);
          g_autoptr(OvDecision) decision = ov_decision_new ();

          ov_decision_set_case_id (decision, id_of (data->the_case));
          ov_decision_set_decided_at (decision, at);
          ov_decision_set_decision (decision, text);
          ov_decision_set_rationale (decision, rationale);
          if (!ov_store_record_decision (store, decision, error))
            return FALSE;
          if (r == 38)
            {
              note_input (data, text);
              note_input (data, rationale);
            }
        }

      if (!ov_store_sign_off_review (store, review, error))
        return FALSE;
      if (r == 39)
        data->last_review = g_object_ref (review);
      g_date_add_days (&date, 7);
    }
  g_assert_cmpuint (action_number, ==, 300);

  /* Twelve victims, each with the whole record and long texts. */
  for (guint v = 0; v < 12; v++)
    {
      g_autofree char *name = g_strdup_printf ("Stress Victim %02u", v + 1);
      g_autofree char *plan = long_text (name, 18 + v);
      g_autoptr(OvPerson) person = add_person (store, data->the_case, name,
                                               OV_PERSON_ROLE_VICTIM, OV_AGE_STATUS_ADULT);

      fill_victim (store, person, data->investigator, data->supervisor, plan);
      note_input (data, name);
      note_input (data, plan);
    }
  return TRUE;
}

/**
 * test_report_stress_store:
 * @the_case: (out): the stress case
 * @last_review: (out): its fortieth review
 * @inputs: (nullable): filled with the texts put in that the review report must show
 *
 * The stress case: 300 actions, 40 reviews, very long texts and 12 victims, built in one
 * transaction. Shared with the benchmark.
 */
OvStore *
test_report_stress_store (OvCase    **the_case,
                          OvReview  **last_review,
                          GPtrArray  *inputs)
{
  g_autoptr(GError) error = NULL;
  OvStore *store = test_store_new ();
  StressData data = { 0 };

  data.inputs = inputs;
  g_assert_true (ov_store_run_in_transaction (store, build_stress, &data, &error));
  g_assert_no_error (error);

  *the_case = data.the_case;
  *last_review = data.last_review;
  g_clear_object (&data.supervisor);
  g_clear_object (&data.other_supervisor);
  g_clear_object (&data.investigator);
  return store;
}

#ifndef OV_REPORT_STRESS_ONLY

/* ---- The fixture case ---------------------------------------------------------------- */

static void
add_decision (OvStore    *store,
              OvCase     *the_case,
              const char *decided_at,
              const char *decision_text,
              const char *rationale,
              const char *rejected)
{
  g_autoptr(OvDecision) decision = ov_decision_new ();
  g_autoptr(GError) error = NULL;

  ov_decision_set_case_id (decision, id_of (the_case));
  ov_decision_set_decided_at (decision, decided_at);
  ov_decision_set_decision (decision, decision_text);
  ov_decision_set_rationale (decision, rationale);
  ov_decision_set_options_rejected (decision, rejected);
  g_assert_true (ov_store_record_decision (store, decision, &error));
  g_assert_no_error (error);
}

typedef struct
{
  OvStore  *store;
  OvStaff  *supervisor;        /* Helen Marsh, the test account */
  OvStaff  *other_supervisor;  /* Gareth Lloyd */
  OvStaff  *investigator;      /* Tom Okafor, PIP2 */
  OvCase   *the_case;
  OvPerson *adult;
  OvPerson *child;
  OvPerson *witness;
  OvReview *review;            /* signed off, with an addendum */
  char     *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const char * const lines[] = {
    "Financial enquiries on the car wash accounts",
    "Cell-site analysis of the controllers' phones",
    NULL
  };
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(OvAction) statements = NULL;
  g_autoptr(OvAction) cctv = NULL;
  g_autoptr(OvAction) interviews = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(OvAddendum) addendum = NULL;
  g_autoptr(OvVictimStrategy) draft = NULL;
  g_autoptr(OvPersonRestricted) restricted = ov_person_restricted_new ();
  g_autoptr(GError) error = NULL;
  gint64 attendees[2];

  f->store = test_store_new ();
  f->supervisor = test_add_supervisor (f->store);
  f->other_supervisor = add_other_supervisor (f->store);
  f->investigator = test_add_staff (f->store, "Tom Okafor", OV_PIP_LEVEL_PIP2,
                                    OV_ACCREDITATION_ACTIVE);
  f->the_case = add_case (f->store, CASE_REFERENCE,
                          "Six men found living in a shipping container behind a hand car "
                          "wash, working twelve-hour days for food and a mattress.");
  allocate (f->store, f->the_case, f->investigator);
  g_clear_object (&f->the_case);
  f->the_case = ov_store_find_case (f->store, CASE_REFERENCE, &error);

  strategy = agree_strategy (f->store, f->the_case, f->supervisor, f->other_supervisor,
                             "Safeguard the six workers and identify the controllers.",
                             "Labour exploitation at the Riverside hand car wash, 2025-2026.",
                             lines);

  statements = add_action (f->store, f->the_case, f->investigator,
                           "Obtain the car wash bank statements", "2026-11-20", 0);
  cctv = add_action (f->store, f->the_case, f->investigator,
                     "Request CCTV from the retail park", "2026-12-04", 0);

  f->review = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_PERIODIC,
                                     OV_REVIEW_TRIGGER_NONE, NULL, &error);
  g_assert_no_error (error);
  progress = ov_store_list_review_lines (f->store, id_of (f->review), &error);
  ov_review_line_set_progress (progress->pdata[0], "Statements obtained; cash withdrawals traced "
                                                   "to two controllers.");
  ov_review_line_set_status (progress->pdata[0], OV_LINE_STATUS_COMPLETED);
  save (f->store, progress->pdata[0]);
  checks = ov_store_list_review_action_checks (f->store, id_of (f->review), &error);
  ov_review_action_check_set_status (checks->pdata[0], OV_ACTION_STATUS_DONE);
  ov_review_action_check_set_note (checks->pdata[0], "Received from the bank on 18 November.");
  save (f->store, checks->pdata[0]);
  interviews = add_action (f->store, f->the_case, f->investigator,
                           "Arrange ABE interviews with two of the workers", "2026-12-11",
                           id_of (f->review));

  attendees[0] = id_of (f->investigator);
  attendees[1] = id_of (f->other_supervisor);
  ov_review_set_attendees (f->review, attendees, G_N_ELEMENTS (attendees));
  ov_review_set_risk_reassessed (f->review, TRUE);
  ov_review_set_risk_notes (f->review, "Risk to the workers remains medium while the "
                                       "controllers are at large.");
  ov_review_set_directions (f->review, "Prioritise the ABE interviews before any arrest.");
  ov_review_set_parameters_confirmed (f->review, TRUE);
  ov_review_set_ownership_confirmed (f->review, TRUE);
  add_decision (f->store, f->the_case, "2026-11-24T10:00:00Z",
                "Delay arrests until the workers are safe in support.",
                "Arresting first risks retaliation against the workers' families.",
                "Arrest at once on the evidence of the first account.");
  g_assert_true (ov_store_sign_off_review (f->store, f->review, &error));
  g_assert_no_error (error);
  addendum = ov_store_add_addendum (f->store, f->review,
                                    "The second ABE interview is now booked for 9 December.",
                                    &error);
  g_assert_no_error (error);

  f->adult = add_person (f->store, f->the_case, "Ana Popescu", OV_PERSON_ROLE_VICTIM,
                         OV_AGE_STATUS_ADULT);
  fill_victim (f->store, f->adult, f->investigator, f->supervisor,
               "Safe house arranged through the MSVCC; no contact with the car wash.");
  ov_person_restricted_set_person_id (restricted, id_of (f->adult));
  ov_person_restricted_set_address (restricted, "Flat 2, 14 Example Road");
  ov_person_restricted_set_phone (restricted, "07700 900123");
  save (f->store, restricted);

  f->child = add_person (f->store, f->the_case, "Child B", OV_PERSON_ROLE_VICTIM,
                         OV_AGE_STATUS_AGE_DISPUTED);
  draft = ov_store_draft_victim_strategy (f->store, id_of (f->child), &error);
  g_assert_no_error (error);
  ov_victim_strategy_set_safeguarding_plan (draft, "Emergency foster placement; ICTG referral.");
  save (f->store, draft);

  f->witness = add_person (f->store, f->the_case, "Witness Cora Lake", OV_PERSON_ROLE_WITNESS,
                           OV_AGE_STATUS_ADULT);

  f->dir = g_build_filename (g_get_user_data_dir (), "reports", NULL);
  g_mkdir_with_parents (f->dir, 0700);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->review);
  g_clear_object (&f->witness);
  g_clear_object (&f->child);
  g_clear_object (&f->adult);
  g_clear_object (&f->the_case);
  g_clear_object (&f->investigator);
  g_clear_object (&f->other_supervisor);
  g_clear_object (&f->supervisor);
  g_clear_object (&f->store);
  g_free (f->dir);
}

static char *
output_path (Fixture    *f,
             const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* ---- Reading PDFs back --------------------------------------------------------------- */

/* The tools are part of the test set-up (build-aux/deps.sh installs them): a missing one
 * fails the test rather than skipping what it checks. */
static char *
run_tool (const char *tool,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  char *path = g_find_program_in_path (tool);
  const char *arg;
  int wait_status = 0;
  va_list args;

  if (path == NULL)
    g_error ("%s is not installed: install poppler-utils and qpdf (build-aux/deps.sh)", tool);

  g_ptr_array_add (argv, path);
  va_start (args, tool);
  for (arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &wait_status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) != 0)
    g_error ("%s failed (%d): %s%s", tool, wait_status, out, err);
  return out;
}

static char *
pdf_text (const char *path)
{
  return run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
}

/* The text of each page: pdftotext ends every page with a form feed. */
static GStrv
pdf_page_texts (const char *path,
                gboolean    raw)
{
  g_autofree char *text = raw ? run_tool ("pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL)
                              : run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);

  return g_strsplit (text, "\f", -1);
}

static char *
pdf_info (const char *path,
          const char *field)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s:", field);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], prefix))
        return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
    }
  return NULL;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *pages = pdf_info (path, "Pages");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

static void
assert_qpdf_check (const char *path)
{
  g_autofree char *out = run_tool ("qpdf", "--check", path, NULL);

  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors"));
}

/* Text without any white space: what was laid out, whatever the line breaks. */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
remove_all (GString    *text,
            const char *what)
{
  g_autofree char *squashed = squash (what);
  gsize length = strlen (squashed);
  char *found;

  if (length == 0)
    return;
  while ((found = strstr (text->str, squashed)) != NULL)
    g_string_erase (text, found - text->str, length);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is missing from the report's text:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” should not be in the report's text", needle);
}

/* Every page's furniture, and nothing drawn off the page. */
static void
assert_pages (OvReportDocument *document,
              const char       *path,
              guint             n_pages)
{
  const char *marking = ov_report_document_get_marking (document);
  g_auto(GStrv) pages = pdf_page_texts (path, FALSE);

  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint page = 1; page <= n_pages; page++)
    {
      const char *text = pages[page - 1];
      g_autofree char *page_of = g_strdup_printf ("Page %u of %u", page, n_pages);
      g_autofree char *printed = g_strdup_printf ("Printed by %s on %s",
                                                  ov_report_document_get_printed_by (document),
                                                  ov_report_document_get_printed_at (document));
      const char *first = strstr (text, marking);

      /* The marking at the top and again at the bottom. */
      g_assert_nonnull (first);
      g_assert_nonnull (strstr (first + strlen (marking), marking));
      assert_contains (text, ov_report_document_get_title (document));
      assert_contains (text, ov_report_document_get_case_reference (document));
      assert_contains (text, ov_report_document_get_operation_name (document));
      assert_contains (text, page_of);
      assert_contains (text, printed);
      if (ov_report_document_get_draft (document))
        assert_contains (text, "DRAFT — not signed off");
      else
        assert_lacks (text, "DRAFT — not signed off");
    }
}

/* Every word pdftotext finds lies on the page, between the side margins. */
static void
assert_words_on_page (const char *path)
{
  g_autofree char *html = run_tool ("pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL);
  g_auto(GStrv) lines = g_strsplit (html, "\n", -1);
  double width = 0, height = 0;
  guint n_words = 0;

  /* One element a line: <page width=… height=…> or <word xMin=… yMin=… xMax=… yMax=…>. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = g_strstrip (lines[i]);
      double x_min, y_min, x_max, y_max;

      if (sscanf (p, "<page width=\"%lf\" height=\"%lf\"", &width, &height) == 2)
        continue;
      if (sscanf (p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                  &x_min, &y_min, &x_max, &y_max) != 4)
        continue;
      n_words++;
      g_assert_cmpfloat (width, >, 0);
      /* 18 mm side margins, less a little for glyph overhang. */
      if (x_min < 48 || x_max > width - 48 || y_min < 0 || y_max > height)
        g_error ("a word lies off the page or in the margin: %.80s", p);
    }
  g_assert_cmpuint (n_words, >, 50);
}

/* Everything cairo draws — text, rules, fills — stays inside the paper. */
static void
assert_ink_on_page (OvReportLayout *layout)
{
  for (guint i = 0; i < ov_report_layout_get_n_pages (layout); i++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                                 NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, width, height;

      ov_report_layout_draw_page (layout, cr, i);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      cairo_surface_destroy (surface);

      g_assert_cmpfloat (width, >, 0);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + width, <=, ov_report_layout_get_page_width (layout));
      g_assert_cmpfloat (y + height, <=, ov_report_layout_get_page_height (layout));
    }
}

/* In how many pieces @text is found in @body, in order, each as long as it can be; 0 if
 * some of it is missing. A text the pages split, or a table cell whose row continues
 * beside other cells, comes in one piece per page it is on. */
static guint
count_pieces (const char *body,
              const char *text)
{
  const char *cursor = body;
  const char *end = body + strlen (body);
  gsize remaining = strlen (text);
  guint pieces = 0;

  while (remaining > 0)
    {
      gsize found = 0;
      gsize low = 1;
      gsize high = remaining;
      const char *where;

      while (low <= high)
        {
          gsize middle = (low + high) / 2;

          if (memmem (cursor, end - cursor, text, middle) != NULL)
            {
              found = middle;
              low = middle + 1;
            }
          else
            high = middle - 1;
        }
      if (found == 0)
        return 0;
      where = memmem (cursor, end - cursor, text, found);
      cursor = where + found;
      text += found;
      remaining -= found;
      pieces++;
    }
  return pieces;
}

/* Every text of the document is in the PDF's text, whichever pages it was split across. */
static void
assert_all_text_present (OvReportDocument *document,
                         const char       *path,
                         guint             n_pages,
                         GPtrArray        *inputs)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) texts = ov_report_document_collect_text (document);
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) skip = g_hash_table_new (NULL, NULL);
  g_autofree char *case_line = g_strdup_printf ("%s · %s",
                                                ov_report_document_get_case_reference (document),
                                                ov_report_document_get_operation_name (document));
  g_autofree char *printed = g_strdup_printf ("Printed by %s on %s",
                                              ov_report_document_get_printed_by (document),
                                              ov_report_document_get_printed_at (document));
  g_autofree char *full = NULL;
  g_auto(GStrv) pages = NULL;

  /* Column headers repeat on every page a table continues on: take them out of the text
   * (they are looked for on their own) so that a row split across pages joins up. */
  for (guint i = 0; i < ov_report_document_get_n_blocks (document); i++)
    {
      const OvReportBlock *block = _ov_report_document_get_block (document, i);
      g_autofree char *joined = NULL;

      if (block->kind != OV_REPORT_BLOCK_TABLE)
        continue;
      joined = g_strjoinv ("", block->headers);
      g_ptr_array_add (headers, squash (joined));
      for (guint c = 0; c < block->n_columns; c++)
        g_hash_table_add (skip, block->headers[c]);
    }

  pages = pdf_page_texts (path, TRUE);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *squashed = squash (pages[page - 1]);
      g_autoptr(GString) text = g_string_new (squashed);
      g_autofree char *page_of = g_strdup_printf ("Page %u of %u", page, n_pages);

      remove_all (text, ov_report_document_get_marking (document));
      remove_all (text, ov_report_document_get_title (document));
      remove_all (text, case_line);
      remove_all (text, printed);
      remove_all (text, page_of);
      g_string_append (body, text->str);
    }
  full = g_strdup (body->str);
  for (guint i = 0; i < headers->len; i++)
    remove_all (body, headers->pdata[i]);

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *squashed = squash (texts->pdata[i]);
      guint pieces;

      if (*squashed == '\0')
        continue;
      /* Column headers anywhere; everything else whole, or split only by page breaks. */
      if (g_hash_table_contains (skip, texts->pdata[i]))
        pieces = strstr (full, squashed) != NULL ? 1 : 0;
      else
        pieces = count_pieces (body->str, squashed);
      if (pieces == 0 || pieces > n_pages)
        g_error ("text %u of the document is missing from the PDF (%u pieces): “%.200s”", i,
                 pieces, (const char *) texts->pdata[i]);
    }
  for (guint i = 0; inputs != NULL && i < inputs->len; i++)
    {
      g_autofree char *squashed = squash (inputs->pdata[i]);
      guint pieces = count_pieces (body->str, squashed);

      if (pieces == 0 || pieces > n_pages)
        g_error ("input %u is missing from the PDF (%u pieces): “%.200s”", i, pieces,
                 (const char *) inputs->pdata[i]);
    }
}

static GPtrArray *
audit_events (OvStore    *store,
              const char *uuid,
              const char *action)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *matching = g_ptr_array_new_with_free_func ((GDestroyNotify) ov_audit_event_free);

  events = ov_store_list_audit_events (store, uuid, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = events->pdata[i];

      if (g_str_equal (event->action, action))
        g_ptr_array_add (matching, g_ptr_array_steal_index (events, i--));
    }
  return matching;
}

/* ---- The victim strategy report ------------------------------------------------------- */

static void
test_victim_strategy_sections (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvReportLayout) layout = NULL;
  g_autoptr(GPtrArray) prints = NULL;
  g_autoptr(GPtrArray) consults = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path (f, "victims.pdf");
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *squashed = NULL;
  const char *case_uuid = ov_record_get_uuid (OV_RECORD (f->the_case));
  guint n_pages;

  document = ov_report_build_victim_strategy (f->store, f->the_case, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (ov_report_document_get_draft (document));
  g_assert_false (ov_report_document_get_restricted (document));
  g_assert_true (ov_report_export_pdf (f->store, document, path, "CPS Yorkshire",
                                       "Pre-charge advice file", &error));
  g_assert_no_error (error);

  layout = ov_report_layout_new (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, NULL);
  n_pages = pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, ov_report_layout_get_n_pages (layout));
  /* Each victim starts on a page of their own. */
  g_assert_cmpuint (n_pages, >=, 2);

  title = pdf_info (path, "Title");
  author = pdf_info (path, "Author");
  subject = pdf_info (path, "Subject");
  g_assert_cmpstr (title, ==, "Victim strategy report — " CASE_REFERENCE);
  g_assert_cmpstr (author, ==, "Helen Marsh");
  g_assert_cmpstr (subject, ==, "Victim strategy report for all victims, " CASE_REFERENCE
                                " (" OPERATION ")");
  assert_qpdf_check (path);
  assert_pages (document, path, n_pages);

  text = pdf_text (path);
  squashed = squash (text);
  for (const char * const *expected = (const char * const[]) {
         "Case summary", "Six men found living in a shipping container", "Tom Okafor",
         "Human trafficking (MSA s2)", "All victims (2)",
         "Victim: Ana Popescu", "Identity", "Romanian, some English", "Adult",
         "Lead contact and support", "MSVLO",
         "Victim strategy", "Version 1, agreed by Helen Marsh on",
         "Safe house arranged through the MSVCC", "Weekly visit by the MSVLO",
         "Victims’ Code tracker", "1. To understand and to be understood", "Met",
         "Romanian interpreter at first account.", "12. To make a complaint",
         "Risk assessment (THRIVE)", "Medium", "Controllers know where she lives.",
         "Re-trafficking", "By Helen Marsh on", "Medium is right; review weekly.",
         "Safeguarding referrals", "The Salvation Army (MSVCC)", "Accepted on 21 Nov 2026",
         "NRM and Duty to Notify", "Positive reasonable grounds", "NRM-2026-4471",
         "Positive on 25 Nov 2026", "Recovery period ends", "25 Dec 2026",
         "Open findings", "Supervisory oversight", "Victim strategy version 1 agreed",
         "Risk assessment of 22 Nov 2026 (Medium) endorsed",
         "Victim: Child B", "Age disputed (treated as a child)",
         "No version of this victim strategy has been agreed",
         "Emergency foster placement; ICTG referral.",
         "No risk assessment is recorded for this victim.",
         "No NRM referral or MS1 notification is recorded",
         "End of report.", NULL };
       *expected != NULL; expected++)
    {
      g_autofree char *needle = squash (*expected);

      if (strstr (squashed, needle) == NULL)
        g_error ("“%s” is missing from the victim strategy report:\n%s", *expected, text);
    }

  /* Only victims, and no restricted details unless chosen. */
  assert_lacks (text, "Witness Cora Lake");
  assert_lacks (text, "Example Road");
  assert_lacks (text, "07700 900123");
  assert_contains (text, "Address and contact details are restricted");
  assert_all_text_present (document, path, n_pages, NULL);
  assert_words_on_page (path);
  assert_ink_on_page (layout);

  /* The export is one disclosure event on the case: what, for whom, why. Nothing was
   * revealed, so no consultation was logged. */
  prints = audit_events (f->store, case_uuid, "print");
  g_assert_cmpuint (prints->len, ==, 1);
  g_assert_cmpstr (((OvAuditEvent *) prints->pdata[0])->entity, ==, "report");
  g_assert_cmpint (((OvAuditEvent *) prints->pdata[0])->actor_id, ==, id_of (f->supervisor));
  assert_contains (((OvAuditEvent *) prints->pdata[0])->detail,
                   "Victim strategy report for all victims");
  assert_contains (((OvAuditEvent *) prints->pdata[0])->detail, "exported to PDF for CPS Yorkshire");
  assert_contains (((OvAuditEvent *) prints->pdata[0])->detail, "Reason: Pre-charge advice file");
  assert_lacks (((OvAuditEvent *) prints->pdata[0])->detail, "restricted");
  consults = audit_events (f->store, ov_record_get_uuid (OV_RECORD (f->adult)), "consult");
  g_assert_cmpuint (consults->len, ==, 0);

  /* The file holds victims' details: its owner alone may read it. */
  {
    GStatBuf buf;

    g_assert_cmpint (g_stat (path, &buf), ==, 0);
    g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  }
}

static void
test_victim_strategy_restricted (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvReportDocument) refused = NULL;
  g_autoptr(GPtrArray) consults = NULL;
  g_autoptr(GPtrArray) prints = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path (f, "restricted.pdf");
  g_autofree char *text = NULL;

  /* Including restricted details needs a reason of its own. */
  refused = ov_report_build_victim_strategy (f->store, f->the_case, id_of (f->adult), " ",
                                             &error);
  g_assert_null (refused);
  g_assert_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NO_REASON);
  g_clear_error (&error);

  document = ov_report_build_victim_strategy (f->store, f->the_case, id_of (f->adult),
                                              "Safe visit planning with the MSVCC", &error);
  g_assert_no_error (error);
  g_assert_true (ov_report_document_get_restricted (document));
  g_assert_true (ov_report_export_pdf (f->store, document, path, NULL,
                                       "Safe visit planning with the MSVCC", &error));
  g_assert_no_error (error);

  text = pdf_text (path);
  assert_contains (text, "Restricted details");
  assert_contains (text, "Flat 2, 14 Example Road");
  assert_contains (text, "07700 900123");
  assert_contains (text, "Safe visit planning with the MSVCC");

  /* Revealing them was a consultation with its reason; the export says they went out. */
  consults = audit_events (f->store, ov_record_get_uuid (OV_RECORD (f->adult)), "consult");
  g_assert_cmpuint (consults->len, ==, 1);
  assert_contains (((OvAuditEvent *) consults->pdata[0])->detail,
                   "Safe visit planning with the MSVCC");
  prints = audit_events (f->store, ov_record_get_uuid (OV_RECORD (f->the_case)), "print");
  g_assert_cmpuint (prints->len, ==, 1);
  assert_contains (((OvAuditEvent *) prints->pdata[0])->detail,
                   "It includes restricted address and contact details.");
  assert_lacks (((OvAuditEvent *) prints->pdata[0])->detail, "Example Road");
}

static void
test_victim_strategy_one_victim (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvReportLayout) layout = NULL;
  g_autoptr(OvReportDocument) witness = NULL;
  g_autoptr(OvReportDocument) nobody = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path (f, "child.pdf");
  g_autofree char *text = NULL;
  g_autofree char *subject = NULL;

  document = ov_report_build_victim_strategy (f->store, f->the_case, id_of (f->child), NULL,
                                              &error);
  g_assert_no_error (error);
  g_assert_true (ov_report_write_pdf (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, path,
                                      &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  assert_contains (text, "Victim: Child B");
  assert_lacks (text, "Ana Popescu");
  subject = pdf_info (path, "Subject");
  g_assert_cmpstr (subject, ==, "Victim strategy report for Child B, " CASE_REFERENCE " ("
                                OPERATION ")");
  layout = ov_report_layout_new (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, NULL);
  g_assert_cmpuint (pdf_pages (path), ==, ov_report_layout_get_n_pages (layout));
  assert_pages (document, path, ov_report_layout_get_n_pages (layout));

  witness = ov_report_build_victim_strategy (f->store, f->the_case, id_of (f->witness), NULL,
                                             &error);
  g_assert_null (witness);
  g_assert_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_INVALID);
  g_clear_error (&error);

  nobody = ov_report_build_victim_strategy (f->store, f->the_case, 987654, NULL, &error);
  g_assert_null (nobody);
  g_assert_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NOT_FOUND);
}

/* ---- The supervisory review report ---------------------------------------------------- */

static void
test_review_sections (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvReportLayout) layout = NULL;
  g_autoptr(GPtrArray) prints = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path (f, "review.pdf");
  g_autofree char *text = NULL;
  g_autofree char *squashed = NULL;
  g_autofree char *title = NULL;
  guint n_pages;

  document = ov_report_build_review (f->store, f->review, &error);
  g_assert_no_error (error);
  g_assert_false (ov_report_document_get_draft (document));
  g_assert_true (ov_report_export_pdf (f->store, document, path, NULL, "Case file", &error));
  g_assert_no_error (error);

  layout = ov_report_layout_new (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, NULL);
  n_pages = pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, ov_report_layout_get_n_pages (layout));
  title = pdf_info (path, "Title");
  g_assert_cmpstr (title, ==, "Supervisory review report — " CASE_REFERENCE);
  assert_qpdf_check (path);
  assert_pages (document, path, n_pages);

  text = pdf_text (path);
  squashed = squash (text);
  for (const char * const *expected = (const char * const[]) {
         "Case summary", "Allocation", "Officer in the case", "Tom Okafor", "PIP2",
         "Met: PIP2 or higher, accredited",
         "Investigative strategy in force", "Gareth Lloyd on",
         "Safeguard the six workers and identify the controllers.",
         "Labour exploitation at the Riverside hand car wash", "ROCU notified", "4 Nov 2026",
         "The review", "Periodic", "Reviewing supervisor", "Helen Marsh",
         "Attendees", "Tom Okafor, Gareth Lloyd",
         "Risk re-assessed", "Investigation parameters confirmed",
         "Ownership of the investigation confirmed",
         "Risk re-assessment", "Risk to the workers remains medium",
         "Lines of enquiry", "Financial enquiries on the car wash accounts", "Completed",
         "Statements obtained; cash withdrawals traced to two controllers.",
         "Cell-site analysis of the controllers' phones",
         "Actions checked", "Obtain the car wash bank statements", "Done",
         "Received from the bank on 18 November.", "Request CCTV from the retail park",
         "New actions set at this review", "Arrange ABE interviews with two of the workers",
         "11 Dec 2026",
         "Directions", "Prioritise the ABE interviews before any arrest.",
         "Next review", "Sign-off", "Signed off by Helen Marsh on",
         "Addenda", "The second ABE interview is now booked for 9 December.",
         "Findings open on the day of the review",
         "Decision log since the previous review", "This is the case’s first review",
         "Delay arrests until the workers are safe in support.",
         "Rationale: Arresting first risks retaliation",
         "Options rejected: Arrest at once", "End of report.", NULL };
       *expected != NULL; expected++)
    {
      g_autofree char *needle = squash (*expected);

      if (strstr (squashed, needle) == NULL)
        g_error ("“%s” is missing from the review report:\n%s", *expected, text);
    }
  assert_lacks (text, "DRAFT — not signed off");
  assert_all_text_present (document, path, n_pages, NULL);
  assert_words_on_page (path);
  assert_ink_on_page (layout);

  prints = audit_events (f->store, ov_record_get_uuid (OV_RECORD (f->the_case)), "print");
  g_assert_cmpuint (prints->len, ==, 1);
  assert_contains (((OvAuditEvent *) prints->pdata[0])->detail,
                   "Supervisory review report of the review held on");
  assert_contains (((OvAuditEvent *) prints->pdata[0])->detail, "Reason: Case file");
}

static void
test_review_draft_watermark (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(OvReview) draft = NULL;
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path (f, "draft.pdf");
  g_autofree char *text = NULL;
  guint n_pages;

  draft = ov_store_start_review (f->store, id_of (f->the_case), OV_REVIEW_TYPE_TRIGGERED,
                                 OV_REVIEW_TRIGGER_ARREST, "Two controllers arrested.", &error);
  g_assert_no_error (error);
  g_assert_false (ov_review_is_signed_off (draft));

  document = ov_report_build_review (f->store, draft, &error);
  g_assert_no_error (error);
  g_assert_true (ov_report_document_get_draft (document));
  g_assert_true (ov_report_export_pdf (f->store, document, path, NULL, "Briefing", &error));
  g_assert_no_error (error);

  n_pages = pdf_pages (path);
  assert_pages (document, path, n_pages);  /* "DRAFT — not signed off" on every page */
  assert_qpdf_check (path);
  text = pdf_text (path);
  assert_contains (text, "Triggered");
  assert_contains (text, "Arrest: Two controllers arrested.");
  assert_contains (text, "DRAFT — not signed off. This review may still change");

  /* The decision log runs from the previous review, the signed-off one. */
  assert_contains (text, "Entries decided after the previous review");
  assert_lacks (text, "Delay arrests until the workers are safe in support.");
}

/* ---- Disclosure ---------------------------------------------------------------------- */

static void
test_export_needs_reason (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) printed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path (f, "no-reason.pdf");
  const char *case_uuid = ov_record_get_uuid (OV_RECORD (f->the_case));

  document = ov_report_build_review (f->store, f->review, &error);
  g_assert_no_error (error);
  before = ov_store_list_audit_events (f->store, NULL, &error);

  /* No reason, no report, no event. */
  g_assert_false (ov_report_export_pdf (f->store, document, path, "ROCU", "  ", &error));
  g_assert_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NO_REASON);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (ov_report_record_disclosure (f->store, document, OV_REPORT_OUTPUT_PRINT, NULL,
                                               NULL, &error));
  g_assert_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NO_REASON);
  g_clear_error (&error);
  after = ov_store_list_audit_events (f->store, NULL, &error);
  g_assert_cmpuint (after->len, ==, before->len);

  /* A file that cannot be written leaves no event either. */
  g_assert_false (ov_report_export_pdf (f->store, document, "/nonexistent-folder/report.pdf",
                                        NULL, "Case file", &error));
  g_assert_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_WRITE);
  g_clear_error (&error);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = ov_store_list_audit_events (f->store, NULL, &error);
  g_assert_cmpuint (after->len, ==, before->len);

  /* Printing from the GUI records the same kind of event. */
  g_assert_true (ov_report_record_disclosure (f->store, document, OV_REPORT_OUTPUT_PRINT,
                                              "Strategic partners meeting", "Quarterly review",
                                              &error));
  g_assert_no_error (error);
  printed = audit_events (f->store, case_uuid, "print");
  g_assert_cmpuint (printed->len, ==, 1);
  assert_contains (((OvAuditEvent *) printed->pdata[0])->detail,
                   "printed for Strategic partners meeting. Reason: Quarterly review");

  /* The audit chain stays intact. */
  g_assert_true (ov_store_verify_audit (f->store, NULL, &error));
  g_assert_no_error (error);
}

static GString *printed_output;

static void
collect_print (const char *text)
{
  g_string_append (printed_output, text);
}

static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GString) output = g_string_new (NULL);
  GPrintFunc previous_handler;
  g_autofree char *victims = output_path (f, "cli-victims.pdf");
  g_autofree char *review = output_path (f, "cli-review.pdf");
  g_autofree char *latest = output_path (f, "cli-latest.pdf");
  g_autofree char *review_id = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) prints = NULL;
  const char *case_uuid = ov_record_get_uuid (OV_RECORD (f->the_case));

  /* What the command prints, kept off the test's own output. */
  printed_output = output;
  previous_handler = g_set_print_handler (collect_print);

  g_assert_cmpint (ov_report_run_command (f->store, "victim-strategy", CASE_REFERENCE, 0, 0,
                                          victims, "Offline pack for the operation"), ==, 0);
  assert_contains (output->str, "Exported Victim strategy report for all victims, "
                                CASE_REFERENCE " (" OPERATION ") to ");
  assert_contains (output->str, victims);
  g_assert_cmpuint (pdf_pages (victims), >=, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "victim-strategy", CASE_REFERENCE,
                                          id_of (f->adult), 0, victims, "Offline pack"), ==, 0);
  text = pdf_text (victims);
  assert_contains (text, "Victim: Ana Popescu");
  assert_lacks (text, "Child B");
  assert_lacks (text, "Example Road");

  g_assert_cmpint (ov_report_run_command (f->store, "review", CASE_REFERENCE, 0,
                                          id_of (f->review), review, "Case file"), ==, 0);
  g_assert_cmpint (ov_report_run_command (f->store, "review", CASE_REFERENCE, 0, 0, latest,
                                          "Case file"), ==, 0);
  g_clear_pointer (&text, g_free);
  text = pdf_text (latest);
  assert_contains (text, "Signed off by Helen Marsh");

  prints = audit_events (f->store, case_uuid, "print");
  g_assert_cmpuint (prints->len, ==, 4);
  assert_contains (((OvAuditEvent *) prints->pdata[0])->detail,
                   "Reason: Offline pack for the operation");

  /* Refused: exit status 2, and nothing disclosed. */
  g_assert_cmpint (ov_report_run_command (f->store, "review", CASE_REFERENCE, 0, 0, latest, NULL),
                   ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "summary", CASE_REFERENCE, 0, 0, latest,
                                          "Case file"), ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, NULL, CASE_REFERENCE, 0, 0, latest,
                                          "Case file"), ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "review", NULL, 0, 0, latest, "Case file"),
                   ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "review", CASE_REFERENCE, 0, 0, NULL,
                                          "Case file"), ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "review", "MSHT/1999/0001", 0, 0, latest,
                                          "Case file"), ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "review", CASE_REFERENCE, 0, 424242, latest,
                                          "Case file"), ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "review", CASE_REFERENCE, id_of (f->adult),
                                          0, latest, "Case file"), ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "victim-strategy", CASE_REFERENCE, 0,
                                          id_of (f->review), latest, "Case file"), ==, 2);
  g_assert_cmpint (ov_report_run_command (f->store, "victim-strategy", CASE_REFERENCE,
                                          id_of (f->witness), 0, latest, "Case file"), ==, 2);
  g_clear_pointer (&prints, g_ptr_array_unref);
  prints = audit_events (f->store, case_uuid, "print");
  g_assert_cmpuint (prints->len, ==, 4);

  /* The options as GApplication hands them over, filename as bytes. */
  {
    g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
    g_autoptr(GVariantDict) none = g_variant_dict_new (NULL);
    g_autofree char *from_options = output_path (f, "cli-options.pdf");

    g_assert_false (ov_report_options_present (none));
    g_variant_dict_insert (options, "report", "s", "victim-strategy");
    g_variant_dict_insert (options, "case", "s", CASE_REFERENCE);
    g_variant_dict_insert (options, "person", "x", id_of (f->child));
    g_variant_dict_insert_value (options, "output", g_variant_new_bytestring (from_options));
    g_variant_dict_insert (options, "reason", "s", "Strategy meeting");
    g_assert_true (ov_report_options_present (options));
    g_assert_cmpint (ov_report_handle_options (f->store, options), ==, 0);
    g_clear_pointer (&text, g_free);
    text = pdf_text (from_options);
    assert_contains (text, "Victim: Child B");
  }

  g_set_print_handler (previous_handler);
  printed_output = NULL;
  /* One line for each report written, none for those refused. */
  {
    g_auto(GStrv) lines = g_strsplit (output->str, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 6);
  }
}

/* The refusal is one line on standard error, in the form every command-line action uses. */
static void
test_command_line_message (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(OvStore) store = test_store_new ();
      g_autoptr(OvCase) the_case = test_add_case (store, CASE_REFERENCE);
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), "message.pdf", NULL);

      exit (ov_report_run_command (store, "victim-strategy", CASE_REFERENCE, 0, 0, path, ""));
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("oversight: Give the reason for the report with --reason TEXT: "
                             "every report printed or exported is recorded with its reason.\n");
}

/* ---- Pagination ---------------------------------------------------------------------- */

static char *
sentence_run (const char *prefix,
              guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s sentence %u runs on to fill the line. ", prefix, i + 1);
  return g_string_free (text, FALSE);
}

static OvReportDocument *
synthetic_document (void)
{
  OvReportDocument *document = ov_report_document_new ("Layout test report");
  const char *headers[] = { "Column header one", "Second column", "Third" };
  const double widths[] = { 1, 3, 1 };

  ov_report_document_set_case_reference (document, "MSHT/2026/0001");
  ov_report_document_set_operation_name (document, "Operation Test");
  ov_report_document_set_printed_by (document, "Tester");
  ov_report_document_set_printed_at (document, "27 Nov 2026 09:30");

  /* Sections of every length, so some headings fall near a page's foot. */
  for (guint s = 0; s < 45; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading number %u", s + 1);
      g_autofree char *prefix = g_strdup_printf ("Section %u", s + 1);
      g_autofree char *text = sentence_run (prefix, 1 + (s * 7) % 23);

      ov_report_document_add_heading (document, 1 + s % 3, heading);
      ov_report_document_add_paragraph (document, s % 5 == 4 ? OV_REPORT_TEXT_WARNING
                                                              : OV_REPORT_TEXT_NORMAL, text);
      if (s % 9 == 8)
        {
          ov_report_document_add_field (document, "A label", "A value");
          ov_report_document_add_check (document, OV_REPORT_CHECK_YES, "A check", "Its note");
        }
    }

  ov_report_document_add_heading (document, 1, "A long table");
  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint r = 0; r < 150; r++)
    {
      g_autofree char *first = g_strdup_printf ("Row %u", r + 1);
      g_autofree char *second = sentence_run (first, 1 + r % 4);
      const char *cells[] = { first, second, r % 2 ? "Open" : "Done" };

      ov_report_document_add_row (document, cells);
    }

  /* A row taller than a page, and a word longer than a line. */
  {
    g_autofree char *huge = sentence_run ("Enormous cell", 260);
    g_autoptr(GString) word = g_string_new (NULL);
    const char *cells[] = { "Tall row", huge, NULL };

    for (guint i = 0; i < 70; i++)
      g_string_append_printf (word, "Q%04uZ", i);
    cells[2] = word->str;

    ov_report_document_add_row (document, cells);
  }

  ov_report_document_add_page_break (document);
  ov_report_document_add_heading (document, 1, "After the break");
  ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE, "Last words.");
  return document;
}

static void
test_pagination (void)
{
  g_autoptr(OvReportDocument) document = synthetic_document ();
  g_autoptr(OvReportLayout) layout = NULL;
  g_autoptr(OvReportLayout) a5 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "pagination", NULL);
  g_autofree char *path = g_build_filename (dir, "synthetic.pdf", NULL);
  g_autofree char *a5_path = g_build_filename (dir, "synthetic-a5.pdf", NULL);
  g_autofree char *size = NULL;
  g_auto(GStrv) raw_pages = NULL;
  g_auto(GStrv) plain_pages = NULL;
  guint n_pages;
  guint table_pages = 0;

  g_mkdir_with_parents (dir, 0700);
  layout = ov_report_layout_new (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, NULL);
  g_assert_true (ov_report_write_pdf (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, path,
                                      &error));
  g_assert_no_error (error);
  n_pages = pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, ov_report_layout_get_n_pages (layout));
  g_assert_cmpuint (n_pages, >=, 8);
  assert_qpdf_check (path);
  assert_pages (document, path, n_pages);
  assert_all_text_present (document, path, n_pages, NULL);
  assert_words_on_page (path);
  assert_ink_on_page (layout);

  raw_pages = pdf_page_texts (path, TRUE);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *squashed = squash (raw_pages[page - 1]);

      /* No heading is the last thing on a page. */
      for (guint s = 0; s < 45; s++)
        {
          g_autofree char *heading = g_strdup_printf ("Headingnumber%u", s + 1);

          g_assert_false (g_str_has_suffix (squashed, heading));
        }
      g_assert_false (g_str_has_suffix (squashed, "Alongtable"));

      /* Each page the table continues on starts it with its column headers. */
      if (strstr (squashed, "Row") != NULL && strstr (squashed, "Section45") == NULL)
        {
          table_pages++;
          assert_contains (squashed, "Columnheaderone");
        }
    }
  g_assert_cmpuint (table_pages, >=, 3);

  /* The page break starts a page of its own. */
  plain_pages = pdf_page_texts (path, FALSE);
  assert_contains (plain_pages[n_pages - 1], "After the break");
  assert_lacks (plain_pages[n_pages - 1], "Tall row");

  /* Any paper: the same document on A5 takes more pages, all of them A5. */
  a5 = ov_report_layout_new (document, 419.5276, 595.2756, NULL);
  g_assert_cmpuint (ov_report_layout_get_n_pages (a5), >, n_pages);
  g_assert_true (ov_report_write_pdf (document, 419.5276, 595.2756, a5_path, &error));
  size = pdf_info (a5_path, "Page size");
  assert_contains (size, "419.528 x 595.276 pts");
  assert_all_text_present (document, a5_path, ov_report_layout_get_n_pages (a5), NULL);
  assert_ink_on_page (a5);
}


static void
test_stress (void)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(OvReview) review = NULL;
  g_autoptr(OvStore) store = test_report_stress_store (&the_case, &review, inputs);
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvReportDocument) victims = NULL;
  g_autoptr(OvReportLayout) layout = NULL;
  g_autoptr(OvReportLayout) victims_layout = NULL;
  g_autoptr(GPtrArray) review_inputs = g_ptr_array_new ();
  g_autoptr(GPtrArray) victim_inputs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "stress", NULL);
  g_autofree char *path = g_build_filename (dir, "stress-review.pdf", NULL);
  g_autofree char *victims_path = g_build_filename (dir, "stress-victims.pdf", NULL);
  guint n_pages;

  g_mkdir_with_parents (dir, 0700);
  for (guint i = 0; i < inputs->len; i++)
    {
      const char *input = inputs->pdata[i];

      if (g_str_has_prefix (input, "Stress Victim") || strstr (input, "Stress Victim") != NULL)
        g_ptr_array_add (victim_inputs, (gpointer) input);
      else if (!g_str_has_prefix (input, "Summary"))
        g_ptr_array_add (review_inputs, (gpointer) input);
      else
        {
          g_ptr_array_add (review_inputs, (gpointer) input);
          g_ptr_array_add (victim_inputs, (gpointer) input);
        }
    }

  document = ov_report_build_review (store, review, &error);
  g_assert_no_error (error);
  g_assert_true (ov_report_export_pdf (store, document, path, NULL, "Stress test", &error));
  g_assert_no_error (error);
  layout = ov_report_layout_new (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, NULL);
  n_pages = pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, ov_report_layout_get_n_pages (layout));
  g_assert_cmpuint (n_pages, >=, 20);
  g_test_message ("stress review report: %u pages", n_pages);
  assert_qpdf_check (path);
  assert_pages (document, path, n_pages);
  assert_all_text_present (document, path, n_pages, review_inputs);
  assert_words_on_page (path);
  assert_ink_on_page (layout);

  victims = ov_report_build_victim_strategy (store, the_case, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ov_report_export_pdf (store, victims, victims_path, NULL, "Stress test",
                                       &error));
  g_assert_no_error (error);
  victims_layout = ov_report_layout_new (victims, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, NULL);
  n_pages = pdf_pages (victims_path);
  g_assert_cmpuint (n_pages, ==, ov_report_layout_get_n_pages (victims_layout));
  g_assert_cmpuint (n_pages, >=, 24);
  g_test_message ("stress victim strategy report: %u pages", n_pages);
  assert_qpdf_check (victims_path);
  assert_pages (victims, victims_path, n_pages);
  assert_all_text_present (victims, victims_path, n_pages, victim_inputs);
  assert_words_on_page (victims_path);
  assert_ink_on_page (victims_layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/report/victim-strategy/sections", test_victim_strategy_sections);
  ADD ("/report/victim-strategy/restricted-only-when-chosen", test_victim_strategy_restricted);
  ADD ("/report/victim-strategy/one-victim", test_victim_strategy_one_victim);
  ADD ("/report/review/sections", test_review_sections);
  ADD ("/report/review/draft-watermark", test_review_draft_watermark);
  ADD ("/report/export/needs-reason", test_export_needs_reason);
  ADD ("/report/command-line/export", test_command_line);
  g_test_add_func ("/report/command-line/message", test_command_line_message);
  g_test_add_func ("/report/layout/pagination", test_pagination);
  g_test_add_func ("/report/layout/stress", test_stress);

#undef ADD

  return g_test_run ();
}

#endif
