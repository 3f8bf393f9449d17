/* ov-accreditation-change.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-accreditation-change"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-accreditation-change.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvAccreditationChange
{
  OvRecord parent_instance;

  gint64 staff_id;
  OvPipLevel pip_level;
  OvAccreditationStatus accreditation_status;
  char *from_date;
  gint64 recorded_by;
  char *note;
};

G_DEFINE_FINAL_TYPE (OvAccreditationChange, ov_accreditation_change, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_PIP_LEVEL,
  PROP_ACCREDITATION_STATUS,
  PROP_FROM_DATE,
  PROP_RECORDED_BY,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_accreditation_change_validate (OvRecord    *record,
                                  const char **property,
                                  GError     **error)
{
  OvAccreditationChange *self = OV_ACCREDITATION_CHANGE (record);

  if (self->staff_id <= 0)
    {
      *property = "staff-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The accreditation change must belong to a member of staff."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->from_date))
    {
      *property = "from-date";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date the change took effect as YYYY-MM-DD."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_accreditation_change_describe (OvRecord *record)
{
  OvAccreditationChange *self = OV_ACCREDITATION_CHANGE (record);

  return g_strdup_printf ("%s, %s (%s)", ov_enum_get_label (OV_TYPE_PIP_LEVEL, self->pip_level),
                          ov_enum_get_label (OV_TYPE_ACCREDITATION_STATUS,
                                             self->accreditation_status),
                          self->from_date ? self->from_date : "");
}

static void
ov_accreditation_change_finalize (GObject *object)
{
  OvAccreditationChange *self = OV_ACCREDITATION_CHANGE (object);

  g_clear_pointer (&self->from_date, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ov_accreditation_change_parent_class)->finalize (object);
}

static void
ov_accreditation_change_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OvAccreditationChange *self = OV_ACCREDITATION_CHANGE (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, ov_accreditation_change_get_staff_id (self));
      break;
    case PROP_PIP_LEVEL:
      g_value_set_enum (value, ov_accreditation_change_get_pip_level (self));
      break;
    case PROP_ACCREDITATION_STATUS:
      g_value_set_enum (value, ov_accreditation_change_get_accreditation_status (self));
      break;
    case PROP_FROM_DATE:
      g_value_set_string (value, ov_accreditation_change_get_from_date (self));
      break;
    case PROP_RECORDED_BY:
      g_value_set_int64 (value, ov_accreditation_change_get_recorded_by (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, ov_accreditation_change_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_accreditation_change_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OvAccreditationChange *self = OV_ACCREDITATION_CHANGE (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      ov_accreditation_change_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_PIP_LEVEL:
      ov_accreditation_change_set_pip_level (self, g_value_get_enum (value));
      break;
    case PROP_ACCREDITATION_STATUS:
      ov_accreditation_change_set_accreditation_status (self, g_value_get_enum (value));
      break;
    case PROP_FROM_DATE:
      ov_accreditation_change_set_from_date (self, g_value_get_string (value));
      break;
    case PROP_RECORDED_BY:
      ov_accreditation_change_set_recorded_by (self, g_value_get_int64 (value));
      break;
    case PROP_NOTE:
      ov_accreditation_change_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_accreditation_change_class_init (OvAccreditationChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_accreditation_change_finalize;
  object_class->get_property = ov_accreditation_change_get_property;
  object_class->set_property = ov_accreditation_change_set_property;

  record_class->table_name = "accreditation_changes";
  record_class->entity_name = "accreditation-change";
  record_class->validate = ov_accreditation_change_validate;
  record_class->describe = ov_accreditation_change_describe;
  record_class->deletable = TRUE;

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", "Person", "The person whose accreditation changed",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_PIP_LEVEL] =
    g_param_spec_enum ("pip-level", "PIP level", "The PIP level from this date",
                       OV_TYPE_PIP_LEVEL, OV_PIP_LEVEL_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCREDITATION_STATUS] =
    g_param_spec_enum ("accreditation-status", "Accreditation", "Active or lapsed from this date",
                       OV_TYPE_ACCREDITATION_STATUS, OV_ACCREDITATION_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM_DATE] =
    g_param_spec_string ("from-date", "From", "The date the change took effect",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_RECORDED_BY] =
    g_param_spec_int64 ("recorded-by", "Recorded by", "Who recorded the change",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", "Note", "Why the accreditation changed",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_accreditation_change_init (OvAccreditationChange *self)
{
}

/**
 * ov_accreditation_change_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvAccreditationChange *
ov_accreditation_change_new (void)
{
  return g_object_new (OV_TYPE_ACCREDITATION_CHANGE, NULL);
}

gint64
ov_accreditation_change_get_staff_id (OvAccreditationChange *self)
{
  g_return_val_if_fail (OV_IS_ACCREDITATION_CHANGE (self), 0);
  return self->staff_id;
}

void
ov_accreditation_change_set_staff_id (OvAccreditationChange *self,
                                      gint64                 staff_id)
{
  g_return_if_fail (OV_IS_ACCREDITATION_CHANGE (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

OvPipLevel
ov_accreditation_change_get_pip_level (OvAccreditationChange *self)
{
  g_return_val_if_fail (OV_IS_ACCREDITATION_CHANGE (self), 0);
  return self->pip_level;
}

void
ov_accreditation_change_set_pip_level (OvAccreditationChange *self,
                                       OvPipLevel             pip_level)
{
  g_return_if_fail (OV_IS_ACCREDITATION_CHANGE (self));
  if (self->pip_level != pip_level)
    {
      self->pip_level = pip_level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIP_LEVEL]);
    }
}

OvAccreditationStatus
ov_accreditation_change_get_accreditation_status (OvAccreditationChange *self)
{
  g_return_val_if_fail (OV_IS_ACCREDITATION_CHANGE (self), 0);
  return self->accreditation_status;
}

void
ov_accreditation_change_set_accreditation_status (OvAccreditationChange *self,
                                                  OvAccreditationStatus  accreditation_status)
{
  g_return_if_fail (OV_IS_ACCREDITATION_CHANGE (self));
  if (self->accreditation_status != accreditation_status)
    {
      self->accreditation_status = accreditation_status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCREDITATION_STATUS]);
    }
}

const char *
ov_accreditation_change_get_from_date (OvAccreditationChange *self)
{
  g_return_val_if_fail (OV_IS_ACCREDITATION_CHANGE (self), NULL);
  return self->from_date;
}

void
ov_accreditation_change_set_from_date (OvAccreditationChange *self,
                                       const char            *from_date)
{
  g_return_if_fail (OV_IS_ACCREDITATION_CHANGE (self));
  if (ov_set_str (&self->from_date, from_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_DATE]);
}

gint64
ov_accreditation_change_get_recorded_by (OvAccreditationChange *self)
{
  g_return_val_if_fail (OV_IS_ACCREDITATION_CHANGE (self), 0);
  return self->recorded_by;
}

void
ov_accreditation_change_set_recorded_by (OvAccreditationChange *self,
                                         gint64                 recorded_by)
{
  g_return_if_fail (OV_IS_ACCREDITATION_CHANGE (self));
  if (self->recorded_by != recorded_by)
    {
      self->recorded_by = recorded_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY]);
    }
}

const char *
ov_accreditation_change_get_note (OvAccreditationChange *self)
{
  g_return_val_if_fail (OV_IS_ACCREDITATION_CHANGE (self), NULL);
  return self->note;
}

void
ov_accreditation_change_set_note (OvAccreditationChange *self,
                                  const char            *note)
{
  g_return_if_fail (OV_IS_ACCREDITATION_CHANGE (self));
  if (ov_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
