/* ov-export-bundle-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Bundle: which cases go into the bundle (searched as the case list is, so a
 * search for an operation's name and Choose All Shown takes the cases of that operation),
 * the protective marking the bundle carries, and where to save it. The bundle is written
 * in a thread; the dialog closes once it is on disk.
 */

#define G_LOG_DOMAIN "ov-export-bundle-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case.h"
#include "ov-case-list.h"
#include "ov-enum-types.h"
#include "ov-exchange-tasks.h"
#include "ov-export-bundle-dialog.h"
#include "ov-gui-util.h"
#include "ov-util.h"

struct _OvExportBundleDialog
{
  GtkWindow             parent_instance;

  OvStore              *store;
  gint64                initial_case_id;
  OvCaseList           *case_list;
  GHashTable           *chosen;        /* case id → the same, in chosen_order */
  GArray               *chosen_order;  /* gint64, in the order chosen */
  GHashTable           *rows;          /* GtkListItem bound → nothing */
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  char                 *path;          /* being written */
  gboolean              busy;

  GtkWidget            *export_button;
  GtkSpinner           *busy_spinner;
  GtkLabel             *busy_label;
  GtkWidget            *error_banner;
  GtkLabel             *error_label;
  GtkSearchEntry       *search_entry;
  GtkListView          *case_view;
  GtkNoSelection       *selection;
  GtkLabel             *chosen_label;
  GtkDropDown          *marking_drop_down;
};

G_DEFINE_FINAL_TYPE (OvExportBundleDialog, ov_export_bundle_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE_ID,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define CASE_ID_KEY "ov-case-id"

static void
show_banner (OvExportBundleDialog *self,
             const char           *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_banner, message != NULL);
}

static void
update_chosen (OvExportBundleDialog *self)
{
  g_autofree char *text = NULL;
  guint n = self->chosen_order->len;

  if (n == 0)
    text = g_strdup (_("No case chosen yet: tick the cases to put in the bundle, or search "
                       "for an operation and choose all the cases shown."));
  else
    /* Translators: how many cases will go into the bundle */
    text = g_strdup_printf (ngettext ("%u case chosen", "%u cases chosen", n), n);
  gtk_label_set_text (self->chosen_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export", n > 0 && !self->busy);
}

static gboolean
is_chosen (OvExportBundleDialog *self,
           gint64                case_id)
{
  return g_hash_table_contains (self->chosen, &case_id);
}

static void
refresh_rows (OvExportBundleDialog *self);

static void
set_chosen (OvExportBundleDialog *self,
            gint64                case_id,
            gboolean              chosen)
{
  if (chosen == is_chosen (self, case_id))
    return;

  if (chosen)
    {
      g_array_append_val (self->chosen_order, case_id);
      g_hash_table_add (self->chosen, g_memdup2 (&case_id, sizeof case_id));
    }
  else
    {
      g_hash_table_remove (self->chosen, &case_id);
      for (guint i = 0; i < self->chosen_order->len; i++)
        {
          if (g_array_index (self->chosen_order, gint64, i) == case_id)
            {
              g_array_remove_index (self->chosen_order, i);
              break;
            }
        }
    }
}

static void
set_busy (OvExportBundleDialog *self,
          gboolean              busy)
{
  self->busy = busy;
  /* Focus leaves the fields before they are made insensitive: GTK's text entries expect to
   * be told they have lost it. */
  if (busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (gtk_window_get_child (GTK_WINDOW (self)), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), busy);
  gtk_spinner_set_spinning (self->busy_spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_label), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !busy);
  update_chosen (self);
}

/* Rows of the case list: a tick and what the case is */

