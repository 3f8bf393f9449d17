/* test-strategy.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The investigative strategy of a case: drafting it with its lines of enquiry, and
 * agreeing it. Core refuses the author; the Agree button follows, and a refusal is shown
 * as core words it. An agreed version is read-only.
 */

#define G_LOG_DOMAIN "test-ui-strategy"

#include "config.h"

#include <string.h>

#include "ov-case-page.h"
#include "ov-investigation.h"
#include "ov-line-of-enquiry-row.h"
#include "ov-staff.h"
#include "ov-strategy-section.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

#define SECOND_SUPERVISOR_ACCOUNT "ui-test-second-supervisor"

typedef struct
{
  char              *path;
  OvStore           *store;
  OvCase            *the_case;
  OvWindow          *window;
  OvCasePage        *case_page;
  OvStrategySection *section;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->the_case = ui_test_add_case (fixture->store, "MSHT/2026/0302");

  fixture->window = ov_window_new (NULL, fixture->store);
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  fixture->section = ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, "strategy_section");
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_open_case (GTK_WINDOW (fixture->window),
                     ov_record_get_id (OV_RECORD (fixture->the_case)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->case_page), "case.show-section", "s",
                              "strategy");
  ui_test_flush ();
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
  return ui_test_child (fixture->section, OV_TYPE_STRATEGY_SECTION, name);
}

static OvStrategy *
stored_strategy (Fixture *fixture)
{
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  /* Another connection, to see what was written. */
  second = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  versions = ov_store_list_strategies (second, ov_record_get_id (OV_RECORD (fixture->the_case)),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, >=, 1);
  return g_object_ref (g_ptr_array_index (versions, versions->len - 1));
}

static GtkWidget *
line_child (Fixture    *fixture,
            int         index,
            const char *name)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (section_child (fixture, "line_list"), index);

  g_assert_nonnull (row);
  return ui_test_child (row, OV_TYPE_LINE_OF_ENQUIRY_ROW, name);
}

static void
test_agree_refuses_author (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(OvStrategy) stored = NULL;
  g_autoptr(OvStaff) ravi = ui_test_find_staff (fixture->store, "Ravi Chandran");
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *agree_button = section_child (fixture, "agree_button");
  GtkLabel *error_label = section_child (fixture, "error_label");
  GtkStack *content = section_child (fixture, "content_stack");

  /* No strategy yet: the first version is drafted by the user. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "none");
  gtk_widget_activate_action (GTK_WIDGET (fixture->section), "strategy.draft", NULL);
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "strategy");
  g_assert_cmpstr (gtk_label_get_text (section_child (fixture, "version_label")), ==,
                   "Version 1");
  g_assert_cmpstr (gtk_label_get_text (section_child (fixture, "status_badge")), ==, "Draft");

  /* Fill it in, with a line of enquiry, and save it. */
  ui_test_set_text (section_child (fixture, "parameters_view"),
                    "Forced labour at two hand car washes, January to March 2026.");
  ui_test_set_text (section_child (fixture, "aims_view"),
                    "Safeguard the workers; prosecute the controllers.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->section), "strategy.add-line", NULL);
  ui_test_flush ();
  gtk_editable_set_text (GTK_EDITABLE (line_child (fixture, 0, "title_entry")),
                         "Identify the controllers of the car washes");
  g_assert_true (ov_strategy_section_get_modified (fixture->section));
  g_assert_true (ov_case_page_get_modified (fixture->case_page));
  ui_test_click (section_child (fixture, "save_button"));
  g_assert_false (ov_strategy_section_get_modified (fixture->section));
  g_assert_false (gtk_widget_get_visible (section_child (fixture, "error_banner")));

  /* The author may not agree: the button is not offered, and says why. */
  g_assert_true (gtk_widget_get_visible (agree_button));
  g_assert_false (gtk_widget_is_sensitive (agree_button));
  g_assert_true (gtk_widget_get_visible (section_child (fixture, "agree_hint")));
  g_assert_true (strstr (gtk_label_get_text (section_child (fixture, "agree_hint")),
                         "drafted") != NULL);

  /* Asked anyway, core refuses, and its reason is shown; nothing is agreed. */
  ov_strategy_section_agree (fixture->section);
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_true (gtk_widget_get_visible (section_child (fixture, "error_banner")));
  g_test_message ("refusal: %s", gtk_label_get_text (error_label));
  g_assert_true (strstr (gtk_label_get_text (error_label), "cannot agree") != NULL);
  g_assert_cmpstr (gtk_label_get_text (section_child (fixture, "status_badge")), ==, "Draft");
  stored = stored_strategy (fixture);
  g_assert_false (ov_strategy_is_agreed (stored));
  g_assert_cmpstr (ov_strategy_get_parameters (stored), ==,
                   "Forced labour at two hand car washes, January to March 2026.");
  lines = ov_store_list_lines_of_enquiry (fixture->store,
                                          ov_record_get_id (OV_RECORD (stored)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (ov_line_of_enquiry_get_title (g_ptr_array_index (lines, 0)), ==,
                   "Identify the controllers of the car washes");
  g_clear_object (&stored);

  /* Another supervisor at the keyboard may agree it. */
  ui_test_sign_in_as (fixture->store, SECOND_SUPERVISOR_ACCOUNT, "Ravi Chandran");
  g_assert_false (gtk_widget_get_visible (section_child (fixture, "agree_hint")));
  ui_test_click (agree_button);
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_false (gtk_widget_get_visible (section_child (fixture, "error_banner")));

  stored = stored_strategy (fixture);
  g_assert_true (ov_strategy_is_agreed (stored));
  g_assert_cmpint (ov_strategy_get_agreed_by (stored), ==, ov_record_get_id (OV_RECORD (ravi)));

  /* Agreed and in force: shown read-only, with nothing to save or agree. */
  g_assert_cmpstr (gtk_label_get_text (section_child (fixture, "status_badge")), ==, "Agreed");
  g_assert_true (gtk_widget_get_visible (section_child (fixture, "in_force_badge")));
  g_assert_true (strstr (gtk_label_get_text (section_child (fixture, "details_label")),
                         "Agreed by Ravi Chandran") != NULL);
  g_assert_false (gtk_text_view_get_editable (section_child (fixture, "parameters_view")));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (section_child (fixture, "rocu_entry"))));
  g_assert_false (gtk_widget_is_sensitive (section_child (fixture, "financial_drop_down")));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (line_child (fixture, 0, "title_entry"))));
  g_assert_false (gtk_widget_get_visible (agree_button));
  g_assert_false (gtk_widget_get_visible (section_child (fixture, "save_button")));
  g_assert_false (gtk_widget_get_visible (section_child (fixture, "add_line_button")));
}

