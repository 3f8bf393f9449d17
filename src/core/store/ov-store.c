/* ov-store.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ov-autoptr.h"
#include "ov-enum-types.h"
#include "ov-case.h"
#include "ov-staff.h"
#include "ov-store-private.h"
#include "ov-store-resources.h"
#include "ov-util.h"

#define OV_APPLICATION_ID_PRAGMA 1331057492 /* 'OVST' */
#define MIGRATIONS_PATH RESOURCE_BASE "/migrations"

/* How the columns of one record type are read and written, worked out once from its
 * GParamSpecs: column names are property names with '-' as '_'. */
typedef struct
{
  GType        type;
  GParamSpec **columns;   /* written properties, in column order, without "id" */
  guint        n_columns;
  char        *insert_sql;
  char        *update_sql;
  char        *select_sql; /* "SELECT * FROM table_or_view" */
} OvTypeMap;

typedef struct
{
  char   *entity;
  gint64  id;
} OvPendingChange;

struct _OvStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt, prepared once */
  GHashTable *type_maps;    /* GType -> OvTypeMap */
  guint       transaction_depth;
  GArray     *pending_changes;

  char       *account;
  OvStaff    *current_user;
  gboolean    read_only;
};

static void ov_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvStore, ov_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      ov_store_initable_iface_init))

G_DEFINE_QUARK (ov-store-error-quark, ov_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_ACCOUNT,
  PROP_CURRENT_USER,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ov_type_map_free (OvTypeMap *map)
{
  g_free (map->columns);
  g_free (map->insert_sql);
  g_free (map->update_sql);
  g_free (map->select_sql);
  g_free (map);
}

void
ov_audit_event_free (OvAuditEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->at);
  g_free (event->account);
  g_free (event->actor_name);
  g_free (event->entity);
  g_free (event->uuid);
  g_free (event->action);
  g_free (event->detail);
  g_free (event);
}

static char *
column_name (const char *property_name)
{
  char *name = g_strdup (property_name);

  g_strdelimit (name, "-", '_');
  return name;
}

static gboolean
is_stored_property (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_WRITABLE) != 0 &&
         (pspec->flags & G_PARAM_READABLE) != 0 &&
         (pspec->flags & OV_PARAM_DERIVED) == 0 &&
         g_type_is_a (pspec->owner_type, OV_TYPE_RECORD) &&
         strcmp (pspec->name, "id") != 0;
}

static OvTypeMap *
get_type_map (OvStore *self,
              GType    type)
{
  OvTypeMap *map = g_hash_table_lookup (self->type_maps, GSIZE_TO_POINTER (type));
  g_autoptr(GTypeClass) klass = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GString) insert = NULL;
  g_autoptr(GString) values = NULL;
  g_autoptr(GString) update = NULL;
  GParamSpec **pspecs;
  OvRecordClass *record_class;
  guint n_pspecs;

  if (map != NULL)
    return map;

  klass = g_type_class_ref (type);
  record_class = OV_RECORD_CLASS (klass);
  g_assert (record_class->table_name != NULL);

  columns = g_ptr_array_new ();
  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      if (is_stored_property (pspecs[i]))
        g_ptr_array_add (columns, pspecs[i]);
    }
  g_free (pspecs);

  insert = g_string_new (NULL);
  values = g_string_new (NULL);
  update = g_string_new (NULL);
  g_string_append_printf (insert, "INSERT INTO %s (", record_class->table_name);
  g_string_append_printf (update, "UPDATE %s SET ", record_class->table_name);
  for (guint i = 0; i < columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (columns, i);
      g_autofree char *column = column_name (pspec->name);

      g_string_append_printf (insert, "%s%s", i > 0 ? ", " : "", column);
      g_string_append_printf (values, "%s?%u", i > 0 ? ", " : "", i + 1);
      g_string_append_printf (update, "%s%s = ?%u", i > 0 ? ", " : "", column, i + 1);
    }
  g_string_append_printf (insert, ") VALUES (%s)", values->str);
  /* The revision guards against saving over someone else's change. */
  g_string_append_printf (update, " WHERE id = ?%u AND revision = ?%u",
                          columns->len + 1, columns->len + 2);

  map = g_new0 (OvTypeMap, 1);
  map->type = type;
  map->n_columns = columns->len;
  map->columns = (GParamSpec **) g_ptr_array_free (g_steal_pointer (&columns), FALSE);
  map->insert_sql = g_string_free (g_steal_pointer (&insert), FALSE);
  map->update_sql = g_string_free (g_steal_pointer (&update), FALSE);
  map->select_sql = g_strdup_printf ("SELECT * FROM %s",
                                     record_class->view_name != NULL
                                       ? record_class->view_name
                                       : record_class->table_name);
  g_hash_table_insert (self->type_maps, GSIZE_TO_POINTER (type), map);

  return map;
}

/* The text a property is stored as, or NULL for SQL NULL. Integers come back in @number. */
typedef enum { VALUE_NULL, VALUE_TEXT, VALUE_INTEGER } ValueKind;

static ValueKind
property_to_sql (GObject     *object,
                 GParamSpec  *pspec,
                 char       **text,
                 gint64      *number)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);

  *text = NULL;
  *number = 0;
  g_value_init (&value, vtype);
  g_object_get_property (object, pspec->name, &value);

  if (vtype == G_TYPE_STRING)
    {
      const char *str = g_value_get_string (&value);

      if (str == NULL || *str == '\0')
        return VALUE_NULL;
      *text = g_strdup (str);
      return VALUE_TEXT;
    }
  else if (vtype == G_TYPE_BOOLEAN)
    {
      *number = g_value_get_boolean (&value) ? 1 : 0;
      return VALUE_INTEGER;
    }
  else if (vtype == G_TYPE_INT64)
    {
      *number = g_value_get_int64 (&value);
      if (*number == 0 && (pspec->flags & OV_PARAM_REFERENCE) != 0)
        return VALUE_NULL;
      return VALUE_INTEGER;
    }
  else if (vtype == G_TYPE_INT)
    {
      *number = g_value_get_int (&value);
      return VALUE_INTEGER;
    }
  else if (vtype == G_TYPE_UINT)
    {
      *number = g_value_get_uint (&value);
      return VALUE_INTEGER;
    }
  else if (G_TYPE_IS_ENUM (vtype))
    {
      *text = g_strdup (ov_enum_get_nick (vtype, g_value_get_enum (&value)));
      return VALUE_TEXT;
    }
  else if (G_TYPE_IS_FLAGS (vtype))
    {
      *text = ov_flags_to_nicks (vtype, g_value_get_flags (&value));
      return VALUE_TEXT;
    }

  g_critical ("Property %s of type %s cannot be stored", pspec->name, g_type_name (vtype));
  return VALUE_NULL;
}

