/* ov-conflict-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record changed both here and in an imported bundle, shown side by side, field by
 * field: this database's value and the bundle's, and for each field that differs a
 * choice between them (this database's by default, as the record stands now). Keep All
 * of Ours and Take All of the Bundle's set every choice; Apply saves the record with the
 * values chosen and marks the conflict resolved, through core, in one transaction.
 */

#define G_LOG_DOMAIN "ov-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-conflict-dialog.h"
#include "ov-util.h"

struct _OvConflictDialog
{
  GtkWindow     parent_instance;

  OvStore      *store;
  gint64        conflict_id;
  OvConflict   *conflict;
  GHashTable   *theirs_checks;   /* property name → the bundle's GtkCheckButton */

  GtkLabel     *title_label;
  GtkLabel     *intro_label;
  GtkWidget    *error_banner;
  GtkLabel     *error_label;
  GtkLabel     *choice_label;
  GtkGrid      *fields_grid;
};

G_DEFINE_FINAL_TYPE (OvConflictDialog, ov_conflict_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONFLICT_ID,
  N_PROPS
};

enum {
  RESOLVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_banner (OvConflictDialog *self,
             const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_banner, message != NULL);
}

static guint
count_theirs (OvConflictDialog *self)
{
  GHashTableIter iter;
  gpointer check;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->theirs_checks);
  while (g_hash_table_iter_next (&iter, NULL, &check))
    n += gtk_check_button_get_active (check) ? 1 : 0;
  return n;
}

static void
update_choice (OvConflictDialog *self)
{
  guint n_differ = g_hash_table_size (self->theirs_checks);
  guint n_theirs = count_theirs (self);
  g_autofree char *text = NULL;

  if (n_differ > 0)
    /* Translators: in the conflict dialog; both are counts of fields */
    text = g_strdup_printf (ngettext ("The bundle’s value chosen for %u of %u field that "
                                      "differs",
                                      "The bundle’s value chosen for %u of %u fields that "
                                      "differ",
                                      n_differ),
                            n_theirs, n_differ);
  gtk_label_set_text (self->choice_label, text != NULL ? text : "");
}

static GtkWidget *
heading_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static const char *
shown_value (const char *value)
{
  /* Translators: in the conflict dialog, a field with no value */
  return !ov_str_empty (value) ? value : _("(empty)");
}

static GtkWidget *
value_label (const char *value)
{
  GtkWidget *label = gtk_label_new (shown_value (value));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (ov_str_empty (value))
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* A value to choose: a radio button whose label is the value itself. */
static GtkWidget *
value_choice (const char *value,
              const char *field_label,
              const char *side)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = value_label (value);
  g_autofree char *accessible = NULL;

  gtk_widget_set_valign (check, GTK_ALIGN_START);
  /* Translators: what a screen reader says for a value in the conflict dialog, e.g.
   * "Summary, this database’s value" */
  accessible = g_strdup_printf (_("%s, %s"), field_label, side);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data (G_OBJECT (check), "ov-value-label", label);
  return check;
}

static void
on_choice_toggled (OvConflictDialog *self,
                   GtkCheckButton   *check)
{
  update_choice (self);
}

static GtkWidget *
with_label (GtkWidget *check)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = g_object_get_data (G_OBJECT (check), "ov-value-label");
  GtkGesture *click = gtk_gesture_click_new ();

  /* The box takes the column's width, not the wrapping label: a label made wider than
   * its text would measure a line taller than it draws. */
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), label);
  /* Clicking the value chooses it, as clicking a radio button's own label would. */
  g_signal_connect_object (click, "released", G_CALLBACK (gtk_widget_activate), check,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (click));
  return box;
}

