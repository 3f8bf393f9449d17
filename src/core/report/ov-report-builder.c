/* ov-report-builder.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-report-builder"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-enum-types.h"
#include "ov-finding.h"
#include "ov-report-builder.h"
#include "ov-staff.h"
#include "ov-util.h"

/**
 * _ov_report_builder_init:
 * @title: the report's title
 *
 * Starts a document about @the_case, printed now by the current user (or, before anyone
 * has linked a staff record, the computer account).
 */
void
_ov_report_builder_init (OvReportBuilder *builder,
                         OvStore         *store,
                         OvCase          *the_case,
                         const char      *title)
{
  OvStaff *user = ov_store_get_current_user (store);
  g_autofree char *now = ov_now_utc ();
  g_autofree char *printed_at = ov_format_timestamp (now);
  const char *printed_by;

  builder->store = g_object_ref (store);
  builder->the_case = g_object_ref (the_case);
  builder->document = ov_report_document_new (title);
  builder->staff_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  builder->strings = g_string_chunk_new (4096);

  if (user != NULL)
    printed_by = ov_staff_get_name (user);
  else if (ov_store_get_account (store) != NULL)
    printed_by = ov_store_get_account (store);
  else
    printed_by = g_get_user_name ();

  ov_report_document_set_case_reference (builder->document, ov_case_get_reference (the_case));
  ov_report_document_set_operation_name (builder->document,
                                         ov_case_get_operation_name (the_case));
  ov_report_document_set_case_uuid (builder->document,
                                    ov_record_get_uuid (OV_RECORD (the_case)));
  ov_report_document_set_printed_by (builder->document, printed_by);
  ov_report_document_set_printed_at (builder->document, printed_at);
  ov_report_document_set_marking (builder->document, OV_REPORT_MARKING);
}

void
_ov_report_builder_clear (OvReportBuilder *builder)
{
  g_clear_object (&builder->store);
  g_clear_object (&builder->the_case);
  g_clear_object (&builder->document);
  g_clear_pointer (&builder->staff_names, g_hash_table_unref);
  g_clear_pointer (&builder->strings, g_string_chunk_free);
}

/* Takes @text (owned) and returns a copy that lives as long as the builder. */
const char *
_ov_report_builder_keep (OvReportBuilder *builder,
                         char            *text)
{
  const char *kept = g_string_chunk_insert (builder->strings, text != NULL ? text : "");

  g_free (text);
  return kept;
}

/* Formats a string that lives as long as the builder. */
const char *
_ov_report_builder_printf (OvReportBuilder *builder,
                           const char      *format,
                           ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return _ov_report_builder_keep (builder, text);
}

/* A calendar date or a stored time, as people in England write it. */
const char *
_ov_report_builder_when (OvReportBuilder *builder,
                         const char      *date_or_timestamp)
{
  if (ov_str_empty (date_or_timestamp))
    return "";
  if (ov_date_is_valid (date_or_timestamp))
    return _ov_report_builder_keep (builder, ov_format_date (date_or_timestamp));
  return _ov_report_builder_keep (builder, ov_format_timestamp (date_or_timestamp));
}

const char *
_ov_report_builder_enum (GType enum_type,
                         int   value)
{
  const char *label = ov_enum_get_label (enum_type, value);

  return label != NULL ? label : "";
}

const char *
_ov_report_builder_flags (OvReportBuilder *builder,
                          GType            flags_type,
                          guint            value)
{
  if (value == 0)
    return _("None");
  return _ov_report_builder_keep (builder, ov_flags_to_labels (flags_type, value));
}

const char *
_ov_report_builder_yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

const char *
_ov_report_builder_staff_name (OvReportBuilder *builder,
                               gint64           staff_id)
{
  g_autoptr(OvStaff) staff = NULL;
  const char *name;

  if (staff_id <= 0)
    return "";
  name = g_hash_table_lookup (builder->staff_names, &staff_id);
  if (name != NULL)
    return name;

  staff = ov_store_load (builder->store, OV_TYPE_STAFF, staff_id, NULL);
  if (staff == NULL)
    /* Translators: a staff record that no longer exists, by its number */
    name = _ov_report_builder_keep (builder, g_strdup_printf (_("Staff record %" G_GINT64_FORMAT),
                                                              staff_id));
  else
    name = ov_staff_get_name (staff);

  g_hash_table_insert (builder->staff_names, g_memdup2 (&staff_id, sizeof staff_id),
                       g_strdup (name));
  return g_hash_table_lookup (builder->staff_names, &staff_id);
}

