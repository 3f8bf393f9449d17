/* ov-victim-strategy.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-victim-strategy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-victim-strategy.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvVictimStrategy
{
  OvRecord parent_instance;

  gint64 person_id;
  gint64 version;
  OvStrategyStatus status;
  char *safeguarding_plan;
  char *contact_arrangements;
  gint64 update_frequency_days;
  OvEnhancedReason enhanced_reasons;
  char *communication_needs;
  char *special_measures;
  char *support_services;
  gint64 author_id;
  gint64 agreed_by;
  char *agreed_at;
  char *author_name;
  char *agreed_by_name;
};

G_DEFINE_FINAL_TYPE (OvVictimStrategy, ov_victim_strategy, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_VERSION,
  PROP_STATUS,
  PROP_SAFEGUARDING_PLAN,
  PROP_CONTACT_ARRANGEMENTS,
  PROP_UPDATE_FREQUENCY_DAYS,
  PROP_ENHANCED_REASONS,
  PROP_COMMUNICATION_NEEDS,
  PROP_SPECIAL_MEASURES,
  PROP_SUPPORT_SERVICES,
  PROP_AUTHOR_ID,
  PROP_AGREED_BY,
  PROP_AGREED_AT,
  PROP_AUTHOR_NAME,
  PROP_AGREED_BY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_victim_strategy_validate (OvRecord    *record,
                             const char **property,
                             GError     **error)
{
  OvVictimStrategy *self = OV_VICTIM_STRATEGY (record);

  if (self->person_id <= 0)
    {
      *property = "person-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The victim strategy must belong to a victim."));
      return FALSE;
    }
  if (self->version <= 0)
    {
      *property = "version";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The strategy version must be 1 or more."));
      return FALSE;
    }
  if (self->update_frequency_days <= 0 || self->update_frequency_days > 366)
    {
      *property = "update-frequency-days";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Agree how often the victim is updated, in days (1 to 366)."));
      return FALSE;
    }
  if (self->status == OV_STRATEGY_STATUS_AGREED && (self->agreed_by <= 0 || ov_str_empty (self->agreed_at)))
    {
      *property = "status";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("An agreed victim strategy needs the supervisor who agreed it and when."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_victim_strategy_describe (OvRecord *record)
{
  OvVictimStrategy *self = OV_VICTIM_STRATEGY (record);

  /* Translators: e.g. "Victim strategy version 2" */
  return g_strdup_printf (_("Victim strategy version %" PRId64), self->version);
}

static void
ov_victim_strategy_finalize (GObject *object)
{
  OvVictimStrategy *self = OV_VICTIM_STRATEGY (object);

  g_clear_pointer (&self->safeguarding_plan, g_free);
  g_clear_pointer (&self->contact_arrangements, g_free);
  g_clear_pointer (&self->communication_needs, g_free);
  g_clear_pointer (&self->special_measures, g_free);
  g_clear_pointer (&self->support_services, g_free);
  g_clear_pointer (&self->agreed_at, g_free);
  g_clear_pointer (&self->author_name, g_free);
  g_clear_pointer (&self->agreed_by_name, g_free);

  G_OBJECT_CLASS (ov_victim_strategy_parent_class)->finalize (object);
}

