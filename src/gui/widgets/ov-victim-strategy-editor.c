/* ov-victim-strategy-editor.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A victim's strategy under the Victims' Code: the current version (a draft to edit, or
 * the agreed version), the tracker of the Code's twelve rights, and the earlier versions
 * to read. A supervisor agrees a draft, which freezes it; a change after that is a new
 * version. The rights stay live after agreement, since whether each has been met moves
 * on with the case.
 */

#define G_LOG_DOMAIN "ov-victim-strategy-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-code-right-row.h"
#include "ov-dialogs.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-gui-util.h"
#include "ov-people-util.h"
#include "ov-summary-row.h"
#include "ov-util.h"
#include "ov-victim-strategy-editor.h"
#include "ov-victims.h"

struct _OvVictimStrategyEditor
{
  GtkWidget         parent_instance;

  OvStore          *store;
  OvPerson         *person;
  OvVictimStrategy *strategy;
  gint64            latest_id;
  gint64            shown_id;
  OvForm           *form;
  GBindingGroup    *bindings;
  GListStore       *rights;
  GListStore       *versions;
  gboolean          saving;

  GtkStack         *stack;
  GtkLabel         *none_label;
  GtkLabel         *version_label;
  GtkLabel         *state_label;
  GtkWidget        *old_banner;
  GtkLabel         *old_label;
  GtkWidget        *error_banner;
  GtkLabel         *error_label;
  GtkWidget        *save_button;
  GtkWidget        *agree_button;
  GtkWidget        *agree_hint;
  GtkTextView      *safeguarding_view;
  GtkLabel         *safeguarding_error;
  GtkTextView      *contact_view;
  GtkLabel         *contact_error;
  GtkSpinButton    *frequency_spin;
  GtkLabel         *frequency_error;
  GtkCheckButton   *serious_check;
  GtkCheckButton   *targeted_check;
  GtkCheckButton   *vulnerable_check;
  GtkCheckButton   *intimidated_check;
  GtkLabel         *enhanced_error;
  GtkWidget        *child_hint;
  GtkTextView      *communication_view;
  GtkLabel         *communication_error;
  GtkTextView      *measures_view;
  GtkLabel         *measures_error;
  GtkTextView      *services_view;
  GtkLabel         *services_error;
  GtkListBox       *rights_list;
  GtkListBox       *versions_list;
};

G_DEFINE_FINAL_TYPE (OvVictimStrategyEditor, ov_victim_strategy_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
person_id (OvVictimStrategyEditor *self)
{
  return self->person != NULL ? ov_record_get_id (OV_RECORD (self->person)) : 0;
}

static gboolean
showing_latest (OvVictimStrategyEditor *self)
{
  return self->strategy != NULL &&
         ov_record_get_id (OV_RECORD (self->strategy)) == self->latest_id;
}

static gboolean
rights_modified (OvVictimStrategyEditor *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rights_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (OV_IS_CODE_RIGHT_ROW (row) && ov_code_right_row_get_modified (OV_CODE_RIGHT_ROW (row)))
        return TRUE;
    }
  return FALSE;
}

