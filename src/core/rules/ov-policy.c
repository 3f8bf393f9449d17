/* ov-policy.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-policy"

#include "config.h"

#include "ov-policy.h"
#include "ov-util.h"

static const OvPolicy default_policy = {
  .review_interval_days = 28,
  .review_interval_high_risk_days = 7,
};

/**
 * ov_policy_get_default:
 *
 * Returns: (transfer none): the default force policy
 */
const OvPolicy *
ov_policy_get_default (void)
{
  return &default_policy;
}

/**
 * ov_policy_propose_next_review:
 * @held_on: the date of the review, YYYY-MM-DD
 * @any_victim_high_risk: whether any victim of the case is currently at high risk
 *
 * The next supervisory review as force policy proposes it: 28 days on, or 7 days while
 * any victim's risk is high (by default).
 *
 * Returns: (transfer full) (nullable): the proposed date, or %NULL if @held_on is not a date
 */
char *
ov_policy_propose_next_review (const OvPolicy *policy,
                               const char     *held_on,
                               gboolean        any_victim_high_risk)
{
  g_return_val_if_fail (policy != NULL, NULL);

  return ov_date_add_days (held_on,
                           any_victim_high_risk ? policy->review_interval_high_risk_days
                                                : policy->review_interval_days);
}
