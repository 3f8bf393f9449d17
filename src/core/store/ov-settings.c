/* ov-settings.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The force policy in the database: only the settings a force changed are stored, and
 * every change is audited.
 */

#define G_LOG_DOMAIN "ov-settings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-settings.h"
#include "ov-store-private.h"
#include "ov-util.h"

/**
 * ov_store_load_policy:
 * @policy: (out caller-allocates): the policy in force
 *
 * Fills @policy with the defaults, overridden by what the force has set.
 */
void
ov_store_load_policy (OvStore  *self,
                      OvPolicy *policy)
{
  const OvPolicySetting *settings;
  guint n_settings;
  sqlite3_stmt *stmt;

  g_return_if_fail (OV_IS_STORE (self));
  g_return_if_fail (policy != NULL);

  *policy = *ov_policy_get_default ();
  settings = ov_policy_get_settings (&n_settings);

  stmt = _ov_store_prepare (self, "SELECT key, value FROM policy_settings", NULL);
  if (stmt == NULL)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);

      for (guint i = 0; i < n_settings; i++)
        {
          if (g_strcmp0 (settings[i].key, key) == 0)
            ov_policy_set_value (policy, &settings[i], sqlite3_column_int (stmt, 1));
        }
    }
  sqlite3_reset (stmt);
}

static const char *
unit_label (OvPolicyUnit unit)
{
  return unit == OV_POLICY_UNIT_WORKING_DAYS ? _("working days") : _("days");
}

static gboolean
save_policy_in_transaction (OvStore  *self,
                            gpointer  user_data,
                            GError  **error)
{
  const OvPolicy *policy = user_data;
  const OvPolicySetting *settings;
  OvPolicy current;
  g_autofree char *now = ov_now_utc ();
  guint n_settings;
  gboolean changed = FALSE;

  if (!ov_store_current_user_is_supervisor (self))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("Only a supervisor may change the force policy."));
      return FALSE;
    }

  ov_store_load_policy (self, &current);
  settings = ov_policy_get_settings (&n_settings);
  for (guint i = 0; i < n_settings; i++)
    {
      const OvPolicySetting *setting = &settings[i];
      int old_value = ov_policy_get_value (&current, setting);
      int new_value = ov_policy_get_value (policy, setting);
      g_autofree char *detail = NULL;
      sqlite3_stmt *stmt;
      int rc;

      if (old_value == new_value)
        continue;
      if (new_value < setting->minimum || new_value > setting->maximum)
        {
          g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                       _("“%s” must be between %d and %d %s."),
                       g_dgettext (GETTEXT_PACKAGE, setting->label),
                       setting->minimum, setting->maximum, unit_label (setting->unit));
          return FALSE;
        }

      stmt = _ov_store_prepare (self,
                                "INSERT INTO policy_settings (key, value, updated_at) "
                                "VALUES (?1, ?2, ?3) ON CONFLICT (key) DO UPDATE SET "
                                "value = excluded.value, updated_at = excluded.updated_at",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, setting->key, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, new_value);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return _ov_store_set_error (self, rc, error);

      /* Translators: audit detail of a policy change, e.g.
       * "Periodic supervisory review: 28 → 21 days" */
      detail = g_strdup_printf (_("%s: %d → %d %s"), g_dgettext (GETTEXT_PACKAGE, setting->label),
                                old_value, new_value, unit_label (setting->unit));
      if (!_ov_store_append_audit (self, "policy", setting->key, "update", detail, error))
        return FALSE;
      changed = TRUE;
    }

  if (changed)
    _ov_store_emit_changed (self, "policy", 0);
  return TRUE;
}

/**
 * ov_store_save_policy:
 *
 * Stores the settings of @policy that differ from the policy in force (supervisors only),
 * each change with an audit event.
 */
gboolean
ov_store_save_policy (OvStore         *self,
                      const OvPolicy  *policy,
                      GError         **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (policy != NULL, FALSE);

  return ov_store_run_in_transaction (self, save_policy_in_transaction, (gpointer) policy, error);
}
