/* test-compliance-engine.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The machinery under the compliance rules, which a full check runs hundreds of thousands
 * of times: day numbers without GDate, local days of stored times, findings that share
 * their texts and build their messages when read, and the two ways the rules read the
 * database (looking each case up when one case is checked, reading whole tables in order
 * when every case is), which must find the same things.
 */

#include "config.h"

#include "ov-calendar.h"
#include "ov-compliance.h"
#include "ov-demo.h"
#include "ov-settings.h"
#include "ov-util.h"
#include "test-helpers.h"

/* ---- Days ------------------------------------------------------------------------------ */

static void
test_days_agree_with_gdate (void)
{
  GDate date;
  char buffer[OV_DAY_DATE_SIZE];

  /* Every day of the years a stored date may have. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1900);
  while (g_date_get_year (&date) < 3000)
    {
      g_autofree char *text = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                                               g_date_get_month (&date),
                                               g_date_get_day (&date));
      g_autofree char *back = NULL;
      OvDay day = ov_day_from_date (text);

      g_assert_cmpuint (day, ==, g_date_get_julian (&date));
      g_assert_true (ov_day_format_date (day, buffer));
      g_assert_cmpstr (buffer, ==, text);
      back = ov_day_to_date (day);
      g_assert_cmpstr (back, ==, text);
      g_date_add_days (&date, 1);
    }
}

static void
test_days_refuse_what_is_not_a_date (void)
{
  const char *not_dates[] = {
    "2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00",
    "1899-12-31", "3000-01-01", "2026-1-01", "2026-01-011", "2026/01/01", "26-01-01",
    "2026-01-0a", " 2026-01-01", "", NULL,
  };
  char buffer[OV_DAY_DATE_SIZE];
  g_autofree char *far = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_assert_false (ov_date_is_valid (not_dates[i]));
      g_assert_cmpuint (ov_day_from_date (not_dates[i]), ==, 0);
    }
  g_assert_cmpuint (ov_day_from_date ("2024-02-29"), !=, 0);
  g_assert_cmpuint (ov_day_from_date ("2000-02-29"), !=, 0);

  g_assert_false (ov_day_format_date (0, buffer));
  g_assert_cmpstr (buffer, ==, "");
  g_assert_null (ov_day_to_date (0));

  /* Outside 1900 to 2999, still as GDate has it. */
  g_assert_true (ov_day_format_date (1, buffer));
  g_assert_cmpstr (buffer, ==, "0001-01-01");
  far = ov_day_to_date (ov_day_from_date ("2999-12-31") + 1);
  g_assert_cmpstr (far, ==, "3000-01-01");
}

/* The test runs in Europe/London (see main), so summer times fall on the next day from
 * 23:00 UTC. */
static void
assert_day_of_timestamp (const char *timestamp)
{
  g_autofree char *date = ov_date_of_timestamp (timestamp);

  g_assert_cmpuint (ov_day_of_timestamp (timestamp), ==, ov_day_from_date (date));
}

static void
test_local_day_of_timestamps (void)
{
  const char *others[] = {
    "2026-11-27T04:59:26.250Z", "2026-07-01T23:30:00+00:00", "2026-07-01T23:30:00",
    "2026-07-01", "2026-07-01T24:00:00Z", "2026-07-01T23:60:00Z", "1899-12-31T23:30:00Z",
    "2999-12-31T23:30:00Z", "not a time", "", NULL,
  };
  /* Around the clocks going forward and back, and a year's end, every quarter hour. */
  const char *days[] = { "2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25",
                         "2026-12-31", "2027-01-01", "2026-06-30" };

  for (gsize d = 0; d < G_N_ELEMENTS (days); d++)
    for (int minutes = 0; minutes < 24 * 60; minutes += 15)
      {
        g_autofree char *timestamp = g_strdup_printf ("%sT%02d:%02d:07Z", days[d],
                                                      minutes / 60, minutes % 60);

        assert_day_of_timestamp (timestamp);
      }
  for (gsize i = 0; i < G_N_ELEMENTS (others); i++)
    assert_day_of_timestamp (others[i]);

  g_assert_cmpuint (ov_day_of_timestamp ("2026-07-01T23:30:00Z"), ==,
                    ov_day_from_date ("2026-07-02"));
  g_assert_cmpuint (ov_day_of_timestamp ("2026-12-01T23:30:00Z"), ==,
                    ov_day_from_date ("2026-12-01"));
}

