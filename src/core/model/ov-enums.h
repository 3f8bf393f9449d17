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

typedef enum /*< flags >*/
{
  OV_PERSON_ROLE_NONE    = 0,      /*< skip >*/
  OV_PERSON_ROLE_VICTIM  = 1 << 0,
  OV_PERSON_ROLE_WITNESS = 1 << 1,
  OV_PERSON_ROLE_SUSPECT = 1 << 2,
} OvPersonRole;

typedef enum
{
  OV_AGE_STATUS_UNKNOWN,
  OV_AGE_STATUS_ADULT,
  OV_AGE_STATUS_CHILD,
  OV_AGE_STATUS_AGE_DISPUTED,
} OvAgeStatus;

typedef enum
{
  OV_GENDER_NOT_KNOWN,
  OV_GENDER_FEMALE,
  OV_GENDER_MALE,
  OV_GENDER_NON_BINARY,
} OvGender;

typedef enum
{
  OV_CARE_NEEDS_UNKNOWN,
  OV_CARE_NEEDS_YES,
  OV_CARE_NEEDS_NO,
} OvCareNeeds;

typedef enum
{
  OV_PERSON_STATUS_UNKNOWN,
  OV_PERSON_STATUS_SAFE,
  OV_PERSON_STATUS_IN_SUPPORT,
  OV_PERSON_STATUS_MISSING,
  OV_PERSON_STATUS_RETURNED_TO_EXPLOITATION,
  OV_PERSON_STATUS_REPATRIATED,
} OvPersonStatus;

typedef enum
{
  OV_S45_DECISION_NOT_CONSIDERED,
  OV_S45_DECISION_DEFENCE_MAY_APPLY,
  OV_S45_DECISION_DEFENCE_DOES_NOT_APPLY,
  OV_S45_DECISION_EXCLUDED_OFFENCE,
} OvS45Decision;

typedef enum
{
  OV_SUPPORT_ROLE_MSVLO,
  OV_SUPPORT_ROLE_NAVIGATOR,
  OV_SUPPORT_ROLE_SPOC,
} OvSupportRole;

typedef enum /*< flags >*/
{
  OV_ENHANCED_REASON_NONE                  = 0,      /*< skip >*/
  OV_ENHANCED_REASON_MOST_SERIOUS_CRIME    = 1 << 0,
  OV_ENHANCED_REASON_PERSISTENTLY_TARGETED = 1 << 1,
  OV_ENHANCED_REASON_VULNERABLE            = 1 << 2,
  OV_ENHANCED_REASON_INTIMIDATED           = 1 << 3,
} OvEnhancedReason;

typedef enum
{
  OV_VICTIM_RIGHT_UNDERSTAND,
  OV_VICTIM_RIGHT_CRIME_RECORDED,
  OV_VICTIM_RIGHT_INFORMATION_WHEN_REPORTING,
  OV_VICTIM_RIGHT_SUPPORT_SERVICES,
  OV_VICTIM_RIGHT_COMPENSATION,
  OV_VICTIM_RIGHT_UPDATES,
  OV_VICTIM_RIGHT_PERSONAL_STATEMENT,
  OV_VICTIM_RIGHT_TRIAL_INFORMATION,
  OV_VICTIM_RIGHT_OUTCOME_AND_APPEALS,
  OV_VICTIM_RIGHT_EXPENSES_AND_PROPERTY,
  OV_VICTIM_RIGHT_OFFENDER_INFORMATION,
  OV_VICTIM_RIGHT_COMPLAIN,
} OvVictimRight;

typedef enum
{
  OV_RIGHT_STATUS_NOT_YET_DUE,
  OV_RIGHT_STATUS_DUE,
  OV_RIGHT_STATUS_MET,
  OV_RIGHT_STATUS_DECLINED,
  OV_RIGHT_STATUS_NOT_MET,
} OvRightStatus;

typedef enum
{
  OV_RISK_GRADE_STANDARD,
  OV_RISK_GRADE_MEDIUM,
  OV_RISK_GRADE_HIGH,
} OvRiskGrade;

typedef enum /*< flags >*/
{
  OV_RISK_FACTOR_NONE              = 0,      /*< skip >*/
  OV_RISK_FACTOR_RE_TRAFFICKING    = 1 << 0,
  OV_RISK_FACTOR_RETALIATION       = 1 << 1,
  OV_RISK_FACTOR_GOING_MISSING     = 1 << 2,
  OV_RISK_FACTOR_SELF_HARM         = 1 << 3,
  OV_RISK_FACTOR_DEBT_BONDAGE      = 1 << 4,
  OV_RISK_FACTOR_THREATS_TO_FAMILY = 1 << 5,
  OV_RISK_FACTOR_OTHER             = 1 << 6,
} OvRiskFactor;