static void
show_error (OvVictimStrategyEditor *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static char *
describe_version (OvVictimStrategy *strategy)
{
  const char *author = ov_victim_strategy_get_author_name (strategy);
  const char *agreed_by = ov_victim_strategy_get_agreed_by_name (strategy);
  g_autofree char *agreed_at = NULL;

  if (ov_victim_strategy_is_agreed (strategy))
    {
      agreed_at = ov_format_timestamp (ov_victim_strategy_get_agreed_at (strategy));
      /* Translators: e.g. "Agreed by Helen Marsh on 4 Jan 2026 10:02; drafted by Jo Bloggs" */
      return g_strdup_printf (_("Agreed by %s on %s; drafted by %s"),
                              !ov_str_empty (agreed_by) ? agreed_by : _("unknown"),
                              agreed_at,
                              !ov_str_empty (author) ? author : _("unknown"));
    }
  /* Translators: e.g. "Draft by Jo Bloggs, not yet agreed by a supervisor" */
  return g_strdup_printf (_("Draft by %s, not yet agreed by a supervisor"),
                          !ov_str_empty (author) ? author : _("unknown"));
}

/* Opened read-only, the database is for consultation: nothing can be saved. */
static gboolean
is_writable (OvVictimStrategyEditor *self)
{
  return self->store == NULL || !ov_store_is_read_only (self->store);
}

static void
update_state (OvVictimStrategyEditor *self)
{
  OvVictimStrategy *strategy = self->strategy;
  gboolean latest = showing_latest (self);
  gboolean draft = strategy != NULL && !ov_victim_strategy_is_agreed (strategy);
  gboolean supervisor = self->store != NULL && ov_store_current_user_is_supervisor (self->store);
  gboolean victim = self->person != NULL &&
                    ov_person_has_role (self->person, OV_PERSON_ROLE_VICTIM);
  gboolean latest_agreed = TRUE;
  gboolean writable = is_writable (self);
  gboolean editable = writable && latest && draft;
  gboolean modified = ov_victim_strategy_editor_get_modified (self);
  g_autofree char *today = ov_today_local ();
  g_autofree char *title = NULL;
  g_autofree char *state = NULL;
  g_autofree char *old = NULL;
  guint n_versions = g_list_model_get_n_items (G_LIST_MODEL (self->versions));

  if (n_versions > 0)
    {
      g_autoptr(OvVictimStrategy) newest = NULL;

      newest = g_list_model_get_item (G_LIST_MODEL (self->versions), 0);
      latest_agreed = ov_victim_strategy_is_agreed (newest);
    }

  gtk_stack_set_visible_child_name (self->stack, strategy != NULL ? "strategy" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "victim-strategy.draft",
                                 self->store != NULL && writable && victim && latest_agreed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "victim-strategy.save",
                                 writable && latest && modified);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "victim-strategy.agree",
                                 writable && latest && draft && supervisor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "victim-strategy.show-current", !latest);
  gtk_widget_set_visible (self->agree_hint, latest && draft && !supervisor);

  gtk_widget_set_visible (self->child_hint,
                          self->person != NULL && ov_person_is_child (self->person, today));

  if (strategy == NULL)
    return;

  /* Translators: %d is a version number */
  title = g_strdup_printf (_("Version %d"), (int) ov_victim_strategy_get_version (strategy));
  gtk_label_set_text (self->version_label, title);
  state = describe_version (strategy);
  gtk_label_set_text (self->state_label, state);

  gtk_widget_set_visible (self->old_banner, !latest);
  if (!latest)
    {
      /* Translators: %d is a version number */
      old = g_strdup_printf (_("This is version %d, kept as it was. Changes go in the current "
                               "version."),
                             (int) ov_victim_strategy_get_version (strategy));
      gtk_label_set_text (self->old_label, old);
    }

  /* An agreed version is frozen; its rights move on while it is the current one. */
  ov_form_set_editable (self->form, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->frequency_spin), editable);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rights_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (OV_IS_CODE_RIGHT_ROW (row))
        ov_code_right_row_set_editable (OV_CODE_RIGHT_ROW (row), writable && latest);
    }
}

