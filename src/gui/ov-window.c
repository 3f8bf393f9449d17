/* ov-window.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: the protective marking, who is signed in, and the pages.
 */

#define G_LOG_DOMAIN "ov-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case-page.h"
#include "ov-cases-page.h"
#include "ov-dashboard-page.h"
#include "ov-dialogs.h"
#include "ov-editing-page.h"
#include "ov-enum-types.h"
#include "ov-exchange-ui.h"
#include "ov-finding.h"
#include "ov-partners-page.h"
#include "ov-policy-page.h"
#include "ov-reception-plans-page.h"
#include "ov-readiness-page.h"
#include "ov-records-page.h"
#include "ov-staff.h"
#include "ov-staff-page.h"
#include "ov-store.h"
#include "ov-window.h"

struct _OvWindow
{
  GtkApplicationWindow  parent_instance;

  OvStore              *store;
  GSettings            *settings;
  gboolean              may_close;
  gboolean              asking_to_close;

  GtkLabel             *user_label;
  GtkStack             *main_stack;
  GtkStack             *cases_stack;
  OvDashboardPage      *dashboard_page;
  OvCasesPage          *cases_page;
  OvCasePage           *case_page;
  OvStaffPage          *staff_page;
  OvPolicyPage         *policy_page;
  OvPartnersPage       *partners_page;
  OvReceptionPlansPage *reception_plans_page;
  OvReadinessPage      *readiness_page;
  OvRecordsPage        *learning_page;
  OvRecordsPage        *escalations_page;
};

G_DEFINE_FINAL_TYPE (OvWindow, ov_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
showing_page (OvWindow   *self,
              const char *name)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), name) == 0;
}

static gboolean
showing_staff (OvWindow *self)
{
  return showing_page (self, "staff");
}

/* Pages that keep the force's own records answer "page.new", "page.save" and "page.find". */
static gboolean
activate_page_action (OvWindow   *self,
                      const char *name)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->main_stack);

  return page != NULL && gtk_widget_activate_action (page, name, NULL);
}

static gboolean
showing_case (OvWindow *self)
{
  return showing_page (self, "cases") &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->cases_stack), "case") == 0;
}

static void
update_user (OvWindow *self)
{
  OvStaff *user = self->store != NULL ? ov_store_get_current_user (self->store) : NULL;
  g_autofree char *text = NULL;

  if (user == NULL)
    {
      gtk_label_set_text (self->user_label, "");
      return;
    }

  /* Translators: the person signed in, e.g. "Helen Marsh, Detective Inspector" */
  text = g_strdup_printf (_("%s, %s"), ov_staff_get_name (user),
                          ov_enum_get_label (OV_TYPE_RANK, ov_staff_get_rank (user)));
  if (ov_store_is_read_only (self->store))
    {
      g_autofree char *signed_in = g_steal_pointer (&text);

      /* Translators: the subtitle while the database is open with --read-only, e.g.
       * "Helen Marsh, Detective Inspector — Read only" */
      text = g_strdup_printf (_("%s — Read only"), signed_in);
    }
  gtk_label_set_text (self->user_label, text);
}

/* Open read-only, the window is for consultation: what would write is switched off (core
 * refuses any write that is still asked for). */
static void
apply_read_only (OvWindow *self)
{
  static const char * const writing_actions[] = {
    "new", "new-case", "save", "new-person", "new-review", "new-action", "new-decision",
    "print-report",
    "export-bundle", "import-bundle",
  };

  if (self->store == NULL || !ov_store_is_read_only (self->store))
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (writing_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), writing_actions[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
    }
  gtk_window_set_title (GTK_WINDOW (self), _("Oversight (read only)"));
  gtk_widget_add_css_class (GTK_WIDGET (self->user_label), "read-only");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->user_label),
                               _("The database is open read-only, for consultation: nothing "
                                 "can be changed, and address and contact details are not "
                                 "shown, since showing them must be recorded"));
}

static void
show_case_page (OvWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "cases");
  gtk_stack_set_visible_child_name (self->cases_stack, "case");
  gtk_widget_grab_focus (GTK_WIDGET (self->case_page));
}

