/* ov-readiness-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Staff readiness (duty 3 in domain.md). "People" lists the staff with their awareness
 * training and outstanding guidance, and shows one person's training records,
 * accreditation history, welfare support and guidance acknowledgements, each added,
 * changed and deleted through a dialog. "Matrix" sets every active person against the
 * training courses and the current guidance. "Guidance" keeps the force's documents and
 * records who has read which version; "Support Services" lists what the force offers its
 * staff. A force has at most a few thousand staff and a handful of documents, so all of
 * it is read into memory when the store changes.
 */

#define G_LOG_DOMAIN "ov-readiness-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-dialogs.h"
#include "ov-enum-types.h"
#include "ov-readiness.h"
#include "ov-readiness-page.h"
#include "ov-record-dialog.h"
#include "ov-record-editor.h"
#include "ov-staff.h"
#include "ov-store.h"
#include "ov-util.h"

struct _OvReadinessPage
{
  GtkWidget            parent_instance;

  OvStore             *store;
  GListStore          *staff;
  GListStore          *active_staff;
  GListStore          *documents;
  GListStore          *services;
  GPtrArray           *training;          /* every training record */
  GPtrArray           *acknowledgements;  /* every acknowledgement */
  GtkCustomFilter     *filter;
  OvStaff             *person;
  char                *today;
  gboolean             restoring_selection;

  GtkStack            *view_stack;
  GtkSearchEntry      *search_entry;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *name_column;
  GtkLabel            *count_label;
  GtkStack            *person_stack;
  GtkLabel            *person_title;
  GtkLabel            *person_subtitle;
  GtkWidget           *error_banner;
  GtkLabel            *error_label;
  GtkListBox          *training_list;
  GtkListBox          *accreditation_list;
  GtkListBox          *welfare_list;
  GtkListBox          *guidance_list;
  GtkGrid             *matrix_grid;
  GtkListBox          *document_list;
  GtkListBox          *service_list;
};

G_DEFINE_FINAL_TYPE (OvReadinessPage, ov_readiness_page, GTK_TYPE_WIDGET)

static const OvEditorField training_fields[] = {
  { "course", N_("_Course"), OV_FIELD_CHOICE },
  { "course-name", N_("Course _name"), OV_FIELD_TEXT },
  { "completed-on", N_("Co_mpleted on"), OV_FIELD_DATE },
  { "expires-on", N_("_Expires on"), OV_FIELD_DATE },
  { "provider", N_("_Provider"), OV_FIELD_TEXT },
  { "notes", N_("N_otes"), OV_FIELD_LONG_TEXT },
};

static const OvEditorField accreditation_fields[] = {
  { "pip-level", N_("_PIP level"), OV_FIELD_CHOICE },
  { "accreditation-status", N_("_Accreditation"), OV_FIELD_CHOICE },
  { "from-date", N_("_From"), OV_FIELD_DATE },
  { "note", N_("_Note"), OV_FIELD_LONG_TEXT },
};

static const OvEditorField welfare_fields[] = {
  { "offered-on", N_("_Date"), OV_FIELD_DATE },
  { "offered", N_("_What was offered"), OV_FIELD_LONG_TEXT },
  { "service-id", N_("_Service"), OV_FIELD_RECORD },
};

static const OvEditorField service_fields[] = {
  { "name", N_("_Name"), OV_FIELD_TEXT },
  { "access", N_("_How to access it"), OV_FIELD_LONG_TEXT },
};

static const OvEditorField document_fields[] = {
  { "title", N_("_Title"), OV_FIELD_TEXT },
  { "version", N_("_Version"), OV_FIELD_TEXT },
  { "effective-on", N_("_Effective from"), OV_FIELD_DATE },
  { "location", N_("_Link or file"), OV_FIELD_TEXT },
  { "summary", N_("_Summary"), OV_FIELD_LONG_TEXT },
};

static const OvEditorField acknowledge_document_fields[] = {
  { "document-id", N_("_Document"), OV_FIELD_RECORD },
};

static const OvEditorField acknowledge_staff_fields[] = {
  { "staff-id", N_("_Person"), OV_FIELD_RECORD },
};

/* The courses of the matrix: every listed course but "other". */
static const OvTrainingCourse matrix_courses[] = {
  OV_TRAINING_COURSE_MODERN_SLAVERY_AWARENESS,
  OV_TRAINING_COURSE_NRM_FIRST_RESPONDER,
  OV_TRAINING_COURSE_PIP2_ICIDP,
  OV_TRAINING_COURSE_MSVLO,
  OV_TRAINING_COURSE_TRAUMA_INFORMED,
};

typedef enum
{
  STATE_MISSING,
  STATE_EXPIRED,
  STATE_DONE,
} ReadinessState;

static void reload (OvReadinessPage *self);

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static void
show_store_error (OvReadinessPage *self,
                  const GError    *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
fill_list (GListStore *list,
           GPtrArray  *records)
{
  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       records != NULL ? records->pdata : NULL, records != NULL ? records->len : 0);
}

/* ---- What each person has done ---------------------------------------------------------- */

