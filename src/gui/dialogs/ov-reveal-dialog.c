/* ov-reveal-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asking why before showing a person's address and contact details. The store refuses a
 * reveal without a reason and records every reveal in the audit log as a consultation,
 * with who, when and the reason (Data Protection Act 2018, Part 3).
 */

#define G_LOG_DOMAIN "ov-reveal-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-gui-util.h"
#include "ov-people-util.h"
#include "ov-reveal-dialog.h"
#include "ov-victims.h"

struct _OvRevealDialog
{
  GtkWindow    parent_instance;

  OvStore     *store;
  OvPerson    *person;

  GtkButton   *reveal_button;
  GtkLabel    *intro_label;
  GtkTextView *reason_view;
  GtkLabel    *reason_error;
  GtkWidget   *error_banner;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (OvRevealDialog, ov_reveal_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

enum {
  REVEALED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_reason_error (OvRevealDialog *self,
                   const char     *message)
{
  gtk_label_set_text (self->reason_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_error), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_view), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->reason_view),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->reason_view), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->reason_view),
                                  GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
on_reason_changed (OvRevealDialog *self)
{
  show_reason_error (self, NULL);
}

static void
on_reveal_clicked (OvRevealDialog *self,
                   GtkButton      *button)
{
  ov_reveal_dialog_reveal (self);
}

static void
ov_reveal_dialog_constructed (GObject *object)
{
  OvRevealDialog *self = OV_REVEAL_DIALOG (object);
  g_autofree char *intro = NULL;

  G_OBJECT_CLASS (ov_reveal_dialog_parent_class)->constructed (object);

  if (self->person == NULL)
    return;

  /* Translators: %s is a person's name */
  intro = g_strdup_printf (_("The address and contact details of %s are restricted. Say why "
                             "you need to see them: your reason is recorded in the audit log "
                             "with your name and the time."),
                           ov_person_get_name (self->person));
  gtk_label_set_text (self->intro_label, intro);
}

static void
ov_reveal_dialog_dispose (GObject *object)
{
  OvRevealDialog *self = OV_REVEAL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_REVEAL_DIALOG);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_reveal_dialog_parent_class)->dispose (object);
}

static void
ov_reveal_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvRevealDialog *self = OV_REVEAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reveal_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvRevealDialog *self = OV_REVEAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reveal_dialog_class_init (OvRevealDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_reveal_dialog_constructed;
  object_class->dispose = ov_reveal_dialog_dispose;
  object_class->get_property = ov_reveal_dialog_get_property;
  object_class->set_property = ov_reveal_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvRevealDialog::revealed:
   * @restricted: the person's restricted details, to show and edit
   *
   * Emitted once the details are revealed, just before the dialog closes.
   */
  signals[REVEALED] =
    g_signal_new ("revealed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OV_TYPE_PERSON_RESTRICTED);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-reveal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRevealDialog, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, OvRevealDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OvRevealDialog, reason_view);
  gtk_widget_class_bind_template_child (widget_class, OvRevealDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, OvRevealDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvRevealDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_clicked);
}

static void
ov_reveal_dialog_init (OvRevealDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_add_css_class (GTK_WIDGET (self->reason_error), "field-error");
  g_signal_connect_object (gtk_text_view_get_buffer (self->reason_view), "changed",
                           G_CALLBACK (on_reason_changed), self, G_CONNECT_SWAPPED);
}

/**
 * ov_reveal_dialog_new:
 * @person: a saved person
 *
 * Returns: (transfer none): a new dialog; it closes itself once the details are revealed
 */
OvRevealDialog *
ov_reveal_dialog_new (OvStore  *store,
                      OvPerson *person)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  return g_object_new (OV_TYPE_REVEAL_DIALOG,
                       "store", store,
                       "person", person,
                       NULL);
}

/**
 * ov_reveal_dialog_reveal:
 *
 * Asks the store for the details with the reason typed. Without a reason the store
 * refuses, and its message is shown under the reason.
 *
 * Returns: %TRUE if the details were revealed and the dialog closed
 */
gboolean
ov_reveal_dialog_reveal (OvRevealDialog *self)
{
  g_autoptr(OvPersonRestricted) restricted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (OV_IS_REVEAL_DIALOG (self), FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);
  reason = g_strstrip (ov_text_view_get_text (self->reason_view));
  restricted = ov_store_reveal_restricted (self->store, self->person, reason, &error);
  if (restricted == NULL)
    {
      if (g_error_matches (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID))
        {
          show_reason_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->reason_view));
        }
      else
        {
          gtk_label_set_text (self->error_label, error->message);
          gtk_widget_set_visible (self->error_banner, TRUE);
        }
      return FALSE;
    }

  g_signal_emit (self, signals[REVEALED], 0, restricted);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
