/* ov-case-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One case: its details, edited in place and saved through the store, and who is
 * allocated to it under the PIP2 rule; then, in sections of their own, the investigative
 * strategy, the supervisory reviews, the actions and the decision log.
 */

#define G_LOG_DOMAIN "ov-case-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-actions-section.h"
#include "ov-allocation.h"
#include "ov-allocation-dialog.h"
#include "ov-allocation-row.h"
#include "ov-case.h"
#include "ov-case-findings.h"
#include "ov-case-page.h"
#include "ov-conflicts-panel.h"
#include "ov-decisions-section.h"
#include "ov-people-section.h"
#include "ov-dialogs.h"
#include "ov-disclosure-dialog.h"
#include "ov-editing-page.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-reviews-section.h"
#include "ov-store.h"
#include "ov-strategy-section.h"
#include "ov-util.h"

struct _OvCasePage
{
  GtkWidget           parent_instance;

  OvStore            *store;
  OvForm             *form;
  GBindingGroup      *case_bindings;
  GListStore         *allocations;

  GtkLabel           *title_label;
  GtkWidget          *override_badge;
  GtkWidget          *section_switcher;
  GtkWidget          *save_button;
  GtkStack           *section_stack;
  GtkStackPage       *actions_page;
  GtkWidget          *overdue_banner;
  GtkLabel           *overdue_label;
  OvPeopleSection    *people_section;
  OvStrategySection  *strategy_section;
  OvReviewsSection   *reviews_section;
  OvActionsSection   *actions_section;
  OvDecisionsSection *decisions_section;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
  GtkWidget          *reload_button;
  GtkWidget          *override_banner;
  OvConflictsPanel   *conflicts_panel;
  GtkWidget          *conflict_badge;

  GtkEntry           *reference_entry;
  GtkLabel           *reference_error;
  GtkEntry           *operation_entry;
  GtkLabel           *operation_error;
  GtkDropDown        *status_drop_down;
  GtkLabel           *status_error;
  GtkEntry           *opened_entry;
  GtkLabel           *opened_error;
  GtkEntry           *closed_entry;
  GtkLabel           *closed_error;
  GtkDropDown        *marking_drop_down;
  GtkLabel           *marking_error;
  GtkTextView        *summary_view;
  GtkLabel           *summary_error;

  GtkCheckButton     *offence_s1_check;
  GtkCheckButton     *offence_s2_check;
  GtkCheckButton     *offence_s4_check;
  GtkCheckButton     *offence_other_check;
  GtkLabel           *offences_error;

  GtkCheckButton     *labour_check;
  GtkCheckButton     *sexual_check;
  GtkCheckButton     *criminal_check;
  GtkCheckButton     *domestic_check;
  GtkCheckButton     *organ_check;
  GtkCheckButton     *unknown_check;
  GtkLabel           *exploitation_error;
  GtkCheckButton     *county_lines_check;
  GtkLabel           *county_lines_error;

  GtkLabel           *allocation_hint;
  GtkListBox         *current_list;
  GtkListBox         *history_list;
};

