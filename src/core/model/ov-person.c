/* ov-person.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-person"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-person.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvPerson
{
  OvRecord parent_instance;

  gint64 case_id;
  char *name;
  gboolean pseudonym;
  OvPersonRole roles;
  char *date_of_birth;
  OvAgeStatus age_status;
  OvGender gender;
  char *nationality;
  char *languages;
  gboolean interpreter_needed;
  OvCareNeeds care_needs;
  OvExploitation exploitation_types;
  char *identified_on;
  OvPersonStatus status;
  OvS45Decision s45_decision;
  char *s45_rationale;
  char *s45_decided_on;
  char *lead_contact;
  char *lead_contact_role;
  char *strategy_status;
  char *risk_grade;
  gboolean risk_endorsed;
  char *nrm_stage;
};

G_DEFINE_FINAL_TYPE (OvPerson, ov_person, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_NAME,
  PROP_PSEUDONYM,
  PROP_ROLES,
  PROP_DATE_OF_BIRTH,
  PROP_AGE_STATUS,
  PROP_GENDER,
  PROP_NATIONALITY,
  PROP_LANGUAGES,
  PROP_INTERPRETER_NEEDED,
  PROP_CARE_NEEDS,
  PROP_EXPLOITATION_TYPES,
  PROP_IDENTIFIED_ON,
  PROP_STATUS,
  PROP_S45_DECISION,
  PROP_S45_RATIONALE,
  PROP_S45_DECIDED_ON,
  PROP_LEAD_CONTACT,
  PROP_LEAD_CONTACT_ROLE,
  PROP_STRATEGY_STATUS,
  PROP_RISK_GRADE,
  PROP_RISK_ENDORSED,
  PROP_NRM_STAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_person_validate (OvRecord    *record,
                    const char **property,
                    GError     **error)
{
  OvPerson *self = OV_PERSON (record);

  if (self->case_id <= 0)
    {
      *property = "case-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The person must belong to a case."));
      return FALSE;
    }
  if (ov_str_empty (self->name))
    {
      *property = "name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter a name, or a pseudonym and tick Pseudonym."));
      return FALSE;
    }
  if (self->roles == 0)
    {
      *property = "roles";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose at least one role: victim, witness or suspect."));
      return FALSE;
    }
  if (!ov_str_empty (self->date_of_birth) && !ov_date_is_valid (self->date_of_birth))
    {
      *property = "date-of-birth";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date of birth as YYYY-MM-DD, or leave it empty."));
      return FALSE;
    }
  if (!ov_str_empty (self->identified_on) && !ov_date_is_valid (self->identified_on))
    {
      *property = "identified-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date identified as YYYY-MM-DD."));
      return FALSE;
    }
  if ((self->roles & OV_PERSON_ROLE_VICTIM) && !ov_date_is_valid (self->identified_on))
    {
      *property = "identified-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date this victim was identified as YYYY-MM-DD."));
      return FALSE;
    }
  if (self->s45_decision != OV_S45_DECISION_NOT_CONSIDERED && ov_str_empty (self->s45_rationale))
    {
      *property = "s45-rationale";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Record the rationale for the section 45 consideration."));
      return FALSE;
    }
  if (self->s45_decision != OV_S45_DECISION_NOT_CONSIDERED && !ov_date_is_valid (self->s45_decided_on))
    {
      *property = "s45-decided-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date of the section 45 consideration as YYYY-MM-DD."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_person_describe (OvRecord *record)
{
  OvPerson *self = OV_PERSON (record);

  return g_strdup (self->name ? self->name : "");
}

static void
ov_person_finalize (GObject *object)
{
  OvPerson *self = OV_PERSON (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->date_of_birth, g_free);
  g_clear_pointer (&self->nationality, g_free);
  g_clear_pointer (&self->languages, g_free);
  g_clear_pointer (&self->identified_on, g_free);
  g_clear_pointer (&self->s45_rationale, g_free);
  g_clear_pointer (&self->s45_decided_on, g_free);
  g_clear_pointer (&self->lead_contact, g_free);
  g_clear_pointer (&self->lead_contact_role, g_free);
  g_clear_pointer (&self->strategy_status, g_free);
  g_clear_pointer (&self->risk_grade, g_free);
  g_clear_pointer (&self->nrm_stage, g_free);

  G_OBJECT_CLASS (ov_person_parent_class)->finalize (object);
}

static void
ov_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OvPerson *self = OV_PERSON (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_person_get_case_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ov_person_get_name (self));
      break;
    case PROP_PSEUDONYM:
      g_value_set_boolean (value, ov_person_get_pseudonym (self));
      break;
    case PROP_ROLES:
      g_value_set_flags (value, ov_person_get_roles (self));
      break;
    case PROP_DATE_OF_BIRTH:
      g_value_set_string (value, ov_person_get_date_of_birth (self));
      break;
    case PROP_AGE_STATUS:
      g_value_set_enum (value, ov_person_get_age_status (self));
      break;
    case PROP_GENDER:
      g_value_set_enum (value, ov_person_get_gender (self));
      break;
    case PROP_NATIONALITY:
      g_value_set_string (value, ov_person_get_nationality (self));
      break;
    case PROP_LANGUAGES:
      g_value_set_string (value, ov_person_get_languages (self));
      break;
    case PROP_INTERPRETER_NEEDED:
      g_value_set_boolean (value, ov_person_get_interpreter_needed (self));
      break;
    case PROP_CARE_NEEDS:
      g_value_set_enum (value, ov_person_get_care_needs (self));
      break;
    case PROP_EXPLOITATION_TYPES:
      g_value_set_flags (value, ov_person_get_exploitation_types (self));
      break;
    case PROP_IDENTIFIED_ON:
      g_value_set_string (value, ov_person_get_identified_on (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_person_get_status (self));
      break;
    case PROP_S45_DECISION:
      g_value_set_enum (value, ov_person_get_s45_decision (self));
      break;
    case PROP_S45_RATIONALE:
      g_value_set_string (value, ov_person_get_s45_rationale (self));
      break;
    case PROP_S45_DECIDED_ON:
      g_value_set_string (value, ov_person_get_s45_decided_on (self));
      break;
    case PROP_LEAD_CONTACT:
      g_value_set_string (value, ov_person_get_lead_contact (self));
      break;
    case PROP_LEAD_CONTACT_ROLE:
      g_value_set_string (value, ov_person_get_lead_contact_role (self));
      break;
    case PROP_STRATEGY_STATUS:
      g_value_set_string (value, ov_person_get_strategy_status (self));
      break;
    case PROP_RISK_GRADE:
      g_value_set_string (value, ov_person_get_risk_grade (self));
      break;
    case PROP_RISK_ENDORSED:
      g_value_set_boolean (value, ov_person_get_risk_endorsed (self));
      break;
    case PROP_NRM_STAGE:
      g_value_set_string (value, ov_person_get_nrm_stage (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OvPerson *self = OV_PERSON (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      ov_person_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      ov_person_set_name (self, g_value_get_string (value));
      break;
    case PROP_PSEUDONYM:
      ov_person_set_pseudonym (self, g_value_get_boolean (value));
      break;
    case PROP_ROLES:
      ov_person_set_roles (self, g_value_get_flags (value));
      break;
    case PROP_DATE_OF_BIRTH:
      ov_person_set_date_of_birth (self, g_value_get_string (value));
      break;
    case PROP_AGE_STATUS:
      ov_person_set_age_status (self, g_value_get_enum (value));
      break;
    case PROP_GENDER:
      ov_person_set_gender (self, g_value_get_enum (value));
      break;
    case PROP_NATIONALITY:
      ov_person_set_nationality (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGES:
      ov_person_set_languages (self, g_value_get_string (value));
      break;
    case PROP_INTERPRETER_NEEDED:
      ov_person_set_interpreter_needed (self, g_value_get_boolean (value));
      break;
    case PROP_CARE_NEEDS:
      ov_person_set_care_needs (self, g_value_get_enum (value));
      break;
    case PROP_EXPLOITATION_TYPES:
      ov_person_set_exploitation_types (self, g_value_get_flags (value));
      break;
    case PROP_IDENTIFIED_ON:
      ov_person_set_identified_on (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ov_person_set_status (self, g_value_get_enum (value));
      break;
    case PROP_S45_DECISION:
      ov_person_set_s45_decision (self, g_value_get_enum (value));
      break;
    case PROP_S45_RATIONALE:
      ov_person_set_s45_rationale (self, g_value_get_string (value));
      break;
    case PROP_S45_DECIDED_ON:
      ov_person_set_s45_decided_on (self, g_value_get_string (value));
      break;
    case PROP_LEAD_CONTACT:
      ov_person_set_lead_contact (self, g_value_get_string (value));
      break;
    case PROP_LEAD_CONTACT_ROLE:
      ov_person_set_lead_contact_role (self, g_value_get_string (value));
      break;
    case PROP_STRATEGY_STATUS:
      ov_person_set_strategy_status (self, g_value_get_string (value));
      break;
    case PROP_RISK_GRADE:
      ov_person_set_risk_grade (self, g_value_get_string (value));
      break;
    case PROP_RISK_ENDORSED:
      ov_person_set_risk_endorsed (self, g_value_get_boolean (value));
      break;
    case PROP_NRM_STAGE:
      ov_person_set_nrm_stage (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_class_init (OvPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_person_finalize;
  object_class->get_property = ov_person_get_property;
  object_class->set_property = ov_person_set_property;

  record_class->table_name = "people";
  record_class->entity_name = "person";
  record_class->view_name = "people_view";
  record_class->validate = ov_person_validate;
  record_class->describe = ov_person_describe;

  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name", "Name, or a pseudonym",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PSEUDONYM] =
    g_param_spec_boolean ("pseudonym", "Pseudonym", "The name is a pseudonym",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", "Roles", "Victim, witness, suspect",
                        OV_TYPE_PERSON_ROLE, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_string ("date-of-birth", "Date of birth", "Date of birth, if known",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_AGE_STATUS] =
    g_param_spec_enum ("age-status", "Age", "Adult, child, age disputed or unknown",
                       OV_TYPE_AGE_STATUS, OV_AGE_STATUS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GENDER] =
    g_param_spec_enum ("gender", "Gender", "Gender",
                       OV_TYPE_GENDER, OV_GENDER_NOT_KNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NATIONALITY] =
    g_param_spec_string ("nationality", "Nationality", "Nationality",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_string ("languages", "Languages", "Languages spoken",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", "Interpreter needed", "Needs an interpreter",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARE_NEEDS] =
    g_param_spec_enum ("care-needs", "Care and support needs", "Has care and support needs",
                       OV_TYPE_CARE_NEEDS, OV_CARE_NEEDS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPLOITATION_TYPES] =
    g_param_spec_flags ("exploitation-types", "Exploitation", "Types of exploitation experienced",
                        OV_TYPE_EXPLOITATION, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDENTIFIED_ON] =
    g_param_spec_string ("identified-on", "Identified", "Date identified as a potential victim",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Current status", "Where the person is now",
                       OV_TYPE_PERSON_STATUS, OV_PERSON_STATUS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_S45_DECISION] =
    g_param_spec_enum ("s45-decision", "Section 45", "Statutory defence consideration",
                       OV_TYPE_S45_DECISION, OV_S45_DECISION_NOT_CONSIDERED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_S45_RATIONALE] =
    g_param_spec_string ("s45-rationale", "Section 45 rationale", "Why",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_S45_DECIDED_ON] =
    g_param_spec_string ("s45-decided-on", "Section 45 considered on", "Date of the consideration",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_LEAD_CONTACT] =
    g_param_spec_string ("lead-contact", "Lead contact", "Name of the current MSVLO, navigator or SPOC",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_LEAD_CONTACT_ROLE] =
    g_param_spec_string ("lead-contact-role", "Lead contact role", "Role of the current lead contact",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_STRATEGY_STATUS] =
    g_param_spec_string ("strategy-status", "Victim strategy", "State of the newest victim strategy",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_RISK_GRADE] =
    g_param_spec_string ("risk-grade", "Risk", "Grade of the current risk assessment",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_RISK_ENDORSED] =
    g_param_spec_boolean ("risk-endorsed", "Risk endorsed", "The current risk assessment is endorsed",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_NRM_STAGE] =
    g_param_spec_string ("nrm-stage", "NRM", "Where the NRM referral or Duty to Notify stands",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_person_init (OvPerson *self)
{
}

/**
 * ov_person_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvPerson *
ov_person_new (void)
{
  return g_object_new (OV_TYPE_PERSON, NULL);
}

gint64
ov_person_get_case_id (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->case_id;
}

void
ov_person_set_case_id (OvPerson *self,
                       gint64    case_id)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

const char *
ov_person_get_name (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->name;
}

void
ov_person_set_name (OvPerson   *self,
                    const char *name)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

gboolean
ov_person_get_pseudonym (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->pseudonym;
}

void
ov_person_set_pseudonym (OvPerson *self,
                         gboolean  pseudonym)
{
  g_return_if_fail (OV_IS_PERSON (self));
  pseudonym = !!pseudonym;
  if (self->pseudonym != pseudonym)
    {
      self->pseudonym = pseudonym;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PSEUDONYM]);
    }
}

OvPersonRole
ov_person_get_roles (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->roles;
}

void
ov_person_set_roles (OvPerson     *self,
                     OvPersonRole  roles)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->roles != roles)
    {
      self->roles = roles;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
    }
}

const char *
ov_person_get_date_of_birth (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->date_of_birth;
}

void
ov_person_set_date_of_birth (OvPerson   *self,
                             const char *date_of_birth)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->date_of_birth, date_of_birth))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_OF_BIRTH]);
}

OvAgeStatus
ov_person_get_age_status (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->age_status;
}

void
ov_person_set_age_status (OvPerson    *self,
                          OvAgeStatus  age_status)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->age_status != age_status)
    {
      self->age_status = age_status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGE_STATUS]);
    }
}

OvGender
ov_person_get_gender (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->gender;
}

void
ov_person_set_gender (OvPerson *self,
                      OvGender  gender)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->gender != gender)
    {
      self->gender = gender;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
    }
}

const char *
ov_person_get_nationality (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->nationality;
}

void
ov_person_set_nationality (OvPerson   *self,
                           const char *nationality)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->nationality, nationality))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATIONALITY]);
}

const char *
ov_person_get_languages (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->languages;
}

void
ov_person_set_languages (OvPerson   *self,
                         const char *languages)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->languages, languages))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

gboolean
ov_person_get_interpreter_needed (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->interpreter_needed;
}

void
ov_person_set_interpreter_needed (OvPerson *self,
                                  gboolean  interpreter_needed)
{
  g_return_if_fail (OV_IS_PERSON (self));
  interpreter_needed = !!interpreter_needed;
  if (self->interpreter_needed != interpreter_needed)
    {
      self->interpreter_needed = interpreter_needed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_NEEDED]);
    }
}

OvCareNeeds
ov_person_get_care_needs (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->care_needs;
}

void
ov_person_set_care_needs (OvPerson    *self,
                          OvCareNeeds  care_needs)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->care_needs != care_needs)
    {
      self->care_needs = care_needs;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARE_NEEDS]);
    }
}

OvExploitation
ov_person_get_exploitation_types (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->exploitation_types;
}

void
ov_person_set_exploitation_types (OvPerson       *self,
                                  OvExploitation  exploitation_types)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->exploitation_types != exploitation_types)
    {
      self->exploitation_types = exploitation_types;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPLOITATION_TYPES]);
    }
}

const char *
ov_person_get_identified_on (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->identified_on;
}

void
ov_person_set_identified_on (OvPerson   *self,
                             const char *identified_on)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->identified_on, identified_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDENTIFIED_ON]);
}

OvPersonStatus
ov_person_get_status (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->status;
}

void
ov_person_set_status (OvPerson       *self,
                      OvPersonStatus  status)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

OvS45Decision
ov_person_get_s45_decision (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->s45_decision;
}

void
ov_person_set_s45_decision (OvPerson      *self,
                            OvS45Decision  s45_decision)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (self->s45_decision != s45_decision)
    {
      self->s45_decision = s45_decision;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_S45_DECISION]);
    }
}

const char *
ov_person_get_s45_rationale (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->s45_rationale;
}

void
ov_person_set_s45_rationale (OvPerson   *self,
                             const char *s45_rationale)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->s45_rationale, s45_rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_S45_RATIONALE]);
}

const char *
ov_person_get_s45_decided_on (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->s45_decided_on;
}

void
ov_person_set_s45_decided_on (OvPerson   *self,
                              const char *s45_decided_on)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->s45_decided_on, s45_decided_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_S45_DECIDED_ON]);
}

const char *
ov_person_get_lead_contact (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->lead_contact;
}

void
ov_person_set_lead_contact (OvPerson   *self,
                            const char *lead_contact)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->lead_contact, lead_contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_CONTACT]);
}

const char *
ov_person_get_lead_contact_role (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->lead_contact_role;
}

void
ov_person_set_lead_contact_role (OvPerson   *self,
                                 const char *lead_contact_role)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->lead_contact_role, lead_contact_role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_CONTACT_ROLE]);
}

const char *
ov_person_get_strategy_status (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->strategy_status;
}

void
ov_person_set_strategy_status (OvPerson   *self,
                               const char *strategy_status)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->strategy_status, strategy_status))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY_STATUS]);
}

const char *
ov_person_get_risk_grade (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->risk_grade;
}

void
ov_person_set_risk_grade (OvPerson   *self,
                          const char *risk_grade)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->risk_grade, risk_grade))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_GRADE]);
}

gboolean
ov_person_get_risk_endorsed (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), 0);
  return self->risk_endorsed;
}

void
ov_person_set_risk_endorsed (OvPerson *self,
                             gboolean  risk_endorsed)
{
  g_return_if_fail (OV_IS_PERSON (self));
  risk_endorsed = !!risk_endorsed;
  if (self->risk_endorsed != risk_endorsed)
    {
      self->risk_endorsed = risk_endorsed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_ENDORSED]);
    }
}

const char *
ov_person_get_nrm_stage (OvPerson *self)
{
  g_return_val_if_fail (OV_IS_PERSON (self), NULL);
  return self->nrm_stage;
}

void
ov_person_set_nrm_stage (OvPerson   *self,
                         const char *nrm_stage)
{
  g_return_if_fail (OV_IS_PERSON (self));
  if (ov_set_str (&self->nrm_stage, nrm_stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NRM_STAGE]);
}

gboolean
ov_person_has_role (OvPerson     *self,
                    OvPersonRole  role)
{
  g_return_val_if_fail (OV_IS_PERSON (self), FALSE);
  return (self->roles & role) == role;
}

/**
 * ov_person_is_child:
 * @today: the local date, YYYY-MM-DD, for the age from a date of birth
 *
 * Whether the person is treated as a child: recorded as a child, or with a disputed age
 * (treated as a child until assessed), or under 18 by their date of birth.
 *
 * Returns: %TRUE if the person is treated as a child
 */