static char *
describe_case (OvCase *the_case)
{
  const char *operation = ov_case_get_operation_name (the_case);
  const char *status = ov_enum_get_label (OV_TYPE_CASE_STATUS, ov_case_get_status (the_case));

  if (!ov_str_empty (operation))
    /* Translators: a case in the list of cases to export: reference, operation name and
     * status, e.g. "MSHT/2026/0001 — Operation Aurora — Open" */
    return g_strdup_printf (_("%s — %s — %s"), ov_case_get_reference (the_case),
                            operation, status);
  /* Translators: a case in the list of cases to export: reference and status */
  return g_strdup_printf (_("%s — %s"), ov_case_get_reference (the_case), status);
}

static void
on_row_toggled (OvExportBundleDialog *self,
                GtkCheckButton       *check)
{
  gint64 *case_id = g_object_get_data (G_OBJECT (check), CASE_ID_KEY);

  if (case_id == NULL)
    return;
  set_chosen (self, *case_id, gtk_check_button_get_active (check));
  update_chosen (self);
}

static void
on_case_setup (OvExportBundleDialog     *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  GtkWidget *check = gtk_check_button_new ();

  g_signal_connect_object (check, "toggled", G_CALLBACK (on_row_toggled), self,
                           G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, check);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_row (OvExportBundleDialog *self,
          GtkListItem          *list_item)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_item_get_child (list_item));
  OvCase *the_case = gtk_list_item_get_item (list_item);
  g_autofree char *label = NULL;
  gint64 case_id;

  if (the_case == NULL)
    return;
  case_id = ov_record_get_id (OV_RECORD (the_case));
  label = describe_case (the_case);

  /* Setting the tick for the row shown is not the user choosing it. */
  g_object_set_data (G_OBJECT (check), CASE_ID_KEY, NULL);
  gtk_check_button_set_label (check, label);
  gtk_check_button_set_active (check, is_chosen (self, case_id));
  g_object_set_data_full (G_OBJECT (check), CASE_ID_KEY,
                          g_memdup2 (&case_id, sizeof case_id), g_free);
}

static void
on_case_bind (OvExportBundleDialog     *self,
              GtkListItem              *list_item,
              GtkSignalListItemFactory *factory)
{
  g_hash_table_add (self->rows, list_item);
  bind_row (self, list_item);
}

static void
on_case_unbind (OvExportBundleDialog     *self,
                GtkListItem              *list_item,
                GtkSignalListItemFactory *factory)
{
  g_hash_table_remove (self->rows, list_item);
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (list_item)), CASE_ID_KEY, NULL);
}

static void
refresh_rows (OvExportBundleDialog *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    bind_row (self, list_item);
}

static void
on_search_changed (OvExportBundleDialog *self,
                   GtkSearchEntry       *entry)
{
  if (self->case_list != NULL)
    ov_case_list_set_search (self->case_list, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Saving */

static char *
default_file_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: the file name offered for a new bundle; %s is today's date */
  return g_strdup_printf (_("oversight-bundle-%s.xml"), date);
}

static void
on_chooser_response (OvExportBundleDialog *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autofree char *path = ov_chooser_get_path (GTK_FILE_CHOOSER (chooser), response, ".xml");

  g_clear_object (&self->chooser);
  if (path != NULL)
    ov_export_bundle_dialog_export_to (self, path);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(OvExportBundleDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ov_exchange_task_export_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      show_banner (self, error->message);
      return;
    }

  set_busy (self, FALSE);
  g_signal_emit (self, signals[EXPORTED], 0, self->path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ov_export_bundle_dialog_accept (OV_EXPORT_BUNDLE_DIALOG (widget));
}

static void
choose_shown_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ov_export_bundle_dialog_choose_shown (OV_EXPORT_BUNDLE_DIALOG (widget));
}

static void
choose_none_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OvExportBundleDialog *self = OV_EXPORT_BUNDLE_DIALOG (widget);

  g_hash_table_remove_all (self->chosen);
  g_array_set_size (self->chosen_order, 0);
  refresh_rows (self);
  update_chosen (self);
}

/* Overrides */

