/* ov-review-editor.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One supervisory review, taken step by step: who attended, risk re-assessed, progress
 * against each open line of enquiry, each open action checked, new actions, directions,
 * parameters and ownership confirmed, and the next review date force policy proposes.
 * Signing off is core's: it applies what the review recorded and freezes it, after which
 * the review is shown read-only with its addenda.
 */

#define G_LOG_DOMAIN "ov-review-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ov-action-check-row.h"
#include "ov-action-dialog.h"
#include "ov-addendum-dialog.h"
#include "ov-attendee-row.h"
#include "ov-case.h"
#include "ov-dialogs.h"
#include "ov-disclosure-dialog.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"
#include "ov-review-editor.h"
#include "ov-review-line-row.h"
#include "ov-staff.h"
#include "ov-util.h"

struct _OvReviewEditor
{
  GtkWidget           parent_instance;

  OvStore            *store;
  OvCase             *the_case;
  OvReview           *review;
  OvForm             *form;
  GListStore         *lines;
  GListStore         *checks;
  GHashTable         *actions;
  GListStore         *new_actions;
  GListStore         *addenda;
  GListStore         *staff;
  GtkCustomFilter    *staff_filter;
  GArray             *attendees;

  GtkLabel           *title_label;
  GtkLabel           *status_badge;
  GtkWidget          *save_button;
  GtkWidget          *sign_off_button;
  GtkWidget          *addendum_button;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
  GtkLabel           *signed_label;

  GtkLabel           *type_label;
  GtkWidget          *trigger_row;
  GtkLabel           *trigger_label;
  GtkEntry           *held_date_entry;
  GtkEntry           *held_time_entry;
  GtkLabel           *held_error;
  GtkLabel           *reviewer_label;

  GtkWidget          *attendee_editor;
  GtkSearchEntry     *attendee_search;
  GtkListBox         *attendee_list;
  GtkFilterListModel *attendee_model;
  GtkLabel           *attendees_label;
  GtkLabel           *attendees_error;

  GtkCheckButton     *risk_check;
  GtkLabel           *risk_error;
  GtkTextView        *risk_notes_view;
  GtkLabel           *risk_notes_error;

  GtkListBox         *line_list;
  GtkListBox         *check_list;
  GtkListView        *new_action_view;
  GtkWidget          *new_action_placeholder;

  GtkTextView        *directions_view;
  GtkLabel           *directions_error;
  GtkCheckButton     *parameters_check;
  GtkLabel           *parameters_error;
  GtkCheckButton     *ownership_check;
  GtkLabel           *ownership_error;

  GtkWidget          *next_review_box;
  GtkEntry           *next_review_entry;
  GtkLabel           *next_review_error;
  GtkLabel           *proposed_label;
  GtkWidget          *reason_box;
  GtkEntry           *reason_entry;
  GtkLabel           *reason_error;
  GtkWidget          *closure_label;

  GtkWidget          *addenda_box;
  GtkListView        *addenda_view;
  GtkWidget          *addenda_placeholder;
};

G_DEFINE_FINAL_TYPE (OvReviewEditor, ov_review_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CLOSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
review_id (OvReviewEditor *self)
{
  return self->review != NULL ? ov_record_get_id (OV_RECORD (self->review)) : 0;
}

static gboolean
is_draft (OvReviewEditor *self)
{
  return self->review != NULL && !ov_review_is_signed_off (self->review);
}

/* Opened read-only, the database is for consultation: nothing can be saved. */
static gboolean
is_writable (OvReviewEditor *self)
{
  return self->store == NULL || !ov_store_is_read_only (self->store);
}

/* A draft, in a database that can be written. */
static gboolean
is_editable (OvReviewEditor *self)
{
  return is_draft (self) && is_writable (self);
}

static void
hide_error (OvReviewEditor *self)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
}

static void
show_error (OvReviewEditor *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static gboolean
has_attendee (OvReviewEditor *self,
              gint64          staff_id)
{
  for (guint i = 0; i < self->attendees->len; i++)
    {
      if (g_array_index (self->attendees, gint64, i) == staff_id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
rows_modified (OvReviewEditor *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->line_list, i)) != NULL; i++)
    {
      if (ov_review_line_row_get_modified (OV_REVIEW_LINE_ROW (row)))
        return TRUE;
    }
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->check_list, i)) != NULL; i++)
    {
      if (ov_action_check_row_get_modified (OV_ACTION_CHECK_ROW (row)))
        return TRUE;
    }
  return FALSE;
}

