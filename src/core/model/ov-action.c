/* ov-action.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-action"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-action.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvAction
{
  OvRecord parent_instance;

  gint64 case_id;
  gint64 review_id;
  char *description;
  gint64 owner_id;
  char *due_on;
  OvActionStatus status;
  char *cancel_reason;
  char *completed_on;
  char *owner_name;
};

G_DEFINE_FINAL_TYPE (OvAction, ov_action, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_REVIEW_ID,
  PROP_DESCRIPTION,
  PROP_OWNER_ID,
  PROP_DUE_ON,
  PROP_STATUS,
  PROP_CANCEL_REASON,
  PROP_COMPLETED_ON,
  PROP_OWNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_action_validate (OvRecord    *record,
                    const char **property,
                    GError     **error)
{
  OvAction *self = OV_ACTION (record);

  if (self->case_id <= 0)
    {
      *property = "case-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The action must belong to a case."));
      return FALSE;
    }
  if (ov_str_empty (self->description))
    {
      *property = "description";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Describe the action."));
      return FALSE;
    }
  if (self->owner_id <= 0)
    {
      *property = "owner-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose who owns the action."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->due_on))
    {
      *property = "due-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the due date as YYYY-MM-DD."));
      return FALSE;
    }
  if (self->status == OV_ACTION_STATUS_DONE && !ov_date_is_valid (self->completed_on))
    {
      *property = "completed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date the action was completed as YYYY-MM-DD."));
      return FALSE;
    }
  if (self->status == OV_ACTION_STATUS_CANCELLED && ov_str_empty (self->cancel_reason))
    {
      *property = "cancel-reason";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the reason the action was cancelled."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_action_describe (OvRecord *record)
{
  OvAction *self = OV_ACTION (record);

  return g_strdup (self->description ? self->description : "");
}

static void
ov_action_finalize (GObject *object)
{
  OvAction *self = OV_ACTION (object);

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->cancel_reason, g_free);
  g_clear_pointer (&self->completed_on, g_free);
  g_clear_pointer (&self->owner_name, g_free);

  G_OBJECT_CLASS (ov_action_parent_class)->finalize (object);
}

static void
ov_action_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OvAction *self = OV_ACTION (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_action_get_case_id (self));
      break;
    case PROP_REVIEW_ID:
      g_value_set_int64 (value, ov_action_get_review_id (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, ov_action_get_description (self));
      break;
    case PROP_OWNER_ID:
      g_value_set_int64 (value, ov_action_get_owner_id (self));
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, ov_action_get_due_on (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_action_get_status (self));
      break;
    case PROP_CANCEL_REASON:
      g_value_set_string (value, ov_action_get_cancel_reason (self));
      break;
    case PROP_COMPLETED_ON:
      g_value_set_string (value, ov_action_get_completed_on (self));
      break;
    case PROP_OWNER_NAME:
      g_value_set_string (value, ov_action_get_owner_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_action_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OvAction *self = OV_ACTION (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      ov_action_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_REVIEW_ID:
      ov_action_set_review_id (self, g_value_get_int64 (value));
      break;
    case PROP_DESCRIPTION:
      ov_action_set_description (self, g_value_get_string (value));
      break;
    case PROP_OWNER_ID:
      ov_action_set_owner_id (self, g_value_get_int64 (value));
      break;
    case PROP_DUE_ON:
      ov_action_set_due_on (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ov_action_set_status (self, g_value_get_enum (value));
      break;
    case PROP_CANCEL_REASON:
      ov_action_set_cancel_reason (self, g_value_get_string (value));
      break;
    case PROP_COMPLETED_ON:
      ov_action_set_completed_on (self, g_value_get_string (value));
      break;
    case PROP_OWNER_NAME:
      ov_action_set_owner_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_action_class_init (OvActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_action_finalize;
  object_class->get_property = ov_action_get_property;
  object_class->set_property = ov_action_set_property;

  record_class->table_name = "actions";
  record_class->entity_name = "action";
  record_class->view_name = "actions_view";
  record_class->validate = ov_action_validate;
  record_class->describe = ov_action_describe;

  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", "Raised at", "The review that set the action, if any",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", "Action", "What is to be done",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", "Owner", "Who is to do it",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", "Due", "When it is due",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "Open, done or cancelled",
                       OV_TYPE_ACTION_STATUS, OV_ACTION_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CANCEL_REASON] =
    g_param_spec_string ("cancel-reason", "Reason", "Why the action was cancelled",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETED_ON] =
    g_param_spec_string ("completed-on", "Completed", "When it was done",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", "Owner", "Name of the owner",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_action_init (OvAction *self)
{
}

/**
 * ov_action_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvAction *
ov_action_new (void)
{
  return g_object_new (OV_TYPE_ACTION, NULL);
}

gint64
ov_action_get_case_id (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), 0);
  return self->case_id;
}

void
ov_action_set_case_id (OvAction *self,
                       gint64    case_id)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

gint64
ov_action_get_review_id (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), 0);
  return self->review_id;
}

void
ov_action_set_review_id (OvAction *self,
                         gint64    review_id)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (self->review_id != review_id)
    {
      self->review_id = review_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ID]);
    }
}

const char *
ov_action_get_description (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), NULL);
  return self->description;
}

void
ov_action_set_description (OvAction   *self,
                           const char *description)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (ov_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gint64
ov_action_get_owner_id (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), 0);
  return self->owner_id;
}

void
ov_action_set_owner_id (OvAction *self,
                        gint64    owner_id)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (self->owner_id != owner_id)
    {
      self->owner_id = owner_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
    }
}

const char *
ov_action_get_due_on (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), NULL);
  return self->due_on;
}

void
ov_action_set_due_on (OvAction   *self,
                      const char *due_on)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (ov_set_str (&self->due_on, due_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ON]);
}

OvActionStatus
ov_action_get_status (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), 0);
  return self->status;
}

void
ov_action_set_status (OvAction       *self,
                      OvActionStatus  status)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_action_get_cancel_reason (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), NULL);
  return self->cancel_reason;
}

void
ov_action_set_cancel_reason (OvAction   *self,
                             const char *cancel_reason)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (ov_set_str (&self->cancel_reason, cancel_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCEL_REASON]);
}

const char *
ov_action_get_completed_on (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), NULL);
  return self->completed_on;
}

void
ov_action_set_completed_on (OvAction   *self,
                            const char *completed_on)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (ov_set_str (&self->completed_on, completed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED_ON]);
}

const char *
ov_action_get_owner_name (OvAction *self)
{
  g_return_val_if_fail (OV_IS_ACTION (self), NULL);
  return self->owner_name;
}

void
ov_action_set_owner_name (OvAction   *self,
                          const char *owner_name)
{
  g_return_if_fail (OV_IS_ACTION (self));
  if (ov_set_str (&self->owner_name, owner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_NAME]);
}

/**
 * ov_action_is_overdue:
 * @today: the local calendar date, YYYY-MM-DD
 *
 * Returns: %TRUE if the action is open and its due date is before @today
 */
gboolean
ov_action_is_overdue (OvAction   *self,
                      const char *today)
{
  g_return_val_if_fail (OV_IS_ACTION (self), FALSE);
  return self->status == OV_ACTION_STATUS_OPEN &&
         ov_date_is_valid (self->due_on) &&
         g_strcmp0 (self->due_on, today) < 0;
}