static void ov_case_page_editing_page_init (OvEditingPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvCasePage, ov_case_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (OV_TYPE_EDITING_PAGE,
                                                      ov_case_page_editing_page_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CLOSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static OvCase *
current_case (OvCasePage *self)
{
  return OV_CASE (ov_form_get_record (self->form));
}

static gint64
current_case_id (OvCasePage *self)
{
  OvCase *the_case = current_case (self);

  return the_case != NULL ? ov_record_get_id (OV_RECORD (the_case)) : 0;
}

static void
set_flag_label (GtkCheckButton *check_button,
                GType           flags_type,
                guint           flag)
{
  gtk_check_button_set_label (check_button, ov_enum_get_label (flags_type, (int) flag));
}

static void
update_title (OvCasePage *self)
{
  OvCase *the_case = current_case (self);

  if (the_case == NULL || ov_record_get_id (OV_RECORD (the_case)) == 0)
    gtk_label_set_text (self->title_label, _("New Case"));
  else
    gtk_label_set_text (self->title_label, ov_case_get_reference (the_case));
}

static void
update_actions (OvCasePage *self)
{
  OvCase *the_case = current_case (self);
  gboolean saved = current_case_id (self) != 0;
  /* Read-only: nothing saved, and no report, whose disclosure must be audited. */
  gboolean writable = self->store == NULL || !ov_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.save",
                                 writable && the_case != NULL &&
                                 (!saved || ov_form_get_modified (self->form)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.allocate", writable && saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.reload", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.new-person", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.new-review", writable && saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.new-action", writable && saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.new-decision", writable && saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.print-report", writable && saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.export-report", writable && saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.show-section", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.show-overdue", saved);
  gtk_widget_set_visible (GTK_WIDGET (self->allocation_hint), !saved);
  /* The other sections are about a case on record. */
  gtk_widget_set_visible (self->section_switcher, saved);
  if (!saved)
    gtk_stack_set_visible_child_name (self->section_stack, "details");
}

static const char *
visible_section (OvCasePage *self)
{
  return gtk_stack_get_visible_child_name (self->section_stack);
}

static void
show_section (OvCasePage *self,
              const char *name)
{
  if (gtk_stack_get_child_by_name (self->section_stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->section_stack, name);
}

/* The sections follow the case shown; a case not yet saved has none of them. */
static void
update_sections (OvCasePage *self)
{
  OvCase *the_case = current_case_id (self) != 0 ? current_case (self) : NULL;

  ov_people_section_set_case_id (self->people_section, current_case_id (self));
  ov_strategy_section_set_case (self->strategy_section, the_case);
  ov_reviews_section_set_case (self->reviews_section, the_case);
  ov_actions_section_set_case (self->actions_section, the_case);
  ov_decisions_section_set_case (self->decisions_section, the_case);
}

static void
hide_store_error (OvCasePage *self)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
}

static void
show_store_error (OvCasePage   *self,
                  const GError *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->reload_button,
                          g_error_matches (error, OV_STORE_ERROR, OV_STORE_ERROR_CONFLICT));
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static void
load_allocations (OvCasePage *self)
{
  g_autoptr(GPtrArray) allocations = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_id = current_case_id (self);

  if (self->store == NULL || case_id == 0)
    {
      g_list_store_remove_all (self->allocations);
      return;
    }

  allocations = ov_store_list_allocations (self->store, case_id, &error);
  if (allocations == NULL)
    {
      g_list_store_remove_all (self->allocations);
      show_store_error (self, error);
      return;
    }
  g_list_store_splice (self->allocations, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->allocations)),
                       allocations->pdata, allocations->len);
}

