/* test-dashboard.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The supervisor's dashboard on the demonstration database, as a user meets it: the window
 * opens on it, it lists what the compliance check finds today, the filters narrow it, a
 * finding put right leaves it, a finding opens its case where it is put right, the force
 * policy page changes what it shows, and the case list counts each case's findings.
 */

#define G_LOG_DOMAIN "test-ui-dashboard"

#include "config.h"

#include <string.h>

#include "ov-case.h"
#include "ov-case-findings.h"
#include "ov-case-page.h"
#include "ov-cases-page.h"
#include "ov-compliance.h"
#include "ov-dashboard-page.h"
#include "ov-finding-row.h"
#include "ov-findings-badge.h"
#include "ov-findings-cache.h"
#include "ov-investigation.h"
#include "ov-policy-page.h"
#include "ov-policy-setting-row.h"
#include "ov-settings.h"
#include "ov-util.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

typedef struct
{
  char            *path;
  OvStore         *store;
  OvWindow        *window;
  GtkStack        *main_stack;
  OvDashboardPage *dashboard;
  GListModel      *shown;
} Fixture;

static gboolean
findings_ready (gpointer data)
{
  return ov_findings_cache_is_ready (ov_findings_cache_get_for_store (data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_demo_store (fixture->path);
  fixture->window = ov_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->main_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "main_stack");
  fixture->dashboard = ui_test_child (fixture->window, OV_TYPE_WINDOW, "dashboard_page");
  fixture->shown = ov_dashboard_page_get_findings (fixture->dashboard);
  /* The check runs in a thread of its own; the dashboard says so until it is done. */
  g_assert_true (ui_test_wait_until (findings_ready, fixture->store));
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

/* What core finds today under the stored policy: what the dashboard must show. */
static GPtrArray *
check_today (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  GPtrArray *findings;
  OvPolicy policy;

  ov_store_load_policy (store, &policy);
  findings = ov_compliance_check (store, &policy, today, 0, &error);
  g_assert_no_error (error);
  return findings;
}

static OvFinding *
shown_finding (Fixture *fixture,
               guint    position)
{
  return g_list_model_get_item (fixture->shown, position);
}

static gpointer
dashboard_child (Fixture    *fixture,
                 const char *name)
{
  return ui_test_child (fixture->dashboard, OV_TYPE_DASHBOARD_PAGE, name);
}

/* The first widget of @type at or under @widget. */
static gpointer
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
same_finding (OvFinding *a,
              OvFinding *b)
{
  return g_strcmp0 (ov_finding_get_rule_id (a), ov_finding_get_rule_id (b)) == 0 &&
         ov_finding_get_case_id (a) == ov_finding_get_case_id (b) &&
         g_strcmp0 (ov_finding_get_message (a), ov_finding_get_message (b)) == 0;
}

typedef struct
{
  Fixture *fixture;
  guint    n_items;
} CountCheck;

static gboolean
shown_count_is (gpointer data)
{
  CountCheck *check = data;

  return g_list_model_get_n_items (check->fixture->shown) == check->n_items;
}

static void
test_opens_on_findings (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GPtrArray) expected = check_today (fixture->store);
  g_autoptr(OvFinding) first = NULL;
  g_autofree char *n_overdue = NULL;
  GtkWidget *label;
  guint overdue = 0;

  /* The first page is the dashboard. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->main_stack), ==, "dashboard");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->dashboard)));

  /* Every finding of today's check, in the engine's order, most pressing first. */
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->shown), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(OvFinding) finding = shown_finding (fixture, i);

      g_assert_true (same_finding (finding, g_ptr_array_index (expected, i)));
      if (ov_finding_get_severity (finding) == OV_SEVERITY_OVERDUE)
        overdue++;
    }

  /* The summary counts what is overdue. */
  n_overdue = g_strdup_printf ("%u", overdue);
  g_assert_cmpstr (gtk_label_get_text (dashboard_child (fixture, "overdue_count_label")), ==,
                   n_overdue);

  /* The most pressing finding is on screen, with its case and how late it is. */
  first = shown_finding (fixture, 0);
  g_assert_cmpint (ov_finding_get_severity (first), ==, OV_SEVERITY_OVERDUE);
  label = ui_test_find_label (dashboard_child (fixture, "findings_view"),
                              ov_finding_get_message (first));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  {
    g_autofree char *late = ov_finding_describe_due (first);

    g_assert_true (g_str_has_suffix (late, "days overdue") || g_str_has_suffix (late, "day overdue"));
    g_assert_nonnull (ui_test_find_label (dashboard_child (fixture, "findings_view"), late));
    g_assert_nonnull (ui_test_find_label (dashboard_child (fixture, "findings_view"),
                                          ov_finding_get_case_reference (first)));
  }
}

