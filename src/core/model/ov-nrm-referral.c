/* ov-nrm-referral.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-nrm-referral"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-nrm-referral.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvNrmReferral
{
  OvRecord parent_instance;

  gint64 person_id;
  OvNrmRoute route;
  gboolean consent_given;
  char *submitted_on;
  char *reference;
  OvNrmDecisionMaker decision_maker;
  OvGroundsOutcome rg_outcome;
  char *rg_on;
  OvGroundsOutcome cg_outcome;
  char *cg_on;
  gboolean reconsideration_requested;
  char *notes;
};

G_DEFINE_FINAL_TYPE (OvNrmReferral, ov_nrm_referral, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_ROUTE,
  PROP_CONSENT_GIVEN,
  PROP_SUBMITTED_ON,
  PROP_REFERENCE,
  PROP_DECISION_MAKER,
  PROP_RG_OUTCOME,
  PROP_RG_ON,
  PROP_CG_OUTCOME,
  PROP_CG_ON,
  PROP_RECONSIDERATION_REQUESTED,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_nrm_referral_validate (OvRecord    *record,
                          const char **property,
                          GError     **error)
{
  OvNrmReferral *self = OV_NRM_REFERRAL (record);

  if (self->person_id <= 0)
    {
      *property = "person-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The referral must belong to a person."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->submitted_on))
    {
      *property = "submitted-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date the referral was submitted as YYYY-MM-DD."));
      return FALSE;
    }
  if (self->route == OV_NRM_ROUTE_NRM_WITH_CONSENT && !self->consent_given)
    {
      *property = "consent-given";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("An adult is referred to the NRM only with consent. Record the consent, or notify anonymously on form MS1."));
      return FALSE;
    }
  if (self->route == OV_NRM_ROUTE_MS1_ANONYMOUS && self->consent_given)
    {
      *property = "route";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The adult consented, so refer them to the NRM: MS1 is for adults who do not consent."));
      return FALSE;
    }
  if (self->route == OV_NRM_ROUTE_MS1_ANONYMOUS && (self->rg_outcome != OV_GROUNDS_OUTCOME_PENDING || self->cg_outcome != OV_GROUNDS_OUTCOME_PENDING))
    {
      *property = "rg-outcome";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("An MS1 notification leads to no grounds decisions."));
      return FALSE;
    }
  if (self->rg_outcome != OV_GROUNDS_OUTCOME_PENDING && (!ov_date_is_valid (self->rg_on) || g_strcmp0 (self->rg_on, self->submitted_on) < 0))
    {
      *property = "rg-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date of the reasonable grounds decision (YYYY-MM-DD), on or after submission."));
      return FALSE;
    }
  if (self->cg_outcome != OV_GROUNDS_OUTCOME_PENDING && self->rg_outcome != OV_GROUNDS_OUTCOME_POSITIVE)
    {
      *property = "cg-outcome";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("A conclusive grounds decision follows a positive reasonable grounds decision."));
      return FALSE;
    }
  if (self->cg_outcome != OV_GROUNDS_OUTCOME_PENDING && (!ov_date_is_valid (self->cg_on) || g_strcmp0 (self->cg_on, self->rg_on) < 0))
    {
      *property = "cg-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date of the conclusive grounds decision (YYYY-MM-DD), on or after the reasonable grounds decision."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_nrm_referral_describe (OvRecord *record)
{
  OvNrmReferral *self = OV_NRM_REFERRAL (record);

  return g_strdup (ov_enum_get_label (OV_TYPE_NRM_ROUTE, self->route));
}

static void
ov_nrm_referral_finalize (GObject *object)
{
  OvNrmReferral *self = OV_NRM_REFERRAL (object);

  g_clear_pointer (&self->submitted_on, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->rg_on, g_free);
  g_clear_pointer (&self->cg_on, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ov_nrm_referral_parent_class)->finalize (object);
}

static void
ov_nrm_referral_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OvNrmReferral *self = OV_NRM_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, ov_nrm_referral_get_person_id (self));
      break;
    case PROP_ROUTE:
      g_value_set_enum (value, ov_nrm_referral_get_route (self));
      break;
    case PROP_CONSENT_GIVEN:
      g_value_set_boolean (value, ov_nrm_referral_get_consent_given (self));
      break;
    case PROP_SUBMITTED_ON:
      g_value_set_string (value, ov_nrm_referral_get_submitted_on (self));
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, ov_nrm_referral_get_reference (self));
      break;
    case PROP_DECISION_MAKER:
      g_value_set_enum (value, ov_nrm_referral_get_decision_maker (self));
      break;
    case PROP_RG_OUTCOME:
      g_value_set_enum (value, ov_nrm_referral_get_rg_outcome (self));
      break;
    case PROP_RG_ON:
      g_value_set_string (value, ov_nrm_referral_get_rg_on (self));
      break;
    case PROP_CG_OUTCOME:
      g_value_set_enum (value, ov_nrm_referral_get_cg_outcome (self));
      break;
    case PROP_CG_ON:
      g_value_set_string (value, ov_nrm_referral_get_cg_on (self));
      break;
    case PROP_RECONSIDERATION_REQUESTED:
      g_value_set_boolean (value, ov_nrm_referral_get_reconsideration_requested (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, ov_nrm_referral_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_nrm_referral_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OvNrmReferral *self = OV_NRM_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      ov_nrm_referral_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROUTE:
      ov_nrm_referral_set_route (self, g_value_get_enum (value));
      break;
    case PROP_CONSENT_GIVEN:
      ov_nrm_referral_set_consent_given (self, g_value_get_boolean (value));
      break;
    case PROP_SUBMITTED_ON:
      ov_nrm_referral_set_submitted_on (self, g_value_get_string (value));
      break;
    case PROP_REFERENCE:
      ov_nrm_referral_set_reference (self, g_value_get_string (value));
      break;
    case PROP_DECISION_MAKER:
      ov_nrm_referral_set_decision_maker (self, g_value_get_enum (value));
      break;
    case PROP_RG_OUTCOME:
      ov_nrm_referral_set_rg_outcome (self, g_value_get_enum (value));
      break;
    case PROP_RG_ON:
      ov_nrm_referral_set_rg_on (self, g_value_get_string (value));
      break;
    case PROP_CG_OUTCOME:
      ov_nrm_referral_set_cg_outcome (self, g_value_get_enum (value));
      break;
    case PROP_CG_ON:
      ov_nrm_referral_set_cg_on (self, g_value_get_string (value));
      break;
    case PROP_RECONSIDERATION_REQUESTED:
      ov_nrm_referral_set_reconsideration_requested (self, g_value_get_boolean (value));
      break;
    case PROP_NOTES:
      ov_nrm_referral_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_nrm_referral_class_init (OvNrmReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_nrm_referral_finalize;
  object_class->get_property = ov_nrm_referral_get_property;
  object_class->set_property = ov_nrm_referral_set_property;

  record_class->table_name = "nrm_referrals";
  record_class->entity_name = "nrm-referral";
  record_class->validate = ov_nrm_referral_validate;
  record_class->describe = ov_nrm_referral_describe;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", "Person", "The potential victim",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ROUTE] =
    g_param_spec_enum ("route", "Route", "NRM referral or MS1 notification",
                       OV_TYPE_NRM_ROUTE, OV_NRM_ROUTE_NRM_WITH_CONSENT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_GIVEN] =
    g_param_spec_boolean ("consent-given", "Consent", "The adult consented to the NRM referral",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBMITTED_ON] =
    g_param_spec_string ("submitted-on", "Submitted", "Date submitted",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", "Reference", "NRM or MS1 reference",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION_MAKER] =
    g_param_spec_enum ("decision-maker", "Decision maker", "Who decides",
                       OV_TYPE_NRM_DECISION_MAKER, OV_NRM_DECISION_MAKER_SCA,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RG_OUTCOME] =
    g_param_spec_enum ("rg-outcome", "Reasonable grounds", "Reasonable grounds decision",
                       OV_TYPE_GROUNDS_OUTCOME, OV_GROUNDS_OUTCOME_PENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RG_ON] =
    g_param_spec_string ("rg-on", "Reasonable grounds date", "Date of the reasonable grounds decision",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_CG_OUTCOME] =
    g_param_spec_enum ("cg-outcome", "Conclusive grounds", "Conclusive grounds decision",
                       OV_TYPE_GROUNDS_OUTCOME, OV_GROUNDS_OUTCOME_PENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CG_ON] =
    g_param_spec_string ("cg-on", "Conclusive grounds date", "Date of the conclusive grounds decision",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_RECONSIDERATION_REQUESTED] =
    g_param_spec_boolean ("reconsideration-requested", "Reconsideration requested", "A reconsideration of a decision was requested",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", "Notes", "Notes",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_nrm_referral_init (OvNrmReferral *self)
{
}

/**
 * ov_nrm_referral_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvNrmReferral *
ov_nrm_referral_new (void)
{
  return g_object_new (OV_TYPE_NRM_REFERRAL, NULL);
}

gint64
ov_nrm_referral_get_person_id (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), 0);
  return self->person_id;
}

void
ov_nrm_referral_set_person_id (OvNrmReferral *self,
                               gint64         person_id)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
}

OvNrmRoute
ov_nrm_referral_get_route (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), 0);
  return self->route;
}

void
ov_nrm_referral_set_route (OvNrmReferral *self,
                           OvNrmRoute     route)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (self->route != route)
    {
      self->route = route;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTE]);
    }
}

gboolean
ov_nrm_referral_get_consent_given (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), 0);
  return self->consent_given;
}

void
ov_nrm_referral_set_consent_given (OvNrmReferral *self,
                                   gboolean       consent_given)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  consent_given = !!consent_given;
  if (self->consent_given != consent_given)
    {
      self->consent_given = consent_given;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_GIVEN]);
    }
}

const char *
ov_nrm_referral_get_submitted_on (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), NULL);
  return self->submitted_on;
}

void
ov_nrm_referral_set_submitted_on (OvNrmReferral *self,
                                  const char    *submitted_on)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (ov_set_str (&self->submitted_on, submitted_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMITTED_ON]);
}

const char *
ov_nrm_referral_get_reference (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), NULL);
  return self->reference;
}

void
ov_nrm_referral_set_reference (OvNrmReferral *self,
                               const char    *reference)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (ov_set_str (&self->reference, reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

OvNrmDecisionMaker
ov_nrm_referral_get_decision_maker (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), 0);
  return self->decision_maker;
}

void
ov_nrm_referral_set_decision_maker (OvNrmReferral      *self,
                                    OvNrmDecisionMaker  decision_maker)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (self->decision_maker != decision_maker)
    {
      self->decision_maker = decision_maker;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_MAKER]);
    }
}

OvGroundsOutcome
ov_nrm_referral_get_rg_outcome (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), 0);
  return self->rg_outcome;
}

void
ov_nrm_referral_set_rg_outcome (OvNrmReferral    *self,
                                OvGroundsOutcome  rg_outcome)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (self->rg_outcome != rg_outcome)
    {
      self->rg_outcome = rg_outcome;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RG_OUTCOME]);
    }
}

const char *
ov_nrm_referral_get_rg_on (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), NULL);
  return self->rg_on;
}

void
ov_nrm_referral_set_rg_on (OvNrmReferral *self,
                           const char    *rg_on)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (ov_set_str (&self->rg_on, rg_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RG_ON]);
}

OvGroundsOutcome
ov_nrm_referral_get_cg_outcome (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), 0);
  return self->cg_outcome;
}

void
ov_nrm_referral_set_cg_outcome (OvNrmReferral    *self,
                                OvGroundsOutcome  cg_outcome)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (self->cg_outcome != cg_outcome)
    {
      self->cg_outcome = cg_outcome;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CG_OUTCOME]);
    }
}

const char *
ov_nrm_referral_get_cg_on (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), NULL);
  return self->cg_on;
}

void
ov_nrm_referral_set_cg_on (OvNrmReferral *self,
                           const char    *cg_on)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (ov_set_str (&self->cg_on, cg_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CG_ON]);
}

gboolean
ov_nrm_referral_get_reconsideration_requested (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), 0);
  return self->reconsideration_requested;
}

void
ov_nrm_referral_set_reconsideration_requested (OvNrmReferral *self,
                                               gboolean       reconsideration_requested)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  reconsideration_requested = !!reconsideration_requested;
  if (self->reconsideration_requested != reconsideration_requested)
    {
      self->reconsideration_requested = reconsideration_requested;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECONSIDERATION_REQUESTED]);
    }
}

const char *
ov_nrm_referral_get_notes (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), NULL);
  return self->notes;
}

void
ov_nrm_referral_set_notes (OvNrmReferral *self,
                           const char    *notes)
{
  g_return_if_fail (OV_IS_NRM_REFERRAL (self));
  if (ov_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/* A positive reasonable grounds decision starts a recovery period of at least 30 days. */
