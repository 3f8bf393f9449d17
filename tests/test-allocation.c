/* test-allocation.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PIP2 rule: MSHT investigations go only to investigators with an active PIP2, PIP3
 * or PIP4 accreditation, unless a supervisor records a rationale.
 */

#include "config.h"

#include "ov-allocation.h"
#include "ov-enum-types.h"
#include "ov-store.h"
#include "test-helpers.h"

typedef struct
{
  OvPipLevel            level;
  OvAccreditationStatus status;
  gboolean              meets_rule;
} PipCase;

static const PipCase pip_cases[] = {
  { OV_PIP_LEVEL_NONE, OV_ACCREDITATION_ACTIVE, FALSE },
  { OV_PIP_LEVEL_PIP1, OV_ACCREDITATION_ACTIVE, FALSE },
  { OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE, FALSE },
  { OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, TRUE },
  { OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, TRUE },
  { OV_PIP_LEVEL_PIP4, OV_ACCREDITATION_ACTIVE, TRUE },
  { OV_PIP_LEVEL_NONE, OV_ACCREDITATION_LAPSED, FALSE },
  { OV_PIP_LEVEL_PIP1, OV_ACCREDITATION_LAPSED, FALSE },
  { OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_LAPSED, FALSE },
  { OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_LAPSED, FALSE },
  { OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_LAPSED, FALSE },
  { OV_PIP_LEVEL_PIP4, OV_ACCREDITATION_LAPSED, FALSE },
};

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static gint64
count_allocations (OvStore *store)
{
  return ov_store_count (store, OV_TYPE_ALLOCATION);
}

static void
test_rule_for_each_level (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (pip_cases); i++)
    {
      const PipCase *pc = &pip_cases[i];
      const OvAllocationRole roles[] = {
        OV_ALLOCATION_ROLE_OFFICER_IN_CASE, OV_ALLOCATION_ROLE_INVESTIGATOR,
      };

      g_assert_cmpint (ov_pip_meets_pip2 (pc->level, pc->status), ==, pc->meets_rule);

      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        {
          g_autoptr(OvStore) store = test_store_new ();
          g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
          g_autoptr(OvStaff) staff = test_add_staff (store, "Jordan Blake", pc->level, pc->status);
          g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0300");
          g_autoptr(OvAllocation) allocation = NULL;
          g_autoptr(OvCase) reloaded = NULL;
          g_autoptr(GError) error = NULL;

          g_test_message ("PIP level %s, %s, role %s",
                          ov_enum_get_nick (OV_TYPE_PIP_LEVEL, pc->level),
                          ov_enum_get_nick (OV_TYPE_ACCREDITATION_STATUS, pc->status),
                          ov_enum_get_nick (OV_TYPE_ALLOCATION_ROLE, roles[r]));

          allocation = ov_store_allocate (store, id_of (the_case), id_of (staff), roles[r],
                                          NULL, &error);
          if (pc->meets_rule)
            {
              g_assert_no_error (error);
              g_assert_nonnull (allocation);
              g_assert_null (ov_allocation_get_override_rationale (allocation));
              g_assert_cmpint (count_allocations (store), ==, 1);
            }
          else
            {
              g_assert_null (allocation);
              g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_PIP2_RULE);
              g_assert_nonnull (strstr (error->message, "PIP2"));
              g_assert_nonnull (strstr (error->message, "Jordan Blake"));
              g_assert_cmpint (count_allocations (store), ==, 0);
            }

          reloaded = ov_store_load (store, OV_TYPE_CASE, id_of (the_case), NULL);
          g_assert_false (ov_case_get_pip2_override (reloaded));
        }
    }
}

static void
test_deputy_needs_no_pip2 (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) trainee = test_add_staff (store, "Casey Lowe", OV_PIP_LEVEL_PIP1,
                                               OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0301");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;

  allocation = ov_store_allocate (store, id_of (the_case), id_of (trainee),
                                  OV_ALLOCATION_ROLE_DEPUTY, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (ov_allocation_get_override_rationale (allocation));
}

static void
test_override_with_rationale (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) trainee = test_add_staff (store, "Casey Lowe", OV_PIP_LEVEL_PIP2_TRAINEE,
                                               OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0302");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(OvCase) reloaded = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gboolean audited = FALSE;

  allocation = ov_store_allocate (store, id_of (the_case), id_of (trainee),
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE,
                                  "  Only trained officer available on the night; DS Marsh "
                                  "reviews daily.  ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (allocation);
  g_assert_cmpstr (ov_allocation_get_override_rationale (allocation), ==,
                   "Only trained officer available on the night; DS Marsh reviews daily.");
  g_assert_cmpint (ov_allocation_get_pip_level (allocation), ==, OV_PIP_LEVEL_PIP2_TRAINEE);

  /* The case carries the flag from now on, and shows its officer in the case. */
  reloaded = ov_store_load (store, OV_TYPE_CASE, id_of (the_case), &error);
  g_assert_true (ov_case_get_pip2_override (reloaded));
  g_assert_cmpstr (ov_case_get_oic_name (reloaded), ==, "Casey Lowe");

  /* The override is audited with its rationale, naming the supervisor. */
  events = ov_store_list_audit_events (store, ov_record_get_uuid (OV_RECORD (allocation)), &error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = events->pdata[i];

      if (g_strcmp0 (event->action, "override") == 0)
        {
          audited = TRUE;
          g_assert_nonnull (strstr (event->detail, "Only trained officer available"));
          g_assert_cmpint (event->actor_id, ==, id_of (supervisor));
        }
    }
  g_assert_true (audited);
}

static void
test_override_without_rationale (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) lapsed = test_add_staff (store, "Morgan Hale", OV_PIP_LEVEL_PIP3,
                                              OV_ACCREDITATION_LAPSED);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0303");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;

  /* Blank space is no rationale. */
  allocation = ov_store_allocate (store, id_of (the_case), id_of (lapsed),
                                  OV_ALLOCATION_ROLE_INVESTIGATOR, " \n\t ", &error);
  g_assert_null (allocation);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_PIP2_RULE);
  g_assert_nonnull (strstr (error->message, "lapsed"));
  g_assert_cmpint (count_allocations (store), ==, 0);
}

