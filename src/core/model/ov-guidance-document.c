/* ov-guidance-document.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-guidance-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-guidance-document.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvGuidanceDocument
{
  OvRecord parent_instance;

  char *title;
  char *version;
  char *effective_on;
  char *location;
  char *summary;
};

G_DEFINE_FINAL_TYPE (OvGuidanceDocument, ov_guidance_document, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VERSION,
  PROP_EFFECTIVE_ON,
  PROP_LOCATION,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_guidance_document_validate (OvRecord    *record,
                               const char **property,
                               GError     **error)
{
  OvGuidanceDocument *self = OV_GUIDANCE_DOCUMENT (record);

  if (ov_str_empty (self->title))
    {
      *property = "title";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the document a title."));
      return FALSE;
    }
  if (ov_str_empty (self->version))
    {
      *property = "version";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the version of the document, for example 2.1."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->effective_on))
    {
      *property = "effective-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date the version took effect as YYYY-MM-DD."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_guidance_document_describe (OvRecord *record)
{
  OvGuidanceDocument *self = OV_GUIDANCE_DOCUMENT (record);

  return g_strdup_printf ("%s (%s)", self->title ? self->title : "",
                          self->version ? self->version : "");
}

static void
ov_guidance_document_finalize (GObject *object)
{
  OvGuidanceDocument *self = OV_GUIDANCE_DOCUMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->effective_on, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (ov_guidance_document_parent_class)->finalize (object);
}

static void
ov_guidance_document_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OvGuidanceDocument *self = OV_GUIDANCE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, ov_guidance_document_get_title (self));
      break;
    case PROP_VERSION:
      g_value_set_string (value, ov_guidance_document_get_version (self));
      break;
    case PROP_EFFECTIVE_ON:
      g_value_set_string (value, ov_guidance_document_get_effective_on (self));
      break;
    case PROP_LOCATION:
      g_value_set_string (value, ov_guidance_document_get_location (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, ov_guidance_document_get_summary (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_guidance_document_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OvGuidanceDocument *self = OV_GUIDANCE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ov_guidance_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_VERSION:
      ov_guidance_document_set_version (self, g_value_get_string (value));
      break;
    case PROP_EFFECTIVE_ON:
      ov_guidance_document_set_effective_on (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      ov_guidance_document_set_location (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY:
      ov_guidance_document_set_summary (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_guidance_document_class_init (OvGuidanceDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_guidance_document_finalize;
  object_class->get_property = ov_guidance_document_get_property;
  object_class->set_property = ov_guidance_document_set_property;

  record_class->table_name = "guidance_documents";
  record_class->entity_name = "guidance-document";
  record_class->validate = ov_guidance_document_validate;
  record_class->describe = ov_guidance_document_describe;
  record_class->deletable = TRUE;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", "Title", "The title of the document",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_string ("version", "Version", "The current version",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EFFECTIVE_ON] =
    g_param_spec_string ("effective-on", "Effective", "When the current version took effect",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", "Link or file", "Where to read the document: a link or a file path",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", "Summary", "What the document says, in brief",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_guidance_document_init (OvGuidanceDocument *self)
{
}

/**
 * ov_guidance_document_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvGuidanceDocument *
ov_guidance_document_new (void)
{
  return g_object_new (OV_TYPE_GUIDANCE_DOCUMENT, NULL);
}

const char *
ov_guidance_document_get_title (OvGuidanceDocument *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_DOCUMENT (self), NULL);
  return self->title;
}

void
ov_guidance_document_set_title (OvGuidanceDocument *self,
                                const char         *title)
{
  g_return_if_fail (OV_IS_GUIDANCE_DOCUMENT (self));
  if (ov_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ov_guidance_document_get_version (OvGuidanceDocument *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_DOCUMENT (self), NULL);
  return self->version;
}

void
ov_guidance_document_set_version (OvGuidanceDocument *self,
                                  const char         *version)
{
  g_return_if_fail (OV_IS_GUIDANCE_DOCUMENT (self));
  if (ov_set_str (&self->version, version))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
ov_guidance_document_get_effective_on (OvGuidanceDocument *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_DOCUMENT (self), NULL);
  return self->effective_on;
}

void
ov_guidance_document_set_effective_on (OvGuidanceDocument *self,
                                       const char         *effective_on)
{
  g_return_if_fail (OV_IS_GUIDANCE_DOCUMENT (self));
  if (ov_set_str (&self->effective_on, effective_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFECTIVE_ON]);
}

const char *
ov_guidance_document_get_location (OvGuidanceDocument *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_DOCUMENT (self), NULL);
  return self->location;
}

void
ov_guidance_document_set_location (OvGuidanceDocument *self,
                                   const char         *location)
{
  g_return_if_fail (OV_IS_GUIDANCE_DOCUMENT (self));
  if (ov_set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
ov_guidance_document_get_summary (OvGuidanceDocument *self)
{
  g_return_val_if_fail (OV_IS_GUIDANCE_DOCUMENT (self), NULL);
  return self->summary;
}

void
ov_guidance_document_set_summary (OvGuidanceDocument *self,
                                  const char         *summary)
{
  g_return_if_fail (OV_IS_GUIDANCE_DOCUMENT (self));
  if (ov_set_str (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}
