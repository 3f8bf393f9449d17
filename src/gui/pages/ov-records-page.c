/* ov-records-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The learning log and the escalations to senior leaders: a searchable, sortable list of
 * the records on the left and the chosen record's editor on the right. What differs
 * between the two is described by a table (columns, fields, how the store lists them).
 * A force keeps at most a few hundred of either, so the list is searched in memory.
 */

#define G_LOG_DOMAIN "ov-records-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case.h"
#include "ov-dialogs.h"
#include "ov-editing-page.h"
#include "ov-enum-types.h"
#include "ov-readiness.h"
#include "ov-records-page.h"
#include "ov-review.h"
#include "ov-store.h"
#include "ov-util.h"

typedef enum
{
  COLUMN_TEXT,
  COLUMN_DATE,   /* YYYY-MM-DD, shown as people read dates and sorted by the stored text */
  COLUMN_ENUM,
  COLUMN_FLAGS,
  COLUMN_CASE,
} ColumnKind;

typedef struct
{
  const char *property;
  const char *title;    /* N_() */
  ColumnKind  kind;
  gboolean    expand;
  char     *(*text) (GObject *item);  /* for a column worked out from several fields */
} RecordColumn;

static char *
learning_status (GObject *item)
{
  OvLearningEntry *entry = OV_LEARNING_ENTRY (item);

  if (ov_str_empty (ov_learning_entry_get_actions (entry)))
    return g_strdup (_("No actions"));
  if (ov_str_empty (ov_learning_entry_get_actions_closed_on (entry)))
    return g_strdup (_("Actions open"));
  return g_strdup (_("Actions closed"));
}

static char *
escalation_status (GObject *item)
{
  OvEscalation *escalation = OV_ESCALATION (item);

  if (!ov_str_empty (ov_escalation_get_closed_on (escalation)))
    return g_strdup (_("Closed"));
  if (!ov_str_empty (ov_escalation_get_responded_on (escalation)))
    return g_strdup (_("Answered"));
  return g_strdup (_("Awaiting answer"));
}

typedef struct
{
  const char          *kind;
  const char          *title;
  const char          *new_label;
  const char          *new_title;
  const char          *search_placeholder;
  const char          *entity;
  GType              (*get_type) (void);
  GPtrArray         *(*list) (OvStore  *store,
                              GError  **error);
  const RecordColumn  *columns;
  guint                n_columns;
  const OvEditorField *fields;
  guint                n_fields;
  const char          *search_property;  /* the long text searched besides the columns */
} RecordsKind;

static const RecordColumn learning_columns[] = {
  { "recorded-on", N_("Recorded"), COLUMN_DATE, FALSE, NULL },
  { "kind", N_("Kind"), COLUMN_ENUM, FALSE, NULL },
  { "actions-closed-on", N_("Actions"), COLUMN_TEXT, FALSE, learning_status },
  { "description", N_("Description"), COLUMN_TEXT, TRUE, NULL },
  { "case-id", N_("Case"), COLUMN_CASE, FALSE, NULL },
  { "shared-with", N_("Shared With"), COLUMN_FLAGS, FALSE, NULL },
};

static const OvEditorField learning_fields[] = {
  { "kind", N_("_Kind"), OV_FIELD_CHOICE },
  { "recorded-on", N_("_Recorded on"), OV_FIELD_DATE },
  { "case-id", N_("_Case"), OV_FIELD_CASE },
  { "review-id", N_("Re_view"), OV_FIELD_CASE_REVIEW },
  { "description", N_("_Description"), OV_FIELD_LONG_TEXT },
  { "actions", N_("_Actions arising"), OV_FIELD_LONG_TEXT },
  { "actions-closed-on", N_("Actions c_losed on"), OV_FIELD_DATE },
  { "shared-with", N_("S_hared with"), OV_FIELD_FLAGS },
  { "shared-on", N_("Shared o_n"), OV_FIELD_DATE },
};

