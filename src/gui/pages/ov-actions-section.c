/* ov-actions-section.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case's actions: who is to do what by when, set at a review or ad hoc. Overdue ones
 * are marked in words, and can be listed on their own.
 */

#define G_LOG_DOMAIN "ov-actions-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-action.h"
#include "ov-action-dialog.h"
#include "ov-actions-section.h"
#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-util.h"

struct _OvActionsSection
{
  GtkWidget           parent_instance;

  OvStore            *store;
  OvCase             *the_case;
  GListStore         *actions;
  GtkCustomFilter    *filter;
  OvActionsFilter     filter_mode;
  char               *today;
  guint               n_overdue;

  GtkToggleButton    *all_toggle;
  GtkToggleButton    *open_toggle;
  GtkToggleButton    *overdue_toggle;
  GtkToggleButton    *mine_toggle;
  GtkLabel           *overdue_label;
  GtkStack           *list_stack;
  GtkLabel           *empty_label;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (OvActionsSection, ov_actions_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
case_id (OvActionsSection *self)
{
  return self->the_case != NULL ? ov_record_get_id (OV_RECORD (self->the_case)) : 0;
}

static void
show_error (OvActionsSection *self,
            const GError     *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static gboolean
is_overdue (OvActionsSection *self,
            OvAction         *action)
{
  return ov_action_is_overdue (action, self->today);
}

static void
update_list (OvActionsSection *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  const char *empty = NULL;

  switch (self->filter_mode)
    {
    case OV_ACTIONS_FILTER_OPEN:
      empty = _("No open actions.");
      break;
    case OV_ACTIONS_FILTER_OVERDUE:
      empty = _("No actions are overdue.");
      break;
    case OV_ACTIONS_FILTER_MINE:
      empty = _("No actions on this case are yours.");
      break;
    case OV_ACTIONS_FILTER_ALL:
    default:
      empty = _("No actions have been set on this case.");
      break;
    }
  gtk_label_set_text (self->empty_label, empty);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.edit",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
update_overdue (OvActionsSection *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  guint n_overdue = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      if (is_overdue (self, action))
        n_overdue++;
    }

  if (n_overdue > 0)
    text = g_strdup_printf (ngettext ("%u action is overdue", "%u actions are overdue",
                                      n_overdue),
                            n_overdue);
  gtk_label_set_text (self->overdue_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), n_overdue > 0);

  if (self->n_overdue != n_overdue)
    {
      self->n_overdue = n_overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
    }
}

static void
load_actions (OvActionsSection *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  gboolean loaded = self->store != NULL && case_id (self) != 0;

  g_free (self->today);
  self->today = ov_today_local ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.new",
                                 loaded && !ov_store_is_read_only (self->store));

  if (!loaded)
    g_list_store_remove_all (self->actions);
  else if ((actions = ov_store_list_actions (self->store, case_id (self), &error)) == NULL)
    show_error (self, error);
  else if (!ov_records_unchanged (G_LIST_MODEL (self->actions), actions))
    ov_list_store_replace (self->actions, actions);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_overdue (self);
  update_list (self);
}

static gboolean
match_action (gpointer item,
              gpointer user_data)
{
  OvActionsSection *self = user_data;
  OvAction *action = item;
  OvStaff *user;

  switch (self->filter_mode)
    {
    case OV_ACTIONS_FILTER_OPEN:
      return ov_action_get_status (action) == OV_ACTION_STATUS_OPEN;
    case OV_ACTIONS_FILTER_OVERDUE:
      return is_overdue (self, action);
    case OV_ACTIONS_FILTER_MINE:
      user = self->store != NULL ? ov_store_get_current_user (self->store) : NULL;
      return user != NULL &&
             ov_action_get_owner_id (action) == ov_record_get_id (OV_RECORD (user));
    case OV_ACTIONS_FILTER_ALL:
    default:
      return TRUE;
    }
}

static void
edit_action (OvActionsSection *self,
             OvAction         *shown)
{
  g_autoptr(OvAction) action = NULL;
  g_autoptr(GError) error = NULL;

  /* The dialog edits a fresh copy: the list keeps showing what is stored until the
   * change is saved. */
  action = ov_store_load (self->store, OV_TYPE_ACTION, ov_record_get_id (OV_RECORD (shown)),
                          &error);
  if (action == NULL)
    {
      show_error (self, error);
      return;
    }
  ov_present_dialog (GTK_WIDGET (self),
                     GTK_WINDOW (ov_action_dialog_new (self->store, self->the_case, action, 0)));
}

/* Callbacks */

static void
on_store_changed (OvActionsSection *self)
{
  load_actions (self);
}

static void
on_current_user_changed (OvActionsSection *self)
{
  if (self->filter_mode == OV_ACTIONS_FILTER_MINE)
    {
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      update_list (self);
    }
}

static void
on_filter_toggled (OvActionsSection *self,
                   GtkToggleButton  *toggle)
{
  if (!gtk_toggle_button_get_active (toggle))
    return;

  if (toggle == self->open_toggle)
    self->filter_mode = OV_ACTIONS_FILTER_OPEN;
  else if (toggle == self->overdue_toggle)
    self->filter_mode = OV_ACTIONS_FILTER_OVERDUE;
  else if (toggle == self->mine_toggle)
    self->filter_mode = OV_ACTIONS_FILTER_MINE;
  else
    self->filter_mode = OV_ACTIONS_FILTER_ALL;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list (self);
}

static void
on_selection_changed (OvActionsSection *self)
{
  update_list (self);
}

static void
on_column_view_activate (OvActionsSection *self,
                         guint             position,
                         GtkColumnView    *column_view)
{
  g_autoptr(OvAction) action = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (action != NULL)
    edit_action (self, action);
}

/* Closures for ov-actions-section.ui */

static char *
due_label (gpointer  this,
           OvAction *action)
{
  return action != NULL ? ov_format_date (ov_action_get_due_on (action)) : NULL;
}

static gboolean
overdue_visible (gpointer  this,
                 OvAction *action)
{
  g_autofree char *today = ov_today_local ();

  return action != NULL && ov_action_is_overdue (action, today);
}

static char *
overdue_text (gpointer  this,
              OvAction *action)
{
  return g_strdup (_("Overdue"));
}

static char *
status_label (gpointer  this,
              OvAction *action)
{
  g_autofree char *completed = NULL;

  if (action == NULL)
    return NULL;
  if (ov_action_get_status (action) == OV_ACTION_STATUS_DONE &&
      !ov_str_empty (ov_action_get_completed_on (action)))
    {
      completed = ov_format_date (ov_action_get_completed_on (action));
      /* Translators: %s is a date, e.g. "Done 5 Jan 2026" */
      return g_strdup_printf (_("Done %s"), completed);
    }
  return g_strdup (ov_enum_get_label (OV_TYPE_ACTION_STATUS, ov_action_get_status (action)));
}

static char *
raised_label (gpointer  this,
              OvAction *action)
{
  if (action == NULL)
    return NULL;
  return g_strdup (ov_action_get_review_id (action) != 0 ? _("At a review") : _("Ad hoc"));
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ov_actions_section_new_action (OV_ACTIONS_SECTION (widget));
}

static void
edit_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OvActionsSection *self = OV_ACTIONS_SECTION (widget);
  OvAction *action = gtk_single_selection_get_selected_item (self->selection);

