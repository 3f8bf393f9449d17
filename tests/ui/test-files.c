/* test-files.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every interface file in the resource loads: each template builds its widget, the
 * shortcuts window builds, and the style sheet parses.
 */

#define G_LOG_DOMAIN "test-ui-files"

#include "config.h"

#include "ov-action-check-row.h"
#include "ov-action-dialog.h"
#include "ov-actions-section.h"
#include "ov-addendum-dialog.h"
#include "ov-allocation-dialog.h"
#include "ov-allocation-row.h"
#include "ov-attendee-row.h"
#include "ov-case-findings.h"
#include "ov-case-page.h"
#include "ov-cases-page.h"
#include "ov-code-right-row.h"
#include "ov-contact-row.h"
#include "ov-conflict-dialog.h"
#include "ov-conflicts-panel.h"
#include "ov-dashboard-page.h"
#include "ov-decision-dialog.h"
#include "ov-decision-row.h"
#include "ov-decisions-section.h"
#include "ov-disclosure-dialog.h"
#include "ov-endorse-dialog.h"
#include "ov-export-bundle-dialog.h"
#include "ov-finding-row.h"
#include "ov-findings-badge.h"
#include "ov-import-bundle-dialog.h"
#include "ov-line-of-enquiry-row.h"
#include "ov-new-review-dialog.h"
#include "ov-nrm-dialog.h"
#include "ov-partner-picker.h"
#include "ov-partners-page.h"
#include "ov-people-section.h"
#include "ov-person-detail.h"
#include "ov-person-dialog.h"
#include "ov-person-row.h"
#include "ov-plan-agency-row.h"
#include "ov-policy-page.h"
#include "ov-policy-setting-row.h"
#include "ov-reception-plans-page.h"
#include "ov-readiness-page.h"
#include "ov-record-dialog.h"
#include "ov-record-editor.h"
#include "ov-records-page.h"
#include "ov-recovery-dialog.h"
#include "ov-referral-dialog.h"
#include "ov-referrals-panel.h"
#include "ov-restore-dialog.h"
#include "ov-reveal-dialog.h"
#include "ov-review-editor.h"
#include "ov-review-line-row.h"
#include "ov-reviews-section.h"
#include "ov-risk-assessment-dialog.h"
#include "ov-risk-panel.h"
#include "ov-setup-dialog.h"
#include "ov-staff-page.h"
#include "ov-strategy-section.h"
#include "ov-summary-row.h"
#include "ov-support-dialog.h"
#include "ov-support-panel.h"
#include "ov-victim-strategy-editor.h"
#include "ov-window.h"
#include "ui-test-helpers.h"

#define UI_PATH RESOURCE_BASE "/ui"

