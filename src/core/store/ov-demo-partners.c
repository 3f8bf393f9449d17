/* ov-demo-partners.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Demonstration data for the force's readiness: a register of the partner agencies a
 * modern slavery unit works with, their named contacts, and two victim reception centre
 * plans — one agreed through the local resilience forum and exercised this year, one that
 * has lapsed. The referrals and victim support of the demonstration cases that name these
 * agencies are linked to them. Like the rest of the demonstration, everything here is
 * invented: the names, the people, the numbers (Ofcom's drama ranges) and the addresses
 * (the reserved example domains).
 */

#define G_LOG_DOMAIN "ov-demo-partners"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-demo.h"
#include "ov-partners.h"
#include "ov-store-private.h"
#include "ov-util.h"
#include "ov-victims.h"

enum
{
  CHILDRENS_SERVICES,
  ADULT_SOCIAL_CARE,
  VICTIM_CARE,
  GUARDIANS,
  HOUSING,
  GLAA,
  HMRC,
  IMMIGRATION,
  NCA,
  ROCU,
  CPS,
  NHS,
  JUSTICE_AND_CARE,
  UNSEEN,
  LRF,
  N_DEMO_PARTNERS
};

typedef struct
{
  const char         *name;
  OvPartnerType       type;
  OvSharingAgreement  sharing;
  const char         *sharing_review_on;
  const char         *last_engaged_on;
  const char         *last_engagement;
  const char         *notes;
} DemoPartner;

/* The names of the councils' teams, the victim care contract and the guardian service are
 * those the demonstration referrals already use, so the referrals can be linked to them.
 * Adult social care's agreement is past its review date: the dashboard shows it. */
