/* ov-form.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-form"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ov-enums.h"
#include "ov-form.h"
#include "ov-util.h"

typedef struct
{
  char      *property;
  GtkWidget *widget;
  GtkLabel  *error_label;
} OvFormField;

/* A UTC time shown as a local date and time in two entries. */
typedef struct
{
  OvForm      *form;
  char        *property;
  GtkEditable *date_editable;
  GtkEditable *time_editable;
  gboolean     syncing;
} OvFormTimestamp;

struct _OvForm
{
  GObject        parent_instance;

  OvRecord      *record;
  GBindingGroup *bindings;
  GPtrArray     *fields;
  GPtrArray     *timestamps;
  gboolean       modified;
  gboolean       showing_errors;
  gboolean       editable;
};

G_DEFINE_FINAL_TYPE (OvForm, ov_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ov_form_field_free (OvFormField *field)
{
  g_free (field->property);
  g_clear_object (&field->widget);
  g_clear_object (&field->error_label);
  g_free (field);
}

static void
ov_form_timestamp_free (OvFormTimestamp *timestamp)
{
  g_signal_handlers_disconnect_by_data (timestamp->date_editable, timestamp);
  g_signal_handlers_disconnect_by_data (timestamp->time_editable, timestamp);
  g_free (timestamp->property);
  g_clear_object (&timestamp->date_editable);
  g_clear_object (&timestamp->time_editable);
  g_free (timestamp);
}

static void
set_widget_editable (GtkWidget *widget,
                     gboolean   editable)
{
  /* Text stays readable and selectable when it may not be changed, with its caret for
   * selecting from the keyboard (and because GTK 4.8 aborts when a text view whose caret
   * was hidden gets the focus back); other controls are made insensitive. */
  if (GTK_IS_EDITABLE (widget))
    gtk_editable_set_editable (GTK_EDITABLE (widget), editable);
  else if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), editable);
  else
    gtk_widget_set_sensitive (widget, editable);
}

static void
add_field (OvForm     *self,
           const char *property,
           GtkWidget  *widget,
           GtkLabel   *error_label)
{
  OvFormField *field = g_new0 (OvFormField, 1);

  field->property = g_strdup (property);
  field->widget = g_object_ref (widget);
  field->error_label = error_label != NULL ? g_object_ref (error_label) : NULL;
  g_ptr_array_add (self->fields, field);
  set_widget_editable (widget, self->editable);

  if (error_label != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (error_label), FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (error_label), "field-error");
    }
}

static void
mark_field (OvFormField *field,
            const char  *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (field->widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (field->widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID);
    }

  if (field->error_label != NULL)
    {
      gtk_label_set_text (field->error_label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), message != NULL);
    }
}

/* Shows @message at every field of @property; the first label found carries the text.
 * Returns the first widget of the property, or NULL if the form has none. */
static GtkWidget *
show_error (OvForm     *self,
            const char *property,
            const char *message)
{
  GtkWidget *first = NULL;
  gboolean labelled = FALSE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      OvFormField *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->property, property) != 0)
        continue;
      if (first == NULL)
        first = field->widget;

      gtk_widget_add_css_class (field->widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      if (field->error_label != NULL && !labelled)
        {
          mark_field (field, message);
          labelled = TRUE;
        }
    }

  if (first != NULL)
    self->showing_errors = TRUE;
  return first;
}

static gboolean
check_record (OvForm    *self,
              gboolean   grab_focus,
              GError   **out_error)
{
  g_autoptr(GError) error = NULL;
  const char *property = NULL;
  GtkWidget *widget;

  ov_form_clear_errors (self);
  if (self->record == NULL)
    return FALSE;
  if (ov_record_validate_property (self->record, &property, &error))
    return TRUE;

  widget = show_error (self, property, error->message);
  if (widget == NULL)
    {
      /* A rule about a property this form does not show: say it somewhere visible. */
      for (guint i = 0; i < self->fields->len && widget == NULL; i++)
        {
          OvFormField *field = g_ptr_array_index (self->fields, i);

          if (field->error_label != NULL)
            {
              mark_field (field, error->message);
              widget = field->widget;
              self->showing_errors = TRUE;
            }
        }
    }
  if (widget != NULL && grab_focus)
    gtk_widget_grab_focus (widget);
  g_propagate_error (out_error, g_steal_pointer (&error));
  return FALSE;
}

/* Timestamps */

