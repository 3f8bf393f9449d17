/* ov-editing-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page that edits one record in place, and so may hold unsaved changes. Whatever would
 * take the record away from the user (another record, a new one) asks through
 * ov_editing_page_confirm_leave() first: save, discard or stay. Closing the window asks
 * each page with ov_editing_page_ask(), and discards only once every page has answered.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-dialogs.h"
#include "ov-form.h"

G_BEGIN_DECLS

#define OV_TYPE_EDITING_PAGE (ov_editing_page_get_type ())

G_DECLARE_INTERFACE (OvEditingPage, ov_editing_page, OV, EDITING_PAGE, GtkWidget)

/**
 * OvEditingPageInterface:
 * @get_modified: whether the page holds changes not yet saved
 * @dup_title: the question asked before leaving, naming what is being edited, such as
 *   “Save Changes to Case MSHT/2026/0001?”
 * @save: saves the changes; on failure, marks what is wrong on the page and sets the error
 *   to a message for the user
 * @discard: forgets the changes, so that the page no longer holds any
 * @write_record: for a page with a form (see ov_editing_page_set_form()), writes the
 *   record once the form has found it valid; the default @save calls it
 * @new_record_title: for a page with a form, the question about a record not saved yet,
 *   marked with N_(); the default @dup_title names a stored record by its description
 *
 * A page that edits one record through an #OvForm sets it with ov_editing_page_set_form()
 * and implements @write_record; the rest has defaults.
 */
struct _OvEditingPageInterface
{
  GTypeInterface parent_iface;

  gboolean  (*get_modified) (OvEditingPage  *self);
  char     *(*dup_title)    (OvEditingPage  *self);
  gboolean  (*save)         (OvEditingPage  *self,
                             GError        **error);
  void      (*discard)      (OvEditingPage  *self);

  gboolean  (*write_record) (OvEditingPage  *self,
                             OvRecord       *record,
                             GError        **error);
  const char *new_record_title;
};

void         ov_editing_page_set_form             (OvEditingPage       *self,
                                                   OvForm              *form,
                                                   GtkWidget           *error_banner,
                                                   GtkLabel            *error_label);

gboolean     ov_editing_page_get_modified         (OvEditingPage       *self);
char        *ov_editing_page_dup_title            (OvEditingPage       *self);
gboolean     ov_editing_page_save                 (OvEditingPage       *self,
                                                   GError             **error);
void         ov_editing_page_discard              (OvEditingPage       *self);

void         ov_editing_page_ask                  (OvEditingPage       *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
OvSaveChoice ov_editing_page_ask_finish           (OvEditingPage       *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void         ov_editing_page_confirm_leave        (OvEditingPage       *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean     ov_editing_page_confirm_leave_finish (OvEditingPage       *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
