/* ov-strategy-section.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case's investigative strategy: the version in force, the draft being prepared, and
 * every earlier version. A draft is edited here with its lines of enquiry and agreed by a
 * supervisor who did not write it; agreed versions are shown read-only. Who may agree is
 * core's rule: the button only follows it, and the store's refusal is shown as it is.
 */

#define G_LOG_DOMAIN "ov-strategy-section"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ov-case.h"
#include "ov-dialogs.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-investigation.h"
#include "ov-line-of-enquiry-row.h"
#include "ov-staff.h"
#include "ov-strategy-section.h"
#include "ov-util.h"

struct _OvStrategySection
{
  GtkWidget           parent_instance;

  OvStore            *store;
  OvCase             *the_case;
  GListStore         *versions;
  OvStrategy         *shown;
  GListStore         *lines;
  OvForm             *form;
  gboolean            restoring_selection;

  GtkWidget          *error_banner;
  GtkLabel           *error_label;
  GtkListView        *version_list;
  GtkSingleSelection *version_selection;
  GtkStack           *content_stack;
  GtkLabel           *version_label;
  GtkLabel           *status_badge;
  GtkLabel           *in_force_badge;
  GtkLabel           *details_label;
  GtkLabel           *note_label;
  GtkLabel           *agree_hint;
  GtkWidget          *save_button;
  GtkWidget          *agree_button;
  GtkWidget          *draft_button;
  GtkWidget          *add_line_button;

  GtkTextView        *parameters_view;
  GtkLabel           *parameters_error;
  GtkTextView        *aims_view;
  GtkLabel           *aims_error;
  GtkDropDown        *financial_drop_down;
  GtkLabel           *financial_error;
  GtkTextView        *financial_rationale_view;
  GtkLabel           *financial_rationale_error;
  GtkEntry           *rocu_entry;
  GtkLabel           *rocu_error;
  GtkDropDown        *orders_drop_down;
  GtkLabel           *orders_error;
  GtkTextView        *orders_rationale_view;
  GtkLabel           *orders_rationale_error;
  GtkTextView        *intelligence_view;
  GtkLabel           *intelligence_error;
  GtkTextView        *forensic_view;
  GtkLabel           *forensic_error;
  GtkTextView        *suspect_view;
  GtkLabel           *suspect_error;
  GtkTextView        *communications_view;
  GtkLabel           *communications_error;
  GtkTextView        *other_view;
  GtkLabel           *other_error;
  GtkListBox         *line_list;
};

G_DEFINE_FINAL_TYPE (OvStrategySection, ov_strategy_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_version (OvStrategySection *self,
                          gint64             strategy_id);

static gint64
case_id (OvStrategySection *self)
{
  return self->the_case != NULL ? ov_record_get_id (OV_RECORD (self->the_case)) : 0;
}

static gint64
shown_id (OvStrategySection *self)
{
  return self->shown != NULL ? ov_record_get_id (OV_RECORD (self->shown)) : 0;
}

static gboolean
shown_is_draft (OvStrategySection *self)
{
  return self->shown != NULL && !ov_strategy_is_agreed (self->shown);
}

static void
hide_error (OvStrategySection *self)
{
  gtk_widget_set_visible (self->error_banner, FALSE);
}

static void
show_error (OvStrategySection *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static OvStrategy *
latest_version (OvStrategySection *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->versions)) == 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->versions), 0);
}

/* The newest agreed version: the one in force. */
static gint64
in_force_id (OvStrategySection *self)
{
  GListModel *versions = G_LIST_MODEL (self->versions);
  guint n = g_list_model_get_n_items (versions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvStrategy) strategy = g_list_model_get_item (versions, i);

      if (ov_strategy_is_agreed (strategy))
        return ov_record_get_id (OV_RECORD (strategy));
    }
  return 0;
}

static OvLineOfEnquiryRow *
line_row (OvStrategySection *self,
          guint              index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->line_list, (int) index);

  return row != NULL ? OV_LINE_OF_ENQUIRY_ROW (row) : NULL;
}

static gboolean
lines_modified (OvStrategySection *self)
{
  OvLineOfEnquiryRow *row;

  for (guint i = 0; (row = line_row (self, i)) != NULL; i++)
    {
      if (ov_line_of_enquiry_row_get_modified (row))
        return TRUE;
    }
  return FALSE;
}

