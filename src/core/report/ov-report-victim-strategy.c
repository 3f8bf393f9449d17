/* ov-report-victim-strategy.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The victim strategy report: the case, then for each victim what a partner, a meeting or
 * the case file needs — identity as permitted, support, the agreed strategy with the
 * Victims' Code tracker, risk with its endorsements, safeguarding, the NRM, what is overdue,
 * and who agreed and endorsed what, when. Restricted details appear only when the caller
 * gives a reason to include them, and revealing them is audited with that reason.
 */

#define G_LOG_DOMAIN "ov-report-victim-strategy"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-compliance.h"
#include "ov-enum-types.h"
#include "ov-report-builder.h"
#include "ov-report-export.h"
#include "ov-reports.h"
#include "ov-settings.h"
#include "ov-util.h"
#include "ov-victims.h"

/* One line of the supervisory oversight table. */
typedef struct
{
  const char *when;   /* stored UTC time, so entries sort in the order they happened */
  const char *what;
  const char *who;
} OversightEntry;

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

/* The strings are copied: the records they come from do not outlive their section. */
static void
add_oversight_entry (OvReportBuilder *builder,
                     GArray          *oversight,
                     const char      *when,
                     const char      *what,
                     const char      *who)
{
  OversightEntry entry = {
    _ov_report_builder_keep (builder, g_strdup (when)),
    _ov_report_builder_keep (builder, g_strdup (what)),
    _ov_report_builder_keep (builder, g_strdup (who)),
  };

  g_array_append_val (oversight, entry);
}

static void
add_identity (OvReportBuilder  *builder,
              OvPerson         *person,
              const char       *restricted_reason,
              GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(OvPersonRestricted) restricted = NULL;

  ov_report_document_add_heading (document, 2, _("Identity"));
  ov_report_document_add_field (document, _("Name"), ov_person_get_name (person));
  if (ov_person_get_pseudonym (person))
    ov_report_document_add_field (document, _("Name recorded as"), _("A pseudonym"));
  ov_report_document_add_field (document, _("Recorded as"),
                                _ov_report_builder_flags (builder, OV_TYPE_PERSON_ROLE,
                                                          ov_person_get_roles (person)));
  ov_report_document_add_field (document, _("Date of birth"),
                                _ov_report_builder_when (builder,
                                                         ov_person_get_date_of_birth (person)));
  ov_report_document_add_field (document, _("Age status"),
                                _ov_report_builder_enum (OV_TYPE_AGE_STATUS,
                                                         ov_person_get_age_status (person)));
  ov_report_document_add_field (document, _("Gender"),
                                _ov_report_builder_enum (OV_TYPE_GENDER,
                                                         ov_person_get_gender (person)));
  ov_report_document_add_field (document, _("Nationality"), ov_person_get_nationality (person));
  ov_report_document_add_field (document, _("Languages"), ov_person_get_languages (person));
  ov_report_document_add_field (document, _("Interpreter needed"),
                                _ov_report_builder_yes_no (ov_person_get_interpreter_needed (person)));
  ov_report_document_add_field (document, _("Care and support needs"),
                                _ov_report_builder_enum (OV_TYPE_CARE_NEEDS,
                                                         ov_person_get_care_needs (person)));
  ov_report_document_add_field (document, _("Exploitation"),
                                _ov_report_builder_flags (builder, OV_TYPE_EXPLOITATION,
                                                          ov_person_get_exploitation_types (person)));
  ov_report_document_add_field (document, _("Identified on"),
                                _ov_report_builder_when (builder,
                                                         ov_person_get_identified_on (person)));
  ov_report_document_add_field (document, _("Current status"),
                                _ov_report_builder_enum (OV_TYPE_PERSON_STATUS,
                                                         ov_person_get_status (person)));
  if (ov_person_has_role (person, OV_PERSON_ROLE_SUSPECT))
    {
      ov_report_document_add_field (document, _("Section 45 defence"),
                                    _ov_report_builder_enum (OV_TYPE_S45_DECISION,
                                                             ov_person_get_s45_decision (person)));
      if (!ov_str_empty (ov_person_get_s45_decided_on (person)))
        ov_report_document_add_field (document, _("Section 45 considered on"),
                                      _ov_report_builder_when (builder,
                                                               ov_person_get_s45_decided_on (person)));
      if (!ov_str_empty (ov_person_get_s45_rationale (person)))
        ov_report_document_add_field (document, _("Section 45 rationale"),
                                      ov_person_get_s45_rationale (person));
    }

  if (restricted_reason == NULL)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                        _("Address and contact details are restricted and "
                                          "are not included in this report."));
      return;
    }

  restricted = ov_store_reveal_restricted (builder->store, person, restricted_reason, error);
  if (restricted == NULL)
    return;

  ov_report_document_add_heading (document, 3, _("Restricted details"));
  ov_report_document_add_field (document, _("Address"),
                                ov_person_restricted_get_address (restricted));
  ov_report_document_add_field (document, _("Telephone"),
                                ov_person_restricted_get_phone (restricted));
  ov_report_document_add_field (document, _("Email"), ov_person_restricted_get_email (restricted));
  ov_report_document_add_field (document, _("Notes"), ov_person_restricted_get_notes (restricted));
  ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                    _ov_report_builder_keep (builder,
                                      g_strdup_printf (_("Included at the request of %s, who "
                                                         "gave the reason: %s"),
                                                       ov_report_document_get_printed_by (document),
                                                       restricted_reason)));
}

