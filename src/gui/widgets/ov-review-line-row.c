/* ov-review-line-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Progress against one line of enquiry, as recorded at a review: what has been done and
 * the status the review gives the line, with the reason if it is closed. Signing the
 * review off carries the status into the strategy.
 */

#define G_LOG_DOMAIN "ov-review-line-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-review-line-row.h"

struct _OvReviewLineRow
{
  GtkListBoxRow  parent_instance;

  OvReviewLine  *review_line;
  OvForm        *form;
  gboolean       editable;

  GtkLabel      *title_label;
  GtkTextView   *progress_view;
  GtkLabel      *progress_error;
  GtkDropDown   *status_drop_down;
  GtkLabel      *status_error;
  GtkWidget     *closure_box;
  GtkEntry      *closure_entry;
  GtkLabel      *closure_error;
};

G_DEFINE_FINAL_TYPE (OvReviewLineRow, ov_review_line_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_REVIEW_LINE,
  PROP_EDITABLE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_closure (OvReviewLineRow *self)
{
  gtk_widget_set_visible (self->closure_box,
                          self->review_line != NULL &&
                          ov_review_line_get_status (self->review_line) == OV_LINE_STATUS_CLOSED);
}

static void
on_form_modified (OvReviewLineRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
ov_review_line_row_constructed (GObject *object)
{
  OvReviewLineRow *self = OV_REVIEW_LINE_ROW (object);
  g_autofree char *accessible = NULL;

  G_OBJECT_CLASS (ov_review_line_row_parent_class)->constructed (object);

  ov_form_set_editable (self->form, self->editable);
  if (self->review_line == NULL)
    return;

  gtk_label_set_text (self->title_label, ov_review_line_get_line_title (self->review_line));
  /* Translators: accessible name of the progress field, e.g.
   * "Progress on Trace the finances of the suspects" */
  accessible = g_strdup_printf (_("Progress on %s"),
                                ov_review_line_get_line_title (self->review_line));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  ov_form_set_record (self->form, OV_RECORD (self->review_line));
  g_signal_connect_object (self->review_line, "notify::status", G_CALLBACK (update_closure),
                           self, G_CONNECT_SWAPPED);
  update_closure (self);
}

static void
ov_review_line_row_dispose (GObject *object)
{
  OvReviewLineRow *self = OV_REVIEW_LINE_ROW (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_REVIEW_LINE_ROW);
  g_clear_object (&self->review_line);

  G_OBJECT_CLASS (ov_review_line_row_parent_class)->dispose (object);
}

static void
ov_review_line_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvReviewLineRow *self = OV_REVIEW_LINE_ROW (object);

  switch (prop_id)
    {
    case PROP_REVIEW_LINE:
      g_value_set_object (value, self->review_line);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_review_line_row_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_line_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvReviewLineRow *self = OV_REVIEW_LINE_ROW (object);

  switch (prop_id)
    {
    case PROP_REVIEW_LINE:
      self->review_line = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      self->editable = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_line_row_class_init (OvReviewLineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_review_line_row_constructed;
  object_class->dispose = ov_review_line_row_dispose;
  object_class->get_property = ov_review_line_row_get_property;
  object_class->set_property = ov_review_line_row_set_property;

  properties[PROP_REVIEW_LINE] =
    g_param_spec_object ("review-line", NULL, NULL,
                         OV_TYPE_REVIEW_LINE,
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-review-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, progress_view);
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, progress_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, status_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, closure_box);
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, closure_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReviewLineRow, closure_error);
}

static void
ov_review_line_row_init (OvReviewLineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  ov_form_add_text_view (self->form, "progress", self->progress_view, self->progress_error);
  ov_form_add_drop_down (self->form, "status", OV_TYPE_LINE_STATUS, self->status_drop_down,
                         self->status_error);
  ov_form_add_entry (self->form, "closure-rationale", GTK_EDITABLE (self->closure_entry),
                     self->closure_error);
  g_signal_connect_object (self->form, "notify::modified", G_CALLBACK (on_form_modified), self,
                           G_CONNECT_SWAPPED);
}

/**
 * ov_review_line_row_new:
 * @editable: whether the review is still a draft
 *
 * Returns: (transfer floating): a row recording progress against one line of enquiry
 */
OvReviewLineRow *
ov_review_line_row_new (OvReviewLine *review_line,
                        gboolean      editable)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE (review_line), NULL);

  return g_object_new (OV_TYPE_REVIEW_LINE_ROW,
                       "review-line", review_line,
                       "editable", editable,
                       NULL);
}

OvReviewLine *
ov_review_line_row_get_review_line (OvReviewLineRow *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE_ROW (self), NULL);
  return self->review_line;
}

gboolean
ov_review_line_row_get_modified (OvReviewLineRow *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE_ROW (self), FALSE);
  return ov_form_get_modified (self->form);
}

/**
 * ov_review_line_row_validate:
 *
 * Returns: %TRUE if the progress may be saved; otherwise the problem is shown
 */
gboolean
ov_review_line_row_validate (OvReviewLineRow *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_LINE_ROW (self), FALSE);
  return ov_form_validate (self->form);
}