/* The latest record of @course for @staff_id, as of today. */
static OvTrainingRecord *
latest_training (OvReadinessPage  *self,
                 gint64            staff_id,
                 OvTrainingCourse  course)
{
  OvTrainingRecord *latest = NULL;

  for (guint i = 0; self->training != NULL && i < self->training->len; i++)
    {
      OvTrainingRecord *record = self->training->pdata[i];

      if (ov_training_record_get_staff_id (record) != staff_id ||
          ov_training_record_get_course (record) != course ||
          g_strcmp0 (ov_training_record_get_completed_on (record), self->today) > 0)
        continue;
      if (latest == NULL || g_strcmp0 (ov_training_record_get_completed_on (record),
                                       ov_training_record_get_completed_on (latest)) > 0)
        latest = record;
    }
  return latest;
}

static ReadinessState
training_state (OvReadinessPage  *self,
                gint64            staff_id,
                OvTrainingCourse  course)
{
  OvTrainingRecord *latest = latest_training (self, staff_id, course);

  if (latest == NULL)
    return STATE_MISSING;
  return ov_training_record_is_expired (latest, self->today) ? STATE_EXPIRED : STATE_DONE;
}

/* Done for the current version, expired when only an older version was acknowledged. */
static ReadinessState
guidance_state (OvReadinessPage    *self,
                gint64              staff_id,
                OvGuidanceDocument *document)
{
  ReadinessState state = STATE_MISSING;

  for (guint i = 0; self->acknowledgements != NULL && i < self->acknowledgements->len; i++)
    {
      OvGuidanceAcknowledgement *acknowledgement = self->acknowledgements->pdata[i];

      if (ov_guidance_acknowledgement_get_staff_id (acknowledgement) != staff_id ||
          ov_guidance_acknowledgement_get_document_id (acknowledgement) != id_of (document))
        continue;
      if (g_strcmp0 (ov_guidance_acknowledgement_get_version (acknowledgement),
                     ov_guidance_document_get_version (document)) == 0)
        return STATE_DONE;
      state = STATE_EXPIRED;
    }
  return state;
}

static guint
count_guidance_outstanding (OvReadinessPage *self,
                            gint64           staff_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->documents)); i++)
    {
      g_autoptr(OvGuidanceDocument) document =
        g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (guidance_state (self, staff_id, document) != STATE_DONE)
        n++;
    }
  return n;
}

static const char *
state_label (ReadinessState state)
{
  switch (state)
    {
    case STATE_DONE:
      return _("Done");
    case STATE_EXPIRED:
      return _("Expired");
    case STATE_MISSING:
    default:
      return _("Missing");
    }
}

static const char *
state_class (ReadinessState state)
{
  switch (state)
    {
    case STATE_DONE:
      return "readiness-done";
    case STATE_EXPIRED:
      return "readiness-expired";
    case STATE_MISSING:
    default:
      return "readiness-missing";
    }
}

/* ---- The staff list -------------------------------------------------------------------- */

typedef char *(*StaffText) (OvReadinessPage *self,
                            OvStaff         *staff);

typedef struct
{
  OvReadinessPage *page;
  StaffText        text;
} StaffColumn;

static char *
rank_text (OvReadinessPage *self,
           OvStaff         *staff)
{
  return g_strdup (ov_enum_get_label (OV_TYPE_RANK, ov_staff_get_rank (staff)));
}

static char *
awareness_text (OvReadinessPage *self,
                OvStaff         *staff)
{
  return g_strdup (state_label (training_state (self, id_of (staff),
                                                OV_TRAINING_COURSE_MODERN_SLAVERY_AWARENESS)));
}

static char *
guidance_text (OvReadinessPage *self,
               OvStaff         *staff)
{
  guint n = count_guidance_outstanding (self, id_of (staff));

  if (n == 0)
    return g_strdup (_("All read"));
  return g_strdup_printf (ngettext ("%u to acknowledge", "%u to acknowledge", n), n);
}

static char *
status_text (OvReadinessPage *self,
             OvStaff         *staff)
{
  return g_strdup (ov_staff_get_active (staff) ? _("Active") : _("Inactive"));
}

static char *
staff_sort_key (GObject     *item,
                StaffColumn *column)
{
  return item != NULL ? column->text (column->page, OV_STAFF (item)) : NULL;
}

static void
on_staff_cell_setup (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     StaffColumn              *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_staff_cell_bind (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    StaffColumn              *column)
{
  g_autofree char *text = column->text (column->page, gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
add_staff_column (OvReadinessPage *self,
                  const char      *title,
                  StaffText        text)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  StaffColumn *data = g_new0 (StaffColumn, 1);
  GtkSorter *sorter;

  data->page = self;
  data->text = text;
  g_signal_connect_data (factory, "setup", G_CALLBACK (on_staff_cell_setup), data, NULL, 0);
  g_signal_connect_data (factory, "bind", G_CALLBACK (on_staff_cell_bind), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  sorter = GTK_SORTER (gtk_string_sorter_new (
    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (staff_sort_key),
                                 data, NULL)));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, column);
}

static gboolean
match_staff (gpointer item,
             gpointer user_data)
{
  OvReadinessPage *self = user_data;

  return ov_staff_matches (OV_STAFF (item),
                           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
update_count (OvReadinessPage *self)
{
  g_autofree char *count = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  count = g_strdup_printf (ngettext ("%u person", "%u people", n), n);
  gtk_label_set_text (self->count_label, count);
}

static guint
find_position (OvReadinessPage *self,
               gint64           id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OvStaff) staff = g_list_model_get_item (model, i);

      if (id_of (staff) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
select_person_in_list (OvReadinessPage *self)
{
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     find_position (self, self->person ? id_of (self->person) : 0));
  self->restoring_selection = FALSE;
}

/* ---- Rows with buttons ----------------------------------------------------------------- */

/* Opened read-only, the page is for consultation: nothing on it that writes is offered. */
static gboolean
is_writable (OvReadinessPage *self)
{
  return self->store == NULL || !ov_store_is_read_only (self->store);
}

static GtkWidget *
new_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "readiness-row");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (text), label);
  if (!ov_str_empty (subtitle))
    {
      label = gtk_label_new (subtitle);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_append (list, row);
  return row;
}

static void
add_row_button (GtkWidget       *row,
                const char      *label,
                const char      *tooltip,
                GCallback        callback,
                OvReadinessPage *self,
                gpointer         record)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data_full (G_OBJECT (button), "record", g_object_ref (record), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (button, is_writable (self));
  gtk_box_append (GTK_BOX (box), button);
}

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      else
        break;
    }
}

