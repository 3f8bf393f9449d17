/* test-print.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports leaving Oversight from the GUI, as a supervisor sends them: the victim strategy
 * report from the case page and the review report from the review editor, exported to
 * PDF through the disclosure dialog (the file chooser's part taken by a path). The PDF
 * carries the case and its sections, reads the same as the command line's export, and
 * the disclosure is in the audit log; without a reason nothing is written. Printing goes
 * through GtkPrintOperation, here to a file, and is recorded too.
 */

#define G_LOG_DOMAIN "test-ui-print"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ov-case.h"
#include "ov-case-page.h"
#include "ov-disclosure-dialog.h"
#include "ov-investigation.h"
#include "ov-person.h"
#include "ov-report-output.h"
#include "ov-review-editor.h"
#include "ov-reviews-section.h"
#include "ov-victims.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char       *path;
  char       *dir;
  OvStore    *store;
  OvWindow   *window;
  OvCasePage *case_page;
  OvCase     *the_case;
  OvReview   *review;
} Fixture;

/* A demonstration case with victims and a signed-off review. */
static void
find_reported_case (Fixture *fixture)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;

  cases = ov_store_list (fixture->store, OV_TYPE_CASE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < cases->len && fixture->the_case == NULL; i++)
    {
      OvCase *the_case = g_ptr_array_index (cases, i);
      gint64 case_id = ov_record_get_id (OV_RECORD (the_case));
      g_autoptr(GPtrArray) people = ov_store_list_people (fixture->store, case_id, NULL);
      g_autoptr(GPtrArray) reviews = ov_store_list_reviews (fixture->store, case_id, NULL);
      gboolean has_victim = FALSE;

      for (guint j = 0; people != NULL && j < people->len; j++)
        has_victim |= ov_person_has_role (g_ptr_array_index (people, j),
                                          OV_PERSON_ROLE_VICTIM);
      for (guint j = 0; has_victim && reviews != NULL && j < reviews->len; j++)
        {
          OvReview *review = g_ptr_array_index (reviews, j);

          if (ov_review_is_signed_off (review))
            {
              fixture->the_case = g_object_ref (the_case);
              fixture->review = g_object_ref (review);
              break;
            }
        }
    }
  g_assert_nonnull (fixture->the_case);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->dir = g_dir_make_tmp ("oversight-print-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->store = ui_test_demo_store (fixture->path);
  /* The command line runs as this account, so the GUI does too: both print as the same
   * supervisor. */
  ui_test_sign_in_as (fixture->store, g_get_user_name (), "Helen Marsh");
  find_reported_case (fixture);

  fixture->window = ov_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  ui_test_open_case (GTK_WINDOW (fixture->window),
                     ov_record_get_id (OV_RECORD (fixture->the_case)));
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  g_clear_object (&fixture->review);
  g_clear_object (&fixture->the_case);
  g_clear_object (&fixture->store);
  remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static char *
output_path (Fixture    *fixture,
             const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* What pdftotext reads, without the line that says when it was printed. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strstr (lines[i], "Printed by ") != NULL)
        continue;
      g_string_append (text, lines[i]);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is missing from:\n%s", needle, text);
}

/* The same report exported by `oversight --report`, with no display. */
static char *
command_line_export (Fixture    *fixture,
                     const char *kind,
                     gint64      review_id)
{
  const char *binary = g_getenv ("OVERSIGHT_BIN");
  g_autofree char *output = output_path (fixture, "command-line.pdf");
  g_autofree char *review = g_strdup_printf ("%" G_GINT64_FORMAT, review_id);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  g_ptr_array_add (argv, (char *) "--database");
  g_ptr_array_add (argv, fixture->path);
  g_ptr_array_add (argv, (char *) "--report");
  g_ptr_array_add (argv, (char *) kind);
  g_ptr_array_add (argv, (char *) "--case");
  g_ptr_array_add (argv, (char *) ov_case_get_reference (fixture->the_case));
  if (review_id != 0)
    {
      g_ptr_array_add (argv, (char *) "--review");
      g_ptr_array_add (argv, review);
    }
  g_ptr_array_add (argv, (char *) "--output");
  g_ptr_array_add (argv, output);
  g_ptr_array_add (argv, (char *) "--reason");
  g_ptr_array_add (argv, (char *) "Comparison with the GUI");
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("oversight --report failed: %s", err);
  return pdf_text (output);
}

