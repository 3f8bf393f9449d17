/* ov-exchange-tasks.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing, checking and importing case bundles away from the main thread, so the window
 * stays responsive with a bundle of thousands of cases.
 */

#pragma once

#include <gio/gio.h>

#include "ov-exchange.h"
#include "ov-store.h"

G_BEGIN_DECLS

void             ov_exchange_task_export        (OvStore              *store,
                                                 const gint64         *case_ids,
                                                 guint                 n_cases,
                                                 const char           *marking,
                                                 const char           *path,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean         ov_exchange_task_export_finish (GAsyncResult         *result,
                                                 GError              **error);

void             ov_exchange_task_plan          (OvStore              *store,
                                                 const char           *path,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
OvImportSummary *ov_exchange_task_plan_finish   (GAsyncResult         *result,
                                                 OvBundle            **bundle,
                                                 GError              **error);

void             ov_exchange_task_import        (OvStore              *store,
                                                 OvBundle             *bundle,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
OvImportSummary *ov_exchange_task_import_finish (GAsyncResult         *result,
                                                 GError              **error);

void             ov_exchange_notify_imported    (OvStore              *store,
                                                 OvBundle             *bundle);

G_END_DECLS
