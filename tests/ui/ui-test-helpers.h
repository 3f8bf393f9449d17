/* ui-test-helpers.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared set-up for the GTK tests: a display, real databases in temporary files, and
 * ways to let the main loop run until the interface has done what a user would see.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-case.h"
#include "ov-partner.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define UI_TEST_ACCOUNT "ui-test-supervisor"

typedef gboolean (*UiTestCondition) (gpointer data);

void       ui_test_init             (int              *argc,
                                     char           ***argv);
char      *ui_test_db_path          (void);
OvStore   *ui_test_empty_store      (const char       *path);
OvStore   *ui_test_demo_store       (const char       *path);
void       ui_test_flush            (void);
gboolean   ui_test_wait_until       (UiTestCondition   condition,
                                     gpointer          data);
gpointer   ui_test_child            (gpointer          widget,
                                     GType             widget_type,
                                     const char       *name);
GtkWindow *ui_test_find_window      (GType             window_type);
GtkWidget *ui_test_find_label       (GtkWidget        *root,
                                     const char       *text);
OvStaff   *ui_test_find_staff       (OvStore          *store,
                                     const char       *name);
OvPartner *ui_test_find_partner     (OvStore          *store,
                                     const char       *name);
char      *ui_test_text_view_text   (GtkTextView      *text_view);
void       ui_test_set_text         (GtkTextView      *text_view,
                                     const char       *text);
OvCase    *ui_test_add_case         (OvStore          *store,
                                     const char       *reference);
void       ui_test_open_case        (GtkWindow        *window,
                                     gint64            case_id);
GtkWindow *ui_test_wait_message     (void);
void       ui_test_answer_dialog    (int               response);
void       ui_test_sign_in_as       (OvStore          *store,
                                     const char       *account,
                                     const char       *name);
void       ui_test_click            (GtkWidget        *button);
guint      ui_test_staff_position   (GtkDropDown      *drop_down,
                                     const char       *name);

G_END_DECLS
