/* ov-staff-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The staff register: everyone who may be allocated to a case, with their PIP
 * accreditation, and an editor for one person at a time. A force has at most a few
 * thousand staff, so the list is searched and sorted in memory.
 */

#define G_LOG_DOMAIN "ov-staff-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ov-editing-page.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-staff.h"
#include "ov-staff-page.h"
#include "ov-store.h"
#include "ov-util.h"

struct _OvStaffPage
{
  GtkWidget            parent_instance;

  OvStore             *store;
  OvForm              *form;
  GListStore          *staff;
  GtkCustomFilter     *filter;
  gboolean             restoring_selection;

  GtkSearchEntry      *search_entry;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *name_column;
  GtkLabel            *count_label;

  GtkStack            *editor_stack;
  GtkLabel            *editor_title;
  GtkWidget           *error_banner;
  GtkLabel            *error_label;
  GtkEntry            *name_entry;
  GtkLabel            *name_error;
  GtkEntry            *collar_entry;
  GtkLabel            *collar_error;
  GtkDropDown         *rank_drop_down;
  GtkLabel            *rank_error;
  GtkDropDown         *pip_drop_down;
  GtkLabel            *pip_error;
  GtkDropDown         *accreditation_drop_down;
  GtkLabel            *accreditation_error;
  GtkEntry            *accreditation_date_entry;
  GtkLabel            *accreditation_date_error;
  GtkEntry            *unit_entry;
  GtkLabel            *unit_error;
  GtkEntry            *email_entry;
  GtkLabel            *email_error;
  GtkEntry            *phone_entry;
  GtkLabel            *phone_error;
  GtkCheckButton      *investigator_check;
  GtkCheckButton      *supervisor_check;
  GtkCheckButton      *msvlo_check;
  GtkCheckButton      *spoc_check;
  GtkLabel            *roles_error;
  GtkCheckButton      *active_check;
  GtkLabel            *active_error;
};

