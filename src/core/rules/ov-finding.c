/* ov-finding.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-finding"

#include "config.h"

#include <string.h>

#include "ov-enum-types.h"
#include "ov-finding-private.h"
#include "ov-util.h"

struct _OvFinding
{
  GObject       parent_instance;

  const char   *rule_id;         /* static or interned */
  const char   *section;         /* static or interned */
  OvSeverity    severity;
  int           days_overdue;
  gint64        case_id;
  gint64        person_id;
  gint64        officer_id;
  char         *case_reference;  /* GRefString, shared by the findings of one case */
  char         *person_name;     /* GRefString */
  char         *officer_name;    /* GRefString */
  char          due_on[OV_DAY_DATE_SIZE];
  guint         has_due : 1;
  guint         message_is_static : 1;

  /* The message, or NULL until it is first asked for: then it is built from the format
   * and its arguments. */
  char         *message;
  const char   *message_format;
  OvFindingArg  message_args[2];

  /* For findings about the force rather than a case (owned strings). */
  char         *subject_kind;
  gint64        subject_id;
  char         *subject_label;
};

G_DEFINE_FINAL_TYPE (OvFinding, ov_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_CASE_ID,
  PROP_CASE_REFERENCE,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_OFFICER_ID,
  PROP_OFFICER_NAME,
  PROP_DUE_ON,
  PROP_DAYS_OVERDUE,
  PROP_SECTION,
  PROP_SUBJECT_KIND,
  PROP_SUBJECT_ID,
  PROP_SUBJECT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ov_finding_finalize (GObject *object)
{
  OvFinding *self = OV_FINDING (object);

  if (!self->message_is_static)
    g_free (self->message);
  g_clear_pointer (&self->case_reference, g_ref_string_release);
  g_clear_pointer (&self->person_name, g_ref_string_release);
  g_clear_pointer (&self->officer_name, g_ref_string_release);
  g_free (self->subject_kind);
  g_free (self->subject_label);

  G_OBJECT_CLASS (ov_finding_parent_class)->finalize (object);
}

static void
ov_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OvFinding *self = OV_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule_id);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, ov_finding_get_message (self));
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    case PROP_CASE_REFERENCE:
      g_value_set_string (value, self->case_reference);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_OFFICER_ID:
      g_value_set_int64 (value, self->officer_id);
      break;
    case PROP_OFFICER_NAME:
      g_value_set_string (value, self->officer_name);
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, ov_finding_get_due_on (self));
      break;
    case PROP_DAYS_OVERDUE:
      g_value_set_int (value, self->days_overdue);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    case PROP_SUBJECT_KIND:
      g_value_set_string (value, self->subject_kind);
      break;
    case PROP_SUBJECT_ID:
      g_value_set_int64 (value, self->subject_id);
      break;
    case PROP_SUBJECT_LABEL:
      g_value_set_string (value, self->subject_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_finding_class_init (OvFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ov_finding_finalize;
  object_class->get_property = ov_finding_get_property;

  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL, OV_TYPE_SEVERITY,
                                                 OV_SEVERITY_OVERDUE, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CASE_REFERENCE] = g_param_spec_string ("case-reference", NULL, NULL, NULL, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                   flags);
  properties[PROP_PERSON_NAME] = g_param_spec_string ("person-name", NULL, NULL, NULL, flags);
  properties[PROP_OFFICER_ID] = g_param_spec_int64 ("officer-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                    flags);
  properties[PROP_OFFICER_NAME] = g_param_spec_string ("officer-name", NULL, NULL, NULL, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  properties[PROP_DAYS_OVERDUE] = g_param_spec_int ("days-overdue", NULL, NULL,
                                                    G_MININT, G_MAXINT, 0, flags);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT_KIND] = g_param_spec_string ("subject-kind", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT_ID] = g_param_spec_int64 ("subject-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                    flags);
  properties[PROP_SUBJECT_LABEL] = g_param_spec_string ("subject-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_finding_init (OvFinding *self)
{
}

static char *
shared_string (const char *text)
{
  return text != NULL ? g_ref_string_new (text) : NULL;
}

static char *
acquire_shared (char *text)
{
  return text != NULL ? g_ref_string_acquire (text) : NULL;
}

/**
 * ov_finding_new:
 *
 * Returns: (transfer full): a finding; the engine fills in the rest
 */
OvFinding *
ov_finding_new (const char *rule_id,
                OvSeverity  severity,
                const char *message)
{
  OvFinding *self = _ov_finding_new_static (g_intern_string (rule_id), severity, NULL);

  self->message = g_strdup (message);
  return self;
}

/* @rule_id and @section must be static (or interned) strings. */
OvFinding *
_ov_finding_new_static (const char *rule_id,
                        OvSeverity  severity,
                        const char *section)
{
  OvFinding *self = g_object_new (OV_TYPE_FINDING, NULL);

  self->rule_id = rule_id;
  self->severity = severity;
  self->section = section;
  return self;
}

/**
 * ov_finding_new_for_subject:
 * @subject_kind: what the finding is about, such as %OV_SUBJECT_PARTNER
 * @subject_id: the id of that record
 * @subject_label: how people know the record, such as the partner's name
 *
 * A finding about the force rather than a case: a partner, a reception plan, a member of
 * staff and so on.
 *
 * Returns: (transfer full): a finding about @subject_kind
 */
OvFinding *
ov_finding_new_for_subject (const char *rule_id,
                            OvSeverity  severity,
                            const char *message,
                            const char *subject_kind,
                            gint64      subject_id,
                            const char *subject_label)
{
  OvFinding *self;

  g_return_val_if_fail (subject_kind != NULL, NULL);

  self = ov_finding_new (rule_id, severity, message);
  self->subject_kind = g_strdup (subject_kind);
  self->subject_id = subject_id;
  self->subject_label = g_strdup (subject_label);
  return self;
}

void
ov_finding_set_case (OvFinding  *self,
                     gint64      case_id,
                     const char *case_reference,
                     gint64      officer_id,
                     const char *officer_name)
{
  g_autofree char *reference = shared_string (case_reference);
  g_autofree char *officer = shared_string (officer_name);

  g_return_if_fail (OV_IS_FINDING (self));

  _ov_finding_set_case_shared (self, case_id, reference, officer_id, officer);
  g_clear_pointer (&reference, g_ref_string_release);
  g_clear_pointer (&officer, g_ref_string_release);
}

/* @case_reference and @officer_name are GRefStrings (or %NULL): the finding takes a
 * reference to each. */
void
_ov_finding_set_case_shared (OvFinding  *self,
                             gint64      case_id,
                             char       *case_reference,
                             gint64      officer_id,
                             char       *officer_name)
{
  self->case_id = case_id;
  g_clear_pointer (&self->case_reference, g_ref_string_release);
  self->case_reference = acquire_shared (case_reference);
  self->officer_id = officer_id;
  g_clear_pointer (&self->officer_name, g_ref_string_release);
  self->officer_name = acquire_shared (officer_name);
}

void
ov_finding_set_person (OvFinding  *self,
                       gint64      person_id,
                       const char *person_name)
{
  g_autofree char *name = shared_string (person_name);

  g_return_if_fail (OV_IS_FINDING (self));

  _ov_finding_set_person_shared (self, person_id, name);
  g_clear_pointer (&name, g_ref_string_release);
}

/* @person_name is a GRefString (or %NULL): the finding takes a reference. */
void
_ov_finding_set_person_shared (OvFinding *self,
                               gint64     person_id,
                               char      *person_name)
{
  self->person_id = person_id;
  g_clear_pointer (&self->person_name, g_ref_string_release);
  self->person_name = acquire_shared (person_name);
}

/**
 * ov_finding_set_due:
 * @due_on: (nullable): the day it fell due, YYYY-MM-DD
 */
void
ov_finding_set_due (OvFinding  *self,
                    const char *due_on,
                    int         days_overdue)
{
  g_return_if_fail (OV_IS_FINDING (self));
  g_return_if_fail (due_on == NULL || strlen (due_on) < OV_DAY_DATE_SIZE);

  self->has_due = due_on != NULL;
  g_strlcpy (self->due_on, due_on != NULL ? due_on : "", sizeof self->due_on);
  self->days_overdue = days_overdue;
}

void
_ov_finding_set_due_day (OvFinding *self,
                         OvDay      due,
                         int        days_overdue)
{
  self->has_due = ov_day_format_date (due, self->due_on);
  self->days_overdue = days_overdue;
}

void
ov_finding_set_section (OvFinding  *self,
                        const char *section)
{
  g_return_if_fail (OV_IS_FINDING (self));

  self->section = g_intern_string (section);
}

static void
clear_message (OvFinding *self)
{
  if (!self->message_is_static)
    g_free (self->message);
  self->message = NULL;
  self->message_is_static = FALSE;
  self->message_format = NULL;
}

/* Takes @message. */
void
_ov_finding_take_message (OvFinding *self,
                          char      *message)
{
  clear_message (self);
  self->message = message;
}

/* @message is a static (or translated) string: it is not copied. */
void
_ov_finding_set_static_message (OvFinding  *self,
                                const char *message)
{
  clear_message (self);
  self->message = (char *) message;
  self->message_is_static = TRUE;
}

/* The message is @format (a static, translated printf format taking one or two strings)
 * with @first and @second, built the first time it is asked for. Texts given as
 * arguments must live as long as the finding. */
void
_ov_finding_set_message_format (OvFinding    *self,
                                const char   *format,
                                OvFindingArg  first,
                                OvFindingArg  second)
{
  clear_message (self);
  self->message_format = format;
  self->message_args[0] = first;
  self->message_args[1] = second;
}

static char *
format_argument (const OvFindingArg *arg)
{
  char date[OV_DAY_DATE_SIZE];

  switch (arg->kind)
    {
    case OV_FINDING_ARG_TEXT:
      return g_strdup (arg->text);
    case OV_FINDING_ARG_DAY:
      return ov_format_date (ov_day_format_date (arg->day, date) ? date : NULL);
    case OV_FINDING_ARG_NONE:
    default:
      return NULL;
    }
}

static char *
build_message (OvFinding *self)
{
  g_autofree char *first = format_argument (&self->message_args[0]);
  g_autofree char *second = format_argument (&self->message_args[1]);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (self->message_format, first, second);
#pragma GCC diagnostic pop
}

const char *
ov_finding_get_rule_id (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->rule_id;
}

OvSeverity
ov_finding_get_severity (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), 0);
  return self->severity;
}

const char *
ov_finding_get_message (OvFinding *self)
{
  char *message;

  g_return_val_if_fail (OV_IS_FINDING (self), NULL);

  message = g_atomic_pointer_get (&self->message);
  if (message == NULL && self->message_format != NULL)
    {
      /* Findings are made in one thread and read in another: whichever builds the
       * message first keeps it. */
      message = build_message (self);
      if (!g_atomic_pointer_compare_and_exchange (&self->message, NULL, message))
        {
          g_free (message);
          message = g_atomic_pointer_get (&self->message);
        }
    }
  return message;
}

gint64
ov_finding_get_case_id (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), 0);
  return self->case_id;
}

