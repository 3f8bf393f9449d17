/* ov-staff.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-staff"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-staff.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvStaff
{
  OvRecord parent_instance;

  char *name;
  char *collar_number;
  OvRank rank;
  OvStaffRole roles;
  OvPipLevel pip_level;
  OvAccreditationStatus accreditation_status;
  char *accreditation_date;
  char *unit;
  char *email;
  char *phone;
  gboolean active;
  char *os_account;
};

G_DEFINE_FINAL_TYPE (OvStaff, ov_staff, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLLAR_NUMBER,
  PROP_RANK,
  PROP_ROLES,
  PROP_PIP_LEVEL,
  PROP_ACCREDITATION_STATUS,
  PROP_ACCREDITATION_DATE,
  PROP_UNIT,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ACTIVE,
  PROP_OS_ACCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_staff_validate (OvRecord    *record,
                   const char **property,
                   GError     **error)
{
  OvStaff *self = OV_STAFF (record);

  if (ov_str_empty (self->name))
    {
      *property = "name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the person’s name."));
      return FALSE;
    }
  if (ov_str_empty (self->collar_number))
    {
      *property = "collar-number";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter a collar, warrant or staff number."));
      return FALSE;
    }
  if (self->accreditation_date != NULL && *self->accreditation_date != '\0' &&
      !ov_date_is_valid (self->accreditation_date))
    {
      *property = "accreditation-date";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the accreditation date as YYYY-MM-DD, for example 2024-03-31."));
      return FALSE;
    }
  if (self->email != NULL && *self->email != '\0' &&
      (strchr (self->email, '@') == NULL || strchr (self->email, ' ') != NULL))
    {
      *property = "email";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("“%s” is not an email address. Enter one like name@police.example, or leave it empty."), self->email);
      return FALSE;
    }

  return TRUE;
}

static char *
ov_staff_describe (OvRecord *record)
{
  OvStaff *self = OV_STAFF (record);

  if (!ov_str_empty (self->collar_number))
    return g_strdup_printf ("%s (%s)", self->name ? self->name : "", self->collar_number);
  return g_strdup (self->name ? self->name : "");
}

static void
ov_staff_finalize (GObject *object)
{
  OvStaff *self = OV_STAFF (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->collar_number, g_free);
  g_clear_pointer (&self->accreditation_date, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->os_account, g_free);

  G_OBJECT_CLASS (ov_staff_parent_class)->finalize (object);
}

static void
ov_staff_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OvStaff *self = OV_STAFF (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, ov_staff_get_name (self));
      break;
    case PROP_COLLAR_NUMBER:
      g_value_set_string (value, ov_staff_get_collar_number (self));
      break;
    case PROP_RANK:
      g_value_set_enum (value, ov_staff_get_rank (self));
      break;
    case PROP_ROLES:
      g_value_set_flags (value, ov_staff_get_roles (self));
      break;
    case PROP_PIP_LEVEL:
      g_value_set_enum (value, ov_staff_get_pip_level (self));
      break;
    case PROP_ACCREDITATION_STATUS:
      g_value_set_enum (value, ov_staff_get_accreditation_status (self));
      break;
    case PROP_ACCREDITATION_DATE:
      g_value_set_string (value, ov_staff_get_accreditation_date (self));
      break;
    case PROP_UNIT:
      g_value_set_string (value, ov_staff_get_unit (self));
      break;
    case PROP_EMAIL:
      g_value_set_string (value, ov_staff_get_email (self));
      break;
    case PROP_PHONE:
      g_value_set_string (value, ov_staff_get_phone (self));
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, ov_staff_get_active (self));
      break;
    case PROP_OS_ACCOUNT:
      g_value_set_string (value, ov_staff_get_os_account (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_staff_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OvStaff *self = OV_STAFF (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ov_staff_set_name (self, g_value_get_string (value));
      break;
    case PROP_COLLAR_NUMBER:
      ov_staff_set_collar_number (self, g_value_get_string (value));
      break;
    case PROP_RANK:
      ov_staff_set_rank (self, g_value_get_enum (value));
      break;
    case PROP_ROLES:
      ov_staff_set_roles (self, g_value_get_flags (value));
      break;
    case PROP_PIP_LEVEL:
      ov_staff_set_pip_level (self, g_value_get_enum (value));
      break;
    case PROP_ACCREDITATION_STATUS:
      ov_staff_set_accreditation_status (self, g_value_get_enum (value));
      break;
    case PROP_ACCREDITATION_DATE:
      ov_staff_set_accreditation_date (self, g_value_get_string (value));
      break;
    case PROP_UNIT:
      ov_staff_set_unit (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      ov_staff_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      ov_staff_set_phone (self, g_value_get_string (value));
      break;
    case PROP_ACTIVE:
      ov_staff_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_OS_ACCOUNT:
      ov_staff_set_os_account (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_staff_class_init (OvStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_staff_finalize;
  object_class->get_property = ov_staff_get_property;
  object_class->set_property = ov_staff_set_property;

  record_class->table_name = "staff";
  record_class->entity_name = "staff";
  record_class->validate = ov_staff_validate;
  record_class->describe = ov_staff_describe;

  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name", "Full name",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLLAR_NUMBER] =
    g_param_spec_string ("collar-number", "Collar or warrant number", "Collar, warrant or staff number",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANK] =
    g_param_spec_enum ("rank", "Rank", "Rank or grade",
                       OV_TYPE_RANK, OV_RANK_DC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", "Roles", "What the person does in MSHT work",
                        OV_TYPE_STAFF_ROLE, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PIP_LEVEL] =
    g_param_spec_enum ("pip-level", "PIP level", "Professionalising Investigation Programme level",
                       OV_TYPE_PIP_LEVEL, OV_PIP_LEVEL_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCREDITATION_STATUS] =
    g_param_spec_enum ("accreditation-status", "Accreditation", "Whether the PIP accreditation is active or lapsed",
                       OV_TYPE_ACCREDITATION_STATUS, OV_ACCREDITATION_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCREDITATION_DATE] =
    g_param_spec_string ("accreditation-date", "Accredited on", "Date the current PIP level was accredited",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", "Unit", "Team or unit",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", "Email", "Work email address",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", "Phone", "Work telephone number",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", "Active", "Still working in the force",
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OS_ACCOUNT] =
    g_param_spec_string ("os-account", "Computer account", "Operating-system account linked to this person",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_staff_init (OvStaff *self)
{
  self->active = TRUE;
  self->rank = OV_RANK_DC;
}

/**
 * ov_staff_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvStaff *
ov_staff_new (void)
{
  return g_object_new (OV_TYPE_STAFF, NULL);
}

const char *
ov_staff_get_name (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);
  return self->name;
}

void
ov_staff_set_name (OvStaff    *self,
                   const char *name)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (ov_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ov_staff_get_collar_number (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);
  return self->collar_number;
}

void
ov_staff_set_collar_number (OvStaff    *self,
                            const char *collar_number)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (ov_set_str (&self->collar_number, collar_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLAR_NUMBER]);
}

OvRank
ov_staff_get_rank (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), 0);
  return self->rank;
}

void
ov_staff_set_rank (OvStaff *self,
                   OvRank   rank)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (self->rank != rank)
    {
      self->rank = rank;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
    }
}

OvStaffRole
ov_staff_get_roles (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), 0);
  return self->roles;
}

void
ov_staff_set_roles (OvStaff     *self,
                    OvStaffRole  roles)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (self->roles != roles)
    {
      self->roles = roles;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
    }
}

OvPipLevel
ov_staff_get_pip_level (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), 0);
  return self->pip_level;
}

void
ov_staff_set_pip_level (OvStaff    *self,
                        OvPipLevel  pip_level)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (self->pip_level != pip_level)
    {
      self->pip_level = pip_level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIP_LEVEL]);
    }
}

OvAccreditationStatus
ov_staff_get_accreditation_status (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), 0);
  return self->accreditation_status;
}

void
ov_staff_set_accreditation_status (OvStaff               *self,
                                   OvAccreditationStatus  accreditation_status)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (self->accreditation_status != accreditation_status)
    {
      self->accreditation_status = accreditation_status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCREDITATION_STATUS]);
    }
}

const char *
ov_staff_get_accreditation_date (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);
  return self->accreditation_date;
}

void
ov_staff_set_accreditation_date (OvStaff    *self,
                                 const char *accreditation_date)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (ov_set_str (&self->accreditation_date, accreditation_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCREDITATION_DATE]);
}

const char *
ov_staff_get_unit (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);
  return self->unit;
}

void
ov_staff_set_unit (OvStaff    *self,
                   const char *unit)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (ov_set_str (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
ov_staff_get_email (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);
  return self->email;
}

void
ov_staff_set_email (OvStaff    *self,
                    const char *email)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (ov_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
ov_staff_get_phone (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);
  return self->phone;
}

void
ov_staff_set_phone (OvStaff    *self,
                    const char *phone)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (ov_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

gboolean
ov_staff_get_active (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), 0);
  return self->active;
}

void
ov_staff_set_active (OvStaff  *self,
                     gboolean  active)
{
  g_return_if_fail (OV_IS_STAFF (self));
  active = !!active;
  if (self->active != active)
    {
      self->active = active;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
    }
}

const char *
ov_staff_get_os_account (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);
  return self->os_account;
}

void
ov_staff_set_os_account (OvStaff    *self,
                         const char *os_account)
{
  g_return_if_fail (OV_IS_STAFF (self));
  if (ov_set_str (&self->os_account, os_account))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OS_ACCOUNT]);
}

gboolean
ov_staff_has_role (OvStaff     *self,
                   OvStaffRole  role)
{
  g_return_val_if_fail (OV_IS_STAFF (self), FALSE);
  return (self->roles & role) == role;
}

/**
 * ov_pip_meets_pip2:
 * @level: a PIP level
 * @status: the accreditation status
 *
 * The PIP2 rule: modern slavery investigations go only to investigators accredited at PIP2
 * or above. A trainee working towards PIP2, or a lapsed accreditation, does not meet it.
 *
 * Returns: %TRUE if @level and @status meet the rule
 */
