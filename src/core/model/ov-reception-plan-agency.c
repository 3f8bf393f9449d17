/* ov-reception-plan-agency.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-reception-plan-agency"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-reception-plan-agency.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvReceptionPlanAgency
{
  OvRecord parent_instance;

  gint64 plan_id;
  gint64 partner_id;
  char *agency_name;
  char *role;
  char *partner_name;
};

G_DEFINE_FINAL_TYPE (OvReceptionPlanAgency, ov_reception_plan_agency, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_PARTNER_ID,
  PROP_AGENCY_NAME,
  PROP_ROLE,
  PROP_PARTNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_reception_plan_agency_validate (OvRecord    *record,
                                   const char **property,
                                   GError     **error)
{
  OvReceptionPlanAgency *self = OV_RECEPTION_PLAN_AGENCY (record);

  if (self->plan_id <= 0)
    {
      *property = "plan-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The agency must belong to a reception plan."));
      return FALSE;
    }
  if (self->partner_id <= 0 && ov_str_empty (self->agency_name))
    {
      *property = "partner-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose the agency from the partner register, or type its name."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_reception_plan_agency_describe (OvRecord *record)
{
  OvReceptionPlanAgency *self = OV_RECEPTION_PLAN_AGENCY (record);
  const char *agency = ov_reception_plan_agency_get_display_name (self);

  if (ov_str_empty (self->role))
    return g_strdup (agency);
  return g_strdup_printf ("%s: %s", agency, self->role);
}

static void
ov_reception_plan_agency_finalize (GObject *object)
{
  OvReceptionPlanAgency *self = OV_RECEPTION_PLAN_AGENCY (object);

  g_clear_pointer (&self->agency_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->partner_name, g_free);

  G_OBJECT_CLASS (ov_reception_plan_agency_parent_class)->finalize (object);
}

static void
ov_reception_plan_agency_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OvReceptionPlanAgency *self = OV_RECEPTION_PLAN_AGENCY (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      g_value_set_int64 (value, ov_reception_plan_agency_get_plan_id (self));
      break;
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, ov_reception_plan_agency_get_partner_id (self));
      break;
    case PROP_AGENCY_NAME:
      g_value_set_string (value, ov_reception_plan_agency_get_agency_name (self));
      break;
    case PROP_ROLE:
      g_value_set_string (value, ov_reception_plan_agency_get_role (self));
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, ov_reception_plan_agency_get_partner_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reception_plan_agency_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OvReceptionPlanAgency *self = OV_RECEPTION_PLAN_AGENCY (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      ov_reception_plan_agency_set_plan_id (self, g_value_get_int64 (value));
      break;
    case PROP_PARTNER_ID:
      ov_reception_plan_agency_set_partner_id (self, g_value_get_int64 (value));
      break;
    case PROP_AGENCY_NAME:
      ov_reception_plan_agency_set_agency_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      ov_reception_plan_agency_set_role (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_NAME:
      ov_reception_plan_agency_set_partner_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reception_plan_agency_class_init (OvReceptionPlanAgencyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_reception_plan_agency_finalize;
  object_class->get_property = ov_reception_plan_agency_get_property;
  object_class->set_property = ov_reception_plan_agency_set_property;

  record_class->table_name = "reception_plan_agencies";
  record_class->entity_name = "reception-plan-agency";
  record_class->view_name = "reception_plan_agencies_view";
  record_class->validate = ov_reception_plan_agency_validate;
  record_class->describe = ov_reception_plan_agency_describe;

  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", "Plan", "The reception plan",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", "Partner", "The partner from the register",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_AGENCY_NAME] =
    g_param_spec_string ("agency-name", "Agency", "The agency, when it is not in the partner register",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", "Role", "What the agency does at the centre",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", "Partner", "The name of the partner in the register",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_reception_plan_agency_init (OvReceptionPlanAgency *self)
{
}

/**
 * ov_reception_plan_agency_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvReceptionPlanAgency *
ov_reception_plan_agency_new (void)
{
  return g_object_new (OV_TYPE_RECEPTION_PLAN_AGENCY, NULL);
}

gint64
ov_reception_plan_agency_get_plan_id (OvReceptionPlanAgency *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self), 0);
  return self->plan_id;
}

void
ov_reception_plan_agency_set_plan_id (OvReceptionPlanAgency *self,
                                      gint64                 plan_id)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self));
  if (self->plan_id != plan_id)
    {
      self->plan_id = plan_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
    }
}

gint64
ov_reception_plan_agency_get_partner_id (OvReceptionPlanAgency *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self), 0);
  return self->partner_id;
}

void
ov_reception_plan_agency_set_partner_id (OvReceptionPlanAgency *self,
                                         gint64                 partner_id)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self));
  if (self->partner_id != partner_id)
    {
      self->partner_id = partner_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
    }
}

const char *
ov_reception_plan_agency_get_agency_name (OvReceptionPlanAgency *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self), NULL);
  return self->agency_name;
}

void
ov_reception_plan_agency_set_agency_name (OvReceptionPlanAgency *self,
                                          const char            *agency_name)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self));
  if (ov_set_str (&self->agency_name, agency_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY_NAME]);
}

const char *
ov_reception_plan_agency_get_role (OvReceptionPlanAgency *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self), NULL);
  return self->role;
}

void
ov_reception_plan_agency_set_role (OvReceptionPlanAgency *self,
                                   const char            *role)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self));
  if (ov_set_str (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
ov_reception_plan_agency_get_partner_name (OvReceptionPlanAgency *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self), NULL);
  return self->partner_name;
}

void
ov_reception_plan_agency_set_partner_name (OvReceptionPlanAgency *self,
                                           const char            *partner_name)
{
  g_return_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self));
  if (ov_set_str (&self->partner_name, partner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_NAME]);
}

/**
 * ov_reception_plan_agency_get_display_name:
 *
 * Returns: the name of the partner from the register, as it is now, or the name typed
 *   for an agency that is not in the register
 */
const char *
ov_reception_plan_agency_get_display_name (OvReceptionPlanAgency *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (self), NULL);

  if (self->partner_id > 0 && !ov_str_empty (self->partner_name))
    return self->partner_name;
  return self->agency_name != NULL ? self->agency_name : "";
}
