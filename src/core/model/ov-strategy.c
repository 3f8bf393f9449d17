/* ov-strategy.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-strategy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-strategy.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvStrategy
{
  OvRecord parent_instance;

  gint64 case_id;
  gint64 version;
  OvStrategyStatus status;
  char *parameters;
  char *aims;
  OvFinancialInvestigation financial_investigation;
  char *financial_rationale;
  char *rocu_notified_on;
  OvOrdersConsidered orders_considered;
  char *orders_rationale;
  char *intelligence_plan;
  char *forensic_plan;
  char *suspect_plan;
  char *communications_plan;
  char *other_plan;
  gint64 author_id;
  gint64 agreed_by;
  char *agreed_at;
  char *author_name;
  char *agreed_by_name;
};

G_DEFINE_FINAL_TYPE (OvStrategy, ov_strategy, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_VERSION,
  PROP_STATUS,
  PROP_PARAMETERS,
  PROP_AIMS,
  PROP_FINANCIAL_INVESTIGATION,
  PROP_FINANCIAL_RATIONALE,
  PROP_ROCU_NOTIFIED_ON,
  PROP_ORDERS_CONSIDERED,
  PROP_ORDERS_RATIONALE,
  PROP_INTELLIGENCE_PLAN,
  PROP_FORENSIC_PLAN,
  PROP_SUSPECT_PLAN,
  PROP_COMMUNICATIONS_PLAN,
  PROP_OTHER_PLAN,
  PROP_AUTHOR_ID,
  PROP_AGREED_BY,
  PROP_AGREED_AT,
  PROP_AUTHOR_NAME,
  PROP_AGREED_BY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_strategy_validate (OvRecord    *record,
                      const char **property,
                      GError     **error)
{
  OvStrategy *self = OV_STRATEGY (record);

  if (self->case_id <= 0)
    {
      *property = "case-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The strategy must belong to a case."));
      return FALSE;
    }
  if (self->version <= 0)
    {
      *property = "version";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The strategy version must be 1 or more."));
      return FALSE;
    }
  if (self->financial_investigation == OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED && ov_str_empty (self->financial_rationale))
    {
      *property = "financial-rationale";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the reason a financial investigation is not required."));
      return FALSE;
    }
  if (!ov_str_empty (self->rocu_notified_on) && !ov_date_is_valid (self->rocu_notified_on))
    {
      *property = "rocu-notified-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date the ROCU was notified as YYYY-MM-DD, or leave it empty."));
      return FALSE;
    }
  if ((self->orders_considered == OV_ORDERS_CONSIDERED_NEITHER) && ov_str_empty (self->orders_rationale))
    {
      *property = "orders-rationale";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the reason neither an STPO nor an STRO will be sought."));
      return FALSE;
    }
  if (self->status == OV_STRATEGY_STATUS_AGREED && (self->agreed_by <= 0 || ov_str_empty (self->agreed_at)))
    {
      *property = "status";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("An agreed strategy needs the supervisor who agreed it and when."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_strategy_describe (OvRecord *record)
{
  OvStrategy *self = OV_STRATEGY (record);

  /* Translators: a strategy version, e.g. "Strategy version 2" */
  return g_strdup_printf (_("Strategy version %" PRId64), self->version);
}

static void
ov_strategy_finalize (GObject *object)
{
  OvStrategy *self = OV_STRATEGY (object);

  g_clear_pointer (&self->parameters, g_free);
  g_clear_pointer (&self->aims, g_free);
  g_clear_pointer (&self->financial_rationale, g_free);
  g_clear_pointer (&self->rocu_notified_on, g_free);
  g_clear_pointer (&self->orders_rationale, g_free);
  g_clear_pointer (&self->intelligence_plan, g_free);
  g_clear_pointer (&self->forensic_plan, g_free);
  g_clear_pointer (&self->suspect_plan, g_free);
  g_clear_pointer (&self->communications_plan, g_free);
  g_clear_pointer (&self->other_plan, g_free);
  g_clear_pointer (&self->agreed_at, g_free);
  g_clear_pointer (&self->author_name, g_free);
  g_clear_pointer (&self->agreed_by_name, g_free);

  G_OBJECT_CLASS (ov_strategy_parent_class)->finalize (object);
}

