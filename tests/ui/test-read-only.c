/* test-read-only.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window on a database opened with --read-only says so and offers nothing that writes.
 */

#include "config.h"

#include "ov-application.h"
#include "ov-backup.h"
#include "ov-case-page.h"
#include "ov-investigation.h"
#include "ov-review-editor.h"
#include "ov-reviews-section.h"
#include "ov-staff.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

static gboolean
main_window_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_WINDOW) != NULL;
}

static gboolean
action_enabled (gpointer    group,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (group), name);
}

/* The button bound to @action_name under @root, however deep. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_read_only_window (void)
{
  g_autofree char *path = ui_test_db_path ();
  g_autoptr(OvApplication) application = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GList) windows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  GtkWindow *window;
  GtkLabel *user_label;
  OvCasePage *case_page;
  GtkWidget *save_button;
  OvReviewsSection *reviews_section;
  OvReviewEditor *review_editor;
  static const struct
  {
    const char *page;
    const char *action;
  } page_buttons[] = {
    { "partners_page", "partners.new" },
    { "reception_plans_page", "reception-plans.new" },
    { "readiness_page", "page.new-document" },
    { "learning_page", "page.new" },
    { "escalations_page", "page.new" },
  };
  static const char * const adding[] = {
    "people.add", "reviews.new", "actions.new", "decisions.new",
  };
  gint64 case_id;
  gint64 draft_id = 0;

  {
    g_autoptr(OvStore) store = ui_test_demo_store (path);
    g_autoptr(OvStaff) supervisor = ui_test_find_staff (store, "Helen Marsh");
    g_autoptr(OvCase) first = NULL;

    ov_store_set_account (store, g_get_user_name ());
    ov_store_link_account (store, supervisor, &error);
    g_assert_no_error (error);
    first = ov_store_find_case (store, "MSHT/2026/0005", &error);
    g_assert_no_error (error);
    case_id = ov_record_get_id (OV_RECORD (first));

    /* A draft review, which a window that can write would let be edited and saved. */
    {
      g_autoptr(GPtrArray) reviews = ov_store_list_reviews (store, case_id, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < reviews->len; i++)
        {
          OvReview *review = g_ptr_array_index (reviews, i);

          if (!ov_review_is_signed_off (review))
            draft_id = ov_record_get_id (OV_RECORD (review));
        }
      if (draft_id == 0)
        {
          g_autoptr(OvReview) review = ov_store_start_review (store, case_id,
                                                              OV_REVIEW_TYPE_PERIODIC,
                                                              OV_REVIEW_TRIGGER_NONE, NULL,
                                                              &error);

          g_assert_no_error (error);
          draft_id = ov_record_get_id (OV_RECORD (review));
        }
    }
  }
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  application = ov_application_new ();
  ov_application_set_database_path (application, path);
  ov_application_set_read_only (application, TRUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (application));
  g_assert_true (ui_test_wait_until (main_window_shown, NULL));
  window = ui_test_find_window (OV_TYPE_WINDOW);
  g_assert_true (ov_store_is_read_only (ov_window_get_store (OV_WINDOW (window))));

  /* It says so, under the title. */
  user_label = ui_test_child (window, OV_TYPE_WINDOW, "user_label");
  g_assert_nonnull (strstr (gtk_label_get_text (user_label), "Read only"));

  /* Nothing that writes is offered: no new records, no saving, no report, no restore. */
  g_assert_false (action_enabled (window, "new-case"));
  g_assert_false (action_enabled (window, "save"));
  g_assert_false (action_enabled (window, "print-report"));
  g_assert_false (action_enabled (application, "restore"));
  g_assert_true (action_enabled (window, "open-case"));

  /* A case opens for reading, with its Save button switched off. */
  ui_test_open_case (window, case_id);
  case_page = ui_test_child (window, OV_TYPE_WINDOW, "case_page");
  save_button = ui_test_child (case_page, OV_TYPE_CASE_PAGE, "save_button");
  g_assert_false (gtk_widget_is_sensitive (save_button));

  /* Nor can people, reviews, actions or decisions be added. */
  for (gsize i = 0; i < G_N_ELEMENTS (adding); i++)
    {
      GtkWidget *button = find_action_button (GTK_WIDGET (case_page), adding[i]);

      g_assert_nonnull (button);
      g_assert_false (gtk_widget_is_sensitive (button));
    }

  /* The draft review opens to be read: it can be neither changed, saved nor signed off. */
  reviews_section = ui_test_child (case_page, OV_TYPE_CASE_PAGE, "reviews_section");
  review_editor = ui_test_child (reviews_section, OV_TYPE_REVIEWS_SECTION, "editor");
  g_assert_true (ov_reviews_section_open_review (reviews_section, draft_id));
  g_assert_false (ov_review_is_signed_off (ov_review_editor_get_review (review_editor)));
  g_assert_false (gtk_text_view_get_editable (ui_test_child (review_editor, OV_TYPE_REVIEW_EDITOR,
                                                             "directions_view")));
  ui_test_set_text (ui_test_child (review_editor, OV_TYPE_REVIEW_EDITOR, "directions_view"),
                    "Changed while read only.");
  ui_test_flush ();
  g_assert_false (gtk_widget_is_sensitive (ui_test_child (review_editor, OV_TYPE_REVIEW_EDITOR,
                                                          "save_button")));
  g_assert_false (gtk_widget_is_sensitive (ui_test_child (review_editor, OV_TYPE_REVIEW_EDITOR,
                                                          "sign_off_button")));
  ov_review_editor_discard (review_editor);

  /* The registers are for reading too: nothing new can be started on their pages. */
  for (gsize i = 0; i < G_N_ELEMENTS (page_buttons); i++)
    {
      GtkWidget *page = ui_test_child (window, OV_TYPE_WINDOW, page_buttons[i].page);
      GtkWidget *button = find_action_button (page, page_buttons[i].action);

      g_assert_nonnull (button);
      g_assert_false (gtk_widget_is_sensitive (button));
    }

  /* No backup was made, and the file is as it was. */
  backups = ov_backup_list (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 0);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  ui_test_flush ();
  g_clear_object (&application);
  {
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_true (g_strcmp0 (after, before) == 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/read-only/window", test_read_only_window);

  return g_test_run ();
}