static void
show_timestamp (OvFormTimestamp *timestamp)
{
  OvForm *self = timestamp->form;
  g_autofree char *value = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (self->record != NULL)
    g_object_get (self->record, timestamp->property, &value, NULL);
  if (value != NULL)
    {
      parsed = g_date_time_new_from_iso8601 (value, NULL);
      /* What the user typed and the model refused stays as typed. */
      if (parsed == NULL)
        return;
      local = g_date_time_to_local (parsed);
      date = g_date_time_format (local, "%Y-%m-%d");
      time = g_date_time_format (local, "%H:%M");
    }

  timestamp->syncing = TRUE;
  gtk_editable_set_text (timestamp->date_editable, date != NULL ? date : "");
  gtk_editable_set_text (timestamp->time_editable, time != NULL ? time : "");
  timestamp->syncing = FALSE;
}

static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  char rest;

  if (text == NULL || sscanf (text, "%2d:%2d%c", hour, minute, &rest) != 2)
    return FALSE;
  return *hour >= 0 && *hour < 24 && *minute >= 0 && *minute < 60;
}

/* The local date and time typed, as the UTC time the model stores. Text that is not a
 * date and time is passed on as it is, for the model's own rule to refuse. */
static char *
compose_timestamp (const char *date,
                   const char *time)
{
  g_autoptr(GDateTime) local = NULL;
  int hour, minute;

  if (ov_str_empty (date) && ov_str_empty (time))
    return NULL;
  if (!ov_date_is_valid (date) || !parse_time (time, &hour, &minute))
    return g_strdup_printf ("%s %s", date, time);

  local = g_date_time_new_local (atoi (date), atoi (date + 5), atoi (date + 8),
                                 hour, minute, 0);
  if (local == NULL)
    return g_strdup_printf ("%s %s", date, time);
  return ov_timestamp_utc (local);
}

static void
on_timestamp_changed (OvFormTimestamp *timestamp,
                      GtkEditable     *editable)
{
  OvForm *self = timestamp->form;
  g_autofree char *value = NULL;

  if (timestamp->syncing || self->record == NULL)
    return;

  value = compose_timestamp (gtk_editable_get_text (timestamp->date_editable),
                             gtk_editable_get_text (timestamp->time_editable));
  timestamp->syncing = TRUE;
  g_object_set (self->record, timestamp->property, value, NULL);
  timestamp->syncing = FALSE;
}

static void
on_record_notify (OvForm     *self,
                  GParamSpec *pspec,
                  GObject    *record)
{
  for (guint i = 0; i < self->timestamps->len; i++)
    {
      OvFormTimestamp *timestamp = g_ptr_array_index (self->timestamps, i);

      if (!timestamp->syncing && g_strcmp0 (timestamp->property, pspec->name) == 0)
        show_timestamp (timestamp);
    }

  /* The store updates the id, times and revision, and keeps derived values itself:
   * none of these is a change the user made. */
  if (pspec->owner_type == OV_TYPE_RECORD || (pspec->flags & OV_PARAM_DERIVED) != 0)
    return;

  ov_form_set_modified (self, TRUE);
  if (self->showing_errors)
    check_record (self, FALSE, NULL);
}

/* Binding transforms */

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from_value,
                GValue       *to_value,
                gpointer      user_data)
{
  const char *text = g_value_get_string (from_value);

  g_value_set_string (to_value, text != NULL ? text : "");
  return TRUE;
}

static gboolean
text_to_string (GBinding     *binding,
                const GValue *from_value,
                GValue       *to_value,
                gpointer      user_data)
{
  const char *text = g_value_get_string (from_value);

  g_value_set_string (to_value, text != NULL && *text != '\0' ? text : NULL);
  return TRUE;
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      user_data)
{
  GType enum_type = GPOINTER_TO_SIZE (user_data);

  g_value_set_uint (to_value, ov_enum_to_position (enum_type, g_value_get_enum (from_value)));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      user_data)
{
  GType enum_type = GPOINTER_TO_SIZE (user_data);
  guint position = g_value_get_uint (from_value);
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  if (position >= klass->n_values)
    return FALSE;
  g_value_set_enum (to_value, ov_enum_from_position (enum_type, position));
  return TRUE;
}

static gboolean
id_to_position (GBinding     *binding,
                const GValue *from_value,
                GValue       *to_value,
                gpointer      user_data)
{
  g_autoptr(GObject) drop_down = g_binding_dup_target (binding);
  GListModel *model;
  gint64 id = g_value_get_int64 (from_value);
  guint position = GTK_INVALID_LIST_POSITION;

  if (drop_down == NULL)
    return FALSE;
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down));
  for (guint i = 0; id != 0 && model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OvRecord) record = g_list_model_get_item (model, i);

      if (ov_record_get_id (record) == id)
        {
          position = i;
          break;
        }
    }
  g_value_set_uint (to_value, position);
  return TRUE;
}

