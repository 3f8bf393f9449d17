/* bench-compliance.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the compliance engine behaves at 10,000 and 100,000 cases. Prints figures; asserts
 * nothing.
 *
 *   ninja -C build && build/tests/bench/bench-compliance [--dir DIR] [--regenerate] [--runs N]
 *
 * Generates (or reuses) two databases through the core API, each in one transaction so
 * that validation, the audit chain and the triggers run as in real use: 10,000 and 100,000
 * cases with allocations, strategies, signed-off reviews, actions, about two people per
 * case, risk assessments, safeguarding and NRM referrals, lead contacts and victim
 * strategies. The generator is seeded, so every run builds the same records. Generating
 * happens in a child process, so that the peak memory printed at the end is that of the
 * checks alone.
 *
 * Then, in this process with both stores open, it times a full check (ov_compliance_check
 * as of 27 November 2026, every case) on each database: one warm-up run each, then the
 * median of --runs runs each, the two sizes taking turns so that a spell of contention on
 * a shared machine slows both alike. Targets from the issue: the ratio 100,000 / 10,000 at
 * most 12 (linear growth), and the check of 100,000 cases under 3 s. The targets are for
 * wall time; the process's processor time and the load average are printed beside it,
 * because on a shared machine the wall time also counts the time spent waiting for a
 * processor.
 *
 * The databases are kept in DIR (by default $TMPDIR/oversight-bench) and reused by later
 * runs; --regenerate makes them again.
 */

#define G_LOG_DOMAIN "bench-compliance"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-compliance.h"
#include "ov-investigation.h"
#include "ov-settings.h"
#include "ov-staff.h"
#include "ov-store.h"
#include "ov-util.h"
#include "ov-victims.h"

#define BENCH_ACCOUNT      "oversight-bench"
#define SMALL_CASES        10000
#define LARGE_CASES        100000
#define CASES_PER_STAFF    50
#define AS_OF              "2026-11-27"

#define TARGET_RATIO       12.0
#define TARGET_LARGE_S     3.0

/* The mix of the generated records, in percent. */
#define ALLOCATED_PERCENT         90   /* of cases: an officer in the case */
#define STRATEGY_PERCENT          70   /* of allocated cases: a strategy drafted */
#define STRATEGY_AGREED_PERCENT   85   /* of strategies */
#define ROCU_PERCENT              80   /* of strategies: the ROCU notified */
#define REVIEWED_PERCENT          75   /* of allocated open cases: 1-3 signed-off reviews */
#define RISK_PERCENT              65   /* of victims: a THRIVE risk assessment */
#define NRM_PERCENT               70   /* of victims of known age: NRM referral or MS1 */
#define LEAD_CONTACT_PERCENT      60   /* of victims */
#define VICTIM_STRATEGY_PERCENT   25   /* of victims */

/* ---- Generating a database ---------------------------------------------------------- */

static const char * const first_names[] = {
  "Aaron", "Abigail", "Adam", "Aisha", "Alex", "Alice", "Amir", "Amy", "Andrei", "Anna",
  "Ben", "Bethan", "Bogdan", "Carys", "Chloe", "Chris", "Claire", "Connor", "Daniel", "Deborah",
  "Dylan", "Eleanor", "Elena", "Emma", "Ethan", "Fatima", "Finn", "Gareth", "Grace", "Hannah",
  "Harry", "Helen", "Imran", "Ioana", "Jack", "Jade", "James", "Jasmine", "Joanna", "Jordan",
  "Kate", "Kieran", "Laura", "Liam", "Lucy", "Marcus", "Marek", "Mohammed", "Nadia", "Natalie",
  "Nathan", "Niamh", "Oliver", "Owen", "Priya", "Rachel", "Rhys", "Robert", "Ruth", "Ryan",
  "Samira", "Sarah", "Sean", "Sian", "Sophie", "Stuart", "Thanh", "Thomas", "Zara", "Yusuf",
};

static const char * const surnames[] = {
  "Ahmed", "Ashdown", "Bailey", "Bennett", "Brandt", "Brooks", "Campbell", "Carter", "Chandran",
  "Clarke", "Collins", "Cooper", "Davies", "Edwards", "Evans", "Fairbairn", "Fletcher", "Foster",
  "Green", "Griffiths", "Hall", "Harte", "Hughes", "Hussain", "Jenkins", "Johnson", "Jones",
  "Kaur", "Khan", "Kowalski", "Lewis", "Lindqvist", "Lloyd", "Marsh", "Mercer", "Mitchell",
  "Morgan", "Murphy", "Nguyen", "Nowak", "Okafor", "O’Brien", "Owen", "Parker", "Patel",
  "Popescu", "Price", "Rahman", "Reid", "Roberts", "Scott", "Shah", "Singh", "Stewart",
  "Taylor", "Thomas", "Tran", "Turner", "Walker", "Ward", "Watson", "Williams", "Wilson",
};

static const char * const nationalities[] = {
  "British", "Romanian", "Albanian", "Vietnamese", "Polish", "Eritrean", "Sudanese",
  "Nigerian", "Chinese", "Indian", "Slovak", "Lithuanian",
};

static const char * const units[] = {
  "Modern Slavery Unit", "Public Protection Unit", "Major Crime Team", "CID",
  "Child Exploitation Team", "Serious Organised Crime Unit",
};

static const char * const operation_words[] = {
  "Amber", "Ash", "Birch", "Blue", "Bronze", "Cedar", "Copper", "Crimson", "Elder", "Flint",
  "Granite", "Grey", "Hazel", "Iron", "Ivory", "Jade", "Juniper", "Larch", "Maple", "Oak",
};

static const char * const operation_birds[] = {
  "Avocet", "Bittern", "Bunting", "Buzzard", "Chough", "Curlew", "Dipper", "Dunlin",
  "Falcon", "Gannet", "Godwit", "Goshawk", "Harrier", "Heron", "Kestrel", "Kite", "Lapwing",
  "Linnet", "Merlin", "Nightjar", "Osprey", "Plover", "Redwing", "Skylark", "Teal", "Wren",
};

typedef struct
{
  const char     *summary;
  OvExploitation  exploitation;
} Setting;

static const Setting settings[] = {
  { "Workers found at a hand car wash with their passports held by the employer.",
    OV_EXPLOITATION_LABOUR },
  { "Women working in a nail bar for food and a place to sleep.", OV_EXPLOITATION_LABOUR },
  { "Seasonal workers in debt bondage on a vegetable farm.", OV_EXPLOITATION_LABOUR },
  { "Women moved between short-let flats advertised on an adult services website.",
    OV_EXPLOITATION_SEXUAL },
  { "A boy running a county line from a cuckooed flat.", OV_EXPLOITATION_CRIMINAL },
  { "Two men found in a house converted into a cannabis grow.", OV_EXPLOITATION_CRIMINAL },
  { "A young woman kept cooking and cleaning in a family home.",
    OV_EXPLOITATION_DOMESTIC_SERVITUDE },
  { "People found in a lorry at a motorway service area.", OV_EXPLOITATION_UNKNOWN },
};

