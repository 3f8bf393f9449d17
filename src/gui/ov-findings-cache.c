/* ov-findings-cache.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance findings of every case as of today, shared by the dashboard, the case
 * list and the case page. The check is run once for the whole store and grouped by case,
 * never once per row; after the store changes it is run again a moment later, so a burst
 * of changes costs one check. At 100,000 cases one check may take a second or two.
 */

#define G_LOG_DOMAIN "ov-findings-cache"

#include "config.h"

#include "ov-compliance.h"
#include "ov-findings-cache.h"
#include "ov-settings.h"
#include "ov-store.h"
#include "ov-util.h"

/* Changes closer together than this are taken in one check. */
#define REFRESH_DELAY_MS 250
/* How often to look whether the day has changed, which changes what is overdue. */
#define DATE_CHECK_SECONDS 60

typedef struct
{
  gint64           case_id;
  OvFindingCounts  counts;
  GPtrArray       *findings;
} CaseEntry;

struct _OvFindingsCache
{
  GObject     parent_instance;

  OvStore    *store;          /* not owned: the store owns its cache */
  GPtrArray  *findings;       /* NULL until first asked for */
  GHashTable *by_case;        /* case id → CaseEntry */
  char       *as_of;
  GError     *error;
  gint64      last_duration;  /* microseconds the last check took */
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
on_refresh_timeout (gpointer user_data)
{
  OvFindingsCache *self = user_data;

  self->refresh_source = 0;
  ov_findings_cache_refresh (self);
  return G_SOURCE_REMOVE;
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

  G_OBJECT_CLASS (ov_findings_cache_parent_class)->dispose (object);
}

static void
ov_findings_cache_finalize (GObject *object)
{
  OvFindingsCache *self = OV_FINDINGS_CACHE (object);

  g_clear_pointer (&self->by_case, g_hash_table_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->as_of, g_free);
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
 * The findings for every case, most pressing first. The first call runs the check.
 *
 * Returns: (transfer none) (element-type OvFinding): the findings; empty if the check
 *   failed (see ov_findings_cache_get_error())
 */
GPtrArray *
ov_findings_cache_get_findings (OvFindingsCache *self)
{
  g_return_val_if_fail (OV_IS_FINDINGS_CACHE (self), NULL);

  if (self->findings == NULL)
    ov_findings_cache_refresh (self);
  return self->findings;
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
 * Runs the check again shortly, taking every change until then in one check. A check
 * that took long waits as long again, so the interface stays responsive while changes
 * keep coming.
 */
void
ov_findings_cache_queue_refresh (OvFindingsCache *self)
{
  guint delay;

  g_return_if_fail (OV_IS_FINDINGS_CACHE (self));

  /* Nobody has asked yet: the first one to ask will run it. */
  if (self->findings == NULL || self->refresh_source != 0)
    return;

  delay = (guint) MAX (REFRESH_DELAY_MS, self->last_duration / 1000);
  self->refresh_source = g_timeout_add (delay, on_refresh_timeout, self);
  g_source_set_name_by_id (self->refresh_source, "[oversight] refresh findings");
}

/**
 * ov_findings_cache_refresh:
 *
 * Runs the check now, as of today under the stored force policy, and emits
 * #OvFindingsCache::updated.
 */
void
ov_findings_cache_refresh (OvFindingsCache *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ov_today_local ();
  OvPolicy policy;
  gint64 started;

  g_return_if_fail (OV_IS_FINDINGS_CACHE (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store == NULL)
    return;

  started = g_get_monotonic_time ();
  ov_store_load_policy (self->store, &policy);
  findings = ov_compliance_check (self->store, &policy, today, 0, &error);
  self->last_duration = g_get_monotonic_time () - started;

  g_clear_error (&self->error);
  if (findings == NULL)
    {
      g_debug ("The compliance check failed: %s", error->message);
      self->error = g_steal_pointer (&error);
      /* What was found before stays shown, under the error, rather than nothing. */
      if (self->findings == NULL)
        self->findings = g_ptr_array_new_with_free_func (g_object_unref);
    }
  else
    {
      g_clear_pointer (&self->findings, g_ptr_array_unref);
      self->findings = g_steal_pointer (&findings);
      g_free (self->as_of);
      self->as_of = g_steal_pointer (&today);
      group_by_case (self);
    }

  if (self->date_source == 0)
    {
      self->date_source = g_timeout_add_seconds (DATE_CHECK_SECONDS, on_date_check, self);
      g_source_set_name_by_id (self->date_source, "[oversight] findings date check");
    }

  g_signal_emit (self, signals[UPDATED], 0);
}
