/* ov-report-command-line.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-report-command-line"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ov-case.h"
#include "ov-command-line.h"
#include "ov-investigation.h"
#include "ov-partners.h"
#include "ov-report-command-line.h"
#include "ov-report-export.h"
#include "ov-reports.h"
#include "ov-store.h"
#include "ov-util.h"

#define KIND_VICTIM_STRATEGY "victim-strategy"
#define KIND_REVIEW          "review"
#define KIND_RECEPTION_PLAN  "reception-plan"

/**
 * ov_report_get_option_entries:
 *
 * The report options, for g_application_add_main_option_entries(). Their values reach
 * ov_report_handle_options() through the options dictionary of handle-local-options.
 *
 * Returns: (transfer none) (array zero-terminated=1): the entries
 */
const GOptionEntry *
ov_report_get_option_entries (void)
{
  static const GOptionEntry entries[] = {
    { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export a report to PDF and exit: victim-strategy, review or reception-plan"),
      N_("KIND") },
    /* Shared with --export-bundle, which takes several. */
    { "case", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
      N_("With --report: the case, by its reference; with --export-bundle: a case to "
         "export (repeat for more)"), N_("REF") },
    { "person", 0, 0, G_OPTION_ARG_INT64, NULL,
      N_("With --report victim-strategy: one victim, by id (default all victims)"), N_("ID") },
    { "review", 0, 0, G_OPTION_ARG_INT64, NULL,
      N_("With --report review: the review, by id (default the latest)"), N_("ID") },
    { "plan", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --report reception-plan: the plan, by id or name"), N_("ID|NAME") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("With --report: the PDF file to write"), N_("FILE.pdf") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --report: why the report is needed, recorded in the audit log"), N_("TEXT") },
    { NULL }
  };

  return entries;
}

/**
 * ov_report_options_present:
 *
 * Returns: %TRUE if any report option was given, so the report action runs (and
 *   refuses what is missing) instead of the GUI starting
 */
gboolean
ov_report_options_present (GVariantDict *options)
{
  const GOptionEntry *entries = ov_report_get_option_entries ();

  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      /* --case alone names no action: --export-bundle takes it too. */
      if (g_str_equal (entries[i].long_name, "case"))
        continue;
      if (g_variant_dict_contains (options, entries[i].long_name))
        return TRUE;
    }
  return FALSE;
}

static int
refuse (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "oversight: %s\n", line);
  return OV_EXIT_FAILED;
}

/**
 * ov_report_handle_options:
 * @store: the open store
 * @options: the parsed options
 *
 * Runs ov_report_run_command() with the values of the report options.
 *
 * Returns: the exit status
 */
int
ov_report_handle_options (OvStore      *store,
                          GVariantDict *options)
{
  g_autofree char *kind = NULL;
  g_auto(GStrv) references = NULL;
  g_autofree char *single = NULL;
  const char *reference = NULL;
  g_autofree char *output = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *plan = NULL;
  gint64 person_id = 0;
  gint64 review_id = 0;

  g_variant_dict_lookup (options, "report", "s", &kind);
  /* Given more than once, the last one counts, as for the other options. */
  if (g_variant_dict_lookup (options, "case", "s", &single))
    reference = single;
  else if (g_variant_dict_lookup (options, "case", "^as", &references) && references[0] != NULL)
    reference = references[g_strv_length (references) - 1];
  g_variant_dict_lookup (options, "person", "x", &person_id);
  g_variant_dict_lookup (options, "review", "x", &review_id);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, "reason", "s", &reason);
  g_variant_dict_lookup (options, "plan", "s", &plan);

  if (g_strcmp0 (kind, KIND_RECEPTION_PLAN) == 0)
    {
      if (reference != NULL || person_id != 0 || review_id != 0)
        return refuse (_("--case, --person and --review do not go with --report "
                         "reception-plan: give the plan with --plan ID|NAME."));
      return ov_report_run_plan_command (store, plan, output, reason);
    }
  if (plan != NULL)
    return refuse (_("--plan goes with --report reception-plan."));

  return ov_report_run_command (store, kind, reference, person_id, review_id, output, reason);
}

static OvReview *
find_review (OvStore     *store,
             OvCase      *the_case,
             gint64       review_id,
             GError     **error)
{
  g_autoptr(GPtrArray) reviews = NULL;
  gint64 case_id = ov_record_get_id (OV_RECORD (the_case));

  reviews = ov_store_list_reviews (store, case_id, error);
  if (reviews == NULL)
    return NULL;

  for (guint i = 0; i < reviews->len; i++)
    {
      OvReview *review = g_ptr_array_index (reviews, i);

      /* Newest first, so with no id the first is the latest. */
      if (review_id == 0 || ov_record_get_id (OV_RECORD (review)) == review_id)
        return g_object_ref (review);
    }

  if (review_id == 0)
    g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NOT_FOUND,
                 _("Case %s has no supervisory review yet."), ov_case_get_reference (the_case));
  else
    g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NOT_FOUND,
                 _("Case %s has no review with the id %" G_GINT64_FORMAT ". Check the id on "
                   "the case’s Reviews tab."),
                 ov_case_get_reference (the_case), review_id);
  return NULL;
}