static gboolean
add_support (OvReportBuilder  *builder,
             OvPerson         *person,
             GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) support = NULL;
  const char *headers[] = { _("Role"), _("Name"), _("Organisation"), _("From"), _("Until"),
                            _("Lead") };
  const double widths[] = { 1.9, 1.7, 1.8, 1.0, 1.0, 0.6 };
  int role = 0;

  support = ov_store_list_victim_support (builder->store, id_of (person), error);
  if (support == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 2, _("Lead contact and support"));
  if (ov_str_empty (ov_person_get_lead_contact (person)))
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No MSVLO, victim navigator or single point of "
                                          "contact is named as lead contact."));
    }
  else
    {
      ov_report_document_add_field (document, _("Lead contact"),
                                    ov_person_get_lead_contact (person));
      if (ov_enum_from_nick (OV_TYPE_SUPPORT_ROLE, ov_person_get_lead_contact_role (person),
                             &role))
        ov_report_document_add_field (document, _("Role"),
                                      _ov_report_builder_enum (OV_TYPE_SUPPORT_ROLE, role));
    }

  if (support->len == 0)
    return TRUE;

  ov_report_document_add_heading (document, 3, _("Support history"));
  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < support->len; i++)
    {
      OvVictimSupport *entry = g_ptr_array_index (support, i);
      const char *cells[] = {
        _ov_report_builder_enum (OV_TYPE_SUPPORT_ROLE, ov_victim_support_get_role (entry)),
        ov_victim_support_get_display_name (entry),
        ov_victim_support_get_provider_name (entry),
        _ov_report_builder_when (builder, ov_victim_support_get_starts_on (entry)),
        _ov_report_builder_when (builder, ov_victim_support_get_ends_on (entry)),
        ov_victim_support_get_lead (entry) ? _("Lead") : "",
      };

      ov_report_document_add_row (document, cells);
    }
  return TRUE;
}

static gboolean
add_code_tracker (OvReportBuilder   *builder,
                  OvVictimStrategy  *strategy,
                  GError           **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) rights = NULL;
  const char *headers[] = { _("Right"), _("Status"), _("Met on"), _("Evidence or reason") };
  const double widths[] = { 3.1, 1.15, 1.2, 2.9 };

  rights = ov_store_list_code_rights (builder->store, id_of (strategy), error);
  if (rights == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 2, _("Victims’ Code tracker"));
  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < rights->len; i++)
    {
      OvVictimCodeRight *right = g_ptr_array_index (rights, i);
      const char *evidence = ov_victim_code_right_get_evidence (right);
      const char *reason = ov_victim_code_right_get_reason (right);
      const char *cells[] = {
        _ov_report_builder_enum (OV_TYPE_VICTIM_RIGHT, ov_victim_code_right_get_code_right (right)),
        _ov_report_builder_enum (OV_TYPE_RIGHT_STATUS, ov_victim_code_right_get_status (right)),
        _ov_report_builder_when (builder, ov_victim_code_right_get_met_on (right)),
        !ov_str_empty (evidence) ? evidence : reason,
      };

      ov_report_document_add_row (document, cells);
    }
  return TRUE;
}

