/* ov-report-review.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The supervisory review report: the case, who investigates it and whether they meet the
 * PIP2 rule, the strategy in force, the review itself (risk, lines of enquiry, actions
 * checked and set, directions, the next review, sign-off and addenda), what was overdue
 * on the day, and the decision log since the previous review. An unsigned review prints
 * as a draft, watermarked on every page.
 */

#define G_LOG_DOMAIN "ov-report-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-allocation.h"
#include "ov-compliance.h"
#include "ov-enum-types.h"
#include "ov-investigation.h"
#include "ov-report-builder.h"
#include "ov-reports.h"
#include "ov-settings.h"
#include "ov-staff.h"
#include "ov-util.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static gboolean
add_allocation (OvReportBuilder  *builder,
                GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) allocations = NULL;
  const char *headers[] = { _("Role"), _("Officer"), _("PIP level"), _("PIP2 rule"), _("From"),
                            _("Until") };
  const double widths[] = { 1.3, 1.5, 1.0, 2.6, 1.15, 1.15 };

  allocations = ov_store_list_allocations (builder->store, id_of (builder->the_case), error);
  if (allocations == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 1, _("Allocation"));
  if (allocations->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No one has been allocated to the case."));
      return TRUE;
    }

  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < allocations->len; i++)
    {
      OvAllocation *allocation = g_ptr_array_index (allocations, i);
      OvAllocationRole role = ov_allocation_get_role (allocation);
      OvPipLevel level = ov_allocation_get_pip_level (allocation);
      OvAccreditationStatus status = ov_allocation_get_accreditation_status (allocation);
      const char *pip = _ov_report_builder_enum (OV_TYPE_PIP_LEVEL, level);
      const char *rule;
      const char *cells[6];

      if (level != OV_PIP_LEVEL_NONE && status == OV_ACCREDITATION_LAPSED)
        pip = _ov_report_builder_keep (builder, g_strdup_printf (_("%s (lapsed)"), pip));

      if (!ov_allocation_role_needs_pip2 (role))
        rule = _("Does not apply to this role");
      else if (ov_pip_meets_pip2 (level, status))
        rule = _("Met: PIP2 or higher, accredited");
      else if (!ov_str_empty (ov_allocation_get_override_rationale (allocation)))
        rule = _ov_report_builder_keep (builder,
                 g_strdup_printf (_("Not met. Allocated by %s with the rationale: %s"),
                                  ov_allocation_get_allocated_by_name (allocation),
                                  ov_allocation_get_override_rationale (allocation)));
      else
        rule = _("Not met");

      cells[0] = _ov_report_builder_enum (OV_TYPE_ALLOCATION_ROLE, role);
      cells[1] = ov_allocation_get_staff_name (allocation);
      cells[2] = pip;
      cells[3] = rule;
      cells[4] = _ov_report_builder_when (builder, ov_allocation_get_starts_at (allocation));
      cells[5] = ov_allocation_is_current (allocation)
                 ? _("Current")
                 : _ov_report_builder_when (builder, ov_allocation_get_ends_at (allocation));
      ov_report_document_add_row (document, cells);
    }
  return TRUE;
}

