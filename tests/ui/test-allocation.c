/* test-allocation.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Allocating through the allocation dialog under the PIP2 rule: someone below PIP2 is
 * refused with core's message and nothing is written; with a rationale the allocation is
 * made and the case shows the override.
 */

#define G_LOG_DOMAIN "test-ui-allocation"

#include "config.h"

#include <string.h>

#include "ov-allocation.h"
#include "ov-allocation-dialog.h"
#include "ov-case.h"
#include "ov-case-page.h"
#include "ov-staff.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char       *path;
  OvStore    *store;
  OvCase     *the_case;
  OvWindow   *window;
  OvCasePage *case_page;
} Fixture;

static gboolean
showing_case (gpointer data)
{
  Fixture *fixture = data;
  GtkStack *stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "cases_stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "case") == 0 &&
         ov_case_page_get_case (fixture->case_page) != NULL &&
         ov_record_get_id (OV_RECORD (ov_case_page_get_case (fixture->case_page))) ==
         ov_record_get_id (OV_RECORD (fixture->the_case));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id;

  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);

  /* A case of our own, with nobody allocated yet. */
  fixture->the_case = ov_case_new ();
  ov_case_set_reference (fixture->the_case, "MSHT/2026/0200");
  ov_case_set_operation_name (fixture->the_case, "Operation Finch");
  ov_case_set_opened_on (fixture->the_case, "2026-01-05");
  ov_store_save (fixture->store, OV_RECORD (fixture->the_case), &error);
  g_assert_no_error (error);

  fixture->window = ov_window_new (NULL, fixture->store);
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  gtk_window_present (GTK_WINDOW (fixture->window));
  case_id = ov_record_get_id (OV_RECORD (fixture->the_case));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "open-case",
                                  g_variant_new_int64 (case_id));
  g_assert_true (ui_test_wait_until (showing_case, fixture));
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

static guint
n_allocations (Fixture *fixture)
{
  g_autoptr(GPtrArray) allocations = NULL;
  g_autoptr(GError) error = NULL;

  allocations = ov_store_list_allocations (fixture->store,
                                           ov_record_get_id (OV_RECORD (fixture->the_case)),
                                           &error);
  g_assert_no_error (error);
  return allocations->len;
}

static OvAllocationDialog *
open_dialog (Fixture *fixture)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->case_page), "case.allocate", NULL);
  ui_test_flush ();
  dialog = ui_test_find_window (OV_TYPE_ALLOCATION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  return OV_ALLOCATION_DIALOG (dialog);
}

static gpointer
dialog_child (OvAllocationDialog *dialog,
              const char         *name)
{
  return ui_test_child (dialog, OV_TYPE_ALLOCATION_DIALOG, name);
}

/* Chooses the person by name in the dialog's list, as a click on their row would. */
static void
choose_person (OvAllocationDialog *dialog,
               const char         *name)
{
  GtkSingleSelection *selection = dialog_child (dialog, "staff_selection");
  GListModel *rows = G_LIST_MODEL (selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvStaff) staff = g_list_model_get_item (rows, i);

      if (g_strcmp0 (ov_staff_get_name (staff), name) == 0)
        {
          gtk_single_selection_set_selected (selection, i);
          ui_test_flush ();
          return;
        }
    }
  g_assert_not_reached ();
}

static void
choose_role (OvAllocationDialog *dialog,
             OvAllocationRole    role)
{
  gtk_drop_down_set_selected (dialog_child (dialog, "role_drop_down"), role);
  ui_test_flush ();
}

static void
click_allocate (OvAllocationDialog *dialog)
{
  GtkWidget *button = dialog_child (dialog, "allocate_button");

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_flush ();
}