/* Who may agree is core's rule; the button follows it so no one is offered what the
 * store would refuse, and the hint says why. */
static const char *
agree_refusal (OvStrategySection *self)
{
  OvStaff *user = self->store != NULL ? ov_store_get_current_user (self->store) : NULL;

  if (!shown_is_draft (self))
    return NULL;
  if (user == NULL || !ov_store_current_user_is_supervisor (self->store))
    return _("Only a supervisor can agree the strategy.");
  if (ov_strategy_get_author_id (self->shown) == ov_record_get_id (OV_RECORD (user)))
    return _("You drafted this version, so another supervisor must agree it.");
  return NULL;
}

static void
update_actions (OvStrategySection *self)
{
  g_autoptr(OvStrategy) latest = latest_version (self);
  gboolean loaded = self->store != NULL && case_id (self) != 0;
  gboolean draft = shown_is_draft (self);
  const char *refusal = agree_refusal (self);
  GtkWidget *widget = GTK_WIDGET (self);

  /* Opened read-only, nothing here can be saved. */
  gboolean writable = loaded && !ov_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (widget, "strategy.draft",
                                 writable && (latest == NULL || ov_strategy_is_agreed (latest)));
  gtk_widget_action_set_enabled (widget, "strategy.save",
                                 writable && draft && ov_strategy_section_get_modified (self));
  gtk_widget_action_set_enabled (widget, "strategy.agree",
                                 writable && draft && refusal == NULL);
  gtk_widget_action_set_enabled (widget, "strategy.add-line", writable && draft);

  /* An agreed version offers nothing to save or agree. */
  gtk_widget_set_visible (self->save_button, draft);
  gtk_widget_set_visible (self->agree_button, draft);
  gtk_widget_set_visible (self->add_line_button, draft);
  gtk_label_set_text (self->agree_hint, refusal != NULL ? refusal : "");
  gtk_widget_set_visible (GTK_WIDGET (self->agree_hint), refusal != NULL);
}

static void
update_header (OvStrategySection *self)
{
  OvStrategy *strategy = self->shown;
  g_autofree char *version = NULL;
  g_autofree char *details = NULL;
  g_autofree char *agreed_at = NULL;
  const char *author;
  const char *note = NULL;
  gboolean in_force;

  if (strategy == NULL)
    return;

  in_force = ov_strategy_is_agreed (strategy) && shown_id (self) == in_force_id (self);
  author = ov_strategy_get_author_name (strategy);

  /* Translators: a strategy version, e.g. "Version 2" */
  version = g_strdup_printf (_("Version %" PRId64), ov_strategy_get_version (strategy));
  gtk_label_set_text (self->version_label, version);
  gtk_label_set_text (self->status_badge,
                      ov_enum_get_label (OV_TYPE_STRATEGY_STATUS,
                                         ov_strategy_get_status (strategy)));
  gtk_widget_set_visible (GTK_WIDGET (self->in_force_badge), in_force);

  if (ov_strategy_is_agreed (strategy))
    {
      agreed_at = ov_format_timestamp (ov_strategy_get_agreed_at (strategy));
      /* Translators: who wrote and who agreed a strategy version, e.g. "Drafted by Tom
       * Whitlock. Agreed by Ravi Chandran on 3 Jan 2026 10:00." */
      details = g_strdup_printf (_("Drafted by %s. Agreed by %s on %s."),
                                 author != NULL ? author : _("unknown"),
                                 ov_strategy_get_agreed_by_name (strategy) != NULL ?
                                 ov_strategy_get_agreed_by_name (strategy) : _("unknown"),
                                 agreed_at);
      if (in_force)
        note = _("This version is in force. It can no longer be changed: to change the "
                 "strategy, draft a new version.");
      else
        note = _("An earlier version, kept for the record. It can no longer be changed.");
    }
  else
    {
      /* Translators: %s is the name of the person who drafted a strategy version */
      details = g_strdup_printf (_("Drafted by %s. Not yet agreed."),
                                 author != NULL ? author : _("unknown"));
      if (in_force_id (self) != 0)
        note = _("Until this draft is agreed, the previous agreed version stays in force.");
    }

  gtk_label_set_text (self->details_label, details);
  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
}

static void
select_shown (OvStrategySection *self)
{
  guint position = GTK_INVALID_LIST_POSITION;
  g_autoptr(OvStrategy) found = NULL;

  found = ov_list_model_find (G_LIST_MODEL (self->versions), shown_id (self), &position);
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->version_selection, position);
  self->restoring_selection = FALSE;
}

