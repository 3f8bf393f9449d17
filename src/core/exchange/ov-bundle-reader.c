/* ov-bundle-reader.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a bundle as if it were hostile: a size cap before parsing, a parser that never
 * touches the network, substitutes no entities and stops at any DOCTYPE, then the RELAX NG
 * schema, then the checks only the content can tell (duplicate uuids, references, the
 * model's own validation).
 */

#define G_LOG_DOMAIN "ov-bundle-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ov-exchange-private.h"
#include "ov-util.h"

struct _OvBundle
{
  GObject     parent_instance;

  char       *creator;
  char       *created_at;
  char       *marking;
  char       *source_id;
  GPtrArray  *records;     /* OvBundleRecord, in the bundle's order */
  GPtrArray  *externals;   /* OvBundleExternal: references to records outside it */
  GHashTable *by_uuid;     /* uuid -> pseudo id (index + 1) */
  GHashTable *external_ids; /* uuid -> pseudo id past the records */
};

G_DEFINE_FINAL_TYPE (OvBundle, ov_bundle, G_TYPE_OBJECT)

static void
bundle_record_free (OvBundleRecord *record)
{
  g_clear_object (&record->record);
  g_free (record->base);
  /* Fields left out are NULL in the middle of the array, where g_strfreev() would stop. */
  if (record->texts != NULL)
    {
      guint n_kinds;
      const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n_kinds);

      for (guint f = 0; f < kinds[record->kind].n_fields; f++)
        g_free (record->texts[f]);
      g_free (record->texts);
    }
  g_free (record);
}

static void
bundle_external_free (OvBundleExternal *external)
{
  g_free (external->uuid);
  g_free (external->element);
  g_free (external);
}

static void
ov_bundle_finalize (GObject *object)
{
  OvBundle *self = OV_BUNDLE (object);

  g_free (self->creator);
  g_free (self->created_at);
  g_free (self->marking);
  g_free (self->source_id);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->externals, g_ptr_array_unref);
  g_clear_pointer (&self->by_uuid, g_hash_table_unref);
  g_clear_pointer (&self->external_ids, g_hash_table_unref);

  G_OBJECT_CLASS (ov_bundle_parent_class)->finalize (object);
}

static void
ov_bundle_class_init (OvBundleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ov_bundle_finalize;
}

static void
ov_bundle_init (OvBundle *self)
{
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) bundle_record_free);
  self->externals = g_ptr_array_new_with_free_func ((GDestroyNotify) bundle_external_free);
  self->by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  self->external_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

/* ---- Parsing ------------------------------------------------------------------------- */

typedef struct
{
  gboolean forbidden;
  int      line;
} ParseGuard;

static void
refuse_declaration (xmlParserCtxtPtr ctxt)
{
  ParseGuard *guard = ctxt->_private;

  if (!guard->forbidden)
    {
      guard->forbidden = TRUE;
      guard->line = ctxt->input != NULL ? ctxt->input->line : 0;
    }
  xmlStopParser (ctxt);
}

static void
on_internal_subset (void          *context,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  refuse_declaration (context);
}

static void
on_entity_decl (void          *context,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  refuse_declaration (context);
}

static xmlDocPtr
parse_safely (GBytes  *data,
              GError **error)
{
  g_autoptr(xmlParserCtxt) ctxt = xmlNewParserCtxt ();
  ParseGuard guard = { FALSE, 0 };
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);
  xmlDocPtr doc;

  if (ctxt == NULL)
    {
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_MALFORMED,
                   _("There is not enough memory to read the bundle."));
      return NULL;
    }

  /* Any DOCTYPE stops the parser at once, before a single entity is declared. */
  ctxt->_private = &guard;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = on_internal_subset;
  ctxt->sax->entityDecl = on_entity_decl;

  /* No XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE: nothing is substituted or fetched. */
  doc = xmlCtxtReadMemory (ctxt, bytes != NULL ? bytes : "", (int) size, "bundle.xml", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT |
                           XML_PARSE_NOBLANKS);

  if (guard.forbidden || (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)))
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_FORBIDDEN,
                   _("The bundle has a document type declaration (line %d), which Oversight’s "
                     "bundles never have: it may have been made to attack the program. "
                     "Nothing was read. Report the file to your IT security contact."),
                   guard.line);
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *last = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strdup (last != NULL && last->message != NULL
                                             ? last->message : "");

      g_strdelimit (message, "\n", ' ');
      g_strstrip (message);
      g_clear_pointer (&doc, xmlFreeDoc);
      if (size == 0)
        g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_MALFORMED,
                     _("The bundle is empty. Ask for the bundle to be exported again."));
      else
        g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_MALFORMED,
                     _("The bundle is damaged or incomplete at line %d (%s). Nothing was "
                       "read. Ask for the bundle to be exported again."),
                     last != NULL ? last->line : 0, message);
      return NULL;
    }

  if (doc->encoding != NULL && g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0)
    {
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INVALID,
                   _("The bundle is written in the encoding “%s”, but bundles are always "
                     "UTF-8. Ask for the bundle to be exported again by Oversight."),
                   (const char *) doc->encoding);
      xmlFreeDoc (doc);
      return NULL;
    }

  return doc;
}

