/* test-unsaved.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unsaved changes on the pages that edit a record in place: closing the window asks each
 * page in turn, Cancel on any keeps the window and every change, Discard writes nothing,
 * a Save that fails is shown and keeps the window open; and whatever else would take
 * the record away (a finding about another record, New, another case) asks first.
 */

#define G_LOG_DOMAIN "test-ui-unsaved"

#include "config.h"

#include "ov-case.h"
#include "ov-case-page.h"
#include "ov-finding.h"
#include "ov-partners.h"
#include "ov-partners-page.h"
#include "ov-policy-page.h"
#include "ov-policy-setting-row.h"
#include "ov-readiness.h"
#include "ov-record-editor.h"
#include "ov-records-page.h"
#include "ov-settings.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

#define CASE_REFERENCE "MSHT/2025/0011"
#define CASE_OPERATION "Operation Lapwing"
#define PARTNER_NAME   "Unseen"

typedef struct
{
  char           *path;
  OvStore        *store;
  OvWindow       *window;
  GtkStack       *main_stack;
  GtkStack       *cases_stack;
  OvCasePage     *case_page;
  OvPartnersPage *partners_page;
  guint64         n_audit_events;
} Fixture;

static guint64
count_audit_events (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  guint64 n = 0;

  g_assert_true (ov_store_verify_audit (store, &n, &error));
  g_assert_no_error (error);
  return n;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->window = ov_window_new (NULL, fixture->store);
  /* Kept alive past its closing, to see whether it closed. */
  g_object_ref (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->main_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "main_stack");
  fixture->cases_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "cases_stack");
  fixture->case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  fixture->partners_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "partners_page");
  ui_test_flush ();
  fixture->n_audit_events = count_audit_events (fixture->store);
}

/* Each test answers every question it causes; a window that closed is destroyed already. */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_null (ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG));
  if (gtk_widget_get_visible (GTK_WIDGET (fixture->window)))
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static gboolean
window_gone (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* The heading of the question or error on screen. */
static char *
dup_message_heading (void)
{
  char *text = NULL;

  g_object_get (ui_test_wait_message (), "text", &text, NULL);
  return text;
}

static char *
dup_message_body (void)
{
  GtkWindow *dialog = ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG);
  char *text = NULL;

  g_assert_nonnull (dialog);
  g_object_get (dialog, "secondary-text", &text, NULL);
  return text;
}

static void
assert_asked (const char *heading)
{
  g_autofree char *shown = dup_message_heading ();

  g_assert_cmpstr (shown, ==, heading);
}

static void
window_action (Fixture    *fixture,
               const char *name,
               GVariant   *parameter)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), name, parameter);
  ui_test_flush ();
}

static const char *
visible_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (fixture->main_stack);
}

static GtkEditable *
case_operation_entry (Fixture *fixture)
{
  return ui_test_child (fixture->case_page, OV_TYPE_CASE_PAGE, "operation_entry");
}

static GtkEditable *
partner_name_entry (Fixture *fixture)
{
  return ui_test_child (fixture->partners_page, OV_TYPE_PARTNERS_PAGE, "name_entry");
}

static gint64
partner_id (Fixture    *fixture,
            const char *name)
{
  g_autoptr(OvPartner) partner = ui_test_find_partner (fixture->store, name);

  return ov_record_get_id (OV_RECORD (partner));
}

static gint64
case_id (Fixture    *fixture,
         const char *reference)
{
  g_autoptr(OvCase) the_case = ov_store_find_case (fixture->store, reference, NULL);

  g_assert_nonnull (the_case);
  return ov_record_get_id (OV_RECORD (the_case));
}

static gint64
editing_partner_id (Fixture *fixture)
{
  OvPartner *partner = ov_partners_page_get_partner (fixture->partners_page);

  return partner != NULL ? ov_record_get_id (OV_RECORD (partner)) : 0;
}

/* The operation name of a case changed on the case page, not saved. */
static void
edit_case (Fixture    *fixture,
           const char *operation)
{
  ui_test_open_case (GTK_WINDOW (fixture->window), case_id (fixture, CASE_REFERENCE));
  gtk_editable_set_text (case_operation_entry (fixture), operation);
  g_assert_true (ov_case_page_get_modified (fixture->case_page));
}

/* A partner renamed on the Partners page, not saved; the partner is opened as a finding
 * about it opens it. */
