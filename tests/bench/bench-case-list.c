/* bench-case-list.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the case list behaves at 100,000 cases. Prints figures; asserts nothing.
 *
 *   ninja -C build && build/tests/bench/bench-case-list [--dir DIR] [--regenerate]
 *
 * Generates (or reuses) two databases through the core API, each in one transaction so
 * that validation, the audit chain and the triggers run as in real use: 100 cases with 20
 * staff, and 100,000 cases with 2,000 staff; 90% of cases get an officer in the case
 * through ov_store_allocate (--allocate changes the share). Then measures:
 *
 *  (a) opening the database and showing the first screenful of the case list, in a new
 *      process each run, for 100 and for 100,000 cases: target ratio at most 1.5;
 *  (b) one search keystroke over 100,000 cases against the same SQL run by the sqlite3
 *      shell on the same file: target ratio at most 2;
 *  (c) the peak memory of a process that opens the list on 100,000 cases and scrolls to
 *      its end: target under 150 MB.
 *
 * The databases are kept in DIR (by default $TMPDIR/oversight-bench) and reused by later
 * runs; --regenerate makes them again.
 */

#define G_LOG_DOMAIN "bench-case-list"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-case-list.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-store.h"

#define BENCH_ACCOUNT   "oversight-bench"
#define SMALL_CASES     100
#define SMALL_STAFF     20
#define LARGE_CASES     100000
#define LARGE_STAFF     2000
#define SCREENFUL       50
#define LIST_PAGE_SIZE  100   /* the page the case list loads: PAGE_SIZE in ov-case-list.c */
#define SHELL_REPEATS   5

#define TARGET_OPEN_RATIO    1.5
#define TARGET_SEARCH_RATIO  2.0
#define TARGET_PEAK_MB       150.0

/* Keystrokes a user might make, alternated so each one really runs a new search: a word
 * from operation names and a word from summaries (measured against the target), and, for
 * information, the first letter of a search, which matches most of the cases. */
static const char * const search_prefixes[] = { "kest", "nail" };
static const char * const first_letters[] = { "s", "k" };

/* ---- Generating a database ---------------------------------------------------------- */

static const char * const first_names[] = {
  "Aaron", "Abigail", "Adam", "Aisha", "Alex", "Alice", "Amir", "Amy", "Andrew", "Anna",
  "Ben", "Bethan", "Callum", "Carys", "Chloe", "Chris", "Claire", "Connor", "Daniel", "Deborah",
  "Dylan", "Eleanor", "Ellie", "Emma", "Ethan", "Fatima", "Finn", "Gareth", "Grace", "Hannah",
  "Harry", "Helen", "Imran", "Isla", "Jack", "Jade", "James", "Jasmine", "Joanna", "Jordan",
  "Kate", "Kieran", "Laura", "Liam", "Lucy", "Marcus", "Megan", "Mohammed", "Nadia", "Natalie",
  "Nathan", "Niamh", "Oliver", "Owen", "Priya", "Rachel", "Rhys", "Robert", "Ruth", "Ryan",
  "Samira", "Sarah", "Sean", "Sian", "Sophie", "Stuart", "Sunita", "Thomas", "Zara", "Yusuf",
};

static const char * const surnames[] = {
  "Ahmed", "Ashdown", "Bailey", "Bennett", "Brandt", "Brooks", "Campbell", "Carter", "Chandran",
  "Clarke", "Collins", "Cooper", "Davies", "Edwards", "Evans", "Fairbairn", "Fletcher", "Foster",
  "Green", "Griffiths", "Hall", "Harte", "Hughes", "Hussain", "Jenkins", "Johnson", "Jones",
  "Kaur", "Khan", "Kowalski", "Lewis", "Lindqvist", "Lloyd", "Marsh", "Mercer", "Mitchell",
  "Morgan", "Murphy", "Nowak", "Okafor", "O’Brien", "Owen", "Parker", "Patel", "Phillips",
  "Price", "Pryce", "Rahman", "Reid", "Roberts", "Robinson", "Scott", "Shah", "Singh",
  "Stewart", "Taylor", "Thomas", "Turner", "Walker", "Ward", "Watson", "Whitlock", "Williams",
  "Wilson", "Wood", "Wright", "Young",
};

static const char * const units[] = {
  "Modern Slavery Unit", "Public Protection Unit", "Major Crime Team", "CID",
  "Neighbourhood Policing Team", "Child Exploitation Team", "Serious Organised Crime Unit",
};

static const char * const operation_words[] = {
  "Amber", "Ash", "Birch", "Blue", "Bronze", "Cedar", "Copper", "Crimson", "Elder", "Flint",
  "Granite", "Grey", "Hazel", "Iron", "Ivory", "Jade", "Juniper", "Larch", "Maple", "Oak",
  "Onyx", "Rowan", "Scarlet", "Silver", "Slate", "Willow", "Yew", "Zinc",
};

