/* ov-form.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Binds the fields of a page or dialog to the properties of one record: the widgets show
 * the record and write back to it, changes mark the form modified, and the model's own
 * validation is shown under the field it concerns.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_FORM (ov_form_get_type ())

G_DECLARE_FINAL_TYPE (OvForm, ov_form, OV, FORM, GObject)

OvForm     *ov_form_new                  (void);
OvRecord   *ov_form_get_record           (OvForm          *self);
void        ov_form_set_record           (OvForm          *self,
                                          OvRecord        *record);
gboolean    ov_form_get_modified         (OvForm          *self);
void        ov_form_set_modified         (OvForm          *self,
                                          gboolean         modified);
gboolean    ov_form_get_editable         (OvForm          *self);
void        ov_form_set_editable         (OvForm          *self,
                                          gboolean         editable);

void        ov_form_add_entry            (OvForm          *self,
                                          const char      *property,
                                          GtkEditable     *editable,
                                          GtkLabel        *error_label);
void        ov_form_add_text_view        (OvForm          *self,
                                          const char      *property,
                                          GtkTextView     *text_view,
                                          GtkLabel        *error_label);
void        ov_form_add_drop_down        (OvForm          *self,
                                          const char      *property,
                                          GType            enum_type,
                                          GtkDropDown     *drop_down,
                                          GtkLabel        *error_label);
void        ov_form_add_record_drop_down (OvForm          *self,
                                          const char      *property,
                                          GtkDropDown     *drop_down,
                                          GtkLabel        *error_label);
void        ov_form_add_property         (OvForm          *self,
                                          const char      *property,
                                          GtkWidget       *widget,
                                          const char      *widget_property,
                                          GtkLabel        *error_label);
void        ov_form_add_check            (OvForm          *self,
                                          const char      *property,
                                          GtkCheckButton  *check_button,
                                          GtkLabel        *error_label);
void        ov_form_add_flag             (OvForm          *self,
                                          const char      *property,
                                          guint            flag,
                                          GtkCheckButton  *check_button,
                                          GtkLabel        *error_label);
void        ov_form_add_timestamp        (OvForm          *self,
                                          const char      *property,
                                          GtkEditable     *date_editable,
                                          GtkEditable     *time_editable,
                                          GtkLabel        *error_label);
void        ov_form_add_field            (OvForm          *self,
                                          const char      *property,
                                          GtkWidget       *widget,
                                          GtkLabel        *error_label);

gboolean    ov_form_validate             (OvForm          *self);
gboolean    ov_form_check                (OvForm          *self,
                                          GError         **error);
void        ov_form_show_error           (OvForm          *self,
                                          const char      *property,
                                          const char      *message);
void        ov_form_clear_errors         (OvForm          *self);

GListModel *ov_enum_list_new             (GType            enum_type);
guint       ov_enum_to_position          (GType            enum_type,
                                          int              value);
int         ov_enum_from_position        (GType            enum_type,
                                          guint            position);

G_END_DECLS
