/* test-case-list.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paged case list: counts, order, search as you type, and updates after saves.
 */

#include "config.h"

#include "ov-case-list.h"
#include "ov-enum-types.h"
#include "test-helpers.h"

static OvStore *
store_with_cases (void)
{
  static const struct { const char *reference, *operation, *summary, *opened; } rows[] = {
    { "MSHT/2026/0003", "Operation Kestrel", "Car wash workers housed in a caravan", "2026-03-01" },
    { "MSHT/2026/0001", "Operation Alder", "County lines cuckooing of a vulnerable adult", "2026-01-15" },
    { "MSHT/2026/0002", "Operation Heron", "Nail bar staff with passports withheld", "2026-02-10" },
    { "MSHT/2025/0099", "Operation Kite", "Agricultural gangmaster debt bondage", "2025-12-20" },
  };
  OvStore *store = test_store_new ();

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(OvCase) the_case = ov_case_new ();
      g_autoptr(GError) error = NULL;

      ov_case_set_reference (the_case, rows[i].reference);
      ov_case_set_operation_name (the_case, rows[i].operation);
      ov_case_set_summary (the_case, rows[i].summary);
      ov_case_set_opened_on (the_case, rows[i].opened);
      g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
    }
  return store;
}

static const char *
reference_at (GListModel *model,
              guint       position)
{
  g_autoptr(OvCase) the_case = g_list_model_get_item (model, position);
  char *reference;

  g_assert_nonnull (the_case);
  reference = g_strdup (ov_case_get_reference (the_case));
  g_test_queue_free (reference);
  return reference;
}

static void
test_lists_by_reference (void)
{
  g_autoptr(OvStore) store = store_with_cases ();
  g_autoptr(OvCaseList) list = ov_case_list_new (store);
  GListModel *model = G_LIST_MODEL (list);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (reference_at (model, 0), ==, "MSHT/2025/0099");
  g_assert_cmpstr (reference_at (model, 1), ==, "MSHT/2026/0001");
  g_assert_cmpstr (reference_at (model, 3), ==, "MSHT/2026/0003");
  g_assert_null (g_list_model_get_item (model, 4));
  g_assert_true (g_list_model_get_item_type (model) == OV_TYPE_CASE);
}

static void
test_sorts (void)
{
  g_autoptr(OvStore) store = store_with_cases ();
  g_autoptr(OvCaseList) list = ov_case_list_new (store);
  GListModel *model = G_LIST_MODEL (list);

  ov_case_list_set_sort (list, OV_CASE_SORT_OPERATION, FALSE);
  g_assert_cmpstr (reference_at (model, 0), ==, "MSHT/2026/0001"); /* Alder */
  g_assert_cmpstr (reference_at (model, 3), ==, "MSHT/2025/0099"); /* Kite */

  ov_case_list_set_sort (list, OV_CASE_SORT_OPENED, TRUE);
  g_assert_cmpstr (reference_at (model, 0), ==, "MSHT/2026/0003");
  g_assert_cmpstr (reference_at (model, 3), ==, "MSHT/2025/0099");

  ov_case_list_set_sort (list, OV_CASE_SORT_REFERENCE, TRUE);
  g_assert_cmpstr (reference_at (model, 0), ==, "MSHT/2026/0003");
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_signals)
{
  (*n_signals)++;
}

static void
test_search_narrows (void)
{
  g_autoptr(OvStore) store = store_with_cases ();
  g_autoptr(OvCaseList) list = ov_case_list_new (store);
  GListModel *model = G_LIST_MODEL (list);
  guint n_signals = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &n_signals);

  /* As the user types "kes", the list narrows at each keystroke. */
  ov_case_list_set_search (list, "k");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2); /* Kestrel, Kite */
  ov_case_list_set_search (list, "kes");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (reference_at (model, 0), ==, "MSHT/2026/0003");
  g_assert_cmpuint (n_signals, ==, 2);

  /* Summary words and reference parts match too; every word must match. */
  ov_case_list_set_search (list, "passports");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (reference_at (model, 0), ==, "MSHT/2026/0002");
  ov_case_list_set_search (list, "2026/000");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  ov_case_list_set_search (list, "county vulnerable");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  ov_case_list_set_search (list, "county kestrel");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* Query syntax typed by the user is taken as plain text, never as an error. */
  ov_case_list_set_search (list, "\"NEAR( OR * -");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  ov_case_list_set_search (list, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
}

static void
test_follows_saves (void)
{
  g_autoptr(OvStore) store = store_with_cases ();
  g_autoptr(OvCaseList) list = ov_case_list_new (store);
  g_autoptr(OvCase) added = NULL;
  g_autoptr(OvCase) renamed = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = G_LIST_MODEL (list);

  ov_case_list_set_search (list, "osprey");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  renamed = ov_store_find_case (store, "MSHT/2026/0002", &error);
  ov_case_set_operation_name (renamed, "Operation Osprey");
  g_assert_true (ov_store_save (store, OV_RECORD (renamed), &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  ov_case_list_set_search (list, NULL);
  added = test_add_case (store, "MSHT/2026/0004");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpstr (reference_at (model, 4), ==, "MSHT/2026/0004");
}

static gboolean
save_many_cases (OvStore  *store,
                 gpointer  user_data,
                 GError  **error)
{
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *reference = g_strdup_printf ("MSHT/2026/%05u", i);
      g_autoptr(OvCase) the_case = ov_case_new ();

      ov_case_set_reference (the_case, reference);
      ov_case_set_opened_on (the_case, "2026-06-01");
      if (!ov_store_save (store, OV_RECORD (the_case), error))
        return FALSE;
    }
  return TRUE;
}

static void
test_pages_are_bounded (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvCaseList) list = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  /* Enough cases for many pages, saved in one transaction. */
  g_assert_true (ov_store_run_in_transaction (store, save_many_cases, NULL, &error));
  g_assert_no_error (error);

  list = ov_case_list_new (store);
  model = G_LIST_MODEL (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5000);

  /* Scrolling to the end keeps only a bounded number of cases in memory. */
  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(OvCase) the_case = g_list_model_get_item (model, i);
      g_autofree char *expected = g_strdup_printf ("MSHT/2026/%05u", i);

      g_assert_cmpstr (ov_case_get_reference (the_case), ==, expected);
    }
  g_assert_cmpuint (ov_case_list_get_n_loaded (list), <=, 4000);
  g_assert_cmpuint (ov_case_list_get_n_loaded (list), >, 0);
}

static void
test_build_match (void)
{
  g_autofree char *simple = ov_case_list_build_match ("kes");
  g_autofree char *two = ov_case_list_build_match ("  car   wash ");
  g_autofree char *quote = ov_case_list_build_match ("o\"brien");
  g_autofree char *nothing = ov_case_list_build_match (" * - ");

  g_assert_cmpstr (simple, ==, "\"kes\"*");
  g_assert_cmpstr (two, ==, "\"car\"* \"wash\"*");
  g_assert_cmpstr (quote, ==, "\"o\"\"brien\"*");
  g_assert_null (nothing);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/case-list/by-reference", test_lists_by_reference);
  g_test_add_func ("/case-list/sorts", test_sorts);
  g_test_add_func ("/case-list/search-narrows", test_search_narrows);
  g_test_add_func ("/case-list/follows-saves", test_follows_saves);
  g_test_add_func ("/case-list/pages-are-bounded", test_pages_are_bounded);
  g_test_add_func ("/case-list/build-match", test_build_match);

  return g_test_run ();
}
