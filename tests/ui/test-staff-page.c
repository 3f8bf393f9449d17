/* test-staff-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The staff register: adding a person with the New and Save actions, the model's rules
 * shown under their fields, and searching the list.
 */

#define G_LOG_DOMAIN "test-ui-staff-page"

#include "config.h"

#include "ov-staff.h"
#include "ov-staff-page.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char        *path;
  OvStore     *store;
  OvWindow    *window;
  OvStaffPage *staff_page;
  GListModel  *rows;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkColumnView *column_view;

  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->window = ov_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->staff_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "staff_page");
  column_view = ui_test_child (fixture->staff_page, OV_TYPE_STAFF_PAGE, "column_view");
  fixture->rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("staff"));
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

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  return ui_test_child (fixture->staff_page, OV_TYPE_STAFF_PAGE, name);
}

static gboolean
editing_new_person (gpointer data)
{
  Fixture *fixture = data;
  OvStaff *staff = ov_staff_page_get_staff (fixture->staff_page);

  return staff != NULL && ov_record_get_id (OV_RECORD (staff)) == 0;
}

static void
test_add_person (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(OvStaff) stored = NULL;
  guint n_before = g_list_model_get_n_items (fixture->rows);

  g_assert_cmpuint (n_before, ==, ov_store_count (fixture->store, OV_TYPE_STAFF));

  /* Ctrl+N on the staff page adds a person, not a case. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new", NULL);
  g_assert_true (ui_test_wait_until (editing_new_person, fixture));

  gtk_editable_set_text (child (fixture, "name_entry"), "Priya Shah");
  gtk_editable_set_text (child (fixture, "collar_entry"), "5999");
  gtk_drop_down_set_selected (child (fixture, "pip_drop_down"), OV_PIP_LEVEL_PIP2);
  gtk_editable_set_text (child (fixture, "accreditation_date_entry"), "2025-06-30");
  gtk_editable_set_text (child (fixture, "email_entry"), "priya.shah");

  /* A rule broken is shown under its field, and nothing is saved. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "save", NULL);
  ui_test_flush ();
  g_assert_true (gtk_widget_get_visible (child (fixture, "email_error")));
  g_assert_true (gtk_widget_has_css_class (child (fixture, "email_entry"), "error"));
  g_assert_null (ui_test_find_staff (fixture->store, "Priya Shah"));

  gtk_editable_set_text (child (fixture, "email_entry"), "priya.shah@police.example");
  g_assert_false (gtk_widget_get_visible (child (fixture, "email_error")));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "save", NULL);
  ui_test_flush ();

  stored = ui_test_find_staff (fixture->store, "Priya Shah");
  g_assert_nonnull (stored);
  g_assert_cmpstr (ov_staff_get_collar_number (stored), ==, "5999");
  g_assert_cmpint (ov_staff_get_pip_level (stored), ==, OV_PIP_LEVEL_PIP2);
  g_assert_true (ov_staff_is_pip2_accredited (stored));
  g_assert_true (ov_staff_get_active (stored));
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, n_before + 1);
  g_assert_false (ov_staff_page_get_modified (fixture->staff_page));
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "editor_title")), ==, "Priya Shah");
}

static gboolean
row_count_is_one (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (data)) == 1;
}

static void
test_search_and_edit (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (fixture->rows);
  g_autoptr(OvStaff) stored = NULL;

  gtk_editable_set_text (child (fixture, "search_entry"), "whitlock");
  g_assert_true (ui_test_wait_until (row_count_is_one, fixture->rows));

  gtk_single_selection_set_selected (selection, 0);
  ui_test_flush ();
  g_assert_cmpstr (ov_staff_get_name (ov_staff_page_get_staff (fixture->staff_page)), ==,
                   "Tom Whitlock");

  gtk_editable_set_text (child (fixture, "unit_entry"), "Major Crime Team");
  g_assert_true (ov_staff_page_get_modified (fixture->staff_page));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "save", NULL);
  ui_test_flush ();

  stored = ui_test_find_staff (fixture->store, "Tom Whitlock");
  g_assert_cmpstr (ov_staff_get_unit (stored), ==, "Major Crime Team");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/staff-page/add-person", Fixture, NULL,
              fixture_set_up, test_add_person, fixture_tear_down);
  g_test_add ("/ui/staff-page/search-and-edit", Fixture, NULL,
              fixture_set_up, test_search_and_edit, fixture_tear_down);

  return g_test_run ();
}