static const char * const operation_birds[] = {
  "Avocet", "Bittern", "Bunting", "Buzzard", "Chough", "Curlew", "Dipper", "Dunlin",
  "Falcon", "Fieldfare", "Gannet", "Godwit", "Goshawk", "Greenshank", "Harrier", "Heron",
  "Hobby", "Kestrel", "Kingfisher", "Kite", "Kittiwake", "Lapwing", "Linnet", "Merlin",
  "Nightjar", "Osprey", "Plover", "Puffin", "Redstart", "Redwing", "Sanderling", "Sandpiper",
  "Shrike", "Siskin", "Skylark", "Snipe", "Sparrowhawk", "Swift", "Teal", "Tern", "Turnstone",
  "Twite", "Wagtail", "Warbler", "Waxwing", "Wheatear", "Whimbrel", "Wren", "Yellowhammer",
};

static const char * const towns[] = {
  "Ashbury", "Brackwell", "Castlemoor", "Dunmere", "Eastholt", "Fenwick Cross", "Greyford",
  "Hallowgate", "Ivelby", "Kingsreach", "Longmarsh", "Millbrook Vale", "Northwold", "Oakhollow",
  "Pellingham", "Redcastle", "Saltmarsh", "Thornbury Heath", "Upperton", "Westmere",
};

typedef struct
{
  const char     *where;
  OvExploitation  exploitation;
} Setting;

static const Setting settings[] = {
  { "at a hand car wash", OV_EXPLOITATION_LABOUR },
  { "in a nail bar", OV_EXPLOITATION_LABOUR },
  { "on a vegetable farm supplied by an unlicensed gangmaster", OV_EXPLOITATION_LABOUR },
  { "in a food packing factory", OV_EXPLOITATION_LABOUR },
  { "on building sites", OV_EXPLOITATION_LABOUR },
  { "in a takeaway restaurant", OV_EXPLOITATION_LABOUR },
  { "at a waste recycling plant", OV_EXPLOITATION_LABOUR },
  { "on a fishing boat", OV_EXPLOITATION_LABOUR },
  { "in a rented flat advertised on an adult services website", OV_EXPLOITATION_SEXUAL },
  { "in budget hotels near the motorway", OV_EXPLOITATION_SEXUAL },
  { "in short-let flats used for parties", OV_EXPLOITATION_SEXUAL },
  { "in a cuckooed flat used by a drugs line", OV_EXPLOITATION_CRIMINAL },
  { "in a house converted into a cannabis grow", OV_EXPLOITATION_CRIMINAL },
  { "on street corners, begging outside stations", OV_EXPLOITATION_CRIMINAL },
  { "in a shoplifting crew driven between towns", OV_EXPLOITATION_CRIMINAL },
  { "in a family home, cooking and cleaning", OV_EXPLOITATION_DOMESTIC_SERVITUDE },
  { "as an unpaid au pair", OV_EXPLOITATION_DOMESTIC_SERVITUDE },
  { "in a lorry found at a service area", OV_EXPLOITATION_UNKNOWN },
};

static const char * const victims[] = {
  "Two men", "Three women", "A 15-year-old boy", "A 16-year-old girl", "Six workers",
  "A vulnerable adult", "Seasonal workers", "A young woman", "Four teenagers",
  "A man with learning disabilities", "A family of four", "Eleven people",
};

static const char * const controls[] = {
  "had their passports held by the employer", "were in debt bondage for their travel",
  "were threatened with harm to their families abroad", "had their wages withheld for months",
  "had their phones taken and were moved every two weeks", "were locked in at night",
  "owed a drugs debt to the line holders", "were paid in food and a place to sleep",
};

static const char * const actions[] = {
  "NRM referrals made and the Duty to Notify met.", "Joint visit with the GLAA.",
  "Strategy discussion held with children’s social care.", "ROCU notified.",
  "Section 45 defence considered before any charge.", "HMRC minimum wage enquiry opened.",
  "Reception centre opened for the day of action.", "Victim declined NRM; MS1 submitted.",
  "Two suspects arrested and interviewed.", "Suspect charged and remanded in custody.",
  "Care Act section 42 concern raised.", "Interpreter booked for every contact.",
};

typedef struct
{
  guint    n_cases;
  guint    n_staff;
  guint    allocate_percent;
  GRand   *rand;
  GArray  *accredited_ids;   /* active staff at PIP2 or above */
  GArray  *trainee_ids;      /* active PIP2 trainees, allocated with a rationale */
  guint    n_allocated;
  guint    n_overrides;
} Generator;

static guint
pick (Generator *gen,
      guint      n)
{
  return (guint) g_rand_int_range (gen->rand, 0, (gint32) n);
}

