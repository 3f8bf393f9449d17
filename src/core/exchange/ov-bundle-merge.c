/* ov-bundle-merge.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a bundle: merging by uuid, with the versions each side has exchanged before as
 * common ancestors, in one transaction. A record changed only there is taken, one changed
 * only here is kept, one changed on both sides becomes a stored conflict, and records that
 * are never changed (decision log entries, addenda) merge by union. The same rules hold
 * for the learning entries and escalations of the cases and the contacts of partners.
 */

#define G_LOG_DOMAIN "ov-bundle-merge"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-decision.h"
#include "ov-enums.h"
#include "ov-exchange-private.h"
#include "ov-util.h"

/* ---- Summary ------------------------------------------------------------------------- */

struct _OvImportSummary
{
  GObject    parent_instance;

  gboolean   dry_run;
  guint      n_kinds;
  guint     *counts;   /* n_kinds × OV_IMPORT_N_COUNTS */
  gboolean  *present;
  GPtrArray *notes;
  char      *creator;
  char      *created_at;
  char      *marking;
};

G_DEFINE_FINAL_TYPE (OvImportSummary, ov_import_summary, G_TYPE_OBJECT)

static void
ov_import_summary_finalize (GObject *object)
{
  OvImportSummary *self = OV_IMPORT_SUMMARY (object);

  g_free (self->counts);
  g_free (self->present);
  g_ptr_array_unref (self->notes);
  g_free (self->creator);
  g_free (self->created_at);
  g_free (self->marking);

  G_OBJECT_CLASS (ov_import_summary_parent_class)->finalize (object);
}

static void
ov_import_summary_class_init (OvImportSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ov_import_summary_finalize;
}

static void
ov_import_summary_init (OvImportSummary *self)
{
  _ov_exchange_get_kinds (&self->n_kinds);
  self->counts = g_new0 (guint, self->n_kinds * OV_IMPORT_N_COUNTS);
  self->present = g_new0 (gboolean, self->n_kinds);
  self->notes = g_ptr_array_new_with_free_func (g_free);
}

static void
summary_count (OvImportSummary *self,
               int              kind,
               OvImportCount    count)
{
  self->present[kind] = TRUE;
  self->counts[kind * OV_IMPORT_N_COUNTS + count]++;
}

GStrv
ov_import_summary_dup_kinds (OvImportSummary *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);

  g_return_val_if_fail (OV_IS_IMPORT_SUMMARY (self), NULL);

  for (guint k = 0; k < self->n_kinds; k++)
    if (self->present[k])
      g_strv_builder_add (builder, kinds[k].entity);
  return g_strv_builder_end (builder);
}

const char *
ov_import_summary_get_kind_label (OvImportSummary *self,
                                  const char      *kind)
{
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  int k = _ov_exchange_find_kind (kind);

  g_return_val_if_fail (OV_IS_IMPORT_SUMMARY (self), NULL);
  g_return_val_if_fail (k >= 0, NULL);
  return g_dgettext (GETTEXT_PACKAGE, kinds[k].label);
}

guint
ov_import_summary_get_count (OvImportSummary *self,
                             const char      *kind,
                             OvImportCount    count)
{
  int k = _ov_exchange_find_kind (kind);

  g_return_val_if_fail (OV_IS_IMPORT_SUMMARY (self), 0);
  g_return_val_if_fail (count < OV_IMPORT_N_COUNTS, 0);
  if (k < 0)
    return 0;
  return self->counts[k * OV_IMPORT_N_COUNTS + count];
}

guint
ov_import_summary_get_total (OvImportSummary *self,
                             OvImportCount    count)
{
  guint total = 0;

  g_return_val_if_fail (OV_IS_IMPORT_SUMMARY (self), 0);
  g_return_val_if_fail (count < OV_IMPORT_N_COUNTS, 0);
  for (guint k = 0; k < self->n_kinds; k++)
    total += self->counts[k * OV_IMPORT_N_COUNTS + count];
  return total;
}

/**
 * ov_import_summary_dup_notes:
 *
 * Returns: (transfer full): what people should know about the import: records refused
 *   because they are frozen here, decision log entries numbered anew
 */
GStrv
ov_import_summary_dup_notes (OvImportSummary *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (OV_IS_IMPORT_SUMMARY (self), NULL);
  for (guint i = 0; i < self->notes->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->notes, i));
  return g_strv_builder_end (builder);
}

gboolean
ov_import_summary_get_dry_run (OvImportSummary *self)
{
  g_return_val_if_fail (OV_IS_IMPORT_SUMMARY (self), FALSE);
  return self->dry_run;
}

/* printf pads by bytes; labels are padded by characters, so columns line up in any
 * language. */
static void
append_padded (GString    *out,
               const char *label,
               glong       width)
{
  glong length = g_utf8_strlen (label, -1);

  g_string_append (out, label);
  for (glong i = length; i < width; i++)
    g_string_append_c (out, ' ');
}

