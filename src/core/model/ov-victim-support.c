/* ov-victim-support.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-victim-support"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-victim-support.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvVictimSupport
{
  OvRecord parent_instance;

  gint64 person_id;
  OvSupportRole role;
  gint64 staff_id;
  char *contact_name;
  char *organisation;
  char *starts_on;
  char *ends_on;
  gboolean lead;
  char *staff_name;
  gint64 partner_id;
  char *partner_name;
};

G_DEFINE_FINAL_TYPE (OvVictimSupport, ov_victim_support, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_ROLE,
  PROP_STAFF_ID,
  PROP_CONTACT_NAME,
  PROP_ORGANISATION,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_LEAD,
  PROP_STAFF_NAME,
  PROP_PARTNER_ID,
  PROP_PARTNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_victim_support_validate (OvRecord    *record,
                            const char **property,
                            GError     **error)
{
  OvVictimSupport *self = OV_VICTIM_SUPPORT (record);

  if (self->person_id <= 0)
    {
      *property = "person-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Victim support must belong to a victim."));
      return FALSE;
    }
  if (self->staff_id <= 0 && ov_str_empty (self->contact_name))
    {
      *property = "staff-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose a staff member, or name the person at a partner agency."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->starts_on))
    {
      *property = "starts-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the start date as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->ends_on) && (!ov_date_is_valid (self->ends_on) || g_strcmp0 (self->ends_on, self->starts_on) < 0))
    {
      *property = "ends-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The end date must be a date (YYYY-MM-DD) on or after the start date."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_victim_support_describe (OvRecord *record)
{
  OvVictimSupport *self = OV_VICTIM_SUPPORT (record);

  return g_strdup_printf ("%s: %s", ov_enum_get_label (OV_TYPE_SUPPORT_ROLE, self->role),
                          self->staff_name ? self->staff_name : (self->contact_name ? self->contact_name : ""));
}

static void
ov_victim_support_finalize (GObject *object)
{
  OvVictimSupport *self = OV_VICTIM_SUPPORT (object);

  g_clear_pointer (&self->contact_name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->starts_on, g_free);
  g_clear_pointer (&self->ends_on, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->partner_name, g_free);

  G_OBJECT_CLASS (ov_victim_support_parent_class)->finalize (object);
}

static void
ov_victim_support_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvVictimSupport *self = OV_VICTIM_SUPPORT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, ov_victim_support_get_person_id (self));
      break;
    case PROP_ROLE:
      g_value_set_enum (value, ov_victim_support_get_role (self));
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, ov_victim_support_get_staff_id (self));
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, ov_victim_support_get_contact_name (self));
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, ov_victim_support_get_organisation (self));
      break;
    case PROP_STARTS_ON:
      g_value_set_string (value, ov_victim_support_get_starts_on (self));
      break;
    case PROP_ENDS_ON:
      g_value_set_string (value, ov_victim_support_get_ends_on (self));
      break;
    case PROP_LEAD:
      g_value_set_boolean (value, ov_victim_support_get_lead (self));
      break;
    case PROP_STAFF_NAME:
      g_value_set_string (value, ov_victim_support_get_staff_name (self));
      break;
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, ov_victim_support_get_partner_id (self));
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, ov_victim_support_get_partner_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_support_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvVictimSupport *self = OV_VICTIM_SUPPORT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      ov_victim_support_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROLE:
      ov_victim_support_set_role (self, g_value_get_enum (value));
      break;
    case PROP_STAFF_ID:
      ov_victim_support_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_CONTACT_NAME:
      ov_victim_support_set_contact_name (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION:
      ov_victim_support_set_organisation (self, g_value_get_string (value));
      break;
    case PROP_STARTS_ON:
      ov_victim_support_set_starts_on (self, g_value_get_string (value));
      break;
    case PROP_ENDS_ON:
      ov_victim_support_set_ends_on (self, g_value_get_string (value));
      break;
    case PROP_LEAD:
      ov_victim_support_set_lead (self, g_value_get_boolean (value));
      break;
    case PROP_STAFF_NAME:
      ov_victim_support_set_staff_name (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_ID:
      ov_victim_support_set_partner_id (self, g_value_get_int64 (value));
      break;
    case PROP_PARTNER_NAME:
      ov_victim_support_set_partner_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_support_class_init (OvVictimSupportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_victim_support_finalize;
  object_class->get_property = ov_victim_support_get_property;
  object_class->set_property = ov_victim_support_set_property;

  record_class->table_name = "victim_support";
  record_class->entity_name = "victim-support";
  record_class->view_name = "victim_support_view";
  record_class->validate = ov_victim_support_validate;
  record_class->describe = ov_victim_support_describe;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", "Victim", "The victim supported",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", "Role", "MSVLO, navigator or SPOC",
                       OV_TYPE_SUPPORT_ROLE, OV_SUPPORT_ROLE_MSVLO,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", "Staff member", "The staff member, if from the force",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_CONTACT_NAME] =
    g_param_spec_string ("contact-name", "Name", "Name of the person at a partner agency",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", "Organisation", "Partner agency",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTS_ON] =
    g_param_spec_string ("starts-on", "From", "Start date",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_ENDS_ON] =
    g_param_spec_string ("ends-on", "To", "End date",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_LEAD] =
    g_param_spec_boolean ("lead", "Lead contact", "The victim's lead contact",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", "Staff member", "Name of the staff member",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", "Provider", "The provider from the partner register",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", "Provider", "The name of the provider in the register",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_victim_support_init (OvVictimSupport *self)
{
}

/**
 * ov_victim_support_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvVictimSupport *
ov_victim_support_new (void)
{
  return g_object_new (OV_TYPE_VICTIM_SUPPORT, NULL);
}

gint64
ov_victim_support_get_person_id (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), 0);
  return self->person_id;
}

void
ov_victim_support_set_person_id (OvVictimSupport *self,
                                 gint64           person_id)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
}

OvSupportRole
ov_victim_support_get_role (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), 0);
  return self->role;
}

void
ov_victim_support_set_role (OvVictimSupport *self,
                            OvSupportRole    role)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (self->role != role)
    {
      self->role = role;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
    }
}

gint64
ov_victim_support_get_staff_id (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), 0);
  return self->staff_id;
}

void
ov_victim_support_set_staff_id (OvVictimSupport *self,
                                gint64           staff_id)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

const char *
ov_victim_support_get_contact_name (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);
  return self->contact_name;
}

void
ov_victim_support_set_contact_name (OvVictimSupport *self,
                                    const char      *contact_name)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (ov_set_str (&self->contact_name, contact_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_NAME]);
}

const char *
ov_victim_support_get_organisation (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);
  return self->organisation;
}

void
ov_victim_support_set_organisation (OvVictimSupport *self,
                                    const char      *organisation)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (ov_set_str (&self->organisation, organisation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

const char *
ov_victim_support_get_starts_on (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);
  return self->starts_on;
}

void
ov_victim_support_set_starts_on (OvVictimSupport *self,
                                 const char      *starts_on)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (ov_set_str (&self->starts_on, starts_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_ON]);
}

const char *
ov_victim_support_get_ends_on (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);
  return self->ends_on;
}

void
ov_victim_support_set_ends_on (OvVictimSupport *self,
                               const char      *ends_on)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (ov_set_str (&self->ends_on, ends_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_ON]);
}

gboolean
ov_victim_support_get_lead (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), 0);
  return self->lead;
}

void
ov_victim_support_set_lead (OvVictimSupport *self,
                            gboolean         lead)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  lead = !!lead;
  if (self->lead != lead)
    {
      self->lead = lead;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD]);
    }
}

const char *
ov_victim_support_get_staff_name (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);
  return self->staff_name;
}

void
ov_victim_support_set_staff_name (OvVictimSupport *self,
                                  const char      *staff_name)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (ov_set_str (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

/**
 * ov_victim_support_is_current:
 * @today: the local date, YYYY-MM-DD
 *
 * Returns: %TRUE if the support has started and not ended by @today
 */
