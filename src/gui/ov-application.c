/* ov-application.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-application.h"
#include "ov-command-line.h"
#include "ov-dialogs.h"
#include "ov-setup-dialog.h"
#include "ov-store.h"
#include "ov-window.h"

struct _OvApplication
{
  GtkApplication  parent_instance;

  char           *database_path;
  OvStore        *store;
  gboolean        options_handled;
};

G_DEFINE_FINAL_TYPE (OvApplication, ov_application, GTK_TYPE_APPLICATION)

static void
open_main_window (OvApplication *self)
{
  OvWindow *window = ov_window_new (GTK_APPLICATION (self), self->store);

  gtk_window_present (GTK_WINDOW (window));
}

static void
on_setup_linked (OvApplication *self,
                 OvSetupDialog *dialog)
{
  open_main_window (self);
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Each window asks about its own unsaved changes before it closes; the application
   * ends when the last one has gone. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = user_data;
  static const char *authors[] = { "The Oversight authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (application),
                         "program-name", _("Oversight"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Supervision of modern slavery and human trafficking "
                                       "investigations"),
                         "copyright", "© 2026 The Oversight authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry application_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "shortcuts", shortcuts_action },
};

static const struct
{
  const char *action;
  const char *accels[3];
} application_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "win.show-help-overlay", { NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.back", { "<Alt>Left", NULL } },
  { "win.new-person", { "<Control><Shift>p", NULL } },
  { "win.new-review", { "<Control><Shift>r", NULL } },
  { "win.new-action", { "<Control><Shift>a", NULL } },
  { "win.new-decision", { "<Control><Shift>d", NULL } },
  { "win.show-page('dashboard')", { "<Alt>1", NULL } },
  { "win.show-page('cases')", { "<Alt>2", NULL } },
  { "win.show-page('staff')", { "<Alt>3", NULL } },
  { "win.show-page('policy')", { "<Alt>4", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

/* Overrides */

static int
ov_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  OvApplication *self = OV_APPLICATION (application);

  self->options_handled = TRUE;
  g_clear_pointer (&self->database_path, g_free);
  return ov_command_line_handle (options, &self->database_path);
}

static gboolean
ov_application_local_command_line (GApplication   *application,
                                   char         ***arguments,
                                   int            *exit_status)
{
  OvApplication *self = OV_APPLICATION (application);
  gboolean handled;

  self->options_handled = FALSE;
  handled = G_APPLICATION_CLASS (ov_application_parent_class)->local_command_line (application,
                                                                                  arguments,
                                                                                  exit_status);

  /* GApplication exits with 1 when the options cannot be parsed; for Oversight that is
   * input refused, so 2, keeping 1 for "done, but something needs attention". */
  if (handled && !self->options_handled && *exit_status == 1)
    *exit_status = 2;
  return handled;
}

static void
ov_application_startup (GApplication *application)
{
  GtkApplication *gtk_application = GTK_APPLICATION (application);
  g_autoptr(GtkCssProvider) provider = NULL;

  G_APPLICATION_CLASS (ov_application_parent_class)->startup (application);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (application), application_actions,
                                   G_N_ELEMENTS (application_actions), application);
  for (gsize i = 0; i < G_N_ELEMENTS (application_accels); i++)
    gtk_application_set_accels_for_action (gtk_application, application_accels[i].action,
                                           application_accels[i].accels);
}

static void
ov_application_activate (GApplication *application)
{
  OvApplication *self = OV_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL)
    self->store = ov_store_open (self->database_path, &error);
  if (self->store == NULL)
    {
      window = ov_dialogs_show_error (NULL, _("Oversight could not open its database"),
                                      error->message);
      gtk_window_set_application (window, GTK_APPLICATION (self));
      return;
    }

  if (ov_store_get_current_user (self->store) == NULL)
    {
      OvSetupDialog *dialog = ov_setup_dialog_new (self->store);

      g_signal_connect_object (dialog, "linked", G_CALLBACK (on_setup_linked), self,
                               G_CONNECT_SWAPPED);
      gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  open_main_window (self);
}

static void
ov_application_dispose (GObject *object)
{
  OvApplication *self = OV_APPLICATION (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_application_parent_class)->dispose (object);
}

static void
ov_application_finalize (GObject *object)
{
  OvApplication *self = OV_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (ov_application_parent_class)->finalize (object);
}

static void
ov_application_class_init (OvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ov_application_dispose;
  object_class->finalize = ov_application_finalize;

  application_class->local_command_line = ov_application_local_command_line;
  application_class->handle_local_options = ov_application_handle_local_options;
  application_class->startup = ov_application_startup;
  application_class->activate = ov_application_activate;
}

static void
ov_application_init (OvApplication *self)
{
  ov_command_line_add_options (G_APPLICATION (self));
}

/**
 * ov_application_new:
 *
 * Returns: (transfer full): the application. Each instance opens its own database, so
 *   several may run at once (tests, and offline copies of cases).
 */
OvApplication *
ov_application_new (void)
{
  return g_object_new (OV_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * ov_application_get_store:
 *
 * Returns: (transfer none) (nullable): the store, once the application has been activated
 */
OvStore *
ov_application_get_store (OvApplication *self)
{
  g_return_val_if_fail (OV_IS_APPLICATION (self), NULL);
  return self->store;
}
