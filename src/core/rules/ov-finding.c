/* ov-finding.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-finding"

#include "config.h"

#include "ov-enum-types.h"
#include "ov-finding.h"

struct _OvFinding
{
  GObject     parent_instance;

  char       *rule_id;
  OvSeverity  severity;
  char       *message;
  gint64      case_id;
  char       *case_reference;
  gint64      person_id;
  char       *person_name;
  gint64      officer_id;
  char       *officer_name;
  char       *due_on;
  int         days_overdue;
  char       *section;
  char       *subject_kind;
  gint64      subject_id;
  char       *subject_label;
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

  g_free (self->rule_id);
  g_free (self->message);
  g_free (self->case_reference);
  g_free (self->person_name);
  g_free (self->officer_name);
  g_free (self->due_on);
  g_free (self->section);
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
      g_value_set_string (value, self->message);
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
      g_value_set_string (value, self->due_on);
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
  OvFinding *self = g_object_new (OV_TYPE_FINDING, NULL);

  self->rule_id = g_strdup (rule_id);
  self->severity = severity;
  self->message = g_strdup (message);
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
  self->case_id = case_id;
  g_free (self->case_reference);
  self->case_reference = g_strdup (case_reference);
  self->officer_id = officer_id;
  g_free (self->officer_name);
  self->officer_name = g_strdup (officer_name);
}

void
ov_finding_set_person (OvFinding  *self,
                       gint64      person_id,
                       const char *person_name)
{
  self->person_id = person_id;
  g_free (self->person_name);
  self->person_name = g_strdup (person_name);
}

void
ov_finding_set_due (OvFinding  *self,
                    const char *due_on,
                    int         days_overdue)
{
  g_free (self->due_on);
  self->due_on = g_strdup (due_on);
  self->days_overdue = days_overdue;
}

void
ov_finding_set_section (OvFinding  *self,
                        const char *section)
{
  g_free (self->section);
  self->section = g_strdup (section);
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
  g_return_val_if_fail (OV_IS_FINDING (self), NULL);
  return self->message;
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
  return self->due_on;
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