#define PICK(gen, array) ((array)[pick ((gen), G_N_ELEMENTS (array))])

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
      g_autofree char *email = NULL;
      g_autofree char *date = NULL;
      guint r = pick (gen, 100);
      OvPipLevel level;
      OvStaffRole roles = OV_STAFF_ROLE_INVESTIGATOR;
      gboolean active = i == 0 || pick (gen, 100) >= 3;

      name = g_strdup_printf ("%s %s", first_names[i % G_N_ELEMENTS (first_names)],
                              surnames[(i / G_N_ELEMENTS (first_names) + i * 7) %
                                       G_N_ELEMENTS (surnames)]);
      email = g_strdup_printf ("staff%u@police.example", 10000 + i);

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
          date = g_strdup_printf ("%u-%02u-%02u", 2008 + pick (gen, 18), 1 + pick (gen, 12),
                                  1 + pick (gen, 28));
          ov_staff_set_accreditation_date (staff, date);
        }
      ov_staff_set_unit (staff, i == 0 ? units[0] : PICK (gen, units));
      ov_staff_set_email (staff, email);
      ov_staff_set_active (staff, active);

      if (!ov_store_save (store, OV_RECORD (staff), error))
        return FALSE;

      if (active)
        {
          gint64 id = ov_record_get_id (OV_RECORD (staff));

          if (ov_staff_is_pip2_accredited (staff))
            g_array_append_val (gen->accredited_ids, id);
          else if (level == OV_PIP_LEVEL_PIP2_TRAINEE)
            g_array_append_val (gen->trainee_ids, id);
        }
      if (i == 0)
        supervisor = g_steal_pointer (&staff);
    }

  /* Allocating needs a supervisor as the current user. */
  return ov_store_link_account (store, supervisor, error);
}

static char *
random_date (Generator  *gen,
             guint       year)
{
  /* Nothing after October 2026, so that a case closes by 27 November 2026 (the day these
   * figures were first taken) at least 30 days after it opened. */
  guint month = 1 + pick (gen, year >= 2026 ? 10 : 12);

  return g_strdup_printf ("%u-%02u-%02u", year, month, 1 + pick (gen, 28));
}

