/* ov-partners.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-partners"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-partners.h"
#include "ov-store-private.h"
#include "ov-util.h"

/* "%text%" for LIKE, with the wildcards in @text matched as themselves. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/* Runs @sql with ?1 bound to @text, stripped, and ?2 (if @sql has it) to a LIKE pattern
 * of it. */
static GPtrArray *
select_matching (OvStore     *self,
                 GType        record_type,
                 const char  *sql,
                 const char  *text,
                 GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, stripped, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_text (stmt, 2, like_pattern (stripped), -1, g_free);
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

static gpointer
first_or_not_found (GPtrArray   *found,
                    const char  *message,
                    GError     **error)
{
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND, message);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/* Deletes @record, as loaded, with its audit event, inside the caller's transaction. */
static gboolean
delete_record (OvStore   *self,
               OvRecord  *record,
               GError   **error)
{
  const char *table = ov_record_class_get_table_name (OV_RECORD_GET_CLASS (record));
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1 AND revision = ?2",
                                          table);
  g_autofree char *detail = ov_record_describe (record);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ov_record_get_id (record));
  sqlite3_bind_int64 (stmt, 2, ov_record_get_revision (record));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (self, rc, error);
  if (sqlite3_changes (_ov_store_get_db (self)) != 1)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT,
                   _("This record was changed or deleted elsewhere since you opened it. "
                     "Reload it to see the latest version."));
      return FALSE;
    }
  if (!_ov_store_append_audit (self, ov_record_get_entity_name (record),
                               ov_record_get_uuid (record), "delete", detail, error))
    return FALSE;
  _ov_store_emit_changed (self, ov_record_get_entity_name (record), ov_record_get_id (record));
  return TRUE;
}

/* Saves the children of a parent (contacts of a partner, agencies of a plan) as the list
 * now has them: each is written with the parent's id, and those no longer listed are
 * deleted. */
static gboolean
replace_children (OvStore     *self,
                  GType        child_type,
                  const char  *parent_property,
                  gint64       parent_id,
                  GPtrArray   *children,
                  GError     **error)
{
  g_autofree char *column = g_strdelimit (g_strdup (parent_property), "-", '_');
  g_autofree char *clause = g_strdup_printf ("WHERE %s = ?1", column);
  g_autoptr(GPtrArray) stored = _ov_store_select (self, child_type, clause, parent_id, error);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (stored == NULL)
    return FALSE;

  for (guint i = 0; i < children->len; i++)
    {
      OvRecord *child = g_ptr_array_index (children, i);
      gint64 id;

      g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (child, child_type), FALSE);
      g_object_set (child, parent_property, parent_id, NULL);
      if (!_ov_store_write_record (self, child, error))
        return FALSE;
      id = ov_record_get_id (child);
      g_hash_table_add (kept, g_memdup2 (&id, sizeof id));
    }

  for (guint i = 0; i < stored->len; i++)
    {
      OvRecord *old = g_ptr_array_index (stored, i);
      gint64 id = ov_record_get_id (old);

      if (!g_hash_table_contains (kept, &id) && !delete_record (self, old, error))
        return FALSE;
    }
  return TRUE;
}

/* What a save changes on a record, kept so that a failed save leaves the caller's records
 * as they were: a rolled-back insert must not leave an id behind. */
typedef struct
{
  OvRecord *record;
  gint64    id;
  char     *uuid;
  char     *created_at;
  char     *updated_at;
  gint64    revision;
} RecordState;

static void
record_state_clear (gpointer data)
{
  RecordState *state = data;

  g_free (state->uuid);
  g_free (state->created_at);
  g_free (state->updated_at);
}

static void
remember (GArray   *states,
          OvRecord *record)
{
  RecordState state = {
    record,
    ov_record_get_id (record),
    g_strdup (ov_record_get_uuid (record)),
    g_strdup (ov_record_get_created_at (record)),
    g_strdup (ov_record_get_updated_at (record)),
    ov_record_get_revision (record),
  };

  g_array_append_val (states, state);
}

