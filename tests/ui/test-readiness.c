/* test-readiness.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Staff readiness, learning and escalations through the pages: recording a training
 * record and a guidance acknowledgement for a person, the model's rules shown in the
 * dialog, and a learning entry added with the window's New and Save.
 */

#define G_LOG_DOMAIN "test-ui-readiness"

#include "config.h"

#include "ov-compliance.h"
#include "ov-investigation.h"
#include "ov-readiness.h"
#include "ov-readiness-page.h"
#include "ov-record-dialog.h"
#include "ov-records-page.h"
#include "ov-staff.h"
#include "ov-util.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char            *path;
  OvStore         *store;
  OvWindow        *window;
  OvReadinessPage *page;
  OvStaff         *nadia;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->window = ov_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "readiness_page");
  /* In the demonstration, on open cases with no awareness training. */
  fixture->nadia = ui_test_find_staff (fixture->store, "Nadia Kowalski");

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-subject",
                                  g_variant_new ("(sx)", "staff",
                                                 ov_record_get_id (OV_RECORD (fixture->nadia))));
  ui_test_flush ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWindow *dialog;

  while ((dialog = ui_test_find_window (OV_TYPE_RECORD_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  g_clear_object (&fixture->nadia);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static gboolean
dialog_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_RECORD_DIALOG) != NULL;
}

static OvRecordDialog *
open_dialog (Fixture    *fixture,
             const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  g_assert_true (ui_test_wait_until (dialog_shown, NULL));
  return OV_RECORD_DIALOG (ui_test_find_window (OV_TYPE_RECORD_DIALOG));
}

static void
type_into (OvRecordDialog *dialog,
           const char     *property,
           const char     *text)
{
  GtkWidget *field = ov_record_editor_get_field (ov_record_dialog_get_editor (dialog), property);

  g_assert_true (GTK_IS_EDITABLE (field));
  gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static void
click_save (OvRecordDialog *dialog)
{
  ui_test_click (ui_test_child (dialog, OV_TYPE_RECORD_DIALOG, "save_button"));
}

static guint
count_findings (Fixture    *fixture,
                const char *rule)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  g_autoptr(GPtrArray) findings = NULL;
  guint n = 0;

  findings = ov_compliance_check (fixture->store, ov_policy_get_default (), today, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = findings->pdata[i];

      if (g_str_equal (ov_finding_get_rule_id (finding), rule) &&
          ov_finding_get_subject_id (finding) == ov_record_get_id (OV_RECORD (fixture->nadia)))
        n++;
    }
  return n;
}

static void
test_finding_opens_person (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GtkStack *main_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "main_stack");
  OvStaff *shown = ov_readiness_page_get_person (fixture->page);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "staff-readiness");
  g_assert_nonnull (shown);
  g_assert_cmpstr (ov_staff_get_name (shown), ==, "Nadia Kowalski");
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->page), "Nadia Kowalski"));
}

/* What the matrix shows for @name under its first course, modern slavery awareness. */
static const char *
matrix_awareness (Fixture    *fixture,
                  const char *name)
{
  GtkGrid *grid = ui_test_child (fixture->page, OV_TYPE_READINESS_PAGE, "matrix_grid");

  for (int row = 1; gtk_grid_get_child_at (grid, 0, row) != NULL; row++)
    {
      GtkWidget *person = gtk_grid_get_child_at (grid, 0, row);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (person)), name) == 0)
        return gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, row)));
    }
  return NULL;
}