static void
on_modified (OvVictimStrategyEditor *self)
{
  if (self->saving)
    return;
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static GtkWidget *
create_right_row (gpointer item,
                  gpointer user_data)
{
  OvVictimStrategyEditor *self = user_data;
  OvCodeRightRow *row = ov_code_right_row_new (OV_VICTIM_CODE_RIGHT (item));

  ov_code_right_row_set_editable (row, is_writable (self) && showing_latest (self));
  g_signal_connect_object (row, "notify::modified", G_CALLBACK (on_modified), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static GtkWidget *
create_version_row (gpointer item,
                    gpointer user_data)
{
  OvVictimStrategyEditor *self = user_data;
  OvVictimStrategy *version = item;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_version (version);
  OvSummaryRow *row;
  gint64 id = ov_record_get_id (OV_RECORD (version));

  /* Translators: %d is a version number */
  title = g_strdup_printf (_("Version %d"), (int) ov_victim_strategy_get_version (version));
  row = ov_summary_row_new (title);
  if (ov_victim_strategy_is_agreed (version))
    ov_summary_row_add_badge (row, _("Agreed"), "success-badge");
  else
    ov_summary_row_add_badge (row, _("Draft"), "warning-badge");
  if (id == self->latest_id)
    ov_summary_row_add_badge (row, _("Current"), NULL);
  ov_summary_row_set_subtitle (row, subtitle);
  if (self->strategy != NULL && id == ov_record_get_id (OV_RECORD (self->strategy)))
    ov_summary_row_add_badge (row, _("Shown above"), NULL);
  else
    ov_summary_row_set_button (row, _("_Show"), _("Show this version above"),
                               "victim-strategy.show-version", g_variant_new_int64 (id));
  return GTK_WIDGET (row);
}

/* Shows what is stored: the version asked for (the newest when none is), its rights and
 * the list of versions. Records unchanged since they were shown are kept, so the fields
 * do not jump under the user's cursor. */
static void
load (OvVictimStrategyEditor *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) rights = NULL;
  g_autoptr(GError) error = NULL;
  OvVictimStrategy *shown = NULL;

  gtk_widget_set_visible (self->error_banner, FALSE);

  if (self->store != NULL && self->person != NULL)
    {
      versions = ov_store_list_victim_strategies (self->store, person_id (self), &error);
      if (versions == NULL)
        show_error (self, error->message);
    }
  if (versions == NULL)
    versions = g_ptr_array_new_with_free_func (g_object_unref);

  self->latest_id = versions->len > 0 ? ov_record_get_id (g_ptr_array_index (versions, 0)) : 0;
  for (guint i = 0; i < versions->len && shown == NULL; i++)
    {
      if (ov_record_get_id (g_ptr_array_index (versions, i)) == self->shown_id)
        shown = g_ptr_array_index (versions, i);
    }
  if (shown == NULL && versions->len > 0)
    shown = g_ptr_array_index (versions, 0);
  self->shown_id = shown != NULL ? ov_record_get_id (OV_RECORD (shown)) : 0;

  if (shown == NULL ||
      self->strategy == NULL ||
      ov_record_get_id (OV_RECORD (shown)) != ov_record_get_id (OV_RECORD (self->strategy)) ||
      ov_record_get_revision (OV_RECORD (shown)) !=
      ov_record_get_revision (OV_RECORD (self->strategy)))
    {
      g_set_object (&self->strategy, shown);
      g_binding_group_set_source (self->bindings, shown);
      ov_form_set_record (self->form, OV_RECORD (shown));
    }
  else
    {
      /* The same version as saved here: only the names the store looks up are new. */
      ov_victim_strategy_set_author_name (self->strategy,
                                          ov_victim_strategy_get_author_name (shown));
      ov_victim_strategy_set_agreed_by_name (self->strategy,
                                             ov_victim_strategy_get_agreed_by_name (shown));
    }

  if (self->strategy != NULL)
    {
      rights = ov_store_list_code_rights (self->store, self->shown_id, &error);
      if (rights == NULL)
        show_error (self, error->message);
    }
  if (rights == NULL)
    rights = g_ptr_array_new_with_free_func (g_object_unref);
  if (!ov_records_unchanged (G_LIST_MODEL (self->rights), rights))
    ov_list_store_replace (self->rights, rights);

  /* Version rows say which one is shown, so they are made again each time. */
  ov_list_store_replace (self->versions, versions);

  ov_form_set_modified (self->form, FALSE);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_store_changed (OvVictimStrategyEditor *self)
{
  /* Never drop what the user is typing; their save brings the rest up to date. */
  if (self->saving || ov_victim_strategy_editor_get_modified (self))
    return;
  load (self);
}

static void
on_current_user_changed (OvVictimStrategyEditor *self)
{
  update_state (self);
}

static void
on_person_notify (OvVictimStrategyEditor *self)
{
  update_state (self);
}

/* Saving and agreeing */

static gboolean
validate_all (OvVictimStrategyEditor *self)
{
  gboolean valid = TRUE;

  if (ov_form_get_modified (self->form) && !ov_victim_strategy_is_agreed (self->strategy))
    valid = ov_form_validate (self->form);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rights_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!OV_IS_CODE_RIGHT_ROW (row) ||
          !ov_code_right_row_get_modified (OV_CODE_RIGHT_ROW (row)))
        continue;
      /* The first problem keeps the focus; the others are marked too. */
      if (!ov_code_right_row_validate (OV_CODE_RIGHT_ROW (row)) && valid)
        valid = FALSE;
    }
  return valid;
}

static gboolean
save_all (OvVictimStrategyEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = TRUE;

  if (ov_form_get_modified (self->form) && !ov_victim_strategy_is_agreed (self->strategy))
    {
      if (!ov_store_save (self->store, OV_RECORD (self->strategy), &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
      ov_form_set_modified (self->form, FALSE);
    }

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rights_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      OvCodeRightRow *right_row;

      if (!OV_IS_CODE_RIGHT_ROW (row))
        continue;
      right_row = OV_CODE_RIGHT_ROW (row);
      if (!ov_code_right_row_get_modified (right_row))
        continue;
      if (!ov_store_save (self->store, OV_RECORD (ov_code_right_row_get_right (right_row)),
                          &error))
        {
          ov_code_right_row_show_error (right_row, error->message);
          g_clear_error (&error);
          saved = FALSE;
          continue;
        }
      ov_code_right_row_set_modified (right_row, FALSE);
    }
  return saved;
}

static void
on_agree_confirmed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (source);
  g_autoptr(GError) error = NULL;
  gboolean agreed;

  if (!ov_dialogs_confirm_finish (result, NULL) || self->store == NULL || self->strategy == NULL)
    return;

  self->saving = TRUE;
  agreed = ov_store_agree_victim_strategy (self->store, self->strategy, &error);
  self->saving = FALSE;
  if (!agreed)
    {
      show_error (self, error->message);
      ov_form_set_modified (self->form, FALSE);
      update_state (self);
      return;
    }
  load (self);
}

/* Actions */

static void
draft_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (widget);
  g_autoptr(OvVictimStrategy) draft = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->person == NULL)
    return;

  self->saving = TRUE;
  draft = ov_store_draft_victim_strategy (self->store, person_id (self), &error);
  self->saving = FALSE;
  if (draft == NULL)
    {
      show_error (self, error->message);
      return;
    }
  self->shown_id = ov_record_get_id (OV_RECORD (draft));
  g_clear_object (&self->strategy);
  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->safeguarding_view));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ov_victim_strategy_editor_save (OV_VICTIM_STRATEGY_EDITOR (widget));
}