static void
test_below_pip2_refused_then_rationale (Fixture       *fixture,
                                        gconstpointer  user_data)
{
  g_autoptr(OvStaff) pip1 = ui_test_find_staff (fixture->store, "Ellie Brandt");
  const char *rationale = "PC Brandt took the first account and the victims trust her; "
                          "DS Chandran reviews her work daily.";
  g_autoptr(GPtrArray) allocations = NULL;
  g_autoptr(OvStore) second = NULL;
  g_autoptr(OvCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  OvAllocationDialog *dialog;
  OvAllocation *allocation;
  const char *refusal;

  /* The demonstration's PIP1 investigator. */
  g_assert_cmpint (ov_staff_get_pip_level (pip1), ==, OV_PIP_LEVEL_PIP1);
  g_assert_false (gtk_widget_get_visible (ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE,
                                                         "override_banner")));

  dialog = open_dialog (fixture);
  g_object_ref (dialog);
  choose_role (dialog, OV_ALLOCATION_ROLE_INVESTIGATOR);
  choose_person (dialog, "Ellie Brandt");
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, "rationale_box")));
  click_allocate (dialog);

  /* Refused with core's message, which names the rule; nothing written. */
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "refusal_banner")));
  refusal = gtk_label_get_text (dialog_child (dialog, "refusal_label"));
  g_test_message ("refusal: %s", refusal);
  g_assert_true (strstr (refusal, "PIP2") != NULL);
  g_assert_true (strstr (refusal, "Ellie Brandt") != NULL);
  g_assert_true (strstr (refusal, "rationale") != NULL);
  g_assert_cmpuint (n_allocations (fixture), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Going ahead needs a rationale. */
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "rationale_box")));
  g_assert_false (gtk_widget_is_sensitive (dialog_child (dialog, "allocate_button")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog_child (dialog, "rationale_view")),
                            "   ", -1);
  g_assert_false (gtk_widget_is_sensitive (dialog_child (dialog, "allocate_button")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog_child (dialog, "rationale_view")),
                            rationale, -1);
  click_allocate (dialog);

  /* Allocated with the rationale; the dialog closed. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_null (ui_test_find_window (OV_TYPE_ALLOCATION_DIALOG));
  g_object_unref (dialog);

  allocations = ov_store_list_allocations (fixture->store,
                                           ov_record_get_id (OV_RECORD (fixture->the_case)),
                                           &error);
  g_assert_no_error (error);
  g_assert_cmpuint (allocations->len, ==, 1);
  allocation = g_ptr_array_index (allocations, 0);
  g_assert_cmpint (ov_allocation_get_staff_id (allocation), ==,
                   ov_record_get_id (OV_RECORD (pip1)));
  g_assert_cmpint (ov_allocation_get_role (allocation), ==, OV_ALLOCATION_ROLE_INVESTIGATOR);
  g_assert_cmpstr (ov_allocation_get_override_rationale (allocation), ==, rationale);

  /* The case page shows the override, and the allocation with its rationale. */
  g_assert_true (gtk_widget_get_visible (ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE,
                                                        "override_banner")));
  g_assert_true (gtk_widget_get_visible (ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE,
                                                        "override_badge")));
  g_assert_true (ov_case_get_pip2_override (ov_case_page_get_case (fixture->case_page)));
  g_assert_nonnull (ui_test_find_label (ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE,
                                                       "current_list"),
                                        rationale));

  second = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  stored = ov_store_find_case (second, "MSHT/2026/0200", &error);
  g_assert_no_error (error);
  g_assert_true (ov_case_get_pip2_override (stored));
}

static void
test_accredited_allocated (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(OvStaff) pip2 = ui_test_find_staff (fixture->store, "Tom Whitlock");
  g_autoptr(GPtrArray) allocations = NULL;
  OvAllocationDialog *dialog;

  g_assert_true (ov_staff_is_pip2_accredited (pip2));

  dialog = open_dialog (fixture);
  g_object_ref (dialog);
  choose_role (dialog, OV_ALLOCATION_ROLE_OFFICER_IN_CASE);
  choose_person (dialog, "Tom Whitlock");
  click_allocate (dialog);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_cmpuint (n_allocations (fixture), ==, 1);

  allocations = ov_store_list_allocations (fixture->store,
                                           ov_record_get_id (OV_RECORD (fixture->the_case)),
                                           NULL);
  g_assert_null (ov_allocation_get_override_rationale (g_ptr_array_index (allocations, 0)));
  g_assert_false (gtk_widget_get_visible (ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE,
                                                         "override_banner")));
  g_assert_cmpstr (ov_case_get_oic_name (ov_case_page_get_case (fixture->case_page)), ==,
                   "Tom Whitlock");
}

static void
test_lapsed_pip2_refused (Fixture       *fixture,
                          gconstpointer  user_data)
{
  OvAllocationDialog *dialog = open_dialog (fixture);

  /* A lapsed PIP2 does not meet the rule either. */
  choose_role (dialog, OV_ALLOCATION_ROLE_OFFICER_IN_CASE);
  choose_person (dialog, "Gareth Lloyd");
  click_allocate (dialog);
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "refusal_banner")));
  g_assert_cmpuint (n_allocations (fixture), ==, 0);

  /* Choosing someone else starts again. */
  choose_person (dialog, "Tom Whitlock");
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, "refusal_banner")));
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, "rationale_box")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/allocation/below-pip2-refused-then-rationale", Fixture, NULL,
              fixture_set_up, test_below_pip2_refused_then_rationale, fixture_tear_down);
  g_test_add ("/ui/allocation/accredited-allocated", Fixture, NULL,
              fixture_set_up, test_accredited_allocated, fixture_tear_down);
  g_test_add ("/ui/allocation/lapsed-pip2-refused", Fixture, NULL,
              fixture_set_up, test_lapsed_pip2_refused, fixture_tear_down);

  return g_test_run ();
}