static gboolean
ov_export_bundle_dialog_close_request (GtkWindow *window)
{
  OvExportBundleDialog *self = OV_EXPORT_BUNDLE_DIALOG (window);

  /* A bundle half written is no use: the dialog stays until it is done. */
  if (self->busy)
    return TRUE;
  return GTK_WINDOW_CLASS (ov_export_bundle_dialog_parent_class)->close_request (window);
}

static void
ov_export_bundle_dialog_constructed (GObject *object)
{
  OvExportBundleDialog *self = OV_EXPORT_BUNDLE_DIALOG (object);

  G_OBJECT_CLASS (ov_export_bundle_dialog_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      self->case_list = ov_case_list_new (self->store);
      ov_case_list_set_sort (self->case_list, OV_CASE_SORT_REFERENCE, FALSE);
      gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->case_list));
    }
  if (self->initial_case_id > 0)
    set_chosen (self, self->initial_case_id, TRUE);
  update_chosen (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
}

static void
ov_export_bundle_dialog_dispose (GObject *object)
{
  OvExportBundleDialog *self = OV_EXPORT_BUNDLE_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_EXPORT_BUNDLE_DIALOG);
  g_clear_object (&self->case_list);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_export_bundle_dialog_parent_class)->dispose (object);
}

static void
ov_export_bundle_dialog_finalize (GObject *object)
{
  OvExportBundleDialog *self = OV_EXPORT_BUNDLE_DIALOG (object);

  g_hash_table_unref (self->chosen);
  g_hash_table_unref (self->rows);
  g_array_unref (self->chosen_order);
  g_clear_object (&self->cancellable);
  g_free (self->path);

  G_OBJECT_CLASS (ov_export_bundle_dialog_parent_class)->finalize (object);
}

static void
ov_export_bundle_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OvExportBundleDialog *self = OV_EXPORT_BUNDLE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->initial_case_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_export_bundle_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OvExportBundleDialog *self = OV_EXPORT_BUNDLE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CASE_ID:
      self->initial_case_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_export_bundle_dialog_class_init (OvExportBundleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ov_export_bundle_dialog_constructed;
  object_class->dispose = ov_export_bundle_dialog_dispose;
  object_class->finalize = ov_export_bundle_dialog_finalize;
  object_class->get_property = ov_export_bundle_dialog_get_property;
  object_class->set_property = ov_export_bundle_dialog_set_property;

  window_class->close_request = ov_export_bundle_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvExportBundleDialog::exported:
   * @path: the bundle written
   *
   * Emitted once the bundle is on disk, just before the dialog closes.
   */
  signals[EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "export.choose-shown", NULL,
                                   choose_shown_action);
  gtk_widget_class_install_action (widget_class, "export.choose-none", NULL,
                                   choose_none_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-export-bundle-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, case_view);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, selection);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, OvExportBundleDialog, marking_drop_down);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_case_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_case_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_case_unbind);
}

static void
ov_export_bundle_dialog_init (OvExportBundleDialog *self)
{
  self->chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->chosen_order = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_hash_table_new (NULL, NULL);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_export_bundle_dialog_new:
 * @case_id: a case to start with chosen, or 0
 *
 * Returns: (transfer none): a new dialog; it closes itself once the bundle is written
 */
OvExportBundleDialog *
ov_export_bundle_dialog_new (OvStore *store,
                             gint64   case_id)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  return g_object_new (OV_TYPE_EXPORT_BUNDLE_DIALOG,
                       "store", store,
                       "case-id", MAX (case_id, 0),
                       NULL);
}

/**
 * ov_export_bundle_dialog_set_search:
 *
 * Shows only the cases whose reference, operation name or summary match @search, as
 * typing in the search entry does.
 */
void
ov_export_bundle_dialog_set_search (OvExportBundleDialog *self,
                                    const char           *search)
{
  g_return_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  /* The entry waits a moment before saying the search changed; a caller wants it now. */
  if (self->case_list != NULL)
    ov_case_list_set_search (self->case_list, search);
}