static gboolean
add_strategy (OvReportBuilder  *builder,
              OvReview         *review,
              GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(OvStrategy) strategy = NULL;
  const char *financial;
  const char *orders;

  ov_report_document_add_heading (document, 1, _("Investigative strategy in force"));
  if (ov_review_get_strategy_id (review) <= 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                        _("No investigative strategy had been agreed when this "
                                          "review was held."));
      return TRUE;
    }

  strategy = ov_store_load (builder->store, OV_TYPE_STRATEGY, ov_review_get_strategy_id (review),
                            error);
  if (strategy == NULL)
    return FALSE;

  financial = _ov_report_builder_enum (OV_TYPE_FINANCIAL_INVESTIGATION,
                                       ov_strategy_get_financial_investigation (strategy));
  if (!ov_str_empty (ov_strategy_get_financial_rationale (strategy)))
    /* Translators: a choice and its rationale, e.g. "Not required: no assets found" */
    financial = _ov_report_builder_keep (builder,
                  g_strdup_printf (C_("choice and rationale", "%s: %s"), financial,
                                   ov_strategy_get_financial_rationale (strategy)));
  orders = _ov_report_builder_enum (OV_TYPE_ORDERS_CONSIDERED,
                                    ov_strategy_get_orders_considered (strategy));
  if (!ov_str_empty (ov_strategy_get_orders_rationale (strategy)))
    orders = _ov_report_builder_keep (builder,
               g_strdup_printf (C_("choice and rationale", "%s: %s"), orders,
                                ov_strategy_get_orders_rationale (strategy)));

  ov_report_document_add_field (document, _("Version"),
                                _ov_report_builder_keep (builder,
                                  g_strdup_printf ("%" G_GINT64_FORMAT,
                                                   ov_strategy_get_version (strategy))));
  ov_report_document_add_field (document, _("Drafted by"), ov_strategy_get_author_name (strategy));
  ov_report_document_add_field (document, _("Agreed by"),
                                ov_strategy_is_agreed (strategy)
                                ? _ov_report_builder_keep (builder,
                                    g_strdup_printf (_("%s on %s"),
                                                     ov_strategy_get_agreed_by_name (strategy),
                                                     _ov_report_builder_when (builder,
                                                       ov_strategy_get_agreed_at (strategy))))
                                : _("Not agreed"));
  ov_report_document_add_field (document, _("Financial investigation"), financial);
  ov_report_document_add_field (document, _("Prevention and risk orders"), orders);
  ov_report_document_add_field (document, _("ROCU notified"),
                                ov_str_empty (ov_strategy_get_rocu_notified_on (strategy))
                                ? _("Not yet")
                                : _ov_report_builder_when (builder,
                                                           ov_strategy_get_rocu_notified_on (strategy)));
  _ov_report_builder_add_text (builder, _("Aims"), ov_strategy_get_aims (strategy));
  _ov_report_builder_add_text (builder, _("Parameters"), ov_strategy_get_parameters (strategy));
  _ov_report_builder_add_text (builder, _("Intelligence"),
                               ov_strategy_get_intelligence_plan (strategy));
  _ov_report_builder_add_text (builder, _("Forensics"), ov_strategy_get_forensic_plan (strategy));
  _ov_report_builder_add_text (builder, _("Suspects"), ov_strategy_get_suspect_plan (strategy));
  _ov_report_builder_add_text (builder, _("Communications"),
                               ov_strategy_get_communications_plan (strategy));
  _ov_report_builder_add_text (builder, _("Other"), ov_strategy_get_other_plan (strategy));
  return TRUE;
}

static const char *
attendee_names (OvReportBuilder *builder,
                OvReview        *review)
{
  g_autoptr(GArray) ids = ov_review_get_attendees (review);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, _ov_report_builder_staff_name (builder,
                                                             g_array_index (ids, gint64, i)));
    }
  return _ov_report_builder_keep (builder, g_string_free (g_steal_pointer (&names), FALSE));
}

static gboolean
add_lines_of_enquiry (OvReportBuilder  *builder,
                      OvReview         *review,
                      GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) lines = NULL;
  const char *headers[] = { _("Line of enquiry"), _("Status"), _("Progress") };
  const double widths[] = { 2.6, 1.0, 4.2 };

  lines = ov_store_list_review_lines (builder->store, id_of (review), error);
  if (lines == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 2, _("Lines of enquiry"));
  if (lines->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                        _("No open lines of enquiry were reviewed."));
      return TRUE;
    }

  ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < lines->len; i++)
    {
      OvReviewLine *line = g_ptr_array_index (lines, i);
      const char *progress = ov_review_line_get_progress (line);
      const char *rationale = ov_review_line_get_closure_rationale (line);
      const char *cells[3];

      if (!ov_str_empty (rationale))
        progress = _ov_report_builder_keep (builder,
                     ov_str_empty (progress)
                     ? g_strdup_printf (_("Closed because: %s"), rationale)
                     /* Translators: progress on a line of enquiry, then why it was closed */
                     : g_strdup_printf (_("%s\nClosed because: %s"), progress, rationale));
      cells[0] = ov_review_line_get_line_title (line);
      cells[1] = _ov_report_builder_enum (OV_TYPE_LINE_STATUS, ov_review_line_get_status (line));
      cells[2] = progress;
      ov_report_document_add_row (document, cells);
    }
  return TRUE;
}

