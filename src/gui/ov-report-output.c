/* ov-report-output.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing goes through GtkPrintOperation in points over the whole sheet, drawn by the
 * same core renderer as the PDF, on the paper the user last chose (kept on the
 * application). The document is built only once the user has pressed Print, so
 * restricted details are revealed, and recorded, only for a print that goes ahead; the
 * disclosure is recorded when the operation is applied.
 */

#define G_LOG_DOMAIN "ov-report-output"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ov-application.h"
#include "ov-case.h"
#include "ov-dialogs.h"
#include "ov-report-output.h"
#include "ov-reports.h"
#include "ov-store.h"
#include "ov-util.h"

/**
 * ov_report_request_new_victim_strategy:
 * @the_case: a saved case
 *
 * Returns: (transfer full): a request for the victim strategy report of every victim of
 *   @the_case, without restricted details
 */
OvReportRequest *
ov_report_request_new_victim_strategy (OvCase *the_case)
{
  OvReportRequest *request;

  g_return_val_if_fail (OV_IS_CASE (the_case), NULL);

  request = g_new0 (OvReportRequest, 1);
  request->kind = OV_REPORT_KIND_VICTIM_STRATEGY;
  request->the_case = g_object_ref (the_case);
  return request;
}

/**
 * ov_report_request_new_review:
 * @the_case: the case reviewed
 * @review: a saved review of @the_case
 *
 * Returns: (transfer full): a request for the supervisory review report of @review
 */
OvReportRequest *
ov_report_request_new_review (OvCase   *the_case,
                              OvReview *review)
{
  OvReportRequest *request;

  g_return_val_if_fail (OV_IS_CASE (the_case), NULL);
  g_return_val_if_fail (OV_IS_REVIEW (review), NULL);

  request = g_new0 (OvReportRequest, 1);
  request->kind = OV_REPORT_KIND_REVIEW;
  request->the_case = g_object_ref (the_case);
  request->review = g_object_ref (review);
  return request;
}

/**
 * ov_report_request_new_reception_plan:
 * @plan: a saved victim reception centre plan
 *
 * Returns: (transfer full): a request to print or export @plan
 */
OvReportRequest *
ov_report_request_new_reception_plan (OvReceptionPlan *plan)
{
  OvReportRequest *request;

  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (plan), NULL);

  request = g_new0 (OvReportRequest, 1);
  request->kind = OV_REPORT_KIND_RECEPTION_PLAN;
  request->plan = g_object_ref (plan);
  return request;
}

OvReportRequest *
ov_report_request_copy (OvReportRequest *request)
{
  OvReportRequest *copy;

  g_return_val_if_fail (request != NULL, NULL);

  copy = g_memdup2 (request, sizeof *request);
  copy->the_case = request->the_case != NULL ? g_object_ref (request->the_case) : NULL;
  copy->review = request->review != NULL ? g_object_ref (request->review) : NULL;
  copy->plan = request->plan != NULL ? g_object_ref (request->plan) : NULL;
  copy->recipient = g_strdup (request->recipient);
  copy->reason = g_strdup (request->reason);
  return copy;
}

void
ov_report_request_free (OvReportRequest *request)
{
  if (request == NULL)
    return;
  g_clear_object (&request->the_case);
  g_clear_object (&request->review);
  g_clear_object (&request->plan);
  g_free (request->recipient);
  g_free (request->reason);
  g_free (request);
}

/* Letters, digits, dots, dashes and underscores; anything else becomes a dash. */
static void
make_file_safe (char *text)
{
  for (char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
        *p = '-';
    }
}

/**
 * ov_report_request_get_file_name:
 *
 * Returns: (transfer full): the name to offer for the PDF, such as
 *   `MSHT-2026-0001-victim-strategy.pdf` or `MSHT-2026-0001-review-2026-03-02.pdf`
 */
