/* ov-new-review-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starting a supervisory review: what kind of review it is and, for a review after an
 * event, what happened. The store then starts the review held now by the supervisor,
 * with the lines of enquiry and actions to go through.
 */

#define G_LOG_DOMAIN "ov-new-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-investigation.h"
#include "ov-new-review-dialog.h"
#include "ov-staff.h"
#include "ov-util.h"

struct _OvNewReviewDialog
{
  GtkWindow    parent_instance;

  OvStore     *store;
  OvCase      *the_case;
  OvReview    *review;
  OvForm      *form;

  GtkButton   *start_button;
  GtkLabel    *case_label;
  GtkDropDown *type_drop_down;
  GtkLabel    *type_error;
  GtkWidget   *trigger_box;
  GtkDropDown *trigger_drop_down;
  GtkLabel    *trigger_error;
  GtkEntry    *detail_entry;
  GtkLabel    *detail_error;
  GtkWidget   *error_banner;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (OvNewReviewDialog, ov_new_review_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  N_PROPS
};

enum {
  STARTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (OvNewReviewDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

/* The first review of a case is its initial review; after that, periodic by default. */
static OvReviewType
default_type (OvNewReviewDialog *self)
{
  g_autoptr(GPtrArray) reviews = NULL;

  reviews = ov_store_list_reviews (self->store, ov_record_get_id (OV_RECORD (self->the_case)),
                                   NULL);
  return reviews != NULL && reviews->len > 0 ? OV_REVIEW_TYPE_PERIODIC : OV_REVIEW_TYPE_INITIAL;
}

/* Callbacks */

static void
on_review_type (OvNewReviewDialog *self)
{
  gboolean triggered = ov_review_get_review_type (self->review) == OV_REVIEW_TYPE_TRIGGERED;

  /* Only a triggered review has a trigger. */
  if (!triggered)
    {
      ov_review_set_trigger_event (self->review, OV_REVIEW_TRIGGER_NONE);
      ov_review_set_trigger_detail (self->review, NULL);
    }
  gtk_widget_set_visible (self->trigger_box, triggered);
}

static void
on_start_clicked (OvNewReviewDialog *self)
{
  g_autoptr(OvReview) started = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->error_banner, FALSE);

  /* Without a signed-in supervisor the store's refusal says what to do. */
  if (ov_store_get_current_user (self->store) != NULL && !ov_form_validate (self->form))
    return;

  started = ov_store_start_review (self->store, ov_record_get_id (OV_RECORD (self->the_case)),
                                   ov_review_get_review_type (self->review),
                                   ov_review_get_trigger_event (self->review),
                                   ov_review_get_trigger_detail (self->review),
                                   &error);
  if (started == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[STARTED], 0, started);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static void
ov_new_review_dialog_constructed (GObject *object)
{
  OvNewReviewDialog *self = OV_NEW_REVIEW_DIALOG (object);
  g_autofree char *now = ov_now_utc ();
  g_autofree char *today = ov_today_local ();
  g_autofree char *heading = NULL;
  OvStaff *user;

  G_OBJECT_CLASS (ov_new_review_dialog_parent_class)->constructed (object);

  if (self->store == NULL || self->the_case == NULL)
    return;

  /* Translators: %s is a case reference */
  heading = g_strdup_printf (_("A supervisory review of case %s, held now by you. You will "
                               "go through the lines of enquiry and open actions next."),
                             ov_case_get_reference (self->the_case));
  gtk_label_set_text (self->case_label, heading);

  /* The form checks type and trigger with the model's own rules on a review like the one
   * the store will start. */
  user = ov_store_get_current_user (self->store);
  self->review = ov_review_new ();
  ov_review_set_case_id (self->review, ov_record_get_id (OV_RECORD (self->the_case)));
  ov_review_set_held_at (self->review, now);
  ov_review_set_reviewer_id (self->review, user != NULL ? ov_record_get_id (OV_RECORD (user)) : 0);
  ov_review_set_next_review_on (self->review, today);
  ov_review_set_review_type (self->review, default_type (self));
  ov_form_set_record (self->form, OV_RECORD (self->review));
  g_signal_connect_object (self->review, "notify::review-type", G_CALLBACK (on_review_type),
                           self, G_CONNECT_SWAPPED);
  on_review_type (self);
}

static void
ov_new_review_dialog_dispose (GObject *object)
{
  OvNewReviewDialog *self = OV_NEW_REVIEW_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_NEW_REVIEW_DIALOG);
  g_clear_object (&self->review);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_new_review_dialog_parent_class)->dispose (object);
}

static void
ov_new_review_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OvNewReviewDialog *self = OV_NEW_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE:
      g_value_set_object (value, self->the_case);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_new_review_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OvNewReviewDialog *self = OV_NEW_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CASE:
      self->the_case = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_new_review_dialog_class_init (OvNewReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_new_review_dialog_constructed;
  object_class->dispose = ov_new_review_dialog_dispose;
  object_class->get_property = ov_new_review_dialog_get_property;
  object_class->set_property = ov_new_review_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OV_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvNewReviewDialog::started:
   * @review: the draft review the store started
   *
   * Emitted when the review has been started, just before the dialog closes.
   */
  signals[STARTED] =
    g_signal_new ("started",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OV_TYPE_REVIEW);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-new-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, case_label);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, type_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, type_error);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, trigger_box);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, trigger_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, trigger_error);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, detail_entry);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, detail_error);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvNewReviewDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked);
}

static void
ov_new_review_dialog_init (OvNewReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  ov_form_add_drop_down (self->form, "review-type", OV_TYPE_REVIEW_TYPE, self->type_drop_down,
                         self->type_error);
  ov_form_add_drop_down (self->form, "trigger-event", OV_TYPE_REVIEW_TRIGGER,
                         self->trigger_drop_down, self->trigger_error);
  ov_form_add_entry (self->form, "trigger-detail", GTK_EDITABLE (self->detail_entry),
                     self->detail_error);
}

/**
 * ov_new_review_dialog_new:
 * @the_case: a saved case
 *
 * Returns: (transfer none): a dialog that starts a review of @the_case and emits
 *   #OvNewReviewDialog::started with it
 */
OvNewReviewDialog *
ov_new_review_dialog_new (OvStore *store,
                          OvCase  *the_case)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_CASE (the_case), NULL);

  return g_object_new (OV_TYPE_NEW_REVIEW_DIALOG,
                       "store", store,
                       "case", the_case,
                       NULL);
}
