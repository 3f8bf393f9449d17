/* test-exchange.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case bundles as a supervisor uses them, with two real databases: the desk's and a
 * laptop's. Export Bundle… writes the cases of an operation to a file (the file chooser's
 * part taken by a path), Import Bundle… on the laptop shows what importing would do and
 * then does it; a truncated file is refused with the reader's reason and changes
 * nothing; and a record changed on both sides becomes a conflict that the dashboard and
 * the case list and page show, which the conflict dialog resolves field by field.
 */

#define G_LOG_DOMAIN "test-ui-exchange"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ov-case.h"
#include "ov-case-page.h"
#include "ov-cases-page.h"
#include "ov-conflict-dialog.h"
#include "ov-conflicts-panel.h"
#include "ov-dashboard-page.h"
#include "ov-escalation.h"
#include "ov-exchange.h"
#include "ov-exchange-ui.h"
#include "ov-export-bundle-dialog.h"
#include "ov-import-bundle-dialog.h"
#include "ov-learning-entry.h"
#include "ov-partner-contact.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

#define LAPTOP_ACCOUNT "ui-test-laptop"
#define FINCH_1 "MSHT/2026/0901"
#define FINCH_2 "MSHT/2026/0902"
#define DESK_SUMMARY "Two victims moved between car washes; premises visited on 3 March."
#define LAPTOP_SUMMARY "Three victims found at the second car wash during the warrant."

typedef struct
{
  char     *desk_path;
  char     *laptop_path;
  char     *bundle_dir;
  OvStore  *desk;
  OvStore  *laptop;
  OvWindow *window;
  gint64    finch_ids[2];
} Fixture;

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
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvCase) first = NULL;
  g_autoptr(OvCase) second = NULL;

  fixture->desk_path = ui_test_db_path ();
  fixture->laptop_path = ui_test_db_path ();
  fixture->bundle_dir = g_dir_make_tmp ("oversight-bundles-XXXXXX", &error);
  g_assert_no_error (error);

  /* The desk: the demonstration cases, and two of one operation, Finch. */
  fixture->desk = ui_test_demo_store (fixture->desk_path);
  first = ui_test_add_case (fixture->desk, FINCH_1);
  second = ui_test_add_case (fixture->desk, FINCH_2);
  fixture->finch_ids[0] = ov_record_get_id (OV_RECORD (first));
  fixture->finch_ids[1] = ov_record_get_id (OV_RECORD (second));

  /* The laptop: a database of its own, empty until a bundle arrives. */
  fixture->laptop = ui_test_empty_store (fixture->laptop_path);
  ov_store_set_account (fixture->laptop, LAPTOP_ACCOUNT);
}

static void
destroy_window (OvWindow **window)
{
  if (*window == NULL)
    return;
  gtk_window_destroy (GTK_WINDOW (*window));
  *window = NULL;
  ui_test_flush ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWindow *dialog;

  while ((dialog = ui_test_find_window (GTK_TYPE_WINDOW)) != NULL &&
         !OV_IS_WINDOW (dialog))
    {
      gtk_window_destroy (dialog);
      ui_test_flush ();
    }
  destroy_window (&fixture->window);
  g_clear_object (&fixture->desk);
  g_clear_object (&fixture->laptop);
  remove_dir (fixture->bundle_dir);
  g_clear_pointer (&fixture->bundle_dir, g_free);
  g_clear_pointer (&fixture->desk_path, g_free);
  g_clear_pointer (&fixture->laptop_path, g_free);
}

static char *
bundle_path (Fixture    *fixture,
             const char *name)
{
  return g_build_filename (fixture->bundle_dir, name, NULL);
}

static OvWindow *
open_window (Fixture *fixture,
             OvStore *store)
{
  destroy_window (&fixture->window);
  fixture->window = ov_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  return fixture->window;
}

static gboolean
window_gone (gpointer data)
{
  return ui_test_find_window (GPOINTER_TO_SIZE (data)) == NULL;
}

static gboolean
import_state_is (gpointer data)
{
  OvImportBundleDialog *dialog =
    OV_IMPORT_BUNDLE_DIALOG (ui_test_find_window (OV_TYPE_IMPORT_BUNDLE_DIALOG));
  OvImportState wanted = GPOINTER_TO_INT (data);

  return dialog != NULL && ov_import_bundle_dialog_get_state (dialog) == wanted;
}

