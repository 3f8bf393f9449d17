/* ov-escalation.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-escalation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-escalation.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvEscalation
{
  OvRecord parent_instance;

  OvEscalationConcern concern;
  char *details;
  char *raised_to_name;
  char *raised_to_rank;
  char *raised_on;
  char *response;
  char *responded_on;
  char *closed_on;
  gint64 case_id;
};

G_DEFINE_FINAL_TYPE (OvEscalation, ov_escalation, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CONCERN,
  PROP_DETAILS,
  PROP_RAISED_TO_NAME,
  PROP_RAISED_TO_RANK,
  PROP_RAISED_ON,
  PROP_RESPONSE,
  PROP_RESPONDED_ON,
  PROP_CLOSED_ON,
  PROP_CASE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_escalation_validate (OvRecord    *record,
                        const char **property,
                        GError     **error)
{
  OvEscalation *self = OV_ESCALATION (record);

  if (ov_str_empty (self->details))
    {
      *property = "details";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Describe the concern that was raised."));
      return FALSE;
    }
  if (ov_str_empty (self->raised_to_name))
    {
      *property = "raised-to-name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Name the senior leader the concern was raised to."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->raised_on))
    {
      *property = "raised-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the concern was raised as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->responded_on) && !ov_date_is_valid (self->responded_on))
    {
      *property = "responded-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the answer was given as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->responded_on) && g_strcmp0 (self->responded_on, self->raised_on) < 0)
    {
      *property = "responded-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The answer cannot come before the concern was raised: check the two dates."));
      return FALSE;
    }
  if (!ov_str_empty (self->response) && ov_str_empty (self->responded_on))
    {
      *property = "responded-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the answer was given."));
      return FALSE;
    }
  if (!ov_str_empty (self->closed_on) && !ov_date_is_valid (self->closed_on))
    {
      *property = "closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the concern was closed as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->closed_on) && g_strcmp0 (self->closed_on, self->raised_on) < 0)
    {
      *property = "closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The concern cannot be closed before it was raised: check the two dates."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_escalation_describe (OvRecord *record)
{
  OvEscalation *self = OV_ESCALATION (record);

  return g_strdup_printf ("%s (%s)", ov_enum_get_label (OV_TYPE_ESCALATION_CONCERN, self->concern),
                          self->raised_on ? self->raised_on : "");
}

static void
ov_escalation_finalize (GObject *object)
{
  OvEscalation *self = OV_ESCALATION (object);

  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->raised_to_name, g_free);
  g_clear_pointer (&self->raised_to_rank, g_free);
  g_clear_pointer (&self->raised_on, g_free);
  g_clear_pointer (&self->response, g_free);
  g_clear_pointer (&self->responded_on, g_free);
  g_clear_pointer (&self->closed_on, g_free);

  G_OBJECT_CLASS (ov_escalation_parent_class)->finalize (object);
}

static void
ov_escalation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvEscalation *self = OV_ESCALATION (object);

  switch (prop_id)
    {
    case PROP_CONCERN:
      g_value_set_enum (value, ov_escalation_get_concern (self));
      break;
    case PROP_DETAILS:
      g_value_set_string (value, ov_escalation_get_details (self));
      break;
    case PROP_RAISED_TO_NAME:
      g_value_set_string (value, ov_escalation_get_raised_to_name (self));
      break;
    case PROP_RAISED_TO_RANK:
      g_value_set_string (value, ov_escalation_get_raised_to_rank (self));
      break;
    case PROP_RAISED_ON:
      g_value_set_string (value, ov_escalation_get_raised_on (self));
      break;
    case PROP_RESPONSE:
      g_value_set_string (value, ov_escalation_get_response (self));
      break;
    case PROP_RESPONDED_ON:
      g_value_set_string (value, ov_escalation_get_responded_on (self));
      break;
    case PROP_CLOSED_ON:
      g_value_set_string (value, ov_escalation_get_closed_on (self));
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_escalation_get_case_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_escalation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvEscalation *self = OV_ESCALATION (object);

  switch (prop_id)
    {
    case PROP_CONCERN:
      ov_escalation_set_concern (self, g_value_get_enum (value));
      break;
    case PROP_DETAILS:
      ov_escalation_set_details (self, g_value_get_string (value));
      break;
    case PROP_RAISED_TO_NAME:
      ov_escalation_set_raised_to_name (self, g_value_get_string (value));
      break;
    case PROP_RAISED_TO_RANK:
      ov_escalation_set_raised_to_rank (self, g_value_get_string (value));
      break;
    case PROP_RAISED_ON:
      ov_escalation_set_raised_on (self, g_value_get_string (value));
      break;
    case PROP_RESPONSE:
      ov_escalation_set_response (self, g_value_get_string (value));
      break;
    case PROP_RESPONDED_ON:
      ov_escalation_set_responded_on (self, g_value_get_string (value));
      break;
    case PROP_CLOSED_ON:
      ov_escalation_set_closed_on (self, g_value_get_string (value));
      break;
    case PROP_CASE_ID:
      ov_escalation_set_case_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_escalation_class_init (OvEscalationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_escalation_finalize;
  object_class->get_property = ov_escalation_get_property;
  object_class->set_property = ov_escalation_set_property;

  record_class->table_name = "escalations";
  record_class->entity_name = "escalation";
  record_class->validate = ov_escalation_validate;
  record_class->describe = ov_escalation_describe;
  record_class->deletable = TRUE;

  properties[PROP_CONCERN] =
    g_param_spec_enum ("concern", "Concern", "What the concern is about",
                       OV_TYPE_ESCALATION_CONCERN, OV_ESCALATION_CONCERN_RESOURCES,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", "Details", "The concern raised",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RAISED_TO_NAME] =
    g_param_spec_string ("raised-to-name", "Raised to", "The senior leader it was raised to",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RAISED_TO_RANK] =
    g_param_spec_string ("raised-to-rank", "Their rank", "The senior leader's rank or role",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RAISED_ON] =
    g_param_spec_string ("raised-on", "Raised on", "When the concern was raised",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_RESPONSE] =
    g_param_spec_string ("response", "Response", "The answer given",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESPONDED_ON] =
    g_param_spec_string ("responded-on", "Responded on", "When the answer was given",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", "Closed on", "When the concern was closed",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case it concerns, if any",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_escalation_init (OvEscalation *self)
{
}

/**
 * ov_escalation_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvEscalation *
ov_escalation_new (void)
{
  return g_object_new (OV_TYPE_ESCALATION, NULL);
}

OvEscalationConcern
ov_escalation_get_concern (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), 0);
  return self->concern;
}

void
ov_escalation_set_concern (OvEscalation       *self,
                           OvEscalationConcern concern)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (self->concern != concern)
    {
      self->concern = concern;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONCERN]);
    }
}

const char *
ov_escalation_get_details (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), NULL);
  return self->details;
}

void
ov_escalation_set_details (OvEscalation *self,
                           const char   *details)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (ov_set_str (&self->details, details))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
}

const char *
ov_escalation_get_raised_to_name (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), NULL);
  return self->raised_to_name;
}

void
ov_escalation_set_raised_to_name (OvEscalation *self,
                                  const char   *raised_to_name)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (ov_set_str (&self->raised_to_name, raised_to_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RAISED_TO_NAME]);
}

const char *
ov_escalation_get_raised_to_rank (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), NULL);
  return self->raised_to_rank;
}

void
ov_escalation_set_raised_to_rank (OvEscalation *self,
                                  const char   *raised_to_rank)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (ov_set_str (&self->raised_to_rank, raised_to_rank))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RAISED_TO_RANK]);
}

const char *
ov_escalation_get_raised_on (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), NULL);
  return self->raised_on;
}

void
ov_escalation_set_raised_on (OvEscalation *self,
                             const char   *raised_on)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (ov_set_str (&self->raised_on, raised_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RAISED_ON]);
}

const char *
ov_escalation_get_response (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), NULL);
  return self->response;
}

void
ov_escalation_set_response (OvEscalation *self,
                            const char   *response)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (ov_set_str (&self->response, response))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSE]);
}

const char *
ov_escalation_get_responded_on (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), NULL);
  return self->responded_on;
}

void
ov_escalation_set_responded_on (OvEscalation *self,
                                const char   *responded_on)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (ov_set_str (&self->responded_on, responded_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDED_ON]);
}

const char *
ov_escalation_get_closed_on (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), NULL);
  return self->closed_on;
}

void
ov_escalation_set_closed_on (OvEscalation *self,
                             const char   *closed_on)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (ov_set_str (&self->closed_on, closed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSED_ON]);
}

gint64
ov_escalation_get_case_id (OvEscalation *self)
{
  g_return_val_if_fail (OV_IS_ESCALATION (self), 0);
  return self->case_id;
}

void
ov_escalation_set_case_id (OvEscalation *self,
                           gint64        case_id)
{
  g_return_if_fail (OV_IS_ESCALATION (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}
