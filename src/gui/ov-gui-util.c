/* ov-gui-util.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-gui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-staff.h"
#include "ov-util.h"

/**
 * ov_list_store_replace:
 * @records: (element-type OvRecord): what the list is to hold
 *
 * Replaces the whole contents of @list_store in one change.
 */
void
ov_list_store_replace (GListStore *list_store,
                       GPtrArray  *records)
{
  g_return_if_fail (G_IS_LIST_STORE (list_store));

  g_list_store_splice (list_store, 0, g_list_model_get_n_items (G_LIST_MODEL (list_store)),
                       records != NULL ? records->pdata : NULL,
                       records != NULL ? records->len : 0);
}

/**
 * ov_records_unchanged:
 * @records: (element-type OvRecord): records freshly loaded from the store
 *
 * Returns: %TRUE if @model holds the same records, in the same order and at the same
 *   revisions, so that nothing shown needs replacing
 */
gboolean
ov_records_unchanged (GListModel *model,
                      GPtrArray  *records)
{
  guint n = g_list_model_get_n_items (model);

  if (records == NULL || n != records->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvRecord) shown = g_list_model_get_item (model, i);
      OvRecord *stored = g_ptr_array_index (records, i);

      if (ov_record_get_id (shown) != ov_record_get_id (stored) ||
          ov_record_get_revision (shown) != ov_record_get_revision (stored))
        return FALSE;
    }
  return TRUE;
}

/**
 * ov_list_model_find:
 * @model: a list of #OvRecord items
 * @position: (out) (optional): where the record is
 *
 * Returns: (transfer full) (nullable): the record with @id
 */
gpointer
ov_list_model_find (GListModel *model,
                    gint64      id,
                    guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(OvRecord) record = g_list_model_get_item (model, i);

      if (ov_record_get_id (record) == id)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&record);
        }
    }
  if (position != NULL)
    *position = GTK_INVALID_LIST_POSITION;
  return NULL;
}

/**
 * ov_staff_choices_new:
 * @keep_id: a person to list even if they are no longer active, such as the present
 *   owner of an action; 0 for none
 *
 * Returns: (transfer full) (nullable): the active staff, by name, for a drop-down
 */
GListStore *
ov_staff_choices_new (OvStore  *store,
                      gint64    keep_id,
                      GError  **error)
{
  g_autoptr(GListStore) choices = g_list_store_new (OV_TYPE_STAFF);
  g_autoptr(GPtrArray) staff = NULL;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  staff = ov_store_list_staff (store, FALSE, error);
  if (staff == NULL)
    return NULL;

  for (guint i = 0; i < staff->len; i++)
    {
      OvStaff *person = g_ptr_array_index (staff, i);
      gboolean keep = keep_id != 0 && ov_record_get_id (OV_RECORD (person)) == keep_id;

      if (ov_staff_get_active (person) || keep)
        g_list_store_append (choices, person);
    }
  return g_steal_pointer (&choices);
}

/**
 * ov_present_dialog:
 * @widget: a widget in the window the dialog belongs to
 *
 * Shows @dialog over the window of @widget.
 */
void
ov_present_dialog (GtkWidget *widget,
                   GtkWindow *dialog)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_present (dialog);
}

/**
 * ov_review_describe:
 *
 * Returns: (transfer full): the review in a few words, e.g. "Periodic review, 3 Jan 2026"
 */
char *
ov_review_describe (OvReview *review)
{
  g_autofree char *held = NULL;
  g_autofree char *held_on = NULL;

  g_return_val_if_fail (OV_IS_REVIEW (review), NULL);

  held_on = ov_date_of_timestamp (ov_review_get_held_at (review));
  held = ov_format_date (held_on);
  /* Translators: a review's type and date, e.g. "Periodic review, 3 Jan 2026" */
  return g_strdup_printf (_("%s review, %s"),
                          ov_enum_get_label (OV_TYPE_REVIEW_TYPE,
                                             ov_review_get_review_type (review)),
                          held);
}

char *
ov_text_view_get_text (GtkTextView *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * ov_chooser_get_path:
 * @chooser: a file chooser that has answered
 * @response: its response
 * @suffix: the file name extension the file must have, with its dot (".pdf")
 *
 * The file chosen to be saved, with @suffix added when the name typed lacks it (in either
 * case).
 *
 * Returns: (transfer full) (nullable): the path, or %NULL if nothing was chosen
 */
char *
ov_chooser_get_path (GtkFileChooser *chooser,
                     int             response,
                     const char     *suffix)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (chooser);
  if (file != NULL)
    path = g_file_get_path (file);
  if (path == NULL)
    return NULL;

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, suffix))
    return g_steal_pointer (&path);
  return g_strconcat (path, suffix, NULL);
}

/**
 * ov_list_model_dup_items:
 *
 * Returns: (transfer full) (element-type GObject): the items of @model, in its order
 */
GPtrArray *
ov_list_model_dup_items (GListModel *model)
{
  guint n;
  GPtrArray *items;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  n = g_list_model_get_n_items (model);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}
