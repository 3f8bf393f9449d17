/* ov-bundle-writer.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exporting cases to a bundle: the records of the chosen cases, the staff and partners they
 * refer to and the partners' contacts, by kind then uuid, written with xmlTextWriter so
 * the same data gives the same bytes.
 */

#define G_LOG_DOMAIN "ov-bundle-writer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "ov-case.h"
#include "ov-exchange-private.h"
#include "ov-util.h"

typedef struct
{
  OvStore      *store;
  guint         n_kinds;
  GPtrArray   **records;   /* per kind: the records carried, sorted by uuid */
  GHashTable  **uuids;     /* per kind: id -> uuid of every record carried */
  GHashTable   *bases;     /* uuid -> hash of the version last exchanged */
  GHashTable   *hashes;    /* uuid -> hash of the version exported now */
  GHashTable   *revisions; /* uuid -> revision exported now */
} Export;

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static void
export_clear (Export *export)
{
  for (guint k = 0; k < export->n_kinds; k++)
    {
      g_clear_pointer (&export->records[k], g_ptr_array_unref);
      g_clear_pointer (&export->uuids[k], g_hash_table_unref);
    }
  g_clear_pointer (&export->records, g_free);
  g_clear_pointer (&export->uuids, g_free);
  g_clear_pointer (&export->bases, g_hash_table_unref);
  g_clear_pointer (&export->hashes, g_hash_table_unref);
  g_clear_pointer (&export->revisions, g_hash_table_unref);
}

static const char *
export_id_to_uuid (gpointer data,
                   int      kind,
                   gint64   id)
{
  Export *export = data;
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  const char *uuid;
  g_autoptr(OvRecord) record = NULL;

  if (kind < 0)
    return NULL;
  uuid = g_hash_table_lookup (export->uuids[kind], &id);
  if (uuid != NULL)
    return uuid;

  /* A reference outside the cases carried: the importing database must hold it. */
  record = ov_store_load (export->store, kinds[kind].type, id, NULL);
  if (record == NULL)
    return NULL;
  g_hash_table_insert (export->uuids[kind], g_memdup2 (&id, sizeof id),
                       g_strdup (ov_record_get_uuid (record)));
  return g_hash_table_lookup (export->uuids[kind], &id);
}

static gint
compare_by_uuid (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (ov_record_get_uuid (*(OvRecord **) a), ov_record_get_uuid (*(OvRecord **) b));
}

static void
add_record (Export   *export,
            int       kind,
            OvRecord *record)
{
  gint64 id = ov_record_get_id (record);

  g_ptr_array_add (export->records[kind], g_object_ref (record));
  g_hash_table_insert (export->uuids[kind], g_memdup2 (&id, sizeof id),
                       g_strdup (ov_record_get_uuid (record)));
}

static gint64
get_int64 (OvRecord   *record,
           GParamSpec *pspec)
{
  gint64 value = 0;

  g_object_get (record, pspec->name, &value, NULL);
  return value;
}