char *
ov_report_request_get_file_name (OvReportRequest *request)
{
  g_autofree char *reference = NULL;
  g_autofree char *held_on = NULL;
  char *name;

  g_return_val_if_fail (request != NULL, NULL);

  if (request->kind == OV_REPORT_KIND_RECEPTION_PLAN)
    {
      name = g_strdup_printf ("reception-plan-%s.pdf", ov_reception_plan_get_name (request->plan));
      make_file_safe (name);
      return name;
    }

  reference = g_strdup (ov_str_empty (ov_case_get_reference (request->the_case)) ?
                        "case" : ov_case_get_reference (request->the_case));

  if (request->kind == OV_REPORT_KIND_VICTIM_STRATEGY)
    name = g_strdup_printf ("%s-victim-strategy.pdf", reference);
  else
    {
      const char *held_at = ov_review_get_held_at (request->review);

      if (held_at != NULL && strlen (held_at) >= 10)
        held_on = g_strndup (held_at, 10);
      if (held_on != NULL && ov_date_is_valid (held_on))
        name = g_strdup_printf ("%s-review-%s.pdf", reference, held_on);
      else
        name = g_strdup_printf ("%s-review.pdf", reference);
    }
  make_file_safe (name);
  return name;
}

/**
 * ov_report_request_build:
 *
 * Builds the document of @request from what is stored. With restricted details, each
 * reveal is recorded with the request's reason.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
OvReportDocument *
ov_report_request_build (OvReportRequest  *request,
                         OvStore          *store,
                         GError          **error)
{
  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  if (request->kind == OV_REPORT_KIND_REVIEW)
    return ov_report_build_review (store, request->review, error);
  if (request->kind == OV_REPORT_KIND_RECEPTION_PLAN)
    return ov_report_build_reception_plan (store, request->plan, NULL, error);

  return ov_report_build_victim_strategy (store, request->the_case, request->person_id,
                                          request->include_restricted ?
                                          (request->reason != NULL ? request->reason : "") :
                                          NULL,
                                          error);
}

/**
 * ov_report_output_export_pdf:
 * @path: the PDF file to write
 *
 * Builds the report and writes it to @path with its disclosure recorded: what the
 * Export action does once the user has chosen the file. Nothing is written or revealed
 * without a reason.
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
ov_report_output_export_pdf (OvStore          *store,
                             OvReportRequest  *request,
                             const char       *path,
                             GError          **error)
{
  g_autoptr(OvReportDocument) document = NULL;

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Refused before anything is revealed for the report. */
  if (ov_str_empty (request->reason))
    {
      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NO_REASON,
                   _("Give the reason for printing or exporting this report: every "
                     "disclosure is recorded with its reason."));
      return FALSE;
    }

  document = ov_report_request_build (request, store, error);
  if (document == NULL)
    return FALSE;
  return ov_report_export_pdf (store, document, path, request->recipient, request->reason,
                               error);
}

/* Printing */

typedef struct
{
  OvStore          *store;
  OvReportRequest  *request;
  OvReportDocument *document;
  OvReportLayout   *layout;
  GtkWindow        *parent;     /* weak */
  GError           *error;
  gboolean          finished;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->store);
  g_clear_pointer (&job->request, ov_report_request_free);
  g_clear_object (&job->document);
  g_clear_object (&job->layout);
  g_clear_weak_pointer (&job->parent);
  g_clear_error (&job->error);
  g_free (job);
}

static void
show_print_error (PrintJob     *job,
                  const GError *error)
{
  ov_dialogs_show_error (job->parent != NULL ? GTK_WIDGET (job->parent) : NULL,
                         _("The report was not printed"), error->message);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  PangoContext *pango;

  if (job->document == NULL)
    job->document = ov_report_request_build (job->request, job->store, &job->error);
  if (job->document == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }

  pango = gtk_print_context_create_pango_context (context);
  g_clear_object (&job->layout);
  job->layout = ov_report_layout_new (job->document,
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context),
                                      pango);
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int) ov_report_layout_get_n_pages (job->layout));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  if (job->layout == NULL)
    return;
  ov_report_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context),
                              (guint) page_nr);
}

