/* ov-demo-readiness.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Demonstration data for force readiness: the unit's training records (some expired, and
 * one investigator on live cases who has never done the awareness course), how each
 * person's PIP accreditation came to be what the staff register shows, the force's support
 * services with welfare support offered, two guidance documents only partly acknowledged
 * (one of them re-issued as a new version), the learning log and escalations to senior
 * leaders (one unanswered for more than a week). Like the rest of the demonstration, it
 * is fictional and dated against late November 2026.
 */

#define G_LOG_DOMAIN "ov-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-case.h"
#include "ov-demo.h"
#include "ov-readiness.h"
#include "ov-staff.h"
#include "ov-util.h"

#define AWARENESS OV_TRAINING_COURSE_MODERN_SLAVERY_AWARENESS
#define FIRST_RESPONDER OV_TRAINING_COURSE_NRM_FIRST_RESPONDER
#define ICIDP OV_TRAINING_COURSE_PIP2_ICIDP
#define MSVLO_COURSE OV_TRAINING_COURSE_MSVLO
#define TRAUMA OV_TRAINING_COURSE_TRAUMA_INFORMED

/* Who gave the courses. */
#define FORCE_COURSE    N_("Force learning and development")
#define REGIONAL_COURSE N_("Regional training hub")
#define COLLEGE_COURSE  N_("College of Policing")

#define FIRST_RESPONSE_LINK "https://intranet.police.example/guidance/msht-first-response"

typedef struct
{
  const char       *staff;
  OvTrainingCourse  course;
  const char       *completed_on;
  const char       *expires_on;
  const char       *provider;
} DemoTraining;

/* Nadia Kowalski, officer in the case on several open cases, has no awareness training;
 * Ravi Chandran's, Kate Lindqvist's and others' have expired. */
static const DemoTraining demo_training[] = {
  { "Helen Marsh", AWARENESS, "2024-03-11", "2027-03-11", FORCE_COURSE },
  { "Helen Marsh", FIRST_RESPONDER, "2024-03-12", "2027-03-12", FORCE_COURSE },
  { "Helen Marsh", ICIDP, "2011-02-18", NULL, COLLEGE_COURSE },
  { "Ravi Chandran", AWARENESS, "2023-02-06", "2026-02-06", FORCE_COURSE },
  { "Ravi Chandran", TRAUMA, "2025-05-20", "2028-05-20", REGIONAL_COURSE },
  { "Joanna Pryce", AWARENESS, "2025-01-15", "2028-01-15", FORCE_COURSE },
  { "Robert Fairbairn", AWARENESS, "2024-09-09", "2027-09-09", FORCE_COURSE },
  { "Kate Lindqvist", AWARENESS, "2023-10-02", "2026-10-02", FORCE_COURSE },
  { "Tom Whitlock", AWARENESS, "2024-05-14", "2027-05-14", FORCE_COURSE },
  { "Tom Whitlock", FIRST_RESPONDER, "2024-05-15", "2027-05-15", FORCE_COURSE },
  { "Tom Whitlock", ICIDP, "2019-03-01", NULL, COLLEGE_COURSE },
  { "Aisha Okafor", AWARENESS, "2025-06-03", "2028-06-03", FORCE_COURSE },
  { "Aisha Okafor", TRAUMA, "2025-06-10", "2028-06-10", REGIONAL_COURSE },
  { "Nadia Kowalski", FIRST_RESPONDER, "2023-04-04", "2026-04-04", FORCE_COURSE },
  { "Nadia Kowalski", ICIDP, "2021-06-11", NULL, COLLEGE_COURSE },
  { "Liam O’Rourke", AWARENESS, "2024-11-18", "2027-11-18", FORCE_COURSE },
  { "Liam O’Rourke", MSVLO_COURSE, "2024-02-14", "2027-02-14", REGIONAL_COURSE },
  { "Owen Fletcher", AWARENESS, "2022-05-10", "2025-05-10", FORCE_COURSE },
  { "Gareth Lloyd", AWARENESS, "2024-01-22", "2027-01-22", FORCE_COURSE },
  { "Megan Harte", AWARENESS, "2025-09-15", "2028-09-15", FORCE_COURSE },
  { "Daniel Mercer", AWARENESS, "2024-06-20", "2027-06-20", FORCE_COURSE },
  { "Daniel Mercer", MSVLO_COURSE, "2024-07-01", "2027-07-01", REGIONAL_COURSE },
  { "Ellie Brandt", AWARENESS, "2025-03-03", "2028-03-03", FORCE_COURSE },
  { "Ellie Brandt", FIRST_RESPONDER, "2025-03-04", "2028-03-04", FORCE_COURSE },
  { "Claire Ashdown", MSVLO_COURSE, "2023-11-06", "2026-11-06", REGIONAL_COURSE },
  { "Claire Ashdown", TRAUMA, "2023-11-20", NULL, REGIONAL_COURSE },
};