static void
bind_property (sqlite3_stmt *stmt,
               int           index,
               GObject      *object,
               GParamSpec   *pspec)
{
  char *text;
  gint64 number;

  switch (property_to_sql (object, pspec, &text, &number))
    {
    case VALUE_NULL:
      sqlite3_bind_null (stmt, index);
      break;
    case VALUE_TEXT:
      sqlite3_bind_text (stmt, index, text, -1, g_free);
      break;
    case VALUE_INTEGER:
      sqlite3_bind_int64 (stmt, index, number);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
column_to_property (GObject      *object,
                    GParamSpec   *pspec,
                    sqlite3_stmt *stmt,
                    int           column)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  gint64 number = sqlite3_column_int64 (stmt, column);

  g_value_init (&value, vtype);
  if (vtype == G_TYPE_STRING)
    g_value_set_string (&value, text);
  else if (vtype == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, number != 0);
  else if (vtype == G_TYPE_INT64)
    g_value_set_int64 (&value, number);
  else if (vtype == G_TYPE_INT)
    g_value_set_int (&value, (int) number);
  else if (vtype == G_TYPE_UINT)
    g_value_set_uint (&value, (guint) number);
  else if (G_TYPE_IS_ENUM (vtype))
    {
      int v = G_PARAM_SPEC_ENUM (pspec)->default_value;

      if (text != NULL && !ov_enum_from_nick (vtype, text, &v))
        g_warning ("Unknown value “%s” for %s; using the default", text, pspec->name);
      g_value_set_enum (&value, v);
    }
  else if (G_TYPE_IS_FLAGS (vtype))
    {
      guint v = 0;

      if (!ov_flags_from_nicks (vtype, text, &v))
        g_warning ("Unknown flags “%s” for %s", text, pspec->name);
      g_value_set_flags (&value, v);
    }
  else
    return;

  g_object_set_property (object, pspec->name, &value);
}

OvRecord *
_ov_store_read_record (OvStore      *self,
                       GType         record_type,
                       sqlite3_stmt *stmt)
{
  g_autoptr(GObject) object = g_object_new (record_type, NULL);
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);
  int n = sqlite3_column_count (stmt);

  g_object_freeze_notify (object);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *property = g_strdup (sqlite3_column_name (stmt, i));
      GParamSpec *pspec;

      g_strdelimit (property, "_", '-');
      pspec = g_object_class_find_property (klass, property);
      if (pspec != NULL)
        column_to_property (object, pspec, stmt, i);
    }
  g_object_thaw_notify (object);

  return OV_RECORD (g_steal_pointer (&object));
}

/* The guards in the schema (RAISE in triggers) speak to programmers; these are the words
 * for the person at the keyboard. */
static const struct
{
  const char *raised;
  const char *message;
} trigger_messages[] = {
  { "an agreed strategy version is frozen",
    N_("This strategy version has been agreed and can no longer be changed. Draft a new "
       "version to change the strategy.") },
  { "an agreed victim strategy version is frozen",
    N_("This victim strategy version has been agreed and can no longer be changed. Draft a "
       "new version to change it.") },
  { "an endorsed risk assessment is frozen",
    N_("This risk assessment has been endorsed and can no longer be changed. Make a new "
       "assessment: it will supersede this one.") },
  { "risk assessments are kept",
    N_("Risk assessments are kept: make a new assessment instead.") },
  { "people are kept",
    N_("People recorded in a case are kept.") },
  { "victim support history is kept",
    N_("Victim support history is kept: end the support instead.") },
  { "referrals are kept",
    N_("Referrals are kept: record their outcome instead.") },
  { "strategy versions are kept",
    N_("Strategy versions are kept: draft a new version instead.") },
  { "a signed-off review is frozen",
    N_("This review has been signed off and can no longer be changed. Add an addendum to "
       "correct or add to it.") },
  { "decision log entries are never edited",
    N_("Decision log entries are never edited. Record a new entry that supersedes this one.") },
  { "decision log entries are never removed",
    N_("Decision log entries are never removed.") },
  { "decision log entries are numbered",
    N_("The decision log changed while you were recording. Record the decision again.") },
  { "a decision can only supersede",
    N_("A decision can only supersede an entry in the same case’s decision log.") },
  { "addenda are never",
    N_("Addenda are never edited or removed. Add another addendum instead.") },
  { "actions are kept",
    N_("Actions are kept: cancel the action with a reason instead.") },
  { "allocation history is kept",
    N_("Allocation history is kept: end the allocation instead.") },
  { "the audit log is append-only",
    N_("The audit log cannot be changed.") },
};

gboolean
_ov_store_set_error (OvStore  *self,
                     int       rc,
                     GError  **error)
{
  const char *message = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int primary = rc & 0xff;
  int system_errno = self->db != NULL ? sqlite3_system_errno (self->db) : 0;

  /* A write refused for lack of space (or over a file-size limit) is a full disk. */
  if (primary == SQLITE_IOERR &&
      (system_errno == ENOSPC || system_errno == EFBIG || system_errno == EDQUOT))
    primary = SQLITE_FULL;

  if (rc == SQLITE_CONSTRAINT_TRIGGER)
    {
      for (gsize i = 0; i < G_N_ELEMENTS (trigger_messages); i++)
        {
          if (g_str_has_prefix (message, trigger_messages[i].raised))
            {
              g_set_error_literal (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN,
                                   g_dgettext (GETTEXT_PACKAGE, trigger_messages[i].message));
              return FALSE;
            }
        }
    }

  if (primary == SQLITE_FULL)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NO_SPACE,
                 _("The disk holding the database is full, so nothing was saved. "
                   "Free some space and try again."));
  else if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    {
      if (strstr (message, "cases.reference") != NULL)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
                     _("Another case already has this reference. Each case needs its own "
                       "reference: check the number and try again."));
      else if (strstr (message, "decisions.supersedes_id") != NULL)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
                     _("That decision has already been superseded. Supersede the newer "
                       "entry instead."));
      else if (strstr (message, "victim_support.person_id") != NULL)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
                     _("This victim already has a current lead contact. End that support "
                       "first, or make the new one not the lead."));
      else if (strstr (message, "risk_assessments.supersedes_id") != NULL)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
                     _("That risk assessment has already been superseded."));
      else if (strstr (message, "staff.os_account") != NULL)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
                     _("This computer account is already linked to another staff record."));
      else
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
                     _("Another record already has this value (%s)."), message);
    }
  else if (primary == SQLITE_CONSTRAINT)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                 _("The database refused the change: %s."), message);
  else if (primary == SQLITE_CORRUPT)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DAMAGED,
                 _("The database is damaged, so nothing was saved. Restore it from a backup."));
  else if (primary == SQLITE_IOERR)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                 _("The database file could not be written (%s), so nothing was saved. Check "
                   "the disk and try again."), message);
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_BUSY,
                 _("The database is busy: another Oversight is writing to it. Try again in "
                   "a moment."));
  else if (primary == SQLITE_READONLY)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                 _("The database file cannot be written. Check that you may write to it."));
  else
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                 _("The database reported an error: %s."), message);

  return FALSE;
}

