/* ov-editing-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-editing-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-dialogs.h"
#include "ov-editing-page.h"

/* The form of a page that edits one record through it, and where the page shows what
 * the store refuses. */
typedef struct
{
  OvForm    *form;
  GtkWidget *error_banner;
  GtkLabel  *error_label;
} PageForm;

static GQuark page_form_quark;

G_DEFINE_INTERFACE (OvEditingPage, ov_editing_page, GTK_TYPE_WIDGET)

static void
page_form_free (PageForm *page_form)
{
  g_clear_object (&page_form->form);
  g_clear_weak_pointer (&page_form->error_banner);
  g_clear_weak_pointer (&page_form->error_label);
  g_free (page_form);
}

/* What the store refused, above the form; the page may be gone already. */
static void
show_write_error (PageForm     *page_form,
                  const GError *error)
{
  if (page_form->error_label != NULL)
    gtk_label_set_text (page_form->error_label, error->message);
  if (page_form->error_banner != NULL)
    gtk_widget_set_visible (page_form->error_banner, TRUE);
}

static PageForm *
get_page_form (OvEditingPage *self)
{
  return g_object_get_qdata (G_OBJECT (self), page_form_quark);
}

static gboolean
ov_editing_page_real_get_modified (OvEditingPage *self)
{
  PageForm *page_form = get_page_form (self);

  return page_form != NULL && ov_form_get_record (page_form->form) != NULL &&
         ov_form_get_modified (page_form->form);
}

static char *
ov_editing_page_real_dup_title (OvEditingPage *self)
{
  const char *new_record_title = OV_EDITING_PAGE_GET_IFACE (self)->new_record_title;
  PageForm *page_form = get_page_form (self);
  OvRecord *record = page_form != NULL ? ov_form_get_record (page_form->form) : NULL;
  g_autofree char *description = NULL;

  if (record != NULL && ov_record_get_id (record) == 0 && new_record_title != NULL)
    return g_strdup (_(new_record_title));
  if (record != NULL && ov_record_get_id (record) != 0)
    description = ov_record_describe (record);
  if (description == NULL || description[0] == '\0')
    return g_strdup (_("Save Your Changes?"));
  /* Translators: %s describes what is being edited: a partner's name, a person's name
   * and collar number, a learning entry's kind and date… */
  return g_strdup_printf (_("Save Changes to %s?"), description);
}