char *
ov_import_summary_to_text (OvImportSummary *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  guint conflicts;

  g_return_val_if_fail (OV_IS_IMPORT_SUMMARY (self), NULL);

  if (self->dry_run)
    g_string_append (out, _("Dry run: nothing was changed. Importing the bundle would give:\n"));
  /* Translators: the header of the import summary, e.g. "Bundle by Priya Shah, made
   * 2026-11-27T09:00:00Z, marked OFFICIAL-SENSITIVE" */
  g_string_append_printf (out, _("Bundle by %s, made %s, marked %s\n"),
                          self->creator, self->created_at, self->marking);
  /* Translators: column headings of the import summary; keep the widths */
  append_padded (out, _("Kind"), 28);
  g_string_append_printf (out, " %9s %9s %9s %9s %9s\n", _("Added"),
                          _("Updated"), _("Unchanged"), _("Conflicts"), _("Refused"));
  for (guint k = 0; k < self->n_kinds; k++)
    {
      guint *c = &self->counts[k * OV_IMPORT_N_COUNTS];

      if (!self->present[k])
        continue;
      append_padded (out, g_dgettext (GETTEXT_PACKAGE, kinds[k].label), 28);
      g_string_append_printf (out, " %9u %9u %9u %9u %9u\n",
                              c[OV_IMPORT_ADDED], c[OV_IMPORT_UPDATED], c[OV_IMPORT_UNCHANGED],
                              c[OV_IMPORT_CONFLICTS], c[OV_IMPORT_REFUSED]);
    }
  append_padded (out, _("Total"), 28);
  g_string_append_printf (out, " %9u %9u %9u %9u %9u\n",
                          ov_import_summary_get_total (self, OV_IMPORT_ADDED),
                          ov_import_summary_get_total (self, OV_IMPORT_UPDATED),
                          ov_import_summary_get_total (self, OV_IMPORT_UNCHANGED),
                          ov_import_summary_get_total (self, OV_IMPORT_CONFLICTS),
                          ov_import_summary_get_total (self, OV_IMPORT_REFUSED));

  conflicts = ov_import_summary_get_total (self, OV_IMPORT_CONFLICTS);
  if (conflicts > 0)
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u record was changed both here and in the bundle: "
                                         "resolve the conflict in Oversight.\n",
                                         "%u records were changed both here and in the "
                                         "bundle: resolve the conflicts in Oversight.\n",
                                         conflicts),
                            conflicts);
  for (guint i = 0; i < self->notes->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (self->notes, i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Merge --------------------------------------------------------------------------- */

typedef enum
{
  STATE_ADD,
  STATE_UPDATE,
  STATE_UNCHANGED,
  STATE_KEEP,
  STATE_CONFLICT,
  STATE_REFUSED,
  STATE_MATCHED,   /* a record here under another uuid, found by its unique name */
} State;

typedef struct
{
  OvStore         *store;
  OvBundle        *bundle;
  GPtrArray       *records;    /* the bundle's OvBundleRecord */
  GPtrArray       *externals;
  const OvExchangeKind *kinds;
  guint            n_kinds;
  OvImportSummary *summary;
  const char      *source;
  char            *importer;
  gint64          *local_ids;  /* by pseudo id (1-based): the local rowid, or 0 */
  State           *states;     /* by record index */
  char           **hashes;     /* by record index: the bundle version's hash */
  OvRecord       **locals;     /* by record index: the local version, or NULL */
  GHashTable     **uuids;      /* per kind: local id -> uuid */
  GPtrArray       *to_freeze;  /* indexes of records written open, to be frozen at the end */
} Merge;

static void
merge_clear (Merge *merge)
{
  guint n = merge->records != NULL ? merge->records->len : 0;

  for (guint i = 0; i < n; i++)
    {
      g_free (merge->hashes[i]);
      g_clear_object (&merge->locals[i]);
    }
  for (guint k = 0; k < merge->n_kinds; k++)
    g_clear_pointer (&merge->uuids[k], g_hash_table_unref);
  g_free (merge->uuids);
  g_free (merge->hashes);
  g_free (merge->locals);
  g_free (merge->states);
  g_free (merge->local_ids);
  g_free (merge->importer);
  g_clear_pointer (&merge->to_freeze, g_ptr_array_unref);
}

static const char *
local_id_to_uuid (gpointer data,
                  int      kind,
                  gint64   id)
{
  Merge *merge = data;
  const char *uuid;
  g_autoptr(GTypeClass) klass = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (kind < 0)
    return NULL;
  uuid = g_hash_table_lookup (merge->uuids[kind], &id);
  if (uuid != NULL)
    return uuid;

  klass = g_type_class_ref (merge->kinds[kind].type);
  sql = g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?1",
                         ov_record_class_get_table_name (OV_RECORD_CLASS (klass)));
  stmt = _ov_store_prepare (merge->store, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (merge->uuids[kind], g_memdup2 (&id, sizeof id),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  return g_hash_table_lookup (merge->uuids[kind], &id);
}

static gint64
find_local_id (OvStore    *store,
               GType       type,
               const char *uuid)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1",
                                          ov_record_class_get_table_name (OV_RECORD_CLASS (klass)));
  sqlite3_stmt *stmt = _ov_store_prepare (store, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* References from the bundle to local rowids: a record of the bundle once it is written
 * here (0 before), or one outside the bundle found here. */
static gint64
merge_uuid_to_id (gpointer    data,
                  int         kind,
                  const char *uuid)
{
  Merge *merge = data;
  gint64 pseudo = _ov_bundle_lookup (merge->bundle, uuid);

  if (pseudo <= 0)
    pseudo = _ov_bundle_lookup_external (merge->bundle, uuid);
  /* Pseudo ids number the bundle's records, then the records it refers to outside. */
  return pseudo > 0 ? merge->local_ids[pseudo - 1] : 0;
}

/* Every reference names a record of the right kind, in the bundle or here. */
static gboolean
check_references (Merge   *merge,
                  GError **error)
{
  guint n_records = merge->records->len;

  for (guint i = 0; i < n_records; i++)
    {
      OvBundleRecord *record = g_ptr_array_index (merge->records, i);
      const OvExchangeKind *kind = &merge->kinds[record->kind];

      for (guint f = 0; f < kind->n_fields; f++)
        {
          g_auto(GStrv) uuids = NULL;
          int target = kind->targets[f];

          if (target < 0 || record->texts[f] == NULL)
            continue;
          uuids = g_strsplit (record->texts[f], " ", -1);
          for (guint u = 0; uuids[u] != NULL; u++)
            {
              gint64 pseudo;

              if (*uuids[u] == '\0')
                continue;
              pseudo = _ov_bundle_lookup (merge->bundle, uuids[u]);
              if (pseudo > 0)
                {
                  OvBundleRecord *referred = g_ptr_array_index (merge->records, pseudo - 1);

                  if (referred->kind != target)
                    {
                      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT,
                                   _("Line %d, element “%s”: the field “%s” refers to %s, "
                                     "which is not a record of the right kind. Nothing was "
                                     "imported; ask for the bundle to be exported again."),
                                   record->line, kind->entity, kind->fields[f]->name, uuids[u]);
                      return FALSE;
                    }
                  continue;
                }

              pseudo = _ov_bundle_lookup_external (merge->bundle, uuids[u]);
              if (pseudo <= 0 || merge->local_ids[pseudo - 1] == 0)
                {
                  gint64 id = pseudo > 0
                                ? find_local_id (merge->store, merge->kinds[target].type, uuids[u])
                                : 0;

                  if (id <= 0)
                    {
                      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT,
                                   _("Line %d, element “%s”: the field “%s” refers to a "
                                     "record (%s) that is neither in the bundle nor in this "
                                     "database. Nothing was imported; ask for a bundle of "
                                     "the whole case."),
                                   record->line, kind->entity, kind->fields[f]->name, uuids[u]);
                      return FALSE;
                    }
                  merge->local_ids[pseudo - 1] = id;
                }
            }
        }
    }
  return TRUE;
}

static char *
local_hash (Merge    *merge,
            int       k,
            OvRecord *local)
{
  const OvExchangeKind *kind = &merge->kinds[k];
  g_autofree char **texts = g_new0 (char *, kind->n_fields + 1);
  char *hash;

  for (guint f = 0; f < kind->n_fields; f++)
    texts[f] = _ov_exchange_field_to_text (kind, f, local, local_id_to_uuid, merge);
  hash = _ov_exchange_hash_texts (kind, texts);
  /* Empty fields are NULL in the middle of the array, where g_strfreev() would stop. */
  for (guint f = 0; f < kind->n_fields; f++)
    g_free (texts[f]);
  return hash;
}

static gboolean
known_version (Merge      *merge,
               const char *uuid,
               const char *hash)
{
  sqlite3_stmt *stmt = _ov_store_prepare (merge->store,
                                          "SELECT 1 FROM exchange_bases "
                                          "WHERE uuid = ?1 AND hash = ?2", NULL);
  gboolean known;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, hash, -1, SQLITE_TRANSIENT);
  known = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return known;
}

