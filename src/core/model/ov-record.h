/* ov-record.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_RECORD (ov_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (OvRecord, ov_record, OV, RECORD, GObject)

/* A property with this flag is loaded from the store but never written to it: the store
 * keeps it up to date itself (for example a case's current officer in the case). */
#define OV_PARAM_DERIVED (1 << G_PARAM_USER_SHIFT)
/* An int64 property holding the id of another record; 0 means none (NULL in SQL). */
#define OV_PARAM_REFERENCE (1 << (G_PARAM_USER_SHIFT + 1))
/* A string property holding a calendar date, YYYY-MM-DD. */
#define OV_PARAM_DATE (1 << (G_PARAM_USER_SHIFT + 2))
/* A string property holding a UTC ISO-8601 time. */
#define OV_PARAM_TIMESTAMP (1 << (G_PARAM_USER_SHIFT + 3))

/* The longest any text field may be, in characters. */
#define OV_RECORD_MAX_TEXT_LENGTH 20000

#define OV_MODEL_ERROR (ov_model_error_quark ())

typedef enum
{
  OV_MODEL_ERROR_INVALID,
} OvModelError;

struct _OvRecordClass
{
  GObjectClass parent_class;

  /* Set by each subclass in class_init. */
  const char *table_name;   /* SQL table: "cases" */
  const char *entity_name;  /* audit and exchange name: "case" */
  const char *view_name;    /* read from this view when set: adds names of related records */

  /* Returns FALSE with @property set to the name of the first invalid property. */
  gboolean (*validate) (OvRecord    *self,
                        const char **property,
                        GError     **error);
  /* A short description for people: "MSHT/2026/0001", "DS 1234 Priya Shah". */
  char    *(*describe) (OvRecord    *self);

  /* Whether ov_store_delete() may remove records of this kind; most are kept for good. */
  gboolean deletable;

  gpointer padding[6];
};

GQuark      ov_model_error_quark       (void);

gint64      ov_record_get_id           (OvRecord    *self);
void        ov_record_set_id           (OvRecord    *self,
                                        gint64       id);
const char *ov_record_get_uuid         (OvRecord    *self);
void        ov_record_set_uuid         (OvRecord    *self,
                                        const char  *uuid);
const char *ov_record_get_created_at   (OvRecord    *self);
void        ov_record_set_created_at   (OvRecord    *self,
                                        const char  *created_at);
const char *ov_record_get_updated_at   (OvRecord    *self);
void        ov_record_set_updated_at   (OvRecord    *self,
                                        const char  *updated_at);
gint64      ov_record_get_revision     (OvRecord    *self);
void        ov_record_set_revision     (OvRecord    *self,
                                        gint64       revision);
gboolean    ov_record_validate         (OvRecord    *self,
                                        GError     **error);
gboolean    ov_record_validate_property (OvRecord   *self,
                                        const char **property,
                                        GError     **error);
char       *ov_record_describe         (OvRecord    *self);
const char *ov_record_class_get_table_name  (OvRecordClass *klass);
const char *ov_record_class_get_entity_name (OvRecordClass *klass);
const char *ov_record_get_entity_name  (OvRecord    *self);

G_END_DECLS