static void
update_actions (OvReviewEditor *self)
{
  gboolean draft = is_draft (self);
  gboolean editable = is_editable (self);
  gboolean writable = is_writable (self);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "review.save",
                                 editable && ov_review_editor_get_modified (self));
  gtk_widget_action_set_enabled (widget, "review.sign-off", editable);
  gtk_widget_action_set_enabled (widget, "review.add-action", editable);
  gtk_widget_action_set_enabled (widget, "review.add-addendum",
                                 writable && self->review != NULL && !draft);
  gtk_widget_action_set_enabled (widget, "review.print-report",
                                 writable && review_id (self) != 0);
  gtk_widget_action_set_enabled (widget, "review.export-report",
                                 writable && review_id (self) != 0);
}

static void
notify_modified (OvReviewEditor *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
update_next_review (OvReviewEditor *self)
{
  const char *proposed;
  g_autofree char *proposed_text = NULL;
  g_autofree char *text = NULL;
  gboolean closure;

  if (self->review == NULL)
    return;

  closure = ov_review_get_review_type (self->review) == OV_REVIEW_TYPE_CLOSURE;
  proposed = ov_review_get_proposed_next_review_on (self->review);
  gtk_widget_set_visible (self->next_review_box, !closure);
  gtk_widget_set_visible (self->closure_label, closure);

  if (ov_date_is_valid (proposed))
    {
      proposed_text = ov_format_date (proposed);
      /* Translators: %s is a date, e.g. "Proposed by policy: 24 Dec 2026" */
      text = g_strdup_printf (_("Proposed by policy: %s"), proposed_text);
    }
  gtk_label_set_text (self->proposed_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->proposed_label), text != NULL);

  /* A date other than the one policy proposes needs a reason. */
  gtk_widget_set_visible (self->reason_box,
                          !closure && ov_date_is_valid (proposed) &&
                          g_strcmp0 (ov_review_get_next_review_on (self->review), proposed) != 0);
}

static void
update_attendees_label (OvReviewEditor *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->staff));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvStaff) staff = g_list_model_get_item (G_LIST_MODEL (self->staff), i);

      if (!has_attendee (self, ov_record_get_id (OV_RECORD (staff))))
        continue;
      if (names->len > 0)
        /* Translators: separates the names of the people at a review */
        g_string_append (names, _(", "));
      g_string_append (names, ov_staff_get_name (staff));
    }
  gtk_label_set_text (self->attendees_label,
                      names->len > 0 ? names->str : _("No attendees were recorded."));
}

