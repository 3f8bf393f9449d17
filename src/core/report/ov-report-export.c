/* ov-report-export.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF files are written beside their destination under a temporary name, readable by
 * their owner only, and renamed into place once complete; an export is renamed into place
 * only after its audit event is written, so no report leaves without its record.
 */

#define G_LOG_DOMAIN "ov-report-export"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "ov-report-export.h"
#include "ov-report-layout-private.h"
#include "ov-store.h"
#include "ov-util.h"

G_DEFINE_QUARK (ov-report-error-quark, ov_report_error)

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  FILE *file = closure;

  if (fwrite (data, 1, length, file) != length)
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t  *surface,
              OvReportDocument *document)
{
  const char *title = ov_report_document_get_title (document);
  const char *reference = ov_report_document_get_case_reference (document);
  const char *subject = ov_report_document_get_subject (document);
  const char *author = ov_report_document_get_printed_by (document);
  g_autofree char *full_title = NULL;
  g_autofree char *creator = g_strdup_printf ("Oversight %s", PACKAGE_VERSION);

  if (reference != NULL && *reference != '\0')
    /* Translators: the PDF's title, e.g. "Victim strategy report — MSHT/2026/0001" */
    full_title = g_strdup_printf (C_("pdf title", "%s — %s"), title, reference);
  else
    full_title = g_strdup (title);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, full_title);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  ov_report_document_get_marking (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
}

static gboolean
render_pdf (OvReportLayout  *layout,
            FILE            *file,
            const char      *path,
            GError         **error)
{
  OvReportDocument *document = ov_report_layout_get_document (layout);
  GArray *outline = _ov_report_layout_get_outline (layout);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_to_file, file,
                                                 ov_report_layout_get_page_width (layout),
                                                 ov_report_layout_get_page_height (layout));
  set_metadata (surface, document);

  cr = cairo_create (surface);
  for (guint i = 0; i < ov_report_layout_get_n_pages (layout); i++)
    {
      ov_report_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }

  /* Bookmarks to each section, so a long report can be navigated. */
  for (guint i = 0; i < outline->len; i++)
    {
      OvReportOutlineEntry *entry = &g_array_index (outline, OvReportOutlineEntry, i);
      g_autofree char *target = g_strdup_printf ("page=%u pos=[0 %d]", entry->page + 1,
                                                 (int) entry->y);

      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, entry->text, target, 0);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s. Check there is space on the "
                     "disk and that the folder can be written to."),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* Writes the PDF under a temporary name in the destination's folder; returns that name. */
static char *
write_temporary (OvReportDocument  *document,
                 double             page_width,
                 double             page_height,
                 const char        *path,
                 GError           **error)
{
  g_autoptr(OvReportLayout) layout = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temporary = g_build_filename (dir, name, NULL);
  gboolean ok;
  FILE *file;
  int fd;

  layout = ov_report_layout_new (document, page_width, page_height, NULL);

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s. Check the folder exists and "
                     "can be written to."),
                   path, g_strerror (saved_errno));
      return NULL;
    }
  file = fdopen (fd, "wb");
  if (file == NULL)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temporary);
      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s."), path, g_strerror (saved_errno));
      return NULL;
    }

  ok = render_pdf (layout, file, path, error);
  if (ok && (fflush (file) != 0 || fsync (fileno (file)) != 0))
    {
      int saved_errno = errno;

      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s. Check there is space on the "
                     "disk."),
                   path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (fclose (file) != 0 && ok)
    {
      int saved_errno = errno;

      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s."), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    {
      g_unlink (temporary);
      return NULL;
    }
  return g_steal_pointer (&temporary);
}