/* ---- Findings -------------------------------------------------------------------------- */

static void
test_finding_public_setters (void)
{
  g_autoptr(OvFinding) finding = ov_finding_new ("overdue-action", OV_SEVERITY_DUE_SOON,
                                                 "Action for A: trace the van");
  g_autofree char *rule = g_strdup ("overdue-action");
  g_autofree char *reference = g_strdup ("MSHT/2026/000001");

  ov_finding_set_case (finding, 7, reference, 3, "Tom Okafor");
  ov_finding_set_person (finding, 11, "Adult C");
  ov_finding_set_section (finding, OV_SECTION_ACTIONS);
  g_assert_null (ov_finding_get_due_on (finding));
  ov_finding_set_due (finding, "2026-12-01", -2);

  /* The finding keeps its own copies. */
  reference[0] = 'X';
  rule[0] = 'X';
  g_assert_cmpstr (ov_finding_get_rule_id (finding), ==, "overdue-action");
  g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_DUE_SOON);
  g_assert_cmpstr (ov_finding_get_message (finding), ==, "Action for A: trace the van");
  g_assert_cmpint (ov_finding_get_case_id (finding), ==, 7);
  g_assert_cmpstr (ov_finding_get_case_reference (finding), ==, "MSHT/2026/000001");
  g_assert_cmpint (ov_finding_get_officer_id (finding), ==, 3);
  g_assert_cmpstr (ov_finding_get_officer_name (finding), ==, "Tom Okafor");
  g_assert_cmpint (ov_finding_get_person_id (finding), ==, 11);
  g_assert_cmpstr (ov_finding_get_person_name (finding), ==, "Adult C");
  g_assert_cmpstr (ov_finding_get_section (finding), ==, OV_SECTION_ACTIONS);
  g_assert_cmpstr (ov_finding_get_due_on (finding), ==, "2026-12-01");
  g_assert_cmpint (ov_finding_get_days_overdue (finding), ==, -2);

  ov_finding_set_person (finding, 0, NULL);
  g_assert_null (ov_finding_get_person_name (finding));
  ov_finding_set_due (finding, NULL, 0);
  g_assert_null (ov_finding_get_due_on (finding));
}

/* ---- The demonstration data ------------------------------------------------------------ */

static void
assert_same_finding (OvFinding *a,
                     OvFinding *b)
{
  g_assert_cmpstr (ov_finding_get_rule_id (a), ==, ov_finding_get_rule_id (b));
  g_assert_cmpint (ov_finding_get_severity (a), ==, ov_finding_get_severity (b));
  g_assert_cmpint (ov_finding_get_case_id (a), ==, ov_finding_get_case_id (b));
  g_assert_cmpstr (ov_finding_get_case_reference (a), ==, ov_finding_get_case_reference (b));
  g_assert_cmpint (ov_finding_get_person_id (a), ==, ov_finding_get_person_id (b));
  g_assert_cmpstr (ov_finding_get_person_name (a), ==, ov_finding_get_person_name (b));
  g_assert_cmpint (ov_finding_get_officer_id (a), ==, ov_finding_get_officer_id (b));
  g_assert_cmpstr (ov_finding_get_officer_name (a), ==, ov_finding_get_officer_name (b));
  g_assert_cmpstr (ov_finding_get_due_on (a), ==, ov_finding_get_due_on (b));
  g_assert_cmpint (ov_finding_get_days_overdue (a), ==, ov_finding_get_days_overdue (b));
  g_assert_cmpstr (ov_finding_get_section (a), ==, ov_finding_get_section (b));
  g_assert_cmpstr (ov_finding_get_message (a), ==, ov_finding_get_message (b));
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  return ov_finding_compare (*(OvFinding **) a, *(OvFinding **) b);
}

