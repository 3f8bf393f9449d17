/* ov-import-bundle-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import Bundle, once the file is chosen: the bundle is read and checked, and what
 * importing it would do is worked out without changing anything (records added, updated,
 * unchanged and in conflict, by kind); the supervisor then imports it or cancels, and sees
 * what was done. A refused file shows the reader's reason, which names the line and the
 * element at fault. Reading and importing run in a thread, behind a busy indicator.
 */

#define G_LOG_DOMAIN "ov-import-bundle-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-exchange-tasks.h"
#include "ov-import-bundle-dialog.h"
#include "ov-util.h"

struct _OvImportBundleDialog
{
  GtkWindow        parent_instance;

  OvStore         *store;
  char            *path;
  OvImportState    state;
  OvBundle        *bundle;
  OvImportSummary *summary;
  char            *error_message;
  GCancellable    *cancellable;

  GtkWidget       *cancel_button;
  GtkWidget       *import_button;
  GtkWidget       *close_button;
  GtkSpinner      *busy_spinner;
  GtkLabel        *busy_label;
  GtkLabel        *error_label;
  GtkLabel        *summary_title;
  GtkLabel        *bundle_label;
  GtkGrid         *counts_grid;
  GtkLabel        *notes_label;
  GtkWidget       *conflicts_banner;
  GtkLabel        *conflicts_label;
};

G_DEFINE_FINAL_TYPE (OvImportBundleDialog, ov_import_bundle_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PATH,
  N_PROPS
};

enum {
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The columns of the table of counts, in order. */
static const struct
{
  OvImportCount  count;
  const char    *title;
} count_columns[] = {
  { OV_IMPORT_ADDED, N_("Added") },
  { OV_IMPORT_UPDATED, N_("Updated") },
  { OV_IMPORT_UNCHANGED, N_("Unchanged") },
  { OV_IMPORT_CONFLICTS, N_("Conflicts") },
  { OV_IMPORT_REFUSED, N_("Kept (frozen)") },
};

static void
set_state (OvImportBundleDialog *self,
           OvImportState         state)
{
  gboolean busy = state == OV_IMPORT_STATE_CHECKING || state == OV_IMPORT_STATE_IMPORTING;
  gboolean finished = state == OV_IMPORT_STATE_REFUSED || state == OV_IMPORT_STATE_IMPORTED;
  GtkStack *state_stack = GTK_STACK (gtk_window_get_child (GTK_WINDOW (self)));

  self->state = state;
  switch (state)
    {
    case OV_IMPORT_STATE_CHECKING:
      gtk_label_set_text (self->busy_label, _("Checking the bundle…"));
      gtk_stack_set_visible_child_name (state_stack, "busy");
      break;
    case OV_IMPORT_STATE_IMPORTING:
      gtk_label_set_text (self->busy_label, _("Importing the bundle…"));
      gtk_stack_set_visible_child_name (state_stack, "busy");
      break;
    case OV_IMPORT_STATE_REFUSED:
      gtk_stack_set_visible_child_name (state_stack, "refused");
      break;
    case OV_IMPORT_STATE_PLANNED:
    case OV_IMPORT_STATE_IMPORTED:
    default:
      gtk_stack_set_visible_child_name (state_stack, "summary");
      break;
    }
  gtk_spinner_set_spinning (self->busy_spinner, busy);
  gtk_widget_set_visible (self->cancel_button, !finished);
  gtk_widget_set_visible (self->import_button, !finished);
  gtk_widget_set_visible (self->close_button, finished);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 state == OV_IMPORT_STATE_PLANNED);
  /* Once importing has begun, it finishes: the transaction is all or nothing anyway. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close",
                                 state != OV_IMPORT_STATE_IMPORTING);
  if (finished)
    gtk_window_set_default_widget (GTK_WINDOW (self), self->close_button);
}

static GtkWidget *
grid_label (const char *text,
            float       xalign,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
show_counts (OvImportBundleDialog *self)
{
  g_auto(GStrv) kinds = ov_import_summary_dup_kinds (self->summary);
  guint row = 0;

  clear_grid (self->counts_grid);
  gtk_grid_attach (self->counts_grid, grid_label (_("Kind of record"), 0, TRUE), 0, row, 1, 1);
  for (guint c = 0; c < G_N_ELEMENTS (count_columns); c++)
    gtk_grid_attach (self->counts_grid, grid_label (_(count_columns[c].title), 1, TRUE),
                     c + 1, row, 1, 1);
  row++;

  for (guint k = 0; kinds != NULL && kinds[k] != NULL; k++)
    {
      const char *label = ov_import_summary_get_kind_label (self->summary, kinds[k]);

      gtk_grid_attach (self->counts_grid,
                       grid_label (label != NULL ? label : kinds[k], 0, FALSE), 0, row, 1, 1);
      for (guint c = 0; c < G_N_ELEMENTS (count_columns); c++)
        {
          guint n = ov_import_summary_get_count (self->summary, kinds[k],
                                                 count_columns[c].count);
          g_autofree char *text = g_strdup_printf ("%u", n);

          gtk_grid_attach (self->counts_grid, grid_label (text, 1, FALSE), c + 1, row, 1, 1);
        }
      row++;
    }

  gtk_grid_attach (self->counts_grid, grid_label (_("All records"), 0, TRUE), 0, row, 1, 1);
  for (guint c = 0; c < G_N_ELEMENTS (count_columns); c++)
    {
      guint n = ov_import_summary_get_total (self->summary, count_columns[c].count);
      g_autofree char *text = g_strdup_printf ("%u", n);

      gtk_grid_attach (self->counts_grid, grid_label (text, 1, TRUE), c + 1, row, 1, 1);
    }
}

static void
show_notes (OvImportBundleDialog *self)
{
  g_auto(GStrv) notes = ov_import_summary_dup_notes (self->summary);
  g_autofree char *text = NULL;

  if (notes != NULL && notes[0] != NULL)
    text = g_strjoinv ("\n", notes);
  gtk_label_set_text (self->notes_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), text != NULL);
}

static void
show_bundle (OvImportBundleDialog *self)
{
  g_auto(GStrv) references = ov_bundle_dup_case_references (self->bundle);
  g_autofree char *created = ov_format_timestamp (ov_bundle_get_created_at (self->bundle));
  g_autofree char *cases = NULL;
  g_autofree char *text = NULL;
  g_autofree char *basename = g_path_get_basename (self->path);
  guint n_cases = references != NULL ? g_strv_length (references) : 0;

  cases = n_cases > 0 ? g_strjoinv (", ", references) : g_strdup (_("none"));
  /* Translators: describes a bundle file: its file name, who made it and when, its
   * protective marking, and the references of the cases it carries */
  text = g_strdup_printf (ngettext ("“%s”, made by %s on %s, marked %s, carries %u case: %s.",
                                    "“%s”, made by %s on %s, marked %s, carries %u cases: %s.",
                                    n_cases),
                          basename, ov_bundle_get_creator (self->bundle),
                          created != NULL ? created : ov_bundle_get_created_at (self->bundle),
                          ov_bundle_get_marking (self->bundle), n_cases, cases);
  gtk_label_set_text (self->bundle_label, text);
}

