/* test-partners.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Partners and Reception Plans pages: creating a partner with a contact and a plan
 * with agencies picked from the register (and one typed), through the pages' own
 * controls and the window's Ctrl+N and Ctrl+S; deleting a partner only once nothing
 * names it; a finding about a lapsed plan on the dashboard opening that plan; and the
 * referral dialog's picker storing a reference.
 */

#define G_LOG_DOMAIN "test-ui-partners"

#include "config.h"

#include <string.h>

#include "ov-contact-row.h"
#include "ov-dashboard-page.h"
#include "ov-disclosure-dialog.h"
#include "ov-finding.h"
#include "ov-findings-cache.h"
#include "ov-partner-picker.h"
#include "ov-partners.h"
#include "ov-partners-page.h"
#include "ov-plan-agency-row.h"
#include "ov-reception-plans-page.h"
#include "ov-referral-dialog.h"
#include "ov-victims.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char     *path;
  OvStore  *store;
  OvWindow *window;
  GtkStack *main_stack;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->window = ov_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->main_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "main_stack");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_flush ();
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string (name));
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->main_stack), ==, name);
}

static void
window_action (Fixture    *fixture,
               const char *name)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), name, NULL);
  ui_test_flush ();
}

static gpointer
row_child (GtkListBox *box,
           int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (box, index);

  g_assert_nonnull (row);
  return gtk_list_box_row_get_child (row);
}

static OvPartner *
find_partner (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  OvPartner *partner = ov_store_find_partner (fixture->store, name, &error);

  g_assert_no_error (error);
  return partner;
}

static gboolean
one_row (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (data)) == 1;
}

static void
test_create_partner (Fixture       *fixture,
                     gconstpointer  user_data)
{
  OvPartnersPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "partners_page");
  GtkListBox *contacts_box = ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "contacts_box");
  GtkColumnView *column_view = ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "column_view");
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  guint n_before;
  OvContactRow *contact_row;
  g_autoptr(OvPartner) stored = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(OvPartner) found = NULL;

  show_page (fixture, "partners");
  n_before = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n_before, ==, 15);

  /* Ctrl+N on the Partners page adds a partner, not a case. */
  window_action (fixture, "new");
  g_assert_nonnull (ov_partners_page_get_partner (page));
  g_assert_cmpint (ov_record_get_id (OV_RECORD (ov_partners_page_get_partner (page))), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->main_stack), ==, "partners");

  gtk_editable_set_text (ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "name_entry"),
                         "Anytown Women’s Aid");
  gtk_drop_down_set_selected (ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "type_drop_down"),
                              OV_PARTNER_TYPE_NGO);
  gtk_drop_down_set_selected (ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "sharing_drop_down"),
                              OV_SHARING_AGREEMENT_AGREEMENT);

  /* An agreement without its review date is refused, shown under the field. */
  window_action (fixture, "save");
  g_assert_true (gtk_widget_get_visible (ui_test_child (page, OV_TYPE_PARTNERS_PAGE,
                                                        "sharing_review_error")));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_before);

  gtk_editable_set_text (ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "sharing_review_entry"),
                         "2027-06-30");
  gtk_widget_activate_action (GTK_WIDGET (page), "partners.add-contact", NULL);
  ui_test_flush ();
  contact_row = row_child (contacts_box, 0);
  g_assert_true (OV_IS_CONTACT_ROW (contact_row));
  gtk_editable_set_text (ui_test_child (contact_row, OV_TYPE_CONTACT_ROW, "name_entry"),
                         "Sue Barker");
  gtk_editable_set_text (ui_test_child (contact_row, OV_TYPE_CONTACT_ROW, "role_entry"),
                         "Refuge manager");
  gtk_editable_set_text (ui_test_child (contact_row, OV_TYPE_CONTACT_ROW,
                                        "out_of_hours_entry"), "01632 960999");
  g_assert_true (ov_partners_page_get_modified (page));

  window_action (fixture, "save");
  g_assert_false (ov_partners_page_get_modified (page));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_before + 1);
  g_assert_cmpstr (gtk_label_get_text (ui_test_child (page, OV_TYPE_PARTNERS_PAGE,
                                                      "editor_title")), ==,
                   "Anytown Women’s Aid");

  stored = find_partner (fixture, "Anytown Women’s Aid");
  g_assert_cmpint (ov_partner_get_partner_type (stored), ==, OV_PARTNER_TYPE_NGO);
  g_assert_cmpstr (ov_partner_get_sharing_review_on (stored), ==, "2027-06-30");
  contacts = ov_store_list_partner_contacts (fixture->store,
                                             ov_record_get_id (OV_RECORD (stored)), NULL);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (ov_partner_contact_get_role (contacts->pdata[0]), ==, "Refuge manager");
  g_assert_cmpstr (ov_partner_contact_get_out_of_hours (contacts->pdata[0]), ==,
                   "01632 960999");

  /* Ctrl+F searches the register, down to the new partner by its contact. */
  window_action (fixture, "find");
  g_assert_true (gtk_widget_has_focus (ui_test_child (page, OV_TYPE_PARTNERS_PAGE,
                                                      "search_entry")) ||
                 gtk_widget_is_focus (ui_test_child (page, OV_TYPE_PARTNERS_PAGE,
                                                     "search_entry")) ||
                 gtk_widget_get_focus_child (ui_test_child (page, OV_TYPE_PARTNERS_PAGE,
                                                            "search_entry")) != NULL);
  gtk_editable_set_text (ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "search_entry"),
                         "barker");
  g_assert_true (ui_test_wait_until (one_row, rows));
  found = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (ov_partner_get_name (found), ==, "Anytown Women’s Aid");
}