sqlite3 *
_ov_store_get_db (OvStore *self)
{
  return self->db;
}

/**
 * _ov_store_prepare:
 *
 * Returns: (transfer none): the statement for @sql, prepared once and kept, reset and with
 *   its bindings cleared.
 */
sqlite3_stmt *
_ov_store_prepare (OvStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _ov_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
exec_sql (OvStore     *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _ov_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_ov_store_begin (OvStore  *self,
                 GError  **error)
{
  /* Every write goes through here: opened read-only, none starts. */
  if (self->read_only)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY,
                   _("The database is open read-only, so nothing can be written to it (and "
                     "nothing was). Start Oversight without --read-only to make changes."));
      return FALSE;
    }

  if (self->transaction_depth == 0)
    {
      /* IMMEDIATE takes the write lock now, so a second copy of Oversight waits here
       * rather than failing half-way through. */
      if (!exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  self->transaction_depth++;
  return TRUE;
}

gboolean
_ov_store_commit (OvStore  *self,
                  GError  **error)
{
  g_autoptr(GArray) changes = NULL;

  g_assert (self->transaction_depth > 0);

  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      return TRUE;
    }

  if (!exec_sql (self, "COMMIT", error))
    {
      _ov_store_rollback (self);
      return FALSE;
    }
  self->transaction_depth = 0;

  changes = g_steal_pointer (&self->pending_changes);
  self->pending_changes = g_array_new (FALSE, FALSE, sizeof (OvPendingChange));
  g_array_set_clear_func (self->pending_changes, NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      OvPendingChange *change = &g_array_index (changes, OvPendingChange, i);

      g_signal_emit (self, signals[CHANGED], g_quark_from_string (change->entity),
                     change->entity, change->id);
      g_free (change->entity);
    }

  return TRUE;
}

void
_ov_store_rollback (OvStore *self)
{
  if (self->transaction_depth == 0)
    return;

  /* A failure anywhere inside rolls back the whole outermost transaction. */
  self->transaction_depth = 0;
  if (sqlite3_get_autocommit (self->db) == 0)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  for (guint i = 0; i < self->pending_changes->len; i++)
    g_free (g_array_index (self->pending_changes, OvPendingChange, i).entity);
  g_array_set_size (self->pending_changes, 0);

  /* The current user may have been changed by the failed transaction. */
  _ov_store_refresh_user (self);
}

void
_ov_store_emit_changed (OvStore    *self,
                        const char *entity,
                        gint64      id)
{
  OvPendingChange change = { g_strdup (entity), id };

  if (self->transaction_depth > 0)
    g_array_append_val (self->pending_changes, change);
  else
    {
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (entity), entity, id);
      g_free (change.entity);
    }
}

/**
 * ov_store_run_in_transaction:
 * @func: the work to do; returns %FALSE with @error set to undo all of it
 *
 * Runs @func in one transaction: everything it writes is kept, or nothing is.
 */
gboolean
ov_store_run_in_transaction (OvStore      *self,
                             OvStoreFunc   func,
                             gpointer      user_data,
                             GError      **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);

  if (!_ov_store_begin (self, error))
    return FALSE;
  if (!func (self, user_data, error))
    {
      _ov_store_rollback (self);
      return FALSE;
    }
  return _ov_store_commit (self, error);
}

/* ---- Opening and migrations -------------------------------------------------------- */

static gboolean
read_pragma_int (OvStore     *self,
                 const char  *sql,
                 gint64      *value,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if ((rc & 0xff) == SQLITE_CORRUPT)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DAMAGED,
                     _("The database “%s” is damaged. Restore it from a backup."), self->path);
      else if ((rc & 0xff) == SQLITE_NOTADB)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_OVERSIGHT,
                     _("“%s” is not an Oversight database. Choose another file; this one "
                       "was left as it was."), self->path);
      else
        _ov_store_set_error (self, rc, error);
      return FALSE;
    }
  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Reads what is in the file before anything is written to it, and refuses files that are
 * not ours or are newer than this program: those are left byte for byte as they were. */