  if (action != NULL)
    edit_action (self, action);
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_widget_set_visible (OV_ACTIONS_SECTION (widget)->error_banner, FALSE);
}

/* Overrides */

static void
ov_actions_section_dispose (GObject *object)
{
  OvActionsSection *self = OV_ACTIONS_SECTION (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ACTIONS_SECTION);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_object (&self->actions);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_actions_section_parent_class)->dispose (object);
}

static void
ov_actions_section_finalize (GObject *object)
{
  OvActionsSection *self = OV_ACTIONS_SECTION (object);

  g_free (self->today);

  G_OBJECT_CLASS (ov_actions_section_parent_class)->finalize (object);
}

static void
ov_actions_section_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvActionsSection *self = OV_ACTIONS_SECTION (object);

  switch (prop_id)
    {
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_actions_section_class_init (OvActionsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_actions_section_dispose;
  object_class->finalize = ov_actions_section_finalize;
  object_class->get_property = ov_actions_section_get_property;

  properties[PROP_N_OVERDUE] =
    g_param_spec_uint ("n-overdue", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "actions.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "actions.edit", NULL, edit_selected_action);
  gtk_widget_class_install_action (widget_class, "actions.dismiss-error", NULL,
                                   dismiss_error_action);

  g_type_ensure (OV_TYPE_ACTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-actions-section.ui");
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, all_toggle);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, open_toggle);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, mine_toggle);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, selection);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvActionsSection, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, due_label);
  gtk_widget_class_bind_template_callback (widget_class, overdue_visible);
  gtk_widget_class_bind_template_callback (widget_class, overdue_text);
  gtk_widget_class_bind_template_callback (widget_class, status_label);
  gtk_widget_class_bind_template_callback (widget_class, raised_label);
}

