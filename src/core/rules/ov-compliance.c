/* ov-compliance.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance engine. Each rule is one check of the force policy (domain.md): it asks
 * the store for the records it needs in one query, works out when each thing fell due
 * with the working-day calendar, and reports what is overdue or due soon as of a date it
 * is given. The same findings feed the dashboard, the case list and page, and --check.
 */

#define G_LOG_DOMAIN "ov-compliance"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ov-calendar.h"
#include "ov-compliance.h"
#include "ov-enum-types.h"
#include "ov-finding-private.h"
#include "ov-person.h"
#include "ov-rules-private.h"
#include "ov-staff.h"
#include "ov-store-private.h"
#include "ov-util.h"

typedef struct _OvRuleCaseTexts CaseTexts;

struct _OvRuleCaseTexts
{
  gint64  case_id;
  char   *reference;
  char   *officer_name;
};

/* An open case as the case deadlines rule read it, for the triggered review rule. */
typedef struct
{
  gint64      case_id;
  gint64      officer_id;
  char       *reference;      /* GRefString */
  char       *officer_name;   /* GRefString */
  char       *last_review;    /* the date of the last signed-off review, or NULL */
  char       *event_on;       /* the earliest event since, for the triggered review rule */
  int         event_kind;
} OpenCase;

typedef OvRuleCheck Check;

typedef OvRuleFunc RuleFunc;

/* Every row of every rule's query starts with these columns, in this order. */
enum {
  COL_CASE_ID,
  COL_REFERENCE,
  COL_OFFICER_ID,
  COL_OFFICER_NAME,
  COL_PERSON_ID,
  COL_PERSON_NAME,
  COL_FIRST_EXTRA,
};

#define CASE_COLUMNS "c.id, c.reference, c.oic_id, c.oic_name"
#define CASE_FILTER "(?1 = 0 OR c.id = ?1)"
#define OPEN_CASE "c.status <> 'closed'"
/* The plain instr () first: it rules out most people without building a string. */
#define IS_VICTIM \
  "(instr (p.roles, 'victim') > 0 AND instr (',' || p.roles || ',', ',victim,') > 0)"
#define IS_SUSPECT \
  "(instr (p.roles, 'suspect') > 0 AND instr (',' || p.roles || ',', ',suspect,') > 0)"

