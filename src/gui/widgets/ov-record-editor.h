/* ov-record-editor.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form for the fields of one kind of record, laid out from a table that names each
 * field's property, label and kind of control: the readiness registers (training,
 * accreditation, welfare, guidance, learning, escalations) are edited with it.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-form.h"
#include "ov-record.h"
#include "ov-store.h"

G_BEGIN_DECLS

typedef enum
{
  OV_FIELD_TEXT,       /* one line of text */
  OV_FIELD_LONG_TEXT,  /* several lines */
  OV_FIELD_DATE,       /* YYYY-MM-DD */
  OV_FIELD_CHOICE,     /* one value of an enumeration */
  OV_FIELD_FLAGS,      /* any values of a flags type, as check buttons */
  OV_FIELD_RECORD,     /* a reference to another record, from ov_record_editor_set_choices() */
  OV_FIELD_CASE,       /* a case, typed by its reference (with ov_record_editor_set_store()) */
  OV_FIELD_CASE_REVIEW, /* one of the reviews of the case in the OV_FIELD_CASE field */
} OvFieldKind;

typedef struct
{
  const char  *property;
  const char  *label;     /* untranslated (N_), with a mnemonic */
  OvFieldKind  kind;
} OvEditorField;

#define OV_TYPE_RECORD_EDITOR (ov_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (OvRecordEditor, ov_record_editor, OV, RECORD_EDITOR, GtkWidget)

OvRecordEditor *ov_record_editor_new          (GType                record_type,
                                               const OvEditorField *fields,
                                               guint                n_fields);
OvForm         *ov_record_editor_get_form     (OvRecordEditor      *self);
OvRecord       *ov_record_editor_get_record   (OvRecordEditor      *self);
void            ov_record_editor_set_record   (OvRecordEditor      *self,
                                               OvRecord            *record);
void            ov_record_editor_set_store    (OvRecordEditor      *self,
                                               OvStore             *store);
void            ov_record_editor_set_choices  (OvRecordEditor      *self,
                                               const char          *property,
                                               GListModel          *records);
GtkWidget      *ov_record_editor_get_field    (OvRecordEditor      *self,
                                               const char          *property);
gboolean        ov_record_editor_check        (OvRecordEditor      *self,
                                               GError             **error);
gboolean        ov_record_editor_validate     (OvRecordEditor      *self);

G_END_DECLS
