/* ov-reviews-section.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case's supervisory reviews, newest first, and the review being held or read.
 */

#define G_LOG_DOMAIN "ov-reviews-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"
#include "ov-new-review-dialog.h"
#include "ov-review-editor.h"
#include "ov-reviews-section.h"
#include "ov-util.h"

struct _OvReviewsSection
{
  GtkWidget           parent_instance;

  OvStore            *store;
  OvCase             *the_case;
  GListStore         *reviews;

  GtkStack           *stack;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkLabel           *next_review_label;
  OvReviewEditor     *editor;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (OvReviewsSection, ov_reviews_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
case_id (OvReviewsSection *self)
{
  return self->the_case != NULL ? ov_record_get_id (OV_RECORD (self->the_case)) : 0;
}

static void
show_error (OvReviewsSection *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static gboolean
showing_editor (OvReviewsSection *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0;
}

static OvReview *
draft_review (OvReviewsSection *self)
{
  GListModel *reviews = G_LIST_MODEL (self->reviews);
  guint n = g_list_model_get_n_items (reviews);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvReview) review = g_list_model_get_item (reviews, i);

      if (!ov_review_is_signed_off (review))
        return g_steal_pointer (&review);
    }
  return NULL;
}

/* The next review due: the date set by the latest signed-off review. */
static void
update_next_review (OvReviewsSection *self)
{
  GListModel *reviews = G_LIST_MODEL (self->reviews);
  guint n = g_list_model_get_n_items (reviews);
  g_autofree char *text = NULL;

  for (guint i = 0; i < n && text == NULL; i++)
    {
      g_autoptr(OvReview) review = g_list_model_get_item (reviews, i);
      g_autofree char *date = NULL;

      if (!ov_review_is_signed_off (review))
        continue;
      if (ov_review_get_review_type (review) == OV_REVIEW_TYPE_CLOSURE)
        text = g_strdup (_("A closure review has been signed off."));
      else if (ov_date_is_valid (ov_review_get_next_review_on (review)))
        {
          date = ov_format_date (ov_review_get_next_review_on (review));
          /* Translators: %s is a date, e.g. "Next review due 24 Dec 2026" */
          text = g_strdup_printf (_("Next review due %s"), date);
        }
    }
  if (text == NULL && n == 0)
    text = g_strdup (_("No review has been held yet."));

  gtk_label_set_text (self->next_review_label, text != NULL ? text : "");
}

static void
update_actions (OvReviewsSection *self)
{
  gboolean loaded = self->store != NULL && case_id (self) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.new",
                                 loaded && !ov_store_is_read_only (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.open",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
load_reviews (OvReviewsSection *self)
{
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || case_id (self) == 0)
    reviews = g_ptr_array_new ();
  else if ((reviews = ov_store_list_reviews (self->store, case_id (self), &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }

  if (!ov_records_unchanged (G_LIST_MODEL (self->reviews), reviews))
    ov_list_store_replace (self->reviews, reviews);
  gtk_stack_set_visible_child_name (self->list_stack, reviews->len > 0 ? "list" : "empty");
  update_next_review (self);
  update_actions (self);
}

static void
show_list (OvReviewsSection *self)
{
  ov_review_editor_clear (self->editor);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Callbacks */

static void
on_store_changed (OvReviewsSection *self)
{
  load_reviews (self);
}

static void
on_editor_closed (OvReviewsSection *self)
{
  show_list (self);
}

static void
on_editor_modified (OvReviewsSection *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_review_started (OvReviewsSection  *self,
                   OvReview          *review,
                   OvNewReviewDialog *dialog)
{
  load_reviews (self);
  ov_reviews_section_open_review (self, ov_record_get_id (OV_RECORD (review)));
}

static void
on_selection_changed (OvReviewsSection *self)
{
  update_actions (self);
}

static void
on_column_view_activate (OvReviewsSection *self,
                         guint             position,
                         GtkColumnView    *column_view)
{
  g_autoptr(OvReview) review = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (review != NULL)
    ov_reviews_section_open_review (self, ov_record_get_id (OV_RECORD (review)));
}

/* Closures for ov-reviews-section.ui */

static char *
held_label (gpointer  this,
            OvReview *review)
{
  return review != NULL ? ov_format_timestamp (ov_review_get_held_at (review)) : NULL;
}

static char *
type_label (gpointer  this,
            OvReview *review)
{
  if (review == NULL)
    return NULL;
  return g_strdup (ov_enum_get_label (OV_TYPE_REVIEW_TYPE, ov_review_get_review_type (review)));
}

static char *
trigger_label (gpointer  this,
               OvReview *review)
{
  if (review == NULL || ov_review_get_trigger_event (review) == OV_REVIEW_TRIGGER_NONE)
    return NULL;
  return g_strdup (ov_enum_get_label (OV_TYPE_REVIEW_TRIGGER,
                                      ov_review_get_trigger_event (review)));
}

static char *
status_label (gpointer  this,
              OvReview *review)
{
  if (review == NULL)
    return NULL;
  return g_strdup (ov_enum_get_label (OV_TYPE_REVIEW_STATUS, ov_review_get_status (review)));
}

static char *
next_label (gpointer  this,
            OvReview *review)
{
  return review != NULL ? ov_format_date (ov_review_get_next_review_on (review)) : NULL;
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ov_reviews_section_new_review (OV_REVIEWS_SECTION (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OvReviewsSection *self = OV_REVIEWS_SECTION (widget);
  OvReview *review = gtk_single_selection_get_selected_item (self->selection);

  if (review != NULL)
    ov_reviews_section_open_review (self, ov_record_get_id (OV_RECORD (review)));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_widget_set_visible (OV_REVIEWS_SECTION (widget)->error_banner, FALSE);
}

/* Overrides */

static void
ov_reviews_section_dispose (GObject *object)
{
  OvReviewsSection *self = OV_REVIEWS_SECTION (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_REVIEWS_SECTION);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->reviews);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_reviews_section_parent_class)->dispose (object);
}

static void
ov_reviews_section_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvReviewsSection *self = OV_REVIEWS_SECTION (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_reviews_section_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_reviews_section_class_init (OvReviewsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_reviews_section_dispose;
  object_class->get_property = ov_reviews_section_get_property;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "reviews.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "reviews.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "reviews.dismiss-error", NULL,
                                   dismiss_error_action);

  g_type_ensure (OV_TYPE_REVIEW);
  g_type_ensure (OV_TYPE_REVIEW_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-reviews-section.ui");
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, stack);
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, selection);
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, next_review_label);
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, editor);
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvReviewsSection, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_modified);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, held_label);
  gtk_widget_class_bind_template_callback (widget_class, type_label);
  gtk_widget_class_bind_template_callback (widget_class, trigger_label);
  gtk_widget_class_bind_template_callback (widget_class, status_label);
  gtk_widget_class_bind_template_callback (widget_class, next_label);
}

static void
ov_reviews_section_init (OvReviewsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->reviews = g_list_store_new (OV_TYPE_REVIEW);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->reviews));
  load_reviews (self);
}

