/* ov-policy.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The force's policy: the intervals the compliance checks and proposals use. Each one is
 * a setting a force may change; the defaults are those of domain.md.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int review_interval_days;           /* periodic supervisory review */
  int review_interval_high_risk_days; /* while any victim's risk is high */
} OvPolicy;

const OvPolicy *ov_policy_get_default          (void);
char           *ov_policy_propose_next_review  (const OvPolicy *policy,
                                                const char     *held_on,
                                                gboolean        any_victim_high_risk);

G_END_DECLS