typedef struct
{
  OvPartnersPage *page;
  gint64          id;
} PartnerShown;

static gboolean
partner_shown (gpointer data)
{
  PartnerShown *shown = data;
  OvPartner *partner = ov_partners_page_get_partner (shown->page);

  return partner != NULL && ov_record_get_id (OV_RECORD (partner)) == shown->id;
}

static gboolean
editor_empty (gpointer data)
{
  return ov_partners_page_get_partner (OV_PARTNERS_PAGE (data)) == NULL;
}

static void
test_delete_partner (Fixture       *fixture,
                     gconstpointer  user_data)
{
  OvPartnersPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "partners_page");
  g_autoptr(OvPartner) used = find_partner (fixture, "Justice and Care");
  g_autoptr(OvPartner) unused = find_partner (fixture, "Unseen");
  g_autoptr(OvPartner) still = NULL;
  g_autoptr(GError) error = NULL;
  PartnerShown shown = { page, ov_record_get_id (OV_RECORD (used)) };
  GtkWidget *banner = ui_test_child (page, OV_TYPE_PARTNERS_PAGE, "error_banner");

  show_page (fixture, "partners");

  /* A partner still named by victim support and a plan: asked, then kept, with why. */
  gtk_widget_activate_action (GTK_WIDGET (page), "partners.select", "x", shown.id);
  g_assert_true (ui_test_wait_until (partner_shown, &shown));
  gtk_widget_activate_action (GTK_WIDGET (page), "partners.delete", NULL);
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (ui_test_child (page, OV_TYPE_PARTNERS_PAGE,
                                                                      "error_label")),
                                   "“Justice and Care” is named by"));
  still = find_partner (fixture, "Justice and Care");
  g_assert_nonnull (still);

  /* One nothing names goes, once the user says so. */
  shown.id = ov_record_get_id (OV_RECORD (unused));
  gtk_widget_activate_action (GTK_WIDGET (page), "partners.select", "x", shown.id);
  g_assert_true (ui_test_wait_until (partner_shown, &shown));
  gtk_widget_activate_action (GTK_WIDGET (page), "partners.delete", NULL);
  ui_test_answer_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_true (ui_test_wait_until (editor_empty, page));
  g_assert_null (ov_store_find_partner (fixture->store, "Unseen", &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND);
}

