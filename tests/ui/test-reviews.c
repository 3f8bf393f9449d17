/* test-reviews.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Holding a supervisory review through the review editor, as a supervisor does: start it
 * with the shortcut's action, go through attendees, risk, the lines of enquiry, the open
 * actions, new actions and the next review date, sign it off, add an addendum, and find
 * it all in the database afterwards.
 */

#define G_LOG_DOMAIN "test-ui-reviews"

#include "config.h"

#include <string.h>

#include "ov-action-check-row.h"
#include "ov-action-dialog.h"
#include "ov-addendum-dialog.h"
#include "ov-attendee-row.h"
#include "ov-case-page.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-investigation.h"
#include "ov-new-review-dialog.h"
#include "ov-review-editor.h"
#include "ov-review-line-row.h"
#include "ov-reviews-section.h"
#include "ov-staff.h"
#include "ov-util.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

#define SECOND_SUPERVISOR_ACCOUNT "ui-test-second-supervisor"

typedef struct
{
  char             *path;
  OvStore          *store;
  OvCase           *the_case;
  OvLineOfEnquiry  *money_line;
  OvLineOfEnquiry  *associates_line;
  OvAction         *earlier_action;
  OvWindow         *window;
  OvCasePage       *case_page;
  OvReviewsSection *section;
  OvReviewEditor   *editor;
} Fixture;

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static OvLineOfEnquiry *
add_line (Fixture    *fixture,
          OvStrategy *strategy,
          gint64      position,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  OvLineOfEnquiry *line = ov_line_of_enquiry_new ();

  ov_line_of_enquiry_set_strategy_id (line, id_of (strategy));
  ov_line_of_enquiry_set_case_id (line, id_of (fixture->the_case));
  ov_line_of_enquiry_set_position (line, position);
  ov_line_of_enquiry_set_title (line, title);
  ov_store_save (fixture->store, OV_RECORD (line), &error);
  g_assert_no_error (error);
  return line;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(OvStaff) tom = NULL;
  g_autoptr(GError) error = NULL;

  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->the_case = ui_test_add_case (fixture->store, "MSHT/2026/0300");

  /* A strategy in force with two lines of enquiry: drafted by one supervisor, agreed by
   * another. */
  strategy = ov_store_draft_strategy (fixture->store, id_of (fixture->the_case), &error);
  g_assert_no_error (error);
  ov_strategy_set_parameters (strategy, "Debt bondage of farm workers, 2026.");
  ov_store_save (fixture->store, OV_RECORD (strategy), &error);
  g_assert_no_error (error);
  fixture->money_line = add_line (fixture, strategy, 1, "Trace the wage accounts");
  fixture->associates_line = add_line (fixture, strategy, 2, "Identify the UK associates");
  ui_test_sign_in_as (fixture->store, SECOND_SUPERVISOR_ACCOUNT, "Ravi Chandran");
  ov_store_agree_strategy (fixture->store, strategy, &error);
  g_assert_no_error (error);
  ui_test_sign_in_as (fixture->store, UI_TEST_ACCOUNT, "Helen Marsh");

  /* An action still open from before the review. */
  tom = ui_test_find_staff (fixture->store, "Tom Whitlock");
  fixture->earlier_action = ov_action_new ();
  ov_action_set_case_id (fixture->earlier_action, id_of (fixture->the_case));
  ov_action_set_description (fixture->earlier_action, "Obtain the bank statements");
  ov_action_set_owner_id (fixture->earlier_action, id_of (tom));
  ov_action_set_due_on (fixture->earlier_action, "2099-01-31");
  ov_store_save (fixture->store, OV_RECORD (fixture->earlier_action), &error);
  g_assert_no_error (error);

  fixture->window = ov_window_new (NULL, fixture->store);
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  fixture->section = ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, "reviews_section");
  fixture->editor = ui_test_child (fixture->section, OV_TYPE_REVIEWS_SECTION, "editor");
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_open_case (GTK_WINDOW (fixture->window), id_of (fixture->the_case));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  g_clear_object (&fixture->earlier_action);
  g_clear_object (&fixture->money_line);
  g_clear_object (&fixture->associates_line);
  g_clear_object (&fixture->the_case);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  return ui_test_child (fixture->editor, OV_TYPE_REVIEW_EDITOR, name);
}