static OvApplication *
find_application (PrintJob *job)
{
  gpointer application = NULL;

  if (job->parent != NULL)
    application = gtk_window_get_application (job->parent);
  if (application == NULL)
    application = g_application_get_default ();
  return OV_IS_APPLICATION (application) ? OV_APPLICATION (application) : NULL;
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  OvApplication *application = find_application (job);
  g_autoptr(GError) error = NULL;

  if (job->finished)
    return;
  job->finished = TRUE;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      /* The paper and printer chosen are offered again next time. */
      if (application != NULL)
        {
          ov_application_set_print_settings (application,
                                             gtk_print_operation_get_print_settings (operation));
          ov_application_set_page_setup (application,
                                         gtk_print_operation_get_default_page_setup (operation));
        }
      if (job->document != NULL &&
          !ov_report_record_disclosure (job->store, job->document, OV_REPORT_OUTPUT_PRINT,
                                        job->request->recipient, job->request->reason,
                                        &error))
        show_print_error (job, error);
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_print_error (job, error);
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      /* Cancelled by the user, or because the report could not be built. */
      if (job->error != NULL)
        show_print_error (job, job->error);
      break;

    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      job->finished = FALSE;
      break;
    }
}

/**
 * ov_report_output_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @request: what to print, for whom and why
 * @export_path: (nullable): %NULL to show the print dialog; otherwise a PDF file the
 *   print operation writes without a dialog, as a printer would receive it
 *
 * Prints the report on the page setup last used (A4 portrait at first), and records the
 * disclosure once the print is sent. Errors are shown to the user.
 */
void
ov_report_output_print (GtkWindow       *parent,
                        OvStore         *store,
                        OvReportRequest *request,
                        const char      *export_path)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) a4 = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;
  OvApplication *application;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (OV_IS_STORE (store));
  g_return_if_fail (request != NULL);

  job = g_new0 (PrintJob, 1);
  job->store = g_object_ref (store);
  job->request = ov_report_request_copy (request);
  g_set_weak_pointer (&job->parent, parent);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "ov-print-job", job,
                          (GDestroyNotify) print_job_free);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  job_name = ov_report_request_get_file_name (request);
  if (g_str_has_suffix (job_name, ".pdf"))
    job_name[strlen (job_name) - 4] = '\0';
  gtk_print_operation_set_job_name (operation, job_name);

  application = find_application (job);
  if (application != NULL && ov_application_get_print_settings (application) != NULL)
    settings = gtk_print_settings_copy (ov_application_get_print_settings (application));
  else
    settings = gtk_print_settings_new ();
  /* Printed to a file, the report is named as an export would be. */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, job_name);
  gtk_print_operation_set_print_settings (operation, settings);
  if (application != NULL && ov_application_get_page_setup (application) != NULL)
    gtk_print_operation_set_default_page_setup (operation,
                                                ov_application_get_page_setup (application));
  else
    {
      /* Reports are laid out for A4 portrait unless the user chooses otherwise. */
      a4 = gtk_page_setup_new ();
      paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
      gtk_page_setup_set_paper_size_and_default_margins (a4, paper);
      gtk_page_setup_set_orientation (a4, GTK_PAGE_ORIENTATION_PORTRAIT);
      gtk_print_operation_set_default_page_setup (operation, a4);
    }

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);

  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent,
                                        &error);
    }
  else
    {
      gtk_print_operation_set_allow_async (operation, TRUE);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                        parent, &error);
    }

  /* Not every way to the end goes through ::done. */
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && !job->finished)
    {
      if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
        {
          job->finished = TRUE;
          show_print_error (job, error);
        }
      else
        on_done (operation, result, job);
    }
}
