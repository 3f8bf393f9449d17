/* main.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "oversight"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ov-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OvApplication) application = NULL;

  /* The command line is handled before GTK starts, and its messages are translated too. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = ov_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
