/* ov-policy.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The force's policy: every interval the compliance checks use. Each one is a setting the
 * force may change (stored in the database, changes audited); the defaults are those of
 * the APP-based force policy in domain.md.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int strategy_agreed_working_days;       /* investigative strategy agreed after allocation */
  int first_review_working_days;          /* first supervisory review after allocation */
  int review_interval_days;               /* periodic supervisory review */
  int review_interval_high_risk_days;     /* ... while any victim's risk is high */
  int triggered_review_working_days;      /* review after a trigger event */
  int child_referral_days;                /* children's social care referral (24 hours) */
  int nrm_working_days;                   /* NRM referral or MS1 after identification */
  int s42_working_days;                   /* adult safeguarding concern raised */
  int lead_contact_days;                  /* MSVLO, navigator or SPOC named (24 hours) */
  int victim_strategy_days;               /* victim strategy agreed (24 hours) */
  int risk_reendorse_high_days;           /* risk re-endorsed while high */
  int risk_reendorse_days;                /* risk re-endorsed otherwise */
  int rg_chase_working_days;              /* reasonable grounds decision chased */
  int cg_chase_days;                      /* conclusive grounds chased after positive RG */
  int rocu_notified_days;                 /* regional organised crime unit notified */
  int victim_update_enhanced_working_days; /* Victims' Code update with enhanced rights */
  int victim_update_working_days;         /* Victims' Code update otherwise */
  int reception_plan_review_months;       /* reception plan reviewed and agreed through the LRF */
  int reception_plan_exercise_months;     /* reception plan exercised or used */
  int guidance_acknowledged_days;         /* current version of guidance acknowledged */
  int escalation_response_days;           /* escalation to senior leaders answered */
  int learning_actions_days;              /* actions arising from learning closed */
  int due_soon_days;                      /* how early "due soon" is shown */
} OvPolicy;

typedef enum
{
  OV_POLICY_UNIT_DAYS,
  OV_POLICY_UNIT_WORKING_DAYS,
  OV_POLICY_UNIT_MONTHS,
} OvPolicyUnit;

typedef struct
{
  const char   *key;       /* stored name, e.g. "review-interval-days" */
  gsize         offset;    /* of the int in OvPolicy */
  OvPolicyUnit  unit;
  int           default_value;
  int           minimum;
  int           maximum;
  const char   *label;     /* untranslated (N_), for the policy page */
} OvPolicySetting;

const OvPolicy        *ov_policy_get_default         (void);
const OvPolicySetting *ov_policy_get_settings        (guint          *n_settings);
int                    ov_policy_get_value           (const OvPolicy *policy,
                                                      const OvPolicySetting *setting);
void                   ov_policy_set_value           (OvPolicy       *policy,
                                                      const OvPolicySetting *setting,
                                                      int             value);
char                  *ov_policy_propose_next_review (const OvPolicy *policy,
                                                      const char     *held_on,
                                                      gboolean        any_victim_high_risk);

G_END_DECLS
