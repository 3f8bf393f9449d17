/* ov-report-reception-plan.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The victim reception centre plan, printed for an operation briefing: the venue and
 * capacity, how the centre is opened and escalated, the agencies attending with their
 * roles and how to reach them (in and out of hours), interpreters, health screening,
 * welfare and onward support, the local resilience forum agreement, the last exercise
 * and its lessons, and what has lapsed. Every section is printed, saying so where
 * nothing is recorded, so that a gap shows on paper too.
 */

#define G_LOG_DOMAIN "ov-report-reception-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-compliance.h"
#include "ov-enum-types.h"
#include "ov-partners.h"
#include "ov-reports.h"
#include "ov-settings.h"
#include "ov-staff.h"
#include "ov-util.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static void
add_date_field (OvReportDocument *document,
                const char       *label,
                const char       *date)
{
  g_autofree char *formatted = ov_str_empty (date) ? NULL : ov_format_date (date);

  ov_report_document_add_field (document, label, formatted);
}

/* A section of free text, or a note that nothing is recorded. */
static void
add_section (OvReportDocument *document,
             const char       *heading,
             const char       *text)
{
  ov_report_document_add_heading (document, 1, heading);
  if (ov_str_empty (text))
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                      _("Nothing is recorded for this section of the plan."));
  else
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NORMAL, text);
}

/* How to reach a partner: each contact with role, phone, email and out-of-hours number. */
static char *
describe_contacts (GPtrArray *contacts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < contacts->len; i++)
    {
      OvPartnerContact *contact = g_ptr_array_index (contacts, i);
      const char *parts[] = {
        ov_partner_contact_get_role (contact),
        ov_partner_contact_get_phone (contact),
        ov_partner_contact_get_email (contact),
      };

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, ov_partner_contact_get_name (contact));
      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        {
          if (!ov_str_empty (parts[j]))
            g_string_append_printf (text, ", %s", parts[j]);
        }
      if (!ov_str_empty (ov_partner_contact_get_out_of_hours (contact)))
        /* Translators: after a contact's details, e.g. ", out of hours: 0300 555 0199" */
        g_string_append_printf (text, _(", out of hours: %s"),
                                ov_partner_contact_get_out_of_hours (contact));
    }
  return g_string_free (text, FALSE);
}

static gboolean
add_agencies (OvReportDocument  *document,
              OvStore           *store,
              OvReceptionPlan   *plan,
              GError           **error)
{
  g_autoptr(GPtrArray) agencies = NULL;
  const char *headers[] = { _("Agency"), _("Type"), _("Role at the centre"), _("Contacts") };
  const double widths[] = { 1.6, 1.3, 1.7, 2.6 };

  agencies = ov_store_list_plan_agencies (store, id_of (plan), error);
  if (agencies == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 1, _("Agencies attending"));
  if (agencies->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No agencies are named in the plan."));
      return TRUE;
    }

  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < agencies->len; i++)
    {
      OvReceptionPlanAgency *agency = g_ptr_array_index (agencies, i);
      gint64 partner_id = ov_reception_plan_agency_get_partner_id (agency);
      g_autoptr(OvPartner) partner = NULL;
      g_autoptr(GPtrArray) contacts = NULL;
      g_autofree char *contact_text = NULL;
      const char *type = _("Not in the partner register");
      const char *cells[4];

      if (partner_id > 0)
        {
          partner = ov_store_load (store, OV_TYPE_PARTNER, partner_id, error);
          if (partner == NULL)
            return FALSE;
          contacts = ov_store_list_partner_contacts (store, partner_id, error);
          if (contacts == NULL)
            return FALSE;
          type = ov_enum_get_label (OV_TYPE_PARTNER_TYPE, ov_partner_get_partner_type (partner));
          contact_text = describe_contacts (contacts);
        }

      cells[0] = ov_reception_plan_agency_get_display_name (agency);
      cells[1] = type;
      cells[2] = ov_reception_plan_agency_get_role (agency);
      cells[3] = contact_text;
      ov_report_document_add_row (document, cells);
    }
  return TRUE;
}

static gboolean
add_lapses (OvReportDocument  *document,
            OvStore           *store,
            OvReceptionPlan   *plan,
            const char        *as_of,
            GError           **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  OvPolicy policy;
  guint shown = 0;

  ov_store_load_policy (store, &policy);
  findings = ov_compliance_check (store, &policy, as_of, 0, error);
  if (findings == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 1, _("Readiness"));
  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *due = NULL;
      g_autofree char *note = NULL;

      if (g_strcmp0 (ov_finding_get_subject_kind (finding), OV_SUBJECT_RECEPTION_PLAN) != 0 ||
          ov_finding_get_subject_id (finding) != id_of (plan))
        continue;
      if (shown++ == 0)
        ov_report_document_begin_checks (document);
      due = ov_format_date (ov_finding_get_due_on (finding));
      /* Translators: under a lapse in a printed plan, e.g. "Due 27 Nov 2026" */
      note = g_strdup_printf (_("Due %s"), due);
      ov_report_document_add_check (document, OV_REPORT_CHECK_NO,
                                    ov_finding_get_message (finding), note);
    }
  if (shown == 0)
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("The plan is agreed, reviewed and exercised within the "
                                        "force’s policy."));
  return TRUE;
}