static gboolean
add_strategy (OvReportBuilder  *builder,
              OvPerson         *person,
              GArray           *oversight,
              GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) versions = NULL;
  OvVictimStrategy *shown = NULL;
  OvVictimStrategy *newest = NULL;
  OvEnhancedReason enhanced;
  gint64 every;

  versions = ov_store_list_victim_strategies (builder->store, id_of (person), error);
  if (versions == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 2, _("Victim strategy"));
  if (versions->len > 0)
    newest = g_ptr_array_index (versions, 0);
  for (guint i = 0; i < versions->len && shown == NULL; i++)
    {
      if (ov_victim_strategy_is_agreed (g_ptr_array_index (versions, i)))
        shown = g_ptr_array_index (versions, i);
    }
  for (guint i = 0; i < versions->len; i++)
    {
      OvVictimStrategy *version = g_ptr_array_index (versions, i);

      if (ov_victim_strategy_is_agreed (version))
        add_oversight_entry (builder, oversight, ov_victim_strategy_get_agreed_at (version),
                             _ov_report_builder_keep (builder,
                               g_strdup_printf (_("Victim strategy version %" G_GINT64_FORMAT
                                                  " agreed"),
                                                ov_victim_strategy_get_version (version))),
                             ov_victim_strategy_get_agreed_by_name (version));
    }

  if (newest == NULL)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No victim strategy is recorded for this victim."));
      return TRUE;
    }

  if (shown != NULL)
    {
      const char *agreed_at = _ov_report_builder_when (builder,
                                                       ov_victim_strategy_get_agreed_at (shown));

      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                        _ov_report_builder_printf (builder,
                                          _("Version %" G_GINT64_FORMAT ", agreed by %s on %s."),
                                          ov_victim_strategy_get_version (shown),
                                          ov_victim_strategy_get_agreed_by_name (shown),
                                          agreed_at));
      if (newest != shown)
        ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                          _ov_report_builder_printf (builder,
                                            _("Draft version %" G_GINT64_FORMAT " is in progress "
                                              "and not yet agreed; it is not shown."),
                                            ov_victim_strategy_get_version (newest)));
    }
  else
    {
      shown = newest;
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _ov_report_builder_printf (builder,
                                          _("No version of this victim strategy has been "
                                            "agreed. What follows is draft version %"
                                            G_GINT64_FORMAT ", not agreed by a supervisor."),
                                          ov_victim_strategy_get_version (shown)));
    }

  every = ov_victim_strategy_get_update_frequency_days (shown);
  enhanced = ov_victim_strategy_get_enhanced_reasons (shown);
  ov_report_document_add_field (document, _("Updates to the victim"),
                                every > 0
                                ? _ov_report_builder_printf (builder,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "Every %" G_GINT64_FORMAT " day",
                                                 "Every %" G_GINT64_FORMAT " days",
                                                 (gulong) every),
                                    every)
                                : NULL);
  ov_report_document_add_field (document, _("Enhanced rights"),
                                enhanced == 0
                                ? _("Not entitled")
                                : _ov_report_builder_flags (builder, OV_TYPE_ENHANCED_REASON,
                                                            enhanced));
  ov_report_document_add_field (document, _("Contact arrangements"),
                                ov_victim_strategy_get_contact_arrangements (shown));
  ov_report_document_add_field (document, _("Communication needs"),
                                ov_victim_strategy_get_communication_needs (shown));
  ov_report_document_add_field (document, _("Special measures"),
                                ov_victim_strategy_get_special_measures (shown));
  ov_report_document_add_field (document, _("Support services"),
                                ov_victim_strategy_get_support_services (shown));
  ov_report_document_add_field (document, _("Drafted by"),
                                ov_victim_strategy_get_author_name (shown));
  _ov_report_builder_add_text (builder, _("Safeguarding plan"),
                               ov_victim_strategy_get_safeguarding_plan (shown));

  return add_code_tracker (builder, shown, error);
}