static const char *
text_at (sqlite3_stmt *stmt,
         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static OvDay
day_of_timestamp (const char *timestamp)
{
  return ov_day_of_timestamp (timestamp);
}

/* Few distinct days occur in one check, so each is formatted once. For rules that build
 * their messages at once; the case rules leave days to be formatted when read. */
G_GNUC_UNUSED static char *
format_day (Check *check,
            OvDay  day)
{
  const char *cached = g_hash_table_lookup (check->formatted_days, GUINT_TO_POINTER (day));
  g_autofree char *date = NULL;
  char *text;

  if (cached != NULL)
    return g_strdup (cached);
  date = ov_day_to_date (day);
  text = ov_format_date (date);
  g_hash_table_insert (check->formatted_days, GUINT_TO_POINTER (day), g_strdup (text));
  return text;
}

static gboolean
is_child (const char *age_status,
          const char *date_of_birth,
          const char *as_of)
{
  int status = OV_AGE_STATUS_UNKNOWN;

  ov_enum_from_nick (OV_TYPE_AGE_STATUS, age_status, &status);
  return ov_age_is_child (status, date_of_birth, as_of);
}

static void
case_texts_free (gpointer data)
{
  CaseTexts *texts = data;

  g_clear_pointer (&texts->reference, g_ref_string_release);
  g_clear_pointer (&texts->officer_name, g_ref_string_release);
  g_free (texts);
}

static gboolean
shared_equal (const char *shared,
              const char *text)
{
  return g_strcmp0 (shared, text) == 0;
}

static char *
shared_new (const char *text)
{
  return text != NULL ? g_ref_string_new (text) : NULL;
}

/* The case's reference and officer as shared strings: rows of one case follow each other
 * in most rules, and every rule sees the same case row in one check. */
static CaseTexts *
case_texts_of_row (Check        *check,
                   sqlite3_stmt *row)
{
  gint64 case_id = sqlite3_column_int64 (row, COL_CASE_ID);
  const char *reference = text_at (row, COL_REFERENCE);
  const char *officer_name = text_at (row, COL_OFFICER_NAME);
  CaseTexts *texts = check->last_case;

  if (texts == NULL || texts->case_id != case_id)
    texts = g_hash_table_lookup (check->case_texts, &case_id);
  if (texts == NULL || !shared_equal (texts->reference, reference) ||
      !shared_equal (texts->officer_name, officer_name))
    {
      texts = g_new0 (CaseTexts, 1);
      texts->case_id = case_id;
      texts->reference = shared_new (reference);
      texts->officer_name = shared_new (officer_name);
      g_hash_table_replace (check->case_texts, &texts->case_id, texts);
    }
  check->last_case = texts;
  return texts;
}

/* The person's name as a shared string; several findings often come from one row. */
static char *
person_name_of_row (Check        *check,
                    sqlite3_stmt *row)
{
  const char *name = text_at (row, COL_PERSON_NAME);

  if (!shared_equal (check->person_name, name))
    {
      g_clear_pointer (&check->person_name, g_ref_string_release);
      check->person_name = shared_new (name);
    }
  return check->person_name;
}

/* A translated enumeration label, looked up once per check. */
static const char *
label_of (Check *check,
          GType  enum_type,
          int    value)
{
  GHashTable *values = g_hash_table_lookup (check->labels, GSIZE_TO_POINTER (enum_type));
  const char *label;

  if (values == NULL)
    {
      values = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (check->labels, GSIZE_TO_POINTER (enum_type), values);
    }
  label = g_hash_table_lookup (values, GINT_TO_POINTER (value));
  if (label == NULL)
    {
      label = ov_enum_get_label (enum_type, value);
      g_hash_table_insert (values, GINT_TO_POINTER (value), (gpointer) label);
    }
  return label;
}

static void
open_case_clear (gpointer data)
{
  OpenCase *open_case = data;

  g_clear_pointer (&open_case->reference, g_ref_string_release);
  g_clear_pointer (&open_case->officer_name, g_ref_string_release);
  g_clear_pointer (&open_case->last_review, g_free);
  g_clear_pointer (&open_case->event_on, g_free);
}

static OvFinding *
new_finding_of_case (Check          *check,
                     const OpenCase *open_case,
                     const char     *rule,
                     OvSeverity      severity,
                     const char     *section)
{
  OvFinding *finding = _ov_finding_new_static (rule, severity, section);

  _ov_finding_set_case_shared (finding, open_case->case_id, open_case->reference,
                               open_case->officer_id, open_case->officer_name);
  g_ptr_array_add (check->findings, finding);
  return finding;
}

static OvFinding *
new_finding_of_row (Check        *check,
                    sqlite3_stmt *row,
                    const char   *rule,
                    OvSeverity    severity,
                    const char   *section)
{
  OvFinding *finding = _ov_finding_new_static (rule, severity, section);
  CaseTexts *texts = case_texts_of_row (check, row);

  _ov_finding_set_case_shared (finding, texts->case_id, texts->reference,
                               sqlite3_column_int64 (row, COL_OFFICER_ID), texts->officer_name);
  if (sqlite3_column_type (row, COL_PERSON_NAME) != SQLITE_NULL)
    _ov_finding_set_person_shared (finding, sqlite3_column_int64 (row, COL_PERSON_ID),
                                   person_name_of_row (check, row));
  g_ptr_array_add (check->findings, finding);
  return finding;
}

static OvFinding *
new_finding (Check        *check,
             sqlite3_stmt *row,
             const char   *rule,
             OvSeverity    severity,
             const char   *section,
             char         *message)
{
  OvFinding *finding = new_finding_of_row (check, row, rule, severity, section);

  _ov_finding_take_message (finding, message);
  return finding;
}

/* A finding for what fell due on @due if it is overdue, or due within the policy's "due
 * soon" window, as of the check's date; else %NULL. The caller sets its message. */
static gboolean
is_due (Check      *check,
        OvDay       due,
        OvSeverity *severity,
        int        *days)
{
  if (due == 0)
    return FALSE;

  if (check->as_of_day > due)
    {
      *severity = OV_SEVERITY_OVERDUE;
      *days = (int) (check->as_of_day - due);
    }
  else if ((int) (due - check->as_of_day) < check->policy->due_soon_days)
    {
      *severity = OV_SEVERITY_DUE_SOON;
      *days = -(int) (due - check->as_of_day);
    }
  else
    return FALSE;
  return TRUE;
}

static OvFinding *
new_due (Check        *check,
         sqlite3_stmt *row,
         const char   *rule,
         OvDay         due,
         const char   *section)
{
  OvFinding *finding;
  OvSeverity severity;
  int days;

  if (!is_due (check, due, &severity, &days))
    return NULL;

  finding = new_finding_of_row (check, row, rule, severity, section);
  _ov_finding_set_due_day (finding, due, days);
  return finding;
}

/* Reports what fell due on @due if it is overdue, or due within the policy's "due soon"
 * window, as of the check's date. Takes @message. */
static void
add_due (Check        *check,
         sqlite3_stmt *row,
         const char   *rule,
         OvDay         due,
         const char   *section,
         char         *message)
{
  OvFinding *finding = new_due (check, row, rule, due, section);

  if (finding != NULL)
    _ov_finding_take_message (finding, message);
  else
    g_free (message);
}

/* Like add_due(), with the message built from @format (translated, taking one or two
 * strings) only when someone reads it. Text arguments must be static or shared strings
 * the finding keeps (its person's name). */
static void
add_due_format (Check        *check,
                sqlite3_stmt *row,
                const char   *rule,
                OvDay         due,
                const char   *section,
                const char   *format,
                OvFindingArg  first,
                OvFindingArg  second)
{
  OvFinding *finding = new_due (check, row, rule, due, section);

  if (finding != NULL)
    _ov_finding_set_message_format (finding, format, first, second);
}

static void
add_information (Check        *check,
                 sqlite3_stmt *row,
                 const char   *rule,
                 const char   *section,
                 char         *message)
{
  new_finding (check, row, rule, OV_SEVERITY_INFORMATION, section, message);
}

/* Like add_information() or add_overdue_now(), with the message built when read (see
 * add_due_format()). */
static void
add_now_format (Check        *check,
                sqlite3_stmt *row,
                const char   *rule,
                OvSeverity    severity,
                const char   *section,
                const char   *format,
                OvFindingArg  first)
{
  OvFinding *finding = new_finding_of_row (check, row, rule, severity, section);

  _ov_finding_set_message_format (finding, format, first, OV_FINDING_NONE);
  if (severity == OV_SEVERITY_OVERDUE)
    _ov_finding_set_due_day (finding, check->as_of_day, 0);
}

/* Something that should have happened already, with no date of its own to count from. */
G_GNUC_UNUSED static void
add_overdue_now (Check        *check,
                 sqlite3_stmt *row,
                 const char   *rule,
                 const char   *section,
                 char         *message)
{
  OvFinding *finding = new_finding (check, row, rule, OV_SEVERITY_OVERDUE, section, message);

  _ov_finding_set_due_day (finding, check->as_of_day, 0);
}

/* ---- Findings about the force, for the force rules ------------------------------------ */

char *
_ov_rules_format_day (OvRuleCheck *check,
                      OvDay        day)
{
  return format_day (check, day);
}

/**
 * _ov_rules_add_months:
 *
 * Returns: the same day of the month @months later (the month's last day where it is
 *   shorter), or 0 if @day is 0
 */
OvDay
_ov_rules_add_months (OvDay day,
                      int   months)
{
  GDate date;

  if (day == 0)
    return 0;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_add_months (&date, months);
  return g_date_get_julian (&date);
}

static OvFinding *
add_subject (Check      *check,
             const char *rule,
             OvSeverity  severity,
             const char *subject_kind,
             gint64      subject_id,
             const char *subject_label,
             char       *message)
{
  OvFinding *finding = ov_finding_new_for_subject (rule, severity, message, subject_kind,
                                                   subject_id, subject_label);

  g_ptr_array_add (check->findings, finding);
  g_free (message);
  return finding;
}

/**
 * _ov_rules_add_subject_due:
 *
 * Reports what fell due on @due if it is overdue, or due within the policy's "due soon"
 * window, as of the check's date. Takes @message.
 *
 * Returns: (transfer none) (nullable): the finding, or %NULL if nothing is due yet
 */
OvFinding *
_ov_rules_add_subject_due (OvRuleCheck *check,
                           const char  *rule,
                           const char  *subject_kind,
                           gint64       subject_id,
                           const char  *subject_label,
                           OvDay        due,
                           char        *message)
{
  OvFinding *finding;
  g_autofree char *due_on = NULL;
  OvSeverity severity;
  int days;

  if (due == 0)
    {
      g_free (message);
      return NULL;
    }

  if (check->as_of_day > due)
    {
      severity = OV_SEVERITY_OVERDUE;
      days = (int) (check->as_of_day - due);
    }
  else if ((int) (due - check->as_of_day) < check->policy->due_soon_days)
    {
      severity = OV_SEVERITY_DUE_SOON;
      days = -(int) (due - check->as_of_day);
    }
  else
    {
      g_free (message);
      return NULL;
    }

  due_on = ov_day_to_date (due);
  finding = add_subject (check, rule, severity, subject_kind, subject_id, subject_label,
                         message);
  ov_finding_set_due (finding, due_on, days);
  return finding;
}

/**
 * _ov_rules_add_subject_now:
 *
 * Reports something that should be in place already, with no date of its own to count
 * from. Takes @message.
 *
 * Returns: (transfer none): the finding
 */
OvFinding *
_ov_rules_add_subject_now (OvRuleCheck *check,
                           const char  *rule,
                           const char  *subject_kind,
                           gint64       subject_id,
                           const char  *subject_label,
                           char        *message)
{
  OvFinding *finding = add_subject (check, rule, OV_SEVERITY_OVERDUE, subject_kind,
                                    subject_id, subject_label, message);

  ov_finding_set_due (finding, check->as_of, 0);
  return finding;
}

static sqlite3_stmt *
query (Check       *check,
       const char  *sql,
       GError     **error)
{
  sqlite3_stmt *stmt = _ov_store_prepare (check->store, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, check->case_id);
  return stmt;
}

static gboolean
finish (Check         *check,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _ov_store_set_error (check->store, rc, error);
  return TRUE;
}

gboolean
_ov_rules_finish (OvRuleCheck   *check,
                  sqlite3_stmt  *stmt,
                  int            rc,
                  GError       **error)
{
  return finish (check, stmt, rc, error);
}

/* A query whose rows come in order of their first column, an id, read alongside a pass
 * over people or cases in the same order: a merge join. A full check reads each table
 * once this way instead of looking every person or case up in it. */
typedef struct
{
  sqlite3_stmt *stmt;
  gint64        id;   /* of the current row, or G_MAXINT64 past the end */
  int           rc;
} Stream;

static void
stream_next (Stream *stream)
{
  stream->rc = sqlite3_step (stream->stmt);
  stream->id = stream->rc == SQLITE_ROW ? sqlite3_column_int64 (stream->stmt, 0) : G_MAXINT64;
}

static gboolean
stream_open (Check       *check,
             Stream      *stream,
             const char  *sql,
             GError     **error)
{
  stream->stmt = _ov_store_prepare (check->store, sql, error);
  if (stream->stmt == NULL)
    return FALSE;
  stream_next (stream);
  return TRUE;
}

/* Skips the rows before @id. Returns: whether the current row is @id's. */
static gboolean
stream_seek (Stream *stream,
             gint64  id)
{
  while (stream->id < id)
    stream_next (stream);
  return stream->id == id;
}

/* One column of a row kept after the stream has moved on. */
typedef struct
{
  GString  *text;
  gboolean  is_null;
} StreamValue;

static const char *
stream_value (const StreamValue *value)
{
  return value->is_null ? NULL : value->text->str;
}

/* For streams whose rows for one id are ordered so that the one wanted comes last: skips
 * to @id and keeps columns 1 to @n_values of its last row in @values.
 * Returns: whether the stream has rows for @id. */
static gboolean
stream_seek_last (Stream      *stream,
                  gint64       id,
                  StreamValue *values,
                  guint        n_values)
{
  if (!stream_seek (stream, id))
    return FALSE;
  do
    {
      for (guint i = 0; i < n_values; i++)
        {
          const char *text = text_at (stream->stmt, (int) i + 1);

          values[i].is_null = text == NULL;
          g_string_assign (values[i].text, text != NULL ? text : "");
        }
      stream_next (stream);
    }
  while (stream->id == id);
  return TRUE;
}

static StreamValue *
stream_values_new (guint n_values)
{
  StreamValue *values = g_new0 (StreamValue, n_values);

  for (guint i = 0; i < n_values; i++)
    values[i].text = g_string_new (NULL);
  return values;
}

static void
stream_values_free (StreamValue *values,
                    guint        n_values)
{
  for (guint i = 0; i < n_values; i++)
    g_string_free (values[i].text, TRUE);
  g_free (values);
}

static gboolean
stream_close (Check   *check,
              Stream  *stream,
              GError **error)
{
  int rc = stream->rc;

  if (stream->stmt == NULL)
    return TRUE;
  sqlite3_reset (stream->stmt);
  stream->stmt = NULL;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _ov_store_set_error (check->store, rc, error);
  return TRUE;
}

/* ---- Investigation --------------------------------------------------------------------- */

#define FIRST_ALLOCATION \
  "(SELECT min (a.starts_at) FROM allocations a WHERE a.case_id = c.id " \
  " AND a.role IN ('officer-in-case', 'investigator'))"

/* One pass over the open cases for the deadlines that hang on the case itself: an agreed
 * strategy and a first review within so many working days of the first allocation, the
 * next periodic review after the last one (sooner when a victim's risk is high), and the
 * regional organised crime unit notified within so many days of opening. The victims rule
 * runs first and notes the cases with a victim at high risk. */
enum {
  D_FIRST_ALLOCATION = COL_FIRST_EXTRA,
  D_HAS_AGREED_STRATEGY,
  D_REVIEW_ID,
  D_REVIEW_HELD_AT,
  D_NEXT_REVIEW_ON,
  D_OPENED_ON,
  D_ROCU_NOTIFIED,
};

enum {
  CS_FIRST_ALLOCATION,
  CS_AGREED_STRATEGY,
  CS_REVIEW,
  CS_ROCU_NOTIFIED,
  N_CASE_STREAMS
};

/* In case order; for the reviews, the last signed-off one last for each case. */
static const char * const case_stream_sql[N_CASE_STREAMS] = {
  "SELECT case_id, min (starts_at) FROM allocations "
  "WHERE role IN ('officer-in-case', 'investigator') GROUP BY case_id ORDER BY case_id",
  "SELECT case_id FROM strategies WHERE status = 'agreed' ORDER BY case_id",
  "SELECT case_id, held_at, next_review_on FROM reviews WHERE status = 'signed-off' "
  "ORDER BY case_id, held_at, id",
  "SELECT case_id FROM strategies WHERE rocu_notified_on IS NOT NULL ORDER BY case_id",
};

static gboolean
rule_case_deadlines (Check   *check,
                     GError **error)
{
  sqlite3_stmt *stmt;
  const char *strategy_format, *first_review_format, *periodic_format, *periodic_high_format;
  const char *rocu_message;
  const OvPolicy *policy = check->policy;
  Stream streams[N_CASE_STREAMS] = { { NULL } };
  StreamValue *first = stream_values_new (1);
  StreamValue *review = stream_values_new (2);
  gboolean streaming = check->case_id == 0;
  gboolean ok = TRUE;
  int rc;

  g_assert (check->high_risk_cases != NULL);

  /* Checking every case, the other tables are read alongside the cases, in case order
   * (see the victims rule). */
  if (streaming)
    stmt = query (check,
                  "SELECT " CASE_COLUMNS ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                  "c.opened_on, NULL FROM cases c "
                  "WHERE " OPEN_CASE " AND " CASE_FILTER " ORDER BY c.id",
                  error);
  else
    stmt = query (check,
                "SELECT " CASE_COLUMNS ", NULL, NULL, " FIRST_ALLOCATION ", "
                "EXISTS (SELECT 1 FROM strategies s WHERE s.case_id = c.id "
                "        AND s.status = 'agreed'), "
                "r.id, r.held_at, r.next_review_on, c.opened_on, "
                "EXISTS (SELECT 1 FROM strategies s WHERE s.case_id = c.id "
                "        AND s.rocu_notified_on IS NOT NULL) "
                "FROM cases c LEFT JOIN reviews r "
                "ON r.id = (SELECT r2.id FROM reviews r2 WHERE r2.case_id = c.id "
                "           AND r2.status = 'signed-off' ORDER BY r2.held_at DESC, r2.id DESC "
                "           LIMIT 1) "
                "WHERE " OPEN_CASE " AND " CASE_FILTER,
                error);
  for (guint i = 0; stmt != NULL && streaming && i < N_CASE_STREAMS; i++)
    {
      if (!stream_open (check, &streams[i], case_stream_sql[i], error))
        {
          for (guint j = 0; j < i; j++)
            stream_close (check, &streams[j], NULL);
          sqlite3_reset (stmt);
          stmt = NULL;
        }
    }
  if (stmt == NULL)
    {
      stream_values_free (first, 1);
      stream_values_free (review, 2);
      return FALSE;
    }

  strategy_format = _("No investigative strategy agreed since the case was allocated on %s.");
  first_review_format = _("No supervisory review since the case was allocated on %s.");
  periodic_format = _("The last supervisory review was on %s.");
  periodic_high_format = _("The last supervisory review was on %s, and a victim’s risk is "
                           "high.");
  rocu_message = _("The regional organised crime unit has not been notified.");

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (stmt, COL_CASE_ID);
      const char *first_allocation, *held_at, *next_review_on;
      gboolean has_agreed_strategy, reviewed, rocu_notified;
      OpenCase open_case = { 0 };

      if (streaming)
        {
          first_allocation = stream_seek_last (&streams[CS_FIRST_ALLOCATION], case_id, first, 1)
                               ? stream_value (&first[0]) : NULL;
          has_agreed_strategy = stream_seek (&streams[CS_AGREED_STRATEGY], case_id);
          reviewed = stream_seek_last (&streams[CS_REVIEW], case_id, review, 2);
          held_at = reviewed ? stream_value (&review[0]) : NULL;
          next_review_on = reviewed ? stream_value (&review[1]) : NULL;
          rocu_notified = stream_seek (&streams[CS_ROCU_NOTIFIED], case_id);
        }
      else
        {
          first_allocation = text_at (stmt, D_FIRST_ALLOCATION);
          has_agreed_strategy = sqlite3_column_int (stmt, D_HAS_AGREED_STRATEGY);
          reviewed = sqlite3_column_type (stmt, D_REVIEW_ID) != SQLITE_NULL;
          held_at = text_at (stmt, D_REVIEW_HELD_AT);
          next_review_on = text_at (stmt, D_NEXT_REVIEW_ON);
          rocu_notified = sqlite3_column_int (stmt, D_ROCU_NOTIFIED);
        }

      open_case.case_id = case_id;
      open_case.officer_id = sqlite3_column_int64 (stmt, COL_OFFICER_ID);
      open_case.reference = shared_new (text_at (stmt, COL_REFERENCE));
      open_case.officer_name = shared_new (text_at (stmt, COL_OFFICER_NAME));
      /* The date part of the latest time is the latest date. */
      open_case.last_review = reviewed && held_at != NULL ? g_strndup (held_at, 10) : NULL;
      g_array_append_val (check->open_cases, open_case);

      if (first_allocation != NULL)
        {
          OvDay allocated = day_of_timestamp (first_allocation);

          if (!has_agreed_strategy)
            add_due_format (check, stmt, "strategy-agreed",
                            ov_calendar_add_working_days (allocated,
                                                          policy->strategy_agreed_working_days),
                            OV_SECTION_STRATEGY, strategy_format, OV_FINDING_DAY (allocated),
                            OV_FINDING_NONE);
          if (!reviewed)
            add_due_format (check, stmt, "first-review",
                            ov_calendar_add_working_days (allocated,
                                                          policy->first_review_working_days),
                            OV_SECTION_REVIEWS, first_review_format, OV_FINDING_DAY (allocated),
                            OV_FINDING_NONE);
        }

      if (reviewed)
        {
          OvDay held = day_of_timestamp (held_at);
          OvDay next = ov_day_from_date (next_review_on);
          gboolean high = g_hash_table_contains (check->high_risk_cases, &case_id);
          OvDay due = next != 0 ? next : held + (OvDay) check->policy->review_interval_days;

          if (high)
            due = MIN (due, held + (OvDay) check->policy->review_interval_high_risk_days);

          add_due_format (check, stmt, "periodic-review", due, OV_SECTION_REVIEWS,
                          high ? periodic_high_format : periodic_format, OV_FINDING_DAY (held),
                          OV_FINDING_NONE);
        }

      if (!rocu_notified)
        {
          OvDay opened = ov_day_from_date (text_at (stmt, D_OPENED_ON));
          OvFinding *finding;

          finding = new_due (check, stmt, "rocu-notified",
                             opened != 0 ? opened + (OvDay) check->policy->rocu_notified_days : 0,
                             OV_SECTION_STRATEGY);
          if (finding != NULL)
            _ov_finding_set_static_message (finding, rocu_message);
        }
    }
  for (guint i = 0; i < N_CASE_STREAMS; i++)
    ok = stream_close (check, &streams[i], ok ? error : NULL) && ok;
  stream_values_free (first, 1);
  stream_values_free (review, 2);
  if (!ok)
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  return finish (check, stmt, rc, error);
}