static const RecordColumn escalation_columns[] = {
  { "raised-on", N_("Raised"), COLUMN_DATE, FALSE, NULL },
  { "concern", N_("Concern"), COLUMN_ENUM, FALSE, NULL },
  { "closed-on", N_("Status"), COLUMN_TEXT, FALSE, escalation_status },
  { "raised-to-name", N_("Raised To"), COLUMN_TEXT, FALSE, NULL },
  { "details", N_("Details"), COLUMN_TEXT, TRUE, NULL },
  { "case-id", N_("Case"), COLUMN_CASE, FALSE, NULL },
};

static const OvEditorField escalation_fields[] = {
  { "concern", N_("_Concern"), OV_FIELD_CHOICE },
  { "details", N_("_Details"), OV_FIELD_LONG_TEXT },
  { "raised-to-name", N_("Raised _to"), OV_FIELD_TEXT },
  { "raised-to-rank", N_("Their ran_k or role"), OV_FIELD_TEXT },
  { "raised-on", N_("Raised _on"), OV_FIELD_DATE },
  { "response", N_("Res_ponse"), OV_FIELD_LONG_TEXT },
  { "responded-on", N_("_Answered on"), OV_FIELD_DATE },
  { "closed-on", N_("C_losed on"), OV_FIELD_DATE },
  { "case-id", N_("C_ase"), OV_FIELD_CASE },
};

static const RecordsKind kinds[] = {
  { "learning", N_("Learning"), N_("New _Entry"), N_("New Learning Entry"),
    N_("Search the learning log"), "learning-entry", ov_learning_entry_get_type,
    ov_store_list_learning_entries, learning_columns, G_N_ELEMENTS (learning_columns),
    learning_fields, G_N_ELEMENTS (learning_fields), "actions" },
  { "escalations", N_("Escalations"), N_("New _Escalation"), N_("New Escalation"),
    N_("Search escalations"), "escalation", ov_escalation_get_type,
    ov_store_list_escalations, escalation_columns, G_N_ELEMENTS (escalation_columns),
    escalation_fields, G_N_ELEMENTS (escalation_fields), "response" },
};

typedef struct
{
  OvRecordsPage      *page;
  const RecordColumn *column;
} ColumnData;

struct _OvRecordsPage
{
  GtkWidget            parent_instance;

  const RecordsKind   *kind;
  OvStore             *store;
  OvRecordEditor      *editor;
  GListStore          *records;
  GHashTable          *case_references;  /* id -> reference */
  GtkCustomFilter     *filter;
  ColumnData          *column_data;
  gboolean             restoring_selection;

  GtkLabel            *title_label;
  GtkSearchEntry      *search_entry;
  GtkButton           *new_button;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkLabel            *count_label;
  GtkStack            *editor_stack;
  GtkLabel            *editor_title;
  GtkWidget           *error_banner;
  GtkLabel            *error_label;
  GtkBox              *editor_box;
};

static void ov_records_page_editing_page_init (OvEditingPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvRecordsPage, ov_records_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (OV_TYPE_EDITING_PAGE,
                                                      ov_records_page_editing_page_init))

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OvRecord *
editing (OvRecordsPage *self)
{
  return self->editor != NULL ? ov_record_editor_get_record (self->editor) : NULL;
}

static gint64
editing_id (OvRecordsPage *self)
{
  OvRecord *record = editing (self);

  return record != NULL ? ov_record_get_id (record) : 0;
}

static const char *
case_reference (OvRecordsPage *self,
                gint64         id)
{
  const char *reference;
  g_autoptr(OvCase) the_case = NULL;

  if (id == 0 || self->store == NULL)
    return NULL;
  reference = g_hash_table_lookup (self->case_references, &id);
  if (reference != NULL)
    return reference;
  the_case = ov_store_load (self->store, OV_TYPE_CASE, id, NULL);
  if (the_case == NULL)
    return NULL;
  g_hash_table_insert (self->case_references, g_memdup2 (&id, sizeof id),
                       g_strdup (ov_case_get_reference (the_case)));
  return g_hash_table_lookup (self->case_references, &id);
}

