/* ov-policy-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The force policy: every interval the compliance checks allow, with its unit and its
 * default. A supervisor may change and save them (core audits each change); anyone else
 * sees them read-only. Once saved, the dashboard and case list follow the new policy.
 */

#define G_LOG_DOMAIN "ov-policy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-editing-page.h"
#include "ov-policy.h"
#include "ov-policy-page.h"
#include "ov-policy-setting-row.h"
#include "ov-settings.h"
#include "ov-store.h"

struct _OvPolicyPage
{
  GtkWidget     parent_instance;

  OvStore      *store;
  OvPolicy      saved;       /* the policy as stored */
  GPtrArray    *rows;        /* OvPolicySettingRow, one per setting */
  gboolean      loading;

  GtkWidget    *error_banner;
  GtkLabel     *error_label;
  GtkWidget    *read_only_banner;
  GtkListBox   *settings_list;
  GtkLabel     *status_label;
};

static void ov_policy_page_editing_page_init (OvEditingPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvPolicyPage, ov_policy_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (OV_TYPE_EDITING_PAGE,
                                                      ov_policy_page_editing_page_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
may_edit (OvPolicyPage *self)
{
  return self->store != NULL && ov_store_current_user_is_supervisor (self->store) &&
         !ov_store_is_read_only (self->store);
}

static void
policy_from_rows (OvPolicyPage *self,
                  OvPolicy     *policy)
{
  *policy = self->saved;
  for (guint i = 0; i < self->rows->len; i++)
    {
      OvPolicySettingRow *row = g_ptr_array_index (self->rows, i);

      ov_policy_set_value (policy, ov_policy_setting_row_get_setting (row),
                           ov_policy_setting_row_get_value (row));
    }
}

static gboolean
rows_differ (OvPolicyPage   *self,
             const OvPolicy *policy)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      OvPolicySettingRow *row = g_ptr_array_index (self->rows, i);

      if (ov_policy_setting_row_get_value (row) !=
          ov_policy_get_value (policy, ov_policy_setting_row_get_setting (row)))
        return TRUE;
    }
  return FALSE;
}

static void
update_actions (OvPolicyPage *self)
{
  gboolean editable = may_edit (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.save",
                                 editable && rows_differ (self, &self->saved));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.revert",
                                 editable && rows_differ (self, &self->saved));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.reset",
                                 editable && rows_differ (self, ov_policy_get_default ()));
}

static void
update_editable (OvPolicyPage *self)
{
  gboolean editable = may_edit (self);

  for (guint i = 0; i < self->rows->len; i++)
    ov_policy_setting_row_set_editable (g_ptr_array_index (self->rows, i), editable);
  gtk_widget_set_visible (self->read_only_banner, self->store != NULL && !editable);
  update_actions (self);
}

static void
set_status (OvPolicyPage *self,
            const char   *status)
{
  gtk_label_set_text (self->status_label, status != NULL ? status : "");
}

static void
hide_error (OvPolicyPage *self)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
}

static void
show_error (OvPolicyPage *self,
            const char   *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
show_policy (OvPolicyPage   *self,
             const OvPolicy *policy)
{
  self->loading = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      OvPolicySettingRow *row = g_ptr_array_index (self->rows, i);

      ov_policy_setting_row_set_value (row,
                                       ov_policy_get_value (policy,
                                                            ov_policy_setting_row_get_setting (row)));
    }
  self->loading = FALSE;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
load_policy (OvPolicyPage *self)
{
  if (self->store != NULL)
    ov_store_load_policy (self->store, &self->saved);
  else
    self->saved = *ov_policy_get_default ();
  show_policy (self, &self->saved);
}

/* Callbacks */

static void
on_row_value_changed (OvPolicyPage *self)
{
  if (self->loading)
    return;
  hide_error (self);
  set_status (self, rows_differ (self, &self->saved)
                    ? _("Changes not saved yet: checks use the saved policy until you save.")
                    : NULL);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Saved elsewhere, or by this page: show it unless the user is changing it here. */
static void
on_policy_changed (OvPolicyPage *self)
{
  OvPolicy previous = self->saved;
  gboolean modified = rows_differ (self, &previous);

  ov_store_load_policy (self->store, &self->saved);
  if (!modified)
    show_policy (self, &self->saved);
  else
    update_actions (self);
}

static void
on_current_user_changed (OvPolicyPage *self)
{
  update_editable (self);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_policy_page_save (OV_POLICY_PAGE (widget));
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvPolicyPage *self = OV_POLICY_PAGE (widget);

  hide_error (self);
  show_policy (self, &self->saved);
  set_status (self, NULL);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OvPolicyPage *self = OV_POLICY_PAGE (widget);

  hide_error (self);
  show_policy (self, ov_policy_get_default ());
  set_status (self, rows_differ (self, &self->saved)
                    ? _("The defaults are shown but not saved yet: save to use them.")
                    : NULL);
}

/* Overrides */

static void
ov_policy_page_dispose (GObject *object)
{
  OvPolicyPage *self = OV_POLICY_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_POLICY_PAGE);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_policy_page_parent_class)->dispose (object);
}