static char *
closing_date (Generator  *gen,
              const char *opened_on)
{
  GDate date;
  GDate limit;
  char text[16];

  g_date_clear (&date, 1);
  g_date_clear (&limit, 1);
  g_date_set_parse (&date, opened_on);
  g_date_set_dmy (&limit, 27, G_DATE_NOVEMBER, 2026);
  g_date_add_days (&date, 30 + pick (gen, 600));
  if (g_date_compare (&date, &limit) > 0)
    date = limit;
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static gboolean
allocate_officer (OvStore    *store,
                  Generator  *gen,
                  OvCase     *the_case,
                  GError    **error)
{
  g_autoptr(OvAllocation) allocation = NULL;
  gint64 case_id = ov_record_get_id (OV_RECORD (the_case));

  /* About one allocation in fifty goes to a PIP2 trainee under the override. */
  if (gen->trainee_ids->len > 0 && pick (gen, 50) == 0)
    {
      gint64 staff_id = g_array_index (gen->trainee_ids, gint64,
                                       pick (gen, gen->trainee_ids->len));

      allocation = ov_store_allocate (store, case_id, staff_id,
                                      OV_ALLOCATION_ROLE_OFFICER_IN_CASE,
                                      "PIP2 trainee on a workplace assessment case, "
                                      "supervised closely by the DS.",
                                      error);
      gen->n_overrides++;
    }
  else
    {
      gint64 staff_id = g_array_index (gen->accredited_ids, gint64,
                                       pick (gen, gen->accredited_ids->len));

      allocation = ov_store_allocate (store, case_id, staff_id,
                                      OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, error);
    }
  if (allocation == NULL)
    return FALSE;
  gen->n_allocated++;
  return TRUE;
}

static gboolean
generate_cases (OvStore    *store,
                Generator  *gen,
                GError    **error)
{
  guint per_year = (gen->n_cases + 11) / 12;

  for (guint i = 0; i < gen->n_cases; i++)
    {
      g_autoptr(OvCase) the_case = ov_case_new ();
      guint year = 2015 + i / per_year;
      g_autofree char *reference = g_strdup_printf ("MSHT/%u/%05u", year, i % per_year + 1);
      g_autofree char *operation = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *opened_on = random_date (gen, year);
      const Setting *setting = &PICK (gen, settings);
      OvExploitation exploitation = setting->exploitation;
      OvOffence offences;
      OvCaseStatus status;
      guint r = pick (gen, 100);
      gboolean allocate;

      operation = g_strdup_printf ("Operation %s %s", PICK (gen, operation_words),
                                   PICK (gen, operation_birds));
      summary = g_strdup_printf ("%s found %s in %s %s. %s",
                                 PICK (gen, victims), setting->where, PICK (gen, towns),
                                 PICK (gen, controls), PICK (gen, actions));
      if (pick (gen, 10) == 0)
        exploitation |= settings[pick (gen, G_N_ELEMENTS (settings))].exploitation;

      offences = pick (gen, 3) == 0 ? OV_OFFENCE_MSA_S1 : OV_OFFENCE_MSA_S2;
      if (pick (gen, 4) == 0)
        offences |= OV_OFFENCE_MSA_S1 | OV_OFFENCE_MSA_S2;
      if (pick (gen, 10) == 0)
        offences |= OV_OFFENCE_MSA_S4;
      if (exploitation & OV_EXPLOITATION_CRIMINAL)
        offences |= OV_OFFENCE_OTHER;

      if (r < 55)
        status = OV_CASE_STATUS_OPEN;
      else if (r < 65)
        status = OV_CASE_STATUS_SUSPENDED;
      else if (r < 75)
        status = OV_CASE_STATUS_CHARGED;
      else
        status = OV_CASE_STATUS_CLOSED;

      ov_case_set_reference (the_case, reference);
      ov_case_set_operation_name (the_case, operation);
      ov_case_set_summary (the_case, summary);
      ov_case_set_opened_on (the_case, opened_on);
      ov_case_set_offences (the_case, offences);
      ov_case_set_exploitation_types (the_case, exploitation);
      ov_case_set_county_lines (the_case, (exploitation & OV_EXPLOITATION_CRIMINAL) != 0 &&
                                          pick (gen, 2) == 0);

      allocate = pick (gen, 100) < gen->allocate_percent;
      /* A closed case takes no allocations and closes only after a signed-off closure
       * review: it is saved open, allocated, reviewed, then closed. */
      ov_case_set_status (the_case, status == OV_CASE_STATUS_CLOSED ? OV_CASE_STATUS_OPEN
                                                                    : status);
      if (!ov_store_save (store, OV_RECORD (the_case), error))
        return FALSE;

      if (allocate && !allocate_officer (store, gen, the_case, error))
        return FALSE;

      if (status == OV_CASE_STATUS_CLOSED)
        {
          g_autofree char *closed_on = closing_date (gen, opened_on);
          g_autoptr(OvReview) review = NULL;

          review = ov_store_start_review (store, ov_record_get_id (OV_RECORD (the_case)),
                                          OV_REVIEW_TYPE_CLOSURE, OV_REVIEW_TRIGGER_NONE,
                                          NULL, error);
          if (review == NULL || !ov_store_sign_off_review (store, review, error))
            return FALSE;
          ov_case_set_status (the_case, OV_CASE_STATUS_CLOSED);
          ov_case_set_closed_on (the_case, closed_on);
          if (!ov_store_save (store, OV_RECORD (the_case), error))
            return FALSE;
        }

      if ((i + 1) % 10000 == 0)
        g_printerr ("  ... %u cases\n", i + 1);
    }
  return TRUE;
}

static gboolean
generate_in_transaction (OvStore  *store,
                         gpointer  user_data,
                         GError  **error)
{
  Generator *gen = user_data;

  return generate_staff (store, gen, error) && generate_cases (store, gen, error);
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

/* Reuses @path if it holds @n_cases cases, else makes it. */
static gboolean
ensure_database (const char  *path,
                 guint        n_cases,
                 guint        n_staff,
                 guint        allocate_percent,
                 gboolean     regenerate,
                 GError     **error)
{
  g_autoptr(OvStore) store = NULL;
  Generator gen = { n_cases, n_staff, allocate_percent, NULL, NULL, NULL, 0, 0 };
  gint64 start;
  gboolean ok;

  if (!regenerate && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      store = ov_store_open (path, NULL);
      if (store != NULL && ov_store_count (store, OV_TYPE_CASE) == n_cases)
        {
          g_print ("Reusing %s: %u cases, %" G_GINT64_FORMAT " staff, %" G_GINT64_FORMAT
                   " allocations\n",
                   path, n_cases, ov_store_count (store, OV_TYPE_STAFF),
                   ov_store_count (store, OV_TYPE_ALLOCATION));
          return TRUE;
        }
      g_clear_object (&store);
    }

  remove_database (path);
  g_print ("Generating %s: %u cases, %u staff, officer in the case allocated to about %u%% "
           "of cases ...\n", path, n_cases, n_staff, allocate_percent);

  start = g_get_monotonic_time ();
  store = ov_store_open (path, error);
  if (store == NULL)
    return FALSE;
  ov_store_set_account (store, BENCH_ACCOUNT);

  /* Seeded, so every run builds the same database. */
  gen.rand = g_rand_new_with_seed (20261127);
  gen.accredited_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.trainee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ok = ov_store_run_in_transaction (store, generate_in_transaction, &gen, error);
  g_rand_free (gen.rand);
  g_array_unref (gen.accredited_ids);
  g_array_unref (gen.trainee_ids);
  g_clear_object (&store);   /* closing checkpoints the WAL into the database file */
  if (!ok)
    {
      remove_database (path);
      return FALSE;
    }

  g_print ("  generated in %.1f s: %u allocations (%u with a PIP2 override)\n",
           (g_get_monotonic_time () - start) / 1e6, gen.n_allocated, gen.n_overrides);
  return TRUE;
}

/* ---- Child processes ---------------------------------------------------------------- */

static void
fetch_screenful (GListModel *model,
                 guint       first)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = first; i < MIN (n, first + SCREENFUL); i++)
    {
      g_autoptr(OvCase) the_case = g_list_model_get_item (model, i);

      g_assert (the_case != NULL);
    }
}

