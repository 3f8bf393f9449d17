/* ov-decisions-section.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case's decision log (policy file), in number order. Entries are only ever added:
 * there is nothing here to edit or delete.
 */

#define G_LOG_DOMAIN "ov-decisions-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case.h"
#include "ov-decision.h"
#include "ov-decision-dialog.h"
#include "ov-decision-row.h"
#include "ov-decisions-section.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"

struct _OvDecisionsSection
{
  GtkWidget    parent_instance;

  OvStore     *store;
  OvCase      *the_case;
  GListStore  *decisions;
  GHashTable  *review_descriptions;

  GtkListBox  *decision_list;
  GtkLabel    *count_label;
  GtkWidget   *error_banner;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (OvDecisionsSection, ov_decisions_section, GTK_TYPE_WIDGET)

static gint64
case_id (OvDecisionsSection *self)
{
  return self->the_case != NULL ? ov_record_get_id (OV_RECORD (self->the_case)) : 0;
}

static void
show_error (OvDecisionsSection *self,
            const GError       *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
update_count (OvDecisionsSection *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->decisions));
  g_autofree char *text = NULL;

  text = g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
  gtk_label_set_text (self->count_label, text);
}

static void
load_reviews (OvDecisionsSection *self)
{
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->review_descriptions);
  if (self->store == NULL || case_id (self) == 0)
    return;

  reviews = ov_store_list_reviews (self->store, case_id (self), &error);
  if (reviews == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < reviews->len; i++)
    {
      OvReview *review = g_ptr_array_index (reviews, i);
      gint64 review_id = ov_record_get_id (OV_RECORD (review));

      g_hash_table_insert (self->review_descriptions,
                           g_memdup2 (&review_id, sizeof review_id),
                           ov_review_describe (review));
    }
}

static void
load_decisions (OvDecisionsSection *self)
{
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->error_banner, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "decisions.new",
                                 self->store != NULL && case_id (self) != 0 &&
                                 !ov_store_is_read_only (self->store));
  if (self->store == NULL || case_id (self) == 0)
    {
      g_list_store_remove_all (self->decisions);
      update_count (self);
      return;
    }

  decisions = ov_store_list_decisions (self->store, case_id (self), &error);
  if (decisions == NULL)
    {
      show_error (self, error);
      return;
    }
  /* Rows are rebuilt even when the entries are unchanged, for the "superseded by" of an
   * earlier entry comes from a later one. */
  ov_list_store_replace (self->decisions, decisions);
  update_count (self);
}

static GtkWidget *
create_decision_row (gpointer item,
                     gpointer user_data)
{
  OvDecisionsSection *self = user_data;
  gint64 review_id = ov_decision_get_review_id (OV_DECISION (item));

  return GTK_WIDGET (ov_decision_row_new (OV_DECISION (item),
                                          g_hash_table_lookup (self->review_descriptions,
                                                               &review_id)));
}

static void
on_store_changed (OvDecisionsSection *self,
                  const char         *entity,
                  gint64              id,
                  OvStore            *store)
{
  if (g_strcmp0 (entity, "review") == 0)
    load_reviews (self);
  load_decisions (self);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ov_decisions_section_new_decision (OV_DECISIONS_SECTION (widget));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_widget_set_visible (OV_DECISIONS_SECTION (widget)->error_banner, FALSE);
}

/* Overrides */

static void
ov_decisions_section_dispose (GObject *object)
{
  OvDecisionsSection *self = OV_DECISIONS_SECTION (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_DECISIONS_SECTION);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->decisions);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);
  g_clear_pointer (&self->review_descriptions, g_hash_table_unref);

  G_OBJECT_CLASS (ov_decisions_section_parent_class)->dispose (object);
}

static void
ov_decisions_section_class_init (OvDecisionsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_decisions_section_dispose;

  gtk_widget_class_install_action (widget_class, "decisions.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "decisions.dismiss-error", NULL,
                                   dismiss_error_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-decisions-section.ui");
  gtk_widget_class_bind_template_child (widget_class, OvDecisionsSection, decision_list);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionsSection, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionsSection, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionsSection, error_label);
}

static void
ov_decisions_section_init (OvDecisionsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->review_descriptions = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                     g_free, g_free);
  self->decisions = g_list_store_new (OV_TYPE_DECISION);
  gtk_list_box_bind_model (self->decision_list, G_LIST_MODEL (self->decisions),
                           create_decision_row, self, NULL);
  load_decisions (self);
}

/**
 * ov_decisions_section_set_store:
 * @store: (nullable): where the decision log is kept
 */
void
ov_decisions_section_set_store (OvDecisionsSection *self,
                                OvStore            *store)
{
  g_return_if_fail (OV_IS_DECISIONS_SECTION (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::decision", G_CALLBACK (on_store_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::review", G_CALLBACK (on_store_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::staff", G_CALLBACK (on_store_changed),
                               self, G_CONNECT_SWAPPED);
    }
  load_reviews (self);
  load_decisions (self);
}

/**
 * ov_decisions_section_set_case:
 * @the_case: (nullable): the case whose decision log is shown; an unsaved case has none
 */
void
ov_decisions_section_set_case (OvDecisionsSection *self,
                               OvCase             *the_case)
{
  g_return_if_fail (OV_IS_DECISIONS_SECTION (self));
  g_return_if_fail (the_case == NULL || OV_IS_CASE (the_case));

  /* The same case again: its details may have changed, what is shown has not. */
  if (the_case != NULL && case_id (self) == ov_record_get_id (OV_RECORD (the_case)))
    {
      g_set_object (&self->the_case, the_case);
      return;
    }

  g_set_object (&self->the_case, the_case);
  load_reviews (self);
  load_decisions (self);
}

/**
 * ov_decisions_section_new_decision:
 *
 * Asks for a new entry in the decision log.
 */
void
ov_decisions_section_new_decision (OvDecisionsSection *self)
{
  g_return_if_fail (OV_IS_DECISIONS_SECTION (self));

  if (self->store == NULL || case_id (self) == 0)
    return;
  ov_present_dialog (GTK_WIDGET (self),
                     GTK_WINDOW (ov_decision_dialog_new (self->store, self->the_case)));
}
