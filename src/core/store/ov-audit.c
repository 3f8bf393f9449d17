/* ov-audit.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained. Each
 * event's hash covers its own fields and the previous event's hash, and audit_head keeps
 * the newest, so an event altered, removed or added behind Oversight's back is found by
 * ov_store_verify_audit().
 */

#define G_LOG_DOMAIN "ov-audit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-staff.h"
#include "ov-store-private.h"
#include "ov-util.h"

#define GENESIS_HASH "0000000000000000000000000000000000000000000000000000000000000000"

static void
checksum_add_field (GChecksum  *checksum,
                    const char *value)
{
  g_autofree char *prefix = NULL;

  /* Length-prefixed, so no choice of text can make two events hash alike. */
  if (value == NULL)
    value = "";
  prefix = g_strdup_printf ("%zu:", strlen (value));
  g_checksum_update (checksum, (const guchar *) prefix, -1);
  g_checksum_update (checksum, (const guchar *) value, -1);
}

static char *
compute_hash (gint64      id,
              const char *at,
              const char *account,
              gint64      actor_id,
              const char *actor_name,
              const char *entity,
              const char *uuid,
              const char *action,
              const char *detail,
              const char *prev_hash)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *actor_text = g_strdup_printf ("%" G_GINT64_FORMAT, actor_id);

  checksum_add_field (checksum, id_text);
  checksum_add_field (checksum, at);
  checksum_add_field (checksum, account);
  checksum_add_field (checksum, actor_text);
  checksum_add_field (checksum, actor_name);
  checksum_add_field (checksum, entity);
  checksum_add_field (checksum, uuid);
  checksum_add_field (checksum, action);
  checksum_add_field (checksum, detail);
  checksum_add_field (checksum, prev_hash);

  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * _ov_store_append_audit:
 *
 * Appends one event, inside the caller's transaction, naming the current user (or the
 * bare account before anyone has linked a staff record to it).
 */
