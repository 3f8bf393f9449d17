/* ov-decision-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording a new entry in a case's decision log. The store numbers it and notes when
 * it was recorded; an entry is never edited, so a change of mind is a new entry that
 * supersedes an earlier one.
 */

#define G_LOG_DOMAIN "ov-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ov-case.h"
#include "ov-decision.h"
#include "ov-decision-dialog.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-util.h"

/* Long decisions are cut short in the supersedes drop-down. */
#define CHOICE_LENGTH 60

struct _OvDecisionDialog
{
  GtkWindow       parent_instance;

  OvStore        *store;
  OvCase         *the_case;
  OvDecision     *decision;
  OvForm         *form;
  GArray         *supersedes_ids;
  GArray         *review_ids;

  GtkButton      *record_button;
  GtkLabel       *case_label;
  GtkDropDown    *maker_drop_down;
  GtkLabel       *maker_error;
  GtkEntry       *decided_date_entry;
  GtkEntry       *decided_time_entry;
  GtkLabel       *decided_error;
  GtkDropDown    *supersedes_drop_down;
  GtkLabel       *supersedes_error;
  GtkDropDown    *review_drop_down;
  GtkTextView    *decision_view;
  GtkLabel       *decision_error;
  GtkTextView    *rationale_view;
  GtkLabel       *rationale_error;
  GtkTextView    *options_view;
  GtkLabel       *options_error;
  GtkWidget      *error_banner;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (OvDecisionDialog, ov_decision_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (OvDecisionDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static char *
describe_entry (OvDecision *decision)
{
  const char *text = ov_decision_get_decision (decision);
  g_autofree char *shortened = NULL;

  if (text != NULL && g_utf8_strlen (text, -1) > CHOICE_LENGTH)
    {
      g_autofree char *start = g_utf8_substring (text, 0, CHOICE_LENGTH);

      shortened = g_strconcat (start, "…", NULL);
    }
  /* Translators: a decision log entry in a list, e.g. "No. 2: Arrest both suspects" */
  return g_strdup_printf (_("No. %" PRId64 ": %s"), ov_decision_get_number (decision),
                          shortened != NULL ? shortened : text);
}

/* Earlier entries that may be superseded: those no later entry supersedes yet. */
static void
load_choices (OvDecisionDialog *self)
{
  g_autoptr(GtkStringList) entries = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) reviews = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) case_reviews = NULL;
  g_autoptr(GListStore) staff = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_id = ov_record_get_id (OV_RECORD (self->the_case));
  gint64 none = 0;

  staff = ov_staff_choices_new (self->store, 0, &error);
  if (staff == NULL)
    {
      show_error (self, error->message);
      return;
    }
  gtk_drop_down_set_model (self->maker_drop_down, G_LIST_MODEL (staff));

  gtk_string_list_append (entries, _("Nothing: a new decision"));
  g_array_append_val (self->supersedes_ids, none);
  decisions = ov_store_list_decisions (self->store, case_id, &error);
  if (decisions == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < decisions->len; i++)
    {
      OvDecision *decision = g_ptr_array_index (decisions, i);
      g_autofree char *text = NULL;
      gint64 id = ov_record_get_id (OV_RECORD (decision));

      if (ov_decision_get_superseded_by_number (decision) > 0)
        continue;
      text = describe_entry (decision);
      gtk_string_list_append (entries, text);
      g_array_append_val (self->supersedes_ids, id);
    }
  gtk_drop_down_set_model (self->supersedes_drop_down, G_LIST_MODEL (entries));

  gtk_string_list_append (reviews, _("None"));
  g_array_append_val (self->review_ids, none);
  case_reviews = ov_store_list_reviews (self->store, case_id, &error);
  if (case_reviews == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < case_reviews->len; i++)
    {
      OvReview *review = g_ptr_array_index (case_reviews, i);
      g_autofree char *text = ov_review_describe (review);
      gint64 id = ov_record_get_id (OV_RECORD (review));

      gtk_string_list_append (reviews, text);
      g_array_append_val (self->review_ids, id);
    }
  gtk_drop_down_set_model (self->review_drop_down, G_LIST_MODEL (reviews));
}

static gint64
chosen_id (GtkDropDown *drop_down,
           GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  if (position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}

/* Callbacks */

static void
on_supersedes_selected (OvDecisionDialog *self)
{
  if (self->decision != NULL)
    ov_decision_set_supersedes_id (self->decision,
                                   chosen_id (self->supersedes_drop_down,
                                              self->supersedes_ids));
}

static void
on_review_selected (OvDecisionDialog *self)
{
  if (self->decision != NULL)
    ov_decision_set_review_id (self->decision,
                               chosen_id (self->review_drop_down, self->review_ids));
}

static void
on_record_clicked (OvDecisionDialog *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (!ov_form_validate (self->form))
    return;

  if (!ov_store_record_decision (self->store, self->decision, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static void
ov_decision_dialog_constructed (GObject *object)
{
  OvDecisionDialog *self = OV_DECISION_DIALOG (object);
  g_autofree char *now = ov_now_utc ();
  g_autofree char *heading = NULL;
  OvStaff *user;

  G_OBJECT_CLASS (ov_decision_dialog_parent_class)->constructed (object);

  if (self->store == NULL || self->the_case == NULL)
    return;
  user = ov_store_get_current_user (self->store);

  /* Translators: %s is a case reference */
  heading = g_strdup_printf (_("A new entry in the decision log of case %s. Entries are "
                               "numbered and never edited: to change a decision, record a "
                               "new entry that supersedes it."),
                             ov_case_get_reference (self->the_case));
  gtk_label_set_text (self->case_label, heading);

  load_choices (self);

  self->decision = ov_decision_new ();
  ov_decision_set_case_id (self->decision, ov_record_get_id (OV_RECORD (self->the_case)));
  ov_decision_set_decided_at (self->decision, now);
  if (user != NULL)
    ov_decision_set_decision_maker_id (self->decision, ov_record_get_id (OV_RECORD (user)));
  ov_form_set_record (self->form, OV_RECORD (self->decision));
}

static void
ov_decision_dialog_dispose (GObject *object)
{
  OvDecisionDialog *self = OV_DECISION_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_DECISION_DIALOG);
  g_clear_object (&self->decision);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);
  g_clear_pointer (&self->supersedes_ids, g_array_unref);
  g_clear_pointer (&self->review_ids, g_array_unref);

  G_OBJECT_CLASS (ov_decision_dialog_parent_class)->dispose (object);
}

static void
ov_decision_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvDecisionDialog *self = OV_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE:
      g_value_set_object (value, self->the_case);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_decision_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvDecisionDialog *self = OV_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CASE:
      self->the_case = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_decision_dialog_class_init (OvDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_decision_dialog_constructed;
  object_class->dispose = ov_decision_dialog_dispose;
  object_class->get_property = ov_decision_dialog_get_property;
  object_class->set_property = ov_decision_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OV_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OV_TYPE_STAFF);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, record_button);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, case_label);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, maker_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, maker_error);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, decided_date_entry);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, decided_time_entry);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, decided_error);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, supersedes_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, supersedes_error);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, review_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, decision_view);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, decision_error);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, rationale_error);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, options_view);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, options_error);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvDecisionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_supersedes_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_review_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked);
}

