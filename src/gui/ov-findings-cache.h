/* ov-findings-cache.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_FINDINGS_CACHE (ov_findings_cache_get_type ())

G_DECLARE_FINAL_TYPE (OvFindingsCache, ov_findings_cache, OV, FINDINGS_CACHE, GObject)

typedef struct
{
  guint n_overdue;
  guint n_due_soon;
  guint n_information;
} OvFindingCounts;

OvFindingsCache *ov_findings_cache_get_for_store (OvStore          *store);
OvStore         *ov_findings_cache_get_store     (OvFindingsCache  *self);
GPtrArray       *ov_findings_cache_get_findings  (OvFindingsCache  *self);
const char      *ov_findings_cache_get_as_of     (OvFindingsCache  *self);
const GError    *ov_findings_cache_get_error     (OvFindingsCache  *self);
gboolean         ov_findings_cache_is_ready      (OvFindingsCache  *self);
void             ov_findings_cache_get_counts    (OvFindingsCache  *self,
                                                  gint64            case_id,
                                                  OvFindingCounts  *counts);
GPtrArray       *ov_findings_cache_list_case     (OvFindingsCache  *self,
                                                  gint64            case_id);
void             ov_findings_cache_queue_refresh (OvFindingsCache  *self);
void             ov_findings_cache_refresh       (OvFindingsCache  *self);

G_END_DECLS