static void
agree_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (widget);
  g_autofree char *heading = NULL;

  if (self->strategy == NULL || ov_victim_strategy_is_agreed (self->strategy))
    return;
  /* What is agreed is what is stored: save the user's changes first. */
  if (ov_victim_strategy_editor_get_modified (self) && !ov_victim_strategy_editor_save (self))
    return;

  /* Translators: %d is a version number */
  heading = g_strdup_printf (_("Agree version %d of the victim strategy?"),
                             (int) ov_victim_strategy_get_version (self->strategy));
  ov_dialogs_confirm (widget, heading,
                      _("Once agreed, this version cannot be changed: later changes go in a new "
                        "version. The Victims’ Code rights can still be updated."),
                      _("_Agree"), FALSE, NULL, on_agree_confirmed, NULL);
}

static void
show_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (widget);

  if (ov_victim_strategy_editor_get_modified (self) && !ov_victim_strategy_editor_save (self))
    return;
  self->shown_id = g_variant_get_int64 (parameter);
  load (self);
}

static void
show_current_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (widget);

  self->shown_id = 0;
  load (self);
}

/* Overrides */

static void
ov_victim_strategy_editor_dispose (GObject *object)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (object);
  GtkWidget *child;

  ov_victim_strategy_editor_set_store (self, NULL);
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_VICTIM_STRATEGY_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, on_person_notify, self);
  g_clear_object (&self->bindings);
  g_clear_object (&self->strategy);
  g_clear_object (&self->rights);
  g_clear_object (&self->versions);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (ov_victim_strategy_editor_parent_class)->dispose (object);
}