/* ---- The schema ---------------------------------------------------------------------- */

typedef struct
{
  int   line;
  char *element;
  char *message;
} FirstError;

static void
on_validity_error (void        *data,
                   const xmlError *error)
{
  FirstError *first = data;

  if (first->message != NULL)
    return;
  first->line = error->line;
  if (error->node != NULL && ((xmlNodePtr) error->node)->type == XML_ELEMENT_NODE)
    {
      xmlNodePtr node = error->node;

      first->element = g_strdup ((const char *) node->name);
      if (first->line == 0)
        first->line = (int) xmlGetLineNo (node);
    }
  first->message = g_strstrip (g_strdelimit (g_strdup (error->message != NULL ? error->message : ""),
                                             "\n", ' '));
}

static xmlRelaxNGPtr
load_schema (void)
{
  static xmlRelaxNGPtr schema;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GBytes) bytes = _ov_exchange_get_schema ();
      xmlRelaxNGParserCtxtPtr parser;
      gsize size;
      const char *text = g_bytes_get_data (bytes, &size);

      parser = xmlRelaxNGNewMemParserCtxt (text, (int) size);
      schema = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);
      if (schema == NULL)
        g_critical ("The bundle schema in the resources does not load");
      g_once_init_leave (&loaded, 1);
    }
  return schema;
}

static gboolean
validate_schema (xmlDocPtr   doc,
                 GError    **error)
{
  xmlRelaxNGPtr schema = load_schema ();
  xmlRelaxNGValidCtxtPtr validator;
  FirstError first = { 0 };
  int rc;

  g_return_val_if_fail (schema != NULL, FALSE);

  validator = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (validator, (xmlStructuredErrorFunc) on_validity_error,
                                      &first);
  rc = xmlRelaxNGValidateDoc (validator, doc);
  xmlRelaxNGFreeValidCtxt (validator);

  if (rc == 0)
    return TRUE;

  g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INVALID,
               _("The bundle is not valid at line %d, element “%s”: %s. It may have been "
                 "altered, or made by another program. Nothing was imported; ask for the "
                 "bundle to be exported again."),
               first.line, first.element != NULL ? first.element : "?",
               first.message != NULL ? first.message : "");
  g_free (first.element);
  g_free (first.message);
  return FALSE;
}

/* ---- Records ------------------------------------------------------------------------- */