static void
set_case (OvCasePage *self,
          OvCase     *the_case)
{
  gint64 previous_id = current_case_id (self);

  hide_store_error (self);
  g_binding_group_set_source (self->case_bindings, the_case);
  ov_form_set_record (self->form, OV_RECORD (the_case));
  if (the_case == NULL || ov_record_get_id (OV_RECORD (the_case)) != previous_id)
    gtk_stack_set_visible_child_name (self->section_stack, "details");
  update_sections (self);
  load_allocations (self);
  /* A case not yet saved has no conflicts: -1 lists none. */
  ov_conflicts_panel_set_case_id (self->conflicts_panel, current_case_id (self) > 0 ?
                                  current_case_id (self) : -1);
  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static gboolean
reload_case (OvCasePage  *self,
             GError     **error)
{
  g_autoptr(OvCase) fresh = NULL;

  fresh = ov_store_load (self->store, OV_TYPE_CASE, current_case_id (self), error);
  if (fresh == NULL)
    return FALSE;
  set_case (self, fresh);
  return TRUE;
}

static void
on_store_changed (OvCasePage *self,
                  const char *entity,
                  gint64      id,
                  OvStore    *store)
{
  OvCase *the_case = current_case (self);
  g_autoptr(OvCase) fresh = NULL;

  if (the_case == NULL || ov_record_get_id (OV_RECORD (the_case)) == 0)
    return;

  if (g_strcmp0 (entity, "allocation") == 0)
    {
      load_allocations (self);
      return;
    }
  if (g_strcmp0 (entity, "case") != 0 || id != ov_record_get_id (OV_RECORD (the_case)))
    return;

  /* Allocations change the officer in the case and the override flag. Take them without
   * touching what the user is editing. */
  fresh = ov_store_load (store, OV_TYPE_CASE, id, NULL);
  if (fresh != NULL)
    {
      ov_case_set_oic_name (the_case, ov_case_get_oic_name (fresh));
      ov_case_set_pip2_override (the_case, ov_case_get_pip2_override (fresh));
    }
  load_allocations (self);
}

static void
on_form_modified (OvCasePage *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_section_modified (OvCasePage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_section_changed (OvCasePage *self)
{
  /* The Save button is the case details' own; the other sections have theirs. */
  gtk_widget_set_visible (self->save_button, g_strcmp0 (visible_section (self), "details") == 0);
}

static void
on_overdue_changed (OvCasePage *self)
{
  guint n = ov_actions_section_get_n_overdue (self->actions_section);
  g_autofree char *title = NULL;
  g_autofree char *banner = NULL;

  /* Said in words in the section switcher and across the details, never by colour. */
  if (n > 0)
    {
      /* Translators: the title of the actions section of a case, e.g. "Actions (2 overdue)" */
      title = g_strdup_printf (ngettext ("Actions (%u overdue)", "Actions (%u overdue)", n), n);
      banner = g_strdup_printf (ngettext ("%u action on this case is overdue.",
                                          "%u actions on this case are overdue.", n),
                                n);
    }
  gtk_stack_page_set_title (self->actions_page, title != NULL ? title : _("Actions"));
  gtk_stack_page_set_needs_attention (self->actions_page, n > 0);
  gtk_label_set_text (self->overdue_label, banner != NULL ? banner : "");
  gtk_widget_set_visible (self->overdue_banner, n > 0);
}

/* Allocations */

static gboolean
is_current_allocation (gpointer item,
                       gpointer user_data)
{
  return ov_allocation_is_current (OV_ALLOCATION (item));
}

static gboolean
is_ended_allocation (gpointer item,
                     gpointer user_data)
{
  return !ov_allocation_is_current (OV_ALLOCATION (item));
}

static GtkWidget *
create_allocation_row (gpointer item,
                       gpointer user_data)
{
  return GTK_WIDGET (ov_allocation_row_new (OV_ALLOCATION (item)));
}

static GListModel *
filter_allocations (OvCasePage          *self,
                    GtkCustomFilterFunc  func)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (func, NULL, NULL);
  GListModel *all = G_LIST_MODEL (g_object_ref (self->allocations));

  return G_LIST_MODEL (gtk_filter_list_model_new (all, GTK_FILTER (filter)));
}

static OvAllocation *
find_allocation (OvCasePage *self,
                 gint64      allocation_id)
{
  GListModel *allocations = G_LIST_MODEL (self->allocations);
  guint n = g_list_model_get_n_items (allocations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvAllocation) allocation = g_list_model_get_item (allocations, i);

      if (ov_record_get_id (OV_RECORD (allocation)) == allocation_id)
        return g_steal_pointer (&allocation);
    }
  return NULL;
}

static void
on_end_allocation_confirmed (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  OvCasePage *self = OV_CASE_PAGE (source);
  g_autoptr(OvAllocation) allocation = user_data;
  g_autoptr(GError) error = NULL;

  if (!ov_dialogs_confirm_finish (result, NULL) || self->store == NULL)
    return;

  if (!ov_store_end_allocation (self->store, allocation, &error))
    ov_dialogs_show_error (GTK_WIDGET (self), _("The allocation was not ended"), error->message);
}

/* Saves the case's own details, marking what is wrong on the page and saying it in @error. */
static gboolean
save_details (OvCasePage  *self,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  OvCase *the_case = current_case (self);

  if (the_case == NULL || self->store == NULL)
    return FALSE;

  hide_store_error (self);
  if (!ov_form_check (self->form, error))
    return FALSE;

  if (!ov_store_save (self->store, OV_RECORD (the_case), &local_error))
    {
      show_store_error (self, local_error);
      if (g_error_matches (local_error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE))
        ov_form_show_error (self->form, "reference", local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  ov_form_set_modified (self->form, FALSE);
  update_sections (self);
  load_allocations (self);
  update_title (self);
  update_actions (self);
  return TRUE;
}

/* Leaving once unsaved changes are saved or discarded */

static void
on_back_confirmed (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OvCasePage *self = OV_CASE_PAGE (source);

  if (ov_editing_page_confirm_leave_finish (OV_EDITING_PAGE (self), result, NULL))
    g_signal_emit (self, signals[CLOSED], 0);
}

/* OvEditingPage */

static gboolean
ov_case_page_editing_get_modified (OvEditingPage *page)
{
  return ov_case_page_get_modified (OV_CASE_PAGE (page));
}

static char *
ov_case_page_editing_dup_title (OvEditingPage *page)
{
  OvCase *the_case = current_case (OV_CASE_PAGE (page));

  if (ov_record_get_id (OV_RECORD (the_case)) == 0)
    return g_strdup (_("Save the New Case?"));
  /* Translators: %s is a case reference */
  return g_strdup_printf (_("Save Changes to Case %s?"), ov_case_get_reference (the_case));
}

/* A section shows what is wrong where it is; the error says where to look. */
static gboolean
section_saved (OvCasePage  *self,
               gboolean     saved,
               const char  *section,
               const char  *message,
               GError     **error)
{
  if (saved)
    return TRUE;
  show_section (self, section);
  g_set_error_literal (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
ov_case_page_editing_save (OvEditingPage  *page,
                           GError        **error)
{
  OvCasePage *self = OV_CASE_PAGE (page);

  g_return_val_if_fail (current_case (self) != NULL && self->store != NULL, FALSE);

  if (ov_form_get_modified (self->form) || current_case_id (self) == 0)
    {
      if (!save_details (self, error))
        {
          show_section (self, "details");
          return FALSE;
        }
    }
  return section_saved (self, ov_strategy_section_save (self->strategy_section), "strategy",
                        _("The draft strategy could not be saved. Correct what is marked in "
                          "the Strategy section, then save again."), error) &&
         section_saved (self, ov_reviews_section_save (self->reviews_section), "reviews",
                        _("The review being held could not be saved. Correct what is marked "
                          "in the Reviews section, then save again."), error) &&
         section_saved (self, ov_people_section_save (self->people_section), "people",
                        _("The person shown could not be saved. Correct what is marked in "
                          "the People section, then save again."), error);
}

static void
ov_case_page_editing_discard (OvEditingPage *page)
{
  OvCasePage *self = OV_CASE_PAGE (page);

  ov_strategy_section_discard (self->strategy_section);
  ov_reviews_section_discard (self->reviews_section);
  if (ov_form_get_modified (self->form) &&
      (current_case_id (self) == 0 || !reload_case (self, NULL)))
    ov_form_set_modified (self->form, FALSE);
}

static void
ov_case_page_editing_page_init (OvEditingPageInterface *iface)
{
  iface->get_modified = ov_case_page_editing_get_modified;
  iface->dup_title = ov_case_page_editing_dup_title;
  iface->save = ov_case_page_editing_save;
  iface->discard = ov_case_page_editing_discard;
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_case_page_save (OV_CASE_PAGE (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_editing_page_confirm_leave (OV_EDITING_PAGE (widget), NULL, on_back_confirmed, NULL);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (current_case_id (self) != 0 && !reload_case (self, &error))
    show_store_error (self, error);
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  hide_store_error (OV_CASE_PAGE (widget));
}

static void
allocate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);
  OvAllocationDialog *dialog;
  GtkRoot *root;

  if (self->store == NULL || current_case_id (self) == 0)
    return;

  dialog = ov_allocation_dialog_new (self->store, current_case (self));
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
end_allocation_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);
  g_autoptr(OvAllocation) allocation = NULL;
  g_autofree char *body = NULL;

  allocation = find_allocation (self, g_variant_get_int64 (parameter));
  if (allocation == NULL || !ov_allocation_is_current (allocation))
    return;

  /* Translators: the first %s is a person's name, the second a case reference */
  body = g_strdup_printf (_("%s will no longer be allocated to case %s. The allocation stays "
                            "in the case’s history."),
                          ov_allocation_get_staff_name (allocation),
                          ov_case_get_reference (current_case (self)));
  ov_dialogs_confirm (widget, _("End This Allocation?"), body, _("_End Allocation"), TRUE,
                      NULL, on_end_allocation_confirmed, g_steal_pointer (&allocation));
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);

  show_section (self, "people");
  gtk_widget_activate_action (GTK_WIDGET (self->people_section), "people.add", NULL);
}

static void
new_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);

  show_section (self, "reviews");
  ov_reviews_section_new_review (self->reviews_section);
}

static void
new_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);

  show_section (self, "actions");
  ov_actions_section_new_action (self->actions_section);
}