static const char * const action_texts[] = {
  "Obtain the employer's payroll records.", "Trace the van seen at the address.",
  "Download and review the victim's phone.", "Request bank records for the suspects.",
  "Take an ABE statement with an interpreter.", "Chase the GLAA joint visit report.",
  "Identify the landlord of the short-let flats.", "Submit the intelligence report.",
  "Review CCTV from the service area.", "Contact the victim navigator for an update.",
};

typedef struct
{
  guint    n_cases;
  guint    n_staff;
  GRand   *rand;
  gint64   supervisor_id;
  GArray  *accredited_ids;   /* active staff at PIP2 or above, the supervisor excepted */
  GArray  *trainee_ids;      /* active PIP2 trainees, allocated with a rationale */
  GArray  *support_ids;      /* active MSVLOs and SPOCs */
  guint32  first_opened;
  guint32  last_opened;
  guint32  reviews_from;
  guint32  last_day;         /* the day before the check's "as of" date */
  guint    n_allocated;
  guint    n_strategies;
  guint    n_reviews;
  guint    n_actions;
  guint    n_people;
  guint    n_victims;
  guint    n_assessments;
  guint    n_safeguarding;
  guint    n_nrm;
  guint    n_lead_contacts;
  guint    n_victim_strategies;
} Generator;

static guint
pick (Generator *gen,
      guint      n)
{
  return (guint) g_rand_int_range (gen->rand, 0, (gint32) n);
}

static gboolean
chance (Generator *gen,
        guint      percent)
{
  return pick (gen, 100) < percent;
}

#define PICK(gen, array) ((array)[pick ((gen), G_N_ELEMENTS (array))])

/* Days are Julian day numbers, so that adding and comparing them is arithmetic. */
static guint32
day_of (const char *date)
{
  guint year = 0, month = 0, day = 0;
  GDate d;

  if (sscanf (date, "%u-%u-%u", &year, &month, &day) != 3)
    g_error ("not a date: %s", date);
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&d);
}

static char *
date_text (guint32 day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&d), g_date_get_month (&d),
                          g_date_get_day (&d));
}

static char *
timestamp_text (guint32     day,
                const char *time)
{
  g_autofree char *date = date_text (day);

  return g_strdup_printf ("%sT%sZ", date, time);
}

/* A day from @from to @to, both included; @from if the range is empty. */
static guint32
between (Generator *gen,
         guint32    from,
         guint32    to)
{
  if (to <= from)
    return from;
  return from + pick (gen, to - from + 1);
}

static gint64
pick_id (Generator *gen,
         GArray    *ids)
{
  return g_array_index (ids, gint64, pick (gen, ids->len));
}

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static gboolean
generate_staff (OvStore    *store,
                Generator  *gen,
                GError    **error)
{
  g_autoptr(OvStaff) supervisor = NULL;

  for (guint i = 0; i < gen->n_staff; i++)
    {
      g_autoptr(OvStaff) staff = ov_staff_new ();
      g_autofree char *name = NULL;
      g_autofree char *collar = g_strdup_printf ("%u", 10000 + i);
      g_autofree char *email = g_strdup_printf ("staff%u@police.example", 10000 + i);
      guint r = pick (gen, 100);
      OvPipLevel level;
      OvStaffRole roles = OV_STAFF_ROLE_INVESTIGATOR;
      gboolean active = i == 0 || pick (gen, 100) >= 3;
      gint64 id;

      name = g_strdup_printf ("%s %s", first_names[i % G_N_ELEMENTS (first_names)],
                              surnames[(i / G_N_ELEMENTS (first_names) + i * 7) %
                                       G_N_ELEMENTS (surnames)]);
      if (i == 0)
        level = OV_PIP_LEVEL_PIP3;
      else if (r < 8)
        level = OV_PIP_LEVEL_NONE;
      else if (r < 20)
        level = OV_PIP_LEVEL_PIP1;
      else if (r < 30)
        level = OV_PIP_LEVEL_PIP2_TRAINEE;
      else if (r < 75)
        level = OV_PIP_LEVEL_PIP2;
      else if (r < 95)
        level = OV_PIP_LEVEL_PIP3;
      else
        level = OV_PIP_LEVEL_PIP4;

      if (i % 20 == 0)
        roles |= OV_STAFF_ROLE_SUPERVISOR;
      if (i % 13 == 5)
        roles |= OV_STAFF_ROLE_MSVLO;
      if (i % 11 == 3)
        roles |= OV_STAFF_ROLE_SPOC;

      ov_staff_set_name (staff, name);
      ov_staff_set_collar_number (staff, collar);
      ov_staff_set_rank (staff, i == 0 ? OV_RANK_DI
                                       : (roles & OV_STAFF_ROLE_SUPERVISOR) ? OV_RANK_DS
                                                                            : OV_RANK_DC);
      ov_staff_set_roles (staff, roles);
      ov_staff_set_pip_level (staff, level);
      if (level >= OV_PIP_LEVEL_PIP2 && i > 0 && pick (gen, 100) < 8)
        ov_staff_set_accreditation_status (staff, OV_ACCREDITATION_LAPSED);
      if (level != OV_PIP_LEVEL_NONE && level != OV_PIP_LEVEL_PIP2_TRAINEE)
        {
          guint year = 2008 + pick (gen, 18);
          guint month = 1 + pick (gen, 12);
          guint day = 1 + pick (gen, 28);
          g_autofree char *date = g_strdup_printf ("%u-%02u-%02u", year, month, day);

          ov_staff_set_accreditation_date (staff, date);
        }
      ov_staff_set_unit (staff, i == 0 ? units[0] : PICK (gen, units));
      ov_staff_set_email (staff, email);
      ov_staff_set_active (staff, active);

      if (!ov_store_save (store, OV_RECORD (staff), error))
        return FALSE;

      id = id_of (staff);
      if (i == 0)
        {
          gen->supervisor_id = id;
          supervisor = g_steal_pointer (&staff);
          continue;
        }
      if (!active)
        continue;
      /* The supervisor agrees strategies, so is nobody's officer in the case: a strategy
       * is agreed by a supervisor who is not its author. */
      if (ov_staff_is_pip2_accredited (staff))
        g_array_append_val (gen->accredited_ids, id);
      else if (level == OV_PIP_LEVEL_PIP2_TRAINEE)
        g_array_append_val (gen->trainee_ids, id);
      if (roles & (OV_STAFF_ROLE_MSVLO | OV_STAFF_ROLE_SPOC))
        g_array_append_val (gen->support_ids, id);
    }

  /* Allocating, agreeing, signing off and endorsing need a supervisor as the current user. */
  return ov_store_link_account (store, supervisor, error);
}

/* Allocates an officer in the case, as if on the day the case was opened (or a day or
 * two later). Returns their staff id, or 0 with @error set. */