/* A record here that is the bundle's record under another uuid, by a unique name. */
static gint64
find_same (Merge *merge,
           guint  i)
{
  OvBundleRecord *record = g_ptr_array_index (merge->records, i);
  const OvExchangeKind *kind = &merge->kinds[record->kind];
  g_autoptr(GTypeClass) klass = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (kind->match_by == NULL)
    return 0;
  for (guint f = 0; f < kind->n_fields; f++)
    {
      g_autofree char *column = NULL;

      if (strcmp (kind->fields[f]->name, kind->match_by) != 0 || record->texts[f] == NULL)
        continue;
      klass = g_type_class_ref (kind->type);
      column = g_strdup (kind->match_by);
      g_strdelimit (column, "-", '_');
      sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ?1 COLLATE NOCASE",
                             ov_record_class_get_table_name (OV_RECORD_CLASS (klass)), column);
      stmt = _ov_store_prepare (merge->store, sql, NULL);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_text (stmt, 1, record->texts[f], -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (id > 0)
        g_ptr_array_add (merge->summary->notes,
                         /* Translators: a note in the import summary: a kind of
                          * record ("Partners"), then a name */
                         g_strdup_printf (_("%s: “%s” in the bundle is already here under "
                                            "the same name, so this database’s record was "
                                            "kept."),
                                          g_dgettext (GETTEXT_PACKAGE, kind->label),
                                          record->texts[f]));
    }
  return id;
}