static void
test_record_training (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GtkWidget *training_list = ui_test_child (fixture->page, OV_TYPE_READINESS_PAGE,
                                            "training_list");
  g_autoptr(GPtrArray) records = NULL;
  OvRecordDialog *dialog;
  OvTrainingRecord *saved = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *expires = ov_date_add_days (today, 3 * 365);

  g_assert_cmpuint (count_findings (fixture, "awareness-training"), ==, 1);
  g_assert_null (ui_test_find_label (training_list, "Modern slavery awareness"));
  g_assert_cmpstr (matrix_awareness (fixture, "Nadia Kowalski"), ==, "Missing");
  g_assert_cmpstr (matrix_awareness (fixture, "Kate Lindqvist"), ==, "Expired");
  g_assert_cmpstr (matrix_awareness (fixture, "Tom Whitlock"), ==, "Done");

  dialog = open_dialog (fixture, "page.add-training");
  /* The course offered first is the awareness course; a bad date is refused in place. */
  type_into (dialog, "completed-on", "20 November");
  click_save (dialog);
  g_assert_true (ui_test_find_window (OV_TYPE_RECORD_DIALOG) == GTK_WINDOW (dialog));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog),
                                        "Enter when the course was completed as YYYY-MM-DD."));

  type_into (dialog, "completed-on", today);
  type_into (dialog, "expires-on", expires);
  type_into (dialog, "provider", "Force learning and development");
  click_save (dialog);
  g_assert_null (ui_test_find_window (OV_TYPE_RECORD_DIALOG));

  records = ov_store_list_training (fixture->store,
                                    ov_record_get_id (OV_RECORD (fixture->nadia)), NULL);
  for (guint i = 0; i < records->len; i++)
    {
      if (ov_training_record_get_course (records->pdata[i]) ==
          OV_TRAINING_COURSE_MODERN_SLAVERY_AWARENESS)
        saved = records->pdata[i];
    }
  g_assert_nonnull (saved);
  g_assert_cmpstr (ov_training_record_get_completed_on (saved), ==, today);
  g_assert_cmpstr (ov_training_record_get_expires_on (saved), ==, expires);
  g_assert_cmpstr (ov_training_record_get_provider (saved), ==, "Force learning and development");

  /* The page shows it, and the dashboard no longer reports her. */
  g_assert_nonnull (ui_test_find_label (training_list, "Modern slavery awareness"));
  g_assert_cmpuint (count_findings (fixture, "awareness-training"), ==, 0);
  g_assert_cmpstr (matrix_awareness (fixture, "Nadia Kowalski"), ==, "Done");

  /* Deleting it asks first, then takes it away. */
  {
    GtkWidget *label = ui_test_find_label (training_list, "Modern slavery awareness");
    GtkWidget *row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
    GtkWidget *delete_button = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
    gint64 n_records = ov_store_count (fixture->store, OV_TYPE_TRAINING_RECORD);

    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (delete_button)), ==, "_Delete…");
    ui_test_click (delete_button);
    ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
    g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_TRAINING_RECORD), ==, n_records - 1);
    g_assert_null (ui_test_find_label (training_list, "Modern slavery awareness"));
    g_assert_cmpstr (matrix_awareness (fixture, "Nadia Kowalski"), ==, "Missing");
  }
}

static void
test_record_acknowledgement (Fixture       *fixture,
                             gconstpointer  user_data)
{
  GtkWidget *guidance_list = ui_test_child (fixture->page, OV_TYPE_READINESS_PAGE,
                                            "guidance_list");
  g_autoptr(GPtrArray) documents = ov_store_list_guidance_documents (fixture->store, NULL);
  OvGuidanceDocument *first_response = NULL;
  OvRecordDialog *dialog;
  GtkDropDown *document_drop_down;
  guint n_before;

  for (guint i = 0; i < documents->len; i++)
    {
      if (g_strcmp0 (ov_guidance_document_get_version (documents->pdata[i]), "2.0") == 0)
        first_response = documents->pdata[i];
    }
  g_assert_nonnull (first_response);
  /* She acknowledged version 1.3, which no longer counts. */
  g_assert_false (ov_store_has_acknowledged (fixture->store, first_response,
                                             ov_record_get_id (OV_RECORD (fixture->nadia))));
  n_before = count_findings (fixture, "guidance-acknowledgement");
  g_assert_cmpuint (n_before, ==, 2);

  dialog = open_dialog (fixture, "page.acknowledge");
  document_drop_down = GTK_DROP_DOWN (ov_record_editor_get_field (ov_record_dialog_get_editor (dialog),
                                                                  "document-id"));
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (document_drop_down)); i++)
    {
      g_autoptr(OvRecord) item = g_list_model_get_item (gtk_drop_down_get_model (document_drop_down), i);

      if (ov_record_get_id (item) == ov_record_get_id (OV_RECORD (first_response)))
        gtk_drop_down_set_selected (document_drop_down, i);
    }
  click_save (dialog);
  g_assert_null (ui_test_find_window (OV_TYPE_RECORD_DIALOG));

  g_assert_true (ov_store_has_acknowledged (fixture->store, first_response,
                                            ov_record_get_id (OV_RECORD (fixture->nadia))));
  g_assert_cmpuint (count_findings (fixture, "guidance-acknowledgement"), ==, n_before - 1);
  g_assert_nonnull (ui_test_find_label (guidance_list, "Modern slavery: first response"));

  /* Acknowledging the same version again is refused, and said so in the dialog. */
  dialog = open_dialog (fixture, "page.acknowledge");
  document_drop_down = GTK_DROP_DOWN (ov_record_editor_get_field (ov_record_dialog_get_editor (dialog),
                                                                  "document-id"));
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (document_drop_down)); i++)
    {
      g_autoptr(OvRecord) item = g_list_model_get_item (gtk_drop_down_get_model (document_drop_down), i);

      if (ov_record_get_id (item) == ov_record_get_id (OV_RECORD (first_response)))
        gtk_drop_down_set_selected (document_drop_down, i);
    }
  click_save (dialog);
  g_assert_true (ui_test_find_window (OV_TYPE_RECORD_DIALOG) == GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_RECORD_DIALOG,
                                                        "error_banner")));
}