/* Events that call for a review, in the order they win when they fall on one day. */
enum {
  EVENT_NRM_DECISION,
  EVENT_RISK_CHANGE,
  EVENT_VICTIM_MISSING,
};

static int
compare_open_case_ids (gconstpointer key,
                       gconstpointer element)
{
  gint64 id = *(const gint64 *) key;
  gint64 other = ((const OpenCase *) element)->case_id;

  return id < other ? -1 : id > other ? 1 : 0;
}

/* Notes the event if it is the case's earliest since its last signed-off review. */
static void
note_event (Check      *check,
            gint64      case_id,
            const char *on_date,
            int         kind)
{
  OpenCase *open_case;
  int c;

  if (on_date == NULL)
    return;
  open_case = bsearch (&case_id, check->open_cases->data, check->open_cases->len,
                       sizeof (OpenCase), compare_open_case_ids);
  if (open_case == NULL)
    return;   /* closed, or not the case being checked */
  if (strcmp (on_date, open_case->last_review != NULL ? open_case->last_review : "") <= 0)
    return;
  if (open_case->event_on != NULL &&
      ((c = strcmp (on_date, open_case->event_on)) > 0 ||
       (c == 0 && kind >= open_case->event_kind)))
    return;
  g_free (open_case->event_on);
  open_case->event_on = g_strdup (on_date);
  open_case->event_kind = kind;
}

