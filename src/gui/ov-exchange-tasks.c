/* ov-exchange-tasks.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each task opens a connection of its own to the database file, as the findings cache's
 * check does, and works in a thread on it: the interface's connection is only ever used
 * from the main thread. SQLite's write-ahead log lets the interface go on reading while a
 * bundle is imported. A database only one connection can see (an in-memory one) is worked
 * on in the main thread instead. Once an import has committed, the interface's connection
 * is told which cases changed, so the lists and pages showing them load them again.
 */

#define G_LOG_DOMAIN "ov-exchange-tasks"

#include "config.h"

#include <string.h>

#include "ov-case.h"
#include "ov-exchange-tasks.h"
#include "ov-record.h"

typedef struct
{
  OvStore         *store;        /* the interface's; touched in the main thread only */
  char            *database;     /* its file, for the task's own connection */
  char            *account;
  GArray          *case_ids;
  char            *marking;
  char            *path;
  OvBundle        *bundle;
  OvImportSummary *summary;
  gsize            max_size;     /* the largest bundle read, in bytes */
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_free (job->database);
  g_free (job->account);
  g_clear_pointer (&job->case_ids, g_array_unref);
  g_free (job->marking);
  g_free (job->path);
  g_clear_object (&job->bundle);
  g_clear_object (&job->summary);
  g_free (job);
}

static gboolean
has_file (const char *database)
{
  return database != NULL && database[0] != '\0' && strcmp (database, ":memory:") != 0 &&
         !g_str_has_prefix (database, "file:");
}

static Job *
job_new (OvStore *store)
{
  Job *job = g_new0 (Job, 1);

  job->store = g_object_ref (store);
  job->database = g_strdup (ov_store_get_path (store));
  job->account = g_strdup (ov_store_get_account (store));
  return job;
}

/* The connection the work is done on: the task's own, or the interface's where there is
 * no file to open twice (then the work runs in the main thread). */
static OvStore *
job_open_store (Job     *job,
                GError **error)
{
  OvStore *store;

  if (!has_file (job->database))
    return g_object_ref (job->store);

  store = ov_store_open (job->database, error);
  if (store != NULL && job->account != NULL)
    ov_store_set_account (store, job->account);
  return store;
}

static void
run_job (GTask           *task,
         GTaskThreadFunc  func)
{
  Job *job = g_task_get_task_data (task);

  if (has_file (job->database))
    g_task_run_in_thread (task, func);
  else
    func (task, g_task_get_source_object (task), job, g_task_get_cancellable (task));
}

/* Export */

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = job_open_store (job, &error);
  if (store == NULL ||
      !ov_exchange_export_to_file (store, (const gint64 *) job->case_ids->data,
                                   job->case_ids->len, job->marking, job->path, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Closed before the interface hears of it, which then reads the same file. */
  g_clear_object (&store);
  g_task_return_boolean (task, TRUE);
}

/**
 * ov_exchange_task_export:
 * @case_ids: (array length=n_cases): the cases to write
 * @marking: (nullable): the protective marking, or %NULL for the default
 * @path: the bundle file to write
 *
 * Writes the cases to a bundle at @path in a thread.
 */
void
ov_exchange_task_export (OvStore             *store,
                         const gint64        *case_ids,
                         guint                n_cases,
                         const char          *marking,
                         const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (OV_IS_STORE (store));
  g_return_if_fail (case_ids != NULL || n_cases == 0);
  g_return_if_fail (path != NULL);

  job = job_new (store);
  job->case_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_cases);
  g_array_append_vals (job->case_ids, case_ids, n_cases);
  job->marking = g_strdup (marking);
  job->path = g_strdup (path);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_exchange_task_export);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  run_job (task, export_in_thread);
}

gboolean
ov_exchange_task_export_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Planning: reading, checking and the dry run */