static guint
cases_listed (OvWindow *window)
{
  OvCasesPage *cases_page = ui_test_child (window, OV_TYPE_WINDOW, "cases_page");

  return g_list_model_get_n_items (G_LIST_MODEL (ov_cases_page_get_case_list (cases_page)));
}

static gint64
count_cases (OvStore *store)
{
  return ov_store_count (store, OV_TYPE_CASE);
}

/* Export Bundle… on the desk, the cases of operation Finch chosen through the search. */
static void
export_finch_through_dialog (Fixture    *fixture,
                             const char *path)
{
  OvExportBundleDialog *dialog;
  GArray *chosen;

  open_window (fixture, fixture->desk);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "export-bundle", NULL);
  dialog = OV_EXPORT_BUNDLE_DIALOG (ui_test_find_window (OV_TYPE_EXPORT_BUNDLE_DIALOG));
  g_assert_nonnull (dialog);

  /* Nothing chosen yet: Export… does nothing, and the dialog says why. */
  g_assert_false (gtk_widget_is_sensitive (ui_test_child (dialog, OV_TYPE_EXPORT_BUNDLE_DIALOG,
                                                          "export_button")));
  g_assert_false (ov_export_bundle_dialog_export_to (dialog, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog),
                                        "No case chosen yet: tick the cases to put in the "
                                        "bundle, or search for an operation and choose all "
                                        "the cases shown."));

  ov_export_bundle_dialog_set_search (dialog, "Finch");
  ui_test_flush ();
  g_assert_cmpuint (ov_export_bundle_dialog_choose_shown (dialog), ==, 2);
  chosen = ov_export_bundle_dialog_get_chosen (dialog);
  g_assert_cmpuint (chosen->len, ==, 2);
  for (guint i = 0; i < chosen->len; i++)
    {
      gint64 id = g_array_index (chosen, gint64, i);

      g_assert_true (id == fixture->finch_ids[0] || id == fixture->finch_ids[1]);
    }
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "2 cases chosen"));
  g_assert_true (gtk_widget_is_sensitive (ui_test_child (dialog, OV_TYPE_EXPORT_BUNDLE_DIALOG,
                                                         "export_button")));

  /* Written in a thread, then the dialog closes. */
  g_assert_true (ov_export_bundle_dialog_export_to (dialog, path));
  g_assert_true (ui_test_wait_until (window_gone,
                                     GSIZE_TO_POINTER (OV_TYPE_EXPORT_BUNDLE_DIALOG)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_export_then_import (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *path = bundle_path (fixture, "finch.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  OvImportBundleDialog *dialog;
  OvImportSummary *summary;

  export_finch_through_dialog (fixture, path);

  /* The file is a bundle of exactly those two cases. */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, OV_BUNDLE_NAMESPACE));
  g_assert_nonnull (strstr (contents, FINCH_1));
  g_assert_nonnull (strstr (contents, FINCH_2));
  g_assert_null (strstr (contents, "MSHT/2025/0003"));

  /* On the laptop: the summary before anything changes. */
  open_window (fixture, fixture->laptop);
  g_assert_cmpint (count_cases (fixture->laptop), ==, 0);
  dialog = ov_exchange_ui_import (GTK_WIDGET (fixture->window), fixture->laptop, path);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_PLANNED)));
  summary = ov_import_bundle_dialog_get_summary (dialog);
  g_assert_true (ov_import_summary_get_dry_run (summary));
  g_assert_cmpuint (ov_import_summary_get_count (summary, "case", OV_IMPORT_ADDED), ==, 2);
  g_assert_cmpuint (ov_import_summary_get_total (summary, OV_IMPORT_CONFLICTS), ==, 0);
  g_assert_true (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_IMPORT_BUNDLE_DIALOG,
                                                        "import_button")));
  g_assert_cmpint (count_cases (fixture->laptop), ==, 0);

  /* Import: both cases arrive, and the laptop's case list shows them. */
  ov_import_bundle_dialog_import (dialog);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_IMPORTED)));
  summary = ov_import_bundle_dialog_get_summary (dialog);
  g_assert_false (ov_import_summary_get_dry_run (summary));
  g_assert_cmpuint (ov_import_summary_get_count (summary, "case", OV_IMPORT_ADDED), ==, 2);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), "The bundle was imported"));
  g_assert_true (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_IMPORT_BUNDLE_DIALOG,
                                                        "close_button")));
  g_assert_cmpint (count_cases (fixture->laptop), ==, 2);
  {
    g_autoptr(OvCase) arrived = ov_store_find_case (fixture->laptop, FINCH_1, &error);

    g_assert_no_error (error);
    g_assert_nonnull (arrived);
    g_assert_cmpstr (ov_case_get_operation_name (arrived), ==, "Operation Finch");
  }
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (ui_test_wait_until (window_gone,
                                     GSIZE_TO_POINTER (OV_TYPE_IMPORT_BUNDLE_DIALOG)));
  g_assert_cmpuint (cases_listed (fixture->window), ==, 2);

  /* The same file again: everything unchanged, and Cancel leaves it so. */
  dialog = ov_exchange_ui_import (GTK_WIDGET (fixture->window), fixture->laptop, path);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_PLANNED)));
  summary = ov_import_bundle_dialog_get_summary (dialog);
  g_assert_cmpuint (ov_import_summary_get_count (summary, "case", OV_IMPORT_ADDED), ==, 0);
  g_assert_cmpuint (ov_import_summary_get_count (summary, "case", OV_IMPORT_UNCHANGED), ==, 2);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (ui_test_wait_until (window_gone,
                                     GSIZE_TO_POINTER (OV_TYPE_IMPORT_BUNDLE_DIALOG)));
  g_assert_cmpint (count_cases (fixture->laptop), ==, 2);
}

