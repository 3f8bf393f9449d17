/* ov-case-list.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case list as a GListModel that stays fast at 100,000 cases: it never holds all the
 * cases. The number of items comes from a counter kept by triggers (or, while searching,
 * from the full-text index); rows are loaded a page at a time, in the order SQLite gives
 * through an index on the sort column, and only a bounded number of pages is kept.
 */

#define G_LOG_DOMAIN "ov-case-list"

#include "config.h"

#include "ov-case-list.h"
#include "ov-case.h"
#include "ov-store-private.h"
#include "ov-util.h"

#define PAGE_SIZE 100
#define MAX_PAGES 40

struct _OvCaseList
{
  GObject     parent_instance;

  OvStore    *store;
  char       *search;
  char       *match;        /* FTS5 query built from search, or NULL */
  OvCaseSort  sort;
  gboolean    descending;
  guint       n_items;
  GHashTable *pages;        /* page number -> GPtrArray of OvCase */
};

static void ov_case_list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvCaseList, ov_case_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ov_case_list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Constant SQL for each sort column; each has an index in 0001-initial.sql. */
static const char * const order_columns[] = {
  [OV_CASE_SORT_REFERENCE] = "c.reference",
  [OV_CASE_SORT_OPERATION] = "c.operation_name COLLATE NOCASE",
  [OV_CASE_SORT_STATUS] = "c.status",
  [OV_CASE_SORT_OFFICER] = "c.oic_name COLLATE NOCASE",
  [OV_CASE_SORT_OPENED] = "c.opened_on",
  [OV_CASE_SORT_EXPLOITATION] = "c.exploitation_types",
};

static char *
page_sql (OvCaseList *self)
{
  const char *direction = self->descending ? "DESC" : "ASC";

  if (self->match != NULL)
    return g_strdup_printf ("SELECT c.* FROM cases_fts f JOIN cases c ON c.id = f.rowid "
                            "WHERE cases_fts MATCH ?3 ORDER BY %s %s, c.id %s "
                            "LIMIT ?1 OFFSET ?2",
                            order_columns[self->sort], direction, direction);
  return g_strdup_printf ("SELECT c.* FROM cases c ORDER BY %s %s, c.id %s LIMIT ?1 OFFSET ?2",
                          order_columns[self->sort], direction, direction);
}

static guint
count_items (OvCaseList *self)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;

  if (self->match != NULL)
    {
      stmt = _ov_store_prepare (self->store,
                                "SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?1",
                                &error);
      if (stmt != NULL)
        sqlite3_bind_text (stmt, 1, self->match, -1, SQLITE_TRANSIENT);
    }
  else
    stmt = _ov_store_prepare (self->store, "SELECT n FROM case_count WHERE id = 1", &error);

  if (stmt == NULL)
    {
      g_warning ("Could not count cases: %s", error->message);
      return 0;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static GPtrArray *
load_page (OvCaseList *self,
           guint       page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = page_sql (self);
  GPtrArray *items = g_ptr_array_new_full (PAGE_SIZE, g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (self->store, sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Could not list cases: %s", error->message);
      return items;
    }
  sqlite3_bind_int64 (stmt, 1, PAGE_SIZE);
  sqlite3_bind_int64 (stmt, 2, (gint64) page * PAGE_SIZE);
  if (self->match != NULL)
    sqlite3_bind_text (stmt, 3, self->match, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, _ov_store_read_record (self->store, OV_TYPE_CASE, stmt));
  if (rc != SQLITE_DONE)
    g_warning ("Could not list cases: %s", sqlite3_errmsg (_ov_store_get_db (self->store)));
  sqlite3_reset (stmt);

  return items;
}

static void
evict_far_page (OvCaseList *self,
                guint       near)
{
  GHashTableIter iter;
  gpointer key;
  guint farthest = near;
  guint distance = 0;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint page = GPOINTER_TO_UINT (key);
      guint d = page > near ? page - near : near - page;

      if (d >= distance)
        {
          distance = d;
          farthest = page;
        }
    }
  g_hash_table_remove (self->pages, GUINT_TO_POINTER (farthest));
}

static GType
ov_case_list_get_item_type (GListModel *model)
{
  return OV_TYPE_CASE;
}

static guint
ov_case_list_get_n_items (GListModel *model)
{
  return OV_CASE_LIST (model)->n_items;
}

static gpointer
ov_case_list_get_item (GListModel *model,
                       guint       position)
{
  OvCaseList *self = OV_CASE_LIST (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *items;

  if (position >= self->n_items)
    return NULL;

  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items == NULL)
    {
      if (g_hash_table_size (self->pages) >= MAX_PAGES)
        evict_far_page (self, page);
      items = load_page (self, page);
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
    }

  if (position % PAGE_SIZE >= items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (items, position % PAGE_SIZE));
}

static void
ov_case_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ov_case_list_get_item_type;
  iface->get_n_items = ov_case_list_get_n_items;
  iface->get_item = ov_case_list_get_item;
}