/* ---- Dialogs ------------------------------------------------------------------------- */

static gboolean
save_accreditation (OvStore   *store,
                    OvRecord  *record,
                    gpointer   user_data,
                    GError   **error)
{
  return ov_store_record_accreditation_change (store, OV_ACCREDITATION_CHANGE (record), error);
}

static gboolean
save_acknowledgement (OvStore   *store,
                      OvRecord  *record,
                      gpointer   user_data,
                      GError   **error)
{
  OvGuidanceAcknowledgement *acknowledgement = OV_GUIDANCE_ACKNOWLEDGEMENT (record);
  g_autoptr(OvGuidanceDocument) document = NULL;
  g_autoptr(OvGuidanceAcknowledgement) saved = NULL;

  document = ov_store_load (store, OV_TYPE_GUIDANCE_DOCUMENT,
                            ov_guidance_acknowledgement_get_document_id (acknowledgement), error);
  if (document == NULL)
    return FALSE;
  saved = ov_store_acknowledge_guidance (store, document,
                                         ov_guidance_acknowledgement_get_staff_id (acknowledgement),
                                         error);
  return saved != NULL;
}

/* The version acknowledged is always the document's current one. */
static void
on_acknowledged_document_changed (OvGuidanceAcknowledgement *acknowledgement,
                                  GParamSpec                *pspec,
                                  OvReadinessPage           *self)
{
  GListModel *documents = G_LIST_MODEL (self->documents);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(OvGuidanceDocument) document = g_list_model_get_item (documents, i);

      if (id_of (document) == ov_guidance_acknowledgement_get_document_id (acknowledgement))
        ov_guidance_acknowledgement_set_version (acknowledgement,
                                                 ov_guidance_document_get_version (document));
    }
}

static OvRecordDialog *
open_dialog (OvReadinessPage *self,
             OvRecord        *record)
{
  const OvEditorField *fields;
  guint n_fields;
  const char *title;
  gboolean is_new = ov_record_get_id (record) == 0;
  OvRecordEditor *editor;
  OvRecordDialog *dialog;
  OvRecordSaveFunc save_func = NULL;

  if (OV_IS_TRAINING_RECORD (record))
    {
      fields = training_fields, n_fields = G_N_ELEMENTS (training_fields);
      title = is_new ? _("Add Training Record") : _("Change Training Record");
    }
  else if (OV_IS_ACCREDITATION_CHANGE (record))
    {
      fields = accreditation_fields, n_fields = G_N_ELEMENTS (accreditation_fields);
      title = is_new ? _("Record Accreditation Change") : _("Change Accreditation Record");
      save_func = save_accreditation;
    }
  else if (OV_IS_STAFF_WELFARE (record))
    {
      fields = welfare_fields, n_fields = G_N_ELEMENTS (welfare_fields);
      title = is_new ? _("Record Welfare Support") : _("Change Welfare Support");
    }
  else if (OV_IS_SUPPORT_SERVICE (record))
    {
      fields = service_fields, n_fields = G_N_ELEMENTS (service_fields);
      title = is_new ? _("New Support Service") : _("Change Support Service");
    }
  else if (OV_IS_GUIDANCE_DOCUMENT (record))
    {
      fields = document_fields, n_fields = G_N_ELEMENTS (document_fields);
      title = is_new ? _("New Guidance Document") : _("Change Guidance Document");
    }
  else if (OV_IS_GUIDANCE_ACKNOWLEDGEMENT (record))
    {
      if (ov_guidance_acknowledgement_get_staff_id (OV_GUIDANCE_ACKNOWLEDGEMENT (record)) != 0)
        fields = acknowledge_document_fields, n_fields = 1;
      else
        fields = acknowledge_staff_fields, n_fields = 1;
      title = _("Record Acknowledgement");
      save_func = save_acknowledgement;
      g_signal_connect_object (record, "notify::document-id",
                               G_CALLBACK (on_acknowledged_document_changed), self, 0);
      on_acknowledged_document_changed (OV_GUIDANCE_ACKNOWLEDGEMENT (record), NULL, self);
    }
  else
    g_return_val_if_reached (NULL);

  editor = ov_record_editor_new (G_OBJECT_TYPE (record), fields, n_fields);
  if (OV_IS_STAFF_WELFARE (record))
    ov_record_editor_set_choices (editor, "service-id", G_LIST_MODEL (self->services));
  else if (fields == acknowledge_document_fields)
    ov_record_editor_set_choices (editor, "document-id", G_LIST_MODEL (self->documents));
  else if (fields == acknowledge_staff_fields)
    ov_record_editor_set_choices (editor, "staff-id", G_LIST_MODEL (self->active_staff));
  ov_record_editor_set_record (editor, record);

  dialog = ov_record_dialog_new (GTK_WIDGET (self), self->store, title,
                                 is_new ? _("_Add") : _("_Save"), editor);
  ov_record_dialog_set_save_func (dialog, save_func, self);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_edit_clicked (OvReadinessPage *self,
                 GtkButton       *button)
{
  OvRecord *listed = g_object_get_data (G_OBJECT (button), "record");
  g_autoptr(OvRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  /* Edit a fresh copy, so that cancelling leaves the list as it is. */
  fresh = ov_store_load (self->store, G_OBJECT_TYPE (listed), id_of (listed), &error);
  if (fresh == NULL)
    {
      show_store_error (self, error);
      return;
    }
  open_dialog (self, fresh);
}

typedef struct
{
  OvReadinessPage *page;
  OvRecord        *record;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_clear_object (&deletion->page);
  g_clear_object (&deletion->record);
  g_free (deletion);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Deletion, deletion_free)

static void
on_delete_confirmed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Deletion) deletion = user_data;
  OvReadinessPage *self = deletion->page;
  g_autoptr(GError) error = NULL;

  if (!ov_dialogs_confirm_finish (result, NULL) || self->store == NULL)
    return;
  if (!ov_store_delete (self->store, deletion->record, &error))
    show_store_error (self, error);
}