/* The text a cell shows, which is also what the column sorts and the search looks at. */
static char *
cell_text (OvRecordsPage      *self,
           const RecordColumn *column,
           GObject            *item)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  if (item == NULL)
    return NULL;
  if (column->text != NULL)
    return column->text (item);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), column->property);
  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (item, column->property, &value);

  switch (column->kind)
    {
    case COLUMN_ENUM:
      return g_strdup (ov_enum_get_label (G_VALUE_TYPE (&value), g_value_get_enum (&value)));
    case COLUMN_FLAGS:
      return ov_flags_to_labels (G_VALUE_TYPE (&value), g_value_get_flags (&value));
    case COLUMN_CASE:
      return g_strdup (case_reference (self, g_value_get_int64 (&value)));
    case COLUMN_DATE:
      return ov_str_empty (g_value_get_string (&value)) ? NULL
             : ov_format_date (g_value_get_string (&value));
    case COLUMN_TEXT:
    default:
      {
        const char *text = g_value_get_string (&value);
        const char *end;

        if (text == NULL)
          return NULL;
        /* One line in the list. */
        end = strchr (text, '\n');
        return end != NULL ? g_strndup (text, (gsize) (end - text)) : g_strdup (text);
      }
    }
}

static char *
sort_key (GObject    *item,
          ColumnData *data)
{
  /* Dates sort by their stored form, which is in calendar order. */
  if (item != NULL && data->column->kind == COLUMN_DATE && data->column->text == NULL)
    {
      char *date = NULL;

      g_object_get (item, data->column->property, &date, NULL);
      return date;
    }
  return cell_text (data->page, data->column, item);
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              ColumnData               *data)
{
  g_autofree char *text = cell_text (data->page, data->column,
                                     gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text ? text : "");
}

static void
add_columns (OvRecordsPage *self)
{
  self->column_data = g_new0 (ColumnData, self->kind->n_columns);

  for (guint i = 0; i < self->kind->n_columns; i++)
    {
      const RecordColumn *column = &self->kind->columns[i];
      ColumnData *data = &self->column_data[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      GtkExpression *expression;
      GtkSorter *sorter;

      data->page = self;
      data->column = column;
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), data);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), data);
      view_column = gtk_column_view_column_new (_(column->title), g_object_ref (factory));
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column, column->expand);
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (sort_key), data, NULL);
      sorter = GTK_SORTER (gtk_string_sorter_new (expression));
      gtk_column_view_column_set_sorter (view_column, sorter);
      g_object_unref (sorter);
      gtk_column_view_append_column (self->column_view, view_column);
      if (i == 0)
        gtk_column_view_sort_by_column (self->column_view, view_column, GTK_SORT_DESCENDING);
    }
}

static gboolean
match_record (gpointer item,
              gpointer user_data)
{
  OvRecordsPage *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_autofree char *extra = NULL;

  if (ov_str_empty (search))
    return TRUE;
  needle = g_utf8_casefold (search, -1);
  for (guint i = 0; i < self->kind->n_columns; i++)
    {
      g_autofree char *text = cell_text (self, &self->kind->columns[i], item);
      g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

      if (folded != NULL && strstr (folded, needle) != NULL)
        return TRUE;
    }
  g_object_get (item, self->kind->search_property, &extra, NULL);
  if (extra != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (extra, -1);

      return strstr (folded, needle) != NULL;
    }
  return FALSE;
}

