/* ov-command-line.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-command-line"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <stdio.h>

#include "ov-backup.h"
#include "ov-case.h"
#include "ov-command-line.h"
#include "ov-compliance.h"
#include "ov-report-command-line.h"
#include "ov-settings.h"
#include "ov-demo.h"
#include "ov-exchange.h"
#include "ov-store.h"
#include "ov-util.h"

/**
 * ov_command_line_add_options:
 *
 * Adds Oversight's command-line options to @application's --help and parsing.
 */
void
ov_command_line_add_options (GApplication *application)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database at PATH instead of the default one"), N_("PATH") },
    { "read-only", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open the database for consultation only: nothing is saved, and no backup made"),
      NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { "load-demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Fill an empty database with fictional demonstration data and exit"), NULL },
    { "verify-audit", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check the audit log’s hash chain and exit (1 if it is broken)"), NULL },
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Back up the database to FILE and exit"), N_("FILE") },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Replace the database with the backup FILE (after keeping a copy) and exit"),
      N_("FILE") },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print everything overdue or due soon under the force policy and exit"), NULL },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --check: the date to check as of (default today)"), N_("YYYY-MM-DD") },
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --check: text (default) or json"), N_("FORMAT") },
    { "export-bundle", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export cases to the bundle FILE for offline work (all open cases, or those given "
         "with --case) and exit"), N_("FILE") },
    { "import-bundle", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import the bundle FILE, merging it with the database, and exit (1 if conflicts "
         "are left to resolve, 2 if the file is refused)"), N_("FILE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import-bundle: print what importing would do, and change nothing"), NULL },
    { "bundle-size-limit", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --import-bundle: refuse a bundle larger than MB megabytes (1 to 4096, "
         "default 200)"), N_("MB") },
    { NULL }
  };

  g_application_add_main_option_entries (application, entries);
  g_application_add_main_option_entries (application, ov_report_get_option_entries ());
  g_application_set_option_context_summary (application,
                                            _("Supervise modern slavery and human trafficking "
                                              "investigations."));
}

/* One line on standard error, as every failed command-line action reports. */
static int
fail (const GError *error)
{
  g_autofree char *line = g_strdup (error->message);

  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "oversight: %s\n", line);
  return OV_EXIT_FAILED;
}

static int
run_load_demo (OvStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!ov_demo_load (store, &error))
    return fail (error);

  g_print (_("Loaded demonstration data into %s.\n"), ov_store_get_path (store));
  return OV_EXIT_OK;
}

static int
run_verify_audit (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  guint64 n_checked = 0;

  if (!ov_store_verify_audit (store, &n_checked, &error))
    {
      if (g_error_matches (error, OV_STORE_ERROR, OV_STORE_ERROR_AUDIT_BROKEN))
        {
          fprintf (stderr, "oversight: %s\n", error->message);
          return OV_EXIT_ATTENTION;
        }
      return fail (error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "The audit log is intact: %" PRIu64 " event checked.\n",
                        "The audit log is intact: %" PRIu64 " events checked.\n",
                        n_checked),
           n_checked);
  return OV_EXIT_OK;
}

static int
run_backup (OvStore    *store,
            const char *destination)
{
  g_autoptr(GError) error = NULL;

  if (!ov_store_backup_to (store, destination, &error))
    return fail (error);
  g_print (_("Backed up %s to %s.\n"), ov_store_get_path (store), destination);
  return OV_EXIT_OK;
}

static int
run_restore (const char *database,
             const char *backup)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *path = database != NULL ? g_strdup (database) : ov_store_get_default_path ();

  if (!ov_backup_restore (path, backup, g_get_user_name (), &kept, &error))
    return fail (error);
  if (kept != NULL)
    g_print (_("Restored %s from %s. The database it replaced was kept as %s.\n"),
             path, backup, kept);
  else
    g_print (_("Restored %s from %s.\n"), path, backup);
  return OV_EXIT_OK;
}