/* Whether the shared record that @i belongs to (a contact's partner) was found here
 * under another uuid. The bundle lists it, and so decides it, before its contacts. */
static gboolean
owner_matched (Merge *merge,
               guint  i)
{
  OvBundleRecord *record = g_ptr_array_index (merge->records, i);
  const OvExchangeKind *kind = &merge->kinds[record->kind];
  gint64 pseudo;

  if (!kind->with_shared || record->texts[kind->owner] == NULL)
    return FALSE;
  pseudo = _ov_bundle_lookup (merge->bundle, record->texts[kind->owner]);
  return pseudo > 0 && pseudo - 1 < i && merge->states[pseudo - 1] == STATE_MATCHED;
}

/* The uuids of every record of a kind here, so that a bundle of new records asks the
 * database once per kind rather than once per record. */
static GHashTable *
list_local_uuids (Merge   *merge,
                  int      k,
                  GError **error)
{
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GTypeClass) klass = g_type_class_ref (merge->kinds[k].type);
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM %s",
                                          ov_record_class_get_table_name (OV_RECORD_CLASS (klass)));
  sqlite3_stmt *stmt = _ov_store_prepare (merge->store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (uuids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _ov_store_set_error (merge->store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&uuids);
}

static gboolean
decide_records (Merge       *merge,
                GHashTable **local_uuids,
                GError     **error)
{
  for (guint i = 0; i < merge->records->len; i++)
    {
      OvBundleRecord *record = g_ptr_array_index (merge->records, i);
      const OvExchangeKind *kind = &merge->kinds[record->kind];
      const char *uuid = ov_record_get_uuid (record->record);
      g_autofree char *ours = NULL;
      g_autoptr(GError) local_error = NULL;

      merge->hashes[i] = _ov_exchange_hash_texts (kind, record->texts);
      if (local_uuids[record->kind] == NULL)
        {
          local_uuids[record->kind] = list_local_uuids (merge, record->kind, error);
          if (local_uuids[record->kind] == NULL)
            return FALSE;
        }
      if (!g_hash_table_contains (local_uuids[record->kind], uuid))
        g_set_error_literal (&local_error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND, "");
      else
        merge->locals[i] = ov_store_load_by_uuid (merge->store, kind->type, uuid, &local_error);
      if (merge->locals[i] == NULL)
        {
          gint64 same;

          if (!g_error_matches (local_error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          same = find_same (merge, i);
          if (same > 0)
            {
              /* The same agency registered on both sides: references go to ours. */
              merge->local_ids[i] = same;
              merge->states[i] = STATE_MATCHED;
              continue;
            }
          if (owner_matched (merge, i))
            {
              /* Its agency is ours under another uuid, kept as it is here with its own
               * contacts: the bundle's are not added to it. */
              merge->states[i] = STATE_MATCHED;
              continue;
            }
          merge->states[i] = STATE_ADD;
          continue;
        }
      merge->local_ids[i] = ov_record_get_id (merge->locals[i]);

      ours = local_hash (merge, record->kind, merge->locals[i]);
      if (strcmp (ours, merge->hashes[i]) == 0)
        merge->states[i] = STATE_UNCHANGED;
      else if (kind->append_only)
        {
          g_autofree char *what = ov_record_describe (merge->locals[i]);

          g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_APPEND_ONLY,
                       _("Line %d, element “%s”: the bundle has a different version of “%s”, "
                         "which is never changed once recorded. The bundle may have been "
                         "altered; nothing was imported. Report the file to your supervisor."),
                       record->line, kind->entity, what);
          return FALSE;
        }
      else if (known_version (merge, uuid, merge->hashes[i]))
        merge->states[i] = STATE_KEEP;    /* the bundle's version is one we had: ours is newer */
      else if (strcmp (ours, record->base != NULL ? record->base : merge->hashes[i]) == 0)
        merge->states[i] = STATE_UPDATE;  /* ours is the version the bundle grew from */
      else
        merge->states[i] = STATE_CONFLICT;
    }
  return TRUE;
}

/* Decides what to do with each record, before anything is written. */
static gboolean
decide (Merge   *merge,
        GError **error)
{
  g_autofree GHashTable **local_uuids = g_new0 (GHashTable *, merge->n_kinds);
  gboolean ok = decide_records (merge, local_uuids, error);

  for (guint k = 0; k < merge->n_kinds; k++)
    g_clear_pointer (&local_uuids[k], g_hash_table_unref);
  return ok;
}

/* A record as the bundle has it, with references to local rowids; %NULL if one of them is
 * a record of the bundle not written yet. */
static OvRecord *
build_record (Merge *merge,
              guint  i)
{
  OvBundleRecord *record = g_ptr_array_index (merge->records, i);
  const OvExchangeKind *kind = &merge->kinds[record->kind];
  g_autoptr(OvRecord) built = g_object_new (kind->type, NULL);
  gboolean ok = TRUE;

  g_object_freeze_notify (G_OBJECT (built));
  for (guint f = 0; f < kind->n_fields && ok; f++)
    ok = _ov_exchange_field_from_text (kind, f, built, record->texts[f], merge_uuid_to_id, merge);
  g_object_thaw_notify (G_OBJECT (built));
  if (!ok)
    return NULL;
  ov_record_set_uuid (built, ov_record_get_uuid (record->record));
  ov_record_set_revision (built, ov_record_get_revision (record->record));
  ov_record_set_created_at (built, ov_record_get_created_at (record->record));
  ov_record_set_updated_at (built, ov_record_get_updated_at (record->record));
  return g_steal_pointer (&built);
}

/* Run once per record: prepared once, as the store keeps its statements. */
static gboolean
savepoint (Merge      *merge,
           const char *sql,
           GError    **error)
{
  sqlite3_stmt *stmt = _ov_store_prepare (merge->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (merge->store, rc, error);
  return TRUE;
}

/* The case a record of the bundle belongs to, as a local id, or 0. */
static gint64
case_of (Merge *merge,
         guint  i)
{
  int case_kind = _ov_exchange_find_kind ("case");

  for (guint depth = 0; depth < 8; depth++)
    {
      OvBundleRecord *record = g_ptr_array_index (merge->records, i);
      const OvExchangeKind *kind = &merge->kinds[record->kind];
      const char *owner;
      gint64 pseudo;

      if (record->kind == case_kind)
        return merge->local_ids[i];
      if (kind->owner < 0 || (owner = record->texts[kind->owner]) == NULL)
        return 0;
      pseudo = _ov_bundle_lookup (merge->bundle, owner);
      if (pseudo <= 0)
        {
          /* The owner is here but not in the bundle. */
          if (kind->targets[kind->owner] == case_kind)
            return merge_uuid_to_id (merge, case_kind, owner);
          return 0;
        }
      i = (guint) pseudo - 1;
    }
  return 0;
}

static gboolean
store_conflict (Merge   *merge,
                guint    i,
                GError **error)
{
  OvBundleRecord *record = g_ptr_array_index (merge->records, i);
  const OvExchangeKind *kind = &merge->kinds[record->kind];
  g_autoptr(GVariantBuilder) texts = g_variant_builder_new (G_VARIANT_TYPE ("a{ss}"));
  g_autoptr(GVariant) fields = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *what = ov_record_describe (merge->locals[i]);
  g_autofree char *detail = NULL;
  gint64 case_id = case_of (merge, i);
  sqlite3_stmt *stmt;
  int rc;

  for (guint f = 0; f < kind->n_fields; f++)
    if (record->texts[f] != NULL)
      g_variant_builder_add (texts, "{ss}", kind->fields[f]->name, record->texts[f]);
  fields = g_variant_ref_sink (g_variant_builder_end (texts));
  theirs = g_variant_print (fields, FALSE);

  /* A conflict still open for the record keeps its id and takes the newer bundle's
   * version; otherwise a new one. */
  stmt = _ov_store_prepare (merge->store,
                            "INSERT INTO exchange_conflicts (entity, uuid, case_id, "
                            "source, bundle_creator, bundle_revision, local_revision, theirs, "
                            "imported_at, imported_by) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                            "ON CONFLICT (uuid) WHERE resolved_at IS NULL DO UPDATE SET "
                            "case_id = excluded.case_id, source = excluded.source, "
                            "bundle_creator = excluded.bundle_creator, "
                            "bundle_revision = excluded.bundle_revision, "
                            "local_revision = excluded.local_revision, theirs = excluded.theirs, "
                            "imported_at = excluded.imported_at, imported_by = excluded.imported_by",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind->entity, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, ov_record_get_uuid (record->record), -1, SQLITE_TRANSIENT);
  if (case_id > 0)
    sqlite3_bind_int64 (stmt, 3, case_id);
  sqlite3_bind_text (stmt, 4, merge->source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, ov_bundle_get_creator (merge->bundle), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, ov_record_get_revision (record->record));
  sqlite3_bind_int64 (stmt, 7, ov_record_get_revision (merge->locals[i]));
  sqlite3_bind_text (stmt, 8, theirs, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, merge->importer, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (merge->store, rc, error);

  /* Translators: audit detail: a record, the bundle's author, the importing user */
  detail = g_strdup_printf (_("%s: changed both here and in a case bundle by %s; kept as it "
                              "is here until %s or another user resolves the conflict"),
                            what, ov_bundle_get_creator (merge->bundle), merge->importer);
  if (!_ov_store_append_audit (merge->store, kind->entity, ov_record_get_uuid (record->record),
                               "import-conflict", detail, error))
    return FALSE;
  _ov_store_emit_changed (merge->store, "exchange-conflict", case_id);
  return TRUE;
}

/* A decision log entry takes the next number of its case here. */
static void
renumber_decision (Merge    *merge,
                   OvRecord *decision)
{
  sqlite3_stmt *stmt;
  gint64 next = 1;
  gint64 number = ov_decision_get_number (OV_DECISION (decision));

  stmt = _ov_store_prepare (merge->store,
                            "SELECT coalesce (max (number), 0) + 1 FROM decisions "
                            "WHERE case_id = ?1", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, ov_decision_get_case_id (OV_DECISION (decision)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (next != number)
    {
      g_autofree char *what = NULL;

      ov_decision_set_number (OV_DECISION (decision), next);
      what = ov_record_describe (decision);
      g_ptr_array_add (merge->summary->notes,
                       g_strdup_printf (_("Decision log entry %" G_GINT64_FORMAT " from the "
                                          "bundle was recorded here as entry %" G_GINT64_FORMAT
                                          ": %s."),
                                        number, next, what));
    }
}

static gboolean
is_frozen_value (const OvExchangeKind *kind,
                 OvBundleRecord       *record)
{
  for (guint f = 0; f < kind->n_fields; f++)
    if (kind->freeze_property != NULL &&
        strcmp (kind->fields[f]->name, kind->freeze_property) == 0)
      return g_strcmp0 (record->texts[f], kind->freeze_open) != 0;
  return FALSE;
}

static void
set_open (const OvExchangeKind *kind,
          OvRecord             *built)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (built),
                                                    kind->freeze_property);
  int open = 0;

  ov_enum_from_nick (G_PARAM_SPEC_VALUE_TYPE (pspec), kind->freeze_open, &open);
  g_object_set (built, kind->freeze_property, open, NULL);
}

/* Writes one record added or taken from the bundle. Returns FALSE with no error when it
 * must wait for a record of its own kind (an entry it supersedes). */
static gboolean
write_one (Merge     *merge,
           guint      i,
           gboolean  *deferred,
           GError   **error)
{
  OvBundleRecord *record = g_ptr_array_index (merge->records, i);
  const OvExchangeKind *kind = &merge->kinds[record->kind];
  g_autoptr(OvRecord) built = build_record (merge, i);
  g_autofree char *what = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean freeze_later;

  *deferred = FALSE;
  if (built == NULL)
    {
      *deferred = TRUE;
      return TRUE;
    }

  if (merge->states[i] == STATE_UPDATE)
    {
      ov_record_set_id (built, merge->local_ids[i]);
      _ov_exchange_keep_local_fields (kind, built, merge->locals[i]);
    }
  else if (kind->uncompared != NULL && OV_IS_DECISION (built))
    renumber_decision (merge, built);

  /* A frozen parent is written open first, so the children the bundle adds to it can be;
   * it is frozen once they are all written. */
  freeze_later = kind->freeze_property != NULL && is_frozen_value (kind, record);
  if (freeze_later)
    set_open (kind, built);

  what = ov_record_describe (built);
  if (merge->states[i] == STATE_ADD)
    /* Translators: audit detail: a record, the bundle's author, the importing user */
    detail = g_strdup_printf (_("%s: added from a case bundle by %s, imported by %s"),
                              what, ov_bundle_get_creator (merge->bundle), merge->importer);
  else
    detail = g_strdup_printf (_("%s: updated from a case bundle by %s, imported by %s"),
                              what, ov_bundle_get_creator (merge->bundle), merge->importer);

  if (!savepoint (merge, "SAVEPOINT ov_import_record", error))
    return FALSE;
  /* The reader validated every record of the bundle. */
  if (!_ov_store_import_record (merge->store, built, FALSE,
                                merge->states[i] == STATE_ADD ? "import" : "import-update",
                                detail, &local_error))
    {
      savepoint (merge, "ROLLBACK TO ov_import_record", NULL);
      savepoint (merge, "RELEASE ov_import_record", NULL);
      if (merge->states[i] == STATE_UPDATE &&
          g_error_matches (local_error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN))
        {
          merge->states[i] = STATE_REFUSED;
          /* Translators: a note in the import summary: a record, then why */
          g_ptr_array_add (merge->summary->notes,
                           g_strdup_printf (_("Kept “%s” as it is here, not the bundle’s "
                                              "version: %s"), what, local_error->message));
          return TRUE;
        }
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT,
                   _("Line %d, element “%s” (%s): %s Nothing was imported."),
                   record->line, kind->entity, what, local_error->message);
      return FALSE;
    }
  if (!savepoint (merge, "RELEASE ov_import_record", error))
    return FALSE;

  merge->local_ids[i] = ov_record_get_id (built);
  if (freeze_later)
    g_ptr_array_add (merge->to_freeze, GUINT_TO_POINTER (i));
  return TRUE;
}

static gboolean
record_base (Merge   *merge,
             guint    i,
             GError **error)
{
  OvBundleRecord *record = g_ptr_array_index (merge->records, i);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (merge->store,
                            "INSERT OR REPLACE INTO exchange_bases (source, uuid, revision, hash) "
                            "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, merge->source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ov_record_get_uuid (record->record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, ov_record_get_revision (record->record));
  sqlite3_bind_text (stmt, 4, merge->hashes[i], -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (merge->store, rc, error);
  return TRUE;
}

static gint
compare_created (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  GPtrArray *records = data;
  OvBundleRecord *x = g_ptr_array_index (records, GPOINTER_TO_UINT (*(gpointer *) a));
  OvBundleRecord *y = g_ptr_array_index (records, GPOINTER_TO_UINT (*(gpointer *) b));

  const OvExchangeKind *kind;
  guint n;
  int order;

  if (x->kind != y->kind)
    return x->kind - y->kind;

  /* Numbered entries (the decision log) keep their order. */
  kind = &_ov_exchange_get_kinds (&n)[x->kind];
  for (guint f = 0; kind->uncompared != NULL && f < kind->n_fields; f++)
    if (strcmp (kind->fields[f]->name, kind->uncompared) == 0)
      {
        gint64 a_number = x->texts[f] != NULL ? g_ascii_strtoll (x->texts[f], NULL, 10) : 0;
        gint64 b_number = y->texts[f] != NULL ? g_ascii_strtoll (y->texts[f], NULL, 10) : 0;

        if (a_number != b_number)
          return a_number < b_number ? -1 : 1;
      }

  order = g_strcmp0 (ov_record_get_created_at (x->record), ov_record_get_created_at (y->record));
  if (order != 0)
    return order;
  return GPOINTER_TO_UINT (*(gpointer *) a) < GPOINTER_TO_UINT (*(gpointer *) b) ? -1 : 1;
}

static gboolean
merge_in_transaction (OvStore  *store,
                      gpointer  user_data,
                      GError  **error)
{
  Merge *merge = user_data;
  guint n_records = merge->records->len;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autofree char *detail = NULL;
  g_autofree char *summary_text = NULL;

  if (!check_references (merge, error) || !decide (merge, error))
    return FALSE;

  /* Kind by kind, in bundle order, and within a kind oldest first: an entry that
   * supersedes another comes after it. */
  for (guint i = 0; i < n_records; i++)
    g_ptr_array_add (order, GUINT_TO_POINTER (i));
  g_ptr_array_sort_with_data (order, compare_created, merge->records);

  for (guint start = 0; start < n_records;)
    {
      int kind = ((OvBundleRecord *) g_ptr_array_index (merge->records,
                    GPOINTER_TO_UINT (g_ptr_array_index (order, start))))->kind;
      g_autoptr(GArray) waiting = g_array_new (FALSE, FALSE, sizeof (guint));
      guint end = start;

      while (end < n_records &&
             ((OvBundleRecord *) g_ptr_array_index (merge->records,
                GPOINTER_TO_UINT (g_ptr_array_index (order, end))))->kind == kind)
        {
          guint i = GPOINTER_TO_UINT (g_ptr_array_index (order, end));

          if (merge->states[i] == STATE_ADD || merge->states[i] == STATE_UPDATE)
            g_array_append_val (waiting, i);
          end++;
        }

      /* Records that refer to others of their kind wait for them. */
      while (waiting->len > 0)
        {
          g_autoptr(GArray) still = g_array_new (FALSE, FALSE, sizeof (guint));

          for (guint w = 0; w < waiting->len; w++)
            {
              guint i = g_array_index (waiting, guint, w);
              gboolean deferred;

              if (!write_one (merge, i, &deferred, error))
                return FALSE;
              if (deferred)
                g_array_append_val (still, i);
            }
          if (still->len == waiting->len)
            {
              OvBundleRecord *record = g_ptr_array_index (merge->records,
                                                          g_array_index (still, guint, 0));

              g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT,
                           _("Line %d, element “%s”: its references go round in a circle. "
                             "Nothing was imported; ask for the bundle to be exported again."),
                           record->line, merge->kinds[kind].entity);
              return FALSE;
            }
          g_array_unref (waiting);
          waiting = g_steal_pointer (&still);
        }
      start = end;
    }

  /* Now that their children are in, the agreed and signed-off versions. */
  for (guint j = 0; j < merge->to_freeze->len; j++)
    {
      guint i = GPOINTER_TO_UINT (g_ptr_array_index (merge->to_freeze, j));
      OvBundleRecord *record = g_ptr_array_index (merge->records, i);
      g_autoptr(OvRecord) built = build_record (merge, i);

      g_assert (built != NULL);
      ov_record_set_id (built, merge->local_ids[i]);
      if (merge->locals[i] != NULL)
        _ov_exchange_keep_local_fields (&merge->kinds[record->kind], built, merge->locals[i]);
      if (!_ov_store_import_record (store, built, FALSE, NULL, NULL, error))
        return FALSE;
    }

  for (guint i = 0; i < n_records; i++)
    {
      OvBundleRecord *record = g_ptr_array_index (merge->records, i);
      OvImportCount count;

      switch (merge->states[i])
        {
        case STATE_ADD:
          count = OV_IMPORT_ADDED;
          break;
        case STATE_UPDATE:
          count = OV_IMPORT_UPDATED;
          break;
        case STATE_UNCHANGED:
        case STATE_KEEP:
        case STATE_MATCHED:
          count = OV_IMPORT_UNCHANGED;
          break;
        case STATE_CONFLICT:
          count = OV_IMPORT_CONFLICTS;
          break;
        case STATE_REFUSED:
          count = OV_IMPORT_REFUSED;
          break;
        default:
          g_assert_not_reached ();
        }
      summary_count (merge->summary, record->kind, count);

      if (merge->states[i] == STATE_CONFLICT)
        {
          if (!store_conflict (merge, i, error))
            return FALSE;
        }
      else if (merge->states[i] != STATE_MATCHED && !record_base (merge, i, error))
        return FALSE;
    }

  summary_text = ov_import_summary_to_text (merge->summary);
  /* Translators: audit detail of an import: the bundle's author, then the summary */
  detail = g_strdup_printf (_("Imported a case bundle by %s:\n%s"),
                            ov_bundle_get_creator (merge->bundle), summary_text);
  return _ov_store_append_audit (store, "bundle", merge->source, "import", detail, error);
}

static OvImportSummary *
run_merge (OvStore   *store,
           OvBundle  *bundle,
           gboolean   dry_run,
           GError   **error)
{
  Merge merge = { 0 };
  g_autoptr(OvImportSummary) summary = g_object_new (OV_TYPE_IMPORT_SUMMARY, NULL);
  guint n_records, n_externals;
  const char *own_id;
  gint64 cache_size = -2000;
  gboolean ok;

  if (!_ov_exchange_resolve_kinds (store, error))
    return NULL;
  own_id = _ov_exchange_database_id (store, error);
  if (own_id == NULL)
    return NULL;

  summary->dry_run = dry_run;
  summary->creator = g_strdup (ov_bundle_get_creator (bundle));
  summary->created_at = g_strdup (ov_bundle_get_created_at (bundle));
  summary->marking = g_strdup (ov_bundle_get_marking (bundle));

  merge.store = store;
  merge.bundle = bundle;
  merge.records = _ov_bundle_get_records (bundle);
  merge.externals = _ov_bundle_get_externals (bundle);
  merge.kinds = _ov_exchange_get_kinds (&merge.n_kinds);
  merge.summary = summary;
  merge.source = ov_bundle_get_source_id (bundle);
  merge.importer = _ov_exchange_current_user_name (store);
  n_records = merge.records->len;
  n_externals = merge.externals->len;
  merge.local_ids = g_new0 (gint64, n_records + n_externals + 1);
  merge.states = g_new0 (State, n_records + 1);
  merge.hashes = g_new0 (char *, n_records + 1);
  merge.locals = g_new0 (OvRecord *, n_records + 1);
  merge.uuids = g_new0 (GHashTable *, merge.n_kinds);
  for (guint k = 0; k < merge.n_kinds; k++)
    merge.uuids[k] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  merge.to_freeze = g_ptr_array_new ();

  if (strcmp (merge.source, own_id) == 0)
    g_ptr_array_add (summary->notes,
                     g_strdup (_("This bundle was exported from this database.")));

  /* A bundle is written in one transaction: with SQLite's small default cache, pages
   * changed again and again (the audit chain's head, the indexes) would be spilled to the
   * log many times over. The cache grows for the import and shrinks after. */
  {
    sqlite3_stmt *stmt = NULL;

    if (sqlite3_prepare_v2 (_ov_store_get_db (store), "PRAGMA cache_size", -1, &stmt,
                            NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
      cache_size = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
    sqlite3_exec (_ov_store_get_db (store), "PRAGMA cache_size = -262144", NULL, NULL, NULL);
  }

  if (!_ov_store_begin (store, error))
    ok = FALSE;
  else if (!merge_in_transaction (store, &merge, error))
    {
      _ov_store_rollback (store);
      ok = FALSE;
    }
  else if (dry_run)
    {
      _ov_store_rollback (store);
      ok = TRUE;
    }
  else
    ok = _ov_store_commit (store, error);

  {
    g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT,
                                                cache_size);

    sqlite3_exec (_ov_store_get_db (store), restore, NULL, NULL, NULL);
  }

  merge_clear (&merge);
  return ok ? g_steal_pointer (&summary) : NULL;
}

OvImportSummary *
ov_exchange_plan (OvStore   *store,
                  OvBundle  *bundle,
                  GError   **error)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_BUNDLE (bundle), NULL);

  return run_merge (store, bundle, TRUE, error);
}

gboolean
ov_exchange_import (OvStore          *store,
                    OvBundle         *bundle,
                    OvImportSummary **summary,
                    GError          **error)
{
  OvImportSummary *result;

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);
  g_return_val_if_fail (OV_IS_BUNDLE (bundle), FALSE);

  result = run_merge (store, bundle, FALSE, error);
  if (result == NULL)
    return FALSE;
  if (summary != NULL)
    *summary = result;
  else
    g_object_unref (result);
  return TRUE;
}