static void
show_fields (OvConflictDialog *self)
{
  GListModel *fields = ov_conflict_get_fields (self->conflict);
  GtkWidget *child;
  guint row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields_grid))) != NULL)
    gtk_grid_remove (self->fields_grid, child);
  g_hash_table_remove_all (self->theirs_checks);

  gtk_grid_attach (self->fields_grid, heading_label (_("Field")), 0, row, 1, 1);
  gtk_grid_attach (self->fields_grid, heading_label (_("This database")), 1, row, 1, 1);
  gtk_grid_attach (self->fields_grid, heading_label (_("The bundle")), 2, row, 1, 1);
  row++;

  /* The fields that differ first: they are what needs choosing. */
  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
        {
          g_autoptr(OvConflictField) field = g_list_model_get_item (fields, i);
          gboolean differs = ov_conflict_field_get_differs (field);
          const char *label = ov_conflict_field_get_label (field);
          GtkWidget *name;

          if (differs != (pass == 0))
            continue;

          name = gtk_label_new (label);
          gtk_label_set_xalign (GTK_LABEL (name), 1);
          gtk_widget_set_valign (name, GTK_ALIGN_START);
          gtk_widget_add_css_class (name, "field-label");
          if (!differs)
            gtk_widget_add_css_class (name, "dim-label");
          gtk_grid_attach (self->fields_grid, name, 0, row, 1, 1);

          if (differs)
            {
              GtkWidget *ours = value_choice (ov_conflict_field_get_ours (field), label,
                                              _("this database’s value"));
              GtkWidget *theirs = value_choice (ov_conflict_field_get_theirs (field), label,
                                                _("the bundle’s value"));

              gtk_check_button_set_group (GTK_CHECK_BUTTON (theirs), GTK_CHECK_BUTTON (ours));
              gtk_check_button_set_active (GTK_CHECK_BUTTON (ours), TRUE);
              g_signal_connect_object (theirs, "toggled", G_CALLBACK (on_choice_toggled), self,
                                       G_CONNECT_SWAPPED);
              gtk_grid_attach (self->fields_grid, with_label (ours), 1, row, 1, 1);
              gtk_grid_attach (self->fields_grid, with_label (theirs), 2, row, 1, 1);
              g_hash_table_insert (self->theirs_checks,
                                   g_strdup (ov_conflict_field_get_property_name (field)),
                                   theirs);
            }
          else
            {
              GtkWidget *same = value_label (ov_conflict_field_get_ours (field));

              gtk_widget_add_css_class (same, "dim-label");
              gtk_widget_set_hexpand (same, TRUE);
              gtk_widget_set_tooltip_text (same, _("The same on both sides"));
              gtk_grid_attach (self->fields_grid, same, 1, row, 2, 1);
            }
          row++;
        }
    }
  update_choice (self);
}

static void
show_conflict (OvConflictDialog *self)
{
  g_autofree char *title = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *imported = ov_format_timestamp (ov_conflict_get_imported_at (self->conflict));
  const char *description = ov_conflict_get_description (self->conflict);

  /* Translators: the heading of the conflict dialog: the record, the kind of record (a
   * plural, as in the import summary) and its case, e.g. "“Ana Popescu” (People), case
   * MSHT/2026/0001" */
  title = g_strdup_printf (_("“%s” (%s), case %s"),
                           description != NULL ? description : "",
                           ov_conflict_get_kind_label (self->conflict),
                           ov_conflict_get_case_reference (self->conflict));
  gtk_label_set_text (self->title_label, title);

  /* Translators: in the conflict dialog: who made the bundle, when it was imported and by
   * whom */
  intro = g_strdup_printf (_("This record was changed both in this database and in the bundle "
                             "made by %s, imported on %s by %s. It keeps this database’s "
                             "values until you apply a choice: pick, for each field that "
                             "differs, the value to keep."),
                           ov_conflict_get_bundle_creator (self->conflict),
                           imported != NULL ? imported : ov_conflict_get_imported_at (self->conflict),
                           ov_conflict_get_imported_by (self->conflict));
  gtk_label_set_text (self->intro_label, intro);
  show_fields (self);
}

static void
load_conflict (OvConflictDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->conflict);
  if (self->store == NULL || self->conflict_id <= 0)
    return;
  self->conflict = ov_exchange_load_conflict (self->store, self->conflict_id, &error);
  if (self->conflict == NULL)
    {
      show_banner (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "conflict.apply", FALSE);
      return;
    }
  show_conflict (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ov_conflict_dialog_apply (OV_CONFLICT_DIALOG (widget));
}

static void
keep_ours_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ov_conflict_dialog_choose_all (OV_CONFLICT_DIALOG (widget), FALSE);
}

static void
take_theirs_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ov_conflict_dialog_choose_all (OV_CONFLICT_DIALOG (widget), TRUE);
}

/* Overrides */

static void
ov_conflict_dialog_constructed (GObject *object)
{
  OvConflictDialog *self = OV_CONFLICT_DIALOG (object);

  G_OBJECT_CLASS (ov_conflict_dialog_parent_class)->constructed (object);

  load_conflict (self);
  /* Core refuses the write anyway; saying so first spares choosing for nothing. */
  if (self->store != NULL && self->conflict != NULL && ov_store_is_read_only (self->store))
    {
      show_banner (self, _("The database is open read-only: the conflict can be looked at, "
                           "but resolving it needs Oversight started without --read-only."));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "conflict.apply", FALSE);
    }
}

static void
ov_conflict_dialog_dispose (GObject *object)
{
  OvConflictDialog *self = OV_CONFLICT_DIALOG (object);

  g_hash_table_remove_all (self->theirs_checks);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_CONFLICT_DIALOG);
  g_clear_object (&self->conflict);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_conflict_dialog_parent_class)->dispose (object);
}

static void
ov_conflict_dialog_finalize (GObject *object)
{
  OvConflictDialog *self = OV_CONFLICT_DIALOG (object);

  g_hash_table_unref (self->theirs_checks);

  G_OBJECT_CLASS (ov_conflict_dialog_parent_class)->finalize (object);
}

