/* ov-cases-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of cases. It may hold 100,000 of them: searching and sorting are done by the
 * store in SQL (OvCaseList), never by GTK over the rows.
 */

#define G_LOG_DOMAIN "ov-cases-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ov-case.h"
#include "ov-case-list.h"
#include "ov-cases-page.h"
#include "ov-enum-types.h"
#include "ov-exchange.h"
#include "ov-findings-badge.h"
#include "ov-findings-cache.h"
#include "ov-sql-sorter.h"
#include "ov-store.h"
#include "ov-util.h"

struct _OvCasesPage
{
  GtkWidget            parent_instance;

  OvStore             *store;
  OvCaseList          *case_list;
  OvFindingsCache     *findings;
  GHashTable          *findings_cells;  /* the GtkListItems of the Findings column now bound */

  GtkSearchEntry      *search_entry;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *opened_column;
  GtkLabel            *empty_title;
  GtkLabel            *empty_description;
  GtkLabel            *count_label;
};

G_DEFINE_FINAL_TYPE (OvCasesPage, ov_cases_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sort keys of the columns in ov-cases-page.ui. */
static const struct
{
  const char *key;
  OvCaseSort  sort;
} sort_keys[] = {
  { "reference", OV_CASE_SORT_REFERENCE },
  { "operation", OV_CASE_SORT_OPERATION },
  { "status", OV_CASE_SORT_STATUS },
  { "officer", OV_CASE_SORT_OFFICER },
  { "opened", OV_CASE_SORT_OPENED },
  { "exploitation", OV_CASE_SORT_EXPLOITATION },
};

static void
apply_sort (OvCasesPage *self)
{
  g_autoptr(GListModel) columns = NULL;
  GtkSorter *sorter;
  OvCaseSort sort = OV_CASE_SORT_REFERENCE;
  gboolean descending = FALSE;
  const char *key;

  if (self->case_list == NULL || self->column_view == NULL)
    return;

  sorter = gtk_column_view_get_sorter (self->column_view);
  columns = g_object_ref (gtk_column_view_get_columns (self->column_view));
  key = ov_sql_sorter_find_primary (sorter, columns, &descending);
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (sort_keys); i++)
    {
      if (strcmp (sort_keys[i].key, key) == 0)
        sort = sort_keys[i].sort;
    }
  ov_case_list_set_sort (self->case_list, sort, descending);
}