static void
test_versions_history (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GtkSingleSelection *versions = section_child (fixture, "version_selection");
  g_autoptr(OvStrategy) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameters = NULL;

  /* Version 1, drafted by Helen Marsh and agreed by Ravi Chandran through core. */
  first = ov_store_draft_strategy (fixture->store, ov_record_get_id (OV_RECORD (fixture->the_case)),
                                   &error);
  g_assert_no_error (error);
  ov_strategy_set_parameters (first, "The first parameters.");
  ui_test_sign_in_as (fixture->store, SECOND_SUPERVISOR_ACCOUNT, "Ravi Chandran");
  ov_store_agree_strategy (fixture->store, first, &error);
  g_assert_no_error (error);
  ui_test_flush ();

  /* The section followed the store: version 1 is shown, in force. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 1);
  g_assert_true (gtk_widget_get_visible (section_child (fixture, "in_force_badge")));

  /* A new version starts from the one in force, and is editable. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->section), "strategy.draft", NULL);
  ui_test_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (section_child (fixture, "version_label")), ==,
                   "Version 2");
  g_assert_true (gtk_text_view_get_editable (section_child (fixture, "parameters_view")));
  parameters = ui_test_text_view_text (section_child (fixture, "parameters_view"));
  g_assert_cmpstr (parameters, ==, "The first parameters.");
  g_assert_false (gtk_widget_is_sensitive (section_child (fixture, "draft_button")));

  /* Choosing the older version shows it read-only. */
  gtk_single_selection_set_selected (versions, 1);
  ui_test_flush ();
  g_assert_cmpstr (gtk_label_get_text (section_child (fixture, "version_label")), ==,
                   "Version 1");
  g_assert_false (gtk_text_view_get_editable (section_child (fixture, "parameters_view")));
  g_assert_false (gtk_widget_get_visible (section_child (fixture, "save_button")));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/strategy/agree-refuses-author", Fixture, NULL,
              fixture_set_up, test_agree_refuses_author, fixture_tear_down);
  g_test_add ("/ui/strategy/versions-history", Fixture, NULL,
              fixture_set_up, test_versions_history, fixture_tear_down);

  return g_test_run ();
}