static gboolean
add_risk (OvReportBuilder  *builder,
          OvPerson         *person,
          GArray           *oversight,
          GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) assessments = NULL;
  OvRiskAssessment *current;
  const char *assessed_on;
  const char *endorsed_at;
  const char *other;
  const char *headers[] = { _("Assessed on"), _("Grade"), _("Assessed by"), _("Endorsed by"),
                            _("Endorsed"), _("Supervisor’s comment") };
  const double widths[] = { 1.15, 0.8, 1.3, 1.3, 1.6, 2.6 };
  const char *factors;

  assessments = ov_store_list_risk_assessments (builder->store, id_of (person), error);
  if (assessments == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 2, _("Risk assessment (THRIVE)"));
  if (assessments->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No risk assessment is recorded for this victim."));
      return TRUE;
    }

  current = g_ptr_array_index (assessments, 0);
  assessed_on = ov_risk_assessment_get_assessed_on (current);
  endorsed_at = ov_risk_assessment_get_endorsed_at (current);
  factors = _ov_report_builder_flags (builder, OV_TYPE_RISK_FACTOR,
                                      ov_risk_assessment_get_risk_factors (current));
  other = ov_risk_assessment_get_other_factor (current);
  if (!ov_str_empty (other))
    /* Translators: risk factors followed by the "other" factor written in */
    factors = _ov_report_builder_printf (builder, C_("risk factors", "%s: %s"), factors, other);

  ov_report_document_add_field (document, _("Current grade"),
                                _ov_report_builder_enum (OV_TYPE_RISK_GRADE,
                                                         ov_risk_assessment_get_grade (current)));
  ov_report_document_add_field (document, _("Assessed on"),
                                _ov_report_builder_when (builder, assessed_on));
  ov_report_document_add_field (document, _("Assessed by"),
                                ov_risk_assessment_get_assessor_name (current));
  ov_report_document_add_field (document, _("Risk factors"), factors);
  ov_report_document_add_field (document, _("Threat"), ov_risk_assessment_get_threat (current));
  ov_report_document_add_field (document, _("Harm"), ov_risk_assessment_get_harm (current));
  ov_report_document_add_field (document, _("Risk"), ov_risk_assessment_get_risk (current));
  ov_report_document_add_field (document, _("Investigation"),
                                ov_risk_assessment_get_investigation (current));
  ov_report_document_add_field (document, _("Vulnerability"),
                                ov_risk_assessment_get_vulnerability (current));
  ov_report_document_add_field (document, _("Engagement"),
                                ov_risk_assessment_get_engagement (current));

  if (ov_risk_assessment_is_endorsed (current))
    ov_report_document_add_field (document, _("Endorsed"),
                                  _ov_report_builder_printf (builder, _("By %s on %s"),
                                    ov_risk_assessment_get_endorsed_by_name (current),
                                    _ov_report_builder_when (builder, endorsed_at)));
  else
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                      _("The current risk assessment has not been endorsed by "
                                        "a supervisor."));

  ov_report_document_add_heading (document, 3, _("Assessment and endorsement history"));
  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < assessments->len; i++)
    {
      OvRiskAssessment *assessment = g_ptr_array_index (assessments, i);
      const char *cells[] = {
        _ov_report_builder_when (builder, ov_risk_assessment_get_assessed_on (assessment)),
        _ov_report_builder_enum (OV_TYPE_RISK_GRADE, ov_risk_assessment_get_grade (assessment)),
        ov_risk_assessment_get_assessor_name (assessment),
        ov_risk_assessment_is_endorsed (assessment)
          ? ov_risk_assessment_get_endorsed_by_name (assessment) : _("Not endorsed"),
        _ov_report_builder_when (builder, ov_risk_assessment_get_endorsed_at (assessment)),
        ov_risk_assessment_get_endorsement_comment (assessment),
      };

      ov_report_document_add_row (document, cells);
    }

  for (guint i = 0; i < assessments->len; i++)
    {
      OvRiskAssessment *assessment = g_ptr_array_index (assessments, i);

      if (!ov_risk_assessment_is_endorsed (assessment))
        continue;
      add_oversight_entry (builder, oversight, ov_risk_assessment_get_endorsed_at (assessment),
                           _ov_report_builder_keep (builder,
                             g_strdup_printf (_("Risk assessment of %s (%s) endorsed"),
                                              _ov_report_builder_when (builder,
                                                ov_risk_assessment_get_assessed_on (assessment)),
                                              _ov_report_builder_enum (OV_TYPE_RISK_GRADE,
                                                ov_risk_assessment_get_grade (assessment)))),
                           ov_risk_assessment_get_endorsed_by_name (assessment));
    }
  return TRUE;
}

