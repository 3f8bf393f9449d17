/* ov-partners-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partner register: the agencies the force works with, searched and sorted, and an
 * editor for one partner at a time with its information-sharing agreement, its last
 * engagement and its named contacts. A partner still named by a referral, victim support
 * or a reception plan cannot be deleted; the store says so and the page shows it.
 */

#define G_LOG_DOMAIN "ov-partners-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-contact-row.h"
#include "ov-dialogs.h"
#include "ov-editing-page.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-partners.h"
#include "ov-partners-page.h"
#include "ov-util.h"

struct _OvPartnersPage
{
  GtkWidget            parent_instance;

  OvStore             *store;
  OvForm              *form;
  GListStore          *partners;
  GListStore          *contacts;       /* of the partner in the editor, as edited */
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
  GtkDropDown         *type_drop_down;
  GtkLabel            *type_error;
  GtkDropDown         *sharing_drop_down;
  GtkLabel            *sharing_error;
  GtkEntry            *sharing_review_entry;
  GtkLabel            *sharing_review_error;
  GtkEntry            *last_engaged_entry;
  GtkLabel            *last_engaged_error;
  GtkEntry            *last_engagement_entry;
  GtkLabel            *last_engagement_error;
  GtkTextView         *notes_view;
  GtkLabel            *notes_error;
  GtkListBox          *contacts_box;
};