/**
 * ov_reviews_section_set_store:
 * @store: (nullable): where reviews are kept
 */
void
ov_reviews_section_set_store (OvReviewsSection *self,
                              OvStore          *store)
{
  g_return_if_fail (OV_IS_REVIEWS_SECTION (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::review", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::staff", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
    }
  ov_review_editor_set_store (self->editor, store);
  ov_reviews_section_set_case (self, NULL);
}

/**
 * ov_reviews_section_set_case:
 * @the_case: (nullable): the case whose reviews are shown; an unsaved case has none
 *
 * Shows the case's reviews. Unsaved changes to a review shown before are dropped: ask
 * first with ov_reviews_section_get_modified().
 */
void
ov_reviews_section_set_case (OvReviewsSection *self,
                             OvCase           *the_case)
{
  g_return_if_fail (OV_IS_REVIEWS_SECTION (self));
  g_return_if_fail (the_case == NULL || OV_IS_CASE (the_case));

  /* The same case again: its details may have changed, what is shown has not. */
  if (the_case != NULL && case_id (self) == ov_record_get_id (OV_RECORD (the_case)))
    {
      g_set_object (&self->the_case, the_case);
      return;
    }

  g_set_object (&self->the_case, the_case);
  gtk_widget_set_visible (self->error_banner, FALSE);
  ov_review_editor_clear (self->editor);
  gtk_stack_set_visible_child_name (self->stack, "list");
  load_reviews (self);
}

/**
 * ov_reviews_section_new_review:
 *
 * Goes on with the review in progress if there is one; otherwise asks what kind of
 * review to start.
 */
void
ov_reviews_section_new_review (OvReviewsSection *self)
{
  g_autoptr(OvReview) draft = NULL;
  OvNewReviewDialog *dialog;

  g_return_if_fail (OV_IS_REVIEWS_SECTION (self));

  if (self->store == NULL || case_id (self) == 0)
    return;

  /* One review at a time: a draft is finished before another starts. */
  draft = draft_review (self);
  if (draft != NULL)
    {
      ov_reviews_section_open_review (self, ov_record_get_id (OV_RECORD (draft)));
      return;
    }

  dialog = ov_new_review_dialog_new (self->store, self->the_case);
  g_signal_connect_object (dialog, "started", G_CALLBACK (on_review_started), self,
                           G_CONNECT_SWAPPED);
  ov_present_dialog (GTK_WIDGET (self), GTK_WINDOW (dialog));
}

/**
 * ov_reviews_section_open_review:
 * @review_id: a review of the case shown
 *
 * Shows the review in the editor.
 *
 * Returns: %TRUE if the review was opened
 */
gboolean
ov_reviews_section_open_review (OvReviewsSection *self,
                                gint64            review_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OV_IS_REVIEWS_SECTION (self), FALSE);

  if (self->store == NULL || self->the_case == NULL)
    return FALSE;
  if (!ov_review_editor_load (self->editor, self->the_case, review_id, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  gtk_widget_set_visible (self->error_banner, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  return TRUE;
}

gboolean
ov_reviews_section_get_modified (OvReviewsSection *self)
{
  g_return_val_if_fail (OV_IS_REVIEWS_SECTION (self), FALSE);
  return showing_editor (self) && ov_review_editor_get_modified (self->editor);
}

/**
 * ov_reviews_section_save:
 *
 * Saves the review being edited, if any.
 *
 * Returns: %TRUE if there was nothing to save or it was saved
 */
gboolean
ov_reviews_section_save (OvReviewsSection *self)
{
  g_return_val_if_fail (OV_IS_REVIEWS_SECTION (self), FALSE);
  return !showing_editor (self) || ov_review_editor_save (self->editor);
}

void
ov_reviews_section_discard (OvReviewsSection *self)
{
  g_return_if_fail (OV_IS_REVIEWS_SECTION (self));

  if (showing_editor (self))
    ov_review_editor_discard (self->editor);
}
