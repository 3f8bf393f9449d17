/* ov-readiness.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Force readiness. The staff record keeps a person's current PIP level and status; each
 * change of them is also kept with the date it took effect, so that the PIP2 rule judges
 * an allocation by the accreditation held on the allocation's date. A guidance
 * acknowledgement names the version read: a new version needs a new acknowledgement.
 */

#define G_LOG_DOMAIN "ov-readiness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-enum-types.h"
#include "ov-readiness.h"
#include "ov-staff.h"
#include "ov-store-private.h"
#include "ov-util.h"

/* ---- Training ------------------------------------------------------------------------ */

/**
 * ov_store_list_training:
 * @staff_id: one person, or 0 for everyone
 *
 * Returns: (transfer full) (element-type OvTrainingRecord): training records by course,
 *   newest first within a course
 */
GPtrArray *
ov_store_list_training (OvStore  *self,
                        gint64    staff_id,
                        GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_TRAINING_RECORD,
                           "WHERE ?1 = 0 OR staff_id = ?1 "
                           "ORDER BY staff_id, course, completed_on DESC, id DESC",
                           staff_id, error);
}

/**
 * ov_training_record_is_expired:
 * @as_of: a local date, YYYY-MM-DD
 *
 * Returns: %TRUE if the training has an expiry date before @as_of: it is valid up to and
 *   including the day it expires
 */
gboolean
ov_training_record_is_expired (OvTrainingRecord *record,
                               const char       *as_of)
{
  const char *expires_on;

  g_return_val_if_fail (OV_IS_TRAINING_RECORD (record), FALSE);

  expires_on = ov_training_record_get_expires_on (record);
  return !ov_str_empty (expires_on) && g_strcmp0 (expires_on, as_of) < 0;
}

/* ---- Accreditation history ----------------------------------------------------------- */

/**
 * ov_store_list_accreditation_changes:
 *
 * Returns: (transfer full) (element-type OvAccreditationChange): the person's
 *   accreditation history, newest first
 */
GPtrArray *
ov_store_list_accreditation_changes (OvStore  *self,
                                     gint64    staff_id,
                                     GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_ACCREDITATION_CHANGE,
                           "WHERE staff_id = ?1 ORDER BY from_date DESC, id DESC",
                           staff_id, error);
}