static void
load_versions (OvStrategySection *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || case_id (self) == 0)
    versions = g_ptr_array_new ();
  else if ((versions = ov_store_list_strategies (self->store, case_id (self), &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }

  if (!ov_records_unchanged (G_LIST_MODEL (self->versions), versions))
    {
      self->restoring_selection = TRUE;
      ov_list_store_replace (self->versions, versions);
      self->restoring_selection = FALSE;
    }
  select_shown (self);
}

static void
clear_shown (OvStrategySection *self)
{
  ov_form_set_record (self->form, NULL);
  g_clear_object (&self->shown);
  g_list_store_remove_all (self->lines);
  gtk_stack_set_visible_child_name (self->content_stack, "none");
}

static void
show_version (OvStrategySection *self,
              gint64             strategy_id)
{
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;

  if (strategy_id == 0)
    {
      clear_shown (self);
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
      return;
    }

  /* A copy of its own, so that what is typed stays out of the version list until saved. */
  strategy = ov_store_load (self->store, OV_TYPE_STRATEGY, strategy_id, &error);
  if (strategy != NULL)
    lines = ov_store_list_lines_of_enquiry (self->store, strategy_id, &error);
  if (strategy == NULL || lines == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->shown, strategy);
  ov_form_set_editable (self->form, !ov_strategy_is_agreed (strategy));
  ov_form_set_record (self->form, OV_RECORD (strategy));
  ov_list_store_replace (self->lines, lines);
  gtk_stack_set_visible_child_name (self->content_stack, "strategy");

  select_shown (self);
  update_header (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* The draft if there is one, otherwise the version in force. */
static void
show_latest (OvStrategySection *self)
{
  g_autoptr(OvStrategy) latest = latest_version (self);

  show_version (self, latest != NULL ? ov_record_get_id (OV_RECORD (latest)) : 0);
}

/* What others saved is taken in, unless it would replace what the user is typing. */
static void
refresh (OvStrategySection *self)
{
  g_autoptr(OvStrategy) stored = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  gint64 id = shown_id (self);

  load_versions (self);
  if (id == 0)
    {
      show_latest (self);
      return;
    }
  if (ov_strategy_section_get_modified (self))
    {
      update_actions (self);
      return;
    }

  stored = ov_store_load (self->store, OV_TYPE_STRATEGY, id, NULL);
  lines = ov_store_list_lines_of_enquiry (self->store, id, NULL);
  if (stored == NULL ||
      ov_record_get_revision (OV_RECORD (stored)) != ov_record_get_revision (OV_RECORD (self->shown)) ||
      !ov_records_unchanged (G_LIST_MODEL (self->lines), lines))
    show_version (self, stored != NULL ? id : 0);
  else
    {
      update_header (self);
      update_actions (self);
    }
}

static void
notify_modified (OvStrategySection *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_line_remove (OvStrategySection  *self,
                OvLineOfEnquiryRow *row)
{
  guint position = GTK_INVALID_LIST_POSITION;
  OvLineOfEnquiry *line = ov_line_of_enquiry_row_get_line (row);

  if (g_list_store_find (self->lines, line, &position))
    g_list_store_remove (self->lines, position);
  notify_modified (self);
}

static GtkWidget *
create_line_row (gpointer item,
                 gpointer user_data)
{
  OvStrategySection *self = user_data;
  OvLineOfEnquiryRow *row = ov_line_of_enquiry_row_new (OV_LINE_OF_ENQUIRY (item),
                                                        shown_is_draft (self));

  g_signal_connect_object (row, "notify::modified", G_CALLBACK (notify_modified), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_line_remove), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

/* Callbacks */

static void
on_store_changed (OvStrategySection *self)
{
  if (case_id (self) != 0)
    refresh (self);
}

static void
on_current_user_changed (OvStrategySection *self)
{
  update_actions (self);
}

static void
on_leave_version (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OvStrategySection *self = OV_STRATEGY_SECTION (source);
  g_autofree gint64 *id = user_data;

  switch (ov_dialogs_ask_save_finish (result, NULL))
    {
    case OV_SAVE_CHOICE_SAVE:
      if (ov_strategy_section_save (self))
        show_version (self, *id);
      else
        select_shown (self);
      break;
    case OV_SAVE_CHOICE_DISCARD:
      show_version (self, *id);
      break;
    case OV_SAVE_CHOICE_CANCEL:
    default:
      select_shown (self);
      break;
    }
}

static void
on_version_selected (OvStrategySection *self)
{
  OvStrategy *selected;
  gint64 id;

  if (self->restoring_selection)
    return;
  selected = gtk_single_selection_get_selected_item (self->version_selection);
  if (selected == NULL || (id = ov_record_get_id (OV_RECORD (selected))) == shown_id (self))
    return;

  if (!ov_strategy_section_get_modified (self))
    {
      hide_error (self);
      show_version (self, id);
      return;
    }
  ov_dialogs_ask_save (GTK_WIDGET (self), _("Save the Draft Strategy?"),
                       _("If you show another version without saving, your changes to the "
                         "draft are lost."),
                       NULL, on_leave_version, g_memdup2 (&id, sizeof id));
}

static void
on_agree_confirmed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OvStrategySection *self = OV_STRATEGY_SECTION (source);
  g_autoptr(GError) error = NULL;

  if (!ov_dialogs_confirm_finish (result, NULL) || self->shown == NULL)
    return;

  if (!ov_store_agree_strategy (self->store, self->shown, &error))
    {
      show_error (self, error->message);
      return;
    }
  load_versions (self);
  show_version (self, shown_id (self));
}

/* Closures for ov-strategy-section.ui */

static char *
version_title (gpointer    this,
               OvStrategy *strategy)
{
  if (strategy == NULL)
    return NULL;
  /* Translators: a strategy version, e.g. "Version 2" */
  return g_strdup_printf (_("Version %" PRId64), ov_strategy_get_version (strategy));
}

static char *
version_status (gpointer    this,
                OvStrategy *strategy)
{
  g_autofree char *agreed_at = NULL;

  if (strategy == NULL)
    return NULL;
  if (!ov_strategy_is_agreed (strategy))
    return g_strdup (_("Draft"));
  agreed_at = ov_format_timestamp (ov_strategy_get_agreed_at (strategy));
  /* Translators: when a strategy version was agreed, e.g. "Agreed 3 Jan 2026 10:00" */
  return g_strdup_printf (_("Agreed %s"), agreed_at);
}

/* Actions */

static void
draft_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OvStrategySection *self = OV_STRATEGY_SECTION (widget);
  g_autoptr(OvStrategy) draft = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || case_id (self) == 0 || ov_strategy_section_get_modified (self))
    return;

  hide_error (self);
  draft = ov_store_draft_strategy (self->store, case_id (self), &error);
  if (draft == NULL)
    {
      show_error (self, error->message);
      return;
    }
  load_versions (self);
  show_version (self, ov_record_get_id (OV_RECORD (draft)));
  gtk_widget_grab_focus (GTK_WIDGET (self->parameters_view));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_strategy_section_save (OV_STRATEGY_SECTION (widget));
}

static void
agree_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ov_strategy_section_agree (OV_STRATEGY_SECTION (widget));
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OvStrategySection *self = OV_STRATEGY_SECTION (widget);
  g_autoptr(OvLineOfEnquiry) line = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  gint64 position = 0;
  OvLineOfEnquiryRow *row;

  if (!shown_is_draft (self))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvLineOfEnquiry) other = g_list_model_get_item (G_LIST_MODEL (self->lines), i);

      position = MAX (position, ov_line_of_enquiry_get_position (other));
    }

  line = ov_line_of_enquiry_new ();
  ov_line_of_enquiry_set_strategy_id (line, shown_id (self));
  ov_line_of_enquiry_set_case_id (line, case_id (self));
  ov_line_of_enquiry_set_position (line, position + 1);
  g_list_store_append (self->lines, line);
  notify_modified (self);

  row = line_row (self, n);
  if (row != NULL)
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  hide_error (OV_STRATEGY_SECTION (widget));
}

