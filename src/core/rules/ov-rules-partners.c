/* ov-rules-partners.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Force rules about partners and victim reception centre plans (duties 8 and 9 in
 * domain.md): a plan for pre-planned and for spontaneous incidents, each agreed through
 * the local resilience forum, reviewed and exercised within the policy's months, and
 * information-sharing agreements with partners reviewed when they fall due.
 */

#define G_LOG_DOMAIN "ov-rules-partners"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-enum-types.h"
#include "ov-rules-private.h"

const OvRuleInfo _ov_rules_partners_kinds[] = {
  { "reception-plan-missing", N_("No reception centre plan for a kind of incident") },
  { "reception-plan-lrf", N_("Reception centre plan not agreed through the LRF") },
  { "reception-plan-review", N_("Reception centre plan due for review") },
  { "reception-plan-exercise", N_("Reception centre plan not exercised") },
  { "sharing-agreement-review", N_("Information-sharing agreement due for review") },
  { NULL, NULL }
};

static const char *
text_at (sqlite3_stmt *stmt,
         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static OvDay
day_at (sqlite3_stmt *stmt,
        int           column)
{
  return ov_day_from_date (text_at (stmt, column));
}

/* A plan of scope "both" covers both kinds of incident. */
static gboolean
check_plans_exist (OvRuleCheck  *check,
                   GError      **error)
{
  static const OvPlanScope scopes[] = { OV_PLAN_SCOPE_PRE_PLANNED, OV_PLAN_SCOPE_SPONTANEOUS };
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (check->store,
                            "SELECT EXISTS (SELECT 1 FROM reception_plans "
                            "               WHERE scope IN ('pre-planned', 'both')), "
                            "       EXISTS (SELECT 1 FROM reception_plans "
                            "               WHERE scope IN ('spontaneous', 'both'))",
                            error);
  if (stmt == NULL)
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
        {
          const char *label = ov_enum_get_label (OV_TYPE_PLAN_SCOPE, scopes[i]);

          if (sqlite3_column_int (stmt, (int) i) != 0)
            continue;
          _ov_rules_add_subject_now (check, "reception-plan-missing",
                                     OV_SUBJECT_RECEPTION_PLAN, 0, label,
                                     scopes[i] == OV_PLAN_SCOPE_PRE_PLANNED
                                     ? g_strdup (_("The force has no victim reception centre "
                                                   "plan for pre-planned operations."))
                                     : g_strdup (_("The force has no victim reception centre "
                                                   "plan for spontaneous incidents.")));
        }
      rc = SQLITE_DONE;
    }
  return _ov_rules_finish (check, stmt, rc, error);
}

enum {
  PLAN_ID,
  PLAN_NAME,
  PLAN_LRF_AGREED_ON,
  PLAN_LAST_EXERCISED_ON,
  PLAN_REVIEW_DUE_ON,
  PLAN_CREATED_ON,
};

static void
check_plan (OvRuleCheck  *check,
            sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, PLAN_ID);
  const char *name = text_at (stmt, PLAN_NAME);
  OvDay agreed = day_at (stmt, PLAN_LRF_AGREED_ON);
  OvDay exercised = day_at (stmt, PLAN_LAST_EXERCISED_ON);
  OvDay review_due = day_at (stmt, PLAN_REVIEW_DUE_ON);
  OvDay created = day_at (stmt, PLAN_CREATED_ON);
  OvDay review_by_policy;

  if (agreed == 0)
    _ov_rules_add_subject_now (check, "reception-plan-lrf", OV_SUBJECT_RECEPTION_PLAN, id, name,
                               g_strdup_printf (_("“%s” has not been agreed with partners "
                                                  "through the local resilience forum."),
                                                name));

  /* Reviewed: agreed again through the LRF within the policy's months, and by the plan's
   * own review date if it has one, whichever comes first. */
  review_by_policy = _ov_rules_add_months (agreed, check->policy->reception_plan_review_months);
  if (review_due != 0 && (review_by_policy == 0 || review_due <= review_by_policy))
    {
      g_autofree char *when = _ov_rules_format_day (check, review_due);

      _ov_rules_add_subject_due (check, "reception-plan-review", OV_SUBJECT_RECEPTION_PLAN, id,
                                 name,
                                 review_due,
                                 g_strdup_printf (_("The review date of “%s” is %s."),
                                                  name, when));
    }
  else if (review_by_policy != 0)
    {
      g_autofree char *when = _ov_rules_format_day (check, agreed);

      _ov_rules_add_subject_due (check, "reception-plan-review", OV_SUBJECT_RECEPTION_PLAN, id,
                                 name,
                                 review_by_policy,
                                 g_strdup_printf (_("“%s” was last agreed through the local "
                                                    "resilience forum on %s: review it and "
                                                    "agree it again."), name, when));
    }

  /* A plan never exercised counts from its agreement, or from when it was written. */
  if (exercised != 0)
    {
      g_autofree char *when = _ov_rules_format_day (check, exercised);

      _ov_rules_add_subject_due (check, "reception-plan-exercise", OV_SUBJECT_RECEPTION_PLAN,
                                 id, name,
                                 _ov_rules_add_months (exercised,
                                                       check->policy->reception_plan_exercise_months),
                                 g_strdup_printf (_("“%s” was last exercised or used on %s."),
                                                  name, when));
    }
  else
    _ov_rules_add_subject_due (check, "reception-plan-exercise", OV_SUBJECT_RECEPTION_PLAN,
                               id, name,
                               _ov_rules_add_months (agreed != 0 ? agreed : created,
                                                     check->policy->reception_plan_exercise_months),
                               g_strdup_printf (_("“%s” has never been exercised or used."),
                                                name));
}

static gboolean
check_plans (OvRuleCheck  *check,
             GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (check->store,
                            "SELECT id, name, lrf_agreed_on, last_exercised_on, review_due_on, "
                            "substr (created_at, 1, 10) FROM reception_plans",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    check_plan (check, stmt);
  return _ov_rules_finish (check, stmt, rc, error);
}

static gboolean
check_sharing_agreements (OvRuleCheck  *check,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _ov_store_prepare (check->store,
                            "SELECT id, name, sharing_agreement, sharing_review_on FROM partners "
                            "WHERE sharing_agreement <> 'none' AND sharing_review_on IS NOT NULL",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = text_at (stmt, 1);
      OvDay review = day_at (stmt, 3);
      g_autofree char *when = _ov_rules_format_day (check, review);
      char *message;

      if (g_strcmp0 (text_at (stmt, 2), "protocol") == 0)
        message = g_strdup_printf (_("The review date of the information-sharing protocol "
                                     "with %s is %s."), name, when);
      else
        message = g_strdup_printf (_("The review date of the information-sharing agreement "
                                     "with %s is %s."), name, when);
      _ov_rules_add_subject_due (check, "sharing-agreement-review", OV_SUBJECT_PARTNER,
                                 sqlite3_column_int64 (stmt, 0), name, review, message);
    }
  return _ov_rules_finish (check, stmt, rc, error);
}

/**
 * _ov_rules_partners:
 *
 * The force rule for partners and victim reception centre plans.
 */
gboolean
_ov_rules_partners (OvRuleCheck  *check,
                    GError      **error)
{
  return check_plans_exist (check, error) &&
         check_plans (check, error) &&
         check_sharing_agreements (check, error);
}
