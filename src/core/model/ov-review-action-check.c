/* ov-review-action-check.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-review-action-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-review-action-check.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvReviewActionCheck
{
  OvRecord parent_instance;

  gint64 review_id;
  gint64 action_id;
  OvActionStatus status;
  char *note;
  char *action_description;
};

G_DEFINE_FINAL_TYPE (OvReviewActionCheck, ov_review_action_check, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_ACTION_ID,
  PROP_STATUS,
  PROP_NOTE,
  PROP_ACTION_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_review_action_check_validate (OvRecord    *record,
                                 const char **property,
                                 GError     **error)
{
  OvReviewActionCheck *self = OV_REVIEW_ACTION_CHECK (record);

  if (self->review_id <= 0 || self->action_id <= 0)
    {
      *property = "action-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The check must name its review and action."));
      return FALSE;
    }
  if (self->status == OV_ACTION_STATUS_CANCELLED && ov_str_empty (self->note))
    {
      *property = "note";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the reason the action is cancelled."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_review_action_check_describe (OvRecord *record)
{
  OvReviewActionCheck *self = OV_REVIEW_ACTION_CHECK (record);

  return g_strdup (self->action_description ? self->action_description : "");
}

static void
ov_review_action_check_finalize (GObject *object)
{
  OvReviewActionCheck *self = OV_REVIEW_ACTION_CHECK (object);

  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->action_description, g_free);

  G_OBJECT_CLASS (ov_review_action_check_parent_class)->finalize (object);
}

static void
ov_review_action_check_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OvReviewActionCheck *self = OV_REVIEW_ACTION_CHECK (object);

  switch (prop_id)
    {
    case PROP_REVIEW_ID:
      g_value_set_int64 (value, ov_review_action_check_get_review_id (self));
      break;
    case PROP_ACTION_ID:
      g_value_set_int64 (value, ov_review_action_check_get_action_id (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_review_action_check_get_status (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, ov_review_action_check_get_note (self));
      break;
    case PROP_ACTION_DESCRIPTION:
      g_value_set_string (value, ov_review_action_check_get_action_description (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_action_check_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OvReviewActionCheck *self = OV_REVIEW_ACTION_CHECK (object);

  switch (prop_id)
    {
    case PROP_REVIEW_ID:
      ov_review_action_check_set_review_id (self, g_value_get_int64 (value));
      break;
    case PROP_ACTION_ID:
      ov_review_action_check_set_action_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      ov_review_action_check_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NOTE:
      ov_review_action_check_set_note (self, g_value_get_string (value));
      break;
    case PROP_ACTION_DESCRIPTION:
      ov_review_action_check_set_action_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_action_check_class_init (OvReviewActionCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_review_action_check_finalize;
  object_class->get_property = ov_review_action_check_get_property;
  object_class->set_property = ov_review_action_check_set_property;

  record_class->table_name = "review_action_checks";
  record_class->entity_name = "review-action-check";
  record_class->view_name = "review_action_checks_view";
  record_class->validate = ov_review_action_check_validate;
  record_class->describe = ov_review_action_check_describe;

  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", "Review", "The review",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ACTION_ID] =
    g_param_spec_int64 ("action-id", "Action", "The action checked",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "The action's status as checked at the review",
                       OV_TYPE_ACTION_STATUS, OV_ACTION_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", "Note", "Note on the action",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION_DESCRIPTION] =
    g_param_spec_string ("action-description", "Action", "Description of the action",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_review_action_check_init (OvReviewActionCheck *self)
{
}

/**
 * ov_review_action_check_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvReviewActionCheck *
ov_review_action_check_new (void)
{
  return g_object_new (OV_TYPE_REVIEW_ACTION_CHECK, NULL);
}

gint64
ov_review_action_check_get_review_id (OvReviewActionCheck *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_ACTION_CHECK (self), 0);
  return self->review_id;
}

void
ov_review_action_check_set_review_id (OvReviewActionCheck *self,
                                      gint64               review_id)
{
  g_return_if_fail (OV_IS_REVIEW_ACTION_CHECK (self));
  if (self->review_id != review_id)
    {
      self->review_id = review_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ID]);
    }
}

gint64
ov_review_action_check_get_action_id (OvReviewActionCheck *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_ACTION_CHECK (self), 0);
  return self->action_id;
}

void
ov_review_action_check_set_action_id (OvReviewActionCheck *self,
                                      gint64               action_id)
{
  g_return_if_fail (OV_IS_REVIEW_ACTION_CHECK (self));
  if (self->action_id != action_id)
    {
      self->action_id = action_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_ID]);
    }
}

OvActionStatus
ov_review_action_check_get_status (OvReviewActionCheck *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_ACTION_CHECK (self), 0);
  return self->status;
}

void
ov_review_action_check_set_status (OvReviewActionCheck *self,
                                   OvActionStatus       status)
{
  g_return_if_fail (OV_IS_REVIEW_ACTION_CHECK (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_review_action_check_get_note (OvReviewActionCheck *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_ACTION_CHECK (self), NULL);
  return self->note;
}

void
ov_review_action_check_set_note (OvReviewActionCheck *self,
                                 const char          *note)
{
  g_return_if_fail (OV_IS_REVIEW_ACTION_CHECK (self));
  if (ov_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
ov_review_action_check_get_action_description (OvReviewActionCheck *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_ACTION_CHECK (self), NULL);
  return self->action_description;
}

void
ov_review_action_check_set_action_description (OvReviewActionCheck *self,
                                               const char          *action_description)
{
  g_return_if_fail (OV_IS_REVIEW_ACTION_CHECK (self));
  if (ov_set_str (&self->action_description, action_description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_DESCRIPTION]);
}
