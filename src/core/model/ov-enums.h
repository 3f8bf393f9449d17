/* ov-enums.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The enumerations of the domain model. glib-mkenums registers them as GEnum and GFlags
 * types (ov-enum-types.h); their nicks are the names used by the store, the exchange
 * format, the drop-downs and the reports alike. ov_enum_get_label() gives the words a
 * person reads.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  OV_RANK_PC,
  OV_RANK_DC,
  OV_RANK_PS,
  OV_RANK_DS,
  OV_RANK_INSPECTOR,
  OV_RANK_DI,
  OV_RANK_CHIEF_INSPECTOR,
  OV_RANK_DCI,
  OV_RANK_SUPERINTENDENT,
  OV_RANK_DSU,
  OV_RANK_POLICE_STAFF,
} OvRank;

typedef enum /*< flags >*/
{
  OV_STAFF_ROLE_NONE         = 0,      /*< skip >*/
  OV_STAFF_ROLE_INVESTIGATOR = 1 << 0,
  OV_STAFF_ROLE_SUPERVISOR   = 1 << 1,
  OV_STAFF_ROLE_MSVLO        = 1 << 2,
  OV_STAFF_ROLE_SPOC         = 1 << 3,
} OvStaffRole;

typedef enum
{
  OV_PIP_LEVEL_NONE,
  OV_PIP_LEVEL_PIP1,
  OV_PIP_LEVEL_PIP2_TRAINEE,
  OV_PIP_LEVEL_PIP2,
  OV_PIP_LEVEL_PIP3,
  OV_PIP_LEVEL_PIP4,
} OvPipLevel;

typedef enum
{
  OV_ACCREDITATION_ACTIVE,
  OV_ACCREDITATION_LAPSED,
} OvAccreditationStatus;

typedef enum
{
  OV_CASE_STATUS_OPEN,
  OV_CASE_STATUS_SUSPENDED,
  OV_CASE_STATUS_CHARGED,
  OV_CASE_STATUS_CLOSED,
} OvCaseStatus;

typedef enum /*< flags >*/
{
  OV_OFFENCE_NONE      = 0,      /*< skip >*/
  OV_OFFENCE_MSA_S1    = 1 << 0, /*< nick=msa-s1 >*/
  OV_OFFENCE_MSA_S2    = 1 << 1, /*< nick=msa-s2 >*/
  OV_OFFENCE_MSA_S4    = 1 << 2, /*< nick=msa-s4 >*/
  OV_OFFENCE_OTHER     = 1 << 3,
} OvOffence;

typedef enum /*< flags >*/
{
  OV_EXPLOITATION_NONE               = 0,      /*< skip >*/
  OV_EXPLOITATION_LABOUR             = 1 << 0,
  OV_EXPLOITATION_SEXUAL             = 1 << 1,
  OV_EXPLOITATION_CRIMINAL           = 1 << 2,
  OV_EXPLOITATION_DOMESTIC_SERVITUDE = 1 << 3,
  OV_EXPLOITATION_ORGAN_HARVESTING   = 1 << 4,
  OV_EXPLOITATION_UNKNOWN            = 1 << 5,
} OvExploitation;

typedef enum
{
  OV_PROTECTIVE_MARKING_OFFICIAL,
  OV_PROTECTIVE_MARKING_OFFICIAL_SENSITIVE,
} OvProtectiveMarking;

typedef enum
{
  OV_ALLOCATION_ROLE_OFFICER_IN_CASE,
  OV_ALLOCATION_ROLE_INVESTIGATOR,
  OV_ALLOCATION_ROLE_DEPUTY,
} OvAllocationRole;

typedef enum
{
  OV_STRATEGY_STATUS_DRAFT,
  OV_STRATEGY_STATUS_AGREED,
} OvStrategyStatus;

typedef enum
{
  OV_FINANCIAL_INVESTIGATION_NOT_CONSIDERED,
  OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED,
  OV_FINANCIAL_INVESTIGATION_ACTIVE,
} OvFinancialInvestigation;

typedef enum
{
  OV_ORDERS_CONSIDERED_NOT_YET,
  OV_ORDERS_CONSIDERED_STPO,
  OV_ORDERS_CONSIDERED_STRO,
  OV_ORDERS_CONSIDERED_BOTH,
  OV_ORDERS_CONSIDERED_NEITHER,
} OvOrdersConsidered;

typedef enum
{
  OV_LINE_STATUS_OPEN,
  OV_LINE_STATUS_COMPLETED,
  OV_LINE_STATUS_CLOSED,
} OvLineStatus;

typedef enum
{
  OV_REVIEW_TYPE_INITIAL,
  OV_REVIEW_TYPE_PERIODIC,
  OV_REVIEW_TYPE_TRIGGERED,
  OV_REVIEW_TYPE_CLOSURE,
} OvReviewType;

typedef enum
{
  OV_REVIEW_TRIGGER_NONE,
  OV_REVIEW_TRIGGER_ARREST,
  OV_REVIEW_TRIGGER_CHARGE,
  OV_REVIEW_TRIGGER_NRM_DECISION,
  OV_REVIEW_TRIGGER_VICTIM_MISSING,
  OV_REVIEW_TRIGGER_RISK_CHANGE,
  OV_REVIEW_TRIGGER_OTHER,
} OvReviewTrigger;

typedef enum
{
  OV_REVIEW_STATUS_DRAFT,
  OV_REVIEW_STATUS_SIGNED_OFF,
} OvReviewStatus;

typedef enum
{
  OV_ACTION_STATUS_OPEN,
  OV_ACTION_STATUS_DONE,
  OV_ACTION_STATUS_CANCELLED,
} OvActionStatus;

const char *ov_enum_get_label      (GType        enum_type,
                                    int          value);
const char *ov_enum_get_nick       (GType        enum_type,
                                    int          value);
gboolean    ov_enum_from_nick      (GType        enum_type,
                                    const char  *nick,
                                    int         *value);
char       *ov_flags_to_nicks      (GType        flags_type,
                                    guint        value);
gboolean    ov_flags_from_nicks    (GType        flags_type,
                                    const char  *nicks,
                                    guint       *value);
char       *ov_flags_to_labels     (GType        flags_type,
                                    guint        value);

G_END_DECLS