static void
new_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);

  show_section (self, "decisions");
  ov_decisions_section_new_decision (self->decisions_section);
}

/* The victim strategy report, as stored, printed or exported once the user has said for
 * whom and why. */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);
  OvDisclosureDialog *dialog;

  if (self->store == NULL || current_case_id (self) == 0)
    return;

  dialog = ov_disclosure_dialog_new (self->store, current_case (self), NULL,
                                     g_str_equal (action_name, "case.export-report"));
  ov_present_dialog (widget, GTK_WINDOW (dialog));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_section (OV_CASE_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
show_overdue_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OvCasePage *self = OV_CASE_PAGE (widget);

  ov_actions_section_set_filter (self->actions_section, OV_ACTIONS_FILTER_OVERDUE);
  show_section (self, "actions");
}

/* Overrides */

static void
ov_case_page_dispose (GObject *object)
{
  OvCasePage *self = OV_CASE_PAGE (object);
  GtkWidget *child;

  if (self->case_bindings != NULL)
    g_binding_group_set_source (self->case_bindings, NULL);
  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_CASE_PAGE);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->case_bindings);
  g_clear_object (&self->allocations);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_case_page_parent_class)->dispose (object);
}

static void
ov_case_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OvCasePage *self = OV_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE:
      g_value_set_object (value, current_case (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_case_page_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_case_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OvCasePage *self = OV_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_case_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ov_case_page_grab_focus (GtkWidget *widget)
{
  OvCasePage *self = OV_CASE_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->reference_entry));
}

