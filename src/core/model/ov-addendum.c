/* ov-addendum.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-addendum"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-addendum.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvAddendum
{
  OvRecord parent_instance;

  gint64 review_id;
  gint64 author_id;
  char *added_at;
  char *text;
  char *author_name;
};

G_DEFINE_FINAL_TYPE (OvAddendum, ov_addendum, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_AUTHOR_ID,
  PROP_ADDED_AT,
  PROP_TEXT,
  PROP_AUTHOR_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_addendum_validate (OvRecord    *record,
                      const char **property,
                      GError     **error)
{
  OvAddendum *self = OV_ADDENDUM (record);

  if (self->review_id <= 0)
    {
      *property = "review-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The addendum must belong to a review."));
      return FALSE;
    }
  if (ov_str_empty (self->text))
    {
      *property = "text";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Write the addendum."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_addendum_describe (OvRecord *record)
{
  OvAddendum *self = OV_ADDENDUM (record);

  return g_strdup (self->text ? self->text : "");
}

static void
ov_addendum_finalize (GObject *object)
{
  OvAddendum *self = OV_ADDENDUM (object);

  g_clear_pointer (&self->added_at, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->author_name, g_free);

  G_OBJECT_CLASS (ov_addendum_parent_class)->finalize (object);
}

static void
ov_addendum_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OvAddendum *self = OV_ADDENDUM (object);

  switch (prop_id)
    {
    case PROP_REVIEW_ID:
      g_value_set_int64 (value, ov_addendum_get_review_id (self));
      break;
    case PROP_AUTHOR_ID:
      g_value_set_int64 (value, ov_addendum_get_author_id (self));
      break;
    case PROP_ADDED_AT:
      g_value_set_string (value, ov_addendum_get_added_at (self));
      break;
    case PROP_TEXT:
      g_value_set_string (value, ov_addendum_get_text (self));
      break;
    case PROP_AUTHOR_NAME:
      g_value_set_string (value, ov_addendum_get_author_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_addendum_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OvAddendum *self = OV_ADDENDUM (object);

  switch (prop_id)
    {
    case PROP_REVIEW_ID:
      ov_addendum_set_review_id (self, g_value_get_int64 (value));
      break;
    case PROP_AUTHOR_ID:
      ov_addendum_set_author_id (self, g_value_get_int64 (value));
      break;
    case PROP_ADDED_AT:
      ov_addendum_set_added_at (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      ov_addendum_set_text (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR_NAME:
      ov_addendum_set_author_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_addendum_class_init (OvAddendumClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_addendum_finalize;
  object_class->get_property = ov_addendum_get_property;
  object_class->set_property = ov_addendum_set_property;

  record_class->table_name = "review_addenda";
  record_class->entity_name = "review-addendum";
  record_class->view_name = "review_addenda_view";
  record_class->validate = ov_addendum_validate;
  record_class->describe = ov_addendum_describe;

  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", "Review", "The review corrected",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_AUTHOR_ID] =
    g_param_spec_int64 ("author-id", "Author", "Who wrote the addendum",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ADDED_AT] =
    g_param_spec_string ("added-at", "Added at", "When the addendum was added (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", "Addendum", "The correction or addition",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", "Author", "Name of the author",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_addendum_init (OvAddendum *self)
{
}

/**
 * ov_addendum_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvAddendum *
ov_addendum_new (void)
{
  return g_object_new (OV_TYPE_ADDENDUM, NULL);
}

gint64
ov_addendum_get_review_id (OvAddendum *self)
{
  g_return_val_if_fail (OV_IS_ADDENDUM (self), 0);
  return self->review_id;
}

void
ov_addendum_set_review_id (OvAddendum *self,
                           gint64      review_id)
{
  g_return_if_fail (OV_IS_ADDENDUM (self));
  if (self->review_id != review_id)
    {
      self->review_id = review_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ID]);
    }
}

gint64
ov_addendum_get_author_id (OvAddendum *self)
{
  g_return_val_if_fail (OV_IS_ADDENDUM (self), 0);
  return self->author_id;
}

void
ov_addendum_set_author_id (OvAddendum *self,
                           gint64      author_id)
{
  g_return_if_fail (OV_IS_ADDENDUM (self));
  if (self->author_id != author_id)
    {
      self->author_id = author_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
    }
}

const char *
ov_addendum_get_added_at (OvAddendum *self)
{
  g_return_val_if_fail (OV_IS_ADDENDUM (self), NULL);
  return self->added_at;
}

void
ov_addendum_set_added_at (OvAddendum *self,
                          const char *added_at)
{
  g_return_if_fail (OV_IS_ADDENDUM (self));
  if (ov_set_str (&self->added_at, added_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDED_AT]);
}

const char *
ov_addendum_get_text (OvAddendum *self)
{
  g_return_val_if_fail (OV_IS_ADDENDUM (self), NULL);
  return self->text;
}

void
ov_addendum_set_text (OvAddendum *self,
                      const char *text)
{
  g_return_if_fail (OV_IS_ADDENDUM (self));
  if (ov_set_str (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
ov_addendum_get_author_name (OvAddendum *self)
{
  g_return_val_if_fail (OV_IS_ADDENDUM (self), NULL);
  return self->author_name;
}

void
ov_addendum_set_author_name (OvAddendum *self,
                             const char *author_name)
{
  g_return_if_fail (OV_IS_ADDENDUM (self));
  if (ov_set_str (&self->author_name, author_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}
