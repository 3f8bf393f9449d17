/* ov-training-record.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-training-record"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-training-record.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvTrainingRecord
{
  OvRecord parent_instance;

  gint64 staff_id;
  OvTrainingCourse course;
  char *course_name;
  char *completed_on;
  char *expires_on;
  char *provider;
  char *notes;
};

G_DEFINE_FINAL_TYPE (OvTrainingRecord, ov_training_record, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_COURSE,
  PROP_COURSE_NAME,
  PROP_COMPLETED_ON,
  PROP_EXPIRES_ON,
  PROP_PROVIDER,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_training_record_validate (OvRecord    *record,
                             const char **property,
                             GError     **error)
{
  OvTrainingRecord *self = OV_TRAINING_RECORD (record);

  if (self->staff_id <= 0)
    {
      *property = "staff-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The training record must belong to a member of staff."));
      return FALSE;
    }
  if (self->course == OV_TRAINING_COURSE_OTHER && ov_str_empty (self->course_name))
    {
      *property = "course-name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Name the course, since it is not one of those listed."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->completed_on))
    {
      *property = "completed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the course was completed as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->expires_on) && !ov_date_is_valid (self->expires_on))
    {
      *property = "expires-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the expiry date as YYYY-MM-DD, or leave it empty if the training does "
                     "not expire."));
      return FALSE;
    }
  if (!ov_str_empty (self->expires_on) && g_strcmp0 (self->expires_on, self->completed_on) < 0)
    {
      *property = "expires-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The training cannot expire before it was completed: check the two dates."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_training_record_describe (OvRecord *record)
{
  OvTrainingRecord *self = OV_TRAINING_RECORD (record);

  if (self->course == OV_TRAINING_COURSE_OTHER && !ov_str_empty (self->course_name))
    return g_strdup_printf ("%s (%s)", self->course_name, self->completed_on ? self->completed_on : "");
  return g_strdup_printf ("%s (%s)", ov_enum_get_label (OV_TYPE_TRAINING_COURSE, self->course),
                          self->completed_on ? self->completed_on : "");
}

static void
ov_training_record_finalize (GObject *object)
{
  OvTrainingRecord *self = OV_TRAINING_RECORD (object);

  g_clear_pointer (&self->course_name, g_free);
  g_clear_pointer (&self->completed_on, g_free);
  g_clear_pointer (&self->expires_on, g_free);
  g_clear_pointer (&self->provider, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ov_training_record_parent_class)->finalize (object);
}

static void
ov_training_record_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvTrainingRecord *self = OV_TRAINING_RECORD (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, ov_training_record_get_staff_id (self));
      break;
    case PROP_COURSE:
      g_value_set_enum (value, ov_training_record_get_course (self));
      break;
    case PROP_COURSE_NAME:
      g_value_set_string (value, ov_training_record_get_course_name (self));
      break;
    case PROP_COMPLETED_ON:
      g_value_set_string (value, ov_training_record_get_completed_on (self));
      break;
    case PROP_EXPIRES_ON:
      g_value_set_string (value, ov_training_record_get_expires_on (self));
      break;
    case PROP_PROVIDER:
      g_value_set_string (value, ov_training_record_get_provider (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, ov_training_record_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_training_record_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvTrainingRecord *self = OV_TRAINING_RECORD (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      ov_training_record_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_COURSE:
      ov_training_record_set_course (self, g_value_get_enum (value));
      break;
    case PROP_COURSE_NAME:
      ov_training_record_set_course_name (self, g_value_get_string (value));
      break;
    case PROP_COMPLETED_ON:
      ov_training_record_set_completed_on (self, g_value_get_string (value));
      break;
    case PROP_EXPIRES_ON:
      ov_training_record_set_expires_on (self, g_value_get_string (value));
      break;
    case PROP_PROVIDER:
      ov_training_record_set_provider (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      ov_training_record_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_training_record_class_init (OvTrainingRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_training_record_finalize;
  object_class->get_property = ov_training_record_get_property;
  object_class->set_property = ov_training_record_set_property;

  record_class->table_name = "training_records";
  record_class->entity_name = "training-record";
  record_class->validate = ov_training_record_validate;
  record_class->describe = ov_training_record_describe;
  record_class->deletable = TRUE;

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", "Person", "The person trained",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_COURSE] =
    g_param_spec_enum ("course", "Course", "The training course",
                       OV_TYPE_TRAINING_COURSE, OV_TRAINING_COURSE_MODERN_SLAVERY_AWARENESS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COURSE_NAME] =
    g_param_spec_string ("course-name", "Course name", "The name of a course not in the list",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETED_ON] =
    g_param_spec_string ("completed-on", "Completed", "When the course was completed",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_EXPIRES_ON] =
    g_param_spec_string ("expires-on", "Expires", "When the training must be refreshed, if ever",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_PROVIDER] =
    g_param_spec_string ("provider", "Provider", "Who gave the course",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", "Notes", "Notes",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_training_record_init (OvTrainingRecord *self)
{
}

/**
 * ov_training_record_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvTrainingRecord *
ov_training_record_new (void)
{
  return g_object_new (OV_TYPE_TRAINING_RECORD, NULL);
}

gint64
ov_training_record_get_staff_id (OvTrainingRecord *self)
{
  g_return_val_if_fail (OV_IS_TRAINING_RECORD (self), 0);
  return self->staff_id;
}

void
ov_training_record_set_staff_id (OvTrainingRecord *self,
                                 gint64            staff_id)
{
  g_return_if_fail (OV_IS_TRAINING_RECORD (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

OvTrainingCourse
ov_training_record_get_course (OvTrainingRecord *self)
{
  g_return_val_if_fail (OV_IS_TRAINING_RECORD (self), 0);
  return self->course;
}

void
ov_training_record_set_course (OvTrainingRecord *self,
                               OvTrainingCourse  course)
{
  g_return_if_fail (OV_IS_TRAINING_RECORD (self));
  if (self->course != course)
    {
      self->course = course;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE]);
    }
}

const char *
ov_training_record_get_course_name (OvTrainingRecord *self)
{
  g_return_val_if_fail (OV_IS_TRAINING_RECORD (self), NULL);
  return self->course_name;
}

void
ov_training_record_set_course_name (OvTrainingRecord *self,
                                    const char       *course_name)
{
  g_return_if_fail (OV_IS_TRAINING_RECORD (self));
  if (ov_set_str (&self->course_name, course_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE_NAME]);
}

const char *
ov_training_record_get_completed_on (OvTrainingRecord *self)
{
  g_return_val_if_fail (OV_IS_TRAINING_RECORD (self), NULL);
  return self->completed_on;
}

void
ov_training_record_set_completed_on (OvTrainingRecord *self,
                                     const char       *completed_on)
{
  g_return_if_fail (OV_IS_TRAINING_RECORD (self));
  if (ov_set_str (&self->completed_on, completed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED_ON]);
}

const char *
ov_training_record_get_expires_on (OvTrainingRecord *self)
{
  g_return_val_if_fail (OV_IS_TRAINING_RECORD (self), NULL);
  return self->expires_on;
}

void
ov_training_record_set_expires_on (OvTrainingRecord *self,
                                   const char       *expires_on)
{
  g_return_if_fail (OV_IS_TRAINING_RECORD (self));
  if (ov_set_str (&self->expires_on, expires_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPIRES_ON]);
}

const char *
ov_training_record_get_provider (OvTrainingRecord *self)
{
  g_return_val_if_fail (OV_IS_TRAINING_RECORD (self), NULL);
  return self->provider;
}

void
ov_training_record_set_provider (OvTrainingRecord *self,
                                 const char       *provider)
{
  g_return_if_fail (OV_IS_TRAINING_RECORD (self));
  if (ov_set_str (&self->provider, provider))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVIDER]);
}

const char *
ov_training_record_get_notes (OvTrainingRecord *self)
{
  g_return_val_if_fail (OV_IS_TRAINING_RECORD (self), NULL);
  return self->notes;
}

void
ov_training_record_set_notes (OvTrainingRecord *self,
                              const char       *notes)
{
  g_return_if_fail (OV_IS_TRAINING_RECORD (self));
  if (ov_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