/* (a) in a new process: open, count, first screenful, close. Prints microseconds. */
static int
child_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  OvStore *store;
  OvCaseList *list;
  gint64 start, elapsed;
  guint n_items;

  start = g_get_monotonic_time ();
  store = ov_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  list = ov_case_list_new (store);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  fetch_screenful (G_LIST_MODEL (list), 0);
  g_object_unref (list);
  g_object_unref (store);
  elapsed = g_get_monotonic_time () - start;

  g_print ("%" G_GINT64_FORMAT " %u\n", elapsed, n_items);
  return 0;
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

/* (c) in a new process: open the list, show the first screenful, jump to the end, then
 * scroll through every item. Prints peak memory (kB) at each step and the times (µs). */
static int
child_memory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvCaseList) list = NULL;
  GListModel *model;
  guint64 hwm_start = read_status_kb ("VmHWM:");
  guint64 hwm_screenful;
  gint64 start, end_screenful, scroll;
  guint n_items;

  store = ov_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  list = ov_case_list_new (store);
  model = G_LIST_MODEL (list);
  n_items = g_list_model_get_n_items (model);
  fetch_screenful (model, 0);
  hwm_screenful = read_status_kb ("VmHWM:");

  /* Dragging the scroll bar to the bottom: the last screenful, far from any loaded page. */
  start = g_get_monotonic_time ();
  fetch_screenful (model, n_items > SCREENFUL ? n_items - SCREENFUL : 0);
  end_screenful = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(OvCase) the_case = g_list_model_get_item (model, i);

      g_assert (the_case != NULL);
    }
  scroll = g_get_monotonic_time () - start;

  g_print ("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %"
           G_GINT64_FORMAT " %" G_GINT64_FORMAT " %u %u\n",
           hwm_start, hwm_screenful, read_status_kb ("VmHWM:"), end_screenful, scroll,
           n_items, ov_case_list_get_n_loaded (list));
  return 0;
}

/* ---- Helpers for the parent --------------------------------------------------------- */

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

/* Runs @argv, returns its standard output; with @elapsed, the wall time in µs. */
static char *
run (const char * const  *argv,
     gint64              *elapsed,
     GError             **error)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, &err, &status, error))
    return NULL;
  if (elapsed != NULL)
    *elapsed = g_get_monotonic_time () - start;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: %s", argv[0], err != NULL ? err : "");
      return NULL;
    }
  return g_steal_pointer (&out);
}

static const char *
met (gboolean yes)
{
  return yes ? "yes" : "NO";
}

/* ---- (a) opening -------------------------------------------------------------------- */

typedef struct
{
  double small_ms;
  double large_ms;
  double ratio;
} OpenResult;

static gboolean
bench_open (const char  *self_exe,
            const char  *small_path,
            const char  *large_path,
            guint        runs,
            OpenResult  *result,
            GError     **error)
{
  g_autoptr(GArray) small = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) large = g_array_new (FALSE, FALSE, sizeof (double));
  const char *paths[] = { small_path, large_path };
  GArray *times[] = { small, large };

  g_print ("\n(a) Open the database and show the first screenful (%u rows) of the case list\n"
           "    Each run is a new process: ov_store_open, ov_case_list_new, n_items, the first\n"
           "    %u items, unref and close, timed inside the process; %u runs each, small and\n"
           "    large alternated; files in the page cache (warm), as on a second start.\n",
           SCREENFUL, SCREENFUL, runs);

  for (guint i = 0; i < runs; i++)
    {
      for (guint which = 0; which < 2; which++)
        {
          const char *argv[] = { self_exe, "--child-open", paths[which], NULL };
          g_autofree char *out = run (argv, NULL, error);
          double ms;

          if (out == NULL)
            return FALSE;
          ms = g_ascii_strtod (out, NULL) / 1000.0;
          g_array_append_val (times[which], ms);
        }
    }

  result->small_ms = median (small);
  result->large_ms = median (large);
  result->ratio = result->large_ms / result->small_ms;
  g_print ("    %7u cases: median %7.2f ms (fastest %.2f ms)\n", SMALL_CASES,
           result->small_ms, minimum (small));
  g_print ("    %7u cases: median %7.2f ms (fastest %.2f ms)\n", LARGE_CASES,
           result->large_ms, minimum (large));
  g_print ("    ratio 100,000 / 100: %.2f (target at most %.1f)\n", result->ratio,
           TARGET_OPEN_RATIO);
  return TRUE;
}

/* ---- (b) search --------------------------------------------------------------------- */

typedef struct
{
  double oversight_ms;
  double shell_timer_ms;
  double shell_whole_ms;
  double ratio;
} SearchResult;

/* The two statements the case list runs for a search, as ov-case-list.c writes them, with
 * the match text as a literal (quotes doubled) instead of a bound parameter. */