static void
ov_strategy_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OvStrategy *self = OV_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_strategy_get_case_id (self));
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, ov_strategy_get_version (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_strategy_get_status (self));
      break;
    case PROP_PARAMETERS:
      g_value_set_string (value, ov_strategy_get_parameters (self));
      break;
    case PROP_AIMS:
      g_value_set_string (value, ov_strategy_get_aims (self));
      break;
    case PROP_FINANCIAL_INVESTIGATION:
      g_value_set_enum (value, ov_strategy_get_financial_investigation (self));
      break;
    case PROP_FINANCIAL_RATIONALE:
      g_value_set_string (value, ov_strategy_get_financial_rationale (self));
      break;
    case PROP_ROCU_NOTIFIED_ON:
      g_value_set_string (value, ov_strategy_get_rocu_notified_on (self));
      break;
    case PROP_ORDERS_CONSIDERED:
      g_value_set_enum (value, ov_strategy_get_orders_considered (self));
      break;
    case PROP_ORDERS_RATIONALE:
      g_value_set_string (value, ov_strategy_get_orders_rationale (self));
      break;
    case PROP_INTELLIGENCE_PLAN:
      g_value_set_string (value, ov_strategy_get_intelligence_plan (self));
      break;
    case PROP_FORENSIC_PLAN:
      g_value_set_string (value, ov_strategy_get_forensic_plan (self));
      break;
    case PROP_SUSPECT_PLAN:
      g_value_set_string (value, ov_strategy_get_suspect_plan (self));
      break;
    case PROP_COMMUNICATIONS_PLAN:
      g_value_set_string (value, ov_strategy_get_communications_plan (self));
      break;
    case PROP_OTHER_PLAN:
      g_value_set_string (value, ov_strategy_get_other_plan (self));
      break;
    case PROP_AUTHOR_ID:
      g_value_set_int64 (value, ov_strategy_get_author_id (self));
      break;
    case PROP_AGREED_BY:
      g_value_set_int64 (value, ov_strategy_get_agreed_by (self));
      break;
    case PROP_AGREED_AT:
      g_value_set_string (value, ov_strategy_get_agreed_at (self));
      break;
    case PROP_AUTHOR_NAME:
      g_value_set_string (value, ov_strategy_get_author_name (self));
      break;
    case PROP_AGREED_BY_NAME:
      g_value_set_string (value, ov_strategy_get_agreed_by_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_strategy_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OvStrategy *self = OV_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      ov_strategy_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_VERSION:
      ov_strategy_set_version (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      ov_strategy_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PARAMETERS:
      ov_strategy_set_parameters (self, g_value_get_string (value));
      break;
    case PROP_AIMS:
      ov_strategy_set_aims (self, g_value_get_string (value));
      break;
    case PROP_FINANCIAL_INVESTIGATION:
      ov_strategy_set_financial_investigation (self, g_value_get_enum (value));
      break;
    case PROP_FINANCIAL_RATIONALE:
      ov_strategy_set_financial_rationale (self, g_value_get_string (value));
      break;
    case PROP_ROCU_NOTIFIED_ON:
      ov_strategy_set_rocu_notified_on (self, g_value_get_string (value));
      break;
    case PROP_ORDERS_CONSIDERED:
      ov_strategy_set_orders_considered (self, g_value_get_enum (value));
      break;
    case PROP_ORDERS_RATIONALE:
      ov_strategy_set_orders_rationale (self, g_value_get_string (value));
      break;
    case PROP_INTELLIGENCE_PLAN:
      ov_strategy_set_intelligence_plan (self, g_value_get_string (value));
      break;
    case PROP_FORENSIC_PLAN:
      ov_strategy_set_forensic_plan (self, g_value_get_string (value));
      break;
    case PROP_SUSPECT_PLAN:
      ov_strategy_set_suspect_plan (self, g_value_get_string (value));
      break;
    case PROP_COMMUNICATIONS_PLAN:
      ov_strategy_set_communications_plan (self, g_value_get_string (value));
      break;
    case PROP_OTHER_PLAN:
      ov_strategy_set_other_plan (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR_ID:
      ov_strategy_set_author_id (self, g_value_get_int64 (value));
      break;
    case PROP_AGREED_BY:
      ov_strategy_set_agreed_by (self, g_value_get_int64 (value));
      break;
    case PROP_AGREED_AT:
      ov_strategy_set_agreed_at (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR_NAME:
      ov_strategy_set_author_name (self, g_value_get_string (value));
      break;
    case PROP_AGREED_BY_NAME:
      ov_strategy_set_agreed_by_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_strategy_class_init (OvStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_strategy_finalize;
  object_class->get_property = ov_strategy_get_property;
  object_class->set_property = ov_strategy_set_property;

  record_class->table_name = "strategies";
  record_class->entity_name = "strategy";
  record_class->view_name = "strategies_view";
  record_class->validate = ov_strategy_validate;
  record_class->describe = ov_strategy_describe;

  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case",
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
  properties[PROP_PARAMETERS] =
    g_param_spec_string ("parameters", "Parameters", "Parameters of the investigation",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AIMS] =
    g_param_spec_string ("aims", "Aims", "Aims and objectives",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINANCIAL_INVESTIGATION] =
    g_param_spec_enum ("financial-investigation", "Financial investigation", "Whether a financial investigation runs",
                       OV_TYPE_FINANCIAL_INVESTIGATION, OV_FINANCIAL_INVESTIGATION_NOT_CONSIDERED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINANCIAL_RATIONALE] =
    g_param_spec_string ("financial-rationale", "Financial rationale", "Why a financial investigation is not required",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROCU_NOTIFIED_ON] =
    g_param_spec_string ("rocu-notified-on", "ROCU notified", "Date the regional organised crime unit was notified",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_ORDERS_CONSIDERED] =
    g_param_spec_enum ("orders-considered", "Prevention and risk orders", "STPO and STRO considered",
                       OV_TYPE_ORDERS_CONSIDERED, OV_ORDERS_CONSIDERED_NOT_YET,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORDERS_RATIONALE] =
    g_param_spec_string ("orders-rationale", "Orders rationale", "Why the orders were or were not sought",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTELLIGENCE_PLAN] =
    g_param_spec_string ("intelligence-plan", "Intelligence", "Intelligence plan",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORENSIC_PLAN] =
    g_param_spec_string ("forensic-plan", "Forensics", "Forensic and digital plan",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUSPECT_PLAN] =
    g_param_spec_string ("suspect-plan", "Suspects", "Suspect strategy",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMMUNICATIONS_PLAN] =
    g_param_spec_string ("communications-plan", "Communications", "Media and communications plan",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OTHER_PLAN] =
    g_param_spec_string ("other-plan", "Other", "Other parts of the plan",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR_ID] =
    g_param_spec_int64 ("author-id", "Drafted by", "The investigator who drafted this version",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_AGREED_BY] =
    g_param_spec_int64 ("agreed-by", "Agreed by", "The supervisor who agreed this version",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_AGREED_AT] =
    g_param_spec_string ("agreed-at", "Agreed at", "When this version was agreed (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", "Drafted by", "Name of the author",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_AGREED_BY_NAME] =
    g_param_spec_string ("agreed-by-name", "Agreed by", "Name of the supervisor who agreed",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_strategy_init (OvStrategy *self)
{
}

/**
 * ov_strategy_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvStrategy *
ov_strategy_new (void)
{
  return g_object_new (OV_TYPE_STRATEGY, NULL);
}

gint64
ov_strategy_get_case_id (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), 0);
  return self->case_id;
}

void
ov_strategy_set_case_id (OvStrategy *self,
                         gint64      case_id)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

gint64
ov_strategy_get_version (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), 0);
  return self->version;
}

void
ov_strategy_set_version (OvStrategy *self,
                         gint64      version)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
}

OvStrategyStatus
ov_strategy_get_status (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), 0);
  return self->status;
}

void
ov_strategy_set_status (OvStrategy       *self,
                        OvStrategyStatus  status)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_strategy_get_parameters (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->parameters;
}

void
ov_strategy_set_parameters (OvStrategy *self,
                            const char *parameters)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->parameters, parameters))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARAMETERS]);
}

const char *
ov_strategy_get_aims (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->aims;
}

void
ov_strategy_set_aims (OvStrategy *self,
                      const char *aims)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->aims, aims))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AIMS]);
}

OvFinancialInvestigation
ov_strategy_get_financial_investigation (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), 0);
  return self->financial_investigation;
}

void
ov_strategy_set_financial_investigation (OvStrategy               *self,
                                         OvFinancialInvestigation  financial_investigation)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (self->financial_investigation != financial_investigation)
    {
      self->financial_investigation = financial_investigation;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINANCIAL_INVESTIGATION]);
    }
}

const char *
ov_strategy_get_financial_rationale (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->financial_rationale;
}

void
ov_strategy_set_financial_rationale (OvStrategy *self,
                                     const char *financial_rationale)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->financial_rationale, financial_rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINANCIAL_RATIONALE]);
}

const char *
ov_strategy_get_rocu_notified_on (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->rocu_notified_on;
}

void
ov_strategy_set_rocu_notified_on (OvStrategy *self,
                                  const char *rocu_notified_on)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->rocu_notified_on, rocu_notified_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROCU_NOTIFIED_ON]);
}

OvOrdersConsidered
ov_strategy_get_orders_considered (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), 0);
  return self->orders_considered;
}

void
ov_strategy_set_orders_considered (OvStrategy         *self,
                                   OvOrdersConsidered  orders_considered)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (self->orders_considered != orders_considered)
    {
      self->orders_considered = orders_considered;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDERS_CONSIDERED]);
    }
}

const char *
ov_strategy_get_orders_rationale (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->orders_rationale;
}

void
ov_strategy_set_orders_rationale (OvStrategy *self,
                                  const char *orders_rationale)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->orders_rationale, orders_rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDERS_RATIONALE]);
}

const char *
ov_strategy_get_intelligence_plan (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->intelligence_plan;
}

void
ov_strategy_set_intelligence_plan (OvStrategy *self,
                                   const char *intelligence_plan)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->intelligence_plan, intelligence_plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTELLIGENCE_PLAN]);
}

const char *
ov_strategy_get_forensic_plan (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->forensic_plan;
}

void
ov_strategy_set_forensic_plan (OvStrategy *self,
                               const char *forensic_plan)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->forensic_plan, forensic_plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORENSIC_PLAN]);
}

const char *
ov_strategy_get_suspect_plan (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->suspect_plan;
}

void
ov_strategy_set_suspect_plan (OvStrategy *self,
                              const char *suspect_plan)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->suspect_plan, suspect_plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUSPECT_PLAN]);
}

const char *
ov_strategy_get_communications_plan (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->communications_plan;
}

void
ov_strategy_set_communications_plan (OvStrategy *self,
                                     const char *communications_plan)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->communications_plan, communications_plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNICATIONS_PLAN]);
}

const char *
ov_strategy_get_other_plan (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->other_plan;
}

void
ov_strategy_set_other_plan (OvStrategy *self,
                            const char *other_plan)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->other_plan, other_plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER_PLAN]);
}

gint64
ov_strategy_get_author_id (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), 0);
  return self->author_id;
}

void
ov_strategy_set_author_id (OvStrategy *self,
                           gint64      author_id)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (self->author_id != author_id)
    {
      self->author_id = author_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
    }
}

gint64
ov_strategy_get_agreed_by (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), 0);
  return self->agreed_by;
}

void
ov_strategy_set_agreed_by (OvStrategy *self,
                           gint64      agreed_by)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (self->agreed_by != agreed_by)
    {
      self->agreed_by = agreed_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_BY]);
    }
}

const char *
ov_strategy_get_agreed_at (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->agreed_at;
}

void
ov_strategy_set_agreed_at (OvStrategy *self,
                           const char *agreed_at)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->agreed_at, agreed_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_AT]);
}

const char *
ov_strategy_get_author_name (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->author_name;
}

void
ov_strategy_set_author_name (OvStrategy *self,
                             const char *author_name)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->author_name, author_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}

const char *
ov_strategy_get_agreed_by_name (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), NULL);
  return self->agreed_by_name;
}

void
ov_strategy_set_agreed_by_name (OvStrategy *self,
                                const char *agreed_by_name)
{
  g_return_if_fail (OV_IS_STRATEGY (self));
  if (ov_set_str (&self->agreed_by_name, agreed_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_BY_NAME]);
}

gboolean
ov_strategy_is_agreed (OvStrategy *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY (self), FALSE);
  return self->status == OV_STRATEGY_STATUS_AGREED;
}
