/* ov-allocation.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-allocation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-allocation.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvAllocation
{
  OvRecord parent_instance;

  gint64 case_id;
  gint64 staff_id;
  OvAllocationRole role;
  char *starts_at;
  char *ends_at;
  gint64 allocated_by;
  char *override_rationale;
  OvPipLevel pip_level;
  OvAccreditationStatus accreditation_status;
  char *staff_name;
  char *allocated_by_name;
};

G_DEFINE_FINAL_TYPE (OvAllocation, ov_allocation, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_STAFF_ID,
  PROP_ROLE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ALLOCATED_BY,
  PROP_OVERRIDE_RATIONALE,
  PROP_PIP_LEVEL,
  PROP_ACCREDITATION_STATUS,
  PROP_STAFF_NAME,
  PROP_ALLOCATED_BY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_allocation_validate (OvRecord    *record,
                        const char **property,
                        GError     **error)
{
  OvAllocation *self = OV_ALLOCATION (record);

  if (self->case_id <= 0)
    {
      *property = "case-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose the case to allocate."));
      return FALSE;
    }
  if (self->staff_id <= 0)
    {
      *property = "staff-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose the person to allocate."));
      return FALSE;
    }
  if (!ov_timestamp_is_valid (self->starts_at))
    {
      *property = "starts-at";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The allocation needs a start time."));
      return FALSE;
    }
  if (self->ends_at != NULL && !ov_timestamp_is_valid (self->ends_at))
    {
      *property = "ends-at";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The end of the allocation is not a valid time."));
      return FALSE;
    }
  if (self->ends_at != NULL && g_strcmp0 (self->ends_at, self->starts_at) < 0)
    {
      *property = "ends-at";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("An allocation cannot end before it starts."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_allocation_describe (OvRecord *record)
{
  OvAllocation *self = OV_ALLOCATION (record);

  return g_strdup_printf ("%s: %s",
                          ov_enum_get_label (OV_TYPE_ALLOCATION_ROLE, self->role),
                          self->staff_name ? self->staff_name : "");
}

static void
ov_allocation_finalize (GObject *object)
{
  OvAllocation *self = OV_ALLOCATION (object);

  g_clear_pointer (&self->starts_at, g_free);
  g_clear_pointer (&self->ends_at, g_free);
  g_clear_pointer (&self->override_rationale, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->allocated_by_name, g_free);

  G_OBJECT_CLASS (ov_allocation_parent_class)->finalize (object);
}

static void
ov_allocation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvAllocation *self = OV_ALLOCATION (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_allocation_get_case_id (self));
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, ov_allocation_get_staff_id (self));
      break;
    case PROP_ROLE:
      g_value_set_enum (value, ov_allocation_get_role (self));
      break;
    case PROP_STARTS_AT:
      g_value_set_string (value, ov_allocation_get_starts_at (self));
      break;
    case PROP_ENDS_AT:
      g_value_set_string (value, ov_allocation_get_ends_at (self));
      break;
    case PROP_ALLOCATED_BY:
      g_value_set_int64 (value, ov_allocation_get_allocated_by (self));
      break;
    case PROP_OVERRIDE_RATIONALE:
      g_value_set_string (value, ov_allocation_get_override_rationale (self));
      break;
    case PROP_PIP_LEVEL:
      g_value_set_enum (value, ov_allocation_get_pip_level (self));
      break;
    case PROP_ACCREDITATION_STATUS:
      g_value_set_enum (value, ov_allocation_get_accreditation_status (self));
      break;
    case PROP_STAFF_NAME:
      g_value_set_string (value, ov_allocation_get_staff_name (self));
      break;
    case PROP_ALLOCATED_BY_NAME:
      g_value_set_string (value, ov_allocation_get_allocated_by_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_allocation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvAllocation *self = OV_ALLOCATION (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      ov_allocation_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_STAFF_ID:
      ov_allocation_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROLE:
      ov_allocation_set_role (self, g_value_get_enum (value));
      break;
    case PROP_STARTS_AT:
      ov_allocation_set_starts_at (self, g_value_get_string (value));
      break;
    case PROP_ENDS_AT:
      ov_allocation_set_ends_at (self, g_value_get_string (value));
      break;
    case PROP_ALLOCATED_BY:
      ov_allocation_set_allocated_by (self, g_value_get_int64 (value));
      break;
    case PROP_OVERRIDE_RATIONALE:
      ov_allocation_set_override_rationale (self, g_value_get_string (value));
      break;
    case PROP_PIP_LEVEL:
      ov_allocation_set_pip_level (self, g_value_get_enum (value));
      break;
    case PROP_ACCREDITATION_STATUS:
      ov_allocation_set_accreditation_status (self, g_value_get_enum (value));
      break;
    case PROP_STAFF_NAME:
      ov_allocation_set_staff_name (self, g_value_get_string (value));
      break;
    case PROP_ALLOCATED_BY_NAME:
      ov_allocation_set_allocated_by_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_allocation_class_init (OvAllocationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_allocation_finalize;
  object_class->get_property = ov_allocation_get_property;
  object_class->set_property = ov_allocation_set_property;

  record_class->table_name = "allocations";
  record_class->entity_name = "allocation";
  record_class->view_name = "allocations_view";
  record_class->validate = ov_allocation_validate;
  record_class->describe = ov_allocation_describe;

  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case allocated",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", "Staff", "The person allocated",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", "Role", "Role in the investigation",
                       OV_TYPE_ALLOCATION_ROLE, OV_ALLOCATION_ROLE_INVESTIGATOR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTS_AT] =
    g_param_spec_string ("starts-at", "From", "When the allocation started (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_ENDS_AT] =
    g_param_spec_string ("ends-at", "To", "When the allocation ended (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_ALLOCATED_BY] =
    g_param_spec_int64 ("allocated-by", "Allocated by", "The supervisor who made the allocation",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_OVERRIDE_RATIONALE] =
    g_param_spec_string ("override-rationale", "Rationale", "Why a person below PIP2 was allocated",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PIP_LEVEL] =
    g_param_spec_enum ("pip-level", "PIP level at allocation", "The PIP level when allocated",
                       OV_TYPE_PIP_LEVEL, OV_PIP_LEVEL_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCREDITATION_STATUS] =
    g_param_spec_enum ("accreditation-status", "Accreditation at allocation", "The accreditation status when allocated",
                       OV_TYPE_ACCREDITATION_STATUS, OV_ACCREDITATION_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", "Name", "Name of the person allocated",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_ALLOCATED_BY_NAME] =
    g_param_spec_string ("allocated-by-name", "Allocated by", "Name of the supervisor who allocated",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_allocation_init (OvAllocation *self)
{
}

/**
 * ov_allocation_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvAllocation *
ov_allocation_new (void)
{
  return g_object_new (OV_TYPE_ALLOCATION, NULL);
}

gint64
ov_allocation_get_case_id (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), 0);
  return self->case_id;
}

void
ov_allocation_set_case_id (OvAllocation *self,
                           gint64        case_id)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

gint64
ov_allocation_get_staff_id (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), 0);
  return self->staff_id;
}

void
ov_allocation_set_staff_id (OvAllocation *self,
                            gint64        staff_id)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

OvAllocationRole
ov_allocation_get_role (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), 0);
  return self->role;
}

void
ov_allocation_set_role (OvAllocation     *self,
                        OvAllocationRole  role)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (self->role != role)
    {
      self->role = role;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
    }
}

const char *
ov_allocation_get_starts_at (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), NULL);
  return self->starts_at;
}

void
ov_allocation_set_starts_at (OvAllocation *self,
                             const char   *starts_at)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (ov_set_str (&self->starts_at, starts_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

const char *
ov_allocation_get_ends_at (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), NULL);
  return self->ends_at;
}

void
ov_allocation_set_ends_at (OvAllocation *self,
                           const char   *ends_at)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (ov_set_str (&self->ends_at, ends_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_AT]);
}

gint64
ov_allocation_get_allocated_by (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), 0);
  return self->allocated_by;
}

void
ov_allocation_set_allocated_by (OvAllocation *self,
                                gint64        allocated_by)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (self->allocated_by != allocated_by)
    {
      self->allocated_by = allocated_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOCATED_BY]);
    }
}

const char *
ov_allocation_get_override_rationale (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), NULL);
  return self->override_rationale;
}

void
ov_allocation_set_override_rationale (OvAllocation *self,
                                      const char   *override_rationale)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (ov_set_str (&self->override_rationale, override_rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRIDE_RATIONALE]);
}

OvPipLevel
ov_allocation_get_pip_level (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), 0);
  return self->pip_level;
}

void
ov_allocation_set_pip_level (OvAllocation *self,
                             OvPipLevel    pip_level)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (self->pip_level != pip_level)
    {
      self->pip_level = pip_level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIP_LEVEL]);
    }
}

OvAccreditationStatus
ov_allocation_get_accreditation_status (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), 0);
  return self->accreditation_status;
}

void
ov_allocation_set_accreditation_status (OvAllocation          *self,
                                        OvAccreditationStatus  accreditation_status)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (self->accreditation_status != accreditation_status)
    {
      self->accreditation_status = accreditation_status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCREDITATION_STATUS]);
    }
}

const char *
ov_allocation_get_staff_name (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), NULL);
  return self->staff_name;
}

void
ov_allocation_set_staff_name (OvAllocation *self,
                              const char   *staff_name)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (ov_set_str (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

const char *
ov_allocation_get_allocated_by_name (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), NULL);
  return self->allocated_by_name;
}

void
ov_allocation_set_allocated_by_name (OvAllocation *self,
                                     const char   *allocated_by_name)
{
  g_return_if_fail (OV_IS_ALLOCATION (self));
  if (ov_set_str (&self->allocated_by_name, allocated_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOCATED_BY_NAME]);
}

gboolean
ov_allocation_is_current (OvAllocation *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (self), FALSE);
  return ov_str_empty (self->ends_at);
}

/**
 * ov_allocation_role_needs_pip2:
 *
 * Returns: %TRUE for the roles that investigate the case (officer in the case and
 *   investigator), to which the PIP2 rule applies.
 */
gboolean
ov_allocation_role_needs_pip2 (OvAllocationRole role)
{
  return role == OV_ALLOCATION_ROLE_OFFICER_IN_CASE || role == OV_ALLOCATION_ROLE_INVESTIGATOR;
}
