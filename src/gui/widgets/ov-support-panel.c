/* ov-support-panel.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who supports a victim: their MSVLO, victim navigator or single point of contact, the
 * lead among them, and everyone who supported them before.
 */

#define G_LOG_DOMAIN "ov-support-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-people-util.h"
#include "ov-summary-row.h"
#include "ov-support-dialog.h"
#include "ov-support-panel.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvSupportPanel
{
  GtkWidget   parent_instance;

  OvStore    *store;
  OvPerson   *person;
  GListStore *current;
  GListStore *history;

  GtkWidget  *no_lead_banner;
  GtkWidget  *error_banner;
  GtkLabel   *error_label;
  GtkListBox *current_list;
  GtkListBox *history_list;
};

G_DEFINE_FINAL_TYPE (OvSupportPanel, ov_support_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  OvVictimSupport *support = item;
  OvSummaryRow *row;
  g_autofree char *starts = ov_format_date (ov_victim_support_get_starts_on (support));
  g_autofree char *ends = ov_format_date (ov_victim_support_get_ends_on (support));
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;
  const char *organisation = ov_victim_support_get_provider_name (support);
  const char *role = ov_enum_get_label (OV_TYPE_SUPPORT_ROLE, ov_victim_support_get_role (support));

  row = ov_summary_row_new (ov_victim_support_get_display_name (support));
  ov_summary_row_add_badge (row, role, NULL);
  if (ov_victim_support_get_lead (support))
    ov_summary_row_add_badge (row, _("Lead contact"), "success-badge");

  if (ov_str_empty (ov_victim_support_get_ends_on (support)))
    /* Translators: %s is a date */
    period = g_strdup_printf (_("Since %s"), starts);
  else
    /* Translators: a period between two dates, e.g. "3 Jan 2026 to 9 Feb 2026" */
    period = g_strdup_printf (_("%s to %s"), starts, ends);

  if (ov_victim_support_get_staff_id (support) != 0)
    /* Translators: %s is a period, e.g. "Since 3 Jan 2026" */
    subtitle = g_strdup_printf (_("Police staff · %s"), period);
  else if (!ov_str_empty (organisation))
    /* Translators: an organisation and a period, e.g. "Unseen UK · Since 3 Jan 2026" */
    subtitle = g_strdup_printf (_("%s · %s"), organisation, period);
  else
    subtitle = g_strdup (period);
  ov_summary_row_set_subtitle (row, subtitle);

  return GTK_WIDGET (row);
}

static void
load (OvSupportPanel *self)
{
  g_autoptr(GPtrArray) supports = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  g_autoptr(GPtrArray) current = g_ptr_array_new ();
  g_autoptr(GPtrArray) history = g_ptr_array_new ();
  gboolean has_lead = FALSE;

  gtk_widget_set_visible (self->error_banner, FALSE);
  /* Opened read-only, the database is for consultation: no support is assigned. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "support.assign",
                                 self->store != NULL && !ov_store_is_read_only (self->store) &&
                                 self->person != NULL);

  if (self->store != NULL && self->person != NULL)
    {
      supports = ov_store_list_victim_support (self->store,
                                               ov_record_get_id (OV_RECORD (self->person)),
                                               &error);
      if (supports == NULL)
        {
          gtk_label_set_text (self->error_label, error->message);
          gtk_widget_set_visible (self->error_banner, TRUE);
        }
    }

  for (guint i = 0; supports != NULL && i < supports->len; i++)
    {
      OvVictimSupport *support = g_ptr_array_index (supports, i);

      if (ov_victim_support_is_current (support, today))
        {
          g_ptr_array_add (current, support);
          has_lead = has_lead || ov_victim_support_get_lead (support);
        }
      else
        g_ptr_array_add (history, support);
    }

  g_list_store_splice (self->current, 0, g_list_model_get_n_items (G_LIST_MODEL (self->current)),
                       current->pdata, current->len);
  g_list_store_splice (self->history, 0, g_list_model_get_n_items (G_LIST_MODEL (self->history)),
                       history->pdata, history->len);
  gtk_widget_set_visible (self->no_lead_banner, self->person != NULL && !has_lead);
}

static void
on_store_changed (OvSupportPanel *self,
                  const char     *entity,
                  gint64          id,
                  OvStore        *store)
{
  load (self);
}

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvSupportPanel *self = OV_SUPPORT_PANEL (widget);

  if (self->store == NULL || self->person == NULL)
    return;
  ov_present_dialog (widget, GTK_WINDOW (ov_support_dialog_new (self->store, self->person)));
}

static void
ov_support_panel_dispose (GObject *object)
{
  OvSupportPanel *self = OV_SUPPORT_PANEL (object);
  GtkWidget *child;

  ov_support_panel_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_SUPPORT_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->person);
  g_clear_object (&self->current);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (ov_support_panel_parent_class)->dispose (object);
}

static void
ov_support_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvSupportPanel *self = OV_SUPPORT_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_support_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvSupportPanel *self = OV_SUPPORT_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_support_panel_set_store (self, g_value_get_object (value));
      break;
    case PROP_PERSON:
      ov_support_panel_set_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_support_panel_class_init (OvSupportPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_support_panel_dispose;
  object_class->get_property = ov_support_panel_get_property;
  object_class->set_property = ov_support_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "support.assign", NULL, assign_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-support-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OvSupportPanel, no_lead_banner);
  gtk_widget_class_bind_template_child (widget_class, OvSupportPanel, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvSupportPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvSupportPanel, current_list);
  gtk_widget_class_bind_template_child (widget_class, OvSupportPanel, history_list);
}

static void
ov_support_panel_init (OvSupportPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->current = g_list_store_new (OV_TYPE_VICTIM_SUPPORT);
  self->history = g_list_store_new (OV_TYPE_VICTIM_SUPPORT);
  gtk_list_box_bind_model (self->current_list, G_LIST_MODEL (self->current), create_row,
                           NULL, NULL);
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history), create_row,
                           NULL, NULL);
  load (self);
}

/**
 * ov_support_panel_set_store:
 * @store: (nullable): the store the support records come from
 */
void
ov_support_panel_set_store (OvSupportPanel *self,
                            OvStore        *store)
{
  g_return_if_fail (OV_IS_SUPPORT_PANEL (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::victim-support", G_CALLBACK (on_store_changed),
                             self, G_CONNECT_SWAPPED);
  if (self->current != NULL)
    load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_support_panel_set_person:
 * @person: (nullable): the victim whose support is shown
 */
void
ov_support_panel_set_person (OvSupportPanel *self,
                             OvPerson       *person)
{
  gboolean same;

  g_return_if_fail (OV_IS_SUPPORT_PANEL (self));
  g_return_if_fail (person == NULL || OV_IS_PERSON (person));

  if (self->person == person)
    return;

  same = person != NULL && self->person != NULL &&
         ov_record_get_id (OV_RECORD (person)) == ov_record_get_id (OV_RECORD (self->person));
  g_set_object (&self->person, person);
  if (!same)
    load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}
