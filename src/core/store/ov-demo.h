/* ov-demo.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-store.h"

G_BEGIN_DECLS

gboolean ov_demo_load (OvStore  *store,
                       GError  **error);

/* The parts of the demonstration in their own files, run inside ov_demo_load(). */
gboolean _ov_demo_load_partners  (OvStore  *store,
                                  GError  **error);
gboolean _ov_demo_load_readiness (OvStore  *store,
                                  GError  **error);

G_END_DECLS
