/* ov-line-of-enquiry-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line of enquiry of a strategy version: its title and what is to be done, and its
 * status. Editable while the version is a draft; read-only once agreed, when reviews
 * move its status on.
 */

#define G_LOG_DOMAIN "ov-line-of-enquiry-row"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-line-of-enquiry-row.h"

struct _OvLineOfEnquiryRow
{
  GtkListBoxRow    parent_instance;

  OvLineOfEnquiry *line;
  OvForm          *form;
  gboolean         editable;

  GtkLabel        *number_label;
  GtkEntry        *title_entry;
  GtkLabel        *title_error;
  GtkTextView     *description_view;
  GtkLabel        *description_error;
  GtkDropDown     *status_drop_down;
  GtkLabel        *status_error;
  GtkWidget       *closure_box;
  GtkEntry        *closure_entry;
  GtkLabel        *closure_error;
  GtkButton       *remove_button;
};

G_DEFINE_FINAL_TYPE (OvLineOfEnquiryRow, ov_line_of_enquiry_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_LINE,
  PROP_EDITABLE,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_line (OvLineOfEnquiryRow *self)
{
  g_autofree char *number = NULL;
  gboolean closed;

  if (self->line == NULL)
    return;

  /* Translators: the place of a line of enquiry in the strategy, e.g. "3." */
  number = g_strdup_printf (_("%" PRId64 "."), ov_line_of_enquiry_get_position (self->line));
  gtk_label_set_text (self->number_label, number);

  closed = ov_line_of_enquiry_get_status (self->line) == OV_LINE_STATUS_CLOSED;
  gtk_widget_set_visible (self->closure_box, closed);
  /* Only a line never saved may be taken out again; saved ones are closed instead. */
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button),
                          self->editable && ov_record_get_id (OV_RECORD (self->line)) == 0);
}

static void
on_form_modified (OvLineOfEnquiryRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_remove_clicked (OvLineOfEnquiryRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
ov_line_of_enquiry_row_constructed (GObject *object)
{
  OvLineOfEnquiryRow *self = OV_LINE_OF_ENQUIRY_ROW (object);

  G_OBJECT_CLASS (ov_line_of_enquiry_row_parent_class)->constructed (object);

  ov_form_set_editable (self->form, self->editable);
  if (self->line != NULL)
    {
      ov_form_set_record (self->form, OV_RECORD (self->line));
      g_signal_connect_object (self->line, "notify", G_CALLBACK (update_line), self,
                               G_CONNECT_SWAPPED);
    }
  update_line (self);
}

static void
ov_line_of_enquiry_row_dispose (GObject *object)
{
  OvLineOfEnquiryRow *self = OV_LINE_OF_ENQUIRY_ROW (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_LINE_OF_ENQUIRY_ROW);
  g_clear_object (&self->line);

  G_OBJECT_CLASS (ov_line_of_enquiry_row_parent_class)->dispose (object);
}

static void
ov_line_of_enquiry_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OvLineOfEnquiryRow *self = OV_LINE_OF_ENQUIRY_ROW (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_object (value, self->line);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_line_of_enquiry_row_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_line_of_enquiry_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OvLineOfEnquiryRow *self = OV_LINE_OF_ENQUIRY_ROW (object);

  switch (prop_id)
    {
    case PROP_LINE:
      self->line = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      self->editable = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_line_of_enquiry_row_class_init (OvLineOfEnquiryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_line_of_enquiry_row_constructed;
  object_class->dispose = ov_line_of_enquiry_row_dispose;
  object_class->get_property = ov_line_of_enquiry_row_get_property;
  object_class->set_property = ov_line_of_enquiry_row_set_property;

  properties[PROP_LINE] =
    g_param_spec_object ("line", NULL, NULL,
                         OV_TYPE_LINE_OF_ENQUIRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvLineOfEnquiryRow::remove:
   *
   * Emitted when the user takes out a line that was never saved.
   */
  signals[REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-line-of-enquiry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, title_error);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, description_view);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, description_error);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, status_error);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, closure_box);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, closure_entry);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, closure_error);
  gtk_widget_class_bind_template_child (widget_class, OvLineOfEnquiryRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
ov_line_of_enquiry_row_init (OvLineOfEnquiryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  ov_form_add_entry (self->form, "title", GTK_EDITABLE (self->title_entry), self->title_error);
  ov_form_add_text_view (self->form, "description", self->description_view,
                         self->description_error);
  ov_form_add_drop_down (self->form, "status", OV_TYPE_LINE_STATUS, self->status_drop_down,
                         self->status_error);
  ov_form_add_entry (self->form, "closure-rationale", GTK_EDITABLE (self->closure_entry),
                     self->closure_error);
  g_signal_connect_object (self->form, "notify::modified", G_CALLBACK (on_form_modified), self,
                           G_CONNECT_SWAPPED);
}

/**
 * ov_line_of_enquiry_row_new:
 * @editable: whether the line may be changed (its strategy version is a draft)
 *
 * Returns: (transfer floating): a row showing and editing @line
 */
OvLineOfEnquiryRow *
ov_line_of_enquiry_row_new (OvLineOfEnquiry *line,
                            gboolean         editable)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY (line), NULL);

  return g_object_new (OV_TYPE_LINE_OF_ENQUIRY_ROW,
                       "line", line,
                       "editable", editable,
                       NULL);
}

OvLineOfEnquiry *
ov_line_of_enquiry_row_get_line (OvLineOfEnquiryRow *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY_ROW (self), NULL);
  return self->line;
}

/**
 * ov_line_of_enquiry_row_get_modified:
 *
 * Returns: %TRUE if the line needs saving: it was changed, or never saved
 */
gboolean
ov_line_of_enquiry_row_get_modified (OvLineOfEnquiryRow *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY_ROW (self), FALSE);
  return self->line != NULL &&
         (ov_form_get_modified (self->form) || ov_record_get_id (OV_RECORD (self->line)) == 0);
}

/**
 * ov_line_of_enquiry_row_validate:
 *
 * Shows the model's rules under the fields they concern.
 *
 * Returns: %TRUE if the line may be saved
 */
gboolean
ov_line_of_enquiry_row_validate (OvLineOfEnquiryRow *self)
{
  g_return_val_if_fail (OV_IS_LINE_OF_ENQUIRY_ROW (self), FALSE);
  return ov_form_validate (self->form);
}

/**
 * ov_line_of_enquiry_row_show_error:
 * @message: what the store refused
 *
 * Shows a refusal by the store under the line's title.
 */
void
ov_line_of_enquiry_row_show_error (OvLineOfEnquiryRow *self,
                                   const char         *message)
{
  g_return_if_fail (OV_IS_LINE_OF_ENQUIRY_ROW (self));
  ov_form_show_error (self->form, "title", message);
}

