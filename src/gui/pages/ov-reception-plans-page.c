/* ov-reception-plans-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Victim reception centre plans: the list, searched and sorted, and an editor for one plan
 * at a time with every section — venue and capacity, activation and escalation, the
 * agencies attending (picked from the partner register) with their roles, interpreters,
 * health screening, welfare and onward support, the LRF agreement and the last exercise.
 * A plan prints, as stored, for an operation briefing.
 */

#define G_LOG_DOMAIN "ov-reception-plans-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-dialogs.h"
#include "ov-disclosure-dialog.h"
#include "ov-editing-page.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-partners.h"
#include "ov-gui-util.h"
#include "ov-plan-agency-row.h"
#include "ov-reception-plans-page.h"
#include "ov-util.h"

struct _OvReceptionPlansPage
{
  GtkWidget            parent_instance;

  OvStore             *store;
  OvForm              *form;
  GListStore          *plans;
  GListStore          *agencies;       /* of the plan in the editor, as edited */
  gboolean             restoring_selection;

  GtkSearchEntry      *search_entry;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *name_column;
  GtkLabel            *count_label;

  GtkStack            *editor_stack;
  GtkLabel            *editor_title;
  GtkWidget           *error_banner;
  GtkLabel            *error_label;
  GtkEntry            *name_entry;
  GtkLabel            *name_error;
  GtkDropDown         *scope_drop_down;
  GtkLabel            *scope_error;
  GtkEntry            *venue_entry;
  GtkLabel            *venue_error;
  GtkSpinButton       *capacity_spin;
  GtkLabel            *capacity_error;
  GtkEntry            *review_due_entry;
  GtkLabel            *review_due_error;
  GtkTextView         *activation_view;
  GtkLabel            *activation_error;
  GtkTextView         *escalation_view;
  GtkLabel            *escalation_error;
  GtkListBox          *agencies_box;
  GtkTextView         *interpreters_view;
  GtkLabel            *interpreters_error;
  GtkTextView         *health_screening_view;
  GtkLabel            *health_screening_error;
  GtkTextView         *welfare_view;
  GtkLabel            *welfare_error;
  GtkTextView         *onward_support_view;
  GtkLabel            *onward_support_error;
  GtkEntry            *lrf_agreed_entry;
  GtkLabel            *lrf_agreed_error;
  GtkEntry            *lrf_reference_entry;
  GtkLabel            *lrf_reference_error;
  GtkEntry            *last_exercised_entry;
  GtkLabel            *last_exercised_error;
  GtkTextView         *lessons_view;
  GtkLabel            *lessons_error;
};

