/* ov-referral-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A safeguarding referral: to whom it went and when, and its outcome once known.
 */

#define G_LOG_DOMAIN "ov-referral-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-partner-picker.h"
#include "ov-referral-dialog.h"

struct _OvReferralDialog
{
  GtkWindow               parent_instance;

  OvStore                *store;
  OvSafeguardingReferral *referral;
  OvForm                 *form;

  GtkButton              *save_button;
  GtkDropDown            *type_drop_down;
  GtkLabel               *type_error;
  OvPartnerPicker        *agency_picker;
  GtkLabel               *agency_error;
  GtkEntry               *sent_date_entry;
  GtkEntry               *sent_time_entry;
  GtkLabel               *sent_error;
  GtkDropDown            *outcome_drop_down;
  GtkLabel               *outcome_error;
  GtkEntry               *outcome_entry;
  GtkLabel               *outcome_on_error;
  GtkTextView            *notes_view;
  GtkLabel               *notes_error;
  GtkWidget              *error_banner;
  GtkLabel               *error_label;
};

G_DEFINE_FINAL_TYPE (OvReferralDialog, ov_referral_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_REFERRAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_save_clicked (OvReferralDialog *self,
                 GtkButton        *button)
{
  ov_referral_dialog_save (self);
}

static void
ov_referral_dialog_constructed (GObject *object)
{
  OvReferralDialog *self = OV_REFERRAL_DIALOG (object);

  G_OBJECT_CLASS (ov_referral_dialog_parent_class)->constructed (object);

  ov_partner_picker_set_store (self->agency_picker, self->store);
  if (self->referral == NULL)
    return;

  ov_form_set_record (self->form, OV_RECORD (self->referral));
  if (ov_record_get_id (OV_RECORD (self->referral)) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _("New Safeguarding Referral"));
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Safeguarding Referral"));
}

static void
ov_referral_dialog_dispose (GObject *object)
{
  OvReferralDialog *self = OV_REFERRAL_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_REFERRAL_DIALOG);
  g_clear_object (&self->referral);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_referral_dialog_parent_class)->dispose (object);
}

static void
ov_referral_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvReferralDialog *self = OV_REFERRAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_REFERRAL:
      g_value_set_object (value, self->referral);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_referral_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvReferralDialog *self = OV_REFERRAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_REFERRAL:
      self->referral = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_referral_dialog_class_init (OvReferralDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_referral_dialog_constructed;
  object_class->dispose = ov_referral_dialog_dispose;
  object_class->get_property = ov_referral_dialog_get_property;
  object_class->set_property = ov_referral_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERRAL] =
    g_param_spec_object ("referral", NULL, NULL,
                         OV_TYPE_SAFEGUARDING_REFERRAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OV_TYPE_PARTNER_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-referral-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, type_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, type_error);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, agency_picker);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, agency_error);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, sent_date_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, sent_time_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, sent_error);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, outcome_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, outcome_error);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, outcome_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, outcome_on_error);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, notes_error);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvReferralDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
ov_referral_dialog_init (OvReferralDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  ov_form_add_drop_down (self->form, "referral-type", OV_TYPE_REFERRAL_TYPE,
                         self->type_drop_down, self->type_error);
  /* The agency is a partner from the register; the name typed only for one not in it. */
  ov_form_add_property (self->form, "partner-id", GTK_WIDGET (self->agency_picker),
                        "partner-id", self->agency_error);
  ov_form_add_property (self->form, "agency", GTK_WIDGET (self->agency_picker), "other-name",
                        self->agency_error);
  ov_form_add_timestamp (self->form, "sent-at", GTK_EDITABLE (self->sent_date_entry),
                         GTK_EDITABLE (self->sent_time_entry), self->sent_error);
  ov_form_add_drop_down (self->form, "outcome", OV_TYPE_REFERRAL_OUTCOME,
                         self->outcome_drop_down, self->outcome_error);
  ov_form_add_entry (self->form, "outcome-on", GTK_EDITABLE (self->outcome_entry),
                     self->outcome_on_error);
  ov_form_add_text_view (self->form, "notes", self->notes_view, self->notes_error);
}

/**
 * ov_referral_dialog_new:
 * @referral: a new referral with its person set, or a copy loaded for editing
 *
 * Returns: (transfer none): a new dialog; it closes itself once the referral is saved
 */
OvReferralDialog *
ov_referral_dialog_new (OvStore                *store,
                        OvSafeguardingReferral *referral)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_SAFEGUARDING_REFERRAL (referral), NULL);

  return g_object_new (OV_TYPE_REFERRAL_DIALOG,
                       "store", store,
                       "referral", referral,
                       NULL);
}

/**
 * ov_referral_dialog_save:
 *
 * Returns: %TRUE if the referral was saved and the dialog closed
 */
gboolean
ov_referral_dialog_save (OvReferralDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OV_IS_REFERRAL_DIALOG (self), FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (!ov_form_validate (self->form))
    return FALSE;
  if (!ov_store_save (self->store, OV_RECORD (self->referral), &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (self->error_banner, TRUE);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
