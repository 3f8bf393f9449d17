/* ov-staff-welfare.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-staff-welfare"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-staff-welfare.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvStaffWelfare
{
  OvRecord parent_instance;

  gint64 staff_id;
  char *offered_on;
  char *offered;
  gint64 service_id;
};

G_DEFINE_FINAL_TYPE (OvStaffWelfare, ov_staff_welfare, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_OFFERED_ON,
  PROP_OFFERED,
  PROP_SERVICE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_staff_welfare_validate (OvRecord    *record,
                           const char **property,
                           GError     **error)
{
  OvStaffWelfare *self = OV_STAFF_WELFARE (record);

  if (self->staff_id <= 0)
    {
      *property = "staff-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The welfare record must belong to a member of staff."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->offered_on))
    {
      *property = "offered-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the support was offered as YYYY-MM-DD."));
      return FALSE;
    }
  if (ov_str_empty (self->offered))
    {
      *property = "offered";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Say what support was offered."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_staff_welfare_describe (OvRecord *record)
{
  OvStaffWelfare *self = OV_STAFF_WELFARE (record);

  return g_strdup_printf ("%s: %s", self->offered_on ? self->offered_on : "",
                          self->offered ? self->offered : "");
}

static void
ov_staff_welfare_finalize (GObject *object)
{
  OvStaffWelfare *self = OV_STAFF_WELFARE (object);

  g_clear_pointer (&self->offered_on, g_free);
  g_clear_pointer (&self->offered, g_free);

  G_OBJECT_CLASS (ov_staff_welfare_parent_class)->finalize (object);
}

static void
ov_staff_welfare_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvStaffWelfare *self = OV_STAFF_WELFARE (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, ov_staff_welfare_get_staff_id (self));
      break;
    case PROP_OFFERED_ON:
      g_value_set_string (value, ov_staff_welfare_get_offered_on (self));
      break;
    case PROP_OFFERED:
      g_value_set_string (value, ov_staff_welfare_get_offered (self));
      break;
    case PROP_SERVICE_ID:
      g_value_set_int64 (value, ov_staff_welfare_get_service_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_staff_welfare_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvStaffWelfare *self = OV_STAFF_WELFARE (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      ov_staff_welfare_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_OFFERED_ON:
      ov_staff_welfare_set_offered_on (self, g_value_get_string (value));
      break;
    case PROP_OFFERED:
      ov_staff_welfare_set_offered (self, g_value_get_string (value));
      break;
    case PROP_SERVICE_ID:
      ov_staff_welfare_set_service_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_staff_welfare_class_init (OvStaffWelfareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_staff_welfare_finalize;
  object_class->get_property = ov_staff_welfare_get_property;
  object_class->set_property = ov_staff_welfare_set_property;

  record_class->table_name = "staff_welfare";
  record_class->entity_name = "staff-welfare";
  record_class->validate = ov_staff_welfare_validate;
  record_class->describe = ov_staff_welfare_describe;
  record_class->deletable = TRUE;

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", "Person", "The person offered support",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_OFFERED_ON] =
    g_param_spec_string ("offered-on", "Date", "When the support was offered",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_OFFERED] =
    g_param_spec_string ("offered", "What was offered", "The support offered",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE_ID] =
    g_param_spec_int64 ("service-id", "Service", "The force support service, if any",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_staff_welfare_init (OvStaffWelfare *self)
{
}

/**
 * ov_staff_welfare_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvStaffWelfare *
ov_staff_welfare_new (void)
{
  return g_object_new (OV_TYPE_STAFF_WELFARE, NULL);
}

gint64
ov_staff_welfare_get_staff_id (OvStaffWelfare *self)
{
  g_return_val_if_fail (OV_IS_STAFF_WELFARE (self), 0);
  return self->staff_id;
}

void
ov_staff_welfare_set_staff_id (OvStaffWelfare *self,
                               gint64          staff_id)
{
  g_return_if_fail (OV_IS_STAFF_WELFARE (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

const char *
ov_staff_welfare_get_offered_on (OvStaffWelfare *self)
{
  g_return_val_if_fail (OV_IS_STAFF_WELFARE (self), NULL);
  return self->offered_on;
}

void
ov_staff_welfare_set_offered_on (OvStaffWelfare *self,
                                 const char     *offered_on)
{
  g_return_if_fail (OV_IS_STAFF_WELFARE (self));
  if (ov_set_str (&self->offered_on, offered_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFERED_ON]);
}

const char *
ov_staff_welfare_get_offered (OvStaffWelfare *self)
{
  g_return_val_if_fail (OV_IS_STAFF_WELFARE (self), NULL);
  return self->offered;
}

void
ov_staff_welfare_set_offered (OvStaffWelfare *self,
                              const char     *offered)
{
  g_return_if_fail (OV_IS_STAFF_WELFARE (self));
  if (ov_set_str (&self->offered, offered))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFERED]);
}

gint64
ov_staff_welfare_get_service_id (OvStaffWelfare *self)
{
  g_return_val_if_fail (OV_IS_STAFF_WELFARE (self), 0);
  return self->service_id;
}

void
ov_staff_welfare_set_service_id (OvStaffWelfare *self,
                                 gint64          service_id)
{
  g_return_if_fail (OV_IS_STAFF_WELFARE (self));
  if (self->service_id != service_id)
    {
      self->service_id = service_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_ID]);
    }
}