static gboolean
add_actions (OvReportBuilder  *builder,
             OvReview         *review,
             GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  const char *check_headers[] = { _("Action"), _("Owner"), _("Due"), _("Status at review"),
                                  _("Note") };
  const double check_widths[] = { 3.3, 1.4, 1.2, 1.0, 2.0 };
  const char *new_headers[] = { _("Action"), _("Owner"), _("Due"), _("Status now") };
  const double new_widths[] = { 4.5, 1.6, 1.2, 1.1 };
  guint n_new = 0;

  actions = ov_store_list_actions (builder->store, id_of (builder->the_case), error);
  if (actions == NULL)
    return FALSE;
  checks = ov_store_list_review_action_checks (builder->store, id_of (review), error);
  if (checks == NULL)
    return FALSE;
  for (guint i = 0; i < actions->len; i++)
    {
      gint64 action_id = id_of (g_ptr_array_index (actions, i));

      g_hash_table_insert (by_id, g_memdup2 (&action_id, sizeof action_id),
                           g_ptr_array_index (actions, i));
    }

  ov_report_document_add_heading (document, 2, _("Actions checked"));
  if (checks->len == 0)
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("No open actions were checked."));
  else
    ov_report_document_begin_table (document, G_N_ELEMENTS (check_headers), check_headers,
                                    check_widths);
  for (guint i = 0; i < checks->len; i++)
    {
      OvReviewActionCheck *check = g_ptr_array_index (checks, i);
      gint64 action_id = ov_review_action_check_get_action_id (check);
      OvAction *action = g_hash_table_lookup (by_id, &action_id);
      const char *cells[5];

      cells[0] = ov_review_action_check_get_action_description (check);
      cells[1] = action != NULL ? ov_action_get_owner_name (action) : "";
      cells[2] = action != NULL ? _ov_report_builder_when (builder, ov_action_get_due_on (action))
                                : "";
      cells[3] = _ov_report_builder_enum (OV_TYPE_ACTION_STATUS,
                                          ov_review_action_check_get_status (check));
      cells[4] = ov_review_action_check_get_note (check);
      ov_report_document_add_row (document, cells);
    }

  ov_report_document_add_heading (document, 2, _("New actions set at this review"));
  for (guint i = 0; i < actions->len; i++)
    {
      OvAction *action = g_ptr_array_index (actions, i);
      const char *cells[4];

      if (ov_action_get_review_id (action) != id_of (review))
        continue;
      if (n_new++ == 0)
        ov_report_document_begin_table (document, G_N_ELEMENTS (new_headers), new_headers,
                                        new_widths);
      cells[0] = ov_action_get_description (action);
      cells[1] = ov_action_get_owner_name (action);
      cells[2] = _ov_report_builder_when (builder, ov_action_get_due_on (action));
      cells[3] = _ov_report_builder_enum (OV_TYPE_ACTION_STATUS, ov_action_get_status (action));
      ov_report_document_add_row (document, cells);
    }
  if (n_new == 0)
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("No new actions were set at this review."));
  return TRUE;
}