static gboolean
no_dialog (gpointer data)
{
  return ui_test_find_window (GPOINTER_TO_SIZE (data)) == NULL;
}

static gpointer
find_dialog (GType type)
{
  GtkWindow *dialog = ui_test_find_window (type);

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  return dialog;
}

static gpointer
dialog_child (gpointer    dialog,
              GType       type,
              const char *name)
{
  return ui_test_child (dialog, type, name);
}

static void
choose_enum (GtkDropDown *drop_down,
             GType        enum_type,
             int          value)
{
  gtk_drop_down_set_selected (drop_down, ov_enum_to_position (enum_type, value));
  ui_test_flush ();
}

static GtkWidget *
row_at (GtkListBox *list,
        int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static void
tick_attendee (Fixture    *fixture,
               const char *name)
{
  GtkListBox *list = editor_child (fixture, "attendee_list");
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      OvAttendeeRow *attendee = OV_ATTENDEE_ROW (row);

      if (g_strcmp0 (ov_staff_get_name (ov_attendee_row_get_staff (attendee)), name) == 0)
        {
          ov_attendee_row_set_attended (attendee, TRUE);
          ui_test_flush ();
          return;
        }
    }
  g_assert_not_reached ();
}

static OvReviewLine *
find_progress (GPtrArray *lines,
               gint64     line_id)
{
  for (guint i = 0; i < lines->len; i++)
    {
      OvReviewLine *progress = g_ptr_array_index (lines, i);

      if (ov_review_line_get_line_id (progress) == line_id)
        return progress;
    }
  return NULL;
}

static void
start_review (Fixture         *fixture,
              OvReviewType     type,
              OvReviewTrigger  trigger,
              const char      *detail)
{
  gpointer dialog;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new-review", NULL);
  ui_test_flush ();
  dialog = find_dialog (OV_TYPE_NEW_REVIEW_DIALOG);
  choose_enum (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "type_drop_down"),
               OV_TYPE_REVIEW_TYPE, type);
  if (trigger != OV_REVIEW_TRIGGER_NONE)
    choose_enum (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "trigger_drop_down"),
                 OV_TYPE_REVIEW_TRIGGER, trigger);
  if (detail != NULL)
    gtk_editable_set_text (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "detail_entry"),
                           detail);
  ui_test_click (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "start_button"));
  g_assert_true (ui_test_wait_until (no_dialog, GSIZE_TO_POINTER (OV_TYPE_NEW_REVIEW_DIALOG)));
}