static gboolean
position_to_id (GBinding     *binding,
                const GValue *from_value,
                GValue       *to_value,
                gpointer      user_data)
{
  g_autoptr(GObject) drop_down = g_binding_dup_target (binding);
  g_autoptr(OvRecord) record = NULL;
  GListModel *model;
  guint position = g_value_get_uint (from_value);

  if (drop_down == NULL)
    return FALSE;
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down));
  if (model == NULL || position >= g_list_model_get_n_items (model))
    return FALSE;
  record = g_list_model_get_item (model, position);
  g_value_set_int64 (to_value, ov_record_get_id (record));
  return TRUE;
}

static gboolean
flags_to_active (GBinding     *binding,
                 const GValue *from_value,
                 GValue       *to_value,
                 gpointer      user_data)
{
  guint flag = GPOINTER_TO_UINT (user_data);

  g_value_set_boolean (to_value, (g_value_get_flags (from_value) & flag) == flag);
  return TRUE;
}

static gboolean
active_to_flags (GBinding     *binding,
                 const GValue *from_value,
                 GValue       *to_value,
                 gpointer      user_data)
{
  g_autoptr(GObject) source = g_binding_dup_source (binding);
  guint flag = GPOINTER_TO_UINT (user_data);
  guint flags = 0;

  if (source == NULL)
    return FALSE;
  g_object_get (source, g_binding_get_source_property (binding), &flags, NULL);
  if (g_value_get_boolean (from_value))
    flags |= flag;
  else
    flags &= ~flag;
  g_value_set_flags (to_value, flags);
  return TRUE;
}

static void
ov_form_dispose (GObject *object)
{
  OvForm *self = OV_FORM (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->record);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->timestamps, g_ptr_array_unref);

  G_OBJECT_CLASS (ov_form_parent_class)->dispose (object);
}

static void
ov_form_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  OvForm *self = OV_FORM (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_form_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  OvForm *self = OV_FORM (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      ov_form_set_record (self, g_value_get_object (value));
      break;
    case PROP_MODIFIED:
      ov_form_set_modified (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_form_class_init (OvFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ov_form_dispose;
  object_class->get_property = ov_form_get_property;
  object_class->set_property = ov_form_set_property;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         OV_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_form_init (OvForm *self)
{
  self->bindings = g_binding_group_new ();
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) ov_form_field_free);
  self->timestamps = g_ptr_array_new_with_free_func ((GDestroyNotify) ov_form_timestamp_free);
  self->editable = TRUE;
}

/**
 * ov_form_new:
 *
 * Returns: (transfer full): a form with no fields and no record
 */
OvForm *
ov_form_new (void)
{
  return g_object_new (OV_TYPE_FORM, NULL);
}

/**
 * ov_form_get_record:
 *
 * Returns: (transfer none) (nullable): the record the fields show and edit
 */
OvRecord *
ov_form_get_record (OvForm *self)
{
  g_return_val_if_fail (OV_IS_FORM (self), NULL);
  return self->record;
}

/**
 * ov_form_set_record:
 * @record: (nullable): the record to show and edit
 *
 * Shows @record in the fields, clears any error shown and marks the form unmodified.
 */
void
ov_form_set_record (OvForm   *self,
                    OvRecord *record)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (record == NULL || OV_IS_RECORD (record));

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_func (self->record, on_record_notify, self);

  if (g_set_object (&self->record, record))
    {
      g_binding_group_set_source (self->bindings, record);
      if (record != NULL)
        g_signal_connect_object (record, "notify", G_CALLBACK (on_record_notify), self,
                                 G_CONNECT_SWAPPED);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
    }
  else if (record != NULL)
    g_signal_connect_object (record, "notify", G_CALLBACK (on_record_notify), self,
                             G_CONNECT_SWAPPED);

  for (guint i = 0; i < self->timestamps->len; i++)
    show_timestamp (g_ptr_array_index (self->timestamps, i));

  ov_form_clear_errors (self);
  ov_form_set_modified (self, FALSE);
}

gboolean
ov_form_get_modified (OvForm *self)
{
  g_return_val_if_fail (OV_IS_FORM (self), FALSE);
  return self->modified;
}

void
ov_form_set_modified (OvForm   *self,
                      gboolean  modified)
{
  g_return_if_fail (OV_IS_FORM (self));

  modified = !!modified;
  if (self->modified != modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

gboolean
ov_form_get_editable (OvForm *self)
{
  g_return_val_if_fail (OV_IS_FORM (self), FALSE);
  return self->editable;
}

/**
 * ov_form_set_editable:
 * @editable: whether the user may change the record
 *
 * Makes every field of the form read-only, or editable again: for records that are
 * agreed, signed off or otherwise frozen.
 */
void
ov_form_set_editable (OvForm   *self,
                      gboolean  editable)
{
  g_return_if_fail (OV_IS_FORM (self));

  self->editable = !!editable;
  for (guint i = 0; i < self->fields->len; i++)
    {
      OvFormField *field = g_ptr_array_index (self->fields, i);

      set_widget_editable (field->widget, self->editable);
    }
}

/**
 * ov_form_add_entry:
 * @property: a string property of the record
 * @error_label: (nullable): where a validation message about @property is shown
 *
 * Shows a string property in an entry; an empty entry stores no value.
 */
void
ov_form_add_entry (OvForm      *self,
                   const char  *property,
                   GtkEditable *editable,
                   GtkLabel    *error_label)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_EDITABLE (editable));

  g_binding_group_bind_full (self->bindings, property, editable, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             string_to_text, text_to_string, NULL, NULL);
  add_field (self, property, GTK_WIDGET (editable), error_label);
}

/**
 * ov_form_add_text_view:
 *
 * Shows a string property, such as a summary, in a text view.
 */
void
ov_form_add_text_view (OvForm      *self,
                       const char  *property,
                       GtkTextView *text_view,
                       GtkLabel    *error_label)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));

  g_binding_group_bind_full (self->bindings, property,
                             gtk_text_view_get_buffer (text_view), "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             string_to_text, text_to_string, NULL, NULL);
  add_field (self, property, GTK_WIDGET (text_view), error_label);
}