static void
ov_case_page_class_init (OvCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_case_page_dispose;
  object_class->get_property = ov_case_page_get_property;
  object_class->set_property = ov_case_page_set_property;

  widget_class->grab_focus = ov_case_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OV_TYPE_CASE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvCasePage::closed:
   *
   * Emitted when the user leaves the case, after any unsaved changes were saved or
   * discarded.
   */
  signals[CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "case.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "case.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "case.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "case.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "case.allocate", NULL, allocate_action);
  gtk_widget_class_install_action (widget_class, "case.end-allocation", "x",
                                   end_allocation_action);
  gtk_widget_class_install_action (widget_class, "case.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "case.new-review", NULL, new_review_action);
  gtk_widget_class_install_action (widget_class, "case.new-action", NULL, new_action_action);
  gtk_widget_class_install_action (widget_class, "case.print-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "case.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "case.new-decision", NULL,
                                   new_decision_action);
  gtk_widget_class_install_action (widget_class, "case.show-section", "s",
                                   show_section_action);
  gtk_widget_class_install_action (widget_class, "case.show-overdue", NULL,
                                   show_overdue_action);

  g_type_ensure (OV_TYPE_CASE_FINDINGS);
  g_type_ensure (OV_TYPE_CONFLICTS_PANEL);
  g_type_ensure (OV_TYPE_PEOPLE_SECTION);
  g_type_ensure (OV_TYPE_STRATEGY_SECTION);
  g_type_ensure (OV_TYPE_REVIEWS_SECTION);
  g_type_ensure (OV_TYPE_ACTIONS_SECTION);
  g_type_ensure (OV_TYPE_DECISIONS_SECTION);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "case.back", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, override_badge);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, section_switcher);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, section_stack);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, actions_page);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, overdue_banner);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, people_section);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, strategy_section);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, reviews_section);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, actions_section);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, decisions_section);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, reload_button);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, override_banner);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, conflicts_panel);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, conflict_badge);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, reference_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, reference_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, operation_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, operation_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, status_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, opened_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, opened_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, closed_entry);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, closed_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, marking_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, marking_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, summary_view);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, summary_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, offence_s1_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, offence_s2_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, offence_s4_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, offence_other_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, offences_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, labour_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, sexual_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, criminal_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, domestic_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, organ_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, unknown_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, exploitation_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, county_lines_check);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, county_lines_error);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, allocation_hint);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, current_list);
  gtk_widget_class_bind_template_child (widget_class, OvCasePage, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_section_modified);
  gtk_widget_class_bind_template_callback (widget_class, on_section_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_overdue_changed);
}