static gboolean
add_safeguarding (OvReportBuilder  *builder,
                  OvPerson         *person,
                  GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) referrals = NULL;
  const char *headers[] = { _("Referral"), _("Agency"), _("Sent"), _("Outcome"), _("Notes") };
  const double widths[] = { 1.9, 1.8, 1.55, 1.6, 2.1 };

  referrals = ov_store_list_safeguarding_referrals (builder->store, id_of (person), error);
  if (referrals == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 2, _("Safeguarding referrals"));
  if (referrals->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                        _("No safeguarding referrals are recorded."));
      return TRUE;
    }

  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < referrals->len; i++)
    {
      OvSafeguardingReferral *referral = g_ptr_array_index (referrals, i);
      OvReferralOutcome outcome = ov_safeguarding_referral_get_outcome (referral);
      const char *outcome_text = _ov_report_builder_enum (OV_TYPE_REFERRAL_OUTCOME, outcome);
      const char *cells[5];

      if (!ov_str_empty (ov_safeguarding_referral_get_outcome_on (referral)))
        /* Translators: a referral's outcome and its date, e.g. "Accepted on 21 Nov 2026" */
        outcome_text = _ov_report_builder_keep (builder,
                         g_strdup_printf (_("%s on %s"), outcome_text,
                                          _ov_report_builder_when (builder,
                                            ov_safeguarding_referral_get_outcome_on (referral))));
      cells[0] = _ov_report_builder_enum (OV_TYPE_REFERRAL_TYPE,
                                          ov_safeguarding_referral_get_referral_type (referral));
      cells[1] = ov_safeguarding_referral_get_agency_name (referral);
      cells[2] = _ov_report_builder_when (builder, ov_safeguarding_referral_get_sent_at (referral));
      cells[3] = outcome_text;
      cells[4] = ov_safeguarding_referral_get_notes (referral);
      ov_report_document_add_row (document, cells);
    }
  return TRUE;
}

static const char *
grounds (OvReportBuilder  *builder,
         OvGroundsOutcome  outcome,
         const char       *on)
{
  const char *label = _ov_report_builder_enum (OV_TYPE_GROUNDS_OUTCOME, outcome);

  if (ov_str_empty (on))
    return label;
  return _ov_report_builder_keep (builder, g_strdup_printf (_("%s on %s"), label,
                                                            _ov_report_builder_when (builder, on)));
}

static gboolean
add_nrm (OvReportBuilder  *builder,
         OvPerson         *person,
         GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) referrals = NULL;

  referrals = ov_store_list_nrm_referrals (builder->store, id_of (person), error);
  if (referrals == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 2, _("NRM and Duty to Notify"));
  ov_report_document_add_field (document, _("Where it stands"),
                                ov_nrm_stage_get_label (ov_person_get_nrm_stage (person)));
  if (referrals->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No NRM referral or MS1 notification is recorded: "
                                          "the Duty to Notify is not yet met."));
      return TRUE;
    }

  for (guint i = 0; i < referrals->len; i++)
    {
      OvNrmReferral *referral = g_ptr_array_index (referrals, i);
      g_autofree char *recovery = ov_nrm_referral_get_recovery_period_ends_on (referral);
      OvNrmRoute route = ov_nrm_referral_get_route (referral);

      const char *submitted = _ov_report_builder_when (builder,
                                                       ov_nrm_referral_get_submitted_on (referral));
      gboolean consent = ov_nrm_referral_get_consent_given (referral);
      OvNrmDecisionMaker maker = ov_nrm_referral_get_decision_maker (referral);
      char *stage = ov_nrm_referral_describe_stage (referral);

      ov_report_document_add_heading (document, 3,
                                      _ov_report_builder_printf (builder, _("Submitted on %s"),
                                                                 submitted));
      ov_report_document_begin_fields (document);
      ov_report_document_add_field (document, _("Route"),
                                    _ov_report_builder_enum (OV_TYPE_NRM_ROUTE, route));
      if (route == OV_NRM_ROUTE_NRM_WITH_CONSENT || route == OV_NRM_ROUTE_MS1_ANONYMOUS)
        ov_report_document_add_field (document, _("Consent to the NRM"),
                                      _ov_report_builder_yes_no (consent));
      ov_report_document_add_field (document, _("Reference"),
                                    ov_nrm_referral_get_reference (referral));
      if (route != OV_NRM_ROUTE_MS1_ANONYMOUS)
        {
          ov_report_document_add_field (document, _("Decision maker"),
                                        _ov_report_builder_enum (OV_TYPE_NRM_DECISION_MAKER,
                                                                 maker));
          ov_report_document_add_field (document, _("Reasonable grounds"),
                                        grounds (builder, ov_nrm_referral_get_rg_outcome (referral),
                                                 ov_nrm_referral_get_rg_on (referral)));
          if (recovery != NULL)
            ov_report_document_add_field (document, _("Recovery period ends"),
                                          _ov_report_builder_when (builder, recovery));
          ov_report_document_add_field (document, _("Conclusive grounds"),
                                        grounds (builder, ov_nrm_referral_get_cg_outcome (referral),
                                                 ov_nrm_referral_get_cg_on (referral)));
          if (ov_nrm_referral_get_reconsideration_requested (referral))
            ov_report_document_add_field (document, _("Reconsideration"), _("Requested"));
        }
      ov_report_document_add_field (document, _("Stage"),
                                    _ov_report_builder_keep (builder, stage));
      if (!ov_str_empty (ov_nrm_referral_get_notes (referral)))
        ov_report_document_add_field (document, _("Notes"), ov_nrm_referral_get_notes (referral));
    }
  return TRUE;
}