/* Opening a case, or a new one, once the case shown has been saved or left. */

typedef struct
{
  gint64  case_id;
  char   *section;   /* where on the case page to go, or NULL */
} OpenCase;

static void
open_case_free (OpenCase *open)
{
  g_free (open->section);
  g_free (open);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenCase, open_case_free)

static void
show_section (OvWindow   *self,
              const char *section)
{
  /* A case page without that section stays where it is. */
  if (section != NULL && section[0] != '\0')
    gtk_widget_activate_action (GTK_WIDGET (self->case_page), "case.show-section", "s",
                                section);
}

static void
on_case_left (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpenCase) open = user_data;
  OvCasePage *case_page = OV_CASE_PAGE (source);
  OvWindow *self = OV_WINDOW (gtk_widget_get_root (GTK_WIDGET (case_page)));
  g_autoptr(GError) error = NULL;

  if (!ov_editing_page_confirm_leave_finish (OV_EDITING_PAGE (case_page), result, NULL))
    {
      show_case_page (self);
      return;
    }

  if (open->case_id == 0)
    ov_case_page_new_case (case_page);
  else if (!ov_case_page_load (case_page, open->case_id, &error))
    {
      ov_dialogs_show_error (GTK_WIDGET (self), _("The case could not be opened"),
                             error->message);
      return;
    }
  show_case_page (self);
  show_section (self, open->section);
}

static void
open_case_at (OvWindow   *self,
              gint64      case_id,
              const char *section)
{
  OvCase *shown = ov_case_page_get_case (self->case_page);
  OpenCase *open;

  /* The case shown already: no need to leave it, and its unsaved changes stay. */
  if (case_id != 0 && shown != NULL && ov_record_get_id (OV_RECORD (shown)) == case_id)
    {
      show_case_page (self);
      show_section (self, section);
      return;
    }

  open = g_new0 (OpenCase, 1);
  open->case_id = case_id;
  open->section = g_strdup (section);
  ov_editing_page_confirm_leave (OV_EDITING_PAGE (self->case_page), NULL, on_case_left, open);
}

static void
open_case (OvWindow *self,
           gint64    case_id)
{
  open_case_at (self, case_id, NULL);
}

static void
on_case_page_closed (OvWindow   *self,
                     OvCasePage *case_page)
{
  gtk_stack_set_visible_child_name (self->cases_stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->cases_page));
}

/* Closing with unsaved changes: each page that edits in place is asked in turn, in the
 * sidebar's order, and shown while asked. Cancel on any page keeps the window open, with
 * the changes of every page: those to be discarded go only when the window closes. */

