/* ui-test-helpers.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ui-test"

#include "config.h"

#include "ov-case-page.h"
#include "ov-demo.h"
#include "ov-partners.h"
#include "ov-staff.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

/* Long enough for a slow machine under Xvfb; reaching it fails the test rather than
 * measuring anything. */
#define WAIT_LIMIT_SECONDS 30

void
ui_test_init (int    *argc,
              char ***argv)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  const char * const *data_dirs = g_get_system_data_dirs ();
  g_autoptr(GPtrArray) mime_dirs = g_ptr_array_new_with_free_func (g_free);

  /* Isolated directories would hide the shared MIME database, without which images (GTK's
   * own icons among them, SVG ones such as the warning sign) cannot be told apart. GIO
   * wants the "mime" directories themselves. */
  for (gsize i = 0; data_dirs[i] != NULL; i++)
    g_ptr_array_add (mime_dirs, g_build_filename (data_dirs[i], "mime", NULL));
  g_ptr_array_add (mime_dirs, NULL);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_content_type_set_mime_dirs ((const char * const *) mime_dirs->pdata);
  /* No accessibility bus under Xvfb: GTK would warn, and warnings are fatal in tests. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  /* Nor a GPU: drawing with OpenGL in software is several times slower than with cairo,
   * and what is drawn is the same. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_init ();

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* A database file of its own for each test, in the test's isolated data directory. */
char *
ui_test_db_path (void)
{
  static guint counter;
  g_autofree char *name = g_strdup_printf ("ui-test-%u.db", ++counter);

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

OvStore *
ui_test_empty_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OvStore *store;

  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  ov_store_set_account (store, UI_TEST_ACCOUNT);
  return store;
}

/* The demonstration database, used by a demonstration supervisor. */
OvStore *
ui_test_demo_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OvStore *store = ui_test_empty_store (path);
  g_autoptr(OvStaff) supervisor = NULL;

  ov_demo_load (store, &error);
  g_assert_no_error (error);

  supervisor = ui_test_find_staff (store, "Helen Marsh");
  g_assert_nonnull (supervisor);
  g_assert_true (ov_staff_has_role (supervisor, OV_STAFF_ROLE_SUPERVISOR));
  ov_store_link_account (store, supervisor, &error);
  g_assert_no_error (error);
  g_assert_true (ov_store_current_user_is_supervisor (store));
  return store;
}

void
ui_test_flush (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
on_wait_limit (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds. Returns FALSE if it never did. */
gboolean
ui_test_wait_until (UiTestCondition condition,
                    gpointer        data)
{
  gboolean timed_out = FALSE;
  guint source;

  source = g_timeout_add_seconds (WAIT_LIMIT_SECONDS, on_wait_limit, &timed_out);
  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  ui_test_flush ();
  return condition (data);
}

gpointer
ui_test_child (gpointer    widget,
               GType       widget_type,
               const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), widget_type, name);

  g_assert_nonnull (child);
  return child;
}

GtkWindow *
ui_test_find_window (GType window_type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, window_type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* The visible label showing @text somewhere under @root, if any. */
GtkWidget *
ui_test_find_label (GtkWidget  *root,
                    const char *text)
{
  if (!gtk_widget_get_visible (root))
    return NULL;
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

OvStaff *
ui_test_find_staff (OvStore    *store,
                    const char *name)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = ov_store_list_staff (store, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < staff->len; i++)
    {
      OvStaff *person = g_ptr_array_index (staff, i);

      if (g_strcmp0 (ov_staff_get_name (person), name) == 0)
        return g_object_ref (person);
    }
  return NULL;
}

/* The partner called @name in the register, which must be there. */
OvPartner *
ui_test_find_partner (OvStore    *store,
                      const char *name)
{
  g_autoptr(GError) error = NULL;
  OvPartner *partner = ov_store_find_partner (store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (partner);
  return partner;
}

char *
ui_test_text_view_text (GtkTextView *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
ui_test_set_text (GtkTextView *text_view,
                  const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), text, -1);
}

/* A case of the test's own, opened on a fixed date, with nobody allocated. */
OvCase *
ui_test_add_case (OvStore    *store,
                  const char *reference)
{
  g_autoptr(GError) error = NULL;
  OvCase *the_case = ov_case_new ();

  ov_case_set_reference (the_case, reference);
  ov_case_set_operation_name (the_case, "Operation Finch");
  ov_case_set_opened_on (the_case, "2026-01-05");
  ov_store_save (store, OV_RECORD (the_case), &error);
  g_assert_no_error (error);
  return the_case;
}

typedef struct
{
  GtkWindow *window;
  gint64     case_id;
} ShowingCase;

static gboolean
showing_case (gpointer data)
{
  ShowingCase *showing = data;
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (showing->window),
                                                              OV_TYPE_WINDOW, "cases_stack"));
  OvCasePage *page = OV_CASE_PAGE (gtk_widget_get_template_child (GTK_WIDGET (showing->window),
                                                                  OV_TYPE_WINDOW, "case_page"));
  OvCase *the_case = ov_case_page_get_case (page);

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "case") == 0 &&
         the_case != NULL && ov_record_get_id (OV_RECORD (the_case)) == showing->case_id;
}

/* Opens a case in the main window as the case list does. */
void
ui_test_open_case (GtkWindow *window,
                   gint64     case_id)
{
  ShowingCase showing = { window, case_id };

  g_action_group_activate_action (G_ACTION_GROUP (window), "open-case",
                                  g_variant_new_int64 (case_id));
  g_assert_true (ui_test_wait_until (showing_case, &showing));
}

static gboolean
message_dialog_shown (gpointer data)
{
  return ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The question, confirmation or error on screen, once it is there. */
GtkWindow *
ui_test_wait_message (void)
{
  g_assert_true (ui_test_wait_until (message_dialog_shown, NULL));
  return ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG);
}

/* Answers the question or confirmation on screen, as a click on one of its buttons. */
void
ui_test_answer_dialog (int response)
{
  gtk_dialog_response (GTK_DIALOG (ui_test_wait_message ()), response);
  ui_test_flush ();
}

/* Another person at the keyboard: links @account to the staff member called @name. */
void
ui_test_sign_in_as (OvStore    *store,
                    const char *account,
                    const char *name)
{
  g_autoptr(OvStaff) staff = ui_test_find_staff (store, name);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (staff);
  ov_store_set_account (store, account);
  if (ov_store_get_current_user (store) == NULL)
    {
      ov_store_link_account (store, staff, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpstr (ov_staff_get_name (ov_store_get_current_user (store)), ==, name);
  ui_test_flush ();
}

/* A click on a button the user can reach. */
void
ui_test_click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_flush ();
}

/* Where the staff member called @name is in a drop-down of staff. */
guint
ui_test_staff_position (GtkDropDown *drop_down,
                        const char  *name)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvStaff) staff = g_list_model_get_item (model, i);

      if (g_strcmp0 (ov_staff_get_name (staff), name) == 0)
        return i;
    }
  g_assert_not_reached ();
  return GTK_INVALID_LIST_POSITION;
}