static void ov_reception_plans_page_editing_page_init (OvEditingPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvReceptionPlansPage, ov_reception_plans_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (OV_TYPE_EDITING_PAGE,
                                                      ov_reception_plans_page_editing_page_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OvReceptionPlan *
editing_plan (OvReceptionPlansPage *self)
{
  return OV_RECEPTION_PLAN (ov_form_get_record (self->form));
}

static gint64
editing_id (OvReceptionPlansPage *self)
{
  OvReceptionPlan *plan = editing_plan (self);

  return plan != NULL ? ov_record_get_id (OV_RECORD (plan)) : 0;
}

static void
update_editor (OvReceptionPlansPage *self)
{
  OvReceptionPlan *plan = editing_plan (self);
  gboolean stored = plan != NULL && ov_record_get_id (OV_RECORD (plan)) != 0;
  /* Opened read-only, the plans are for consultation. */
  gboolean writable = self->store == NULL || !ov_store_is_read_only (self->store);

  gtk_stack_set_visible_child_name (self->editor_stack, plan != NULL ? "editor" : "none");
  if (plan == NULL)
    gtk_label_set_text (self->editor_title, "");
  else if (!stored)
    gtk_label_set_text (self->editor_title, _("New Plan"));
  else
    gtk_label_set_text (self->editor_title, ov_reception_plan_get_name (plan));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reception-plans.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reception-plans.save",
                                 writable && plan != NULL &&
                                 (!stored || ov_form_get_modified (self->form)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reception-plans.delete", writable && stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reception-plans.add-agency",
                                 writable && plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reception-plans.print", writable && stored);
}

static void
update_count (OvReceptionPlansPage *self)
{
  g_autofree char *count = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));

  count = g_strdup_printf (ngettext ("%u plan", "%u plans", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
show_store_error (OvReceptionPlansPage *self,
                  const GError         *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static guint
find_position (OvReceptionPlansPage *self,
               gint64                id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(OvReceptionPlan) plan = g_list_model_get_item (model, i);

      if (ov_record_get_id (OV_RECORD (plan)) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Puts the selection back on the plan in the editor, without loading anything. */
static void
select_editing (OvReceptionPlansPage *self)
{
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, find_position (self, editing_id (self)));
  self->restoring_selection = FALSE;
}

static void
on_agency_changed (OvReceptionPlansPage *self)
{
  ov_form_set_modified (self->form, TRUE);
}

static void
on_agency_remove (OvReceptionPlansPage *self,
                  OvPlanAgencyRow      *row)
{
  guint position;

  if (g_list_store_find (self->agencies, ov_plan_agency_row_get_agency (row), &position))
    g_list_store_remove (self->agencies, position);
  ov_form_set_modified (self->form, TRUE);
}

static GtkWidget *
create_agency_row (gpointer item,
                   gpointer user_data)
{
  OvReceptionPlansPage *self = user_data;
  OvPlanAgencyRow *row = ov_plan_agency_row_new (self->store, OV_RECEPTION_PLAN_AGENCY (item));

  g_signal_connect_object (item, "notify", G_CALLBACK (on_agency_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_agency_remove), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static void
edit_plan (OvReceptionPlansPage *self,
           OvReceptionPlan      *plan,
           GPtrArray            *agencies)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
  g_list_store_remove_all (self->agencies);
  if (agencies != NULL)
    g_list_store_splice (self->agencies, 0, 0, agencies->pdata, agencies->len);
  ov_form_set_record (self->form, OV_RECORD (plan));
  update_editor (self);
  select_editing (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
edit_stored (OvReceptionPlansPage *self,
             gint64                id)
{
  g_autoptr(OvReceptionPlan) plan = NULL;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;

  plan = ov_store_load (self->store, OV_TYPE_RECEPTION_PLAN, id, &error);
  if (plan != NULL)
    agencies = ov_store_list_plan_agencies (self->store, id, &error);
  if (plan == NULL || agencies == NULL)
    {
      show_store_error (self, error);
      select_editing (self);
      return;
    }
  edit_plan (self, plan, agencies);
}

static void
edit_new (OvReceptionPlansPage *self)
{
  g_autoptr(OvReceptionPlan) plan = ov_reception_plan_new ();

  edit_plan (self, plan, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
load_plans (OvReceptionPlansPage *self)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;

  self->restoring_selection = TRUE;
  if (self->store == NULL)
    g_list_store_remove_all (self->plans);
  else if ((plans = ov_store_list_reception_plans (self->store,
                                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                                    &error)) == NULL)
    show_store_error (self, error);
  else
    g_list_store_splice (self->plans, 0, g_list_model_get_n_items (G_LIST_MODEL (self->plans)),
                         plans->pdata, plans->len);
  self->restoring_selection = FALSE;

  select_editing (self);
  update_count (self);
}

static void
on_store_changed (OvReceptionPlansPage *self)
{
  load_plans (self);
}

static void
on_form_modified (OvReceptionPlansPage *self)
{
  update_editor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* What to do once unsaved changes to the plan shown are saved or left */

static void
on_leave_for_selection (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (source);
  g_autofree gint64 *id = user_data;

  if (ov_editing_page_confirm_leave_finish (OV_EDITING_PAGE (self), result, NULL))
    edit_stored (self, *id);
  else
    select_editing (self);
}

static void
on_leave_for_new (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (source);

  if (ov_editing_page_confirm_leave_finish (OV_EDITING_PAGE (self), result, NULL))
    edit_new (self);
}

static void
on_delete_confirmed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OvReceptionPlansPage) self = user_data;
  g_autoptr(GError) error = NULL;
  OvReceptionPlan *plan = editing_plan (self);

  if (!ov_dialogs_confirm_finish (result, NULL) || plan == NULL)
    return;

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (!ov_store_delete_reception_plan (self->store, plan, &error))
    {
      show_store_error (self, error);
      return;
    }
  g_list_store_remove_all (self->agencies);
  ov_form_set_record (self->form, NULL);
  update_editor (self);
  load_plans (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Callbacks */

static void
on_selection_changed (OvReceptionPlansPage *self,
                      guint                 position,
                      guint                 n_items,
                      GtkSelectionModel    *selection)
{
  OvReceptionPlan *selected;
  gint64 id;

  if (self->restoring_selection || self->store == NULL)
    return;

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected == NULL)
    return;
  id = ov_record_get_id (OV_RECORD (selected));
  if (id == editing_id (self))
    return;

  ov_editing_page_confirm_leave (OV_EDITING_PAGE (self), NULL, on_leave_for_selection,
                                 g_memdup2 (&id, sizeof id));
}

static void
on_search_changed (OvReceptionPlansPage *self,
                   GtkSearchEntry       *entry)
{
  load_plans (self);
}

static void
on_stop_search (OvReceptionPlansPage *self,
                GtkSearchEntry       *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Closures for ov-reception-plans-page.ui */

static char *
scope_label (gpointer    this,
             OvPlanScope scope)
{
  return g_strdup (ov_enum_get_label (OV_TYPE_PLAN_SCOPE, scope));
}

static char *
date_label (gpointer    this,
            const char *date)
{
  return ov_str_empty (date) ? g_strdup ("—") : ov_format_date (date);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ov_editing_page_confirm_leave (OV_EDITING_PAGE (widget), NULL, on_leave_for_new, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_reception_plans_page_save (OV_RECEPTION_PLANS_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (widget);
  OvReceptionPlan *plan = editing_plan (self);
  g_autofree char *heading = NULL;

  if (plan == NULL || ov_record_get_id (OV_RECORD (plan)) == 0)
    return;

  /* Translators: %s is the name of a reception centre plan */
  heading = g_strdup_printf (_("Delete %s?"), ov_reception_plan_get_name (plan));
  ov_dialogs_confirm (widget, heading,
                      _("The plan and its list of agencies are deleted. The partners stay in "
                        "the register."),
                      _("_Delete"), TRUE, NULL, on_delete_confirmed, g_object_ref (self));
}

static void
add_agency_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (widget);
  g_autoptr(OvReceptionPlanAgency) agency = ov_reception_plan_agency_new ();
  GtkListBoxRow *row;

  if (editing_plan (self) == NULL)
    return;
  g_list_store_append (self->agencies, agency);
  ov_form_set_modified (self->form, TRUE);
  row = gtk_list_box_get_row_at_index (self->agencies_box,
                                       (int) g_list_model_get_n_items (G_LIST_MODEL (self->agencies)) - 1);
  if (row != NULL)
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ov_reception_plans_page_print (OV_RECEPTION_PLANS_PAGE (widget));
}

/* Shows the plan @id, as a finding about it asks; 0 just shows the page. */
static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (id <= 0 || id == editing_id (self))
    return;
  /* The plan may be hidden by a search. */
  if (find_position (self, id) == GTK_INVALID_LIST_POSITION)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ov_editing_page_confirm_leave (OV_EDITING_PAGE (self), NULL, on_leave_for_selection,
                                 g_memdup2 (&id, sizeof id));
}

/* OvEditingPage */

static gboolean
ov_reception_plans_page_write_record (OvEditingPage  *page,
                                      OvRecord       *record,
                                      GError        **error)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (page);
  g_autoptr(GPtrArray) agencies = ov_list_model_dup_items (G_LIST_MODEL (self->agencies));

  return ov_store_save_reception_plan (self->store, OV_RECEPTION_PLAN (record), agencies, error);
}

static void
ov_reception_plans_page_editing_page_init (OvEditingPageInterface *iface)
{
  iface->new_record_title = N_("Save the New Plan?");
  iface->write_record = ov_reception_plans_page_write_record;
}

/* Overrides */

static void
ov_reception_plans_page_dispose (GObject *object)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (object);
  GtkWidget *child;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_RECEPTION_PLANS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->plans);
  g_clear_object (&self->agencies);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_reception_plans_page_parent_class)->dispose (object);
}

static void
ov_reception_plans_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_reception_plans_page_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reception_plans_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OvReceptionPlansPage *self = OV_RECEPTION_PLANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_reception_plans_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ov_reception_plans_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (OV_RECEPTION_PLANS_PAGE (widget)->column_view));
}

static void
ov_reception_plans_page_class_init (OvReceptionPlansPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_reception_plans_page_dispose;
  object_class->get_property = ov_reception_plans_page_get_property;
  object_class->set_property = ov_reception_plans_page_set_property;

  widget_class->grab_focus = ov_reception_plans_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "reception-plans.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "reception-plans.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "reception-plans.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "reception-plans.add-agency", NULL,
                                   add_agency_action);
  gtk_widget_class_install_action (widget_class, "reception-plans.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "reception-plans.select", "x", select_action);

  g_type_ensure (OV_TYPE_RECEPTION_PLAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-reception-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, name_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, scope_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, scope_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, venue_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, venue_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, capacity_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, review_due_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, review_due_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, activation_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, activation_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, escalation_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, escalation_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, agencies_box);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, interpreters_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, interpreters_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, health_screening_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, health_screening_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, welfare_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, welfare_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, onward_support_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, onward_support_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, lrf_agreed_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, lrf_agreed_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, lrf_reference_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, lrf_reference_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, last_exercised_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, last_exercised_error);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, lessons_view);
  gtk_widget_class_bind_template_child (widget_class, OvReceptionPlansPage, lessons_error);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, scope_label);
  gtk_widget_class_bind_template_callback (widget_class, date_label);
}

static void
ov_reception_plans_page_init (OvReceptionPlansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plans = g_list_store_new (OV_TYPE_RECEPTION_PLAN);
  self->agencies = g_list_store_new (OV_TYPE_RECEPTION_PLAN_AGENCY);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->plans));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  gtk_list_box_bind_model (self->agencies_box, G_LIST_MODEL (self->agencies),
                           create_agency_row, self, NULL);

  self->form = ov_form_new ();
  ov_form_add_entry (self->form, "name", GTK_EDITABLE (self->name_entry), self->name_error);
  ov_form_add_drop_down (self->form, "scope", OV_TYPE_PLAN_SCOPE, self->scope_drop_down,
                         self->scope_error);
  ov_form_add_entry (self->form, "venue", GTK_EDITABLE (self->venue_entry), self->venue_error);
  ov_form_add_property (self->form, "capacity", GTK_WIDGET (self->capacity_spin), "value",
                        self->capacity_error);
  ov_form_add_entry (self->form, "review-due-on", GTK_EDITABLE (self->review_due_entry),
                     self->review_due_error);
  ov_form_add_text_view (self->form, "activation", self->activation_view,
                         self->activation_error);
  ov_form_add_text_view (self->form, "escalation", self->escalation_view,
                         self->escalation_error);
  ov_form_add_text_view (self->form, "interpreters", self->interpreters_view,
                         self->interpreters_error);
  ov_form_add_text_view (self->form, "health-screening", self->health_screening_view,
                         self->health_screening_error);
  ov_form_add_text_view (self->form, "welfare", self->welfare_view, self->welfare_error);
  ov_form_add_text_view (self->form, "onward-support", self->onward_support_view,
                         self->onward_support_error);
  ov_form_add_entry (self->form, "lrf-agreed-on", GTK_EDITABLE (self->lrf_agreed_entry),
                     self->lrf_agreed_error);
  ov_form_add_entry (self->form, "lrf-reference", GTK_EDITABLE (self->lrf_reference_entry),
                     self->lrf_reference_error);
  ov_form_add_entry (self->form, "last-exercised-on", GTK_EDITABLE (self->last_exercised_entry),
                     self->last_exercised_error);
  ov_form_add_text_view (self->form, "lessons", self->lessons_view, self->lessons_error);
  g_signal_connect_object (self->form, "notify::modified",
                           G_CALLBACK (on_form_modified), self, G_CONNECT_SWAPPED);
  ov_editing_page_set_form (OV_EDITING_PAGE (self), self->form, self->error_banner,
                            self->error_label);

  update_editor (self);
  update_count (self);
}

