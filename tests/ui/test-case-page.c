/* test-case-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Creating and editing cases through the case page, as a user does: the new-case action,
 * typing in the fields, the save action, and what the page says when it cannot save.
 */

#define G_LOG_DOMAIN "test-ui-case-page"

#include "config.h"

#include <string.h>

#include "ov-case.h"
#include "ov-case-page.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char       *path;
  OvStore    *store;
  OvWindow   *window;
  GtkStack   *cases_stack;
  OvCasePage *case_page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->window = ov_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->cases_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "cases_stack");
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
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
page_child (Fixture    *fixture,
            const char *name)
{
  return ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, name);
}

static gboolean
showing_case (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (fixture->cases_stack), "case") == 0;
}

static gboolean
showing_list (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (fixture->cases_stack), "list") == 0;
}

static gboolean
dialog_shown (gpointer data)
{
  return ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), action, parameter);
}

static void
new_case (Fixture *fixture)
{
  activate (fixture, "new-case", NULL);
  g_assert_true (ui_test_wait_until (showing_case, fixture));
  g_assert_cmpint (ov_record_get_id (OV_RECORD (ov_case_page_get_case (fixture->case_page))),
                   ==, 0);
}

static void
open_case (Fixture    *fixture,
           const char *reference)
{
  g_autoptr(OvCase) the_case = ov_store_find_case (fixture->store, reference, NULL);

  g_assert_nonnull (the_case);
  activate (fixture, "open-case", g_variant_new_int64 (ov_record_get_id (OV_RECORD (the_case))));
  g_assert_true (ui_test_wait_until (showing_case, fixture));
  g_assert_cmpstr (ov_case_get_reference (ov_case_page_get_case (fixture->case_page)), ==,
                   reference);
}

static void
type_text (Fixture    *fixture,
           const char *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (page_child (fixture, entry)), text);
}

static void
test_new_case_saved (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(OvStore) second = NULL;
  g_autoptr(OvCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;
  GtkTextView *summary;

  new_case (fixture);

  /* A new case is opened today unless the user says otherwise. */
  today = g_date_time_format (now, "%Y-%m-%d");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (fixture, "opened_entry"))),
                   ==, today);

  type_text (fixture, "reference_entry", "MSHT/2026/0100");
  type_text (fixture, "operation_entry", "Operation Sparrow");
  summary = page_child (fixture, "summary_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (summary),
                            "Three men found sleeping in a farm outbuilding.", -1);
  gtk_check_button_set_active (page_child (fixture, "labour_check"), TRUE);
  gtk_check_button_set_active (page_child (fixture, "offence_s1_check"), TRUE);
  g_assert_true (ov_case_page_get_modified (fixture->case_page));

  activate (fixture, "save", NULL);
  ui_test_flush ();

  g_assert_false (ov_case_page_get_modified (fixture->case_page));
  g_assert_false (gtk_widget_get_visible (page_child (fixture, "error_banner")));
  g_assert_cmpstr (gtk_label_get_text (page_child (fixture, "title_label")), ==, "MSHT/2026/0100");

  /* Written to the database: another connection finds it. */
  second = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  stored = ov_store_find_case (second, "MSHT/2026/0100", &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_cmpstr (ov_case_get_operation_name (stored), ==, "Operation Sparrow");
  g_assert_cmpstr (ov_case_get_summary (stored), ==,
                   "Three men found sleeping in a farm outbuilding.");
  g_assert_cmpstr (ov_case_get_opened_on (stored), ==, today);
  g_assert_cmpuint (ov_case_get_exploitation_types (stored), ==, OV_EXPLOITATION_LABOUR);
  g_assert_cmpuint (ov_case_get_offences (stored), ==, OV_OFFENCE_MSA_S1);
  g_assert_cmpint (ov_case_get_protective_marking (stored), ==,
                   OV_PROTECTIVE_MARKING_OFFICIAL_SENSITIVE);
  g_assert_cmpint (ov_store_count (second, OV_TYPE_CASE), ==, 26);

  /* Back in the list, the new case is there. */
  activate (fixture, "back", NULL);
  g_assert_true (ui_test_wait_until (showing_list, fixture));
}

static void
test_invalid_field_marked (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GtkWidget *reference = page_child (fixture, "reference_entry");
  GtkLabel *reference_error = page_child (fixture, "reference_error");
  GtkWidget *closed = page_child (fixture, "closed_entry");
  GtkLabel *closed_error = page_child (fixture, "closed_error");
  GtkWidget *focus;

  new_case (fixture);
  type_text (fixture, "operation_entry", "Operation Sparrow");
  activate (fixture, "save", NULL);
  ui_test_flush ();

  /* The rule's message is under the reference, which is marked and has the focus. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reference_error)));
  g_assert_true (strstr (gtk_label_get_text (reference_error), "reference") != NULL);
  g_assert_true (gtk_widget_has_css_class (reference, "error"));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == reference || gtk_widget_is_ancestor (focus, reference));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_CASE), ==, 25);

  /* Correcting it clears the message; the next rule broken is shown at its own field. */
  type_text (fixture, "reference_entry", "MSHT/2026/0101");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (reference_error)));
  g_assert_false (gtk_widget_has_css_class (reference, "error"));

  type_text (fixture, "closed_entry", "2026-13-45");
  activate (fixture, "save", NULL);
  ui_test_flush ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (closed_error)));
  g_assert_true (gtk_widget_has_css_class (closed, "error"));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_CASE), ==, 25);

  type_text (fixture, "closed_entry", "");
  activate (fixture, "save", NULL);
  ui_test_flush ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (closed_error)));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_CASE), ==, 26);
}

