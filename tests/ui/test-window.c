/* test-window.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window on the demonstration database: the marking and the user are shown,
 * the case list shows the cases, search narrows it, and the column headers sort it.
 */

#define G_LOG_DOMAIN "test-ui-window"

#include "config.h"

#include <string.h>

#include "ov-case.h"
#include "ov-case-list.h"
#include "ov-cases-page.h"
#include "ov-sql-sorter.h"
#include "ov-staff.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char          *path;
  OvStore       *store;
  OvWindow      *window;
  OvCasesPage   *cases_page;
  GtkColumnView *column_view;
  GListModel    *rows;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->window = ov_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* The window opens on the dashboard; these tests are about the case list. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("cases"));
  fixture->cases_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "cases_page");
  fixture->column_view = ui_test_child (fixture->cases_page, OV_TYPE_CASES_PAGE, "column_view");
  fixture->rows = G_LIST_MODEL (gtk_column_view_get_model (fixture->column_view));
  ui_test_flush ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static OvCase *
row_case (Fixture *fixture,
          guint    position)
{
  return g_list_model_get_item (fixture->rows, position);
}

static gboolean
rows_contain (Fixture    *fixture,
              const char *reference)
{
  guint n = g_list_model_get_n_items (fixture->rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvCase) the_case = row_case (fixture, i);

      if (g_strcmp0 (ov_case_get_reference (the_case), reference) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_shows_demo_cases (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(OvCase) first = NULL;
  GtkWidget *label;
  OvStaff *user;

  /* Every stored case is a row, and rows come from the store's case list. */
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_CASE), ==, 25);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 25);
  g_assert_true (rows_contain (fixture, "MSHT/2025/0011"));
  g_assert_true (G_LIST_MODEL (ov_cases_page_get_case_list (fixture->cases_page)) ==
                 gtk_single_selection_get_model (GTK_SINGLE_SELECTION (fixture->rows)));

  /* The first row is on screen, in a cell of the list. */
  first = row_case (fixture, 0);
  label = ui_test_find_label (GTK_WIDGET (fixture->column_view), ov_case_get_reference (first));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));

  /* The marking and the person signed in are on screen. */
  label = ui_test_find_label (gtk_window_get_titlebar (GTK_WINDOW (fixture->window)),
                              "OFFICIAL-SENSITIVE");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  user = ov_store_get_current_user (fixture->store);
  g_assert_true (strstr (gtk_label_get_text (ui_test_child (fixture->window, OV_TYPE_WINDOW,
                                                            "user_label")),
                         ov_staff_get_name (user)) != NULL);
}

typedef struct
{
  GListModel *rows;
  guint       n_items;
} CountCheck;

static gboolean
row_count_is (gpointer data)
{
  CountCheck *check = data;

  return g_list_model_get_n_items (check->rows) == check->n_items;
}

static gboolean
row_count_below (gpointer data)
{
  CountCheck *check = data;

  return g_list_model_get_n_items (check->rows) < check->n_items;
}

static gboolean
contains_word (const char *text,
               const char *word)
{
  g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  return folded != NULL && strstr (folded, word) != NULL;
}

static void
test_search_narrows (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkEditable *search = ui_test_child (fixture->cases_page, OV_TYPE_CASES_PAGE, "search_entry");
  CountCheck fewer = { fixture->rows, 25 };
  CountCheck all = { fixture->rows, 25 };
  guint n;

  gtk_editable_set_text (search, "lapwing");
  g_assert_true (ui_test_wait_until (row_count_below, &fewer));

  n = g_list_model_get_n_items (fixture->rows);
  g_assert_cmpuint (n, >=, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvCase) the_case = row_case (fixture, i);

      g_assert_true (contains_word (ov_case_get_reference (the_case), "lapwing") ||
                     contains_word (ov_case_get_operation_name (the_case), "lapwing") ||
                     contains_word (ov_case_get_summary (the_case), "lapwing"));
    }
  g_assert_true (rows_contain (fixture, "MSHT/2025/0011"));

  /* A reference narrows too, and clearing the search brings every case back. */
  gtk_editable_set_text (search, "MSHT/2025/0011");
  all.n_items = 1;
  g_assert_true (ui_test_wait_until (row_count_is, &all));
  g_assert_true (rows_contain (fixture, "MSHT/2025/0011"));

  gtk_editable_set_text (search, "");
  all.n_items = 25;
  g_assert_true (ui_test_wait_until (row_count_is, &all));
}