static void
edit_partner (Fixture    *fixture,
              const char *name)
{
  gint64 id = partner_id (fixture, PARTNER_NAME);

  window_action (fixture, "show-subject", g_variant_new ("(sx)", OV_SUBJECT_PARTNER, id));
  g_assert_cmpint (editing_partner_id (fixture), ==, id);
  gtk_editable_set_text (partner_name_entry (fixture), name);
  g_assert_true (ov_partners_page_get_modified (fixture->partners_page));
}

static void
assert_nothing_written (Fixture *fixture)
{
  g_autoptr(OvCase) stored_case = ov_store_find_case (fixture->store, CASE_REFERENCE, NULL);
  g_autoptr(OvPartner) stored_partner = ui_test_find_partner (fixture->store, PARTNER_NAME);

  g_assert_cmpstr (ov_case_get_operation_name (stored_case), ==, CASE_OPERATION);
  g_assert_cmpuint (count_audit_events (fixture->store), ==, fixture->n_audit_events);
}

/* Two pages with unsaved changes: the case first, as in the sidebar, then the partner. */
static void
test_close_asks_each_page (Fixture       *fixture,
                           gconstpointer  user_data)
{
  edit_case (fixture, "Operation Changed");
  edit_partner (fixture, "Unseen Renamed");
  window_action (fixture, "show-page", g_variant_new_string ("dashboard"));

  /* Discard on the case, then Cancel on the partner: the window stays, with both. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  assert_asked ("Save Changes to Case " CASE_REFERENCE "?");
  g_assert_cmpstr (visible_page (fixture), ==, "cases");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->cases_stack), ==, "case");
  ui_test_answer_dialog (GTK_RESPONSE_REJECT);

  assert_asked ("Save Changes to Unseen Renamed?");
  g_assert_cmpstr (visible_page (fixture), ==, "partners");
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);

  g_assert_null (ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (ov_case_page_get_modified (fixture->case_page));
  g_assert_cmpstr (gtk_editable_get_text (case_operation_entry (fixture)), ==,
                   "Operation Changed");
  g_assert_true (ov_partners_page_get_modified (fixture->partners_page));
  g_assert_cmpstr (gtk_editable_get_text (partner_name_entry (fixture)), ==, "Unseen Renamed");
  assert_nothing_written (fixture);

  /* Discard on both: the window closes, and nothing is written. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  assert_asked ("Save Changes to Case " CASE_REFERENCE "?");
  ui_test_answer_dialog (GTK_RESPONSE_REJECT);
  assert_asked ("Save Changes to Unseen Renamed?");
  ui_test_answer_dialog (GTK_RESPONSE_REJECT);

  g_assert_true (ui_test_wait_until (window_gone, fixture->window));
  g_assert_null (ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG));
  assert_nothing_written (fixture);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OvPartner) renamed = ov_store_find_partner (fixture->store, "Unseen Renamed",
                                                          &error);

    g_assert_null (renamed);
    g_assert_nonnull (error);
  }
}

static GtkSpinButton *
policy_spin_button (OvPolicyPage *page,
                    const char   *key)
{
  GtkWidget *list = ui_test_child (page, OV_TYPE_POLICY_PAGE, "settings_list");

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (OV_IS_POLICY_SETTING_ROW (child) &&
          g_strcmp0 (ov_policy_setting_row_get_setting (OV_POLICY_SETTING_ROW (child))->key,
                     key) == 0)
        return ui_test_child (child, OV_TYPE_POLICY_SETTING_ROW, "spin_button");
    }
  g_assert_not_reached ();
}

/* The force policy changed and not saved: closing asks too; Cancel keeps the change, Save
 * stores it and closes. */
static void
test_close_asks_policy (Fixture       *fixture,
                        gconstpointer  user_data)
{
  OvPolicyPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "policy_page");
  GtkSpinButton *spin = policy_spin_button (page, "due-soon-days");
  OvPolicy stored;

  window_action (fixture, "show-page", g_variant_new_string ("policy"));
  gtk_spin_button_set_value (spin, 30);
  g_assert_true (ov_policy_page_get_modified (page));
  window_action (fixture, "show-page", g_variant_new_string ("dashboard"));

  gtk_window_close (GTK_WINDOW (fixture->window));
  assert_asked ("Save Changes to the Force Policy?");
  g_assert_cmpstr (visible_page (fixture), ==, "policy");
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (ov_policy_page_get_modified (page));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 30);
  assert_nothing_written (fixture);

  gtk_window_close (GTK_WINDOW (fixture->window));
  assert_asked ("Save Changes to the Force Policy?");
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_true (ui_test_wait_until (window_gone, fixture->window));
  ov_store_load_policy (fixture->store, &stored);
  g_assert_cmpint (stored.due_soon_days, ==, 30);
}