static void
update_header (OvReviewEditor *self)
{
  OvReview *review = self->review;
  g_autofree char *title = NULL;
  g_autofree char *trigger = NULL;
  g_autofree char *signed_at = NULL;
  g_autofree char *signed_text = NULL;
  const char *type;
  const char *detail;

  if (review == NULL)
    return;

  type = ov_enum_get_label (OV_TYPE_REVIEW_TYPE, ov_review_get_review_type (review));
  /* Translators: the title of a review, e.g. "Periodic Review" */
  title = g_strdup_printf (_("%s Review"), type);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->status_badge,
                      ov_enum_get_label (OV_TYPE_REVIEW_STATUS, ov_review_get_status (review)));
  gtk_label_set_text (self->type_label, type);
  gtk_label_set_text (self->reviewer_label,
                      ov_review_get_reviewer_name (review) != NULL ?
                      ov_review_get_reviewer_name (review) : "");

  detail = ov_review_get_trigger_detail (review);
  if (ov_str_empty (detail))
    trigger = g_strdup (ov_enum_get_label (OV_TYPE_REVIEW_TRIGGER,
                                           ov_review_get_trigger_event (review)));
  else
    /* Translators: what triggered a review and what happened, e.g.
     * "Arrest: both suspects arrested at the car wash" */
    trigger = g_strdup_printf (_("%s: %s"),
                               ov_enum_get_label (OV_TYPE_REVIEW_TRIGGER,
                                                  ov_review_get_trigger_event (review)),
                               detail);
  gtk_label_set_text (self->trigger_label, trigger);
  gtk_widget_set_visible (self->trigger_row,
                          ov_review_get_review_type (review) == OV_REVIEW_TYPE_TRIGGERED);

  if (ov_review_is_signed_off (review))
    {
      signed_at = ov_format_timestamp (ov_review_get_signed_off_at (review));
      /* Translators: who signed a review off and when, e.g. "Signed off by Helen Marsh on
       * 3 Jan 2026 11:00." */
      signed_text = g_strdup_printf (_("Signed off by %s on %s. A signed-off review can no "
                                       "longer be changed: add an addendum to correct or add "
                                       "to it."),
                                     ov_review_get_signed_off_by_name (review) != NULL ?
                                     ov_review_get_signed_off_by_name (review) : _("unknown"),
                                     signed_at);
    }
  gtk_label_set_text (self->signed_label, signed_text != NULL ? signed_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->signed_label), signed_text != NULL);

  gtk_widget_set_visible (self->save_button, is_draft (self));
  gtk_widget_set_visible (self->sign_off_button, is_draft (self));
  gtk_widget_set_visible (self->addendum_button, !is_draft (self));
  gtk_widget_set_visible (self->attendee_editor, is_draft (self));
  gtk_widget_set_sensitive (self->attendee_editor, is_writable (self));
  gtk_widget_set_visible (GTK_WIDGET (self->attendees_label), !is_draft (self));
  gtk_widget_set_visible (self->addenda_box, !is_draft (self));
}

static void
load_staff (OvReviewEditor *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  staff = ov_store_list_staff (self->store, FALSE, &error);
  if (staff == NULL)
    {
      show_error (self, error->message);
      return;
    }
  /* Active staff, and anyone recorded as present who has left since. */
  for (guint i = 0; i < staff->len; i++)
    {
      OvStaff *person = g_ptr_array_index (staff, i);

      if (ov_staff_get_active (person) || has_attendee (self, ov_record_get_id (OV_RECORD (person))))
        g_ptr_array_add (shown, person);
    }
  ov_list_store_replace (self->staff, shown);
}

static void
load_actions (OvReviewEditor *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) raised = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->actions);
  actions = ov_store_list_actions (self->store, ov_record_get_id (OV_RECORD (self->the_case)),
                                   &error);
  if (actions == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < actions->len; i++)
    {
      OvAction *action = g_ptr_array_index (actions, i);
      gint64 id = ov_record_get_id (OV_RECORD (action));

      g_hash_table_insert (self->actions, g_memdup2 (&id, sizeof id), g_object_ref (action));
      if (ov_action_get_review_id (action) == review_id (self))
        g_ptr_array_add (raised, action);
    }
  if (!ov_records_unchanged (G_LIST_MODEL (self->new_actions), raised))
    ov_list_store_replace (self->new_actions, raised);
  gtk_widget_set_visible (self->new_action_placeholder, raised->len == 0);
}