typedef struct
{
  const char            *staff;
  OvPipLevel             pip_level;
  OvAccreditationStatus  status;
  const char            *from_date;
  const char            *note;
} DemoAccreditation;

/* Ends at what the staff register shows for each person. */
static const DemoAccreditation demo_accreditation[] = {
  { "Helen Marsh", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2011-04-01", NULL },
  { "Helen Marsh", OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, "2016-05-12",
    N_("Senior investigating officer accreditation.") },
  { "Ravi Chandran", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2014-09-30", NULL },
  { "Joanna Pryce", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2013-06-14", NULL },
  { "Joanna Pryce", OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, "2019-02-08", NULL },
  { "Robert Fairbairn", OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, "2015-11-20", NULL },
  { "Robert Fairbairn", OV_PIP_LEVEL_PIP4, OV_ACCREDITATION_ACTIVE, "2021-10-01", NULL },
  { "Kate Lindqvist", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2012-03-05", NULL },
  { "Kate Lindqvist", OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, "2018-06-25", NULL },
  { "Tom Whitlock", OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE, "2018-09-03", NULL },
  { "Tom Whitlock", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2019-11-21",
    N_("Workplace assessment portfolio signed off.") },
  { "Aisha Okafor", OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE, "2020-01-13", NULL },
  { "Aisha Okafor", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2021-04-16", NULL },
  { "Nadia Kowalski", OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE, "2020-10-05", NULL },
  { "Nadia Kowalski", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2022-01-28", NULL },
  { "Liam O’Rourke", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2020-03-12", NULL },
  { "Owen Fletcher", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2017-07-19", NULL },
  { "Gareth Lloyd", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2015-03-03", NULL },
  { "Gareth Lloyd", OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_LAPSED, "2025-09-30",
    N_("Continuing professional development not kept up after a long posting away from "
       "investigation.") },
  { "Megan Harte", OV_PIP_LEVEL_PIP1, OV_ACCREDITATION_ACTIVE, "2023-02-01", NULL },
  { "Megan Harte", OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE, "2025-09-01",
    N_("Passed the National Investigators’ Exam; ICIDP booked.") },
  { "Daniel Mercer", OV_PIP_LEVEL_PIP1, OV_ACCREDITATION_ACTIVE, "2020-07-01", NULL },
  { "Ellie Brandt", OV_PIP_LEVEL_PIP1, OV_ACCREDITATION_ACTIVE, "2023-05-19", NULL },
};

typedef struct
{
  const char *name;
  const char *access;
} DemoService;

static const DemoService demo_services[] = {
  { N_("Occupational Health"),
    N_("Self-referral on the intranet form, or through a line manager. Phone 01632 960200.") },
  { N_("Employee Assistance Programme"),
    N_("Free, confidential, 24 hours a day: phone 0808 157 0000, quoting the force’s "
       "scheme number.") },
  { N_("Trauma Risk Management (TRiM)"),
    N_("Ask a supervisor or the TRiM coordinator; an assessment is offered within 72 hours "
       "of a traumatic incident.") },
  { N_("Chaplaincy"),
    N_("Drop in on Tuesdays and Thursdays at headquarters, or phone 01632 960201.") },
};

typedef struct
{
  const char *staff;
  const char *offered_on;
  const char *offered;
  const char *service;
} DemoWelfare;

static const DemoWelfare demo_welfare[] = {
  { "Tom Whitlock", "2026-10-14",
    N_("TRiM assessment after the car wash warrant, where two victims were injured."),
    N_("Trauma Risk Management (TRiM)") },
  { "Claire Ashdown", "2026-09-02",
    N_("Six counselling sessions after months of disclosures from child victims."),
    N_("Occupational Health") },
  { "Nadia Kowalski", "2026-11-12",
    N_("Supervisor’s welfare meeting about her caseload; EAP details given."),
    N_("Employee Assistance Programme") },
};

/* Who acknowledged which version of the two documents, and when. */
typedef struct
{
  const char *staff;
  const char *version;
  const char *at;
} DemoAcknowledgement;

static const DemoAcknowledgement first_response_acknowledgements[] = {
  { "Helen Marsh", "1.3", "2025-03-04T09:12:00Z" },
  { "Ravi Chandran", "1.3", "2025-03-05T14:40:00Z" },
  { "Tom Whitlock", "1.3", "2025-03-10T08:05:00Z" },
  { "Aisha Okafor", "1.3", "2025-03-11T16:20:00Z" },
  { "Nadia Kowalski", "1.3", "2025-03-12T10:00:00Z" },
  { "Helen Marsh", "2.0", "2026-09-02T08:30:00Z" },
  { "Joanna Pryce", "2.0", "2026-09-03T11:15:00Z" },
  { "Liam O’Rourke", "2.0", "2026-09-08T15:45:00Z" },
};

static const DemoAcknowledgement reception_acknowledgements[] = {
  { "Helen Marsh", "1.0", "2026-04-16T09:00:00Z" },
  { "Ravi Chandran", "1.0", "2026-04-16T10:30:00Z" },
  { "Joanna Pryce", "1.0", "2026-04-17T13:10:00Z" },
  { "Tom Whitlock", "1.0", "2026-04-20T08:45:00Z" },
  { "Claire Ashdown", "1.0", "2026-04-22T12:00:00Z" },
};

typedef struct
{
  OvLearningKind      kind;
  const char         *recorded_on;
  const char         *case_reference;
  const char         *description;
  const char         *actions;
  const char         *actions_closed_on;
  OvLearningAudience  shared_with;
  const char         *shared_on;
} DemoLearning;

static const DemoLearning demo_learning[] = {
  { OV_LEARNING_KIND_GOOD_PRACTICE, "2026-10-05", "MSHT/2025/0007",
    N_("A joint visit with children’s social care and the ICTG service on the first day "
       "kept both boys engaged: neither went missing, and both gave accounts within a "
       "fortnight."),
    NULL, NULL, OV_LEARNING_AUDIENCE_TEAM | OV_LEARNING_AUDIENCE_FORCE, "2026-10-12" },
  { OV_LEARNING_KIND_MISSED_OPPORTUNITY, "2026-10-20", "MSHT/2025/0011",
    N_("Response officers attended a noise complaint at the flat three months before the "
       "warrant and did not recognise the signs of sexual exploitation."),
    N_("Brief every response team on the indicators of sexual exploitation; add the flat’s "
       "address history to the intelligence report."),
    NULL, OV_LEARNING_AUDIENCE_TEAM, "2026-10-27" },
  { OV_LEARNING_KIND_PROCESS_GAP, "2026-09-14", NULL,
    N_("Booking an interpreter out of hours took five hours because the force’s contract "
       "covers office hours only."),
    N_("Agree an out-of-hours call-off with the regional interpreting framework."),
    "2026-11-02", OV_LEARNING_AUDIENCE_FORCE | OV_LEARNING_AUDIENCE_REGIONAL, "2026-11-04" },
};

typedef struct
{
  OvEscalationConcern  concern;
  const char          *details;
  const char          *raised_to_name;
  const char          *raised_to_rank;
  const char          *raised_on;
  const char          *response;
  const char          *responded_on;
  const char          *closed_on;
  const char          *case_reference;
} DemoEscalation;

static const DemoEscalation demo_escalations[] = {
  { OV_ESCALATION_CONCERN_RESOURCES,
    N_("Three investigators carry eleven open cases between them; two more operations are "
       "waiting to be allocated. Ask for two detectives on attachment for three months."),
    "Sarah Whitcombe", N_("Detective Chief Superintendent"), "2026-11-09",
    NULL, NULL, NULL, NULL },
  { OV_ESCALATION_CONCERN_PARTNER,
    N_("The local authority has no emergency bed space for adult male victims after 5 pm, "
       "so victims recovered in the evening have been kept in police buildings."),
    "Mark Dunmore", N_("Assistant Chief Constable"), "2026-10-12",
    N_("Raised with the director of adult services; an out-of-hours arrangement with two "
       "hostels is agreed from 1 November."),
    "2026-10-16", "2026-10-30", "MSHT/2025/0003" },
  { OV_ESCALATION_CONCERN_WELFARE,
    N_("The victim care hub has had no clinical supervision since the summer; staff are "
       "hearing disclosures from children every week."),
    "Sarah Whitcombe", N_("Detective Chief Superintendent"), "2026-11-23",
    NULL, NULL, NULL, NULL },
};

static const char *
translated (const char *text)
{
  return text != NULL ? _(text) : NULL;
}

static gint64
find_staff (GPtrArray  *staff,
            const char *name)
{
  for (guint i = 0; i < staff->len; i++)
    {
      if (g_strcmp0 (ov_staff_get_name (staff->pdata[i]), name) == 0)
        return ov_record_get_id (staff->pdata[i]);
    }
  g_assert_not_reached ();
}

static gint64
find_case (OvStore     *store,
           const char  *reference,
           GError     **error)
{
  g_autoptr(OvCase) the_case = NULL;

  if (reference == NULL)
    return 0;
  the_case = ov_store_find_case (store, reference, error);
  return the_case != NULL ? ov_record_get_id (OV_RECORD (the_case)) : -1;
}

static gboolean
save_training (OvStore    *store,
               GPtrArray  *staff,
               GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_training); i++)
    {
      const DemoTraining *data = &demo_training[i];
      g_autoptr(OvTrainingRecord) record = ov_training_record_new ();

      ov_training_record_set_staff_id (record, find_staff (staff, data->staff));
      ov_training_record_set_course (record, data->course);
      ov_training_record_set_completed_on (record, data->completed_on);
      ov_training_record_set_expires_on (record, data->expires_on);
      ov_training_record_set_provider (record, translated (data->provider));
      if (!ov_store_save (store, OV_RECORD (record), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_accreditation (OvStore    *store,
                    GPtrArray  *staff,
                    GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_accreditation); i++)
    {
      const DemoAccreditation *data = &demo_accreditation[i];
      g_autoptr(OvAccreditationChange) change = ov_accreditation_change_new ();

      ov_accreditation_change_set_staff_id (change, find_staff (staff, data->staff));
      ov_accreditation_change_set_pip_level (change, data->pip_level);
      ov_accreditation_change_set_accreditation_status (change, data->status);
      ov_accreditation_change_set_from_date (change, data->from_date);
      ov_accreditation_change_set_note (change, translated (data->note));
      if (!ov_store_save (store, OV_RECORD (change), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_welfare (OvStore    *store,
              GPtrArray  *staff,
              GError    **error)
{
  g_autoptr(GHashTable) services = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (demo_services); i++)
    {
      g_autoptr(OvSupportService) service = ov_support_service_new ();

      ov_support_service_set_name (service, _(demo_services[i].name));
      ov_support_service_set_access (service, _(demo_services[i].access));
      if (!ov_store_save (store, OV_RECORD (service), error))
        return FALSE;
      g_hash_table_insert (services, (gpointer) demo_services[i].name, service);
      g_ptr_array_add (saved, g_steal_pointer (&service));
    }

  for (guint i = 0; i < G_N_ELEMENTS (demo_welfare); i++)
    {
      const DemoWelfare *data = &demo_welfare[i];
      g_autoptr(OvStaffWelfare) welfare = ov_staff_welfare_new ();
      OvSupportService *service = g_hash_table_lookup (services, data->service);

      g_assert (service != NULL);
      ov_staff_welfare_set_staff_id (welfare, find_staff (staff, data->staff));
      ov_staff_welfare_set_offered_on (welfare, data->offered_on);
      ov_staff_welfare_set_offered (welfare, _(data->offered));
      ov_staff_welfare_set_service_id (welfare, ov_record_get_id (OV_RECORD (service)));
      if (!ov_store_save (store, OV_RECORD (welfare), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
acknowledge (OvStore                   *store,
             GPtrArray                 *staff,
             OvGuidanceDocument        *document,
             const DemoAcknowledgement *data,
             const char                *version,
             GError                   **error)
{
  g_autoptr(OvGuidanceAcknowledgement) acknowledgement = NULL;

  if (g_strcmp0 (data->version, version) != 0)
    return TRUE;

  acknowledgement = ov_guidance_acknowledgement_new ();
  ov_guidance_acknowledgement_set_document_id (acknowledgement,
                                               ov_record_get_id (OV_RECORD (document)));
  ov_guidance_acknowledgement_set_version (acknowledgement, data->version);
  ov_guidance_acknowledgement_set_staff_id (acknowledgement, find_staff (staff, data->staff));
  ov_guidance_acknowledgement_set_acknowledged_at (acknowledgement, data->at);
  return ov_store_save (store, OV_RECORD (acknowledgement), error);
}

static gboolean
save_guidance (OvStore    *store,
               GPtrArray  *staff,
               GError    **error)
{
  g_autoptr(OvGuidanceDocument) first_response = ov_guidance_document_new ();
  g_autoptr(OvGuidanceDocument) reception = ov_guidance_document_new ();

  /* First response was re-issued in September: acknowledgements of 1.3 no longer count. */
  ov_guidance_document_set_title (first_response, _("Modern slavery: first response"));
  ov_guidance_document_set_version (first_response, "1.3");
  ov_guidance_document_set_effective_on (first_response, "2025-03-01");
  ov_guidance_document_set_location (first_response, FIRST_RESPONSE_LINK);
  ov_guidance_document_set_summary (first_response,
                                    _("What a first responder does on finding a potential "
                                      "victim: safety first, the NRM or MS1, the duty to "
                                      "notify and who to call."));
  if (!ov_store_save (store, OV_RECORD (first_response), error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (first_response_acknowledgements); i++)
    {
      if (!acknowledge (store, staff, first_response, &first_response_acknowledgements[i],
                        "1.3", error))
        return FALSE;
    }
  ov_guidance_document_set_version (first_response, "2.0");
  ov_guidance_document_set_effective_on (first_response, "2026-09-01");
  ov_guidance_document_set_summary (first_response,
                                    _("Version 2.0 adds the child NRM route without consent, "
                                      "the s45 defence for victims who offended, and the "
                                      "out-of-hours interpreter call-off."));
  if (!ov_store_save (store, OV_RECORD (first_response), error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (first_response_acknowledgements); i++)
    {
      if (!acknowledge (store, staff, first_response, &first_response_acknowledgements[i],
                        "2.0", error))
        return FALSE;
    }

  ov_guidance_document_set_title (reception, _("Victim reception centre: activation"));
  ov_guidance_document_set_version (reception, "1.0");
  ov_guidance_document_set_effective_on (reception, "2026-04-15");
  ov_guidance_document_set_location (reception,
                                     "/srv/guidance/victim-reception-centre-activation.pdf");
  ov_guidance_document_set_summary (reception,
                                    _("Who opens a reception centre, when, and what each "
                                      "agency brings, for pre-planned and spontaneous "
                                      "operations."));
  if (!ov_store_save (store, OV_RECORD (reception), error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (reception_acknowledgements); i++)
    {
      if (!acknowledge (store, staff, reception, &reception_acknowledgements[i], "1.0", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_learning (OvStore  *store,
               GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_learning); i++)
    {
      const DemoLearning *data = &demo_learning[i];
      g_autoptr(OvLearningEntry) entry = ov_learning_entry_new ();
      gint64 case_id = find_case (store, data->case_reference, error);

      if (case_id < 0)
        return FALSE;
      ov_learning_entry_set_kind (entry, data->kind);
      ov_learning_entry_set_recorded_on (entry, data->recorded_on);
      ov_learning_entry_set_case_id (entry, case_id);
      ov_learning_entry_set_description (entry, _(data->description));
      ov_learning_entry_set_actions (entry, translated (data->actions));
      ov_learning_entry_set_actions_closed_on (entry, data->actions_closed_on);
      ov_learning_entry_set_shared_with (entry, data->shared_with);
      ov_learning_entry_set_shared_on (entry, data->shared_on);
      if (!ov_store_save (store, OV_RECORD (entry), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_escalations (OvStore  *store,
                  GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_escalations); i++)
    {
      const DemoEscalation *data = &demo_escalations[i];
      g_autoptr(OvEscalation) escalation = ov_escalation_new ();
      gint64 case_id = find_case (store, data->case_reference, error);

      if (case_id < 0)
        return FALSE;
      ov_escalation_set_concern (escalation, data->concern);
      ov_escalation_set_details (escalation, _(data->details));
      ov_escalation_set_raised_to_name (escalation, data->raised_to_name);
      ov_escalation_set_raised_to_rank (escalation, _(data->raised_to_rank));
      ov_escalation_set_raised_on (escalation, data->raised_on);
      ov_escalation_set_response (escalation, translated (data->response));
      ov_escalation_set_responded_on (escalation, data->responded_on);
      ov_escalation_set_closed_on (escalation, data->closed_on);
      ov_escalation_set_case_id (escalation, case_id);
      if (!ov_store_save (store, OV_RECORD (escalation), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _ov_demo_load_readiness:
 *
 * Writes the readiness part of the demonstration data, inside the transaction of
 * ov_demo_load(), once the staff and cases are saved.
 */
gboolean
_ov_demo_load_readiness (OvStore  *store,
                         GError  **error)
{
  g_autoptr(GPtrArray) staff = ov_store_list_staff (store, FALSE, error);

  return staff != NULL &&
         save_training (store, staff, error) &&
         save_accreditation (store, staff, error) &&
         save_welfare (store, staff, error) &&
         save_guidance (store, staff, error) &&
         save_learning (store, error) &&
         save_escalations (store, error);
}
