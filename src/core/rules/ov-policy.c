/* ov-policy.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-policy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stddef.h>

#include "ov-policy.h"
#include "ov-util.h"

#define SETTING(field, key, unit, value, min, max, label) \
  { key, G_STRUCT_OFFSET (OvPolicy, field), unit, value, min, max, label }

static const OvPolicySetting settings[] = {
  SETTING (strategy_agreed_working_days, "strategy-agreed-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 3, 0, 60,
           N_("Investigative strategy agreed after allocation")),
  SETTING (first_review_working_days, "first-review-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 1, 0, 60,
           N_("First supervisory review after allocation")),
  SETTING (review_interval_days, "review-interval-days",
           OV_POLICY_UNIT_DAYS, 28, 1, 366,
           N_("Periodic supervisory review")),
  SETTING (review_interval_high_risk_days, "review-interval-high-risk-days",
           OV_POLICY_UNIT_DAYS, 7, 1, 366,
           N_("Periodic review while any victim’s risk is high")),
  SETTING (triggered_review_working_days, "triggered-review-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 2, 0, 60,
           N_("Review after a trigger event")),
  SETTING (child_referral_days, "child-referral-days",
           OV_POLICY_UNIT_DAYS, 1, 0, 60,
           N_("Children’s social care referral for a child or age-disputed victim")),
  SETTING (nrm_working_days, "nrm-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 2, 0, 60,
           N_("NRM referral or MS1 notification after identification")),
  SETTING (s42_working_days, "s42-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 1, 0, 60,
           N_("Adult safeguarding (s42) concern raised")),
  SETTING (lead_contact_days, "lead-contact-days",
           OV_POLICY_UNIT_DAYS, 1, 0, 60,
           N_("MSVLO, victim navigator or SPOC named")),
  SETTING (victim_strategy_days, "victim-strategy-days",
           OV_POLICY_UNIT_DAYS, 1, 0, 60,
           N_("Victim strategy agreed")),
  SETTING (risk_reendorse_high_days, "risk-reendorse-high-days",
           OV_POLICY_UNIT_DAYS, 7, 1, 366,
           N_("Risk assessment re-endorsed while the risk is high")),
  SETTING (risk_reendorse_days, "risk-reendorse-days",
           OV_POLICY_UNIT_DAYS, 28, 1, 366,
           N_("Risk assessment re-endorsed otherwise")),
  SETTING (rg_chase_working_days, "rg-chase-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 5, 1, 120,
           N_("Reasonable grounds decision chased after referral")),
  SETTING (cg_chase_days, "cg-chase-days",
           OV_POLICY_UNIT_DAYS, 30, 1, 366,
           N_("Conclusive grounds decision chased after a positive reasonable grounds decision")),
  SETTING (rocu_notified_days, "rocu-notified-days",
           OV_POLICY_UNIT_DAYS, 7, 0, 120,
           N_("Regional organised crime unit notified after opening")),
  SETTING (victim_update_enhanced_working_days, "victim-update-enhanced-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 1, 0, 60,
           N_("Victims’ Code right met once due, with enhanced rights")),
  SETTING (victim_update_working_days, "victim-update-working-days",
           OV_POLICY_UNIT_WORKING_DAYS, 5, 0, 60,
           N_("Victims’ Code right met once due, otherwise")),
  SETTING (reception_plan_review_months, "reception-plan-review-months",
           OV_POLICY_UNIT_MONTHS, 12, 1, 60,
           N_("Reception centre plan reviewed and agreed through the LRF")),
  SETTING (reception_plan_exercise_months, "reception-plan-exercise-months",
           OV_POLICY_UNIT_MONTHS, 12, 1, 60,
           N_("Reception centre plan exercised or used")),
  SETTING (guidance_acknowledged_days, "guidance-acknowledged-days",
           OV_POLICY_UNIT_DAYS, 28, 0, 366,
           N_("New version of force guidance acknowledged by each member of staff")),
  SETTING (escalation_response_days, "escalation-response-days",
           OV_POLICY_UNIT_DAYS, 7, 1, 120,
           N_("Escalation to senior leaders answered")),
  SETTING (learning_actions_days, "learning-actions-days",
           OV_POLICY_UNIT_DAYS, 28, 1, 366,
           N_("Actions arising from a learning entry closed")),
  SETTING (due_soon_days, "due-soon-days",
           OV_POLICY_UNIT_DAYS, 2, 0, 60,
           N_("Show as due soon this many days before")),
};

static OvPolicy default_policy;

/**
 * ov_policy_get_settings:
 *
 * Returns: (transfer none) (array length=n_settings): every setting, with its default
 */
const OvPolicySetting *
ov_policy_get_settings (guint *n_settings)
{
  *n_settings = G_N_ELEMENTS (settings);
  return settings;
}

int
ov_policy_get_value (const OvPolicy        *policy,
                     const OvPolicySetting *setting)
{
  return G_STRUCT_MEMBER (int, policy, setting->offset);
}

void
ov_policy_set_value (OvPolicy              *policy,
                     const OvPolicySetting *setting,
                     int                    value)
{
  G_STRUCT_MEMBER (int, policy, setting->offset) = CLAMP (value, setting->minimum,
                                                          setting->maximum);
}

/**
 * ov_policy_get_default:
 *
 * Returns: (transfer none): the default force policy
 */
const OvPolicy *
ov_policy_get_default (void)
{
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
      for (gsize i = 0; i < G_N_ELEMENTS (settings); i++)
        ov_policy_set_value (&default_policy, &settings[i], settings[i].default_value);
      g_once_init_leave (&initialised, 1);
    }
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
