/* ov-policy-setting-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One setting of the force policy: what it governs, its value within the limits core
 * allows, its unit, and the default of the APP-based policy it started from.
 */

#define G_LOG_DOMAIN "ov-policy-setting-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-policy-setting-row.h"

struct _OvPolicySettingRow
{
  GtkListBoxRow          parent_instance;

  const OvPolicySetting *setting;

  GtkLabel              *title_label;
  GtkSpinButton         *spin_button;
  GtkLabel              *unit_label;
  GtkLabel              *default_label;
  GtkWidget             *changed_badge;
};

G_DEFINE_FINAL_TYPE (OvPolicySettingRow, ov_policy_setting_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
unit_label (const OvPolicySetting *setting,
            int                    value)
{
  if (setting->unit == OV_POLICY_UNIT_WORKING_DAYS)
    return ngettext ("working day", "working days", value);
  if (setting->unit == OV_POLICY_UNIT_MONTHS)
    return ngettext ("month", "months", value);
  return ngettext ("day", "days", value);
}

static char *
describe_default (const OvPolicySetting *setting)
{
  int value = setting->default_value;

  if (setting->unit == OV_POLICY_UNIT_WORKING_DAYS)
    return g_strdup_printf (ngettext ("Default %d working day", "Default %d working days", value),
                            value);
  if (setting->unit == OV_POLICY_UNIT_MONTHS)
    return g_strdup_printf (ngettext ("Default %d month", "Default %d months", value), value);
  return g_strdup_printf (ngettext ("Default %d day", "Default %d days", value), value);
}

static void
update_value (OvPolicySettingRow *self)
{
  int value = ov_policy_setting_row_get_value (self);

  if (self->setting == NULL)
    return;
  gtk_label_set_text (self->unit_label, unit_label (self->setting, value));
  gtk_widget_set_visible (self->changed_badge, value != self->setting->default_value);
}

static void
on_value_changed (OvPolicySettingRow *self,
                  GtkSpinButton      *spin_button)
{
  update_value (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static void
ov_policy_setting_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OV_TYPE_POLICY_SETTING_ROW);

  G_OBJECT_CLASS (ov_policy_setting_row_parent_class)->dispose (object);
}

static void
ov_policy_setting_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OvPolicySettingRow *self = OV_POLICY_SETTING_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, ov_policy_setting_row_get_value (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_policy_setting_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OvPolicySettingRow *self = OV_POLICY_SETTING_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      ov_policy_setting_row_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_policy_setting_row_class_init (OvPolicySettingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_policy_setting_row_dispose;
  object_class->get_property = ov_policy_setting_row_get_property;
  object_class->set_property = ov_policy_setting_row_set_property;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-policy-setting-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPolicySettingRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvPolicySettingRow, spin_button);
  gtk_widget_class_bind_template_child (widget_class, OvPolicySettingRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, OvPolicySettingRow, default_label);
  gtk_widget_class_bind_template_child (widget_class, OvPolicySettingRow, changed_badge);
  gtk_widget_class_bind_template_callback (widget_class, on_value_changed);
}

static void
ov_policy_setting_row_init (OvPolicySettingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_policy_setting_row_new:
 * @setting: (transfer none): one of ov_policy_get_settings(), which live for ever
 *
 * Returns: (transfer floating): a row for @setting, showing its default
 */
OvPolicySettingRow *
ov_policy_setting_row_new (const OvPolicySetting *setting)
{
  OvPolicySettingRow *self;
  g_autofree char *default_text = NULL;
  const char *title;

  g_return_val_if_fail (setting != NULL, NULL);

  self = g_object_new (OV_TYPE_POLICY_SETTING_ROW, NULL);
  self->setting = setting;

  title = g_dgettext (GETTEXT_PACKAGE, setting->label);
  gtk_label_set_text (self->title_label, title);
  gtk_spin_button_set_range (self->spin_button, setting->minimum, setting->maximum);
  gtk_spin_button_set_value (self->spin_button, setting->default_value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  default_text = describe_default (setting);
  gtk_label_set_text (self->default_label, default_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->spin_button), default_text);
  update_value (self);
  return self;
}

/**
 * ov_policy_setting_row_get_setting:
 *
 * Returns: (transfer none): the setting shown
 */
const OvPolicySetting *
ov_policy_setting_row_get_setting (OvPolicySettingRow *self)
{
  g_return_val_if_fail (OV_IS_POLICY_SETTING_ROW (self), NULL);
  return self->setting;
}

int
ov_policy_setting_row_get_value (OvPolicySettingRow *self)
{
  g_return_val_if_fail (OV_IS_POLICY_SETTING_ROW (self), 0);
  return gtk_spin_button_get_value_as_int (self->spin_button);
}

void
ov_policy_setting_row_set_value (OvPolicySettingRow *self,
                                 int                 value)
{
  g_return_if_fail (OV_IS_POLICY_SETTING_ROW (self));

  /* The spin button notifies through on_value_changed() when the value changes. */
  gtk_spin_button_set_value (self->spin_button, value);
}

void
ov_policy_setting_row_set_editable (OvPolicySettingRow *self,
                                    gboolean            editable)
{
  g_return_if_fail (OV_IS_POLICY_SETTING_ROW (self));

  gtk_editable_set_editable (GTK_EDITABLE (self->spin_button), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->spin_button), editable);
}