const char *
ov_finding_get_case_reference (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->case_reference;
}

gint64
ov_finding_get_person_id (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), 0);
  return self->person_id;
}

const char *
ov_finding_get_person_name (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->person_name;
}

gint64
ov_finding_get_officer_id (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), 0);
  return self->officer_id;
}

const char *
ov_finding_get_officer_name (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->officer_name;
}

const char *
ov_finding_get_due_on (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->has_due ? self->due_on : NULL;
}

int
ov_finding_get_days_overdue (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), 0);
  return self->days_overdue;
}

const char *
ov_finding_get_section (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->section;
}

/**
 * ov_finding_get_subject_kind:
 *
 * Returns: (nullable): what a finding about the force is about, such as
 *   %OV_SUBJECT_PARTNER, or %NULL for a finding about a case
 */
const char *
ov_finding_get_subject_kind (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->subject_kind;
}

gint64
ov_finding_get_subject_id (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), 0);
  return self->subject_id;
}

const char *
ov_finding_get_subject_label (OvFinding *self)
{
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->subject_label;
}

void
_ov_finding_get_sort_facts (OvFinding          *self,
                            OvFindingSortFacts *facts)
{
  facts->severity = self->severity;
  facts->days_overdue = self->days_overdue;
  facts->case_reference = self->case_reference;
  facts->subject_label = self->subject_label;
  facts->person_name = self->person_name;
  facts->rule_id = self->rule_id;
}

/**
 * ov_finding_compare:
 *
 * The order findings are shown in: overdue first, most overdue first; then due soon,
 * soonest first; then information; ties by case reference and person.
 */
int
ov_finding_compare (OvFinding *a,
                    OvFinding *b)
{
  int c;

  if (a->severity != b->severity)
    return (int) a->severity - (int) b->severity;
  if (a->days_overdue != b->days_overdue)
    return a->days_overdue > b->days_overdue ? -1 : 1;
  if ((c = g_strcmp0 (a->case_reference, b->case_reference)) != 0)
    return c;
  if ((c = g_strcmp0 (a->subject_label, b->subject_label)) != 0)
    return c;
  if ((c = g_strcmp0 (a->person_name, b->person_name)) != 0)
    return c;
  return g_strcmp0 (a->rule_id, b->rule_id);
}