static void
update_count (OvRecordsPage *self)
{
  g_autofree char *count = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  count = g_strdup_printf (ngettext ("%u record", "%u records", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
update_editor (OvRecordsPage *self)
{
  OvRecord *record = editing (self);
  gboolean is_new = record != NULL && ov_record_get_id (record) == 0;
  /* Opened read-only, the register is for consultation. */
  gboolean writable = self->store == NULL || !ov_store_is_read_only (self->store);

  gtk_stack_set_visible_child_name (self->editor_stack, record != NULL ? "editor" : "none");
  if (record == NULL)
    gtk_label_set_text (self->editor_title, "");
  else if (is_new)
    gtk_label_set_text (self->editor_title, _(self->kind->new_title));
  else
    {
      g_autofree char *title = ov_record_describe (record);

      gtk_label_set_text (self->editor_title, title);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.save",
                                 writable && record != NULL &&
                                 (is_new || ov_form_get_modified (ov_record_editor_get_form (self->editor))));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete",
                                 writable && record != NULL && !is_new);
}

static void
show_store_error (OvRecordsPage *self,
                  const GError  *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static guint
find_position (OvRecordsPage *self,
               gint64         id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(OvRecord) record = g_list_model_get_item (model, i);

      if (ov_record_get_id (record) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
select_editing (OvRecordsPage *self)
{
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, find_position (self, editing_id (self)));
  self->restoring_selection = FALSE;
}

static void
edit_record (OvRecordsPage *self,
             OvRecord      *record)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
  ov_form_clear_errors (ov_record_editor_get_form (self->editor));
  ov_record_editor_set_record (self->editor, record);
  update_editor (self);
  select_editing (self);
}

static gboolean
is_modified (OvRecordsPage *self)
{
  return editing (self) != NULL && ov_form_get_modified (ov_record_editor_get_form (self->editor));
}

static void
on_leave_confirmed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (source);
  g_autoptr(OvRecord) next = user_data;

  if (ov_editing_page_confirm_leave_finish (OV_EDITING_PAGE (self), result, NULL))
    edit_record (self, next);
  else
    select_editing (self);
}

/* Shows @next (or nothing) in the editor, first asking what to do with unsaved changes. */
static void
leave_for (OvRecordsPage *self,
           OvRecord      *next)
{
  if (!is_modified (self))
    {
      edit_record (self, next);
      return;
    }
  ov_editing_page_confirm_leave (OV_EDITING_PAGE (self), NULL, on_leave_confirmed,
                                 next != NULL ? g_object_ref (next) : NULL);
}

static void
fill_list (GListStore *list,
           GPtrArray  *records)
{
  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       records != NULL ? records->pdata : NULL, records != NULL ? records->len : 0);
}

static void
load_records (OvRecordsPage *self)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->case_references);
  self->restoring_selection = TRUE;
  if (self->store == NULL)
    g_list_store_remove_all (self->records);
  else if ((records = self->kind->list (self->store, &error)) == NULL)
    show_store_error (self, error);
  else
    fill_list (self->records, records);
  self->restoring_selection = FALSE;

  select_editing (self);
  update_count (self);
}

static void
on_store_changed (OvRecordsPage *self,
                  const char    *entity,
                  gint64         id,
                  OvStore       *store)
{
  load_records (self);
}

static void
on_cases_changed (OvRecordsPage *self,
                  const char    *entity,
                  gint64         id,
                  OvStore       *store)
{
  /* A case's reference may have changed: cells bound from now on look it up again. */
  g_hash_table_remove_all (self->case_references);
}

static void
on_form_modified (OvRecordsPage *self)
{
  update_editor (self);
}

static void
on_selection_changed (OvRecordsPage     *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  OvRecord *selected;
  g_autoptr(OvRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (self->restoring_selection || self->store == NULL)
    return;
  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected == NULL || ov_record_get_id (selected) == editing_id (self))
    return;

  /* An editor's unsaved changes are kept only by saving them first. */
  fresh = ov_store_load (self->store, self->kind->get_type (), ov_record_get_id (selected),
                         &error);
  if (fresh == NULL)
    {
      show_store_error (self, error);
      return;
    }
  leave_for (self, fresh);
}

