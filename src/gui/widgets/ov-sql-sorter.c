/* ov-sql-sorter.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A column sorter that never sorts anything itself. Lists of any size are sorted by the
 * store in SQL; this sorter only marks a column as sortable, so that the column view
 * shows a clickable header, and lets the list find out which column the user chose.
 *
 * GTK 4.8 has no public way to read the column view's primary sort column. Its sorter asks
 * the primary column's sorter first and inverts the answer when the order is descending,
 * so comparing two probes tells both: the sorter that was asked records it, and always
 * answering "smaller" means that "larger" comes back only for a descending order.
 */

#define G_LOG_DOMAIN "ov-sql-sorter"

#include "config.h"

#include "ov-sql-sorter.h"
#include "ov-util.h"

struct _OvSqlSorter
{
  GtkSorter  parent_instance;

  char      *key;
  gboolean   asked;
};

G_DEFINE_FINAL_TYPE (OvSqlSorter, ov_sql_sorter, GTK_TYPE_SORTER)

enum {
  PROP_0,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkOrdering
ov_sql_sorter_compare (GtkSorter *sorter,
                       gpointer   item1,
                       gpointer   item2)
{
  OV_SQL_SORTER (sorter)->asked = TRUE;
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
ov_sql_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
ov_sql_sorter_finalize (GObject *object)
{
  OvSqlSorter *self = OV_SQL_SORTER (object);

  g_clear_pointer (&self->key, g_free);

  G_OBJECT_CLASS (ov_sql_sorter_parent_class)->finalize (object);
}

static void
ov_sql_sorter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvSqlSorter *self = OV_SQL_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_sql_sorter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvSqlSorter *self = OV_SQL_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      ov_sql_sorter_set_key (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_sql_sorter_class_init (OvSqlSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->finalize = ov_sql_sorter_finalize;
  object_class->get_property = ov_sql_sorter_get_property;
  object_class->set_property = ov_sql_sorter_set_property;

  sorter_class->compare = ov_sql_sorter_compare;
  sorter_class->get_order = ov_sql_sorter_get_order;

  /**
   * OvSqlSorter:key:
   *
   * Names the column the store sorts by when this sorter's column is chosen.
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_sql_sorter_init (OvSqlSorter *self)
{
}

/**
 * ov_sql_sorter_new:
 * @key: (nullable): the sort key of the column
 *
 * Returns: (transfer full): a sorter for a column the store sorts
 */
OvSqlSorter *
ov_sql_sorter_new (const char *key)
{
  return g_object_new (OV_TYPE_SQL_SORTER, "key", key, NULL);
}

const char *
ov_sql_sorter_get_key (OvSqlSorter *self)
{
  g_return_val_if_fail (OV_IS_SQL_SORTER (self), NULL);
  return self->key;
}

void
ov_sql_sorter_set_key (OvSqlSorter *self,
                       const char  *key)
{
  g_return_if_fail (OV_IS_SQL_SORTER (self));

  if (ov_set_str (&self->key, key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

/**
 * ov_sql_sorter_find_primary:
 * @column_view_sorter: the sorter of a #GtkColumnView
 * @columns: the column view's columns
 * @descending: (out): whether the primary column sorts in descending order
 *
 * Finds which column the user sorts by, among the columns that have an #OvSqlSorter.
 *
 * Returns: (transfer none) (nullable): the key of the primary sort column, or %NULL if the
 *   view is not sorted
 */
const char *
ov_sql_sorter_find_primary (GtkSorter  *column_view_sorter,
                            GListModel *columns,
                            gboolean   *descending)
{
  g_autoptr(GObject) probe_a = NULL;
  g_autoptr(GObject) probe_b = NULL;
  const char *key = NULL;
  GtkOrdering ordering;
  guint n_columns;

  g_return_val_if_fail (GTK_IS_SORTER (column_view_sorter), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (columns), NULL);
  g_return_val_if_fail (descending != NULL, NULL);

  *descending = FALSE;
  n_columns = g_list_model_get_n_items (columns);
  for (guint i = 0; i < n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      GtkSorter *sorter = gtk_column_view_column_get_sorter (column);

      if (OV_IS_SQL_SORTER (sorter))
        OV_SQL_SORTER (sorter)->asked = FALSE;
    }

  probe_a = g_object_new (G_TYPE_OBJECT, NULL);
  probe_b = g_object_new (G_TYPE_OBJECT, NULL);
  ordering = gtk_sorter_compare (column_view_sorter, probe_a, probe_b);
  if (ordering == GTK_ORDERING_EQUAL)
    return NULL;

  for (guint i = 0; i < n_columns && key == NULL; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      GtkSorter *sorter = gtk_column_view_column_get_sorter (column);

      if (OV_IS_SQL_SORTER (sorter) && OV_SQL_SORTER (sorter)->asked)
        key = OV_SQL_SORTER (sorter)->key;
    }

  *descending = ordering == GTK_ORDERING_LARGER;
  return key;
}
