/* ov-exchange-conflicts.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Records changed both here and in an imported bundle: both versions field by field, and
 * the choice that resolves them.
 */

#define G_LOG_DOMAIN "ov-exchange-conflicts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-case.h"
#include "ov-exchange-private.h"
#include "ov-util.h"

/* ---- OvConflictField ----------------------------------------------------------------- */

struct _OvConflictField
{
  GObject  parent_instance;

  char    *property_name;
  char    *label;
  char    *ours;
  char    *theirs;
  gboolean differs;
};

G_DEFINE_FINAL_TYPE (OvConflictField, ov_conflict_field, G_TYPE_OBJECT)

static void
ov_conflict_field_finalize (GObject *object)
{
  OvConflictField *self = OV_CONFLICT_FIELD (object);

  g_free (self->property_name);
  g_free (self->label);
  g_free (self->ours);
  g_free (self->theirs);

  G_OBJECT_CLASS (ov_conflict_field_parent_class)->finalize (object);
}

static void
ov_conflict_field_class_init (OvConflictFieldClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ov_conflict_field_finalize;
}

static void
ov_conflict_field_init (OvConflictField *self)
{
}

const char *
ov_conflict_field_get_property_name (OvConflictField *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT_FIELD (self), NULL);
  return self->property_name;
}

const char *
ov_conflict_field_get_label (OvConflictField *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT_FIELD (self), NULL);
  return self->label;
}

const char *
ov_conflict_field_get_ours (OvConflictField *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT_FIELD (self), NULL);
  return self->ours;
}

const char *
ov_conflict_field_get_theirs (OvConflictField *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT_FIELD (self), NULL);
  return self->theirs;
}

gboolean
ov_conflict_field_get_differs (OvConflictField *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT_FIELD (self), FALSE);
  return self->differs;
}

/* ---- OvConflict ---------------------------------------------------------------------- */

struct _OvConflict
{
  GObject     parent_instance;

  gint64      id;
  char       *kind;
  const char *kind_label;
  char       *uuid;
  gint64      record_id;
  gint64      case_id;
  char       *case_reference;
  char       *description;
  char       *bundle_creator;
  char       *imported_at;
  char       *imported_by;
  GListStore *fields;
};

G_DEFINE_FINAL_TYPE (OvConflict, ov_conflict, G_TYPE_OBJECT)

static void
ov_conflict_finalize (GObject *object)
{
  OvConflict *self = OV_CONFLICT (object);

  g_free (self->kind);
  g_free (self->uuid);
  g_free (self->case_reference);
  g_free (self->description);
  g_free (self->bundle_creator);
  g_free (self->imported_at);
  g_free (self->imported_by);
  g_clear_object (&self->fields);

  G_OBJECT_CLASS (ov_conflict_parent_class)->finalize (object);
}

static void
ov_conflict_class_init (OvConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ov_conflict_finalize;
}

static void
ov_conflict_init (OvConflict *self)
{
  self->fields = g_list_store_new (OV_TYPE_CONFLICT_FIELD);
}

gint64
ov_conflict_get_id (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), 0);
  return self->id;
}

const char *
ov_conflict_get_kind (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->kind;
}

const char *
ov_conflict_get_kind_label (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->kind_label;
}

const char *
ov_conflict_get_uuid (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->uuid;
}

gint64
ov_conflict_get_record_id (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), 0);
  return self->record_id;
}

gint64
ov_conflict_get_case_id (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), 0);
  return self->case_id;
}

const char *
ov_conflict_get_case_reference (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->case_reference;
}

const char *
ov_conflict_get_description (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->description;
}

const char *
ov_conflict_get_bundle_creator (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->bundle_creator;
}

const char *
ov_conflict_get_imported_at (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->imported_at;
}

const char *
ov_conflict_get_imported_by (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return self->imported_by;
}

GListModel *
ov_conflict_get_fields (OvConflict *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT (self), NULL);
  return G_LIST_MODEL (self->fields);
}