static void
collect_editing_pages (GtkWidget *widget,
                       GPtrArray *pages)
{
  if (OV_IS_EDITING_PAGE (widget))
    {
      g_ptr_array_add (pages, widget);
      return;
    }
  /* The case page is in a stack of its own, under the Cases entry. */
  if (!GTK_IS_STACK (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_editing_pages (child, pages);
}

/* The first page from @start on, in the sidebar's order, with unsaved changes; its
 * position goes in @index. */
static OvEditingPage *
find_unsaved_page (OvWindow *self,
                   guint     start,
                   guint    *index)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  collect_editing_pages (GTK_WIDGET (self->main_stack), pages);
  for (guint i = start; i < pages->len; i++)
    {
      if (ov_editing_page_get_modified (pages->pdata[i]))
        {
          *index = i;
          return pages->pdata[i];
        }
    }
  return NULL;
}

/* Makes @page the one shown, through each stack it is in. */
static void
present_page (OvWindow  *self,
              GtkWidget *page)
{
  for (GtkWidget *child = page; child != NULL && child != GTK_WIDGET (self); )
    {
      GtkWidget *parent = gtk_widget_get_parent (child);

      if (GTK_IS_STACK (parent))
        gtk_stack_set_visible_child (GTK_STACK (parent), child);
      child = parent;
    }
}

typedef struct
{
  OvWindow  *window;
  guint      index;      /* of the page being asked */
  GPtrArray *discarded;  /* the pages whose changes go once every page has been asked */
} Closing;

static void
closing_free (Closing *closing)
{
  closing->window->asking_to_close = FALSE;
  g_clear_object (&closing->window);
  g_clear_pointer (&closing->discarded, g_ptr_array_unref);
  g_free (closing);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Closing, closing_free)

static void ask_before_closing (Closing *closing,
                                guint    start);

static void
on_close_page_answered (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  Closing *closing = user_data;

  switch (ov_editing_page_ask_finish (OV_EDITING_PAGE (source), result, NULL))
    {
    case OV_SAVE_CHOICE_DISCARD:
      g_ptr_array_add (closing->discarded, g_object_ref (source));
      G_GNUC_FALLTHROUGH;
    case OV_SAVE_CHOICE_SAVE:
      ask_before_closing (closing, closing->index + 1);
      break;
    case OV_SAVE_CHOICE_CANCEL:
    default:
      /* The window stays, and every page keeps what it holds. */
      closing_free (closing);
      break;
    }
}

/* Asks each page from @start on with unsaved changes, one at a time. Once all have been
 * saved or are to be discarded, they are discarded and the window closes. */
static void
ask_before_closing (Closing *closing,
                    guint    start)
{
  g_autoptr(Closing) done = NULL;
  OvWindow *self = closing->window;
  OvEditingPage *page;
  guint index;

  page = find_unsaved_page (self, start, &index);
  if (page != NULL)
    {
      present_page (self, GTK_WIDGET (page));
      closing->index = index;
      ov_editing_page_ask (page, NULL, on_close_page_answered, closing);
      return;
    }

  done = closing;
  for (guint i = 0; i < done->discarded->len; i++)
    ov_editing_page_discard (done->discarded->pdata[i]);
  self->asking_to_close = FALSE;
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_window_state (OvWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
restore_window_state (OvWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* The schema is optional: tests and uninstalled runs may not have it. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return;

  self->settings = g_settings_new_full (schema, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Actions */

static void
new_case_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  open_case (OV_WINDOW (user_data), 0);
}

static void
open_case_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  open_case (OV_WINDOW (user_data), g_variant_get_int64 (parameter));
}

static void
show_case_section_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  const char *section;
  gint64 case_id;

  g_variant_get (parameter, "(x&s)", &case_id, &section);
  ov_window_show_case (OV_WINDOW (user_data), case_id, section);
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  OvWindow *self = user_data;

  if (activate_page_action (self, "page.new"))
    return;
  if (showing_staff (self))
    gtk_widget_activate_action (GTK_WIDGET (self->staff_page), "staff.new", NULL);
  else if (showing_page (self, "partners"))
    gtk_widget_activate_action (GTK_WIDGET (self->partners_page), "partners.new", NULL);
  else if (showing_page (self, "reception-plans"))
    gtk_widget_activate_action (GTK_WIDGET (self->reception_plans_page), "reception-plans.new",
                                NULL);
  else
    open_case (self, 0);
}

static void
save_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OvWindow *self = user_data;

  if (showing_page (self, "policy"))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->policy_page), "policy.save", NULL);
      return;
    }
  if (activate_page_action (self, "page.save"))
    return;

  if (showing_staff (self))
    gtk_widget_activate_action (GTK_WIDGET (self->staff_page), "staff.save", NULL);
  else if (showing_page (self, "partners"))
    ov_partners_page_save (self->partners_page);
  else if (showing_page (self, "reception-plans"))
    ov_reception_plans_page_save (self->reception_plans_page);
  else if (showing_case (self))
    ov_case_page_save_shown (self->case_page);
}

/* Reviews, actions and decisions are set on the case shown. */
static void
case_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OvWindow *self = user_data;
  g_autofree char *name = NULL;

  /* Ctrl+P on the reception plans page prints the plan shown. */
  if (showing_page (self, "reception-plans") &&
      g_str_equal (g_action_get_name (G_ACTION (action)), "print-report"))
    {
      ov_reception_plans_page_print (self->reception_plans_page);
      return;
    }
  if (!showing_case (self))
    return;
  name = g_strconcat ("case.", g_action_get_name (G_ACTION (action)), NULL);
  gtk_widget_activate_action (GTK_WIDGET (self->case_page), name, NULL);
}