/* Public API */

OvStore *
ov_reception_plans_page_get_store (OvReceptionPlansPage *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self), NULL);
  return self->store;
}

/**
 * ov_reception_plans_page_set_store:
 * @store: (nullable): the store whose reception plans are shown
 */
void
ov_reception_plans_page_set_store (OvReceptionPlansPage *self,
                                   OvStore              *store)
{
  g_return_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed::reception-plan", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);

  g_list_store_remove_all (self->agencies);
  ov_form_set_record (self->form, NULL);
  update_editor (self);
  load_plans (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_reception_plans_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan in the editor, with unsaved changes
 */
OvReceptionPlan *
ov_reception_plans_page_get_plan (OvReceptionPlansPage *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self), NULL);
  return editing_plan (self);
}

/**
 * ov_reception_plans_page_get_agencies:
 *
 * Returns: (transfer none): the agencies attending under the plan in the editor, as edited
 */
GListModel *
ov_reception_plans_page_get_agencies (OvReceptionPlansPage *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self), NULL);
  return G_LIST_MODEL (self->agencies);
}

/**
 * ov_reception_plans_page_get_agencies_box:
 *
 * Returns: (transfer none): the list of agency rows, one #OvPlanAgencyRow each
 */
GtkListBox *
ov_reception_plans_page_get_agencies_box (OvReceptionPlansPage *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self), NULL);
  return self->agencies_box;
}

