/* ov-settings.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-policy.h"
#include "ov-store.h"

G_BEGIN_DECLS

void     ov_store_load_policy (OvStore         *self,
                               OvPolicy        *policy);
gboolean ov_store_save_policy (OvStore         *self,
                               const OvPolicy  *policy,
                               GError         **error);

G_END_DECLS