static void ov_partners_page_editing_page_init (OvEditingPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvPartnersPage, ov_partners_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (OV_TYPE_EDITING_PAGE,
                                                      ov_partners_page_editing_page_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OvPartner *
editing_partner (OvPartnersPage *self)
{
  return OV_PARTNER (ov_form_get_record (self->form));
}

static gint64
editing_id (OvPartnersPage *self)
{
  OvPartner *partner = editing_partner (self);

  return partner != NULL ? ov_record_get_id (OV_RECORD (partner)) : 0;
}

static void
update_editor (OvPartnersPage *self)
{
  OvPartner *partner = editing_partner (self);
  gboolean stored = partner != NULL && ov_record_get_id (OV_RECORD (partner)) != 0;
  /* Opened read-only, the register is for consultation. */
  gboolean writable = self->store == NULL || !ov_store_is_read_only (self->store);

  gtk_stack_set_visible_child_name (self->editor_stack, partner != NULL ? "editor" : "none");
  if (partner == NULL)
    gtk_label_set_text (self->editor_title, "");
  else if (!stored)
    gtk_label_set_text (self->editor_title, _("New Partner"));
  else
    gtk_label_set_text (self->editor_title, ov_partner_get_name (partner));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.save",
                                 writable && partner != NULL &&
                                 (!stored || ov_form_get_modified (self->form)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.delete", writable && stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.add-contact",
                                 writable && partner != NULL);
}

static void
update_count (OvPartnersPage *self)
{
  g_autofree char *count = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->partners));

  count = g_strdup_printf (ngettext ("%u partner", "%u partners", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
show_store_error (OvPartnersPage *self,
                  const GError   *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static guint
find_position (OvPartnersPage *self,
               gint64          id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(OvPartner) partner = g_list_model_get_item (model, i);

      if (ov_record_get_id (OV_RECORD (partner)) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Puts the selection back on the partner in the editor, without loading anything. */
static void
select_editing (OvPartnersPage *self)
{
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, find_position (self, editing_id (self)));
  self->restoring_selection = FALSE;
}

static void
on_contact_changed (OvPartnersPage *self)
{
  ov_form_set_modified (self->form, TRUE);
}

static void
on_contact_remove (OvPartnersPage *self,
                   OvContactRow   *row)
{
  guint position;

  if (g_list_store_find (self->contacts, ov_contact_row_get_contact (row), &position))
    g_list_store_remove (self->contacts, position);
  ov_form_set_modified (self->form, TRUE);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  OvPartnersPage *self = user_data;
  OvContactRow *row = ov_contact_row_new (OV_PARTNER_CONTACT (item));

  g_signal_connect_object (item, "notify", G_CALLBACK (on_contact_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_contact_remove), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static void
edit_partner (OvPartnersPage *self,
              OvPartner      *partner,
              GPtrArray      *contacts)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
  g_list_store_remove_all (self->contacts);
  if (contacts != NULL)
    g_list_store_splice (self->contacts, 0, 0, contacts->pdata, contacts->len);
  ov_form_set_record (self->form, OV_RECORD (partner));
  update_editor (self);
  select_editing (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
edit_stored (OvPartnersPage *self,
             gint64          id)
{
  g_autoptr(OvPartner) partner = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;

  partner = ov_store_load (self->store, OV_TYPE_PARTNER, id, &error);
  if (partner != NULL)
    contacts = ov_store_list_partner_contacts (self->store, id, &error);
  if (partner == NULL || contacts == NULL)
    {
      show_store_error (self, error);
      select_editing (self);
      return;
    }
  edit_partner (self, partner, contacts);
}

static void
edit_new (OvPartnersPage *self)
{
  g_autoptr(OvPartner) partner = ov_partner_new ();

  edit_partner (self, partner, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
load_partners (OvPartnersPage *self)
{
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GError) error = NULL;

  self->restoring_selection = TRUE;
  if (self->store == NULL)
    g_list_store_remove_all (self->partners);
  else if ((partners = ov_store_list_partners (self->store,
                                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                               &error)) == NULL)
    show_store_error (self, error);
  else
    g_list_store_splice (self->partners, 0,
                         g_list_model_get_n_items (G_LIST_MODEL (self->partners)),
                         partners->pdata, partners->len);
  self->restoring_selection = FALSE;

  select_editing (self);
  update_count (self);
}

static void
on_store_changed (OvPartnersPage *self)
{
  load_partners (self);
}

static void
on_form_modified (OvPartnersPage *self)
{
  update_editor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* What to do once unsaved changes to the partner shown are saved or left */

static void
on_leave_for_selection (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (source);
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
  OvPartnersPage *self = OV_PARTNERS_PAGE (source);

  if (ov_editing_page_confirm_leave_finish (OV_EDITING_PAGE (self), result, NULL))
    edit_new (self);
}

static void
on_delete_confirmed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OvPartnersPage) self = user_data;
  g_autoptr(GError) error = NULL;
  OvPartner *partner = editing_partner (self);

  if (!ov_dialogs_confirm_finish (result, NULL) || partner == NULL)
    return;

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (!ov_store_delete_partner (self->store, partner, &error))
    {
      show_store_error (self, error);
      return;
    }
  g_list_store_remove_all (self->contacts);
  ov_form_set_record (self->form, NULL);
  update_editor (self);
  load_partners (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Callbacks */

static void
on_selection_changed (OvPartnersPage     *self,
                      guint               position,
                      guint               n_items,
                      GtkSelectionModel  *selection)
{
  OvPartner *selected;
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
on_search_changed (OvPartnersPage *self,
                   GtkSearchEntry *entry)
{
  load_partners (self);
}

static void
on_stop_search (OvPartnersPage *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Closures for ov-partners-page.ui */

static char *
type_label (gpointer      this,
            OvPartnerType type)
{
  return g_strdup (ov_enum_get_label (OV_TYPE_PARTNER_TYPE, type));
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
  ov_partners_page_save (OV_PARTNERS_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (widget);
  OvPartner *partner = editing_partner (self);
  g_autofree char *heading = NULL;

  if (partner == NULL || ov_record_get_id (OV_RECORD (partner)) == 0)
    return;

  /* Translators: %s is the name of a partner agency */
  heading = g_strdup_printf (_("Delete %s?"), ov_partner_get_name (partner));
  ov_dialogs_confirm (widget, heading,
                      _("The partner and its contacts leave the register. A partner still "
                        "named by a referral, victim support or a reception plan is kept."),
                      _("_Delete"), TRUE, NULL, on_delete_confirmed, g_object_ref (self));
}

static void
add_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (widget);
  g_autoptr(OvPartnerContact) contact = ov_partner_contact_new ();
  GtkListBoxRow *row;

  if (editing_partner (self) == NULL)
    return;
  g_list_store_append (self->contacts, contact);
  ov_form_set_modified (self->form, TRUE);
  row = gtk_list_box_get_row_at_index (self->contacts_box,
                                       (int) g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) - 1);
  if (row != NULL)
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

/* Shows the partner @id, as a finding about it asks; 0 just shows the page. */
static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (id <= 0 || id == editing_id (self))
    return;
  /* The partner may be hidden by a search. */
  if (find_position (self, id) == GTK_INVALID_LIST_POSITION)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ov_editing_page_confirm_leave (OV_EDITING_PAGE (self), NULL, on_leave_for_selection,
                                 g_memdup2 (&id, sizeof id));
}

/* OvEditingPage */

static gboolean
ov_partners_page_write_record (OvEditingPage  *page,
                               OvRecord       *record,
                               GError        **error)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (page);
  g_autoptr(GPtrArray) contacts = ov_list_model_dup_items (G_LIST_MODEL (self->contacts));

  return ov_store_save_partner (self->store, OV_PARTNER (record), contacts, error);
}

static void
ov_partners_page_editing_page_init (OvEditingPageInterface *iface)
{
  iface->new_record_title = N_("Save the New Partner?");
  iface->write_record = ov_partners_page_write_record;
}

/* Overrides */

static void
ov_partners_page_dispose (GObject *object)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (object);
  GtkWidget *child;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_PARTNERS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->partners);
  g_clear_object (&self->contacts);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_partners_page_parent_class)->dispose (object);
}

static void
ov_partners_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_partners_page_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_partners_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvPartnersPage *self = OV_PARTNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_partners_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ov_partners_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (OV_PARTNERS_PAGE (widget)->column_view));
}

static void
ov_partners_page_class_init (OvPartnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_partners_page_dispose;
  object_class->get_property = ov_partners_page_get_property;
  object_class->set_property = ov_partners_page_set_property;

  widget_class->grab_focus = ov_partners_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "partners.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "partners.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "partners.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "partners.add-contact", NULL,
                                   add_contact_action);
  gtk_widget_class_install_action (widget_class, "partners.select", "x", select_action);

  g_type_ensure (OV_TYPE_PARTNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-partners-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, name_error);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, type_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, type_error);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, sharing_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, sharing_error);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, sharing_review_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, sharing_review_error);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, last_engaged_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, last_engaged_error);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, last_engagement_entry);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, last_engagement_error);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, notes_error);
  gtk_widget_class_bind_template_child (widget_class, OvPartnersPage, contacts_box);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, type_label);
  gtk_widget_class_bind_template_callback (widget_class, date_label);
}