static gint64
allocate_officer (OvStore    *store,
                  Generator  *gen,
                  gint64      case_id,
                  guint32     opened,
                  GError    **error)
{
  g_autoptr(OvAllocation) allocation = NULL;
  guint32 starts = between (gen, opened, MIN (opened + 3, gen->last_day));
  g_autofree char *starts_at = timestamp_text (starts, "09:00:00");
  gint64 staff_id;

  /* About one allocation in fifty goes to a PIP2 trainee under the override. */
  if (gen->trainee_ids->len > 0 && pick (gen, 50) == 0)
    {
      staff_id = pick_id (gen, gen->trainee_ids);
      allocation = ov_store_allocate (store, case_id, staff_id,
                                      OV_ALLOCATION_ROLE_OFFICER_IN_CASE,
                                      "PIP2 trainee on a workplace assessment case, "
                                      "supervised closely by the DS.",
                                      error);
    }
  else
    {
      staff_id = pick_id (gen, gen->accredited_ids);
      allocation = ov_store_allocate (store, case_id, staff_id,
                                      OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, error);
    }
  if (allocation == NULL)
    return 0;

  /* The store allocates now; the generated case was opened earlier. */
  ov_allocation_set_starts_at (allocation, starts_at);
  if (!ov_store_save (store, OV_RECORD (allocation), error))
    return 0;

  gen->n_allocated++;
  return staff_id;
}

/* Drafted by the officer in the case, agreed (mostly) by the supervisor. */
static gboolean
write_strategy (OvStore       *store,
                Generator     *gen,
                gint64         case_id,
                gint64         author_id,
                guint32        opened,
                OvCaseStatus   status,
                GError       **error)
{
  g_autoptr(OvStrategy) strategy = ov_store_draft_strategy (store, case_id, error);

  if (strategy == NULL)
    return FALSE;

  ov_strategy_set_author_id (strategy, author_id);
  ov_strategy_set_parameters (strategy, "Exploitation of the victims identified on the day "
                              "of action, and of anyone else the enquiries identify.");
  ov_strategy_set_aims (strategy, "Safeguard the victims; identify, arrest and charge those "
                        "responsible; recover their criminal assets.");
  if (chance (gen, 50))
    ov_strategy_set_financial_investigation (strategy, OV_FINANCIAL_INVESTIGATION_ACTIVE);
  if (chance (gen, ROCU_PERCENT))
    {
      g_autofree char *notified = date_text (between (gen, opened,
                                                      MIN (opened + 40, gen->last_day)));

      ov_strategy_set_rocu_notified_on (strategy, notified);
    }
  /* Prevention and risk orders are mostly considered by the time of charge or closure. */
  if (chance (gen, status == OV_CASE_STATUS_CHARGED || status == OV_CASE_STATUS_CLOSED
                     ? 75 : 20))
    {
      static const OvOrdersConsidered orders[] = {
        OV_ORDERS_CONSIDERED_STPO, OV_ORDERS_CONSIDERED_STRO, OV_ORDERS_CONSIDERED_BOTH,
        OV_ORDERS_CONSIDERED_NEITHER,
      };
      OvOrdersConsidered considered = PICK (gen, orders);

      ov_strategy_set_orders_considered (strategy, considered);
      if (considered == OV_ORDERS_CONSIDERED_NEITHER)
        ov_strategy_set_orders_rationale (strategy, "The suspects are already subject to "
                                          "a sexual harm prevention order.");
    }
  if (!ov_store_save (store, OV_RECORD (strategy), error))
    return FALSE;

  gen->n_strategies++;
  if (!chance (gen, STRATEGY_AGREED_PERCENT))
    return TRUE;
  return ov_store_agree_strategy (store, strategy, error);
}

/* Held on @day, with the next review date force policy proposes, and signed off. */
static gint64
hold_review (OvStore       *store,
             Generator     *gen,
             gint64         case_id,
             OvReviewType   type,
             guint32        day,
             GError       **error)
{
  g_autoptr(OvReview) review = NULL;
  g_autofree char *held_on = date_text (day);
  g_autofree char *held_at = timestamp_text (day, "10:00:00");

  review = ov_store_start_review (store, case_id, type,
                                  type == OV_REVIEW_TYPE_TRIGGERED ? OV_REVIEW_TRIGGER_ARREST
                                                                   : OV_REVIEW_TRIGGER_NONE,
                                  NULL, error);
  if (review == NULL)
    return 0;

  /* Held on the generated day rather than now: set before signing off, which freezes it. */
  ov_review_set_held_at (review, held_at);
  if (type != OV_REVIEW_TYPE_CLOSURE)
    {
      g_autofree char *proposed = ov_store_propose_next_review (store, case_id, held_on);

      ov_review_set_proposed_next_review_on (review, proposed);
      ov_review_set_next_review_on (review, proposed);
    }
  ov_review_set_directions (review, "Continue the lines of enquiry; update the victim "
                            "strategy after each contact.");
  ov_review_set_parameters_confirmed (review, TRUE);
  ov_review_set_ownership_confirmed (review, TRUE);
  if (!ov_store_sign_off_review (store, review, error))
    return 0;

  gen->n_reviews++;
  return id_of (review);
}

static gboolean
raise_actions (OvStore       *store,
               Generator     *gen,
               gint64         case_id,
               gint64         review_id,
               gint64         owner_id,
               guint32        from,
               gboolean       closed,
               GError       **error)
{
  guint n = closed ? pick (gen, 3) : pick (gen, 4);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvAction) action = ov_action_new ();
      /* Due from two months before the check to three months after: some overdue. */
      guint32 due = between (gen, MAX (from + 7, gen->last_day - 60), gen->last_day + 90);
      g_autofree char *due_on = date_text (due);
      guint r = closed ? 0 : pick (gen, 100);

      ov_action_set_case_id (action, case_id);
      ov_action_set_review_id (action, review_id);
      ov_action_set_description (action, PICK (gen, action_texts));
      ov_action_set_owner_id (action, owner_id != 0 ? owner_id
                                                    : pick_id (gen, gen->accredited_ids));
      ov_action_set_due_on (action, due_on);
      /* Closed cases have every action done; open ones, some done or cancelled. */
      if (r < 30)
        {
          g_autofree char *completed_on = date_text (between (gen, from,
                                                              MIN (due, gen->last_day)));

          ov_action_set_status (action, OV_ACTION_STATUS_DONE);
          ov_action_set_completed_on (action, completed_on);
        }
      else if (r < 35)
        {
          ov_action_set_status (action, OV_ACTION_STATUS_CANCELLED);
          ov_action_set_cancel_reason (action, "Superseded by the intelligence from the "
                                       "phone download.");
        }
      if (!ov_store_save (store, OV_RECORD (action), error))
        return FALSE;
      gen->n_actions++;
    }
  return TRUE;
}

