/* ov-allocation-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Allocating someone to a case. The PIP2 rule is core's: this dialog asks the store, and
 * when the store refuses someone below PIP2 it shows the refusal and lets the supervisor
 * go ahead only by writing a rationale.
 */

#define G_LOG_DOMAIN "ov-allocation-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ov-allocation.h"
#include "ov-allocation-dialog.h"
#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-staff.h"
#include "ov-store.h"
#include "ov-util.h"

struct _OvAllocationDialog
{
  GtkWindow           parent_instance;

  OvStore            *store;
  OvCase             *the_case;
  GListStore         *staff;
  GtkCustomFilter    *filter;
  gboolean            refused;

  GtkButton          *allocate_button;
  GtkLabel           *case_label;
  GtkDropDown        *role_drop_down;
  GtkSearchEntry     *search_entry;
  GtkListView        *staff_list;
  GtkSingleSelection *staff_selection;
  GtkFilterListModel *staff_filter_model;
  GtkWidget          *refusal_banner;
  GtkLabel           *refusal_label;
  GtkWidget          *rationale_box;
  GtkTextView        *rationale_view;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (OvAllocationDialog, ov_allocation_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OvStaff *
selected_staff (OvAllocationDialog *self)
{
  return gtk_single_selection_get_selected_item (self->staff_selection);
}

static OvAllocationRole
selected_role (OvAllocationDialog *self)
{
  guint position = gtk_drop_down_get_selected (self->role_drop_down);

  if (position == GTK_INVALID_LIST_POSITION)
    return OV_ALLOCATION_ROLE_OFFICER_IN_CASE;
  return ov_enum_from_position (OV_TYPE_ALLOCATION_ROLE, position);
}

static char *
rationale_text (OvAllocationDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->rationale_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_allocate_button (OvAllocationDialog *self)
{
  gboolean can_allocate = selected_staff (self) != NULL;

  if (self->refused)
    {
      g_autofree char *rationale = rationale_text (self);

      can_allocate = can_allocate && !ov_str_empty (rationale);
      gtk_button_set_label (self->allocate_button, _("Allocate With _Rationale"));
    }
  else
    gtk_button_set_label (self->allocate_button, _("_Allocate"));

  gtk_widget_set_sensitive (GTK_WIDGET (self->allocate_button), can_allocate);
}

/* A new choice of person or role starts again: an earlier refusal was about that choice. */
static void
reset_refusal (OvAllocationDialog *self)
{
  self->refused = FALSE;
  gtk_widget_set_visible (self->refusal_banner, FALSE);
  gtk_widget_set_visible (self->rationale_box, FALSE);
  gtk_widget_set_visible (self->error_banner, FALSE);
  update_allocate_button (self);
}

static void
show_error (OvAllocationDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
load_staff (OvAllocationDialog *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_remove_all (self->staff);
  if (self->store == NULL)
    return;

  staff = ov_store_list_staff (self->store, TRUE, &error);
  if (staff == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_list_store_splice (self->staff, 0, 0, staff->pdata, staff->len);
}

static void
update_title (OvAllocationDialog *self)
{
  g_autofree char *text = NULL;

  if (self->the_case == NULL)
    return;

  /* Translators: %s is a case reference */
  text = g_strdup_printf (_("Choose who to allocate to case %s, and in which role."),
                          ov_case_get_reference (self->the_case));
  gtk_label_set_text (self->case_label, text);
}

static gboolean
match_staff (gpointer item,
             gpointer user_data)
{
  OvAllocationDialog *self = user_data;

  return ov_staff_matches (OV_STAFF (item),
                           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Closures for the rows of ov-allocation-dialog.ui */

static char *
rank_label (gpointer  this,
            OvStaff  *staff)
{
  if (staff == NULL)
    return NULL;
  /* Translators: a person's rank and collar number, e.g. "Detective Constable 5120" */
  return g_strdup_printf (_("%s %s"),
                          ov_enum_get_label (OV_TYPE_RANK, ov_staff_get_rank (staff)),
                          ov_staff_get_collar_number (staff));
}

static char *
pip_label (gpointer  this,
           OvStaff  *staff)
{
  return staff != NULL ? ov_staff_describe_pip (staff) : NULL;
}

static gboolean
meets_rule (gpointer  this,
            OvStaff  *staff)
{
  return staff != NULL && ov_staff_is_pip2_accredited (staff);
}

static gboolean
below_rule (gpointer  this,
            OvStaff  *staff)
{
  return staff != NULL && !ov_staff_is_pip2_accredited (staff);
}

static char *
meets_rule_label (gpointer  this,
                  OvStaff  *staff)
{
  return g_strdup (_("Meets the PIP2 rule"));
}

static char *
below_rule_label (gpointer  this,
                  OvStaff  *staff)
{
  return g_strdup (_("Below PIP2"));
}

/* Callbacks */

static void
on_search_changed (OvAllocationDialog *self,
                   GtkSearchEntry     *entry)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_choice_changed (OvAllocationDialog *self)
{
  reset_refusal (self);
}

static void
on_rationale_changed (OvAllocationDialog *self,
                      GtkTextBuffer      *buffer)
{
  update_allocate_button (self);
}

static void
on_staff_list_activate (OvAllocationDialog *self,
                        guint               position,
                        GtkListView        *list_view)
{
  gtk_single_selection_set_selected (self->staff_selection, position);
  gtk_widget_activate (GTK_WIDGET (self->allocate_button));
}

static void
on_allocate_clicked (OvAllocationDialog *self,
                     GtkButton          *button)
{
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rationale = NULL;
  OvStaff *staff = selected_staff (self);

  if (staff == NULL || self->store == NULL || self->the_case == NULL)
    return;

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (self->refused)
    rationale = rationale_text (self);

  allocation = ov_store_allocate (self->store,
                                  ov_record_get_id (OV_RECORD (self->the_case)),
                                  ov_record_get_id (OV_RECORD (staff)),
                                  selected_role (self),
                                  rationale,
                                  &error);
  if (allocation != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (g_error_matches (error, OV_STORE_ERROR, OV_STORE_ERROR_PIP2_RULE))
    {
      self->refused = TRUE;
      gtk_label_set_text (self->refusal_label, error->message);
      gtk_widget_set_visible (self->refusal_banner, TRUE);
      gtk_widget_set_visible (self->rationale_box, TRUE);
      update_allocate_button (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->rationale_view));
      return;
    }

  show_error (self, error->message);
}

/* Overrides */

static void
ov_allocation_dialog_constructed (GObject *object)
{
  OvAllocationDialog *self = OV_ALLOCATION_DIALOG (object);

  G_OBJECT_CLASS (ov_allocation_dialog_parent_class)->constructed (object);

  load_staff (self);
  update_title (self);
  reset_refusal (self);
}

static void
ov_allocation_dialog_dispose (GObject *object)
{
  OvAllocationDialog *self = OV_ALLOCATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ALLOCATION_DIALOG);
  g_clear_object (&self->filter);
  g_clear_object (&self->staff);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_allocation_dialog_parent_class)->dispose (object);
}

static void
ov_allocation_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OvAllocationDialog *self = OV_ALLOCATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE:
      g_value_set_object (value, self->the_case);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_allocation_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OvAllocationDialog *self = OV_ALLOCATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CASE:
      self->the_case = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_allocation_dialog_class_init (OvAllocationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_allocation_dialog_constructed;
  object_class->dispose = ov_allocation_dialog_dispose;
  object_class->get_property = ov_allocation_dialog_get_property;
  object_class->set_property = ov_allocation_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OV_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OV_TYPE_STAFF);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-allocation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, allocate_button);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, case_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, role_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, staff_list);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, staff_selection);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, staff_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, refusal_banner);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, refusal_label);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, rationale_box);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvAllocationDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_staff_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_allocate_clicked);
  gtk_widget_class_bind_template_callback (widget_class, rank_label);
  gtk_widget_class_bind_template_callback (widget_class, pip_label);
  gtk_widget_class_bind_template_callback (widget_class, meets_rule);
  gtk_widget_class_bind_template_callback (widget_class, below_rule);
  gtk_widget_class_bind_template_callback (widget_class, meets_rule_label);
  gtk_widget_class_bind_template_callback (widget_class, below_rule_label);
}