static void
find_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OvWindow *self = user_data;

  if (activate_page_action (self, "page.find"))
    return;
  if (showing_staff (self))
    ov_staff_page_focus_search (self->staff_page);
  else if (showing_page (self, "partners"))
    ov_partners_page_focus_search (self->partners_page);
  else if (showing_page (self, "reception-plans"))
    ov_reception_plans_page_focus_search (self->reception_plans_page);
  else if (!showing_case (self))
    ov_cases_page_focus_search (self->cases_page);
}

static void
back_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OvWindow *self = user_data;

  if (showing_case (self))
    gtk_widget_activate_action (GTK_WIDGET (self->case_page), "case.back", NULL);
}

static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  OvWindow *self = user_data;
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->main_stack, name) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, name);
  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->main_stack));
}

/* Case bundles: from the case page, the case shown is chosen to start with. */
static void
export_bundle_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  OvWindow *self = user_data;
  OvCase *shown = showing_case (self) ? ov_case_page_get_case (self->case_page) : NULL;

  if (self->store != NULL)
    ov_exchange_ui_export (GTK_WIDGET (self), self->store,
                           shown != NULL ? ov_record_get_id (OV_RECORD (shown)) : 0);
}

static void
import_bundle_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  OvWindow *self = user_data;

  if (self->store != NULL)
    ov_exchange_ui_choose_import (GTK_WIDGET (self), self->store);
}

/* The page that keeps each kind of record a finding about the force can be about, and
 * the action of that page that selects one record (parameter "x", its id; 0 shows the
 * page with nothing chosen). */
static const struct
{
  const char *kind;
  const char *page;
  const char *select_action;
} subject_pages[] = {
  { OV_SUBJECT_PARTNER, "partners", "partners.select" },
  { OV_SUBJECT_RECEPTION_PLAN, "reception-plans", "reception-plans.select" },
  { OV_SUBJECT_STAFF, "staff-readiness", "page.select" },
  { OV_SUBJECT_GUIDANCE, "staff-readiness", "page.select-guidance" },
  { OV_SUBJECT_LEARNING, "learning", "page.select" },
  { OV_SUBJECT_ESCALATION, "escalations", "page.select" },
};

static void
show_subject_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  const char *kind;
  gint64 id;

  g_variant_get (parameter, "(&sx)", &kind, &id);
  ov_window_show_subject (OV_WINDOW (user_data), kind, id);
}

static const GActionEntry window_actions[] = {
  { "new", new_action },
  { "new-case", new_case_action },
  { "open-case", open_case_action, "x" },
  { "show-case-section", show_case_section_action, "(xs)" },
  { "save", save_action },
  { "find", find_action },
  { "back", back_action },
  { "show-page", show_page_action, "s" },
  { "show-subject", show_subject_action, "(sx)" },
  { "new-person", case_action },
  { "new-review", case_action },
  { "new-action", case_action },
  { "new-decision", case_action },
  { "print-report", case_action },
  { "export-bundle", export_bundle_action },
  { "import-bundle", import_bundle_action },
};

/* Overrides */

static gboolean
ov_window_close_request (GtkWindow *window)
{
  OvWindow *self = OV_WINDOW (window);
  guint index;

  /* Closing again while a page is being asked waits for its answer. */
  if (self->asking_to_close)
    return TRUE;
  if (!self->may_close && find_unsaved_page (self, 0, &index) != NULL)
    {
      Closing *closing = g_new0 (Closing, 1);

      self->asking_to_close = TRUE;
      closing->window = g_object_ref (self);
      closing->discarded = g_ptr_array_new_with_free_func (g_object_unref);
      ask_before_closing (closing, index);
      return TRUE;
    }

  save_window_state (self);
  return GTK_WINDOW_CLASS (ov_window_parent_class)->close_request (window);
}