static int
run_check (OvStore    *store,
           const char *as_of,
           const char *format)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  g_autofree char *output = NULL;
  OvPolicy policy;

  ov_store_load_policy (store, &policy);
  findings = ov_compliance_check (store, &policy, as_of != NULL ? as_of : today, 0, &error);
  if (findings == NULL)
    return fail (error);

  if (g_strcmp0 (format, "json") == 0)
    output = ov_compliance_to_json (findings);
  else
    output = ov_compliance_to_text (findings);
  fputs (output, stdout);
  return OV_EXIT_OK;
}

static int
run_export_bundle (OvStore            *store,
                   const char         *file,
                   const char * const *references)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      g_autoptr(OvCase) the_case = ov_store_find_case (store, references[i], &error);
      gint64 id;

      if (the_case == NULL)
        return fail (error);
      id = ov_record_get_id (OV_RECORD (the_case));
      g_array_append_val (ids, id);
    }

  if (!ov_exchange_export_to_file (store, (const gint64 *) (gpointer) ids->data, ids->len,
                                   NULL, file, &error))
    return fail (error);
  g_print (_("Exported to %s.\n"), file);
  return OV_EXIT_OK;
}

static int
run_import_bundle (OvStore    *store,
                   const char *file,
                   gsize       max_size,
                   gboolean    dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autofree char *text = NULL;

  bundle = ov_bundle_read_file (file, max_size, &error);
  if (bundle != NULL)
    {
      if (dry_run)
        summary = ov_exchange_plan (store, bundle, &error);
      else
        ov_exchange_import (store, bundle, &summary, &error);
    }
  if (summary == NULL)
    return fail (error);

  text = ov_import_summary_to_text (summary);
  fputs (text, stdout);
  if (ov_import_summary_get_total (summary, OV_IMPORT_CONFLICTS) > 0)
    return OV_EXIT_ATTENTION;
  return OV_EXIT_OK;
}

/**
 * ov_command_line_handle:
 * @options: the parsed options
 * @database_path: (out) (transfer full) (nullable): the --database path, for the GUI
 *
 * Carries out the command-line actions. They run before any window opens and never need
 * a display.
 *
 * Returns: -1 if the GUI should start, otherwise the exit status
 */