/* The disclosures of the case in the audit log whose detail mentions @words. */
static guint
count_disclosures (Fixture    *fixture,
                   const char *words)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  events = ov_store_list_audit_events (fixture->store,
                                       ov_record_get_uuid (OV_RECORD (fixture->the_case)),
                                       &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (event->action, "print") == 0 && event->detail != NULL &&
          strstr (event->detail, words) != NULL)
        n++;
    }
  return n;
}

static gboolean
dialog_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_DISCLOSURE_DIALOG) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return ui_test_find_window (OV_TYPE_DISCLOSURE_DIALOG) == NULL;
}

static OvDisclosureDialog *
open_dialog (GtkWidget  *widget,
             const char *action)
{
  g_assert_true (dialog_gone (NULL));
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  g_assert_true (ui_test_wait_until (dialog_shown, NULL));
  return OV_DISCLOSURE_DIALOG (ui_test_find_window (OV_TYPE_DISCLOSURE_DIALOG));
}

static void
fill_in (OvDisclosureDialog *dialog,
         const char         *recipient,
         const char         *reason)
{
  gtk_editable_set_text (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "recipient_entry"),
                         recipient);
  ui_test_set_text (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "reason_view"), reason);
}

static void
test_victim_strategy_export (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *path = output_path (fixture, "victim-strategy.pdf");
  g_autofree char *text = NULL;
  g_autofree char *command_line = NULL;
  OvDisclosureDialog *dialog;
  GtkDropDown *victims;

  dialog = open_dialog (GTK_WIDGET (fixture->case_page), "case.export-report");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==,
                   "Export Victim Strategy Report as PDF");
  /* All victims, and no restricted details, unless the user chooses otherwise. */
  victims = ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "victim_drop_down");
  g_assert_cmpuint (gtk_drop_down_get_selected (victims), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (victims)), >=, 2);
  g_assert_false (gtk_check_button_get_active (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG,
                                                              "restricted_check")));

  fill_in (dialog, "CPS Yorkshire and Humber", "Pre-charge advice file");
  g_assert_true (ov_disclosure_dialog_export_to (dialog, path));
  g_assert_true (ui_test_wait_until (dialog_gone, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  text = pdf_text (path);
  assert_contains (text, ov_case_get_reference (fixture->the_case));
  assert_contains (text, "OFFICIAL-SENSITIVE");
  assert_contains (text, "Case summary");
  assert_contains (text, "Victim: ");
  assert_contains (text, "Victims’ Code tracker");
  assert_contains (text, "Supervisory oversight");
  assert_contains (text, "End of report.");
  g_assert_cmpuint (count_disclosures (fixture, "exported to PDF for CPS Yorkshire and "
                                                "Humber. Reason: Pre-charge advice file"),
                    ==, 1);

  command_line = command_line_export (fixture, "victim-strategy", 0);
  g_assert_cmpstr (text, ==, command_line);
}

static void
test_review_export (Fixture       *fixture,
                    gconstpointer  user_data)
{
  OvReviewsSection *section = ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE,
                                             "reviews_section");
  OvReviewEditor *editor = ui_test_child (section, OV_TYPE_REVIEWS_SECTION, "editor");
  gint64 review_id = ov_record_get_id (OV_RECORD (fixture->review));
  g_autofree char *path = output_path (fixture, "review.pdf");
  g_autofree char *text = NULL;
  g_autofree char *command_line = NULL;
  OvDisclosureDialog *dialog;

  g_assert_true (ov_reviews_section_open_review (section, review_id));
  g_assert_cmpint (ov_record_get_id (OV_RECORD (ov_review_editor_get_review (editor))), ==,
                   review_id);

  dialog = open_dialog (GTK_WIDGET (editor), "review.export-report");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==,
                   "Export Review Report as PDF");
  /* The review report is about the case, not one victim. */
  g_assert_false (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG,
                                                         "victim_box")));
  fill_in (dialog, "Detective Superintendent Hall", "Monthly assurance of MSHT cases");
  g_assert_true (ov_disclosure_dialog_export_to (dialog, path));
  g_assert_true (ui_test_wait_until (dialog_gone, NULL));

  text = pdf_text (path);
  assert_contains (text, ov_case_get_reference (fixture->the_case));
  assert_contains (text, "Supervisory review report");
  assert_contains (text, "Case summary");
  assert_contains (text, "The review");
  assert_contains (text, "Directions");
  assert_contains (text, "Sign-off");
  assert_contains (text, "Decision log since the previous review");
  g_assert_true (strstr (text, "DRAFT — not signed off") == NULL);
  g_assert_cmpuint (count_disclosures (fixture, "Reason: Monthly assurance of MSHT cases"),
                    ==, 1);

  command_line = command_line_export (fixture, "review", review_id);
  g_assert_cmpstr (text, ==, command_line);
}

