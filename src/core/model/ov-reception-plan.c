/* ov-reception-plan.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-reception-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-reception-plan.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvReceptionPlan
{
  OvRecord parent_instance;

  char *name;
  OvPlanScope scope;
  char *venue;
  int capacity;
  char *activation;
  char *escalation;
  char *interpreters;
  char *health_screening;
  char *welfare;
  char *onward_support;
  char *lrf_agreed_on;
  char *lrf_reference;
  char *last_exercised_on;
  char *lessons;
  char *review_due_on;
};

G_DEFINE_FINAL_TYPE (OvReceptionPlan, ov_reception_plan, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SCOPE,
  PROP_VENUE,
  PROP_CAPACITY,
  PROP_ACTIVATION,
  PROP_ESCALATION,
  PROP_INTERPRETERS,
  PROP_HEALTH_SCREENING,
  PROP_WELFARE,
  PROP_ONWARD_SUPPORT,
  PROP_LRF_AGREED_ON,
  PROP_LRF_REFERENCE,
  PROP_LAST_EXERCISED_ON,
  PROP_LESSONS,
  PROP_REVIEW_DUE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const date_properties[] = {
  "lrf-agreed-on", "last-exercised-on", "review-due-on",
};

static gboolean
ov_reception_plan_validate (OvRecord    *record,
                            const char **property,
                            GError     **error)
{
  OvReceptionPlan *self = OV_RECEPTION_PLAN (record);
  const char * const dates[] = { self->lrf_agreed_on, self->last_exercised_on,
                                 self->review_due_on };

  if (ov_str_empty (self->name))
    {
      *property = "name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter a name for the plan."));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      if (!ov_str_empty (dates[i]) && !ov_date_is_valid (dates[i]))
        {
          *property = date_properties[i];
          g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                       _("“%s” is not a date: enter it as YYYY-MM-DD."), dates[i]);
          return FALSE;
        }
    }
  if (!ov_str_empty (self->lrf_reference) && ov_str_empty (self->lrf_agreed_on))
    {
      *property = "lrf-agreed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the local resilience forum agreed the plan."));
      return FALSE;
    }
  if (!ov_str_empty (self->lessons) && ov_str_empty (self->last_exercised_on))
    {
      *property = "last-exercised-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the plan was exercised or used that the lessons come from."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_reception_plan_describe (OvRecord *record)
{
  OvReceptionPlan *self = OV_RECEPTION_PLAN (record);

  return g_strdup (self->name != NULL ? self->name : "");
}

static void
ov_reception_plan_finalize (GObject *object)
{
  OvReceptionPlan *self = OV_RECEPTION_PLAN (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->venue, g_free);
  g_clear_pointer (&self->activation, g_free);
  g_clear_pointer (&self->escalation, g_free);
  g_clear_pointer (&self->interpreters, g_free);
  g_clear_pointer (&self->health_screening, g_free);
  g_clear_pointer (&self->welfare, g_free);
  g_clear_pointer (&self->onward_support, g_free);
  g_clear_pointer (&self->lrf_agreed_on, g_free);
  g_clear_pointer (&self->lrf_reference, g_free);
  g_clear_pointer (&self->last_exercised_on, g_free);
  g_clear_pointer (&self->lessons, g_free);
  g_clear_pointer (&self->review_due_on, g_free);

  G_OBJECT_CLASS (ov_reception_plan_parent_class)->finalize (object);
}

static void
ov_reception_plan_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvReceptionPlan *self = OV_RECEPTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, ov_reception_plan_get_name (self));
      break;
    case PROP_SCOPE:
      g_value_set_enum (value, ov_reception_plan_get_scope (self));
      break;
    case PROP_VENUE:
      g_value_set_string (value, ov_reception_plan_get_venue (self));
      break;
    case PROP_CAPACITY:
      g_value_set_int (value, ov_reception_plan_get_capacity (self));
      break;
    case PROP_ACTIVATION:
      g_value_set_string (value, ov_reception_plan_get_activation (self));
      break;
    case PROP_ESCALATION:
      g_value_set_string (value, ov_reception_plan_get_escalation (self));
      break;
    case PROP_INTERPRETERS:
      g_value_set_string (value, ov_reception_plan_get_interpreters (self));
      break;
    case PROP_HEALTH_SCREENING:
      g_value_set_string (value, ov_reception_plan_get_health_screening (self));
      break;
    case PROP_WELFARE:
      g_value_set_string (value, ov_reception_plan_get_welfare (self));
      break;
    case PROP_ONWARD_SUPPORT:
      g_value_set_string (value, ov_reception_plan_get_onward_support (self));
      break;
    case PROP_LRF_AGREED_ON:
      g_value_set_string (value, ov_reception_plan_get_lrf_agreed_on (self));
      break;
    case PROP_LRF_REFERENCE:
      g_value_set_string (value, ov_reception_plan_get_lrf_reference (self));
      break;
    case PROP_LAST_EXERCISED_ON:
      g_value_set_string (value, ov_reception_plan_get_last_exercised_on (self));
      break;
    case PROP_LESSONS:
      g_value_set_string (value, ov_reception_plan_get_lessons (self));
      break;
    case PROP_REVIEW_DUE_ON:
      g_value_set_string (value, ov_reception_plan_get_review_due_on (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reception_plan_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvReceptionPlan *self = OV_RECEPTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ov_reception_plan_set_name (self, g_value_get_string (value));
      break;
    case PROP_SCOPE:
      ov_reception_plan_set_scope (self, g_value_get_enum (value));
      break;
    case PROP_VENUE:
      ov_reception_plan_set_venue (self, g_value_get_string (value));
      break;
    case PROP_CAPACITY:
      ov_reception_plan_set_capacity (self, g_value_get_int (value));
      break;
    case PROP_ACTIVATION:
      ov_reception_plan_set_activation (self, g_value_get_string (value));
      break;
    case PROP_ESCALATION:
      ov_reception_plan_set_escalation (self, g_value_get_string (value));
      break;
    case PROP_INTERPRETERS:
      ov_reception_plan_set_interpreters (self, g_value_get_string (value));
      break;
    case PROP_HEALTH_SCREENING:
      ov_reception_plan_set_health_screening (self, g_value_get_string (value));
      break;
    case PROP_WELFARE:
      ov_reception_plan_set_welfare (self, g_value_get_string (value));
      break;
    case PROP_ONWARD_SUPPORT:
      ov_reception_plan_set_onward_support (self, g_value_get_string (value));
      break;
    case PROP_LRF_AGREED_ON:
      ov_reception_plan_set_lrf_agreed_on (self, g_value_get_string (value));
      break;
    case PROP_LRF_REFERENCE:
      ov_reception_plan_set_lrf_reference (self, g_value_get_string (value));
      break;
    case PROP_LAST_EXERCISED_ON:
      ov_reception_plan_set_last_exercised_on (self, g_value_get_string (value));
      break;
    case PROP_LESSONS:
      ov_reception_plan_set_lessons (self, g_value_get_string (value));
      break;
    case PROP_REVIEW_DUE_ON:
      ov_reception_plan_set_review_due_on (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reception_plan_class_init (OvReceptionPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_reception_plan_finalize;
  object_class->get_property = ov_reception_plan_get_property;
  object_class->set_property = ov_reception_plan_set_property;

  record_class->table_name = "reception_plans";
  record_class->entity_name = "reception-plan";
  record_class->validate = ov_reception_plan_validate;
  record_class->describe = ov_reception_plan_describe;

  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name", "The name of the plan",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCOPE] =
    g_param_spec_enum ("scope", "Scope", "Pre-planned operations, spontaneous incidents or both",
                       OV_TYPE_PLAN_SCOPE, OV_PLAN_SCOPE_BOTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VENUE] =
    g_param_spec_string ("venue", "Venue", "Where the reception centre opens",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", "Capacity", "How many people the centre can receive",
                      0, 100000, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVATION] =
    g_param_spec_string ("activation", "Activation", "Who opens the centre and how",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ESCALATION] =
    g_param_spec_string ("escalation", "Escalation", "How the centre escalates, and to whom",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETERS] =
    g_param_spec_string ("interpreters", "Interpreters", "How interpreters are called",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEALTH_SCREENING] =
    g_param_spec_string ("health-screening", "Health screening", "Who screens health, and where",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WELFARE] =
    g_param_spec_string ("welfare", "Welfare", "Welfare arrangements at the centre",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONWARD_SUPPORT] =
    g_param_spec_string ("onward-support", "Onward support", "How victims are supported after the centre closes",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LRF_AGREED_ON] =
    g_param_spec_string ("lrf-agreed-on", "Agreed through the LRF", "When the local resilience forum agreed the plan",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_LRF_REFERENCE] =
    g_param_spec_string ("lrf-reference", "LRF reference", "The reference of the local resilience forum agreement",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_EXERCISED_ON] =
    g_param_spec_string ("last-exercised-on", "Last exercised or used", "When the plan was last exercised or used",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_LESSONS] =
    g_param_spec_string ("lessons", "Lessons", "Lessons from the last exercise or use",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_DUE_ON] =
    g_param_spec_string ("review-due-on", "Review due", "When the plan is due for review",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_reception_plan_init (OvReceptionPlan *self)
{
  self->scope = OV_PLAN_SCOPE_BOTH;
}

/**
 * ov_reception_plan_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvReceptionPlan *
ov_reception_plan_new (void)
{
  return g_object_new (OV_TYPE_RECEPTION_PLAN, NULL);
}

const char *
ov_reception_plan_get_name (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->name;
}

void
ov_reception_plan_set_name (OvReceptionPlan *self,
                            const char      *name)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

OvPlanScope
ov_reception_plan_get_scope (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), 0);
  return self->scope;
}

void
ov_reception_plan_set_scope (OvReceptionPlan *self,
                             OvPlanScope      scope)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (self->scope != scope)
    {
      self->scope = scope;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
    }
}

const char *
ov_reception_plan_get_venue (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->venue;
}

void
ov_reception_plan_set_venue (OvReceptionPlan *self,
                             const char      *venue)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->venue, venue))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE]);
}

int
ov_reception_plan_get_capacity (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), 0);
  return self->capacity;
}

void
ov_reception_plan_set_capacity (OvReceptionPlan *self,
                                int              capacity)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (self->capacity != capacity)
    {
      self->capacity = capacity;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
    }
}

const char *
ov_reception_plan_get_activation (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->activation;
}

void
ov_reception_plan_set_activation (OvReceptionPlan *self,
                                  const char      *activation)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->activation, activation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVATION]);
}

const char *
ov_reception_plan_get_escalation (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->escalation;
}

void
ov_reception_plan_set_escalation (OvReceptionPlan *self,
                                  const char      *escalation)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->escalation, escalation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESCALATION]);
}

const char *
ov_reception_plan_get_interpreters (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->interpreters;
}

void
ov_reception_plan_set_interpreters (OvReceptionPlan *self,
                                    const char      *interpreters)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->interpreters, interpreters))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETERS]);
}

const char *
ov_reception_plan_get_health_screening (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->health_screening;
}

void
ov_reception_plan_set_health_screening (OvReceptionPlan *self,
                                        const char      *health_screening)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->health_screening, health_screening))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEALTH_SCREENING]);
}

const char *
ov_reception_plan_get_welfare (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->welfare;
}

void
ov_reception_plan_set_welfare (OvReceptionPlan *self,
                               const char      *welfare)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->welfare, welfare))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WELFARE]);
}

const char *
ov_reception_plan_get_onward_support (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->onward_support;
}

void
ov_reception_plan_set_onward_support (OvReceptionPlan *self,
                                      const char      *onward_support)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->onward_support, onward_support))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONWARD_SUPPORT]);
}

const char *
ov_reception_plan_get_lrf_agreed_on (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->lrf_agreed_on;
}

void
ov_reception_plan_set_lrf_agreed_on (OvReceptionPlan *self,
                                     const char      *lrf_agreed_on)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->lrf_agreed_on, lrf_agreed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LRF_AGREED_ON]);
}

const char *
ov_reception_plan_get_lrf_reference (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->lrf_reference;
}

void
ov_reception_plan_set_lrf_reference (OvReceptionPlan *self,
                                     const char      *lrf_reference)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->lrf_reference, lrf_reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LRF_REFERENCE]);
}

const char *
ov_reception_plan_get_last_exercised_on (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->last_exercised_on;
}

void
ov_reception_plan_set_last_exercised_on (OvReceptionPlan *self,
                                         const char      *last_exercised_on)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->last_exercised_on, last_exercised_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_EXERCISED_ON]);
}

const char *
ov_reception_plan_get_lessons (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->lessons;
}

void
ov_reception_plan_set_lessons (OvReceptionPlan *self,
                               const char      *lessons)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->lessons, lessons))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSONS]);
}

const char *
ov_reception_plan_get_review_due_on (OvReceptionPlan *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (self), NULL);
  return self->review_due_on;
}

void
ov_reception_plan_set_review_due_on (OvReceptionPlan *self,
                                     const char      *review_due_on)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN (self));
  if (ov_set_str (&self->review_due_on, review_due_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_DUE_ON]);
}