static gboolean
add_review (OvReportBuilder  *builder,
            OvReview         *review,
            GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) addenda = NULL;
  const char *trigger = NULL;
  const char *proposed = ov_review_get_proposed_next_review_on (review);
  const char *next = ov_review_get_next_review_on (review);

  ov_report_document_add_heading (document, 1, _("The review"));
  ov_report_document_add_field (document, _("Type"),
                                _ov_report_builder_enum (OV_TYPE_REVIEW_TYPE,
                                                         ov_review_get_review_type (review)));
  if (ov_review_get_trigger_event (review) != OV_REVIEW_TRIGGER_NONE)
    {
      trigger = _ov_report_builder_enum (OV_TYPE_REVIEW_TRIGGER, ov_review_get_trigger_event (review));
      if (!ov_str_empty (ov_review_get_trigger_detail (review)))
        trigger = _ov_report_builder_keep (builder,
                    g_strdup_printf (C_("choice and rationale", "%s: %s"), trigger,
                                     ov_review_get_trigger_detail (review)));
      ov_report_document_add_field (document, _("Trigger"), trigger);
    }
  ov_report_document_add_field (document, _("Held"),
                                _ov_report_builder_when (builder, ov_review_get_held_at (review)));
  ov_report_document_add_field (document, _("Reviewing supervisor"),
                                _ov_report_builder_staff_name (builder,
                                                               ov_review_get_reviewer_id (review)));
  ov_report_document_add_field (document, _("Attendees"), attendee_names (builder, review));
  ov_report_document_add_field (document, _("Status"),
                                _ov_report_builder_enum (OV_TYPE_REVIEW_STATUS,
                                                         ov_review_get_status (review)));

  ov_report_document_add_check (document,
                                ov_review_get_risk_reassessed (review) ? OV_REPORT_CHECK_YES
                                                                       : OV_REPORT_CHECK_NO,
                                ov_review_get_risk_reassessed (review)
                                ? _("Risk re-assessed") : _("Risk not re-assessed"),
                                NULL);
  ov_report_document_add_check (document,
                                ov_review_get_parameters_confirmed (review) ? OV_REPORT_CHECK_YES
                                                                            : OV_REPORT_CHECK_NO,
                                ov_review_get_parameters_confirmed (review)
                                ? _("Investigation parameters confirmed")
                                : _("Investigation parameters not confirmed"),
                                NULL);
  ov_report_document_add_check (document,
                                ov_review_get_ownership_confirmed (review) ? OV_REPORT_CHECK_YES
                                                                           : OV_REPORT_CHECK_NO,
                                ov_review_get_ownership_confirmed (review)
                                ? _("Ownership of the investigation confirmed")
                                : _("Ownership of the investigation not confirmed"),
                                NULL);

  ov_report_document_add_heading (document, 2, _("Risk re-assessment"));
  if (ov_str_empty (ov_review_get_risk_notes (review)))
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("No re-assessment of risk is recorded."));
  else
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NORMAL,
                                      ov_review_get_risk_notes (review));

  if (!add_lines_of_enquiry (builder, review, error) || !add_actions (builder, review, error))
    return FALSE;

  ov_report_document_add_heading (document, 2, _("Directions"));
  if (ov_str_empty (ov_review_get_directions (review)))
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("No directions are recorded."));
  else
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NORMAL,
                                      ov_review_get_directions (review));

  ov_report_document_add_heading (document, 2, _("Next review"));
  if (ov_review_get_review_type (review) == OV_REVIEW_TYPE_CLOSURE && ov_str_empty (next))
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("None: this is the closure review."));
  else
    {
      ov_report_document_add_field (document, _("Date"), _ov_report_builder_when (builder, next));
      if (!ov_str_empty (proposed) && g_strcmp0 (proposed, next) != 0)
        ov_report_document_add_field (document, _("Force policy proposed"),
                                      _ov_report_builder_when (builder, proposed));
      if (!ov_str_empty (ov_review_get_next_review_reason (review)))
        ov_report_document_add_field (document, _("Reason for the date"),
                                      ov_review_get_next_review_reason (review));
    }

  ov_report_document_add_heading (document, 2, _("Sign-off"));
  if (ov_review_is_signed_off (review))
    {
      ov_report_document_add_check (document, OV_REPORT_CHECK_YES,
                                    _ov_report_builder_keep (builder,
                                      g_strdup_printf (_("Signed off by %s on %s"),
                                                       _ov_report_builder_staff_name (builder,
                                                         ov_review_get_signed_off_by (review)),
                                                       _ov_report_builder_when (builder,
                                                         ov_review_get_signed_off_at (review)))),
                                    _("A signed-off review is not changed; corrections are "
                                      "added as addenda."));
    }
  else
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_WARNING,
                                      _("DRAFT — not signed off. This review may still change "
                                        "and is not a record of decisions."));

  addenda = ov_store_list_addenda (builder->store, id_of (review), error);
  if (addenda == NULL)
    return FALSE;
  ov_report_document_add_heading (document, 2, _("Addenda"));
  if (addenda->len == 0)
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE, _("No addenda."));
  for (guint i = 0; i < addenda->len; i++)
    {
      OvAddendum *addendum = g_ptr_array_index (addenda, i);

      ov_report_document_add_heading (document, 3,
                                      _ov_report_builder_keep (builder,
                                        g_strdup_printf (_("Added by %s on %s"),
                                                         ov_addendum_get_author_name (addendum),
                                                         _ov_report_builder_when (builder,
                                                           ov_addendum_get_added_at (addendum)))));
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NORMAL,
                                        ov_addendum_get_text (addendum));
    }
  return TRUE;
}

