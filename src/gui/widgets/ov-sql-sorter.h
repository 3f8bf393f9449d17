/* ov-sql-sorter.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OV_TYPE_SQL_SORTER (ov_sql_sorter_get_type ())

G_DECLARE_FINAL_TYPE (OvSqlSorter, ov_sql_sorter, OV, SQL_SORTER, GtkSorter)

OvSqlSorter *ov_sql_sorter_new       (const char  *key);
const char  *ov_sql_sorter_get_key   (OvSqlSorter *self);
void         ov_sql_sorter_set_key   (OvSqlSorter *self,
                                      const char  *key);

const char  *ov_sql_sorter_find_primary (GtkSorter   *column_view_sorter,
                                         GListModel  *columns,
                                         gboolean    *descending);

G_END_DECLS