static gboolean
check_file (OvStore  *self,
            gint64   *user_version,
            GError  **error)
{
  gint64 application_id = 0;
  gint64 n_objects = 0;

  if (!read_pragma_int (self, "PRAGMA user_version", user_version, error) ||
      !read_pragma_int (self, "PRAGMA application_id", &application_id, error) ||
      !read_pragma_int (self, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    return FALSE;

  if ((*user_version == 0 && n_objects > 0) ||
      (*user_version > 0 && application_id != OV_APPLICATION_ID_PRAGMA))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_OVERSIGHT,
                   _("“%s” is not an Oversight database. Choose another file; this one "
                     "was left as it was."), self->path);
      return FALSE;
    }

  if (*user_version > OV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Oversight (database version "
                     "%" PRId64 ", this program knows up to %d). Install the newer "
                     "Oversight to open it; the file was left as it was."),
                   self->path, *user_version, OV_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (OvStore  *self,
         gint64    from_version,
         GError  **error)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  gint64 version = from_version;

  if (from_version >= OV_STORE_SCHEMA_VERSION)
    return TRUE;

  names = g_resources_enumerate_children (MIGRATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return FALSE;

  sorted = g_ptr_array_new ();
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (sorted, names[i]);
  g_ptr_array_sort (sorted, compare_strings);

  /* All migrations in one transaction: a database is at one version or the next. */
  if (!_ov_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < sorted->len; i++)
    {
      const char *name = g_ptr_array_index (sorted, i);
      g_autofree char *resource = g_build_path ("/", MIGRATIONS_PATH, name, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      gint64 number = g_ascii_strtoll (name, NULL, 10);
      g_autofree char *set_version = NULL;

      if (number <= version)
        continue;

      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        goto failed;
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if (!exec_sql (self, sql, error))
        {
          g_prefix_error (error, "%s: ", name);
          goto failed;
        }
      set_version = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT, number);
      if (!exec_sql (self, set_version, error))
        goto failed;
      version = number;
    }

  g_assert (version == OV_STORE_SCHEMA_VERSION);
  return _ov_store_commit (self, error);

failed:
  _ov_store_rollback (self);
  return FALSE;
}

/* A cheap look at the file before SQLite opens it: a database cut short (a copy that did
 * not finish, a full disk) has fewer pages than its header says, and must not be used. */
static gboolean
check_header (OvStore  *self,
              GError  **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  const guchar *header;
  guint32 page_size;
  guint32 n_pages;
  GStatBuf st;

  /* With a write-ahead log to replay, the file may be mid-checkpoint: SQLite completes it
   * on opening, and the quick check judges the result. */
  if (g_stat (wal, &st) == 0 && st.st_size > 0)
    return TRUE;

  mapped = g_mapped_file_new (self->path, FALSE, NULL);
  if (mapped == NULL || g_mapped_file_get_length (mapped) == 0)
    return TRUE;
  if (g_mapped_file_get_length (mapped) < 100 ||
      memcmp (g_mapped_file_get_contents (mapped), "SQLite format 3", 16) != 0)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_OVERSIGHT,
                   _("“%s” is not an Oversight database. Choose another file; this one "
                     "was left as it was."), self->path);
      return FALSE;
    }

  header = (const guchar *) g_mapped_file_get_contents (mapped);
  page_size = (guint32) header[16] << 8 | header[17];
  if (page_size == 1)
    page_size = 65536;
  n_pages = (guint32) header[28] << 24 | (guint32) header[29] << 16 |
            (guint32) header[30] << 8 | header[31];
  /* The size in the header counts only when it is marked valid for this change. */
  if (memcmp (header + 24, header + 92, 4) == 0 &&
      (guint64) n_pages * page_size > g_mapped_file_get_length (mapped))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DAMAGED,
                   _("The database “%s” is damaged: the file is shorter than it should be. "
                     "Restore it from a backup."), self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
prepare_file (OvStore  *self,
              GError  **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_OPEN,
                   _("Could not create the folder “%s” for the database: %s."),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* Victim and case data: only the owner may read the file. SQLite gives its -wal and
   * -shm files the same mode. */
  fd = g_open (self->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: %s."),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

static gboolean
ov_store_initable_init (GInitable     *initable,
                        GCancellable  *cancellable,
                        GError       **error)
{
  OvStore *self = OV_STORE (initable);
  gint64 user_version = 0;
  GStatBuf st;
  int rc;

  if (self->path == NULL)
    self->path = ov_store_get_default_path ();

  if (self->read_only)
    {
      /* Consultation never creates a database. */
      if (!g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_OPEN,
                       _("There is no database at “%s” to open read-only. Check the path."),
                       self->path);
          return FALSE;
        }
    }
  else if (!prepare_file (self, error))
    return FALSE;
  if (!check_header (self, error))
    return FALSE;

  /* A store, like its cache of statements, is used by one thread at a time (the findings
   * cache's checking thread opens its own), so SQLite need not lock the connection on
   * every call: that locking was a tenth of a full compliance check. */
  rc = sqlite3_open_v2 (self->path, &self->db,
                        (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                          SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: %s."),
                   self->path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }
  /* Waits for another process's write are bounded: past the limit, the error says so. */
  sqlite3_busy_timeout (self->db, OV_STORE_BUSY_TIMEOUT_MS);

  if (!check_file (self, &user_version, error))
    {
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  if (self->read_only)
    {
      /* No migration either: an older database is brought up to date by a writer first.
       * query_only makes SQLite itself refuse any write that got past _ov_store_begin(). */
      if (user_version < OV_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY,
                       _("The database “%s” is from an older version of Oversight and must be "
                         "brought up to date before it can be opened read-only: open it once "
                         "without --read-only."), self->path);
          g_clear_pointer (&self->db, sqlite3_close);
          return FALSE;
        }
      if (!exec_sql (self, "PRAGMA foreign_keys = ON; PRAGMA query_only = ON;", error))
        {
          g_prefix_error (error, _("Could not prepare the database “%s”: "), self->path);
          g_clear_pointer (&self->db, sqlite3_close);
          return FALSE;
        }
      _ov_store_refresh_user (self);
      return TRUE;
    }

  if (g_stat (self->path, &st) == 0 && (st.st_mode & 0077) != 0)
    g_chmod (self->path, 0600);

  if (!exec_sql (self,
                 "PRAGMA foreign_keys = ON;"
                 "PRAGMA journal_mode = WAL;"
                 "PRAGMA synchronous = FULL;"
                 "PRAGMA secure_delete = ON;",
                 error) ||
      !migrate (self, user_version, error))
    {
      g_prefix_error (error, _("Could not prepare the database “%s”: "), self->path);
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  _ov_store_refresh_user (self);
  return TRUE;
}

static void
ov_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = ov_store_initable_init;
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
ov_store_dispose (GObject *object)
{
  OvStore *self = OV_STORE (object);

  g_clear_object (&self->current_user);

  G_OBJECT_CLASS (ov_store_parent_class)->dispose (object);
}

static void
ov_store_finalize (GObject *object)
{
  OvStore *self = OV_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->type_maps, g_hash_table_unref);
  if (self->db != NULL)
    {
      if (sqlite3_close (self->db) != SQLITE_OK)
        g_warning ("The database was not closed cleanly: %s", sqlite3_errmsg (self->db));
      self->db = NULL;
    }
  for (guint i = 0; i < self->pending_changes->len; i++)
    g_free (g_array_index (self->pending_changes, OvPendingChange, i).entity);
  g_clear_pointer (&self->pending_changes, g_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->account, g_free);

  G_OBJECT_CLASS (ov_store_parent_class)->finalize (object);
}

static void
ov_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OvStore *self = OV_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_ACCOUNT:
      g_value_set_string (value, self->account);
      break;
    case PROP_CURRENT_USER:
      g_value_set_object (value, self->current_user);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OvStore *self = OV_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_ACCOUNT:
      ov_store_set_account (self, g_value_get_string (value));
      break;
    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_store_class_init (OvStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ov_store_dispose;
  object_class->finalize = ov_store_finalize;
  object_class->get_property = ov_store_get_property;
  object_class->set_property = ov_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCOUNT] =
    g_param_spec_string ("account", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_USER] =
    g_param_spec_object ("current-user", NULL, NULL,
                         OV_TYPE_STAFF,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvStore::changed:
   * @entity: the entity name ("case", "staff" ...), also the signal detail
   * @id: the record's id
   *
   * Emitted after a transaction that wrote the record has committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);

  g_resources_register (ov_store_get_resource ());
}

static void
ov_store_init (OvStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->type_maps = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ov_type_map_free);
  self->pending_changes = g_array_new (FALSE, FALSE, sizeof (OvPendingChange));
  self->account = g_strdup (g_get_user_name ());
}

/* ---- Public API --------------------------------------------------------------------- */

/**
 * ov_store_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/oversight/oversight.db`
 */
char *
ov_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "oversight", "oversight.db", NULL);
}