static const DemoPartner demo_partners[N_DEMO_PARTNERS] = {
  [CHILDRENS_SERVICES] = {
    N_("Children’s social care, Anytown County Council"), OV_PARTNER_TYPE_CHILDRENS_SOCIAL_CARE,
    OV_SHARING_AGREEMENT_AGREEMENT, "2027-04-30", "2026-11-12",
    N_("Multi-agency child exploitation panel"),
    N_("Strategy discussions through the MASH; the emergency duty team out of hours.") },
  [ADULT_SOCIAL_CARE] = {
    N_("Adult social care, Anytown County Council"), OV_PARTNER_TYPE_ADULT_SOCIAL_CARE,
    OV_SHARING_AGREEMENT_AGREEMENT, "2026-11-20", "2026-09-30",
    N_("Safeguarding adults board: Care Act section 42 referrals from MSHT cases"),
    NULL },
  [VICTIM_CARE] = {
    N_("Modern Slavery Victim Care Contract (the Salvation Army)"),
    OV_PARTNER_TYPE_ADULT_VICTIM_CARE, OV_SHARING_AGREEMENT_PROTOCOL, "2027-06-30",
    "2026-10-15", N_("Quarterly case review of victims in safe houses"),
    N_("Referrals through the 24-hour referral line; first responders only.") },
  [GUARDIANS] = {
    N_("Independent Child Trafficking Guardian service"), OV_PARTNER_TYPE_ICTG,
    OV_SHARING_AGREEMENT_AGREEMENT, "2027-01-31", "2026-08-19",
    N_("Joint training on the guardians’ role for the unit"), NULL },
  [HOUSING] = {
    N_("Housing options team, Anytown Borough Council"), OV_PARTNER_TYPE_HOUSING,
    OV_SHARING_AGREEMENT_NONE, NULL, "2026-11-04",
    N_("Move-on accommodation for a witness before trial"), NULL },
  [GLAA] = {
    N_("Gangmasters and Labour Abuse Authority"), OV_PARTNER_TYPE_GLAA,
    OV_SHARING_AGREEMENT_PROTOCOL, "2027-02-28", "2026-07-08",
    N_("Joint visits to car washes and nail bars"), NULL },
  [HMRC] = {
    N_("HM Revenue and Customs, National Minimum Wage enforcement"), OV_PARTNER_TYPE_HMRC,
    OV_SHARING_AGREEMENT_NONE, NULL, "2026-05-21",
    N_("Wage arrears evidence for Operation Curlew"), NULL },
  [IMMIGRATION] = {
    N_("Immigration Enforcement, Anytown"), OV_PARTNER_TYPE_IMMIGRATION,
    OV_SHARING_AGREEMENT_PROTOCOL, "2027-03-31", "2026-10-01",
    N_("Status checks at a reception centre exercise"),
    N_("Attends reception centres for status checks only; victims are told so first.") },
  [NCA] = {
    N_("National Crime Agency, Modern Slavery and Human Trafficking Unit"),
    OV_PARTNER_TYPE_NCA, OV_SHARING_AGREEMENT_NONE, NULL, "2026-06-12",
    N_("Intelligence briefing on labour exploitation networks"), NULL },
  [ROCU] = {
    N_("Regional Organised Crime Unit"), OV_PARTNER_TYPE_ROCU,
    OV_SHARING_AGREEMENT_PROTOCOL, "2027-05-31", "2026-11-18",
    N_("Monthly tasking and coordination meeting"), NULL },
  [CPS] = {
    N_("Crown Prosecution Service, Anytown"), OV_PARTNER_TYPE_CPS,
    OV_SHARING_AGREEMENT_NONE, NULL, "2026-11-10",
    N_("Early investigative advice on Operation Merlin"), NULL },
  [NHS] = {
    N_("Community health team, NHS"), OV_PARTNER_TYPE_NHS,
    OV_SHARING_AGREEMENT_AGREEMENT, "2027-09-30", "2026-10-24",
    N_("Health screening arrangements for reception centres"), NULL },
  [JUSTICE_AND_CARE] = {
    "Justice and Care", OV_PARTNER_TYPE_NGO,
    OV_SHARING_AGREEMENT_AGREEMENT, "2027-05-31", "2026-11-20",
    N_("Monthly review of the navigators’ cases"),
    N_("Victim navigators embedded with the unit.") },
  [UNSEEN] = {
    "Unseen", OV_PARTNER_TYPE_NGO, OV_SHARING_AGREEMENT_NONE, NULL, "2026-04-16",
    N_("Helpline referrals passed to the unit"), NULL },
  [LRF] = {
    N_("Anytown Local Resilience Forum"), OV_PARTNER_TYPE_LRF,
    OV_SHARING_AGREEMENT_NONE, NULL, "2026-03-18",
    N_("Agreement of the pre-planned reception centre plan"), NULL },
};

typedef struct
{
  int         partner;
  const char *name;
  const char *role;
  const char *phone;
  const char *email;
  const char *out_of_hours;
} DemoContact;

static const DemoContact demo_contacts[] = {
  { CHILDRENS_SERVICES, "Rachel Oduya", N_("MASH team manager"), "01632 960401",
    "rachel.oduya@anytown-council.example", NULL },
  { CHILDRENS_SERVICES, N_("Emergency duty team"), N_("Out of hours"), NULL, NULL,
    "01632 960499" },
  { ADULT_SOCIAL_CARE, "Martin Kerr", N_("Safeguarding adults lead"), "01632 960411",
    "martin.kerr@anytown-council.example", "01632 960499" },
  { VICTIM_CARE, N_("Referral line"), N_("Referrals into the victim care contract"),
    "01632 960420", NULL, "01632 960420" },
  { VICTIM_CARE, "Grace Lindley", N_("Regional first responder coordinator"), "07700 900420",
    "grace.lindley@victimcare.example", NULL },
  { GUARDIANS, "Tomasz Wren", N_("Service manager"), "01632 960430",
    "tomasz.wren@guardians.example", NULL },
  { HOUSING, "Bev Sandhu", N_("Housing options officer"), "01632 960440",
    "bev.sandhu@anytown-borough.example", NULL },
  { GLAA, "Colin Marr", N_("Senior investigating officer"), "07700 900450",
    "colin.marr@glaa.example", NULL },
  { HMRC, "Priya Anand", N_("Compliance officer"), "07700 900460", "priya.anand@hmrc.example",
    NULL },
  { IMMIGRATION, "Duty officer", N_("Immigration Enforcement duty officer"), "01632 960470",
    NULL, "01632 960470" },
  { NCA, "Adam Frost", N_("Intelligence liaison officer"), "07700 900480",
    "adam.frost@nca.example", NULL },
  { ROCU, "DI Sarah Quinn", N_("Modern slavery coordinator"), "07700 900490",
    "sarah.quinn@rocu.example", "07700 900491" },
  { CPS, "Imran Shah", N_("Senior crown prosecutor, complex casework"), "01632 960500",
    "imran.shah@cps.example", NULL },
  { NHS, "Dr Alison Pearce", N_("Named nurse for safeguarding adults"), "01632 960510",
    "alison.pearce@nhs.example", "01632 960519" },
  { JUSTICE_AND_CARE, "Hannah Greaves", N_("Victim navigator"), "07700 900520",
    "hannah.greaves@justiceandcare.example", NULL },
  { JUSTICE_AND_CARE, "Joseph Adeyemi", N_("Victim navigator"), "07700 900521",
    "joseph.adeyemi@justiceandcare.example", NULL },
  { UNSEEN, N_("Modern slavery helpline"), N_("Helpline referrals"), "01632 960530", NULL,
    "01632 960530" },
  { LRF, "Karen Doyle", N_("LRF coordinator"), "01632 960540", "karen.doyle@anytown-lrf.example",
    NULL },
};