static void
load_addenda (OvReviewEditor *self)
{
  g_autoptr(GPtrArray) addenda = NULL;
  g_autoptr(GError) error = NULL;

  if (review_id (self) == 0)
    addenda = g_ptr_array_new ();
  else if ((addenda = ov_store_list_addenda (self->store, review_id (self), &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }
  ov_list_store_replace (self->addenda, addenda);
  gtk_widget_set_visible (self->addenda_placeholder, addenda->len == 0);
}

static void
show_review (OvReviewEditor *self,
             OvReview       *review,
             GPtrArray      *lines,
             GPtrArray      *checks)
{
  GArray *attendees;

  g_set_object (&self->review, review);

  g_array_set_size (self->attendees, 0);
  attendees = ov_review_get_attendees (review);
  if (attendees != NULL)
    {
      g_array_append_vals (self->attendees, attendees->data, attendees->len);
      g_array_unref (attendees);
    }

  ov_form_set_editable (self->form, is_editable (self));
  ov_form_set_record (self->form, OV_RECORD (review));
  g_signal_connect_object (review, "notify::next-review-on", G_CALLBACK (update_next_review),
                           self, G_CONNECT_SWAPPED);

  load_staff (self);
  load_actions (self);
  load_addenda (self);
  ov_list_store_replace (self->lines, lines);
  ov_list_store_replace (self->checks, checks);
  gtk_editable_set_text (GTK_EDITABLE (self->attendee_search), "");

  update_header (self);
  update_attendees_label (self);
  update_next_review (self);
  notify_modified (self);
}

static gboolean
reload (OvReviewEditor  *self,
        gint64           id,
        GError         **error)
{
  g_autoptr(OvReview) review = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) checks = NULL;

  review = ov_store_load (self->store, OV_TYPE_REVIEW, id, error);
  if (review == NULL)
    return FALSE;
  lines = ov_store_list_review_lines (self->store, id, error);
  if (lines == NULL)
    return FALSE;
  checks = ov_store_list_review_action_checks (self->store, id, error);
  if (checks == NULL)
    return FALSE;

  show_review (self, review, lines, checks);
  return TRUE;
}

static gboolean
validate_all (OvReviewEditor *self)
{
  GtkListBoxRow *row;

  if (!ov_form_validate (self->form))
    return FALSE;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->line_list, i)) != NULL; i++)
    {
      if (!ov_review_line_row_validate (OV_REVIEW_LINE_ROW (row)))
        return FALSE;
    }
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->check_list, i)) != NULL; i++)
    {
      if (!ov_action_check_row_validate (OV_ACTION_CHECK_ROW (row)))
        return FALSE;
    }
  return TRUE;
}

/* Saves the progress and checks the user changed; the review itself is saved by the
 * caller. */