static void
add_victim_findings (OvReportBuilder *builder,
                     OvPerson        *person,
                     GPtrArray       *findings,
                     const char      *today)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();

  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);

      if (ov_finding_get_person_id (finding) == id_of (person))
        g_ptr_array_add (mine, finding);
    }

  ov_report_document_add_heading (document, 2, _("Open findings"));
  if (mine->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                        _ov_report_builder_printf (builder,
                                          _("Nothing is overdue or due soon for this victim as "
                                            "of %s."),
                                          _ov_report_builder_when (builder, today)));
      return;
    }
  ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                    _ov_report_builder_printf (builder,
                                      _("As of %s, under force policy."),
                                      _ov_report_builder_when (builder, today)));
  _ov_report_builder_add_findings (builder, mine, FALSE);
}

static int
compare_oversight (gconstpointer a,
                   gconstpointer b)
{
  return g_strcmp0 (((const OversightEntry *) a)->when, ((const OversightEntry *) b)->when);
}

static void
add_oversight (OvReportBuilder *builder,
               GArray          *oversight)
{
  OvReportDocument *document = builder->document;
  const char *headers[] = { _("When"), _("What"), _("Supervisor") };
  const double widths[] = { 1.3, 4.0, 1.7 };

  ov_report_document_add_heading (document, 2, _("Supervisory oversight"));
  if (oversight->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No supervisor has agreed a victim strategy or "
                                          "endorsed a risk assessment for this victim."));
      return;
    }

  g_array_sort (oversight, compare_oversight);
  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < oversight->len; i++)
    {
      OversightEntry *entry = &g_array_index (oversight, OversightEntry, i);
      const char *cells[] = { _ov_report_builder_when (builder, entry->when), entry->what,
                              entry->who };

      ov_report_document_add_row (document, cells);
    }
}

static gboolean
add_victim (OvReportBuilder  *builder,
            OvPerson         *person,
            GPtrArray        *findings,
            const char       *today,
            const char       *restricted_reason,
            GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GArray) oversight = g_array_new (FALSE, FALSE, sizeof (OversightEntry));
  g_autoptr(GError) local_error = NULL;

  ov_report_document_add_heading (document, 1,
                                  _ov_report_builder_keep (builder,
                                    g_strdup_printf (ov_person_get_pseudonym (person)
                                                     ? _("Victim: %s (pseudonym)")
                                                     : _("Victim: %s"),
                                                     ov_person_get_name (person))));

  add_identity (builder, person, restricted_reason, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!add_support (builder, person, error) ||
      !add_strategy (builder, person, oversight, error) ||
      !add_risk (builder, person, oversight, error) ||
      !add_safeguarding (builder, person, error) ||
      !add_nrm (builder, person, error))
    return FALSE;

  add_victim_findings (builder, person, findings, today);
  add_oversight (builder, oversight);
  return TRUE;
}