static void
on_delete_clicked (OvReadinessPage *self,
                   GtkButton       *button)
{
  OvRecord *record = g_object_get_data (G_OBJECT (button), "record");
  g_autofree char *what = ov_record_describe (record);
  g_autofree char *heading = NULL;
  Deletion *deletion = g_new0 (Deletion, 1);

  deletion->page = g_object_ref (self);
  deletion->record = g_object_ref (record);
  /* Translators: %s describes a record, e.g. "MSVLO (2024-02-14)" */
  heading = g_strdup_printf (_("Delete %s?"), what);
  ov_dialogs_confirm (GTK_WIDGET (self), heading,
                      _("The record is removed. The audit log keeps a note that it was "
                        "deleted."),
                      _("_Delete"), TRUE, NULL, on_delete_confirmed, deletion);
}

static void
on_acknowledge_document_clicked (OvReadinessPage *self,
                                 GtkButton       *button)
{
  OvGuidanceDocument *document = g_object_get_data (G_OBJECT (button), "record");
  g_autoptr(OvGuidanceAcknowledgement) acknowledgement = ov_guidance_acknowledgement_new ();
  g_autofree char *now = ov_now_utc ();

  ov_guidance_acknowledgement_set_document_id (acknowledgement, id_of (document));
  ov_guidance_acknowledgement_set_acknowledged_at (acknowledgement, now);
  open_dialog (self, OV_RECORD (acknowledgement));
}

/* ---- One person ------------------------------------------------------------------------ */

static void
show_training (OvReadinessPage *self)
{
  clear_list (self->training_list);
  for (guint i = 0; self->training != NULL && i < self->training->len; i++)
    {
      OvTrainingRecord *record = self->training->pdata[i];
      g_autofree char *completed = NULL;
      g_autofree char *expires = NULL;
      g_autofree char *subtitle = NULL;
      const char *course;
      GtkWidget *row;

      if (ov_training_record_get_staff_id (record) != id_of (self->person))
        continue;
      course = ov_training_record_get_course (record) == OV_TRAINING_COURSE_OTHER
               ? ov_training_record_get_course_name (record)
               : ov_enum_get_label (OV_TYPE_TRAINING_COURSE,
                                    ov_training_record_get_course (record));
      completed = ov_format_date (ov_training_record_get_completed_on (record));
      if (ov_str_empty (ov_training_record_get_expires_on (record)))
        /* Translators: when a course was done, for training that does not expire */
        subtitle = g_strdup_printf (_("Completed %s; does not expire"), completed);
      else
        {
          expires = ov_format_date (ov_training_record_get_expires_on (record));
          subtitle = ov_training_record_is_expired (record, self->today)
                     /* Translators: completed and expiry dates of a course */
                     ? g_strdup_printf (_("Completed %s; expired %s"), completed, expires)
                     : g_strdup_printf (_("Completed %s; expires %s"), completed, expires);
        }
      row = new_row (self->training_list, course, subtitle);
      add_row_button (row, _("_Edit…"), _("Change this training record"),
                      G_CALLBACK (on_edit_clicked), self, record);
      add_row_button (row, _("_Delete…"), _("Delete this training record"),
                      G_CALLBACK (on_delete_clicked), self, record);
    }
}

