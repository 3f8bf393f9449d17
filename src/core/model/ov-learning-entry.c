/* ov-learning-entry.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-learning-entry"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-learning-entry.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvLearningEntry
{
  OvRecord parent_instance;

  OvLearningKind kind;
  char *recorded_on;
  gint64 case_id;
  gint64 review_id;
  char *description;
  char *actions;
  char *actions_closed_on;
  OvLearningAudience shared_with;
  char *shared_on;
};

G_DEFINE_FINAL_TYPE (OvLearningEntry, ov_learning_entry, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_RECORDED_ON,
  PROP_CASE_ID,
  PROP_REVIEW_ID,
  PROP_DESCRIPTION,
  PROP_ACTIONS,
  PROP_ACTIONS_CLOSED_ON,
  PROP_SHARED_WITH,
  PROP_SHARED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_learning_entry_validate (OvRecord    *record,
                            const char **property,
                            GError     **error)
{
  OvLearningEntry *self = OV_LEARNING_ENTRY (record);

  if (!ov_date_is_valid (self->recorded_on))
    {
      *property = "recorded-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the learning was recorded as YYYY-MM-DD."));
      return FALSE;
    }
  if (ov_str_empty (self->description))
    {
      *property = "description";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Describe what happened and what was learnt."));
      return FALSE;
    }
  if (!ov_str_empty (self->actions_closed_on) && !ov_date_is_valid (self->actions_closed_on))
    {
      *property = "actions-closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the actions were closed as YYYY-MM-DD, or leave it empty while "
                     "they are open."));
      return FALSE;
    }
  if (!ov_str_empty (self->actions_closed_on) && g_strcmp0 (self->actions_closed_on, self->recorded_on) < 0)
    {
      *property = "actions-closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The actions cannot be closed before the entry was recorded: check the two "
                     "dates."));
      return FALSE;
    }
  if (!ov_str_empty (self->shared_on) && !ov_date_is_valid (self->shared_on))
    {
      *property = "shared-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the learning was shared as YYYY-MM-DD."));
      return FALSE;
    }
  if (self->shared_with != OV_LEARNING_AUDIENCE_NONE && ov_str_empty (self->shared_on))
    {
      *property = "shared-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the learning was shared."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_learning_entry_describe (OvRecord *record)
{
  OvLearningEntry *self = OV_LEARNING_ENTRY (record);

  return g_strdup_printf ("%s (%s)", ov_enum_get_label (OV_TYPE_LEARNING_KIND, self->kind),
                          self->recorded_on ? self->recorded_on : "");
}

static void
ov_learning_entry_finalize (GObject *object)
{
  OvLearningEntry *self = OV_LEARNING_ENTRY (object);

  g_clear_pointer (&self->recorded_on, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->actions, g_free);
  g_clear_pointer (&self->actions_closed_on, g_free);
  g_clear_pointer (&self->shared_on, g_free);

  G_OBJECT_CLASS (ov_learning_entry_parent_class)->finalize (object);
}

static void
ov_learning_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvLearningEntry *self = OV_LEARNING_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, ov_learning_entry_get_kind (self));
      break;
    case PROP_RECORDED_ON:
      g_value_set_string (value, ov_learning_entry_get_recorded_on (self));
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_learning_entry_get_case_id (self));
      break;
    case PROP_REVIEW_ID:
      g_value_set_int64 (value, ov_learning_entry_get_review_id (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, ov_learning_entry_get_description (self));
      break;
    case PROP_ACTIONS:
      g_value_set_string (value, ov_learning_entry_get_actions (self));
      break;
    case PROP_ACTIONS_CLOSED_ON:
      g_value_set_string (value, ov_learning_entry_get_actions_closed_on (self));
      break;
    case PROP_SHARED_WITH:
      g_value_set_flags (value, ov_learning_entry_get_shared_with (self));
      break;
    case PROP_SHARED_ON:
      g_value_set_string (value, ov_learning_entry_get_shared_on (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_learning_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvLearningEntry *self = OV_LEARNING_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      ov_learning_entry_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_RECORDED_ON:
      ov_learning_entry_set_recorded_on (self, g_value_get_string (value));
      break;
    case PROP_CASE_ID:
      ov_learning_entry_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_REVIEW_ID:
      ov_learning_entry_set_review_id (self, g_value_get_int64 (value));
      break;
    case PROP_DESCRIPTION:
      ov_learning_entry_set_description (self, g_value_get_string (value));
      break;
    case PROP_ACTIONS:
      ov_learning_entry_set_actions (self, g_value_get_string (value));
      break;
    case PROP_ACTIONS_CLOSED_ON:
      ov_learning_entry_set_actions_closed_on (self, g_value_get_string (value));
      break;
    case PROP_SHARED_WITH:
      ov_learning_entry_set_shared_with (self, g_value_get_flags (value));
      break;
    case PROP_SHARED_ON:
      ov_learning_entry_set_shared_on (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_learning_entry_class_init (OvLearningEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_learning_entry_finalize;
  object_class->get_property = ov_learning_entry_get_property;
  object_class->set_property = ov_learning_entry_set_property;

  record_class->table_name = "learning_entries";
  record_class->entity_name = "learning-entry";
  record_class->validate = ov_learning_entry_validate;
  record_class->describe = ov_learning_entry_describe;
  record_class->deletable = TRUE;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", "Kind", "Good practice, missed opportunity or process gap",
                       OV_TYPE_LEARNING_KIND, OV_LEARNING_KIND_GOOD_PRACTICE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORDED_ON] =
    g_param_spec_string ("recorded-on", "Recorded", "When the learning was recorded",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case it comes from, if any",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", "Review", "The supervisory review it comes from, if any",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", "Description", "What happened and what was learnt",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIONS] =
    g_param_spec_string ("actions", "Actions arising", "What is to be done about it",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIONS_CLOSED_ON] =
    g_param_spec_string ("actions-closed-on", "Actions closed", "When the actions were all done",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_SHARED_WITH] =
    g_param_spec_flags ("shared-with", "Shared with", "Who the learning was shared with",
                        OV_TYPE_LEARNING_AUDIENCE, OV_LEARNING_AUDIENCE_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARED_ON] =
    g_param_spec_string ("shared-on", "Shared on", "When it was shared",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_learning_entry_init (OvLearningEntry *self)
{
}

/**
 * ov_learning_entry_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvLearningEntry *
ov_learning_entry_new (void)
{
  return g_object_new (OV_TYPE_LEARNING_ENTRY, NULL);
}

OvLearningKind
ov_learning_entry_get_kind (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), 0);
  return self->kind;
}

void
ov_learning_entry_set_kind (OvLearningEntry *self,
                            OvLearningKind   kind)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

const char *
ov_learning_entry_get_recorded_on (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), NULL);
  return self->recorded_on;
}

void
ov_learning_entry_set_recorded_on (OvLearningEntry *self,
                                   const char      *recorded_on)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (ov_set_str (&self->recorded_on, recorded_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_ON]);
}

gint64
ov_learning_entry_get_case_id (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), 0);
  return self->case_id;
}

void
ov_learning_entry_set_case_id (OvLearningEntry *self,
                               gint64           case_id)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

gint64
ov_learning_entry_get_review_id (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), 0);
  return self->review_id;
}

void
ov_learning_entry_set_review_id (OvLearningEntry *self,
                                 gint64           review_id)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (self->review_id != review_id)
    {
      self->review_id = review_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ID]);
    }
}

const char *
ov_learning_entry_get_description (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), NULL);
  return self->description;
}

void
ov_learning_entry_set_description (OvLearningEntry *self,
                                   const char      *description)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (ov_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
ov_learning_entry_get_actions (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), NULL);
  return self->actions;
}

void
ov_learning_entry_set_actions (OvLearningEntry *self,
                               const char      *actions)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (ov_set_str (&self->actions, actions))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIONS]);
}

const char *
ov_learning_entry_get_actions_closed_on (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), NULL);
  return self->actions_closed_on;
}

void
ov_learning_entry_set_actions_closed_on (OvLearningEntry *self,
                                         const char      *actions_closed_on)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (ov_set_str (&self->actions_closed_on, actions_closed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIONS_CLOSED_ON]);
}

OvLearningAudience
ov_learning_entry_get_shared_with (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), 0);
  return self->shared_with;
}

void
ov_learning_entry_set_shared_with (OvLearningEntry   *self,
                                   OvLearningAudience shared_with)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (self->shared_with != shared_with)
    {
      self->shared_with = shared_with;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED_WITH]);
    }
}

const char *
ov_learning_entry_get_shared_on (OvLearningEntry *self)
{
  g_return_val_if_fail (OV_IS_LEARNING_ENTRY (self), NULL);
  return self->shared_on;
}

void
ov_learning_entry_set_shared_on (OvLearningEntry *self,
                                 const char      *shared_on)
{
  g_return_if_fail (OV_IS_LEARNING_ENTRY (self));
  if (ov_set_str (&self->shared_on, shared_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED_ON]);
}