/* The position of @text in a drop-down of strings. */
static guint
drop_down_position (GtkDropDown *drop_down,
                    const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GPtrArray) expected = check_today (fixture->store);
  GtkDropDown *investigators = dashboard_child (fixture, "investigator_drop_down");
  GtkDropDown *severities = dashboard_child (fixture, "severity_drop_down");
  OvFinding *some = g_ptr_array_index (expected, 0);
  gint64 officer_id = ov_finding_get_officer_id (some);
  guint n_officer = 0;
  guint n_overdue_officer = 0;
  guint n;

  for (guint i = 0; i < expected->len; i++)
    {
      if (ov_finding_get_officer_id (g_ptr_array_index (expected, i)) == officer_id)
        n_officer++;
    }
  g_assert_cmpint (officer_id, >, 0);
  g_assert_cmpuint (n_officer, <, expected->len);

  /* Choosing an investigator leaves only the findings on their cases. */
  gtk_drop_down_set_selected (investigators,
                              drop_down_position (investigators,
                                                  ov_finding_get_officer_name (some)));
  ui_test_flush ();
  n = g_list_model_get_n_items (fixture->shown);
  g_assert_cmpuint (n, ==, n_officer);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvFinding) finding = shown_finding (fixture, i);

      g_assert_cmpint (ov_finding_get_officer_id (finding), ==, officer_id);
    }

  /* And a severity narrows further. */
  for (guint i = 0; i < expected->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (expected, i);

      if (ov_finding_get_officer_id (finding) == officer_id &&
          ov_finding_get_severity (finding) == OV_SEVERITY_OVERDUE)
        n_overdue_officer++;
    }
  gtk_drop_down_set_selected (severities, drop_down_position (severities, "Overdue"));
  ui_test_flush ();
  n = g_list_model_get_n_items (fixture->shown);
  g_assert_cmpuint (n, ==, n_overdue_officer);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvFinding) finding = shown_finding (fixture, i);

      g_assert_cmpint (ov_finding_get_officer_id (finding), ==, officer_id);
      g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_OVERDUE);
    }

  /* Everything again. */
  gtk_drop_down_set_selected (investigators,
                              drop_down_position (investigators, "All investigators"));
  gtk_drop_down_set_selected (severities, drop_down_position (severities, "All severities"));
  ui_test_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->shown), ==, expected->len);
}

static gboolean
dashboard_shows (Fixture   *fixture,
                 OvFinding *wanted)
{
  guint n = g_list_model_get_n_items (fixture->shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvFinding) finding = shown_finding (fixture, i);

      if (same_finding (finding, wanted))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  Fixture   *fixture;
  OvFinding *finding;
} GoneCheck;

static gboolean
finding_gone (gpointer data)
{
  GoneCheck *check = data;

  return !dashboard_shows (check->fixture, check->finding);
}

static void
test_action_done_leaves (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GPtrArray) before = check_today (fixture->store);
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  OvFinding *overdue_action = NULL;
  OvAction *action = NULL;
  CountCheck fewer;
  GoneCheck gone;

  for (guint i = 0; i < before->len && overdue_action == NULL; i++)
    {
      OvFinding *finding = g_ptr_array_index (before, i);

      if (g_strcmp0 (ov_finding_get_rule_id (finding), "overdue-action") == 0)
        overdue_action = finding;
    }
  g_assert_nonnull (overdue_action);
  g_assert_true (dashboard_shows (fixture, overdue_action));

  /* The action the finding is about, marked done through core as another window would. */
  actions = ov_store_list_actions (fixture->store, ov_finding_get_case_id (overdue_action),
                                   &error);
  g_assert_no_error (error);
  for (guint i = 0; i < actions->len && action == NULL; i++)
    {
      OvAction *candidate = g_ptr_array_index (actions, i);

      if (ov_action_get_status (candidate) == OV_ACTION_STATUS_OPEN &&
          strstr (ov_finding_get_message (overdue_action),
                  ov_action_get_description (candidate)) != NULL)
        action = candidate;
    }
  g_assert_nonnull (action);
  ov_action_set_status (action, OV_ACTION_STATUS_DONE);
  ov_action_set_completed_on (action, today);
  ov_store_save (fixture->store, OV_RECORD (action), &error);
  g_assert_no_error (error);

  /* Once the main loop has run the check again, the finding has gone, and only it. */
  gone = (GoneCheck) { fixture, overdue_action };
  g_assert_true (ui_test_wait_until (finding_gone, &gone));
  fewer = (CountCheck) { fixture, before->len - 1 };
  g_assert_true (shown_count_is (&fewer));
}