/* Overrides */

static void
ov_strategy_section_dispose (GObject *object)
{
  OvStrategySection *self = OV_STRATEGY_SECTION (object);
  GtkWidget *child;

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_STRATEGY_SECTION);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->lines);
  g_clear_object (&self->versions);
  g_clear_object (&self->shown);
  g_clear_object (&self->the_case);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_strategy_section_parent_class)->dispose (object);
}

static void
ov_strategy_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OvStrategySection *self = OV_STRATEGY_SECTION (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_strategy_section_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_strategy_section_class_init (OvStrategySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_strategy_section_dispose;
  object_class->get_property = ov_strategy_section_get_property;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "strategy.draft", NULL, draft_action);
  gtk_widget_class_install_action (widget_class, "strategy.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "strategy.agree", NULL, agree_action);
  gtk_widget_class_install_action (widget_class, "strategy.add-line", NULL, add_line_action);
  gtk_widget_class_install_action (widget_class, "strategy.dismiss-error", NULL,
                                   dismiss_error_action);

  g_type_ensure (OV_TYPE_STRATEGY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-strategy-section.ui");
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, version_list);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, version_selection);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, version_label);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, status_badge);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, in_force_badge);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, details_label);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, note_label);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, agree_hint);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, agree_button);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, draft_button);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, add_line_button);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, parameters_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, parameters_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, aims_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, aims_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, financial_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, financial_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection,
                                        financial_rationale_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection,
                                        financial_rationale_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, rocu_entry);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, rocu_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, orders_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, orders_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, orders_rationale_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection,
                                        orders_rationale_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, intelligence_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, intelligence_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, forensic_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, forensic_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, suspect_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, suspect_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, communications_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, communications_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, other_view);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, other_error);
  gtk_widget_class_bind_template_child (widget_class, OvStrategySection, line_list);
  gtk_widget_class_bind_template_callback (widget_class, on_version_selected);
  gtk_widget_class_bind_template_callback (widget_class, version_title);
  gtk_widget_class_bind_template_callback (widget_class, version_status);
}

