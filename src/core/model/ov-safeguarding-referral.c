/* ov-safeguarding-referral.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-safeguarding-referral"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-safeguarding-referral.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvSafeguardingReferral
{
  OvRecord parent_instance;

  gint64 person_id;
  OvReferralType referral_type;
  char *agency;
  char *sent_at;
  OvReferralOutcome outcome;
  char *outcome_on;
  char *notes;
  gint64 partner_id;
  char *partner_name;
};

G_DEFINE_FINAL_TYPE (OvSafeguardingReferral, ov_safeguarding_referral, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_REFERRAL_TYPE,
  PROP_AGENCY,
  PROP_SENT_AT,
  PROP_OUTCOME,
  PROP_OUTCOME_ON,
  PROP_NOTES,
  PROP_PARTNER_ID,
  PROP_PARTNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_safeguarding_referral_validate (OvRecord    *record,
                                   const char **property,
                                   GError     **error)
{
  OvSafeguardingReferral *self = OV_SAFEGUARDING_REFERRAL (record);

  if (self->person_id <= 0)
    {
      *property = "person-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The referral must belong to a person."));
      return FALSE;
    }
  if (self->partner_id <= 0 && ov_str_empty (self->agency))
    {
      *property = "agency";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose the agency the referral went to from the partner register, or "
                     "type its name."));
      return FALSE;
    }
  if (!ov_timestamp_is_valid (self->sent_at))
    {
      *property = "sent-at";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the referral was sent."));
      return FALSE;
    }
  if (self->outcome != OV_REFERRAL_OUTCOME_PENDING && !ov_date_is_valid (self->outcome_on))
    {
      *property = "outcome-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date of the outcome as YYYY-MM-DD."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_safeguarding_referral_describe (OvRecord *record)
{
  OvSafeguardingReferral *self = OV_SAFEGUARDING_REFERRAL (record);

  return g_strdup_printf ("%s: %s", ov_enum_get_label (OV_TYPE_REFERRAL_TYPE, self->referral_type),
                          ov_safeguarding_referral_get_agency_name (self));
}

static void
ov_safeguarding_referral_finalize (GObject *object)
{
  OvSafeguardingReferral *self = OV_SAFEGUARDING_REFERRAL (object);

  g_clear_pointer (&self->agency, g_free);
  g_clear_pointer (&self->sent_at, g_free);
  g_clear_pointer (&self->outcome_on, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->partner_name, g_free);

  G_OBJECT_CLASS (ov_safeguarding_referral_parent_class)->finalize (object);
}

static void
ov_safeguarding_referral_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  OvSafeguardingReferral *self = OV_SAFEGUARDING_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, ov_safeguarding_referral_get_person_id (self));
      break;
    case PROP_REFERRAL_TYPE:
      g_value_set_enum (value, ov_safeguarding_referral_get_referral_type (self));
      break;
    case PROP_AGENCY:
      g_value_set_string (value, ov_safeguarding_referral_get_agency (self));
      break;
    case PROP_SENT_AT:
      g_value_set_string (value, ov_safeguarding_referral_get_sent_at (self));
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, ov_safeguarding_referral_get_outcome (self));
      break;
    case PROP_OUTCOME_ON:
      g_value_set_string (value, ov_safeguarding_referral_get_outcome_on (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, ov_safeguarding_referral_get_notes (self));
      break;
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, ov_safeguarding_referral_get_partner_id (self));
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, ov_safeguarding_referral_get_partner_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_safeguarding_referral_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  OvSafeguardingReferral *self = OV_SAFEGUARDING_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      ov_safeguarding_referral_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_REFERRAL_TYPE:
      ov_safeguarding_referral_set_referral_type (self, g_value_get_enum (value));
      break;
    case PROP_AGENCY:
      ov_safeguarding_referral_set_agency (self, g_value_get_string (value));
      break;
    case PROP_SENT_AT:
      ov_safeguarding_referral_set_sent_at (self, g_value_get_string (value));
      break;
    case PROP_OUTCOME:
      ov_safeguarding_referral_set_outcome (self, g_value_get_enum (value));
      break;
    case PROP_OUTCOME_ON:
      ov_safeguarding_referral_set_outcome_on (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      ov_safeguarding_referral_set_notes (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_ID:
      ov_safeguarding_referral_set_partner_id (self, g_value_get_int64 (value));
      break;
    case PROP_PARTNER_NAME:
      ov_safeguarding_referral_set_partner_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_safeguarding_referral_class_init (OvSafeguardingReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_safeguarding_referral_finalize;
  object_class->get_property = ov_safeguarding_referral_get_property;
  object_class->set_property = ov_safeguarding_referral_set_property;

  record_class->table_name = "safeguarding_referrals";
  record_class->entity_name = "safeguarding-referral";
  record_class->view_name = "safeguarding_referrals_view";
  record_class->validate = ov_safeguarding_referral_validate;
  record_class->describe = ov_safeguarding_referral_describe;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", "Person", "The person referred",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_REFERRAL_TYPE] =
    g_param_spec_enum ("referral-type", "Type", "Kind of referral",
                       OV_TYPE_REFERRAL_TYPE, OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGENCY] =
    g_param_spec_string ("agency", "Receiving agency", "The agency the referral went to",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENT_AT] =
    g_param_spec_string ("sent-at", "Sent at", "When it was sent (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", "Outcome", "Pending, accepted or no further action",
                       OV_TYPE_REFERRAL_OUTCOME, OV_REFERRAL_OUTCOME_PENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME_ON] =
    g_param_spec_string ("outcome-on", "Outcome date", "When the outcome was known",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", "Notes", "Notes",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", "Partner", "The agency from the partner register",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", "Partner", "The name of the partner in the register",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_safeguarding_referral_init (OvSafeguardingReferral *self)
{
}

/**
 * ov_safeguarding_referral_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvSafeguardingReferral *
ov_safeguarding_referral_new (void)
{
  return g_object_new (OV_TYPE_SAFEGUARDING_REFERRAL, NULL);
}

gint64
ov_safeguarding_referral_get_person_id (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), 0);
  return self->person_id;
}

void
ov_safeguarding_referral_set_person_id (OvSafeguardingReferral *self,
                                        gint64                  person_id)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
}

OvReferralType
ov_safeguarding_referral_get_referral_type (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), 0);
  return self->referral_type;
}

void
ov_safeguarding_referral_set_referral_type (OvSafeguardingReferral *self,
                                            OvReferralType          referral_type)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (self->referral_type != referral_type)
    {
      self->referral_type = referral_type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_TYPE]);
    }
}

const char *
ov_safeguarding_referral_get_agency (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), NULL);
  return self->agency;
}

void
ov_safeguarding_referral_set_agency (OvSafeguardingReferral *self,
                                     const char             *agency)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (ov_set_str (&self->agency, agency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY]);
}

const char *
ov_safeguarding_referral_get_sent_at (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), NULL);
  return self->sent_at;
}

void
ov_safeguarding_referral_set_sent_at (OvSafeguardingReferral *self,
                                      const char             *sent_at)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (ov_set_str (&self->sent_at, sent_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT_AT]);
}

OvReferralOutcome
ov_safeguarding_referral_get_outcome (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), 0);
  return self->outcome;
}

void
ov_safeguarding_referral_set_outcome (OvSafeguardingReferral *self,
                                      OvReferralOutcome       outcome)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (self->outcome != outcome)
    {
      self->outcome = outcome;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
    }
}

const char *
ov_safeguarding_referral_get_outcome_on (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), NULL);
  return self->outcome_on;
}

void
ov_safeguarding_referral_set_outcome_on (OvSafeguardingReferral *self,
                                         const char             *outcome_on)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (ov_set_str (&self->outcome_on, outcome_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_ON]);
}

const char *
ov_safeguarding_referral_get_notes (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), NULL);
  return self->notes;
}

void
ov_safeguarding_referral_set_notes (OvSafeguardingReferral *self,
                                    const char             *notes)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (ov_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
ov_safeguarding_referral_get_partner_id (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), 0);
  return self->partner_id;
}

void
ov_safeguarding_referral_set_partner_id (OvSafeguardingReferral *self,
                                         gint64                  partner_id)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (self->partner_id != partner_id)
    {
      self->partner_id = partner_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
    }
}

const char *
ov_safeguarding_referral_get_partner_name (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), NULL);
  return self->partner_name;
}

void
ov_safeguarding_referral_set_partner_name (OvSafeguardingReferral *self,
                                           const char             *partner_name)
{
  g_return_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self));
  if (ov_set_str (&self->partner_name, partner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_NAME]);
}

/**
 * ov_safeguarding_referral_get_agency_name:
 *
 * Returns: the name of the partner the referral went to, as the register has it now, or
 *   the agency typed for one that is not in the register
 */
const char *
ov_safeguarding_referral_get_agency_name (OvSafeguardingReferral *self)
{
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (self), NULL);

  if (self->partner_id > 0 && !ov_str_empty (self->partner_name))
    return self->partner_name;
  return self->agency != NULL ? self->agency : "";
}