/* ---- Loading ------------------------------------------------------------------------- */

static const char *
store_id_to_uuid (gpointer data,
                  int      kind,
                  gint64   id)
{
  OvStore *store = data;
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  g_autoptr(OvRecord) record = NULL;

  if (kind < 0)
    return NULL;
  record = ov_store_load (store, kinds[kind].type, id, NULL);
  if (record == NULL)
    return NULL;
  /* Interned: a handful per conflict, and uuids are few enough. */
  return g_intern_string (ov_record_get_uuid (record));
}

static gint64
store_uuid_to_id (gpointer    data,
                  int         kind,
                  const char *uuid)
{
  OvStore *store = data;
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  g_autoptr(OvRecord) record = NULL;

  if (kind < 0)
    return 0;
  record = ov_store_load_by_uuid (store, kinds[kind].type, uuid, NULL);
  return record != NULL ? ov_record_get_id (record) : 0;
}

typedef struct
{
  gint64    id;
  int       kind;
  char     *uuid;
  char     *source;
  gint64    bundle_revision;
  GVariant *theirs;
} ConflictRow;

static void
conflict_row_clear (ConflictRow *row)
{
  g_clear_pointer (&row->uuid, g_free);
  g_clear_pointer (&row->source, g_free);
  g_clear_pointer (&row->theirs, g_variant_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ConflictRow, conflict_row_clear)

#define CONFLICT_COLUMNS \
  "id, entity, uuid, case_id, bundle_creator, imported_at, imported_by, theirs, source, " \
  "bundle_revision"

static OvConflict *
conflict_from_row (OvStore      *store,
                   sqlite3_stmt *stmt,
                   gboolean      with_fields,
                   ConflictRow  *row)
{
  g_autoptr(OvConflict) self = g_object_new (OV_TYPE_CONFLICT, NULL);
  guint n;
  const OvExchangeKind *kinds = _ov_exchange_get_kinds (&n);
  const OvExchangeKind *kind;
  g_autoptr(OvRecord) local = NULL;
  g_autoptr(GVariant) theirs = NULL;
  int k;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  self->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  self->case_id = sqlite3_column_int64 (stmt, 3);
  self->bundle_creator = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  self->imported_at = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  self->imported_by = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  theirs = g_variant_parse (G_VARIANT_TYPE ("a{ss}"),
                            (const char *) sqlite3_column_text (stmt, 7), NULL, NULL, NULL);

  k = _ov_exchange_find_kind (self->kind);
  if (k < 0 || theirs == NULL)
    return NULL;
  kind = &kinds[k];
  self->kind_label = g_dgettext (GETTEXT_PACKAGE, kind->label);

  local = ov_store_load_by_uuid (store, kind->type, self->uuid, NULL);
  if (local == NULL)
    return NULL;
  self->record_id = ov_record_get_id (local);
  self->description = ov_record_describe (local);

  if (self->case_id > 0)
    {
      g_autoptr(OvCase) the_case = ov_store_load (store, OV_TYPE_CASE, self->case_id, NULL);

      if (the_case != NULL)
        self->case_reference = g_strdup (ov_case_get_reference (the_case));
    }

  if (with_fields)
    for (guint f = 0; f < kind->n_fields; f++)
      {
        OvConflictField *field = g_object_new (OV_TYPE_CONFLICT_FIELD, NULL);
        g_autofree char *ours_text = _ov_exchange_field_to_text (kind, f, local,
                                                                 store_id_to_uuid, store);
        const char *theirs_text = NULL;

        g_variant_lookup (theirs, kind->fields[f]->name, "&s", &theirs_text);
        field->property_name = g_strdup (kind->fields[f]->name);
        field->label = g_strdup (g_param_spec_get_nick (kind->fields[f]));
        field->ours = _ov_exchange_field_display (store, kind, f, ours_text);
        field->theirs = _ov_exchange_field_display (store, kind, f, theirs_text);
        field->differs = g_strcmp0 (ours_text, theirs_text) != 0;
        g_list_store_append (self->fields, field);
        g_object_unref (field);
      }

  if (row != NULL)
    {
      row->id = self->id;
      row->kind = k;
      row->uuid = g_strdup (self->uuid);
      row->source = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      row->bundle_revision = sqlite3_column_int64 (stmt, 9);
      row->theirs = g_steal_pointer (&theirs);
    }
  return g_steal_pointer (&self);
}

GListModel *
ov_exchange_list_conflicts (OvStore  *store,
                            gint64    case_id,
                            GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (OV_TYPE_CONFLICT);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  if (!_ov_exchange_resolve_kinds (store, error))
    return NULL;

  stmt = _ov_store_prepare (store,
                            "SELECT " CONFLICT_COLUMNS " FROM exchange_conflicts "
                            "WHERE resolved_at IS NULL AND (?1 = 0 OR case_id = ?1) ORDER BY id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);

  /* Stepping through one statement while loading records through others. */
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

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
    for (guint i = 0; i < ids->len; i++)
      {
        g_autoptr(OvConflict) conflict = ov_exchange_load_conflict (store,
                                                                    g_array_index (ids, gint64, i),
                                                                    error);

        if (conflict == NULL)
          return NULL;
        g_list_store_append (list, conflict);
      }
  }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

static OvConflict *
load_conflict (OvStore      *store,
               gint64        conflict_id,
               ConflictRow  *row,
               GError      **error)
{
  sqlite3_stmt *stmt;
  OvConflict *conflict = NULL;
  int rc;

  if (!_ov_exchange_resolve_kinds (store, error))
    return NULL;

  /* The statement is prepared apart from the cache: loading the fields runs others. */
  rc = sqlite3_prepare_v2 (_ov_store_get_db (store),
                           "SELECT " CONFLICT_COLUMNS " FROM exchange_conflicts "
                           "WHERE id = ?1 AND resolved_at IS NULL", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _ov_store_set_error (store, rc, error);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, conflict_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      conflict = conflict_from_row (store, stmt, TRUE, row);
      if (conflict == NULL)
        g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_NOT_FOUND,
                     _("The record in conflict can no longer be read. Import the bundle "
                       "again."));
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_NOT_FOUND,
                 _("This conflict has already been resolved. Refresh the list."));
  else
    _ov_store_set_error (store, rc, error);
  sqlite3_finalize (stmt);
  return conflict;
}

OvConflict *
ov_exchange_load_conflict (OvStore  *store,
                           gint64    conflict_id,
                           GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  return load_conflict (store, conflict_id, NULL, error);
}

guint
ov_exchange_count_conflicts (OvStore *store,
                             gint64   case_id)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (OV_IS_STORE (store), 0);

  stmt = _ov_store_prepare (store,
                            "SELECT count(*) FROM exchange_conflicts "
                            "WHERE resolved_at IS NULL AND (?1 = 0 OR case_id = ?1)", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

/* ---- Resolving ----------------------------------------------------------------------- */

typedef struct
{
  gint64              conflict_id;
  const char * const *take_theirs;
} Resolve;

static gboolean
resolve_in_transaction (OvStore  *store,
                        gpointer  user_data,
                        GError  **error)
{
  Resolve *resolve = user_data;
  g_auto(ConflictRow) row = { 0 };
  g_autoptr(OvConflict) conflict = NULL;
  g_autoptr(OvRecord) local = NULL;
  g_autoptr(OvRecord) theirs = NULL;
  g_autoptr(GString) taken = g_string_new (NULL);
  g_autofree char **texts = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *user = _ov_exchange_current_user_name (store);
  g_autofree char *what = NULL;
  g_autofree char *detail = NULL;
  const OvExchangeKind *kinds;
  const OvExchangeKind *kind;
  sqlite3_stmt *stmt;
  guint n;
  int rc;

  conflict = load_conflict (store, resolve->conflict_id, &row, error);
  if (conflict == NULL)
    return FALSE;
  kinds = _ov_exchange_get_kinds (&n);
  kind = &kinds[row.kind];

  local = ov_store_load_by_uuid (store, kind->type, row.uuid, error);
  if (local == NULL)
    return FALSE;
  theirs = _ov_exchange_record_from_texts (kind, row.uuid, row.theirs, store_uuid_to_id, store);
  if (theirs == NULL)
    {
      g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT,
                   _("The bundle’s version refers to a record that is no longer in this "
                     "database. Keep this database’s version, or import the bundle again."));
      return FALSE;
    }

  for (guint i = 0; resolve->take_theirs != NULL && resolve->take_theirs[i] != NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      GParamSpec *pspec = NULL;

      for (guint f = 0; f < kind->n_fields; f++)
        if (strcmp (kind->fields[f]->name, resolve->take_theirs[i]) == 0)
          pspec = kind->fields[f];
      if (pspec == NULL)
        {
          g_set_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_NOT_FOUND,
                       _("“%s” is not a field of this record."), resolve->take_theirs[i]);
          return FALSE;
        }
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (G_OBJECT (theirs), pspec->name, &value);
      g_object_set_property (G_OBJECT (local), pspec->name, &value);
      if (taken->len > 0)
        g_string_append (taken, ", ");
      g_string_append (taken, g_param_spec_get_nick (pspec));
    }

  /* Past both versions, so the next exchange carries the resolution both ways. */
  ov_record_set_revision (local, MAX (ov_record_get_revision (local), row.bundle_revision) + 1);
  ov_record_set_updated_at (local, now);

  what = ov_record_describe (local);
  if (taken->len > 0)
    /* Translators: audit detail: a record, the fields taken, who resolved it */
    detail = g_strdup_printf (_("%s: conflict with a case bundle resolved by %s, taking the "
                                "bundle’s %s"), what, user, taken->str);
  else
    detail = g_strdup_printf (_("%s: conflict with a case bundle resolved by %s, keeping this "
                                "database’s version"), what, user);
  if (!_ov_store_import_record (store, local, TRUE, "resolve-conflict", detail, error))
    return FALSE;

  /* The bundle's version is now known here: sent again, it is not a new change. */
  texts = g_new0 (char *, kind->n_fields + 1);
  for (guint f = 0; f < kind->n_fields; f++)
    {
      const char *text = NULL;

      g_variant_lookup (row.theirs, kind->fields[f]->name, "&s", &text);
      texts[f] = g_strdup (text);
    }
  hash = _ov_exchange_hash_texts (kind, texts);
  /* Empty fields are NULL in the middle of the array, where g_strfreev() would stop. */
  for (guint f = 0; f < kind->n_fields; f++)
    g_clear_pointer (&texts[f], g_free);
  stmt = _ov_store_prepare (store,
                            "INSERT OR REPLACE INTO exchange_bases (source, uuid, revision, hash) "
                            "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, row.source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, row.uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, row.bundle_revision);
  sqlite3_bind_text (stmt, 4, hash, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (store, rc, error);

  stmt = _ov_store_prepare (store,
                            "UPDATE exchange_conflicts SET resolved_at = ?2, resolved_by = ?3, "
                            "resolution = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row.id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, user, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, taken->str, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (store, rc, error);

  _ov_store_emit_changed (store, "exchange-conflict", ov_conflict_get_case_id (conflict));
  return TRUE;
}

gboolean
ov_exchange_resolve_conflict (OvStore            *store,
                              gint64              conflict_id,
                              const char * const *take_theirs,
                              GError            **error)
{
  Resolve resolve = { conflict_id, take_theirs };

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);

  return ov_store_run_in_transaction (store, resolve_in_transaction, &resolve, error);
}