/**
 * ov_form_add_drop_down:
 * @enum_type: the enumeration of @property
 *
 * Shows an enumeration as a drop-down of its labels.
 */
void
ov_form_add_drop_down (OvForm      *self,
                       const char  *property,
                       GType        enum_type,
                       GtkDropDown *drop_down,
                       GtkLabel    *error_label)
{
  g_autoptr(GListModel) labels = NULL;

  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (G_TYPE_IS_ENUM (enum_type));
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  labels = ov_enum_list_new (enum_type);
  gtk_drop_down_set_model (drop_down, labels);
  g_binding_group_bind_full (self->bindings, property, drop_down, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             enum_to_position, position_to_enum,
                             GSIZE_TO_POINTER (enum_type), NULL);
  add_field (self, property, GTK_WIDGET (drop_down), error_label);
}

/**
 * ov_form_add_record_drop_down:
 * @property: an int64 property holding the id of another record
 * @drop_down: a drop-down whose model lists #OvRecord items; set it before the record
 *
 * Shows a reference to another record, such as a person, as a choice among records. An
 * id that is not in the list selects nothing.
 */
void
ov_form_add_record_drop_down (OvForm      *self,
                              const char  *property,
                              GtkDropDown *drop_down,
                              GtkLabel    *error_label)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  g_binding_group_bind_full (self->bindings, property, drop_down, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             id_to_position, position_to_id, NULL, NULL);
  add_field (self, property, GTK_WIDGET (drop_down), error_label);
}

/**
 * ov_form_add_timestamp:
 * @property: a string property holding a UTC time
 * @date_editable: where the local date is typed, as YYYY-MM-DD
 * @time_editable: where the local time is typed, as HH:MM
 *
 * Shows a stored time as the local date and time people read and type.
 */
void
ov_form_add_timestamp (OvForm      *self,
                       const char  *property,
                       GtkEditable *date_editable,
                       GtkEditable *time_editable,
                       GtkLabel    *error_label)
{
  OvFormTimestamp *timestamp;

  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_EDITABLE (date_editable));
  g_return_if_fail (GTK_IS_EDITABLE (time_editable));

  timestamp = g_new0 (OvFormTimestamp, 1);
  timestamp->form = self;
  timestamp->property = g_strdup (property);
  timestamp->date_editable = g_object_ref (date_editable);
  timestamp->time_editable = g_object_ref (time_editable);
  g_ptr_array_add (self->timestamps, timestamp);

  g_signal_connect_swapped (date_editable, "changed", G_CALLBACK (on_timestamp_changed),
                            timestamp);
  g_signal_connect_swapped (time_editable, "changed", G_CALLBACK (on_timestamp_changed),
                            timestamp);
  add_field (self, property, GTK_WIDGET (date_editable), error_label);
  add_field (self, property, GTK_WIDGET (time_editable), NULL);
  show_timestamp (timestamp);
}