static void
on_search_changed (OvRecordsPage  *self,
                   GtkSearchEntry *entry)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_stop_search (OvRecordsPage  *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (widget);
  g_autoptr(OvRecord) record = g_object_new (self->kind->get_type (), NULL);
  g_autofree char *today = ov_today_local ();

  if (OV_IS_LEARNING_ENTRY (record))
    ov_learning_entry_set_recorded_on (OV_LEARNING_ENTRY (record), today);
  else if (OV_IS_ESCALATION (record))
    ov_escalation_set_raised_on (OV_ESCALATION (record), today);
  leave_for (self, record);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_records_page_save (OV_RECORDS_PAGE (widget));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_records_page_focus_search (OV_RECORDS_PAGE (widget));
}

static void
on_delete_confirmed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OvRecordsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  OvRecord *record = editing (self);

  if (!ov_dialogs_confirm_finish (result, NULL) || record == NULL)
    return;
  if (!ov_store_delete (self->store, record, &error))
    {
      show_store_error (self, error);
      return;
    }
  edit_record (self, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (widget);
  OvRecord *record = editing (self);
  g_autofree char *what = NULL;
  g_autofree char *heading = NULL;

  if (record == NULL || ov_record_get_id (record) == 0)
    return;
  what = ov_record_describe (record);
  /* Translators: %s describes a record, e.g. "Process gap (2026-11-03)" */
  heading = g_strdup_printf (_("Delete %s?"), what);
  ov_dialogs_confirm (widget, heading,
                      _("The record is removed from the register. The audit log keeps a note "
                        "that it was deleted."),
                      _("_Delete"), TRUE, NULL, on_delete_confirmed, g_object_ref (self));
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(OvRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (id == 0 || self->store == NULL)
    {
      leave_for (self, NULL);
      return;
    }
  record = ov_store_load (self->store, self->kind->get_type (), id, &error);
  if (record == NULL)
    {
      show_store_error (self, error);
      return;
    }
  leave_for (self, record);
}

/* OvEditingPage: the question names the record as the editor's title does. */

static gboolean
ov_records_page_write_record (OvEditingPage  *page,
                              OvRecord       *record,
                              GError        **error)
{
  return ov_store_save (OV_RECORDS_PAGE (page)->store, record, error);
}

/* A case typed by a reference that names none is the editor's to find: the form knows
 * only the record, which then refers to no case. */
static gboolean
ov_records_page_save_changes (OvEditingPage  *page,
                              GError        **error)
{
  OvEditingPageInterface *defaults = g_type_default_interface_peek (OV_TYPE_EDITING_PAGE);

  if (!ov_record_editor_check (OV_RECORDS_PAGE (page)->editor, error))
    return FALSE;
  return defaults->save (page, error);
}

static void
ov_records_page_editing_page_init (OvEditingPageInterface *iface)
{
  iface->write_record = ov_records_page_write_record;
  iface->save = ov_records_page_save_changes;
}

/* Overrides */

static void
ov_records_page_constructed (GObject *object)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (object);

  G_OBJECT_CLASS (ov_records_page_parent_class)->constructed (object);

  gtk_label_set_text (self->title_label, _(self->kind->title));
  gtk_button_set_label (self->new_button, _(self->kind->new_label));
  g_object_set (self->search_entry, "placeholder-text", _(self->kind->search_placeholder), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(self->kind->search_placeholder), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(self->kind->title), -1);

  self->records = g_list_store_new (self->kind->get_type ());
  self->filter = gtk_custom_filter_new (match_record, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->records));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  add_columns (self);

  self->editor = ov_record_editor_new (self->kind->get_type (), self->kind->fields,
                                       self->kind->n_fields);
  gtk_box_append (self->editor_box, GTK_WIDGET (self->editor));
  g_signal_connect_object (ov_record_editor_get_form (self->editor), "notify::modified",
                           G_CALLBACK (on_form_modified), self, G_CONNECT_SWAPPED);
  ov_editing_page_set_form (OV_EDITING_PAGE (self), ov_record_editor_get_form (self->editor),
                            self->error_banner, self->error_label);
  update_editor (self);
  update_count (self);
}