/* The records of kind @k whose owner is carried: for cases, those asked for. */
static GPtrArray *
list_owned (Export        *export,
            int            k,
            const gint64  *case_ids,
            guint          n_cases,
            GError       **error)
{
  guint n;
  const OvExchangeKind *kind = &_ov_exchange_get_kinds (&n)[k];
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *column = NULL;
  g_autofree char *clause = NULL;
  GHashTableIter iter;
  gpointer key;

  if (k == _ov_exchange_find_kind ("case"))
    {
      for (guint i = 0; i < n_cases; i++)
        {
          g_autoptr(GError) local_error = NULL;
          OvRecord *record = ov_store_load (export->store, kind->type, case_ids[i], &local_error);

          /* A case that is not there is reported once the cases are counted. */
          if (record != NULL)
            g_ptr_array_add (found, record);
          else if (!g_error_matches (local_error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
        }
      return g_steal_pointer (&found);
    }

  g_assert (kind->owner >= 0);
  column = g_strdup (kind->fields[kind->owner]->name);
  g_strdelimit (column, "-", '_');
  clause = g_strdup_printf ("WHERE %s = ?1 ORDER BY id", column);
  g_hash_table_iter_init (&iter, export->uuids[kind->targets[kind->owner]]);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GPtrArray) owned = _ov_store_select (export->store, kind->type, clause,
                                                     *(gint64 *) key, error);

      if (owned == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (found, g_steal_pointer (&owned));
    }
  return g_steal_pointer (&found);
}

/* Adds the records of kind @k whose owner is carried (for cases, those asked for) and,
 * when @referenced is given, notes the shared records (staff, partners) they name. */
static gboolean
carry_kind (Export        *export,
            int            k,
            gboolean       few,
            const gint64  *case_ids,
            guint          n_cases,
            GHashTable    *wanted,
            GHashTable   **referenced,
            GError       **error)
{
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  const OvExchangeKind *kind = &kinds[k];
  int case_kind = _ov_exchange_find_kind ("case");
  g_autoptr(GPtrArray) all = NULL;

  all = few ? list_owned (export, k, case_ids, n_cases, error)
            : ov_store_list (export->store, kind->type, error);
  if (all == NULL)
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      OvRecord *record = g_ptr_array_index (all, i);
      gboolean carried;

      if (k == case_kind)
        {
          gint64 id = ov_record_get_id (record);

          carried = g_hash_table_contains (wanted, &id);
        }
      else
        {
          gint64 owner;

          g_assert (kind->owner >= 0);
          owner = get_int64 (record, kind->fields[kind->owner]);
          carried = g_hash_table_contains (export->uuids[kind->targets[kind->owner]], &owner);
        }
      if (!carried)
        continue;
      add_record (export, k, record);

      if (referenced == NULL)
        continue;
      /* Note the shared records (staff) it names. */
      for (guint f = 0; f < kind->n_fields; f++)
        {
          int target = kind->targets[f];

          if (target < 0 || !kinds[target].shared)
            continue;
          if (kind->id_lists[f])
            {
              g_autofree char *list = NULL;
              g_auto(GStrv) ids = NULL;

              g_object_get (record, kind->fields[f]->name, &list, NULL);
              if (list == NULL)
                continue;
              ids = g_strsplit (list, ",", -1);
              for (guint j = 0; ids[j] != NULL; j++)
                {
                  gint64 id = g_ascii_strtoll (ids[j], NULL, 10);

                  if (id > 0)
                    g_hash_table_add (referenced[target], g_memdup2 (&id, sizeof id));
                }
            }
          else
            {
              gint64 id = get_int64 (record, kind->fields[f]);

              if (id > 0)
                g_hash_table_add (referenced[target], g_memdup2 (&id, sizeof id));
            }
        }
    }
  return TRUE;
}

/* Collects the records of the chosen cases, kind by kind, then the staff and partners they
 * name, then what belongs to those (a partner's contacts). */
