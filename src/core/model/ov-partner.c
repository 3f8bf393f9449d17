/* ov-partner.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-partner"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-partner.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvPartner
{
  OvRecord parent_instance;

  char *name;
  OvPartnerType partner_type;
  OvSharingAgreement sharing_agreement;
  char *sharing_review_on;
  char *last_engaged_on;
  char *last_engagement;
  char *notes;
};

G_DEFINE_FINAL_TYPE (OvPartner, ov_partner, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PARTNER_TYPE,
  PROP_SHARING_AGREEMENT,
  PROP_SHARING_REVIEW_ON,
  PROP_LAST_ENGAGED_ON,
  PROP_LAST_ENGAGEMENT,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_partner_validate (OvRecord    *record,
                     const char **property,
                     GError     **error)
{
  OvPartner *self = OV_PARTNER (record);

  if (ov_str_empty (self->name))
    {
      *property = "name";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the name of the organisation."));
      return FALSE;
    }
  if (self->sharing_agreement != OV_SHARING_AGREEMENT_NONE &&
      !ov_date_is_valid (self->sharing_review_on))
    {
      *property = "sharing-review-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the information-sharing agreement is due for review, as "
                     "YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->sharing_review_on) && !ov_date_is_valid (self->sharing_review_on))
    {
      *property = "sharing-review-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the review date of the agreement as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->last_engaged_on) && !ov_date_is_valid (self->last_engaged_on))
    {
      *property = "last-engaged-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter the date of the last engagement as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->last_engagement) && ov_str_empty (self->last_engaged_on))
    {
      *property = "last-engaged-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the last engagement took place."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_partner_describe (OvRecord *record)
{
  OvPartner *self = OV_PARTNER (record);

  return g_strdup (self->name != NULL ? self->name : "");
}

static void
ov_partner_finalize (GObject *object)
{
  OvPartner *self = OV_PARTNER (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sharing_review_on, g_free);
  g_clear_pointer (&self->last_engaged_on, g_free);
  g_clear_pointer (&self->last_engagement, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ov_partner_parent_class)->finalize (object);
}

static void
ov_partner_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OvPartner *self = OV_PARTNER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, ov_partner_get_name (self));
      break;
    case PROP_PARTNER_TYPE:
      g_value_set_enum (value, ov_partner_get_partner_type (self));
      break;
    case PROP_SHARING_AGREEMENT:
      g_value_set_enum (value, ov_partner_get_sharing_agreement (self));
      break;
    case PROP_SHARING_REVIEW_ON:
      g_value_set_string (value, ov_partner_get_sharing_review_on (self));
      break;
    case PROP_LAST_ENGAGED_ON:
      g_value_set_string (value, ov_partner_get_last_engaged_on (self));
      break;
    case PROP_LAST_ENGAGEMENT:
      g_value_set_string (value, ov_partner_get_last_engagement (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, ov_partner_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_partner_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OvPartner *self = OV_PARTNER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ov_partner_set_name (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_TYPE:
      ov_partner_set_partner_type (self, g_value_get_enum (value));
      break;
    case PROP_SHARING_AGREEMENT:
      ov_partner_set_sharing_agreement (self, g_value_get_enum (value));
      break;
    case PROP_SHARING_REVIEW_ON:
      ov_partner_set_sharing_review_on (self, g_value_get_string (value));
      break;
    case PROP_LAST_ENGAGED_ON:
      ov_partner_set_last_engaged_on (self, g_value_get_string (value));
      break;
    case PROP_LAST_ENGAGEMENT:
      ov_partner_set_last_engagement (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      ov_partner_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_partner_class_init (OvPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_partner_finalize;
  object_class->get_property = ov_partner_get_property;
  object_class->set_property = ov_partner_set_property;

  record_class->table_name = "partners";
  record_class->entity_name = "partner";
  record_class->validate = ov_partner_validate;
  record_class->describe = ov_partner_describe;

  properties[PROP_NAME] =
    g_param_spec_string ("name", "Organisation", "The name of the organisation",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_TYPE] =
    g_param_spec_enum ("partner-type", "Type", "What kind of agency it is",
                       OV_TYPE_PARTNER_TYPE, OV_PARTNER_TYPE_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARING_AGREEMENT] =
    g_param_spec_enum ("sharing-agreement", "Information sharing", "None, an agreement or a protocol",
                       OV_TYPE_SHARING_AGREEMENT, OV_SHARING_AGREEMENT_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARING_REVIEW_ON] =
    g_param_spec_string ("sharing-review-on", "Review of the agreement", "When the information-sharing agreement is due for review",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_LAST_ENGAGED_ON] =
    g_param_spec_string ("last-engaged-on", "Last engagement", "When the force last engaged with the partner",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_LAST_ENGAGEMENT] =
    g_param_spec_string ("last-engagement", "What the engagement was", "What the last engagement was",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", "Notes", "Notes",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_partner_init (OvPartner *self)
{
  self->partner_type = OV_PARTNER_TYPE_OTHER;
}

/**
 * ov_partner_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvPartner *
ov_partner_new (void)
{
  return g_object_new (OV_TYPE_PARTNER, NULL);
}

const char *
ov_partner_get_name (OvPartner *self)
{
  g_return_val_if_fail (OV_IS_PARTNER (self), NULL);
  return self->name;
}

void
ov_partner_set_name (OvPartner  *self,
                     const char *name)
{
  g_return_if_fail (OV_IS_PARTNER (self));
  if (ov_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

OvPartnerType
ov_partner_get_partner_type (OvPartner *self)
{
  g_return_val_if_fail (OV_IS_PARTNER (self), 0);
  return self->partner_type;
}

void
ov_partner_set_partner_type (OvPartner     *self,
                             OvPartnerType  partner_type)
{
  g_return_if_fail (OV_IS_PARTNER (self));
  if (self->partner_type != partner_type)
    {
      self->partner_type = partner_type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_TYPE]);
    }
}

OvSharingAgreement
ov_partner_get_sharing_agreement (OvPartner *self)
{
  g_return_val_if_fail (OV_IS_PARTNER (self), 0);
  return self->sharing_agreement;
}

void
ov_partner_set_sharing_agreement (OvPartner          *self,
                                  OvSharingAgreement  sharing_agreement)
{
  g_return_if_fail (OV_IS_PARTNER (self));
  if (self->sharing_agreement != sharing_agreement)
    {
      self->sharing_agreement = sharing_agreement;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARING_AGREEMENT]);
    }
}

const char *
ov_partner_get_sharing_review_on (OvPartner *self)
{
  g_return_val_if_fail (OV_IS_PARTNER (self), NULL);
  return self->sharing_review_on;
}

void
ov_partner_set_sharing_review_on (OvPartner  *self,
                                  const char *sharing_review_on)
{
  g_return_if_fail (OV_IS_PARTNER (self));
  if (ov_set_str (&self->sharing_review_on, sharing_review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARING_REVIEW_ON]);
}

const char *
ov_partner_get_last_engaged_on (OvPartner *self)
{
  g_return_val_if_fail (OV_IS_PARTNER (self), NULL);
  return self->last_engaged_on;
}

void
ov_partner_set_last_engaged_on (OvPartner  *self,
                                const char *last_engaged_on)
{
  g_return_if_fail (OV_IS_PARTNER (self));
  if (ov_set_str (&self->last_engaged_on, last_engaged_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ENGAGED_ON]);
}

const char *
ov_partner_get_last_engagement (OvPartner *self)
{
  g_return_val_if_fail (OV_IS_PARTNER (self), NULL);
  return self->last_engagement;
}

void
ov_partner_set_last_engagement (OvPartner  *self,
                                const char *last_engagement)
{
  g_return_if_fail (OV_IS_PARTNER (self));
  if (ov_set_str (&self->last_engagement, last_engagement))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ENGAGEMENT]);
}

const char *
ov_partner_get_notes (OvPartner *self)
{
  g_return_val_if_fail (OV_IS_PARTNER (self), NULL);
  return self->notes;
}

void
ov_partner_set_notes (OvPartner  *self,
                      const char *notes)
{
  g_return_if_fail (OV_IS_PARTNER (self));
  if (ov_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