static GArray *
remember_all (OvRecord  *parent,
              GPtrArray *children)
{
  GArray *states = g_array_new (FALSE, FALSE, sizeof (RecordState));

  g_array_set_clear_func (states, record_state_clear);
  remember (states, parent);
  for (guint i = 0; children != NULL && i < children->len; i++)
    remember (states, g_ptr_array_index (children, i));
  return states;
}

static void
restore_all (GArray *states)
{
  for (guint i = 0; i < states->len; i++)
    {
      RecordState *state = &g_array_index (states, RecordState, i);

      ov_record_set_id (state->record, state->id);
      ov_record_set_uuid (state->record, state->uuid);
      ov_record_set_created_at (state->record, state->created_at);
      ov_record_set_updated_at (state->record, state->updated_at);
      ov_record_set_revision (state->record, state->revision);
    }
}

/* ---- Partners ------------------------------------------------------------------------ */

/**
 * ov_store_list_partners:
 * @search: (nullable): words to look for in the name, type, notes or contacts' names
 *
 * Returns: (transfer full) (element-type OvPartner): the partners, by name, or %NULL
 *   with @error set
 */
GPtrArray *
ov_store_list_partners (OvStore     *self,
                        const char  *search,
                        GError     **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  return select_matching (self, OV_TYPE_PARTNER,
                          "SELECT * FROM partners p WHERE ?1 = '' "
                          "OR p.name LIKE ?2 ESCAPE '\\' OR p.partner_type LIKE ?2 ESCAPE '\\' "
                          "OR p.notes LIKE ?2 ESCAPE '\\' "
                          "OR EXISTS (SELECT 1 FROM partner_contacts c WHERE c.partner_id = p.id "
                          "           AND c.name LIKE ?2 ESCAPE '\\') "
                          "ORDER BY p.name COLLATE NOCASE, p.id",
                          search, error);
}

/**
 * ov_store_find_partner:
 * @name: the partner's name, in any case
 *
 * Returns: (transfer full): the partner, or %NULL with %OV_STORE_ERROR_NOT_FOUND
 */
OvPartner *
ov_store_find_partner (OvStore     *self,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  found = select_matching (self, OV_TYPE_PARTNER,
                           "SELECT * FROM partners WHERE name = ?1 COLLATE NOCASE",
                           name, error);
  message = g_strdup_printf (_("No partner called “%s” is in the register."), name);
  return first_or_not_found (found, message, error);
}

/**
 * ov_store_list_partner_contacts:
 *
 * Returns: (transfer full) (element-type OvPartnerContact): the contacts of the partner,
 *   by name
 */
GPtrArray *
ov_store_list_partner_contacts (OvStore  *self,
                                gint64    partner_id,
                                GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_PARTNER_CONTACT,
                           "WHERE partner_id = ?1 ORDER BY name COLLATE NOCASE, id",
                           partner_id, error);
}

typedef struct
{
  OvRecord  *parent;
  GPtrArray *children;
} SaveData;