static void
show_accreditation (OvReadinessPage *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->accreditation_list);
  changes = ov_store_list_accreditation_changes (self->store, id_of (self->person), &error);
  if (changes == NULL)
    {
      show_store_error (self, error);
      return;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      OvAccreditationChange *change = changes->pdata[i];
      g_autofree char *pip = ov_pip_describe (ov_accreditation_change_get_pip_level (change),
                                              ov_accreditation_change_get_accreditation_status (change));
      g_autofree char *from = ov_format_date (ov_accreditation_change_get_from_date (change));
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Translators: a PIP level and the date it applied from, e.g. "PIP2 from 3 Mar 2025" */
      title = g_strdup_printf (_("%s from %s"), pip, from);
      row = new_row (self->accreditation_list, title, ov_accreditation_change_get_note (change));
      add_row_button (row, _("_Edit…"), _("Change this entry of the history"),
                      G_CALLBACK (on_edit_clicked), self, change);
      add_row_button (row, _("_Delete…"), _("Delete this entry of the history"),
                      G_CALLBACK (on_delete_clicked), self, change);
    }
}

static const char *
service_name (OvReadinessPage *self,
              gint64           id)
{
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->services)); i++)
    {
      g_autoptr(OvSupportService) service = g_list_model_get_item (G_LIST_MODEL (self->services), i);

      if (id_of (service) == id)
        return ov_support_service_get_name (service);
    }
  return NULL;
}

static void
show_welfare (OvReadinessPage *self)
{
  g_autoptr(GPtrArray) welfare = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->welfare_list);
  welfare = ov_store_list_staff_welfare (self->store, id_of (self->person), &error);
  if (welfare == NULL)
    {
      show_store_error (self, error);
      return;
    }
  for (guint i = 0; i < welfare->len; i++)
    {
      OvStaffWelfare *record = welfare->pdata[i];
      g_autofree char *on = ov_format_date (ov_staff_welfare_get_offered_on (record));
      const char *service = service_name (self, ov_staff_welfare_get_service_id (record));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Translators: when welfare support was offered and through which service */
      subtitle = service != NULL ? g_strdup_printf (_("%s, %s"), on, service) : g_strdup (on);
      row = new_row (self->welfare_list, ov_staff_welfare_get_offered (record), subtitle);
      add_row_button (row, _("_Edit…"), _("Change this record of support"),
                      G_CALLBACK (on_edit_clicked), self, record);
      add_row_button (row, _("_Delete…"), _("Delete this record of support"),
                      G_CALLBACK (on_delete_clicked), self, record);
    }
}

static const char *
document_title (OvReadinessPage *self,
                gint64           id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->documents)); i++)
    {
      g_autoptr(OvGuidanceDocument) document =
        g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (id_of (document) == id)
        return ov_guidance_document_get_title (document);
    }
  return NULL;
}

static void
show_guidance (OvReadinessPage *self)
{
  clear_list (self->guidance_list);

  /* What is still to be read first, then what was acknowledged. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->documents)); i++)
    {
      g_autoptr(OvGuidanceDocument) document =
        g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      g_autofree char *subtitle = NULL;
      ReadinessState state = guidance_state (self, id_of (self->person), document);

      if (state == STATE_DONE)
        continue;
      subtitle = state == STATE_EXPIRED
                 /* Translators: %s is the version of a guidance document */
                 ? g_strdup_printf (_("An older version was acknowledged; version %s is not yet"),
                                    ov_guidance_document_get_version (document))
                 : g_strdup_printf (_("Version %s not yet acknowledged"),
                                    ov_guidance_document_get_version (document));
      new_row (self->guidance_list, ov_guidance_document_get_title (document), subtitle);
    }

  for (guint i = 0; self->acknowledgements != NULL && i < self->acknowledgements->len; i++)
    {
      OvGuidanceAcknowledgement *acknowledgement = self->acknowledgements->pdata[i];
      g_autofree char *at = NULL;
      g_autofree char *subtitle = NULL;
      const char *title;
      GtkWidget *row;

      if (ov_guidance_acknowledgement_get_staff_id (acknowledgement) != id_of (self->person))
        continue;
      title = document_title (self, ov_guidance_acknowledgement_get_document_id (acknowledgement));
      at = ov_format_timestamp (ov_guidance_acknowledgement_get_acknowledged_at (acknowledgement));
      /* Translators: a version of a document and when it was acknowledged */
      subtitle = g_strdup_printf (_("Version %s acknowledged %s"),
                                  ov_guidance_acknowledgement_get_version (acknowledgement), at);
      row = new_row (self->guidance_list, title != NULL ? title : "", subtitle);
      add_row_button (row, _("_Delete…"), _("Delete this acknowledgement"),
                      G_CALLBACK (on_delete_clicked), self, acknowledgement);
    }
}

static void
show_person (OvReadinessPage *self)
{
  g_autofree char *pip = NULL;
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (self->error_banner, FALSE);
  gtk_stack_set_visible_child_name (self->person_stack, self->person != NULL ? "person" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-training",
                                 is_writable (self) && self->person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-accreditation",
                                 is_writable (self) && self->person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-welfare",
                                 is_writable (self) && self->person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.acknowledge",
                                 is_writable (self) && self->person != NULL);
  if (self->person == NULL || self->store == NULL)
    return;

  pip = ov_staff_describe_pip (self->person);
  /* Translators: a person's rank and PIP level, e.g. "Detective Constable, PIP2" */
  subtitle = g_strdup_printf (_("%s, %s"),
                              ov_enum_get_label (OV_TYPE_RANK, ov_staff_get_rank (self->person)),
                              pip);
  gtk_label_set_text (self->person_title, ov_staff_get_name (self->person));
  gtk_label_set_text (self->person_subtitle, subtitle);
  show_training (self);
  show_accreditation (self);
  show_welfare (self);
  show_guidance (self);
}