static gboolean
assess_risk (OvStore           *store,
             Generator         *gen,
             gint64             person_id,
             gint64             assessor_id,
             guint32            day,
             OvRiskAssessment **result,
             GError           **error)
{
  g_autoptr(OvRiskAssessment) assessment = ov_risk_assessment_new ();
  g_autofree char *assessed_on = date_text (day);
  guint r = pick (gen, 100);

  ov_risk_assessment_set_person_id (assessment, person_id);
  ov_risk_assessment_set_assessor_id (assessment, assessor_id);
  ov_risk_assessment_set_assessed_on (assessment, assessed_on);
  ov_risk_assessment_set_threat (assessment, "Exploiters know where the victim lives.");
  ov_risk_assessment_set_harm (assessment, "Re-trafficking, violence over an alleged debt.");
  ov_risk_assessment_set_vulnerability (assessment, "No English; no documents; in debt.");
  ov_risk_assessment_set_risk_factors (assessment, r < 50 ? OV_RISK_FACTOR_DEBT_BONDAGE
                                                          : OV_RISK_FACTOR_RE_TRAFFICKING |
                                                            OV_RISK_FACTOR_RETALIATION);
  ov_risk_assessment_set_grade (assessment, r < 50 ? OV_RISK_GRADE_STANDARD
                                            : r < 85 ? OV_RISK_GRADE_MEDIUM
                                                     : OV_RISK_GRADE_HIGH);
  if (!ov_store_add_risk_assessment (store, assessment, error))
    return FALSE;
  gen->n_assessments++;
  *result = g_steal_pointer (&assessment);
  return TRUE;
}

static gboolean
generate_victim_records (OvStore    *store,
                         Generator  *gen,
                         OvPerson   *person,
                         gint64      officer_id,
                         GError    **error)
{
  gint64 person_id = id_of (person);
  guint32 identified = day_of (ov_person_get_identified_on (person));
  guint32 soon = MIN (identified + 10, gen->last_day);
  OvAgeStatus age = ov_person_get_age_status (person);
  gboolean child = age == OV_AGE_STATUS_CHILD || age == OV_AGE_STATUS_AGE_DISPUTED;
  gint64 assessor_id = officer_id != 0 ? officer_id : gen->supervisor_id;

  /* THRIVE: an assessment, often endorsed, sometimes reassessed later. */
  if (chance (gen, RISK_PERCENT))
    {
      g_autoptr(OvRiskAssessment) first = NULL;
      g_autoptr(OvRiskAssessment) second = NULL;
      guint32 assessed = between (gen, identified, soon);

      if (!assess_risk (store, gen, person_id, assessor_id, assessed, &first, error))
        return FALSE;
      if (chance (gen, 60) &&
          !ov_store_endorse_risk_assessment (store, first, "Agreed; review at each contact.",
                                             error))
        return FALSE;
      if (chance (gen, 25))
        {
          guint32 later = assessed + 14 + pick (gen, 200);

          later = MIN (later, gen->last_day);

          if (!assess_risk (store, gen, person_id, assessor_id, later, &second, error))
            return FALSE;
          if (chance (gen, 50) &&
              !ov_store_endorse_risk_assessment (store, second, NULL, error))
            return FALSE;
        }
    }

  /* Safeguarding referrals: children's social care for children, s42 for adults with
   * care needs, and now and then another agency. */
  for (guint k = 0; k < 3; k++)
    {
      g_autoptr(OvSafeguardingReferral) referral = NULL;
      g_autofree char *sent_at = NULL;
      OvReferralType type;
      const char *agency;
      guint32 sent;
      guint r;

      if (k == 0 && child && chance (gen, 85))
        {
          type = OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE;
          agency = "Children’s Services";
        }
      else if (k == 1 && !child && ov_person_get_care_needs (person) == OV_CARE_NEEDS_YES &&
               chance (gen, 70))
        {
          type = OV_REFERRAL_TYPE_ADULT_SAFEGUARDING;
          agency = "Adult Social Care";
        }
      else if (k == 2 && chance (gen, 15))
        {
          type = child ? OV_REFERRAL_TYPE_ICTG : OV_REFERRAL_TYPE_ADULT_VICTIM_CARE;
          agency = child ? "Independent Child Trafficking Guardians" : "The Salvation Army";
        }
      else
        continue;

      referral = ov_safeguarding_referral_new ();
      sent = between (gen, identified, MIN (identified + 3, gen->last_day));
      sent_at = timestamp_text (sent, "14:00:00");
      ov_safeguarding_referral_set_person_id (referral, person_id);
      ov_safeguarding_referral_set_referral_type (referral, type);
      ov_safeguarding_referral_set_agency (referral, agency);
      ov_safeguarding_referral_set_sent_at (referral, sent_at);
      r = pick (gen, 100);
      if (r >= 40 && sent + 30 <= gen->last_day)
        {
          g_autofree char *outcome_on = date_text (sent + 1 + pick (gen, 30));

          ov_safeguarding_referral_set_outcome (referral, r < 85 ? OV_REFERRAL_OUTCOME_ACCEPTED
                                                      : OV_REFERRAL_OUTCOME_NO_FURTHER_ACTION);
          ov_safeguarding_referral_set_outcome_on (referral, outcome_on);
        }
      if (!ov_store_save (store, OV_RECORD (referral), error))
        return FALSE;
      gen->n_safeguarding++;
    }

  /* The NRM: children without consent; adults with consent, or MS1 without. A referral
   * stands at any stage: awaiting reasonable grounds, awaiting conclusive grounds, or
   * decided. */
  if (age != OV_AGE_STATUS_UNKNOWN && chance (gen, NRM_PERCENT))
    {
      g_autoptr(OvNrmReferral) referral = ov_nrm_referral_new ();
      g_autofree char *reference = g_strdup_printf ("NRM-%07u", gen->n_nrm + 1);
      guint32 submitted = between (gen, identified, soon);
      g_autofree char *submitted_on = date_text (submitted);
      gboolean ms1 = FALSE;

      ov_nrm_referral_set_person_id (referral, person_id);
      ov_nrm_referral_set_submitted_on (referral, submitted_on);
      if (child)
        {
          ov_nrm_referral_set_route (referral, OV_NRM_ROUTE_NRM_CHILD);
          ov_nrm_referral_set_decision_maker (referral, chance (gen, 50)
                                                          ? OV_NRM_DECISION_MAKER_CHILD_PANEL
                                                          : OV_NRM_DECISION_MAKER_SCA);
        }
      else if (chance (gen, 75))
        {
          ov_nrm_referral_set_route (referral, OV_NRM_ROUTE_NRM_WITH_CONSENT);
          ov_nrm_referral_set_consent_given (referral, TRUE);
        }
      else
        {
          ov_nrm_referral_set_route (referral, OV_NRM_ROUTE_MS1_ANONYMOUS);
          ms1 = TRUE;
        }
      /* Awaiting reasonable grounds 30%, positive RG awaiting conclusive grounds 30%,
       * positive CG 25%, negative RG 10%, negative CG 5%: as far as the dates allow. */
      if (!ms1)
        {
          guint r = pick (gen, 100);
          gboolean rg_positive = r < 85 || r >= 95;
          guint32 rg = submitted + 5 + pick (gen, 41);
          guint32 cg = rg + 30 + pick (gen, 211);

          ov_nrm_referral_set_reference (referral, reference);
          if (r >= 30 && rg <= gen->last_day)
            {
              g_autofree char *rg_on = date_text (rg);

              ov_nrm_referral_set_rg_outcome (referral, rg_positive
                                                          ? OV_GROUNDS_OUTCOME_POSITIVE
                                                          : OV_GROUNDS_OUTCOME_NEGATIVE);
              ov_nrm_referral_set_rg_on (referral, rg_on);
              if (rg_positive && r >= 60 && cg <= gen->last_day)
                {
                  g_autofree char *cg_on = date_text (cg);

                  ov_nrm_referral_set_cg_outcome (referral, r < 85 ? OV_GROUNDS_OUTCOME_POSITIVE
                                                                   : OV_GROUNDS_OUTCOME_NEGATIVE);
                  ov_nrm_referral_set_cg_on (referral, cg_on);
                }
            }
        }
      if (!ov_store_save (store, OV_RECORD (referral), error))
        return FALSE;
      gen->n_nrm++;
    }

  /* A lead contact: an MSVLO or SPOC of the force, or a victim navigator. */
  if (chance (gen, LEAD_CONTACT_PERCENT))
    {
      g_autoptr(OvVictimSupport) support = ov_victim_support_new ();
      g_autofree char *starts_on = date_text (between (gen, identified,
                                                       MIN (identified + 5, gen->last_day)));

      ov_victim_support_set_person_id (support, person_id);
      if (gen->support_ids->len > 0 && chance (gen, 70))
        {
          ov_victim_support_set_role (support, chance (gen, 50) ? OV_SUPPORT_ROLE_MSVLO
                                                                : OV_SUPPORT_ROLE_SPOC);
          ov_victim_support_set_staff_id (support, pick_id (gen, gen->support_ids));
        }
      else
        {
          ov_victim_support_set_role (support, OV_SUPPORT_ROLE_NAVIGATOR);
          ov_victim_support_set_contact_name (support, "Victim navigator");
          ov_victim_support_set_organisation (support, "Justice and Care");
        }
      ov_victim_support_set_starts_on (support, starts_on);
      ov_victim_support_set_lead (support, TRUE);
      if (!ov_store_assign_support (store, support, error))
        return FALSE;
      gen->n_lead_contacts++;
    }

  /* A victim strategy with the Victims' Code tracker, mostly agreed, with the first right
   * met and, now and then, the right to updates due. */
  if (chance (gen, VICTIM_STRATEGY_PERCENT))
    {
      g_autoptr(OvVictimStrategy) strategy = ov_store_draft_victim_strategy (store, person_id,
                                                                             error);
      g_autoptr(GPtrArray) rights = NULL;
      g_autofree char *met_on = date_text (MIN (identified + 1, gen->last_day));

      if (strategy == NULL)
        return FALSE;
      ov_victim_strategy_set_safeguarding_plan (strategy, "Safe house through the victim care "
                                                "contract; no contact with the suspects.");
      ov_victim_strategy_set_contact_arrangements (strategy, "Through the lead contact, with "
                                                   "an interpreter.");
      ov_victim_strategy_set_update_frequency_days (strategy, chance (gen, 50) ? 7 : 14);
      if (!ov_store_save (store, OV_RECORD (strategy), error))
        return FALSE;
      if (chance (gen, 80) && !ov_store_agree_victim_strategy (store, strategy, error))
        return FALSE;

      rights = ov_store_list_code_rights (store, id_of (strategy), error);
      if (rights == NULL)
        return FALSE;
      for (guint i = 0; i < rights->len; i++)
        {
          OvVictimCodeRight *right = g_ptr_array_index (rights, i);
          OvVictimRight which = ov_victim_code_right_get_code_right (right);

          if (which == OV_VICTIM_RIGHT_UNDERSTAND)
            {
              ov_victim_code_right_set_status (right, OV_RIGHT_STATUS_MET);
              ov_victim_code_right_set_met_on (right, met_on);
              ov_victim_code_right_set_evidence (right, "Explained with an interpreter.");
            }
          else if (which == OV_VICTIM_RIGHT_UPDATES && chance (gen, 40))
            ov_victim_code_right_set_status (right, OV_RIGHT_STATUS_DUE);
          else
            continue;
          if (!ov_store_save (store, OV_RECORD (right), error))
            return FALSE;
        }
      gen->n_victim_strategies++;
    }
  return TRUE;
}

