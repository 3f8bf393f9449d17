/* ov-line-of-enquiry.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-line-of-enquiry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-line-of-enquiry.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvLineOfEnquiry
{
  OvRecord parent_instance;

  gint64 strategy_id;
  gint64 case_id;
  gint64 position;
  char *title;
  char *description;
  OvLineStatus status;
  char *closure_rationale;
};

G_DEFINE_FINAL_TYPE (OvLineOfEnquiry, ov_line_of_enquiry, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STRATEGY_ID,
  PROP_CASE_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_STATUS,
  PROP_CLOSURE_RATIONALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_line_of_enquiry_validate (OvRecord    *record,
                             const char **property,
                             GError     **error)
{
  OvLineOfEnquiry *self = OV_LINE_OF_ENQUIRY (record);

  if (self->strategy_id <= 0)
    {
      *property = "strategy-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The line of enquiry must belong to a strategy."));
      return FALSE;
    }
  if (ov_str_empty (self->title))
    {
      *property = "title";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the line of enquiry a title."));
      return FALSE;
    }
  if (self->status == OV_LINE_STATUS_CLOSED && ov_str_empty (self->closure_rationale))
    {
      *property = "closure-rationale";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the reason the line of enquiry was closed."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_line_of_enquiry_describe (OvRecord *record)
{
  OvLineOfEnquiry *self = OV_LINE_OF_ENQUIRY (record);

  return g_strdup (self->title ? self->title : "");
}

static void
ov_line_of_enquiry_finalize (GObject *object)
{
  OvLineOfEnquiry *self = OV_LINE_OF_ENQUIRY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->closure_rationale, g_free);

  G_OBJECT_CLASS (ov_line_of_enquiry_parent_class)->finalize (object);
}

static void
ov_line_of_enquiry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvLineOfEnquiry *self = OV_LINE_OF_ENQUIRY (object);

  switch (prop_id)
    {
    case PROP_STRATEGY_ID:
      g_value_set_int64 (value, ov_line_of_enquiry_get_strategy_id (self));
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_line_of_enquiry_get_case_id (self));
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, ov_line_of_enquiry_get_position (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, ov_line_of_enquiry_get_title (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, ov_line_of_enquiry_get_description (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_line_of_enquiry_get_status (self));
      break;
    case PROP_CLOSURE_RATIONALE:
      g_value_set_string (value, ov_line_of_enquiry_get_closure_rationale (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_line_of_enquiry_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvLineOfEnquiry *self = OV_LINE_OF_ENQUIRY (object);

  switch (prop_id)
    {
    case PROP_STRATEGY_ID:
      ov_line_of_enquiry_set_strategy_id (self, g_value_get_int64 (value));
      break;
    case PROP_CASE_ID:
      ov_line_of_enquiry_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_POSITION:
      ov_line_of_enquiry_set_position (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      ov_line_of_enquiry_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      ov_line_of_enquiry_set_description (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ov_line_of_enquiry_set_status (self, g_value_get_enum (value));
      break;
    case PROP_CLOSURE_RATIONALE:
      ov_line_of_enquiry_set_closure_rationale (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_line_of_enquiry_class_init (OvLineOfEnquiryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_line_of_enquiry_finalize;
  object_class->get_property = ov_line_of_enquiry_get_property;
  object_class->set_property = ov_line_of_enquiry_set_property;

  record_class->table_name = "lines_of_enquiry";
  record_class->entity_name = "line-of-enquiry";
  record_class->validate = ov_line_of_enquiry_validate;
  record_class->describe = ov_line_of_enquiry_describe;

  properties[PROP_STRATEGY_ID] =
    g_param_spec_int64 ("strategy-id", "Strategy", "The strategy version",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", "Position", "Order within the strategy",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", "Line of enquiry", "Short title",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", "Description", "What is to be done",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "Open, completed or closed",
                       OV_TYPE_LINE_STATUS, OV_LINE_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOSURE_RATIONALE] =
    g_param_spec_string ("closure-rationale", "Closure rationale", "Why the line was closed",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_line_of_enquiry_init (OvLineOfEnquiry *self)
{
}

/**
 * ov_line_of_enquiry_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvLineOfEnquiry *
ov_line_of_enquiry_new (void)
{
  return g_object_new (OV_TYPE_LINE_OF_ENQUIRY, NULL);
}

gint64
ov_line_of_enquiry_get_strategy_id (OvLineOfEnquiry *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (self), 0);
  return self->strategy_id;
}

void
ov_line_of_enquiry_set_strategy_id (OvLineOfEnquiry *self,
                                    gint64           strategy_id)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY (self));
  if (self->strategy_id != strategy_id)
    {
      self->strategy_id = strategy_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY_ID]);
    }
}

gint64
ov_line_of_enquiry_get_case_id (OvLineOfEnquiry *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (self), 0);
  return self->case_id;
}

void
ov_line_of_enquiry_set_case_id (OvLineOfEnquiry *self,
                                gint64           case_id)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

gint64
ov_line_of_enquiry_get_position (OvLineOfEnquiry *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (self), 0);
  return self->position;
}

void
ov_line_of_enquiry_set_position (OvLineOfEnquiry *self,
                                 gint64           position)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY (self));
  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}

const char *
ov_line_of_enquiry_get_title (OvLineOfEnquiry *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (self), NULL);
  return self->title;
}

void
ov_line_of_enquiry_set_title (OvLineOfEnquiry *self,
                              const char      *title)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY (self));
  if (ov_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ov_line_of_enquiry_get_description (OvLineOfEnquiry *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (self), NULL);
  return self->description;
}

void
ov_line_of_enquiry_set_description (OvLineOfEnquiry *self,
                                    const char      *description)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY (self));
  if (ov_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

OvLineStatus
ov_line_of_enquiry_get_status (OvLineOfEnquiry *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (self), 0);
  return self->status;
}

void
ov_line_of_enquiry_set_status (OvLineOfEnquiry *self,
                               OvLineStatus     status)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_line_of_enquiry_get_closure_rationale (OvLineOfEnquiry *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (self), NULL);
  return self->closure_rationale;
}

void
ov_line_of_enquiry_set_closure_rationale (OvLineOfEnquiry *self,
                                          const char      *closure_rationale)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY (self));
  if (ov_set_str (&self->closure_rationale, closure_rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSURE_RATIONALE]);
}