typedef struct
{
  const char  *name;
  OvPlanScope  scope;
  const char  *venue;
  int          capacity;
  const char  *activation;
  const char  *escalation;
  const char  *interpreters;
  const char  *health_screening;
  const char  *welfare;
  const char  *onward_support;
  const char  *lrf_agreed_on;
  const char  *lrf_reference;
  const char  *last_exercised_on;
  const char  *lessons;
  const char  *review_due_on;
} DemoPlan;

enum { PLANNED, SPONTANEOUS, N_DEMO_PLANS };

/* The spontaneous plan was last agreed in 2024 and last exercised in May 2025: the
 * dashboard shows it due for review and for an exercise. */
static const DemoPlan demo_plans[N_DEMO_PLANS] = {
  [PLANNED] = {
    N_("Pre-planned operations reception centre"), OV_PLAN_SCOPE_PRE_PLANNED,
    N_("Kingsway Leisure Centre, sports hall and meeting rooms"), 60,
    N_("The operation’s gold commander decides at the planning stage; the silver commander "
       "confirms the venue with the council 48 hours before the day of action."),
    N_("Silver commander to the force duty officer; the LRF duty officer is told if the "
       "centre needs to stay open overnight."),
    N_("Telephone interpreting from the moment people arrive; face-to-face interpreters "
       "booked for the languages intelligence suggests."),
    N_("NHS community health team on site: first aid, triage and referral to hospital."),
    N_("Food, drinks, clothing and phone charging; a quiet room for children; time to rest "
       "before any interview."),
    N_("Everyone leaves with an offer of support: victim care contract safe houses for adults, "
       "children’s social care for children, and a named contact."),
    "2026-03-18", "ALRF/2026/07", "2026-09-24",
    N_("Exercise Harbour Light: registration took too long; a second desk and pre-printed "
       "forms in the main languages are now in the plan."),
    "2027-03-18" },
  [SPONTANEOUS] = {
    N_("Spontaneous incident reception centre"), OV_PLAN_SCOPE_SPONTANEOUS,
    N_("Anytown Civic Centre, ground floor"), 25,
    N_("The force duty officer opens the centre when more than five potential victims are "
       "found at once, through the council’s emergency planning officer."),
    N_("Force duty officer to the on-call superintendent."),
    N_("Telephone interpreting."),
    N_("Ambulance service on request."),
    N_("Food and drinks from the civic centre’s emergency stock."),
    N_("Referral to the victim care contract the same day."),
    "2024-10-02", "ALRF/2024/19", "2025-05-14",
    N_("Exercise Night Owl: the council’s out-of-hours contact was out of date."),
    "2025-10-02" },
};

