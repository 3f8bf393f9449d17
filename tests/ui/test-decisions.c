/* test-decisions.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The decision log of a case: recording entries through the decision dialog, in number
 * order, and a later entry superseding an earlier one, shown both ways.
 */

#define G_LOG_DOMAIN "test-ui-decisions"

#include "config.h"

#include <string.h>

#include "ov-case-page.h"
#include "ov-decision-dialog.h"
#include "ov-decision-row.h"
#include "ov-decisions-section.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char               *path;
  OvStore            *store;
  OvCase             *the_case;
  OvWindow           *window;
  OvCasePage         *case_page;
  OvDecisionsSection *section;
  GtkListBox         *decision_list;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->the_case = ui_test_add_case (fixture->store, "MSHT/2026/0301");

  fixture->window = ov_window_new (NULL, fixture->store);
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  fixture->section = ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, "decisions_section");
  fixture->decision_list = ui_test_child (fixture->section, OV_TYPE_DECISIONS_SECTION,
                                          "decision_list");
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

static gboolean
no_dialog (gpointer data)
{
  return ui_test_find_window (OV_TYPE_DECISION_DIALOG) == NULL;
}

static gpointer
dialog_child (gpointer    dialog,
              const char *name)
{
  return ui_test_child (dialog, OV_TYPE_DECISION_DIALOG, name);
}