static gboolean
move_into_place (const char  *temporary,
                 const char  *path,
                 GError     **error)
{
  if (g_rename (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * ov_report_write_pdf:
 * @document: the report
 * @page_width: in points, e.g. %OV_REPORT_A4_WIDTH
 * @page_height: in points, e.g. %OV_REPORT_A4_HEIGHT
 * @path: the file to write (replaced if it exists), readable by its owner only
 *
 * Lays @document out and writes it as a PDF with its title, author (who printed it),
 * subject, marking (as keywords) and an outline of its sections. This records no
 * disclosure: anything handed to someone goes through ov_report_export_pdf().
 */
gboolean
ov_report_write_pdf (OvReportDocument  *document,
                     double             page_width,
                     double             page_height,
                     const char        *path,
                     GError           **error)
{
  g_autofree char *temporary = NULL;

  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  temporary = write_temporary (document, page_width, page_height, path, error);
  if (temporary == NULL)
    return FALSE;
  return move_into_place (temporary, path, error);
}

static gboolean
check_reason (const char  *reason,
              GError     **error)
{
  if (ov_str_empty (reason))
    {
      g_set_error (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NO_REASON,
                   _("Give the reason for printing or exporting this report: every "
                     "disclosure is recorded with its reason."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ov_report_record_disclosure:
 * @output: printed or exported to PDF
 * @recipient: (nullable): to whom it goes
 * @reason: why; required
 *
 * Writes the audit event of one print or export of @document: the report, for whom and
 * why, and whether it carries restricted details. The GUI calls this when a print
 * operation is applied; ov_report_export_pdf() calls it itself.
 */
gboolean
ov_report_record_disclosure (OvStore           *store,
                             OvReportDocument  *document,
                             OvReportOutput     output,
                             const char        *recipient,
                             const char        *reason,
                             GError           **error)
{
  g_autofree char *what = NULL;
  g_autofree char *detail = NULL;
  const char *subject;

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);
  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (document), FALSE);

  if (!check_reason (reason, error))
    return FALSE;

  subject = ov_report_document_get_subject (document);
  if (subject == NULL)
    subject = ov_report_document_get_title (document);

  if (output == OV_REPORT_OUTPUT_PDF)
    {
      if (!ov_str_empty (recipient))
        /* Translators: audit detail, e.g. "Supervisory review report … exported to PDF
         * for CPS Yorkshire. Reason: charging advice file" */
        what = g_strdup_printf (_("%s exported to PDF for %s. Reason: %s"),
                                subject, recipient, reason);
      else
        what = g_strdup_printf (_("%s exported to PDF. Reason: %s"), subject, reason);
    }
  else
    {
      if (!ov_str_empty (recipient))
        what = g_strdup_printf (_("%s printed for %s. Reason: %s"), subject, recipient, reason);
      else
        what = g_strdup_printf (_("%s printed. Reason: %s"), subject, reason);
    }

  if (ov_report_document_get_restricted (document))
    /* Translators: two sentences of an audit detail, the second saying restricted
     * details were included */
    detail = g_strdup_printf (C_("audit detail", "%s %s"), what,
                              _("It includes restricted address and contact details."));
  else
    detail = g_steal_pointer (&what);

  return ov_store_audit (store, "report", ov_report_document_get_case_uuid (document), "print",
                         detail, error);
}

/**
 * ov_report_export_pdf:
 * @path: the PDF file to write, A4 portrait
 * @recipient: (nullable): to whom it goes
 * @reason: why; required
 *
 * Writes @document to @path and records the disclosure in the audit log. Nothing is
 * written without a reason, and the file appears only once its audit event is stored.
 */
gboolean
ov_report_export_pdf (OvStore           *store,
                      OvReportDocument  *document,
                      const char        *path,
                      const char        *recipient,
                      const char        *reason,
                      GError           **error)
{
  g_autofree char *temporary = NULL;

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);
  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_reason (reason, error))
    return FALSE;

  temporary = write_temporary (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, path, error);
  if (temporary == NULL)
    return FALSE;

  if (!ov_report_record_disclosure (store, document, OV_REPORT_OUTPUT_PDF, recipient, reason,
                                    error))
    {
      g_unlink (temporary);
      return FALSE;
    }
  return move_into_place (temporary, path, error);
}
