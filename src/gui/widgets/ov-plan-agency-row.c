/* ov-plan-agency-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One agency attending a reception centre, edited in place in the plan's editor: picked
 * from the partner register (or typed when it is not there) and its role at the centre.
 * Emits "remove" when its remove button is clicked; the page decides.
 */

#define G_LOG_DOMAIN "ov-plan-agency-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-partner-picker.h"
#include "ov-plan-agency-row.h"
#include "ov-store.h"

struct _OvPlanAgencyRow
{
  GtkWidget              parent_instance;

  OvReceptionPlanAgency *agency;

  OvPartnerPicker       *partner_picker;
  GtkEntry              *role_entry;
};

G_DEFINE_FINAL_TYPE (OvPlanAgencyRow, ov_plan_agency_row, GTK_TYPE_WIDGET)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_clicked (OvPlanAgencyRow *self)
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
ov_plan_agency_row_dispose (GObject *object)
{
  OvPlanAgencyRow *self = OV_PLAN_AGENCY_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_PLAN_AGENCY_ROW);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->agency);

  G_OBJECT_CLASS (ov_plan_agency_row_parent_class)->dispose (object);
}

static void
ov_plan_agency_row_class_init (OvPlanAgencyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_plan_agency_row_dispose;

  /**
   * OvPlanAgencyRow::remove:
   *
   * The user asked to remove the agency from the plan.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OV_TYPE_PARTNER_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-plan-agency-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPlanAgencyRow, partner_picker);
  gtk_widget_class_bind_template_child (widget_class, OvPlanAgencyRow, role_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
ov_plan_agency_row_init (OvPlanAgencyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_plan_agency_row_new:
 * @store: the store whose partner register is offered
 * @agency: the agency to edit; the row writes to it as the user chooses and types
 *
 * Returns: (transfer floating): a new row
 */
OvPlanAgencyRow *
ov_plan_agency_row_new (OvStore               *store,
                        OvReceptionPlanAgency *agency)
{
  OvPlanAgencyRow *self;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN_AGENCY (agency), NULL);

  self = g_object_new (OV_TYPE_PLAN_AGENCY_ROW, NULL);
  self->agency = g_object_ref (agency);
  ov_partner_picker_set_store (self->partner_picker, store);
  g_object_bind_property (agency, "partner-id", self->partner_picker, "partner-id",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (agency, "agency-name", self->partner_picker, "other-name",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (agency, "role", self->role_entry, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               text_to_entry, NULL, NULL, NULL);
  return self;
}

/**
 * ov_plan_agency_row_get_agency:
 *
 * Returns: (transfer none): the agency edited
 */
OvReceptionPlanAgency *
ov_plan_agency_row_get_agency (OvPlanAgencyRow *self)
{
  g_return_val_if_fail (OV_IS_PLAN_AGENCY_ROW (self), NULL);
  return self->agency;
}

/**
 * ov_plan_agency_row_get_picker:
 *
 * Returns: (transfer none): the #OvPartnerPicker choosing the agency
 */
GtkWidget *
ov_plan_agency_row_get_picker (OvPlanAgencyRow *self)
{
  g_return_val_if_fail (OV_IS_PLAN_AGENCY_ROW (self), NULL);
  return GTK_WIDGET (self->partner_picker);
}

/**
 * ov_plan_agency_row_get_role_entry:
 *
 * Returns: (transfer none): where the agency's role at the centre is typed
 */
GtkWidget *
ov_plan_agency_row_get_role_entry (OvPlanAgencyRow *self)
{
  g_return_val_if_fail (OV_IS_PLAN_AGENCY_ROW (self), NULL);
  return GTK_WIDGET (self->role_entry);
}