/* Events that call for a review: NRM decisions, a change in a victim's risk grade, a
 * victim going missing. One finding per open case, for the earliest event since its last
 * signed-off review (on one day, an NRM decision before a change of risk before a victim
 * going missing). Reads the open cases and their last reviews from the case deadlines
 * rule, which runs first. */
static gboolean
rule_triggered_review (Check   *check,
                       GError **error)
{
  sqlite3_stmt *stmt;
  const char *format, *what[3];
  int rc;

  g_assert (check->open_cases != NULL);

  stmt = query (check,
                "SELECT p.case_id, n.rg_outcome <> 'pending', n.rg_on, "
                "n.cg_outcome <> 'pending', n.cg_on "
                "FROM nrm_referrals n JOIN people p ON p.id = n.person_id "
                "WHERE (n.rg_outcome <> 'pending' OR n.cg_outcome <> 'pending') "
                "AND (?1 = 0 OR p.case_id = ?1)",
                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (stmt, 0);

      if (sqlite3_column_int (stmt, 1))
        note_event (check, case_id, text_at (stmt, 2), EVENT_NRM_DECISION);
      if (sqlite3_column_int (stmt, 3))
        note_event (check, case_id, text_at (stmt, 4), EVENT_NRM_DECISION);
    }
  if (!finish (check, stmt, rc, error))
    return FALSE;

  stmt = query (check,
                "SELECT p.case_id, r.assessed_on FROM risk_assessments r "
                "JOIN risk_assessments o ON o.id = r.supersedes_id "
                "JOIN people p ON p.id = r.person_id "
                "WHERE r.grade <> o.grade AND (?1 = 0 OR p.case_id = ?1)",
                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    note_event (check, sqlite3_column_int64 (stmt, 0), text_at (stmt, 1), EVENT_RISK_CHANGE);
  if (!finish (check, stmt, rc, error))
    return FALSE;

  stmt = query (check,
                "SELECT p.case_id, substr (p.updated_at, 1, 10) FROM people p "
                "WHERE p.status = 'missing' AND " IS_VICTIM " AND (?1 = 0 OR p.case_id = ?1)",
                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    note_event (check, sqlite3_column_int64 (stmt, 0), text_at (stmt, 1), EVENT_VICTIM_MISSING);
  if (!finish (check, stmt, rc, error))
    return FALSE;

  /* Translators: "An NRM decision on 3 Nov 2026 calls for a supervisory review." */
  format = _("%s on %s calls for a supervisory review.");
  what[EVENT_NRM_DECISION] = _("An NRM decision");
  what[EVENT_RISK_CHANGE] = _("A change in a victim’s risk");
  what[EVENT_VICTIM_MISSING] = _("A victim going missing");
  for (guint i = 0; i < check->open_cases->len; i++)
    {
      const OpenCase *open_case = &g_array_index (check->open_cases, OpenCase, i);
      OvDay event, due;
      OvSeverity severity;
      OvFinding *finding;
      int days;

      if (open_case->event_on == NULL)
        continue;
      event = ov_day_from_date (open_case->event_on);
      due = ov_calendar_add_working_days (event, check->policy->triggered_review_working_days);
      if (!is_due (check, due, &severity, &days))
        continue;
      finding = new_finding_of_case (check, open_case, "triggered-review", severity,
                                     OV_SECTION_REVIEWS);
      _ov_finding_set_due_day (finding, due, days);
      _ov_finding_set_message_format (finding, format,
                                      OV_FINDING_TEXT (what[open_case->event_kind]),
                                      OV_FINDING_DAY (event));
    }
  return TRUE;
}

/* Each allocation is judged by the accreditation its investigator held on its date: the
 * latest accreditation change in effect then, or, before any recorded history, the level
 * and status the allocation itself recorded. */
static gboolean
rule_allocation_below_pip2 (Check   *check,
                            GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = query (check,
                "SELECT " CASE_COLUMNS ", NULL, name, starts_at, pip_level, "
                "accreditation_status, override_rationale FROM ("
                "SELECT c.id, c.reference, c.oic_id, c.oic_name, s.name, a.starts_at, "
                "coalesce (h.pip_level, a.pip_level) AS pip_level, "
                "coalesce (h.accreditation_status, a.accreditation_status) "
                "AS accreditation_status, a.override_rationale "
                "FROM allocations a JOIN cases c ON c.id = a.case_id "
                "JOIN staff s ON s.id = a.staff_id "
                "LEFT JOIN accreditation_changes h ON h.id = ("
                "SELECT id FROM accreditation_changes WHERE staff_id = a.staff_id "
                "AND from_date <= ov_local_date (a.starts_at) "
                "ORDER BY from_date DESC, id DESC LIMIT 1) "
                "WHERE a.ends_at IS NULL AND a.role IN ('officer-in-case', 'investigator') "
                "AND " OPEN_CASE " AND " CASE_FILTER ") c "
                "WHERE NOT (pip_level IN ('pip2', 'pip3', 'pip4') "
                "AND accreditation_status = 'active')",
                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = text_at (stmt, COL_PERSON_NAME);
      const char *rationale = text_at (stmt, COL_FIRST_EXTRA + 3);
      int level = 0;
      int status = 0;
      g_autofree char *pip = NULL;

      ov_enum_from_nick (OV_TYPE_PIP_LEVEL, text_at (stmt, COL_FIRST_EXTRA + 1), &level);
      ov_enum_from_nick (OV_TYPE_ACCREDITATION_STATUS, text_at (stmt, COL_FIRST_EXTRA + 2),
                         &status);
      pip = ov_pip_describe (level, status);

      if (!ov_str_empty (rationale))
        add_information (check, stmt, "allocation-below-pip2", OV_SECTION_DETAILS,
                         g_strdup_printf (_("%s is allocated below PIP2 (%s), with a recorded "
                                            "rationale."), name, pip));
      else
        add_due (check, stmt, "allocation-below-pip2",
                 day_of_timestamp (text_at (stmt, COL_FIRST_EXTRA)), OV_SECTION_DETAILS,
                 g_strdup_printf (_("%s is allocated below PIP2 (%s) without a recorded "
                                    "rationale."), name, pip));
    }
  return finish (check, stmt, rc, error);
}

static gboolean
rule_orders_considered (Check   *check,
                        GError **error)
{
  sqlite3_stmt *stmt;
  const char *message;
  int rc;

  stmt = query (check,
                "SELECT " CASE_COLUMNS ", NULL, NULL, c.status FROM cases c "
                "WHERE c.status IN ('charged', 'closed') AND " CASE_FILTER " AND NOT EXISTS "
                "(SELECT 1 FROM strategies s WHERE s.case_id = c.id "
                " AND s.orders_considered <> 'not-yet')",
                error);
  if (stmt == NULL)
    return FALSE;
  message = _("Prevention and risk orders (STPO, STRO) were not considered before charge or "
                "closure.");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OvFinding *finding = new_finding_of_row (check, stmt, "orders-considered",
                                               OV_SEVERITY_OVERDUE, OV_SECTION_STRATEGY);

      _ov_finding_set_static_message (finding, message);
      _ov_finding_set_due_day (finding, check->as_of_day, 0);
    }
  return finish (check, stmt, rc, error);
}

static gboolean
rule_overdue_actions (Check   *check,
                      GError **error)
{
  sqlite3_stmt *stmt;
  const char *format;
  int rc;

  stmt = query (check,
                "SELECT " CASE_COLUMNS ", NULL, NULL, x.due_on, x.description, o.name "
                "FROM actions x JOIN cases c ON c.id = x.case_id "
                "LEFT JOIN staff o ON o.id = x.owner_id "
                "WHERE x.status = 'open' AND " CASE_FILTER,
                error);
  if (stmt == NULL)
    return FALSE;
  /* Translators: an action and its owner, e.g. "Action for Tom Okafor: trace the van" */
  format = _("Action for %s: %s");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OvFinding *finding = new_due (check, stmt, "overdue-action",
                                    ov_day_from_date (text_at (stmt, COL_FIRST_EXTRA)),
                                    OV_SECTION_ACTIONS);
      const char *owner = text_at (stmt, COL_FIRST_EXTRA + 2);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      if (finding != NULL)
        _ov_finding_take_message (finding,
                                  g_strdup_printf (format, owner != NULL ? owner : "",
                                                   text_at (stmt, COL_FIRST_EXTRA + 1)));
#pragma GCC diagnostic pop
    }
  return finish (check, stmt, rc, error);
}