/* "ov-case-page.ui" is the template of OvCasePage. */
static char *
type_name_for_file (const char *file_name)
{
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean upper = TRUE;

  for (const char *p = file_name; *p != '\0' && *p != '.'; p++)
    {
      if (*p == '-')
        upper = TRUE;
      else
        {
          g_string_append_c (name, upper ? g_ascii_toupper (*p) : *p);
          upper = FALSE;
        }
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
test_templates_build (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  guint n_templates = 0;

  /* Make the template classes known by name. */
  g_type_ensure (OV_TYPE_ACTIONS_SECTION);
  g_type_ensure (OV_TYPE_ACTION_CHECK_ROW);
  g_type_ensure (OV_TYPE_ACTION_DIALOG);
  g_type_ensure (OV_TYPE_ADDENDUM_DIALOG);
  g_type_ensure (OV_TYPE_ALLOCATION_DIALOG);
  g_type_ensure (OV_TYPE_ALLOCATION_ROW);
  g_type_ensure (OV_TYPE_ATTENDEE_ROW);
  g_type_ensure (OV_TYPE_CASES_PAGE);
  g_type_ensure (OV_TYPE_CASE_FINDINGS);
  g_type_ensure (OV_TYPE_CASE_PAGE);
  g_type_ensure (OV_TYPE_CODE_RIGHT_ROW);
  g_type_ensure (OV_TYPE_CONTACT_ROW);
  g_type_ensure (OV_TYPE_CONFLICT_DIALOG);
  g_type_ensure (OV_TYPE_CONFLICTS_PANEL);
  g_type_ensure (OV_TYPE_DASHBOARD_PAGE);
  g_type_ensure (OV_TYPE_DECISIONS_SECTION);
  g_type_ensure (OV_TYPE_DECISION_DIALOG);
  g_type_ensure (OV_TYPE_DECISION_ROW);
  g_type_ensure (OV_TYPE_DISCLOSURE_DIALOG);
  g_type_ensure (OV_TYPE_ENDORSE_DIALOG);
  g_type_ensure (OV_TYPE_EXPORT_BUNDLE_DIALOG);
  g_type_ensure (OV_TYPE_FINDINGS_BADGE);
  g_type_ensure (OV_TYPE_FINDING_ROW);
  g_type_ensure (OV_TYPE_IMPORT_BUNDLE_DIALOG);
  g_type_ensure (OV_TYPE_LINE_OF_ENQUIRY_ROW);
  g_type_ensure (OV_TYPE_NEW_REVIEW_DIALOG);
  g_type_ensure (OV_TYPE_NRM_DIALOG);
  g_type_ensure (OV_TYPE_PARTNER_PICKER);
  g_type_ensure (OV_TYPE_PARTNERS_PAGE);
  g_type_ensure (OV_TYPE_PEOPLE_SECTION);
  g_type_ensure (OV_TYPE_PERSON_DETAIL);
  g_type_ensure (OV_TYPE_PERSON_DIALOG);
  g_type_ensure (OV_TYPE_PERSON_ROW);
  g_type_ensure (OV_TYPE_PLAN_AGENCY_ROW);
  g_type_ensure (OV_TYPE_POLICY_PAGE);
  g_type_ensure (OV_TYPE_POLICY_SETTING_ROW);
  g_type_ensure (OV_TYPE_RECEPTION_PLANS_PAGE);
  g_type_ensure (OV_TYPE_READINESS_PAGE);
  g_type_ensure (OV_TYPE_RECORD_DIALOG);
  g_type_ensure (OV_TYPE_RECORD_EDITOR);
  g_type_ensure (OV_TYPE_RECORDS_PAGE);
  g_type_ensure (OV_TYPE_RECOVERY_DIALOG);
  g_type_ensure (OV_TYPE_REFERRALS_PANEL);
  g_type_ensure (OV_TYPE_REFERRAL_DIALOG);
  g_type_ensure (OV_TYPE_RESTORE_DIALOG);
  g_type_ensure (OV_TYPE_REVEAL_DIALOG);
  g_type_ensure (OV_TYPE_REVIEWS_SECTION);
  g_type_ensure (OV_TYPE_REVIEW_EDITOR);
  g_type_ensure (OV_TYPE_REVIEW_LINE_ROW);
  g_type_ensure (OV_TYPE_RISK_ASSESSMENT_DIALOG);
  g_type_ensure (OV_TYPE_RISK_PANEL);
  g_type_ensure (OV_TYPE_SETUP_DIALOG);
  g_type_ensure (OV_TYPE_STAFF_PAGE);
  g_type_ensure (OV_TYPE_STRATEGY_SECTION);
  g_type_ensure (OV_TYPE_SUMMARY_ROW);
  g_type_ensure (OV_TYPE_SUPPORT_DIALOG);
  g_type_ensure (OV_TYPE_SUPPORT_PANEL);
  g_type_ensure (OV_TYPE_VICTIM_STRATEGY_EDITOR);
  g_type_ensure (OV_TYPE_WINDOW);

  files = g_resources_enumerate_children (UI_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *type_name = NULL;
      GType type;
      GObject *object;

      if (!g_str_has_suffix (files[i], ".ui"))
        continue;

      type_name = type_name_for_file (files[i]);
      type = g_type_from_name (type_name);
      g_test_message ("%s: %s", files[i], type_name);
      g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));

      object = g_object_new (type, NULL);
      g_assert_true (GTK_IS_WIDGET (object));
      /* The template was applied: the widget has the children its file declares. */
      g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (object)));
      if (GTK_IS_WINDOW (object))
        gtk_window_destroy (GTK_WINDOW (object));
      else
        g_object_unref (g_object_ref_sink (object));
      n_templates++;
    }

  g_assert_cmpuint (n_templates, ==, 59);
}

static void
test_help_overlay_builds (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  GObject *overlay;

  builder = gtk_builder_new ();
  gtk_builder_add_from_resource (builder, RESOURCE_BASE "/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
on_parsing_error (GtkCssProvider *provider,
                  GtkCssSection  *section,
                  GError         *error,
                  gpointer        user_data)
{
  g_autofree char *where = gtk_css_section_to_string (section);

  g_test_message ("%s: %s", where, error->message);
  *(guint *) user_data += 1;
}

static void
test_style_sheet_parses (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  guint n_errors = 0;

  g_signal_connect (provider, "parsing-error", G_CALLBACK (on_parsing_error), &n_errors);
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  g_assert_cmpuint (n_errors, ==, 0);
}

static void
test_icon_in_resource (void)
{
  g_autoptr(GBytes) icon = NULL;
  g_autoptr(GError) error = NULL;

  icon = g_resources_lookup_data (RESOURCE_BASE "/icons/scalable/apps/" APPLICATION_ID ".svg",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (icon), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/files/templates-build", test_templates_build);
  g_test_add_func ("/ui/files/help-overlay-builds", test_help_overlay_builds);
  g_test_add_func ("/ui/files/style-sheet-parses", test_style_sheet_parses);
  g_test_add_func ("/ui/files/icon-in-resource", test_icon_in_resource);

  return g_test_run ();
}