/* The largest bundle read, in bytes: the bundle-size-limit setting, in megabytes. */
static gsize
get_bundle_size_limit (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  int megabytes;

  /* The schema is optional: tests and uninstalled runs may not have it. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "bundle-size-limit"))
    return OV_BUNDLE_DEFAULT_MAX_SIZE;

  settings = g_settings_new_full (schema, NULL, NULL);
  megabytes = CLAMP (g_settings_get_int (settings, "bundle-size-limit"), 1, 4096);
  return (gsize) megabytes * 1024 * 1024;
}

static void
plan_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  bundle = ov_bundle_read_file (job->path, job->max_size, &error);
  if (bundle != NULL)
    store = job_open_store (job, &error);
  if (store != NULL)
    job->summary = ov_exchange_plan (store, bundle, &error);
  g_clear_object (&store);
  if (job->summary == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->bundle = g_steal_pointer (&bundle);
  g_task_return_boolean (task, TRUE);
}

/**
 * ov_exchange_task_plan:
 * @path: the bundle file
 *
 * Reads and checks the bundle at @path and works out what importing it would do, without
 * changing anything, in a thread.
 */
void
ov_exchange_task_plan (OvStore             *store,
                       const char          *path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (OV_IS_STORE (store));
  g_return_if_fail (path != NULL);

  job = job_new (store);
  job->path = g_strdup (path);
  job->max_size = get_bundle_size_limit ();

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_exchange_task_plan);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  run_job (task, plan_in_thread);
}

/**
 * ov_exchange_task_plan_finish:
 * @bundle: (out) (transfer full): the bundle read, to import
 *
 * Returns: (transfer full): what importing the bundle would do, or %NULL with @error set
 *   when the file is refused (the reader's error names the line and element)
 */
OvImportSummary *
ov_exchange_task_plan_finish (GAsyncResult  *result,
                              OvBundle     **bundle,
                              GError       **error)
{
  Job *job;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (bundle != NULL, NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  job = g_task_get_task_data (G_TASK (result));
  *bundle = g_steal_pointer (&job->bundle);
  return g_steal_pointer (&job->summary);
}

/* Importing */

static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(OvStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = job_open_store (job, &error);
  if (store != NULL && ov_exchange_import (store, job->bundle, &job->summary, &error))
    {
      /* Closed before the interface is told which cases changed and reads them. */
      g_clear_object (&store);
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_clear_object (&store);
  g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * ov_exchange_task_import:
 * @bundle: a bundle read and planned with ov_exchange_task_plan()
 *
 * Imports the bundle in one transaction, in a thread.
 */
void
ov_exchange_task_import (OvStore             *store,
                         OvBundle            *bundle,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (OV_IS_STORE (store));
  g_return_if_fail (OV_IS_BUNDLE (bundle));

  job = job_new (store);
  job->bundle = g_object_ref (bundle);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_exchange_task_import);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  run_job (task, import_in_thread);
}

/**
 * ov_exchange_task_import_finish:
 *
 * Once the import has committed, tells the interface's connection which cases changed
 * (see ov_exchange_notify_imported()).
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set when it was
 *   refused, having changed nothing
 */
OvImportSummary *
ov_exchange_task_import_finish (GAsyncResult  *result,
                                GError       **error)
{
  Job *job;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  job = g_task_get_task_data (G_TASK (result));
  if (has_file (job->database))
    ov_exchange_notify_imported (job->store, job->bundle);
  return g_steal_pointer (&job->summary);
}

/**
 * ov_exchange_notify_imported:
 * @store: the interface's connection
 * @bundle: a bundle imported through another connection
 *
 * Emits #OvStore::changed for each case of @bundle, and for the conflicts, as the store
 * does after its own writes, so that whatever shows them loads them again.
 */
void
ov_exchange_notify_imported (OvStore  *store,
                             OvBundle *bundle)
{
  g_auto(GStrv) references = NULL;

  g_return_if_fail (OV_IS_STORE (store));
  g_return_if_fail (OV_IS_BUNDLE (bundle));

  references = ov_bundle_dup_case_references (bundle);
  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      g_autoptr(OvCase) the_case = ov_store_find_case (store, references[i], NULL);

      if (the_case != NULL)
        g_signal_emit_by_name (store, "changed::case", "case",
                               ov_record_get_id (OV_RECORD (the_case)));
    }
  g_signal_emit_by_name (store, "changed::exchange-conflict", "exchange-conflict", (gint64) 0);
}
