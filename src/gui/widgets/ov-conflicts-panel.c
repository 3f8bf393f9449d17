/* ov-conflicts-panel.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The unresolved conflicts left by imported bundles: on the dashboard every one, on a
 * case page those of the case, each naming the record in conflict. Activating one (or
 * its Resolve… button) opens the conflict dialog. Hidden while there are none; listed
 * again after the store changes, a moment later, so an import of many records costs one
 * look.
 */

#define G_LOG_DOMAIN "ov-conflicts-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-conflict-dialog.h"
#include "ov-conflicts-panel.h"
#include "ov-exchange.h"
#include "ov-gui-util.h"

#define REFRESH_DELAY_MS 100

struct _OvConflictsPanel
{
  GtkWidget   parent_instance;

  OvStore    *store;
  gint64      case_id;
  GListModel *conflicts;
  guint       refresh_source;

  GtkLabel   *heading_label;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (OvConflictsPanel, ov_conflicts_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define POSITION_KEY "ov-position"

static void
on_resolve_clicked (OvConflictsPanel *self,
                    GtkButton        *button)
{
  ov_conflicts_panel_open (self,
                           GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button),
                                                                POSITION_KEY)));
}

static GtkWidget *
create_row (OvConflictsPanel *self,
            OvConflict       *conflict,
            guint             position)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label;
  GtkWidget *button;
  g_autofree char *text = NULL;
  const char *description = ov_conflict_get_description (conflict);

  if (self->case_id > 0)
    /* Translators: a record in conflict on its case page: the record, the kind of record
     * (a plural, as in the import summary) and who made the bundle, e.g. "“Ana Popescu”
     * (People): changed here and in the bundle from Amir Khan" */
    text = g_strdup_printf (_("“%s” (%s): changed here and in the bundle from %s"),
                            description != NULL ? description : "",
                            ov_conflict_get_kind_label (conflict),
                            ov_conflict_get_bundle_creator (conflict));
  else
    /* Translators: a record in conflict on the dashboard: the case, the record, the kind
     * of record (a plural) and who made the bundle, e.g. "MSHT/2026/0001 — “Ana Popescu”
     * (People): changed here and in the bundle from Amir Khan" */
    text = g_strdup_printf (_("%s — “%s” (%s): changed here and in the bundle from %s"),
                            ov_conflict_get_case_reference (conflict),
                            description != NULL ? description : "",
                            ov_conflict_get_kind_label (conflict),
                            ov_conflict_get_bundle_creator (conflict));

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* As wide as its text where there is room, not wrapped early to a narrow column. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_box_append (GTK_BOX (box), label);

  /* The button, not the wrapping label, takes the room left: a label made wider than its
   * text would measure a line taller than it draws. */
  button = gtk_button_new_with_mnemonic (_("_Resolve…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_tooltip_text (button, _("Compare the two versions and choose, field by field"));
  g_object_set_data (G_OBJECT (button), POSITION_KEY, GUINT_TO_POINTER (position));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_resolve_clicked), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), button);

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
show_conflicts (OvConflictsPanel *self)
{
  GtkWidget *child;
  guint n = self->conflicts != NULL ? g_list_model_get_n_items (self->conflicts) : 0;
  g_autofree char *heading = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvConflict) conflict = g_list_model_get_item (self->conflicts, i);

      gtk_list_box_append (self->list_box, create_row (self, conflict, i));
    }

  if (self->case_id > 0)
    /* Translators: on a case page */
    heading = g_strdup_printf (ngettext ("%u record of this case was changed both here and "
                                         "in an imported bundle: it keeps this database’s "
                                         "version until you resolve the conflict.",
                                         "%u records of this case were changed both here and "
                                         "in an imported bundle: they keep this database’s "
                                         "version until you resolve the conflicts.", n), n);
  else
    /* Translators: on the dashboard */
    heading = g_strdup_printf (ngettext ("%u conflict from an imported bundle to resolve",
                                         "%u conflicts from imported bundles to resolve", n),
                               n);
  gtk_label_set_text (self->heading_label, heading);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

static gboolean
on_refresh_timeout (gpointer user_data)
{
  OvConflictsPanel *self = user_data;

  self->refresh_source = 0;
  ov_conflicts_panel_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (OvConflictsPanel *self,
                  const char       *entity,
                  gint64            id,
                  OvStore          *store)
{
  if (self->refresh_source != 0)
    return;
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, on_refresh_timeout, self);
  g_source_set_name_by_id (self->refresh_source, "[oversight] conflicts refresh");
}