static void
ov_case_page_init (OvCasePage *self)
{
  g_autoptr(GListModel) current = NULL;
  g_autoptr(GListModel) history = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The same words as the reports and the exchange format use. */
  set_flag_label (self->offence_s1_check, OV_TYPE_OFFENCE, OV_OFFENCE_MSA_S1);
  set_flag_label (self->offence_s2_check, OV_TYPE_OFFENCE, OV_OFFENCE_MSA_S2);
  set_flag_label (self->offence_s4_check, OV_TYPE_OFFENCE, OV_OFFENCE_MSA_S4);
  set_flag_label (self->offence_other_check, OV_TYPE_OFFENCE, OV_OFFENCE_OTHER);
  set_flag_label (self->labour_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_LABOUR);
  set_flag_label (self->sexual_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_SEXUAL);
  set_flag_label (self->criminal_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_CRIMINAL);
  set_flag_label (self->domestic_check, OV_TYPE_EXPLOITATION,
                  OV_EXPLOITATION_DOMESTIC_SERVITUDE);
  set_flag_label (self->organ_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_ORGAN_HARVESTING);
  set_flag_label (self->unknown_check, OV_TYPE_EXPLOITATION, OV_EXPLOITATION_UNKNOWN);

  self->form = ov_form_new ();
  ov_form_add_entry (self->form, "reference", GTK_EDITABLE (self->reference_entry),
                     self->reference_error);
  ov_form_add_entry (self->form, "operation-name", GTK_EDITABLE (self->operation_entry),
                     self->operation_error);
  ov_form_add_drop_down (self->form, "status", OV_TYPE_CASE_STATUS, self->status_drop_down,
                         self->status_error);
  ov_form_add_entry (self->form, "opened-on", GTK_EDITABLE (self->opened_entry),
                     self->opened_error);
  ov_form_add_entry (self->form, "closed-on", GTK_EDITABLE (self->closed_entry),
                     self->closed_error);
  ov_form_add_drop_down (self->form, "protective-marking", OV_TYPE_PROTECTIVE_MARKING,
                         self->marking_drop_down, self->marking_error);
  ov_form_add_text_view (self->form, "summary", self->summary_view, self->summary_error);
  ov_form_add_flag (self->form, "offences", OV_OFFENCE_MSA_S1, self->offence_s1_check,
                    self->offences_error);
  ov_form_add_flag (self->form, "offences", OV_OFFENCE_MSA_S2, self->offence_s2_check, NULL);
  ov_form_add_flag (self->form, "offences", OV_OFFENCE_MSA_S4, self->offence_s4_check, NULL);
  ov_form_add_flag (self->form, "offences", OV_OFFENCE_OTHER, self->offence_other_check, NULL);
  ov_form_add_flag (self->form, "exploitation-types", OV_EXPLOITATION_LABOUR,
                    self->labour_check, self->exploitation_error);
  ov_form_add_flag (self->form, "exploitation-types", OV_EXPLOITATION_SEXUAL,
                    self->sexual_check, NULL);
  ov_form_add_flag (self->form, "exploitation-types", OV_EXPLOITATION_CRIMINAL,
                    self->criminal_check, NULL);
  ov_form_add_flag (self->form, "exploitation-types", OV_EXPLOITATION_DOMESTIC_SERVITUDE,
                    self->domestic_check, NULL);
  ov_form_add_flag (self->form, "exploitation-types", OV_EXPLOITATION_ORGAN_HARVESTING,
                    self->organ_check, NULL);
  ov_form_add_flag (self->form, "exploitation-types", OV_EXPLOITATION_UNKNOWN,
                    self->unknown_check, NULL);
  ov_form_add_check (self->form, "county-lines", self->county_lines_check,
                     self->county_lines_error);
  g_signal_connect_object (self->form, "notify::modified",
                           G_CALLBACK (on_form_modified), self, G_CONNECT_SWAPPED);

  self->case_bindings = g_binding_group_new ();
  g_binding_group_bind (self->case_bindings, "pip2-override",
                        self->override_banner, "visible", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->case_bindings, "pip2-override",
                        self->override_badge, "visible", G_BINDING_SYNC_CREATE);

  self->allocations = g_list_store_new (OV_TYPE_ALLOCATION);
  current = filter_allocations (self, is_current_allocation);
  history = filter_allocations (self, is_ended_allocation);
  gtk_list_box_bind_model (self->current_list, current, create_allocation_row, NULL, NULL);
  gtk_list_box_bind_model (self->history_list, history, create_allocation_row, NULL, NULL);

  update_title (self);
  update_actions (self);
}

OvStore *
ov_case_page_get_store (OvCasePage *self)
{
  g_return_val_if_fail (OV_IS_CASE_PAGE (self), NULL);
  return self->store;
}