/**
 * ov_form_add_field:
 * @widget: a control the caller keeps in step with @property itself
 *
 * Lets the form show validation messages about @property at @widget, and make it
 * read-only with the rest of the form.
 */
void
ov_form_add_field (OvForm     *self,
                   const char *property,
                   GtkWidget  *widget,
                   GtkLabel   *error_label)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  add_field (self, property, widget, error_label);
}

/**
 * ov_form_add_property:
 * @widget_property: the property of @widget that shows @property, of the same type
 *
 * Shows @property in a property of a control of its own, such as the partner chosen in
 * an #OvPartnerPicker, in both directions.
 */
void
ov_form_add_property (OvForm     *self,
                      const char *property,
                      GtkWidget  *widget,
                      const char *widget_property,
                      GtkLabel   *error_label)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (widget_property != NULL);

  g_binding_group_bind (self->bindings, property, widget, widget_property,
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  add_field (self, property, widget, error_label);
}

/**
 * ov_form_add_check:
 *
 * Shows a boolean property as a check button.
 */
void
ov_form_add_check (OvForm         *self,
                   const char     *property,
                   GtkCheckButton *check_button,
                   GtkLabel       *error_label)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_CHECK_BUTTON (check_button));

  g_binding_group_bind (self->bindings, property, check_button, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  add_field (self, property, GTK_WIDGET (check_button), error_label);
}

/**
 * ov_form_add_flag:
 * @property: a flags property of the record
 * @flag: the flag @check_button sets and clears
 *
 * Shows one flag of a flags property as a check button.
 */
void
ov_form_add_flag (OvForm         *self,
                  const char     *property,
                  guint           flag,
                  GtkCheckButton *check_button,
                  GtkLabel       *error_label)
{
  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (GTK_IS_CHECK_BUTTON (check_button));
  g_return_if_fail (flag != 0);

  g_binding_group_bind_full (self->bindings, property, check_button, "active",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             flags_to_active, active_to_flags, GUINT_TO_POINTER (flag), NULL);
  add_field (self, property, GTK_WIDGET (check_button), error_label);
}

/**
 * ov_form_validate:
 *
 * Checks the record with the model's rules. The first problem is shown under its field,
 * which takes the focus; from then on the messages follow the user's corrections.
 *
 * Returns: %TRUE if the record may be saved
 */
gboolean
ov_form_validate (OvForm *self)
{
  g_return_val_if_fail (OV_IS_FORM (self), FALSE);

  return check_record (self, TRUE, NULL);
}

/**
 * ov_form_check:
 *
 * Validates the record as ov_form_validate() does, showing the message under its field,
 * and gives the same message in @error.
 *
 * Returns: %TRUE if the record is valid
 */
gboolean
ov_form_check (OvForm  *self,
               GError **error)
{
  g_return_val_if_fail (OV_IS_FORM (self), FALSE);
  g_return_val_if_fail (self->record != NULL, FALSE);

  return check_record (self, TRUE, error);
}

/**
 * ov_form_show_error:
 * @property: the property the message is about
 * @message: what is wrong and what to do
 *
 * Shows a message from elsewhere, such as the store refusing a duplicate, under a field.
 */
void
ov_form_show_error (OvForm     *self,
                    const char *property,
                    const char *message)
{
  GtkWidget *widget;

  g_return_if_fail (OV_IS_FORM (self));
  g_return_if_fail (message != NULL);

  widget = show_error (self, property, message);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

void
ov_form_clear_errors (OvForm *self)
{
  g_return_if_fail (OV_IS_FORM (self));

  for (guint i = 0; i < self->fields->len; i++)
    mark_field (g_ptr_array_index (self->fields, i), NULL);
  self->showing_errors = FALSE;
}

/**
 * ov_enum_list_new:
 *
 * Returns: (transfer full): the labels of the values of @enum_type, in their order, as a
 *   #GtkStringList for a drop-down
 */
GListModel *
ov_enum_list_new (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, ov_enum_get_label (enum_type, klass->values[i].value));
  return G_LIST_MODEL (labels);
}

guint
ov_enum_to_position (GType enum_type,
                     int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == value)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

int
ov_enum_from_position (GType enum_type,
                       guint position)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  g_return_val_if_fail (position < klass->n_values, 0);
  return klass->values[position].value;
}
