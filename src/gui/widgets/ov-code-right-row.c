/* ov-code-right-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the twelve rights of the Victims' Code in a victim strategy: whether it is due,
 * met, declined or not met, and for a right met the date and the evidence, for one
 * declined or not met the reason. The model's rules are shown under the field.
 */

#define G_LOG_DOMAIN "ov-code-right-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-code-right-row.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-util.h"

struct _OvCodeRightRow
{
  GtkListBoxRow      parent_instance;

  OvVictimCodeRight *right;
  OvForm            *form;

  GtkLabel          *right_label;
  GtkDropDown       *status_drop_down;
  GtkLabel          *status_error;
  GtkWidget         *met_box;
  GtkEntry          *met_entry;
  GtkLabel          *met_error;
  GtkEntry          *evidence_entry;
  GtkLabel          *evidence_error;
  GtkWidget         *reason_box;
  GtkEntry          *reason_entry;
  GtkLabel          *reason_error;
};

G_DEFINE_FINAL_TYPE (OvCodeRightRow, ov_code_right_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_RIGHT,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_fields (OvCodeRightRow *self)
{
  OvRightStatus status = ov_victim_code_right_get_status (self->right);
  const char *met_on = ov_victim_code_right_get_met_on (self->right);
  gboolean met = status == OV_RIGHT_STATUS_MET;

  gtk_widget_set_visible (self->met_box, met || !ov_str_empty (met_on) ||
                          !ov_str_empty (ov_victim_code_right_get_evidence (self->right)));
  gtk_widget_set_visible (self->reason_box,
                          status == OV_RIGHT_STATUS_DECLINED ||
                          status == OV_RIGHT_STATUS_NOT_MET ||
                          !ov_str_empty (ov_victim_code_right_get_reason (self->right)));

  /* A right just met was most likely met today. */
  if (met && ov_str_empty (met_on) && ov_form_get_editable (self->form))
    {
      g_autofree char *today = ov_today_local ();

      ov_victim_code_right_set_met_on (self->right, today);
    }
}

static void
on_form_modified (OvCodeRightRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
ov_code_right_row_constructed (GObject *object)
{
  OvCodeRightRow *self = OV_CODE_RIGHT_ROW (object);
  const char *label;

  G_OBJECT_CLASS (ov_code_right_row_parent_class)->constructed (object);

  if (self->right == NULL)
    return;

  label = ov_enum_get_label (OV_TYPE_VICTIM_RIGHT,
                             ov_victim_code_right_get_code_right (self->right));
  gtk_label_set_text (self->right_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  ov_form_set_record (self->form, OV_RECORD (self->right));
  g_signal_connect_object (self->right, "notify::status", G_CALLBACK (update_fields), self,
                           G_CONNECT_SWAPPED);
  update_fields (self);
  ov_form_set_modified (self->form, FALSE);
}

static void
ov_code_right_row_dispose (GObject *object)
{
  OvCodeRightRow *self = OV_CODE_RIGHT_ROW (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_CODE_RIGHT_ROW);
  g_clear_object (&self->right);

  G_OBJECT_CLASS (ov_code_right_row_parent_class)->dispose (object);
}

static void
ov_code_right_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvCodeRightRow *self = OV_CODE_RIGHT_ROW (object);

  switch (prop_id)
    {
    case PROP_RIGHT:
      g_value_set_object (value, self->right);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_code_right_row_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_code_right_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvCodeRightRow *self = OV_CODE_RIGHT_ROW (object);

  switch (prop_id)
    {
    case PROP_RIGHT:
      self->right = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_code_right_row_class_init (OvCodeRightRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_code_right_row_constructed;
  object_class->dispose = ov_code_right_row_dispose;
  object_class->get_property = ov_code_right_row_get_property;
  object_class->set_property = ov_code_right_row_set_property;

  properties[PROP_RIGHT] =
    g_param_spec_object ("right", NULL, NULL,
                         OV_TYPE_VICTIM_CODE_RIGHT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-code-right-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, right_label);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, status_error);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, met_box);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, met_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, met_error);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, evidence_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, evidence_error);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, reason_box);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCodeRightRow, reason_error);
}

static void
ov_code_right_row_init (OvCodeRightRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  ov_form_add_drop_down (self->form, "status", OV_TYPE_RIGHT_STATUS, self->status_drop_down,
                         self->status_error);
  ov_form_add_entry (self->form, "met-on", GTK_EDITABLE (self->met_entry), self->met_error);
  ov_form_add_entry (self->form, "evidence", GTK_EDITABLE (self->evidence_entry),
                     self->evidence_error);
  ov_form_add_entry (self->form, "reason", GTK_EDITABLE (self->reason_entry),
                     self->reason_error);
  g_signal_connect_object (self->form, "notify::modified", G_CALLBACK (on_form_modified), self,
                           G_CONNECT_SWAPPED);
}

/**
 * ov_code_right_row_new:
 * @right: one right of a victim strategy version
 *
 * Returns: (transfer floating): a row that shows and edits @right
 */
OvCodeRightRow *
ov_code_right_row_new (OvVictimCodeRight *right)
{
  g_return_val_if_fail (OV_IS_VICTIM_CODE_RIGHT (right), NULL);

  return g_object_new (OV_TYPE_CODE_RIGHT_ROW, "right", right, NULL);
}

/**
 * ov_code_right_row_get_right:
 *
 * Returns: (transfer none): the right, with the user's changes
 */
OvVictimCodeRight *
ov_code_right_row_get_right (OvCodeRightRow *self)
{
  g_return_val_if_fail (OV_IS_CODE_RIGHT_ROW (self), NULL);
  return self->right;
}

gboolean
ov_code_right_row_get_modified (OvCodeRightRow *self)
{
  g_return_val_if_fail (OV_IS_CODE_RIGHT_ROW (self), FALSE);
  return self->form != NULL && ov_form_get_modified (self->form);
}

void
ov_code_right_row_set_modified (OvCodeRightRow *self,
                                gboolean        modified)
{
  g_return_if_fail (OV_IS_CODE_RIGHT_ROW (self));
  ov_form_set_modified (self->form, modified);
}

/**
 * ov_code_right_row_set_editable:
 * @editable: whether the user may change the right
 *
 * The rights of an earlier version are kept as they were; only the current version's
 * rights move on.
 */
void
ov_code_right_row_set_editable (OvCodeRightRow *self,
                                gboolean        editable)
{
  g_return_if_fail (OV_IS_CODE_RIGHT_ROW (self));

  ov_form_set_editable (self->form, editable);
}

/**
 * ov_code_right_row_validate:
 *
 * Checks the right with the model's rules and shows the first problem under its field.
 *
 * Returns: %TRUE if the right may be saved
 */
gboolean
ov_code_right_row_validate (OvCodeRightRow *self)
{
  g_return_val_if_fail (OV_IS_CODE_RIGHT_ROW (self), FALSE);
  return ov_form_validate (self->form);
}

/**
 * ov_code_right_row_show_error:
 * @message: what the store refused, and what to do
 */
void
ov_code_right_row_show_error (OvCodeRightRow *self,
                              const char     *message)
{
  g_return_if_fail (OV_IS_CODE_RIGHT_ROW (self));
  ov_form_show_error (self->form, "status", message);
}
