/* test-demo.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demonstration data: a realistic mix for trying Oversight, loaded only into an empty
 * database.
 */

#include "config.h"

#include "ov-allocation.h"
#include "ov-demo.h"
#include "ov-enum-types.h"
#include "test-helpers.h"

static void
test_loads_a_realistic_set (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) allocations = NULL;
  g_autoptr(GError) error = NULL;
  guint trainees = 0, lapsed = 0, supervisors = 0, overrides = 0, ended = 0;
  guint statuses = 0;
  guint64 n_events = 0;

  g_assert_true (ov_demo_load (store, &error));
  g_assert_no_error (error);

  staff = ov_store_list_staff (store, FALSE, &error);
  g_assert_cmpuint (staff->len, ==, 15);
  for (guint i = 0; i < staff->len; i++)
    {
      OvStaff *person = staff->pdata[i];

      g_assert_true (ov_record_validate (OV_RECORD (person), NULL));
      trainees += ov_staff_get_pip_level (person) == OV_PIP_LEVEL_PIP2_TRAINEE;
      lapsed += ov_staff_get_accreditation_status (person) == OV_ACCREDITATION_LAPSED;
      supervisors += ov_staff_has_role (person, OV_STAFF_ROLE_SUPERVISOR);
      /* The account that loaded the data is not linked to a demonstration person. */
      g_assert_cmpstr (ov_staff_get_os_account (person), !=, TEST_ACCOUNT);
    }
  g_assert_cmpuint (trainees, >=, 1);
  g_assert_cmpuint (lapsed, >=, 1);
  g_assert_cmpuint (supervisors, >=, 2);
  g_assert_null (ov_store_get_current_user (store));

  cases = ov_store_list (store, OV_TYPE_CASE, &error);
  g_assert_cmpuint (cases->len, >=, 20);
  g_assert_cmpuint (cases->len, <=, 30);
  for (guint i = 0; i < cases->len; i++)
    {
      OvCase *the_case = cases->pdata[i];

      g_assert_true (ov_record_validate (OV_RECORD (the_case), NULL));
      statuses |= 1u << ov_case_get_status (the_case);
      overrides += ov_case_get_pip2_override (the_case);
    }
  /* Cases in different states: open, suspended, charged and closed. */
  g_assert_cmpuint (statuses, ==, 0xf);
  g_assert_cmpuint (overrides, >=, 1);

  allocations = ov_store_list (store, OV_TYPE_ALLOCATION, &error);
  g_assert_cmpuint (allocations->len, >=, cases->len / 2);
  for (guint i = 0; i < allocations->len; i++)
    ended += !ov_allocation_is_current (allocations->pdata[i]);
  g_assert_cmpuint (ended, >=, 1);

  g_assert_true (ov_store_verify_audit (store, &n_events, &error));
  g_assert_cmpuint (n_events, >, cases->len + staff->len);
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvCase) existing = test_add_case (store, "MSHT/2026/0500");
  g_autoptr(GError) error = NULL;

  g_assert_false (ov_demo_load (store, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_EMPTY);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_CASE), ==, 1);
  g_assert_cmpint (ov_store_count (store, OV_TYPE_STAFF), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo/loads-a-realistic-set", test_loads_a_realistic_set);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);

  return g_test_run ();
}