static void
ov_victim_strategy_editor_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ov_victim_strategy_editor_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_strategy_editor_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  OvVictimStrategyEditor *self = OV_VICTIM_STRATEGY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_victim_strategy_editor_set_store (self, g_value_get_object (value));
      break;
    case PROP_PERSON:
      ov_victim_strategy_editor_set_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_victim_strategy_editor_class_init (OvVictimStrategyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_victim_strategy_editor_dispose;
  object_class->get_property = ov_victim_strategy_editor_get_property;
  object_class->set_property = ov_victim_strategy_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "victim-strategy.draft", NULL, draft_action);
  gtk_widget_class_install_action (widget_class, "victim-strategy.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "victim-strategy.agree", NULL, agree_action);
  gtk_widget_class_install_action (widget_class, "victim-strategy.show-version", "x",
                                   show_version_action);
  gtk_widget_class_install_action (widget_class, "victim-strategy.show-current", NULL,
                                   show_current_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-victim-strategy-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, none_label);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, version_label);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, old_banner);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, old_label);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, agree_button);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, agree_hint);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, safeguarding_view);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, safeguarding_error);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, contact_view);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, contact_error);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, frequency_spin);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, frequency_error);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, serious_check);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, targeted_check);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, vulnerable_check);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, intimidated_check);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, enhanced_error);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, child_hint);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, communication_view);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor,
                                        communication_error);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, measures_view);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, measures_error);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, services_view);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, services_error);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, rights_list);
  gtk_widget_class_bind_template_child (widget_class, OvVictimStrategyEditor, versions_list);
}

static void
set_flag_label (GtkCheckButton *check_button,
                guint           flag)
{
  gtk_check_button_set_label (check_button,
                              ov_enum_get_label (OV_TYPE_ENHANCED_REASON, (int) flag));
}

static void
ov_victim_strategy_editor_init (OvVictimStrategyEditor *self)
{
  OvForm *form;

  gtk_widget_init_template (GTK_WIDGET (self));

  set_flag_label (self->serious_check, OV_ENHANCED_REASON_MOST_SERIOUS_CRIME);
  set_flag_label (self->targeted_check, OV_ENHANCED_REASON_PERSISTENTLY_TARGETED);
  set_flag_label (self->vulnerable_check, OV_ENHANCED_REASON_VULNERABLE);
  set_flag_label (self->intimidated_check, OV_ENHANCED_REASON_INTIMIDATED);

  form = self->form = ov_form_new ();
  ov_form_add_text_view (form, "safeguarding-plan", self->safeguarding_view,
                         self->safeguarding_error);
  ov_form_add_text_view (form, "contact-arrangements", self->contact_view, self->contact_error);
  ov_form_add_flag (form, "enhanced-reasons", OV_ENHANCED_REASON_MOST_SERIOUS_CRIME,
                    self->serious_check, self->enhanced_error);
  ov_form_add_flag (form, "enhanced-reasons", OV_ENHANCED_REASON_PERSISTENTLY_TARGETED,
                    self->targeted_check, NULL);
  ov_form_add_flag (form, "enhanced-reasons", OV_ENHANCED_REASON_VULNERABLE,
                    self->vulnerable_check, NULL);
  ov_form_add_flag (form, "enhanced-reasons", OV_ENHANCED_REASON_INTIMIDATED,
                    self->intimidated_check, NULL);
  ov_form_add_text_view (form, "communication-needs", self->communication_view,
                         self->communication_error);
  ov_form_add_text_view (form, "special-measures", self->measures_view, self->measures_error);
  ov_form_add_text_view (form, "support-services", self->services_view, self->services_error);
  g_signal_connect_object (form, "notify::modified", G_CALLBACK (on_modified), self,
                           G_CONNECT_SWAPPED);

  /* The form has no spin buttons: the interval is bound here, its rule (1 to 366 days)
   * is the spin button's range, and the form shows any message about it. */
  ov_form_add_field (form, "update-frequency-days", GTK_WIDGET (self->frequency_spin),
                     self->frequency_error);
  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "update-frequency-days",
                        self->frequency_spin, "value",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->rights = g_list_store_new (OV_TYPE_VICTIM_CODE_RIGHT);
  self->versions = g_list_store_new (OV_TYPE_VICTIM_STRATEGY);
  gtk_list_box_bind_model (self->rights_list, G_LIST_MODEL (self->rights), create_right_row,
                           self, NULL);
  gtk_list_box_bind_model (self->versions_list, G_LIST_MODEL (self->versions),
                           create_version_row, self, NULL);
  load (self);
}