static void
ov_actions_section_init (OvActionsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_list_store_new (OV_TYPE_ACTION);
  self->filter = gtk_custom_filter_new (match_action, self, NULL);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->actions));
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  load_actions (self);
}

/**
 * ov_actions_section_set_store:
 * @store: (nullable): where the actions are kept
 */
void
ov_actions_section_set_store (OvActionsSection *self,
                              OvStore          *store)
{
  g_return_if_fail (OV_IS_ACTIONS_SECTION (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
      g_signal_handlers_disconnect_by_func (self->store, on_current_user_changed, self);
    }
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::action", G_CALLBACK (on_store_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::staff", G_CALLBACK (on_store_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::current-user",
                               G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);
    }
  load_actions (self);
}

/**
 * ov_actions_section_set_case:
 * @the_case: (nullable): the case whose actions are shown; an unsaved case has none
 */
void
ov_actions_section_set_case (OvActionsSection *self,
                             OvCase           *the_case)
{
  g_return_if_fail (OV_IS_ACTIONS_SECTION (self));
  g_return_if_fail (the_case == NULL || OV_IS_CASE (the_case));

  /* The same case again: its details may have changed, what is shown has not. */
  if (the_case != NULL && case_id (self) == ov_record_get_id (OV_RECORD (the_case)))
    {
      g_set_object (&self->the_case, the_case);
      return;
    }

  g_set_object (&self->the_case, the_case);
  load_actions (self);
}

/**
 * ov_actions_section_get_n_overdue:
 *
 * Returns: how many of the case's actions are open past their due date
 */
guint
ov_actions_section_get_n_overdue (OvActionsSection *self)
{
  g_return_val_if_fail (OV_IS_ACTIONS_SECTION (self), 0);
  return self->n_overdue;
}

/**
 * ov_actions_section_new_action:
 *
 * Asks for a new action set ad hoc, outside a review.
 */
void
ov_actions_section_new_action (OvActionsSection *self)
{
  g_return_if_fail (OV_IS_ACTIONS_SECTION (self));

  if (self->store == NULL || case_id (self) == 0)
    return;
  ov_present_dialog (GTK_WIDGET (self),
                     GTK_WINDOW (ov_action_dialog_new (self->store, self->the_case, NULL, 0)));
}

/**
 * ov_actions_section_set_filter:
 * @filter: which actions to list
 *
 * Lists only some of the actions, as the buttons above the list do.
 */
void
ov_actions_section_set_filter (OvActionsSection *self,
                               OvActionsFilter   filter)
{
  GtkToggleButton *toggle;

  g_return_if_fail (OV_IS_ACTIONS_SECTION (self));

  switch (filter)
    {
    case OV_ACTIONS_FILTER_OPEN:
      toggle = self->open_toggle;
      break;
    case OV_ACTIONS_FILTER_OVERDUE:
      toggle = self->overdue_toggle;
      break;
    case OV_ACTIONS_FILTER_MINE:
      toggle = self->mine_toggle;
      break;
    case OV_ACTIONS_FILTER_ALL:
    default:
      toggle = self->all_toggle;
      break;
    }
  gtk_toggle_button_set_active (toggle, TRUE);
}
