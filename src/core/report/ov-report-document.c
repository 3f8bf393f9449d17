/* ov-report-document.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-report-document"

#include "config.h"

#include "ov-report-document-private.h"
#include "ov-util.h"

struct _OvReportDocument
{
  GObject    parent_instance;

  char      *title;
  char      *subtitle;
  char      *case_reference;
  char      *operation_name;
  char      *case_uuid;
  char      *subject;
  char      *printed_by;
  char      *printed_at;
  char      *marking;
  gboolean   draft;
  gboolean   restricted;

  GPtrArray *blocks;   /* OvReportBlock */
};

G_DEFINE_FINAL_TYPE (OvReportDocument, ov_report_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_CASE_REFERENCE,
  PROP_OPERATION_NAME,
  PROP_CASE_UUID,
  PROP_SUBJECT,
  PROP_PRINTED_BY,
  PROP_PRINTED_AT,
  PROP_MARKING,
  PROP_DRAFT,
  PROP_RESTRICTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
check_item_free (gpointer data)
{
  OvReportCheckItem *item = data;

  g_free (item->label);
  g_free (item->note);
  g_free (item);
}

static void
block_free (gpointer data)
{
  OvReportBlock *block = data;

  g_free (block->text);
  g_strfreev (block->headers);
  g_free (block->widths);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static OvReportBlock *
append_block (OvReportDocument  *self,
              OvReportBlockKind  kind)
{
  OvReportBlock *block = g_new0 (OvReportBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static OvReportBlock *
last_block (OvReportDocument  *self,
            OvReportBlockKind  kind)
{
  OvReportBlock *block;

  if (self->blocks->len == 0)
    return NULL;
  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  return block->kind == kind ? block : NULL;
}

/* Text as it is laid out: never NULL, tabs and carriage returns as spaces. */
static char *
clean_text (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  g_strdelimit (copy, "\t\r\f\v", ' ');
  return copy;
}

static void
ov_report_document_finalize (GObject *object)
{
  OvReportDocument *self = OV_REPORT_DOCUMENT (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->case_reference);
  g_free (self->operation_name);
  g_free (self->case_uuid);
  g_free (self->subject);
  g_free (self->printed_by);
  g_free (self->printed_at);
  g_free (self->marking);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (ov_report_document_parent_class)->finalize (object);
}

static void
ov_report_document_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvReportDocument *self = OV_REPORT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_CASE_REFERENCE:
      g_value_set_string (value, self->case_reference);
      break;
    case PROP_OPERATION_NAME:
      g_value_set_string (value, self->operation_name);
      break;
    case PROP_CASE_UUID:
      g_value_set_string (value, self->case_uuid);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_PRINTED_BY:
      g_value_set_string (value, self->printed_by);
      break;
    case PROP_PRINTED_AT:
      g_value_set_string (value, self->printed_at);
      break;
    case PROP_MARKING:
      g_value_set_string (value, self->marking);
      break;
    case PROP_DRAFT:
      g_value_set_boolean (value, self->draft);
      break;
    case PROP_RESTRICTED:
      g_value_set_boolean (value, self->restricted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_report_document_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvReportDocument *self = OV_REPORT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ov_report_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      ov_report_document_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_CASE_REFERENCE:
      ov_report_document_set_case_reference (self, g_value_get_string (value));
      break;
    case PROP_OPERATION_NAME:
      ov_report_document_set_operation_name (self, g_value_get_string (value));
      break;
    case PROP_CASE_UUID:
      ov_report_document_set_case_uuid (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      ov_report_document_set_subject (self, g_value_get_string (value));
      break;
    case PROP_PRINTED_BY:
      ov_report_document_set_printed_by (self, g_value_get_string (value));
      break;
    case PROP_PRINTED_AT:
      ov_report_document_set_printed_at (self, g_value_get_string (value));
      break;
    case PROP_MARKING:
      ov_report_document_set_marking (self, g_value_get_string (value));
      break;
    case PROP_DRAFT:
      ov_report_document_set_draft (self, g_value_get_boolean (value));
      break;
    case PROP_RESTRICTED:
      ov_report_document_set_restricted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_report_document_class_init (OvReportDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ov_report_document_finalize;
  object_class->get_property = ov_report_document_get_property;
  object_class->set_property = ov_report_document_set_property;

#define STRING_PROPERTY(id, name, nick, blurb) \
  properties[id] = g_param_spec_string (name, nick, blurb, NULL, \
                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | \
                                        G_PARAM_STATIC_STRINGS)

  STRING_PROPERTY (PROP_TITLE, "title", "Title", "The report's title, on every page");
  STRING_PROPERTY (PROP_SUBTITLE, "subtitle", "Subtitle", "Under the title on the first page");
  STRING_PROPERTY (PROP_CASE_REFERENCE, "case-reference", "Case reference",
                   "The case, on every page");
  STRING_PROPERTY (PROP_OPERATION_NAME, "operation-name", "Operation",
                   "The operation name, on every page");
  STRING_PROPERTY (PROP_CASE_UUID, "case-uuid", "Case UUID",
                   "The case the report discloses, for the audit log");
  STRING_PROPERTY (PROP_SUBJECT, "subject", "Subject",
                   "What the report covers, for the PDF metadata and the audit log");
  STRING_PROPERTY (PROP_PRINTED_BY, "printed-by", "Printed by", "Who printed the report");
  STRING_PROPERTY (PROP_PRINTED_AT, "printed-at", "Printed at",
                   "When it was printed, as people read it");
  STRING_PROPERTY (PROP_MARKING, "marking", "Protective marking",
                   "The marking at the top and bottom of every page");

#undef STRING_PROPERTY

  properties[PROP_DRAFT] =
    g_param_spec_boolean ("draft", "Draft", "Every page carries the draft watermark",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESTRICTED] =
    g_param_spec_boolean ("restricted", "Restricted details",
                          "The report includes restricted address and contact details",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_report_document_init (OvReportDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->marking = g_strdup (OV_REPORT_MARKING);
}

/**
 * ov_report_document_new:
 * @title: the report's title, e.g. "Supervisory review report"
 *
 * Returns: (transfer full): an empty document marked OFFICIAL-SENSITIVE
 */
OvReportDocument *
ov_report_document_new (const char *title)
{
  return g_object_new (OV_TYPE_REPORT_DOCUMENT, "title", title, NULL);
}

#define STRING_ACCESSORS(field, FIELD) \
  const char * \
  ov_report_document_get_##field (OvReportDocument *self) \
  { \
    g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (self), NULL); \
    return self->field; \
  } \
  void \
  ov_report_document_set_##field (OvReportDocument *self, \
                                  const char       *field) \
  { \
    g_return_if_fail (OV_IS_REPORT_DOCUMENT (self)); \
    if (ov_set_str (&self->field, field)) \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_##FIELD]); \
  }

STRING_ACCESSORS (title, TITLE)
STRING_ACCESSORS (subtitle, SUBTITLE)
STRING_ACCESSORS (case_reference, CASE_REFERENCE)
STRING_ACCESSORS (operation_name, OPERATION_NAME)
STRING_ACCESSORS (case_uuid, CASE_UUID)
STRING_ACCESSORS (subject, SUBJECT)
STRING_ACCESSORS (printed_by, PRINTED_BY)
STRING_ACCESSORS (printed_at, PRINTED_AT)
STRING_ACCESSORS (marking, MARKING)

#undef STRING_ACCESSORS

gboolean
ov_report_document_get_draft (OvReportDocument *self)
{
  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (self), FALSE);
  return self->draft;
}

/**
 * ov_report_document_set_draft:
 * @draft: whether every page carries "DRAFT — not signed off"
 */
void
ov_report_document_set_draft (OvReportDocument *self,
                              gboolean          draft)
{
  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  draft = !!draft;
  if (self->draft == draft)
    return;
  self->draft = draft;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT]);
}

gboolean
ov_report_document_get_restricted (OvReportDocument *self)
{
  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (self), FALSE);
  return self->restricted;
}

/**
 * ov_report_document_set_restricted:
 * @restricted: whether the report includes restricted details, which the audit event of
 *   each print or export then says
 */
void
ov_report_document_set_restricted (OvReportDocument *self,
                                   gboolean          restricted)
{
  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  restricted = !!restricted;
  if (self->restricted == restricted)
    return;
  self->restricted = restricted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTRICTED]);
}

