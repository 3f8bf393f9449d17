/* ov-setup-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first run: every change Oversight records names the person who made it, so nobody
 * reaches the main window before this account is linked to a staff record. An empty
 * database may first be filled with demonstration data.
 */

#define G_LOG_DOMAIN "ov-setup-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-demo.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-setup-dialog.h"
#include "ov-staff.h"
#include "ov-store.h"

struct _OvSetupDialog
{
  GtkWindow           parent_instance;

  OvStore            *store;
  OvForm             *form;
  GListStore         *supervisors;

  GtkStack           *stack;
  GtkButton          *continue_button;
  GtkCheckButton     *demo_check;
  GtkCheckButton     *empty_check;
  GtkLabel           *identify_intro;
  GtkCheckButton     *existing_check;
  GtkWidget          *existing_box;
  GtkListView        *supervisor_list;
  GtkSingleSelection *supervisor_selection;
  GtkCheckButton     *create_check;
  GtkEntry           *name_entry;
  GtkLabel           *name_error;
  GtkEntry           *collar_entry;
  GtkLabel           *collar_error;
  GtkDropDown        *rank_drop_down;
  GtkLabel           *rank_error;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (OvSetupDialog, ov_setup_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  LINKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (OvSetupDialog *self,
            const char    *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
hide_error (OvSetupDialog *self)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
}

static void
show_identify_page (OvSetupDialog *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  guint n_supervisors;

  g_list_store_remove_all (self->supervisors);
  staff = ov_store_list_staff (self->store, TRUE, &error);
  if (staff == NULL)
    show_error (self, error->message);
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      OvStaff *person = g_ptr_array_index (staff, i);

      if (ov_staff_has_role (person, OV_STAFF_ROLE_SUPERVISOR))
        g_list_store_append (self->supervisors, person);
    }

  n_supervisors = g_list_model_get_n_items (G_LIST_MODEL (self->supervisors));
  gtk_widget_set_visible (GTK_WIDGET (self->existing_check), n_supervisors > 0);
  gtk_widget_set_visible (self->existing_box, n_supervisors > 0);
  if (n_supervisors > 0)
    {
      gtk_label_set_text (self->identify_intro,
                          _("Oversight records every change under the name of the person "
                            "who made it. Choose your own record from the supervisors in "
                            "the staff register, or create it."));
      gtk_check_button_set_active (self->existing_check, TRUE);
    }
  else
    {
      gtk_label_set_text (self->identify_intro,
                          _("Oversight records every change under the name of the person "
                            "who made it. Create your staff record: you are recorded as a "
                            "supervisor, so that you may allocate cases."));
      gtk_check_button_set_active (self->create_check, TRUE);
    }

  gtk_button_set_label (self->continue_button, _("_Start"));
  gtk_stack_set_visible_child_name (self->stack, "identify");
}

static void
load_demo (OvSetupDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (gtk_check_button_get_active (self->demo_check) &&
      !ov_demo_load (self->store, &error))
    {
      show_error (self, error->message);
      return;
    }
  hide_error (self);
  show_identify_page (self);
}

static void
link_account (OvSetupDialog *self)
{
  g_autoptr(GError) error = NULL;
  OvStaff *staff;

  if (gtk_check_button_get_active (self->existing_check) &&
      gtk_widget_get_visible (GTK_WIDGET (self->existing_check)))
    {
      staff = gtk_single_selection_get_selected_item (self->supervisor_selection);
      if (staff == NULL)
        {
          show_error (self, _("Choose your record in the list, or create a new one."));
          return;
        }
    }
  else
    {
      if (!ov_form_validate (self->form))
        return;
      staff = OV_STAFF (ov_form_get_record (self->form));
    }

  if (!ov_store_link_account (self->store, staff, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[LINKED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Closures for the rows of ov-setup-dialog.ui */

static char *
rank_label (gpointer  this,
            OvStaff  *staff)
{
  if (staff == NULL)
    return NULL;
  /* Translators: a person's rank and collar number, e.g. "Detective Sergeant 4217" */
  return g_strdup_printf (_("%s %s"),
                          ov_enum_get_label (OV_TYPE_RANK, ov_staff_get_rank (staff)),
                          ov_staff_get_collar_number (staff));
}

/* Callbacks */

static void
on_continue_clicked (OvSetupDialog *self,
                     GtkButton     *button)
{
  hide_error (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "demo") == 0)
    load_demo (self);
  else
    link_account (self);
}

static void
on_supervisor_list_activate (OvSetupDialog *self,
                             guint          position,
                             GtkListView   *list_view)
{
  gtk_single_selection_set_selected (self->supervisor_selection, position);
  link_account (self);
}

/* Overrides */

static void
ov_setup_dialog_constructed (GObject *object)
{
  OvSetupDialog *self = OV_SETUP_DIALOG (object);

  G_OBJECT_CLASS (ov_setup_dialog_parent_class)->constructed (object);

  if (self->store == NULL)
    return;

  if (ov_store_is_empty (self->store))
    {
      gtk_button_set_label (self->continue_button, _("C_ontinue"));
      gtk_stack_set_visible_child_name (self->stack, "demo");
    }
  else
    show_identify_page (self);
}

static void
ov_setup_dialog_dispose (GObject *object)
{
  OvSetupDialog *self = OV_SETUP_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_SETUP_DIALOG);
  g_clear_object (&self->supervisors);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_setup_dialog_parent_class)->dispose (object);
}

static void
ov_setup_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OvSetupDialog *self = OV_SETUP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_setup_dialog_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OvSetupDialog *self = OV_SETUP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_setup_dialog_class_init (OvSetupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_setup_dialog_constructed;
  object_class->dispose = ov_setup_dialog_dispose;
  object_class->get_property = ov_setup_dialog_get_property;
  object_class->set_property = ov_setup_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvSetupDialog::linked:
   *
   * Emitted once the account is linked to a staff record, just before the dialog closes.
   */
  signals[LINKED] =
    g_signal_new ("linked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OV_TYPE_STAFF);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-setup-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, continue_button);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, demo_check);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, empty_check);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, identify_intro);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, existing_check);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, existing_box);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, supervisor_list);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, supervisor_selection);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, create_check);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, collar_entry);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, collar_error);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, rank_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, rank_error);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvSetupDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_continue_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_supervisor_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, rank_label);
}

static void
ov_setup_dialog_init (OvSetupDialog *self)
{
  g_autoptr(OvStaff) staff = ov_staff_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->supervisors = g_list_store_new (OV_TYPE_STAFF);
  gtk_single_selection_set_model (self->supervisor_selection, G_LIST_MODEL (self->supervisors));

  /* Whoever sets Oversight up supervises: only supervisors allocate and review. */
  ov_staff_set_roles (staff, OV_STAFF_ROLE_SUPERVISOR);
  ov_staff_set_rank (staff, OV_RANK_DS);

  self->form = ov_form_new ();
  ov_form_add_entry (self->form, "name", GTK_EDITABLE (self->name_entry), self->name_error);
  ov_form_add_entry (self->form, "collar-number", GTK_EDITABLE (self->collar_entry),
                     self->collar_error);
  ov_form_add_drop_down (self->form, "rank", OV_TYPE_RANK, self->rank_drop_down,
                         self->rank_error);
  ov_form_set_record (self->form, OV_RECORD (staff));
}

/**
 * ov_setup_dialog_new:
 * @store: the store whose account is to be linked
 *
 * Returns: (transfer none): a new dialog; it closes itself once the account is linked
 */
OvSetupDialog *
ov_setup_dialog_new (OvStore *store)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  return g_object_new (OV_TYPE_SETUP_DIALOG, "store", store, NULL);
}

OvStore *
ov_setup_dialog_get_store (OvSetupDialog *self)
{
  g_return_val_if_fail (OV_IS_SETUP_DIALOG (self), NULL);
  return self->store;
}