static void
test_refused_file (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = bundle_path (fixture, "finch.xml");
  g_autofree char *truncated = bundle_path (fixture, "truncated.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  OvImportBundleDialog *dialog;
  const char *message;
  gsize length;

  export_finch_through_dialog (fixture, path);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* Cut off half way, as a copy to a full memory stick would be. */
  g_file_set_contents (truncated, contents, length / 2, &error);
  g_assert_no_error (error);

  open_window (fixture, fixture->laptop);
  dialog = ov_exchange_ui_import (GTK_WIDGET (fixture->window), fixture->laptop, truncated);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_REFUSED)));

  /* The reader's reason, naming the line, is what the user sees; Import is gone. */
  message = ov_import_bundle_dialog_get_error (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "line"));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), message));
  g_assert_false (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_IMPORT_BUNDLE_DIALOG,
                                                         "import_button")));
  g_assert_null (ov_import_bundle_dialog_get_summary (dialog));
  g_assert_cmpint (count_cases (fixture->laptop), ==, 0);
}

/* The laptop scenario up to the conflict: the desk's bundle taken to the laptop, the same
 * case's summary changed on both, and the laptop's bundle brought back to the desk through
 * Import Bundle…, which keeps the desk's summary and stores a conflict. */
static void
make_conflict (Fixture *fixture)
{
  g_autofree char *out = bundle_path (fixture, "to-laptop.xml");
  g_autofree char *back = bundle_path (fixture, "from-laptop.xml");
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(OvCase) on_laptop = NULL;
  g_autoptr(OvCase) on_desk = NULL;
  g_autoptr(GError) error = NULL;
  OvImportBundleDialog *dialog;
  OvImportSummary *summary;

  g_assert_true (ov_exchange_export_to_file (fixture->desk, fixture->finch_ids, 2, NULL, out,
                                             &error));
  g_assert_no_error (error);
  bundle = ov_bundle_read_file (out, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ov_exchange_import (fixture->laptop, bundle, NULL, &error));
  g_assert_no_error (error);

  on_laptop = ov_store_find_case (fixture->laptop, FINCH_1, &error);
  g_assert_no_error (error);
  ov_case_set_summary (on_laptop, LAPTOP_SUMMARY);
  g_assert_true (ov_store_save (fixture->laptop, OV_RECORD (on_laptop), &error));
  g_assert_no_error (error);
  g_assert_true (ov_exchange_export_to_file (fixture->laptop, NULL, 0, NULL, back, &error));
  g_assert_no_error (error);

  on_desk = ov_store_load (fixture->desk, OV_TYPE_CASE, fixture->finch_ids[0], &error);
  g_assert_no_error (error);
  ov_case_set_summary (on_desk, DESK_SUMMARY);
  g_assert_true (ov_store_save (fixture->desk, OV_RECORD (on_desk), &error));
  g_assert_no_error (error);

  open_window (fixture, fixture->desk);
  dialog = ov_exchange_ui_import (GTK_WIDGET (fixture->window), fixture->desk, back);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_PLANNED)));
  summary = ov_import_bundle_dialog_get_summary (dialog);
  g_assert_cmpuint (ov_import_summary_get_count (summary, "case", OV_IMPORT_CONFLICTS), ==, 1);
  g_assert_true (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_IMPORT_BUNDLE_DIALOG,
                                                        "conflicts_banner")));
  ov_import_bundle_dialog_import (dialog);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_IMPORTED)));
  summary = ov_import_bundle_dialog_get_summary (dialog);
  g_assert_cmpuint (ov_import_summary_get_total (summary, OV_IMPORT_CONFLICTS), ==, 1);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (ui_test_wait_until (window_gone,
                                     GSIZE_TO_POINTER (OV_TYPE_IMPORT_BUNDLE_DIALOG)));
}