static void
test_learning_entry (Fixture       *fixture,
                     gconstpointer  user_data)
{
  OvRecordsPage *learning = ui_test_child (fixture->window, OV_TYPE_WINDOW, "learning_page");
  OvRecordEditor *editor = ov_records_page_get_editor (learning);
  GListModel *shown = ov_records_page_get_shown (learning);
  guint n_before;
  GtkWidget *description;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("learning"));
  ui_test_flush ();
  n_before = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n_before, ==, ov_store_count (fixture->store, OV_TYPE_LEARNING_ENTRY));

  /* Ctrl+N and Ctrl+S are the window's New and Save. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new", NULL);
  ui_test_flush ();
  g_assert_nonnull (ov_record_editor_get_record (editor));
  g_assert_cmpint (ov_record_get_id (ov_record_editor_get_record (editor)), ==, 0);
  description = ov_record_editor_get_field (editor, "description");
  ui_test_set_text (GTK_TEXT_VIEW (description),
                    "Victims were asked about their passports in front of the site manager.");
  ui_test_set_text (GTK_TEXT_VIEW (ov_record_editor_get_field (editor, "actions")),
                    "Interview every worker away from the site.");

  /* The reviews offered are those of the case typed, and change with it. */
  {
    GtkEditable *case_entry = GTK_EDITABLE (ov_record_editor_get_field (editor, "case-id"));
    GtkDropDown *review_drop_down =
      GTK_DROP_DOWN (ov_record_editor_get_field (editor, "review-id"));
    GListModel *offered = gtk_drop_down_get_model (review_drop_down);
    g_autoptr(GPtrArray) cases = ov_store_list (fixture->store, OV_TYPE_CASE, NULL);
    g_autoptr(GPtrArray) reviews = NULL;
    OvCase *reviewed = NULL;
    OvCase *unreviewed = NULL;
    OvLearningEntry *entry = OV_LEARNING_ENTRY (ov_record_editor_get_record (editor));

    g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 0);
    for (guint i = 0; i < cases->len && (reviewed == NULL || unreviewed == NULL); i++)
      {
        g_autoptr(GPtrArray) of_case =
          ov_store_list_reviews (fixture->store, ov_record_get_id (cases->pdata[i]), NULL);

        if (of_case->len > 0 && reviewed == NULL)
          {
            reviewed = cases->pdata[i];
            reviews = g_steal_pointer (&of_case);
          }
        else if (of_case->len == 0 && unreviewed == NULL)
          unreviewed = cases->pdata[i];
      }
    g_assert_nonnull (reviewed);
    g_assert_nonnull (unreviewed);

    gtk_editable_set_text (case_entry, ov_case_get_reference (reviewed));
    g_assert_cmpint (ov_learning_entry_get_case_id (entry), ==,
                     ov_record_get_id (OV_RECORD (reviewed)));
    g_assert_cmpuint (g_list_model_get_n_items (offered), ==, reviews->len);
    gtk_drop_down_set_selected (review_drop_down, 0);
    g_assert_cmpint (ov_learning_entry_get_review_id (entry), ==,
                     ov_record_get_id (g_ptr_array_index (reviews, 0)));

    /* Another case: its review no longer fits, and none is offered. */
    gtk_editable_set_text (case_entry, ov_case_get_reference (unreviewed));
    g_assert_cmpint (ov_learning_entry_get_review_id (entry), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 0);

    gtk_editable_set_text (case_entry, ov_case_get_reference (reviewed));
    gtk_drop_down_set_selected (review_drop_down, 0);
  }

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "save", NULL);
  ui_test_flush ();

  g_assert_cmpint (ov_record_get_id (ov_record_editor_get_record (editor)), >, 0);
  g_assert_cmpint (ov_learning_entry_get_review_id (OV_LEARNING_ENTRY (
                     ov_record_editor_get_record (editor))), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_before + 1);
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_LEARNING_ENTRY), ==, n_before + 1);
}

