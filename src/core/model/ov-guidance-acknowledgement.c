/* ov-guidance-acknowledgement.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-guidance-acknowledgement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-guidance-acknowledgement.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvGuidanceAcknowledgement
{
  OvRecord parent_instance;

  gint64 document_id;
  char *version;
  gint64 staff_id;
  char *acknowledged_at;
};

G_DEFINE_FINAL_TYPE (OvGuidanceAcknowledgement, ov_guidance_acknowledgement, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DOCUMENT_ID,
  PROP_VERSION,
  PROP_STAFF_ID,
  PROP_ACKNOWLEDGED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_guidance_acknowledgement_validate (OvRecord    *record,
                                      const char **property,
                                      GError     **error)
{
  OvGuidanceAcknowledgement *self = OV_GUIDANCE_ACKNOWLEDGEMENT (record);

  if (self->document_id <= 0)
    {
      *property = "document-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose the guidance document that was read."));
      return FALSE;
    }
  if (ov_str_empty (self->version))
    {
      *property = "version";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the version of the document that was read."));
      return FALSE;
    }
  if (self->staff_id <= 0)
    {
      *property = "staff-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose who read and understood the document."));
      return FALSE;
    }
  if (!ov_timestamp_is_valid (self->acknowledged_at))
    {
      *property = "acknowledged-at";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the document was acknowledged."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_guidance_acknowledgement_describe (OvRecord *record)
{
  OvGuidanceAcknowledgement *self = OV_GUIDANCE_ACKNOWLEDGEMENT (record);

  /* Translators: an acknowledgement of a version of a guidance document */
  return g_strdup_printf (_("Version %s acknowledged"), self->version ? self->version : "");
}

static void
ov_guidance_acknowledgement_finalize (GObject *object)
{
  OvGuidanceAcknowledgement *self = OV_GUIDANCE_ACKNOWLEDGEMENT (object);

  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->acknowledged_at, g_free);

  G_OBJECT_CLASS (ov_guidance_acknowledgement_parent_class)->finalize (object);
}

static void
ov_guidance_acknowledgement_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  OvGuidanceAcknowledgement *self = OV_GUIDANCE_ACKNOWLEDGEMENT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, ov_guidance_acknowledgement_get_document_id (self));
      break;
    case PROP_VERSION:
      g_value_set_string (value, ov_guidance_acknowledgement_get_version (self));
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, ov_guidance_acknowledgement_get_staff_id (self));
      break;
    case PROP_ACKNOWLEDGED_AT:
      g_value_set_string (value, ov_guidance_acknowledgement_get_acknowledged_at (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_guidance_acknowledgement_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  OvGuidanceAcknowledgement *self = OV_GUIDANCE_ACKNOWLEDGEMENT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_ID:
      ov_guidance_acknowledgement_set_document_id (self, g_value_get_int64 (value));
      break;
    case PROP_VERSION:
      ov_guidance_acknowledgement_set_version (self, g_value_get_string (value));
      break;
    case PROP_STAFF_ID:
      ov_guidance_acknowledgement_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_ACKNOWLEDGED_AT:
      ov_guidance_acknowledgement_set_acknowledged_at (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_guidance_acknowledgement_class_init (OvGuidanceAcknowledgementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_guidance_acknowledgement_finalize;
  object_class->get_property = ov_guidance_acknowledgement_get_property;
  object_class->set_property = ov_guidance_acknowledgement_set_property;

  record_class->table_name = "guidance_acknowledgements";
  record_class->entity_name = "guidance-acknowledgement";
  record_class->validate = ov_guidance_acknowledgement_validate;
  record_class->describe = ov_guidance_acknowledgement_describe;
  record_class->deletable = TRUE;

  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", "Document", "The document acknowledged",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_VERSION] =
    g_param_spec_string ("version", "Version", "The version read and understood",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", "Person", "Who acknowledged it",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ACKNOWLEDGED_AT] =
    g_param_spec_string ("acknowledged-at", "Acknowledged at", "When it was acknowledged (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_guidance_acknowledgement_init (OvGuidanceAcknowledgement *self)
{
}

/**
 * ov_guidance_acknowledgement_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvGuidanceAcknowledgement *
ov_guidance_acknowledgement_new (void)
{
  return g_object_new (OV_TYPE_GUIDANCE_ACKNOWLEDGEMENT, NULL);
}

gint64
ov_guidance_acknowledgement_get_document_id (OvGuidanceAcknowledgement *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self), 0);
  return self->document_id;
}

void
ov_guidance_acknowledgement_set_document_id (OvGuidanceAcknowledgement *self,
                                             gint64                     document_id)
{
  g_return_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self));
  if (self->document_id != document_id)
    {
      self->document_id = document_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
    }
}

const char *
ov_guidance_acknowledgement_get_version (OvGuidanceAcknowledgement *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self), NULL);
  return self->version;
}

void
ov_guidance_acknowledgement_set_version (OvGuidanceAcknowledgement *self,
                                         const char                *version)
{
  g_return_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self));
  if (ov_set_str (&self->version, version))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

gint64
ov_guidance_acknowledgement_get_staff_id (OvGuidanceAcknowledgement *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self), 0);
  return self->staff_id;
}

void
ov_guidance_acknowledgement_set_staff_id (OvGuidanceAcknowledgement *self,
                                          gint64                     staff_id)
{
  g_return_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self));
  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

const char *
ov_guidance_acknowledgement_get_acknowledged_at (OvGuidanceAcknowledgement *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self), NULL);
  return self->acknowledged_at;
}

void
ov_guidance_acknowledgement_set_acknowledged_at (OvGuidanceAcknowledgement *self,
                                                 const char                *acknowledged_at)
{
  g_return_if_fail (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (self));
  if (ov_set_str (&self->acknowledged_at, acknowledged_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACKNOWLEDGED_AT]);
}