/**
 * ov_report_build_victim_strategy:
 * @store: the store
 * @given: the case (reported as stored)
 * @person_id: one victim of the case, or 0 for all of them
 * @restricted_reason: (nullable): to include restricted address and contact details, the
 *   reason they are needed (each reveal is audited with it); %NULL to leave them out
 *
 * Builds the victim strategy report as it stands today.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
OvReportDocument *
ov_report_build_victim_strategy (OvStore     *store,
                                 OvCase      *given,
                                 gint64       person_id,
                                 const char  *restricted_reason,
                                 GError     **error)
{
  OvReportBuilder builder = { 0 };
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) victims = g_ptr_array_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *covers = NULL;
  g_autofree char *subject = NULL;
  OvReportDocument *document;
  OvPolicy policy;
  gint64 case_id;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_CASE (given), NULL);

  if (restricted_reason != NULL && ov_str_empty (restricted_reason))
    {
      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NO_REASON,
                   _("Give the reason the report needs the restricted address and contact "
                     "details: the reason is recorded."));
      return NULL;
    }

  /* What is stored is what is reported, whatever the caller's copy holds. */
  the_case = ov_store_load (store, OV_TYPE_CASE, id_of (given), error);
  if (the_case == NULL)
    return NULL;
  case_id = id_of (the_case);
  people = ov_store_list_people (store, case_id, error);
  if (people == NULL)
    return NULL;

  for (guint i = 0; i < people->len; i++)
    {
      OvPerson *person = g_ptr_array_index (people, i);

      if (person_id != 0 && id_of (person) != person_id)
        continue;
      if (person_id == 0 && !ov_person_has_role (person, OV_PERSON_ROLE_VICTIM))
        continue;
      if (!ov_person_has_role (person, OV_PERSON_ROLE_VICTIM))
        {
          g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_INVALID,
                       _("%s is not recorded as a victim in case %s: the victim strategy "
                         "report is for victims."),
                       ov_person_get_name (person), ov_case_get_reference (the_case));
          return NULL;
        }
      g_ptr_array_add (victims, person);
    }

  if (person_id != 0 && victims->len == 0)
    {
      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NOT_FOUND,
                   _("Case %s has no person with the id %" G_GINT64_FORMAT ". Check the id "
                     "on the case’s People tab."),
                   ov_case_get_reference (the_case), person_id);
      return NULL;
    }

  ov_store_load_policy (store, &policy);
  findings = ov_compliance_check (store, &policy, today, case_id, error);
  if (findings == NULL)
    return NULL;

  _ov_report_builder_init (&builder, store, the_case, _("Victim strategy report"));
  document = builder.document;

  if (person_id != 0)
    {
      const char *name = ov_person_get_name (g_ptr_array_index (victims, 0));

      covers = g_strdup_printf (_("Victim: %s"), name);
      /* Translators: what the report covers, for the PDF and the audit log, e.g.
       * "Victim strategy report for Ana Popescu, MSHT/2026/0001 (Operation Kestrel)" */
      subject = g_strdup_printf (_("Victim strategy report for %s, %s (%s)"), name,
                                 ov_case_get_reference (the_case),
                                 ov_case_get_operation_name (the_case));
    }
  else
    {
      covers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "All victims (%u)",
                                             "All victims (%u)", victims->len),
                                victims->len);
      subject = g_strdup_printf (_("Victim strategy report for all victims, %s (%s)"),
                                 ov_case_get_reference (the_case),
                                 ov_case_get_operation_name (the_case));
    }
  ov_report_document_set_subject (document, subject);
  ov_report_document_set_subtitle (document,
                                   _ov_report_builder_keep (&builder,
                                     g_strdup_printf ("%s\n%s",
                                                      _ov_report_builder_case_line (&builder),
                                                      covers)));
  ov_report_document_set_restricted (document, restricted_reason != NULL && victims->len > 0);

  _ov_report_builder_add_case (&builder, covers);

  if (victims->len == 0)
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                      _("No victims are recorded for this case."));

  for (guint i = 0; i < victims->len; i++)
    {
      if (i > 0)
        ov_report_document_add_page_break (document);
      if (!add_victim (&builder, g_ptr_array_index (victims, i), findings, today,
                       restricted_reason, error))
        {
          _ov_report_builder_clear (&builder);
          return NULL;
        }
    }

  ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE, _("End of report."));

  document = g_object_ref (builder.document);
  _ov_report_builder_clear (&builder);
  return document;
}