static void
ov_policy_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OvPolicyPage *self = OV_POLICY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_policy_page_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_policy_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OvPolicyPage *self = OV_POLICY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_policy_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ov_policy_page_grab_focus (GtkWidget *widget)
{
  OvPolicyPage *self = OV_POLICY_PAGE (widget);

  return gtk_widget_child_focus (GTK_WIDGET (self->settings_list), GTK_DIR_TAB_FORWARD);
}

static void
ov_policy_page_class_init (OvPolicyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_policy_page_dispose;
  object_class->get_property = ov_policy_page_get_property;
  object_class->set_property = ov_policy_page_set_property;

  widget_class->grab_focus = ov_policy_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "policy.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "policy.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "policy.reset", NULL, reset_action);

  g_type_ensure (OV_TYPE_POLICY_SETTING_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-policy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPolicyPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvPolicyPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvPolicyPage, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, OvPolicyPage, settings_list);
  gtk_widget_class_bind_template_child (widget_class, OvPolicyPage, status_label);
}

static void
ov_policy_page_init (OvPolicyPage *self)
{
  const OvPolicySetting *settings;
  guint n_settings;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  settings = ov_policy_get_settings (&n_settings);
  for (guint i = 0; i < n_settings; i++)
    {
      OvPolicySettingRow *row = ov_policy_setting_row_new (&settings[i]);

      g_signal_connect_object (row, "notify::value", G_CALLBACK (on_row_value_changed), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_append (self->settings_list, GTK_WIDGET (row));
      g_ptr_array_add (self->rows, row);
    }

  load_policy (self);
  update_editable (self);
}

/* Public API */

OvStore *
ov_policy_page_get_store (OvPolicyPage *self)
{
  g_return_val_if_fail (OV_IS_POLICY_PAGE (self), NULL);
  return self->store;
}

/**
 * ov_policy_page_set_store:
 * @store: (nullable): the store whose policy is shown and changed
 */
void
ov_policy_page_set_store (OvPolicyPage *self,
                          OvStore      *store)
{
  g_return_if_fail (OV_IS_POLICY_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;

  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::policy", G_CALLBACK (on_policy_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::current-user",
                               G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);
    }
  hide_error (self);
  set_status (self, NULL);
  load_policy (self);
  update_editable (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_policy_page_get_modified:
 *
 * Returns: whether the values shown differ from the policy saved
 */
gboolean
ov_policy_page_get_modified (OvPolicyPage *self)
{
  g_return_val_if_fail (OV_IS_POLICY_PAGE (self), FALSE);
  return rows_differ (self, &self->saved);
}

/* Saves the values shown; says why on the page, and in @error, if it cannot. */
static gboolean
save_policy (OvPolicyPage  *self,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  OvPolicy policy;

  if (self->store == NULL)
    return FALSE;

  hide_error (self);
  policy_from_rows (self, &policy);
  if (!ov_store_save_policy (self->store, &policy, &local_error))
    {
      show_error (self, local_error->message);
      set_status (self, _("Not saved."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* changed::policy has brought self->saved up to date already. */
  ov_store_load_policy (self->store, &self->saved);
  show_policy (self, &self->saved);
  set_status (self, _("Saved. The dashboard and the case list now use this policy."));
  return TRUE;
}

/**
 * ov_policy_page_save:
 *
 * Saves the values shown as the force policy; says why on the page if it cannot.
 *
 * Returns: whether the policy was saved
 */
gboolean
ov_policy_page_save (OvPolicyPage *self)
{
  g_return_val_if_fail (OV_IS_POLICY_PAGE (self), FALSE);

  return save_policy (self, NULL);
}

/* OvEditingPage: closing the window with policy changes not saved asks first. */

static gboolean
ov_policy_page_editing_get_modified (OvEditingPage *page)
{
  OvPolicyPage *self = OV_POLICY_PAGE (page);

  return may_edit (self) && rows_differ (self, &self->saved);
}

static char *
ov_policy_page_editing_dup_title (OvEditingPage *page)
{
  return g_strdup (_("Save Changes to the Force Policy?"));
}

static gboolean
ov_policy_page_editing_save (OvEditingPage  *page,
                             GError        **error)
{
  OvPolicyPage *self = OV_POLICY_PAGE (page);

  if (self->store == NULL)
    {
      g_set_error_literal (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                           _("The force policy cannot be saved: no database is open."));
      return FALSE;
    }
  return save_policy (self, error);
}

static void
ov_policy_page_editing_discard (OvEditingPage *page)
{
  OvPolicyPage *self = OV_POLICY_PAGE (page);

  hide_error (self);
  show_policy (self, &self->saved);
  set_status (self, NULL);
}

static void
ov_policy_page_editing_page_init (OvEditingPageInterface *iface)
{
  iface->get_modified = ov_policy_page_editing_get_modified;
  iface->dup_title = ov_policy_page_editing_dup_title;
  iface->save = ov_policy_page_editing_save;
  iface->discard = ov_policy_page_editing_discard;
}