static void
ov_strategy_section_init (OvStrategySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->versions = g_list_store_new (OV_TYPE_STRATEGY);
  gtk_single_selection_set_model (self->version_selection, G_LIST_MODEL (self->versions));

  self->lines = g_list_store_new (OV_TYPE_LINE_OF_ENQUIRY);
  gtk_list_box_bind_model (self->line_list, G_LIST_MODEL (self->lines), create_line_row,
                           self, NULL);

  self->form = ov_form_new ();
  ov_form_add_text_view (self->form, "parameters", self->parameters_view,
                         self->parameters_error);
  ov_form_add_text_view (self->form, "aims", self->aims_view, self->aims_error);
  ov_form_add_drop_down (self->form, "financial-investigation",
                         OV_TYPE_FINANCIAL_INVESTIGATION, self->financial_drop_down,
                         self->financial_error);
  ov_form_add_text_view (self->form, "financial-rationale", self->financial_rationale_view,
                         self->financial_rationale_error);
  ov_form_add_entry (self->form, "rocu-notified-on", GTK_EDITABLE (self->rocu_entry),
                     self->rocu_error);
  ov_form_add_drop_down (self->form, "orders-considered", OV_TYPE_ORDERS_CONSIDERED,
                         self->orders_drop_down, self->orders_error);
  ov_form_add_text_view (self->form, "orders-rationale", self->orders_rationale_view,
                         self->orders_rationale_error);
  ov_form_add_text_view (self->form, "intelligence-plan", self->intelligence_view,
                         self->intelligence_error);
  ov_form_add_text_view (self->form, "forensic-plan", self->forensic_view,
                         self->forensic_error);
  ov_form_add_text_view (self->form, "suspect-plan", self->suspect_view, self->suspect_error);
  ov_form_add_text_view (self->form, "communications-plan", self->communications_view,
                         self->communications_error);
  ov_form_add_text_view (self->form, "other-plan", self->other_view, self->other_error);
  g_signal_connect_object (self->form, "notify::modified", G_CALLBACK (notify_modified), self,
                           G_CONNECT_SWAPPED);

  clear_shown (self);
  update_actions (self);
}

/**
 * ov_strategy_section_set_store:
 * @store: (nullable): where the strategy is kept
 */
void
ov_strategy_section_set_store (OvStrategySection *self,
                               OvStore           *store)
{
  g_return_if_fail (OV_IS_STRATEGY_SECTION (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
      g_signal_handlers_disconnect_by_func (self->store, on_current_user_changed, self);
    }
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::strategy", G_CALLBACK (on_store_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::line-of-enquiry",
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::current-user",
                               G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);
    }
  ov_strategy_section_set_case (self, NULL);
}

