/* ov-allocation-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One allocation in a case's list: who, in which role, when, at what PIP level, and the
 * supervisor's rationale when the PIP2 rule was overridden.
 */

#define G_LOG_DOMAIN "ov-allocation-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-allocation.h"
#include "ov-allocation-row.h"
#include "ov-enum-types.h"
#include "ov-staff.h"
#include "ov-util.h"

struct _OvAllocationRow
{
  GtkListBoxRow  parent_instance;

  OvAllocation  *allocation;

  GtkLabel      *name_label;
  GtkLabel      *role_label;
  GtkLabel      *period_label;
  GtkLabel      *pip_label;
  GtkLabel      *allocated_by_label;
  GtkWidget     *rationale_box;
  GtkLabel      *rationale_label;
  GtkButton     *end_button;
};

G_DEFINE_FINAL_TYPE (OvAllocationRow, ov_allocation_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ALLOCATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_pip (OvAllocation *allocation)
{
  OvPipLevel level = ov_allocation_get_pip_level (allocation);
  const char *label = ov_enum_get_label (OV_TYPE_PIP_LEVEL, level);

  if (level != OV_PIP_LEVEL_NONE &&
      ov_allocation_get_accreditation_status (allocation) == OV_ACCREDITATION_LAPSED)
    /* Translators: the PIP level a person held when allocated, e.g.
     * "PIP2 (lapsed) when allocated" */
    return g_strdup_printf (_("%s (lapsed) when allocated"), label);
  /* Translators: the PIP level a person held when allocated, e.g. "PIP1 when allocated" */
  return g_strdup_printf (_("%s when allocated"), label);
}

static void
show_allocation (OvAllocationRow *self)
{
  OvAllocation *allocation = self->allocation;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *period = NULL;
  g_autofree char *pip = NULL;
  g_autofree char *allocated_by = NULL;
  g_autofree char *accessible = NULL;
  const char *role;
  const char *rationale;
  gboolean current;

  if (allocation == NULL)
    return;

  current = ov_allocation_is_current (allocation);
  role = ov_enum_get_label (OV_TYPE_ALLOCATION_ROLE, ov_allocation_get_role (allocation));
  starts = ov_format_timestamp (ov_allocation_get_starts_at (allocation));
  ends = ov_format_timestamp (ov_allocation_get_ends_at (allocation));
  if (current)
    /* Translators: %s is a date and time */
    period = g_strdup_printf (_("Since %s"), starts);
  else
    /* Translators: both %s are dates and times */
    period = g_strdup_printf (_("From %s to %s"), starts, ends);
  pip = describe_pip (allocation);
  if (!ov_str_empty (ov_allocation_get_allocated_by_name (allocation)))
    /* Translators: %s is the name of the supervisor who made the allocation */
    allocated_by = g_strdup_printf (_("Allocated by %s"),
                                    ov_allocation_get_allocated_by_name (allocation));

  gtk_label_set_text (self->name_label, ov_allocation_get_staff_name (allocation));
  gtk_label_set_text (self->role_label, role);
  gtk_label_set_text (self->period_label, period);
  gtk_label_set_text (self->pip_label, pip);
  gtk_label_set_text (self->allocated_by_label, allocated_by != NULL ? allocated_by : "");
  gtk_widget_set_visible (GTK_WIDGET (self->allocated_by_label), allocated_by != NULL);

  rationale = ov_allocation_get_override_rationale (allocation);
  gtk_widget_set_visible (self->rationale_box, !ov_str_empty (rationale));
  gtk_label_set_text (self->rationale_label, rationale != NULL ? rationale : "");

  gtk_widget_set_visible (GTK_WIDGET (self->end_button), current);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->end_button), "x",
                                    ov_record_get_id (OV_RECORD (allocation)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->end_button), "case.end-allocation");

  /* Translators: accessible name of the End button, e.g. "End the allocation of Tom Whitlock" */
  accessible = g_strdup_printf (_("End the allocation of %s"),
                                ov_allocation_get_staff_name (allocation));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
ov_allocation_row_dispose (GObject *object)
{
  OvAllocationRow *self = OV_ALLOCATION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ALLOCATION_ROW);
  g_clear_object (&self->allocation);

  G_OBJECT_CLASS (ov_allocation_row_parent_class)->dispose (object);
}

static void
ov_allocation_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvAllocationRow *self = OV_ALLOCATION_ROW (object);

  switch (prop_id)
    {
    case PROP_ALLOCATION:
      g_value_set_object (value, self->allocation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_allocation_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvAllocationRow *self = OV_ALLOCATION_ROW (object);

  switch (prop_id)
    {
    case PROP_ALLOCATION:
      self->allocation = g_value_dup_object (value);
      show_allocation (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_allocation_row_class_init (OvAllocationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_allocation_row_dispose;
  object_class->get_property = ov_allocation_row_get_property;
  object_class->set_property = ov_allocation_row_set_property;

  properties[PROP_ALLOCATION] =
    g_param_spec_object ("allocation", NULL, NULL,
                         OV_TYPE_ALLOCATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-allocation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, role_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, period_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, pip_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, allocated_by_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, rationale_box);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, rationale_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationRow, end_button);
}

static void
ov_allocation_row_init (OvAllocationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_allocation_row_new:
 *
 * Returns: (transfer floating): a row showing @allocation
 */
OvAllocationRow *
ov_allocation_row_new (OvAllocation *allocation)
{
  g_return_val_if_fail (OV_IS_ALLOCATION (allocation), NULL);

  return g_object_new (OV_TYPE_ALLOCATION_ROW, "allocation", allocation, NULL);
}

/**
 * ov_allocation_row_get_allocation:
 *
 * Returns: (transfer none): the allocation shown
 */
OvAllocation *
ov_allocation_row_get_allocation (OvAllocationRow *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION_ROW (self), NULL);
  return self->allocation;
}
