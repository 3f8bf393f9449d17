/* ov-partner-picker.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the application names an agency: a drop-down of the partner register, with
 * "Other (type the name)" as the fallback for an agency that is not in it. Picking a
 * partner gives its id and clears any name typed, so a record stores a reference to the
 * partner, never a copy of its name.
 */

#define G_LOG_DOMAIN "ov-partner-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-partner-picker.h"
#include "ov-partners.h"
#include "ov-util.h"

struct _OvPartnerPicker
{
  GtkWidget    parent_instance;

  OvStore     *store;
  GArray      *ids;          /* the partner at each position but the last, "Other" */
  gint64       partner_id;
  char        *other_name;
  gboolean     other_chosen;
  gboolean     showing;      /* the widgets are being set from the properties */

  GtkDropDown *drop_down;
  GtkEntry    *other_entry;
};

G_DEFINE_FINAL_TYPE (OvPartnerPicker, ov_partner_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PARTNER_ID,
  PROP_OTHER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
other_position (OvPartnerPicker *self)
{
  return self->ids->len;
}

/* Shows the partner chosen, or "Other" with the name typed, or nothing yet. */
static void
show_choice (OvPartnerPicker *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  self->showing = TRUE;
  for (guint i = 0; self->partner_id > 0 && i < self->ids->len; i++)
    {
      if (g_array_index (self->ids, gint64, i) == self->partner_id)
        position = i;
    }
  if (position == GTK_INVALID_LIST_POSITION &&
      (self->other_chosen || !ov_str_empty (self->other_name)))
    position = other_position (self);
  gtk_drop_down_set_selected (self->drop_down, position);

  gtk_widget_set_visible (GTK_WIDGET (self->other_entry), position == other_position (self));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->other_entry)),
                 self->other_name != NULL ? self->other_name : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->other_entry),
                           self->other_name != NULL ? self->other_name : "");
  self->showing = FALSE;
}

static void
load_partners (OvPartnerPicker *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GError) error = NULL;

  g_array_set_size (self->ids, 0);
  if (self->store != NULL &&
      (partners = ov_store_list_partners (self->store, NULL, &error)) == NULL)
    g_warning ("The partner register could not be read: %s", error->message);

  for (guint i = 0; partners != NULL && i < partners->len; i++)
    {
      OvPartner *partner = g_ptr_array_index (partners, i);
      gint64 id = ov_record_get_id (OV_RECORD (partner));

      gtk_string_list_append (names, ov_partner_get_name (partner));
      g_array_append_val (self->ids, id);
    }
  gtk_string_list_append (names, _("Other (type the name)"));

  self->showing = TRUE;
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (names));
  self->showing = FALSE;
  show_choice (self);
}

static void
on_store_changed (OvPartnerPicker *self)
{
  load_partners (self);
}

static void
on_selected_changed (OvPartnerPicker *self)
{
  guint position = gtk_drop_down_get_selected (self->drop_down);

  if (self->showing || position == GTK_INVALID_LIST_POSITION)
    return;

  if (position == other_position (self))
    {
      self->other_chosen = TRUE;
      gtk_widget_set_visible (GTK_WIDGET (self->other_entry), TRUE);
      ov_partner_picker_set_partner_id (self, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->other_entry));
      return;
    }

  /* A partner from the register: a reference, and no typed name beside it. */
  self->other_chosen = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->other_entry), FALSE);
  ov_partner_picker_set_other_name (self, NULL);
  ov_partner_picker_set_partner_id (self, g_array_index (self->ids, gint64, position));
}

static void
on_other_changed (OvPartnerPicker *self)
{
  if (self->showing)
    return;
  ov_partner_picker_set_other_name (self, gtk_editable_get_text (GTK_EDITABLE (self->other_entry)));
}

/* Overrides */

static gboolean
ov_partner_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (OV_PARTNER_PICKER (widget)->drop_down));
}

static void
ov_partner_picker_dispose (GObject *object)
{
  OvPartnerPicker *self = OV_PARTNER_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_PARTNER_PICKER);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_partner_picker_parent_class)->dispose (object);
}