static void
test_create_plan (Fixture       *fixture,
                  gconstpointer  user_data)
{
  OvReceptionPlansPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW,
                                              "reception_plans_page");
  GtkListBox *agencies_box = ov_reception_plans_page_get_agencies_box (page);
  g_autoptr(OvPartner) justice = find_partner (fixture, "Justice and Care");
  g_autoptr(OvReceptionPlan) stored = NULL;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;
  OvPlanAgencyRow *row;

  show_page (fixture, "reception-plans");
  window_action (fixture, "new");
  g_assert_nonnull (ov_reception_plans_page_get_plan (page));

  gtk_editable_set_text (ui_test_child (page, OV_TYPE_RECEPTION_PLANS_PAGE, "name_entry"),
                         "Operation Lantern reception centre");
  gtk_drop_down_set_selected (ui_test_child (page, OV_TYPE_RECEPTION_PLANS_PAGE,
                                             "scope_drop_down"), OV_PLAN_SCOPE_PRE_PLANNED);
  gtk_editable_set_text (ui_test_child (page, OV_TYPE_RECEPTION_PLANS_PAGE, "venue_entry"),
                         "Northgate Community Hall");
  gtk_spin_button_set_value (ui_test_child (page, OV_TYPE_RECEPTION_PLANS_PAGE, "capacity_spin"),
                             35);
  ui_test_set_text (ui_test_child (page, OV_TYPE_RECEPTION_PLANS_PAGE, "activation_view"),
                    "Silver commander opens it at 05:00 on the day.");
  gtk_editable_set_text (ui_test_child (page, OV_TYPE_RECEPTION_PLANS_PAGE, "lrf_agreed_entry"),
                         "2026-11-02");
  gtk_editable_set_text (ui_test_child (page, OV_TYPE_RECEPTION_PLANS_PAGE,
                                        "lrf_reference_entry"), "ALRF/2026/31");

  /* One agency from the register, one typed because it is not there. */
  gtk_widget_activate_action (GTK_WIDGET (page), "reception-plans.add-agency", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "reception-plans.add-agency", NULL);
  ui_test_flush ();
  row = row_child (agencies_box, 0);
  g_assert_true (ov_partner_picker_select_name (OV_PARTNER_PICKER (ov_plan_agency_row_get_picker (row)),
                                                "Justice and Care"));
  gtk_editable_set_text (GTK_EDITABLE (ov_plan_agency_row_get_role_entry (row)),
                         "Victim navigators");
  row = row_child (agencies_box, 1);
  ov_partner_picker_choose_other (OV_PARTNER_PICKER (ov_plan_agency_row_get_picker (row)));
  ui_test_flush ();
  gtk_editable_set_text (ui_test_child (ov_plan_agency_row_get_picker (row),
                                        OV_TYPE_PARTNER_PICKER, "other_entry"),
                         "Northgate Food Bank");
  gtk_editable_set_text (GTK_EDITABLE (ov_plan_agency_row_get_role_entry (row)), "Food");

  window_action (fixture, "save");
  g_assert_false (ov_reception_plans_page_get_modified (page));

  stored = ov_store_find_reception_plan (fixture->store, "Operation Lantern reception centre",
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_reception_plan_get_scope (stored), ==, OV_PLAN_SCOPE_PRE_PLANNED);
  g_assert_cmpint (ov_reception_plan_get_capacity (stored), ==, 35);
  g_assert_cmpstr (ov_reception_plan_get_activation (stored), ==,
                   "Silver commander opens it at 05:00 on the day.");
  g_assert_cmpstr (ov_reception_plan_get_lrf_reference (stored), ==, "ALRF/2026/31");
  agencies = ov_store_list_plan_agencies (fixture->store, ov_record_get_id (OV_RECORD (stored)),
                                          &error);
  g_assert_cmpuint (agencies->len, ==, 2);
  g_assert_cmpint (ov_reception_plan_agency_get_partner_id (agencies->pdata[0]), ==,
                   ov_record_get_id (OV_RECORD (justice)));
  g_assert_null (ov_reception_plan_agency_get_agency_name (agencies->pdata[0]));
  g_assert_cmpstr (ov_reception_plan_agency_get_role (agencies->pdata[0]), ==,
                   "Victim navigators");
  g_assert_cmpint (ov_reception_plan_agency_get_partner_id (agencies->pdata[1]), ==, 0);
  g_assert_cmpstr (ov_reception_plan_agency_get_agency_name (agencies->pdata[1]), ==,
                   "Northgate Food Bank");
}

static gboolean
findings_ready (gpointer data)
{
  return ov_findings_cache_is_ready (ov_findings_cache_get_for_store (data));
}

typedef struct
{
  Fixture *fixture;
  gint64   plan_id;
} PlanShown;

static gboolean
plan_shown (gpointer data)
{
  PlanShown *shown = data;
  OvReceptionPlansPage *page = ui_test_child (shown->fixture->window, OV_TYPE_WINDOW,
                                              "reception_plans_page");
  OvReceptionPlan *plan = ov_reception_plans_page_get_plan (page);

  return g_strcmp0 (gtk_stack_get_visible_child_name (shown->fixture->main_stack),
                    "reception-plans") == 0 &&
         plan != NULL && ov_record_get_id (OV_RECORD (plan)) == shown->plan_id;
}