static gboolean
check_partner_name (OvStore    *self,
                    OvPartner  *partner,
                    GError    **error)
{
  g_autoptr(OvPartner) other = NULL;
  g_autoptr(GError) local_error = NULL;

  if (ov_str_empty (ov_partner_get_name (partner)))
    return TRUE;  /* validation says what is wrong */
  other = ov_store_find_partner (self, ov_partner_get_name (partner), &local_error);
  if (other == NULL)
    {
      if (g_error_matches (local_error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (ov_record_get_id (OV_RECORD (other)) == ov_record_get_id (OV_RECORD (partner)))
    return TRUE;
  g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE,
               _("“%s” is already in the partner register. Open that partner to change it, "
                 "or give this one another name."), ov_partner_get_name (partner));
  return FALSE;
}

static gboolean
save_partner_in_transaction (OvStore  *self,
                             gpointer  user_data,
                             GError  **error)
{
  SaveData *data = user_data;
  OvPartner *partner = OV_PARTNER (data->parent);

  if (!check_partner_name (self, partner, error) ||
      !_ov_store_write_record (self, OV_RECORD (partner), error))
    return FALSE;
  if (data->children == NULL)
    return TRUE;
  return replace_children (self, OV_TYPE_PARTNER_CONTACT, "partner-id",
                           ov_record_get_id (OV_RECORD (partner)), data->children, error);
}

/**
 * ov_store_save_partner:
 * @contacts: (nullable) (element-type OvPartnerContact): the partner's contacts as they
 *   should now be, or %NULL to leave them as they are
 *
 * Saves @partner and its contacts in one transaction, each with its audit event;
 * contacts stored but no longer in @contacts are deleted. The name must not be one
 * another partner has.
 */
gboolean
ov_store_save_partner (OvStore    *self,
                       OvPartner  *partner,
                       GPtrArray  *contacts,
                       GError    **error)
{
  SaveData data = { OV_RECORD (partner), contacts };
  g_autoptr(GArray) states = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_PARTNER (partner), FALSE);

  /* Validate first, so that a bad partner is refused for what is wrong with it. */
  if (!ov_record_validate (OV_RECORD (partner), error))
    return FALSE;
  states = remember_all (OV_RECORD (partner), contacts);
  if (!ov_store_run_in_transaction (self, save_partner_in_transaction, &data, error))
    {
      restore_all (states);
      return FALSE;
    }
  return TRUE;
}

/**
 * ov_store_count_partner_uses:
 *
 * Returns: how many safeguarding referrals, victim support records and reception plan
 *   agencies name the partner
 */
guint
ov_store_count_partner_uses (OvStore  *self,
                             gint64    partner_id,
                             GError  **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (self), 0);

  stmt = _ov_store_prepare (self,
                            "SELECT (SELECT count (*) FROM safeguarding_referrals "
                            "        WHERE partner_id = ?1) "
                            "     + (SELECT count (*) FROM victim_support WHERE partner_id = ?1) "
                            "     + (SELECT count (*) FROM reception_plan_agencies "
                            "        WHERE partner_id = ?1)",
                            error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, partner_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  else
    _ov_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return count;
}

static gboolean
delete_partner_in_transaction (OvStore  *self,
                               gpointer  user_data,
                               GError  **error)
{
  OvPartner *partner = user_data;
  g_autoptr(GError) local_error = NULL;
  guint uses;

  uses = ov_store_count_partner_uses (self, ov_record_get_id (OV_RECORD (partner)),
                                      &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (uses > 0)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is named by %u referral, victim support record or "
                                "reception plan, so it stays in the register. Change that "
                                "record to name another partner first.",
                                "“%s” is named by %u referrals, victim support records or "
                                "reception plans, so it stays in the register. Change those "
                                "records to name another partner first.",
                                uses),
                   ov_partner_get_name (partner), uses);
      return FALSE;
    }
  return delete_record (self, OV_RECORD (partner), error);
}

/**
 * ov_store_delete_partner:
 * @partner: the partner, as loaded
 *
 * Deletes @partner and its contacts, with an audit event. A partner that a referral,
 * victim support or a reception plan still names is kept, and %OV_STORE_ERROR_IN_USE
 * says so.
 */
gboolean
ov_store_delete_partner (OvStore    *self,
                         OvPartner  *partner,
                         GError    **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (ov_record_get_id (OV_RECORD (partner)) > 0, FALSE);

  return ov_store_run_in_transaction (self, delete_partner_in_transaction, partner, error);
}

/* ---- Reception plans ----------------------------------------------------------------- */

/**
 * ov_store_list_reception_plans:
 * @search: (nullable): words to look for in the name, venue or LRF reference
 *
 * Returns: (transfer full) (element-type OvReceptionPlan): the plans, by name
 */