int
ov_command_line_handle (GVariantDict  *options,
                        char         **database_path)
{
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean load_demo = g_variant_dict_contains (options, "load-demo");
  gboolean verify_audit = g_variant_dict_contains (options, "verify-audit");
  gboolean check = g_variant_dict_contains (options, "check");
  gboolean report = ov_report_options_present (options);
  gboolean read_only = g_variant_dict_contains (options, "read-only");
  g_autofree char *backup = NULL;
  g_autofree char *restore = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *format = NULL;
  g_autofree char *export_bundle = NULL;
  g_autofree char *import_bundle = NULL;
  g_auto(GStrv) cases = NULL;
  gboolean dry_run = g_variant_dict_contains (options, "dry-run");
  g_autofree char *size_limit = NULL;
  gsize max_size = 0;
  gboolean bundle_action;

  g_variant_dict_lookup (options, "export-bundle", "^ay", &export_bundle);
  g_variant_dict_lookup (options, "import-bundle", "^ay", &import_bundle);
  g_variant_dict_lookup (options, "case", "^as", &cases);
  bundle_action = export_bundle != NULL || import_bundle != NULL;
  g_variant_dict_lookup (options, "database", "^ay", &path);
  g_variant_dict_lookup (options, "as-of", "s", &as_of);
  g_variant_dict_lookup (options, "backup", "^ay", &backup);
  g_variant_dict_lookup (options, "restore", "^ay", &restore);
  g_variant_dict_lookup (options, "format", "s", &format);
  g_variant_dict_lookup (options, "bundle-size-limit", "s", &size_limit);
  if (database_path != NULL)
    *database_path = g_strdup (path);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("oversight %s\n", PACKAGE_VERSION);
      return OV_EXIT_OK;
    }

  if ((as_of != NULL || format != NULL) && !check)
    {
      fprintf (stderr, "oversight: %s\n", _("--as-of and --format go with --check."));
      return OV_EXIT_FAILED;
    }
  if (format != NULL && g_strcmp0 (format, "text") != 0 && g_strcmp0 (format, "json") != 0)
    {
      fprintf (stderr, "oversight: %s\n", _("Give --format text or --format json."));
      return OV_EXIT_FAILED;
    }

  if ((cases != NULL && export_bundle == NULL && !report) || (dry_run && import_bundle == NULL))
    {
      fprintf (stderr, "oversight: %s\n",
               _("--case goes with --report or --export-bundle, and --dry-run with "
                 "--import-bundle."));
      return OV_EXIT_FAILED;
    }

  if (size_limit != NULL)
    {
      guint64 megabytes = 0;

      if (import_bundle == NULL)
        {
          fprintf (stderr, "oversight: %s\n", _("--bundle-size-limit goes with --import-bundle."));
          return OV_EXIT_FAILED;
        }
      if (!g_ascii_string_to_unsigned (size_limit, 10, 1, 4096, &megabytes, NULL))
        {
          fprintf (stderr, _("oversight: “%s” is not a size limit. Give --bundle-size-limit a "
                             "whole number of megabytes from 1 to 4096.\n"), size_limit);
          return OV_EXIT_FAILED;
        }
      max_size = (gsize) megabytes * 1024 * 1024;
    }

  if (!load_demo && !verify_audit && !check && !report && backup == NULL && restore == NULL &&
      !bundle_action)
    return -1;

  if (load_demo + verify_audit + check + report + (backup != NULL) + (restore != NULL) +
      (export_bundle != NULL) + (import_bundle != NULL) > 1)
    {
      fprintf (stderr, "oversight: %s\n",
               _("Give one action at a time: --load-demo, --verify-audit, --check, --report, "
                 "--backup, --restore, --export-bundle or --import-bundle."));
      return OV_EXIT_FAILED;
    }

  if (read_only && (load_demo || restore != NULL || bundle_action))
    {
      fprintf (stderr, "oversight: %s\n",
               _("--read-only cannot go with --load-demo, --restore, --export-bundle or "
                 "--import-bundle, which change the database (a bundle’s export is "
                 "recorded in it)."));
      return OV_EXIT_FAILED;
    }

  /* A damaged database can still be restored: restore does not open it first. */
  if (restore != NULL)
    return run_restore (path, restore);

  /* Checking a database that is not there would quietly create an empty one. */
  if (verify_audit || check || report || backup != NULL || export_bundle != NULL)
    {
      g_autofree char *effective = path != NULL ? g_strdup (path) : ov_store_get_default_path ();

      if (!g_file_test (effective, G_FILE_TEST_IS_REGULAR))
        {
          fprintf (stderr, _("oversight: There is no database at “%s”. Check the path.\n"),
                   effective);
          return OV_EXIT_FAILED;
        }
    }

  /* Read-only, a report cannot be exported either: its audit event cannot be written. */
  store = read_only ? ov_store_open_read_only (path, &error) : ov_store_open (path, &error);
  if (store == NULL)
    return fail (error);

  /* Never work on a damaged database without saying so. */
  if (!load_demo && !ov_store_quick_check (store, &error))
    return fail (error);

  if (load_demo)
    return run_load_demo (store);
  if (check)
    return run_check (store, as_of, format);
  if (backup != NULL)
    return run_backup (store, backup);
  if (report)
    return ov_report_handle_options (store, options);
  if (export_bundle != NULL)
    return run_export_bundle (store, export_bundle, (const char * const *) cases);
  if (import_bundle != NULL)
    return run_import_bundle (store, import_bundle, max_size, dry_run);
  return run_verify_audit (store);
}
