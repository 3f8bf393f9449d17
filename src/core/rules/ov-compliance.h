/* ov-compliance.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance engine: one rule per check of the force policy. Given the store, the
 * policy and an "as of" date, each rule yields findings. Rules never read the clock.
 */

#pragma once

#include "ov-finding.h"
#include "ov-policy.h"
#include "ov-types.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;     /* "periodic-review" */
  const char *title;  /* untranslated (N_): "Periodic supervisory review overdue" */
} OvRuleInfo;

const OvRuleInfo *ov_compliance_get_rules (guint          *n_rules);
GPtrArray        *ov_compliance_check     (OvStore        *store,
                                           const OvPolicy *policy,
                                           const char     *as_of,
                                           gint64          case_id,
                                           GError        **error);
char             *ov_compliance_to_json   (GPtrArray      *findings);
char             *ov_compliance_to_text   (GPtrArray      *findings);

G_END_DECLS