/* ---- Victims ----------------------------------------------------------------------- */

/* What the victims rule knows of one victim: from the columns of its query when one case
 * is checked, from streams over the other tables when every case is. */
typedef struct
{
  gboolean    has_child_referral;
  gboolean    has_s42_referral;
  gboolean    has_nrm;
  gboolean    has_lead;
  gboolean    has_agreed_strategy;
  const char *risk_grade;        /* of the current risk assessment, or NULL */
  const char *risk_assessed_on;
  const char *risk_endorsed_at;
} VictimFacts;

enum {
  VS_CHILD_REFERRAL,
  VS_S42_REFERRAL,
  VS_NRM,
  VS_LEAD,
  VS_AGREED_STRATEGY,
  VS_RISK,
  N_VICTIM_STREAMS
};

/* In person order. */
static const char * const victim_stream_sql[N_VICTIM_STREAMS] = {
  "SELECT person_id FROM safeguarding_referrals "
  "WHERE referral_type = 'childrens-social-care' ORDER BY person_id",
  "SELECT person_id FROM safeguarding_referrals "
  "WHERE referral_type = 'adult-safeguarding' ORDER BY person_id",
  "SELECT person_id FROM nrm_referrals ORDER BY person_id",
  "SELECT person_id FROM victim_support WHERE lead = 1 AND ends_on IS NULL "
  "ORDER BY person_id",
  "SELECT person_id FROM victim_strategies WHERE status = 'agreed' ORDER BY person_id",
  /* The current assessment is the last: the first by assessed_on DESC, id DESC. */
  "SELECT person_id, grade, assessed_on, endorsed_at FROM risk_assessments "
  "ORDER BY person_id, assessed_on, id",
};

enum {
  V_IDENTIFIED = COL_FIRST_EXTRA,
  V_AGE_STATUS,
  V_DATE_OF_BIRTH,
  V_CARE_NEEDS,
  V_HAS_CHILD_REFERRAL,
  V_HAS_S42_REFERRAL,
  V_HAS_NRM,
  V_HAS_LEAD,
  V_HAS_AGREED_STRATEGY,
  V_RISK_GRADE,
  V_RISK_ASSESSED_ON,
  V_RISK_ENDORSED_AT,
  V_STATUS,
  V_UPDATED_AT,
};


/* The messages of the victims rule, translated once per check. */
typedef struct
{
  const char *missing;
  const char *no_assessment;
  const char *not_endorsed;
  const char *reendorse;
  const char *child_referral;
  const char *s42_referral;
  const char *nrm_referral;
  const char *lead_contact;
  const char *victim_strategy;
} VictimMessages;

static void
check_victim_risk (Check                *check,
                   sqlite3_stmt         *stmt,
                   const VictimMessages *messages,
                   const VictimFacts    *facts,
                   const char           *name,
                   OvDay                 identified)
{
  const char *grade = facts->risk_grade;
  OvDay assessed = ov_day_from_date (facts->risk_assessed_on);
  const char *endorsed_at = facts->risk_endorsed_at;
  int grade_value = 0;

  if (g_strcmp0 (text_at (stmt, V_STATUS), "missing") == 0)
    {
      OvDay went_missing = day_of_timestamp (text_at (stmt, V_UPDATED_AT));

      /* At once: a new assessment since the victim went missing. */
      if (assessed == 0 || assessed < went_missing)
        {
          add_due_format (check, stmt, "risk-endorsement", went_missing, OV_SECTION_PEOPLE,
                          messages->missing, OV_FINDING_TEXT (name), OV_FINDING_NONE);
          return;
        }
    }

  if (grade == NULL)
    {
      add_due_format (check, stmt, "risk-endorsement",
                      identified != 0 ? identified + (OvDay) check->policy->victim_strategy_days : 0,
                      OV_SECTION_PEOPLE, messages->no_assessment, OV_FINDING_TEXT (name),
                      OV_FINDING_NONE);
      return;
    }

  ov_enum_from_nick (OV_TYPE_RISK_GRADE, grade, &grade_value);
  if (endorsed_at == NULL)
    add_due_format (check, stmt, "risk-endorsement", assessed, OV_SECTION_PEOPLE,
                    messages->not_endorsed, OV_FINDING_TEXT (name),
                    OV_FINDING_TEXT (label_of (check, OV_TYPE_RISK_GRADE, grade_value)));
  else
    add_due_format (check, stmt, "risk-endorsement",
                    day_of_timestamp (endorsed_at) +
                      (OvDay) (grade_value == OV_RISK_GRADE_HIGH
                                 ? check->policy->risk_reendorse_high_days
                                 : check->policy->risk_reendorse_days),
                    OV_SECTION_PEOPLE, messages->reendorse, OV_FINDING_TEXT (name),
                    OV_FINDING_TEXT (label_of (check, OV_TYPE_RISK_GRADE, grade_value)));
}

