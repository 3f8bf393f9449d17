/* ov-action-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Setting a new action on a case, ad hoc or at a review, and editing one: what is to be
 * done, by whom, by when, and how it stands. The model's rules are shown under the
 * fields they concern.
 */

#define G_LOG_DOMAIN "ov-action-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-action-dialog.h"
#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-util.h"

struct _OvActionDialog
{
  GtkWindow    parent_instance;

  OvStore     *store;
  OvCase      *the_case;
  OvAction    *action;
  gint64       review_id;
  OvForm      *form;

  GtkButton   *save_button;
  GtkLabel    *case_label;
  GtkLabel    *raised_label;
  GtkTextView *description_view;
  GtkLabel    *description_error;
  GtkDropDown *owner_drop_down;
  GtkLabel    *owner_error;
  GtkEntry    *due_entry;
  GtkLabel    *due_error;
  GtkDropDown *status_drop_down;
  GtkLabel    *status_error;
  GtkWidget   *completed_box;
  GtkEntry    *completed_entry;
  GtkLabel    *completed_error;
  GtkWidget   *cancel_box;
  GtkEntry    *cancel_reason_entry;
  GtkLabel    *cancel_reason_error;
  GtkWidget   *error_banner;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (OvActionDialog, ov_action_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  PROP_ACTION,
  PROP_REVIEW_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (OvActionDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
update_status_fields (OvActionDialog *self)
{
  OvActionStatus status = ov_action_get_status (self->action);

  gtk_widget_set_visible (self->completed_box, status == OV_ACTION_STATUS_DONE);
  gtk_widget_set_visible (self->cancel_box, status == OV_ACTION_STATUS_CANCELLED);
}

static void
show_raised (OvActionDialog *self)
{
  gint64 review_id = ov_action_get_review_id (self->action);
  g_autoptr(OvReview) review = NULL;
  g_autofree char *description = NULL;
  g_autofree char *text = NULL;

  if (review_id != 0)
    review = ov_store_load (self->store, OV_TYPE_REVIEW, review_id, NULL);
  if (review == NULL)
    {
      gtk_label_set_text (self->raised_label, _("Raised ad hoc, outside a review."));
      return;
    }
  description = ov_review_describe (review);
  /* Translators: %s is a review, e.g. "Periodic review, 3 Jan 2026" */
  text = g_strdup_printf (_("Raised at the review: %s."), description);
  gtk_label_set_text (self->raised_label, text);
}

/* Callbacks */

static void
on_action_status (OvActionDialog *self)
{
  /* Done today, unless the user says otherwise. */
  if (ov_action_get_status (self->action) == OV_ACTION_STATUS_DONE &&
      ov_str_empty (ov_action_get_completed_on (self->action)))
    {
      g_autofree char *today = ov_today_local ();

      ov_action_set_completed_on (self->action, today);
    }
  update_status_fields (self);
}

static void
on_save_clicked (OvActionDialog *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->error_banner, FALSE);

  /* What no longer applies to the status chosen is not kept. */
  if (ov_action_get_status (self->action) != OV_ACTION_STATUS_DONE)
    ov_action_set_completed_on (self->action, NULL);
  if (ov_action_get_status (self->action) != OV_ACTION_STATUS_CANCELLED)
    ov_action_set_cancel_reason (self->action, NULL);

  if (!ov_form_validate (self->form))
    return;
  if (!ov_store_save (self->store, OV_RECORD (self->action), &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static void
ov_action_dialog_constructed (GObject *object)
{
  OvActionDialog *self = OV_ACTION_DIALOG (object);
  g_autoptr(GListStore) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  gboolean is_new;

  G_OBJECT_CLASS (ov_action_dialog_parent_class)->constructed (object);

  if (self->store == NULL || self->the_case == NULL)
    return;

  if (self->action == NULL)
    {
      self->action = ov_action_new ();
      ov_action_set_case_id (self->action, ov_record_get_id (OV_RECORD (self->the_case)));
      ov_action_set_review_id (self->action, self->review_id);
    }
  is_new = ov_record_get_id (OV_RECORD (self->action)) == 0;

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Action") : _("Edit Action"));
  gtk_button_set_label (self->save_button, is_new ? _("_Add Action") : _("_Save"));
  /* Translators: %s is a case reference */
  heading = g_strdup_printf (is_new ? _("A new action on case %s.") : _("An action on case %s."),
                             ov_case_get_reference (self->the_case));
  gtk_label_set_text (self->case_label, heading);

  staff = ov_staff_choices_new (self->store, ov_action_get_owner_id (self->action), &error);
  if (staff == NULL)
    show_error (self, error->message);
  else
    gtk_drop_down_set_model (self->owner_drop_down, G_LIST_MODEL (staff));

  ov_form_set_record (self->form, OV_RECORD (self->action));
  g_signal_connect_object (self->action, "notify::status", G_CALLBACK (on_action_status), self,
                           G_CONNECT_SWAPPED);
  update_status_fields (self);
  show_raised (self);
}

static void
ov_action_dialog_dispose (GObject *object)
{
  OvActionDialog *self = OV_ACTION_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ACTION_DIALOG);
  g_clear_object (&self->action);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_action_dialog_parent_class)->dispose (object);
}

static void
ov_action_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvActionDialog *self = OV_ACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE:
      g_value_set_object (value, self->the_case);
      break;
    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;
    case PROP_REVIEW_ID:
      g_value_set_int64 (value, self->review_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_action_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvActionDialog *self = OV_ACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CASE:
      self->the_case = g_value_dup_object (value);
      break;
    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;
    case PROP_REVIEW_ID:
      self->review_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_action_dialog_class_init (OvActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_action_dialog_constructed;
  object_class->dispose = ov_action_dialog_dispose;
  object_class->get_property = ov_action_dialog_get_property;
  object_class->set_property = ov_action_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OV_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL,
                         OV_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OV_TYPE_STAFF);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, case_label);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, raised_label);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, description_error);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, owner_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, owner_error);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, due_entry);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, due_error);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, status_error);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, completed_box);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, completed_entry);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, completed_error);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, cancel_box);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, cancel_reason_entry);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, cancel_reason_error);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvActionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