typedef enum
{
  OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE,
  OV_REFERRAL_TYPE_ADULT_SAFEGUARDING,
  OV_REFERRAL_TYPE_ICTG,
  OV_REFERRAL_TYPE_ADULT_VICTIM_CARE,
  OV_REFERRAL_TYPE_HEALTH,
  OV_REFERRAL_TYPE_HOUSING,
  OV_REFERRAL_TYPE_OTHER,
} OvReferralType;

typedef enum
{
  OV_REFERRAL_OUTCOME_PENDING,
  OV_REFERRAL_OUTCOME_ACCEPTED,
  OV_REFERRAL_OUTCOME_NO_FURTHER_ACTION,
} OvReferralOutcome;

typedef enum
{
  OV_NRM_ROUTE_NRM_WITH_CONSENT,
  OV_NRM_ROUTE_NRM_CHILD,
  OV_NRM_ROUTE_MS1_ANONYMOUS,
} OvNrmRoute;

typedef enum
{
  OV_NRM_DECISION_MAKER_SCA,
  OV_NRM_DECISION_MAKER_IECA,
  OV_NRM_DECISION_MAKER_CHILD_PANEL,
} OvNrmDecisionMaker;

typedef enum
{
  OV_GROUNDS_OUTCOME_PENDING,
  OV_GROUNDS_OUTCOME_POSITIVE,
  OV_GROUNDS_OUTCOME_NEGATIVE,
} OvGroundsOutcome;

typedef enum
{
  OV_TRAINING_COURSE_MODERN_SLAVERY_AWARENESS,
  OV_TRAINING_COURSE_NRM_FIRST_RESPONDER,
  OV_TRAINING_COURSE_PIP2_ICIDP,
  OV_TRAINING_COURSE_MSVLO,
  OV_TRAINING_COURSE_TRAUMA_INFORMED,
  OV_TRAINING_COURSE_OTHER,
} OvTrainingCourse;

typedef enum
{
  OV_LEARNING_KIND_GOOD_PRACTICE,
  OV_LEARNING_KIND_MISSED_OPPORTUNITY,
  OV_LEARNING_KIND_PROCESS_GAP,
} OvLearningKind;

typedef enum /*< flags >*/
{
  OV_LEARNING_AUDIENCE_NONE     = 0,      /*< skip >*/
  OV_LEARNING_AUDIENCE_TEAM     = 1 << 0,
  OV_LEARNING_AUDIENCE_FORCE    = 1 << 1,
  OV_LEARNING_AUDIENCE_REGIONAL = 1 << 2,
} OvLearningAudience;

typedef enum
{
  OV_ESCALATION_CONCERN_RESOURCES,
  OV_ESCALATION_CONCERN_RISK,
  OV_ESCALATION_CONCERN_PARTNER,
  OV_ESCALATION_CONCERN_POLICY,
  OV_ESCALATION_CONCERN_WELFARE,
} OvEscalationConcern;

typedef enum
{
  OV_SEVERITY_OVERDUE,
  OV_SEVERITY_DUE_SOON,
  OV_SEVERITY_INFORMATION,
} OvSeverity;

typedef enum
{
  OV_PARTNER_TYPE_CHILDRENS_SOCIAL_CARE,
  OV_PARTNER_TYPE_ADULT_SOCIAL_CARE,
  OV_PARTNER_TYPE_HOUSING,
  OV_PARTNER_TYPE_ADULT_VICTIM_CARE,
  OV_PARTNER_TYPE_ICTG,
  OV_PARTNER_TYPE_GLAA,
  OV_PARTNER_TYPE_HMRC,
  OV_PARTNER_TYPE_SCA,
  OV_PARTNER_TYPE_IECA,
  OV_PARTNER_TYPE_IMMIGRATION,
  OV_PARTNER_TYPE_NCA,
  OV_PARTNER_TYPE_ROCU,
  OV_PARTNER_TYPE_CPS,
  OV_PARTNER_TYPE_NHS,
  OV_PARTNER_TYPE_NGO,
  OV_PARTNER_TYPE_LRF,
  OV_PARTNER_TYPE_OTHER,
} OvPartnerType;

typedef enum
{
  OV_SHARING_AGREEMENT_NONE,
  OV_SHARING_AGREEMENT_AGREEMENT,
  OV_SHARING_AGREEMENT_PROTOCOL,
} OvSharingAgreement;

typedef enum
{
  OV_PLAN_SCOPE_PRE_PLANNED,
  OV_PLAN_SCOPE_SPONTANEOUS,
  OV_PLAN_SCOPE_BOTH,
} OvPlanScope;

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