static void ov_staff_page_editing_page_init (OvEditingPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvStaffPage, ov_staff_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (OV_TYPE_EDITING_PAGE,
                                                      ov_staff_page_editing_page_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OvStaff *
editing_staff (OvStaffPage *self)
{
  return OV_STAFF (ov_form_get_record (self->form));
}

static gint64
editing_id (OvStaffPage *self)
{
  OvStaff *staff = editing_staff (self);

  return staff != NULL ? ov_record_get_id (OV_RECORD (staff)) : 0;
}

static void
update_editor (OvStaffPage *self)
{
  OvStaff *staff = editing_staff (self);

  gtk_stack_set_visible_child_name (self->editor_stack, staff != NULL ? "editor" : "none");
  if (staff == NULL)
    gtk_label_set_text (self->editor_title, "");
  else if (ov_record_get_id (OV_RECORD (staff)) == 0)
    gtk_label_set_text (self->editor_title, _("New Person"));
  else
    gtk_label_set_text (self->editor_title, ov_staff_get_name (staff));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.save",
                                 staff != NULL &&
                                 (self->store == NULL || !ov_store_is_read_only (self->store)) &&
                                 (ov_record_get_id (OV_RECORD (staff)) == 0 ||
                                  ov_form_get_modified (self->form)));
}

static void
update_count (OvStaffPage *self)
{
  g_autofree char *count = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  count = g_strdup_printf (ngettext ("%u person", "%u people", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
show_store_error (OvStaffPage  *self,
                  const GError *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static guint
find_position (OvStaffPage *self,
               gint64       id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(OvStaff) staff = g_list_model_get_item (model, i);

      if (ov_record_get_id (OV_RECORD (staff)) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Puts the selection back on the person in the editor, without loading anyone. */
static void
select_editing (OvStaffPage *self)
{
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, find_position (self, editing_id (self)));
  self->restoring_selection = FALSE;
}

static void
edit_staff (OvStaffPage *self,
            OvStaff     *staff)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
  ov_form_set_record (self->form, OV_RECORD (staff));
  update_editor (self);
  select_editing (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
edit_stored (OvStaffPage *self,
             gint64       id)
{
  g_autoptr(OvStaff) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = ov_store_load (self->store, OV_TYPE_STAFF, id, &error);
  if (staff == NULL)
    {
      show_store_error (self, error);
      select_editing (self);
      return;
    }
  edit_staff (self, staff);
}

static void
edit_new (OvStaffPage *self)
{
  g_autoptr(OvStaff) staff = ov_staff_new ();

  ov_staff_set_roles (staff, OV_STAFF_ROLE_INVESTIGATOR);
  edit_staff (self, staff);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
load_staff (OvStaffPage *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  self->restoring_selection = TRUE;
  if (self->store == NULL)
    g_list_store_remove_all (self->staff);
  else if ((staff = ov_store_list_staff (self->store, FALSE, &error)) == NULL)
    show_store_error (self, error);
  else
    g_list_store_splice (self->staff, 0, g_list_model_get_n_items (G_LIST_MODEL (self->staff)),
                         staff->pdata, staff->len);
  self->restoring_selection = FALSE;

  select_editing (self);
  update_count (self);
}

static void
on_store_changed (OvStaffPage *self,
                  const char  *entity,
                  gint64       id,
                  OvStore     *store)
{
  load_staff (self);
}

static void
on_form_modified (OvStaffPage *self)
{
  update_editor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static gboolean
match_staff (gpointer item,
             gpointer user_data)
{
  OvStaffPage *self = user_data;

  return ov_staff_matches (OV_STAFF (item),
                           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* What to do once unsaved changes to the person shown are saved or left */

static void
on_leave_for_selection (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  OvStaffPage *self = OV_STAFF_PAGE (source);
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
  OvStaffPage *self = OV_STAFF_PAGE (source);

  if (ov_editing_page_confirm_leave_finish (OV_EDITING_PAGE (self), result, NULL))
    edit_new (self);
}

/* Callbacks */

static void
on_selection_changed (OvStaffPage        *self,
                      guint               position,
                      guint               n_items,
                      GtkSelectionModel  *selection)
{
  OvStaff *selected;
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
on_search_changed (OvStaffPage    *self,
                   GtkSearchEntry *entry)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_stop_search (OvStaffPage    *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Closures for ov-staff-page.ui */

static char *
rank_label (gpointer this,
            OvRank   rank)
{
  return g_strdup (ov_enum_get_label (OV_TYPE_RANK, rank));
}

static char *
pip_label (gpointer  this,
           OvStaff  *staff)
{
  return staff != NULL ? ov_staff_describe_pip (staff) : NULL;
}

static char *
roles_label (gpointer    this,
             OvStaffRole roles)
{
  return ov_flags_to_labels (OV_TYPE_STAFF_ROLE, roles);
}

static char *
active_label (gpointer this,
              gboolean active)
{
  return g_strdup (active ? _("Active") : _("Inactive"));
}

static int
enum_value (gpointer this,
            int      value)
{
  return value;
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
  ov_staff_page_save (OV_STAFF_PAGE (widget));
}

/* OvEditingPage */

static gboolean
ov_staff_page_write_record (OvEditingPage  *page,
                            OvRecord       *record,
                            GError        **error)
{
  return ov_store_save (OV_STAFF_PAGE (page)->store, record, error);
}

static void
ov_staff_page_editing_page_init (OvEditingPageInterface *iface)
{
  iface->new_record_title = N_("Save the New Person?");
  iface->write_record = ov_staff_page_write_record;
}

/* Overrides */

static void
ov_staff_page_dispose (GObject *object)
{
  OvStaffPage *self = OV_STAFF_PAGE (object);
  GtkWidget *child;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_STAFF_PAGE);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_object (&self->staff);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_staff_page_parent_class)->dispose (object);
}

static void
ov_staff_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvStaffPage *self = OV_STAFF_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_staff_page_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_staff_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvStaffPage *self = OV_STAFF_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_staff_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ov_staff_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (OV_STAFF_PAGE (widget)->column_view));
}

static void
ov_staff_page_class_init (OvStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_staff_page_dispose;
  object_class->get_property = ov_staff_page_get_property;
  object_class->set_property = ov_staff_page_set_property;

  widget_class->grab_focus = ov_staff_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "staff.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "staff.save", NULL, save_action);

  g_type_ensure (OV_TYPE_STAFF);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, name_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, collar_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, collar_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, rank_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, rank_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, pip_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, pip_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, accreditation_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, accreditation_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, accreditation_date_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, accreditation_date_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, unit_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, email_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, email_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, phone_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, investigator_check);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, supervisor_check);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, msvlo_check);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, spoc_check);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, roles_error);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, active_check);
  gtk_widget_class_bind_template_child (widget_class, OvStaffPage, active_error);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, rank_label);
  gtk_widget_class_bind_template_callback (widget_class, pip_label);
  gtk_widget_class_bind_template_callback (widget_class, roles_label);
  gtk_widget_class_bind_template_callback (widget_class, active_label);
  gtk_widget_class_bind_template_callback (widget_class, enum_value);
}

static void
set_flag_label (GtkCheckButton *check_button,
                guint           flag)
{
  gtk_check_button_set_label (check_button, ov_enum_get_label (OV_TYPE_STAFF_ROLE, (int) flag));
}

static void
ov_staff_page_init (OvStaffPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->staff = g_list_store_new (OV_TYPE_STAFF);
  self->filter = gtk_custom_filter_new (match_staff, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->staff));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  set_flag_label (self->investigator_check, OV_STAFF_ROLE_INVESTIGATOR);
  set_flag_label (self->supervisor_check, OV_STAFF_ROLE_SUPERVISOR);
  set_flag_label (self->msvlo_check, OV_STAFF_ROLE_MSVLO);
  set_flag_label (self->spoc_check, OV_STAFF_ROLE_SPOC);

  self->form = ov_form_new ();
  ov_form_add_entry (self->form, "name", GTK_EDITABLE (self->name_entry), self->name_error);
  ov_form_add_entry (self->form, "collar-number", GTK_EDITABLE (self->collar_entry),
                     self->collar_error);
  ov_form_add_drop_down (self->form, "rank", OV_TYPE_RANK, self->rank_drop_down,
                         self->rank_error);
  ov_form_add_drop_down (self->form, "pip-level", OV_TYPE_PIP_LEVEL, self->pip_drop_down,
                         self->pip_error);
  ov_form_add_drop_down (self->form, "accreditation-status", OV_TYPE_ACCREDITATION_STATUS,
                         self->accreditation_drop_down, self->accreditation_error);
  ov_form_add_entry (self->form, "accreditation-date",
                     GTK_EDITABLE (self->accreditation_date_entry),
                     self->accreditation_date_error);
  ov_form_add_entry (self->form, "unit", GTK_EDITABLE (self->unit_entry), self->unit_error);
  ov_form_add_entry (self->form, "email", GTK_EDITABLE (self->email_entry), self->email_error);
  ov_form_add_entry (self->form, "phone", GTK_EDITABLE (self->phone_entry), self->phone_error);
  ov_form_add_flag (self->form, "roles", OV_STAFF_ROLE_INVESTIGATOR, self->investigator_check,
                    self->roles_error);
  ov_form_add_flag (self->form, "roles", OV_STAFF_ROLE_SUPERVISOR, self->supervisor_check, NULL);
  ov_form_add_flag (self->form, "roles", OV_STAFF_ROLE_MSVLO, self->msvlo_check, NULL);
  ov_form_add_flag (self->form, "roles", OV_STAFF_ROLE_SPOC, self->spoc_check, NULL);
  ov_form_add_check (self->form, "active", self->active_check, self->active_error);
  g_signal_connect_object (self->form, "notify::modified",
                           G_CALLBACK (on_form_modified), self, G_CONNECT_SWAPPED);
  ov_editing_page_set_form (OV_EDITING_PAGE (self), self->form, self->error_banner,
                            self->error_label);

  update_editor (self);
  update_count (self);
}

OvStore *
ov_staff_page_get_store (OvStaffPage *self)
{
  g_return_val_if_fail (OV_IS_STAFF_PAGE (self), NULL);
  return self->store;
}

/**
 * ov_staff_page_set_store:
 * @store: (nullable): the store whose staff register is shown
 */
void
ov_staff_page_set_store (OvStaffPage *self,
                         OvStore     *store)
{
  g_return_if_fail (OV_IS_STAFF_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed::staff", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);

  ov_form_set_record (self->form, NULL);
  update_editor (self);
  load_staff (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_staff_page_get_staff:
 *
 * Returns: (transfer none) (nullable): the person in the editor, with unsaved changes
 */
OvStaff *
ov_staff_page_get_staff (OvStaffPage *self)
{
  g_return_val_if_fail (OV_IS_STAFF_PAGE (self), NULL);
  return editing_staff (self);
}

gboolean
ov_staff_page_get_modified (OvStaffPage *self)
{
  g_return_val_if_fail (OV_IS_STAFF_PAGE (self), FALSE);
  return editing_staff (self) != NULL && ov_form_get_modified (self->form);
}

/**
 * ov_staff_page_save:
 *
 * Saves the person in the editor, showing what is wrong under its field.
 *
 * Returns: %TRUE if saved
 */
gboolean
ov_staff_page_save (OvStaffPage *self)
{
  g_return_val_if_fail (OV_IS_STAFF_PAGE (self), FALSE);

  return editing_staff (self) != NULL && self->store != NULL &&
         ov_editing_page_save (OV_EDITING_PAGE (self), NULL);
}

void
ov_staff_page_focus_search (OvStaffPage *self)
{
  g_return_if_fail (OV_IS_STAFF_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
