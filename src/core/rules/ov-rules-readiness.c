/* ov-rules-readiness.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Force rules about staff readiness and oversight beyond single cases (duties 3 and 10 in
 * domain.md): officers on open MSHT cases have modern slavery awareness training, no one's
 * training has run out, every active member of staff has acknowledged the current version
 * of each guidance document, escalations to senior leaders are answered, and the actions
 * arising from learning are closed.
 */

#define G_LOG_DOMAIN "ov-rules-readiness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-enum-types.h"
#include "ov-rules-private.h"
#include "ov-util.h"

const OvRuleInfo _ov_rules_readiness_kinds[] = {
  { "awareness-training", N_("Officer on MSHT cases without awareness training") },
  { "training-expired", N_("Training expired") },
  { "guidance-acknowledgement", N_("Guidance not acknowledged in its current version") },
  { "escalation-unanswered", N_("Escalation to senior leaders unanswered") },
  { "learning-actions-open", N_("Learning entry with open actions") },
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

static sqlite3_stmt *
prepare (OvRuleCheck  *check,
         const char   *sql,
         GError      **error)
{
  sqlite3_stmt *stmt = _ov_store_prepare (check->store, sql, error);

  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, check->as_of, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* The cases in a message, as few as people can read: three, then how many more (four
 * are named all the same). */
static char *
describe_cases (const char *references)
{
  g_auto(GStrv) parts = g_strsplit (references != NULL ? references : "", "\x1f", -1);
  guint n = g_strv_length (parts);
  g_autofree char *named = NULL;

  if (n <= 4)
    return g_strjoinv (", ", parts);

  named = g_strjoin (", ", parts[0], parts[1], parts[2], NULL);
  /* Translators: some case references, then how many others there are, e.g.
   * "MSHT/2026/0001, MSHT/2026/0002, MSHT/2026/0003 and 12 more" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more",
                                       n - 3),
                          named, n - 3);
}

/* Awareness training is needed from the day an officer is first allocated to an open case,
 * with no days of grace. */
static gboolean
check_awareness_training (OvRuleCheck  *check,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (check,
                  "SELECT s.id, s.name, ov_local_date (min (a.starts_at)), "
                  "group_concat (c.reference, char (31)) "
                  "FROM allocations a JOIN staff s ON s.id = a.staff_id "
                  "JOIN cases c ON c.id = a.case_id "
                  "WHERE a.ends_at IS NULL AND c.status <> 'closed' AND s.active = 1 "
                  "AND ov_local_date (a.starts_at) <= ?1 "
                  "AND NOT EXISTS (SELECT 1 FROM training_records t WHERE t.staff_id = s.id "
                  "AND t.course = 'modern-slavery-awareness' AND t.completed_on <= ?1) "
                  "GROUP BY s.id ORDER BY s.name",
                  error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = text_at (stmt, 1);
      g_autofree char *cases = describe_cases (text_at (stmt, 3));
      OvFinding *finding;

      finding = _ov_rules_add_subject_now (check, "awareness-training", OV_SUBJECT_STAFF,
                                           sqlite3_column_int64 (stmt, 0), name,
                                           g_strdup_printf (_("%s works on open MSHT cases "
                                                              "(%s) with no modern slavery "
                                                              "awareness training recorded."),
                                                            name, cases));
      ov_finding_set_due (finding, text_at (stmt, 2),
                          (int) (check->as_of_day - day_at (stmt, 2)));
    }
  return _ov_rules_finish (check, stmt, rc, error);
}

/* Only the latest record of each course counts: doing the course again puts it right. */
static gboolean
check_training_expired (OvRuleCheck  *check,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (check,
                  "SELECT s.id, s.name, t.course, t.course_name, t.expires_on "
                  "FROM training_records t JOIN staff s ON s.id = t.staff_id "
                  "WHERE s.active = 1 AND t.expires_on IS NOT NULL AND t.completed_on <= ?1 "
                  "AND NOT EXISTS (SELECT 1 FROM training_records n "
                  "WHERE n.staff_id = t.staff_id AND n.course = t.course "
                  "AND coalesce (n.course_name, '') = coalesce (t.course_name, '') "
                  "AND n.completed_on <= ?1 "
                  "AND (n.completed_on > t.completed_on "
                  "OR (n.completed_on = t.completed_on AND n.id > t.id))) "
                  "ORDER BY s.name, t.course",
                  error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = text_at (stmt, 1);
      const char *course_name = text_at (stmt, 3);
      OvDay expires = day_at (stmt, 4);
      g_autofree char *when = _ov_rules_format_day (check, expires);
      int course = OV_TRAINING_COURSE_OTHER;
      const char *course_label;

      ov_enum_from_nick (OV_TYPE_TRAINING_COURSE, text_at (stmt, 2), &course);
      course_label = course == OV_TRAINING_COURSE_OTHER && course_name != NULL
                     ? course_name : ov_enum_get_label (OV_TYPE_TRAINING_COURSE, course);
      _ov_rules_add_subject_due (check, "training-expired", OV_SUBJECT_STAFF,
                                 sqlite3_column_int64 (stmt, 0), name, expires,
                                 check->as_of_day > expires
                                 /* Translators: a person, a training course, a date */
                                 ? g_strdup_printf (_("%s: %s training ran out on %s. Book "
                                                      "the course again."),
                                                    name, course_label, when)
                                 /* Translators: a person, a training course, a date */
                                 : g_strdup_printf (_("%s: %s training runs out on %s."),
                                                    name, course_label, when));
    }
  return _ov_rules_finish (check, stmt, rc, error);
}

/* Each active member of staff acknowledges the current version of every document, counted
 * from when the version took effect. */
static gboolean
check_guidance (OvRuleCheck  *check,
                GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (check,
                  "SELECT s.id, s.name, g.title, g.version, g.effective_on "
                  "FROM guidance_documents g JOIN staff s ON s.active = 1 "
                  "WHERE g.effective_on <= ?1 AND NOT EXISTS ("
                  "SELECT 1 FROM guidance_acknowledgements k WHERE k.document_id = g.id "
                  "AND k.staff_id = s.id AND k.version = g.version) "
                  "ORDER BY s.name, g.title",
                  error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = text_at (stmt, 1);
      OvDay from = day_at (stmt, 4);

      _ov_rules_add_subject_due (check, "guidance-acknowledgement", OV_SUBJECT_STAFF,
                                 sqlite3_column_int64 (stmt, 0), name,
                                 from + (OvDay) check->policy->guidance_acknowledged_days,
                                 /* Translators: a person, a document's title, its version */
                                 g_strdup_printf (_("%s has not acknowledged “%s”, version "
                                                    "%s."),
                                                  name, text_at (stmt, 2), text_at (stmt, 3)));
    }
  return _ov_rules_finish (check, stmt, rc, error);
}

static gboolean
check_escalations (OvRuleCheck  *check,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (check,
                  "SELECT id, concern, raised_to_name, raised_to_rank, raised_on "
                  "FROM escalations WHERE responded_on IS NULL AND closed_on IS NULL "
                  "AND raised_on <= ?1 ORDER BY raised_on",
                  error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *to = text_at (stmt, 2);
      const char *rank = text_at (stmt, 3);
      OvDay raised = day_at (stmt, 4);
      g_autofree char *when = _ov_rules_format_day (check, raised);
      g_autofree char *label = NULL;
      g_autofree char *whom = NULL;
      int concern = 0;

      ov_enum_from_nick (OV_TYPE_ESCALATION_CONCERN, text_at (stmt, 1), &concern);
      /* Translators: a person's rank and name, e.g. "Detective Superintendent Ann Lee" */
      whom = ov_str_empty (rank) ? g_strdup (to) : g_strdup_printf (_("%s %s"), rank, to);
      /* Translators: an escalation, e.g. "Resources concern raised to Ann Lee" */
      label = g_strdup_printf (_("%s concern raised to %s"),
                               ov_enum_get_label (OV_TYPE_ESCALATION_CONCERN, concern), to);
      _ov_rules_add_subject_due (check, "escalation-unanswered", OV_SUBJECT_ESCALATION,
                                 sqlite3_column_int64 (stmt, 0), label,
                                 raised + (OvDay) check->policy->escalation_response_days,
                                 /* Translators: a kind of concern, a date, a person */
                                 g_strdup_printf (_("The %s concern raised on %s to %s has "
                                                    "not been answered."),
                                                  ov_enum_get_label (OV_TYPE_ESCALATION_CONCERN,
                                                                     concern),
                                                  when, whom));
    }
  return _ov_rules_finish (check, stmt, rc, error);
}

static gboolean
check_learning (OvRuleCheck  *check,
                GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (check,
                  "SELECT l.id, l.kind, l.recorded_on, c.reference FROM learning_entries l "
                  "LEFT JOIN cases c ON c.id = l.case_id "
                  "WHERE trim (coalesce (l.actions, '')) <> '' AND l.actions_closed_on IS NULL "
                  "AND l.recorded_on <= ?1 ORDER BY l.recorded_on",
                  error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OvDay recorded = day_at (stmt, 2);
      const char *reference = text_at (stmt, 3);
      g_autofree char *when = _ov_rules_format_day (check, recorded);
      g_autofree char *label = NULL;
      const char *kind_label;
      int kind = 0;

      ov_enum_from_nick (OV_TYPE_LEARNING_KIND, text_at (stmt, 1), &kind);
      kind_label = ov_enum_get_label (OV_TYPE_LEARNING_KIND, kind);
      /* Translators: a kind of learning and a date, e.g. "Process gap of 3 Nov 2026" */
      label = g_strdup_printf (_("%s of %s"), kind_label, when);
      _ov_rules_add_subject_due (check, "learning-actions-open", OV_SUBJECT_LEARNING,
                                 sqlite3_column_int64 (stmt, 0), label,
                                 recorded + (OvDay) check->policy->learning_actions_days,
                                 reference != NULL
                                 ? g_strdup_printf (_("The actions arising from the %s "
                                                      "recorded on %s (case %s) are still "
                                                      "open."),
                                                    kind_label, when, reference)
                                 : g_strdup_printf (_("The actions arising from the %s "
                                                      "recorded on %s are still open."),
                                                    kind_label, when));
    }
  return _ov_rules_finish (check, stmt, rc, error);
}

/**
 * _ov_rules_readiness:
 *
 * The force rule for staff training, guidance, escalations and learning.
 */
gboolean
_ov_rules_readiness (OvRuleCheck  *check,
                     GError      **error)
{
  return check_awareness_training (check, error) &&
         check_training_expired (check, error) &&
         check_guidance (check, error) &&
         check_escalations (check, error) &&
         check_learning (check, error);
}