static gboolean
collect (Export        *export,
         const gint64  *case_ids,
         guint          n_cases,
         GError       **error)
{
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  int case_kind = _ov_exchange_find_kind ("case");
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree GHashTable **referenced = g_new0 (GHashTable *, n);

  /* A few cases of many: read what each owner owns, through the indexes, rather than
   * every record of each kind. */
  gboolean few = (gint64) n_cases * 20 < ov_store_count (export->store, OV_TYPE_CASE);

  for (guint i = 0; i < n_cases; i++)
    g_hash_table_add (wanted, (gpointer) &case_ids[i]);

  for (guint k = 0; k < n; k++)
    referenced[k] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint k = 0; k < n; k++)
    {
      if (kinds[k].shared || kinds[k].with_shared)
        continue;
      if (!carry_kind (export, (int) k, few, case_ids, n_cases, wanted, referenced, error))
        goto failed;

      if ((int) k == case_kind && export->records[k]->len < n_cases)
        {
          g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_NOT_FOUND,
                       _("One of the cases to export no longer exists. Refresh the list of "
                         "cases and choose again."));
          goto failed;
        }
    }

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GPtrArray) all = NULL;

      if (!kinds[k].shared || g_hash_table_size (referenced[k]) == 0)
        continue;
      if (few)
        {
          GHashTableIter iter;
          gpointer key;

          all = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_iter_init (&iter, referenced[k]);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            {
              OvRecord *record = ov_store_load (export->store, kinds[k].type,
                                                *(gint64 *) key, error);

              if (record == NULL)
                goto failed;
              g_ptr_array_add (all, record);
            }
        }
      else
        all = ov_store_list (export->store, kinds[k].type, error);
      if (all == NULL)
        goto failed;
      for (guint i = 0; i < all->len; i++)
        {
          gint64 id = ov_record_get_id (g_ptr_array_index (all, i));

          if (g_hash_table_contains (referenced[k], &id))
            add_record (export, (int) k, g_ptr_array_index (all, i));
        }
    }

  /* Once the shared records are known, what belongs to them. */
  for (guint k = 0; k < n; k++)
    if (kinds[k].with_shared &&
        g_hash_table_size (export->uuids[kinds[k].targets[kinds[k].owner]]) > 0 &&
        !carry_kind (export, (int) k, few, case_ids, n_cases, wanted, NULL, error))
      goto failed;

  for (guint k = 0; k < n; k++)
    {
      g_ptr_array_sort (export->records[k], compare_by_uuid);
      g_hash_table_unref (referenced[k]);
    }
  return TRUE;

failed:
  for (guint k = 0; k < n; k++)
    g_hash_table_unref (referenced[k]);
  return FALSE;
}

static gboolean
load_bases (Export  *export,
            GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (export->store,
                            "SELECT uuid, hash FROM exchange_bases ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (export->bases,
                         g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (export->store, rc, error);
  return TRUE;
}

/* XML 1.0 carries every character but most controls. */
static gboolean
is_xml_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        return FALSE;
    }
  return TRUE;
}

static int
sink_write (void       *context,
            const char *buffer,
            int         len)
{
  Sink *sink = context;

  if (sink->error != NULL)
    return -1;
  if (!g_output_stream_write_all (sink->stream, buffer, (gsize) len, NULL, sink->cancellable,
                                  &sink->error))
    return -1;
  return len;
}

static int
sink_close (void *context)
{
  return 0;
}

#define CHECK(call) G_STMT_START { if ((call) < 0) goto write_failed; } G_STMT_END