static void
append_search_sql (GString    *script,
                   const char *match)
{
  g_autofree char *quoted = NULL;
  g_auto(GStrv) parts = g_strsplit (match, "'", -1);

  quoted = g_strjoinv ("''", parts);
  g_string_append_printf (script,
                          "SELECT count(*) FROM cases_fts WHERE cases_fts MATCH '%s';\n"
                          "SELECT c.* FROM cases_fts f JOIN cases c ON c.id = f.rowid "
                          "WHERE cases_fts MATCH '%s' ORDER BY c.reference ASC, c.id ASC "
                          "LIMIT %u OFFSET 0;\n",
                          quoted, quoted, LIST_PAGE_SIZE);
}

static gboolean
write_script (const char  *dir,
              const char  *name,
              const char  *text,
              char       **path,
              GError     **error)
{
  *path = g_build_filename (dir, name, NULL);
  return g_file_set_contents (*path, text, -1, error);
}

static gboolean
bench_search (const char          *dir,
              const char          *large_path,
              const char          *sqlite3_path,
              const char * const  *prefixes,
              guint                runs,
              gboolean             explain,
              SearchResult        *result,
              GError             **error)
{
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvCaseList) list = NULL;
  g_autoptr(GArray) ours_0 = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_1 = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) timer_0 = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) timer_1 = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) whole = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) timed_script = g_string_new (".timer on\n.output /dev/null\n");
  g_autoptr(GString) plain_script = g_string_new (".output /dev/null\n");
  g_autoptr(GString) empty_script = g_string_new (".output /dev/null\n");
  g_autofree char *timed_path = NULL;
  g_autofree char *plain_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *timed_out = NULL;
  g_autofree char *read_timed = NULL;
  g_autofree char *read_plain = NULL;
  g_autofree char *read_empty = NULL;
  g_autofree char *match_0 = ov_case_list_build_match (prefixes[0]);
  g_autofree char *match_1 = ov_case_list_build_match (prefixes[1]);
  g_auto(GStrv) lines = NULL;
  GArray *ours[2] = { ours_0, ours_1 };
  GArray *timer[2] = { timer_0, timer_1 };
  const char *matches[2] = { match_0, match_1 };
  guint counts[2] = { 0, 0 };
  guint n_keystrokes = runs * 2;
  guint n_timings = 0;
  double pending = -1;

  if (explain)
    g_print ("\n(b) One search keystroke over %u cases\n"
             "    Oversight: ov_case_list_set_search, then n_items and the first %u items (the\n"
             "    list loads one page of %u rows), in this process with the list open.\n"
             "    The typed text alternates so that every keystroke runs a new search.\n"
             "    sqlite3 shell: the list's two statements (count, then first page; SQL as in\n"
             "    ov-case-list.c, the match as a literal) for the same keystrokes in the same\n"
             "    order, in one shell session on the same file.\n",
             LARGE_CASES, SCREENFUL, LIST_PAGE_SIZE);
  g_print ("    Typed text alternates between \"%s\" (%s) and \"%s\" (%s); %u keystrokes.\n",
           prefixes[0], matches[0], prefixes[1], matches[1], n_keystrokes);

  store = ov_store_open (large_path, error);
  if (store == NULL)
    return FALSE;
  list = ov_case_list_new (store);
  fetch_screenful (G_LIST_MODEL (list), 0);

  for (guint i = 0; i < n_keystrokes; i++)
    {
      guint p = i % 2;
      gint64 start = g_get_monotonic_time ();
      double ms;

      ov_case_list_set_search (list, prefixes[p]);
      fetch_screenful (G_LIST_MODEL (list), 0);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (ours[p], ms);
      counts[p] = g_list_model_get_n_items (G_LIST_MODEL (list));

      append_search_sql (timed_script, matches[p]);
      append_search_sql (plain_script, matches[p]);
      g_string_append (empty_script, "SELECT 1;\nSELECT 1;\n");
    }
  g_clear_object (&list);
  g_clear_object (&store);

  if (!write_script (dir, "search-timed.sql", timed_script->str, &timed_path, error) ||
      !write_script (dir, "search-plain.sql", plain_script->str, &plain_path, error) ||
      !write_script (dir, "search-empty.sql", empty_script->str, &empty_path, error))
    return FALSE;
  read_timed = g_strdup_printf (".read %s", timed_path);
  read_plain = g_strdup_printf (".read %s", plain_path);
  read_empty = g_strdup_printf (".read %s", empty_path);

  /* .timer only works on input the shell reads (.read), not on statements given as
   * arguments. Its "real" figure is rounded to milliseconds per statement. */
  {
    const char *argv[] = { sqlite3_path, "-batch", "-init", "/dev/null", large_path,
                           read_timed, NULL };

    timed_out = run (argv, NULL, error);
    if (timed_out == NULL)
      return FALSE;
  }
  lines = g_strsplit (timed_out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *real = strstr (lines[i], "Run Time: real ");
      double ms;

      if (real == NULL)
        continue;
      ms = g_ascii_strtod (real + strlen ("Run Time: real "), NULL) * 1000.0;
      if (pending < 0)
        pending = ms;   /* the count */
      else
        {
          ms += pending; /* plus the page */
          g_array_append_val (timer[n_timings % 2], ms);
          n_timings++;
          pending = -1;
        }
    }
  if (n_timings != n_keystrokes)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "sqlite3 printed %u timings for %u keystrokes", n_timings, n_keystrokes);
      return FALSE;
    }

  for (guint i = 0; i < SHELL_REPEATS; i++)
    {
      const char *plain_argv[] = { sqlite3_path, "-batch", "-init", "/dev/null", large_path,
                                   read_plain, NULL };
      const char *empty_argv[] = { sqlite3_path, "-batch", "-init", "/dev/null", large_path,
                                   read_empty, NULL };
      g_autofree char *plain_out = NULL;
      g_autofree char *empty_out = NULL;
      gint64 plain_us, empty_us;
      double ms;

      plain_out = run (plain_argv, &plain_us, error);
      if (plain_out == NULL)
        return FALSE;
      empty_out = run (empty_argv, &empty_us, error);
      if (empty_out == NULL)
        return FALSE;
      ms = plain_us / 1000.0;
      g_array_append_val (whole, ms);
      ms = empty_us / 1000.0;
      g_array_append_val (empty, ms);
    }

  /* The two texts match different numbers of cases, so their times form two groups: the
   * figure per keystroke is the mean of the two medians, which is what the whole-shell
   * figure (total time / keystrokes) measures too. */
  result->oversight_ms = (median (ours[0]) + median (ours[1])) / 2;
  result->shell_timer_ms = (median (timer[0]) + median (timer[1])) / 2;
  result->shell_whole_ms = (median (whole) - median (empty)) / n_keystrokes;
  /* The whole-shell figure resolves microseconds where .timer rounds to milliseconds, so it
   * is the one compared with the target. */
  result->ratio = result->oversight_ms / MAX (result->shell_whole_ms, 0.001);

  g_print ("                               \"%s\" (%u cases)   \"%s\" (%u cases)   per keystroke\n",
           prefixes[0], counts[0], prefixes[1], counts[1]);
  g_print ("    Oversight, median          %8.2f ms          %8.2f ms          %8.2f ms\n",
           median (ours[0]), median (ours[1]), result->oversight_ms);
  g_print ("    sqlite3 shell .timer, med. %8.2f ms          %8.2f ms          %8.2f ms\n",
           median (timer[0]), median (timer[1]), result->shell_timer_ms);
  g_print ("    sqlite3 shell, whole                                              %8.2f ms\n",
           result->shell_whole_ms);
  if (explain)
    g_print ("    \".timer\": the real time per statement printed by .timer on (count + page).\n"
             "    \"whole\": (median wall time of the shell running all %u keystrokes, %.1f ms,\n"
             "    minus the same shell running %u empty queries, %.1f ms) / %u, medians of %u\n"
             "    runs; it includes parsing each statement and formatting the rows to /dev/null.\n",
             n_keystrokes, median (whole), n_keystrokes * 2, median (empty), n_keystrokes,
             SHELL_REPEATS);
  g_print ("    ratio Oversight / shell: %.2f against the whole-shell figure, %.2f against "
           ".timer\n",
           result->ratio, result->oversight_ms / MAX (result->shell_timer_ms, 0.001));
  return TRUE;
}

