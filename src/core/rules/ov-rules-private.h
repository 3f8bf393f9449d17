/* ov-rules-private.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a rule of the compliance engine needs, shared between ov-compliance.c and the
 * files that add "force rules": checks of the force's readiness (partners, reception
 * plans, staff, guidance, learning, escalations) that are not about one case. Force rules
 * run in a full check only, never when a single case is checked.
 */

#pragma once

#include <sqlite3.h>

#include "ov-calendar.h"
#include "ov-compliance.h"
#include "ov-store-private.h"

G_BEGIN_DECLS

/* One run of the engine: what every rule reads, and where it puts its findings. */
typedef struct
{
  OvStore        *store;
  const OvPolicy *policy;
  const char     *as_of;           /* YYYY-MM-DD */
  OvDay           as_of_day;
  gint64          case_id;         /* 0 in a full check */
  GPtrArray      *findings;
  GHashTable     *formatted_days;  /* OvDay -> the day as people read it */

  /* The texts findings share (GRefStrings), so that each is stored once. */
  GHashTable              *case_texts;      /* case id -> struct _OvRuleCaseTexts */
  struct _OvRuleCaseTexts *last_case;
  char                    *person_name;     /* of the last row a finding was made for */
  GHashTable              *labels;          /* GType -> (value -> translated label) */
  GHashTable              *high_risk_cases; /* cases with a victim at high risk */
  GArray                  *open_cases;      /* OpenCase, in id order, by the case deadlines rule */
} OvRuleCheck;

typedef gboolean (*OvRuleFunc) (OvRuleCheck  *check,
                                GError      **error);

char      *_ov_rules_format_day          (OvRuleCheck   *check,
                                          OvDay          day);
OvDay      _ov_rules_add_months          (OvDay          day,
                                          int            months);
gboolean   _ov_rules_finish              (OvRuleCheck   *check,
                                          sqlite3_stmt  *stmt,
                                          int            rc,
                                          GError       **error);

/* Findings about a record of the force. Each takes @message. */
OvFinding *_ov_rules_add_subject_due     (OvRuleCheck   *check,
                                          const char    *rule,
                                          const char    *subject_kind,
                                          gint64         subject_id,
                                          const char    *subject_label,
                                          OvDay          due,
                                          char          *message);
OvFinding *_ov_rules_add_subject_now     (OvRuleCheck   *check,
                                          const char    *rule,
                                          const char    *subject_kind,
                                          gint64         subject_id,
                                          const char    *subject_label,
                                          char          *message);

/* Force rules, one file each, listed in ov-compliance.c. Each comes with the ids and
 * titles of the findings it yields, ending with { NULL }. */
gboolean   _ov_rules_partners            (OvRuleCheck   *check,
                                          GError       **error);
extern const OvRuleInfo _ov_rules_partners_kinds[];
gboolean   _ov_rules_readiness           (OvRuleCheck   *check,
                                          GError       **error);
extern const OvRuleInfo _ov_rules_readiness_kinds[];

G_END_DECLS