static void
update_count (OvCasesPage *self)
{
  g_autofree char *count = NULL;
  gboolean searching;
  guint n;

  if (self->case_list == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->case_list));
  searching = !ov_str_empty (ov_case_list_get_search (self->case_list));

  if (searching)
    count = g_strdup_printf (ngettext ("%u case matches", "%u cases match", n), n);
  else
    count = g_strdup_printf (ngettext ("%u case", "%u cases", n), n);
  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (searching)
    {
      gtk_label_set_text (self->empty_title, _("No Matching Cases"));
      gtk_label_set_text (self->empty_description,
                          _("No reference, operation name or summary starts with these "
                            "words. Check the spelling or search for fewer words."));
    }
  else
    {
      gtk_label_set_text (self->empty_title, _("No Cases"));
      gtk_label_set_text (self->empty_description,
                          _("Record the first investigation with New Case."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

/* Closures for the cells of ov-cases-page.ui */

static char *
status_label (gpointer     this,
              OvCaseStatus status)
{
  return g_strdup (ov_enum_get_label (OV_TYPE_CASE_STATUS, status));
}

static char *
officer_label (gpointer    this,
               const char *oic_name)
{
  return g_strdup (!ov_str_empty (oic_name) ? oic_name : _("Not allocated"));
}

static gboolean
officer_present (gpointer    this,
                 const char *oic_name)
{
  return !ov_str_empty (oic_name);
}

static char *
date_label (gpointer    this,
            const char *date)
{
  return ov_format_date (date);
}

static char *
exploitation_label (gpointer       this,
                    OvExploitation exploitation_types)
{
  return ov_flags_to_labels (OV_TYPE_EXPLOITATION, exploitation_types);
}

static char *
override_label (gpointer this,
                gboolean pip2_override)
{
  return g_strdup (pip2_override ? _("PIP2 override") : "");
}

static char *
override_tooltip (gpointer this,
                  gboolean pip2_override)
{
  if (!pip2_override)
    return NULL;
  return g_strdup (_("Allocated to someone below PIP2, with a supervisor’s rationale"));
}

/* The Findings column: counts from the store's findings cache, which runs one check for
 * every case; only the cells on screen are brought up to date when it changes. */

static void
show_findings (OvCasesPage *self,
               GtkListItem *list_item)
{
  OvFindingsBadge *badge = OV_FINDINGS_BADGE (gtk_list_item_get_child (list_item));
  OvCase *the_case = gtk_list_item_get_item (list_item);
  OvFindingCounts counts = { 0, 0, 0 };
  guint n_conflicts = 0;

  if (self->findings != NULL && the_case != NULL)
    ov_findings_cache_get_counts (self->findings, ov_record_get_id (OV_RECORD (the_case)),
                                  &counts);
  ov_findings_badge_set_counts (badge, counts.n_overdue, counts.n_due_soon);
  /* Conflicts left by a bundle import, counted for the rows on screen only. */
  if (self->store != NULL && the_case != NULL)
    n_conflicts = ov_exchange_count_conflicts (self->store,
                                               ov_record_get_id (OV_RECORD (the_case)));
  ov_findings_badge_set_n_conflicts (badge, n_conflicts);
}

static void
on_findings_setup (OvCasesPage              *self,
                   GtkListItem              *list_item,
                   GtkSignalListItemFactory *factory)
{
  gtk_list_item_set_child (list_item, GTK_WIDGET (ov_findings_badge_new ()));
}

static void
on_findings_bind (OvCasesPage              *self,
                  GtkListItem              *list_item,
                  GtkSignalListItemFactory *factory)
{
  g_hash_table_add (self->findings_cells, list_item);
  show_findings (self, list_item);
}

static void
on_findings_unbind (OvCasesPage              *self,
                    GtkListItem              *list_item,
                    GtkSignalListItemFactory *factory)
{
  g_hash_table_remove (self->findings_cells, list_item);
}

static void
on_findings_updated (OvCasesPage     *self,
                     OvFindingsCache *cache)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->findings_cells);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    show_findings (self, list_item);
}

/* Callbacks */

static void
on_search_changed (OvCasesPage    *self,
                   GtkSearchEntry *entry)
{
  if (self->case_list != NULL)
    ov_case_list_set_search (self->case_list, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (OvCasesPage    *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_column_view_activate (OvCasesPage   *self,
                         guint          position,
                         GtkColumnView *column_view)
{
  g_autoptr(OvCase) the_case = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (the_case == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-case", "x",
                              ov_record_get_id (OV_RECORD (the_case)));
}

static void
on_sorter_changed (OvCasesPage   *self,
                   GtkSorterChange change,
                   GtkSorter     *sorter)
{
  apply_sort (self);
}

/* Overrides */

static void
ov_cases_page_dispose (GObject *object)
{
  OvCasesPage *self = OV_CASES_PAGE (object);
  GtkWidget *child;

  /* Removing the columns changes the sorter: there is no list left to sort by then. */
  g_clear_object (&self->case_list);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_CASES_PAGE);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->findings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_cases_page_parent_class)->dispose (object);
}

static void
ov_cases_page_finalize (GObject *object)
{
  OvCasesPage *self = OV_CASES_PAGE (object);

  g_clear_pointer (&self->findings_cells, g_hash_table_unref);

  G_OBJECT_CLASS (ov_cases_page_parent_class)->finalize (object);
}

static void
ov_cases_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvCasesPage *self = OV_CASES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_cases_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvCasesPage *self = OV_CASES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_cases_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Focus goes to the list when it shows cases, otherwise to the search. */
static gboolean
ov_cases_page_grab_focus (GtkWidget *widget)
{
  OvCasesPage *self = OV_CASES_PAGE (widget);
  const char *showing = gtk_stack_get_visible_child_name (self->list_stack);

  if (g_strcmp0 (showing, "list") == 0 && gtk_widget_grab_focus (GTK_WIDGET (self->column_view)))
    return TRUE;
  return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ov_cases_page_class_init (OvCasesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_cases_page_dispose;
  object_class->finalize = ov_cases_page_finalize;
  object_class->get_property = ov_cases_page_get_property;
  object_class->set_property = ov_cases_page_set_property;

  widget_class->grab_focus = ov_cases_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OV_TYPE_CASE);
  g_type_ensure (OV_TYPE_FINDINGS_BADGE);
  g_type_ensure (OV_TYPE_SQL_SORTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-cases-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, opened_column);
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, empty_description);
  gtk_widget_class_bind_template_child (widget_class, OvCasesPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_findings_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_findings_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_findings_unbind);
  gtk_widget_class_bind_template_callback (widget_class, status_label);
  gtk_widget_class_bind_template_callback (widget_class, officer_label);
  gtk_widget_class_bind_template_callback (widget_class, officer_present);
  gtk_widget_class_bind_template_callback (widget_class, date_label);
  gtk_widget_class_bind_template_callback (widget_class, exploitation_label);
  gtk_widget_class_bind_template_callback (widget_class, override_label);
  gtk_widget_class_bind_template_callback (widget_class, override_tooltip);
}

static void
ov_cases_page_init (OvCasesPage *self)
{
  self->findings_cells = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
  /* Newest first: what a supervisor usually looks for. */
  gtk_column_view_sort_by_column (self->column_view, self->opened_column, GTK_SORT_DESCENDING);
}

OvStore *
ov_cases_page_get_store (OvCasesPage *self)
{
  g_return_val_if_fail (OV_IS_CASES_PAGE (self), NULL);
  return self->store;
}

/**
 * ov_cases_page_set_store:
 * @store: (nullable): the store whose cases are listed
 */
void
ov_cases_page_set_store (OvCasesPage *self,
                         OvStore     *store)
{
  g_return_if_fail (OV_IS_CASES_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->findings != NULL)
    g_signal_handlers_disconnect_by_data (self->findings, self);
  g_clear_object (&self->findings);
  g_clear_object (&self->case_list);
  if (store != NULL)
    {
      self->findings = g_object_ref (ov_findings_cache_get_for_store (store));
      g_signal_connect_object (self->findings, "updated", G_CALLBACK (on_findings_updated), self,
                               G_CONNECT_SWAPPED);
      self->case_list = ov_case_list_new (store);
      ov_case_list_set_search (self->case_list,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      apply_sort (self);
      g_signal_connect_object (self->case_list, "items-changed",
                               G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
    }
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->case_list));
  update_count (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_cases_page_get_case_list:
 *
 * Returns: (transfer none) (nullable): the cases shown, as searched and sorted
 */
OvCaseList *
ov_cases_page_get_case_list (OvCasesPage *self)
{
  g_return_val_if_fail (OV_IS_CASES_PAGE (self), NULL);
  return self->case_list;
}

void
ov_cases_page_focus_search (OvCasesPage *self)
{
  g_return_if_fail (OV_IS_CASES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