static void
ov_allocation_dialog_init (OvAllocationDialog *self)
{
  g_autoptr(GListModel) roles = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  roles = ov_enum_list_new (OV_TYPE_ALLOCATION_ROLE);
  gtk_drop_down_set_model (self->role_drop_down, roles);

  self->staff = g_list_store_new (OV_TYPE_STAFF);
  self->filter = gtk_custom_filter_new (match_staff, self, NULL);
  gtk_filter_list_model_set_model (self->staff_filter_model, G_LIST_MODEL (self->staff));
  gtk_filter_list_model_set_filter (self->staff_filter_model, GTK_FILTER (self->filter));

  g_signal_connect_object (gtk_text_view_get_buffer (self->rationale_view), "changed",
                           G_CALLBACK (on_rationale_changed), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->staff_list));
}

/**
 * ov_allocation_dialog_new:
 * @store: the store to allocate in
 * @the_case: a saved case
 *
 * Returns: (transfer none): a new dialog; it closes itself once the allocation is made
 */
OvAllocationDialog *
ov_allocation_dialog_new (OvStore *store,
                          OvCase  *the_case)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_CASE (the_case), NULL);

  return g_object_new (OV_TYPE_ALLOCATION_DIALOG,
                       "store", store,
                       "case", the_case,
                       NULL);
}

OvStore *
ov_allocation_dialog_get_store (OvAllocationDialog *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION_DIALOG (self), NULL);
  return self->store;
}

OvCase *
ov_allocation_dialog_get_case (OvAllocationDialog *self)
{
  g_return_val_if_fail (OV_IS_ALLOCATION_DIALOG (self), NULL);
  return self->the_case;
}