/**
 * ov_store_open:
 * @path: (nullable): the database file, created if missing; %NULL for the default
 *
 * Opens the database, bringing an older one up to date. A file that is not an Oversight
 * database, or that a newer Oversight wrote, is refused and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
OvStore *
ov_store_open (const char  *path,
               GError     **error)
{
  return g_initable_new (OV_TYPE_STORE, NULL, error, "path", path, NULL);
}

/**
 * ov_store_open_read_only:
 * @path: (nullable): the database file, which must exist; %NULL for the default
 *
 * Opens the database for consultation only, as `--read-only` does: SQLite opens the file
 * read-only, nothing is migrated, and every write (saves, audit events, and so revealing
 * restricted details or exporting reports, which must be audited) is refused with
 * %OV_STORE_ERROR_READ_ONLY.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
OvStore *
ov_store_open_read_only (const char  *path,
                         GError     **error)
{
  return g_initable_new (OV_TYPE_STORE, NULL, error, "path", path, "read-only", TRUE, NULL);
}

gboolean
ov_store_is_read_only (OvStore *self)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  return self->read_only;
}

const char *
ov_store_get_path (OvStore *self)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return self->path;
}

const char *
ov_store_get_account (OvStore *self)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return self->account;
}

/**
 * _ov_store_check_user:
 * @supervisor: whether the action is reserved for supervisors
 *
 * Refuses an action when no staff record is linked to the account, or when it is a
 * supervisor's and the current user is not one.
 */
gboolean
_ov_store_check_user (OvStore   *self,
                      gboolean   supervisor,
                      GError   **error)
{
  if (self->current_user == NULL)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("Link your computer account to your staff record first."));
      return FALSE;
    }
  if (supervisor && !ov_store_current_user_is_supervisor (self))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("Only a supervisor may do this. Ask a supervisor to do it."));
      return FALSE;
    }
  return TRUE;
}

/* Finds the staff record linked to the account. */
void
_ov_store_refresh_user (OvStore *self)
{
  g_autoptr(OvRecord) user = NULL;
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    return;

  stmt = _ov_store_prepare (self, "SELECT * FROM staff WHERE os_account = ?1", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, self->account, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    user = _ov_store_read_record (self, OV_TYPE_STAFF, stmt);
  sqlite3_reset (stmt);

  if (user == NULL && self->current_user == NULL)
    return;
  if (user != NULL && self->current_user != NULL &&
      ov_record_get_id (user) == ov_record_get_id (OV_RECORD (self->current_user)) &&
      ov_record_get_revision (user) == ov_record_get_revision (OV_RECORD (self->current_user)))
    return;

  g_set_object (&self->current_user, OV_STAFF (user));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_USER]);
}

/**
 * ov_store_set_account:
 * @account: the operating-system account name
 *
 * Who is using Oversight. Defaults to the account running the program; tests set it.
 */
void
ov_store_set_account (OvStore    *self,
                      const char *account)
{
  g_return_if_fail (OV_IS_STORE (self));
  g_return_if_fail (account != NULL);

  if (ov_set_str (&self->account, account))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT]);
      _ov_store_refresh_user (self);
    }
}

/**
 * ov_store_get_current_user:
 *
 * Returns: (transfer none) (nullable): the staff record linked to the account, if any
 */
OvStaff *
ov_store_get_current_user (OvStore *self)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return self->current_user;
}

gboolean
ov_store_current_user_is_supervisor (OvStore *self)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  return self->current_user != NULL &&
         ov_staff_get_active (self->current_user) &&
         ov_staff_has_role (self->current_user, OV_STAFF_ROLE_SUPERVISOR);
}

typedef struct
{
  OvStaff    *staff;
  const char *account;
} LinkAccount;

static gboolean
link_account_in_transaction (OvStore  *self,
                             gpointer  user_data,
                             GError  **error)
{
  LinkAccount *link = user_data;
  OvStaff *previous = self->current_user;
  gint64 id = ov_record_get_id (OV_RECORD (link->staff));
  g_autoptr(OvStaff) stored = NULL;

  /* One account, one person: unlink whoever had this account before. */
  if (previous != NULL && ov_record_get_id (OV_RECORD (previous)) != id)
    {
      g_autoptr(OvStaff) other = ov_store_load (self, OV_TYPE_STAFF,
                                                ov_record_get_id (OV_RECORD (previous)), error);

      if (other == NULL)
        return FALSE;
      ov_staff_set_os_account (other, NULL);
      if (!_ov_store_write_record (self, OV_RECORD (other), error))
        return FALSE;
    }

  /* A new record is saved as it is; an existing one is linked as stored, so a copy the
   * caller loaded earlier does not stand in the way. */
  if (id == 0)
    {
      ov_staff_set_os_account (link->staff, link->account);
      return _ov_store_write_record (self, OV_RECORD (link->staff), error);
    }

  stored = ov_store_load (self, OV_TYPE_STAFF, id, error);
  if (stored == NULL)
    return FALSE;
  ov_staff_set_os_account (stored, link->account);
  if (!_ov_store_write_record (self, OV_RECORD (stored), error))
    return FALSE;

  ov_staff_set_os_account (link->staff, link->account);
  ov_record_set_revision (OV_RECORD (link->staff), ov_record_get_revision (OV_RECORD (stored)));
  ov_record_set_updated_at (OV_RECORD (link->staff),
                            ov_record_get_updated_at (OV_RECORD (stored)));
  return TRUE;
}