static gboolean
generate_people (OvStore    *store,
                 Generator  *gen,
                 gint64      case_id,
                 guint32     opened,
                 gint64      officer_id,
                 GError    **error)
{
  /* About two people a case: none 10%, one 25%, two 35%, three 20%, four 10%. */
  static const guint n_for[20] = { 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4 };
  guint n = n_for[pick (gen, 20)];

  for (guint j = 0; j < n; j++)
    {
      g_autoptr(OvPerson) person = ov_person_new ();
      const char *first_name = PICK (gen, first_names);
      const char *surname = PICK (gen, surnames);
      g_autofree char *name = g_strdup_printf ("%s %s", first_name, surname);
      g_autofree char *identified_on = date_text (between (gen, opened,
                                                           MIN (opened + 20, gen->last_day)));
      OvPersonRole roles;
      OvAgeStatus age;
      guint r = pick (gen, 10);

      if (j == 0 || r < 6)
        roles = OV_PERSON_ROLE_VICTIM;
      else if (r < 9)
        roles = OV_PERSON_ROLE_SUSPECT;
      else
        roles = OV_PERSON_ROLE_WITNESS;
      /* Victims who are also suspects: the section 45 defence is for them. */
      if ((roles & OV_PERSON_ROLE_VICTIM) && chance (gen, 6))
        roles |= OV_PERSON_ROLE_SUSPECT;

      r = pick (gen, 100);
      if (roles & OV_PERSON_ROLE_VICTIM)
        age = r < 22 ? OV_AGE_STATUS_CHILD : r < 27 ? OV_AGE_STATUS_AGE_DISPUTED
                                         : r < 97 ? OV_AGE_STATUS_ADULT : OV_AGE_STATUS_UNKNOWN;
      else
        age = r < 90 ? OV_AGE_STATUS_ADULT : OV_AGE_STATUS_UNKNOWN;

      ov_person_set_case_id (person, case_id);
      ov_person_set_name (person, name);
      ov_person_set_roles (person, roles);
      ov_person_set_age_status (person, age);
      if ((age == OV_AGE_STATUS_CHILD || age == OV_AGE_STATUS_ADULT) && chance (gen, 60))
        {
          /* Children born after 27 November 2008, so under 18 on the day of the check. */
          g_autofree char *born = age == OV_AGE_STATUS_CHILD
            ? date_text (between (gen, day_of ("2008-12-01"), day_of ("2014-12-31")))
            : date_text (between (gen, day_of ("1960-01-01"), day_of ("2004-12-31")));

          ov_person_set_date_of_birth (person, born);
        }
      ov_person_set_gender (person, chance (gen, 50) ? OV_GENDER_FEMALE : OV_GENDER_MALE);
      ov_person_set_nationality (person, PICK (gen, nationalities));
      ov_person_set_interpreter_needed (person, chance (gen, 40));
      ov_person_set_identified_on (person, identified_on);
      r = pick (gen, 100);
      ov_person_set_care_needs (person, r < 12 ? OV_CARE_NEEDS_YES
                                        : r < 72 ? OV_CARE_NEEDS_NO : OV_CARE_NEEDS_UNKNOWN);
      if (roles & OV_PERSON_ROLE_VICTIM)
        {
          r = pick (gen, 100);
          ov_person_set_status (person, r < 3 ? OV_PERSON_STATUS_MISSING
                                        : r < 43 ? OV_PERSON_STATUS_SAFE
                                        : r < 83 ? OV_PERSON_STATUS_IN_SUPPORT
                                                 : OV_PERSON_STATUS_UNKNOWN);
        }
      if ((roles & OV_PERSON_ROLE_VICTIM) && (roles & OV_PERSON_ROLE_SUSPECT) &&
          chance (gen, 50))
        {
          ov_person_set_s45_decision (person, OV_S45_DECISION_DEFENCE_MAY_APPLY);
          ov_person_set_s45_rationale (person, "Compelled to cultivate cannabis under threat "
                                       "to family.");
          ov_person_set_s45_decided_on (person, identified_on);
        }
      if (!ov_store_save (store, OV_RECORD (person), error))
        return FALSE;
      gen->n_people++;

      if (!(roles & OV_PERSON_ROLE_VICTIM))
        continue;
      gen->n_victims++;
      if (!generate_victim_records (store, gen, person, officer_id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
generate_case (OvStore    *store,
               Generator  *gen,
               guint       i,
               GError    **error)
{
  g_autoptr(OvCase) the_case = ov_case_new ();
  const Setting *setting = &PICK (gen, settings);
  guint32 opened = between (gen, gen->first_opened, gen->last_opened);
  g_autofree char *opened_on = date_text (opened);
  g_autofree char *reference = g_strdup_printf ("MSHT/%.4s/%06u", opened_on, i + 1);
  const char *word = PICK (gen, operation_words);
  const char *bird = PICK (gen, operation_birds);
  g_autofree char *operation = g_strdup_printf ("Operation %s %s", word, bird);
  OvCaseStatus status;
  gboolean closed;
  guint r = pick (gen, 100);
  gint64 case_id;
  gint64 officer_id = 0;
  gint64 last_review_id = 0;
  guint32 last_review = 0;

  if (r < 55)
    status = OV_CASE_STATUS_OPEN;
  else if (r < 65)
    status = OV_CASE_STATUS_SUSPENDED;
  else if (r < 75)
    status = OV_CASE_STATUS_CHARGED;
  else
    status = OV_CASE_STATUS_CLOSED;
  closed = status == OV_CASE_STATUS_CLOSED;

  ov_case_set_reference (the_case, reference);
  ov_case_set_operation_name (the_case, operation);
  ov_case_set_summary (the_case, setting->summary);
  ov_case_set_opened_on (the_case, opened_on);
  ov_case_set_offences (the_case, chance (gen, 30) ? OV_OFFENCE_MSA_S1 | OV_OFFENCE_MSA_S2
                                                   : OV_OFFENCE_MSA_S2);
  ov_case_set_exploitation_types (the_case, setting->exploitation);
  ov_case_set_county_lines (the_case, (setting->exploitation & OV_EXPLOITATION_CRIMINAL) != 0 &&
                                      chance (gen, 50));
  /* A closed case takes no allocations and closes only after a signed-off closure
   * review: it is saved open, allocated, reviewed, then closed. */
  ov_case_set_status (the_case, closed ? OV_CASE_STATUS_OPEN : status);
  if (!ov_store_save (store, OV_RECORD (the_case), error))
    return FALSE;
  case_id = id_of (the_case);

  if (chance (gen, ALLOCATED_PERCENT))
    {
      officer_id = allocate_officer (store, gen, case_id, opened, error);
      if (officer_id == 0)
        return FALSE;
    }

  if (officer_id != 0 && chance (gen, STRATEGY_PERCENT) &&
      !write_strategy (store, gen, case_id, officer_id, opened, status, error))
    return FALSE;

  /* One to three signed-off reviews (a closed case: up to two before its closure review),
   * held some weeks apart over 2025 and 2026. */
  if (officer_id != 0 && (closed || chance (gen, REVIEWED_PERCENT)))
    {
      guint n = closed ? pick (gen, 3) : 1 + pick (gen, 3);
      guint32 after_opening = opened + 3 + pick (gen, 28);
      guint32 in_2025 = gen->reviews_from + pick (gen, 60);
      guint32 day = MAX (after_opening, in_2025);

      for (guint k = 0; k < n && day <= gen->last_day; k++)
        {
          OvReviewType type = k == 0 ? OV_REVIEW_TYPE_INITIAL
                                     : chance (gen, 10) ? OV_REVIEW_TYPE_TRIGGERED
                                                        : OV_REVIEW_TYPE_PERIODIC;

          last_review_id = hold_review (store, gen, case_id, type, day, error);
          if (last_review_id == 0)
            return FALSE;
          last_review = day;
          day += 21 + pick (gen, 50);
        }
    }

  if (!raise_actions (store, gen, case_id, last_review_id, officer_id,
                      MAX (opened, last_review), closed, error) ||
      !generate_people (store, gen, case_id, opened, officer_id, error))
    return FALSE;

  if (closed)
    {
      guint32 earliest = MAX (MAX (opened + 30, last_review), gen->reviews_from);
      guint32 closed_day = between (gen, MIN (earliest, gen->last_day), gen->last_day);
      g_autofree char *closed_on = date_text (closed_day);

      if (hold_review (store, gen, case_id, OV_REVIEW_TYPE_CLOSURE, closed_day, error) == 0)
        return FALSE;
      ov_case_set_status (the_case, OV_CASE_STATUS_CLOSED);
      ov_case_set_closed_on (the_case, closed_on);
      if (!ov_store_save (store, OV_RECORD (the_case), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
generate_in_transaction (OvStore  *store,
                         gpointer  user_data,
                         GError  **error)
{
  Generator *gen = user_data;
  gint64 start = g_get_monotonic_time ();

  if (!generate_staff (store, gen, error))
    return FALSE;
  for (guint i = 0; i < gen->n_cases; i++)
    {
      if (!generate_case (store, gen, i, error))
        return FALSE;
      if ((i + 1) % 10000 == 0)
        g_printerr ("  ... %u cases (%.0f s)\n", i + 1,
                    (g_get_monotonic_time () - start) / 1e6);
    }
  return TRUE;
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* In a child process, so the parent's peak memory is that of the checks. */
static int
child_generate (const char *path,
                guint       n_cases)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvStore) store = NULL;
  Generator gen = { 0 };
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  remove_database (path);
  store = ov_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  ov_store_set_account (store, BENCH_ACCOUNT);

  gen.n_cases = n_cases;
  gen.n_staff = MAX (n_cases / CASES_PER_STAFF, 40);
  /* Seeded, so every run builds the same database. */
  gen.rand = g_rand_new_with_seed (20261127);
  gen.accredited_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.trainee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.support_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.first_opened = day_of ("2024-07-01");
  gen.last_opened = day_of ("2026-10-31");
  gen.reviews_from = day_of ("2025-01-02");
  gen.last_day = day_of (AS_OF) - 1;

  ok = ov_store_run_in_transaction (store, generate_in_transaction, &gen, &error);
  g_rand_free (gen.rand);
  g_array_unref (gen.accredited_ids);
  g_array_unref (gen.trainee_ids);
  g_array_unref (gen.support_ids);
  g_clear_object (&store);   /* closing checkpoints the WAL into the database file */
  if (!ok)
    {
      remove_database (path);
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("  generated in %.1f s: %u staff, %u allocations, %u strategies, %u signed-off "
           "reviews, %u actions,\n"
           "  %u people (%u victims), %u risk assessments, %u safeguarding and %u NRM/MS1 "
           "referrals,\n"
           "  %u lead contacts, %u victim strategies\n",
           (g_get_monotonic_time () - start) / 1e6, gen.n_staff, gen.n_allocated,
           gen.n_strategies, gen.n_reviews, gen.n_actions, gen.n_people, gen.n_victims,
           gen.n_assessments, gen.n_safeguarding, gen.n_nrm, gen.n_lead_contacts,
           gen.n_victim_strategies);
  return 0;
}

static void
describe_database (const char *path,
                   OvStore    *store)
{
  g_print ("  %s: %" G_GINT64_FORMAT " cases, %" G_GINT64_FORMAT " allocations, %"
           G_GINT64_FORMAT " strategies, %" G_GINT64_FORMAT " reviews, %" G_GINT64_FORMAT
           " actions,\n    %" G_GINT64_FORMAT " people, %" G_GINT64_FORMAT " risk assessments, %"
           G_GINT64_FORMAT " safeguarding and %" G_GINT64_FORMAT " NRM/MS1 referrals\n",
           path, ov_store_count (store, OV_TYPE_CASE), ov_store_count (store, OV_TYPE_ALLOCATION),
           ov_store_count (store, OV_TYPE_STRATEGY), ov_store_count (store, OV_TYPE_REVIEW),
           ov_store_count (store, OV_TYPE_ACTION), ov_store_count (store, OV_TYPE_PERSON),
           ov_store_count (store, OV_TYPE_RISK_ASSESSMENT),
           ov_store_count (store, OV_TYPE_SAFEGUARDING_REFERRAL),
           ov_store_count (store, OV_TYPE_NRM_REFERRAL));
}

/* Reuses @path if it holds @n_cases cases with their people, else makes it. */
static gboolean
ensure_database (const char  *self_exe,
                 const char  *path,
                 guint        n_cases,
                 gboolean     regenerate,
                 GError     **error)
{
  g_autoptr(OvStore) store = NULL;
  g_autofree char *cases_arg = g_strdup_printf ("%u", n_cases);
  const char *argv[] = { self_exe, "--child-generate", path, "--child-cases", cases_arg, NULL };
  int status;

  if (!regenerate && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      store = ov_store_open (path, NULL);
      if (store != NULL && ov_store_count (store, OV_TYPE_CASE) == n_cases &&
          ov_store_count (store, OV_TYPE_PERSON) > 0)
        {
          g_print ("Reusing\n");
          describe_database (path, store);
          return TRUE;
        }
      g_clear_object (&store);
    }

  g_print ("Generating %s: %u cases (this takes a while the first time) ...\n", path, n_cases);
  /* The child's output goes straight to ours. */
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                     &status, error) ||
      !g_spawn_check_wait_status (status, error))
    return FALSE;

  store = ov_store_open (path, error);
  if (store == NULL)
    return FALSE;
  describe_database (path, store);
  return TRUE;
}

/* ---- Measuring ---------------------------------------------------------------------- */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  if (n == 0)
    return 0;
  sorted = g_array_copy (values);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static double
minimum (GArray *values)
{
  double m = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    m = MIN (m, g_array_index (values, double, i));
  return values->len > 0 ? m : 0;
}

static guint64
read_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, field);
  if (line == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field), NULL, 10);
}

/* On a shared machine the wall time includes waiting for a processor; the process's own
 * processor time does not, so both are printed. */
static double
cpu_time_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("unknown");
  fields = g_strsplit (text, " ", 4);
  if (g_strv_length (fields) < 3)
    return g_strdup ("unknown");
  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

static const char *
met (gboolean yes)
{
  return yes ? "yes" : "NO";
}

typedef struct
{
  guint   n_cases;
  double  median_ms;
  double  fastest_ms;
  double  cpu_median_ms;    /* processor time of this process, user + system */
  guint   n_findings;
  guint   by_severity[3];
  guint  *by_rule;          /* indexed like ov_compliance_get_rules() */
  double  peak_mb;          /* VmHWM after the last check */
} CheckResult;

/* One database under test: its store, and the times of its timed runs. */
typedef struct
{
  OvStore  *store;
  OvPolicy  policy;
  GArray   *times;
  GArray   *cpu_times;
} CheckSubject;

static void
check_subject_clear (CheckSubject *subject)
{
  g_clear_object (&subject->store);
  g_clear_pointer (&subject->times, g_array_unref);
  g_clear_pointer (&subject->cpu_times, g_array_unref);
}

/* Opens @path and runs the warm-up check, which reads the database into the page cache
 * and prepares the statements, as the dashboard's first check after opening does; the
 * findings are counted from it. */
static gboolean
check_subject_open (CheckSubject  *subject,
                    const char    *path,
                    CheckResult   *result,
                    GError       **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  const OvRuleInfo *rules;
  guint n_rules;

  subject->times = g_array_new (FALSE, FALSE, sizeof (double));
  subject->cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  subject->store = ov_store_open (path, error);
  if (subject->store == NULL)
    return FALSE;
  ov_store_load_policy (subject->store, &subject->policy);
  rules = ov_compliance_get_rules (&n_rules);
  result->by_rule = g_new0 (guint, n_rules);

  findings = ov_compliance_check (subject->store, &subject->policy, AS_OF, 0, error);
  if (findings == NULL)
    return FALSE;
  result->n_findings = findings->len;
  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);
      const char *rule = ov_finding_get_rule_id (finding);
      OvSeverity severity = ov_finding_get_severity (finding);

      if ((guint) severity < G_N_ELEMENTS (result->by_severity))
        result->by_severity[severity]++;
      for (guint r = 0; r < n_rules; r++)
        {
          if (g_strcmp0 (rules[r].id, rule) == 0)
            {
              result->by_rule[r]++;
              break;
            }
        }
    }
  return TRUE;
}

/* One timed full check. */
static gboolean
check_subject_run (CheckSubject  *subject,
                   GError       **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  double cpu_start = cpu_time_ms ();
  gint64 start = g_get_monotonic_time ();
  double ms, cpu_ms;

  findings = ov_compliance_check (subject->store, &subject->policy, AS_OF, 0, error);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  cpu_ms = cpu_time_ms () - cpu_start;
  if (findings == NULL)
    return FALSE;
  g_array_append_val (subject->times, ms);
  g_array_append_val (subject->cpu_times, cpu_ms);
  /* Freeing the findings (on leaving) is the caller's business, not the check's: not
   * timed. */
  return TRUE;
}

static void
check_subject_finish (CheckSubject *subject,
                      CheckResult  *result)
{
  result->median_ms = median (subject->times);
  result->fastest_ms = minimum (subject->times);
  result->cpu_median_ms = median (subject->cpu_times);
}

static void
print_check (const CheckResult *result)
{
  g_print ("    %7u cases: median %8.1f ms (fastest %.1f ms; processor time, median %.1f ms)\n"
           "                   %u findings: %u overdue, %u due soon, %u for information\n",
           result->n_cases, result->median_ms, result->fastest_ms, result->cpu_median_ms,
           result->n_findings, result->by_severity[OV_SEVERITY_OVERDUE],
           result->by_severity[OV_SEVERITY_DUE_SOON],
           result->by_severity[OV_SEVERITY_INFORMATION]);
}

/* ---- main --------------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *child_generate_path = NULL;
  g_autofree char *self_exe = NULL;
  g_autofree char *small_path = NULL;
  g_autofree char *large_path = NULL;
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  gboolean regenerate = FALSE;
  int runs = 7;
  int child_cases = 0;
  CheckResult small = { SMALL_CASES };
  CheckResult large = { LARGE_CASES };
  CheckSubject small_subject = { NULL };
  CheckSubject large_subject = { NULL };
  const OvRuleInfo *rules;
  guint n_rules;
  double ratio;
  const GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      "Keep the generated databases in DIR (default: $TMPDIR/oversight-bench)", "DIR" },
    { "regenerate", 0, 0, G_OPTION_ARG_NONE, &regenerate,
      "Generate the databases again even if they exist", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
      "Timed runs per database, after one warm-up run (default: 7)", "N" },
    { "child-generate", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &child_generate_path,
      NULL, NULL },
    { "child-cases", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &child_cases, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("- benchmark the compliance check at 10,000 and 100,000 "
                                  "cases");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (child_generate_path != NULL)
    return child_generate (child_generate_path, (guint) MAX (child_cases, 1));

  runs = MAX (runs, 1);

  self_exe = g_file_read_link ("/proc/self/exe", &error);
  if (self_exe == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (dir == NULL)
    dir = g_build_filename (g_get_tmp_dir (), "oversight-bench", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_printerr ("Could not create %s: %s\n", dir, g_strerror (errno));
      return 2;
    }
  small_path = g_build_filename (dir, "compliance-10000.db", NULL);
  large_path = g_build_filename (dir, "compliance-100000.db", NULL);

  g_print ("Oversight compliance check benchmark\n");
  g_print ("SQLite library %s; databases in %s\n\n", sqlite3_libversion (), dir);

  if (!ensure_database (self_exe, small_path, SMALL_CASES, regenerate, &error) ||
      !ensure_database (self_exe, large_path, LARGE_CASES, regenerate, &error))
    {
      g_printerr ("Could not generate the databases: %s\n", error->message);
      return 2;
    }

  load_before = load_average ();
  g_print ("\nFull check: ov_compliance_check (store, policy, \"%s\", every case), in this\n"
           "process with both stores open; one warm-up run each, then the median of %d runs\n"
           "each, the two sizes taking turns.\n"
           "Database files in the page cache (warm). Load average before: %s\n",
           AS_OF, runs, load_before);
  /* Both databases stay open and their runs alternate, so that a spell of contention on
   * a shared machine slows both sizes alike instead of skewing their ratio. */
  if (!check_subject_open (&small_subject, small_path, &small, &error))
    {
      g_printerr ("Benchmark failed: %s\n", error->message);
      return 2;
    }
  small.peak_mb = read_status_kb ("VmHWM:") * 1024.0 / 1e6;
  if (!check_subject_open (&large_subject, large_path, &large, &error))
    {
      g_printerr ("Benchmark failed: %s\n", error->message);
      return 2;
    }
  for (int i = 0; i < runs; i++)
    {
      if (!check_subject_run (&small_subject, &error) ||
          !check_subject_run (&large_subject, &error))
        {
          g_printerr ("Benchmark failed: %s\n", error->message);
          return 2;
        }
    }
  large.peak_mb = read_status_kb ("VmHWM:") * 1024.0 / 1e6;
  check_subject_finish (&small_subject, &small);
  check_subject_finish (&large_subject, &large);
  print_check (&small);
  print_check (&large);
  load_after = load_average ();
  ratio = large.median_ms / MAX (small.median_ms, 0.001);
  g_print ("    ratio 100,000 / 10,000: %.2f (target at most %.0f)\n", ratio, TARGET_RATIO);
  g_print ("    ratio of processor times: %.2f\n",
           large.cpu_median_ms / MAX (small.cpu_median_ms, 0.001));
  g_print ("    peak memory (VmHWM) after all the checks: %.1f MB (after the first "
           "10,000-case check: %.1f MB)\n", large.peak_mb, small.peak_mb);
  g_print ("    load average after: %s (%u processors online)\n", load_after,
           g_get_num_processors ());

  rules = ov_compliance_get_rules (&n_rules);
  g_print ("\nFindings by rule            10,000    100,000   ratio\n");
  for (guint r = 0; r < n_rules; r++)
    g_print ("    %-22s %9u  %9u   %5.2f\n", rules[r].id, small.by_rule[r], large.by_rule[r],
             small.by_rule[r] > 0 ? (double) large.by_rule[r] / small.by_rule[r] : 0.0);

  g_print ("\nSummary                                          measured   target    met\n");
  g_print ("full check, ratio 100,000 / 10,000 cases         %8.2f   <= %.0f     %s\n",
           ratio, TARGET_RATIO, met (ratio <= TARGET_RATIO));
  g_print ("full check of 100,000 cases (s)                  %8.2f   < %.0f       %s\n",
           large.median_ms / 1000.0, TARGET_LARGE_S,
           met (large.median_ms / 1000.0 < TARGET_LARGE_S));

  check_subject_clear (&small_subject);
  check_subject_clear (&large_subject);
  g_free (small.by_rule);
  g_free (large.by_rule);
  return 0;
}
