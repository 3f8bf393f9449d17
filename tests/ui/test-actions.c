/* test-actions.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case's actions: the filters, overdue actions marked in words and counted on the
 * case, and setting a new action through the action dialog.
 */

#define G_LOG_DOMAIN "test-ui-actions"

#include "config.h"

#include <string.h>

#include "ov-action-dialog.h"
#include "ov-actions-section.h"
#include "ov-case-page.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char             *path;
  OvStore          *store;
  OvCase           *the_case;
  OvWindow         *window;
  OvCasePage       *case_page;
  OvActionsSection *section;
  GListModel       *rows;
} Fixture;

static OvAction *
add_action (Fixture        *fixture,
            const char     *description,
            const char     *owner,
            const char     *due_on,
            OvActionStatus  status)
{
  g_autoptr(OvStaff) staff = ui_test_find_staff (fixture->store, owner);
  g_autoptr(GError) error = NULL;
  OvAction *action = ov_action_new ();

  ov_action_set_case_id (action, ov_record_get_id (OV_RECORD (fixture->the_case)));
  ov_action_set_description (action, description);
  ov_action_set_owner_id (action, ov_record_get_id (OV_RECORD (staff)));
  ov_action_set_due_on (action, due_on);
  ov_action_set_status (action, status);
  if (status == OV_ACTION_STATUS_DONE)
    ov_action_set_completed_on (action, due_on);
  if (status == OV_ACTION_STATUS_CANCELLED)
    ov_action_set_cancel_reason (action, "The witness left the country.");
  ov_store_save (fixture->store, OV_RECORD (action), &error);
  g_assert_no_error (error);
  return action;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkColumnView *column_view;

  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->the_case = ui_test_add_case (fixture->store, "MSHT/2026/0303");

  /* Due dates far in the past or the future, so that which ones are overdue does not
   * depend on the day the test runs. */
  g_object_unref (add_action (fixture, "Obtain the CCTV from the car wash", "Tom Whitlock",
                              "2001-03-01", OV_ACTION_STATUS_OPEN));
  g_object_unref (add_action (fixture, "Trace the registered keeper of the van", "Helen Marsh",
                              "2099-03-01", OV_ACTION_STATUS_OPEN));
  g_object_unref (add_action (fixture, "Refer the workers to the NRM", "Tom Whitlock",
                              "2001-02-01", OV_ACTION_STATUS_DONE));
  g_object_unref (add_action (fixture, "Interview the first witness", "Aisha Okafor",
                              "2001-01-15", OV_ACTION_STATUS_CANCELLED));

  fixture->window = ov_window_new (NULL, fixture->store);
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  fixture->section = ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, "actions_section");
  column_view = ui_test_child (fixture->section, OV_TYPE_ACTIONS_SECTION, "column_view");
  fixture->rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_open_case (GTK_WINDOW (fixture->window),
                     ov_record_get_id (OV_RECORD (fixture->the_case)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  g_clear_object (&fixture->the_case);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static gpointer
section_child (Fixture    *fixture,
               const char *name)
{
  return ui_test_child (fixture->section, OV_TYPE_ACTIONS_SECTION, name);
}

static gpointer
page_child (Fixture    *fixture,
            const char *name)
{
  return ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, name);
}

static void
show_filter (Fixture    *fixture,
             const char *toggle)
{
  ui_test_click (section_child (fixture, toggle));
  g_assert_true (gtk_toggle_button_get_active (section_child (fixture, toggle)));
}

static const char *
row_description (Fixture *fixture,
                 guint    position)
{
  g_autoptr(OvAction) action = g_list_model_get_item (fixture->rows, position);

  g_assert_nonnull (action);
  return ov_action_get_description (action);
}

static void
test_overdue_filter (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkStack *sections = page_child (fixture, "section_stack");
  GtkStackPage *actions_page = gtk_stack_get_page (sections, GTK_WIDGET (fixture->section));

  /* The case says how many actions are overdue, in words, before the user looks. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, "details");
  g_assert_true (gtk_widget_get_visible (page_child (fixture, "overdue_banner")));
  g_assert_cmpstr (gtk_label_get_text (page_child (fixture, "overdue_label")), ==,
                   "1 action on this case is overdue.");
  g_assert_cmpstr (gtk_stack_page_get_title (actions_page), ==, "Actions (1 overdue)");

  gtk_widget_activate_action (GTK_WIDGET (fixture->case_page), "case.show-section", "s",
                              "actions");
  ui_test_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 4);
  g_assert_cmpstr (gtk_label_get_text (section_child (fixture, "overdue_label")), ==,
                   "1 action is overdue");

  /* Overdue: only the open action past its due date, not the done or cancelled ones. */
  show_filter (fixture, "overdue_toggle");
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 1);
  g_assert_cmpstr (row_description (fixture, 0), ==, "Obtain the CCTV from the car wash");

  show_filter (fixture, "open_toggle");
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 2);

  /* Mine: the actions the user owns. */
  show_filter (fixture, "mine_toggle");
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 1);
  g_assert_cmpstr (row_description (fixture, 0), ==, "Trace the registered keeper of the van");

  show_filter (fixture, "all_toggle");
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 4);

  /* The banner's button goes straight to the overdue actions. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->case_page), "case.show-section", "s",
                              "details");
  gtk_widget_activate_action (GTK_WIDGET (fixture->case_page), "case.show-overdue", NULL);
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, "actions");
  g_assert_true (gtk_toggle_button_get_active (section_child (fixture, "overdue_toggle")));
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 1);
}

static gboolean
no_dialog (gpointer data)
{
  return ui_test_find_window (OV_TYPE_ACTION_DIALOG) == NULL;
}

static void
test_new_action (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  GtkStack *sections = page_child (fixture, "section_stack");
  GtkDropDown *owner;
  GtkWindow *dialog;
  OvAction *stored = NULL;

  /* What Ctrl+Shift+A does: the actions, and a new one. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new-action", NULL);
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, "actions");
  dialog = ui_test_find_window (OV_TYPE_ACTION_DIALOG);
  g_assert_nonnull (dialog);

  /* Nobody is chosen for the user: the dialog asks, under the field. */
  ui_test_set_text (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG, "description_view"),
                    "Check the van against ANPR");
  ui_test_click (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG, "save_button"));
  g_assert_true (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG,
                                                        "owner_error")));
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 4);

  owner = ui_test_child (dialog, OV_TYPE_ACTION_DIALOG, "owner_drop_down");
  gtk_drop_down_set_selected (owner, ui_test_staff_position (owner, "Aisha Okafor"));
  gtk_editable_set_text (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG, "due_entry"), "2099-13-01");
  ui_test_click (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG, "save_button"));
  g_assert_true (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG,
                                                        "due_error")));
  gtk_editable_set_text (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG, "due_entry"), "2099-04-01");
  ui_test_click (ui_test_child (dialog, OV_TYPE_ACTION_DIALOG, "save_button"));
  g_assert_true (ui_test_wait_until (no_dialog, NULL));

  /* Listed at once, set ad hoc. */
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 5);

  second = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  actions = ov_store_list_actions (second, ov_record_get_id (OV_RECORD (fixture->the_case)),
                                   &error);
  g_assert_no_error (error);
  for (guint i = 0; i < actions->len; i++)
    {
      OvAction *action = g_ptr_array_index (actions, i);

      if (g_strcmp0 (ov_action_get_description (action), "Check the van against ANPR") == 0)
        stored = action;
    }
  g_assert_nonnull (stored);
  g_assert_cmpstr (ov_action_get_owner_name (stored), ==, "Aisha Okafor");
  g_assert_cmpstr (ov_action_get_due_on (stored), ==, "2099-04-01");
  g_assert_cmpint (ov_action_get_review_id (stored), ==, 0);
  g_assert_cmpint (ov_action_get_status (stored), ==, OV_ACTION_STATUS_OPEN);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/actions/overdue-filter", Fixture, NULL,
              fixture_set_up, test_overdue_filter, fixture_tear_down);
  g_test_add ("/ui/actions/new-action", Fixture, NULL,
              fixture_set_up, test_new_action, fixture_tear_down);

  return g_test_run ();
}
