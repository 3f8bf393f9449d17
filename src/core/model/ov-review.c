/* ov-review.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-review"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-review.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvReview
{
  OvRecord parent_instance;

  gint64 case_id;
  gint64 strategy_id;
  OvReviewType review_type;
  OvReviewTrigger trigger_event;
  char *trigger_detail;
  char *held_at;
  gint64 reviewer_id;
  char *attendee_ids;
  gboolean risk_reassessed;
  char *risk_notes;
  char *directions;
  gboolean parameters_confirmed;
  gboolean ownership_confirmed;
  char *proposed_next_review_on;
  char *next_review_on;
  char *next_review_reason;
  OvReviewStatus status;
  gint64 signed_off_by;
  char *signed_off_at;
  char *reviewer_name;
  char *signed_off_by_name;
};

G_DEFINE_FINAL_TYPE (OvReview, ov_review, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_STRATEGY_ID,
  PROP_REVIEW_TYPE,
  PROP_TRIGGER_EVENT,
  PROP_TRIGGER_DETAIL,
  PROP_HELD_AT,
  PROP_REVIEWER_ID,
  PROP_ATTENDEE_IDS,
  PROP_RISK_REASSESSED,
  PROP_RISK_NOTES,
  PROP_DIRECTIONS,
  PROP_PARAMETERS_CONFIRMED,
  PROP_OWNERSHIP_CONFIRMED,
  PROP_PROPOSED_NEXT_REVIEW_ON,
  PROP_NEXT_REVIEW_ON,
  PROP_NEXT_REVIEW_REASON,
  PROP_STATUS,
  PROP_SIGNED_OFF_BY,
  PROP_SIGNED_OFF_AT,
  PROP_REVIEWER_NAME,
  PROP_SIGNED_OFF_BY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_review_validate (OvRecord    *record,
                    const char **property,
                    GError     **error)
{
  OvReview *self = OV_REVIEW (record);

  if (self->case_id <= 0)
    {
      *property = "case-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The review must belong to a case."));
      return FALSE;
    }
  if (!ov_timestamp_is_valid (self->held_at))
    {
      *property = "held-at";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Enter when the review was held."));
      return FALSE;
    }
  if (self->reviewer_id <= 0)
    {
      *property = "reviewer-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose the supervisor holding the review."));
      return FALSE;
    }
  if (self->review_type == OV_REVIEW_TYPE_TRIGGERED && self->trigger_event == OV_REVIEW_TRIGGER_NONE)
    {
      *property = "trigger-event";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Choose the event that triggered this review."));
      return FALSE;
    }
  if (self->review_type != OV_REVIEW_TYPE_TRIGGERED && self->trigger_event != OV_REVIEW_TRIGGER_NONE)
    {
      *property = "trigger-event";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Only a triggered review has a trigger: choose Triggered as the type, or no trigger."));
      return FALSE;
    }
  if (self->trigger_event == OV_REVIEW_TRIGGER_OTHER && ov_str_empty (self->trigger_detail))
    {
      *property = "trigger-detail";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Say what triggered the review."));
      return FALSE;
    }
  if (self->review_type != OV_REVIEW_TYPE_CLOSURE && !ov_date_is_valid (self->next_review_on))
    {
      *property = "next-review-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Set the date of the next review as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ov_str_empty (self->next_review_on) && !ov_date_is_valid (self->next_review_on))
    {
      *property = "next-review-on";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Set the date of the next review as YYYY-MM-DD."));
      return FALSE;
    }
  if (ov_date_is_valid (self->next_review_on) && ov_date_is_valid (self->proposed_next_review_on) && g_strcmp0 (self->next_review_on, self->proposed_next_review_on) != 0 && ov_str_empty (self->next_review_reason))
    {
      *property = "next-review-reason";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The next review date differs from the one force policy proposes: record the reason."));
      return FALSE;
    }
  if (self->status == OV_REVIEW_STATUS_SIGNED_OFF && (self->signed_off_by <= 0 || ov_str_empty (self->signed_off_at)))
    {
      *property = "status";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("A signed-off review needs the supervisor who signed it off and when."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_review_describe (OvRecord *record)
{
  OvReview *self = OV_REVIEW (record);

  /* Translators: e.g. "Periodic review" */
  return g_strdup_printf (_("%s review"), ov_enum_get_label (OV_TYPE_REVIEW_TYPE, self->review_type));
}