static void
test_review_recorded (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(OvStaff) tom = ui_test_find_staff (fixture->store, "Tom Whitlock");
  g_autoptr(OvStaff) ravi = ui_test_find_staff (fixture->store, "Ravi Chandran");
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) addenda = NULL;
  g_autoptr(GArray) attendees = NULL;
  g_autoptr(OvLineOfEnquiry) stored_line = NULL;
  g_autoptr(OvAction) stored_action = NULL;
  g_autoptr(GError) error = NULL;
  GtkStack *stack = ui_test_child (fixture->section, OV_TYPE_REVIEWS_SECTION, "stack");
  GtkListBox *line_list = editor_child (fixture, "line_list");
  GtkListBox *check_list = editor_child (fixture, "check_list");
  GtkWidget *money_row;
  GtkWidget *associates_row;
  GtkWidget *check_row;
  gpointer dialog;
  OvReview *review;
  OvReviewLine *progress;
  OvAction *new_action = NULL;
  const char *proposed;

  /* Ctrl+Shift+R's action asks for the kind of review, then opens it. */
  start_review (fixture, OV_REVIEW_TYPE_PERIODIC, OV_REVIEW_TRIGGER_NONE, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "editor");
  review = ov_review_editor_get_review (fixture->editor);
  g_assert_nonnull (review);
  g_assert_cmpint (ov_review_get_review_type (review), ==, OV_REVIEW_TYPE_PERIODIC);
  g_assert_cmpstr (gtk_label_get_text (editor_child (fixture, "title_label")), ==,
                   "Periodic Review");
  g_assert_cmpstr (gtk_label_get_text (editor_child (fixture, "reviewer_label")), ==,
                   "Helen Marsh");

  /* The next review date comes from policy, and says so. */
  proposed = ov_review_get_proposed_next_review_on (review);
  g_assert_true (ov_date_is_valid (proposed));
  g_assert_cmpstr (gtk_editable_get_text (editor_child (fixture, "next_review_entry")), ==,
                   proposed);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (editor_child (fixture, "proposed_label")),
                                   "Proposed by policy: "));
  g_assert_false (gtk_widget_get_visible (editor_child (fixture, "reason_box")));

  /* Who attended, and the risk. */
  tick_attendee (fixture, "Tom Whitlock");
  tick_attendee (fixture, "Ravi Chandran");
  gtk_check_button_set_active (editor_child (fixture, "risk_check"), TRUE);
  ui_test_set_text (editor_child (fixture, "risk_notes_view"),
                    "Workers moved to safe housing; risk now medium.");

  /* Progress against each open line of enquiry of the strategy in force. */
  g_assert_null (gtk_list_box_get_row_at_index (line_list, 2));
  money_row = row_at (line_list, 0);
  associates_row = row_at (line_list, 1);
  g_assert_cmpstr (ov_review_line_get_line_title (ov_review_line_row_get_review_line (OV_REVIEW_LINE_ROW (money_row))),
                   ==, "Trace the wage accounts");
  ui_test_set_text (ui_test_child (money_row, OV_TYPE_REVIEW_LINE_ROW, "progress_view"),
                    "The bank has replied; statements due next week.");
  ui_test_set_text (ui_test_child (associates_row, OV_TYPE_REVIEW_LINE_ROW, "progress_view"),
                    "Both associates identified from the phone download.");
  choose_enum (ui_test_child (associates_row, OV_TYPE_REVIEW_LINE_ROW, "status_drop_down"),
               OV_TYPE_LINE_STATUS, OV_LINE_STATUS_COMPLETED);

  /* The action open when the review started is checked. */
  check_row = row_at (check_list, 0);
  g_assert_null (gtk_list_box_get_row_at_index (check_list, 1));
  choose_enum (ui_test_child (check_row, OV_TYPE_ACTION_CHECK_ROW, "status_drop_down"),
               OV_TYPE_ACTION_STATUS, OV_ACTION_STATUS_DONE);
  gtk_editable_set_text (ui_test_child (check_row, OV_TYPE_ACTION_CHECK_ROW, "note_entry"),
                         "Statements received from both banks.");

  /* A new action set at this review. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "review.add-action", NULL);
  ui_test_flush ();
  dialog = find_dialog (OV_TYPE_ACTION_DIALOG);
  ui_test_set_text (dialog_child (dialog, OV_TYPE_ACTION_DIALOG, "description_view"),
                    "Interview the farm manager under caution");
  gtk_drop_down_set_selected (dialog_child (dialog, OV_TYPE_ACTION_DIALOG, "owner_drop_down"),
                              ui_test_staff_position (dialog_child (dialog, OV_TYPE_ACTION_DIALOG,
                                                                    "owner_drop_down"),
                                                      "Tom Whitlock"));
  gtk_editable_set_text (dialog_child (dialog, OV_TYPE_ACTION_DIALOG, "due_entry"), "2099-02-28");
  ui_test_click (dialog_child (dialog, OV_TYPE_ACTION_DIALOG, "save_button"));
  g_assert_true (ui_test_wait_until (no_dialog, GSIZE_TO_POINTER (OV_TYPE_ACTION_DIALOG)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (editor_child (fixture, "new_action_view")))),
                    ==, 1);
  g_assert_false (gtk_widget_get_visible (editor_child (fixture, "new_action_placeholder")));

  /* Directions, and the confirmations. */
  ui_test_set_text (editor_child (fixture, "directions_view"),
                    "Arrange the interview within seven days; update the victim strategy.");
  gtk_check_button_set_active (editor_child (fixture, "parameters_check"), TRUE);
  gtk_check_button_set_active (editor_child (fixture, "ownership_check"), TRUE);
  g_assert_true (ov_review_editor_get_modified (fixture->editor));

  /* Another date than policy's needs a reason: signing off is refused without one. */
  gtk_editable_set_text (editor_child (fixture, "next_review_entry"), "2099-12-31");
  ui_test_flush ();
  g_assert_true (gtk_widget_get_visible (editor_child (fixture, "reason_box")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "review.sign-off", NULL);
  ui_test_flush ();
  g_assert_null (ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_true (gtk_widget_get_visible (editor_child (fixture, "reason_error")));
  g_assert_true (strstr (gtk_label_get_text (editor_child (fixture, "reason_error")),
                         "reason") != NULL);
  g_assert_false (ov_review_is_signed_off (ov_review_editor_get_review (fixture->editor)));

  gtk_editable_set_text (editor_child (fixture, "reason_entry"),
                         "The bank statements will take until the end of the year.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "review.sign-off", NULL);
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);

  /* Signed off: read-only, with addenda instead of editing. */
  review = ov_review_editor_get_review (fixture->editor);
  g_assert_true (ov_review_is_signed_off (review));
  g_assert_false (ov_review_editor_get_modified (fixture->editor));
  g_assert_false (gtk_widget_get_visible (editor_child (fixture, "error_banner")));
  g_assert_true (gtk_widget_get_visible (editor_child (fixture, "signed_label")));
  g_assert_true (strstr (gtk_label_get_text (editor_child (fixture, "signed_label")),
                         "Helen Marsh") != NULL);
  g_assert_false (gtk_widget_get_visible (editor_child (fixture, "sign_off_button")));
  g_assert_false (gtk_widget_get_visible (editor_child (fixture, "save_button")));
  g_assert_false (gtk_text_view_get_editable (editor_child (fixture, "directions_view")));
  g_assert_true (strstr (gtk_label_get_text (editor_child (fixture, "attendees_label")),
                         "Tom Whitlock") != NULL);

  ui_test_click (editor_child (fixture, "addendum_button"));
  dialog = find_dialog (OV_TYPE_ADDENDUM_DIALOG);
  ui_test_set_text (dialog_child (dialog, OV_TYPE_ADDENDUM_DIALOG, "text_view"),
                    "Correction: the second bank is Northgate, not Eastgate.");
  ui_test_click (dialog_child (dialog, OV_TYPE_ADDENDUM_DIALOG, "add_button"));
  g_assert_true (ui_test_wait_until (no_dialog, GSIZE_TO_POINTER (OV_TYPE_ADDENDUM_DIALOG)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (editor_child (fixture, "addenda_view")))),
                    ==, 1);

  /* Everything is in the database, as another connection finds it. */
  second = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  reviews = ov_store_list_reviews (second, id_of (fixture->the_case), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  review = g_ptr_array_index (reviews, 0);
  g_assert_true (ov_review_is_signed_off (review));
  g_assert_cmpint (ov_review_get_review_type (review), ==, OV_REVIEW_TYPE_PERIODIC);
  g_assert_cmpstr (ov_review_get_signed_off_by_name (review), ==, "Helen Marsh");
  attendees = ov_review_get_attendees (review);
  g_assert_cmpuint (attendees->len, ==, 2);
  g_assert_cmpint (g_array_index (attendees, gint64, 0), ==, id_of (tom));
  g_assert_cmpint (g_array_index (attendees, gint64, 1), ==, id_of (ravi));
  g_assert_true (ov_review_get_risk_reassessed (review));
  g_assert_cmpstr (ov_review_get_risk_notes (review), ==,
                   "Workers moved to safe housing; risk now medium.");
  g_assert_cmpstr (ov_review_get_directions (review), ==,
                   "Arrange the interview within seven days; update the victim strategy.");
  g_assert_true (ov_review_get_parameters_confirmed (review));
  g_assert_true (ov_review_get_ownership_confirmed (review));
  g_assert_cmpstr (ov_review_get_next_review_on (review), ==, "2099-12-31");
  g_assert_cmpstr (ov_review_get_next_review_reason (review), ==,
                   "The bank statements will take until the end of the year.");

  lines = ov_store_list_review_lines (second, id_of (review), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  progress = find_progress (lines, id_of (fixture->money_line));
  g_assert_cmpstr (ov_review_line_get_progress (progress), ==,
                   "The bank has replied; statements due next week.");
  g_assert_cmpint (ov_review_line_get_status (progress), ==, OV_LINE_STATUS_OPEN);
  progress = find_progress (lines, id_of (fixture->associates_line));
  g_assert_cmpint (ov_review_line_get_status (progress), ==, OV_LINE_STATUS_COMPLETED);
  stored_line = ov_store_load (second, OV_TYPE_LINE_OF_ENQUIRY, id_of (fixture->associates_line),
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_line_of_enquiry_get_status (stored_line), ==, OV_LINE_STATUS_COMPLETED);

  checks = ov_store_list_review_action_checks (second, id_of (review), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checks->len, ==, 1);
  g_assert_cmpint (ov_review_action_check_get_status (g_ptr_array_index (checks, 0)), ==,
                   OV_ACTION_STATUS_DONE);
  g_assert_cmpstr (ov_review_action_check_get_note (g_ptr_array_index (checks, 0)), ==,
                   "Statements received from both banks.");
  stored_action = ov_store_load (second, OV_TYPE_ACTION, id_of (fixture->earlier_action), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_action_get_status (stored_action), ==, OV_ACTION_STATUS_DONE);

  actions = ov_store_list_actions (second, id_of (fixture->the_case), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 2);
  for (guint i = 0; i < actions->len; i++)
    {
      if (ov_action_get_review_id (g_ptr_array_index (actions, i)) == id_of (review))
        new_action = g_ptr_array_index (actions, i);
    }
  g_assert_nonnull (new_action);
  g_assert_cmpstr (ov_action_get_description (new_action), ==,
                   "Interview the farm manager under caution");
  g_assert_cmpint (ov_action_get_owner_id (new_action), ==, id_of (tom));
  g_assert_cmpstr (ov_action_get_due_on (new_action), ==, "2099-02-28");
  g_assert_cmpint (ov_action_get_status (new_action), ==, OV_ACTION_STATUS_OPEN);

  addenda = ov_store_list_addenda (second, id_of (review), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (addenda->len, ==, 1);
  g_assert_cmpstr (ov_addendum_get_text (g_ptr_array_index (addenda, 0)), ==,
                   "Correction: the second bank is Northgate, not Eastgate.");

  /* Back in the list, the review is there, signed off. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "review.back", NULL);
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (ui_test_child (fixture->section, OV_TYPE_REVIEWS_SECTION, "column_view")))),
                    ==, 1);
}

static void
test_triggered_review_needs_trigger (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  gint64 n_reviews = ov_store_count (fixture->store, OV_TYPE_REVIEW);
  gint64 review_id;
  gpointer dialog;
  GtkLabel *trigger_error;
  GtkLabel *detail_error;
  OvReview *review;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new-review", NULL);
  ui_test_flush ();
  dialog = find_dialog (OV_TYPE_NEW_REVIEW_DIALOG);
  trigger_error = dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "trigger_error");
  detail_error = dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "detail_error");

  /* The first review of a case is offered as its initial review. */
  g_assert_cmpuint (gtk_drop_down_get_selected (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG,
                                                              "type_drop_down")),
                    ==, ov_enum_to_position (OV_TYPE_REVIEW_TYPE, OV_REVIEW_TYPE_INITIAL));

  /* A triggered review needs to say what triggered it. */
  choose_enum (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "type_drop_down"),
               OV_TYPE_REVIEW_TYPE, OV_REVIEW_TYPE_TRIGGERED);
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG,
                                                       "trigger_box")));
  ui_test_click (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "start_button"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (trigger_error)));
  g_assert_true (strstr (gtk_label_get_text (trigger_error), "triggered") != NULL);
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_REVIEW), ==, n_reviews);

  choose_enum (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "trigger_drop_down"),
               OV_TYPE_REVIEW_TRIGGER, OV_REVIEW_TRIGGER_OTHER);
  ui_test_click (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "start_button"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (trigger_error)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (detail_error)));
  g_assert_null (ov_review_editor_get_review (fixture->editor));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_REVIEW), ==, n_reviews);

  gtk_editable_set_text (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "detail_entry"),
                         "A victim's employer contacted her family abroad.");
  ui_test_click (dialog_child (dialog, OV_TYPE_NEW_REVIEW_DIALOG, "start_button"));
  g_assert_true (ui_test_wait_until (no_dialog, GSIZE_TO_POINTER (OV_TYPE_NEW_REVIEW_DIALOG)));

  review = ov_review_editor_get_review (fixture->editor);
  g_assert_nonnull (review);
  g_assert_cmpint (ov_review_get_review_type (review), ==, OV_REVIEW_TYPE_TRIGGERED);
  g_assert_cmpint (ov_review_get_trigger_event (review), ==, OV_REVIEW_TRIGGER_OTHER);
  g_assert_true (gtk_widget_get_visible (editor_child (fixture, "trigger_row")));
  g_assert_cmpstr (gtk_label_get_text (editor_child (fixture, "trigger_label")), ==,
                   "Other: A victim's employer contacted her family abroad.");
  review_id = id_of (review);

  /* While it is in progress, the action goes on with it instead of starting another. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "review.back", NULL);
  ui_test_flush ();
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new-review", NULL);
  ui_test_flush ();
  g_assert_null (ui_test_find_window (OV_TYPE_NEW_REVIEW_DIALOG));
  g_assert_cmpint (id_of (ov_review_editor_get_review (fixture->editor)), ==, review_id);
}

static gboolean
showing_list (gpointer data)
{
  Fixture *fixture = data;
  GtkStack *stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "cases_stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "list") == 0;
}

static void
test_unsaved_review_kept (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(OvReview) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 review_id;

  start_review (fixture, OV_REVIEW_TYPE_PERIODIC, OV_REVIEW_TRIGGER_NONE, NULL);
  review_id = id_of (ov_review_editor_get_review (fixture->editor));
  ui_test_set_text (editor_child (fixture, "directions_view"), "Trace the second vehicle.");
  g_assert_true (ov_case_page_get_modified (fixture->case_page));

  /* Ctrl+S saves the review shown. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "save", NULL);
  ui_test_flush ();
  g_assert_false (ov_review_editor_get_modified (fixture->editor));
  stored = ov_store_load (fixture->store, OV_TYPE_REVIEW, review_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_review_get_directions (stored), ==, "Trace the second vehicle.");
  g_assert_false (ov_review_is_signed_off (stored));
  g_clear_object (&stored);

  /* Leaving the case with changes asks first; Save keeps them. */
  ui_test_set_text (editor_child (fixture, "directions_view"),
                    "Trace the second vehicle and its keeper.");
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "back", NULL);
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_true (ui_test_wait_until (showing_list, fixture));
  stored = ov_store_load (fixture->store, OV_TYPE_REVIEW, review_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_review_get_directions (stored), ==,
                   "Trace the second vehicle and its keeper.");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/reviews/review-recorded", Fixture, NULL,
              fixture_set_up, test_review_recorded, fixture_tear_down);
  g_test_add ("/ui/reviews/triggered-review-needs-trigger", Fixture, NULL,
              fixture_set_up, test_triggered_review_needs_trigger, fixture_tear_down);
  g_test_add ("/ui/reviews/unsaved-review-kept", Fixture, NULL,
              fixture_set_up, test_unsaved_review_kept, fixture_tear_down);

  return g_test_run ();
}