/* A Save that breaks the model's rules: shown, and the window stays with every change. */
static void
test_close_save_fails (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GtkLabel *name_error = ui_test_child (fixture->partners_page, OV_TYPE_PARTNERS_PAGE,
                                        "name_error");
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  edit_case (fixture, "Operation Changed");
  edit_partner (fixture, "");

  gtk_window_close (GTK_WINDOW (fixture->window));
  assert_asked ("Save Changes to Case " CASE_REFERENCE "?");
  ui_test_answer_dialog (GTK_RESPONSE_REJECT);
  /* A partner without a name: the question cannot name it. */
  assert_asked ("Save Your Changes?");
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);

  /* Why, in an error, and under the field. */
  heading = dup_message_heading ();
  g_assert_cmpstr (heading, ==, "Your Changes Were Not Saved");
  body = dup_message_body ();
  g_assert_nonnull (body);
  g_assert_cmpstr (body, !=, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (name_error)));
  g_assert_cmpstr (gtk_label_get_text (name_error), ==, body);
  ui_test_answer_dialog (GTK_RESPONSE_CLOSE);
  g_assert_null (ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG));

  /* On the partner, with both changes still there, and nothing written. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_cmpstr (visible_page (fixture), ==, "partners");
  g_assert_true (ov_partners_page_get_modified (fixture->partners_page));
  g_assert_cmpstr (gtk_editable_get_text (partner_name_entry (fixture)), ==, "");
  g_assert_true (ov_case_page_get_modified (fixture->case_page));
  g_assert_cmpstr (gtk_editable_get_text (case_operation_entry (fixture)), ==,
                   "Operation Changed");
  assert_nothing_written (fixture);
}

/* A Save the store refuses (a name already in the register): the error says so, the
 * banner above the form too, and the user stays on the partner. */
static void
test_close_save_refused (Fixture       *fixture,
                         gconstpointer  user_data)
{
  GtkWidget *banner = ui_test_child (fixture->partners_page, OV_TYPE_PARTNERS_PAGE,
                                     "error_banner");
  GtkLabel *banner_label = ui_test_child (fixture->partners_page, OV_TYPE_PARTNERS_PAGE,
                                          "error_label");
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  edit_partner (fixture, "Justice and Care");

  gtk_window_close (GTK_WINDOW (fixture->window));
  assert_asked ("Save Changes to Justice and Care?");
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);

  heading = dup_message_heading ();
  g_assert_cmpstr (heading, ==, "Your Changes Were Not Saved");
  body = dup_message_body ();
  g_assert_true (g_str_has_prefix (body,
                                   "“Justice and Care” is already in the partner register"));
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_cmpstr (gtk_label_get_text (banner_label), ==, body);
  ui_test_answer_dialog (GTK_RESPONSE_CLOSE);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (ov_partners_page_get_modified (fixture->partners_page));
  assert_nothing_written (fixture);
}

/* A finding about another partner, and New, would replace the partner being edited. */
static void
test_other_partner_asks (Fixture       *fixture,
                         gconstpointer  user_data)
{
  gint64 edited = partner_id (fixture, PARTNER_NAME);
  gint64 other = partner_id (fixture, "Justice and Care");

  edit_partner (fixture, "Unseen Renamed");

  window_action (fixture, "show-subject", g_variant_new ("(sx)", OV_SUBJECT_PARTNER, other));
  assert_asked ("Save Changes to Unseen Renamed?");
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (editing_partner_id (fixture), ==, edited);
  g_assert_cmpstr (gtk_editable_get_text (partner_name_entry (fixture)), ==, "Unseen Renamed");

  window_action (fixture, "new", NULL);
  assert_asked ("Save Changes to Unseen Renamed?");
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (editing_partner_id (fixture), ==, edited);
  g_assert_true (ov_partners_page_get_modified (fixture->partners_page));

  /* Discard: the other partner is shown, and the change was never written. */
  window_action (fixture, "show-subject", g_variant_new ("(sx)", OV_SUBJECT_PARTNER, other));
  ui_test_answer_dialog (GTK_RESPONSE_REJECT);
  g_assert_cmpint (editing_partner_id (fixture), ==, other);
  g_assert_false (ov_partners_page_get_modified (fixture->partners_page));
  assert_nothing_written (fixture);
}

