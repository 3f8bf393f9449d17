/* ov-case.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-case"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvCase
{
  OvRecord parent_instance;

  char *reference;
  char *operation_name;
  char *summary;
  OvCaseStatus status;
  char *opened_on;
  char *closed_on;
  OvOffence offences;
  OvExploitation exploitation_types;
  gboolean county_lines;
  OvProtectiveMarking protective_marking;
  char *oic_name;
  gboolean pip2_override;
};

G_DEFINE_FINAL_TYPE (OvCase, ov_case, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REFERENCE,
  PROP_OPERATION_NAME,
  PROP_SUMMARY,
  PROP_STATUS,
  PROP_OPENED_ON,
  PROP_CLOSED_ON,
  PROP_OFFENCES,
  PROP_EXPLOITATION_TYPES,
  PROP_COUNTY_LINES,
  PROP_PROTECTIVE_MARKING,
  PROP_OIC_NAME,
  PROP_PIP2_OVERRIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_case_validate (OvRecord    *record,
                  const char **property,
                  GError     **error)
{
  OvCase *self = OV_CASE (record);

  if (ov_str_empty (self->reference))
    {
      *property = "reference";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter a case reference, for example MSHT/2026/0001."));
      return FALSE;
    }
  if (strlen (self->reference) > 40)
    {
      *property = "reference";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The case reference is too long: use at most 40 characters."));
      return FALSE;
    }
  if (!ov_date_is_valid (self->opened_on))
    {
      *property = "opened-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date the case was opened as YYYY-MM-DD, for example 2026-11-27."));
      return FALSE;
    }
  if (self->status == OV_CASE_STATUS_CLOSED && ov_str_empty (self->closed_on))
    {
      *property = "closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("A closed case needs the date it was closed."));
      return FALSE;
    }
  if (!ov_str_empty (self->closed_on))
    {
      if (!ov_date_is_valid (self->closed_on))
        {
      *property = "closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the closing date as YYYY-MM-DD, for example 2026-11-27."));
      return FALSE;
        }
      if (self->status != OV_CASE_STATUS_CLOSED)
        {
      *property = "closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Only a closed case has a closing date: set the status to Closed or clear the date."));
      return FALSE;
        }
      if (g_strcmp0 (self->closed_on, self->opened_on) < 0)
        {
      *property = "closed-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The case cannot be closed before it was opened."));
      return FALSE;
        }
    }
  if (self->county_lines && !(self->exploitation_types & OV_EXPLOITATION_CRIMINAL))
    {
      *property = "county-lines";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("County lines is a kind of criminal exploitation: tick Criminal exploitation too."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_case_describe (OvRecord *record)
{
  OvCase *self = OV_CASE (record);

  return g_strdup (self->reference ? self->reference : "");
}

static void
ov_case_finalize (GObject *object)
{
  OvCase *self = OV_CASE (object);

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->operation_name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->opened_on, g_free);
  g_clear_pointer (&self->closed_on, g_free);
  g_clear_pointer (&self->oic_name, g_free);

  G_OBJECT_CLASS (ov_case_parent_class)->finalize (object);
}

static void
ov_case_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  OvCase *self = OV_CASE (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, ov_case_get_reference (self));
      break;
    case PROP_OPERATION_NAME:
      g_value_set_string (value, ov_case_get_operation_name (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, ov_case_get_summary (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_case_get_status (self));
      break;
    case PROP_OPENED_ON:
      g_value_set_string (value, ov_case_get_opened_on (self));
      break;
    case PROP_CLOSED_ON:
      g_value_set_string (value, ov_case_get_closed_on (self));
      break;
    case PROP_OFFENCES:
      g_value_set_flags (value, ov_case_get_offences (self));
      break;
    case PROP_EXPLOITATION_TYPES:
      g_value_set_flags (value, ov_case_get_exploitation_types (self));
      break;
    case PROP_COUNTY_LINES:
      g_value_set_boolean (value, ov_case_get_county_lines (self));
      break;
    case PROP_PROTECTIVE_MARKING:
      g_value_set_enum (value, ov_case_get_protective_marking (self));
      break;
    case PROP_OIC_NAME:
      g_value_set_string (value, ov_case_get_oic_name (self));
      break;
    case PROP_PIP2_OVERRIDE:
      g_value_set_boolean (value, ov_case_get_pip2_override (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_case_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  OvCase *self = OV_CASE (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      ov_case_set_reference (self, g_value_get_string (value));
      break;
    case PROP_OPERATION_NAME:
      ov_case_set_operation_name (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY:
      ov_case_set_summary (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ov_case_set_status (self, g_value_get_enum (value));
      break;
    case PROP_OPENED_ON:
      ov_case_set_opened_on (self, g_value_get_string (value));
      break;
    case PROP_CLOSED_ON:
      ov_case_set_closed_on (self, g_value_get_string (value));
      break;
    case PROP_OFFENCES:
      ov_case_set_offences (self, g_value_get_flags (value));
      break;
    case PROP_EXPLOITATION_TYPES:
      ov_case_set_exploitation_types (self, g_value_get_flags (value));
      break;
    case PROP_COUNTY_LINES:
      ov_case_set_county_lines (self, g_value_get_boolean (value));
      break;
    case PROP_PROTECTIVE_MARKING:
      ov_case_set_protective_marking (self, g_value_get_enum (value));
      break;
    case PROP_OIC_NAME:
      ov_case_set_oic_name (self, g_value_get_string (value));
      break;
    case PROP_PIP2_OVERRIDE:
      ov_case_set_pip2_override (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_case_class_init (OvCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_case_finalize;
  object_class->get_property = ov_case_get_property;
  object_class->set_property = ov_case_set_property;

  record_class->table_name = "cases";
  record_class->entity_name = "case";
  record_class->validate = ov_case_validate;
  record_class->describe = ov_case_describe;

  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", "Reference", "Case reference, for example MSHT/2026/0001",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPERATION_NAME] =
    g_param_spec_string ("operation-name", "Operation", "Operation name",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", "Summary", "What the case is about",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "Where the case stands",
                       OV_TYPE_CASE_STATUS, OV_CASE_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPENED_ON] =
    g_param_spec_string ("opened-on", "Opened", "Date the case was opened",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", "Closed", "Date the case was closed",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_OFFENCES] =
    g_param_spec_flags ("offences", "Offences", "Offences under investigation",
                        OV_TYPE_OFFENCE, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPLOITATION_TYPES] =
    g_param_spec_flags ("exploitation-types", "Exploitation", "Types of exploitation",
                        OV_TYPE_EXPLOITATION, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTY_LINES] =
    g_param_spec_boolean ("county-lines", "County lines", "Criminal exploitation through county lines",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROTECTIVE_MARKING] =
    g_param_spec_enum ("protective-marking", "Protective marking", "Government Security Classification",
                       OV_TYPE_PROTECTIVE_MARKING, OV_PROTECTIVE_MARKING_OFFICIAL_SENSITIVE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OIC_NAME] =
    g_param_spec_string ("oic-name", "Officer in the case", "Name of the current officer in the case",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_PIP2_OVERRIDE] =
    g_param_spec_boolean ("pip2-override", "PIP2 override", "An allocation below PIP2 was made with a rationale",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_case_init (OvCase *self)
{
  self->protective_marking = OV_PROTECTIVE_MARKING_OFFICIAL_SENSITIVE;
}

/**
 * ov_case_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvCase *
ov_case_new (void)
{
  return g_object_new (OV_TYPE_CASE, NULL);
}

const char *
ov_case_get_reference (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), NULL);
  return self->reference;
}

void
ov_case_set_reference (OvCase     *self,
                       const char *reference)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (ov_set_str (&self->reference, reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

const char *
ov_case_get_operation_name (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), NULL);
  return self->operation_name;
}

void
ov_case_set_operation_name (OvCase     *self,
                            const char *operation_name)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (ov_set_str (&self->operation_name, operation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPERATION_NAME]);
}

const char *
ov_case_get_summary (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), NULL);
  return self->summary;
}

void
ov_case_set_summary (OvCase     *self,
                     const char *summary)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (ov_set_str (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

OvCaseStatus
ov_case_get_status (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), 0);
  return self->status;
}

void
ov_case_set_status (OvCase       *self,
                    OvCaseStatus  status)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_case_get_opened_on (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), NULL);
  return self->opened_on;
}

void
ov_case_set_opened_on (OvCase     *self,
                       const char *opened_on)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (ov_set_str (&self->opened_on, opened_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPENED_ON]);
}

const char *
ov_case_get_closed_on (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), NULL);
  return self->closed_on;
}

void
ov_case_set_closed_on (OvCase     *self,
                       const char *closed_on)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (ov_set_str (&self->closed_on, closed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSED_ON]);
}

OvOffence
ov_case_get_offences (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), 0);
  return self->offences;
}

void
ov_case_set_offences (OvCase    *self,
                      OvOffence  offences)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (self->offences != offences)
    {
      self->offences = offences;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFENCES]);
    }
}

OvExploitation
ov_case_get_exploitation_types (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), 0);
  return self->exploitation_types;
}

void
ov_case_set_exploitation_types (OvCase         *self,
                                OvExploitation  exploitation_types)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (self->exploitation_types != exploitation_types)
    {
      self->exploitation_types = exploitation_types;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPLOITATION_TYPES]);
    }
}

gboolean
ov_case_get_county_lines (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), 0);
  return self->county_lines;
}

void
ov_case_set_county_lines (OvCase   *self,
                          gboolean  county_lines)
{
  g_return_if_fail (OV_IS_CASE (self));
  county_lines = !!county_lines;
  if (self->county_lines != county_lines)
    {
      self->county_lines = county_lines;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTY_LINES]);
    }
}

OvProtectiveMarking
ov_case_get_protective_marking (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), 0);
  return self->protective_marking;
}

void
ov_case_set_protective_marking (OvCase              *self,
                                OvProtectiveMarking  protective_marking)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (self->protective_marking != protective_marking)
    {
      self->protective_marking = protective_marking;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROTECTIVE_MARKING]);
    }
}

const char *
ov_case_get_oic_name (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), NULL);
  return self->oic_name;
}

void
ov_case_set_oic_name (OvCase     *self,
                      const char *oic_name)
{
  g_return_if_fail (OV_IS_CASE (self));
  if (ov_set_str (&self->oic_name, oic_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OIC_NAME]);
}

gboolean
ov_case_get_pip2_override (OvCase *self)
{
  g_return_val_if_fail (OV_IS_CASE (self), 0);
  return self->pip2_override;
}

void
ov_case_set_pip2_override (OvCase   *self,
                           gboolean  pip2_override)
{
  g_return_if_fail (OV_IS_CASE (self));
  pip2_override = !!pip2_override;
  if (self->pip2_override != pip2_override)
    {
      self->pip2_override = pip2_override;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIP2_OVERRIDE]);
    }
}
