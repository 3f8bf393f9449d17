/* ov-strategy.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_STRATEGY (ov_strategy_get_type ())

G_DECLARE_FINAL_TYPE (OvStrategy, ov_strategy, OV, STRATEGY, OvRecord)

OvStrategy               *ov_strategy_new                         (void);
gint64                    ov_strategy_get_case_id                 (OvStrategy               *self);
void                      ov_strategy_set_case_id                 (OvStrategy               *self,
                                                                   gint64                    case_id);
gint64                    ov_strategy_get_version                 (OvStrategy               *self);
void                      ov_strategy_set_version                 (OvStrategy               *self,
                                                                   gint64                    version);
OvStrategyStatus          ov_strategy_get_status                  (OvStrategy               *self);
void                      ov_strategy_set_status                  (OvStrategy               *self,
                                                                   OvStrategyStatus          status);
const char               *ov_strategy_get_parameters              (OvStrategy               *self);
void                      ov_strategy_set_parameters              (OvStrategy               *self,
                                                                   const char               *parameters);
const char               *ov_strategy_get_aims                    (OvStrategy               *self);
void                      ov_strategy_set_aims                    (OvStrategy               *self,
                                                                   const char               *aims);
OvFinancialInvestigation  ov_strategy_get_financial_investigation (OvStrategy               *self);
void                      ov_strategy_set_financial_investigation (OvStrategy               *self,
                                                                   OvFinancialInvestigation  financial_investigation);
const char               *ov_strategy_get_financial_rationale     (OvStrategy               *self);
void                      ov_strategy_set_financial_rationale     (OvStrategy               *self,
                                                                   const char               *financial_rationale);
const char               *ov_strategy_get_rocu_notified_on        (OvStrategy               *self);
void                      ov_strategy_set_rocu_notified_on        (OvStrategy               *self,
                                                                   const char               *rocu_notified_on);
OvOrdersConsidered        ov_strategy_get_orders_considered       (OvStrategy               *self);
void                      ov_strategy_set_orders_considered       (OvStrategy               *self,
                                                                   OvOrdersConsidered        orders_considered);
const char               *ov_strategy_get_orders_rationale        (OvStrategy               *self);
void                      ov_strategy_set_orders_rationale        (OvStrategy               *self,
                                                                   const char               *orders_rationale);
const char               *ov_strategy_get_intelligence_plan       (OvStrategy               *self);
void                      ov_strategy_set_intelligence_plan       (OvStrategy               *self,
                                                                   const char               *intelligence_plan);
const char               *ov_strategy_get_forensic_plan           (OvStrategy               *self);
void                      ov_strategy_set_forensic_plan           (OvStrategy               *self,
                                                                   const char               *forensic_plan);
const char               *ov_strategy_get_suspect_plan            (OvStrategy               *self);
void                      ov_strategy_set_suspect_plan            (OvStrategy               *self,
                                                                   const char               *suspect_plan);
const char               *ov_strategy_get_communications_plan     (OvStrategy               *self);
void                      ov_strategy_set_communications_plan     (OvStrategy               *self,
                                                                   const char               *communications_plan);
const char               *ov_strategy_get_other_plan              (OvStrategy               *self);
void                      ov_strategy_set_other_plan              (OvStrategy               *self,
                                                                   const char               *other_plan);
gint64                    ov_strategy_get_author_id               (OvStrategy               *self);
void                      ov_strategy_set_author_id               (OvStrategy               *self,
                                                                   gint64                    author_id);
gint64                    ov_strategy_get_agreed_by               (OvStrategy               *self);
void                      ov_strategy_set_agreed_by               (OvStrategy               *self,
                                                                   gint64                    agreed_by);
const char               *ov_strategy_get_agreed_at               (OvStrategy               *self);
void                      ov_strategy_set_agreed_at               (OvStrategy               *self,
                                                                   const char               *agreed_at);
const char               *ov_strategy_get_author_name             (OvStrategy               *self);
void                      ov_strategy_set_author_name             (OvStrategy               *self,
                                                                   const char               *author_name);
const char               *ov_strategy_get_agreed_by_name          (OvStrategy               *self);
void                      ov_strategy_set_agreed_by_name          (OvStrategy               *self,
                                                                   const char               *agreed_by_name);

gboolean                  ov_strategy_is_agreed                   (OvStrategy               *self);

G_END_DECLS