static gboolean
save_rows (OvReviewEditor *self)
{
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->line_list, i)) != NULL; i++)
    {
      OvReviewLineRow *line_row = OV_REVIEW_LINE_ROW (row);

      if (ov_review_line_row_get_modified (line_row) &&
          !ov_store_save (self->store, OV_RECORD (ov_review_line_row_get_review_line (line_row)),
                          &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
    }
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->check_list, i)) != NULL; i++)
    {
      OvActionCheckRow *check_row = OV_ACTION_CHECK_ROW (row);

      if (ov_action_check_row_get_modified (check_row) &&
          !ov_store_save (self->store, OV_RECORD (ov_action_check_row_get_check (check_row)),
                          &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* List rows */

static void
on_attendee_toggled (OvReviewEditor *self,
                     GParamSpec     *pspec,
                     OvAttendeeRow  *row)
{
  gint64 id = ov_record_get_id (OV_RECORD (ov_attendee_row_get_staff (row)));
  gboolean attended = ov_attendee_row_get_attended (row);

  if (self->review == NULL || attended == has_attendee (self, id))
    return;

  if (attended)
    g_array_append_val (self->attendees, id);
  else
    {
      for (guint i = 0; i < self->attendees->len; i++)
        {
          if (g_array_index (self->attendees, gint64, i) == id)
            {
              g_array_remove_index (self->attendees, i);
              break;
            }
        }
    }
  ov_review_set_attendees (self->review, (const gint64 *) self->attendees->data,
                           self->attendees->len);
  update_attendees_label (self);
}

static GtkWidget *
create_attendee_row (gpointer item,
                     gpointer user_data)
{
  OvReviewEditor *self = user_data;
  OvStaff *staff = item;
  OvAttendeeRow *row;

  row = ov_attendee_row_new (staff, has_attendee (self, ov_record_get_id (OV_RECORD (staff))));
  g_signal_connect_object (row, "notify::attended", G_CALLBACK (on_attendee_toggled), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static gboolean
match_staff (gpointer item,
             gpointer user_data)
{
  OvReviewEditor *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->attendee_search));
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;

  if (ov_str_empty (search))
    return TRUE;
  needle = g_utf8_casefold (search, -1);
  haystack = g_utf8_casefold (ov_staff_get_name (OV_STAFF (item)), -1);
  return strstr (haystack, g_strstrip (needle)) != NULL;
}

static GtkWidget *
create_line_row (gpointer item,
                 gpointer user_data)
{
  OvReviewEditor *self = user_data;
  OvReviewLineRow *row = ov_review_line_row_new (OV_REVIEW_LINE (item), is_editable (self));

  g_signal_connect_object (row, "notify::modified", G_CALLBACK (notify_modified), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static GtkWidget *
create_check_row (gpointer item,
                  gpointer user_data)
{
  OvReviewEditor *self = user_data;
  gint64 action_id = ov_review_action_check_get_action_id (OV_REVIEW_ACTION_CHECK (item));
  OvActionCheckRow *row;

  row = ov_action_check_row_new (OV_REVIEW_ACTION_CHECK (item),
                                 g_hash_table_lookup (self->actions, &action_id),
                                 is_editable (self));
  g_signal_connect_object (row, "notify::modified", G_CALLBACK (notify_modified), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

/* Callbacks */

static void
on_store_changed (OvReviewEditor *self,
                  const char     *entity,
                  gint64          id,
                  OvStore        *store)
{
  g_autoptr(OvReview) stored = NULL;

  if (self->review == NULL)
    return;

  if (g_strcmp0 (entity, "action") == 0)
    load_actions (self);
  else if (g_strcmp0 (entity, "review-addendum") == 0)
    load_addenda (self);
  else if (g_strcmp0 (entity, "review") == 0 && id == review_id (self) &&
           !ov_review_editor_get_modified (self))
    {
      /* Someone else's change to this review, unless it is the one just saved here. */
      stored = ov_store_load (store, OV_TYPE_REVIEW, id, NULL);
      if (stored != NULL &&
          ov_record_get_revision (OV_RECORD (stored)) !=
          ov_record_get_revision (OV_RECORD (self->review)))
        reload (self, id, NULL);
    }
}

static void
on_attendee_search_changed (OvReviewEditor *self)
{
  gtk_filter_changed (GTK_FILTER (self->staff_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_sign_off_confirmed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  OvReviewEditor *self = OV_REVIEW_EDITOR (source);
  g_autoptr(GError) error = NULL;
  gint64 id = review_id (self);

  if (!ov_dialogs_confirm_finish (result, NULL) || !is_draft (self))
    return;

  if (!save_rows (self))
    return;
  if (!ov_store_sign_off_review (self->store, self->review, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (!reload (self, id, &error))
    show_error (self, error->message);
}

static void
on_ask_save_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OvReviewEditor *self = g_task_get_source_object (task);

  switch (ov_dialogs_ask_save_finish (result, NULL))
    {
    case OV_SAVE_CHOICE_SAVE:
      g_task_return_boolean (task, ov_review_editor_save (self));
      break;
    case OV_SAVE_CHOICE_DISCARD:
      ov_review_editor_discard (self);
      g_task_return_boolean (task, TRUE);
      break;
    case OV_SAVE_CHOICE_CANCEL:
    default:
      g_task_return_boolean (task, FALSE);
      break;
    }
}

static void
on_back_confirmed (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OvReviewEditor *self = OV_REVIEW_EDITOR (source);

  if (ov_review_editor_confirm_leave_finish (self, result, NULL))
    g_signal_emit (self, signals[CLOSED], 0);
}

/* Closures for ov-review-editor.ui */

static char *
action_due_label (gpointer  this,
                  OvAction *action)
{
  g_autofree char *due = NULL;

  if (action == NULL)
    return NULL;
  due = ov_format_date (ov_action_get_due_on (action));
  /* Translators: who owns an action and when it is due, e.g. "Tom Whitlock, due 5 Jan 2026" */
  return g_strdup_printf (_("%s, due %s"),
                          ov_action_get_owner_name (action) != NULL ?
                          ov_action_get_owner_name (action) : "",
                          due);
}

static char *
addendum_byline (gpointer    this,
                 OvAddendum *addendum)
{
  g_autofree char *added_at = NULL;

  if (addendum == NULL)
    return NULL;
  added_at = ov_format_timestamp (ov_addendum_get_added_at (addendum));
  /* Translators: who added an addendum and when, e.g. "Helen Marsh, 4 Jan 2026 09:10" */
  return g_strdup_printf (_("%s, %s"),
                          ov_addendum_get_author_name (addendum) != NULL ?
                          ov_addendum_get_author_name (addendum) : "",
                          added_at);
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_review_editor_confirm_leave (OV_REVIEW_EDITOR (widget), NULL, on_back_confirmed, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_review_editor_save (OV_REVIEW_EDITOR (widget));
}

static void
sign_off_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ov_review_editor_sign_off (OV_REVIEW_EDITOR (widget));
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OvReviewEditor *self = OV_REVIEW_EDITOR (widget);

  if (!is_draft (self))
    return;
  ov_present_dialog (widget,
                     GTK_WINDOW (ov_action_dialog_new (self->store, self->the_case, NULL,
                                                       review_id (self))));
}

static void
add_addendum_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OvReviewEditor *self = OV_REVIEW_EDITOR (widget);

  if (self->review == NULL || is_draft (self))
    return;
  ov_present_dialog (widget, GTK_WINDOW (ov_addendum_dialog_new (self->store, self->review)));
}

/* The review report, printed or exported once the user has said for whom and why. It
 * reports the review as stored, so a draft's changes are saved first. */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvReviewEditor *self = OV_REVIEW_EDITOR (widget);
  OvDisclosureDialog *dialog;

  if (self->store == NULL || self->the_case == NULL || review_id (self) == 0)
    return;
  if (is_draft (self) && ov_review_editor_get_modified (self) && !ov_review_editor_save (self))
    return;

  dialog = ov_disclosure_dialog_new (self->store, self->the_case, self->review,
                                     g_str_equal (action_name, "review.export-report"));
  ov_present_dialog (widget, GTK_WINDOW (dialog));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  hide_error (OV_REVIEW_EDITOR (widget));
}

/* Overrides */

static void
ov_review_editor_dispose (GObject *object)
{
  OvReviewEditor *self = OV_REVIEW_EDITOR (object);
  GtkWidget *child;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_REVIEW_EDITOR);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->staff_filter);
  g_clear_object (&self->staff);
  g_clear_object (&self->lines);
  g_clear_object (&self->checks);
  g_clear_object (&self->new_actions);
  g_clear_object (&self->addenda);
  g_clear_pointer (&self->actions, g_hash_table_unref);
  g_clear_pointer (&self->attendees, g_array_unref);
  g_clear_object (&self->review);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_review_editor_parent_class)->dispose (object);
}

static void
ov_review_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvReviewEditor *self = OV_REVIEW_EDITOR (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_review_editor_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_review_editor_class_init (OvReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_review_editor_dispose;
  object_class->get_property = ov_review_editor_get_property;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvReviewEditor::closed:
   *
   * Emitted when the user goes back to the list of reviews, after any unsaved changes
   * were saved or discarded.
   */
  signals[CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "review.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "review.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "review.sign-off", NULL, sign_off_action);
  gtk_widget_class_install_action (widget_class, "review.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "review.add-addendum", NULL,
                                   add_addendum_action);
  gtk_widget_class_install_action (widget_class, "review.print-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "review.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "review.dismiss-error", NULL,
                                   dismiss_error_action);

  g_type_ensure (OV_TYPE_ACTION);
  g_type_ensure (OV_TYPE_ADDENDUM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-review-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, status_badge);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, sign_off_button);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, addendum_button);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, signed_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, type_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, trigger_row);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, trigger_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, held_date_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, held_time_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, held_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, reviewer_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, attendee_editor);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, attendee_search);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, attendee_list);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, attendee_model);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, attendees_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, attendees_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, risk_check);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, risk_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, risk_notes_view);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, risk_notes_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, line_list);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, check_list);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, new_action_view);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, new_action_placeholder);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, directions_view);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, directions_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, parameters_check);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, parameters_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, ownership_check);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, ownership_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, next_review_box);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, next_review_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, next_review_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, proposed_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, reason_box);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, reason_error);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, closure_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, addenda_box);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, addenda_view);
  gtk_widget_class_bind_template_child (widget_class, OvReviewEditor, addenda_placeholder);
  gtk_widget_class_bind_template_callback (widget_class, on_attendee_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, action_due_label);
  gtk_widget_class_bind_template_callback (widget_class, addendum_byline);
}