static gboolean
rule_victims (Check   *check,
              GError **error)
{
  sqlite3_stmt *stmt;
  VictimMessages messages;
  Stream streams[N_VICTIM_STREAMS] = { { NULL } };
  StreamValue *risk = stream_values_new (3);
  gboolean streaming = check->case_id == 0;
  gboolean ok = TRUE;
  int rc;

  /* One pass over the victims of open cases for the checks that concern each victim.
   * Checking one case, it looks each victim up in the other tables; checking every case,
   * it reads those tables alongside, in person order. */
  if (streaming)
    stmt = query (check,
                  "SELECT " CASE_COLUMNS ", p.id, p.name, p.identified_on, p.age_status, "
                  "p.date_of_birth, p.care_needs, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                  "NULL, p.status, p.updated_at "
                  "FROM people p JOIN cases c ON c.id = p.case_id "
                  "WHERE " IS_VICTIM " AND " OPEN_CASE " AND " CASE_FILTER " ORDER BY p.id",
                  error);
  else
    stmt = query (check,
                "SELECT " CASE_COLUMNS ", p.id, p.name, p.identified_on, p.age_status, "
                "p.date_of_birth, p.care_needs, "
                "EXISTS (SELECT 1 FROM safeguarding_referrals s WHERE s.person_id = p.id "
                "        AND s.referral_type = 'childrens-social-care'), "
                "EXISTS (SELECT 1 FROM safeguarding_referrals s WHERE s.person_id = p.id "
                "        AND s.referral_type = 'adult-safeguarding'), "
                "EXISTS (SELECT 1 FROM nrm_referrals n WHERE n.person_id = p.id), "
                "EXISTS (SELECT 1 FROM victim_support v WHERE v.person_id = p.id "
                "        AND v.lead = 1 AND v.ends_on IS NULL), "
                "EXISTS (SELECT 1 FROM victim_strategies v WHERE v.person_id = p.id "
                "        AND v.status = 'agreed'), "
                "r.grade, r.assessed_on, r.endorsed_at, p.status, p.updated_at "
                "FROM people p JOIN cases c ON c.id = p.case_id "
                "LEFT JOIN risk_assessments r ON r.id = (SELECT r2.id FROM risk_assessments r2 "
                "  WHERE r2.person_id = p.id ORDER BY r2.assessed_on DESC, r2.id DESC LIMIT 1) "
                "WHERE " IS_VICTIM " AND " OPEN_CASE " AND " CASE_FILTER,
                error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; streaming && i < N_VICTIM_STREAMS; i++)
    {
      if (!stream_open (check, &streams[i], victim_stream_sql[i], error))
        {
          for (guint j = 0; j < i; j++)
            stream_close (check, &streams[j], NULL);
          stream_values_free (risk, 3);
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  messages.missing = _("%s is missing: a new risk assessment is needed at once.");
  messages.no_assessment = _("%s has no risk assessment.");
  messages.not_endorsed = _("The current risk assessment of %s (%s) is not endorsed by a "
                            "supervisor.");
  messages.reendorse = _("The risk assessment of %s (%s) is due for re-endorsement by a "
                         "supervisor.");
  messages.child_referral = _("%s is treated as a child and has not been referred to "
                              "children’s social care.");
  messages.s42_referral = _("%s has care and support needs and no adult safeguarding (s42) "
                            "referral.");
  messages.nrm_referral = _("%s has no NRM referral or MS1 notification.");
  messages.lead_contact = _("%s has no MSVLO, victim navigator or SPOC as lead contact.");
  messages.victim_strategy = _("%s has no agreed victim strategy.");

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Shared with the findings made from this row, which keep it. */
      const char *name = person_name_of_row (check, stmt);
      OvDay identified = ov_day_from_date (text_at (stmt, V_IDENTIFIED));
      gboolean child = is_child (text_at (stmt, V_AGE_STATUS), text_at (stmt, V_DATE_OF_BIRTH),
                                 check->as_of);
      VictimFacts facts;

      if (streaming)
        {
          gint64 person_id = sqlite3_column_int64 (stmt, COL_PERSON_ID);

          facts.has_child_referral = stream_seek (&streams[VS_CHILD_REFERRAL], person_id);
          facts.has_s42_referral = stream_seek (&streams[VS_S42_REFERRAL], person_id);
          facts.has_nrm = stream_seek (&streams[VS_NRM], person_id);
          facts.has_lead = stream_seek (&streams[VS_LEAD], person_id);
          facts.has_agreed_strategy = stream_seek (&streams[VS_AGREED_STRATEGY], person_id);
          if (stream_seek_last (&streams[VS_RISK], person_id, risk, 3))
            {
              facts.risk_grade = stream_value (&risk[0]);
              facts.risk_assessed_on = stream_value (&risk[1]);
              facts.risk_endorsed_at = stream_value (&risk[2]);
            }
          else
            facts.risk_grade = facts.risk_assessed_on = facts.risk_endorsed_at = NULL;
        }
      else
        {
          facts.has_child_referral = sqlite3_column_int (stmt, V_HAS_CHILD_REFERRAL);
          facts.has_s42_referral = sqlite3_column_int (stmt, V_HAS_S42_REFERRAL);
          facts.has_nrm = sqlite3_column_int (stmt, V_HAS_NRM);
          facts.has_lead = sqlite3_column_int (stmt, V_HAS_LEAD);
          facts.has_agreed_strategy = sqlite3_column_int (stmt, V_HAS_AGREED_STRATEGY);
          facts.risk_grade = text_at (stmt, V_RISK_GRADE);
          facts.risk_assessed_on = text_at (stmt, V_RISK_ASSESSED_ON);
          facts.risk_endorsed_at = text_at (stmt, V_RISK_ENDORSED_AT);
        }

      if (child && !facts.has_child_referral)
        add_due_format (check, stmt, "child-referral",
                        identified != 0 ? identified + (OvDay) check->policy->child_referral_days : 0,
                        OV_SECTION_PEOPLE, messages.child_referral, OV_FINDING_TEXT (name),
                        OV_FINDING_NONE);

      if (!child && g_strcmp0 (text_at (stmt, V_CARE_NEEDS), "yes") == 0 &&
          !facts.has_s42_referral)
        add_due_format (check, stmt, "s42-referral",
                        ov_calendar_add_working_days (identified, check->policy->s42_working_days),
                        OV_SECTION_PEOPLE, messages.s42_referral, OV_FINDING_TEXT (name),
                        OV_FINDING_NONE);

      if (!facts.has_nrm)
        add_due_format (check, stmt, "nrm-referral",
                        ov_calendar_add_working_days (identified, check->policy->nrm_working_days),
                        OV_SECTION_PEOPLE, messages.nrm_referral, OV_FINDING_TEXT (name),
                        OV_FINDING_NONE);

      if (!facts.has_lead)
        add_due_format (check, stmt, "lead-contact",
                        identified != 0 ? identified + (OvDay) check->policy->lead_contact_days : 0,
                        OV_SECTION_PEOPLE, messages.lead_contact, OV_FINDING_TEXT (name),
                        OV_FINDING_NONE);

      if (!facts.has_agreed_strategy)
        add_due_format (check, stmt, "victim-strategy",
                        identified != 0 ? identified + (OvDay) check->policy->victim_strategy_days : 0,
                        OV_SECTION_PEOPLE, messages.victim_strategy, OV_FINDING_TEXT (name),
                        OV_FINDING_NONE);

      if (g_strcmp0 (facts.risk_grade, "high") == 0)
        {
          gint64 *case_id = g_new (gint64, 1);

          *case_id = sqlite3_column_int64 (stmt, COL_CASE_ID);
          g_hash_table_add (check->high_risk_cases, case_id);
        }

      check_victim_risk (check, stmt, &messages, &facts, name, identified);
    }
  for (guint i = 0; i < N_VICTIM_STREAMS; i++)
    ok = stream_close (check, &streams[i], ok ? error : NULL) && ok;
  stream_values_free (risk, 3);
  if (!ok)
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  return finish (check, stmt, rc, error);
}

static gboolean
rule_nrm_decisions (Check   *check,
                    GError **error)
{
  sqlite3_stmt *stmt;
  const char *rg_format, *cg_format;
  int rc;

  stmt = query (check,
                "SELECT " CASE_COLUMNS ", p.id, p.name, n.submitted_on, n.rg_outcome, n.rg_on "
                "FROM nrm_referrals n JOIN people p ON p.id = n.person_id "
                "JOIN cases c ON c.id = p.case_id "
                "WHERE " OPEN_CASE " AND " CASE_FILTER " AND n.route <> 'ms1-anonymous' "
                "AND (n.rg_outcome = 'pending' "
                "     OR (n.rg_outcome = 'positive' AND n.cg_outcome = 'pending'))",
                error);
  if (stmt == NULL)
    return FALSE;
  rg_format = _("Reasonable grounds decision for %s awaited since the referral on %s: "
                "chase it.");
  cg_format = _("Conclusive grounds decision for %s awaited since the positive reasonable "
                "grounds decision on %s: chase it.");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Shared with the findings made from this row, which keep it. */
      const char *name = person_name_of_row (check, stmt);

      if (g_strcmp0 (text_at (stmt, COL_FIRST_EXTRA + 1), "pending") == 0)
        {
          OvDay submitted = ov_day_from_date (text_at (stmt, COL_FIRST_EXTRA));

          add_due_format (check, stmt, "rg-chase",
                          ov_calendar_add_working_days (submitted,
                                                        check->policy->rg_chase_working_days),
                          OV_SECTION_PEOPLE, rg_format, OV_FINDING_TEXT (name),
                          OV_FINDING_DAY (submitted));
        }
      else
        {
          OvDay rg = ov_day_from_date (text_at (stmt, COL_FIRST_EXTRA + 2));

          add_due_format (check, stmt, "cg-chase",
                          rg != 0 ? rg + (OvDay) check->policy->cg_chase_days : 0,
                          OV_SECTION_PEOPLE, cg_format, OV_FINDING_TEXT (name),
                          OV_FINDING_DAY (rg));
        }
    }
  return finish (check, stmt, rc, error);
}

static gboolean
rule_victims_code (Check   *check,
                   GError **error)
{
  const OvPolicy *policy = check->policy;
  sqlite3_stmt *stmt;
  const char *format;
  int rc;

  /* A right marked due must be met within 1 working day for a victim with enhanced
   * rights (every child has them), otherwise 5. */
  stmt = query (check,
                "SELECT " CASE_COLUMNS ", p.id, p.name, v.code_right, v.updated_at, "
                "vs.enhanced_reasons, p.age_status, p.date_of_birth "
                "FROM victim_code_rights v "
                "JOIN victim_strategies vs ON vs.id = v.victim_strategy_id "
                "JOIN people p ON p.id = v.person_id JOIN cases c ON c.id = p.case_id "
                "WHERE v.status = 'due' AND " OPEN_CASE " AND " CASE_FILTER " "
                "AND vs.version = (SELECT max (version) FROM victim_strategies "
                "                  WHERE person_id = p.id)",
                error);
  if (stmt == NULL)
    return FALSE;
  /* Translators: "Victims’ Code right due for Adult C: 6. To be given information ..." */
  format = _("Victims’ Code right due for %s: %s");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Shared with the findings made from this row, which keep it. */
      const char *name = person_name_of_row (check, stmt);
      int right = 0;
      gboolean enhanced = !ov_str_empty (text_at (stmt, COL_FIRST_EXTRA + 2)) ||
                          is_child (text_at (stmt, COL_FIRST_EXTRA + 3),
                                    text_at (stmt, COL_FIRST_EXTRA + 4), check->as_of);
      OvDay became_due = day_of_timestamp (text_at (stmt, COL_FIRST_EXTRA + 1));
      int working_days = enhanced ? policy->victim_update_enhanced_working_days
                                  : policy->victim_update_working_days;

      ov_enum_from_nick (OV_TYPE_VICTIM_RIGHT, text_at (stmt, COL_FIRST_EXTRA), &right);
      add_due_format (check, stmt, "victims-code",
                      ov_calendar_add_working_days (became_due, working_days),
                      OV_SECTION_PEOPLE, format, OV_FINDING_TEXT (name),
                      OV_FINDING_TEXT (label_of (check, OV_TYPE_VICTIM_RIGHT, right)));
    }
  return finish (check, stmt, rc, error);
}