static gpointer
open_dialog (Fixture *fixture)
{
  GtkWindow *dialog;
  GtkStack *sections = ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, "section_stack");

  /* What Ctrl+Shift+D does: the decision log, and a new entry. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new-decision", NULL);
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, "decisions");
  dialog = ui_test_find_window (OV_TYPE_DECISION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  return dialog;
}

static guint
n_rows (Fixture *fixture)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (fixture->decision_list, (int) n) != NULL)
    n++;
  return n;
}

static gpointer
row_child (Fixture    *fixture,
           int         index,
           const char *name)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (fixture->decision_list, index);

  g_assert_nonnull (row);
  return ui_test_child (row, OV_TYPE_DECISION_ROW, name);
}

static void
fill_in (gpointer    dialog,
         const char *decision,
         const char *rationale,
         const char *options)
{
  ui_test_set_text (dialog_child (dialog, "decision_view"), decision);
  ui_test_set_text (dialog_child (dialog, "rationale_view"), rationale);
  ui_test_set_text (dialog_child (dialog, "options_view"), options);
}

static void
test_decisions_logged (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(OvStaff) helen = ui_test_find_staff (fixture->store, "Helen Marsh");
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_decisions = ov_store_count (fixture->store, OV_TYPE_DECISION);
  GtkDropDown *maker;
  GtkDropDown *supersedes;
  gpointer dialog;
  OvDecision *first;
  OvDecision *later;

  g_assert_cmpuint (n_rows (fixture), ==, 0);

  /* The decision maker is the user unless they say otherwise; the rationale is required. */
  dialog = open_dialog (fixture);
  maker = dialog_child (dialog, "maker_drop_down");
  g_assert_cmpuint (gtk_drop_down_get_selected (maker), ==,
                    ui_test_staff_position (maker, "Helen Marsh"));
  g_assert_true (strlen (gtk_editable_get_text (dialog_child (dialog, "decided_date_entry"))) == 10);
  ui_test_set_text (dialog_child (dialog, "decision_view"),
                    "Arrest both suspects at the car wash on Friday.");
  ui_test_click (dialog_child (dialog, "record_button"));
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "rationale_error")));
  g_assert_true (strstr (gtk_label_get_text (dialog_child (dialog, "rationale_error")),
                         "rationale") != NULL);
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_DECISION), ==, n_decisions);
  g_assert_cmpuint (n_rows (fixture), ==, 0);

  fill_in (dialog, "Arrest both suspects at the car wash on Friday.",
           "The victims are safe at the reception centre and the evidence is secured.",
           "Waiting for the bank evidence: the suspects may leave the country.");
  gtk_editable_set_text (dialog_child (dialog, "decided_date_entry"), "2026-02-06");
  gtk_editable_set_text (dialog_child (dialog, "decided_time_entry"), "09:30");
  ui_test_click (dialog_child (dialog, "record_button"));
  g_assert_true (ui_test_wait_until (no_dialog, NULL));

  /* In the log, numbered. */
  g_assert_cmpuint (n_rows (fixture), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (row_child (fixture, 0, "number_label")), ==, "No. 1");
  g_assert_cmpstr (gtk_label_get_text (row_child (fixture, 0, "decision_label")), ==,
                   "Arrest both suspects at the car wash on Friday.");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (row_child (fixture, 0, "decided_label")),
                                   "Decided 6 Feb 2026 09:30 by Helen Marsh"));
  g_assert_false (gtk_widget_get_visible (row_child (fixture, 0, "superseded_label")));

  /* A change of mind is a new entry that supersedes the first. */
  dialog = open_dialog (fixture);
  supersedes = dialog_child (dialog, "supersedes_drop_down");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (supersedes)), ==, 2);
  gtk_drop_down_set_selected (supersedes, 1);
  gtk_drop_down_set_selected (dialog_child (dialog, "maker_drop_down"),
                              ui_test_staff_position (dialog_child (dialog, "maker_drop_down"),
                                                      "Ravi Chandran"));
  fill_in (dialog, "Arrest the suspects on Thursday instead.",
           "One suspect has booked a flight for Friday morning.",
           "");
  ui_test_click (dialog_child (dialog, "record_button"));
  g_assert_true (ui_test_wait_until (no_dialog, NULL));

  g_assert_cmpuint (n_rows (fixture), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (row_child (fixture, 1, "number_label")), ==, "No. 2");
  g_assert_true (gtk_widget_get_visible (row_child (fixture, 1, "supersedes_label")));
  g_assert_cmpstr (gtk_label_get_text (row_child (fixture, 1, "supersedes_label")), ==,
                   "Supersedes 1");
  g_assert_true (gtk_widget_get_visible (row_child (fixture, 0, "superseded_label")));
  g_assert_cmpstr (gtk_label_get_text (row_child (fixture, 0, "superseded_label")), ==,
                   "Superseded by 2");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (fixture->decision_list, 0)),
                                           "superseded"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (fixture->decision_list, 1)),
                                            "superseded"));
  /* An entry already superseded is not offered again. */
  dialog = open_dialog (fixture);
  supersedes = dialog_child (dialog, "supersedes_drop_down");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (supersedes)), ==, 2);
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (supersedes)), 1),
                                   "No. 2: "));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_flush ();

  /* In the database, as another connection finds it. */
  second = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  decisions = ov_store_list_decisions (second, ov_record_get_id (OV_RECORD (fixture->the_case)),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 2);
  first = g_ptr_array_index (decisions, 0);
  later = g_ptr_array_index (decisions, 1);
  g_assert_cmpint (ov_decision_get_number (first), ==, 1);
  g_assert_cmpint (ov_decision_get_decision_maker_id (first), ==,
                   ov_record_get_id (OV_RECORD (helen)));
  g_assert_cmpstr (ov_decision_get_rationale (first), ==,
                   "The victims are safe at the reception centre and the evidence is secured.");
  g_assert_cmpstr (ov_decision_get_options_rejected (first), ==,
                   "Waiting for the bank evidence: the suspects may leave the country.");
  g_assert_cmpint (ov_decision_get_superseded_by_number (first), ==, 2);
  g_assert_cmpint (ov_decision_get_number (later), ==, 2);
  g_assert_cmpint (ov_decision_get_supersedes_id (later), ==, ov_record_get_id (OV_RECORD (first)));
  g_assert_cmpstr (ov_decision_get_decision_maker_name (later), ==, "Ravi Chandran");
  g_assert_null (ov_decision_get_options_rejected (later));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/decisions/decisions-logged", Fixture, NULL,
              fixture_set_up, test_decisions_logged, fixture_tear_down);

  return g_test_run ();
}