static void
test_only_supervisors_allocate (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) investigator = test_add_staff (store, "Robin Ash", OV_PIP_LEVEL_PIP2,
                                                    OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvStaff) trainee = test_add_staff (store, "Casey Lowe", OV_PIP_LEVEL_PIP1,
                                               OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0304");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;

  /* No user linked yet. */
  allocation = ov_store_allocate (store, id_of (the_case), id_of (investigator),
                                  OV_ALLOCATION_ROLE_INVESTIGATOR, NULL, &error);
  g_assert_null (allocation);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  /* An investigator may not allocate, nor override the rule. */
  g_assert_true (ov_store_link_account (store, investigator, &error));
  allocation = ov_store_allocate (store, id_of (the_case), id_of (trainee),
                                  OV_ALLOCATION_ROLE_INVESTIGATOR, "I say so", &error);
  g_assert_null (allocation);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_assert_cmpint (count_allocations (store), ==, 0);
}

static void
test_reallocation_keeps_history (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) first = test_add_staff (store, "Alex Reid", OV_PIP_LEVEL_PIP2,
                                             OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvStaff) second = test_add_staff (store, "Sam Patel", OV_PIP_LEVEL_PIP3,
                                              OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0305");
  g_autoptr(OvAllocation) a1 = NULL;
  g_autoptr(OvAllocation) a2 = NULL;
  g_autoptr(OvAllocation) deputy = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(OvCase) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  OvAllocation *current, *ended;

  a1 = ov_store_allocate (store, id_of (the_case), id_of (first),
                          OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);
  deputy = ov_store_allocate (store, id_of (the_case), id_of (supervisor),
                              OV_ALLOCATION_ROLE_DEPUTY, NULL, &error);
  g_assert_no_error (error);
  a2 = ov_store_allocate (store, id_of (the_case), id_of (second),
                          OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, &error);
  g_assert_no_error (error);

  history = ov_store_list_allocations (store, id_of (the_case), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);

  /* Current ones first; the earlier officer in the case is ended, not deleted. */
  current = history->pdata[0];
  g_assert_true (ov_allocation_is_current (current));
  g_assert_true (ov_allocation_is_current (history->pdata[1]));
  ended = history->pdata[2];
  g_assert_cmpint (ov_allocation_get_staff_id (ended), ==, id_of (first));
  g_assert_false (ov_allocation_is_current (ended));
  g_assert_cmpstr (ov_allocation_get_ends_at (ended), >=, ov_allocation_get_starts_at (ended));

  reloaded = ov_store_load (store, OV_TYPE_CASE, id_of (the_case), &error);
  g_assert_cmpstr (ov_case_get_oic_name (reloaded), ==, "Sam Patel");

  /* Ending the current officer in the case clears it from the case. */
  g_assert_true (ov_store_end_allocation (store, a2, &error));
  g_assert_no_error (error);
  g_clear_object (&reloaded);
  reloaded = ov_store_load (store, OV_TYPE_CASE, id_of (the_case), &error);
  g_assert_null (ov_case_get_oic_name (reloaded));

  /* History cannot be deleted, even by SQL from within Oversight. */
  g_assert_cmpint (sqlite3_exec (test_store_db (store), "DELETE FROM allocations",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (count_allocations (store), ==, 3);
}

static void
test_inactive_and_closed_refused (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvStaff) retired = test_add_staff (store, "Pat Quinn", OV_PIP_LEVEL_PIP3,
                                               OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvStaff) active = test_add_staff (store, "Lee Moss", OV_PIP_LEVEL_PIP3,
                                              OV_ACCREDITATION_ACTIVE);
  g_autoptr(OvCase) the_case = test_add_case (store, "MSHT/2026/0306");
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;

  ov_staff_set_active (retired, FALSE);
  g_assert_true (ov_store_save (store, OV_RECORD (retired), &error));
  allocation = ov_store_allocate (store, id_of (the_case), id_of (retired),
                                  OV_ALLOCATION_ROLE_INVESTIGATOR, NULL, &error);
  g_assert_null (allocation);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  test_close_case (store, the_case, "2026-11-20");
  allocation = ov_store_allocate (store, id_of (the_case), id_of (active),
                                  OV_ALLOCATION_ROLE_INVESTIGATOR, NULL, &error);
  g_assert_null (allocation);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED);
  g_assert_cmpint (count_allocations (store), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/allocation/pip2-rule/each-level-and-status", test_rule_for_each_level);
  g_test_add_func ("/allocation/pip2-rule/deputy", test_deputy_needs_no_pip2);
  g_test_add_func ("/allocation/pip2-rule/override-with-rationale", test_override_with_rationale);
  g_test_add_func ("/allocation/pip2-rule/override-without-rationale",
                   test_override_without_rationale);
  g_test_add_func ("/allocation/only-supervisors", test_only_supervisors_allocate);
  g_test_add_func ("/allocation/reallocation-keeps-history", test_reallocation_keeps_history);
  g_test_add_func ("/allocation/inactive-and-closed", test_inactive_and_closed_refused);

  return g_test_run ();
}
