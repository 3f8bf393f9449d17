/* ov-support-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Naming who supports a victim: an MSVLO, a victim navigator or a single point of
 * contact, either a member of staff (those with the MSVLO or SPOC role first) or someone
 * at a partner agency. The store ends the previous lead contact when a new one starts.
 */

#define G_LOG_DOMAIN "ov-support-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-partner-picker.h"
#include "ov-people-util.h"
#include "ov-staff.h"
#include "ov-support-dialog.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvSupportDialog
{
  GtkWindow        parent_instance;

  OvStore         *store;
  OvPerson        *person;
  OvVictimSupport *support;
  OvForm          *form;

  GtkButton       *assign_button;
  GtkLabel        *intro_label;
  GtkDropDown     *role_drop_down;
  GtkLabel        *role_error;
  GtkCheckButton  *staff_check;
  GtkCheckButton  *partner_check;
  GtkDropDown     *staff_drop_down;
  GtkLabel        *staff_error;
  GtkCheckButton  *anyone_check;
  GtkEntry        *contact_entry;
  GtkLabel        *contact_error;
  OvPartnerPicker *organisation_picker;
  GtkLabel        *organisation_error;
  GtkEntry        *starts_entry;
  GtkLabel        *starts_error;
  GtkEntry        *ends_entry;
  GtkLabel        *ends_error;
  GtkCheckButton  *lead_check;
  GtkLabel        *lead_error;
  GtkWidget       *error_banner;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (OvSupportDialog, ov_support_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
from_staff (OvSupportDialog *self)
{
  return gtk_check_button_get_active (self->staff_check);
}

static void
show_error (OvSupportDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
show_field_error (GtkWidget  *widget,
                  GtkLabel   *label,
                  const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static void
load_staff (OvSupportDialog *self)
{
  g_autoptr(GListStore) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = ov_support_staff_new (self->store, gtk_check_button_get_active (self->anyone_check),
                                &error);
  if (staff == NULL)
    {
      show_error (self, error->message);
      return;
    }
  gtk_drop_down_set_model (self->staff_drop_down, G_LIST_MODEL (staff));
  gtk_drop_down_set_selected (self->staff_drop_down, GTK_INVALID_LIST_POSITION);
}

/* Either a member of staff or a named partner contact, never half of each. */
static void
update_mode (OvSupportDialog *self)
{
  gboolean staff = from_staff (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->staff_drop_down), staff);
  gtk_widget_set_sensitive (GTK_WIDGET (self->anyone_check), staff);
  gtk_widget_set_sensitive (GTK_WIDGET (self->contact_entry), !staff);
  gtk_widget_set_sensitive (GTK_WIDGET (self->organisation_picker), !staff);
  show_field_error (GTK_WIDGET (self->staff_drop_down), self->staff_error, NULL);
}

static void
on_mode_toggled (OvSupportDialog *self)
{
  update_mode (self);
}

static void
on_anyone_toggled (OvSupportDialog *self)
{
  load_staff (self);
}

static void
on_staff_selected (OvSupportDialog *self)
{
  show_field_error (GTK_WIDGET (self->staff_drop_down), self->staff_error, NULL);
}

static void
on_assign_clicked (OvSupportDialog *self,
                   GtkButton       *button)
{
  ov_support_dialog_assign (self);
}

static void
ov_support_dialog_constructed (GObject *object)
{
  OvSupportDialog *self = OV_SUPPORT_DIALOG (object);
  g_autofree char *today = ov_today_local ();
  g_autofree char *intro = NULL;

  G_OBJECT_CLASS (ov_support_dialog_parent_class)->constructed (object);

  if (self->store == NULL || self->person == NULL)
    return;

  ov_partner_picker_set_store (self->organisation_picker, self->store);
  /* Translators: %s is a victim's name */
  intro = g_strdup_printf (_("Who supports %s, and from when?"), ov_person_get_name (self->person));
  gtk_label_set_text (self->intro_label, intro);

  self->support = ov_victim_support_new ();
  ov_victim_support_set_person_id (self->support, ov_record_get_id (OV_RECORD (self->person)));
  ov_victim_support_set_role (self->support, OV_SUPPORT_ROLE_MSVLO);
  ov_victim_support_set_starts_on (self->support, today);
  ov_victim_support_set_lead (self->support, TRUE);
  ov_form_set_record (self->form, OV_RECORD (self->support));

  load_staff (self);
  update_mode (self);
}

static void
ov_support_dialog_dispose (GObject *object)
{
  OvSupportDialog *self = OV_SUPPORT_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_SUPPORT_DIALOG);
  g_clear_object (&self->support);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_support_dialog_parent_class)->dispose (object);
}

static void
ov_support_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvSupportDialog *self = OV_SUPPORT_DIALOG (object);

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
ov_support_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvSupportDialog *self = OV_SUPPORT_DIALOG (object);

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
ov_support_dialog_class_init (OvSupportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_support_dialog_constructed;
  object_class->dispose = ov_support_dialog_dispose;
  object_class->get_property = ov_support_dialog_get_property;
  object_class->set_property = ov_support_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OV_TYPE_STAFF);
  g_type_ensure (OV_TYPE_PARTNER_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-support-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, assign_button);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, role_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, role_error);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, staff_check);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, partner_check);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, staff_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, staff_error);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, anyone_check);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, contact_entry);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, contact_error);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, organisation_picker);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, organisation_error);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, starts_entry);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, starts_error);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, ends_entry);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, ends_error);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, lead_check);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, lead_error);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvSupportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_anyone_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_staff_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_assign_clicked);
}