/* ---- Matrix, documents and services ---------------------------------------------------- */

static void
attach_label (GtkGrid    *grid,
              const char *text,
              const char *css_class,
              int         column,
              int         row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 0.5f);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
show_matrix (OvReadinessPage *self)
{
  GListModel *staff = G_LIST_MODEL (self->active_staff);
  GListModel *documents = G_LIST_MODEL (self->documents);
  GtkWidget *child;
  int column = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matrix_grid))) != NULL)
    gtk_grid_remove (self->matrix_grid, child);

  attach_label (self->matrix_grid, _("Person"), "matrix-heading", 0, 0);
  for (guint c = 0; c < G_N_ELEMENTS (matrix_courses); c++)
    attach_label (self->matrix_grid, ov_enum_get_label (OV_TYPE_TRAINING_COURSE, matrix_courses[c]),
                  "matrix-heading", column++, 0);
  for (guint d = 0; d < g_list_model_get_n_items (documents); d++)
    {
      g_autoptr(OvGuidanceDocument) document = g_list_model_get_item (documents, d);
      g_autofree char *heading = NULL;

      /* Translators: a guidance document and its current version in the matrix heading */
      heading = g_strdup_printf (_("%s (v%s)"), ov_guidance_document_get_title (document),
                                 ov_guidance_document_get_version (document));
      attach_label (self->matrix_grid, heading, "matrix-heading", column++, 0);
    }

  for (guint s = 0; s < g_list_model_get_n_items (staff); s++)
    {
      g_autoptr(OvStaff) person = g_list_model_get_item (staff, s);
      int row = (int) s + 1;

      column = 1;
      attach_label (self->matrix_grid, ov_staff_get_name (person), NULL, 0, row);
      for (guint c = 0; c < G_N_ELEMENTS (matrix_courses); c++)
        {
          ReadinessState state = training_state (self, id_of (person), matrix_courses[c]);

          attach_label (self->matrix_grid, state_label (state), state_class (state), column++, row);
        }
      for (guint d = 0; d < g_list_model_get_n_items (documents); d++)
        {
          g_autoptr(OvGuidanceDocument) document = g_list_model_get_item (documents, d);
          ReadinessState state = guidance_state (self, id_of (person), document);

          attach_label (self->matrix_grid, state_label (state), state_class (state), column++, row);
        }
    }
}

static void
show_documents (OvReadinessPage *self)
{
  GListModel *documents = G_LIST_MODEL (self->documents);
  guint n_staff = g_list_model_get_n_items (G_LIST_MODEL (self->active_staff));

  clear_list (self->document_list);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(OvGuidanceDocument) document = g_list_model_get_item (documents, i);
      g_autofree char *effective = ov_format_date (ov_guidance_document_get_effective_on (document));
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;
      guint n_done = 0;
      GtkWidget *row;

      for (guint s = 0; s < n_staff; s++)
        {
          g_autoptr(OvStaff) person = g_list_model_get_item (G_LIST_MODEL (self->active_staff), s);

          if (guidance_state (self, id_of (person), document) == STATE_DONE)
            n_done++;
        }
      /* Translators: a guidance document and its version */
      title = g_strdup_printf (_("%s, version %s"), ov_guidance_document_get_title (document),
                               ov_guidance_document_get_version (document));
      /* Translators: effective date, then how many of the active staff acknowledged it */
      subtitle = g_strdup_printf (ngettext ("Effective %s; acknowledged by %u of %u person",
                                            "Effective %s; acknowledged by %u of %u people",
                                            n_staff),
                                  effective, n_done, n_staff);
      row = new_row (self->document_list, title, subtitle);
      add_row_button (row, _("_Record Acknowledgement…"),
                      _("Record that someone has read and understood this version"),
                      G_CALLBACK (on_acknowledge_document_clicked), self, document);
      add_row_button (row, _("_Edit…"), _("Change this document, or record a new version"),
                      G_CALLBACK (on_edit_clicked), self, document);
      add_row_button (row, _("_Delete…"), _("Delete this document"),
                      G_CALLBACK (on_delete_clicked), self, document);
    }
}

static void
show_services (OvReadinessPage *self)
{
  GListModel *services = G_LIST_MODEL (self->services);

  clear_list (self->service_list);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(OvSupportService) service = g_list_model_get_item (services, i);
      GtkWidget *row;

      row = new_row (self->service_list, ov_support_service_get_name (service),
                     ov_support_service_get_access (service));
      add_row_button (row, _("_Edit…"), _("Change this support service"),
                      G_CALLBACK (on_edit_clicked), self, service);
      add_row_button (row, _("_Delete…"), _("Delete this support service"),
                      G_CALLBACK (on_delete_clicked), self, service);
    }
}

/* ---- Loading --------------------------------------------------------------------------- */