static void
ov_review_editor_init (OvReviewEditor *self)
{
  g_autoptr(GtkNoSelection) new_actions = NULL;
  g_autoptr(GtkNoSelection) addenda = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->attendees = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->actions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  self->staff = g_list_store_new (OV_TYPE_STAFF);
  self->staff_filter = gtk_custom_filter_new (match_staff, self, NULL);
  gtk_filter_list_model_set_model (self->attendee_model, G_LIST_MODEL (self->staff));
  gtk_filter_list_model_set_filter (self->attendee_model, GTK_FILTER (self->staff_filter));
  gtk_list_box_bind_model (self->attendee_list, G_LIST_MODEL (self->attendee_model),
                           create_attendee_row, self, NULL);

  self->lines = g_list_store_new (OV_TYPE_REVIEW_LINE);
  gtk_list_box_bind_model (self->line_list, G_LIST_MODEL (self->lines), create_line_row,
                           self, NULL);
  self->checks = g_list_store_new (OV_TYPE_REVIEW_ACTION_CHECK);
  gtk_list_box_bind_model (self->check_list, G_LIST_MODEL (self->checks), create_check_row,
                           self, NULL);

  self->new_actions = g_list_store_new (OV_TYPE_ACTION);
  new_actions = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->new_actions)));
  gtk_list_view_set_model (self->new_action_view, GTK_SELECTION_MODEL (new_actions));
  self->addenda = g_list_store_new (OV_TYPE_ADDENDUM);
  addenda = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->addenda)));
  gtk_list_view_set_model (self->addenda_view, GTK_SELECTION_MODEL (addenda));

  self->form = ov_form_new ();
  ov_form_add_timestamp (self->form, "held-at", GTK_EDITABLE (self->held_date_entry),
                         GTK_EDITABLE (self->held_time_entry), self->held_error);
  ov_form_add_field (self->form, "attendee-ids", GTK_WIDGET (self->attendee_list),
                     self->attendees_error);
  ov_form_add_check (self->form, "risk-reassessed", self->risk_check, self->risk_error);
  ov_form_add_text_view (self->form, "risk-notes", self->risk_notes_view,
                         self->risk_notes_error);
  ov_form_add_text_view (self->form, "directions", self->directions_view,
                         self->directions_error);
  ov_form_add_check (self->form, "parameters-confirmed", self->parameters_check,
                     self->parameters_error);
  ov_form_add_check (self->form, "ownership-confirmed", self->ownership_check,
                     self->ownership_error);
  ov_form_add_entry (self->form, "next-review-on", GTK_EDITABLE (self->next_review_entry),
                     self->next_review_error);
  ov_form_add_entry (self->form, "next-review-reason", GTK_EDITABLE (self->reason_entry),
                     self->reason_error);
  g_signal_connect_object (self->form, "notify::modified", G_CALLBACK (notify_modified), self,
                           G_CONNECT_SWAPPED);

  update_actions (self);
}