static void
test_finding_opens_plan (Fixture       *fixture,
                         gconstpointer  user_data)
{
  OvDashboardPage *dashboard = ui_test_child (fixture->window, OV_TYPE_WINDOW,
                                              "dashboard_page");
  GListModel *shown = ov_dashboard_page_get_findings (dashboard);
  GtkListView *view = ui_test_child (dashboard, OV_TYPE_DASHBOARD_PAGE, "findings_view");
  g_autoptr(OvFinding) finding = NULL;
  PlanShown plan = { fixture, 0 };
  PartnerShown partner = { NULL, 0 };
  guint position = GTK_INVALID_LIST_POSITION;

  show_page (fixture, "dashboard");
  g_assert_true (ui_test_wait_until (findings_ready, fixture->store));

  /* The demonstration's lapsed plan is on the dashboard, as a finding about the force. */
  for (guint i = 0; i < g_list_model_get_n_items (shown) && finding == NULL; i++)
    {
      g_autoptr(OvFinding) item = g_list_model_get_item (shown, i);

      if (g_strcmp0 (ov_finding_get_rule_id (item), "reception-plan-review") == 0)
        {
          finding = g_steal_pointer (&item);
          position = i;
        }
    }
  g_assert_nonnull (finding);
  g_assert_cmpstr (ov_finding_get_subject_kind (finding), ==, OV_SUBJECT_RECEPTION_PLAN);
  g_assert_cmpstr (ov_finding_get_subject_label (finding), ==,
                   "Spontaneous incident reception centre");

  /* Activating it opens the plan on the Reception Plans page. */
  plan.plan_id = ov_finding_get_subject_id (finding);
  g_signal_emit_by_name (view, "activate", position);
  g_assert_true (ui_test_wait_until (plan_shown, &plan));

  /* A finding about a partner opens the partner, on the Partners page. */
  g_clear_object (&finding);
  show_page (fixture, "dashboard");
  for (guint i = 0; i < g_list_model_get_n_items (shown) && finding == NULL; i++)
    {
      g_autoptr(OvFinding) item = g_list_model_get_item (shown, i);

      if (g_strcmp0 (ov_finding_get_subject_kind (item), OV_SUBJECT_PARTNER) == 0)
        {
          finding = g_steal_pointer (&item);
          position = i;
        }
    }
  g_assert_nonnull (finding);
  g_assert_cmpstr (ov_finding_get_rule_id (finding), ==, "sharing-agreement-review");
  partner.page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "partners_page");
  partner.id = ov_finding_get_subject_id (finding);
  g_signal_emit_by_name (view, "activate", position);
  g_assert_true (ui_test_wait_until (partner_shown, &partner));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->main_stack), ==, "partners");
  g_assert_cmpstr (ov_partner_get_name (ov_partners_page_get_partner (partner.page)), ==,
                   "Adult social care, Anytown County Council");
}

static gboolean
disclosure_dialog_shown (gpointer data)
{
  return ui_test_find_window (OV_TYPE_DISCLOSURE_DIALOG) != NULL;
}