static void
on_store_changed (OvCaseList *self,
                  const char *entity,
                  gint64      id,
                  OvStore    *store)
{
  ov_case_list_refresh (self);
}

static void
ov_case_list_constructed (GObject *object)
{
  OvCaseList *self = OV_CASE_LIST (object);

  G_OBJECT_CLASS (ov_case_list_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed::case",
                           G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  self->n_items = count_items (self);
}

static void
ov_case_list_dispose (GObject *object)
{
  OvCaseList *self = OV_CASE_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->pages, g_hash_table_unref);

  G_OBJECT_CLASS (ov_case_list_parent_class)->dispose (object);
}

static void
ov_case_list_finalize (GObject *object)
{
  OvCaseList *self = OV_CASE_LIST (object);

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->match, g_free);

  G_OBJECT_CLASS (ov_case_list_parent_class)->finalize (object);
}

static void
ov_case_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OvCaseList *self = OV_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_case_list_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OvCaseList *self = OV_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH:
      ov_case_list_set_search (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_case_list_class_init (OvCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ov_case_list_constructed;
  object_class->dispose = ov_case_list_dispose;
  object_class->finalize = ov_case_list_finalize;
  object_class->get_property = ov_case_list_get_property;
  object_class->set_property = ov_case_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_case_list_init (OvCaseList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * ov_case_list_new:
 *
 * Returns: (transfer full): all cases of @store as a list model, by reference
 */
OvCaseList *
ov_case_list_new (OvStore *store)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  return g_object_new (OV_TYPE_CASE_LIST, "store", store, NULL);
}

OvStore *
ov_case_list_get_store (OvCaseList *self)
{
  g_return_val_if_fail (OV_IS_CASE_LIST (self), NULL);
  return self->store;
}

/**
 * ov_case_list_build_match:
 * @search: what the user typed
 *
 * Turns typed text into an FTS5 query that matches every word as a prefix, quoting each
 * word so that nothing typed is read as query syntax.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL if nothing is to be matched
 */
char *
ov_case_list_build_match (const char *search)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) match = NULL;

  if (ov_str_empty (search))
    return NULL;

  words = g_strsplit_set (search, " \t\n\r", -1);
  match = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean has_word_char = FALSE;

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (g_unichar_isalnum (g_utf8_get_char (p)))
            {
              has_word_char = TRUE;
              break;
            }
        }
      if (!has_word_char)
        continue;

      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_c (match, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append (match, "\"*");
    }

  if (match->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&match), FALSE);
}

const char *
ov_case_list_get_search (OvCaseList *self)
{
  g_return_val_if_fail (OV_IS_CASE_LIST (self), NULL);
  return self->search;
}

/**
 * ov_case_list_set_search:
 * @search: (nullable): words to look for in reference, operation and summary
 *
 * Narrows the list to the cases that contain every word (as the start of a word).
 */
void
ov_case_list_set_search (OvCaseList *self,
                         const char *search)
{
  g_autofree char *match = NULL;

  g_return_if_fail (OV_IS_CASE_LIST (self));

  if (!ov_set_str (&self->search, search))
    return;

  match = ov_case_list_build_match (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  if (g_strcmp0 (match, self->match) == 0)
    return;
  g_free (self->match);
  self->match = g_steal_pointer (&match);
  ov_case_list_refresh (self);
}

OvCaseSort
ov_case_list_get_sort (OvCaseList *self)
{
  g_return_val_if_fail (OV_IS_CASE_LIST (self), 0);
  return self->sort;
}

gboolean
ov_case_list_get_descending (OvCaseList *self)
{
  g_return_val_if_fail (OV_IS_CASE_LIST (self), FALSE);
  return self->descending;
}

void
ov_case_list_set_sort (OvCaseList *self,
                       OvCaseSort  sort,
                       gboolean    descending)
{
  g_return_if_fail (OV_IS_CASE_LIST (self));
  g_return_if_fail (sort <= OV_CASE_SORT_EXPLOITATION);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  ov_case_list_refresh (self);
}

/**
 * ov_case_list_refresh:
 *
 * Reloads the list from the store; called by itself whenever a case is saved.
 */
void
ov_case_list_refresh (OvCaseList *self)
{
  guint old_n;

  g_return_if_fail (OV_IS_CASE_LIST (self));

  old_n = self->n_items;
  g_hash_table_remove_all (self->pages);
  self->n_items = count_items (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* How many cases are held in memory now (for tests and benchmarks). */
guint
ov_case_list_get_n_loaded (OvCaseList *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (OV_IS_CASE_LIST (self), 0);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GPtrArray *) value)->len;
  return n;
}