static void
ov_review_finalize (GObject *object)
{
  OvReview *self = OV_REVIEW (object);

  g_clear_pointer (&self->trigger_detail, g_free);
  g_clear_pointer (&self->held_at, g_free);
  g_clear_pointer (&self->attendee_ids, g_free);
  g_clear_pointer (&self->risk_notes, g_free);
  g_clear_pointer (&self->directions, g_free);
  g_clear_pointer (&self->proposed_next_review_on, g_free);
  g_clear_pointer (&self->next_review_on, g_free);
  g_clear_pointer (&self->next_review_reason, g_free);
  g_clear_pointer (&self->signed_off_at, g_free);
  g_clear_pointer (&self->reviewer_name, g_free);
  g_clear_pointer (&self->signed_off_by_name, g_free);

  G_OBJECT_CLASS (ov_review_parent_class)->finalize (object);
}

static void
ov_review_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OvReview *self = OV_REVIEW (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, ov_review_get_case_id (self));
      break;
    case PROP_STRATEGY_ID:
      g_value_set_int64 (value, ov_review_get_strategy_id (self));
      break;
    case PROP_REVIEW_TYPE:
      g_value_set_enum (value, ov_review_get_review_type (self));
      break;
    case PROP_TRIGGER_EVENT:
      g_value_set_enum (value, ov_review_get_trigger_event (self));
      break;
    case PROP_TRIGGER_DETAIL:
      g_value_set_string (value, ov_review_get_trigger_detail (self));
      break;
    case PROP_HELD_AT:
      g_value_set_string (value, ov_review_get_held_at (self));
      break;
    case PROP_REVIEWER_ID:
      g_value_set_int64 (value, ov_review_get_reviewer_id (self));
      break;
    case PROP_ATTENDEE_IDS:
      g_value_set_string (value, ov_review_get_attendee_ids (self));
      break;
    case PROP_RISK_REASSESSED:
      g_value_set_boolean (value, ov_review_get_risk_reassessed (self));
      break;
    case PROP_RISK_NOTES:
      g_value_set_string (value, ov_review_get_risk_notes (self));
      break;
    case PROP_DIRECTIONS:
      g_value_set_string (value, ov_review_get_directions (self));
      break;
    case PROP_PARAMETERS_CONFIRMED:
      g_value_set_boolean (value, ov_review_get_parameters_confirmed (self));
      break;
    case PROP_OWNERSHIP_CONFIRMED:
      g_value_set_boolean (value, ov_review_get_ownership_confirmed (self));
      break;
    case PROP_PROPOSED_NEXT_REVIEW_ON:
      g_value_set_string (value, ov_review_get_proposed_next_review_on (self));
      break;
    case PROP_NEXT_REVIEW_ON:
      g_value_set_string (value, ov_review_get_next_review_on (self));
      break;
    case PROP_NEXT_REVIEW_REASON:
      g_value_set_string (value, ov_review_get_next_review_reason (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_review_get_status (self));
      break;
    case PROP_SIGNED_OFF_BY:
      g_value_set_int64 (value, ov_review_get_signed_off_by (self));
      break;
    case PROP_SIGNED_OFF_AT:
      g_value_set_string (value, ov_review_get_signed_off_at (self));
      break;
    case PROP_REVIEWER_NAME:
      g_value_set_string (value, ov_review_get_reviewer_name (self));
      break;
    case PROP_SIGNED_OFF_BY_NAME:
      g_value_set_string (value, ov_review_get_signed_off_by_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OvReview *self = OV_REVIEW (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      ov_review_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_STRATEGY_ID:
      ov_review_set_strategy_id (self, g_value_get_int64 (value));
      break;
    case PROP_REVIEW_TYPE:
      ov_review_set_review_type (self, g_value_get_enum (value));
      break;
    case PROP_TRIGGER_EVENT:
      ov_review_set_trigger_event (self, g_value_get_enum (value));
      break;
    case PROP_TRIGGER_DETAIL:
      ov_review_set_trigger_detail (self, g_value_get_string (value));
      break;
    case PROP_HELD_AT:
      ov_review_set_held_at (self, g_value_get_string (value));
      break;
    case PROP_REVIEWER_ID:
      ov_review_set_reviewer_id (self, g_value_get_int64 (value));
      break;
    case PROP_ATTENDEE_IDS:
      ov_review_set_attendee_ids (self, g_value_get_string (value));
      break;
    case PROP_RISK_REASSESSED:
      ov_review_set_risk_reassessed (self, g_value_get_boolean (value));
      break;
    case PROP_RISK_NOTES:
      ov_review_set_risk_notes (self, g_value_get_string (value));
      break;
    case PROP_DIRECTIONS:
      ov_review_set_directions (self, g_value_get_string (value));
      break;
    case PROP_PARAMETERS_CONFIRMED:
      ov_review_set_parameters_confirmed (self, g_value_get_boolean (value));
      break;
    case PROP_OWNERSHIP_CONFIRMED:
      ov_review_set_ownership_confirmed (self, g_value_get_boolean (value));
      break;
    case PROP_PROPOSED_NEXT_REVIEW_ON:
      ov_review_set_proposed_next_review_on (self, g_value_get_string (value));
      break;
    case PROP_NEXT_REVIEW_ON:
      ov_review_set_next_review_on (self, g_value_get_string (value));
      break;
    case PROP_NEXT_REVIEW_REASON:
      ov_review_set_next_review_reason (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ov_review_set_status (self, g_value_get_enum (value));
      break;
    case PROP_SIGNED_OFF_BY:
      ov_review_set_signed_off_by (self, g_value_get_int64 (value));
      break;
    case PROP_SIGNED_OFF_AT:
      ov_review_set_signed_off_at (self, g_value_get_string (value));
      break;
    case PROP_REVIEWER_NAME:
      ov_review_set_reviewer_name (self, g_value_get_string (value));
      break;
    case PROP_SIGNED_OFF_BY_NAME:
      ov_review_set_signed_off_by_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_class_init (OvReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_review_finalize;
  object_class->get_property = ov_review_get_property;
  object_class->set_property = ov_review_set_property;

  record_class->table_name = "reviews";
  record_class->entity_name = "review";
  record_class->view_name = "reviews_view";
  record_class->validate = ov_review_validate;
  record_class->describe = ov_review_describe;

  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", "Case", "The case",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_STRATEGY_ID] =
    g_param_spec_int64 ("strategy-id", "Strategy", "The strategy version in force",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_REVIEW_TYPE] =
    g_param_spec_enum ("review-type", "Type", "Initial, periodic, triggered or closure",
                       OV_TYPE_REVIEW_TYPE, OV_REVIEW_TYPE_PERIODIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIGGER_EVENT] =
    g_param_spec_enum ("trigger-event", "Trigger", "The event that triggered the review",
                       OV_TYPE_REVIEW_TRIGGER, OV_REVIEW_TRIGGER_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIGGER_DETAIL] =
    g_param_spec_string ("trigger-detail", "Trigger detail", "What happened",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HELD_AT] =
    g_param_spec_string ("held-at", "Held at", "When the review was held (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_REVIEWER_ID] =
    g_param_spec_int64 ("reviewer-id", "Reviewing supervisor", "The supervisor holding the review",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_ATTENDEE_IDS] =
    g_param_spec_string ("attendee-ids", "Attendees", "Staff present, as comma-separated ids",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RISK_REASSESSED] =
    g_param_spec_boolean ("risk-reassessed", "Risk re-assessed", "Risk was re-assessed at the review",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RISK_NOTES] =
    g_param_spec_string ("risk-notes", "Risk notes", "The re-assessment of risk",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTIONS] =
    g_param_spec_string ("directions", "Directions", "Directions given by the supervisor",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARAMETERS_CONFIRMED] =
    g_param_spec_boolean ("parameters-confirmed", "Parameters confirmed", "The investigation parameters were confirmed",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNERSHIP_CONFIRMED] =
    g_param_spec_boolean ("ownership-confirmed", "Ownership confirmed", "Ownership of the investigation was confirmed",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROPOSED_NEXT_REVIEW_ON] =
    g_param_spec_string ("proposed-next-review-on", "Proposed next review", "The next review date force policy proposes",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_NEXT_REVIEW_ON] =
    g_param_spec_string ("next-review-on", "Next review", "The date set for the next review",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DATE);
  properties[PROP_NEXT_REVIEW_REASON] =
    g_param_spec_string ("next-review-reason", "Reason for the date", "Why the next review differs from policy",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "Draft or signed off",
                       OV_TYPE_REVIEW_STATUS, OV_REVIEW_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIGNED_OFF_BY] =
    g_param_spec_int64 ("signed-off-by", "Signed off by", "The supervisor who signed the review off",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_SIGNED_OFF_AT] =
    g_param_spec_string ("signed-off-at", "Signed off at", "When the review was signed off (UTC)",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_TIMESTAMP);
  properties[PROP_REVIEWER_NAME] =
    g_param_spec_string ("reviewer-name", "Reviewing supervisor", "Name of the reviewing supervisor",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);
  properties[PROP_SIGNED_OFF_BY_NAME] =
    g_param_spec_string ("signed-off-by-name", "Signed off by", "Name of the supervisor who signed off",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_review_init (OvReview *self)
{
}

/**
 * ov_review_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvReview *
ov_review_new (void)
{
  return g_object_new (OV_TYPE_REVIEW, NULL);
}

gint64
ov_review_get_case_id (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->case_id;
}

void
ov_review_set_case_id (OvReview *self,
                       gint64    case_id)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

gint64
ov_review_get_strategy_id (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->strategy_id;
}

void
ov_review_set_strategy_id (OvReview *self,
                           gint64    strategy_id)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (self->strategy_id != strategy_id)
    {
      self->strategy_id = strategy_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY_ID]);
    }
}

OvReviewType
ov_review_get_review_type (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->review_type;
}

void
ov_review_set_review_type (OvReview     *self,
                           OvReviewType  review_type)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (self->review_type != review_type)
    {
      self->review_type = review_type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_TYPE]);
    }
}

OvReviewTrigger
ov_review_get_trigger_event (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->trigger_event;
}

void
ov_review_set_trigger_event (OvReview        *self,
                             OvReviewTrigger  trigger_event)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (self->trigger_event != trigger_event)
    {
      self->trigger_event = trigger_event;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIGGER_EVENT]);
    }
}

const char *
ov_review_get_trigger_detail (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->trigger_detail;
}

void
ov_review_set_trigger_detail (OvReview   *self,
                              const char *trigger_detail)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->trigger_detail, trigger_detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIGGER_DETAIL]);
}

const char *
ov_review_get_held_at (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->held_at;
}

void
ov_review_set_held_at (OvReview   *self,
                       const char *held_at)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->held_at, held_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELD_AT]);
}

gint64
ov_review_get_reviewer_id (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->reviewer_id;
}

void
ov_review_set_reviewer_id (OvReview *self,
                           gint64    reviewer_id)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (self->reviewer_id != reviewer_id)
    {
      self->reviewer_id = reviewer_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWER_ID]);
    }
}

const char *
ov_review_get_attendee_ids (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->attendee_ids;
}

void
ov_review_set_attendee_ids (OvReview   *self,
                            const char *attendee_ids)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->attendee_ids, attendee_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDEE_IDS]);
}

gboolean
ov_review_get_risk_reassessed (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->risk_reassessed;
}

void
ov_review_set_risk_reassessed (OvReview *self,
                               gboolean  risk_reassessed)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  risk_reassessed = !!risk_reassessed;
  if (self->risk_reassessed != risk_reassessed)
    {
      self->risk_reassessed = risk_reassessed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_REASSESSED]);
    }
}

const char *
ov_review_get_risk_notes (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->risk_notes;
}

void
ov_review_set_risk_notes (OvReview   *self,
                          const char *risk_notes)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->risk_notes, risk_notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_NOTES]);
}

const char *
ov_review_get_directions (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->directions;
}

void
ov_review_set_directions (OvReview   *self,
                          const char *directions)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->directions, directions))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTIONS]);
}

gboolean
ov_review_get_parameters_confirmed (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->parameters_confirmed;
}

void
ov_review_set_parameters_confirmed (OvReview *self,
                                    gboolean  parameters_confirmed)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  parameters_confirmed = !!parameters_confirmed;
  if (self->parameters_confirmed != parameters_confirmed)
    {
      self->parameters_confirmed = parameters_confirmed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARAMETERS_CONFIRMED]);
    }
}

gboolean
ov_review_get_ownership_confirmed (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->ownership_confirmed;
}

void
ov_review_set_ownership_confirmed (OvReview *self,
                                   gboolean  ownership_confirmed)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  ownership_confirmed = !!ownership_confirmed;
  if (self->ownership_confirmed != ownership_confirmed)
    {
      self->ownership_confirmed = ownership_confirmed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNERSHIP_CONFIRMED]);
    }
}

const char *
ov_review_get_proposed_next_review_on (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->proposed_next_review_on;
}

void
ov_review_set_proposed_next_review_on (OvReview   *self,
                                       const char *proposed_next_review_on)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->proposed_next_review_on, proposed_next_review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPOSED_NEXT_REVIEW_ON]);
}

const char *
ov_review_get_next_review_on (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->next_review_on;
}

void
ov_review_set_next_review_on (OvReview   *self,
                              const char *next_review_on)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->next_review_on, next_review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW_ON]);
}

const char *
ov_review_get_next_review_reason (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->next_review_reason;
}

void
ov_review_set_next_review_reason (OvReview   *self,
                                  const char *next_review_reason)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->next_review_reason, next_review_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW_REASON]);
}

OvReviewStatus
ov_review_get_status (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->status;
}

void
ov_review_set_status (OvReview       *self,
                      OvReviewStatus  status)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

gint64
ov_review_get_signed_off_by (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), 0);
  return self->signed_off_by;
}

void
ov_review_set_signed_off_by (OvReview *self,
                             gint64    signed_off_by)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (self->signed_off_by != signed_off_by)
    {
      self->signed_off_by = signed_off_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_OFF_BY]);
    }
}

const char *
ov_review_get_signed_off_at (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->signed_off_at;
}

void
ov_review_set_signed_off_at (OvReview   *self,
                             const char *signed_off_at)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->signed_off_at, signed_off_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_OFF_AT]);
}

const char *
ov_review_get_reviewer_name (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->reviewer_name;
}

void
ov_review_set_reviewer_name (OvReview   *self,
                             const char *reviewer_name)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->reviewer_name, reviewer_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWER_NAME]);
}

const char *
ov_review_get_signed_off_by_name (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), NULL);
  return self->signed_off_by_name;
}

void
ov_review_set_signed_off_by_name (OvReview   *self,
                                  const char *signed_off_by_name)
{
  g_return_if_fail (OV_IS_REVIEW (self));
  if (ov_set_str (&self->signed_off_by_name, signed_off_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_OFF_BY_NAME]);
}

gboolean
ov_review_is_signed_off (OvReview *self)
{
  g_return_val_if_fail (OV_IS_REVIEW (self), FALSE);
  return self->status == OV_REVIEW_STATUS_SIGNED_OFF;
}

/**
 * ov_review_get_attendees:
 *
 * Returns: (transfer full) (element-type gint64): the staff ids of the attendees
 */
GArray *
ov_review_get_attendees (OvReview *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (OV_IS_REVIEW (self), ids);

  if (ov_str_empty (self->attendee_ids))
    return ids;
  parts = g_strsplit (self->attendee_ids, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id = g_ascii_strtoll (parts[i], NULL, 10);

      if (id > 0)
        g_array_append_val (ids, id);
    }
  return ids;
}

void
ov_review_set_attendees (OvReview     *self,
                         const gint64 *ids,
                         guint         n_ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (OV_IS_REVIEW (self));

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  ov_review_set_attendee_ids (self, text->str);
}