/**
 * ov_case_page_set_store:
 * @store: (nullable): where cases are loaded from and saved to
 */
void
ov_case_page_set_store (OvCasePage *self,
                        OvStore    *store)
{
  g_return_if_fail (OV_IS_CASE_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  ov_people_section_set_store (self->people_section, store);
  ov_strategy_section_set_store (self->strategy_section, store);
  ov_reviews_section_set_store (self->reviews_section, store);
  ov_actions_section_set_store (self->actions_section, store);
  ov_decisions_section_set_store (self->decisions_section, store);
  set_case (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_case_page_get_case:
 *
 * Returns: (transfer none) (nullable): the case shown, with the user's unsaved changes
 */
OvCase *
ov_case_page_get_case (OvCasePage *self)
{
  g_return_val_if_fail (OV_IS_CASE_PAGE (self), NULL);
  return current_case (self);
}

/**
 * ov_case_page_new_case:
 *
 * Shows a new, empty case opened today, ready to be filled in.
 */
void
ov_case_page_new_case (OvCasePage *self)
{
  g_autoptr(OvCase) the_case = ov_case_new ();
  g_autofree char *today = ov_today_local ();

  g_return_if_fail (OV_IS_CASE_PAGE (self));

  ov_case_set_opened_on (the_case, today);
  set_case (self, the_case);
}

/**
 * ov_case_page_load:
 * @case_id: the id of a stored case
 *
 * Shows the stored case, replacing whatever was shown.
 *
 * Returns: %TRUE if the case was loaded
 */
gboolean
ov_case_page_load (OvCasePage  *self,
                   gint64       case_id,
                   GError     **error)
{
  g_autoptr(OvCase) the_case = NULL;

  g_return_val_if_fail (OV_IS_CASE_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  the_case = ov_store_load (self->store, OV_TYPE_CASE, case_id, error);
  if (the_case == NULL)
    return FALSE;
  set_case (self, the_case);
  return TRUE;
}

gboolean
ov_case_page_get_modified (OvCasePage *self)
{
  g_return_val_if_fail (OV_IS_CASE_PAGE (self), FALSE);
  return current_case (self) != NULL &&
         (ov_form_get_modified (self->form) ||
          ov_strategy_section_get_modified (self->strategy_section) ||
          ov_reviews_section_get_modified (self->reviews_section) ||
          ov_people_section_get_modified (self->people_section));
}

/**
 * ov_case_page_save:
 *
 * Saves the case shown. A field that breaks a rule is marked with the rule's message;
 * what the store refuses (a duplicate reference, someone else's change) is shown at the
 * top of the page.
 *
 * Returns: %TRUE if the case was saved
 */
gboolean
ov_case_page_save (OvCasePage *self)
{
  g_return_val_if_fail (OV_IS_CASE_PAGE (self), FALSE);

  return save_details (self, NULL);
}

/**
 * ov_case_page_save_shown:
 *
 * Saves what the visible section edits: the case details, the person shown, the draft
 * strategy or the review being held. This is what Ctrl+S does.
 *
 * Returns: %TRUE if there was nothing to save or it was saved
 */
gboolean
ov_case_page_save_shown (OvCasePage *self)
{
  const char *section;

  g_return_val_if_fail (OV_IS_CASE_PAGE (self), FALSE);

  section = visible_section (self);
  if (g_strcmp0 (section, "strategy") == 0)
    return ov_strategy_section_save (self->strategy_section);
  if (g_strcmp0 (section, "reviews") == 0)
    return ov_reviews_section_save (self->reviews_section);
  if (g_strcmp0 (section, "people") == 0)
    return ov_people_section_save (self->people_section);
  if (current_case (self) != NULL &&
      (ov_form_get_modified (self->form) || current_case_id (self) == 0))
    return ov_case_page_save (self);
  return TRUE;
}

/**
 * ov_case_page_save_all:
 *
 * Saves everything unsaved on the case: its details, the draft strategy and the review
 * being held. Stops at the first part that cannot be saved, and shows it.
 *
 * Returns: %TRUE if everything was saved
 */
gboolean
ov_case_page_save_all (OvCasePage *self)
{
  g_return_val_if_fail (OV_IS_CASE_PAGE (self), FALSE);

  return current_case (self) != NULL && self->store != NULL &&
         ov_editing_page_save (OV_EDITING_PAGE (self), NULL);
}