gboolean
ov_pip_meets_pip2 (OvPipLevel            level,
                   OvAccreditationStatus status)
{
  if (status != OV_ACCREDITATION_ACTIVE)
    return FALSE;

  switch (level)
    {
    case OV_PIP_LEVEL_PIP2:
    case OV_PIP_LEVEL_PIP3:
    case OV_PIP_LEVEL_PIP4:
      return TRUE;
    case OV_PIP_LEVEL_NONE:
    case OV_PIP_LEVEL_PIP1:
    case OV_PIP_LEVEL_PIP2_TRAINEE:
    default:
      return FALSE;
    }
}

gboolean
ov_staff_is_pip2_accredited (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), FALSE);
  return ov_pip_meets_pip2 (self->pip_level, self->accreditation_status);
}

/**
 * ov_pip_describe:
 * @level: a PIP level
 * @status: the accreditation status
 *
 * Returns: (transfer full): the PIP level with its status, e.g. "PIP2 (lapsed)".
 */
char *
ov_pip_describe (OvPipLevel            level,
                 OvAccreditationStatus status)
{
  const char *label = ov_enum_get_label (OV_TYPE_PIP_LEVEL, level);

  if (level == OV_PIP_LEVEL_NONE || status == OV_ACCREDITATION_ACTIVE)
    return g_strdup (label);
  /* Translators: a PIP level whose accreditation has lapsed, e.g. "PIP2 (lapsed)" */
  return g_strdup_printf (_("%s (lapsed)"), label);
}

