/* ov-people-section.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case's people: victims first, then witnesses and suspects, with what a supervisor
 * must know about each victim in the list, and the selected person in full beside it.
 * The list follows the store, so a lead contact assigned, a strategy agreed or a risk
 * endorsed anywhere shows here at once.
 */

#define G_LOG_DOMAIN "ov-people-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-dialogs.h"
#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-people-section.h"
#include "ov-people-util.h"
#include "ov-person-detail.h"
#include "ov-person-dialog.h"
#include "ov-person-row.h"
#include "ov-risk-assessment-dialog.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvPeopleSection
{
  GtkWidget           parent_instance;

  OvStore            *store;
  gint64              case_id;
  GListStore         *people;
  gboolean            restoring_selection;
  gboolean            leaving;

  GtkLabel           *count_label;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
  GtkStack           *list_stack;
  GtkLabel           *empty_label;
  GtkListView        *people_list;
  GtkSingleSelection *selection;
  GtkStack           *detail_stack;
  OvPersonDetail     *person_detail;
};

G_DEFINE_FINAL_TYPE (OvPeopleSection, ov_people_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What changes the list: the people themselves and everything their rows summarise. */
static const char * const list_entities[] = {
  "person", "victim-support", "victim-strategy", "risk-assessment", "nrm-referral", NULL
};

static void
show_error (OvPeopleSection *self,
            const GError    *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->error_banner, TRUE);
}

static OvPerson *
selected_person (OvPeopleSection *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_detail (OvPeopleSection *self)
{
  OvPerson *person = selected_person (self);

  ov_person_detail_set_person (self->person_detail, person);
  gtk_stack_set_visible_child_name (self->detail_stack, person != NULL ? "person" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.edit", person != NULL);
}

static void
update_count (OvPeopleSection *self)
{
  GListModel *people = G_LIST_MODEL (self->people);
  guint n = g_list_model_get_n_items (people);
  guint n_victims = 0;
  g_autofree char *victims = NULL;
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvPerson) person = g_list_model_get_item (people, i);

      if (ov_person_has_role (person, OV_PERSON_ROLE_VICTIM))
        n_victims++;
    }

  victims = g_strdup_printf (ngettext ("%u victim", "%u victims", n_victims), n_victims);
  /* Translators: e.g. "5 people, 3 victims" */
  count = g_strdup_printf (ngettext ("%u person, %s", "%u people, %s", n), n, victims);
  gtk_label_set_text (self->count_label, n > 0 ? count : "");

  if (self->case_id == 0)
    gtk_label_set_text (self->empty_label, _("Save the case before adding people to it."));
  else
    gtk_label_set_text (self->empty_label,
                        _("No one is recorded in this case yet. Add each victim, witness and "
                          "suspect with Add Person (Ctrl+Shift+P)."));
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static gboolean
same_people (GListModel *model,
             GPtrArray  *people)
{
  guint n = g_list_model_get_n_items (model);

  if (n != people->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvRecord) shown = g_list_model_get_item (model, i);

      if (ov_record_get_id (shown) != ov_record_get_id (g_ptr_array_index (people, i)))
        return FALSE;
    }
  return TRUE;
}

/* Brings a person shown up to date in place, so that the rows and the detail pane follow
 * without the selection moving. Setters notify only what changed. */
static void
update_person (OvPerson *shown,
               OvPerson *fresh)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (fresh), &n_pspecs);
  g_object_freeze_notify (G_OBJECT (shown));
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (fresh), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (shown), pspecs[i]->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (shown));
}