static gboolean
add_findings (OvReportBuilder  *builder,
              const char       *held_on,
              GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) findings = NULL;
  OvPolicy policy;

  ov_store_load_policy (builder->store, &policy);
  findings = ov_compliance_check (builder->store, &policy, held_on,
                                  id_of (builder->the_case), error);
  if (findings == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 1, _("Findings open on the day of the review"));
  if (findings->len == 0)
    {
      ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                        _ov_report_builder_keep (builder,
                                          g_strdup_printf (_("Nothing was overdue or due soon "
                                                             "under force policy on %s."),
                                                           _ov_report_builder_when (builder,
                                                                                    held_on))));
      return TRUE;
    }
  ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                    _ov_report_builder_keep (builder,
                                      g_strdup_printf (_("As of %s, under force policy."),
                                                       _ov_report_builder_when (builder, held_on))));
  _ov_report_builder_add_findings (builder, findings, TRUE);
  return TRUE;
}

static gboolean
add_decisions (OvReportBuilder  *builder,
               OvReview         *review,
               OvReview         *previous,
               GError          **error)
{
  OvReportDocument *document = builder->document;
  g_autoptr(GPtrArray) decisions = NULL;
  const char *since = previous != NULL ? ov_review_get_held_at (previous) : NULL;
  const char *until = ov_review_is_signed_off (review) ? ov_review_get_signed_off_at (review) : NULL;
  const char *headers[] = { _("No."), _("Decided"), _("Decision maker"),
                            _("Decision, rationale and options rejected") };
  const double widths[] = { 0.5, 1.45, 1.4, 5.2 };
  guint shown = 0;

  decisions = ov_store_list_decisions (builder->store, id_of (builder->the_case), error);
  if (decisions == NULL)
    return FALSE;

  ov_report_document_add_heading (document, 1, _("Decision log since the previous review"));
  if (previous != NULL)
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _ov_report_builder_keep (builder,
                                        g_strdup_printf (_("Entries decided after the previous "
                                                           "review, held on %s."),
                                                         _ov_report_builder_when (builder, since))));
  else
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("This is the case’s first review: every entry up to it "
                                        "is shown."));

  for (guint i = 0; i < decisions->len; i++)
    {
      OvDecision *decision = g_ptr_array_index (decisions, i);
      const char *decided_at = ov_decision_get_decided_at (decision);
      g_autoptr(GString) text = NULL;
      const char *cells[4];

      if (since != NULL && g_strcmp0 (decided_at, since) <= 0)
        continue;
      if (until != NULL && g_strcmp0 (decided_at, until) > 0)
        continue;

      text = g_string_new (ov_decision_get_decision (decision));
      if (!ov_str_empty (ov_decision_get_rationale (decision)))
        {
          g_string_append_c (text, '\n');
          g_string_append_printf (text, _("Rationale: %s"), ov_decision_get_rationale (decision));
        }
      if (!ov_str_empty (ov_decision_get_options_rejected (decision)))
        {
          g_string_append_c (text, '\n');
          g_string_append_printf (text, _("Options rejected: %s"),
                                  ov_decision_get_options_rejected (decision));
        }
      if (ov_decision_get_supersedes_number (decision) > 0)
        {
          g_string_append_c (text, '\n');
          g_string_append_printf (text, _("Supersedes entry %" G_GINT64_FORMAT "."),
                                  ov_decision_get_supersedes_number (decision));
        }

      if (shown++ == 0)
        ov_report_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
      cells[0] = _ov_report_builder_keep (builder,
                                          g_strdup_printf ("%" G_GINT64_FORMAT,
                                                           ov_decision_get_number (decision)));
      cells[1] = _ov_report_builder_when (builder, decided_at);
      cells[2] = ov_decision_get_decision_maker_name (decision);
      cells[3] = text->str;
      ov_report_document_add_row (document, cells);
    }

  if (shown == 0)
    ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE,
                                      _("No decisions were logged in this period."));
  return TRUE;
}