static void
ov_conflict_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvConflictDialog *self = OV_CONFLICT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONFLICT_ID:
      g_value_set_int64 (value, self->conflict_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_conflict_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvConflictDialog *self = OV_CONFLICT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CONFLICT_ID:
      self->conflict_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_conflict_dialog_class_init (OvConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_conflict_dialog_constructed;
  object_class->dispose = ov_conflict_dialog_dispose;
  object_class->finalize = ov_conflict_dialog_finalize;
  object_class->get_property = ov_conflict_dialog_get_property;
  object_class->set_property = ov_conflict_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFLICT_ID] =
    g_param_spec_int64 ("conflict-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvConflictDialog::resolved:
   *
   * Emitted once the choice has been applied, just before the dialog closes.
   */
  signals[RESOLVED] =
    g_signal_new ("resolved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "conflict.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "conflict.keep-ours", NULL, keep_ours_action);
  gtk_widget_class_install_action (widget_class, "conflict.take-theirs", NULL,
                                   take_theirs_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvConflictDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvConflictDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OvConflictDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvConflictDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvConflictDialog, choice_label);
  gtk_widget_class_bind_template_child (widget_class, OvConflictDialog, fields_grid);
}

static void
ov_conflict_dialog_init (OvConflictDialog *self)
{
  self->theirs_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_conflict_dialog_new:
 * @conflict_id: an unresolved conflict
 *
 * Returns: (transfer none): a new dialog showing the conflict
 */
OvConflictDialog *
ov_conflict_dialog_new (OvStore *store,
                        gint64   conflict_id)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (conflict_id > 0, NULL);

  return g_object_new (OV_TYPE_CONFLICT_DIALOG,
                       "store", store,
                       "conflict-id", conflict_id,
                       NULL);
}

/**
 * ov_conflict_dialog_get_conflict:
 *
 * Returns: (transfer none) (nullable): the conflict shown
 */
OvConflict *
ov_conflict_dialog_get_conflict (OvConflictDialog *self)
{
  g_return_val_if_fail (OV_IS_CONFLICT_DIALOG (self), NULL);
  return self->conflict;
}

/**
 * ov_conflict_dialog_set_take_theirs:
 * @property_name: a field that differs
 *
 * Chooses the bundle's value (or this database's) for one field, as clicking it does.
 */
void
ov_conflict_dialog_set_take_theirs (OvConflictDialog *self,
                                    const char       *property_name,
                                    gboolean          take_theirs)
{
  GtkCheckButton *theirs;

  g_return_if_fail (OV_IS_CONFLICT_DIALOG (self));
  g_return_if_fail (property_name != NULL);

  theirs = g_hash_table_lookup (self->theirs_checks, property_name);
  g_return_if_fail (theirs != NULL);

  if (take_theirs)
    gtk_check_button_set_active (theirs, TRUE);
  else
    {
      /* The group's other button is this database's value. */
      GtkWidget *row_box = gtk_widget_get_parent (GTK_WIDGET (theirs));
      GtkWidget *ours_box = gtk_widget_get_prev_sibling (row_box);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_first_child (ours_box)),
                                   TRUE);
    }
}

gboolean
ov_conflict_dialog_get_take_theirs (OvConflictDialog *self,
                                    const char       *property_name)
{
  GtkCheckButton *theirs;

  g_return_val_if_fail (OV_IS_CONFLICT_DIALOG (self), FALSE);

  theirs = g_hash_table_lookup (self->theirs_checks, property_name);
  return theirs != NULL && gtk_check_button_get_active (theirs);
}

/**
 * ov_conflict_dialog_choose_all:
 * @take_theirs: %TRUE for Take All of the Bundle's, %FALSE for Keep All of Ours
 */
void
ov_conflict_dialog_choose_all (OvConflictDialog *self,
                               gboolean          take_theirs)
{
  g_autoptr(GList) names = NULL;

  g_return_if_fail (OV_IS_CONFLICT_DIALOG (self));

  names = g_hash_table_get_keys (self->theirs_checks);
  for (GList *l = names; l != NULL; l = l->next)
    ov_conflict_dialog_set_take_theirs (self, l->data, take_theirs);
}

/**
 * ov_conflict_dialog_apply:
 *
 * What Apply does: saves the record with the values chosen and marks the conflict
 * resolved, then closes; on an error, says why and changes nothing.
 *
 * Returns: %TRUE if the conflict was resolved
 */
gboolean
ov_conflict_dialog_apply (OvConflictDialog *self)
{
  g_autoptr(GPtrArray) take_theirs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer name, check;

  g_return_val_if_fail (OV_IS_CONFLICT_DIALOG (self), FALSE);

  if (self->conflict == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, self->theirs_checks);
  while (g_hash_table_iter_next (&iter, &name, &check))
    {
      if (gtk_check_button_get_active (check))
        g_ptr_array_add (take_theirs, name);
    }
  g_ptr_array_add (take_theirs, NULL);

  if (!ov_exchange_resolve_conflict (self->store, ov_conflict_get_id (self->conflict),
                                     (const char * const *) take_theirs->pdata, &error))
    {
      show_banner (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[RESOLVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