static gboolean
ov_editing_page_real_save (OvEditingPage  *self,
                           GError        **error)
{
  OvEditingPageInterface *iface = OV_EDITING_PAGE_GET_IFACE (self);
  PageForm *page_form = get_page_form (self);
  g_autoptr(GError) local_error = NULL;
  OvRecord *record;

  g_return_val_if_fail (page_form != NULL && iface->write_record != NULL, FALSE);

  record = ov_form_get_record (page_form->form);
  g_return_val_if_fail (record != NULL, FALSE);

  if (page_form->error_banner != NULL)
    gtk_widget_set_visible (page_form->error_banner, FALSE);
  if (!ov_form_check (page_form->form, error))
    return FALSE;
  if (!iface->write_record (self, record, &local_error))
    {
      show_write_error (page_form, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* The page follows the form's modified flag, and the store's change, to show what was
   * saved. */
  ov_form_set_modified (page_form->form, FALSE);
  return TRUE;
}

static void
ov_editing_page_real_discard (OvEditingPage *self)
{
  PageForm *page_form = get_page_form (self);

  if (page_form != NULL)
    ov_form_set_modified (page_form->form, FALSE);
}

static void
ov_editing_page_default_init (OvEditingPageInterface *iface)
{
  page_form_quark = g_quark_from_static_string ("ov-editing-page-form");

  iface->get_modified = ov_editing_page_real_get_modified;
  iface->dup_title = ov_editing_page_real_dup_title;
  iface->save = ov_editing_page_real_save;
  iface->discard = ov_editing_page_real_discard;
}

/**
 * ov_editing_page_set_form:
 * @form: the form through which the page edits its record
 * @error_banner: shown when the store refuses the record
 * @error_label: in @error_banner, says why
 *
 * Lets the interface's defaults tell whether the page is modified, save through
 * #OvEditingPageInterface.write_record and discard, all through @form.
 */
void
ov_editing_page_set_form (OvEditingPage *self,
                          OvForm        *form,
                          GtkWidget     *error_banner,
                          GtkLabel      *error_label)
{
  PageForm *page_form;

  g_return_if_fail (OV_IS_EDITING_PAGE (self));
  g_return_if_fail (OV_IS_FORM (form));
  g_return_if_fail (GTK_IS_WIDGET (error_banner));
  g_return_if_fail (GTK_IS_LABEL (error_label));

  page_form = g_new0 (PageForm, 1);
  page_form->form = g_object_ref (form);
  g_set_weak_pointer (&page_form->error_banner, error_banner);
  g_set_weak_pointer (&page_form->error_label, error_label);
  g_object_set_qdata_full (G_OBJECT (self), page_form_quark, page_form,
                           (GDestroyNotify) page_form_free);
}

/**
 * ov_editing_page_get_modified:
 *
 * Returns: %TRUE if the page holds changes not yet saved
 */
gboolean
ov_editing_page_get_modified (OvEditingPage *self)
{
  g_return_val_if_fail (OV_IS_EDITING_PAGE (self), FALSE);

  return OV_EDITING_PAGE_GET_IFACE (self)->get_modified (self);
}

/**
 * ov_editing_page_dup_title:
 *
 * Returns: (transfer full): the question asked before leaving the page's changes
 */
char *
ov_editing_page_dup_title (OvEditingPage *self)
{
  g_return_val_if_fail (OV_IS_EDITING_PAGE (self), NULL);

  return OV_EDITING_PAGE_GET_IFACE (self)->dup_title (self);
}

/**
 * ov_editing_page_save:
 *
 * Saves the page's changes. What is wrong is marked on the page, and said in @error.
 *
 * Returns: %TRUE if saved
 */
gboolean
ov_editing_page_save (OvEditingPage  *self,
                      GError        **error)
{
  g_return_val_if_fail (OV_IS_EDITING_PAGE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return OV_EDITING_PAGE_GET_IFACE (self)->save (self, error);
}

/**
 * ov_editing_page_discard:
 *
 * Forgets the page's unsaved changes.
 */
void
ov_editing_page_discard (OvEditingPage *self)
{
  g_return_if_fail (OV_IS_EDITING_PAGE (self));

  OV_EDITING_PAGE_GET_IFACE (self)->discard (self);
}

static void
on_ask_save_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OvEditingPage *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  OvSaveChoice choice;

  choice = ov_dialogs_ask_save_finish (result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (choice == OV_SAVE_CHOICE_SAVE && !ov_editing_page_save (self, &error))
    {
      /* The user stays with the changes, told why they were not saved. */
      if (error != NULL)
        ov_dialogs_show_error (GTK_WIDGET (self), _("Your Changes Were Not Saved"),
                               error->message);
      else
        g_critical ("%s did not say why it could not save", G_OBJECT_TYPE_NAME (self));
      choice = OV_SAVE_CHOICE_CANCEL;
    }
  g_task_return_int (task, choice);
}

/**
 * ov_editing_page_ask:
 * @cancellable: (nullable): stops the question, as if the user had cancelled
 *
 * Asks whether to save, discard or keep the page's unsaved changes, and saves them if the
 * user says so. Discarding is left to the caller, so that a window can ask each of its
 * pages before any of them loses its changes. Use ov_editing_page_confirm_leave() to
 * leave one page.
 */
void
ov_editing_page_ask (OvEditingPage       *self,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (OV_IS_EDITING_PAGE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_editing_page_ask);

  if (!ov_editing_page_get_modified (self))
    {
      g_task_return_int (task, OV_SAVE_CHOICE_SAVE);
      return;
    }

  title = ov_editing_page_dup_title (self);
  ov_dialogs_ask_save (GTK_WIDGET (self), title,
                       _("If you leave without saving, your changes are lost."),
                       cancellable, on_ask_save_done, g_steal_pointer (&task));
}

/**
 * ov_editing_page_ask_finish:
 *
 * Returns: %OV_SAVE_CHOICE_SAVE if the changes were saved (or there were none),
 *   %OV_SAVE_CHOICE_DISCARD if the user chose to lose them (they are still on the page),
 *   %OV_SAVE_CHOICE_CANCEL if the user stays with them: cancelled, or saving failed and
 *   the error was shown
 */
OvSaveChoice
ov_editing_page_ask_finish (OvEditingPage  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  OvSaveChoice choice;

  g_return_val_if_fail (OV_IS_EDITING_PAGE (self), OV_SAVE_CHOICE_CANCEL);
  g_return_val_if_fail (g_task_is_valid (result, self), OV_SAVE_CHOICE_CANCEL);
  g_return_val_if_fail (g_async_result_is_tagged (result, ov_editing_page_ask),
                        OV_SAVE_CHOICE_CANCEL);

  choice = (OvSaveChoice) g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return OV_SAVE_CHOICE_CANCEL;
    }
  return choice;
}

static void
on_leave_asked (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OvEditingPage *self = OV_EDITING_PAGE (source);
  g_autoptr(GError) error = NULL;

  switch (ov_editing_page_ask_finish (self, result, &error))
    {
    case OV_SAVE_CHOICE_SAVE:
      g_task_return_boolean (task, TRUE);
      break;
    case OV_SAVE_CHOICE_DISCARD:
      ov_editing_page_discard (self);
      g_task_return_boolean (task, TRUE);
      break;
    case OV_SAVE_CHOICE_CANCEL:
    default:
      if (error != NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_boolean (task, FALSE);
      break;
    }
}

/**
 * ov_editing_page_confirm_leave:
 * @cancellable: (nullable): stops the question, as if the user had cancelled
 *
 * Asks whether to save, discard or keep the page's unsaved changes before the user leaves
 * them, and does what the user chose. Finishes at once, with %TRUE, when there is nothing
 * unsaved. When saving fails, the error is shown and the user stays with the changes.
 */
void
ov_editing_page_confirm_leave (OvEditingPage       *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OV_IS_EDITING_PAGE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* With nothing unsaved, the question finishes at once, as if saved. */
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_editing_page_confirm_leave);
  ov_editing_page_ask (self, cancellable, on_leave_asked, g_steal_pointer (&task));
}

/**
 * ov_editing_page_confirm_leave_finish:
 *
 * Returns: %TRUE if the user may leave: nothing was unsaved, or it was saved or discarded
 */
gboolean
ov_editing_page_confirm_leave_finish (OvEditingPage  *self,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  g_return_val_if_fail (OV_IS_EDITING_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ov_editing_page_confirm_leave), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
