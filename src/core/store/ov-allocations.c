/* ov-allocations.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Allocating investigators to cases under the PIP2 rule. The rule is enforced here, in
 * core, so the GUI, the command line and the importer all obey it.
 */

#define G_LOG_DOMAIN "ov-allocations"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-readiness.h"
#include "ov-staff.h"
#include "ov-store-private.h"
#include "ov-util.h"

/**
 * ov_store_list_allocations:
 *
 * Returns: (transfer full) (element-type OvAllocation): the allocation history of the
 *   case, current allocations first, then newest first
 */
GPtrArray *
ov_store_list_allocations (OvStore  *self,
                           gint64    case_id,
                           GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  return _ov_store_select (self, OV_TYPE_ALLOCATION,
                           "WHERE case_id = ?1 "
                           "ORDER BY ends_at IS NOT NULL, starts_at DESC, id DESC",
                           case_id, error);
}

typedef struct
{
  gint64            case_id;
  gint64            staff_id;
  OvAllocationRole  role;
  const char       *rationale;
  OvAllocation     *result;
} AllocateData;

static gboolean
end_in_transaction (OvStore       *self,
                    OvAllocation  *allocation,
                    const char    *now,
                    GError       **error)
{
  ov_allocation_set_ends_at (allocation, now);
  return _ov_store_write_record (self, OV_RECORD (allocation), error);
}

static gboolean
allocate_in_transaction (OvStore  *self,
                         gpointer  user_data,
                         GError  **error)
{
  AllocateData *data = user_data;
  OvStaff *user = ov_store_get_current_user (self);
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(OvStaff) staff = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(OvAllocation) allocation = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *today = ov_today_local ();
  g_autofree char *pip = NULL;
  OvPipLevel pip_level;
  OvAccreditationStatus accreditation_status;
  gboolean meets_rule;
  gboolean has_rationale = !ov_str_empty (data->rationale);

  the_case = ov_store_load (self, OV_TYPE_CASE, data->case_id, error);
  if (the_case == NULL)
    return FALSE;
  staff = ov_store_load (self, OV_TYPE_STAFF, data->staff_id, error);
  if (staff == NULL)
    return FALSE;

  if (user == NULL)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("Only a supervisor may allocate cases. Link your computer account to "
                     "your staff record first."));
      return FALSE;
    }
  if (!ov_store_current_user_is_supervisor (self))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("Only a supervisor may allocate cases. Ask a supervisor to make this "
                     "allocation."));
      return FALSE;
    }
  if (!ov_staff_get_active (staff))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("%s is no longer active in the force and cannot be allocated. Choose "
                     "someone else."), ov_staff_get_name (staff));
      return FALSE;
    }
  if (ov_case_get_status (the_case) == OV_CASE_STATUS_CLOSED)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("Case %s is closed. Reopen it before allocating anyone to it."),
                   ov_case_get_reference (the_case));
      return FALSE;
    }

  /* The accreditation held on the allocation's date, from the accreditation history. */
  if (!ov_store_get_accreditation_as_at (self, data->staff_id, today, &pip_level,
                                         &accreditation_status, error))
    return FALSE;
  meets_rule = ov_pip_meets_pip2 (pip_level, accreditation_status);
  pip = ov_pip_describe (pip_level, accreditation_status);
  if (ov_allocation_role_needs_pip2 (data->role) && !meets_rule && !has_rationale)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_PIP2_RULE,
                   _("%s is not accredited at PIP2 or above (PIP level: %s). Modern slavery "
                     "investigations go only to investigators with an active PIP2, PIP3 or "
                     "PIP4 accreditation. Choose an accredited investigator, or record your "
                     "rationale for this allocation."),
                   ov_staff_get_name (staff), pip);
      return FALSE;
    }

  /* Reallocation ends earlier allocations; history is never deleted. A case has one
   * officer in the case at a time, and a person holds one role on a case at a time. */
  history = ov_store_list_allocations (self, data->case_id, error);
  if (history == NULL)
    return FALSE;
  for (guint i = 0; i < history->len; i++)
    {
      OvAllocation *previous = g_ptr_array_index (history, i);

      if (!ov_allocation_is_current (previous))
        continue;
      if (ov_allocation_get_staff_id (previous) == data->staff_id ||
          (data->role == OV_ALLOCATION_ROLE_OFFICER_IN_CASE &&
           ov_allocation_get_role (previous) == OV_ALLOCATION_ROLE_OFFICER_IN_CASE))
        {
          if (!end_in_transaction (self, previous, now, error))
            return FALSE;
        }
    }

  allocation = ov_allocation_new ();
  ov_allocation_set_case_id (allocation, data->case_id);
  ov_allocation_set_staff_id (allocation, data->staff_id);
  ov_allocation_set_role (allocation, data->role);
  ov_allocation_set_starts_at (allocation, now);
  ov_allocation_set_allocated_by (allocation, ov_record_get_id (OV_RECORD (user)));
  ov_allocation_set_pip_level (allocation, pip_level);
  ov_allocation_set_accreditation_status (allocation, accreditation_status);
  ov_allocation_set_staff_name (allocation, ov_staff_get_name (staff));
  ov_allocation_set_allocated_by_name (allocation, ov_staff_get_name (user));
  if (ov_allocation_role_needs_pip2 (data->role) && !meets_rule)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (data->rationale));

      ov_allocation_set_override_rationale (allocation, trimmed);
    }

  if (!_ov_store_write_record (self, OV_RECORD (allocation), error))
    return FALSE;

  if (!meets_rule && ov_allocation_role_needs_pip2 (data->role))
    {
      g_autofree char *detail = NULL;

      /* Translators: audit detail of an allocation below PIP2 */
      detail = g_strdup_printf (_("%s allocated to %s below PIP2 (%s). Rationale: %s"),
                                ov_staff_get_name (staff), ov_case_get_reference (the_case),
                                pip, ov_allocation_get_override_rationale (allocation));
      if (!_ov_store_append_audit (self, "allocation",
                                   ov_record_get_uuid (OV_RECORD (allocation)),
                                   "override", detail, error))
        return FALSE;
    }

  /* The case's officer in the case and override flag were changed by triggers. */
  _ov_store_emit_changed (self, "case", data->case_id);
  data->result = g_steal_pointer (&allocation);
  return TRUE;
}