/**
 * ov_store_link_account:
 * @staff: the staff record of the person using this account
 *
 * Links the operating-system account to @staff (saving @staff first if it is new), so
 * that from now on every audit event names that person. Any earlier link is removed.
 */
gboolean
ov_store_link_account (OvStore  *self,
                       OvStaff  *staff,
                       GError  **error)
{
  LinkAccount link = { staff, self->account };
  g_autofree char *previous = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_STAFF (staff), FALSE);

  previous = g_strdup (ov_staff_get_os_account (staff));
  if (!ov_store_run_in_transaction (self, link_account_in_transaction, &link, error))
    {
      ov_staff_set_os_account (staff, previous);
      return FALSE;
    }

  _ov_store_refresh_user (self);
  return TRUE;
}

gint64
ov_store_count (OvStore *self,
                GType    record_type)
{
  g_autoptr(GTypeClass) klass = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 count = 0;

  g_return_val_if_fail (OV_IS_STORE (self), 0);
  g_return_val_if_fail (g_type_is_a (record_type, OV_TYPE_RECORD), 0);

  klass = g_type_class_ref (record_type);
  sql = g_strdup_printf ("SELECT count(*) FROM %s", OV_RECORD_CLASS (klass)->table_name);
  stmt = _ov_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  /* A statement left stepping keeps its read transaction open, and with it this
   * connection's view of the database as it was then: writes made since through another
   * connection (a bundle imported in a thread) would stay unseen. */
  sqlite3_reset (stmt);
  return count;
}

/**
 * ov_store_is_empty:
 *
 * Returns: %TRUE if the database holds no cases and no staff
 */
gboolean
ov_store_is_empty (OvStore *self)
{
  return ov_store_count (self, OV_TYPE_CASE) == 0 && ov_store_count (self, OV_TYPE_STAFF) == 0;
}

/* Compares the stored row with the record, property by property, and returns the labels
 * of what changed (for the audit detail), or NULL if nothing did. */
static char *
describe_changes (OvStore   *self,
                  OvTypeMap *map,
                  OvRecord  *record,
                  OvRecord  *stored)
{
  g_autoptr(GString) changed = g_string_new (NULL);

  for (guint i = 0; i < map->n_columns; i++)
    {
      GParamSpec *pspec = map->columns[i];
      g_autofree char *new_text = NULL;
      g_autofree char *old_text = NULL;
      gint64 new_number, old_number;
      ValueKind new_kind, old_kind;

      if (pspec->owner_type == OV_TYPE_RECORD)
        continue;

      new_kind = property_to_sql (G_OBJECT (record), pspec, &new_text, &new_number);
      old_kind = property_to_sql (G_OBJECT (stored), pspec, &old_text, &old_number);
      if (new_kind == old_kind && new_number == old_number && g_strcmp0 (new_text, old_text) == 0)
        continue;

      if (changed->len > 0)
        g_string_append (changed, ", ");
      if (G_IS_PARAM_SPEC_ENUM (pspec) && old_text != NULL && new_text != NULL)
        {
          GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
          int old_value = 0, new_value = 0;

          ov_enum_from_nick (type, old_text, &old_value);
          ov_enum_from_nick (type, new_text, &new_value);
          /* Translators: an audited change of value, e.g. "Status (Open → Closed)" */
          g_string_append_printf (changed, _("%s (%s → %s)"), g_param_spec_get_nick (pspec),
                                  ov_enum_get_label (type, old_value),
                                  ov_enum_get_label (type, new_value));
        }
      else
        g_string_append (changed, g_param_spec_get_nick (pspec));
    }

  if (changed->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&changed), FALSE);
}

/* A case is closed only after a closure review has been signed off. */
static gboolean
check_case_closure (OvStore  *self,
                    OvCase   *the_case,
                    GError  **error)
{
  gint64 id = ov_record_get_id (OV_RECORD (the_case));
  sqlite3_stmt *stmt;
  gboolean was_closed = FALSE;
  gboolean has_review = FALSE;

  if (ov_case_get_status (the_case) != OV_CASE_STATUS_CLOSED)
    return TRUE;

  if (id > 0)
    {
      stmt = _ov_store_prepare (self,
                                "SELECT status = 'closed', EXISTS (SELECT 1 FROM reviews "
                                "WHERE case_id = ?1 AND review_type = 'closure' "
                                "AND status = 'signed-off') FROM cases WHERE id = ?1",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          was_closed = sqlite3_column_int (stmt, 0) != 0;
          has_review = sqlite3_column_int (stmt, 1) != 0;
        }
      sqlite3_reset (stmt);
    }

  if (was_closed || has_review)
    return TRUE;

  g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
               _("Case %s cannot be closed until a closure review has been signed off. Hold "
                 "a closure review first, then close the case."),
               ov_case_get_reference (the_case));
  return FALSE;
}

/* Inserts or updates @record with its audit event, inside the caller's transaction. The
 * record's id, uuid, times and revision are updated only once this succeeds. */