static gboolean
write_bundle (Export         *export,
              const char     *marking,
              GOutputStream  *stream,
              GCancellable   *cancellable,
              GError        **error)
{
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  Sink sink = { stream, cancellable, NULL };
  xmlOutputBufferPtr output;
  xmlTextWriterPtr writer;
  g_autofree char *creator = _ov_exchange_current_user_name (export->store);
  g_autofree char *created_at = NULL;
  const char *source;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  source = _ov_exchange_database_id (export->store, error);
  if (source == NULL)
    return FALSE;

  /* Reproducible bundles: SOURCE_DATE_EPOCH fixes the creation time, as for builds. */
  if (epoch != NULL && *epoch != '\0')
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));

      created_at = when != NULL ? ov_timestamp_utc (when) : ov_now_utc ();
    }
  else
    created_at = ov_now_utc ();

  output = xmlOutputBufferCreateIO (sink_write, sink_close, &sink, NULL);
  writer = xmlNewTextWriter (output);
  if (writer == NULL)
    {
      xmlOutputBufferClose (output);
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_WRITE,
                   _("Could not start writing the bundle: there may be too little memory."));
      return FALSE;
    }
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");

  CHECK (xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL));
  CHECK (xmlTextWriterStartElementNS (writer, NULL, BAD_CAST "bundle",
                                      BAD_CAST OV_BUNDLE_NAMESPACE));
  CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "format", BAD_CAST OV_BUNDLE_FORMAT_VERSION));
  CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "creator", BAD_CAST creator));
  CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "created-at", BAD_CAST created_at));
  CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "marking", BAD_CAST marking));
  CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "source", BAD_CAST source));

  for (guint k = 0; k < n; k++)
    {
      const OvExchangeKind *kind = &kinds[k];
      g_autofree char **texts = g_new0 (char *, kind->n_fields + 1);

      for (guint i = 0; i < export->records[k]->len; i++)
        {
          OvRecord *record = g_ptr_array_index (export->records[k], i);
          const char *uuid = ov_record_get_uuid (record);
          g_autofree char *revision = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                       ov_record_get_revision (record));
          g_autofree char *hash = NULL;
          const char *base;

          for (guint f = 0; f < kind->n_fields; f++)
            {
              texts[f] = _ov_exchange_field_to_text (kind, f, record, export_id_to_uuid, export);
              if (texts[f] != NULL && !is_xml_text (texts[f]))
                {
                  g_autofree char *what = ov_record_describe (record);

                  g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_WRITE,
                               _("“%s” has a control character in its field “%s”, which a "
                                 "bundle cannot carry. Remove it and export again."),
                               what, g_param_spec_get_nick (kind->fields[f]));
                  for (guint g = 0; g <= f; g++)
                    g_clear_pointer (&texts[g], g_free);
                  goto failed;
                }
            }
          hash = _ov_exchange_hash_texts (kind, texts);
          base = g_hash_table_lookup (export->bases, uuid);

          CHECK (xmlTextWriterStartElement (writer, BAD_CAST kind->entity));
          CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "uuid", BAD_CAST uuid));
          CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "revision", BAD_CAST revision));
          CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "created-at",
                                              BAD_CAST ov_record_get_created_at (record)));
          CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "updated-at",
                                              BAD_CAST ov_record_get_updated_at (record)));
          /* The version this one grew from, when it changed since it was last exchanged. */
          if (base != NULL && strcmp (base, hash) != 0)
            CHECK (xmlTextWriterWriteAttribute (writer, BAD_CAST "base", BAD_CAST base));
          for (guint f = 0; f < kind->n_fields; f++)
            {
              if (texts[f] == NULL)
                continue;
              CHECK (xmlTextWriterWriteElement (writer, BAD_CAST kind->fields[f]->name,
                                                BAD_CAST texts[f]));
              g_clear_pointer (&texts[f], g_free);
            }
          CHECK (xmlTextWriterEndElement (writer));

          g_hash_table_insert (export->hashes, g_strdup (uuid), g_steal_pointer (&hash));
          g_hash_table_insert (export->revisions, g_strdup (uuid),
                               g_memdup2 (&(gint64) { ov_record_get_revision (record) },
                                          sizeof (gint64)));
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto failed;
        }
    }

  CHECK (xmlTextWriterEndElement (writer));
  CHECK (xmlTextWriterEndDocument (writer));
  CHECK (xmlTextWriterFlush (writer));
  xmlFreeTextWriter (writer);
  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  return TRUE;

write_failed:
  if (sink.error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&sink.error),
                                  _("Could not write the bundle: "));
    }
  else
    g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_WRITE,
                 _("Could not write the bundle. Check the disk and try again."));
failed:
  xmlFreeTextWriter (writer);
  g_clear_error (&sink.error);
  return FALSE;
}

typedef struct
{
  Export     *export;
  const char *marking;
} Record;

/* After the bundle is written: remember each version exported, as a common ancestor for
 * what comes back, and audit the export of each case. */
