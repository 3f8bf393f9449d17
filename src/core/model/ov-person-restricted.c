/* ov-person-restricted.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-person-restricted"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-person-restricted.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvPersonRestricted
{
  OvRecord parent_instance;

  gint64 person_id;
  char *address;
  char *phone;
  char *email;
  char *notes;
};

G_DEFINE_FINAL_TYPE (OvPersonRestricted, ov_person_restricted, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_person_restricted_validate (OvRecord    *record,
                               const char **property,
                               GError     **error)
{
  OvPersonRestricted *self = OV_PERSON_RESTRICTED (record);

  if (self->person_id <= 0)
    {
      *property = "person-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Restricted details must belong to a person."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_person_restricted_describe (OvRecord *record)
{
  /* Never the details themselves: this text goes into the audit log. */
  return g_strdup (_("Address and contact details"));
}

static void
ov_person_restricted_finalize (GObject *object)
{
  OvPersonRestricted *self = OV_PERSON_RESTRICTED (object);

  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ov_person_restricted_parent_class)->finalize (object);
}

static void
ov_person_restricted_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OvPersonRestricted *self = OV_PERSON_RESTRICTED (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, ov_person_restricted_get_person_id (self));
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, ov_person_restricted_get_address (self));
      break;
    case PROP_PHONE:
      g_value_set_string (value, ov_person_restricted_get_phone (self));
      break;
    case PROP_EMAIL:
      g_value_set_string (value, ov_person_restricted_get_email (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, ov_person_restricted_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_restricted_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OvPersonRestricted *self = OV_PERSON_RESTRICTED (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      ov_person_restricted_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_ADDRESS:
      ov_person_restricted_set_address (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      ov_person_restricted_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      ov_person_restricted_set_email (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      ov_person_restricted_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_restricted_class_init (OvPersonRestrictedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_person_restricted_finalize;
  object_class->get_property = ov_person_restricted_get_property;
  object_class->set_property = ov_person_restricted_set_property;

  record_class->table_name = "person_restricted";
  record_class->entity_name = "person-restricted";
  record_class->validate = ov_person_restricted_validate;
  record_class->describe = ov_person_restricted_describe;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", "Person", "The person",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", "Address", "Current address",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", "Phone", "Telephone",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", "Email", "Email",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", "Contact notes", "Safe ways and times to make contact",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_person_restricted_init (OvPersonRestricted *self)
{
}

/**
 * ov_person_restricted_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvPersonRestricted *
ov_person_restricted_new (void)
{
  return g_object_new (OV_TYPE_PERSON_RESTRICTED, NULL);
}

gint64
ov_person_restricted_get_person_id (OvPersonRestricted *self)
{
  g_return_val_if_fail (OV_IS_PERSON_RESTRICTED (self), 0);
  return self->person_id;
}

void
ov_person_restricted_set_person_id (OvPersonRestricted *self,
                                    gint64              person_id)
{
  g_return_if_fail (OV_IS_PERSON_RESTRICTED (self));
  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
}

const char *
ov_person_restricted_get_address (OvPersonRestricted *self)
{
  g_return_val_if_fail (OV_IS_PERSON_RESTRICTED (self), NULL);
  return self->address;
}

void
ov_person_restricted_set_address (OvPersonRestricted *self,
                                  const char         *address)
{
  g_return_if_fail (OV_IS_PERSON_RESTRICTED (self));
  if (ov_set_str (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
ov_person_restricted_get_phone (OvPersonRestricted *self)
{
  g_return_val_if_fail (OV_IS_PERSON_RESTRICTED (self), NULL);
  return self->phone;
}

void
ov_person_restricted_set_phone (OvPersonRestricted *self,
                                const char         *phone)
{
  g_return_if_fail (OV_IS_PERSON_RESTRICTED (self));
  if (ov_set_str (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
ov_person_restricted_get_email (OvPersonRestricted *self)
{
  g_return_val_if_fail (OV_IS_PERSON_RESTRICTED (self), NULL);
  return self->email;
}

void
ov_person_restricted_set_email (OvPersonRestricted *self,
                                const char         *email)
{
  g_return_if_fail (OV_IS_PERSON_RESTRICTED (self));
  if (ov_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
ov_person_restricted_get_notes (OvPersonRestricted *self)
{
  g_return_val_if_fail (OV_IS_PERSON_RESTRICTED (self), NULL);
  return self->notes;
}

void
ov_person_restricted_set_notes (OvPersonRestricted *self,
                                const char         *notes)
{
  g_return_if_fail (OV_IS_PERSON_RESTRICTED (self));
  if (ov_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