/* One victim, with their restricted details: chosen, revealed for the reason, recorded. */
static void
test_one_victim_restricted (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *path = output_path (fixture, "one-victim.pdf");
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  OvDisclosureDialog *dialog;
  GtkDropDown *victims;
  GtkStringObject *victim;

  dialog = open_dialog (GTK_WIDGET (fixture->case_page), "case.export-report");
  victims = ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "victim_drop_down");
  gtk_drop_down_set_selected (victims, 1);
  victim = gtk_drop_down_get_selected_item (victims);
  heading = g_strdup_printf ("Victim: %s", gtk_string_object_get_string (victim));
  gtk_check_button_set_active (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG,
                                              "restricted_check"), TRUE);
  fill_in (dialog, "MSVLO", "Arranging the safe move");
  g_assert_true (ov_disclosure_dialog_export_to (dialog, path));

  text = pdf_text (path);
  assert_contains (text, heading);
  assert_contains (text, "Address");
  g_assert_true (strstr (text, "Address and contact details are restricted") == NULL);
  g_assert_true (strstr (text, "All victims") == NULL);
  g_assert_cmpuint (count_disclosures (fixture, "It includes restricted address and contact "
                                                "details."),
                    ==, 1);
}

static void
test_reason_required (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = output_path (fixture, "refused.pdf");
  guint before = count_disclosures (fixture, "Reason:");
  OvDisclosureDialog *dialog;
  GtkLabel *reason_error;
  GtkLabel *recipient_error;

  dialog = open_dialog (GTK_WIDGET (fixture->case_page), "case.export-report");
  reason_error = ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "reason_error");
  recipient_error = ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "recipient_error");

  /* Nothing given: both are asked for, under their fields. */
  g_assert_false (ov_disclosure_dialog_export_to (dialog, path));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reason_error)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (recipient_error)));

  /* A recipient, and a reason of spaces only, is still no reason. */
  fill_in (dialog, "Partner agency", "   \n ");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (recipient_error)));
  g_assert_false (ov_disclosure_dialog_export_to (dialog, path));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reason_error)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (recipient_error)));
  assert_contains (gtk_label_get_text (reason_error), "reason");

  /* Nothing written, nothing recorded, and the dialog waits for the reason. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_disclosures (fixture, "Reason:"), ==, before);
  g_assert_true (dialog_shown (NULL));

  /* Typing a reason clears the error. */
  ui_test_set_text (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "reason_view"), "Case");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (reason_error)));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_print_to_file (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(OvReportRequest) request = ov_report_request_new_victim_strategy (fixture->the_case);
  g_autofree char *path = output_path (fixture, "printed.pdf");
  g_autofree char *file_name = ov_report_request_get_file_name (request);
  g_autofree char *text = NULL;
  g_autofree char *expected_name = NULL;
  GtkWindow *dialog;

  /* Ctrl+P's action on the case asks for whom and why before the print dialog. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "print-report", NULL);
  g_assert_true (ui_test_wait_until (dialog_shown, NULL));
  dialog = ui_test_find_window (OV_TYPE_DISCLOSURE_DIALOG);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Print Victim Strategy Report");
  gtk_window_destroy (dialog);
  ui_test_flush ();

  expected_name = g_strdup_printf ("%s-victim-strategy.pdf",
                                   ov_case_get_reference (fixture->the_case));
  g_strdelimit (expected_name, "/", '-');
  g_assert_cmpstr (file_name, ==, expected_name);

  /* The print operation, as GTK runs it for a printer, here writing to a file. */
  request->recipient = g_strdup ("Case conference");
  request->reason = g_strdup ("Multi-agency safeguarding meeting");
  ov_report_output_print (GTK_WINDOW (fixture->window), fixture->store, request, path);
  ui_test_flush ();

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  text = pdf_text (path);
  assert_contains (text, ov_case_get_reference (fixture->the_case));
  assert_contains (text, "Victims’ Code tracker");
  g_assert_cmpuint (count_disclosures (fixture, "printed for Case conference. Reason: "
                                                "Multi-agency safeguarding meeting"),
                    ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/print/victim-strategy/export", test_victim_strategy_export);
  ADD ("/ui/print/review/export", test_review_export);
  ADD ("/ui/print/victim-strategy/one-victim-restricted", test_one_victim_restricted);
  ADD ("/ui/print/reason-required", test_reason_required);
  ADD ("/ui/print/print-to-file", test_print_to_file);

  return g_test_run ();
}