/**
 * ov_report_run_command:
 * @store: the open store
 * @kind: (nullable): "victim-strategy" or "review"
 * @case_reference: (nullable): the case
 * @person_id: with "victim-strategy", one victim; 0 for all
 * @review_id: with "review", the review; 0 for the latest
 * @output: (nullable): the PDF file to write
 * @reason: (nullable): why the report is needed; required, and recorded
 *
 * Exports a report to PDF and records the disclosure. Restricted details are never
 * included from the command line. On success one line on standard output says what was
 * written; on failure one line on standard error says why.
 *
 * Returns: %OV_EXIT_OK, or %OV_EXIT_FAILED
 */
int
ov_report_run_command (OvStore    *store,
                       const char *kind,
                       const char *case_reference,
                       gint64      person_id,
                       gint64      review_id,
                       const char *output,
                       const char *reason)
{
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(GError) error = NULL;
  gboolean victim_strategy;

  g_return_val_if_fail (OV_IS_STORE (store), OV_EXIT_FAILED);

  if (g_strcmp0 (kind, KIND_VICTIM_STRATEGY) != 0 && g_strcmp0 (kind, KIND_REVIEW) != 0)
    return refuse (_("Give --report victim-strategy, --report review or --report "
                     "reception-plan."));
  victim_strategy = g_str_equal (kind, KIND_VICTIM_STRATEGY);

  if (ov_str_empty (case_reference))
    return refuse (_("Give the case with --case REF."));
  if (ov_str_empty (output))
    return refuse (_("Give the PDF file to write with --output FILE.pdf."));
  if (ov_str_empty (reason))
    return refuse (_("Give the reason for the report with --reason TEXT: every report "
                     "printed or exported is recorded with its reason."));
  if (victim_strategy && review_id != 0)
    return refuse (_("--review goes with --report review."));
  if (!victim_strategy && person_id != 0)
    return refuse (_("--person goes with --report victim-strategy."));
  if (person_id < 0 || review_id < 0)
    return refuse (_("Give --person and --review as the positive ids shown in Oversight."));

  the_case = ov_store_find_case (store, case_reference, &error);
  if (the_case == NULL)
    return refuse (error->message);

  if (victim_strategy)
    document = ov_report_build_victim_strategy (store, the_case, person_id, NULL, &error);
  else
    {
      g_autoptr(OvReview) review = find_review (store, the_case, review_id, &error);

      if (review != NULL)
        document = ov_report_build_review (store, review, &error);
    }
  if (document == NULL)
    return refuse (error->message);

  if (!ov_report_export_pdf (store, document, output, NULL, reason, &error))
    return refuse (error->message);

  /* Translators: e.g. "Exported Supervisory review report of … to review.pdf." */
  g_print (_("Exported %s to %s.\n"), ov_report_document_get_subject (document), output);
  return OV_EXIT_OK;
}

/**
 * ov_report_run_plan_command:
 * @store: the open store
 * @plan_id_or_name: (nullable): the reception plan, by id or name
 * @output: (nullable): the PDF file to write
 * @reason: (nullable): why the plan is printed; required, and recorded
 *
 * Exports a victim reception centre plan to PDF and records the disclosure, reporting as
 * ov_report_run_command() does.
 *
 * Returns: %OV_EXIT_OK, or %OV_EXIT_FAILED
 */
int
ov_report_run_plan_command (OvStore    *store,
                            const char *plan_id_or_name,
                            const char *output,
                            const char *reason)
{
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvReceptionPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OV_IS_STORE (store), OV_EXIT_FAILED);

  if (ov_str_empty (plan_id_or_name))
    return refuse (_("Give the plan with --plan ID|NAME."));
  if (ov_str_empty (output))
    return refuse (_("Give the PDF file to write with --output FILE.pdf."));
  if (ov_str_empty (reason))
    return refuse (_("Give the reason for the report with --reason TEXT: every report "
                     "printed or exported is recorded with its reason."));

  plan = ov_store_find_reception_plan (store, plan_id_or_name, &error);
  if (plan == NULL)
    return refuse (error->message);
  document = ov_report_build_reception_plan (store, plan, NULL, &error);
  if (document == NULL)
    return refuse (error->message);
  if (!ov_report_export_pdf (store, document, output, NULL, reason, &error))
    return refuse (error->message);

  g_print (_("Exported %s to %s.\n"), ov_report_document_get_subject (document), output);
  return OV_EXIT_OK;
}
