/* ov-findings-cache.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance findings of every case as of today, shared by the dashboard, the case
 * list and the case page. The check is run once for the whole store and grouped by case,
 * never once per row; after the store changes it is run again a moment later, so a burst
 * of changes costs one check. At 100,000 cases one check takes seconds, so it runs in a
 * thread of its own on a second, read-only use of the database file; the interface keeps
 * what it had until the new findings are ready.
 */

#define G_LOG_DOMAIN "ov-findings-cache"

#include "config.h"

#include <string.h>

#include "ov-compliance.h"
#include "ov-findings-cache.h"
#include "ov-settings.h"
#include "ov-store.h"
#include "ov-util.h"

/* Changes closer together than this are taken in one check. */
#define REFRESH_DELAY_MS 200
/* How often to look whether the day has changed, which changes what is overdue. */
#define DATE_CHECK_SECONDS 60

typedef struct
{
  gint64           case_id;
  OvFindingCounts  counts;
  GPtrArray       *findings;
} CaseEntry;

typedef struct
{
  OvPolicy  policy;
  char     *as_of;
} CheckData;

struct _OvFindingsCache
{
  GObject     parent_instance;

  OvStore    *store;          /* not owned: the store owns its cache */
  char       *path;           /* of the database, for the checking thread */
  OvStore    *thread_store;   /* the checking thread's own connection */
  GPtrArray  *findings;       /* NULL until first asked for */
  GHashTable *by_case;        /* case id → CaseEntry */
  char       *as_of;
  GError     *error;
  gboolean    checking;       /* a check is running in its thread */
  gboolean    again;          /* the store changed while it ran */
  guint       refresh_source;
  guint       date_source;
};

G_DEFINE_FINAL_TYPE (OvFindingsCache, ov_findings_cache, G_TYPE_OBJECT)

enum {
  UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
case_entry_free (CaseEntry *entry)
{
  g_ptr_array_unref (entry->findings);
  g_free (entry);
}

static void
group_by_case (OvFindingsCache *self)
{
  g_hash_table_remove_all (self->by_case);

  for (guint i = 0; i < self->findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (self->findings, i);
      gint64 case_id = ov_finding_get_case_id (finding);
      CaseEntry *entry = g_hash_table_lookup (self->by_case, &case_id);

      if (entry == NULL)
        {
          entry = g_new0 (CaseEntry, 1);
          entry->case_id = case_id;
          entry->findings = g_ptr_array_new ();
          g_hash_table_insert (self->by_case, &entry->case_id, entry);
        }
      g_ptr_array_add (entry->findings, finding);
      switch (ov_finding_get_severity (finding))
        {
        case OV_SEVERITY_OVERDUE:
          entry->counts.n_overdue++;
          break;
        case OV_SEVERITY_DUE_SOON:
          entry->counts.n_due_soon++;
          break;
        case OV_SEVERITY_INFORMATION:
        default:
          entry->counts.n_information++;
          break;
        }
    }
}

static gboolean
on_date_check (gpointer user_data)
{
  OvFindingsCache *self = user_data;
  g_autofree char *today = ov_today_local ();

  if (g_strcmp0 (today, self->as_of) != 0)
    ov_findings_cache_queue_refresh (self);
  return G_SOURCE_CONTINUE;
}

static void
check_data_free (CheckData *data)
{
  g_free (data->as_of);
  g_free (data);
}

static void
set_findings (OvFindingsCache *self,
              GPtrArray       *findings,
              const char      *as_of,
              GError          *error)
{
  g_clear_error (&self->error);
  if (findings == NULL)
    {
      g_debug ("The compliance check failed: %s", error->message);
      self->error = error;
      /* What was found before stays shown, under the error, rather than nothing. */
    }
  else
    {
      g_clear_pointer (&self->findings, g_ptr_array_unref);
      self->findings = findings;
      g_free (self->as_of);
      self->as_of = g_strdup (as_of);
      group_by_case (self);
    }

  if (self->date_source == 0)
    {
      self->date_source = g_timeout_add_seconds (DATE_CHECK_SECONDS, on_date_check, self);
      g_source_set_name_by_id (self->date_source, "[oversight] findings date check");
    }

  g_signal_emit (self, signals[UPDATED], 0);
}

/* In the checking thread: nothing here touches the interface's store. */
static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  OvFindingsCache *self = source_object;
  CheckData *data = task_data;
  GError *error = NULL;
  GPtrArray *findings;