static void
ov_partners_page_init (OvPartnersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->partners = g_list_store_new (OV_TYPE_PARTNER);
  self->contacts = g_list_store_new (OV_TYPE_PARTNER_CONTACT);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->partners));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  gtk_list_box_bind_model (self->contacts_box, G_LIST_MODEL (self->contacts),
                           create_contact_row, self, NULL);

  self->form = ov_form_new ();
  ov_form_add_entry (self->form, "name", GTK_EDITABLE (self->name_entry), self->name_error);
  ov_form_add_drop_down (self->form, "partner-type", OV_TYPE_PARTNER_TYPE, self->type_drop_down,
                         self->type_error);
  ov_form_add_drop_down (self->form, "sharing-agreement", OV_TYPE_SHARING_AGREEMENT,
                         self->sharing_drop_down, self->sharing_error);
  ov_form_add_entry (self->form, "sharing-review-on", GTK_EDITABLE (self->sharing_review_entry),
                     self->sharing_review_error);
  ov_form_add_entry (self->form, "last-engaged-on", GTK_EDITABLE (self->last_engaged_entry),
                     self->last_engaged_error);
  ov_form_add_entry (self->form, "last-engagement", GTK_EDITABLE (self->last_engagement_entry),
                     self->last_engagement_error);
  ov_form_add_text_view (self->form, "notes", self->notes_view, self->notes_error);
  g_signal_connect_object (self->form, "notify::modified",
                           G_CALLBACK (on_form_modified), self, G_CONNECT_SWAPPED);
  ov_editing_page_set_form (OV_EDITING_PAGE (self), self->form, self->error_banner,
                            self->error_label);

  update_editor (self);
  update_count (self);
}

/* Public API */

OvStore *
ov_partners_page_get_store (OvPartnersPage *self)
{
  g_return_val_if_fail (OV_IS_PARTNERS_PAGE (self), NULL);
  return self->store;
}

/**
 * ov_partners_page_set_store:
 * @store: (nullable): the store whose partner register is shown
 */
void
ov_partners_page_set_store (OvPartnersPage *self,
                            OvStore        *store)
{
  g_return_if_fail (OV_IS_PARTNERS_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed::partner", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);

  g_list_store_remove_all (self->contacts);
  ov_form_set_record (self->form, NULL);
  update_editor (self);
  load_partners (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_partners_page_get_partner:
 *
 * Returns: (transfer none) (nullable): the partner in the editor, with unsaved changes
 */
OvPartner *
ov_partners_page_get_partner (OvPartnersPage *self)
{
  g_return_val_if_fail (OV_IS_PARTNERS_PAGE (self), NULL);
  return editing_partner (self);
}

/**
 * ov_partners_page_get_contacts:
 *
 * Returns: (transfer none): the contacts of the partner in the editor, as edited
 */
GListModel *
ov_partners_page_get_contacts (OvPartnersPage *self)
{
  g_return_val_if_fail (OV_IS_PARTNERS_PAGE (self), NULL);
  return G_LIST_MODEL (self->contacts);
}

gboolean
ov_partners_page_get_modified (OvPartnersPage *self)
{
  g_return_val_if_fail (OV_IS_PARTNERS_PAGE (self), FALSE);
  return editing_partner (self) != NULL && ov_form_get_modified (self->form);
}

/**
 * ov_partners_page_save:
 *
 * Saves the partner in the editor with its contacts, showing what is wrong under its
 * field, or above the form for a contact.
 *
 * Returns: %TRUE if saved
 */
gboolean
ov_partners_page_save (OvPartnersPage *self)
{
  g_return_val_if_fail (OV_IS_PARTNERS_PAGE (self), FALSE);

  return editing_partner (self) != NULL && self->store != NULL &&
         ov_editing_page_save (OV_EDITING_PAGE (self), NULL);
}

void
ov_partners_page_focus_search (OvPartnersPage *self)
{
  g_return_if_fail (OV_IS_PARTNERS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
