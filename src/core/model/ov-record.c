/* ov-record.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-record"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-record.h"
#include "ov-util.h"

typedef struct
{
  gint64  id;
  char   *uuid;
  char   *created_at;
  char   *updated_at;
  gint64  revision;
} OvRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OvRecord, ov_record, G_TYPE_OBJECT)

G_DEFINE_QUARK (ov-model-error-quark, ov_model_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every text field has a limit, so that no paste of a whole document or a hostile file
 * can fill the database or the reports; one generous limit serves them all. */
/* The text properties of a record type, listed once per type: listing a class's
 * properties walks every property of the program, and validation runs on every save and
 * for every record of an imported bundle. */
static GPtrArray *
get_text_properties (GType type)
{
  static GQuark quark;
  G_LOCK_DEFINE_STATIC (text_properties);
  GPtrArray *list;

  G_LOCK (text_properties);
  if (quark == 0)
    quark = g_quark_from_static_string ("ov-record-text-properties");
  list = g_type_get_qdata (type, quark);
  if (list == NULL)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      list = g_ptr_array_new ();
      pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        if (G_PARAM_SPEC_VALUE_TYPE (pspecs[i]) == G_TYPE_STRING &&
            (pspecs[i]->flags & G_PARAM_WRITABLE) != 0 &&
            (pspecs[i]->flags & OV_PARAM_DERIVED) == 0)
          g_ptr_array_add (list, pspecs[i]);
      /* Kept for the life of the program, as the type is. */
      g_type_set_qdata (type, quark, list);
    }
  G_UNLOCK (text_properties);
  return list;
}

static gboolean
check_text_lengths (OvRecord    *self,
                    const char **property,
                    GError     **error)
{
  GPtrArray *pspecs = get_text_properties (G_OBJECT_TYPE (self));

  for (guint i = 0; i < pspecs->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (pspecs, i);
      g_autofree char *value = NULL;
      glong length;

      g_object_get (self, pspec->name, &value, NULL);
      if (value == NULL)
        continue;
      if (!g_utf8_validate (value, -1, NULL))
        {
          *property = pspec->name;
          g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                       _("“%s” contains text that is not valid UTF-8. Retype it."),
                       g_param_spec_get_nick (pspec));
          return FALSE;
        }
      length = g_utf8_strlen (value, -1);
      if (length > OV_RECORD_MAX_TEXT_LENGTH)
        {
          *property = pspec->name;
          g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                       _("“%s” is too long: use at most %d characters (it has %ld). Keep "
                         "long documents outside Oversight and refer to them."),
                       g_param_spec_get_nick (pspec), OV_RECORD_MAX_TEXT_LENGTH, length);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
ov_record_real_validate (OvRecord    *self,
                         const char **property,
                         GError     **error)
{
  return TRUE;
}

static char *
ov_record_real_describe (OvRecord *self)
{
  return g_strdup (ov_record_get_uuid (self));
}

static void
ov_record_finalize (GObject *object)
{
  OvRecord *self = OV_RECORD (object);
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);

  G_OBJECT_CLASS (ov_record_parent_class)->finalize (object);
}

static void
ov_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OvRecord *self = OV_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, ov_record_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, ov_record_get_uuid (self));
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, ov_record_get_created_at (self));
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, ov_record_get_updated_at (self));
      break;
    case PROP_REVISION:
      g_value_set_int64 (value, ov_record_get_revision (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OvRecord *self = OV_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      ov_record_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      ov_record_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      ov_record_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      ov_record_set_updated_at (self, g_value_get_string (value));
      break;
    case PROP_REVISION:
      ov_record_set_revision (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_record_class_init (OvRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ov_record_finalize;
  object_class->get_property = ov_record_get_property;
  object_class->set_property = ov_record_set_property;

  klass->validate = ov_record_real_validate;
  klass->describe = ov_record_real_describe;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", "Id", "Row id in the local database",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", "UUID", "Identity that is stable across machines",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", "Created at", "When the record was first saved (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", "Updated at", "When the record was last saved (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", "Revision", "Bumped on each save",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_record_init (OvRecord *self)
{
}

gint64
ov_record_get_id (OvRecord *self)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_val_if_fail (OV_IS_RECORD (self), 0);
  return priv->id;
}

void
ov_record_set_id (OvRecord *self,
                  gint64    id)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_if_fail (OV_IS_RECORD (self));
  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
ov_record_get_uuid (OvRecord *self)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_val_if_fail (OV_IS_RECORD (self), NULL);
  return priv->uuid;
}

void
ov_record_set_uuid (OvRecord   *self,
                    const char *uuid)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_if_fail (OV_IS_RECORD (self));
  if (ov_set_str (&priv->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
ov_record_get_created_at (OvRecord *self)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_val_if_fail (OV_IS_RECORD (self), NULL);
  return priv->created_at;
}

void
ov_record_set_created_at (OvRecord   *self,
                          const char *created_at)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_if_fail (OV_IS_RECORD (self));
  if (ov_set_str (&priv->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
ov_record_get_updated_at (OvRecord *self)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_val_if_fail (OV_IS_RECORD (self), NULL);
  return priv->updated_at;
}

void
ov_record_set_updated_at (OvRecord   *self,
                          const char *updated_at)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_if_fail (OV_IS_RECORD (self));
  if (ov_set_str (&priv->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

gint64
ov_record_get_revision (OvRecord *self)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_val_if_fail (OV_IS_RECORD (self), 0);
  return priv->revision;
}

void
ov_record_set_revision (OvRecord *self,
                        gint64    revision)
{
  OvRecordPrivate *priv = ov_record_get_instance_private (self);

  g_return_if_fail (OV_IS_RECORD (self));
  if (priv->revision != revision)
    {
      priv->revision = revision;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
    }
}

/**
 * ov_record_validate_property:
 * @self: a record
 * @property: (out) (optional) (transfer none): the name of the first invalid property
 * @error: a place for the message shown to the user
 *
 * Checks the record with the same rules wherever it comes from: the GUI, the importer or
 * the command line.
 *
 * Returns: %TRUE if the record may be saved
 */
gboolean
ov_record_validate_property (OvRecord    *self,
                             const char **property,
                             GError     **error)
{
  const char *dummy = NULL;

  g_return_val_if_fail (OV_IS_RECORD (self), FALSE);

  if (property == NULL)
    property = &dummy;
  *property = NULL;
  return check_text_lengths (self, property, error) &&
         OV_RECORD_GET_CLASS (self)->validate (self, property, error);
}

gboolean
ov_record_validate (OvRecord  *self,
                    GError   **error)
{
  return ov_record_validate_property (self, NULL, error);
}

/**
 * ov_record_describe:
 *
 * Returns: (transfer full): a short description of the record for people.
 */
char *
ov_record_describe (OvRecord *self)
{
  g_return_val_if_fail (OV_IS_RECORD (self), NULL);
  return OV_RECORD_GET_CLASS (self)->describe (self);
}

const char *
ov_record_class_get_table_name (OvRecordClass *klass)
{
  return klass->table_name;
}

const char *
ov_record_class_get_entity_name (OvRecordClass *klass)
{
  return klass->entity_name;
}

const char *
ov_record_get_entity_name (OvRecord *self)
{
  return OV_RECORD_GET_CLASS (self)->entity_name;
}