static guint
find_position (OvPeopleSection *self,
               gint64           person_id)
{
  GListModel *people = G_LIST_MODEL (self->people);
  guint n = g_list_model_get_n_items (people);

  for (guint i = 0; person_id != 0 && i < n; i++)
    {
      g_autoptr(OvPerson) person = g_list_model_get_item (people, i);

      if (ov_record_get_id (OV_RECORD (person)) == person_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
load_people (OvPeopleSection *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  OvPerson *selected = selected_person (self);
  gint64 selected_id = selected != NULL ? ov_record_get_id (OV_RECORD (selected)) : 0;
  GListModel *model = G_LIST_MODEL (self->people);
  guint position;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add",
                                 self->store != NULL && self->case_id != 0 &&
                                 !ov_store_is_read_only (self->store));

  if (self->store == NULL || self->case_id == 0)
    people = g_ptr_array_new ();
  else if ((people = ov_store_list_people (self->store, self->case_id, &error)) == NULL)
    {
      show_error (self, error);
      return;
    }

  if (same_people (model, people))
    {
      for (guint i = 0; i < people->len; i++)
        {
          g_autoptr(OvPerson) shown = g_list_model_get_item (model, i);

          update_person (shown, g_ptr_array_index (people, i));
        }
    }
  else
    {
      self->restoring_selection = TRUE;
      g_list_store_splice (self->people, 0, g_list_model_get_n_items (model),
                           people->pdata, people->len);
      position = find_position (self, selected_id);
      if (position == GTK_INVALID_LIST_POSITION && people->len > 0)
        position = 0;
      gtk_single_selection_set_selected (self->selection, position);
      self->restoring_selection = FALSE;
      update_detail (self);
    }

  update_count (self);
}

static void
on_store_changed (OvPeopleSection *self,
                  const char      *entity,
                  gint64           id,
                  OvStore         *store)
{
  if (g_strv_contains (list_entities, entity))
    load_people (self);
}

/* Unsaved changes to the person shown: save, drop or stay */

static void
select_quietly (OvPeopleSection *self,
                gint64           person_id)
{
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, find_position (self, person_id));
  self->restoring_selection = FALSE;
}

static void
on_leave_answered (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (source);
  g_autofree gint64 *person_id = user_data;

  switch (ov_dialogs_ask_save_finish (result, NULL))
    {
    case OV_SAVE_CHOICE_SAVE:
      if (!ov_person_detail_save (self->person_detail))
        return;
      break;
    case OV_SAVE_CHOICE_DISCARD:
      break;
    case OV_SAVE_CHOICE_CANCEL:
    default:
      return;
    }

  self->leaving = TRUE;
  ov_people_section_select_person (self, *person_id);
  self->leaving = FALSE;
}

static void
on_selection_changed (OvPeopleSection   *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  OvPerson *selected = selected_person (self);
  OvPerson *shown = ov_person_detail_get_person (self->person_detail);
  g_autofree char *heading = NULL;
  gint64 selected_id;

  if (self->restoring_selection)
    return;

  selected_id = selected != NULL ? ov_record_get_id (OV_RECORD (selected)) : 0;
  if (!self->leaving && shown != NULL && selected_id != ov_record_get_id (OV_RECORD (shown)) &&
      ov_person_detail_get_modified (self->person_detail))
    {
      /* Stay on the person shown until the user says what to do with the changes. */
      select_quietly (self, ov_record_get_id (OV_RECORD (shown)));
      /* Translators: %s is a person's name */
      heading = g_strdup_printf (_("Save the changes for %s?"), ov_person_get_name (shown));
      ov_dialogs_ask_save (GTK_WIDGET (self), heading,
                           _("The victim strategy or the contact details have changes that "
                             "are not saved."),
                           NULL, on_leave_answered, g_memdup2 (&selected_id, sizeof selected_id));
      return;
    }
  update_detail (self);
}

/* Adding and editing people */

static void
on_risk_confirmed (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (source);
  g_autoptr(OvPerson) person = user_data;

  if (!ov_dialogs_confirm_finish (result, NULL) || self->store == NULL)
    return;
  ov_present_dialog (GTK_WIDGET (self),
                     GTK_WINDOW (ov_risk_assessment_dialog_new (self->store, person)));
}

static void
on_person_saved (OvPeopleSection *self,
                 OvPerson        *person,
                 OvPersonStatus   previous_status,
                 OvPersonDialog  *dialog)
{
  g_autofree char *body = NULL;

  ov_people_section_select_person (self, ov_record_get_id (OV_RECORD (person)));

  /* A victim who goes missing is at once at greater risk: the force expects the risk to
   * be re-assessed and endorsed straight away. */
  if (!ov_person_has_role (person, OV_PERSON_ROLE_VICTIM) ||
      ov_person_get_status (person) != OV_PERSON_STATUS_MISSING ||
      previous_status == OV_PERSON_STATUS_MISSING)
    return;

  /* Translators: %s is a person's name */
  body = g_strdup_printf (_("%s is now recorded as missing. Their risk should be assessed "
                            "again and endorsed by a supervisor at once."),
                          ov_person_get_name (person));
  ov_dialogs_confirm (GTK_WIDGET (self), _("Record a new risk assessment now?"), body,
                      _("_Assess Risk"), FALSE, NULL, on_risk_confirmed,
                      g_object_ref (person));
}

static void
open_person_dialog (OvPeopleSection *self,
                    OvPerson        *person)
{
  OvPersonDialog *dialog = ov_person_dialog_new (self->store, person);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_person_saved), self,
                           G_CONNECT_SWAPPED);
  ov_present_dialog (GTK_WIDGET (self), GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (widget);
  g_autoptr(OvPerson) person = NULL;
  g_autofree char *today = NULL;

  if (self->store == NULL || self->case_id == 0)
    return;

  /* Most people recorded are victims, identified today. */
  today = ov_today_local ();
  person = ov_person_new ();
  ov_person_set_case_id (person, self->case_id);
  ov_person_set_roles (person, OV_PERSON_ROLE_VICTIM);
  ov_person_set_identified_on (person, today);
  open_person_dialog (self, person);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (widget);
  OvPerson *shown = selected_person (self);
  g_autoptr(OvPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || shown == NULL)
    return;

  /* The dialog edits a fresh copy: the list shows what is stored until it is saved. */
  person = ov_store_load (self->store, OV_TYPE_PERSON, ov_record_get_id (OV_RECORD (shown)),
                          &error);
  if (person == NULL)
    {
      show_error (self, error);
      return;
    }
  open_person_dialog (self, person);
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_widget_set_visible (OV_PEOPLE_SECTION (widget)->error_banner, FALSE);
}