static void
show_summary (OvImportBundleDialog *self)
{
  guint n_conflicts = ov_import_summary_get_total (self->summary, OV_IMPORT_CONFLICTS);
  g_autofree char *conflicts = NULL;

  if (self->state == OV_IMPORT_STATE_PLANNED)
    {
      gtk_label_set_text (self->summary_title,
                          _("Importing this bundle will make these changes"));
      if (n_conflicts > 0)
        /* Translators: shown before importing a bundle */
        conflicts = g_strdup_printf (ngettext ("%u record was changed both here and in the "
                                               "bundle. It keeps this database’s version "
                                               "until you choose, field by field, in the "
                                               "conflict dialog; the dashboard lists it.",
                                               "%u records were changed both here and in the "
                                               "bundle. They keep this database’s version "
                                               "until you choose, field by field, in the "
                                               "conflict dialog; the dashboard lists them.",
                                               n_conflicts),
                                     n_conflicts);
    }
  else
    {
      gtk_label_set_text (self->summary_title, _("The bundle was imported"));
      if (n_conflicts > 0)
        /* Translators: shown after importing a bundle */
        conflicts = g_strdup_printf (ngettext ("%u conflict is left to resolve: open it from "
                                               "the dashboard or from its case.",
                                               "%u conflicts are left to resolve: open them "
                                               "from the dashboard or from their cases.",
                                               n_conflicts),
                                     n_conflicts);
    }
  show_bundle (self);
  show_counts (self);
  show_notes (self);
  gtk_label_set_text (self->conflicts_label, conflicts != NULL ? conflicts : "");
  gtk_widget_set_visible (self->conflicts_banner, conflicts != NULL);
}

static void
refuse (OvImportBundleDialog *self,
        const GError         *error)
{
  g_free (self->error_message);
  self->error_message = g_strdup (error->message);
  gtk_label_set_text (self->error_label, error->message);
  set_state (self, OV_IMPORT_STATE_REFUSED);
}

static void
on_planned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OvImportBundleDialog) self = user_data;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  summary = ov_exchange_task_plan_finish (result, &bundle, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (summary == NULL)
    {
      refuse (self, error);
      return;
    }
  g_set_object (&self->bundle, bundle);
  g_set_object (&self->summary, summary);
  set_state (self, OV_IMPORT_STATE_PLANNED);
  show_summary (self);
  gtk_widget_grab_focus (self->import_button);
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(OvImportBundleDialog) self = user_data;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = ov_exchange_task_import_finish (result, &error);
  if (summary == NULL)
    {
      refuse (self, error);
      return;
    }
  g_set_object (&self->summary, summary);
  set_state (self, OV_IMPORT_STATE_IMPORTED);
  show_summary (self);
  g_signal_emit (self, signals[IMPORTED], 0, summary);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ov_import_bundle_dialog_import (OV_IMPORT_BUNDLE_DIALOG (widget));
}