static gboolean
showing_case (gpointer data)
{
  Fixture *fixture = data;
  GtkStack *cases_stack = ui_test_child (fixture->window, OV_TYPE_WINDOW, "cases_stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (fixture->main_stack), "cases") == 0 &&
         g_strcmp0 (gtk_stack_get_visible_child_name (cases_stack), "case") == 0;
}

static guint
find_shown_rule (Fixture    *fixture,
                 const char *rule_id)
{
  guint n = g_list_model_get_n_items (fixture->shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvFinding) finding = shown_finding (fixture, i);

      if (g_strcmp0 (ov_finding_get_rule_id (finding), rule_id) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
assert_case_shown_at (Fixture   *fixture,
                      OvFinding *finding)
{
  OvCasePage *case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  GtkStack *sections = ui_test_child (case_page, OV_TYPE_CASE_PAGE, "section_stack");

  g_assert_true (ui_test_wait_until (showing_case, fixture));
  g_assert_cmpint (ov_record_get_id (OV_RECORD (ov_case_page_get_case (case_page))), ==,
                   ov_finding_get_case_id (finding));
  /* A section the case page does not have yet leaves it on the case's details. */
  if (gtk_stack_get_child_by_name (sections, ov_finding_get_section (finding)) != NULL)
    g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==,
                     ov_finding_get_section (finding));
  else
    g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, OV_SECTION_DETAILS);
}

/* The first row of the dashboard's list, as drawn. */
static OvFindingRow *
first_row (GtkWidget *widget)
{
  if (OV_IS_FINDING_ROW (widget) && gtk_widget_get_mapped (widget) &&
      ov_finding_row_get_finding (OV_FINDING_ROW (widget)) != NULL &&
      ov_finding_row_get_heading (OV_FINDING_ROW (widget)) != NULL)
    return OV_FINDING_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OvFindingRow *row = first_row (child);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
test_activate_opens_case (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkListView *view = dashboard_child (fixture, "findings_view");
  guint position = find_shown_rule (fixture, "periodic-review");
  g_autoptr(OvFinding) finding = shown_finding (fixture, position);
  g_autoptr(OvFinding) first = NULL;
  OvFindingRow *row;
  GtkWidget *button;

  /* Enter or a double click on a finding: its case, at the section where it is put right. */
  g_assert_cmpstr (ov_finding_get_section (finding), ==, OV_SECTION_REVIEWS);
  g_signal_emit_by_name (view, "activate", position);
  assert_case_shown_at (fixture, finding);

  /* Or its Open button: the first row starts the group of overdue findings, and says so. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("dashboard"));
  ui_test_flush ();
  first = shown_finding (fixture, 0);
  row = first_row (GTK_WIDGET (view));
  g_assert_nonnull (row);
  g_assert_true (ov_finding_row_get_finding (row) == first);
  g_assert_true (g_str_has_prefix (ov_finding_row_get_heading (row), "Overdue"));

  button = ui_test_child (row, OV_TYPE_FINDING_ROW, "open_button");
  g_assert_true (gtk_widget_get_mapped (button));
  gtk_widget_activate (button);
  assert_case_shown_at (fixture, first);
}

static OvPolicySettingRow *
policy_row (OvPolicyPage *page,
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
        return OV_POLICY_SETTING_ROW (child);
    }
  g_assert_not_reached ();
}

static void
test_policy_saved (Fixture       *fixture,
                   gconstpointer  user_data)
{
  OvPolicyPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "policy_page");
  OvPolicySettingRow *row = policy_row (page, "due-soon-days");
  g_autoptr(GPtrArray) before = check_today (fixture->store);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GError) error = NULL;
  GtkSpinButton *spin;
  OvPolicy stored;
  CountCheck count;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("policy"));
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->main_stack), ==, "policy");

  /* Every setting is on the page, a supervisor may change them, and nothing is to save. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  spin = ui_test_child (row, OV_TYPE_POLICY_SETTING_ROW, "spin_button");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (spin)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 2);
  g_assert_false (ov_policy_page_get_modified (page));

  /* Due soon from 30 days ahead instead of 2. */
  gtk_spin_button_set_value (spin, 30);
  g_assert_true (ov_policy_page_get_modified (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.save", NULL));
  g_assert_false (ov_policy_page_get_modified (page));
  g_assert_false (gtk_widget_get_visible (ui_test_child (page, OV_TYPE_POLICY_PAGE,
                                                         "error_banner")));

  /* It is in the database, for anyone who opens it. */
  second = ov_store_open (fixture->path, &error);
  g_assert_no_error (error);
  ov_store_load_policy (second, &stored);
  g_assert_cmpint (stored.due_soon_days, ==, 30);

  /* And the dashboard follows the new policy: more is due soon. */
  after = check_today (fixture->store);
  g_assert_cmpuint (after->len, >, before->len);
  count = (CountCheck) { fixture, after->len };
  g_assert_true (ui_test_wait_until (shown_count_is, &count));
  for (guint i = 0; i < after->len; i++)
    {
      g_autoptr(OvFinding) finding = shown_finding (fixture, i);

      g_assert_true (same_finding (finding, g_ptr_array_index (after, i)));
    }
}

static void
test_policy_reset_and_read_only (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  OvPolicyPage *page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "policy_page");
  OvPolicySettingRow *row = policy_row (page, "review-interval-days");
  GtkSpinButton *spin = ui_test_child (row, OV_TYPE_POLICY_SETTING_ROW, "spin_button");
  g_autoptr(GError) error = NULL;
  OvPolicy stored;

  /* Reset to defaults shows the defaults; only Save stores them. */
  gtk_spin_button_set_value (spin, 14);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.save", NULL));
  ov_store_load_policy (fixture->store, &stored);
  g_assert_cmpint (stored.review_interval_days, ==, 14);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.reset", NULL));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 28);
  ov_store_load_policy (fixture->store, &stored);
  g_assert_cmpint (stored.review_interval_days, ==, 14);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.save", NULL));
  ov_store_load_policy (fixture->store, &stored);
  g_assert_cmpint (stored.review_interval_days, ==, 28);

  /* Someone who is not a supervisor sees the policy and cannot change it. */
  ov_store_set_account (fixture->store, "not-a-supervisor");
  ui_test_flush ();
  g_assert_false (ov_store_current_user_is_supervisor (fixture->store));
  g_assert_true (gtk_widget_get_visible (ui_test_child (page, OV_TYPE_POLICY_PAGE,
                                                        "read_only_banner")));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (spin)));
  gtk_spin_button_set_value (spin, 10);
  gtk_widget_activate_action (GTK_WIDGET (page), "policy.save", NULL);
  ov_store_load_policy (fixture->store, &stored);
  g_assert_cmpint (stored.review_interval_days, ==, 28);
}

/* The badge of the Findings column on the row showing @reference. */
static OvFindingsBadge *
badge_for (GtkWidget  *column_view,
           const char *reference)
{
  GtkWidget *label = ui_test_find_label (column_view, reference);

  /* Up from the reference to the row, which holds the badge too. */
  for (GtkWidget *widget = label; widget != NULL && widget != column_view;
       widget = gtk_widget_get_parent (widget))
    {
      OvFindingsBadge *badge = find_descendant (widget, OV_TYPE_FINDINGS_BADGE);

      if (badge != NULL)
        return badge;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *column_view;
  const char *reference;
  guint       n_overdue;
} BadgeCheck;

static gboolean
badge_shows (gpointer data)
{
  BadgeCheck *check = data;
  OvFindingsBadge *badge = badge_for (check->column_view, check->reference);

  return badge != NULL && ov_findings_badge_get_n_overdue (badge) == check->n_overdue;
}

static void
test_case_list_counts (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GPtrArray) findings = check_today (fixture->store);
  OvCasesPage *cases_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "cases_page");
  GtkWidget *column_view = ui_test_child (cases_page, OV_TYPE_CASES_PAGE, "column_view");
  GtkEditable *search = ui_test_child (cases_page, OV_TYPE_CASES_PAGE, "search_entry");
  OvFinding *first = g_ptr_array_index (findings, 0);
  const char *reference = ov_finding_get_case_reference (first);
  g_autofree char *text = NULL;
  BadgeCheck check = { column_view, reference, 0 };
  OvFindingsBadge *badge;

  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);

      if (ov_finding_get_case_id (finding) == ov_finding_get_case_id (first) &&
          ov_finding_get_severity (finding) == OV_SEVERITY_OVERDUE)
        check.n_overdue++;
    }
  g_assert_cmpuint (check.n_overdue, >, 0);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-page",
                                  g_variant_new_string ("cases"));
  gtk_editable_set_text (search, reference);
  g_assert_true (ui_test_wait_until (badge_shows, &check));

  /* Said in words on the row, not by colour alone. */
  badge = badge_for (column_view, reference);
  text = g_strdup_printf ("%u overdue", check.n_overdue);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (badge), text));
}