#define RECOVERY_PERIOD_DAYS 30

/**
 * ov_nrm_referral_get_recovery_period_ends_on:
 *
 * Returns: (transfer full) (nullable): the earliest end of the recovery period (30 days
 *   after a positive reasonable grounds decision), or %NULL when there is none
 */
char *
ov_nrm_referral_get_recovery_period_ends_on (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), NULL);

  if (self->rg_outcome != OV_GROUNDS_OUTCOME_POSITIVE)
    return NULL;
  return ov_date_add_days (self->rg_on, RECOVERY_PERIOD_DAYS);
}

/**
 * ov_nrm_referral_describe_stage:
 *
 * Returns: (transfer full): where the referral stands, for people ("Reasonable grounds:
 *   positive", "Awaiting reasonable grounds decision" ...)
 */
char *
ov_nrm_referral_describe_stage (OvNrmReferral *self)
{
  g_return_val_if_fail (OV_IS_NRM_REFERRAL (self), NULL);

  if (self->route == OV_NRM_ROUTE_MS1_ANONYMOUS)
    return g_strdup (_("MS1 notification made"));
  if (self->cg_outcome == OV_GROUNDS_OUTCOME_POSITIVE)
    return g_strdup (_("Conclusive grounds: positive"));
  if (self->cg_outcome == OV_GROUNDS_OUTCOME_NEGATIVE)
    return g_strdup (_("Conclusive grounds: negative"));
  if (self->rg_outcome == OV_GROUNDS_OUTCOME_POSITIVE)
    return g_strdup (_("Reasonable grounds: positive; awaiting conclusive grounds"));
  if (self->rg_outcome == OV_GROUNDS_OUTCOME_NEGATIVE)
    return g_strdup (_("Reasonable grounds: negative"));
  return g_strdup (_("Referred; awaiting reasonable grounds decision"));
}