static void
ov_support_dialog_init (OvSupportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_add_css_class (GTK_WIDGET (self->staff_error), "field-error");

  self->form = ov_form_new ();
  ov_form_add_drop_down (self->form, "role", OV_TYPE_SUPPORT_ROLE, self->role_drop_down,
                         self->role_error);
  ov_form_add_entry (self->form, "contact-name", GTK_EDITABLE (self->contact_entry),
                     self->contact_error);
  /* The provider is a partner from the register; the name typed only for one not in it. */
  ov_form_add_property (self->form, "partner-id", GTK_WIDGET (self->organisation_picker),
                        "partner-id", self->organisation_error);
  ov_form_add_property (self->form, "organisation", GTK_WIDGET (self->organisation_picker),
                        "other-name", self->organisation_error);
  ov_form_add_entry (self->form, "starts-on", GTK_EDITABLE (self->starts_entry),
                     self->starts_error);
  ov_form_add_entry (self->form, "ends-on", GTK_EDITABLE (self->ends_entry), self->ends_error);
  ov_form_add_check (self->form, "lead", self->lead_check, self->lead_error);
}

/**
 * ov_support_dialog_new:
 * @person: a saved victim
 *
 * Returns: (transfer none): a new dialog; it closes itself once the support is assigned
 */
OvSupportDialog *
ov_support_dialog_new (OvStore  *store,
                       OvPerson *person)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  return g_object_new (OV_TYPE_SUPPORT_DIALOG,
                       "store", store,
                       "person", person,
                       NULL);
}

/**
 * ov_support_dialog_assign:
 *
 * Assigns the support described, showing what is wrong under its field.
 *
 * Returns: %TRUE if assigned and the dialog closed
 */
gboolean
ov_support_dialog_assign (OvSupportDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *property = NULL;
  OvStaff *staff;

  g_return_val_if_fail (OV_IS_SUPPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->support != NULL, FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);

  if (from_staff (self))
    {
      staff = gtk_drop_down_get_selected_item (self->staff_drop_down);
      ov_victim_support_set_staff_id (self->support,
                                      staff != NULL ? ov_record_get_id (OV_RECORD (staff)) : 0);
      ov_victim_support_set_contact_name (self->support, NULL);
      ov_victim_support_set_organisation (self->support, NULL);
      ov_victim_support_set_partner_id (self->support, 0);
    }
  else
    ov_victim_support_set_staff_id (self->support, 0);

  /* Who it is comes from one of two places: say so at the one the user chose. */
  if (!ov_record_validate_property (OV_RECORD (self->support), &property, &error) &&
      g_strcmp0 (property, "staff-id") == 0)
    {
      if (from_staff (self))
        {
          show_field_error (GTK_WIDGET (self->staff_drop_down), self->staff_error,
                            error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->staff_drop_down));
        }
      else
        ov_form_show_error (self->form, "contact-name", error->message);
      return FALSE;
    }
  g_clear_error (&error);

  if (!ov_form_validate (self->form))
    return FALSE;
  if (!ov_store_assign_support (self->store, self->support, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
