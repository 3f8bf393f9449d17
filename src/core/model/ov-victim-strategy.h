/* ov-victim-strategy.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_VICTIM_STRATEGY (ov_victim_strategy_get_type ())

G_DECLARE_FINAL_TYPE (OvVictimStrategy, ov_victim_strategy, OV, VICTIM_STRATEGY, OvRecord)

OvVictimStrategy *ov_victim_strategy_new                       (void);
gint64            ov_victim_strategy_get_person_id             (OvVictimStrategy *self);
void              ov_victim_strategy_set_person_id             (OvVictimStrategy *self,
                                                                gint64            person_id);
gint64            ov_victim_strategy_get_version               (OvVictimStrategy *self);
void              ov_victim_strategy_set_version               (OvVictimStrategy *self,
                                                                gint64            version);
OvStrategyStatus  ov_victim_strategy_get_status                (OvVictimStrategy *self);
void              ov_victim_strategy_set_status                (OvVictimStrategy *self,
                                                                OvStrategyStatus  status);
const char       *ov_victim_strategy_get_safeguarding_plan     (OvVictimStrategy *self);
void              ov_victim_strategy_set_safeguarding_plan     (OvVictimStrategy *self,
                                                                const char       *safeguarding_plan);
const char       *ov_victim_strategy_get_contact_arrangements  (OvVictimStrategy *self);
void              ov_victim_strategy_set_contact_arrangements  (OvVictimStrategy *self,
                                                                const char       *contact_arrangements);
gint64            ov_victim_strategy_get_update_frequency_days (OvVictimStrategy *self);
void              ov_victim_strategy_set_update_frequency_days (OvVictimStrategy *self,
                                                                gint64            update_frequency_days);
OvEnhancedReason  ov_victim_strategy_get_enhanced_reasons      (OvVictimStrategy *self);
void              ov_victim_strategy_set_enhanced_reasons      (OvVictimStrategy *self,
                                                                OvEnhancedReason  enhanced_reasons);
const char       *ov_victim_strategy_get_communication_needs   (OvVictimStrategy *self);
void              ov_victim_strategy_set_communication_needs   (OvVictimStrategy *self,
                                                                const char       *communication_needs);
const char       *ov_victim_strategy_get_special_measures      (OvVictimStrategy *self);
void              ov_victim_strategy_set_special_measures      (OvVictimStrategy *self,
                                                                const char       *special_measures);
const char       *ov_victim_strategy_get_support_services      (OvVictimStrategy *self);
void              ov_victim_strategy_set_support_services      (OvVictimStrategy *self,
                                                                const char       *support_services);
gint64            ov_victim_strategy_get_author_id             (OvVictimStrategy *self);
void              ov_victim_strategy_set_author_id             (OvVictimStrategy *self,
                                                                gint64            author_id);
gint64            ov_victim_strategy_get_agreed_by             (OvVictimStrategy *self);
void              ov_victim_strategy_set_agreed_by             (OvVictimStrategy *self,
                                                                gint64            agreed_by);
const char       *ov_victim_strategy_get_agreed_at             (OvVictimStrategy *self);
void              ov_victim_strategy_set_agreed_at             (OvVictimStrategy *self,
                                                                const char       *agreed_at);
const char       *ov_victim_strategy_get_author_name           (OvVictimStrategy *self);
void              ov_victim_strategy_set_author_name           (OvVictimStrategy *self,
                                                                const char       *author_name);
const char       *ov_victim_strategy_get_agreed_by_name        (OvVictimStrategy *self);
void              ov_victim_strategy_set_agreed_by_name        (OvVictimStrategy *self,
                                                                const char       *agreed_by_name);

gboolean          ov_victim_strategy_is_agreed                 (OvVictimStrategy *self);

G_END_DECLS