/* Overrides */

static gboolean
ov_import_bundle_dialog_close_request (GtkWindow *window)
{
  OvImportBundleDialog *self = OV_IMPORT_BUNDLE_DIALOG (window);

  if (self->state == OV_IMPORT_STATE_IMPORTING)
    return TRUE;
  return GTK_WINDOW_CLASS (ov_import_bundle_dialog_parent_class)->close_request (window);
}

static void
ov_import_bundle_dialog_constructed (GObject *object)
{
  OvImportBundleDialog *self = OV_IMPORT_BUNDLE_DIALOG (object);

  G_OBJECT_CLASS (ov_import_bundle_dialog_parent_class)->constructed (object);

  set_state (self, OV_IMPORT_STATE_CHECKING);
  if (self->store != NULL && self->path != NULL)
    ov_exchange_task_plan (self->store, self->path, self->cancellable, on_planned,
                           g_object_ref (self));
}

static void
ov_import_bundle_dialog_dispose (GObject *object)
{
  OvImportBundleDialog *self = OV_IMPORT_BUNDLE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_IMPORT_BUNDLE_DIALOG);
  g_clear_object (&self->bundle);
  g_clear_object (&self->summary);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_import_bundle_dialog_parent_class)->dispose (object);
}

static void
ov_import_bundle_dialog_finalize (GObject *object)
{
  OvImportBundleDialog *self = OV_IMPORT_BUNDLE_DIALOG (object);

  g_free (self->path);
  g_free (self->error_message);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (ov_import_bundle_dialog_parent_class)->finalize (object);
}

static void
ov_import_bundle_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OvImportBundleDialog *self = OV_IMPORT_BUNDLE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_import_bundle_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OvImportBundleDialog *self = OV_IMPORT_BUNDLE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_import_bundle_dialog_class_init (OvImportBundleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ov_import_bundle_dialog_constructed;
  object_class->dispose = ov_import_bundle_dialog_dispose;
  object_class->finalize = ov_import_bundle_dialog_finalize;
  object_class->get_property = ov_import_bundle_dialog_get_property;
  object_class->set_property = ov_import_bundle_dialog_set_property;

  window_class->close_request = ov_import_bundle_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvImportBundleDialog::imported:
   * @summary: what the import did
   *
   * Emitted once the bundle has been imported.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OV_TYPE_IMPORT_SUMMARY);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-import-bundle-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, summary_title);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, bundle_label);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, counts_grid);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, conflicts_banner);
  gtk_widget_class_bind_template_child (widget_class, OvImportBundleDialog, conflicts_label);
}

static void
ov_import_bundle_dialog_init (OvImportBundleDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_import_bundle_dialog_new:
 * @path: the bundle file chosen
 *
 * Returns: (transfer none): a new dialog, already reading and checking the bundle
 */
OvImportBundleDialog *
ov_import_bundle_dialog_new (OvStore    *store,
                             const char *path)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return g_object_new (OV_TYPE_IMPORT_BUNDLE_DIALOG,
                       "store", store,
                       "path", path,
                       NULL);
}

OvImportState
ov_import_bundle_dialog_get_state (OvImportBundleDialog *self)
{
  g_return_val_if_fail (OV_IS_IMPORT_BUNDLE_DIALOG (self), OV_IMPORT_STATE_CHECKING);
  return self->state;
}

/**
 * ov_import_bundle_dialog_get_error:
 *
 * Returns: (nullable): why the bundle was refused, as shown
 */
const char *
ov_import_bundle_dialog_get_error (OvImportBundleDialog *self)
{
  g_return_val_if_fail (OV_IS_IMPORT_BUNDLE_DIALOG (self), NULL);
  return self->error_message;
}

/**
 * ov_import_bundle_dialog_get_summary:
 *
 * Returns: (transfer none) (nullable): what importing would do, or once imported, what it
 *   did
 */
OvImportSummary *
ov_import_bundle_dialog_get_summary (OvImportBundleDialog *self)
{
  g_return_val_if_fail (OV_IS_IMPORT_BUNDLE_DIALOG (self), NULL);
  return self->summary;
}

/**
 * ov_import_bundle_dialog_import:
 *
 * What Import does once the summary is shown: imports the bundle in a thread, then shows
 * what was done.
 */
void
ov_import_bundle_dialog_import (OvImportBundleDialog *self)
{
  g_return_if_fail (OV_IS_IMPORT_BUNDLE_DIALOG (self));

  if (self->state != OV_IMPORT_STATE_PLANNED || self->bundle == NULL)
    return;
  set_state (self, OV_IMPORT_STATE_IMPORTING);
  /* Not cancelled with the dialog: an import begun is finished, all or nothing. */
  ov_exchange_task_import (self->store, self->bundle, NULL, on_imported, g_object_ref (self));
}