ov_action_dialog_init (OvActionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  ov_form_add_text_view (self->form, "description", self->description_view,
                         self->description_error);
  ov_form_add_record_drop_down (self->form, "owner-id", self->owner_drop_down,
                                self->owner_error);
  ov_form_add_entry (self->form, "due-on", GTK_EDITABLE (self->due_entry), self->due_error);
  ov_form_add_drop_down (self->form, "status", OV_TYPE_ACTION_STATUS, self->status_drop_down,
                         self->status_error);
  ov_form_add_entry (self->form, "completed-on", GTK_EDITABLE (self->completed_entry),
                     self->completed_error);
  ov_form_add_entry (self->form, "cancel-reason", GTK_EDITABLE (self->cancel_reason_entry),
                     self->cancel_reason_error);
}

/**
 * ov_action_dialog_new:
 * @the_case: a saved case
 * @action: (nullable): the action to edit, a copy the dialog may change; %NULL for a new
 *   action
 * @review_id: for a new action, the review setting it; 0 for an action set ad hoc
 *
 * Returns: (transfer none): a dialog that saves the action and closes itself
 */
OvActionDialog *
ov_action_dialog_new (OvStore  *store,
                      OvCase   *the_case,
                      OvAction *action,
                      gint64    review_id)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_CASE (the_case), NULL);
  g_return_val_if_fail (action == NULL || OV_IS_ACTION (action), NULL);

  return g_object_new (OV_TYPE_ACTION_DIALOG,
                       "store", store,
                       "case", the_case,
                       "action", action,
                       "review-id", review_id,
                       NULL);
}

/**
 * ov_action_dialog_get_action:
 *
 * Returns: (transfer none) (nullable): the action being set or edited
 */
OvAction *
ov_action_dialog_get_action (OvActionDialog *self)
{
  g_return_val_if_fail (OV_IS_ACTION_DIALOG (self), NULL);
  return self->action;
}