static void
on_row_activated (OvConflictsPanel *self,
                  GtkListBoxRow    *row,
                  GtkListBox       *list_box)
{
  ov_conflicts_panel_open (self, gtk_list_box_row_get_index (row));
}

/* Overrides */

static void
ov_conflicts_panel_dispose (GObject *object)
{
  OvConflictsPanel *self = OV_CONFLICTS_PANEL (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_CONFLICTS_PANEL);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->conflicts);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_conflicts_panel_parent_class)->dispose (object);
}

static void
ov_conflicts_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvConflictsPanel *self = OV_CONFLICTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_conflicts_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvConflictsPanel *self = OV_CONFLICTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_conflicts_panel_set_store (self, g_value_get_object (value));
      break;
    case PROP_CASE_ID:
      ov_conflicts_panel_set_case_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_conflicts_panel_class_init (OvConflictsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_conflicts_panel_dispose;
  object_class->get_property = ov_conflicts_panel_get_property;
  object_class->set_property = ov_conflicts_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                        -1, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-conflicts-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OvConflictsPanel, heading_label);
  gtk_widget_class_bind_template_child (widget_class, OvConflictsPanel, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
ov_conflicts_panel_init (OvConflictsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OvStore *
ov_conflicts_panel_get_store (OvConflictsPanel *self)
{
  g_return_val_if_fail (OV_IS_CONFLICTS_PANEL (self), NULL);
  return self->store;
}

/**
 * ov_conflicts_panel_set_store:
 * @store: (nullable): the store whose conflicts are listed
 */
void
ov_conflicts_panel_set_store (OvConflictsPanel *self,
                              OvStore          *store)
{
  g_return_if_fail (OV_IS_CONFLICTS_PANEL (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  ov_conflicts_panel_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
ov_conflicts_panel_get_case_id (OvConflictsPanel *self)
{
  g_return_val_if_fail (OV_IS_CONFLICTS_PANEL (self), 0);
  return self->case_id;
}

/**
 * ov_conflicts_panel_set_case_id:
 * @case_id: the case whose conflicts to list, 0 for every case, or -1 for none (a case
 *   not yet saved)
 */
void
ov_conflicts_panel_set_case_id (OvConflictsPanel *self,
                                gint64            case_id)
{
  g_return_if_fail (OV_IS_CONFLICTS_PANEL (self));

  if (self->case_id == case_id)
    return;
  self->case_id = case_id;
  ov_conflicts_panel_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

/**
 * ov_conflicts_panel_get_conflicts:
 *
 * Returns: (transfer none) (nullable): the conflicts listed, as #OvConflict
 */
GListModel *
ov_conflicts_panel_get_conflicts (OvConflictsPanel *self)
{
  g_return_val_if_fail (OV_IS_CONFLICTS_PANEL (self), NULL);
  return self->conflicts;
}

/**
 * ov_conflicts_panel_open:
 * @position: a conflict listed
 *
 * Opens the conflict dialog for the conflict at @position, as activating its row does.
 */
void
ov_conflicts_panel_open (OvConflictsPanel *self,
                         guint             position)
{
  g_autoptr(OvConflict) conflict = NULL;

  g_return_if_fail (OV_IS_CONFLICTS_PANEL (self));

  if (self->conflicts == NULL || self->store == NULL)
    return;
  conflict = g_list_model_get_item (self->conflicts, position);
  if (conflict == NULL)
    return;
  ov_present_dialog (GTK_WIDGET (self),
                     GTK_WINDOW (ov_conflict_dialog_new (self->store,
                                                         ov_conflict_get_id (conflict))));
}

/**
 * ov_conflicts_panel_refresh:
 *
 * Lists the unresolved conflicts again, now.
 */
void
ov_conflicts_panel_refresh (OvConflictsPanel *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OV_IS_CONFLICTS_PANEL (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->conflicts);
  if (self->store != NULL && self->case_id >= 0)
    self->conflicts = ov_exchange_list_conflicts (self->store, self->case_id, &error);
  if (error != NULL)
    g_warning ("The conflicts from imported bundles could not be listed: %s", error->message);
  show_conflicts (self);
}