gboolean
ov_reception_plans_page_get_modified (OvReceptionPlansPage *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self), FALSE);
  return editing_plan (self) != NULL && ov_form_get_modified (self->form);
}

/**
 * ov_reception_plans_page_save:
 *
 * Saves the plan in the editor with its agencies, showing what is wrong under its field,
 * or above the form for an agency.
 *
 * Returns: %TRUE if saved
 */
gboolean
ov_reception_plans_page_save (OvReceptionPlansPage *self)
{
  g_return_val_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self), FALSE);

  return editing_plan (self) != NULL && self->store != NULL &&
         ov_editing_page_save (OV_EDITING_PAGE (self), NULL);
}

void
ov_reception_plans_page_focus_search (OvReceptionPlansPage *self)
{
  g_return_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * ov_reception_plans_page_print:
 *
 * Prints the plan in the editor, as stored, once the user has said for whom and why in
 * the disclosure dialog: each print is recorded in the audit log.
 */
void
ov_reception_plans_page_print (OvReceptionPlansPage *self)
{
  OvReceptionPlan *plan;
  OvDisclosureDialog *dialog;

  g_return_if_fail (OV_IS_RECEPTION_PLANS_PAGE (self));

  plan = editing_plan (self);
  if (plan == NULL || self->store == NULL || ov_record_get_id (OV_RECORD (plan)) == 0)
    return;

  dialog = ov_disclosure_dialog_new_for_plan (self->store, plan, FALSE);
  ov_present_dialog (GTK_WIDGET (self), GTK_WINDOW (dialog));
}