/**
 * ov_strategy_section_set_case:
 * @the_case: (nullable): the case whose strategy is shown; an unsaved case has none
 *
 * Shows the case's draft if it has one, otherwise the version in force. Unsaved changes
 * to a draft shown before are dropped: ask first with
 * ov_strategy_section_get_modified().
 */
void
ov_strategy_section_set_case (OvStrategySection *self,
                              OvCase            *the_case)
{
  g_return_if_fail (OV_IS_STRATEGY_SECTION (self));
  g_return_if_fail (the_case == NULL || OV_IS_CASE (the_case));

  /* The same case again: its details may have changed, what is shown has not. */
  if (the_case != NULL && case_id (self) == ov_record_get_id (OV_RECORD (the_case)))
    {
      g_set_object (&self->the_case, the_case);
      return;
    }

  g_set_object (&self->the_case, the_case);
  hide_error (self);
  clear_shown (self);
  load_versions (self);
  show_latest (self);
}

/**
 * ov_strategy_section_get_modified:
 *
 * Returns: %TRUE if the draft shown has changes not yet saved
 */
gboolean
ov_strategy_section_get_modified (OvStrategySection *self)
{
  g_return_val_if_fail (OV_IS_STRATEGY_SECTION (self), FALSE);

  return shown_is_draft (self) && (ov_form_get_modified (self->form) || lines_modified (self));
}

/**
 * ov_strategy_section_save:
 *
 * Saves the draft shown with its lines of enquiry. What breaks a rule of the model is
 * shown under its field; what the store refuses, above the strategy.
 *
 * Returns: %TRUE if there was nothing to save or everything was saved
 */
gboolean
ov_strategy_section_save (OvStrategySection *self)
{
  g_autoptr(GError) error = NULL;
  OvLineOfEnquiryRow *row;

  g_return_val_if_fail (OV_IS_STRATEGY_SECTION (self), FALSE);

  if (!ov_strategy_section_get_modified (self))
    return TRUE;

  hide_error (self);
  if (!ov_form_validate (self->form))
    return FALSE;
  for (guint i = 0; (row = line_row (self, i)) != NULL; i++)
    {
      if (ov_line_of_enquiry_row_get_modified (row) && !ov_line_of_enquiry_row_validate (row))
        return FALSE;
    }

  if (ov_form_get_modified (self->form) &&
      !ov_store_save (self->store, OV_RECORD (self->shown), &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  ov_form_set_modified (self->form, FALSE);

  for (guint i = 0; (row = line_row (self, i)) != NULL; i++)
    {
      OvLineOfEnquiry *line = ov_line_of_enquiry_row_get_line (row);

      if (!ov_line_of_enquiry_row_get_modified (row))
        continue;
      if (!ov_store_save (self->store, OV_RECORD (line), &error))
        {
          show_error (self, error->message);
          ov_line_of_enquiry_row_show_error (row, error->message);
          return FALSE;
        }
    }

  show_version (self, shown_id (self));
  return TRUE;
}

/**
 * ov_strategy_section_discard:
 *
 * Drops unsaved changes to the draft and shows it as stored.
 */
void
ov_strategy_section_discard (OvStrategySection *self)
{
  g_return_if_fail (OV_IS_STRATEGY_SECTION (self));

  hide_error (self);
  load_versions (self);
  show_version (self, shown_id (self));
}

/**
 * ov_strategy_section_agree:
 *
 * Saves the draft shown, asks the supervisor to confirm, and agrees it through the
 * store, which refuses the draft's own author and anyone who is not a supervisor; a
 * refusal is shown above the strategy.
 */
void
ov_strategy_section_agree (OvStrategySection *self)
{
  g_autofree char *heading = NULL;

  g_return_if_fail (OV_IS_STRATEGY_SECTION (self));

  hide_error (self);
  if (!shown_is_draft (self) || !ov_strategy_section_save (self))
    return;

  /* Translators: a question, e.g. "Agree Strategy Version 2?" */
  heading = g_strdup_printf (_("Agree Strategy Version %" PRId64 "?"),
                             ov_strategy_get_version (self->shown));
  ov_dialogs_confirm (GTK_WIDGET (self), heading,
                      _("Once agreed, this version is in force and can no longer be changed: "
                        "a change needs a new version. Your agreement is recorded under your "
                        "name."),
                      _("_Agree"), FALSE, NULL, on_agree_confirmed, NULL);
}