typedef struct
{
  int         plan;
  int         partner;        /* -1 for an agency not in the register */
  const char *agency_name;
  const char *role;
} DemoAgency;

static const DemoAgency demo_agencies[] = {
  { PLANNED, CHILDRENS_SERVICES, NULL, N_("Child safeguarding and placements") },
  { PLANNED, ADULT_SOCIAL_CARE, NULL, N_("Care Act assessments") },
  { PLANNED, VICTIM_CARE, NULL, N_("Adult victim care and safe house places") },
  { PLANNED, NHS, NULL, N_("Health screening and triage") },
  { PLANNED, JUSTICE_AND_CARE, NULL, N_("Victim navigators") },
  { PLANNED, GLAA, NULL, N_("Labour exploitation advice") },
  { PLANNED, IMMIGRATION, NULL, N_("Status checks, after victims are told") },
  { PLANNED, -1, N_("Anytown Interpreting Services"), N_("Face-to-face interpreters") },
  { SPONTANEOUS, CHILDRENS_SERVICES, NULL, N_("Child safeguarding") },
  { SPONTANEOUS, VICTIM_CARE, NULL, N_("Adult victim care") },
  { SPONTANEOUS, -1, N_("British Red Cross, Anytown branch"), N_("Welfare volunteers") },
};

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

/* Texts marked with N_() are translated as they are written; a name not marked has no
 * translation and stays as it is. */
static const char *
text (const char *message)
{
  return message != NULL ? _(message) : NULL;
}

