/* ov-records-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A register of one kind of record kept by the force, with search, sorting and an
 * editor: the learning log ("learning") and escalations to senior leaders
 * ("escalations").
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-record-editor.h"
#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_RECORDS_PAGE (ov_records_page_get_type ())

G_DECLARE_FINAL_TYPE (OvRecordsPage, ov_records_page, OV, RECORDS_PAGE, GtkWidget)

const char     *ov_records_page_get_kind     (OvRecordsPage *self);
void            ov_records_page_set_store    (OvRecordsPage *self,
                                              OvStore       *store);
OvRecordEditor *ov_records_page_get_editor   (OvRecordsPage *self);
GListModel     *ov_records_page_get_shown    (OvRecordsPage *self);
gboolean        ov_records_page_get_modified (OvRecordsPage *self);
gboolean        ov_records_page_save         (OvRecordsPage *self);
void            ov_records_page_focus_search (OvRecordsPage *self);

G_END_DECLS
