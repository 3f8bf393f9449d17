/* ov-action-check-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One open action as checked at a review: the status the review finds it in, with a
 * note. Signing the review off carries the status into the action.
 */

#define G_LOG_DOMAIN "ov-action-check-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-action-check-row.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-util.h"

struct _OvActionCheckRow
{
  GtkListBoxRow        parent_instance;

  OvReviewActionCheck *check;
  OvAction            *action;
  OvForm              *form;
  gboolean             editable;

  GtkLabel            *description_label;
  GtkLabel            *owner_label;
  GtkLabel            *overdue_label;
  GtkDropDown         *status_drop_down;
  GtkLabel            *status_error;
  GtkEntry            *note_entry;
  GtkLabel            *note_error;
};

G_DEFINE_FINAL_TYPE (OvActionCheckRow, ov_action_check_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_CHECK,
  PROP_ACTION,
  PROP_EDITABLE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_action (OvActionCheckRow *self)
{
  g_autofree char *due = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *accessible = NULL;

  gtk_label_set_text (self->description_label,
                      ov_review_action_check_get_action_description (self->check));
  /* Translators: accessible name of the status of an action checked at a review, e.g.
   * "Status of Obtain the bank records" */
  accessible = g_strdup_printf (_("Status of %s"),
                                ov_review_action_check_get_action_description (self->check));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  if (self->action == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->owner_label), FALSE);
      return;
    }
  due = ov_format_date (ov_action_get_due_on (self->action));
  /* Translators: who owns an action and when it is due, e.g. "Tom Whitlock, due 5 Jan 2026" */
  owner = g_strdup_printf (_("%s, due %s"),
                           ov_action_get_owner_name (self->action) != NULL ?
                           ov_action_get_owner_name (self->action) : "",
                           due);
  gtk_label_set_text (self->owner_label, owner);
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label),
                          ov_action_is_overdue (self->action, today));
}

static void
on_form_modified (OvActionCheckRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
ov_action_check_row_constructed (GObject *object)
{
  OvActionCheckRow *self = OV_ACTION_CHECK_ROW (object);

  G_OBJECT_CLASS (ov_action_check_row_parent_class)->constructed (object);

  ov_form_set_editable (self->form, self->editable);
  if (self->check == NULL)
    return;
  ov_form_set_record (self->form, OV_RECORD (self->check));
  show_action (self);
}

static void
ov_action_check_row_dispose (GObject *object)
{
  OvActionCheckRow *self = OV_ACTION_CHECK_ROW (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ACTION_CHECK_ROW);
  g_clear_object (&self->check);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (ov_action_check_row_parent_class)->dispose (object);
}

static void
ov_action_check_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OvActionCheckRow *self = OV_ACTION_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_CHECK:
      g_value_set_object (value, self->check);
      break;
    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_action_check_row_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_action_check_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OvActionCheckRow *self = OV_ACTION_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_CHECK:
      self->check = g_value_dup_object (value);
      break;
    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      self->editable = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_action_check_row_class_init (OvActionCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_action_check_row_constructed;
  object_class->dispose = ov_action_check_row_dispose;
  object_class->get_property = ov_action_check_row_get_property;
  object_class->set_property = ov_action_check_row_set_property;

  properties[PROP_CHECK] =
    g_param_spec_object ("check", NULL, NULL,
                         OV_TYPE_REVIEW_ACTION_CHECK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL,
                         OV_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-action-check-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvActionCheckRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, OvActionCheckRow, owner_label);
  gtk_widget_class_bind_template_child (widget_class, OvActionCheckRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OvActionCheckRow, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvActionCheckRow, status_error);
  gtk_widget_class_bind_template_child (widget_class, OvActionCheckRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, OvActionCheckRow, note_error);
}

static void
ov_action_check_row_init (OvActionCheckRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  ov_form_add_drop_down (self->form, "status", OV_TYPE_ACTION_STATUS, self->status_drop_down,
                         self->status_error);
  ov_form_add_entry (self->form, "note", GTK_EDITABLE (self->note_entry), self->note_error);
  g_signal_connect_object (self->form, "notify::modified", G_CALLBACK (on_form_modified), self,
                           G_CONNECT_SWAPPED);
}

/**
 * ov_action_check_row_new:
 * @action: (nullable): the action checked, for its owner and due date
 * @editable: whether the review is still a draft
 *
 * Returns: (transfer floating): a row recording the check of one action
 */
OvActionCheckRow *
ov_action_check_row_new (OvReviewActionCheck *check,
                         OvAction            *action,
                         gboolean             editable)
{
  g_return_val_if_fail (OV_IS_REVIEW_ACTION_CHECK (check), NULL);
  g_return_val_if_fail (action == NULL || OV_IS_ACTION (action), NULL);

  return g_object_new (OV_TYPE_ACTION_CHECK_ROW,
                       "check", check,
                       "action", action,
                       "editable", editable,
                       NULL);
}

OvReviewActionCheck *
ov_action_check_row_get_check (OvActionCheckRow *self)
{
  g_return_val_if_fail (OV_IS_ACTION_CHECK_ROW (self), NULL);
  return self->check;
}

gboolean
ov_action_check_row_get_modified (OvActionCheckRow *self)
{
  g_return_val_if_fail (OV_IS_ACTION_CHECK_ROW (self), FALSE);
  return ov_form_get_modified (self->form);
}

/**
 * ov_action_check_row_validate:
 *
 * Returns: %TRUE if the check may be saved; otherwise the problem is shown
 */
gboolean
ov_action_check_row_validate (OvActionCheckRow *self)
{
  g_return_val_if_fail (OV_IS_ACTION_CHECK_ROW (self), FALSE);
  return ov_form_validate (self->form);
}