static void
ov_records_page_dispose (GObject *object)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (object);
  GtkWidget *child;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_RECORDS_PAGE);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->editor = NULL;
  g_clear_object (&self->filter);
  g_clear_object (&self->records);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_records_page_parent_class)->dispose (object);
}

static void
ov_records_page_finalize (GObject *object)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (object);

  g_free (self->column_data);
  g_hash_table_unref (self->case_references);

  G_OBJECT_CLASS (ov_records_page_parent_class)->finalize (object);
}

static void
ov_records_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, ov_records_page_get_kind (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_records_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OvRecordsPage *self = OV_RECORDS_PAGE (object);
  const char *kind;

  switch (prop_id)
    {
    case PROP_KIND:
      kind = g_value_get_string (value);
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          if (g_strcmp0 (kinds[i].kind, kind) == 0)
            {
              self->kind = &kinds[i];
              return;
            }
        }
      g_critical ("No register of kind “%s”", kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ov_records_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (OV_RECORDS_PAGE (widget)->column_view));
}

static void
ov_records_page_class_init (OvRecordsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_records_page_constructed;
  object_class->dispose = ov_records_page_dispose;
  object_class->finalize = ov_records_page_finalize;
  object_class->get_property = ov_records_page_get_property;
  object_class->set_property = ov_records_page_set_property;

  widget_class->grab_focus = ov_records_page_grab_focus;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "learning",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "page.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.select", "x", select_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-records-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvRecordsPage, editor_box);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
}

static void
ov_records_page_init (OvRecordsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind = &kinds[0];
  self->case_references = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
}

const char *
ov_records_page_get_kind (OvRecordsPage *self)
{
  g_return_val_if_fail (OV_IS_RECORDS_PAGE (self), NULL);
  return self->kind != NULL ? self->kind->kind : NULL;
}

/**
 * ov_records_page_set_store:
 * @store: (nullable): the store whose register is shown
 */
void
ov_records_page_set_store (OvRecordsPage *self,
                           OvStore       *store)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (OV_IS_RECORDS_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    {
      signal = g_strconcat ("changed::", self->kind->entity, NULL);
      g_signal_connect_object (store, signal, G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::case", G_CALLBACK (on_cases_changed), self,
                               G_CONNECT_SWAPPED);
    }

  ov_record_editor_set_record (self->editor, NULL);
  ov_record_editor_set_store (self->editor, store);
  load_records (self);
  update_editor (self);
}

/**
 * ov_records_page_get_editor:
 *
 * Returns: (transfer none): the editor of the chosen record
 */
OvRecordEditor *
ov_records_page_get_editor (OvRecordsPage *self)
{
  g_return_val_if_fail (OV_IS_RECORDS_PAGE (self), NULL);
  return self->editor;
}

/**
 * ov_records_page_get_shown:
 *
 * Returns: (transfer none): the records as listed, searched and sorted
 */
GListModel *
ov_records_page_get_shown (OvRecordsPage *self)
{
  g_return_val_if_fail (OV_IS_RECORDS_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

/**
 * ov_records_page_save:
 *
 * Saves the record in the editor, showing what is wrong under its field.
 *
 * Returns: %TRUE if saved
 */
gboolean
ov_records_page_save (OvRecordsPage *self)
{
  g_return_val_if_fail (OV_IS_RECORDS_PAGE (self), FALSE);

  return editing (self) != NULL && self->store != NULL &&
         ov_editing_page_save (OV_EDITING_PAGE (self), NULL);
}

void
ov_records_page_focus_search (OvRecordsPage *self)
{
  g_return_if_fail (OV_IS_RECORDS_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
ov_records_page_get_modified (OvRecordsPage *self)
{
  g_return_val_if_fail (OV_IS_RECORDS_PAGE (self), FALSE);
  return is_modified (self);
}