static void
test_duplicate_reference_refused (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  GtkLabel *error_label = page_child (fixture, "error_label");

  new_case (fixture);
  type_text (fixture, "reference_entry", "MSHT/2025/0011");
  activate (fixture, "save", NULL);
  ui_test_flush ();

  g_assert_true (gtk_widget_get_visible (page_child (fixture, "error_banner")));
  g_assert_true (strstr (gtk_label_get_text (error_label), "reference") != NULL);
  g_assert_true (gtk_widget_has_css_class (page_child (fixture, "reference_entry"), "error"));
  g_assert_true (ov_case_page_get_modified (fixture->case_page));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_CASE), ==, 25);
}

static void
test_edit_existing_case (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(OvCase) stored = NULL;

  open_case (fixture, "MSHT/2025/0011");
  g_assert_false (ov_case_page_get_modified (fixture->case_page));

  type_text (fixture, "operation_entry", "Operation Lapwing II");
  activate (fixture, "save", NULL);
  ui_test_flush ();

  stored = ov_store_find_case (fixture->store, "MSHT/2025/0011", NULL);
  g_assert_cmpstr (ov_case_get_operation_name (stored), ==, "Operation Lapwing II");
  g_assert_false (ov_case_page_get_modified (fixture->case_page));
}

static void
answer_dialog (int response)
{
  GtkWindow *dialog = ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  ui_test_flush ();
}

static void
test_unsaved_changes_asked (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(OvCase) stored = NULL;

  open_case (fixture, "MSHT/2025/0011");
  type_text (fixture, "operation_entry", "Operation Changed");

  /* Leaving asks first; Cancel stays on the case with the change kept. */
  activate (fixture, "back", NULL);
  g_assert_true (ui_test_wait_until (dialog_shown, NULL));
  g_assert_true (showing_case (fixture));
  answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_true (showing_case (fixture));
  g_assert_true (ov_case_page_get_modified (fixture->case_page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (fixture, "operation_entry"))),
                   ==, "Operation Changed");

  /* Discard leaves without saving. */
  activate (fixture, "back", NULL);
  g_assert_true (ui_test_wait_until (dialog_shown, NULL));
  answer_dialog (GTK_RESPONSE_REJECT);
  g_assert_true (ui_test_wait_until (showing_list, fixture));
  stored = ov_store_find_case (fixture->store, "MSHT/2025/0011", NULL);
  g_assert_cmpstr (ov_case_get_operation_name (stored), ==, "Operation Lapwing");
}

static void
test_unsaved_changes_saved_on_leaving (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  g_autoptr(OvCase) stored = NULL;

  /* Kept alive past its closing, to check that it closed. */
  g_object_ref (fixture->window);

  open_case (fixture, "MSHT/2025/0011");
  type_text (fixture, "operation_entry", "Operation Kept");

  /* Closing the window asks too; Save writes the change, then the window closes. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (ui_test_wait_until (dialog_shown, NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  answer_dialog (GTK_RESPONSE_ACCEPT);

  stored = ov_store_find_case (fixture->store, "MSHT/2025/0011", NULL);
  g_assert_cmpstr (ov_case_get_operation_name (stored), ==, "Operation Kept");
  g_assert_null (ui_test_find_window (OV_TYPE_WINDOW));
}

static void
fixture_tear_down_closed (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/case-page/new-case-saved", Fixture, NULL,
              fixture_set_up, test_new_case_saved, fixture_tear_down);
  g_test_add ("/ui/case-page/invalid-field-marked", Fixture, NULL,
              fixture_set_up, test_invalid_field_marked, fixture_tear_down);
  g_test_add ("/ui/case-page/duplicate-reference-refused", Fixture, NULL,
              fixture_set_up, test_duplicate_reference_refused, fixture_tear_down);
  g_test_add ("/ui/case-page/edit-existing-case", Fixture, NULL,
              fixture_set_up, test_edit_existing_case, fixture_tear_down);
  g_test_add ("/ui/case-page/unsaved-changes-asked", Fixture, NULL,
              fixture_set_up, test_unsaved_changes_asked, fixture_tear_down);
  g_test_add ("/ui/case-page/unsaved-changes-saved-on-leaving", Fixture, NULL,
              fixture_set_up, test_unsaved_changes_saved_on_leaving, fixture_tear_down_closed);

  return g_test_run ();
}
