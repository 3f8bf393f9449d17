/* fuzz-bundle.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness of the bundle reader and importer. Each input is read as a bundle
 * file would be; when the reader accepts it, it is planned and imported into a fresh
 * database, then planned and imported again (the second time everything is unchanged),
 * as a supervisor importing the same file twice would. Any crash, leak or sanitizer
 * report fails the run; a refused input is the reader doing its job.
 *
 * A fresh database for each accepted input is a copy of one made empty (migrated) once,
 * in a folder of its own, so no input sees what another left.
 *
 * Built only with -Dfuzzing=true and clang; run by build-aux/fuzz.
 */

#define G_LOG_DOMAIN "fuzz-bundle"

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>

#include "ov-exchange.h"
#include "ov-store.h"

/* Inputs larger than this are refused by the reader before parsing, which is tested
 * elsewhere; a small cap keeps each run short. */
#define FUZZ_MAX_SIZE (256 * 1024)

static char *work_dir;
static char *empty_db;
static GBytes *empty_image;

static void
remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
remove_work_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (work_dir == NULL)
    return;
  dir = g_dir_open (work_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (work_dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (work_dir);
  g_clear_pointer (&work_dir, g_free);
  g_clear_pointer (&empty_db, g_free);
  g_clear_pointer (&empty_image, g_bytes_unref);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvStore) store = NULL;
  char *contents = NULL;
  gsize length = 0;

  /* The reader's messages are not what is tested: keep them in English, and quiet. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("TZ", "Europe/London", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  work_dir = g_dir_make_tmp ("oversight-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  empty_db = g_build_filename (work_dir, "empty.db", NULL);

  /* Migrated once, closed (so everything is in the main file), and kept as bytes. */
  store = ov_store_open (empty_db, &error);
  g_assert_no_error (error);
  ov_store_set_account (store, "fuzz");
  g_clear_object (&store);
  g_file_get_contents (empty_db, &contents, &length, &error);
  g_assert_no_error (error);
  empty_image = g_bytes_new_take (contents, length);
  remove_database (empty_db);

  atexit (remove_work_dir);
  return 0;
}

static OvStore *
open_fresh_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (work_dir, "import.db", NULL);
  OvStore *store;
  gsize size;
  const char *data = g_bytes_get_data (empty_image, &size);

  remove_database (path);
  g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);
  store = ov_store_open (path, &error);
  g_assert_no_error (error);
  ov_store_set_account (store, "fuzz");
  return store;
}

static void
import_once (OvStore  *store,
             OvBundle *bundle)
{
  g_autoptr(OvImportSummary) plan = NULL;
  g_autoptr(OvImportSummary) done = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  plan = ov_exchange_plan (store, bundle, &error);
  if (plan == NULL)
    {
      /* Refusing is allowed; refusing without saying why is not. */
      g_assert_nonnull (error);
      g_assert_nonnull (error->message);
      return;
    }
  text = ov_import_summary_to_text (plan);
  g_assert_nonnull (text);

  if (!ov_exchange_import (store, bundle, &done, &error))
    {
      g_assert_nonnull (error);
      return;
    }
  g_assert_nonnull (done);
  g_clear_pointer (&text, g_free);
  text = ov_import_summary_to_text (done);
  g_assert_nonnull (text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;

  bundle = ov_bundle_read (bytes, FUZZ_MAX_SIZE, &error);
  if (bundle == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == OV_BUNDLE_ERROR);
      return 0;
    }

  (void) ov_bundle_get_creator (bundle);
  (void) ov_bundle_get_marking (bundle);
  g_strfreev (ov_bundle_dup_case_references (bundle));

  store = open_fresh_database ();
  import_once (store, bundle);
  /* The same bundle again: every record is now unchanged, nothing may be added twice. */
  import_once (store, bundle);

  /* Whatever was imported can be listed and exported again. */
  {
    g_autoptr(GListModel) conflicts = ov_exchange_list_conflicts (store, 0, NULL);
    g_autoptr(GBytes) again = ov_exchange_export_to_bytes (store, NULL, 0, NULL, NULL);

    (void) conflicts;
    (void) again;
  }
  return 0;
}