static void
test_case_page_findings (Fixture       *fixture,
                         gconstpointer  user_data)
{
  OvCasePage *case_page = ui_test_child (fixture->window, OV_TYPE_WINDOW, "case_page");
  GtkStack *sections = ui_test_child (case_page, OV_TYPE_CASE_PAGE, "section_stack");
  guint position = find_shown_rule (fixture, "overdue-action");
  g_autoptr(OvFinding) finding = shown_finding (fixture, position);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  OvCaseFindings *case_findings;
  GListModel *shown;
  GtkWidget *list_box;
  GtkListBoxRow *row = NULL;
  OvPolicy policy;
  guint n;

  g_signal_emit_by_name (dashboard_child (fixture, "findings_view"), "activate", position);
  assert_case_shown_at (fixture, finding);

  /* Across the top of the case, whatever section is shown: the findings on this case. */
  ov_store_load_policy (fixture->store, &policy);
  expected = ov_compliance_check (fixture->store, &policy, today,
                                  ov_finding_get_case_id (finding), &error);
  g_assert_no_error (error);
  case_findings = find_descendant (GTK_WIDGET (case_page), OV_TYPE_CASE_FINDINGS);
  g_assert_nonnull (case_findings);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (case_findings)));
  shown = ov_case_findings_get_findings (case_findings);
  n = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n, ==, expected->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvFinding) on_page = g_list_model_get_item (shown, i);

      g_assert_true (same_finding (on_page, g_ptr_array_index (expected, i)));
    }
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (case_findings),
                                        ov_finding_get_message (finding)));

  /* From the details, a finding's row goes to its section. */
  gtk_widget_activate_action (GTK_WIDGET (case_page), "case.show-section", "s",
                              OV_SECTION_DETAILS);
  list_box = find_descendant (GTK_WIDGET (case_findings), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list_box);
  for (guint i = 0; i < n && row == NULL; i++)
    {
      GtkListBoxRow *candidate = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), i);
      GtkWidget *child = gtk_list_box_row_get_child (candidate);
      OvFinding *on_row = ov_finding_row_get_finding (OV_FINDING_ROW (child));

      if (same_finding (on_row, finding))
        row = candidate;
    }
  g_assert_nonnull (row);
  g_signal_emit_by_name (list_box, "row-activated", row);
  ui_test_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, OV_SECTION_ACTIONS);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/dashboard/opens-on-findings", Fixture, NULL,
              fixture_set_up, test_opens_on_findings, fixture_tear_down);
  g_test_add ("/ui/dashboard/filters", Fixture, NULL,
              fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/ui/dashboard/action-done-leaves", Fixture, NULL,
              fixture_set_up, test_action_done_leaves, fixture_tear_down);
  g_test_add ("/ui/dashboard/finding-opens-case", Fixture, NULL,
              fixture_set_up, test_activate_opens_case, fixture_tear_down);
  g_test_add ("/ui/dashboard/policy-saved", Fixture, NULL,
              fixture_set_up, test_policy_saved, fixture_tear_down);
  g_test_add ("/ui/dashboard/policy-reset-and-read-only", Fixture, NULL,
              fixture_set_up, test_policy_reset_and_read_only, fixture_tear_down);
  g_test_add ("/ui/dashboard/case-page-findings", Fixture, NULL,
              fixture_set_up, test_case_page_findings, fixture_tear_down);
  g_test_add ("/ui/dashboard/case-list-counts", Fixture, NULL,
              fixture_set_up, test_case_list_counts, fixture_tear_down);

  return g_test_run ();
}