/* ---- (c) memory --------------------------------------------------------------------- */

typedef struct
{
  double peak_mb;
} MemoryResult;

static gboolean
bench_memory (const char    *self_exe,
              const char    *large_path,
              MemoryResult  *result,
              GError       **error)
{
  const char *argv[] = { self_exe, "--child-memory", large_path, NULL };
  g_autofree char *out = run (argv, NULL, error);
  guint64 hwm_start, hwm_screenful, hwm_end;
  gint64 end_us, scroll_us;
  guint n_items, n_loaded;

  if (out == NULL)
    return FALSE;
  if (sscanf (out, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %"
              G_GINT64_FORMAT " %" G_GINT64_FORMAT " %u %u",
              &hwm_start, &hwm_screenful, &hwm_end, &end_us, &scroll_us, &n_items,
              &n_loaded) != 7)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "unexpected output: %s", out);
      return FALSE;
    }

  result->peak_mb = hwm_end * 1024.0 / 1e6;
  g_print ("\n(c) Peak memory with the case list open on %u cases\n"
           "    A new process opens the list, shows the first screenful, jumps to the last\n"
           "    screenful, then fetches every one of the %u items in order, as a user\n"
           "    scrolling to the end would; VmHWM from /proc/self/status (MB = 10^6 bytes).\n",
           LARGE_CASES, n_items);
  g_print ("    at start:                 %6.1f MB\n", hwm_start * 1024.0 / 1e6);
  g_print ("    after first screenful:    %6.1f MB\n", hwm_screenful * 1024.0 / 1e6);
  g_print ("    after scrolling to end:   %6.1f MB (target under %.0f MB); %u cases held at "
           "the end\n", result->peak_mb, TARGET_PEAK_MB, n_loaded);
  g_print ("    jump to the last screenful: %.1f ms; scrolling through all %u items: %.2f s\n",
           end_us / 1000.0, n_items, scroll_us / 1e6);
  return TRUE;
}

