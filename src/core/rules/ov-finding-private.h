/* ov-finding-private.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the compliance engine fills in findings cheaply: a full check makes hundreds of
 * thousands of them. Rule ids and sections are static strings, the texts of a case or a
 * person are shared reference-counted strings (GRefString), the due date is kept as a
 * day number, and the message is formatted only when someone asks for it.
 */

#pragma once

#include "ov-calendar.h"
#include "ov-finding.h"

G_BEGIN_DECLS

typedef enum
{
  OV_FINDING_ARG_NONE,
  OV_FINDING_ARG_TEXT,   /* a string that lives as long as the finding */
  OV_FINDING_ARG_DAY,    /* a day, written as people read it when the message is built */
} OvFindingArgKind;

typedef struct
{
  OvFindingArgKind kind;
  const char      *text;
  OvDay            day;
} OvFindingArg;

#define OV_FINDING_TEXT(t) ((OvFindingArg) { OV_FINDING_ARG_TEXT, (t), 0 })
#define OV_FINDING_DAY(d)  ((OvFindingArg) { OV_FINDING_ARG_DAY, NULL, (d) })
#define OV_FINDING_NONE    ((OvFindingArg) { OV_FINDING_ARG_NONE, NULL, 0 })

/* What the engine sorts findings by, read in one call. */
typedef struct
{
  OvSeverity  severity;
  int         days_overdue;
  const char *case_reference;
  const char *subject_label;
  const char *person_name;
  const char *rule_id;
} OvFindingSortFacts;

OvFinding *_ov_finding_new_static       (const char   *rule_id,
                                         OvSeverity    severity,
                                         const char   *section);
void       _ov_finding_set_case_shared  (OvFinding    *self,
                                         gint64        case_id,
                                         char         *case_reference,
                                         gint64        officer_id,
                                         char         *officer_name);
void       _ov_finding_set_person_shared (OvFinding   *self,
                                         gint64        person_id,
                                         char         *person_name);
void       _ov_finding_set_due_day      (OvFinding    *self,
                                         OvDay         due,
                                         int           days_overdue);
void       _ov_finding_take_message     (OvFinding    *self,
                                         char         *message);
void       _ov_finding_set_static_message (OvFinding  *self,
                                         const char   *message);
void       _ov_finding_set_message_format (OvFinding  *self,
                                         const char   *format,
                                         OvFindingArg  first,
                                         OvFindingArg  second);
void       _ov_finding_get_sort_facts   (OvFinding    *self,
                                         OvFindingSortFacts *facts);

G_END_DECLS