static gboolean
panel_lists (gpointer data)
{
  OvConflictsPanel *panel = data;
  GListModel *conflicts = ov_conflicts_panel_get_conflicts (panel);
  guint wanted = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (panel), "test-wanted"));

  return conflicts != NULL && g_list_model_get_n_items (conflicts) == wanted &&
         gtk_widget_get_visible (GTK_WIDGET (panel)) == (wanted > 0);
}

static void
wait_for_panel (OvConflictsPanel *panel,
                guint             wanted)
{
  g_object_set_data (G_OBJECT (panel), "test-wanted", GUINT_TO_POINTER (wanted));
  g_assert_true (ui_test_wait_until (panel_lists, panel));
}

/* The case list's row for a case in conflict says so, next to its findings. */
static gboolean
conflict_counted (gpointer data)
{
  OvCasesPage *cases_page = ui_test_child (data, OV_TYPE_WINDOW, "cases_page");

  return gtk_widget_get_mapped (GTK_WIDGET (cases_page)) &&
         ui_test_find_label (GTK_WIDGET (cases_page), "1 conflict") != NULL;
}

static gboolean
conflict_dialog_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_CONFLICT_DIALOG) != NULL;
}

static void
test_conflict_resolved (Fixture       *fixture,
                        gconstpointer  user_data)
{
  OvDashboardPage *dashboard;
  OvConflictsPanel *panel;
  OvConflictsPanel *case_panel;
  OvCasePage *case_page;
  OvConflictDialog *dialog;
  OvConflict *conflict;
  GListModel *fields;
  g_autoptr(OvCase) resolved = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  make_conflict (fixture);

  /* Kept as it is here until resolved. */
  {
    g_autoptr(OvCase) kept = ov_store_load (fixture->desk, OV_TYPE_CASE,
                                            fixture->finch_ids[0], &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ov_case_get_summary (kept), ==, DESK_SUMMARY);
  }

  /* The dashboard lists it. */
  dashboard = ui_test_child (fixture->window, OV_TYPE_WINDOW, "dashboard_page");
  panel = ui_test_child (dashboard, OV_TYPE_DASHBOARD_PAGE, "conflicts_panel");
  wait_for_panel (panel, 1);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (panel),
                                        "1 conflict from an imported bundle to resolve"));

  /* The case list counts it in the case's row. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("cases"));
  g_assert_true (ui_test_wait_until (conflict_counted, fixture->window));

  /* Its case shows the badge and the record in conflict; the other case does not. */
  case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  case_panel = ui_test_child (case_page, OV_TYPE_CASE_PAGE, "conflicts_panel");
  ui_test_open_case (GTK_WINDOW (fixture->window), fixture->finch_ids[1]);
  wait_for_panel (case_panel, 0);
  g_assert_false (gtk_widget_get_visible (ui_test_child (case_page, OV_TYPE_CASE_PAGE,
                                                         "conflict_badge")));
  ui_test_open_case (GTK_WINDOW (fixture->window), fixture->finch_ids[0]);
  wait_for_panel (case_panel, 1);
  g_assert_true (gtk_widget_get_visible (ui_test_child (case_page, OV_TYPE_CASE_PAGE,
                                                        "conflict_badge")));

  /* Activating the dashboard's entry opens the two versions side by side. */
  ov_conflicts_panel_open (panel, 0);
  g_assert_true (ui_test_wait_until (conflict_dialog_shown, NULL));
  dialog = OV_CONFLICT_DIALOG (ui_test_find_window (OV_TYPE_CONFLICT_DIALOG));
  conflict = ov_conflict_dialog_get_conflict (dialog);
  g_assert_nonnull (conflict);
  g_assert_cmpint (ov_conflict_get_case_id (conflict), ==, fixture->finch_ids[0]);
  fields = ov_conflict_get_fields (conflict);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(OvConflictField) field = g_list_model_get_item (fields, i);

      if (g_strcmp0 (ov_conflict_field_get_property_name (field), "summary") != 0)
        continue;
      found = TRUE;
      g_assert_true (ov_conflict_field_get_differs (field));
      g_assert_cmpstr (ov_conflict_field_get_ours (field), ==, DESK_SUMMARY);
      g_assert_cmpstr (ov_conflict_field_get_theirs (field), ==, LAPTOP_SUMMARY);
    }
  g_assert_true (found);
  /* Both values are on screen, this database's chosen to start with. */
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), DESK_SUMMARY));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (dialog), LAPTOP_SUMMARY));
  g_assert_false (ov_conflict_dialog_get_take_theirs (dialog, "summary"));

  /* The buttons for all fields set every choice; then the bundle's summary is chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.take-theirs",
                                             NULL));
  g_assert_true (ov_conflict_dialog_get_take_theirs (dialog, "summary"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.keep-ours", NULL));
  g_assert_false (ov_conflict_dialog_get_take_theirs (dialog, "summary"));
  ov_conflict_dialog_set_take_theirs (dialog, "summary", TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.apply", NULL));
  g_assert_true (ui_test_wait_until (window_gone, GSIZE_TO_POINTER (OV_TYPE_CONFLICT_DIALOG)));

  /* The record has the bundle's summary, and the conflict has gone everywhere. */
  resolved = ov_store_load (fixture->desk, OV_TYPE_CASE, fixture->finch_ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_case_get_summary (resolved), ==, LAPTOP_SUMMARY);
  g_assert_cmpuint (ov_exchange_count_conflicts (fixture->desk, 0), ==, 0);
  wait_for_panel (panel, 0);
  wait_for_panel (case_panel, 0);
  g_assert_false (gtk_widget_get_visible (ui_test_child (case_page, OV_TYPE_CASE_PAGE,
                                                         "conflict_badge")));
}

