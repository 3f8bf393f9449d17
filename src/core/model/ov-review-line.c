/* ov-review-line.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-review-line"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-review-line.h"
#include "ov-enum-types.h"
#include "ov-util.h"

struct _OvReviewLine
{
  OvRecord parent_instance;

  gint64 review_id;
  gint64 line_id;
  char *progress;
  OvLineStatus status;
  char *closure_rationale;
  char *line_title;
};

G_DEFINE_FINAL_TYPE (OvReviewLine, ov_review_line, OV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_LINE_ID,
  PROP_PROGRESS,
  PROP_STATUS,
  PROP_CLOSURE_RATIONALE,
  PROP_LINE_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ov_review_line_validate (OvRecord    *record,
                         const char **property,
                         GError     **error)
{
  OvReviewLine *self = OV_REVIEW_LINE (record);

  if (self->review_id <= 0 || self->line_id <= 0)
    {
      *property = "line-id";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("The progress must name its review and line of enquiry."));
      return FALSE;
    }
  if (self->status == OV_LINE_STATUS_CLOSED && ov_str_empty (self->closure_rationale))
    {
      *property = "closure-rationale";
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the reason the line of enquiry is closed."));
      return FALSE;
    }

  return TRUE;
}

static char *
ov_review_line_describe (OvRecord *record)
{
  OvReviewLine *self = OV_REVIEW_LINE (record);

  return g_strdup (self->line_title ? self->line_title : "");
}

static void
ov_review_line_finalize (GObject *object)
{
  OvReviewLine *self = OV_REVIEW_LINE (object);

  g_clear_pointer (&self->progress, g_free);
  g_clear_pointer (&self->closure_rationale, g_free);
  g_clear_pointer (&self->line_title, g_free);

  G_OBJECT_CLASS (ov_review_line_parent_class)->finalize (object);
}

static void
ov_review_line_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OvReviewLine *self = OV_REVIEW_LINE (object);

  switch (prop_id)
    {
    case PROP_REVIEW_ID:
      g_value_set_int64 (value, ov_review_line_get_review_id (self));
      break;
    case PROP_LINE_ID:
      g_value_set_int64 (value, ov_review_line_get_line_id (self));
      break;
    case PROP_PROGRESS:
      g_value_set_string (value, ov_review_line_get_progress (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ov_review_line_get_status (self));
      break;
    case PROP_CLOSURE_RATIONALE:
      g_value_set_string (value, ov_review_line_get_closure_rationale (self));
      break;
    case PROP_LINE_TITLE:
      g_value_set_string (value, ov_review_line_get_line_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_line_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OvReviewLine *self = OV_REVIEW_LINE (object);

  switch (prop_id)
    {
    case PROP_REVIEW_ID:
      ov_review_line_set_review_id (self, g_value_get_int64 (value));
      break;
    case PROP_LINE_ID:
      ov_review_line_set_line_id (self, g_value_get_int64 (value));
      break;
    case PROP_PROGRESS:
      ov_review_line_set_progress (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ov_review_line_set_status (self, g_value_get_enum (value));
      break;
    case PROP_CLOSURE_RATIONALE:
      ov_review_line_set_closure_rationale (self, g_value_get_string (value));
      break;
    case PROP_LINE_TITLE:
      ov_review_line_set_line_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_line_class_init (OvReviewLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OvRecordClass *record_class = OV_RECORD_CLASS (klass);

  object_class->finalize = ov_review_line_finalize;
  object_class->get_property = ov_review_line_get_property;
  object_class->set_property = ov_review_line_set_property;

  record_class->table_name = "review_lines";
  record_class->entity_name = "review-line";
  record_class->view_name = "review_lines_view";
  record_class->validate = ov_review_line_validate;
  record_class->describe = ov_review_line_describe;

  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", "Review", "The review",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_LINE_ID] =
    g_param_spec_int64 ("line-id", "Line of enquiry", "The line of enquiry",
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_REFERENCE);
  properties[PROP_PROGRESS] =
    g_param_spec_string ("progress", "Progress", "Progress since the last review",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", "Status", "The line's status as decided at the review",
                       OV_TYPE_LINE_STATUS, OV_LINE_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOSURE_RATIONALE] =
    g_param_spec_string ("closure-rationale", "Closure rationale", "Why the line is closed",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE_TITLE] =
    g_param_spec_string ("line-title", "Line of enquiry", "Title of the line of enquiry",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | OV_PARAM_DERIVED);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_review_line_init (OvReviewLine *self)
{
}

/**
 * ov_review_line_new:
 *
 * Returns: (transfer full): a new, unsaved record with default values.
 */
OvReviewLine *
ov_review_line_new (void)
{
  return g_object_new (OV_TYPE_REVIEW_LINE, NULL);
}

gint64
ov_review_line_get_review_id (OvReviewLine *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE (self), 0);
  return self->review_id;
}

void
ov_review_line_set_review_id (OvReviewLine *self,
                              gint64        review_id)
{
  g_return_if_fail (OV_IS_REVIEW_LINE (self));
  if (self->review_id != review_id)
    {
      self->review_id = review_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ID]);
    }
}

gint64
ov_review_line_get_line_id (OvReviewLine *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE (self), 0);
  return self->line_id;
}

void
ov_review_line_set_line_id (OvReviewLine *self,
                            gint64        line_id)
{
  g_return_if_fail (OV_IS_REVIEW_LINE (self));
  if (self->line_id != line_id)
    {
      self->line_id = line_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE_ID]);
    }
}

const char *
ov_review_line_get_progress (OvReviewLine *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE (self), NULL);
  return self->progress;
}

void
ov_review_line_set_progress (OvReviewLine *self,
                             const char   *progress)
{
  g_return_if_fail (OV_IS_REVIEW_LINE (self));
  if (ov_set_str (&self->progress, progress))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

OvLineStatus
ov_review_line_get_status (OvReviewLine *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE (self), 0);
  return self->status;
}

void
ov_review_line_set_status (OvReviewLine *self,
                           OvLineStatus  status)
{
  g_return_if_fail (OV_IS_REVIEW_LINE (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
ov_review_line_get_closure_rationale (OvReviewLine *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE (self), NULL);
  return self->closure_rationale;
}

void
ov_review_line_set_closure_rationale (OvReviewLine *self,
                                      const char   *closure_rationale)
{
  g_return_if_fail (OV_IS_REVIEW_LINE (self));
  if (ov_set_str (&self->closure_rationale, closure_rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSURE_RATIONALE]);
}

const char *
ov_review_line_get_line_title (OvReviewLine *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE (self), NULL);
  return self->line_title;
}

void
ov_review_line_set_line_title (OvReviewLine *self,
                               const char   *line_title)
{
  g_return_if_fail (OV_IS_REVIEW_LINE (self));
  if (ov_set_str (&self->line_title, line_title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE_TITLE]);
}