gboolean
_ov_store_append_audit (OvStore     *self,
                        const char  *entity,
                        const char  *uuid,
                        const char  *action,
                        const char  *detail,
                        GError     **error)
{
  OvStaff *user = ov_store_get_current_user (self);
  const char *account = ov_store_get_account (self);
  g_autofree char *at = ov_now_utc ();
  g_autofree char *prev_hash = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *actor_name = NULL;
  gint64 actor_id = 0;
  gint64 last_id;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (self, "SELECT last_id, last_hash FROM audit_head WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN,
                     _("The audit log has lost its head record. Run oversight --verify-audit "
                       "and report this to your system administrator."));
      else
        _ov_store_set_error (self, rc, error);
      return FALSE;
    }
  last_id = sqlite3_column_int64 (stmt, 0);
  prev_hash = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);

  if (user != NULL)
    {
      actor_id = ov_record_get_id (OV_RECORD (user));
      actor_name = g_strdup (ov_staff_get_name (user));
    }
  else
    actor_name = g_strdup (account);

  hash = compute_hash (last_id + 1, at, account, actor_id, actor_name, entity, uuid, action,
                       detail, prev_hash);

  stmt = _ov_store_prepare (self,
                            "INSERT INTO audit_events (id, at, account, actor_id, actor_name, "
                            "entity, uuid, action, detail, prev_hash, hash) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, last_id + 1);
  sqlite3_bind_text (stmt, 2, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, account, -1, SQLITE_TRANSIENT);
  if (actor_id > 0)
    sqlite3_bind_int64 (stmt, 4, actor_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, actor_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, uuid ? uuid : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, detail ? detail : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, prev_hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, hash, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (self, rc, error);

  stmt = _ov_store_prepare (self,
                            "UPDATE audit_head SET last_id = ?1, last_hash = ?2 WHERE id = 1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, last_id + 1);
  sqlite3_bind_text (stmt, 2, hash, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (self, rc, error);

  return TRUE;
}

static gboolean
audit_in_transaction (OvStore  *self,
                      gpointer  user_data,
                      GError  **error)
{
  const char **fields = user_data;

  return _ov_store_append_audit (self, fields[0], fields[1], fields[2], fields[3], error);
}

/**
 * ov_store_audit:
 * @entity: what kind of record ("case", "report" ...)
 * @uuid: (nullable): which record
 * @action: what was done ("print", "consult" ...)
 * @detail: (nullable): a short description, with the reason where there is one
 *
 * Records an event that writes no record of its own, such as printing a report or
 * revealing restricted details.
 */
gboolean
ov_store_audit (OvStore     *self,
                const char  *entity,
                const char  *uuid,
                const char  *action,
                const char  *detail,
                GError     **error)
{
  const char *fields[] = { entity, uuid, action, detail };

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (entity != NULL && action != NULL, FALSE);

  return ov_store_run_in_transaction (self, audit_in_transaction, fields, error);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/**
 * ov_store_verify_audit:
 * @n_checked: (out) (optional): how many events were checked
 *
 * Walks the whole chain. Fails with %OV_STORE_ERROR_AUDIT_BROKEN naming the first event
 * that was altered, removed or inserted behind Oversight's back.
 *
 * Returns: %TRUE if the chain is intact
 */
gboolean
ov_store_verify_audit (OvStore  *self,
                       guint64  *n_checked,
                       GError  **error)
{
  g_autofree char *expected_prev = g_strdup (GENESIS_HASH);
  sqlite3_stmt *stmt;
  gint64 expected_id = 1;
  guint64 count = 0;
  gint64 head_id;
  g_autofree char *head_hash = NULL;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);

  if (n_checked != NULL)
    *n_checked = 0;

  stmt = _ov_store_prepare (self,
                            "SELECT id, at, account, actor_id, actor_name, entity, uuid, action, "
                            "detail, prev_hash, hash FROM audit_events ORDER BY id",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *at = column_text (stmt, 1);
      const char *prev_hash = column_text (stmt, 9);
      const char *hash = column_text (stmt, 10);
      g_autofree char *computed = NULL;

      if (id != expected_id)
        {
          g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN,
                       _("Audit event %" PRId64 " is missing: the log jumps from "
                         "event %" PRId64 " to event %" PRId64 ". "
                         "Restore the database from a backup and report this."),
                       expected_id, expected_id - 1, id);
          sqlite3_reset (stmt);
          return FALSE;
        }

      computed = compute_hash (id, at, column_text (stmt, 2), sqlite3_column_int64 (stmt, 3),
                               column_text (stmt, 4), column_text (stmt, 5),
                               column_text (stmt, 6), column_text (stmt, 7),
                               column_text (stmt, 8), prev_hash);

      if (strcmp (prev_hash, expected_prev) != 0 || strcmp (computed, hash) != 0)
        {
          g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN,
                       _("Audit event %" PRId64 " (%s, %s %s) was altered: it does "
                         "not match its hash chain. Restore the database from a backup and "
                         "report this."),
                       id, at, column_text (stmt, 7), column_text (stmt, 5));
          sqlite3_reset (stmt);
          return FALSE;
        }

      g_free (expected_prev);
      expected_prev = g_strdup (hash);
      expected_id++;
      count++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (self, rc, error);

  stmt = _ov_store_prepare (self, "SELECT last_id, last_hash FROM audit_head WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN,
                   _("The head of the audit log is missing. Restore the database from a "
                     "backup and report this."));
      return FALSE;
    }
  head_id = sqlite3_column_int64 (stmt, 0);
  head_hash = g_strdup (column_text (stmt, 1));
  sqlite3_reset (stmt);

  if (head_id != expected_id - 1 || strcmp (head_hash, expected_prev) != 0)
    {
      if (head_id > expected_id - 1)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN,
                     _("Audit event %" PRId64 " is missing: the log ends at event "
                       "%" PRId64 " but %" PRId64 " were written. Restore "
                       "the database from a backup and report this."),
                     expected_id, expected_id - 1, head_id);
      else
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN,
                     _("Audit event %" PRId64 " does not match the head of the log. "
                       "Restore the database from a backup and report this."),
                     expected_id - 1);
      return FALSE;
    }

  if (n_checked != NULL)
    *n_checked = count;
  return TRUE;
}

/**
 * ov_store_list_audit_events:
 * @uuid: (nullable): only the events about this record
 *
 * Returns: (transfer full) (element-type OvAuditEvent): events, oldest first
 */
GPtrArray *
ov_store_list_audit_events (OvStore     *self,
                            const char  *uuid,
                            GError     **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) ov_audit_event_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  stmt = _ov_store_prepare (self,
                            "SELECT id, at, account, actor_id, actor_name, entity, uuid, action, "
                            "detail FROM audit_events WHERE ?1 IS NULL OR uuid = ?1 ORDER BY id",
                            error);
  if (stmt == NULL)
    return NULL;
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OvAuditEvent *event = g_new0 (OvAuditEvent, 1);

      event->id = sqlite3_column_int64 (stmt, 0);
      event->at = g_strdup (column_text (stmt, 1));
      event->account = g_strdup (column_text (stmt, 2));
      event->actor_id = sqlite3_column_int64 (stmt, 3);
      event->actor_name = g_strdup (column_text (stmt, 4));
      event->entity = g_strdup (column_text (stmt, 5));
      event->uuid = g_strdup (column_text (stmt, 6));
      event->action = g_strdup (column_text (stmt, 7));
      event->detail = g_strdup (column_text (stmt, 8));
      g_ptr_array_add (events, event);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _ov_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&events);
}