static gboolean
save_partners (OvStore    *store,
               OvPartner **partners,
               GError    **error)
{
  for (int i = 0; i < N_DEMO_PARTNERS; i++)
    {
      const DemoPartner *data = &demo_partners[i];
      g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
      OvPartner *partner = ov_partner_new ();

      partners[i] = partner;
      ov_partner_set_name (partner, text (data->name));
      ov_partner_set_partner_type (partner, data->type);
      ov_partner_set_sharing_agreement (partner, data->sharing);
      ov_partner_set_sharing_review_on (partner, data->sharing_review_on);
      ov_partner_set_last_engaged_on (partner, data->last_engaged_on);
      ov_partner_set_last_engagement (partner, text (data->last_engagement));
      ov_partner_set_notes (partner, text (data->notes));

      for (guint j = 0; j < G_N_ELEMENTS (demo_contacts); j++)
        {
          const DemoContact *contact_data = &demo_contacts[j];
          OvPartnerContact *contact;

          if (contact_data->partner != i)
            continue;
          contact = ov_partner_contact_new ();
          ov_partner_contact_set_name (contact, text (contact_data->name));
          ov_partner_contact_set_role (contact, text (contact_data->role));
          ov_partner_contact_set_phone (contact, contact_data->phone);
          ov_partner_contact_set_email (contact, contact_data->email);
          ov_partner_contact_set_out_of_hours (contact, contact_data->out_of_hours);
          g_ptr_array_add (contacts, contact);
        }

      if (!ov_store_save_partner (store, partner, contacts, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_plans (OvStore    *store,
            OvPartner **partners,
            GError    **error)
{
  for (int i = 0; i < N_DEMO_PLANS; i++)
    {
      const DemoPlan *data = &demo_plans[i];
      g_autoptr(OvReceptionPlan) plan = ov_reception_plan_new ();
      g_autoptr(GPtrArray) agencies = g_ptr_array_new_with_free_func (g_object_unref);

      ov_reception_plan_set_name (plan, text (data->name));
      ov_reception_plan_set_scope (plan, data->scope);
      ov_reception_plan_set_venue (plan, text (data->venue));
      ov_reception_plan_set_capacity (plan, data->capacity);
      ov_reception_plan_set_activation (plan, text (data->activation));
      ov_reception_plan_set_escalation (plan, text (data->escalation));
      ov_reception_plan_set_interpreters (plan, text (data->interpreters));
      ov_reception_plan_set_health_screening (plan, text (data->health_screening));
      ov_reception_plan_set_welfare (plan, text (data->welfare));
      ov_reception_plan_set_onward_support (plan, text (data->onward_support));
      ov_reception_plan_set_lrf_agreed_on (plan, data->lrf_agreed_on);
      ov_reception_plan_set_lrf_reference (plan, data->lrf_reference);
      ov_reception_plan_set_last_exercised_on (plan, data->last_exercised_on);
      ov_reception_plan_set_lessons (plan, text (data->lessons));
      ov_reception_plan_set_review_due_on (plan, data->review_due_on);

      for (guint j = 0; j < G_N_ELEMENTS (demo_agencies); j++)
        {
          const DemoAgency *agency_data = &demo_agencies[j];
          OvReceptionPlanAgency *agency;

          if (agency_data->plan != i)
            continue;
          agency = ov_reception_plan_agency_new ();
          if (agency_data->partner >= 0)
            ov_reception_plan_agency_set_partner_id (agency,
                                                     id_of (partners[agency_data->partner]));
          ov_reception_plan_agency_set_agency_name (agency, text (agency_data->agency_name));
          ov_reception_plan_agency_set_role (agency, text (agency_data->role));
          g_ptr_array_add (agencies, agency);
        }

      if (!ov_store_save_reception_plan (store, plan, agencies, error))
        return FALSE;
    }
  return TRUE;
}

/* The ids of the records of @sql, which selects ids with ?1 bound to @name. */
static GArray *
select_ids (OvStore     *store,
            const char  *sql,
            const char  *name,
            GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _ov_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _ov_store_set_error (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Referrals and victim support that name a partner of the register by its name now name
 * it by reference, as a supervisor picking it from the register would have. */
static gboolean
link_to_partners (OvStore    *store,
                  OvPartner **partners,
                  GError    **error)
{
  for (int i = 0; i < N_DEMO_PARTNERS; i++)
    {
      const char *name = ov_partner_get_name (partners[i]);
      g_autoptr(GArray) referrals = NULL;
      g_autoptr(GArray) support = NULL;

      referrals = select_ids (store, "SELECT id FROM safeguarding_referrals WHERE agency = ?1",
                              name, error);
      if (referrals == NULL)
        return FALSE;
      for (guint j = 0; j < referrals->len; j++)
        {
          g_autoptr(OvSafeguardingReferral) referral = NULL;

          referral = ov_store_load (store, OV_TYPE_SAFEGUARDING_REFERRAL,
                                    g_array_index (referrals, gint64, j), error);
          if (referral == NULL)
            return FALSE;
          ov_safeguarding_referral_set_partner_id (referral, id_of (partners[i]));
          ov_safeguarding_referral_set_agency (referral, NULL);
          if (!ov_store_save (store, OV_RECORD (referral), error))
            return FALSE;
        }

      support = select_ids (store, "SELECT id FROM victim_support WHERE organisation = ?1",
                            name, error);
      if (support == NULL)
        return FALSE;
      for (guint j = 0; j < support->len; j++)
        {
          g_autoptr(OvVictimSupport) entry = NULL;

          entry = ov_store_load (store, OV_TYPE_VICTIM_SUPPORT,
                                 g_array_index (support, gint64, j), error);
          if (entry == NULL)
            return FALSE;
          ov_victim_support_set_partner_id (entry, id_of (partners[i]));
          ov_victim_support_set_organisation (entry, NULL);
          if (!ov_store_save (store, OV_RECORD (entry), error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * _ov_demo_load_partners:
 *
 * Adds the demonstration partner register (15 partners with their contacts, one
 * information-sharing agreement past its review date) and two reception centre plans
 * (one lapsed), and links the demonstration referrals and victim support to the
 * partners they name. Runs inside ov_demo_load()'s transaction, after the cases.
 */
gboolean
_ov_demo_load_partners (OvStore  *store,
                        GError  **error)
{
  OvPartner *partners[N_DEMO_PARTNERS] = { NULL };
  gboolean loaded;

  loaded = save_partners (store, partners, error) &&
           save_plans (store, partners, error) &&
           link_to_partners (store, partners, error);

  for (int i = 0; i < N_DEMO_PARTNERS; i++)
    g_clear_object (&partners[i]);
  return loaded;
}