/**
 * ov_staff_describe_pip:
 *
 * Returns: (transfer full): the person's PIP level with its status, e.g. "PIP2 (lapsed)".
 */
char *
ov_staff_describe_pip (OvStaff *self)
{
  g_return_val_if_fail (OV_IS_STAFF (self), NULL);

  return ov_pip_describe (self->pip_level, self->accreditation_status);
}

/**
 * ov_staff_matches:
 * @search: (nullable): what the user typed
 *
 * Whether the person matches a search: @search, without regard to case, within their
 * name, collar number, rank or unit. Every list of staff filters with this.
 *
 * Returns: %TRUE if @search is empty or found
 */
gboolean
ov_staff_matches (OvStaff    *self,
                  const char *search)
{
  g_autofree char *needle = NULL;
  g_autofree char *text = NULL;
  g_autofree char *haystack = NULL;

  g_return_val_if_fail (OV_IS_STAFF (self), FALSE);

  if (ov_str_empty (search))
    return TRUE;

  needle = g_utf8_casefold (search, -1);
  text = g_strdup_printf ("%s %s %s %s",
                          self->name != NULL ? self->name : "",
                          self->collar_number != NULL ? self->collar_number : "",
                          ov_enum_get_label (OV_TYPE_RANK, self->rank),
                          self->unit != NULL ? self->unit : "");
  haystack = g_utf8_casefold (text, -1);
  return strstr (haystack, g_strstrip (needle)) != NULL;
}
