/* test-setup.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first run links the computer account to a staff record: the user's own new record,
 * or a supervisor from the register, after demonstration data if they choose it.
 */

#define G_LOG_DOMAIN "test-ui-setup"

#include "config.h"

#include "ov-case.h"
#include "ov-setup-dialog.h"
#include "ov-staff.h"
#include "ui-test-helpers.h"

typedef struct
{
  char          *path;
  OvStore       *store;
  OvSetupDialog *dialog;
  guint          n_linked;
} Fixture;

static void
on_linked (OvSetupDialog *dialog,
           Fixture       *fixture)
{
  fixture->n_linked++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_empty_store (fixture->path);
  g_assert_null (ov_store_get_current_user (fixture->store));

  fixture->dialog = g_object_ref (ov_setup_dialog_new (fixture->store));
  g_signal_connect (fixture->dialog, "linked", G_CALLBACK (on_linked), fixture);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  ui_test_flush ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  ui_test_flush ();
  g_clear_object (&fixture->dialog);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  return ui_test_child (fixture->dialog, OV_TYPE_SETUP_DIALOG, name);
}

static const char *
visible_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (child (fixture, "stack"));
}

static void
click_continue (Fixture *fixture)
{
  g_signal_emit_by_name (child (fixture, "continue_button"), "clicked");
  ui_test_flush ();
}

static void
test_create_own_record (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(OvStore) again = NULL;
  g_autoptr(GError) error = NULL;
  OvStaff *user;

  /* An empty database offers demonstration data first; the user declines it. */
  g_assert_cmpstr (visible_page (fixture), ==, "demo");
  g_assert_true (gtk_check_button_get_active (child (fixture, "empty_check")));
  click_continue (fixture);
  g_assert_cmpstr (visible_page (fixture), ==, "identify");
  g_assert_true (ov_store_is_empty (fixture->store));

  /* Nobody in the register: only creating a record is offered. */
  g_assert_false (gtk_widget_get_visible (child (fixture, "existing_check")));
  g_assert_true (gtk_check_button_get_active (child (fixture, "create_check")));

  gtk_editable_set_text (child (fixture, "name_entry"), "Sam Carver");
  gtk_editable_set_text (child (fixture, "collar_entry"), "4400");
  click_continue (fixture);

  g_assert_cmpuint (fixture->n_linked, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  user = ov_store_get_current_user (fixture->store);
  g_assert_nonnull (user);
  g_assert_cmpstr (ov_staff_get_name (user), ==, "Sam Carver");
  g_assert_cmpstr (ov_staff_get_collar_number (user), ==, "4400");
  g_assert_cmpstr (ov_staff_get_os_account (user), ==, UI_TEST_ACCOUNT);
  g_assert_true (ov_store_current_user_is_supervisor (fixture->store));

  /* The link is stored: the same account is recognised next time. */
  again = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  ov_store_set_account (again, UI_TEST_ACCOUNT);
  g_assert_nonnull (ov_store_get_current_user (again));
  g_assert_cmpstr (ov_staff_get_name (ov_store_get_current_user (again)), ==, "Sam Carver");
}

static void
test_invalid_record_not_linked (Fixture       *fixture,
                                gconstpointer  user_data)
{
  GtkLabel *collar_error = child (fixture, "collar_error");

  click_continue (fixture);
  gtk_editable_set_text (child (fixture, "name_entry"), "Sam Carver");
  click_continue (fixture);

  /* The collar number is required: said under the field, and nothing is linked. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (collar_error)));
  g_assert_true (gtk_widget_has_css_class (child (fixture, "collar_entry"), "error"));
  g_assert_cmpuint (fixture->n_linked, ==, 0);
  g_assert_null (ov_store_get_current_user (fixture->store));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
}

static void
test_demo_then_choose_supervisor (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  GtkSingleSelection *selection = child (fixture, "supervisor_selection");
  GListModel *supervisors = G_LIST_MODEL (selection);
  g_autoptr(OvStaff) chosen = NULL;
  OvStaff *user;

  gtk_check_button_set_active (child (fixture, "demo_check"), TRUE);
  click_continue (fixture);
  g_assert_cmpstr (visible_page (fixture), ==, "identify");
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_CASE), >, 0);

  /* The demonstration supervisors are offered, and only supervisors. */
  g_assert_true (gtk_widget_get_visible (child (fixture, "existing_check")));
  g_assert_true (gtk_check_button_get_active (child (fixture, "existing_check")));
  g_assert_cmpuint (g_list_model_get_n_items (supervisors), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (supervisors); i++)
    {
      g_autoptr(OvStaff) staff = g_list_model_get_item (supervisors, i);

      g_assert_true (ov_staff_has_role (staff, OV_STAFF_ROLE_SUPERVISOR));
    }

  gtk_single_selection_set_selected (selection, 0);
  chosen = g_list_model_get_item (supervisors, 0);
  click_continue (fixture);

  g_assert_cmpuint (fixture->n_linked, ==, 1);
  user = ov_store_get_current_user (fixture->store);
  g_assert_nonnull (user);
  g_assert_cmpint (ov_record_get_id (OV_RECORD (user)), ==, ov_record_get_id (OV_RECORD (chosen)));
  g_assert_true (ov_store_current_user_is_supervisor (fixture->store));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/setup/create-own-record", Fixture, NULL,
              fixture_set_up, test_create_own_record, fixture_tear_down);
  g_test_add ("/ui/setup/invalid-record-not-linked", Fixture, NULL,
              fixture_set_up, test_invalid_record_not_linked, fixture_tear_down);
  g_test_add ("/ui/setup/demo-then-choose-supervisor", Fixture, NULL,
              fixture_set_up, test_demo_then_choose_supervisor, fixture_tear_down);

  return g_test_run ();
}