static void
test_keep_ours (Fixture       *fixture,
                gconstpointer  user_data)
{
  OvDashboardPage *dashboard;
  OvConflictsPanel *panel;
  OvConflictDialog *dialog;
  g_autoptr(OvCase) kept = NULL;
  g_autoptr(GError) error = NULL;

  make_conflict (fixture);
  dashboard = ui_test_child (fixture->window, OV_TYPE_WINDOW, "dashboard_page");
  panel = ui_test_child (dashboard, OV_TYPE_DASHBOARD_PAGE, "conflicts_panel");
  wait_for_panel (panel, 1);

  ov_conflicts_panel_open (panel, 0);
  g_assert_true (ui_test_wait_until (conflict_dialog_shown, NULL));
  dialog = OV_CONFLICT_DIALOG (ui_test_find_window (OV_TYPE_CONFLICT_DIALOG));

  /* Cancel changes nothing: the conflict stays listed. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (ui_test_wait_until (window_gone, GSIZE_TO_POINTER (OV_TYPE_CONFLICT_DIALOG)));
  g_assert_cmpuint (ov_exchange_count_conflicts (fixture->desk, 0), ==, 1);

  /* Keep All of Ours, Apply: resolved, with the desk's summary. */
  ov_conflicts_panel_open (panel, 0);
  g_assert_true (ui_test_wait_until (conflict_dialog_shown, NULL));
  dialog = OV_CONFLICT_DIALOG (ui_test_find_window (OV_TYPE_CONFLICT_DIALOG));
  ov_conflict_dialog_choose_all (dialog, FALSE);
  g_assert_true (ov_conflict_dialog_apply (dialog));
  g_assert_true (ui_test_wait_until (window_gone, GSIZE_TO_POINTER (OV_TYPE_CONFLICT_DIALOG)));

  kept = ov_store_load (fixture->desk, OV_TYPE_CASE, fixture->finch_ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_case_get_summary (kept), ==, DESK_SUMMARY);
  g_assert_cmpuint (ov_exchange_count_conflicts (fixture->desk, 0), ==, 0);
  wait_for_panel (panel, 0);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(OvStore) consulting = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(OvConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  OvConflictDialog *dialog;
  OvWindow *window;

  make_conflict (fixture);
  destroy_window (&fixture->window);

  consulting = ov_store_open_read_only (fixture->desk_path, &error);
  g_assert_no_error (error);
  ov_store_set_account (consulting, UI_TEST_ACCOUNT);

  /* Opened for consultation, the window offers neither import nor export. */
  window = open_window (fixture, consulting);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-bundle"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-bundle"));

  /* The conflict can be looked at, not resolved, and the dialog says why. */
  conflicts = ov_exchange_list_conflicts (consulting, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  dialog = ov_conflict_dialog_new (consulting, ov_conflict_get_id (conflict));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_flush ();
  g_assert_true (gtk_widget_get_visible (ui_test_child (dialog, OV_TYPE_CONFLICT_DIALOG,
                                                        "error_banner")));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.apply", NULL) &&
                  ui_test_find_window (OV_TYPE_CONFLICT_DIALOG) == NULL);
  g_assert_false (ov_conflict_dialog_apply (dialog));
  g_assert_cmpuint (ov_exchange_count_conflicts (fixture->desk, 0), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_flush ();
}