static void
ov_window_constructed (GObject *object)
{
  OvWindow *self = OV_WINDOW (object);

  G_OBJECT_CLASS (ov_window_parent_class)->constructed (object);

  ov_dashboard_page_set_store (self->dashboard_page, self->store);
  ov_cases_page_set_store (self->cases_page, self->store);
  ov_case_page_set_store (self->case_page, self->store);
  ov_staff_page_set_store (self->staff_page, self->store);
  ov_policy_page_set_store (self->policy_page, self->store);
  ov_partners_page_set_store (self->partners_page, self->store);
  ov_reception_plans_page_set_store (self->reception_plans_page, self->store);
  ov_readiness_page_set_store (self->readiness_page, self->store);
  ov_records_page_set_store (self->learning_page, self->store);
  ov_records_page_set_store (self->escalations_page, self->store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "notify::current-user",
                             G_CALLBACK (update_user), self, G_CONNECT_SWAPPED);
  update_user (self);
  apply_read_only (self);
  restore_window_state (self);
}

static void
ov_window_dispose (GObject *object)
{
  OvWindow *self = OV_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_window_parent_class)->dispose (object);
}

static void
ov_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OvWindow *self = OV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OvWindow *self = OV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_window_class_init (OvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ov_window_constructed;
  object_class->dispose = ov_window_dispose;
  object_class->get_property = ov_window_get_property;
  object_class->set_property = ov_window_set_property;

  window_class->close_request = ov_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OV_TYPE_DASHBOARD_PAGE);
  g_type_ensure (OV_TYPE_CASES_PAGE);
  g_type_ensure (OV_TYPE_CASE_PAGE);
  g_type_ensure (OV_TYPE_STAFF_PAGE);
  g_type_ensure (OV_TYPE_POLICY_PAGE);
  g_type_ensure (OV_TYPE_PARTNERS_PAGE);
  g_type_ensure (OV_TYPE_RECEPTION_PLANS_PAGE);
  g_type_ensure (OV_TYPE_READINESS_PAGE);
  g_type_ensure (OV_TYPE_RECORDS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ov-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OvWindow, user_label);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, cases_stack);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, cases_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, case_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, staff_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, policy_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, partners_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, reception_plans_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, readiness_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, learning_page);
  gtk_widget_class_bind_template_child (widget_class, OvWindow, escalations_page);
  gtk_widget_class_bind_template_callback (widget_class, on_case_page_closed);
}

static void
ov_window_init (OvWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
}

/**
 * ov_window_new:
 * @application: (nullable): the application
 * @store: the store whose cases and staff are shown
 *
 * Returns: (transfer none): a new main window
 */
OvWindow *
ov_window_new (GtkApplication *application,
               OvStore        *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  return g_object_new (OV_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

OvStore *
ov_window_get_store (OvWindow *self)
{
  g_return_val_if_fail (OV_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * ov_window_show_case:
 * @case_id: the case to open
 * @section: (nullable): the section of the case page to show, such as
 *   %OV_SECTION_REVIEWS, or %NULL for the one the case page opens on
 *
 * Shows the case on the Cases page, once any unsaved changes to another case have been
 * saved or left, at @section where the case page has it.
 */
void
ov_window_show_case (OvWindow   *self,
                     gint64      case_id,
                     const char *section)
{
  g_return_if_fail (OV_IS_WINDOW (self));
  g_return_if_fail (case_id > 0);

  open_case_at (self, case_id, section);
}

/**
 * ov_window_show_subject:
 * @kind: what a finding about the force is about, such as %OV_SUBJECT_PARTNER
 * @id: the record, or 0 for none in particular
 *
 * Shows the page that keeps records of @kind, with the record @id selected.
 *
 * Returns: %TRUE if a page keeps records of @kind
 */
gboolean
ov_window_show_subject (OvWindow   *self,
                        const char *kind,
                        gint64      id)
{
  g_return_val_if_fail (OV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (subject_pages); i++)
    {
      GtkWidget *page;

      if (g_strcmp0 (subject_pages[i].kind, kind) != 0)
        continue;
      page = gtk_stack_get_child_by_name (self->main_stack, subject_pages[i].page);
      if (page == NULL)
        return FALSE;
      gtk_stack_set_visible_child (self->main_stack, page);
      gtk_widget_activate_action (page, subject_pages[i].select_action, "x", id);
      return TRUE;
    }
  g_warning ("No page shows records of kind “%s”", kind);
  return FALSE;
}