static gboolean
rule_s45 (Check   *check,
          GError **error)
{
  sqlite3_stmt *stmt;
  const char *late, *reminder;
  int rc;

  stmt = query (check,
                "SELECT " CASE_COLUMNS ", p.id, p.name, c.status "
                "FROM people p JOIN cases c ON c.id = p.case_id "
                "WHERE " IS_VICTIM " AND " IS_SUSPECT " AND p.s45_decision = 'not-considered' "
                "AND " CASE_FILTER,
                error);
  if (stmt == NULL)
    return FALSE;
  late = _("%s is a victim and a suspect, and no section 45 consideration was recorded "
           "before charge.");
  reminder = _("%s is a victim and a suspect: record the section 45 consideration before "
               "charge.");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Shared with the findings made from this row, which keep it. */
      const char *name = person_name_of_row (check, stmt);
      const char *status = text_at (stmt, COL_FIRST_EXTRA);

      if (g_strcmp0 (status, "charged") == 0 || g_strcmp0 (status, "closed") == 0)
        add_now_format (check, stmt, "s45-consideration", OV_SEVERITY_OVERDUE, OV_SECTION_PEOPLE,
                        late, OV_FINDING_TEXT (name));
      else
        add_now_format (check, stmt, "s45-consideration", OV_SEVERITY_INFORMATION,
                        OV_SECTION_PEOPLE, reminder, OV_FINDING_TEXT (name));
    }
  return finish (check, stmt, rc, error);
}

/* ---- The engine ------------------------------------------------------------------------ */

static const struct
{
  OvRuleInfo info;
  RuleFunc   func;
} rules[] = {
  { { "allocation-below-pip2", N_("Allocation below PIP2") }, rule_allocation_below_pip2 },
  { { "orders-considered", N_("STPO / STRO not considered") }, rule_orders_considered },
  { { "overdue-action", N_("Overdue actions") }, rule_overdue_actions },
  { { "victims", N_("Victim safeguarding, NRM, lead contact, strategy and risk") }, rule_victims },
  /* After the victims rule, which notes the cases with a victim at high risk. */
  { { "case-deadlines", N_("Strategy, first and periodic reviews, ROCU notification") },
    rule_case_deadlines },
  /* After the case deadlines rule, which notes the open cases and their last reviews. */
  { { "triggered-review", N_("Review after a trigger event late") }, rule_triggered_review },
  { { "nrm-decisions", N_("NRM decisions to chase") }, rule_nrm_decisions },
  { { "victims-code", N_("Victims’ Code rights due") }, rule_victims_code },
  { { "s45-consideration", N_("Section 45 consideration for a victim-suspect") }, rule_s45 },
};

/* Rules about the force's readiness rather than one case: run in a full check only. */
static const struct
{
  RuleFunc          func;
  const OvRuleInfo *kinds;
} force_rules[] = {
  { _ov_rules_partners, _ov_rules_partners_kinds },
  { _ov_rules_readiness, _ov_rules_readiness_kinds },
};

/* The rule ids a finding may carry, with titles, for filters and documentation. */
static const OvRuleInfo rule_ids[] = {
  { "strategy-agreed", N_("Investigative strategy not agreed in time") },
  { "first-review", N_("First supervisory review late") },
  { "periodic-review", N_("Periodic supervisory review overdue") },
  { "triggered-review", N_("Review after a trigger event late") },
  { "allocation-below-pip2", N_("Allocation below PIP2") },
  { "child-referral", N_("Child without a children’s social care referral") },
  { "s42-referral", N_("Adult with care needs without an s42 referral") },
  { "nrm-referral", N_("No NRM referral or MS1 notification") },
  { "rg-chase", N_("Reasonable grounds decision to chase") },
  { "cg-chase", N_("Conclusive grounds decision to chase") },
  { "lead-contact", N_("No lead contact (MSVLO, navigator or SPOC)") },
  { "victim-strategy", N_("No agreed victim strategy") },
  { "risk-endorsement", N_("Risk assessment to make or endorse") },
  { "victims-code", N_("Victims’ Code right due") },
  { "s45-consideration", N_("Section 45 consideration for a victim-suspect") },
  { "orders-considered", N_("STPO / STRO not considered before charge or closure") },
  { "rocu-notified", N_("Regional organised crime unit not notified") },
  { "overdue-action", N_("Overdue action") },
};

/**
 * ov_compliance_get_rules:
 *
 * Returns: (transfer none) (array length=n_rules): the rule id of every kind of finding
 */
const OvRuleInfo *
ov_compliance_get_rules (guint *n_rules)
{
  static GArray *all_ids;

  /* The case rules' ids, then those of each force rule. */
  if (g_once_init_enter (&all_ids))
    {
      GArray *ids = g_array_new (FALSE, FALSE, sizeof (OvRuleInfo));

      g_array_append_vals (ids, rule_ids, G_N_ELEMENTS (rule_ids));
      for (gsize i = 0; i < G_N_ELEMENTS (force_rules); i++)
        {
          for (const OvRuleInfo *kind = force_rules[i].kinds; kind->id != NULL; kind++)
            g_array_append_val (ids, *kind);
        }
      g_once_init_leave (&all_ids, ids);
    }

  *n_rules = all_ids->len;
  return (const OvRuleInfo *) (gpointer) all_ids->data;
}

/* Sorting: the order of ov_finding_compare(), mostly on integers. Severity, days and the
 * rank of the case reference among the references (equal references share a rank) make
 * one 64-bit key, which a radix sort puts in order; only findings of one case that are
 * equally late then compare their texts, and the position before sorting breaks the
 * remaining ties, as a stable sort would. Comparing strings through pointers at every
 * step is what made sorting half a million findings slow. */
typedef struct
{
  guint64             key;   /* severity, then days overdue (most first), then case rank */
  OvFindingSortFacts  facts;
  guint               position;
} SortKey;

/* What the radix sort moves: a key and where its finding was. */
typedef struct
{
  guint64 key;
  guint   position;
} RadixItem;

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_keys (const SortKey *x,
              const SortKey *y)
{
  int c;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  if (x->facts.subject_label != y->facts.subject_label &&
      (c = g_strcmp0 (x->facts.subject_label, y->facts.subject_label)) != 0)
    return c;
  if (x->facts.person_name != y->facts.person_name &&
      (c = g_strcmp0 (x->facts.person_name, y->facts.person_name)) != 0)
    return c;
  if (x->facts.rule_id != y->facts.rule_id &&
      (c = g_strcmp0 (x->facts.rule_id, y->facts.rule_id)) != 0)
    return c;
  return x->position < y->position ? -1 : x->position > y->position ? 1 : 0;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const SortKey *keys = user_data;

  return compare_keys (&keys[((const RadixItem *) a)->position],
                       &keys[((const RadixItem *) b)->position]);
}

/* Ranks the case references of @keys (pointer -> rank + 1 in the table returned): equal
 * references share a rank; %NULL, which g_strcmp0() puts first, ranks first. */
static GHashTable *
rank_case_references (const SortKey *keys,
                      guint          n_keys)
{
  GHashTable *ranks = g_hash_table_new (NULL, NULL);
  const char *last = NULL;
  g_autofree const char **texts = NULL;
  guint n_texts = 0;
  guint rank = 0;

  /* Findings of one case mostly come together and share their reference. */
  for (guint i = 0; i < n_keys; i++)
    {
      const char *reference = keys[i].facts.case_reference;

      if (i == 0 || reference != last)
        g_hash_table_add (ranks, (gpointer) reference);
      last = reference;
    }

  texts = (const char **) g_hash_table_get_keys_as_array (ranks, &n_texts);
  qsort (texts, n_texts, sizeof (char *), compare_texts);
  for (guint i = 0; i < n_texts; i++)
    {
      if (i > 0 && g_strcmp0 (texts[i - 1], texts[i]) != 0)
        rank++;
      g_hash_table_insert (ranks, (gpointer) texts[i], GUINT_TO_POINTER (rank + 1));
    }
  return ranks;
}

/* Sorts @items by key, keeping the order of equal keys: a least significant digit radix
 * sort, a byte at a time, skipping the bytes all keys share; @scratch is as long as
 * @items. */
static void
radix_sort (RadixItem *items,
            RadixItem *scratch,
            guint      n_items)
{
  RadixItem *from = items;
  RadixItem *to = scratch;

  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint starts[256] = { 0 };
      guint offset = 0;
      gboolean shared = FALSE;

      for (guint i = 0; i < n_items; i++)
        starts[(from[i].key >> shift) & 0xff]++;
      for (guint b = 0; b < 256; b++)
        {
          guint count = starts[b];

          shared |= count == n_items;
          starts[b] = offset;
          offset += count;
        }
      if (shared)
        continue;
      for (guint i = 0; i < n_items; i++)
        to[starts[(from[i].key >> shift) & 0xff]++] = from[i];

      {
        RadixItem *swap = from;

        from = to;
        to = swap;
      }
    }
  if (from != items)
    memcpy (items, from, n_items * sizeof (RadixItem));
}