static void
ov_partner_picker_finalize (GObject *object)
{
  OvPartnerPicker *self = OV_PARTNER_PICKER (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_free (self->other_name);

  G_OBJECT_CLASS (ov_partner_picker_parent_class)->finalize (object);
}

static void
ov_partner_picker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvPartnerPicker *self = OV_PARTNER_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, self->partner_id);
      break;
    case PROP_OTHER_NAME:
      g_value_set_string (value, self->other_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_partner_picker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvPartnerPicker *self = OV_PARTNER_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_partner_picker_set_store (self, g_value_get_object (value));
      break;
    case PROP_PARTNER_ID:
      ov_partner_picker_set_partner_id (self, g_value_get_int64 (value));
      break;
    case PROP_OTHER_NAME:
      ov_partner_picker_set_other_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_partner_picker_class_init (OvPartnerPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_partner_picker_dispose;
  object_class->finalize = ov_partner_picker_finalize;
  object_class->get_property = ov_partner_picker_get_property;
  object_class->set_property = ov_partner_picker_set_property;

  widget_class->grab_focus = ov_partner_picker_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OTHER_NAME] =
    g_param_spec_string ("other-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-partner-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPartnerPicker, drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvPartnerPicker, other_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_other_changed);
}

static void
ov_partner_picker_init (OvPartnerPicker *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  load_partners (self);
}

/* Public API */

OvPartnerPicker *
ov_partner_picker_new (void)
{
  return g_object_new (OV_TYPE_PARTNER_PICKER, NULL);
}

OvStore *
ov_partner_picker_get_store (OvPartnerPicker *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_PICKER (self), NULL);
  return self->store;
}

/**
 * ov_partner_picker_set_store:
 * @store: (nullable): the store whose partner register is offered
 */
void
ov_partner_picker_set_store (OvPartnerPicker *self,
                             OvStore         *store)
{
  g_return_if_fail (OV_IS_PARTNER_PICKER (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed::partner", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  load_partners (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_partner_picker_get_partner_id:
 *
 * Returns: the partner chosen from the register, or 0 for none or "Other"
 */
gint64
ov_partner_picker_get_partner_id (OvPartnerPicker *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_PICKER (self), 0);
  return self->partner_id;
}

void
ov_partner_picker_set_partner_id (OvPartnerPicker *self,
                                  gint64           partner_id)
{
  g_return_if_fail (OV_IS_PARTNER_PICKER (self));

  if (self->partner_id == partner_id)
    return;
  self->partner_id = partner_id;
  if (partner_id > 0)
    self->other_chosen = FALSE;
  show_choice (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

/**
 * ov_partner_picker_get_other_name:
 *
 * Returns: (nullable): the name typed for an agency that is not in the register
 */
const char *
ov_partner_picker_get_other_name (OvPartnerPicker *self)
{
  g_return_val_if_fail (OV_IS_PARTNER_PICKER (self), NULL);
  return self->other_name;
}

void
ov_partner_picker_set_other_name (OvPartnerPicker *self,
                                  const char      *other_name)
{
  g_return_if_fail (OV_IS_PARTNER_PICKER (self));

  if (!ov_set_str (&self->other_name, other_name))
    return;
  if (!self->showing)
    show_choice (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER_NAME]);
}

/**
 * ov_partner_picker_select_name:
 * @name: a partner's name, as the register has it
 *
 * Chooses the partner called @name, as picking it from the drop-down would.
 *
 * Returns: %TRUE if the register has a partner called @name
 */
gboolean
ov_partner_picker_select_name (OvPartnerPicker *self,
                               const char      *name)
{
  GListModel *names;

  g_return_val_if_fail (OV_IS_PARTNER_PICKER (self), FALSE);

  names = gtk_drop_down_get_model (self->drop_down);
  for (guint i = 0; i < self->ids->len; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (names, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), name) == 0)
        {
          gtk_drop_down_set_selected (self->drop_down, i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ov_partner_picker_choose_other:
 *
 * Chooses "Other (type the name)", as picking it from the drop-down would.
 */
void
ov_partner_picker_choose_other (OvPartnerPicker *self)
{
  g_return_if_fail (OV_IS_PARTNER_PICKER (self));

  gtk_drop_down_set_selected (self->drop_down, other_position (self));
}