/* The latest change in effect on @date, or NULL when the history starts after it. */
static OvAccreditationChange *
change_as_at (OvStore     *self,
              gint64       staff_id,
              const char  *date,
              GError     **error)
{
  sqlite3_stmt *stmt;
  OvRecord *record = NULL;
  int rc;

  stmt = _ov_store_prepare (self,
                            "SELECT * FROM accreditation_changes "
                            "WHERE staff_id = ?1 AND from_date <= ?2 "
                            "ORDER BY from_date DESC, id DESC LIMIT 1",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = _ov_store_read_record (self, OV_TYPE_ACCREDITATION_CHANGE, stmt);
  else if (rc != SQLITE_DONE)
    _ov_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return (OvAccreditationChange *) record;
}

/**
 * ov_store_get_accreditation_as_at:
 * @staff_id: the person
 * @date: a local date, YYYY-MM-DD
 * @pip_level: (out): the PIP level held on @date
 * @status: (out): whether it was active or lapsed on @date
 *
 * The accreditation a person held on @date, from their accreditation history. With no
 * change recorded on or before @date, the staff record's current level and status.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
ov_store_get_accreditation_as_at (OvStore                *self,
                                  gint64                  staff_id,
                                  const char             *date,
                                  OvPipLevel             *pip_level,
                                  OvAccreditationStatus  *status,
                                  GError                **error)
{
  g_autoptr(OvAccreditationChange) change = NULL;
  g_autoptr(OvStaff) staff = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  change = change_as_at (self, staff_id, date, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (change != NULL)
    {
      *pip_level = ov_accreditation_change_get_pip_level (change);
      *status = ov_accreditation_change_get_accreditation_status (change);
      return TRUE;
    }

  staff = ov_store_load (self, OV_TYPE_STAFF, staff_id, error);
  if (staff == NULL)
    return FALSE;
  *pip_level = ov_staff_get_pip_level (staff);
  *status = ov_staff_get_accreditation_status (staff);
  return TRUE;
}

/**
 * _ov_readiness_staff_accreditation_changed:
 * @staff: a staff record just written with a new PIP level or status
 *
 * Records the change in the person's accreditation history, from today, inside the
 * caller's transaction. Nothing is added when the history already says so (the change was
 * recorded with its own date through ov_store_record_accreditation_change()). A new
 * person's record starts no history: before the first change, their staff record and each
 * allocation's own record of the level say what they held.
 */
gboolean
_ov_readiness_staff_accreditation_changed (OvStore   *self,
                                           OvStaff   *staff,
                                           GError   **error)
{
  g_autoptr(OvAccreditationChange) current = NULL;
  g_autoptr(OvAccreditationChange) change = NULL;
  g_autofree char *today = ov_today_local ();
  gint64 staff_id = ov_record_get_id (OV_RECORD (staff));
  OvStaff *user = ov_store_get_current_user (self);
  GError *local_error = NULL;

  current = change_as_at (self, staff_id, today, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (current != NULL &&
      ov_accreditation_change_get_pip_level (current) == ov_staff_get_pip_level (staff) &&
      ov_accreditation_change_get_accreditation_status (current) ==
      ov_staff_get_accreditation_status (staff))
    return TRUE;

  change = ov_accreditation_change_new ();
  ov_accreditation_change_set_staff_id (change, staff_id);
  ov_accreditation_change_set_pip_level (change, ov_staff_get_pip_level (staff));
  ov_accreditation_change_set_accreditation_status (change,
                                                    ov_staff_get_accreditation_status (staff));
  ov_accreditation_change_set_from_date (change, today);
  if (user != NULL)
    ov_accreditation_change_set_recorded_by (change, ov_record_get_id (OV_RECORD (user)));
  ov_accreditation_change_set_note (change, _("Changed on the staff record"));
  return _ov_store_write_record (self, OV_RECORD (change), error);
}

/* Brings the staff record up to date with the accreditation in effect today, if the
 * history says what that is. */
static gboolean
sync_staff (OvStore  *self,
            OvStaff  *staff,
            GError  **error)
{
  g_autoptr(OvAccreditationChange) current = NULL;
  g_autofree char *today = ov_today_local ();
  GError *local_error = NULL;

  current = change_as_at (self, ov_record_get_id (OV_RECORD (staff)), today, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (current == NULL)
    return TRUE;
  ov_staff_set_pip_level (staff, ov_accreditation_change_get_pip_level (current));
  ov_staff_set_accreditation_status (staff,
                                     ov_accreditation_change_get_accreditation_status (current));
  return _ov_store_write_record (self, OV_RECORD (staff), error);
}

/**
 * _ov_readiness_record_deleted:
 * @record: a record just deleted, inside the caller's transaction
 *
 * Once an entry of a person's accreditation history is deleted, their staff record shows
 * what the rest of the history has in effect today.
 */
gboolean
_ov_readiness_record_deleted (OvStore   *self,
                              OvRecord  *record,
                              GError   **error)
{
  g_autoptr(OvStaff) staff = NULL;

  if (!OV_IS_ACCREDITATION_CHANGE (record))
    return TRUE;
  staff = ov_store_load (self, OV_TYPE_STAFF,
                         ov_accreditation_change_get_staff_id (OV_ACCREDITATION_CHANGE (record)),
                         error);
  return staff != NULL && sync_staff (self, staff, error);
}

/**
 * _ov_readiness_record_deleting:
 * @record: a record about to be deleted, inside the caller's transaction
 *
 * A guidance document takes its acknowledgements with it (the database cascades the
 * deletion): each one removed is recorded in the audit trail, as if deleted on its own.
 * Should the deletion then fail, the transaction takes these events back with it.
 */
gboolean
_ov_readiness_record_deleting (OvStore   *self,
                               OvRecord  *record,
                               GError   **error)
{
  g_autoptr(GPtrArray) acknowledgements = NULL;

  if (!OV_IS_GUIDANCE_DOCUMENT (record) || ov_record_get_id (record) == 0)
    return TRUE;
  acknowledgements = _ov_store_select (self, OV_TYPE_GUIDANCE_ACKNOWLEDGEMENT,
                                       "WHERE document_id = ?1 ORDER BY id",
                                       ov_record_get_id (record), error);
  if (acknowledgements == NULL)
    return FALSE;
  for (guint i = 0; i < acknowledgements->len; i++)
    {
      OvRecord *acknowledgement = g_ptr_array_index (acknowledgements, i);
      g_autofree char *what = ov_record_describe (acknowledgement);

      if (!_ov_store_append_audit (self, ov_record_get_entity_name (acknowledgement),
                                   ov_record_get_uuid (acknowledgement), "delete", what,
                                   error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
record_change_in_transaction (OvStore  *self,
                              gpointer  user_data,
                              GError  **error)
{
  OvAccreditationChange *change = user_data;
  g_autoptr(OvStaff) staff = NULL;
  OvStaff *user = ov_store_get_current_user (self);

  if (!_ov_store_check_user (self, TRUE, error))
    return FALSE;
  staff = ov_store_load (self, OV_TYPE_STAFF, ov_accreditation_change_get_staff_id (change),
                         error);
  if (staff == NULL)
    return FALSE;

  if (ov_accreditation_change_get_recorded_by (change) == 0 && user != NULL)
    ov_accreditation_change_set_recorded_by (change, ov_record_get_id (OV_RECORD (user)));
  return _ov_store_write_record (self, OV_RECORD (change), error) &&
         sync_staff (self, staff, error);
}

/**
 * ov_store_record_accreditation_change:
 * @change: a new or loaded change, with the date it took effect
 *
 * Saves a change of PIP level or accreditation status (a supervisor's action) and brings
 * the staff record up to date with the accreditation in effect today.
 */
gboolean
ov_store_record_accreditation_change (OvStore                *self,
                                      OvAccreditationChange  *change,
                                      GError                **error)
{
  gint64 recorded_by;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_ACCREDITATION_CHANGE (change), FALSE);

  recorded_by = ov_accreditation_change_get_recorded_by (change);
  if (!ov_store_run_in_transaction (self, record_change_in_transaction, change, error))
    {
      ov_accreditation_change_set_recorded_by (change, recorded_by);
      return FALSE;
    }
  _ov_store_refresh_user (self);
  return TRUE;
}

/* ---- Welfare ------------------------------------------------------------------------- */

/**
 * ov_store_list_staff_welfare:
 *
 * Returns: (transfer full) (element-type OvStaffWelfare): support offered to the person,
 *   newest first
 */
GPtrArray *
ov_store_list_staff_welfare (OvStore  *self,
                             gint64    staff_id,
                             GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_STAFF_WELFARE,
                           "WHERE staff_id = ?1 ORDER BY offered_on DESC, id DESC",
                           staff_id, error);
}

/**
 * ov_store_list_support_services:
 *
 * Returns: (transfer full) (element-type OvSupportService): the force's support services
 *   for staff, by name
 */
GPtrArray *
ov_store_list_support_services (OvStore  *self,
                                GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_SUPPORT_SERVICE, "ORDER BY name COLLATE NOCASE, id",
                           0, error);
}

/* ---- Guidance ------------------------------------------------------------------------ */

/**
 * ov_store_list_guidance_documents:
 *
 * Returns: (transfer full) (element-type OvGuidanceDocument): guidance documents by title
 */
GPtrArray *
ov_store_list_guidance_documents (OvStore  *self,
                                  GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_GUIDANCE_DOCUMENT,
                           "ORDER BY title COLLATE NOCASE, id", 0, error);
}

/**
 * ov_store_list_guidance_acknowledgements:
 * @staff_id: one person, or 0 for everyone
 *
 * Returns: (transfer full) (element-type OvGuidanceAcknowledgement): acknowledgements of
 *   every version, newest first
 */
GPtrArray *
ov_store_list_guidance_acknowledgements (OvStore  *self,
                                         gint64    staff_id,
                                         GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_GUIDANCE_ACKNOWLEDGEMENT,
                           "WHERE ?1 = 0 OR staff_id = ?1 "
                           "ORDER BY acknowledged_at DESC, id DESC",
                           staff_id, error);
}

/**
 * ov_store_has_acknowledged:
 *
 * Returns: %TRUE if @staff_id has acknowledged the current version of @document
 */
gboolean
ov_store_has_acknowledged (OvStore            *self,
                           OvGuidanceDocument *document,
                           gint64              staff_id)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_GUIDANCE_DOCUMENT (document), FALSE);

  stmt = _ov_store_prepare (self,
                            "SELECT 1 FROM guidance_acknowledgements "
                            "WHERE document_id = ?1 AND staff_id = ?2 AND version = ?3",
                            NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ov_record_get_id (OV_RECORD (document)));
  sqlite3_bind_int64 (stmt, 2, staff_id);
  sqlite3_bind_text (stmt, 3, ov_guidance_document_get_version (document), -1,
                     SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/**
 * ov_store_acknowledge_guidance:
 * @document: a saved guidance document
 * @staff_id: who read and understood it
 *
 * Records, as of now, that @staff_id has read and understood the current version of
 * @document. Acknowledging a version twice is refused.
 *
 * Returns: (transfer full): the acknowledgement, or %NULL with @error set
 */
OvGuidanceAcknowledgement *
ov_store_acknowledge_guidance (OvStore             *self,
                               OvGuidanceDocument  *document,
                               gint64               staff_id,
                               GError             **error)
{
  g_autoptr(OvGuidanceAcknowledgement) acknowledgement = NULL;
  g_autoptr(OvStaff) staff = NULL;
  g_autofree char *now = ov_now_utc ();

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (OV_IS_GUIDANCE_DOCUMENT (document), NULL);

  staff = ov_store_load (self, OV_TYPE_STAFF, staff_id, error);
  if (staff == NULL)
    return NULL;
  if (ov_store_has_acknowledged (self, document, staff_id))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
                   _("%s has already acknowledged version %s of “%s”. A new version of the "
                     "document needs a new acknowledgement."),
                   ov_staff_get_name (staff), ov_guidance_document_get_version (document),
                   ov_guidance_document_get_title (document));
      return NULL;
    }

  acknowledgement = ov_guidance_acknowledgement_new ();
  ov_guidance_acknowledgement_set_document_id (acknowledgement,
                                               ov_record_get_id (OV_RECORD (document)));
  ov_guidance_acknowledgement_set_version (acknowledgement,
                                           ov_guidance_document_get_version (document));
  ov_guidance_acknowledgement_set_staff_id (acknowledgement, staff_id);
  ov_guidance_acknowledgement_set_acknowledged_at (acknowledgement, now);
  if (!ov_store_save (self, OV_RECORD (acknowledgement), error))
    return NULL;
  return g_steal_pointer (&acknowledgement);
}

/* ---- Learning and escalations -------------------------------------------------------- */

/**
 * ov_store_list_learning_entries:
 *
 * Returns: (transfer full) (element-type OvLearningEntry): the learning log, newest first
 */
GPtrArray *
ov_store_list_learning_entries (OvStore  *self,
                                GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_LEARNING_ENTRY,
                           "ORDER BY recorded_on DESC, id DESC", 0, error);
}

/**
 * ov_store_list_escalations:
 *
 * Returns: (transfer full) (element-type OvEscalation): escalations, newest first
 */
GPtrArray *
ov_store_list_escalations (OvStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_ESCALATION, "ORDER BY raised_on DESC, id DESC", 0,
                           error);
}