static void
test_search_without_match (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GtkEditable *search = ui_test_child (fixture->cases_page, OV_TYPE_CASES_PAGE, "search_entry");
  GtkStack *stack = ui_test_child (fixture->cases_page, OV_TYPE_CASES_PAGE, "list_stack");
  CountCheck none = { fixture->rows, 0 };

  gtk_editable_set_text (search, "zzqxv");
  g_assert_true (ui_test_wait_until (row_count_is, &none));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

/* The column whose header sorts by @key in the store. */
static GtkColumnViewColumn *
column (Fixture    *fixture,
        const char *key)
{
  GListModel *columns = gtk_column_view_get_columns (fixture->column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      GtkSorter *sorter = gtk_column_view_column_get_sorter (column);

      if (OV_IS_SQL_SORTER (sorter) &&
          g_strcmp0 (ov_sql_sorter_get_key (OV_SQL_SORTER (sorter)), key) == 0)
        return column;
    }
  g_assert_not_reached ();
}

static void
test_header_sorts_in_store (Fixture       *fixture,
                            gconstpointer  user_data)
{
  OvCaseList *case_list = ov_cases_page_get_case_list (fixture->cases_page);
  guint n = g_list_model_get_n_items (fixture->rows);

  /* Opened on, newest first, until the user chooses otherwise. */
  g_assert_cmpint (ov_case_list_get_sort (case_list), ==, OV_CASE_SORT_OPENED);
  g_assert_true (ov_case_list_get_descending (case_list));

  gtk_column_view_sort_by_column (fixture->column_view, column (fixture, "operation"),
                                  GTK_SORT_ASCENDING);
  ui_test_flush ();
  g_assert_cmpint (ov_case_list_get_sort (case_list), ==, OV_CASE_SORT_OPERATION);
  g_assert_false (ov_case_list_get_descending (case_list));
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(OvCase) before = row_case (fixture, i - 1);
      g_autoptr(OvCase) after = row_case (fixture, i);

      g_assert_cmpint (g_ascii_strcasecmp (ov_case_get_operation_name (before),
                                           ov_case_get_operation_name (after)), <=, 0);
    }

  gtk_column_view_sort_by_column (fixture->column_view, column (fixture, "reference"),
                                  GTK_SORT_DESCENDING);
  ui_test_flush ();
  g_assert_cmpint (ov_case_list_get_sort (case_list), ==, OV_CASE_SORT_REFERENCE);
  g_assert_true (ov_case_list_get_descending (case_list));
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(OvCase) before = row_case (fixture, i - 1);
      g_autoptr(OvCase) after = row_case (fixture, i);

      g_assert_cmpstr (ov_case_get_reference (before), >, ov_case_get_reference (after));
    }

  /* The list stays the store's: GTK sorted nothing itself. */
  g_assert_true (G_LIST_MODEL (case_list) ==
                 gtk_single_selection_get_model (GTK_SINGLE_SELECTION (fixture->rows)));
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  user_data)
{
  GtkStack *stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "main_stack");
  GListModel *pages = G_LIST_MODEL (gtk_stack_get_pages (stack));
  g_autoptr(GObject) first = g_list_model_get_item (pages, 0);

  /* Only the pages that exist, each with a title for the sidebar, the dashboard first and
   * the readiness pages after the staff register. */
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      g_assert_nonnull (gtk_stack_page_get_child (page));
      g_assert_nonnull (gtk_stack_page_get_title (page));
      g_string_append_printf (names, "%s ", gtk_stack_page_get_name (page));
    }
  g_assert_cmpstr (names->str, ==, "dashboard cases staff partners reception-plans "
                   "staff-readiness learning escalations policy ");
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, 9);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "cases");
  g_assert_cmpstr (gtk_stack_page_get_name (GTK_STACK_PAGE (first)), ==, "dashboard");

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("staff"));
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "staff");
  g_object_unref (pages);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/window/shows-demo-cases", Fixture, NULL,
              fixture_set_up, test_shows_demo_cases, fixture_tear_down);
  g_test_add ("/ui/window/search-narrows", Fixture, NULL,
              fixture_set_up, test_search_narrows, fixture_tear_down);
  g_test_add ("/ui/window/search-without-match", Fixture, NULL,
              fixture_set_up, test_search_without_match, fixture_tear_down);
  g_test_add ("/ui/window/header-sorts-in-store", Fixture, NULL,
              fixture_set_up, test_header_sorts_in_store, fixture_tear_down);
  g_test_add ("/ui/window/pages", Fixture, NULL,
              fixture_set_up, test_pages, fixture_tear_down);

  return g_test_run ();
}
