/* ov-addendum-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding an addendum to a signed-off review: the only way to correct or add to it once
 * it is frozen. Addenda are kept with the review, under the name of who wrote them.
 */

#define G_LOG_DOMAIN "ov-addendum-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-addendum-dialog.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"

struct _OvAddendumDialog
{
  GtkWindow    parent_instance;

  OvStore     *store;
  OvReview    *review;

  GtkButton   *add_button;
  GtkLabel    *review_label;
  GtkTextView *text_view;
  GtkLabel    *text_error;
  GtkWidget   *error_banner;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (OvAddendumDialog, ov_addendum_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_add_clicked (OvAddendumDialog *self)
{
  g_autoptr(OvAddendum) addendum = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ov_text_view_get_text (self->text_view);

  gtk_widget_set_visible (self->error_banner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->text_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->text_view), "error");

  addendum = ov_store_add_addendum (self->store, self->review, g_strstrip (text), &error);
  if (addendum != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* The model's rule belongs under the text; anything else above it. */
  if (error->domain == OV_MODEL_ERROR)
    {
      gtk_label_set_text (self->text_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->text_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
ov_addendum_dialog_constructed (GObject *object)
{
  OvAddendumDialog *self = OV_ADDENDUM_DIALOG (object);
  g_autofree char *description = NULL;
  g_autofree char *text = NULL;

  G_OBJECT_CLASS (ov_addendum_dialog_parent_class)->constructed (object);

  if (self->review == NULL)
    return;
  description = ov_review_describe (self->review);
  /* Translators: %s is a review, e.g. "Periodic review, 3 Jan 2026" */
  text = g_strdup_printf (_("An addendum to the signed-off %s. It is kept with the review "
                            "under your name and cannot be changed afterwards."),
                          description);
  gtk_label_set_text (self->review_label, text);
}

static void
ov_addendum_dialog_dispose (GObject *object)
{
  OvAddendumDialog *self = OV_ADDENDUM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ADDENDUM_DIALOG);
  g_clear_object (&self->review);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_addendum_dialog_parent_class)->dispose (object);
}

static void
ov_addendum_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvAddendumDialog *self = OV_ADDENDUM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_addendum_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvAddendumDialog *self = OV_ADDENDUM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_REVIEW:
      self->review = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_addendum_dialog_class_init (OvAddendumDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_addendum_dialog_constructed;
  object_class->dispose = ov_addendum_dialog_dispose;
  object_class->get_property = ov_addendum_dialog_get_property;
  object_class->set_property = ov_addendum_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL,
                         OV_TYPE_REVIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-addendum-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvAddendumDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, OvAddendumDialog, review_label);
  gtk_widget_class_bind_template_child (widget_class, OvAddendumDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, OvAddendumDialog, text_error);
  gtk_widget_class_bind_template_child (widget_class, OvAddendumDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvAddendumDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

static void
ov_addendum_dialog_init (OvAddendumDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self->text_error), "field-error");
}

/**
 * ov_addendum_dialog_new:
 * @review: a signed-off review
 *
 * Returns: (transfer none): a dialog that adds an addendum to @review and closes itself
 */
OvAddendumDialog *
ov_addendum_dialog_new (OvStore  *store,
                        OvReview *review)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_REVIEW (review), NULL);

  return g_object_new (OV_TYPE_ADDENDUM_DIALOG,
                       "store", store,
                       "review", review,
                       NULL);
}