/* "MSHT/2026/0001 · Operation Kestrel", or the reference alone. */
const char *
_ov_report_builder_case_line (OvReportBuilder *builder)
{
  const char *reference = ov_case_get_reference (builder->the_case);
  const char *operation = ov_case_get_operation_name (builder->the_case);

  if (ov_str_empty (operation))
    return reference;
  return _ov_report_builder_keep (builder,
                                  g_strdup_printf (C_("report header", "%s · %s"),
                                                   reference, operation));
}

/**
 * _ov_report_builder_add_case:
 * @covers: what the report covers, e.g. "All victims (3)"
 *
 * The case summary both reports open with.
 */
void
_ov_report_builder_add_case (OvReportBuilder *builder,
                             const char      *covers)
{
  OvReportDocument *document = builder->document;
  OvCase *the_case = builder->the_case;

  ov_report_document_add_heading (document, 1, _("Case summary"));
  ov_report_document_add_field (document, _("Case reference"), ov_case_get_reference (the_case));
  ov_report_document_add_field (document, _("Operation"), ov_case_get_operation_name (the_case));
  ov_report_document_add_field (document, _("Status"),
                                _ov_report_builder_enum (OV_TYPE_CASE_STATUS,
                                                         ov_case_get_status (the_case)));
  ov_report_document_add_field (document, _("Opened"),
                                _ov_report_builder_when (builder, ov_case_get_opened_on (the_case)));
  if (!ov_str_empty (ov_case_get_closed_on (the_case)))
    ov_report_document_add_field (document, _("Closed"),
                                  _ov_report_builder_when (builder,
                                                           ov_case_get_closed_on (the_case)));
  ov_report_document_add_field (document, _("Offences"),
                                _ov_report_builder_flags (builder, OV_TYPE_OFFENCE,
                                                          ov_case_get_offences (the_case)));
  ov_report_document_add_field (document, _("Exploitation"),
                                _ov_report_builder_flags (builder, OV_TYPE_EXPLOITATION,
                                                          ov_case_get_exploitation_types (the_case)));
  ov_report_document_add_field (document, _("County lines"),
                                _ov_report_builder_yes_no (ov_case_get_county_lines (the_case)));
  ov_report_document_add_field (document, _("Officer in the case"),
                                ov_str_empty (ov_case_get_oic_name (the_case))
                                ? _("Not allocated") : ov_case_get_oic_name (the_case));
  if (covers != NULL)
    ov_report_document_add_field (document, _("This report covers"), covers);

  _ov_report_builder_add_text (builder, _("Summary"), ov_case_get_summary (the_case));
}

/**
 * _ov_report_builder_add_text:
 *
 * A labelled passage of free text, if there is any.
 */
void
_ov_report_builder_add_text (OvReportBuilder *builder,
                             const char      *label,
                             const char      *text)
{
  if (ov_str_empty (text))
    return;
  ov_report_document_add_heading (builder->document, 3, label);
  ov_report_document_add_paragraph (builder->document, OV_REPORT_TEXT_NORMAL, text);
}

/**
 * _ov_report_builder_add_findings:
 * @findings: (element-type OvFinding): what the compliance check found
 * @with_person: whether to name the person each finding is about
 *
 * The findings as a table, most pressing first; the caller says when there are none.
 */
void
_ov_report_builder_add_findings (OvReportBuilder *builder,
                                 GPtrArray       *findings,
                                 gboolean         with_person)
{
  const char *headers_person[] = { _("Severity"), _("Finding"), _("Person"), _("Due"),
                                   _("Days overdue") };
  const double widths_person[] = { 1.0, 4.0, 1.5, 1.2, 0.9 };
  const char *headers[] = { _("Severity"), _("Finding"), _("Due"), _("Days overdue") };
  const double widths[] = { 1.1, 5.2, 1.3, 1.0 };

  if (with_person)
    ov_report_document_begin_table (builder->document, G_N_ELEMENTS (headers_person),
                                    headers_person, widths_person);
  else
    ov_report_document_begin_table (builder->document, G_N_ELEMENTS (headers), headers, widths);

  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);
      int overdue = ov_finding_get_days_overdue (finding);
      const char *days = overdue > 0
                         ? _ov_report_builder_keep (builder, g_strdup_printf ("%d", overdue))
                         : "";
      const char *severity = _ov_report_builder_enum (OV_TYPE_SEVERITY,
                                                      ov_finding_get_severity (finding));
      const char *due = _ov_report_builder_when (builder, ov_finding_get_due_on (finding));

      if (with_person)
        {
          const char *cells[] = { severity, ov_finding_get_message (finding),
                                  ov_finding_get_person_name (finding), due, days };

          ov_report_document_add_row (builder->document, cells);
        }
      else
        {
          const char *cells[] = { severity, ov_finding_get_message (finding), due, days };

          ov_report_document_add_row (builder->document, cells);
        }
    }
}