static void
test_print_plan (Fixture       *fixture,
                 gconstpointer  user_data)
{
  OvReceptionPlansPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW,
                                              "reception_plans_page");
  g_autoptr(OvReceptionPlan) plan = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  /* In the test's own isolated directory, not shared with tests running at the same time. */
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "plan.pdf", NULL);
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  PlanShown shown = { fixture, 0 };
  OvDisclosureDialog *dialog;
  OvAuditEvent *last;
  int status = 0;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);

  plan = ov_store_find_reception_plan (fixture->store, "Pre-planned operations reception centre",
                                       &error);
  g_assert_no_error (error);
  shown.plan_id = ov_record_get_id (OV_RECORD (plan));
  show_page (fixture, "reception-plans");
  gtk_widget_activate_action (GTK_WIDGET (page), "reception-plans.select", "x", shown.plan_id);
  g_assert_true (ui_test_wait_until (plan_shown, &shown));

  /* Ctrl+P on the page asks for whom and why, as every report does. */
  window_action (fixture, "print-report");
  g_assert_true (ui_test_wait_until (disclosure_dialog_shown, NULL));
  dialog = OV_DISCLOSURE_DIALOG (ui_test_find_window (OV_TYPE_DISCLOSURE_DIALOG));
  gtk_editable_set_text (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "recipient_entry"),
                         "Operation Lantern silver group");
  ui_test_set_text (ui_test_child (dialog, OV_TYPE_DISCLOSURE_DIALOG, "reason_view"),
                    "Briefing before the day of action");
  g_assert_true (ov_disclosure_dialog_export_to (dialog, path));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Victim reception centre plan"));
  g_assert_nonnull (strstr (text, "Kingsway Leisure Centre"));
  g_assert_nonnull (strstr (text, "Agencies attending"));

  /* The disclosure is in the audit log against the plan, with for whom and why. */
  events = ov_store_list_audit_events (fixture->store, ov_record_get_uuid (OV_RECORD (plan)),
                                       &error);
  g_assert_no_error (error);
  last = events->pdata[events->len - 1];
  g_assert_cmpstr (last->action, ==, "print");
  g_assert_nonnull (strstr (last->detail, "Operation Lantern silver group"));
  g_assert_nonnull (strstr (last->detail, "Briefing before the day of action"));
}

static void
test_referral_picker_stores_reference (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  g_autoptr(OvPartner) partner = find_partner (fixture, "Housing options team, Anytown Borough Council");
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(GError) error = NULL;
  OvReferralDialog *dialog;
  OvPartnerPicker *picker;
  OvPerson *victim = NULL;
  gint64 referral_id;

  /* Any victim of the demonstration cases. */
  for (gint64 case_id = 1; case_id < 30 && victim == NULL; case_id++)
    {
      g_clear_pointer (&people, g_ptr_array_unref);
      people = ov_store_list_people (fixture->store, case_id, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < people->len && victim == NULL; i++)
        {
          if (ov_person_get_roles (people->pdata[i]) & OV_PERSON_ROLE_VICTIM)
            victim = people->pdata[i];
        }
    }
  g_assert_nonnull (victim);

  ov_safeguarding_referral_set_person_id (referral, ov_record_get_id (OV_RECORD (victim)));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_HOUSING);
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-26T10:00:00Z");
  dialog = ov_referral_dialog_new (fixture->store, referral);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_flush ();

  /* The agency is picked from the register. */
  picker = ui_test_child (dialog, OV_TYPE_REFERRAL_DIALOG, "agency_picker");
  g_assert_true (ov_partner_picker_select_name (picker, ov_partner_get_name (partner)));
  g_assert_true (ov_referral_dialog_save (dialog));
  ui_test_flush ();
  referral_id = ov_record_get_id (OV_RECORD (referral));
  g_assert_cmpint (referral_id, >, 0);

  /* Renaming the partner renames it in the referral: a reference, not a copy. */
  ov_partner_set_name (partner, "Anytown Housing Solutions");
  g_assert_true (ov_store_save_partner (fixture->store, partner, NULL, &error));
  g_assert_no_error (error);
  referrals = ov_store_list_safeguarding_referrals (fixture->store,
                                                    ov_record_get_id (OV_RECORD (victim)),
                                                    &error);
  for (guint i = 0; i < referrals->len; i++)
    {
      OvSafeguardingReferral *stored = referrals->pdata[i];

      if (ov_record_get_id (OV_RECORD (stored)) != referral_id)
        continue;
      g_assert_cmpint (ov_safeguarding_referral_get_partner_id (stored), ==,
                       ov_record_get_id (OV_RECORD (partner)));
      g_assert_null (ov_safeguarding_referral_get_agency (stored));
      g_assert_cmpstr (ov_safeguarding_referral_get_agency_name (stored), ==,
                       "Anytown Housing Solutions");
      return;
    }
  g_assert_not_reached ();
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/partners/create-partner", test_create_partner);
  ADD ("/ui/partners/delete-partner", test_delete_partner);
  ADD ("/ui/partners/create-plan", test_create_plan);
  ADD ("/ui/partners/finding-opens-plan", test_finding_opens_plan);
  ADD ("/ui/partners/print-plan", test_print_plan);
  ADD ("/ui/partners/referral-picker-stores-reference", test_referral_picker_stores_reference);

#undef ADD

  return g_test_run ();
}
