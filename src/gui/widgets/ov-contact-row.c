/* ov-contact-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One named contact at a partner, edited in place in the partner's editor: name, role,
 * phone, email and how to reach them out of hours. Emits "remove" when its remove button
 * is clicked; the page decides.
 */

#define G_LOG_DOMAIN "ov-contact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-contact-row.h"

struct _OvContactRow
{
  GtkWidget         parent_instance;

  OvPartnerContact *contact;

  GtkEntry         *name_entry;
  GtkEntry         *role_entry;
  GtkEntry         *phone_entry;
  GtkEntry         *email_entry;
  GtkEntry         *out_of_hours_entry;
};

G_DEFINE_FINAL_TYPE (OvContactRow, ov_contact_row, GTK_TYPE_WIDGET)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_clicked (OvContactRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* An unset text shows as an empty entry. */
static gboolean
text_to_entry (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

static void
bind_entry (OvContactRow *self,
            const char   *property,
            GtkEntry     *entry)
{
  g_object_bind_property_full (self->contact, property, entry, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               text_to_entry, NULL, NULL, NULL);
}

static void
ov_contact_row_dispose (GObject *object)
{
  OvContactRow *self = OV_CONTACT_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_CONTACT_ROW);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (ov_contact_row_parent_class)->dispose (object);
}

static void
ov_contact_row_class_init (OvContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_contact_row_dispose;

  /**
   * OvContactRow::remove:
   *
   * The user asked to remove the contact from the partner.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvContactRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OvContactRow, role_entry);
  gtk_widget_class_bind_template_child (widget_class, OvContactRow, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, OvContactRow, email_entry);
  gtk_widget_class_bind_template_child (widget_class, OvContactRow, out_of_hours_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
ov_contact_row_init (OvContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_contact_row_new:
 * @contact: the contact to edit; the row writes to it as the user types
 *
 * Returns: (transfer floating): a new row
 */
OvContactRow *
ov_contact_row_new (OvPartnerContact *contact)
{
  OvContactRow *self;

  g_return_val_if_fail (OV_IS_PARTNER_CONTACT (contact), NULL);

  self = g_object_new (OV_TYPE_CONTACT_ROW, NULL);
  self->contact = g_object_ref (contact);
  bind_entry (self, "name", self->name_entry);
  bind_entry (self, "role", self->role_entry);
  bind_entry (self, "phone", self->phone_entry);
  bind_entry (self, "email", self->email_entry);
  bind_entry (self, "out-of-hours", self->out_of_hours_entry);
  return self;
}

/**
 * ov_contact_row_get_contact:
 *
 * Returns: (transfer none): the contact edited
 */
OvPartnerContact *
ov_contact_row_get_contact (OvContactRow *self)
{
  g_return_val_if_fail (OV_IS_CONTACT_ROW (self), NULL);
  return self->contact;
}
