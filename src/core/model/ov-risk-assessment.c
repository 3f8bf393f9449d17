/* ov-risk-assessment.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-risk-assessment"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-risk-assessment.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvRiskAssessment
{
  OvRecord parent_instance;

  gint64 person_id;
  char *threat;
  char *harm;
  char *risk;
  char *investigation;
  char *vulnerability;
  char *engagement;
  OvRiskFactor risk_factors;
  char *other_factor;
  OvRiskGrade grade;
  gint64 assessor_id;
  char *assessed_on;
  gint64 endorsed_by;
  char *endorsed_at;
  char *endorsement_comment;
  gint64 supersedes_id;
  char *assessor_name;
  char *endorsed_by_name;
  gboolean superseded;
};

G_DEFINE_FINAL_TYPE (OvRiskAssessment, ov_risk_assessment, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_THREAT,
  PROP_HARM,
  PROP_RISK,
  PROP_INVESTIGATION,
  PROP_VULNERABILITY,
  PROP_ENGAGEMENT,
  PROP_RISK_FACTORS,
  PROP_OTHER_FACTOR,
  PROP_GRADE,
  PROP_ASSESSOR_ID,
  PROP_ASSESSED_ON,
  PROP_ENDORSED_BY,
  PROP_ENDORSED_AT,
  PROP_ENDORSEMENT_COMMENT,
  PROP_SUPERSEDES_ID,
  PROP_ASSESSOR_NAME,
  PROP_ENDORSED_BY_NAME,
  PROP_SUPERSEDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_risk_assessment_validate (OvRecord    *record,
                             const char **property,
                             GError     **error)
{
  OvRiskAssessment *self = OV_RISK_ASSESSMENT (record);

  if (self->person_id <= 0)
    {
      *property = "person-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The risk assessment must belong to a person."));
      return FALSE;
    }
  if (self->assessor_id <= 0)
    {
      *property = "assessor-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose who made the assessment."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->assessed_on))
    {
      *property = "assessed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date of the assessment as YYYY-MM-DD."));
      return FALSE;
    }
  if ((self->risk_factors & OV_RISK_FACTOR_OTHER) && ov_str_empty (self->other_factor))
    {
      *property = "other-factor";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Describe the other risk factor."));
      return FALSE;
    }
  if (ov_str_empty (self->threat) && ov_str_empty (self->harm) && ov_str_empty (self->risk) && ov_str_empty (self->vulnerability))
    {
      *property = "threat";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Record the assessment: at least threat, harm, risk or vulnerability."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_risk_assessment_describe (OvRecord *record)
{
  OvRiskAssessment *self = OV_RISK_ASSESSMENT (record);

  /* Translators: e.g. "Risk assessment of 2026-11-27 (High)" */
  return g_strdup_printf (_("Risk assessment of %s (%s)"), self->assessed_on ? self->assessed_on : "",
                          ov_enum_get_label (OV_TYPE_RISK_GRADE, self->grade));
}

static void
ov_risk_assessment_finalize (GObject *object)
{
  OvRiskAssessment *self = OV_RISK_ASSESSMENT (object);

  g_clear_pointer (&self->threat, g_free);
  g_clear_pointer (&self->harm, g_free);
  g_clear_pointer (&self->risk, g_free);
  g_clear_pointer (&self->investigation, g_free);
  g_clear_pointer (&self->vulnerability, g_free);
  g_clear_pointer (&self->engagement, g_free);
  g_clear_pointer (&self->other_factor, g_free);
  g_clear_pointer (&self->assessed_on, g_free);
  g_clear_pointer (&self->endorsed_at, g_free);
  g_clear_pointer (&self->endorsement_comment, g_free);
  g_clear_pointer (&self->assessor_name, g_free);
  g_clear_pointer (&self->endorsed_by_name, g_free);

  G_OBJECT_CLASS (ov_risk_assessment_parent_class)->finalize (object);
}

