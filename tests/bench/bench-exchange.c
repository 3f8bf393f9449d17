/* bench-exchange.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case bundles at 10,000 cases: export, then import into an empty database, against
 * `xmllint --noout --relaxng` validating the same file in the same run. Prints figures and
 * asserts nothing (see tests/bench/README).
 */

#define G_LOG_DOMAIN "bench-exchange"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-exchange.h"
#include "ov-investigation.h"
#include "ov-nrm-referral.h"
#include "ov-person.h"
#include "ov-review.h"
#include "ov-safeguarding-referral.h"
#include "ov-staff.h"
#include "ov-store.h"
#include "ov-util.h"
#include "ov-victims.h"

#define BENCH_ACCOUNT  "oversight-bench"
#define N_STAFF        200
#define TARGET_RATIO   3.0

static guint n_cases = 10000;

static const char * const names[] = {
  "Amira Haddad", "Bogdan Ionescu", "Chen Wei", "Daria Kovalenko", "Emeka Obi",
  "Fatima Noor", "Gabriel Silva", "Hoa Nguyen", "Ilir Berisha", "Joy Mensah",
};

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static gboolean
save (OvStore  *store,
      gpointer  record,
      GError  **error)
{
  return ov_store_save (store, OV_RECORD (record), error);
}

/* One case: an officer in the case, two people (a victim with a safeguarding and an NRM
 * referral, and a witness), and a signed-off review. */
static gboolean
generate_case (OvStore     *store,
               guint        i,
               const gint64 *staff_ids,
               GError     **error)
{
  g_autoptr(OvCase) the_case = ov_case_new ();
  g_autoptr(OvAllocation) allocation = NULL;
  g_autoptr(OvPerson) victim = ov_person_new ();
  g_autoptr(OvPerson) witness = ov_person_new ();
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(OvNrmReferral) nrm = ov_nrm_referral_new ();
  g_autoptr(OvReview) review = NULL;
  g_autofree char *reference = g_strdup_printf ("MSHT/2026/%06u", i + 1);
  g_autofree char *operation = g_strdup_printf ("Operation %u", i + 1);
  g_autofree char *opened_on = g_strdup_printf ("2026-%02u-%02u", 1 + i % 10, 1 + i % 28);
  g_autofree char *sent_at = g_strdup_printf ("%sT14:00:00Z", opened_on);
  g_autofree char *held_at = g_strdup_printf ("2026-11-%02uT10:00:00Z", 1 + i % 20);
  gint64 case_id;

  ov_case_set_reference (the_case, reference);
  ov_case_set_operation_name (the_case, operation);
  ov_case_set_summary (the_case, "Workers recruited abroad with promises of jobs, housed in "
                       "one house and driven to farms and car washes; wages kept against "
                       "debts for travel and rent.");
  ov_case_set_opened_on (the_case, opened_on);
  ov_case_set_offences (the_case, OV_OFFENCE_MSA_S1 | OV_OFFENCE_MSA_S2);
  ov_case_set_exploitation_types (the_case, OV_EXPLOITATION_LABOUR);
  if (!save (store, the_case, error))
    return FALSE;
  case_id = id_of (the_case);

  allocation = ov_store_allocate (store, case_id, staff_ids[1 + i % (N_STAFF - 1)],
                                  OV_ALLOCATION_ROLE_OFFICER_IN_CASE, NULL, error);
  if (allocation == NULL)
    return FALSE;

  ov_person_set_case_id (victim, case_id);
  ov_person_set_name (victim, names[i % G_N_ELEMENTS (names)]);
  ov_person_set_roles (victim, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (victim, OV_AGE_STATUS_ADULT);
  ov_person_set_nationality (victim, "Romanian");
  ov_person_set_identified_on (victim, opened_on);
  if (!save (store, victim, error))
    return FALSE;

  ov_person_set_case_id (witness, case_id);
  ov_person_set_name (witness, names[(i + 3) % G_N_ELEMENTS (names)]);
  ov_person_set_roles (witness, OV_PERSON_ROLE_WITNESS);
  if (!save (store, witness, error))
    return FALSE;

  ov_safeguarding_referral_set_person_id (referral, id_of (victim));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_ADULT_VICTIM_CARE);
  ov_safeguarding_referral_set_agency (referral, "The Salvation Army");
  ov_safeguarding_referral_set_sent_at (referral, sent_at);
  if (!save (store, referral, error))
    return FALSE;

  ov_nrm_referral_set_person_id (nrm, id_of (victim));
  ov_nrm_referral_set_route (nrm, OV_NRM_ROUTE_NRM_WITH_CONSENT);
  ov_nrm_referral_set_consent_given (nrm, TRUE);
  ov_nrm_referral_set_submitted_on (nrm, opened_on);
  if (!save (store, nrm, error))
    return FALSE;

  review = ov_store_start_review (store, case_id, OV_REVIEW_TYPE_INITIAL, OV_REVIEW_TRIGGER_NONE,
                                  NULL, error);
  if (review == NULL)
    return FALSE;
  ov_review_set_held_at (review, held_at);
  ov_review_set_directions (review, "Trace the employment agency; speak to the landlord.");
  ov_review_set_parameters_confirmed (review, TRUE);
  ov_review_set_ownership_confirmed (review, TRUE);
  return ov_store_sign_off_review (store, review, error);
}