/* The summary before importing lists the learning entries, escalations and partner
 * contacts that travel with the cases, each with the number to be added. */
static void
test_readiness_summary (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = bundle_path (fixture, "readiness.xml");
  g_autoptr(GError) error = NULL;
  const char *references[] = { "MSHT/2025/0003", "MSHT/2025/0007" };
  const char *labels[] = { "Learning entries", "Escalations", "Partner contacts" };
  const char *kinds[] = { "learning-entry", "escalation", "partner-contact" };
  gint64 ids[G_N_ELEMENTS (references)];
  OvImportBundleDialog *dialog;
  OvImportSummary *summary;
  GtkGrid *grid;

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autoptr(OvCase) the_case = ov_store_find_case (fixture->desk, references[i], &error);

      g_assert_no_error (error);
      ids[i] = ov_record_get_id (OV_RECORD (the_case));
    }
  g_assert_true (ov_exchange_export_to_file (fixture->desk, ids, G_N_ELEMENTS (ids), NULL, path,
                                             &error));
  g_assert_no_error (error);

  open_window (fixture, fixture->laptop);
  dialog = ov_exchange_ui_import (GTK_WIDGET (fixture->window), fixture->laptop, path);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_PLANNED)));
  summary = ov_import_bundle_dialog_get_summary (dialog);
  grid = ui_test_child (dialog, OV_TYPE_IMPORT_BUNDLE_DIALOG, "counts_grid");
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      GtkWidget *label = ui_test_find_label (GTK_WIDGET (grid), labels[k]);
      guint added = ov_import_summary_get_count (summary, kinds[k], OV_IMPORT_ADDED);
      g_autofree char *expected = g_strdup_printf ("%u", added);
      GtkWidget *count;
      int row;

      g_assert_nonnull (label);
      g_assert_cmpuint (added, >, 0);
      gtk_grid_query_child (grid, label, NULL, &row, NULL, NULL);
      /* The first column of numbers is Added. */
      count = gtk_grid_get_child_at (grid, 1, row);
      g_assert_true (GTK_IS_LABEL (count));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (count)), ==, expected);
    }
  g_assert_cmpint (ov_store_count (fixture->laptop, OV_TYPE_ESCALATION), ==, 0);

  ov_import_bundle_dialog_import (dialog);
  g_assert_true (ui_test_wait_until (import_state_is,
                                     GINT_TO_POINTER (OV_IMPORT_STATE_IMPORTED)));
  g_assert_cmpint (ov_store_count (fixture->laptop, OV_TYPE_ESCALATION), ==,
                   ov_import_summary_get_count (ov_import_bundle_dialog_get_summary (dialog),
                                                "escalation", OV_IMPORT_ADDED));
  g_assert_cmpint (ov_store_count (fixture->laptop, OV_TYPE_LEARNING_ENTRY), >, 0);
  g_assert_cmpint (ov_store_count (fixture->laptop, OV_TYPE_PARTNER_CONTACT), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/exchange/export-then-import", test_export_then_import);
  ADD ("/ui/exchange/refused-file", test_refused_file);
  ADD ("/ui/exchange/conflict-resolved", test_conflict_resolved);
  ADD ("/ui/exchange/keep-ours", test_keep_ours);
  ADD ("/ui/exchange/read-only", test_read_only);
  ADD ("/ui/exchange/readiness-summary", test_readiness_summary);

  return g_test_run ();
}