static char *
get_attribute (xmlNodePtr  node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

typedef struct
{
  OvBundle   *bundle;
  xmlNodePtr  node;
  const char *element;
  GError     *error;
} Resolve;

/* Pseudo ids: the bundle's own records first, then what it refers to outside. */
static gint64
bundle_uuid_to_id (gpointer    data,
                   int         kind,
                   const char *uuid)
{
  Resolve *resolve = data;
  OvBundle *self = resolve->bundle;
  gpointer id;
  OvBundleExternal *external;

  if (g_hash_table_lookup_extended (self->by_uuid, uuid, NULL, &id))
    return GPOINTER_TO_SIZE (id);
  if (g_hash_table_lookup_extended (self->external_ids, uuid, NULL, &id))
    return GPOINTER_TO_SIZE (id);

  external = g_new0 (OvBundleExternal, 1);
  external->kind = kind;
  external->uuid = g_strdup (uuid);
  external->line = (int) xmlGetLineNo (resolve->node);
  external->element = g_strdup (resolve->element);
  g_ptr_array_add (self->externals, external);
  g_hash_table_insert (self->external_ids, external->uuid,
                       GSIZE_TO_POINTER (self->records->len + self->externals->len));
  return self->records->len + self->externals->len;
}

static gboolean
read_records (OvBundle    *self,
              xmlNodePtr   root,
              GError     **error)
{
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);

  /* First the records and their uuids, so references may point forwards. */
  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    {
      OvBundleRecord *record;
      const OvExchangeKind *kind;
      g_autofree char *uuid = NULL;
      g_autofree char *revision = NULL;
      g_autofree char *created_at = NULL;
      g_autofree char *updated_at = NULL;
      int k;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      k = _ov_exchange_find_kind ((const char *) node->name);
      g_assert (k >= 0); /* the schema admits no other element */
      kind = &kinds[k];

      uuid = get_attribute (node, "uuid");
      revision = get_attribute (node, "revision");
      created_at = get_attribute (node, "created-at");
      updated_at = get_attribute (node, "updated-at");

      if (g_hash_table_contains (self->by_uuid, uuid))
        {
          g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT,
                       _("Line %d, element “%s”: the record %s appears twice in the bundle. "
                         "Nothing was imported; ask for the bundle to be exported again."),
                       (int) xmlGetLineNo (node), (const char *) node->name, uuid);
          return FALSE;
        }

      record = g_new0 (OvBundleRecord, 1);
      record->kind = k;
      record->line = (int) xmlGetLineNo (node);
      record->base = get_attribute (node, "base");
      record->texts = g_new0 (char *, kind->n_fields + 1);
      record->record = g_object_new (kind->type, NULL);
      ov_record_set_uuid (record->record, uuid);
      ov_record_set_revision (record->record, g_ascii_strtoll (revision, NULL, 10));
      ov_record_set_created_at (record->record, created_at);
      ov_record_set_updated_at (record->record, updated_at);
      g_ptr_array_add (self->records, record);
      g_hash_table_insert (self->by_uuid, (gpointer) ov_record_get_uuid (record->record),
                           GSIZE_TO_POINTER (self->records->len));

      /* The schema keeps the fields in the kind's order, each at most once. */
      {
        guint f = 0;

        for (xmlNodePtr child = node->children; child != NULL; child = child->next)
          {
            xmlChar *content;

            if (child->type != XML_ELEMENT_NODE)
              continue;
            while (f < kind->n_fields &&
                   strcmp (kind->fields[f]->name, (const char *) child->name) != 0)
              f++;
            g_assert (f < kind->n_fields);
            /* Most fields are one text node: copied once, not gathered then copied. */
            if (child->children == NULL)
              record->texts[f] = g_strdup ("");
            else if (child->children->next == NULL && child->children->type == XML_TEXT_NODE)
              record->texts[f] = g_strdup ((const char *) child->children->content);
            else
              {
                content = xmlNodeGetContent (child);
                record->texts[f] = g_strdup ((const char *) content);
                xmlFree (content);
              }
          }
      }
    }

  /* Then the fields, references as pseudo ids, and the model's own validation. */
  {
    guint i = 0;

    for (xmlNodePtr node = root->children; node != NULL; node = node->next)
      {
        OvBundleRecord *record;
        const OvExchangeKind *kind;
        Resolve resolve = { self, node, (const char *) node->name, NULL };
        g_autoptr(GError) invalid = NULL;

        if (node->type != XML_ELEMENT_NODE)
          continue;
        record = g_ptr_array_index (self->records, i++);
        kind = &kinds[record->kind];

        g_object_freeze_notify (G_OBJECT (record->record));
        for (guint f = 0; f < kind->n_fields; f++)
          {
            if (!_ov_exchange_field_from_text (kind, f, record->record, record->texts[f],
                                               bundle_uuid_to_id, &resolve))
              {
                g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INVALID,
                             _("Line %d, element “%s”: “%s” is not a value of the field "
                               "“%s”. Nothing was imported; ask for the bundle to be "
                               "exported again."),
                             record->line, kind->entity,
                             record->texts[f] != NULL ? record->texts[f] : "",
                             kind->fields[f]->name);
                g_object_thaw_notify (G_OBJECT (record->record));
                return FALSE;
              }
          }

        g_object_thaw_notify (G_OBJECT (record->record));
        if (!ov_record_validate (record->record, &invalid))
          {
            g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT,
                         _("Line %d, element “%s” (record %s): %s Nothing was imported; "
                           "have the record corrected where it was made, then export the "
                           "bundle again."),
                         record->line, kind->entity, ov_record_get_uuid (record->record),
                         invalid->message);
            return FALSE;
          }
      }
  }

  return TRUE;
}

/**
 * ov_bundle_read:
 * @data: the bytes of a bundle file
 * @max_size: the largest bundle accepted, in bytes; 0 for %OV_BUNDLE_DEFAULT_MAX_SIZE
 *
 * Returns: (transfer full): the bundle, or %NULL with an %OV_BUNDLE_ERROR
 */