static void
reload (OvReadinessPage *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", is_writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new-document", is_writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new-service", is_writable (self));

  g_free (self->today);
  self->today = ov_today_local ();
  g_clear_pointer (&self->training, g_ptr_array_unref);
  g_clear_pointer (&self->acknowledgements, g_ptr_array_unref);

  if (self->store != NULL &&
      ((staff = ov_store_list_staff (self->store, FALSE, &error)) == NULL ||
       (active = ov_store_list_staff (self->store, TRUE, &error)) == NULL ||
       (documents = ov_store_list_guidance_documents (self->store, &error)) == NULL ||
       (services = ov_store_list_support_services (self->store, &error)) == NULL ||
       (self->training = ov_store_list_training (self->store, 0, &error)) == NULL ||
       (self->acknowledgements = ov_store_list_guidance_acknowledgements (self->store, 0,
                                                                          &error)) == NULL))
    show_store_error (self, error);

  self->restoring_selection = TRUE;
  fill_list (self->documents, documents);
  fill_list (self->services, services);
  fill_list (self->active_staff, active);
  fill_list (self->staff, staff);
  self->restoring_selection = FALSE;

  /* The person shown, as stored now. */
  if (self->person != NULL)
    {
      gint64 id = id_of (self->person);

      g_clear_object (&self->person);
      for (guint i = 0; staff != NULL && i < staff->len; i++)
        {
          if (id_of (staff->pdata[i]) == id)
            self->person = g_object_ref (staff->pdata[i]);
        }
    }

  select_person_in_list (self);
  update_count (self);
  show_person (self);
  show_matrix (self);
  show_documents (self);
  show_services (self);
}

static void
on_store_changed (OvReadinessPage *self,
                  const char      *entity,
                  gint64           id,
                  OvStore         *store)
{
  static const char * const entities[] = {
    "staff", "training-record", "accreditation-change", "staff-welfare", "support-service",
    "guidance-document", "guidance-acknowledgement",
  };

  if (g_strv_contains ((const char * const *) entities, entity))
    reload (self);
}

/* ---- Callbacks and actions ------------------------------------------------------------- */

static void
on_selection_changed (OvReadinessPage   *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  OvStaff *selected;

  if (self->restoring_selection)
    return;
  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected == NULL)
    return;
  g_set_object (&self->person, selected);
  show_person (self);
}

static void
on_search_changed (OvReadinessPage *self,
                   GtkSearchEntry  *entry)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_stop_search (OvReadinessPage *self,
                GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
add_training_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OvReadinessPage *self = OV_READINESS_PAGE (widget);
  g_autoptr(OvTrainingRecord) record = ov_training_record_new ();
  g_autofree char *today = ov_today_local ();

  if (self->person == NULL)
    return;
  ov_training_record_set_staff_id (record, id_of (self->person));
  ov_training_record_set_completed_on (record, today);
  open_dialog (self, OV_RECORD (record));
}

static void
add_accreditation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OvReadinessPage *self = OV_READINESS_PAGE (widget);
  g_autoptr(OvAccreditationChange) change = ov_accreditation_change_new ();
  g_autofree char *today = ov_today_local ();

  if (self->person == NULL)
    return;
  ov_accreditation_change_set_staff_id (change, id_of (self->person));
  ov_accreditation_change_set_pip_level (change, ov_staff_get_pip_level (self->person));
  ov_accreditation_change_set_accreditation_status (change,
                                                    ov_staff_get_accreditation_status (self->person));
  ov_accreditation_change_set_from_date (change, today);
  open_dialog (self, OV_RECORD (change));
}

static void
add_welfare_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OvReadinessPage *self = OV_READINESS_PAGE (widget);
  g_autoptr(OvStaffWelfare) welfare = ov_staff_welfare_new ();
  g_autofree char *today = ov_today_local ();

  if (self->person == NULL)
    return;
  ov_staff_welfare_set_staff_id (welfare, id_of (self->person));
  ov_staff_welfare_set_offered_on (welfare, today);
  open_dialog (self, OV_RECORD (welfare));
}

static void
acknowledge_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OvReadinessPage *self = OV_READINESS_PAGE (widget);
  g_autoptr(OvGuidanceAcknowledgement) acknowledgement = ov_guidance_acknowledgement_new ();
  g_autofree char *now = ov_now_utc ();

  if (self->person == NULL)
    return;
  ov_guidance_acknowledgement_set_staff_id (acknowledgement, id_of (self->person));
  ov_guidance_acknowledgement_set_acknowledged_at (acknowledgement, now);
  /* The first document the person has still to acknowledge. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->documents)); i++)
    {
      g_autoptr(OvGuidanceDocument) document =
        g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (guidance_state (self, id_of (self->person), document) != STATE_DONE)
        {
          ov_guidance_acknowledgement_set_document_id (acknowledgement, id_of (document));
          break;
        }
    }
  open_dialog (self, OV_RECORD (acknowledgement));
}

static void
new_document_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(OvGuidanceDocument) document = ov_guidance_document_new ();
  g_autofree char *today = ov_today_local ();

  ov_guidance_document_set_version (document, "1.0");
  ov_guidance_document_set_effective_on (document, today);
  open_dialog (OV_READINESS_PAGE (widget), OV_RECORD (document));
}

static void
new_service_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(OvSupportService) service = ov_support_service_new ();

  open_dialog (OV_READINESS_PAGE (widget), OV_RECORD (service));
}

/* Ctrl+N adds what the view shown keeps. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OvReadinessPage *self = OV_READINESS_PAGE (widget);
  const char *view = gtk_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (view, "guidance") == 0)
    new_document_action (widget, NULL, NULL);
  else if (g_strcmp0 (view, "services") == 0)
    new_service_action (widget, NULL, NULL);
  else
    add_training_action (widget, NULL, NULL);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_readiness_page_focus_search (OV_READINESS_PAGE (widget));
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvReadinessPage *self = OV_READINESS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GListModel *staff = G_LIST_MODEL (self->staff);

  gtk_stack_set_visible_child_name (self->view_stack, "people");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_object (&self->person);
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(OvStaff) person = g_list_model_get_item (staff, i);

      if (id_of (person) == id)
        self->person = g_object_ref (person);
    }
  select_person_in_list (self);
  show_person (self);
}

static void
select_guidance_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_stack_set_visible_child_name (OV_READINESS_PAGE (widget)->view_stack, "guidance");
}

/* ---- Overrides ------------------------------------------------------------------------- */