gboolean
ov_victim_support_is_current (OvVictimSupport *self,
                              const char      *today)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), FALSE);
  return g_strcmp0 (self->starts_on, today) <= 0 &&
         (ov_str_empty (self->ends_on) || g_strcmp0 (self->ends_on, today) >= 0);
}

/**
 * ov_victim_support_get_display_name:
 *
 * Returns: (transfer none): the staff member's name, or the partner contact's
 */
const char *
ov_victim_support_get_display_name (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);
  if (!ov_str_empty (self->staff_name))
    return self->staff_name;
  return self->contact_name != NULL ? self->contact_name : "";
}

gint64
ov_victim_support_get_partner_id (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), 0);
  return self->partner_id;
}

void
ov_victim_support_set_partner_id (OvVictimSupport *self,
                                  gint64           partner_id)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (self->partner_id != partner_id)
    {
      self->partner_id = partner_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
    }
}

const char *
ov_victim_support_get_partner_name (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);
  return self->partner_name;
}

void
ov_victim_support_set_partner_name (OvVictimSupport *self,
                                    const char      *partner_name)
{
  g_return_if_fail (OV_IS_VICTIM_SUPPORT (self));
  if (ov_set_str (&self->partner_name, partner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_NAME]);
}

/**
 * ov_victim_support_get_provider_name:
 *
 * Returns: (nullable): the organisation providing the support: the partner as the
 *   register names it now, or the organisation typed for one that is not in the register
 */
const char *
ov_victim_support_get_provider_name (OvVictimSupport *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (self), NULL);

  if (self->partner_id > 0 && !ov_str_empty (self->partner_name))
    return self->partner_name;
  return self->organisation;
}