  if (self->thread_store == NULL)
    self->thread_store = ov_store_open (self->path, &error);
  if (self->thread_store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  findings = ov_compliance_check (self->thread_store, &data->policy, data->as_of, 0, &error);
  if (findings == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, findings, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_check_done (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  OvFindingsCache *self = OV_FINDINGS_CACHE (source_object);
  CheckData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  GPtrArray *findings;

  findings = g_task_propagate_pointer (G_TASK (result), &error);
  self->checking = FALSE;

  /* The store has gone: nobody is left to tell. */
  if (self->store == NULL)
    {
      g_clear_pointer (&findings, g_ptr_array_unref);
      g_clear_error (&error);
      return;
    }

  set_findings (self, findings, data->as_of, error);
  if (self->again)
    {
      self->again = FALSE;
      ov_findings_cache_queue_refresh (self);
    }
}

/* A database only this connection can see cannot be read from a thread. */
static gboolean
has_file (OvFindingsCache *self)
{
  return self->path != NULL && self->path[0] != '\0' && strcmp (self->path, ":memory:") != 0 &&
         !g_str_has_prefix (self->path, "file:");
}

static gboolean
on_refresh_timeout (gpointer user_data)
{
  OvFindingsCache *self = user_data;

  self->refresh_source = 0;
  ov_findings_cache_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (OvFindingsCache *self,
                  const char      *entity,
                  gint64           id,
                  OvStore         *store)
{
  ov_findings_cache_queue_refresh (self);
}

static void
ov_findings_cache_dispose (GObject *object)
{
  OvFindingsCache *self = OV_FINDINGS_CACHE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->date_source, g_source_remove);
  g_clear_weak_pointer (&self->store);
  /* A running check holds a reference, so no thread uses this connection now. */
  g_clear_object (&self->thread_store);

  G_OBJECT_CLASS (ov_findings_cache_parent_class)->dispose (object);
}

static void
ov_findings_cache_finalize (GObject *object)
{
  OvFindingsCache *self = OV_FINDINGS_CACHE (object);

  g_clear_pointer (&self->by_case, g_hash_table_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (ov_findings_cache_parent_class)->finalize (object);
}

static void
ov_findings_cache_class_init (OvFindingsCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ov_findings_cache_dispose;
  object_class->finalize = ov_findings_cache_finalize;

  /**
   * OvFindingsCache::updated:
   *
   * Emitted after the findings have been worked out again.
   */
  signals[UPDATED] =
    g_signal_new ("updated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ov_findings_cache_init (OvFindingsCache *self)
{
  self->by_case = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                         (GDestroyNotify) case_entry_free);
}

/**
 * ov_findings_cache_get_for_store:
 *
 * The one cache of @store's findings, made the first time it is asked for. It lives as
 * long as the store.
 *
 * Returns: (transfer none): the cache
 */
OvFindingsCache *
ov_findings_cache_get_for_store (OvStore *store)
{
  static GQuark quark;
  OvFindingsCache *self;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  if (quark == 0)
    quark = g_quark_from_static_string ("ov-findings-cache");

  self = g_object_get_qdata (G_OBJECT (store), quark);
  if (self != NULL)
    return self;

  self = g_object_new (OV_TYPE_FINDINGS_CACHE, NULL);
  g_set_weak_pointer (&self->store, store);
  self->path = g_strdup (ov_store_get_path (store));
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  g_object_set_qdata_full (G_OBJECT (store), quark, self, g_object_unref);
  return self;
}

/**
 * ov_findings_cache_get_store:
 *
 * Returns: (transfer none) (nullable): the store checked, or %NULL once it has gone
 */
OvStore *
ov_findings_cache_get_store (OvFindingsCache *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_CACHE (self), NULL);
  return self->store;
}

/**
 * ov_findings_cache_get_findings:
 *
 * The findings for every case, most pressing first. The first call starts the check and
 * finds nothing yet: #OvFindingsCache::updated says when there is something.
 *
 * Returns: (transfer none) (element-type OvFinding): the findings; empty until the first
 *   check is done, or if it failed (see ov_findings_cache_get_error())
 */
GPtrArray *
ov_findings_cache_get_findings (OvFindingsCache *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_CACHE (self), NULL);

  if (self->findings == NULL)
    {
      self->findings = g_ptr_array_new_with_free_func (g_object_unref);
      ov_findings_cache_refresh (self);
    }
  return self->findings;
}

/**
 * ov_findings_cache_is_ready:
 *
 * Returns: whether the first check has finished, or failed
 */
gboolean
ov_findings_cache_is_ready (OvFindingsCache *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_CACHE (self), FALSE);
  return self->as_of != NULL || self->error != NULL;
}

/**
 * ov_findings_cache_get_as_of:
 *
 * Returns: (nullable): the local date of the findings, YYYY-MM-DD
 */
const char *
ov_findings_cache_get_as_of (OvFindingsCache *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_CACHE (self), NULL);
  return self->as_of;
}

/**
 * ov_findings_cache_get_error:
 *
 * Returns: (nullable): why the last check failed, or %NULL if it did not
 */
const GError *
ov_findings_cache_get_error (OvFindingsCache *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_CACHE (self), NULL);
  return self->error;
}

