/* ov-victim-code-right.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-victim-code-right"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-victim-code-right.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvVictimCodeRight
{
  OvRecord parent_instance;

  gint64 victim_strategy_id;
  gint64 person_id;
  OvVictimRight code_right;
  OvRightStatus status;
  char *met_on;
  char *evidence;
  char *reason;
};

G_DEFINE_FINAL_TYPE (OvVictimCodeRight, ov_victim_code_right, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VICTIM_STRATEGY_ID,
  PROP_PERSON_ID,
  PROP_CODE_RIGHT,
  PROP_STATUS,
  PROP_MET_ON,
  PROP_EVIDENCE,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_victim_code_right_validate (OvRecord    *record,
                               const char **property,
                               GError     **error)
{
  OvVictimCodeRight *self = OV_VICTIM_CODE_RIGHT (record);

  if (self->victim_strategy_id <= 0)
    {
      *property = "victim-strategy-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The right must belong to a victim strategy."));
      return FALSE;
    }
  if (self->status == OV_RIGHT_STATUS_MET && !ov_date_is_valid (self->met_on))
    {
      *property = "met-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date the right was met as YYYY-MM-DD."));
      return FALSE;
    }
  if (self->status == OV_RIGHT_STATUS_MET && ov_str_empty (self->evidence))
    {
      *property = "evidence";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Record the evidence that the right was met."));
      return FALSE;
    }
  if ((self->status == OV_RIGHT_STATUS_NOT_MET || self->status == OV_RIGHT_STATUS_DECLINED) && ov_str_empty (self->reason))
    {
      *property = "reason";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Record the reason the right was declined or not met."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_victim_code_right_describe (OvRecord *record)
{
  OvVictimCodeRight *self = OV_VICTIM_CODE_RIGHT (record);

  return g_strdup (ov_enum_get_label (OV_TYPE_VICTIM_RIGHT, self->code_right));
}

static void
ov_victim_code_right_finalize (GObject *object)
{
  OvVictimCodeRight *self = OV_VICTIM_CODE_RIGHT (object);

  g_clear_pointer (&self->met_on, g_free);
  g_clear_pointer (&self->evidence, g_free);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (ov_victim_code_right_parent_class)->finalize (object);
}

static void
ov_victim_code_right_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OvVictimCodeRight *self = OV_VICTIM_CODE_RIGHT (object);

  switch (prop_id)
    {
    case PROP_VICTIM_STRATEGY_ID:
      g_value_set_int64 (value, ov_victim_code_right_get_victim_strategy_id (self));
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, ov_victim_code_right_get_person_id (self));
      break;
    case PROP_CODE_RIGHT:
      g_value_set_enum (value, ov_victim_code_right_get_code_right (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_victim_code_right_get_status (self));
      break;
    case PROP_MET_ON:
      g_value_set_string (value, ov_victim_code_right_get_met_on (self));
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, ov_victim_code_right_get_evidence (self));
      break;
    case PROP_REASON:
      g_value_set_string (value, ov_victim_code_right_get_reason (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_code_right_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OvVictimCodeRight *self = OV_VICTIM_CODE_RIGHT (object);

  switch (prop_id)
    {
    case PROP_VICTIM_STRATEGY_ID:
      ov_victim_code_right_set_victim_strategy_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      ov_victim_code_right_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_CODE_RIGHT:
      ov_victim_code_right_set_code_right (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      ov_victim_code_right_set_status (self, g_value_get_enum (value));
      break;
    case PROP_MET_ON:
      ov_victim_code_right_set_met_on (self, g_value_get_string (value));
      break;
    case PROP_EVIDENCE:
      ov_victim_code_right_set_evidence (self, g_value_get_string (value));
      break;
    case PROP_REASON:
      ov_victim_code_right_set_reason (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_code_right_class_init (OvVictimCodeRightClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_victim_code_right_finalize;
  object_class->get_property = ov_victim_code_right_get_property;
  object_class->set_property = ov_victim_code_right_set_property;

  record_class->table_name = "victim_code_rights";
  record_class->entity_name = "victim-code-right";
  record_class->validate = ov_victim_code_right_validate;
  record_class->describe = ov_victim_code_right_describe;

  properties[PROP_VICTIM_STRATEGY_ID] =
    g_param_spec_int64 ("victim-strategy-id", "Victim strategy", "The victim strategy version",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", "Victim", "The victim",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_CODE_RIGHT] =
    g_param_spec_enum ("code-right", "Right", "The right under the Victims' Code",
                       OV_TYPE_VICTIM_RIGHT, OV_VICTIM_RIGHT_UNDERSTAND,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "Whether the right has been met",
                       OV_TYPE_RIGHT_STATUS, OV_RIGHT_STATUS_NOT_YET_DUE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MET_ON] =
    g_param_spec_string ("met-on", "Met on", "When the right was met",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", "Evidence", "How it was met",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", "Reason", "Why it was declined or not met",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_victim_code_right_init (OvVictimCodeRight *self)
{
}

/**
 * ov_victim_code_right_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvVictimCodeRight *
ov_victim_code_right_new (void)
{
  return g_object_new (OV_TYPE_VICTIM_CODE_RIGHT, NULL);
}

gint64
ov_victim_code_right_get_victim_strategy_id (OvVictimCodeRight *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (self), 0);
  return self->victim_strategy_id;
}

void
ov_victim_code_right_set_victim_strategy_id (OvVictimCodeRight *self,
                                             gint64             victim_strategy_id)
{
  g_return_if_fail (OV_IS_VICTIM_CODE_RIGHT (self));
  if (self->victim_strategy_id != victim_strategy_id)
    {
      self->victim_strategy_id = victim_strategy_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VICTIM_STRATEGY_ID]);
    }
}

gint64
ov_victim_code_right_get_person_id (OvVictimCodeRight *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (self), 0);
  return self->person_id;
}

void
ov_victim_code_right_set_person_id (OvVictimCodeRight *self,
                                    gint64             person_id)
{
  g_return_if_fail (OV_IS_VICTIM_CODE_RIGHT (self));
  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
}

OvVictimRight
ov_victim_code_right_get_code_right (OvVictimCodeRight *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (self), 0);
  return self->code_right;
}

void
ov_victim_code_right_set_code_right (OvVictimCodeRight *self,
                                     OvVictimRight      code_right)
{
  g_return_if_fail (OV_IS_VICTIM_CODE_RIGHT (self));
  if (self->code_right != code_right)
    {
      self->code_right = code_right;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE_RIGHT]);
    }
}

OvRightStatus
ov_victim_code_right_get_status (OvVictimCodeRight *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (self), 0);
  return self->status;
}

void
ov_victim_code_right_set_status (OvVictimCodeRight *self,
                                 OvRightStatus      status)
{
  g_return_if_fail (OV_IS_VICTIM_CODE_RIGHT (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_victim_code_right_get_met_on (OvVictimCodeRight *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (self), NULL);
  return self->met_on;
}

void
ov_victim_code_right_set_met_on (OvVictimCodeRight *self,
                                 const char        *met_on)
{
  g_return_if_fail (OV_IS_VICTIM_CODE_RIGHT (self));
  if (ov_set_str (&self->met_on, met_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MET_ON]);
}

const char *
ov_victim_code_right_get_evidence (OvVictimCodeRight *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (self), NULL);
  return self->evidence;
}

void
ov_victim_code_right_set_evidence (OvVictimCodeRight *self,
                                   const char        *evidence)
{
  g_return_if_fail (OV_IS_VICTIM_CODE_RIGHT (self));
  if (ov_set_str (&self->evidence, evidence))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

const char *
ov_victim_code_right_get_reason (OvVictimCodeRight *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (self), NULL);
  return self->reason;
}

void
ov_victim_code_right_set_reason (OvVictimCodeRight *self,
                                 const char        *reason)
{
  g_return_if_fail (OV_IS_VICTIM_CODE_RIGHT (self));
  if (ov_set_str (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}
