/* ov-support-service.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-support-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-support-service.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvSupportService
{
  OvRecord parent_instance;

  char *name;
  char *access;
};

G_DEFINE_FINAL_TYPE (OvSupportService, ov_support_service, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ACCESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_support_service_validate (OvRecord    *record,
                             const char **property,
                             GError     **error)
{
  OvSupportService *self = OV_SUPPORT_SERVICE (record);

  if (ov_str_empty (self->name))
    {
      *property = "name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Name the support service."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_support_service_describe (OvRecord *record)
{
  OvSupportService *self = OV_SUPPORT_SERVICE (record);

  return g_strdup (self->name ? self->name : "");
}

static void
ov_support_service_finalize (GObject *object)
{
  OvSupportService *self = OV_SUPPORT_SERVICE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->access, g_free);

  G_OBJECT_CLASS (ov_support_service_parent_class)->finalize (object);
}

static void
ov_support_service_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvSupportService *self = OV_SUPPORT_SERVICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, ov_support_service_get_name (self));
      break;
    case PROP_ACCESS:
      g_value_set_string (value, ov_support_service_get_access (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_support_service_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvSupportService *self = OV_SUPPORT_SERVICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ov_support_service_set_name (self, g_value_get_string (value));
      break;
    case PROP_ACCESS:
      ov_support_service_set_access (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_support_service_class_init (OvSupportServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_support_service_finalize;
  object_class->get_property = ov_support_service_get_property;
  object_class->set_property = ov_support_service_set_property;

  record_class->table_name = "support_services";
  record_class->entity_name = "support-service";
  record_class->validate = ov_support_service_validate;
  record_class->describe = ov_support_service_describe;
  record_class->deletable = TRUE;

  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name", "The name of the service",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCESS] =
    g_param_spec_string ("access", "How to access", "How staff reach the service",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_support_service_init (OvSupportService *self)
{
}

/**
 * ov_support_service_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvSupportService *
ov_support_service_new (void)
{
  return g_object_new (OV_TYPE_SUPPORT_SERVICE, NULL);
}

const char *
ov_support_service_get_name (OvSupportService *self)
{
  g_return_val_if_fail (OV_IS_SUPPORT_SERVICE (self), NULL);
  return self->name;
}

void
ov_support_service_set_name (OvSupportService *self,
                             const char       *name)
{
  g_return_if_fail (OV_IS_SUPPORT_SERVICE (self));
  if (ov_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ov_support_service_get_access (OvSupportService *self)
{
  g_return_val_if_fail (OV_IS_SUPPORT_SERVICE (self), NULL);
  return self->access;
}

void
ov_support_service_set_access (OvSupportService *self,
                               const char       *access)
{
  g_return_if_fail (OV_IS_SUPPORT_SERVICE (self));
  if (ov_set_str (&self->access, access))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESS]);
}