/* ---- main --------------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *child_open_path = NULL;
  g_autofree char *child_memory_path = NULL;
  g_autofree char *self_exe = NULL;
  g_autofree char *sqlite3_path = NULL;
  g_autofree char *small_path = NULL;
  g_autofree char *large_path = NULL;
  g_autofree char *sqlite3_version = NULL;
  gboolean regenerate = FALSE;
  int runs = 21;
  int allocate_percent = 90;
  OpenResult open_result = { 0 };
  SearchResult search_result = { 0 };
  SearchResult first_letter_result = { 0 };
  MemoryResult memory_result = { 0 };
  const GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      "Keep the generated databases in DIR (default: $TMPDIR/oversight-bench)", "DIR" },
    { "regenerate", 0, 0, G_OPTION_ARG_NONE, &regenerate,
      "Generate the databases again even if they exist", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
      "Runs per measurement, at least 15 (default: 21)", "N" },
    { "allocate", 0, 0, G_OPTION_ARG_INT, &allocate_percent,
      "Percentage of generated cases given an officer in the case (default: 90)", "PERCENT" },
    { "child-open", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &child_open_path,
      NULL, NULL },
    { "child-memory", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &child_memory_path,
      NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("- benchmark the case list at 100,000 cases");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (child_open_path != NULL)
    return child_open (child_open_path);
  if (child_memory_path != NULL)
    return child_memory (child_memory_path);

  runs = MAX (runs, 15);
  allocate_percent = CLAMP (allocate_percent, 0, 100);

  self_exe = g_file_read_link ("/proc/self/exe", &error);
  if (self_exe == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  sqlite3_path = g_find_program_in_path ("sqlite3");
  if (sqlite3_path == NULL)
    {
      g_printerr ("The sqlite3 command-line shell is needed for (b): install it (Debian: "
                  "apt install sqlite3).\n");
      return 2;
    }

  if (dir == NULL)
    dir = g_build_filename (g_get_tmp_dir (), "oversight-bench", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_printerr ("Could not create %s: %s\n", dir, g_strerror (errno));
      return 2;
    }
  small_path = g_build_filename (dir, "cases-100.db", NULL);
  large_path = g_build_filename (dir, "cases-100000.db", NULL);

  {
    const char *version_argv[] = { sqlite3_path, "--version", NULL };

    sqlite3_version = run (version_argv, NULL, NULL);
  }
  g_print ("Oversight case list benchmark\n");
  g_print ("SQLite library %s; shell %s %s", sqlite3_libversion (), sqlite3_path,
           sqlite3_version != NULL ? sqlite3_version : "(version unknown)\n");
  g_print ("Databases in %s\n\n", dir);

  if (!ensure_database (small_path, SMALL_CASES, SMALL_STAFF, allocate_percent, regenerate,
                        &error) ||
      !ensure_database (large_path, LARGE_CASES, LARGE_STAFF, allocate_percent, regenerate,
                        &error))
    {
      g_printerr ("Could not generate the databases: %s\n", error->message);
      return 2;
    }

  if (!bench_open (self_exe, small_path, large_path, runs, &open_result, &error) ||
      !bench_search (dir, large_path, sqlite3_path, search_prefixes, runs, TRUE,
                     &search_result, &error))
    {
      g_printerr ("Benchmark failed: %s\n", error->message);
      return 2;
    }

  g_print ("\n(b, for information) The first keystroke of a search: one letter, which\n"
           "    matches most cases, so counting and sorting them is the most work a\n"
           "    keystroke can cause. No target.\n");
  if (!bench_search (dir, large_path, sqlite3_path, first_letters, runs, FALSE,
                     &first_letter_result, &error) ||
      !bench_memory (self_exe, large_path, &memory_result, &error))
    {
      g_printerr ("Benchmark failed: %s\n", error->message);
      return 2;
    }

  g_print ("\nSummary                                              measured   target    met\n");
  g_print ("(a) open + first screenful, 100,000 / 100 cases      %6.2f     <= %.1f     %s\n",
           open_result.ratio, TARGET_OPEN_RATIO, met (open_result.ratio <= TARGET_OPEN_RATIO));
  g_print ("(b) search keystroke, Oversight / sqlite3 shell      %6.2f     <= %.0f       %s\n",
           search_result.ratio, TARGET_SEARCH_RATIO,
           met (search_result.ratio <= TARGET_SEARCH_RATIO));
  g_print ("    (first letter, for information:                 %6.2f,  %.0f ms per keystroke)\n",
           first_letter_result.ratio, first_letter_result.oversight_ms);
  g_print ("(c) peak memory, list on 100,000 cases (MB)          %6.1f     < %.0f     %s\n",
           memory_result.peak_mb, TARGET_PEAK_MB, met (memory_result.peak_mb < TARGET_PEAK_MB));

  return 0;
}