static void
sort_findings (GPtrArray *findings)
{
  g_autoptr(GHashTable) case_ranks = NULL;
  g_autofree SortKey *keys = NULL;
  g_autofree RadixItem *items = NULL;
  g_autofree RadixItem *scratch = NULL;
  g_autofree gpointer *sorted = NULL;
  const char *last_reference = NULL;
  guint64 last_rank = 0;
  guint n = findings->len;

  if (n < 2)
    return;

  keys = g_new (SortKey, n);
  for (guint i = 0; i < n; i++)
    {
      _ov_finding_get_sort_facts (g_ptr_array_index (findings, i), &keys[i].facts);
      keys[i].position = i;
    }

  case_ranks = rank_case_references (keys, n);
  items = g_new (RadixItem, n);
  for (guint i = 0; i < n; i++)
    {
      SortKey *key = &keys[i];
      const char *reference = key->facts.case_reference;
      /* Most overdue first: the more days, the smaller the key. */
      guint64 lateness = (guint64) ((gint64) G_MAXINT32 - key->facts.days_overdue);

      if (i == 0 || reference != last_reference)
        last_rank = GPOINTER_TO_UINT (g_hash_table_lookup (case_ranks, reference));
      last_reference = reference;

      /* Severity in 2 bits, lateness in 33, the case rank in 29 (half a billion cases). */
      g_assert (last_rank < (G_GUINT64_CONSTANT (1) << 29));
      key->key = ((guint64) key->facts.severity << 62) | (lateness << 29) | last_rank;
      items[i].key = key->key;
      items[i].position = i;
    }

  scratch = g_new (RadixItem, n);
  radix_sort (items, scratch, n);

  /* Findings with equal keys (of one case, equally late) are few at a time. */
  for (guint start = 0, end; start < n; start = end)
    {
      for (end = start + 1; end < n && items[end].key == items[start].key; end++)
        ;
      if (end - start > 1)
        g_qsort_with_data (&items[start], (int) (end - start), sizeof (RadixItem),
                           compare_positions, keys);
    }

  sorted = g_new (gpointer, n);
  for (guint i = 0; i < n; i++)
    sorted[i] = findings->pdata[items[i].position];
  memcpy (findings->pdata, sorted, n * sizeof (gpointer));
}

/* ov_local_date (timestamp): the local calendar day of a stored time, as YYYY-MM-DD; what
 * date (timestamp, 'localtime') gives, without SQLite asking the C library for the local
 * time of every row (a third of the allocation rules' time at 100,000 cases). */
static void
sql_local_date (sqlite3_context  *context,
                int               n_values,
                sqlite3_value   **values)
{
  char date[OV_DAY_DATE_SIZE];
  OvDay day = ov_day_of_timestamp ((const char *) sqlite3_value_text (values[0]));

  if (day != 0 && ov_day_format_date (day, date))
    sqlite3_result_text (context, date, -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_null (context);
}

/* The SQL functions the rules use, on the connection of @store, once. */
static gboolean
add_sql_functions (OvStore  *store,
                   GError  **error)
{
  static GQuark added_quark;
  int rc;

  if (G_UNLIKELY (added_quark == 0))
    added_quark = g_quark_from_static_string ("ov-compliance-sql-functions");
  if (g_object_get_qdata (G_OBJECT (store), added_quark) != NULL)
    return TRUE;

  rc = sqlite3_create_function_v2 (_ov_store_get_db (store), "ov_local_date", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                   sql_local_date, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _ov_store_set_error (store, rc, error);
  g_object_set_qdata (G_OBJECT (store), added_quark, GINT_TO_POINTER (TRUE));
  return TRUE;
}

/**
 * ov_compliance_check:
 * @policy: the force policy to check against
 * @as_of: the local date to check as of, YYYY-MM-DD
 * @case_id: one case, or 0 for every case and the force's readiness
 *
 * Runs every rule; the rules about the force rather than a case only when @case_id is 0.
 * Nothing here reads the clock: the same data, policy and date give the same findings.
 *
 * Returns: (transfer full) (element-type OvFinding): the findings, most pressing first,
 *   or %NULL with @error set
 */
GPtrArray *
ov_compliance_check (OvStore         *store,
                     const OvPolicy  *policy,
                     const char      *as_of,
                     gint64           case_id,
                     GError         **error)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) formatted_days = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) case_texts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                            case_texts_free);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (NULL, NULL, NULL,
                                                        (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) high_risk_cases = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                 g_free, NULL);
  g_autoptr(GArray) open_cases = g_array_new (FALSE, TRUE, sizeof (OpenCase));
  Check check = { store, policy, as_of, ov_day_from_date (as_of), case_id, findings,
                  formatted_days, case_texts, NULL, NULL, labels, high_risk_cases,
                  open_cases };
  gboolean ok = TRUE;
  sqlite3 *db;

  g_array_set_clear_func (open_cases, open_case_clear);
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (policy != NULL, NULL);

  if (check.as_of_day == 0)
    {
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("“%s” is not a date: give the date to check as of as YYYY-MM-DD."),
                   as_of ? as_of : "");
      return NULL;
    }

  if (!add_sql_functions (store, error))
    return NULL;
  db = _ov_store_get_db (store);

  /* One read transaction, so every rule sees the same data. */
  if (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    ok = _ov_store_set_error (store, sqlite3_errcode (db), error);
  else
    {
      for (gsize i = 0; ok && i < G_N_ELEMENTS (rules); i++)
        ok = rules[i].func (&check, error);
      for (gsize i = 0; ok && case_id == 0 && i < G_N_ELEMENTS (force_rules); i++)
        ok = force_rules[i].func (&check, error);
      sqlite3_exec (db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
    }
  g_clear_pointer (&check.person_name, g_ref_string_release);
  if (!ok)
    return NULL;

  sort_findings (findings);
  return g_steal_pointer (&findings);
}

static void
append_json_string (GString    *out,
                    const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/**
 * ov_compliance_to_json:
 *
 * Returns: (transfer full): the findings as a JSON array, one object per finding with
 *   rule, severity, case, person, officer, subject (kind, id and label of what a finding
 *   about the force is about, or null), message, due and days_overdue
 */
char *
ov_compliance_to_json (GPtrArray *findings)
{
  GString *out = g_string_new ("[");

  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);

      g_string_append (out, i > 0 ? ",\n " : "\n ");
      g_string_append (out, "{\"rule\": ");
      append_json_string (out, ov_finding_get_rule_id (finding));
      g_string_append (out, ", \"severity\": ");
      append_json_string (out, ov_enum_get_nick (OV_TYPE_SEVERITY,
                                                 ov_finding_get_severity (finding)));
      g_string_append (out, ", \"case\": ");
      append_json_string (out, ov_finding_get_case_reference (finding));
      g_string_append (out, ", \"person\": ");
      append_json_string (out, ov_finding_get_person_name (finding));
      g_string_append (out, ", \"officer\": ");
      append_json_string (out, ov_finding_get_officer_name (finding));
      g_string_append (out, ", \"subject\": ");
      if (ov_finding_get_subject_kind (finding) != NULL)
        {
          g_string_append (out, "{\"kind\": ");
          append_json_string (out, ov_finding_get_subject_kind (finding));
          g_string_append_printf (out, ", \"id\": %" G_GINT64_FORMAT ", \"label\": ",
                                  ov_finding_get_subject_id (finding));
          append_json_string (out, ov_finding_get_subject_label (finding));
          g_string_append_c (out, '}');
        }
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"message\": ");
      append_json_string (out, ov_finding_get_message (finding));
      g_string_append (out, ", \"due\": ");
      append_json_string (out, ov_finding_get_due_on (finding));
      g_string_append_printf (out, ", \"days_overdue\": %d}", ov_finding_get_days_overdue (finding));
    }
  g_string_append (out, findings->len > 0 ? "\n]\n" : "]\n");
  return g_string_free (out, FALSE);
}

/**
 * ov_compliance_to_text:
 *
 * Returns: (transfer full): the findings for people, one line each
 */
char *
ov_compliance_to_text (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);
      OvSeverity severity = ov_finding_get_severity (finding);
      int days = ov_finding_get_days_overdue (finding);
      g_autofree char *due = ov_format_date (ov_finding_get_due_on (finding));
      g_autofree char *when = NULL;
      const char *subject_kind = ov_finding_get_subject_kind (finding);
      g_autofree char *about = NULL;

      if (severity == OV_SEVERITY_OVERDUE)
        when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue (due %s)",
                                             "%d days overdue (due %s)", days), days, due);
      else if (severity == OV_SEVERITY_DUE_SOON)
        when = g_strdup_printf (_("due %s"), due);
      else
        when = g_strdup (ov_enum_get_label (OV_TYPE_SEVERITY, severity));

      if (subject_kind != NULL)
        /* Translators: what a finding about the force is about: its kind and name,
         * e.g. "partner: Northshire Children’s Services" */
        about = g_strdup_printf (_("%s: %s"), subject_kind,
                                 ov_finding_get_subject_label (finding));
      else
        about = g_strdup (ov_finding_get_case_reference (finding));

      /* Translators: one finding: case reference, how late, message, rule id */
      g_string_append_printf (out, _("%s\t%s\t%s [%s]\n"),
                              about, when,
                              ov_finding_get_message (finding),
                              ov_finding_get_rule_id (finding));
    }
  return g_string_free (out, FALSE);
}