/**
 * ov_review_editor_set_store:
 * @store: (nullable): where reviews are kept
 */
void
ov_review_editor_set_store (OvReviewEditor *self,
                            OvStore        *store)
{
  g_return_if_fail (OV_IS_REVIEW_EDITOR (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  ov_review_editor_clear (self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::review", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::review-addendum",
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::action", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
    }
}

/**
 * ov_review_editor_load:
 * @the_case: the case reviewed
 * @review_id: a stored review of @the_case
 *
 * Shows the review: editable while a draft, read-only with its addenda once signed off.
 *
 * Returns: %TRUE if the review was loaded
 */
gboolean
ov_review_editor_load (OvReviewEditor  *self,
                       OvCase          *the_case,
                       gint64           review_id,
                       GError         **error)
{
  g_return_val_if_fail (OV_IS_REVIEW_EDITOR (self), FALSE);
  g_return_val_if_fail (OV_IS_CASE (the_case), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  hide_error (self);
  g_set_object (&self->the_case, the_case);
  return reload (self, review_id, error);
}

/**
 * ov_review_editor_clear:
 *
 * Shows no review, dropping any unsaved changes.
 */
void
ov_review_editor_clear (OvReviewEditor *self)
{
  g_return_if_fail (OV_IS_REVIEW_EDITOR (self));

  ov_form_set_record (self->form, NULL);
  g_clear_object (&self->review);
  g_list_store_remove_all (self->lines);
  g_list_store_remove_all (self->checks);
  g_list_store_remove_all (self->new_actions);
  g_list_store_remove_all (self->addenda);
  g_array_set_size (self->attendees, 0);
  hide_error (self);
  notify_modified (self);
}

/**
 * ov_review_editor_get_review:
 *
 * Returns: (transfer none) (nullable): the review shown, with the user's unsaved changes
 */
OvReview *
ov_review_editor_get_review (OvReviewEditor *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_EDITOR (self), NULL);
  return self->review;
}

gboolean
ov_review_editor_get_modified (OvReviewEditor *self)
{
  g_return_val_if_fail (OV_IS_REVIEW_EDITOR (self), FALSE);
  return is_draft (self) && (ov_form_get_modified (self->form) || rows_modified (self));
}

/**
 * ov_review_editor_save:
 *
 * Saves the draft review with the progress and checks recorded in it. What breaks a
 * rule is shown under its field; what the store refuses, above the review.
 *
 * Returns: %TRUE if there was nothing to save or everything was saved
 */
gboolean
ov_review_editor_save (OvReviewEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OV_IS_REVIEW_EDITOR (self), FALSE);

  if (!ov_review_editor_get_modified (self))
    return TRUE;

  hide_error (self);
  if (!validate_all (self))
    return FALSE;
  if (ov_form_get_modified (self->form) &&
      !ov_store_save (self->store, OV_RECORD (self->review), &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  ov_form_set_modified (self->form, FALSE);
  if (!save_rows (self))
    return FALSE;

  if (!reload (self, review_id (self), &error))
    show_error (self, error->message);
  return TRUE;
}

/**
 * ov_review_editor_discard:
 *
 * Drops unsaved changes and shows the review as stored.
 */
void
ov_review_editor_discard (OvReviewEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OV_IS_REVIEW_EDITOR (self));

  hide_error (self);
  if (review_id (self) != 0 && !reload (self, review_id (self), &error))
    show_error (self, error->message);
}

/**
 * ov_review_editor_sign_off:
 *
 * Checks the review, asks the supervisor to confirm, and signs it off through the store,
 * which applies the statuses recorded to the lines of enquiry and actions and freezes the
 * review. A refusal is shown above the review.
 */
void
ov_review_editor_sign_off (OvReviewEditor *self)
{
  g_return_if_fail (OV_IS_REVIEW_EDITOR (self));

  if (!is_draft (self))
    return;
  hide_error (self);
  if (!validate_all (self))
    return;

  ov_dialogs_confirm (GTK_WIDGET (self), _("Sign Off This Review?"),
                      _("The statuses recorded for the lines of enquiry and actions will be "
                        "applied to them. A signed-off review can no longer be changed: "
                        "corrections are added as addenda."),
                      _("_Sign Off"), FALSE, NULL, on_sign_off_confirmed, NULL);
}

/**
 * ov_review_editor_confirm_leave:
 *
 * Asks whether to save, discard or keep unsaved changes before the user leaves the
 * review. Finishes at once, with %TRUE, when there is nothing unsaved.
 */
void
ov_review_editor_confirm_leave (OvReviewEditor      *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OV_IS_REVIEW_EDITOR (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_review_editor_confirm_leave);

  if (!ov_review_editor_get_modified (self))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  ov_dialogs_ask_save (GTK_WIDGET (self), _("Save the Draft Review?"),
                       _("If you leave without saving, your changes to the review are lost."),
                       cancellable, on_ask_save_done, g_steal_pointer (&task));
}

/**
 * ov_review_editor_confirm_leave_finish:
 *
 * Returns: %TRUE if the user may leave the review
 */
gboolean
ov_review_editor_confirm_leave_finish (OvReviewEditor  *self,
                                       GAsyncResult    *result,
                                       GError         **error)
{
  g_return_val_if_fail (OV_IS_REVIEW_EDITOR (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