gboolean
ov_person_is_child (OvPerson   *self,
                    const char *today)
{
  g_return_val_if_fail (OV_IS_PERSON (self), FALSE);
  return ov_age_is_child (self->age_status, self->date_of_birth, today);
}

/**
 * ov_age_is_child:
 * @age_status: the recorded age status
 * @date_of_birth: (nullable): YYYY-MM-DD, if known
 * @today: the local date, YYYY-MM-DD
 *
 * The one rule for who is treated as a child: recorded as a child, or with a disputed age
 * (treated as a child until assessed), or under 18 by the date of birth on @today.
 *
 * Returns: %TRUE if treated as a child
 */
gboolean
ov_age_is_child (OvAgeStatus  age_status,
                 const char  *date_of_birth,
                 const char  *today)
{
  if (age_status == OV_AGE_STATUS_CHILD || age_status == OV_AGE_STATUS_AGE_DISPUTED)
    return TRUE;

  if (ov_date_is_valid (date_of_birth) && ov_date_is_valid (today))
    {
      int years = atoi (today) - atoi (date_of_birth);

      /* Not yet had this year's birthday: compare MM-DD. */
      if (strcmp (today + 5, date_of_birth + 5) < 0)
        years--;
      return years < 18;
    }

  return FALSE;
}