static void
ov_risk_assessment_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvRiskAssessment *self = OV_RISK_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, ov_risk_assessment_get_person_id (self));
      break;
    case PROP_THREAT:
      g_value_set_string (value, ov_risk_assessment_get_threat (self));
      break;
    case PROP_HARM:
      g_value_set_string (value, ov_risk_assessment_get_harm (self));
      break;
    case PROP_RISK:
      g_value_set_string (value, ov_risk_assessment_get_risk (self));
      break;
    case PROP_INVESTIGATION:
      g_value_set_string (value, ov_risk_assessment_get_investigation (self));
      break;
    case PROP_VULNERABILITY:
      g_value_set_string (value, ov_risk_assessment_get_vulnerability (self));
      break;
    case PROP_ENGAGEMENT:
      g_value_set_string (value, ov_risk_assessment_get_engagement (self));
      break;
    case PROP_RISK_FACTORS:
      g_value_set_flags (value, ov_risk_assessment_get_risk_factors (self));
      break;
    case PROP_OTHER_FACTOR:
      g_value_set_string (value, ov_risk_assessment_get_other_factor (self));
      break;
    case PROP_GRADE:
      g_value_set_enum (value, ov_risk_assessment_get_grade (self));
      break;
    case PROP_ASSESSOR_ID:
      g_value_set_int64 (value, ov_risk_assessment_get_assessor_id (self));
      break;
    case PROP_ASSESSED_ON:
      g_value_set_string (value, ov_risk_assessment_get_assessed_on (self));
      break;
    case PROP_ENDORSED_BY:
      g_value_set_int64 (value, ov_risk_assessment_get_endorsed_by (self));
      break;
    case PROP_ENDORSED_AT:
      g_value_set_string (value, ov_risk_assessment_get_endorsed_at (self));
      break;
    case PROP_ENDORSEMENT_COMMENT:
      g_value_set_string (value, ov_risk_assessment_get_endorsement_comment (self));
      break;
    case PROP_SUPERSEDES_ID:
      g_value_set_int64 (value, ov_risk_assessment_get_supersedes_id (self));
      break;
    case PROP_ASSESSOR_NAME:
      g_value_set_string (value, ov_risk_assessment_get_assessor_name (self));
      break;
    case PROP_ENDORSED_BY_NAME:
      g_value_set_string (value, ov_risk_assessment_get_endorsed_by_name (self));
      break;
    case PROP_SUPERSEDED:
      g_value_set_boolean (value, ov_risk_assessment_get_superseded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_risk_assessment_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvRiskAssessment *self = OV_RISK_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      ov_risk_assessment_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_THREAT:
      ov_risk_assessment_set_threat (self, g_value_get_string (value));
      break;
    case PROP_HARM:
      ov_risk_assessment_set_harm (self, g_value_get_string (value));
      break;
    case PROP_RISK:
      ov_risk_assessment_set_risk (self, g_value_get_string (value));
      break;
    case PROP_INVESTIGATION:
      ov_risk_assessment_set_investigation (self, g_value_get_string (value));
      break;
    case PROP_VULNERABILITY:
      ov_risk_assessment_set_vulnerability (self, g_value_get_string (value));
      break;
    case PROP_ENGAGEMENT:
      ov_risk_assessment_set_engagement (self, g_value_get_string (value));
      break;
    case PROP_RISK_FACTORS:
      ov_risk_assessment_set_risk_factors (self, g_value_get_flags (value));
      break;
    case PROP_OTHER_FACTOR:
      ov_risk_assessment_set_other_factor (self, g_value_get_string (value));
      break;
    case PROP_GRADE:
      ov_risk_assessment_set_grade (self, g_value_get_enum (value));
      break;
    case PROP_ASSESSOR_ID:
      ov_risk_assessment_set_assessor_id (self, g_value_get_int64 (value));
      break;
    case PROP_ASSESSED_ON:
      ov_risk_assessment_set_assessed_on (self, g_value_get_string (value));
      break;
    case PROP_ENDORSED_BY:
      ov_risk_assessment_set_endorsed_by (self, g_value_get_int64 (value));
      break;
    case PROP_ENDORSED_AT:
      ov_risk_assessment_set_endorsed_at (self, g_value_get_string (value));
      break;
    case PROP_ENDORSEMENT_COMMENT:
      ov_risk_assessment_set_endorsement_comment (self, g_value_get_string (value));
      break;
    case PROP_SUPERSEDES_ID:
      ov_risk_assessment_set_supersedes_id (self, g_value_get_int64 (value));
      break;
    case PROP_ASSESSOR_NAME:
      ov_risk_assessment_set_assessor_name (self, g_value_get_string (value));
      break;
    case PROP_ENDORSED_BY_NAME:
      ov_risk_assessment_set_endorsed_by_name (self, g_value_get_string (value));
      break;
    case PROP_SUPERSEDED:
      ov_risk_assessment_set_superseded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_risk_assessment_class_init (OvRiskAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_risk_assessment_finalize;
  object_class->get_property = ov_risk_assessment_get_property;
  object_class->set_property = ov_risk_assessment_set_property;

  record_class->table_name = "risk_assessments";
  record_class->entity_name = "risk-assessment";
  record_class->view_name = "risk_assessments_view";
  record_class->validate = ov_risk_assessment_validate;
  record_class->describe = ov_risk_assessment_describe;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", "Victim", "The person assessed",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_THREAT] =
    g_param_spec_string ("threat", "Threat", "Threat",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HARM] =
    g_param_spec_string ("harm", "Harm", "Harm",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RISK] =
    g_param_spec_string ("risk", "Risk", "Risk",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INVESTIGATION] =
    g_param_spec_string ("investigation", "Investigation", "Investigation",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VULNERABILITY] =
    g_param_spec_string ("vulnerability", "Vulnerability", "Vulnerability",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENGAGEMENT] =
    g_param_spec_string ("engagement", "Engagement", "Engagement",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RISK_FACTORS] =
    g_param_spec_flags ("risk-factors", "Risk factors", "Risk factors present",
                        OV_TYPE_RISK_FACTOR, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OTHER_FACTOR] =
    g_param_spec_string ("other-factor", "Other factor", "The other risk factor",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRADE] =
    g_param_spec_enum ("grade", "Grade", "Overall risk: standard, medium or high",
                       OV_TYPE_RISK_GRADE, OV_RISK_GRADE_STANDARD,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSESSOR_ID] =
    g_param_spec_int64 ("assessor-id", "Assessor", "Who made the assessment",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ASSESSED_ON] =
    g_param_spec_string ("assessed-on", "Assessed on", "Date of the assessment",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_ENDORSED_BY] =
    g_param_spec_int64 ("endorsed-by", "Endorsed by", "The supervisor who endorsed it",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ENDORSED_AT] =
    g_param_spec_string ("endorsed-at", "Endorsed at", "When it was endorsed (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_ENDORSEMENT_COMMENT] =
    g_param_spec_string ("endorsement-comment", "Supervisor's comment", "The endorsing supervisor's comment",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUPERSEDES_ID] =
    g_param_spec_int64 ("supersedes-id", "Supersedes", "The assessment this one replaces",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ASSESSOR_NAME] =
    g_param_spec_string ("assessor-name", "Assessor", "Name of the assessor",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_ENDORSED_BY_NAME] =
    g_param_spec_string ("endorsed-by-name", "Endorsed by", "Name of the supervisor",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_SUPERSEDED] =
    g_param_spec_boolean ("superseded", "Superseded", "A newer assessment replaces this one",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_risk_assessment_init (OvRiskAssessment *self)
{
}

/**
 * ov_risk_assessment_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvRiskAssessment *
ov_risk_assessment_new (void)
{
  return g_object_new (OV_TYPE_RISK_ASSESSMENT, NULL);
}

gint64
ov_risk_assessment_get_person_id (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), 0);
  return self->person_id;
}

void
ov_risk_assessment_set_person_id (OvRiskAssessment *self,
                                  gint64            person_id)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
}

const char *
ov_risk_assessment_get_threat (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->threat;
}

void
ov_risk_assessment_set_threat (OvRiskAssessment *self,
                               const char       *threat)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->threat, threat))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THREAT]);
}

const char *
ov_risk_assessment_get_harm (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->harm;
}

void
ov_risk_assessment_set_harm (OvRiskAssessment *self,
                             const char       *harm)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->harm, harm))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HARM]);
}

const char *
ov_risk_assessment_get_risk (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->risk;
}

void
ov_risk_assessment_set_risk (OvRiskAssessment *self,
                             const char       *risk)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->risk, risk))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK]);
}

const char *
ov_risk_assessment_get_investigation (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->investigation;
}

void
ov_risk_assessment_set_investigation (OvRiskAssessment *self,
                                      const char       *investigation)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->investigation, investigation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVESTIGATION]);
}

const char *
ov_risk_assessment_get_vulnerability (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->vulnerability;
}

void
ov_risk_assessment_set_vulnerability (OvRiskAssessment *self,
                                      const char       *vulnerability)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->vulnerability, vulnerability))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VULNERABILITY]);
}

const char *
ov_risk_assessment_get_engagement (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->engagement;
}

void
ov_risk_assessment_set_engagement (OvRiskAssessment *self,
                                   const char       *engagement)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->engagement, engagement))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENGAGEMENT]);
}

OvRiskFactor
ov_risk_assessment_get_risk_factors (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), 0);
  return self->risk_factors;
}

void
ov_risk_assessment_set_risk_factors (OvRiskAssessment *self,
                                     OvRiskFactor      risk_factors)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (self->risk_factors != risk_factors)
    {
      self->risk_factors = risk_factors;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_FACTORS]);
    }
}

const char *
ov_risk_assessment_get_other_factor (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->other_factor;
}

void
ov_risk_assessment_set_other_factor (OvRiskAssessment *self,
                                     const char       *other_factor)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->other_factor, other_factor))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER_FACTOR]);
}

OvRiskGrade
ov_risk_assessment_get_grade (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), 0);
  return self->grade;
}

void
ov_risk_assessment_set_grade (OvRiskAssessment *self,
                              OvRiskGrade       grade)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (self->grade != grade)
    {
      self->grade = grade;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
    }
}

gint64
ov_risk_assessment_get_assessor_id (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), 0);
  return self->assessor_id;
}

void
ov_risk_assessment_set_assessor_id (OvRiskAssessment *self,
                                    gint64            assessor_id)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (self->assessor_id != assessor_id)
    {
      self->assessor_id = assessor_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSOR_ID]);
    }
}

const char *
ov_risk_assessment_get_assessed_on (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->assessed_on;
}

void
ov_risk_assessment_set_assessed_on (OvRiskAssessment *self,
                                    const char       *assessed_on)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->assessed_on, assessed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSED_ON]);
}

gint64
ov_risk_assessment_get_endorsed_by (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), 0);
  return self->endorsed_by;
}

void
ov_risk_assessment_set_endorsed_by (OvRiskAssessment *self,
                                    gint64            endorsed_by)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (self->endorsed_by != endorsed_by)
    {
      self->endorsed_by = endorsed_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDORSED_BY]);
    }
}

const char *
ov_risk_assessment_get_endorsed_at (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->endorsed_at;
}

void
ov_risk_assessment_set_endorsed_at (OvRiskAssessment *self,
                                    const char       *endorsed_at)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->endorsed_at, endorsed_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDORSED_AT]);
}

const char *
ov_risk_assessment_get_endorsement_comment (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->endorsement_comment;
}

void
ov_risk_assessment_set_endorsement_comment (OvRiskAssessment *self,
                                            const char       *endorsement_comment)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->endorsement_comment, endorsement_comment))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDORSEMENT_COMMENT]);
}

gint64
ov_risk_assessment_get_supersedes_id (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), 0);
  return self->supersedes_id;
}

void
ov_risk_assessment_set_supersedes_id (OvRiskAssessment *self,
                                      gint64            supersedes_id)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (self->supersedes_id != supersedes_id)
    {
      self->supersedes_id = supersedes_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERSEDES_ID]);
    }
}

const char *
ov_risk_assessment_get_assessor_name (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->assessor_name;
}

void
ov_risk_assessment_set_assessor_name (OvRiskAssessment *self,
                                      const char       *assessor_name)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->assessor_name, assessor_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSOR_NAME]);
}

const char *
ov_risk_assessment_get_endorsed_by_name (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), NULL);
  return self->endorsed_by_name;
}

void
ov_risk_assessment_set_endorsed_by_name (OvRiskAssessment *self,
                                         const char       *endorsed_by_name)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  if (ov_set_str (&self->endorsed_by_name, endorsed_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDORSED_BY_NAME]);
}

gboolean
ov_risk_assessment_get_superseded (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), 0);
  return self->superseded;
}

void
ov_risk_assessment_set_superseded (OvRiskAssessment *self,
                                   gboolean          superseded)
{
  g_return_if_fail (OV_IS_RISK_ASSESSMENT (self));
  superseded = !!superseded;
  if (self->superseded != superseded)
    {
      self->superseded = superseded;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERSEDED]);
    }
}

gboolean
ov_risk_assessment_is_endorsed (OvRiskAssessment *self)
{
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (self), FALSE);
  return self->endorsed_by > 0 && !ov_str_empty (self->endorsed_at);
}