/* Overrides */

static void
ov_people_section_dispose (GObject *object)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (object);
  GtkWidget *child;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_PEOPLE_SECTION);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->people);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_people_section_parent_class)->dispose (object);
}

static void
ov_people_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_people_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_people_section_set_store (self, g_value_get_object (value));
      break;
    case PROP_CASE_ID:
      ov_people_section_set_case_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ov_people_section_grab_focus (GtkWidget *widget)
{
  OvPeopleSection *self = OV_PEOPLE_SECTION (widget);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->people_list));
  return GTK_WIDGET_CLASS (ov_people_section_parent_class)->grab_focus (widget);
}

static void
ov_people_section_class_init (OvPeopleSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_people_section_dispose;
  object_class->get_property = ov_people_section_get_property;
  object_class->set_property = ov_people_section_set_property;

  widget_class->grab_focus = ov_people_section_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "people.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "people.dismiss-error", NULL,
                                   dismiss_error_action);

  g_type_ensure (OV_TYPE_PERSON);
  g_type_ensure (OV_TYPE_PERSON_ROW);
  g_type_ensure (OV_TYPE_PERSON_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-people-section.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, people_list);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, selection);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, OvPeopleSection, person_detail);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
}

static void
ov_people_section_init (OvPeopleSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (OV_TYPE_PERSON);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->people));
  load_people (self);
  update_detail (self);
}

/**
 * ov_people_section_new:
 * @store: (nullable): where the people are loaded from and saved to
 * @case_id: the case whose people are shown; 0 for a case not yet saved
 *
 * Returns: (transfer floating): a new section
 */
OvPeopleSection *
ov_people_section_new (OvStore *store,
                       gint64   case_id)
{
  g_return_val_if_fail (store == NULL || OV_IS_STORE (store), NULL);

  return g_object_new (OV_TYPE_PEOPLE_SECTION,
                       "store", store,
                       "case-id", case_id,
                       NULL);
}

OvStore *
ov_people_section_get_store (OvPeopleSection *self)
{
  g_return_val_if_fail (OV_IS_PEOPLE_SECTION (self), NULL);
  return self->store;
}

/**
 * ov_people_section_set_store:
 * @store: (nullable): where the people are loaded from and saved to
 */
void
ov_people_section_set_store (OvPeopleSection *self,
                             OvStore         *store)
{
  g_return_if_fail (OV_IS_PEOPLE_SECTION (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);

  ov_person_detail_set_store (self->person_detail, store);
  load_people (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
ov_people_section_get_case_id (OvPeopleSection *self)
{
  g_return_val_if_fail (OV_IS_PEOPLE_SECTION (self), 0);
  return self->case_id;
}

/**
 * ov_people_section_set_case_id:
 * @case_id: the case whose people are shown; 0 for a case not yet saved
 */
void
ov_people_section_set_case_id (OvPeopleSection *self,
                               gint64           case_id)
{
  g_return_if_fail (OV_IS_PEOPLE_SECTION (self));

  if (self->case_id == case_id)
    return;

  self->case_id = case_id;
  load_people (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

/**
 * ov_people_section_get_selected_person:
 *
 * Returns: (transfer none) (nullable): the person shown in the detail pane
 */
OvPerson *
ov_people_section_get_selected_person (OvPeopleSection *self)
{
  g_return_val_if_fail (OV_IS_PEOPLE_SECTION (self), NULL);
  return selected_person (self);
}

/**
 * ov_people_section_select_person:
 * @person_id: the id of one of the case's people
 *
 * Returns: %TRUE if the person is in the list and now selected
 */
gboolean
ov_people_section_select_person (OvPeopleSection *self,
                                 gint64           person_id)
{
  guint position;

  g_return_val_if_fail (OV_IS_PEOPLE_SECTION (self), FALSE);

  position = find_position (self, person_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

/**
 * ov_people_section_get_modified:
 *
 * Returns: %TRUE if the person shown has unsaved changes (their victim strategy or their
 *   contact details)
 */
gboolean
ov_people_section_get_modified (OvPeopleSection *self)
{
  g_return_val_if_fail (OV_IS_PEOPLE_SECTION (self), FALSE);
  return ov_person_detail_get_person (self->person_detail) != NULL &&
         ov_person_detail_get_modified (self->person_detail);
}

/**
 * ov_people_section_save:
 *
 * Saves the unsaved changes of the person shown, if any.
 *
 * Returns: %TRUE if there was nothing to save or it was saved
 */
gboolean
ov_people_section_save (OvPeopleSection *self)
{
  g_return_val_if_fail (OV_IS_PEOPLE_SECTION (self), FALSE);
  if (!ov_people_section_get_modified (self))
    return TRUE;
  return ov_person_detail_save (self->person_detail);
}