gboolean
_ov_store_write_record (OvStore   *self,
                        OvRecord  *record,
                        GError   **error)
{
  OvTypeMap *map = get_type_map (self, G_OBJECT_TYPE (record));
  const char *entity = ov_record_get_entity_name (record);
  g_autofree char *now = ov_now_utc ();
  g_autofree char *old_updated_at = g_strdup (ov_record_get_updated_at (record));
  g_autofree char *old_created_at = g_strdup (ov_record_get_created_at (record));
  g_autofree char *old_uuid = g_strdup (ov_record_get_uuid (record));
  gint64 old_revision = ov_record_get_revision (record);
  gint64 id = ov_record_get_id (record);
  g_autofree char *detail = NULL;
  gboolean accreditation_changed = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  g_assert (self->transaction_depth > 0);

  if (!ov_record_validate (record, error))
    return FALSE;

  if (OV_IS_CASE (record) && !check_case_closure (self, OV_CASE (record), error))
    return FALSE;
  if (!_ov_victims_check_record (self, record, error))
    return FALSE;

  if (id == 0)
    {
      if (ov_str_empty (old_uuid))
        {
          g_autofree char *uuid = g_uuid_string_random ();

          ov_record_set_uuid (record, uuid);
        }
      if (ov_str_empty (old_created_at))
        ov_record_set_created_at (record, now);
      ov_record_set_updated_at (record, now);
      ov_record_set_revision (record, MAX (old_revision, 0) + 1);

      stmt = _ov_store_prepare (self, map->insert_sql, error);
      if (stmt == NULL)
        goto failed;
      for (guint i = 0; i < map->n_columns; i++)
        bind_property (stmt, (int) i + 1, G_OBJECT (record), map->columns[i]);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _ov_store_set_error (self, rc, error);
          goto failed;
        }
      id = sqlite3_last_insert_rowid (self->db);
      detail = ov_record_describe (record);
      if (!_ov_store_append_audit (self, entity, ov_record_get_uuid (record), "create",
                                   detail, error))
        goto failed;
      ov_record_set_id (record, id);
    }
  else
    {
      g_autoptr(OvRecord) stored = ov_store_load (self, G_OBJECT_TYPE (record), id, error);

      if (stored == NULL)
        return FALSE;
      if (ov_record_get_revision (stored) != old_revision)
        {
          g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT,
                       _("This record was changed elsewhere since you opened it. Reload it "
                         "to see the latest version, then make your change again."));
          return FALSE;
        }

      detail = describe_changes (self, map, record, stored);
      if (detail == NULL)
        return TRUE; /* nothing to save */
      accreditation_changed =
        OV_IS_STAFF (record) &&
        (ov_staff_get_pip_level (OV_STAFF (record)) != ov_staff_get_pip_level (OV_STAFF (stored)) ||
         ov_staff_get_accreditation_status (OV_STAFF (record)) !=
         ov_staff_get_accreditation_status (OV_STAFF (stored)));

      ov_record_set_updated_at (record, now);
      ov_record_set_revision (record, old_revision + 1);

      stmt = _ov_store_prepare (self, map->update_sql, error);
      if (stmt == NULL)
        goto failed;
      for (guint i = 0; i < map->n_columns; i++)
        bind_property (stmt, (int) i + 1, G_OBJECT (record), map->columns[i]);
      sqlite3_bind_int64 (stmt, (int) map->n_columns + 1, id);
      sqlite3_bind_int64 (stmt, (int) map->n_columns + 2, old_revision);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _ov_store_set_error (self, rc, error);
          goto failed;
        }
      if (sqlite3_changes (self->db) != 1)
        {
          g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT,
                       _("This record was changed elsewhere since you opened it. Reload it "
                         "to see the latest version, then make your change again."));
          goto failed;
        }
      {
        g_autofree char *what = ov_record_describe (record);
        g_autofree char *full = NULL;

        /* Translators: audit detail, e.g. "MSHT/2026/0001: changed Status, Summary" */
        full = g_strdup_printf (_("%s: changed %s"), what, detail);
        if (!_ov_store_append_audit (self, entity, ov_record_get_uuid (record), "update",
                                     full, error))
          goto failed;
      }
    }

  /* Every change of PIP level or status is kept with its date. */
  if (accreditation_changed &&
      !_ov_readiness_staff_accreditation_changed (self, OV_STAFF (record), error))
    goto failed;

  _ov_store_emit_changed (self, entity, id);
  return TRUE;

failed:
  /* Put the record back as it was: the caller rolls back the transaction. */
  ov_record_set_uuid (record, old_uuid);
  ov_record_set_created_at (record, old_created_at);
  ov_record_set_updated_at (record, old_updated_at);
  ov_record_set_revision (record, old_revision);
  return FALSE;
}

static gboolean
save_in_transaction (OvStore  *self,
                     gpointer  user_data,
                     GError  **error)
{
  return _ov_store_write_record (self, OV_RECORD (user_data), error);
}

/**
 * ov_store_save:
 * @record: a new or loaded record
 *
 * Validates @record and saves it with its audit event in one transaction. A new record
 * gets its id, uuid and times; each save bumps the revision. Saving a record that was
 * changed elsewhere since it was loaded fails with %OV_STORE_ERROR_CONFLICT.
 */
gboolean
ov_store_save (OvStore   *self,
               OvRecord  *record,
               GError   **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *updated_at = NULL;
  gint64 revision;
  gint64 id;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_RECORD (record), FALSE);

  id = ov_record_get_id (record);
  uuid = g_strdup (ov_record_get_uuid (record));
  created_at = g_strdup (ov_record_get_created_at (record));
  updated_at = g_strdup (ov_record_get_updated_at (record));
  revision = ov_record_get_revision (record);

  if (!ov_store_run_in_transaction (self, save_in_transaction, record, error))
    {
      /* Even a failed commit leaves the record as the caller had it. */
      ov_record_set_id (record, id);
      ov_record_set_uuid (record, uuid);
      ov_record_set_created_at (record, created_at);
      ov_record_set_updated_at (record, updated_at);
      ov_record_set_revision (record, revision);
      return FALSE;
    }

  if (OV_IS_STAFF (record))
    _ov_store_refresh_user (self);
  return TRUE;
}

typedef struct
{
  OvRecord *record;
} DeleteData;

static gboolean
delete_in_transaction (OvStore  *self,
                       gpointer  user_data,
                       GError  **error)
{
  OvRecord *record = ((DeleteData *) user_data)->record;
  const char *table = ov_record_class_get_table_name (OV_RECORD_GET_CLASS (record));
  g_autofree char *sql = NULL;
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;
  if (!OV_RECORD_GET_CLASS (record)->deletable)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("This record is kept for the history and cannot be deleted."));
      return FALSE;
    }

  if (!_ov_readiness_record_deleting (self, record, error))
    return FALSE;
  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1 AND revision = ?2", table);
  stmt = _ov_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ov_record_get_id (record));
  sqlite3_bind_int64 (stmt, 2, ov_record_get_revision (record));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                     _("This record is kept for the history and cannot be deleted."));
      else
        _ov_store_set_error (self, rc, error);
      return FALSE;
    }
  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT,
                   _("This record was changed or removed elsewhere since you opened it. "
                     "Refresh the list and try again."));
      return FALSE;
    }

  what = ov_record_describe (record);
  if (!_ov_store_append_audit (self, ov_record_get_entity_name (record),
                               ov_record_get_uuid (record), "delete", what, error) ||
      !_ov_readiness_record_deleted (self, record, error))
    return FALSE;
  _ov_store_emit_changed (self, ov_record_get_entity_name (record), ov_record_get_id (record));
  return TRUE;
}

/**
 * ov_store_delete:
 * @record: a saved record, as it was loaded
 *
 * Deletes @record with its audit event in one transaction. Only kinds of record whose class
 * is deletable may be deleted (training, guidance, learning ...); the rest (cases, staff,
 * people, allocations, decisions ...) are kept for good, as are records others refer to.
 * Deleting a record that was changed elsewhere since it was loaded fails with
 * %OV_STORE_ERROR_CONFLICT.
 */