/**
 * ov_store_allocate:
 * @case_id: the case
 * @staff_id: the person to allocate
 * @role: their role on the case
 * @override_rationale: (nullable): why a person below PIP2 is allocated
 *
 * Allocates @staff_id to the case. The officer in the case and investigators must hold an
 * active PIP2, PIP3 or PIP4 accreditation: otherwise this fails with
 * %OV_STORE_ERROR_PIP2_RULE unless a supervisor gives a rationale, which is stored with
 * the allocation, audited, and flags the case from then on.
 *
 * Returns: (transfer full): the new allocation, or %NULL with @error set
 */
OvAllocation *
ov_store_allocate (OvStore           *self,
                   gint64             case_id,
                   gint64             staff_id,
                   OvAllocationRole   role,
                   const char        *override_rationale,
                   GError           **error)
{
  AllocateData data = { case_id, staff_id, role, override_rationale, NULL };

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  if (!ov_store_run_in_transaction (self, allocate_in_transaction, &data, error))
    {
      g_clear_object (&data.result);
      return NULL;
    }
  return data.result;
}

typedef struct
{
  OvAllocation *allocation;
} EndData;

static gboolean
end_allocation_in_transaction (OvStore  *self,
                               gpointer  user_data,
                               GError  **error)
{
  EndData *data = user_data;
  g_autofree char *now = ov_now_utc ();

  if (!ov_store_current_user_is_supervisor (self))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("Only a supervisor may end an allocation."));
      return FALSE;
    }
  if (!ov_allocation_is_current (data->allocation))
    return TRUE;
  if (!end_in_transaction (self, data->allocation, now, error))
    return FALSE;
  _ov_store_emit_changed (self, "case", ov_allocation_get_case_id (data->allocation));
  return TRUE;
}

/**
 * ov_store_end_allocation:
 *
 * Ends a current allocation now. The allocation stays in the case's history.
 */
gboolean
ov_store_end_allocation (OvStore       *self,
                         OvAllocation  *allocation,
                         GError       **error)
{
  EndData data = { allocation };
  g_autofree char *ends_at = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_ALLOCATION (allocation), FALSE);

  ends_at = g_strdup (ov_allocation_get_ends_at (allocation));
  if (!ov_store_run_in_transaction (self, end_allocation_in_transaction, &data, error))
    {
      ov_allocation_set_ends_at (allocation, ends_at);
      return FALSE;
    }
  return TRUE;
}