OvBundle *
ov_bundle_read (GBytes  *data,
                gsize    max_size,
                GError **error)
{
  g_autoptr(OvBundle) self = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  xmlNodePtr root;

  g_return_val_if_fail (data != NULL, NULL);

  if (max_size == 0)
    max_size = OV_BUNDLE_DEFAULT_MAX_SIZE;
  if (g_bytes_get_size (data) > max_size || g_bytes_get_size (data) > G_MAXINT)
    {
      g_autofree char *size = g_format_size_full (g_bytes_get_size (data), G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_LONG_FORMAT);

      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_TOO_LARGE,
                   _("The bundle is %s, more than the %s Oversight reads. Nothing was read. "
                     "Export fewer cases in each bundle."),
                   size, limit);
      return NULL;
    }

  doc = parse_safely (data, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (root == NULL || root->ns == NULL ||
      strcmp ((const char *) root->ns->href, OV_BUNDLE_NAMESPACE) != 0 ||
      strcmp ((const char *) root->name, "bundle") != 0)
    {
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INVALID,
                   _("This file is not an Oversight case bundle: its first element (line %d) "
                     "is “%s” in the namespace “%s”, not “bundle” in “%s”. Choose a bundle "
                     "exported by Oversight."),
                   root != NULL ? (int) xmlGetLineNo (root) : 0,
                   root != NULL ? (const char *) root->name : "",
                   root != NULL && root->ns != NULL ? (const char *) root->ns->href : "",
                   OV_BUNDLE_NAMESPACE);
      return NULL;
    }

  if (!validate_schema (doc, error))
    return NULL;

  self = g_object_new (OV_TYPE_BUNDLE, NULL);
  self->creator = get_attribute (root, "creator");
  self->created_at = get_attribute (root, "created-at");
  self->marking = get_attribute (root, "marking");
  self->source_id = get_attribute (root, "source");

  if (!read_records (self, root, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ov_bundle_read_file:
 *
 * Returns: (transfer full): the bundle, or %NULL with @error set
 */
OvBundle *
ov_bundle_read_file (const char  *path,
                     gsize        max_size,
                     GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  if (max_size == 0)
    max_size = OV_BUNDLE_DEFAULT_MAX_SIZE;
  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size > max_size)
    {
      g_autofree char *size = g_format_size_full (st.st_size, G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_LONG_FORMAT);

      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_TOO_LARGE,
                   _("The bundle is %s, more than the %s Oversight reads. Nothing was read. "
                     "Export fewer cases in each bundle."),
                   size, limit);
      return NULL;
    }

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    {
      g_prefix_error (error, _("Could not read the bundle “%s”: "), path);
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);
  return ov_bundle_read (bytes, max_size, error);
}

const char *
ov_bundle_get_creator (OvBundle *self)
{
  g_return_val_if_fail (OV_IS_BUNDLE (self), NULL);
  return self->creator;
}

const char *
ov_bundle_get_created_at (OvBundle *self)
{
  g_return_val_if_fail (OV_IS_BUNDLE (self), NULL);
  return self->created_at;
}

const char *
ov_bundle_get_marking (OvBundle *self)
{
  g_return_val_if_fail (OV_IS_BUNDLE (self), NULL);
  return self->marking;
}

const char *
ov_bundle_get_source_id (OvBundle *self)
{
  g_return_val_if_fail (OV_IS_BUNDLE (self), NULL);
  return self->source_id;
}

guint
ov_bundle_get_n_records (OvBundle *self)
{
  g_return_val_if_fail (OV_IS_BUNDLE (self), 0);
  return self->records->len;
}

GStrv
ov_bundle_dup_case_references (OvBundle *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int case_kind = _ov_exchange_find_kind ("case");
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);

  g_return_val_if_fail (OV_IS_BUNDLE (self), NULL);

  for (guint i = 0; i < self->records->len; i++)
    {
      OvBundleRecord *record = g_ptr_array_index (self->records, i);

      if (record->kind != case_kind)
        continue;
      for (guint f = 0; f < kinds[case_kind].n_fields; f++)
        if (strcmp (kinds[case_kind].fields[f]->name, "reference") == 0 && record->texts[f])
          g_strv_builder_add (builder, record->texts[f]);
    }
  return g_strv_builder_end (builder);
}

GPtrArray *
_ov_bundle_get_records (OvBundle *self)
{
  return self->records;
}

GPtrArray *
_ov_bundle_get_externals (OvBundle *self)
{
  return self->externals;
}

/* The pseudo id of the record with @uuid in the bundle, or 0. */
gint64
_ov_bundle_lookup (OvBundle   *self,
                   const char *uuid)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->by_uuid, uuid));
}

/* The pseudo id of a record outside the bundle that it refers to, or 0. */
gint64
_ov_bundle_lookup_external (OvBundle   *self,
                            const char *uuid)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->external_ids, uuid));
}