/**
 * ov_report_build_review:
 * @store: the store
 * @given: a review, signed off or still a draft (then every page is watermarked); the
 *   report shows it as stored
 *
 * Builds the supervisory review report of @review. Findings are those open on the day it
 * was held.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
OvReportDocument *
ov_report_build_review (OvStore   *store,
                        OvReview  *given,
                        GError   **error)
{
  OvReportBuilder builder = { 0 };
  g_autoptr(OvReview) review = NULL;
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autofree char *held_on = NULL;
  OvReportDocument *document;
  OvReview *previous = NULL;
  const char *type;
  const char *held;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_REVIEW (given), NULL);

  /* What is stored is what is reported, whatever the caller's copy holds. */
  review = ov_store_load (store, OV_TYPE_REVIEW, id_of (given), error);
  if (review == NULL)
    return NULL;
  the_case = ov_store_load (store, OV_TYPE_CASE, ov_review_get_case_id (review), error);
  if (the_case == NULL)
    return NULL;
  reviews = ov_store_list_reviews (store, id_of (the_case), error);
  if (reviews == NULL)
    return NULL;

  /* Newest first: the previous review is the one listed after this one. */
  for (guint i = 0; i + 1 < reviews->len; i++)
    {
      if (id_of (g_ptr_array_index (reviews, i)) == id_of (review))
        previous = g_ptr_array_index (reviews, i + 1);
    }

  held_on = ov_date_of_timestamp (ov_review_get_held_at (review));
  if (held_on == NULL)
    held_on = ov_today_local ();

  _ov_report_builder_init (&builder, store, the_case, _("Supervisory review report"));
  document = builder.document;
  type = _ov_report_builder_enum (OV_TYPE_REVIEW_TYPE, ov_review_get_review_type (review));
  held = _ov_report_builder_when (&builder, ov_review_get_held_at (review));

  ov_report_document_set_draft (document, !ov_review_is_signed_off (review));
  ov_report_document_set_subtitle (document,
                                   _ov_report_builder_keep (&builder,
                                     g_strdup_printf ("%s\n%s",
                                                      _ov_report_builder_case_line (&builder),
                                                      /* Translators: e.g. "Periodic review held
                                                       * on 27 Nov 2026 09:30" */
                                                      _ov_report_builder_keep (&builder,
                                                        g_strdup_printf (_("%s review held on %s"),
                                                                         type, held)))));
  ov_report_document_set_subject (document,
                                  _ov_report_builder_keep (&builder,
                                    /* Translators: for the PDF and the audit log, e.g.
                                     * "Supervisory review report of the periodic review held on
                                     * …, MSHT/2026/0001 (Operation Kestrel)" */
                                    g_strdup_printf (_("Supervisory review report of the review "
                                                       "held on %s, %s (%s)"),
                                                     held, ov_case_get_reference (the_case),
                                                     ov_case_get_operation_name (the_case))));

  _ov_report_builder_add_case (&builder, NULL);
  if (!add_allocation (&builder, error) ||
      !add_strategy (&builder, review, error) ||
      !add_review (&builder, review, error) ||
      !add_findings (&builder, held_on, error) ||
      !add_decisions (&builder, review, previous, error))
    {
      _ov_report_builder_clear (&builder);
      return NULL;
    }

  ov_report_document_add_paragraph (document, OV_REPORT_TEXT_NOTE, _("End of report."));

  document = g_object_ref (builder.document);
  _ov_report_builder_clear (&builder);
  return document;
}