static gboolean
editing_saved (gpointer data)
{
  OvRecordEditor *editor = data;
  OvRecord *record = ov_record_editor_get_record (editor);

  return record != NULL && ov_record_get_id (record) > 0;
}

/* A finding about an escalation opens it; changes are not lost by choosing another record,
 * and deleting asks first. */
static void
test_escalation_unsaved_and_delete (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  OvRecordsPage *escalations = ui_test_child (fixture->window, OV_TYPE_WINDOW,
                                              "escalations_page");
  OvRecordEditor *editor = ov_records_page_get_editor (escalations);
  GtkStack *main_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "main_stack");
  g_autoptr(GPtrArray) all = ov_store_list_escalations (fixture->store, NULL);
  OvEscalation *unanswered = NULL;
  OvEscalation *other = NULL;
  g_autoptr(OvEscalation) stored = NULL;
  gint64 n_before = ov_store_count (fixture->store, OV_TYPE_ESCALATION);

  for (guint i = 0; i < all->len; i++)
    {
      if (ov_escalation_get_concern (all->pdata[i]) == OV_ESCALATION_CONCERN_RESOURCES)
        unanswered = all->pdata[i];
      else
        other = all->pdata[i];
    }
  g_assert_nonnull (unanswered);
  g_assert_nonnull (other);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-subject",
                                  g_variant_new ("(sx)", "escalation",
                                                 ov_record_get_id (OV_RECORD (unanswered))));
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "escalations");
  g_assert_true (ui_test_wait_until (editing_saved, editor));
  g_assert_cmpint (ov_record_get_id (ov_record_editor_get_record (editor)), ==,
                   ov_record_get_id (OV_RECORD (unanswered)));

  /* Record the answer, then choose another escalation: asked, and saved. */
  ui_test_set_text (GTK_TEXT_VIEW (ov_record_editor_get_field (editor, "response")),
                    "Two detectives on attachment from January.");
  gtk_editable_set_text (GTK_EDITABLE (ov_record_editor_get_field (editor, "responded-on")),
                         "2026-11-20");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (escalations), "page.select", "x",
                                             ov_record_get_id (OV_RECORD (other))));
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (ov_record_get_id (ov_record_editor_get_record (editor)), ==,
                   ov_record_get_id (OV_RECORD (other)));
  stored = ov_store_load (fixture->store, OV_TYPE_ESCALATION,
                          ov_record_get_id (OV_RECORD (unanswered)), NULL);
  g_assert_cmpstr (ov_escalation_get_responded_on (stored), ==, "2026-11-20");

  /* Its case is typed by its reference: one that names no case is refused, one in other
   * letters' case is linked, and an empty field takes the case away again. */
  {
    GtkEditable *case_entry = GTK_EDITABLE (ov_record_editor_get_field (editor, "case-id"));
    OvEscalation *editing = OV_ESCALATION (ov_record_editor_get_record (editor));
    gint64 old_case_id = ov_escalation_get_case_id (editing);
    g_autoptr(OvCase) old_case = NULL;
    g_autoptr(GPtrArray) cases = ov_store_list (fixture->store, OV_TYPE_CASE, NULL);
    OvCase *another = NULL;
    g_autofree char *lower = NULL;
    g_autoptr(OvEscalation) reloaded = NULL;

    g_assert_cmpint (old_case_id, >, 0);
    old_case = ov_store_load (fixture->store, OV_TYPE_CASE, old_case_id, NULL);
    g_assert_cmpstr (gtk_editable_get_text (case_entry), ==, ov_case_get_reference (old_case));

    gtk_editable_set_text (case_entry, "MSHT/1999/9999");
    g_assert_cmpint (ov_escalation_get_case_id (editing), ==, 0);
    g_assert_false (ov_records_page_save (escalations));
    reloaded = ov_store_load (fixture->store, OV_TYPE_ESCALATION,
                              ov_record_get_id (OV_RECORD (other)), NULL);
    g_assert_cmpint (ov_escalation_get_case_id (reloaded), ==, old_case_id);
    g_clear_object (&reloaded);

    for (guint i = 0; another == NULL && i < cases->len; i++)
      if (ov_record_get_id (cases->pdata[i]) != old_case_id)
        another = cases->pdata[i];
    g_assert_nonnull (another);
    lower = g_ascii_strdown (ov_case_get_reference (another), -1);
    gtk_editable_set_text (case_entry, lower);
    g_assert_cmpint (ov_escalation_get_case_id (editing), ==,
                     ov_record_get_id (OV_RECORD (another)));
    g_assert_true (ov_records_page_save (escalations));
    reloaded = ov_store_load (fixture->store, OV_TYPE_ESCALATION,
                              ov_record_get_id (OV_RECORD (other)), NULL);
    g_assert_cmpint (ov_escalation_get_case_id (reloaded), ==,
                     ov_record_get_id (OV_RECORD (another)));
    g_clear_object (&reloaded);

    editing = OV_ESCALATION (ov_record_editor_get_record (editor));
    gtk_editable_set_text (case_entry, "");
    g_assert_cmpint (ov_escalation_get_case_id (editing), ==, 0);
    g_assert_true (ov_records_page_save (escalations));
    reloaded = ov_store_load (fixture->store, OV_TYPE_ESCALATION,
                              ov_record_get_id (OV_RECORD (other)), NULL);
    g_assert_cmpint (ov_escalation_get_case_id (reloaded), ==, 0);
  }

  /* Delete asks first; cancelling keeps the record. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (escalations), "page.delete", NULL));
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_ESCALATION), ==, n_before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (escalations), "page.delete", NULL));
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_ESCALATION), ==, n_before - 1);
  g_assert_null (ov_record_editor_get_record (editor));
  g_assert_cmpuint (g_list_model_get_n_items (ov_records_page_get_shown (escalations)), ==,
                    (guint) n_before - 1);
}

static gboolean
window_gone (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* Closing the window with an unsaved learning entry asks first. */
static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  user_data)
{
  OvRecordsPage *learning = ui_test_child (fixture->window, OV_TYPE_WINDOW, "learning_page");
  OvRecordEditor *editor = ov_records_page_get_editor (learning);
  g_autoptr(OvWindow) window = g_object_ref (fixture->window);
  gint64 n_before = ov_store_count (fixture->store, OV_TYPE_LEARNING_ENTRY);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("learning"));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new", NULL);
  ui_test_flush ();
  ui_test_set_text (GTK_TEXT_VIEW (ov_record_editor_get_field (editor, "description")),
                    "Debrief with the reception centre staff found no interpreter list.");
  g_assert_true (ov_records_page_get_modified (learning));

  /* Cancel: the window stays, with the entry. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (ov_records_page_get_modified (learning));

  /* Save: the entry is kept and the window closes. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_true (ui_test_wait_until (window_gone, window));
  fixture->window = NULL;
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_LEARNING_ENTRY), ==, n_before + 1);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/readiness/finding-opens-person", Fixture, NULL, fixture_set_up,
              test_finding_opens_person, fixture_tear_down);
  g_test_add ("/ui/readiness/record-training", Fixture, NULL, fixture_set_up,
              test_record_training, fixture_tear_down);
  g_test_add ("/ui/readiness/record-acknowledgement", Fixture, NULL, fixture_set_up,
              test_record_acknowledgement, fixture_tear_down);
  g_test_add ("/ui/readiness/learning-entry", Fixture, NULL, fixture_set_up,
              test_learning_entry, fixture_tear_down);

  g_test_add ("/ui/readiness/escalation-unsaved-and-delete", Fixture, NULL, fixture_set_up,
              test_escalation_unsaved_and_delete, fixture_tear_down);

  g_test_add ("/ui/readiness/close-asks", Fixture, NULL, fixture_set_up,
              test_close_asks, fixture_tear_down);

  return g_test_run ();
}