static void
ov_victim_strategy_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvVictimStrategy *self = OV_VICTIM_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, ov_victim_strategy_get_person_id (self));
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, ov_victim_strategy_get_version (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_victim_strategy_get_status (self));
      break;
    case PROP_SAFEGUARDING_PLAN:
      g_value_set_string (value, ov_victim_strategy_get_safeguarding_plan (self));
      break;
    case PROP_CONTACT_ARRANGEMENTS:
      g_value_set_string (value, ov_victim_strategy_get_contact_arrangements (self));
      break;
    case PROP_UPDATE_FREQUENCY_DAYS:
      g_value_set_int64 (value, ov_victim_strategy_get_update_frequency_days (self));
      break;
    case PROP_ENHANCED_REASONS:
      g_value_set_flags (value, ov_victim_strategy_get_enhanced_reasons (self));
      break;
    case PROP_COMMUNICATION_NEEDS:
      g_value_set_string (value, ov_victim_strategy_get_communication_needs (self));
      break;
    case PROP_SPECIAL_MEASURES:
      g_value_set_string (value, ov_victim_strategy_get_special_measures (self));
      break;
    case PROP_SUPPORT_SERVICES:
      g_value_set_string (value, ov_victim_strategy_get_support_services (self));
      break;
    case PROP_AUTHOR_ID:
      g_value_set_int64 (value, ov_victim_strategy_get_author_id (self));
      break;
    case PROP_AGREED_BY:
      g_value_set_int64 (value, ov_victim_strategy_get_agreed_by (self));
      break;
    case PROP_AGREED_AT:
      g_value_set_string (value, ov_victim_strategy_get_agreed_at (self));
      break;
    case PROP_AUTHOR_NAME:
      g_value_set_string (value, ov_victim_strategy_get_author_name (self));
      break;
    case PROP_AGREED_BY_NAME:
      g_value_set_string (value, ov_victim_strategy_get_agreed_by_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_strategy_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvVictimStrategy *self = OV_VICTIM_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      ov_victim_strategy_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_VERSION:
      ov_victim_strategy_set_version (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      ov_victim_strategy_set_status (self, g_value_get_enum (value));
      break;
    case PROP_SAFEGUARDING_PLAN:
      ov_victim_strategy_set_safeguarding_plan (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_ARRANGEMENTS:
      ov_victim_strategy_set_contact_arrangements (self, g_value_get_string (value));
      break;
    case PROP_UPDATE_FREQUENCY_DAYS:
      ov_victim_strategy_set_update_frequency_days (self, g_value_get_int64 (value));
      break;
    case PROP_ENHANCED_REASONS:
      ov_victim_strategy_set_enhanced_reasons (self, g_value_get_flags (value));
      break;
    case PROP_COMMUNICATION_NEEDS:
      ov_victim_strategy_set_communication_needs (self, g_value_get_string (value));
      break;
    case PROP_SPECIAL_MEASURES:
      ov_victim_strategy_set_special_measures (self, g_value_get_string (value));
      break;
    case PROP_SUPPORT_SERVICES:
      ov_victim_strategy_set_support_services (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR_ID:
      ov_victim_strategy_set_author_id (self, g_value_get_int64 (value));
      break;
    case PROP_AGREED_BY:
      ov_victim_strategy_set_agreed_by (self, g_value_get_int64 (value));
      break;
    case PROP_AGREED_AT:
      ov_victim_strategy_set_agreed_at (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR_NAME:
      ov_victim_strategy_set_author_name (self, g_value_get_string (value));
      break;
    case PROP_AGREED_BY_NAME:
      ov_victim_strategy_set_agreed_by_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_strategy_class_init (OvVictimStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_victim_strategy_finalize;
  object_class->get_property = ov_victim_strategy_get_property;
  object_class->set_property = ov_victim_strategy_set_property;

  record_class->table_name = "victim_strategies";
  record_class->entity_name = "victim-strategy";
  record_class->view_name = "victim_strategies_view";
  record_class->validate = ov_victim_strategy_validate;
  record_class->describe = ov_victim_strategy_describe;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", "Victim", "The victim",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", "Version", "Version number, from 1",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "Draft or agreed",
                       OV_TYPE_STRATEGY_STATUS, OV_STRATEGY_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAFEGUARDING_PLAN] =
    g_param_spec_string ("safeguarding-plan", "Safeguarding plan", "Ongoing safeguarding",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT_ARRANGEMENTS] =
    g_param_spec_string ("contact-arrangements", "Contact arrangements", "How and when the victim is contacted",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATE_FREQUENCY_DAYS] =
    g_param_spec_int64 ("update-frequency-days", "Update frequency (days)", "Agreed interval between updates to the victim",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENHANCED_REASONS] =
    g_param_spec_flags ("enhanced-reasons", "Enhanced rights", "Why the victim is entitled to enhanced rights",
                        OV_TYPE_ENHANCED_REASON, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMMUNICATION_NEEDS] =
    g_param_spec_string ("communication-needs", "Interpreter and communication needs", "Interpreter and communication needs",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPECIAL_MEASURES] =
    g_param_spec_string ("special-measures", "Special measures", "Special measures for giving evidence",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUPPORT_SERVICES] =
    g_param_spec_string ("support-services", "Support services", "Services the victim is referred to",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR_ID] =
    g_param_spec_int64 ("author-id", "Drafted by", "Who drafted this version",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_AGREED_BY] =
    g_param_spec_int64 ("agreed-by", "Agreed by", "The supervisor who agreed it",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_AGREED_AT] =
    g_param_spec_string ("agreed-at", "Agreed at", "When it was agreed (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", "Drafted by", "Name of the author",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_AGREED_BY_NAME] =
    g_param_spec_string ("agreed-by-name", "Agreed by", "Name of the supervisor",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_victim_strategy_init (OvVictimStrategy *self)
{
}

/**
 * ov_victim_strategy_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvVictimStrategy *
ov_victim_strategy_new (void)
{
  return g_object_new (OV_TYPE_VICTIM_STRATEGY, NULL);
}

gint64
ov_victim_strategy_get_person_id (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), 0);
  return self->person_id;
}

void
ov_victim_strategy_set_person_id (OvVictimStrategy *self,
                                  gint64            person_id)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
}

gint64
ov_victim_strategy_get_version (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), 0);
  return self->version;
}

void
ov_victim_strategy_set_version (OvVictimStrategy *self,
                                gint64            version)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
}

OvStrategyStatus
ov_victim_strategy_get_status (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), 0);
  return self->status;
}

void
ov_victim_strategy_set_status (OvVictimStrategy *self,
                               OvStrategyStatus  status)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_victim_strategy_get_safeguarding_plan (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->safeguarding_plan;
}

void
ov_victim_strategy_set_safeguarding_plan (OvVictimStrategy *self,
                                          const char       *safeguarding_plan)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->safeguarding_plan, safeguarding_plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAFEGUARDING_PLAN]);
}

const char *
ov_victim_strategy_get_contact_arrangements (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->contact_arrangements;
}

void
ov_victim_strategy_set_contact_arrangements (OvVictimStrategy *self,
                                             const char       *contact_arrangements)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->contact_arrangements, contact_arrangements))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ARRANGEMENTS]);
}

gint64
ov_victim_strategy_get_update_frequency_days (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), 0);
  return self->update_frequency_days;
}

void
ov_victim_strategy_set_update_frequency_days (OvVictimStrategy *self,
                                              gint64            update_frequency_days)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (self->update_frequency_days != update_frequency_days)
    {
      self->update_frequency_days = update_frequency_days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATE_FREQUENCY_DAYS]);
    }
}

OvEnhancedReason
ov_victim_strategy_get_enhanced_reasons (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), 0);
  return self->enhanced_reasons;
}

void
ov_victim_strategy_set_enhanced_reasons (OvVictimStrategy *self,
                                         OvEnhancedReason  enhanced_reasons)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (self->enhanced_reasons != enhanced_reasons)
    {
      self->enhanced_reasons = enhanced_reasons;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENHANCED_REASONS]);
    }
}

const char *
ov_victim_strategy_get_communication_needs (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->communication_needs;
}

void
ov_victim_strategy_set_communication_needs (OvVictimStrategy *self,
                                            const char       *communication_needs)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->communication_needs, communication_needs))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNICATION_NEEDS]);
}

const char *
ov_victim_strategy_get_special_measures (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->special_measures;
}

void
ov_victim_strategy_set_special_measures (OvVictimStrategy *self,
                                         const char       *special_measures)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->special_measures, special_measures))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPECIAL_MEASURES]);
}

const char *
ov_victim_strategy_get_support_services (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->support_services;
}

void
ov_victim_strategy_set_support_services (OvVictimStrategy *self,
                                         const char       *support_services)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->support_services, support_services))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPORT_SERVICES]);
}

gint64
ov_victim_strategy_get_author_id (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), 0);
  return self->author_id;
}

void
ov_victim_strategy_set_author_id (OvVictimStrategy *self,
                                  gint64            author_id)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (self->author_id != author_id)
    {
      self->author_id = author_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
    }
}

gint64
ov_victim_strategy_get_agreed_by (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), 0);
  return self->agreed_by;
}

void
ov_victim_strategy_set_agreed_by (OvVictimStrategy *self,
                                  gint64            agreed_by)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (self->agreed_by != agreed_by)
    {
      self->agreed_by = agreed_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_BY]);
    }
}

const char *
ov_victim_strategy_get_agreed_at (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->agreed_at;
}

void
ov_victim_strategy_set_agreed_at (OvVictimStrategy *self,
                                  const char       *agreed_at)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->agreed_at, agreed_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_AT]);
}

const char *
ov_victim_strategy_get_author_name (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->author_name;
}

void
ov_victim_strategy_set_author_name (OvVictimStrategy *self,
                                    const char       *author_name)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->author_name, author_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}

const char *
ov_victim_strategy_get_agreed_by_name (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), NULL);
  return self->agreed_by_name;
}

void
ov_victim_strategy_set_agreed_by_name (OvVictimStrategy *self,
                                       const char       *agreed_by_name)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY (self));
  if (ov_set_str (&self->agreed_by_name, agreed_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_BY_NAME]);
}

gboolean
ov_victim_strategy_is_agreed (OvVictimStrategy *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (self), FALSE);
  return self->status == OV_STRATEGY_STATUS_AGREED;
}