/**
 * ov_report_document_add_heading:
 * @level: 1 for a section, 2 for a part of one, 3 for a labelled passage of text
 *
 * A heading is never left alone at the foot of a page: it moves to the next page with
 * the start of what follows it.
 */
void
ov_report_document_add_heading (OvReportDocument *self,
                                guint             level,
                                const char       *text)
{
  OvReportBlock *block;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (level >= 1 && level <= 3);

  block = append_block (self, OV_REPORT_BLOCK_HEADING);
  block->level = level;
  block->text = clean_text (text);
}

/**
 * ov_report_document_add_paragraph:
 * @text: plain text (no markup); line breaks are kept
 *
 * A long paragraph continues across pages, split between lines.
 */
void
ov_report_document_add_paragraph (OvReportDocument  *self,
                                  OvReportTextStyle  style,
                                  const char        *text)
{
  OvReportBlock *block;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  block = append_block (self, OV_REPORT_BLOCK_PARAGRAPH);
  block->style = style;
  block->text = clean_text (text);
}

/**
 * ov_report_document_begin_fields:
 *
 * Starts a field table: labels on the left, values on the right. Fields added after a
 * block of another kind start one of their own, so this is needed only to start a
 * second table straight after a first.
 */
void
ov_report_document_begin_fields (OvReportDocument *self)
{
  OvReportBlock *block;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  block = append_block (self, OV_REPORT_BLOCK_FIELDS);
  block->n_columns = 2;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/**
 * ov_report_document_add_field:
 * @label: what the value is
 * @value: (nullable): the value; empty values show as a dash
 */
void
ov_report_document_add_field (OvReportDocument *self,
                              const char       *label,
                              const char       *value)
{
  OvReportBlock *block;
  char **row;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  block = last_block (self, OV_REPORT_BLOCK_FIELDS);
  if (block == NULL)
    {
      ov_report_document_begin_fields (self);
      block = last_block (self, OV_REPORT_BLOCK_FIELDS);
    }

  row = g_new0 (char *, 3);
  row[0] = clean_text (label);
  row[1] = ov_str_empty (value) ? g_strdup ("—") : clean_text (value);
  g_ptr_array_add (block->rows, row);
}

/**
 * ov_report_document_begin_table:
 * @n_columns: how many columns
 * @headers: (array length=n_columns): the column headers, repeated at the top of each
 *   page the table continues on
 * @widths: (array length=n_columns) (nullable): relative column widths; %NULL for equal
 *
 * Starts a row table; add its rows with ov_report_document_add_row(). A row is kept on
 * one page unless it is taller than a page.
 */
void
ov_report_document_begin_table (OvReportDocument   *self,
                                guint               n_columns,
                                const char * const *headers,
                                const double       *widths)
{
  OvReportBlock *block;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (n_columns > 0);
  g_return_if_fail (headers != NULL);

  block = append_block (self, OV_REPORT_BLOCK_TABLE);
  block->n_columns = n_columns;
  block->headers = g_new0 (char *, n_columns + 1);
  block->widths = g_new0 (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      block->headers[i] = clean_text (headers[i]);
      block->widths[i] = widths != NULL && widths[i] > 0 ? widths[i] : 1.0;
    }
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/**
 * ov_report_document_add_row:
 * @cells: (array): one text per column of the table begun last; %NULL cells are empty
 */
void
ov_report_document_add_row (OvReportDocument   *self,
                            const char * const *cells)
{
  OvReportBlock *block;
  char **row;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (cells != NULL);

  block = last_block (self, OV_REPORT_BLOCK_TABLE);
  g_return_if_fail (block != NULL);

  row = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    row[i] = clean_text (cells[i]);
  g_ptr_array_add (block->rows, row);
}

/**
 * ov_report_document_begin_checks:
 *
 * Starts a check list. Checks added after a block of another kind start one of their own.
 */
void
ov_report_document_begin_checks (OvReportDocument *self)
{
  OvReportBlock *block;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  block = append_block (self, OV_REPORT_BLOCK_CHECKS);
  block->rows = g_ptr_array_new_with_free_func (check_item_free);
}

/**
 * ov_report_document_add_check:
 * @check: ticked or not
 * @label: what was checked
 * @note: (nullable): a line under it, e.g. who confirmed it
 */
void
ov_report_document_add_check (OvReportDocument *self,
                              OvReportCheck     check,
                              const char       *label,
                              const char       *note)
{
  OvReportBlock *block;
  OvReportCheckItem *item;

  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  block = last_block (self, OV_REPORT_BLOCK_CHECKS);
  if (block == NULL)
    {
      ov_report_document_begin_checks (self);
      block = last_block (self, OV_REPORT_BLOCK_CHECKS);
    }

  item = g_new0 (OvReportCheckItem, 1);
  item->check = check;
  item->label = clean_text (label);
  item->note = ov_str_empty (note) ? NULL : clean_text (note);
  g_ptr_array_add (block->rows, item);
}

/**
 * ov_report_document_add_page_break:
 *
 * What follows starts on a new page (nothing happens at the top of a page).
 */
void
ov_report_document_add_page_break (OvReportDocument *self)
{
  g_return_if_fail (OV_IS_REPORT_DOCUMENT (self));

  append_block (self, OV_REPORT_BLOCK_PAGE_BREAK);
}

guint
ov_report_document_get_n_blocks (OvReportDocument *self)
{
  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (self), 0);
  return self->blocks->len;
}

const OvReportBlock *
_ov_report_document_get_block (OvReportDocument *self,
                               guint             index)
{
  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return g_ptr_array_index (self->blocks, index);
}

/**
 * ov_report_document_collect_text:
 *
 * Every text of the body in reading order: headings, paragraphs, labels, values, column
 * headers, cells and checks. Tests use it to find each one in the printed output, and the
 * benchmark to lay out the same text without the document's structure.
 *
 * Returns: (transfer container) (element-type utf8): the texts, owned by @self
 */
GPtrArray *
ov_report_document_collect_text (OvReportDocument *self)
{
  GPtrArray *texts;

  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (self), NULL);

  texts = g_ptr_array_new ();
  for (guint i = 0; i < self->blocks->len; i++)
    {
      OvReportBlock *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case OV_REPORT_BLOCK_HEADING:
        case OV_REPORT_BLOCK_PARAGRAPH:
          g_ptr_array_add (texts, block->text);
          break;

        case OV_REPORT_BLOCK_TABLE:
          for (guint c = 0; c < block->n_columns; c++)
            g_ptr_array_add (texts, block->headers[c]);
          G_GNUC_FALLTHROUGH;
        case OV_REPORT_BLOCK_FIELDS:
          for (guint r = 0; r < block->rows->len; r++)
            {
              char **row = g_ptr_array_index (block->rows, r);

              for (guint c = 0; c < block->n_columns; c++)
                g_ptr_array_add (texts, row[c]);
            }
          break;

        case OV_REPORT_BLOCK_CHECKS:
          for (guint r = 0; r < block->rows->len; r++)
            {
              OvReportCheckItem *item = g_ptr_array_index (block->rows, r);

              g_ptr_array_add (texts, item->label);
              if (item->note != NULL)
                g_ptr_array_add (texts, item->note);
            }
          break;

        case OV_REPORT_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  return texts;
}