void
ov_export_bundle_dialog_set_chosen (OvExportBundleDialog *self,
                                    gint64                case_id,
                                    gboolean              chosen)
{
  g_return_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self));
  g_return_if_fail (case_id > 0);

  set_chosen (self, case_id, chosen);
  refresh_rows (self);
  update_chosen (self);
}

/**
 * ov_export_bundle_dialog_choose_shown:
 *
 * Chooses every case shown, as Choose All Shown does.
 *
 * Returns: how many cases are shown
 */
guint
ov_export_bundle_dialog_choose_shown (OvExportBundleDialog *self)
{
  guint n;

  g_return_val_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self), 0);

  if (self->case_list == NULL)
    return 0;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->case_list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvCase) the_case = g_list_model_get_item (G_LIST_MODEL (self->case_list), i);

      if (the_case != NULL)
        set_chosen (self, ov_record_get_id (OV_RECORD (the_case)), TRUE);
    }
  refresh_rows (self);
  update_chosen (self);
  return n;
}

/**
 * ov_export_bundle_dialog_get_chosen:
 *
 * Returns: (transfer none) (element-type gint64): the ids of the cases chosen
 */
GArray *
ov_export_bundle_dialog_get_chosen (OvExportBundleDialog *self)
{
  g_return_val_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self), NULL);
  return self->chosen_order;
}

void
ov_export_bundle_dialog_set_marking (OvExportBundleDialog *self,
                                     const char           *marking)
{
  GListModel *markings;

  g_return_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self));
  g_return_if_fail (marking != NULL);

  markings = gtk_drop_down_get_model (self->marking_drop_down);
  for (guint i = 0; i < g_list_model_get_n_items (markings); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (markings), i), marking) == 0)
        gtk_drop_down_set_selected (self->marking_drop_down, i);
    }
}

/**
 * ov_export_bundle_dialog_get_busy:
 *
 * Returns: whether the bundle is being written
 */
gboolean
ov_export_bundle_dialog_get_busy (OvExportBundleDialog *self)
{
  g_return_val_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self), FALSE);
  return self->busy;
}

/**
 * ov_export_bundle_dialog_accept:
 *
 * What Export… does: with cases chosen, asks where to save the bundle.
 */
void
ov_export_bundle_dialog_accept (OvExportBundleDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = default_file_name ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self));

  if (self->busy)
    return;
  /* The count under the list already says that no case is chosen. */
  if (self->chosen_order->len == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }
  show_banner (self, NULL);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Bundle"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Oversight bundles"));
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * ov_export_bundle_dialog_export_to:
 * @path: the bundle file to write
 *
 * Writes the chosen cases to @path, in a thread, with the busy indicator shown; this is
 * what happens once the user has chosen the file. The dialog closes when the bundle is
 * written (after #OvExportBundleDialog::exported), or shows why it could not be.
 *
 * Returns: %TRUE if writing started; %FALSE when no case is chosen
 */
gboolean
ov_export_bundle_dialog_export_to (OvExportBundleDialog *self,
                                   const char           *path)
{
  GObject *item;
  const char *marking = OV_BUNDLE_DEFAULT_MARKING;

  g_return_val_if_fail (OV_IS_EXPORT_BUNDLE_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->busy)
    return FALSE;
  if (self->chosen_order->len == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return FALSE;
    }

  item = gtk_drop_down_get_selected_item (self->marking_drop_down);
  if (GTK_IS_STRING_OBJECT (item))
    marking = gtk_string_object_get_string (GTK_STRING_OBJECT (item));

  g_free (self->path);
  self->path = g_strdup (path);
  show_banner (self, NULL);
  set_busy (self, TRUE);
  ov_exchange_task_export (self->store, (const gint64 *) self->chosen_order->data,
                           self->chosen_order->len, marking, path, self->cancellable,
                           on_exported, g_object_ref (self));
  return TRUE;
}
