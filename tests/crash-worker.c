/* crash-worker.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workload for the crash-safety test: saves transactions to the database given on the
 * command line until it is killed. Each transaction adds one case "CRASH/N" and four staff
 * "Crash N-1" … "Crash N-4", so that after a kill each is wholly there or wholly absent.
 *
 * `crash-worker PATH TAG COUNT` is a writer for the two-process test: it saves COUNT such
 * transactions, case "TAG/N" and staff "TAG N-1" … "TAG N-4" for N from 1, then exits 0;
 * on the first error it prints the message and exits 1.
 */

#include "config.h"

#include <stdio.h>

#include "ov-case.h"
#include "ov-staff.h"
#include "ov-store.h"

static gboolean
save_one (OvStore  *store,
          gpointer  user_data,
          GError  **error)
{
  gint64 n = *(gint64 *) user_data;
  g_autofree char *reference = g_strdup_printf ("CRASH/%" G_GINT64_FORMAT, n);
  g_autoptr(OvCase) the_case = ov_case_new ();

  ov_case_set_reference (the_case, reference);
  ov_case_set_opened_on (the_case, "2026-11-27");
  ov_case_set_summary (the_case, "Saved by the crash-safety workload.");
  if (!ov_store_save (store, OV_RECORD (the_case), error))
    return FALSE;

  for (int k = 1; k <= 4; k++)
    {
      g_autofree char *name = g_strdup_printf ("Crash %" G_GINT64_FORMAT "-%d", n, k);
      g_autoptr(OvStaff) staff = ov_staff_new ();

      ov_staff_set_name (staff, name);
      ov_staff_set_collar_number (staff, name);
      if (!ov_store_save (store, OV_RECORD (staff), error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const char *tag;
  gint64      n;
} Tagged;

static gboolean
save_tagged (OvStore  *store,
             gpointer  user_data,
             GError  **error)
{
  Tagged *tagged = user_data;
  g_autofree char *reference = g_strdup_printf ("%s/%" G_GINT64_FORMAT, tagged->tag, tagged->n);
  g_autoptr(OvCase) the_case = ov_case_new ();

  ov_case_set_reference (the_case, reference);
  ov_case_set_opened_on (the_case, "2026-11-27");
  ov_case_set_summary (the_case, "Saved by the two-process workload.");
  if (!ov_store_save (store, OV_RECORD (the_case), error))
    return FALSE;

  for (int k = 1; k <= 4; k++)
    {
      g_autofree char *name = g_strdup_printf ("%s %" G_GINT64_FORMAT "-%d", tagged->tag,
                                               tagged->n, k);
      g_autoptr(OvStaff) staff = ov_staff_new ();

      ov_staff_set_name (staff, name);
      ov_staff_set_collar_number (staff, name);
      if (!ov_store_save (store, OV_RECORD (staff), error))
        return FALSE;
    }
  return TRUE;
}

static int
save_count (const char *path,
            const char *tag,
            gint64      count)
{
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Tagged tagged = { tag, 0 };

  store = ov_store_open (path, &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  ov_store_set_account (store, "crash-worker");

  for (tagged.n = 1; tagged.n <= count; tagged.n++)
    {
      if (!ov_store_run_in_transaction (store, save_tagged, &tagged, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n;

  if (argc == 4)
    return save_count (argv[1], argv[2], g_ascii_strtoll (argv[3], NULL, 10));
  if (argc != 2)
    return 2;

  store = ov_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  ov_store_set_account (store, "crash-worker");

  /* Carry on numbering after what earlier runs saved. */
  n = ov_store_count (store, OV_TYPE_CASE);
  for (;;)
    {
      n++;
      if (!ov_store_run_in_transaction (store, save_one, &n, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
}