GPtrArray *
ov_store_list_reception_plans (OvStore     *self,
                               const char  *search,
                               GError     **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  return select_matching (self, OV_TYPE_RECEPTION_PLAN,
                          "SELECT * FROM reception_plans WHERE ?1 = '' "
                          "OR name LIKE ?2 ESCAPE '\\' OR venue LIKE ?2 ESCAPE '\\' "
                          "OR lrf_reference LIKE ?2 ESCAPE '\\' "
                          "ORDER BY name COLLATE NOCASE, id",
                          search, error);
}

/**
 * ov_store_find_reception_plan:
 * @id_or_name: the plan's id, or its name in any case
 *
 * Returns: (transfer full): the plan, or %NULL with %OV_STORE_ERROR_NOT_FOUND
 */
OvReceptionPlan *
ov_store_find_reception_plan (OvStore     *self,
                              const char  *id_or_name,
                              GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *message = NULL;
  gint64 id;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_name != NULL, NULL);

  message = g_strdup_printf (_("No reception plan has the id or name “%s”. Check the plans "
                               "with the Reception plans page."), id_or_name);
  if (g_ascii_string_to_signed (id_or_name, 10, 1, G_MAXINT64, &id, NULL))
    found = _ov_store_select (self, OV_TYPE_RECEPTION_PLAN, "WHERE id = ?1", id, error);
  else
    found = select_matching (self, OV_TYPE_RECEPTION_PLAN,
                             "SELECT * FROM reception_plans WHERE name = ?1 COLLATE NOCASE",
                             id_or_name, error);
  return first_or_not_found (found, message, error);
}

/**
 * ov_store_list_plan_agencies:
 *
 * Returns: (transfer full) (element-type OvReceptionPlanAgency): the agencies attending
 *   under the plan, in the order they were added, with the partners' names as they are now
 */
GPtrArray *
ov_store_list_plan_agencies (OvStore  *self,
                             gint64    plan_id,
                             GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_RECEPTION_PLAN_AGENCY,
                           "WHERE plan_id = ?1 ORDER BY id", plan_id, error);
}

static gboolean
save_plan_in_transaction (OvStore  *self,
                          gpointer  user_data,
                          GError  **error)
{
  SaveData *data = user_data;

  if (!_ov_store_write_record (self, data->parent, error))
    return FALSE;
  if (data->children == NULL)
    return TRUE;
  return replace_children (self, OV_TYPE_RECEPTION_PLAN_AGENCY, "plan-id",
                           ov_record_get_id (data->parent), data->children, error);
}

/**
 * ov_store_save_reception_plan:
 * @agencies: (nullable) (element-type OvReceptionPlanAgency): the agencies attending as
 *   they should now be, or %NULL to leave them as they are
 *
 * Saves @plan and its agencies in one transaction, each with its audit event.
 */
gboolean
ov_store_save_reception_plan (OvStore          *self,
                              OvReceptionPlan  *plan,
                              GPtrArray        *agencies,
                              GError          **error)
{
  SaveData data = { OV_RECORD (plan), agencies };
  g_autoptr(GArray) states = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (plan), FALSE);

  if (!ov_record_validate (OV_RECORD (plan), error))
    return FALSE;
  states = remember_all (OV_RECORD (plan), agencies);
  if (!ov_store_run_in_transaction (self, save_plan_in_transaction, &data, error))
    {
      restore_all (states);
      return FALSE;
    }
  return TRUE;
}

static gboolean
delete_plan_in_transaction (OvStore  *self,
                            gpointer  user_data,
                            GError  **error)
{
  return delete_record (self, OV_RECORD (user_data), error);
}

/**
 * ov_store_delete_reception_plan:
 * @plan: the plan, as loaded
 *
 * Deletes @plan and the list of agencies attending under it, with an audit event.
 */
gboolean
ov_store_delete_reception_plan (OvStore          *self,
                                OvReceptionPlan  *plan,
                                GError          **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (plan), FALSE);
  g_return_val_if_fail (ov_record_get_id (OV_RECORD (plan)) > 0, FALSE);

  return ov_store_run_in_transaction (self, delete_plan_in_transaction, plan, error);
}