static void
ov_decision_dialog_init (OvDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->supersedes_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->review_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->form = ov_form_new ();
  ov_form_add_record_drop_down (self->form, "decision-maker-id", self->maker_drop_down,
                                self->maker_error);
  ov_form_add_timestamp (self->form, "decided-at", GTK_EDITABLE (self->decided_date_entry),
                         GTK_EDITABLE (self->decided_time_entry), self->decided_error);
  ov_form_add_field (self->form, "supersedes-id", GTK_WIDGET (self->supersedes_drop_down),
                     self->supersedes_error);
  ov_form_add_text_view (self->form, "decision", self->decision_view, self->decision_error);
  ov_form_add_text_view (self->form, "rationale", self->rationale_view, self->rationale_error);
  ov_form_add_text_view (self->form, "options-rejected", self->options_view,
                         self->options_error);
}

/**
 * ov_decision_dialog_new:
 * @the_case: a saved case
 *
 * Returns: (transfer none): a dialog that records a new decision log entry for
 *   @the_case, by the current user now unless they say otherwise; it closes itself once
 *   the entry is recorded
 */
OvDecisionDialog *
ov_decision_dialog_new (OvStore *store,
                        OvCase  *the_case)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_CASE (the_case), NULL);

  return g_object_new (OV_TYPE_DECISION_DIALOG,
                       "store", store,
                       "case", the_case,
                       NULL);
}
