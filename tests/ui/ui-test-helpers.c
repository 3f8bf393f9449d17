/* ui-test-helpers.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ui-test"

#include "config.h"

#include "ov-demo.h"
#include "ov-staff.h"
#include "ui-test-helpers.h"

/* Long enough for a slow machine under Xvfb; reaching it fails the test rather than
 * measuring anything. */
#define WAIT_LIMIT_SECONDS 30

void
ui_test_init (int    *argc,
              char ***argv)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  g_auto(GStrv) original_dirs = g_strdupv ((char **) g_get_system_data_dirs ());

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Isolated directories would hide the shared MIME database, without which images (GTK's
   * own icons among them) cannot be told apart. */
  g_content_type_set_mime_dirs ((const char * const *) original_dirs);
  /* No accessibility bus under Xvfb: GTK would warn, and warnings are fatal in tests. */
  g_setenv ("GTK_A11Y", "none", TRUE);
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

char *
ui_test_text_view_text (GtkTextView *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