/**
 * ov_findings_cache_get_counts:
 * @counts: (out caller-allocates): how many findings of each severity @case_id has
 */
void
ov_findings_cache_get_counts (OvFindingsCache *self,
                              gint64           case_id,
                              OvFindingCounts *counts)
{
  CaseEntry *entry;

  g_return_if_fail (OV_IS_FINDINGS_CACHE (self));
  g_return_if_fail (counts != NULL);

  ov_findings_cache_get_findings (self);
  entry = g_hash_table_lookup (self->by_case, &case_id);
  if (entry != NULL)
    *counts = entry->counts;
  else
    *counts = (OvFindingCounts) { 0, 0, 0 };
}

/**
 * ov_findings_cache_list_case:
 *
 * Returns: (transfer container) (element-type OvFinding): the findings for @case_id,
 *   most pressing first
 */
GPtrArray *
ov_findings_cache_list_case (OvFindingsCache *self,
                             gint64           case_id)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  CaseEntry *entry;

  g_return_val_if_fail (OV_IS_FINDINGS_CACHE (self), list);

  ov_findings_cache_get_findings (self);
  entry = g_hash_table_lookup (self->by_case, &case_id);
  for (guint i = 0; entry != NULL && i < entry->findings->len; i++)
    g_ptr_array_add (list, g_object_ref (g_ptr_array_index (entry->findings, i)));
  return list;
}

/**
 * ov_findings_cache_queue_refresh:
 *
 * Runs the check again shortly, taking every change until then in one check; changes
 * while it runs bring one more check after it.
 */
void
ov_findings_cache_queue_refresh (OvFindingsCache *self)
{
  g_return_if_fail (OV_IS_FINDINGS_CACHE (self));

  /* Nobody has asked yet: the first one to ask will start it. */
  if (self->findings == NULL || self->refresh_source != 0)
    return;
  if (self->checking)
    {
      self->again = TRUE;
      return;
    }

  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, on_refresh_timeout, self);
  g_source_set_name_by_id (self->refresh_source, "[oversight] refresh findings");
}

/**
 * ov_findings_cache_refresh:
 *
 * Starts the check now, as of today under the stored force policy; emits
 * #OvFindingsCache::updated when it is done.
 */
void
ov_findings_cache_refresh (OvFindingsCache *self)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  g_return_if_fail (OV_IS_FINDINGS_CACHE (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store == NULL)
    return;
  if (self->checking)
    {
      self->again = TRUE;
      return;
    }

  data = g_new0 (CheckData, 1);
  ov_store_load_policy (self->store, &data->policy);
  data->as_of = ov_today_local ();

  if (!has_file (self))
    {
      GError *error = NULL;
      GPtrArray *findings = ov_compliance_check (self->store, &data->policy, data->as_of, 0,
                                                 &error);

      set_findings (self, findings, data->as_of, error);
      check_data_free (data);
      return;
    }

  self->checking = TRUE;
  task = g_task_new (self, NULL, on_check_done, NULL);
  g_task_set_source_tag (task, ov_findings_cache_refresh);
  g_task_set_name (task, "[oversight] compliance check");
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  g_task_run_in_thread (task, check_in_thread);
}