gboolean
ov_store_delete (OvStore   *self,
                 OvRecord  *record,
                 GError   **error)
{
  DeleteData data = { record };

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_RECORD (record), FALSE);
  g_return_val_if_fail (ov_record_get_id (record) > 0, FALSE);

  return ov_store_run_in_transaction (self, delete_in_transaction, &data, error);
}

/**
 * _ov_store_select:
 * @clause: SQL after "SELECT * FROM table": a WHERE and ORDER BY with at most one
 *   parameter, ?1, bound to @param
 *
 * Returns: (transfer full) (element-type OvRecord): the records found, or %NULL on error
 */
GPtrArray *
_ov_store_select (OvStore     *self,
                  GType        record_type,
                  const char  *clause,
                  gint64       param,
                  GError     **error)
{
  OvTypeMap *map = get_type_map (self, record_type);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strdup_printf ("%s %s", map->select_sql, clause ? clause : "");
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (clause != NULL && strstr (clause, "?1") != NULL)
    sqlite3_bind_int64 (stmt, 1, param);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _ov_store_read_record (self, record_type, stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _ov_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/**
 * ov_store_load:
 *
 * Returns: (transfer full) (type OvRecord): the record with @id, or %NULL with
 *   %OV_STORE_ERROR_NOT_FOUND
 */
gpointer
ov_store_load (OvStore  *self,
               GType     record_type,
               gint64    id,
               GError  **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, OV_TYPE_RECORD), NULL);

  found = _ov_store_select (self, record_type, "WHERE id = ?1", id, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND,
                   _("The record was not found; it may have been removed. Refresh the list."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * ov_store_load_by_uuid:
 *
 * Returns: (transfer full) (type OvRecord): the record, or %NULL with
 *   %OV_STORE_ERROR_NOT_FOUND
 */
gpointer
ov_store_load_by_uuid (OvStore     *self,
                       GType        record_type,
                       const char  *uuid,
                       GError     **error)
{
  OvTypeMap *map;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  OvRecord *record = NULL;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  map = get_type_map (self, record_type);
  sql = g_strdup_printf ("%s WHERE uuid = ?1", map->select_sql);
  stmt = _ov_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = _ov_store_read_record (self, record_type, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND,
                 _("The record was not found; it may have been removed. Refresh the list."));
  else
    _ov_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return record;
}

/**
 * ov_store_list:
 *
 * Returns: (transfer full) (element-type OvRecord): every record of @record_type, in the
 *   order they were created
 */
GPtrArray *
ov_store_list (OvStore  *self,
               GType     record_type,
               GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, record_type, "ORDER BY id", 0, error);
}

/**
 * ov_store_list_staff:
 * @active_only: leave out people who no longer work in the force
 *
 * Returns: (transfer full) (element-type OvStaff): staff by name
 */
GPtrArray *
ov_store_list_staff (OvStore   *self,
                     gboolean   active_only,
                     GError   **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_STAFF,
                           active_only
                             ? "WHERE active = 1 ORDER BY name COLLATE NOCASE, id"
                             : "ORDER BY name COLLATE NOCASE, id",
                           0, error);
}

/**
 * ov_store_find_case:
 * @reference: a case reference (compared without regard to case)
 *
 * Returns: (transfer full) (nullable): the case, or %NULL with
 *   %OV_STORE_ERROR_NOT_FOUND
 */
OvCase *
ov_store_find_case (OvStore     *self,
                    const char  *reference,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  OvRecord *record = NULL;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  stmt = _ov_store_prepare (self, "SELECT * FROM cases WHERE reference = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, reference, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = _ov_store_read_record (self, OV_TYPE_CASE, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND,
                 _("There is no case with the reference “%s”."), reference);
  else
    _ov_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return (OvCase *) record;
}

/* ---- Exchange ------------------------------------------------------------------------ */

/**
 * _ov_store_import_record:
 * @record: a record read from a bundle, with its uuid, times and revision; its id is 0 to
 *   add it, or that of the local record it replaces
 * @validate: whether to run the model's validation (%FALSE when the caller just did, as
 *   the bundle reader does for every record it reads)
 * @audit_action: (nullable): the audit event's action, or %NULL for a step of an import
 *   that a later write of the same record audits
 *
 * Writes @record as it is, keeping its uuid, times and revision, inside the caller's
 * transaction. The model's validation applies; the rules that judge a change as it is made
 * today (closing a case, an NRM route by today's age) were applied where the record was
 * made, and are not applied again.
 */
gboolean
_ov_store_import_record (OvStore     *self,
                         OvRecord    *record,
                         gboolean     validate,
                         const char  *audit_action,
                         const char  *audit_detail,
                         GError     **error)
{
  OvTypeMap *map = get_type_map (self, G_OBJECT_TYPE (record));
  gint64 id = ov_record_get_id (record);
  sqlite3_stmt *stmt;
  int rc;

  g_assert (self->transaction_depth > 0);

  if (validate && !ov_record_validate (record, error))
    return FALSE;

  if (id == 0)
    {
      stmt = _ov_store_prepare (self, map->insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < map->n_columns; i++)
        bind_property (stmt, (int) i + 1, G_OBJECT (record), map->columns[i]);
    }
  else
    {
      /* The update statement without its revision guard: the importer has compared the
       * revisions itself. */
      const char *guard = strstr (map->update_sql, " WHERE ");
      g_autofree char *sql = g_strdup_printf ("%.*s WHERE id = ?%u",
                                              (int) (guard - map->update_sql), map->update_sql,
                                              map->n_columns + 1);

      stmt = _ov_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < map->n_columns; i++)
        bind_property (stmt, (int) i + 1, G_OBJECT (record), map->columns[i]);
      sqlite3_bind_int64 (stmt, (int) map->n_columns + 1, id);
    }

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (self, rc, error);
  if (id == 0)
    {
      id = sqlite3_last_insert_rowid (self->db);
      ov_record_set_id (record, id);
    }

  if (audit_action != NULL &&
      !_ov_store_append_audit (self, ov_record_get_entity_name (record),
                               ov_record_get_uuid (record), audit_action, audit_detail, error))
    return FALSE;

  _ov_store_emit_changed (self, ov_record_get_entity_name (record), id);
  return TRUE;
}