/**
 * ov_report_build_reception_plan:
 * @given: the plan; the report shows it as stored
 * @as_of: (nullable): the date to show lapses as of, YYYY-MM-DD, or %NULL for today
 *
 * Builds the printed victim reception centre plan, with every section.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
OvReportDocument *
ov_report_build_reception_plan (OvStore          *store,
                                OvReceptionPlan  *given,
                                const char       *as_of,
                                GError          **error)
{
  g_autoptr(OvReceptionPlan) plan = NULL;
  g_autoptr(OvReportDocument) document = NULL;
  g_autofree char *today = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *printed_at = ov_format_timestamp (now);
  g_autofree char *capacity = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *subject = NULL;
  OvStaff *user;
  const char *name;
  const char *scope;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (given), NULL);

  plan = ov_store_load (store, OV_TYPE_RECEPTION_PLAN, id_of (given), error);
  if (plan == NULL)
    return NULL;
  if (as_of == NULL)
    as_of = today = ov_today_local ();

  name = ov_reception_plan_get_name (plan);
  scope = ov_enum_get_label (OV_TYPE_PLAN_SCOPE, ov_reception_plan_get_scope (plan));
  user = ov_store_get_current_user (store);

  document = ov_report_document_new (_("Victim reception centre plan"));
  /* The plan stands where a case would: its name heads every page, its uuid is what the
   * audit log records the print against. */
  ov_report_document_set_case_reference (document, name);
  ov_report_document_set_case_uuid (document, ov_record_get_uuid (OV_RECORD (plan)));
  /* Translators: under the title of a printed plan, e.g. "Northshire force plan\n
   * Pre-planned and spontaneous" */
  subtitle = g_strdup_printf (_("%s\n%s"), name, scope);
  ov_report_document_set_subtitle (document, subtitle);
  /* Translators: for the PDF and the audit log, e.g. "Victim reception centre plan
   * “Northshire force plan”" */
  subject = g_strdup_printf (_("Victim reception centre plan “%s”"), name);
  ov_report_document_set_subject (document, subject);
  ov_report_document_set_printed_by (document,
                                     user != NULL ? ov_staff_get_name (user)
                                     : ov_store_get_account (store) != NULL
                                     ? ov_store_get_account (store) : g_get_user_name ());
  ov_report_document_set_printed_at (document, printed_at);
  ov_report_document_set_marking (document, OV_REPORT_MARKING);

  ov_report_document_add_heading (document, 1, _("The plan"));
  capacity = ov_reception_plan_get_capacity (plan) > 0
             ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people",
                                             ov_reception_plan_get_capacity (plan)),
                                ov_reception_plan_get_capacity (plan))
             : NULL;
  ov_report_document_begin_fields (document);
  ov_report_document_add_field (document, _("Name"), name);
  ov_report_document_add_field (document, _("Scope"), scope);
  ov_report_document_add_field (document, _("Venue"), ov_reception_plan_get_venue (plan));
  ov_report_document_add_field (document, _("Capacity"), capacity);
  add_date_field (document, _("Review due"), ov_reception_plan_get_review_due_on (plan));

  ov_report_document_add_heading (document, 1, _("Local resilience forum agreement"));
  if (ov_str_empty (ov_reception_plan_get_lrf_agreed_on (plan)))
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                      _("The plan has not been agreed with partners through "
                                        "the local resilience forum."));
  ov_report_document_begin_fields (document);
  add_date_field (document, _("Agreed on"), ov_reception_plan_get_lrf_agreed_on (plan));
  ov_report_document_add_field (document, _("Reference"),
                                ov_reception_plan_get_lrf_reference (plan));

  add_section (document, _("Activation"), ov_reception_plan_get_activation (plan));
  add_section (document, _("Escalation"), ov_reception_plan_get_escalation (plan));
  if (!add_agencies (document, store, plan, error))
    return NULL;
  add_section (document, _("Interpreters"), ov_reception_plan_get_interpreters (plan));
  add_section (document, _("Health screening"), ov_reception_plan_get_health_screening (plan));
  add_section (document, _("Welfare"), ov_reception_plan_get_welfare (plan));
  add_section (document, _("Onward support"), ov_reception_plan_get_onward_support (plan));

  ov_report_document_add_heading (document, 1, _("Last exercised or used"));
  if (ov_str_empty (ov_reception_plan_get_last_exercised_on (plan)))
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                      _("The plan has never been exercised or used."));
  else
    {
      ov_report_document_begin_fields (document);
      add_date_field (document, _("Date"), ov_reception_plan_get_last_exercised_on (plan));
      ov_report_document_add_field (document, _("Lessons"), ov_reception_plan_get_lessons (plan));
    }

  if (!add_lapses (document, store, plan, as_of, error))
    return NULL;

  ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE, _("End of plan."));
  return g_steal_pointer (&document);
}