static gboolean
record_export (OvStore  *store,
               gpointer  user_data,
               GError  **error)
{
  Record *data = user_data;
  Export *export = data->export;
  int case_kind = _ov_exchange_find_kind ("case");
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;

  stmt = _ov_store_prepare (store,
                            "INSERT OR REPLACE INTO exchange_bases (source, uuid, revision, hash) "
                            "VALUES ('', ?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, export->hashes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int rc;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, *(gint64 *) g_hash_table_lookup (export->revisions, key));
      sqlite3_bind_text (stmt, 3, value, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        {
          sqlite3_reset (stmt);
          return _ov_store_set_error (store, rc, error);
        }
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  for (guint i = 0; i < export->records[case_kind]->len; i++)
    {
      OvCase *the_case = g_ptr_array_index (export->records[case_kind], i);
      g_autofree char *detail = NULL;

      /* Translators: audit detail; %s is the protective marking */
      detail = g_strdup_printf (_("%s: exported in a case bundle marked %s"),
                                ov_case_get_reference (the_case), data->marking);
      if (!_ov_store_append_audit (store, "case", ov_record_get_uuid (OV_RECORD (the_case)),
                                   "export", detail, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ov_exchange_list_open_cases:
 *
 * Returns: (transfer full) (element-type gint64): the ids of every case not closed
 */
GArray *
ov_exchange_list_open_cases (OvStore  *store,
                             GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  stmt = _ov_store_prepare (store, "SELECT id FROM cases WHERE status <> 'closed' ORDER BY id",
                            error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _ov_store_set_error (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gboolean
ov_exchange_export (OvStore        *store,
                    const gint64   *case_ids,
                    guint           n_cases,
                    const char     *marking,
                    GOutputStream  *stream,
                    GCancellable   *cancellable,
                    GError        **error)
{
  Export export = { store };
  g_autoptr(GArray) open_cases = NULL;
  Record data;
  gboolean ok = FALSE;

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (case_ids != NULL || n_cases == 0, FALSE);

  if (ov_str_empty (marking))
    marking = OV_BUNDLE_DEFAULT_MARKING;
  if (!g_utf8_validate (marking, -1, NULL) || !is_xml_text (marking))
    {
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_WRITE,
                   _("The protective marking has characters a bundle cannot carry. Type it "
                     "again."));
      return FALSE;
    }

  if (!_ov_exchange_resolve_kinds (store, error))
    return FALSE;

  if (n_cases == 0)
    {
      open_cases = ov_exchange_list_open_cases (store, error);
      if (open_cases == NULL)
        return FALSE;
      case_ids = (const gint64 *) (gpointer) open_cases->data;
      n_cases = open_cases->len;
    }

  _ov_exchange_get_kinds (&export.n_kinds);
  export.records = g_new0 (GPtrArray *, export.n_kinds);
  export.uuids = g_new0 (GHashTable *, export.n_kinds);
  for (guint k = 0; k < export.n_kinds; k++)
    {
      export.records[k] = g_ptr_array_new_with_free_func (g_object_unref);
      export.uuids[k] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
    }
  export.bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  export.hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  export.revisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  data.export = &export;
  data.marking = marking;
  ok = collect (&export, case_ids, n_cases, error) &&
       load_bases (&export, error) &&
       write_bundle (&export, marking, stream, cancellable, error) &&
       ov_store_run_in_transaction (store, record_export, &data, error);

  export_clear (&export);
  return ok;
}

gboolean
ov_exchange_export_to_file (OvStore       *store,
                            const gint64  *case_ids,
                            guint          n_cases,
                            const char    *marking,
                            const char    *path,
                            GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  /* Written beside the file and renamed over it when complete; only the owner may read
   * it, as it holds victims' details. */
  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           NULL, error);
  if (stream == NULL)
    {
      g_prefix_error (error, _("Could not write the bundle “%s”: "), path);
      return FALSE;
    }

  if (!ov_exchange_export (store, case_ids, n_cases, marking, G_OUTPUT_STREAM (stream), NULL,
                           error))
    {
      /* Closing with a cancelled cancellable leaves any earlier file as it was. */
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    {
      g_prefix_error (error, _("Could not write the bundle “%s”: "), path);
      return FALSE;
    }
  return TRUE;
}

GBytes *
ov_exchange_export_to_bytes (OvStore       *store,
                             const gint64  *case_ids,
                             guint          n_cases,
                             const char    *marking,
                             GError       **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  if (!ov_exchange_export (store, case_ids, n_cases, marking, stream, NULL, error))
    return NULL;
  if (!g_output_stream_close (stream, NULL, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}
