/* ov-decision.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-decision"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ov-decision.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvDecision
{
  OvRecord parent_instance;

  gint64 case_id;
  gint64 number;
  char *decided_at;
  char *recorded_at;
  gint64 decision_maker_id;
  char *decision;
  char *rationale;
  char *options_rejected;
  gint64 supersedes_id;
  gint64 review_id;
  char *decision_maker_name;
  gint64 supersedes_number;
  gint64 superseded_by_number;
};

G_DEFINE_FINAL_TYPE (OvDecision, ov_decision, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_NUMBER,
  PROP_DECIDED_AT,
  PROP_RECORDED_AT,
  PROP_DECISION_MAKER_ID,
  PROP_DECISION,
  PROP_RATIONALE,
  PROP_OPTIONS_REJECTED,
  PROP_SUPERSEDES_ID,
  PROP_REVIEW_ID,
  PROP_DECISION_MAKER_NAME,
  PROP_SUPERSEDES_NUMBER,
  PROP_SUPERSEDED_BY_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_decision_validate (OvRecord    *record,
                      const char **property,
                      GError     **error)
{
  OvDecision *self = OV_DECISION (record);

  if (self->case_id <= 0)
    {
      *property = "case-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The decision must belong to a case."));
      return FALSE;
    }
  if (ov_str_empty (self->decision))
    {
      *property = "decision";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Write the decision."));
      return FALSE;
    }
  if (ov_str_empty (self->rationale))
    {
      *property = "rationale";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Write the rationale for the decision."));
      return FALSE;
    }
  if (self->decision_maker_id <= 0)
    {
      *property = "decision-maker-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose who made the decision."));
      return FALSE;
    }
  if (!ov_timestamp_is_valid (self->decided_at))
    {
      *property = "decided-at";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the decision was made."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_decision_describe (OvRecord *record)
{
  OvDecision *self = OV_DECISION (record);

  /* Translators: a decision log entry, e.g. "Decision 4" */
  return g_strdup_printf (_("Decision %" PRId64), self->number);
}

static void
ov_decision_finalize (GObject *object)
{
  OvDecision *self = OV_DECISION (object);

  g_clear_pointer (&self->decided_at, g_free);
  g_clear_pointer (&self->recorded_at, g_free);
  g_clear_pointer (&self->decision, g_free);
  g_clear_pointer (&self->rationale, g_free);
  g_clear_pointer (&self->options_rejected, g_free);
  g_clear_pointer (&self->decision_maker_name, g_free);

  G_OBJECT_CLASS (ov_decision_parent_class)->finalize (object);
}

