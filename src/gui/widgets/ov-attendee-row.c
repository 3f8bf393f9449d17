/* ov-attendee-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person in the list of who attended a review: ticked if they were there.
 */

#define G_LOG_DOMAIN "ov-attendee-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-attendee-row.h"
#include "ov-enum-types.h"

struct _OvAttendeeRow
{
  GtkListBoxRow   parent_instance;

  OvStaff        *staff;

  GtkCheckButton *attended_check;
  GtkLabel       *rank_label;
};

G_DEFINE_FINAL_TYPE (OvAttendeeRow, ov_attendee_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_STAFF,
  PROP_ATTENDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_attended_toggled (OvAttendeeRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDED]);
}

static void
ov_attendee_row_constructed (GObject *object)
{
  OvAttendeeRow *self = OV_ATTENDEE_ROW (object);
  g_autofree char *rank = NULL;

  G_OBJECT_CLASS (ov_attendee_row_parent_class)->constructed (object);

  if (self->staff == NULL)
    return;
  gtk_check_button_set_label (self->attended_check, ov_staff_get_name (self->staff));
  /* Translators: a person's rank and collar number, e.g. "Detective Constable 5120" */
  rank = g_strdup_printf (_("%s %s"),
                          ov_enum_get_label (OV_TYPE_RANK, ov_staff_get_rank (self->staff)),
                          ov_staff_get_collar_number (self->staff));
  gtk_label_set_text (self->rank_label, rank);
}

static void
ov_attendee_row_dispose (GObject *object)
{
  OvAttendeeRow *self = OV_ATTENDEE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ATTENDEE_ROW);
  g_clear_object (&self->staff);

  G_OBJECT_CLASS (ov_attendee_row_parent_class)->dispose (object);
}

static void
ov_attendee_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OvAttendeeRow *self = OV_ATTENDEE_ROW (object);

  switch (prop_id)
    {
    case PROP_STAFF:
      g_value_set_object (value, self->staff);
      break;
    case PROP_ATTENDED:
      g_value_set_boolean (value, ov_attendee_row_get_attended (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_attendee_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OvAttendeeRow *self = OV_ATTENDEE_ROW (object);

  switch (prop_id)
    {
    case PROP_STAFF:
      self->staff = g_value_dup_object (value);
      break;
    case PROP_ATTENDED:
      ov_attendee_row_set_attended (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_attendee_row_class_init (OvAttendeeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_attendee_row_constructed;
  object_class->dispose = ov_attendee_row_dispose;
  object_class->get_property = ov_attendee_row_get_property;
  object_class->set_property = ov_attendee_row_set_property;

  properties[PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL,
                         OV_TYPE_STAFF,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENDED] =
    g_param_spec_boolean ("attended", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-attendee-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvAttendeeRow, attended_check);
  gtk_widget_class_bind_template_child (widget_class, OvAttendeeRow, rank_label);
  gtk_widget_class_bind_template_callback (widget_class, on_attended_toggled);
}

static void
ov_attendee_row_init (OvAttendeeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_attendee_row_new:
 * @attended: whether @staff is ticked as present
 *
 * Returns: (transfer floating): a row for @staff
 */
OvAttendeeRow *
ov_attendee_row_new (OvStaff  *staff,
                     gboolean  attended)
{
  g_return_val_if_fail (OV_IS_STAFF (staff), NULL);

  return g_object_new (OV_TYPE_ATTENDEE_ROW,
                       "staff", staff,
                       "attended", attended,
                       NULL);
}

OvStaff *
ov_attendee_row_get_staff (OvAttendeeRow *self)
{
  g_return_val_if_fail (OV_IS_ATTENDEE_ROW (self), NULL);
  return self->staff;
}

gboolean
ov_attendee_row_get_attended (OvAttendeeRow *self)
{
  g_return_val_if_fail (OV_IS_ATTENDEE_ROW (self), FALSE);
  return gtk_check_button_get_active (self->attended_check);
}

void
ov_attendee_row_set_attended (OvAttendeeRow *self,
                              gboolean       attended)
{
  g_return_if_fail (OV_IS_ATTENDEE_ROW (self));
  gtk_check_button_set_active (self->attended_check, attended);
}