/* A full check reads whole tables in order; a check of one case looks its records up.
 * Checking the cases one by one and sorting what they find as the engine does must give
 * exactly the full check, in the same order. */
static void
assert_full_check_is_every_case (OvStore    *store,
                                 const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = ov_store_list (store, OV_TYPE_CASE, &error);
  g_autoptr(GPtrArray) full = NULL;
  g_autoptr(GPtrArray) one_by_one = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) rules = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) severities = g_hash_table_new (NULL, NULL);
  guint n_force = 0;
  OvPolicy policy;

  g_assert_no_error (error);
  ov_store_load_policy (store, &policy);
  full = ov_compliance_check (store, &policy, as_of, 0, &error);
  g_assert_no_error (error);

  /* Findings about the force (partners, plans, staff...) come from a full check only, and
   * after the case rules: set them apart, checking they are about a subject, not a case. */
  for (guint i = full->len; i > 0; i--)
    {
      OvFinding *finding = full->pdata[i - 1];

      if (ov_finding_get_subject_kind (finding) == NULL)
        continue;
      g_assert_cmpint (ov_finding_get_case_id (finding), ==, 0);
      g_assert_cmpint (ov_finding_get_subject_id (finding), >, 0);
      g_ptr_array_remove_index (full, i - 1);
      n_force++;
    }

  for (guint i = 0; i < cases->len; i++)
    {
      gint64 id = ov_record_get_id (OV_RECORD (cases->pdata[i]));
      g_autoptr(GPtrArray) one = ov_compliance_check (store, &policy, as_of, id, &error);

      g_assert_no_error (error);
      for (guint j = 0; j < one->len; j++)
        {
          g_assert_cmpint (ov_finding_get_case_id (one->pdata[j]), ==, id);
          g_ptr_array_add (one_by_one, g_object_ref (one->pdata[j]));
        }
    }
  g_ptr_array_sort (one_by_one, compare_findings);

  g_assert_cmpuint (full->len, ==, one_by_one->len);
  for (guint i = 0; i < full->len; i++)
    {
      assert_same_finding (full->pdata[i], one_by_one->pdata[i]);
      g_hash_table_add (rules, (gpointer) ov_finding_get_rule_id (full->pdata[i]));
      g_hash_table_add (severities,
                        GINT_TO_POINTER (ov_finding_get_severity (full->pdata[i]) + 1));
    }

  /* The demonstration data is meant to show a realistic dashboard: most kinds of
   * finding, at every severity. */
  g_assert_cmpuint (g_hash_table_size (rules), >=, 10);
  g_assert_cmpuint (g_hash_table_size (severities), ==, 3);
  /* ... and lapses in the force's readiness. */
  g_assert_cmpuint (n_force, >, 0);
}

static void
test_demo_full_check_is_every_case (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_assert_true (ov_demo_load (store, &error));
  g_assert_no_error (error);

  assert_full_check_is_every_case (store, today);
  assert_full_check_is_every_case (store, "2026-11-27");
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything asks for the local time zone: one with summer time. */
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/compliance-engine/days/agree-with-gdate", test_days_agree_with_gdate);
  g_test_add_func ("/compliance-engine/days/not-dates", test_days_refuse_what_is_not_a_date);
  g_test_add_func ("/compliance-engine/days/local-day-of-timestamps",
                   test_local_day_of_timestamps);
  g_test_add_func ("/compliance-engine/finding/public-setters", test_finding_public_setters);
  g_test_add_func ("/compliance-engine/demo/full-check-is-every-case",
                   test_demo_full_check_is_every_case);

  return g_test_run ();
}