static gboolean
generate (OvStore  *store,
          gpointer  user_data,
          GError  **error)
{
  gint64 staff_ids[N_STAFF];

  for (guint i = 0; i < N_STAFF; i++)
    {
      g_autoptr(OvStaff) staff = ov_staff_new ();
      g_autofree char *name = g_strdup_printf ("Officer %u", i + 1);
      g_autofree char *collar = g_strdup_printf ("%u", 20000 + i);

      ov_staff_set_name (staff, name);
      ov_staff_set_collar_number (staff, collar);
      ov_staff_set_rank (staff, i == 0 ? OV_RANK_DS : OV_RANK_DC);
      ov_staff_set_roles (staff, i == 0 ? OV_STAFF_ROLE_SUPERVISOR | OV_STAFF_ROLE_INVESTIGATOR
                                        : OV_STAFF_ROLE_INVESTIGATOR);
      ov_staff_set_pip_level (staff, i == 0 ? OV_PIP_LEVEL_PIP3 : OV_PIP_LEVEL_PIP2);
      if (!save (store, staff, error))
        return FALSE;
      staff_ids[i] = id_of (staff);
      if (i == 0 && !ov_store_link_account (store, staff, error))
        return FALSE;
    }

  for (guint i = 0; i < n_cases; i++)
    if (!generate_case (store, i, staff_ids, error))
      return FALSE;
  return TRUE;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* Processor time used so far, user and system, by this process or by its children. */
static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static double
best (GArray *times)
{
  double value = g_array_index (times, double, 0);

  for (guint i = 1; i < times->len; i++)
    value = MIN (value, g_array_index (times, double, i));
  return value;
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *schema = NULL;
  gboolean regenerate = FALSE;
  int runs = 3;
  GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where to keep the databases and bundle", "DIR" },
    { "regenerate", 0, 0, G_OPTION_ARG_NONE, &regenerate, "Make the source database again", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (default 3)", "N" },
    { "cases", 0, 0, G_OPTION_ARG_INT, &n_cases, "Cases to generate (default 10000)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— case bundle benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvStore) source = NULL;
  g_autoptr(GArray) all_cases = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *bundle_path = NULL;
  g_autoptr(GArray) export_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) import_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) xmllint_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) import_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) xmllint_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_records = 0;
  GStatBuf st;
  double export_s, import_s, xmllint_s;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 1);
  if (dir == NULL)
    dir = g_build_filename (g_get_tmp_dir (), "oversight-bench", NULL);
  g_mkdir_with_parents (dir, 0700);
  schema = g_build_filename (SOURCE_ROOT, "data", "oversight-bundle.rng", NULL);
  source_path = g_strdup_printf ("%s/exchange-%u.db", dir, n_cases);
  target_path = g_strdup_printf ("%s/exchange-%u-imported.db", dir, n_cases);
  bundle_path = g_strdup_printf ("%s/exchange-%u.xml", dir, n_cases);

  if (regenerate)
    remove_database (source_path);
  if (!g_file_test (source_path, G_FILE_TEST_EXISTS))
    {
      gint64 start = g_get_monotonic_time ();

      source = ov_store_open (source_path, &error);
      if (source == NULL)
        goto failed;
      ov_store_set_account (source, BENCH_ACCOUNT);
      g_print ("Generating %u cases in %s …\n", n_cases, source_path);
      if (!ov_store_run_in_transaction (source, generate, NULL, &error))
        {
          g_clear_object (&source);
          remove_database (source_path);
          goto failed;
        }
      g_print ("Generated in %.1f s\n", seconds_since (start));
    }
  else
    {
      source = ov_store_open (source_path, &error);
      if (source == NULL)
        goto failed;
      ov_store_set_account (source, BENCH_ACCOUNT);
    }

  /* Every case, closed or not. */
  {
    g_autoptr(GPtrArray) cases = ov_store_list (source, OV_TYPE_CASE, &error);

    if (cases == NULL)
      goto failed;
    all_cases = g_array_new (FALSE, FALSE, sizeof (gint64));
    for (guint i = 0; i < cases->len; i++)
      {
        gint64 id = id_of (g_ptr_array_index (cases, i));

        g_array_append_val (all_cases, id);
      }
  }

  for (int run = 0; run < runs; run++)
    {
      gint64 start;
      double t;
      double cpu;
      int status = 0;
      g_autofree char *err = NULL;
      const char *xmllint_argv[] = { "xmllint", "--noout", "--relaxng", schema, bundle_path, NULL };
      g_autoptr(OvStore) target = NULL;
      g_autoptr(OvBundle) bundle = NULL;
      g_autoptr(OvImportSummary) summary = NULL;

      start = g_get_monotonic_time ();
      if (!ov_exchange_export_to_file (source, (const gint64 *) (gpointer) all_cases->data,
                                       all_cases->len, NULL, bundle_path, &error))
        goto failed;
      t = seconds_since (start);
      g_array_append_val (export_times, t);

      cpu = cpu_seconds (RUSAGE_CHILDREN);
      start = g_get_monotonic_time ();
      if (!g_spawn_sync (NULL, (char **) xmllint_argv, NULL,
                         G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                         &err, &status, &error))
        goto failed;
      t = seconds_since (start);
      g_array_append_val (xmllint_times, t);
      t = cpu_seconds (RUSAGE_CHILDREN) - cpu;
      g_array_append_val (xmllint_cpu, t);
      if (!g_spawn_check_wait_status (status, NULL))
        {
          g_printerr ("xmllint refused the bundle: %s\n", err);
          return 2;
        }

      /* Reading, validating, checking and merging into an empty database: the import. */
      remove_database (target_path);
      target = ov_store_open (target_path, &error);
      if (target == NULL)
        goto failed;
      ov_store_set_account (target, BENCH_ACCOUNT);
      cpu = cpu_seconds (RUSAGE_SELF);
      start = g_get_monotonic_time ();
      bundle = ov_bundle_read_file (bundle_path, 0, &error);
      if (bundle == NULL)
        goto failed;
      t = seconds_since (start);
      g_array_append_val (read_times, t);
      if (!ov_exchange_import (target, bundle, &summary, &error))
        goto failed;
      t = seconds_since (start);
      g_array_append_val (import_times, t);
      t = cpu_seconds (RUSAGE_SELF) - cpu;
      g_array_append_val (import_cpu, t);
      n_records = ov_bundle_get_n_records (bundle);
      if (ov_import_summary_get_total (summary, OV_IMPORT_ADDED) != n_records)
        {
          g_printerr ("The import added %u of %u records\n",
                      ov_import_summary_get_total (summary, OV_IMPORT_ADDED), n_records);
          return 2;
        }
    }

  /* The best of the runs: the least disturbed by the other work on the machine. */
  export_s = best (export_times);
  import_s = best (import_times);
  xmllint_s = best (xmllint_times);

  g_stat (bundle_path, &st);
  {
    double load[3] = { 0 };
    FILE *f = fopen ("/proc/loadavg", "r");

    if (f != NULL)
      {
        if (fscanf (f, "%lf %lf %lf", &load[0], &load[1], &load[2]) != 3)
          load[0] = 0;
        fclose (f);
      }
    g_print ("Case bundle of %u cases: %u records, %.1f MB (%s)\n",
             all_cases->len, n_records, st.st_size / 1e6, bundle_path);
    g_print ("Best of %d runs, load average %.2f:\n", runs, load[0]);
  }
  g_print ("                                  wall       processor\n");
  g_print ("  export                          %8.2f s\n", export_s);
  g_print ("  import into an empty database   %8.2f s  %8.2f s  (read, schema, checks, merge, "
           "commit)\n", import_s, best (import_cpu));
  g_print ("    of which reading the bundle   %8.2f s            (size cap, parse, schema, "
           "checks)\n", best (read_times));
  g_print ("  xmllint --noout --relaxng       %8.2f s  %8.2f s\n", xmllint_s, best (xmllint_cpu));
  g_print ("  ratio import / xmllint          %8.2f    %8.2f    (target at most %.0f: %s)\n",
           import_s / xmllint_s, best (import_cpu) / best (xmllint_cpu), TARGET_RATIO,
           import_s / xmllint_s <= TARGET_RATIO ? "met" : "NOT met");
  return 0;

failed:
  g_printerr ("bench-exchange: %s\n", error != NULL ? error->message : "failed");
  return 2;
}