static void
ov_readiness_page_dispose (GObject *object)
{
  OvReadinessPage *self = OV_READINESS_PAGE (object);
  GtkWidget *child;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_READINESS_PAGE);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_object (&self->staff);
  g_clear_object (&self->active_staff);
  g_clear_object (&self->documents);
  g_clear_object (&self->services);
  g_clear_object (&self->person);
  g_clear_pointer (&self->training, g_ptr_array_unref);
  g_clear_pointer (&self->acknowledgements, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_readiness_page_parent_class)->dispose (object);
}

static void
ov_readiness_page_finalize (GObject *object)
{
  OvReadinessPage *self = OV_READINESS_PAGE (object);

  g_free (self->today);

  G_OBJECT_CLASS (ov_readiness_page_parent_class)->finalize (object);
}

static gboolean
ov_readiness_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (OV_READINESS_PAGE (widget)->column_view));
}

static void
ov_readiness_page_class_init (OvReadinessPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_readiness_page_dispose;
  object_class->finalize = ov_readiness_page_finalize;

  widget_class->grab_focus = ov_readiness_page_grab_focus;

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "page.select", "x", select_action);
  gtk_widget_class_install_action (widget_class, "page.select-guidance", "x",
                                   select_guidance_action);
  gtk_widget_class_install_action (widget_class, "page.add-training", NULL, add_training_action);
  gtk_widget_class_install_action (widget_class, "page.add-accreditation", NULL,
                                   add_accreditation_action);
  gtk_widget_class_install_action (widget_class, "page.add-welfare", NULL, add_welfare_action);
  gtk_widget_class_install_action (widget_class, "page.acknowledge", NULL, acknowledge_action);
  gtk_widget_class_install_action (widget_class, "page.new-document", NULL, new_document_action);
  gtk_widget_class_install_action (widget_class, "page.new-service", NULL, new_service_action);

  g_type_ensure (OV_TYPE_STAFF);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-readiness-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, person_stack);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, person_title);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, person_subtitle);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, training_list);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, accreditation_list);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, welfare_list);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, guidance_list);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, matrix_grid);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, document_list);
  gtk_widget_class_bind_template_child (widget_class, OvReadinessPage, service_list);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
}

static void
ov_readiness_page_init (OvReadinessPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->staff = g_list_store_new (OV_TYPE_STAFF);
  self->active_staff = g_list_store_new (OV_TYPE_STAFF);
  self->documents = g_list_store_new (OV_TYPE_GUIDANCE_DOCUMENT);
  self->services = g_list_store_new (OV_TYPE_SUPPORT_SERVICE);
  self->today = ov_today_local ();

  self->filter = gtk_custom_filter_new (match_staff, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->staff));
  add_staff_column (self, _("Rank"), rank_text);
  add_staff_column (self, _("Awareness Training"), awareness_text);
  add_staff_column (self, _("Guidance"), guidance_text);
  add_staff_column (self, _("Status"), status_text);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  add_placeholder (self->training_list, _("No training recorded"));
  add_placeholder (self->accreditation_list, _("No changes recorded"));
  add_placeholder (self->welfare_list, _("No support recorded"));
  add_placeholder (self->guidance_list, _("No guidance documents"));
  add_placeholder (self->document_list, _("No guidance documents yet"));
  add_placeholder (self->service_list, _("No support services yet"));
  show_person (self);
  update_count (self);
}

/**
 * ov_readiness_page_set_store:
 * @store: (nullable): the store whose staff and guidance are shown
 */
void
ov_readiness_page_set_store (OvReadinessPage *self,
                             OvStore         *store)
{
  g_return_if_fail (OV_IS_READINESS_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  g_clear_object (&self->person);
  reload (self);
}

/**
 * ov_readiness_page_get_person:
 *
 * Returns: (transfer none) (nullable): the person shown
 */
OvStaff *
ov_readiness_page_get_person (OvReadinessPage *self)
{
  g_return_val_if_fail (OV_IS_READINESS_PAGE (self), NULL);
  return self->person;
}

void
ov_readiness_page_focus_search (OvReadinessPage *self)
{
  g_return_if_fail (OV_IS_READINESS_PAGE (self));

  gtk_stack_set_visible_child_name (self->view_stack, "people");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