/**
 * ov_victim_strategy_editor_set_store:
 * @store: (nullable): the store the strategy comes from
 */
void
ov_victim_strategy_editor_set_store (OvVictimStrategyEditor *self,
                                     OvStore                *store)
{
  g_return_if_fail (OV_IS_VICTIM_STRATEGY_EDITOR (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
      g_signal_handlers_disconnect_by_func (self->store, on_current_user_changed, self);
    }
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::victim-strategy",
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::victim-code-right",
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::current-user",
                               G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);
    }
  if (self->rights != NULL)
    load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_victim_strategy_editor_set_person:
 * @person: (nullable): the victim whose strategy is shown
 */
void
ov_victim_strategy_editor_set_person (OvVictimStrategyEditor *self,
                                      OvPerson               *person)
{
  gboolean same;

  g_return_if_fail (OV_IS_VICTIM_STRATEGY_EDITOR (self));
  g_return_if_fail (person == NULL || OV_IS_PERSON (person));

  if (self->person == person)
    return;

  same = person != NULL && self->person != NULL &&
         ov_record_get_id (OV_RECORD (person)) == ov_record_get_id (OV_RECORD (self->person));
  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, on_person_notify, self);
  g_set_object (&self->person, person);
  if (person != NULL)
    g_signal_connect_object (person, "notify", G_CALLBACK (on_person_notify), self,
                             G_CONNECT_SWAPPED);

  if (!same)
    {
      /* Another victim: drop the version shown and any unsaved change to it. */
      self->shown_id = 0;
      g_clear_object (&self->strategy);
      g_list_store_remove_all (self->rights);
      load (self);
    }
  else
    update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

/**
 * ov_victim_strategy_editor_get_strategy:
 *
 * Returns: (transfer none) (nullable): the version shown, with the user's changes
 */
OvVictimStrategy *
ov_victim_strategy_editor_get_strategy (OvVictimStrategyEditor *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY_EDITOR (self), NULL);
  return self->strategy;
}

gboolean
ov_victim_strategy_editor_get_modified (OvVictimStrategyEditor *self)
{
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY_EDITOR (self), FALSE);

  if (self->strategy == NULL || self->form == NULL)
    return FALSE;
  return (ov_form_get_modified (self->form) && !ov_victim_strategy_is_agreed (self->strategy)) ||
         rights_modified (self);
}

/**
 * ov_victim_strategy_editor_save:
 *
 * Saves the draft's fields and the rights changed. What breaks a rule is shown under its
 * field and nothing is saved; what the store refuses is shown above.
 *
 * Returns: %TRUE if everything was saved
 */
gboolean
ov_victim_strategy_editor_save (OvVictimStrategyEditor *self)
{
  gboolean saved;

  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY_EDITOR (self), FALSE);

  if (self->store == NULL || self->strategy == NULL || !showing_latest (self))
    return FALSE;

  gtk_widget_set_visible (self->error_banner, FALSE);
  if (!validate_all (self))
    return FALSE;

  self->saving = TRUE;
  saved = save_all (self);
  self->saving = FALSE;

  if (saved)
    load (self);
  else
    update_state (self);
  return saved;
}