/* On the learning log, the question names the entry as the editor's title does. */
static void
test_other_learning_entry_asks (Fixture       *fixture,
                                gconstpointer  user_data)
{
  OvRecordsPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "learning_page");
  OvRecordEditor *editor = ov_records_page_get_editor (page);
  g_autoptr(GPtrArray) entries = ov_store_list_learning_entries (fixture->store, NULL);
  g_autofree char *description = NULL;
  g_autofree char *question = NULL;
  gint64 first, second;

  g_assert_nonnull (entries);
  g_assert_cmpuint (entries->len, >=, 2);
  first = ov_record_get_id (entries->pdata[0]);
  second = ov_record_get_id (entries->pdata[1]);

  window_action (fixture, "show-subject", g_variant_new ("(sx)", OV_SUBJECT_LEARNING, first));
  g_assert_cmpint (ov_record_get_id (ov_record_editor_get_record (editor)), ==, first);
  ui_test_set_text (GTK_TEXT_VIEW (ov_record_editor_get_field (editor, "description")),
                    "A debrief no one wrote up.");
  g_assert_true (ov_records_page_get_modified (page));

  description = ov_record_describe (ov_record_editor_get_record (editor));
  question = g_strdup_printf ("Save Changes to %s?", description);
  window_action (fixture, "show-subject", g_variant_new ("(sx)", OV_SUBJECT_LEARNING, second));
  assert_asked (question);
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (ov_record_get_id (ov_record_editor_get_record (editor)), ==, first);
  g_assert_true (ov_records_page_get_modified (page));

  window_action (fixture, "new", NULL);
  assert_asked (question);
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (ov_record_get_id (ov_record_editor_get_record (editor)), ==, first);
  g_assert_true (ov_records_page_get_modified (page));
  g_assert_cmpuint (count_audit_events (fixture->store), ==, fixture->n_audit_events);
}

/* Opening another case, as a finding about it does, asks about the case being edited. */
static void
test_other_case_asks (Fixture       *fixture,
                      gconstpointer  user_data)
{
  gint64 edited = case_id (fixture, CASE_REFERENCE);
  g_autoptr(GPtrArray) cases = ov_store_list (fixture->store, OV_TYPE_CASE, NULL);
  gint64 other = 0;

  for (guint i = 0; other == 0 && i < cases->len; i++)
    {
      if (ov_record_get_id (cases->pdata[i]) != edited)
        other = ov_record_get_id (cases->pdata[i]);
    }
  g_assert_cmpint (other, >, 0);

  edit_case (fixture, "Operation Changed");
  window_action (fixture, "show-case-section", g_variant_new ("(xs)", other, "reviews"));
  assert_asked ("Save Changes to Case " CASE_REFERENCE "?");
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (ov_record_get_id (OV_RECORD (ov_case_page_get_case (fixture->case_page))),
                   ==, edited);
  g_assert_cmpstr (gtk_editable_get_text (case_operation_entry (fixture)), ==,
                   "Operation Changed");

  window_action (fixture, "new-case", NULL);
  assert_asked ("Save Changes to Case " CASE_REFERENCE "?");
  ui_test_answer_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (ov_record_get_id (OV_RECORD (ov_case_page_get_case (fixture->case_page))),
                   ==, edited);
  g_assert_true (ov_case_page_get_modified (fixture->case_page));
  assert_nothing_written (fixture);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/unsaved/close-asks-each-page", Fixture, NULL,
              fixture_set_up, test_close_asks_each_page, fixture_tear_down);
  g_test_add ("/ui/unsaved/close-asks-policy", Fixture, NULL,
              fixture_set_up, test_close_asks_policy, fixture_tear_down);
  g_test_add ("/ui/unsaved/close-save-fails", Fixture, NULL,
              fixture_set_up, test_close_save_fails, fixture_tear_down);
  g_test_add ("/ui/unsaved/close-save-refused", Fixture, NULL,
              fixture_set_up, test_close_save_refused, fixture_tear_down);
  g_test_add ("/ui/unsaved/other-partner-asks", Fixture, NULL,
              fixture_set_up, test_other_partner_asks, fixture_tear_down);
  g_test_add ("/ui/unsaved/other-learning-entry-asks", Fixture, NULL,
              fixture_set_up, test_other_learning_entry_asks, fixture_tear_down);
  g_test_add ("/ui/unsaved/other-case-asks", Fixture, NULL,
              fixture_set_up, test_other_case_asks, fixture_tear_down);

  return g_test_run ();
}