static void
ov_decision_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OvDecision *self = OV_DECISION (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_decision_get_case_id (self));
      break;
    case PROP_NUMBER:
      g_value_set_int64 (value, ov_decision_get_number (self));
      break;
    case PROP_DECIDED_AT:
      g_value_set_string (value, ov_decision_get_decided_at (self));
      break;
    case PROP_RECORDED_AT:
      g_value_set_string (value, ov_decision_get_recorded_at (self));
      break;
    case PROP_DECISION_MAKER_ID:
      g_value_set_int64 (value, ov_decision_get_decision_maker_id (self));
      break;
    case PROP_DECISION:
      g_value_set_string (value, ov_decision_get_decision (self));
      break;
    case PROP_RATIONALE:
      g_value_set_string (value, ov_decision_get_rationale (self));
      break;
    case PROP_OPTIONS_REJECTED:
      g_value_set_string (value, ov_decision_get_options_rejected (self));
      break;
    case PROP_SUPERSEDES_ID:
      g_value_set_int64 (value, ov_decision_get_supersedes_id (self));
      break;
    case PROP_REVIEW_ID:
      g_value_set_int64 (value, ov_decision_get_review_id (self));
      break;
    case PROP_DECISION_MAKER_NAME:
      g_value_set_string (value, ov_decision_get_decision_maker_name (self));
      break;
    case PROP_SUPERSEDES_NUMBER:
      g_value_set_int64 (value, ov_decision_get_supersedes_number (self));
      break;
    case PROP_SUPERSEDED_BY_NUMBER:
      g_value_set_int64 (value, ov_decision_get_superseded_by_number (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_decision_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OvDecision *self = OV_DECISION (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      ov_decision_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_NUMBER:
      ov_decision_set_number (self, g_value_get_int64 (value));
      break;
    case PROP_DECIDED_AT:
      ov_decision_set_decided_at (self, g_value_get_string (value));
      break;
    case PROP_RECORDED_AT:
      ov_decision_set_recorded_at (self, g_value_get_string (value));
      break;
    case PROP_DECISION_MAKER_ID:
      ov_decision_set_decision_maker_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISION:
      ov_decision_set_decision (self, g_value_get_string (value));
      break;
    case PROP_RATIONALE:
      ov_decision_set_rationale (self, g_value_get_string (value));
      break;
    case PROP_OPTIONS_REJECTED:
      ov_decision_set_options_rejected (self, g_value_get_string (value));
      break;
    case PROP_SUPERSEDES_ID:
      ov_decision_set_supersedes_id (self, g_value_get_int64 (value));
      break;
    case PROP_REVIEW_ID:
      ov_decision_set_review_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISION_MAKER_NAME:
      ov_decision_set_decision_maker_name (self, g_value_get_string (value));
      break;
    case PROP_SUPERSEDES_NUMBER:
      ov_decision_set_supersedes_number (self, g_value_get_int64 (value));
      break;
    case PROP_SUPERSEDED_BY_NUMBER:
      ov_decision_set_superseded_by_number (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_decision_class_init (OvDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_decision_finalize;
  object_class->get_property = ov_decision_get_property;
  object_class->set_property = ov_decision_set_property;

  record_class->table_name = "decisions";
  record_class->entity_name = "decision";
  record_class->view_name = "decisions_view";
  record_class->validate = ov_decision_validate;
  record_class->describe = ov_decision_describe;

  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_NUMBER] =
    g_param_spec_int64 ("number", "Number", "Entry number in the case's decision log",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECIDED_AT] =
    g_param_spec_string ("decided-at", "Decided at", "When the decision was made (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_RECORDED_AT] =
    g_param_spec_string ("recorded-at", "Recorded at", "When the decision was recorded (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_DECISION_MAKER_ID] =
    g_param_spec_int64 ("decision-maker-id", "Decision maker", "Who made the decision",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_DECISION] =
    g_param_spec_string ("decision", "Decision", "The decision",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", "Rationale", "Why",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPTIONS_REJECTED] =
    g_param_spec_string ("options-rejected", "Options rejected", "Options considered and rejected",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUPERSEDES_ID] =
    g_param_spec_int64 ("supersedes-id", "Supersedes", "The earlier entry this one replaces",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", "Review", "The review at which it was taken",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_DECISION_MAKER_NAME] =
    g_param_spec_string ("decision-maker-name", "Decision maker", "Name of the decision maker",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_SUPERSEDES_NUMBER] =
    g_param_spec_int64 ("supersedes-number", "Supersedes", "Number of the entry this one replaces",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_SUPERSEDED_BY_NUMBER] =
    g_param_spec_int64 ("superseded-by-number", "Superseded by", "Number of the entry that replaces this one",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_decision_init (OvDecision *self)
{
}

/**
 * ov_decision_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvDecision *
ov_decision_new (void)
{
  return g_object_new (OV_TYPE_DECISION, NULL);
}

gint64
ov_decision_get_case_id (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), 0);
  return self->case_id;
}

void
ov_decision_set_case_id (OvDecision *self,
                         gint64      case_id)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

gint64
ov_decision_get_number (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), 0);
  return self->number;
}

void
ov_decision_set_number (OvDecision *self,
                        gint64      number)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (self->number != number)
    {
      self->number = number;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
    }
}

const char *
ov_decision_get_decided_at (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), NULL);
  return self->decided_at;
}

void
ov_decision_set_decided_at (OvDecision *self,
                            const char *decided_at)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (ov_set_str (&self->decided_at, decided_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_AT]);
}

const char *
ov_decision_get_recorded_at (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), NULL);
  return self->recorded_at;
}

void
ov_decision_set_recorded_at (OvDecision *self,
                             const char *recorded_at)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (ov_set_str (&self->recorded_at, recorded_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_AT]);
}

gint64
ov_decision_get_decision_maker_id (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), 0);
  return self->decision_maker_id;
}

void
ov_decision_set_decision_maker_id (OvDecision *self,
                                   gint64      decision_maker_id)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (self->decision_maker_id != decision_maker_id)
    {
      self->decision_maker_id = decision_maker_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_MAKER_ID]);
    }
}

const char *
ov_decision_get_decision (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), NULL);
  return self->decision;
}

void
ov_decision_set_decision (OvDecision *self,
                          const char *decision)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (ov_set_str (&self->decision, decision))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

const char *
ov_decision_get_rationale (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), NULL);
  return self->rationale;
}

void
ov_decision_set_rationale (OvDecision *self,
                           const char *rationale)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (ov_set_str (&self->rationale, rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATIONALE]);
}

const char *
ov_decision_get_options_rejected (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), NULL);
  return self->options_rejected;
}

void
ov_decision_set_options_rejected (OvDecision *self,
                                  const char *options_rejected)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (ov_set_str (&self->options_rejected, options_rejected))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONS_REJECTED]);
}

gint64
ov_decision_get_supersedes_id (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), 0);
  return self->supersedes_id;
}

void
ov_decision_set_supersedes_id (OvDecision *self,
                               gint64      supersedes_id)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (self->supersedes_id != supersedes_id)
    {
      self->supersedes_id = supersedes_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERSEDES_ID]);
    }
}

gint64
ov_decision_get_review_id (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), 0);
  return self->review_id;
}

void
ov_decision_set_review_id (OvDecision *self,
                           gint64      review_id)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (self->review_id != review_id)
    {
      self->review_id = review_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ID]);
    }
}

const char *
ov_decision_get_decision_maker_name (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), NULL);
  return self->decision_maker_name;
}

void
ov_decision_set_decision_maker_name (OvDecision *self,
                                     const char *decision_maker_name)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (ov_set_str (&self->decision_maker_name, decision_maker_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_MAKER_NAME]);
}

gint64
ov_decision_get_supersedes_number (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), 0);
  return self->supersedes_number;
}

void
ov_decision_set_supersedes_number (OvDecision *self,
                                   gint64      supersedes_number)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (self->supersedes_number != supersedes_number)
    {
      self->supersedes_number = supersedes_number;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERSEDES_NUMBER]);
    }
}

gint64
ov_decision_get_superseded_by_number (OvDecision *self)
{
  g_return_val_if_fail (OV_IS_DECISION (self), 0);
  return self->superseded_by_number;
}

void
ov_decision_set_superseded_by_number (OvDecision *self,
                                      gint64      superseded_by_number)
{
  g_return_if_fail (OV_IS_DECISION (self));
  if (self->superseded_by_number != superseded_by_number)
    {
      self->superseded_by_number = superseded_by_number;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERSEDED_BY_NUMBER]);
    }
}
