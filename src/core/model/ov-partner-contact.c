/* ov-partner-contact.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-partner-contact"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-partner-contact.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvPartnerContact
{
  OvRecord parent_instance;

  gint64 partner_id;
  char *name;
  char *role;
  char *phone;
  char *email;
  char *out_of_hours;
};

G_DEFINE_FINAL_TYPE (OvPartnerContact, ov_partner_contact, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNER_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_OUT_OF_HOURS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_partner_contact_validate (OvRecord    *record,
                             const char **property,
                             GError     **error)
{
  OvPartnerContact *self = OV_PARTNER_CONTACT (record);

  if (self->partner_id <= 0)
    {
      *property = "partner-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The contact must belong to a partner."));
      return FALSE;
    }
  if (ov_str_empty (self->name))
    {
      *property = "name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the name of the contact."));
      return FALSE;
    }
  if (!ov_str_empty (self->email) && strchr (self->email, '@') == NULL)
    {
      *property = "email";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("“%s” is not an email address: enter it as name@example.org."),
                   self->email);
      return FALSE;
    }

  return TRUE;
}

static char *
ov_partner_contact_describe (OvRecord *record)
{
  OvPartnerContact *self = OV_PARTNER_CONTACT (record);

  if (ov_str_empty (self->role))
    return g_strdup (self->name != NULL ? self->name : "");
  return g_strdup_printf ("%s (%s)", self->name != NULL ? self->name : "", self->role);
}

static void
ov_partner_contact_finalize (GObject *object)
{
  OvPartnerContact *self = OV_PARTNER_CONTACT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->out_of_hours, g_free);

  G_OBJECT_CLASS (ov_partner_contact_parent_class)->finalize (object);
}

static void
ov_partner_contact_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvPartnerContact *self = OV_PARTNER_CONTACT (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, ov_partner_contact_get_partner_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ov_partner_contact_get_name (self));
      break;
    case PROP_ROLE:
      g_value_set_string (value, ov_partner_contact_get_role (self));
      break;
    case PROP_PHONE:
      g_value_set_string (value, ov_partner_contact_get_phone (self));
      break;
    case PROP_EMAIL:
      g_value_set_string (value, ov_partner_contact_get_email (self));
      break;
    case PROP_OUT_OF_HOURS:
      g_value_set_string (value, ov_partner_contact_get_out_of_hours (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_partner_contact_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvPartnerContact *self = OV_PARTNER_CONTACT (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      ov_partner_contact_set_partner_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      ov_partner_contact_set_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      ov_partner_contact_set_role (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      ov_partner_contact_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      ov_partner_contact_set_email (self, g_value_get_string (value));
      break;
    case PROP_OUT_OF_HOURS:
      ov_partner_contact_set_out_of_hours (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_partner_contact_class_init (OvPartnerContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_partner_contact_finalize;
  object_class->get_property = ov_partner_contact_get_property;
  object_class->set_property = ov_partner_contact_set_property;

  record_class->table_name = "partner_contacts";
  record_class->entity_name = "partner-contact";
  record_class->validate = ov_partner_contact_validate;
  record_class->describe = ov_partner_contact_describe;

  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", "Partner", "The partner the contact works for",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name", "The name of the contact",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", "Role", "Their role at the partner",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", "Phone", "Their phone number",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", "Email", "Their email address",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUT_OF_HOURS] =
    g_param_spec_string ("out-of-hours", "Out of hours", "How to reach them or their service out of hours",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_partner_contact_init (OvPartnerContact *self)
{
}

/**
 * ov_partner_contact_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvPartnerContact *
ov_partner_contact_new (void)
{
  return g_object_new (OV_TYPE_PARTNER_CONTACT, NULL);
}

gint64
ov_partner_contact_get_partner_id (OvPartnerContact *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_CONTACT (self), 0);
  return self->partner_id;
}

void
ov_partner_contact_set_partner_id (OvPartnerContact *self,
                                   gint64            partner_id)
{
  g_return_if_fail (OV_IS_PARTNER_CONTACT (self));
  if (self->partner_id != partner_id)
    {
      self->partner_id = partner_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
    }
}

const char *
ov_partner_contact_get_name (OvPartnerContact *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_CONTACT (self), NULL);
  return self->name;
}

void
ov_partner_contact_set_name (OvPartnerContact *self,
                             const char       *name)
{
  g_return_if_fail (OV_IS_PARTNER_CONTACT (self));
  if (ov_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ov_partner_contact_get_role (OvPartnerContact *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_CONTACT (self), NULL);
  return self->role;
}

void
ov_partner_contact_set_role (OvPartnerContact *self,
                             const char       *role)
{
  g_return_if_fail (OV_IS_PARTNER_CONTACT (self));
  if (ov_set_str (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
ov_partner_contact_get_phone (OvPartnerContact *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_CONTACT (self), NULL);
  return self->phone;
}

void
ov_partner_contact_set_phone (OvPartnerContact *self,
                              const char       *phone)
{
  g_return_if_fail (OV_IS_PARTNER_CONTACT (self));
  if (ov_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
ov_partner_contact_get_email (OvPartnerContact *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_CONTACT (self), NULL);
  return self->email;
}

void
ov_partner_contact_set_email (OvPartnerContact *self,
                              const char       *email)
{
  g_return_if_fail (OV_IS_PARTNER_CONTACT (self));
  if (ov_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
ov_partner_contact_get_out_of_hours (OvPartnerContact *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_CONTACT (self), NULL);
  return self->out_of_hours;
}

void
ov_partner_contact_set_out_of_hours (OvPartnerContact *self,
                                     const char       *out_of_hours)
{
  g_return_if_fail (OV_IS_PARTNER_CONTACT (self));
  if (ov_set_str (&self->out_of_hours, out_of_hours))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUT_OF_HOURS]);
}
