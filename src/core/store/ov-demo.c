/* ov-demo.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Demonstration data: a small, realistic and entirely fictional modern slavery unit with
 * its staff, cases and allocations, for training, screenshots and trying Oversight out.
 * Every person, operation and place is invented; email addresses use the reserved
 * example domain and telephone numbers the range Ofcom keeps for drama (01632 960xxx).
 * Nothing is random, so two loads give the same records (apart from uuids and times).
 */

#define G_LOG_DOMAIN "ov-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-demo.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-store.h"

/* The pseudo-account that makes the demonstration allocations. See load_in_transaction(). */
#define DEMO_ACCOUNT "oversight-demo"

enum
{
  HELEN_MARSH,
  RAVI_CHANDRAN,
  JOANNA_PRYCE,
  ROBERT_FAIRBAIRN,
  KATE_LINDQVIST,
  TOM_WHITLOCK,
  AISHA_OKAFOR,
  NADIA_KOWALSKI,
  LIAM_OROURKE,
  OWEN_FLETCHER,
  GARETH_LLOYD,
  MEGAN_HARTE,
  DANIEL_MERCER,
  ELLIE_BRANDT,
  CLAIRE_ASHDOWN,
  N_DEMO_STAFF
};

typedef struct
{
  const char            *name;
  const char            *collar_number;
  OvRank                 rank;
  OvStaffRole            roles;
  OvPipLevel             pip_level;
  OvAccreditationStatus  accreditation_status;
  const char            *accreditation_date;
  const char            *unit;
  const char            *email;
  const char            *phone;
} DemoStaff;

#define INVESTIGATOR OV_STAFF_ROLE_INVESTIGATOR
#define SUPERVISOR   OV_STAFF_ROLE_SUPERVISOR
#define MSVLO        OV_STAFF_ROLE_MSVLO
#define SPOC         OV_STAFF_ROLE_SPOC

static const DemoStaff demo_staff[N_DEMO_STAFF] = {
  [HELEN_MARSH] = {
    "Helen Marsh", "4101", OV_RANK_DI, SUPERVISOR | INVESTIGATOR,
    OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, "2016-05-12",
    N_("Modern Slavery Unit"), "helen.marsh@police.example", "01632 960101" },
  [RAVI_CHANDRAN] = {
    "Ravi Chandran", "4217", OV_RANK_DS, SUPERVISOR | INVESTIGATOR,
    OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2014-09-30",
    N_("Modern Slavery Unit"), "ravi.chandran@police.example", "01632 960102" },
  [JOANNA_PRYCE] = {
    "Joanna Pryce", "4233", OV_RANK_DS, SUPERVISOR | INVESTIGATOR,
    OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, "2019-02-08",
    N_("Modern Slavery Unit"), "joanna.pryce@police.example", "01632 960103" },
  [ROBERT_FAIRBAIRN] = {
    "Robert Fairbairn", "3055", OV_RANK_DCI, INVESTIGATOR,
    OV_PIP_LEVEL_PIP4, OV_ACCREDITATION_ACTIVE, "2021-10-01",
    N_("Public Protection Command"), "robert.fairbairn@police.example", "01632 960104" },
  [KATE_LINDQVIST] = {
    "Kate Lindqvist", "3392", OV_RANK_DCI, INVESTIGATOR,
    OV_PIP_LEVEL_PIP3, OV_ACCREDITATION_ACTIVE, "2018-06-25",
    N_("Major Crime Team"), "kate.lindqvist@police.example", "01632 960105" },
  [TOM_WHITLOCK] = {
    "Tom Whitlock", "5120", OV_RANK_DC, INVESTIGATOR,
    OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2019-11-21",
    N_("Modern Slavery Unit"), "tom.whitlock@police.example", "01632 960106" },
  [AISHA_OKAFOR] = {
    "Aisha Okafor", "5348", OV_RANK_DC, INVESTIGATOR | SPOC,
    OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2021-04-16",
    N_("Modern Slavery Unit"), "aisha.okafor@police.example", "01632 960107" },
  [NADIA_KOWALSKI] = {
    "Nadia Kowalski", "5411", OV_RANK_DC, INVESTIGATOR,
    OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2022-01-28",
    N_("Modern Slavery Unit"), "nadia.kowalski@police.example", "01632 960108" },
  [LIAM_OROURKE] = {
    "Liam O’Rourke", "5476", OV_RANK_DC, INVESTIGATOR | MSVLO,
    OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2020-03-12",
    N_("Modern Slavery Unit"), "liam.orourke@police.example", "01632 960109" },
  [OWEN_FLETCHER] = {
    "Owen Fletcher", "5502", OV_RANK_DC, INVESTIGATOR,
    OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_ACTIVE, "2017-07-19",
    N_("Modern Slavery Unit"), "owen.fletcher@police.example", "01632 960110" },
  [GARETH_LLOYD] = {
    "Gareth Lloyd", "4876", OV_RANK_DC, INVESTIGATOR,
    OV_PIP_LEVEL_PIP2, OV_ACCREDITATION_LAPSED, "2015-03-03",
    N_("Modern Slavery Unit"), "gareth.lloyd@police.example", "01632 960111" },
  [MEGAN_HARTE] = {
    "Megan Harte", "6034", OV_RANK_DC, INVESTIGATOR,
    OV_PIP_LEVEL_PIP2_TRAINEE, OV_ACCREDITATION_ACTIVE, NULL,
    N_("Modern Slavery Unit"), "megan.harte@police.example", "01632 960112" },
  [DANIEL_MERCER] = {
    "Daniel Mercer", "7215", OV_RANK_PC, MSVLO,
    OV_PIP_LEVEL_PIP1, OV_ACCREDITATION_ACTIVE, "2020-07-01",
    N_("Modern Slavery Unit"), "daniel.mercer@police.example", "01632 960113" },
  [ELLIE_BRANDT] = {
    "Ellie Brandt", "7388", OV_RANK_PC, INVESTIGATOR | SPOC,
    OV_PIP_LEVEL_PIP1, OV_ACCREDITATION_ACTIVE, "2023-05-19",
    N_("Neighbourhood Policing Team"), "ellie.brandt@police.example", "01632 960114" },
  [CLAIRE_ASHDOWN] = {
    "Claire Ashdown", "S9042", OV_RANK_POLICE_STAFF, MSVLO | SPOC,
    OV_PIP_LEVEL_NONE, OV_ACCREDITATION_ACTIVE, NULL,
    N_("Victim Care Hub"), "claire.ashdown@police.example", "01632 960115" },
};

typedef struct
{
  const char     *reference;
  const char     *operation_name;
  const char     *summary;
  OvCaseStatus    status;
  const char     *opened_on;
  const char     *closed_on;
  OvOffence       offences;
  OvExploitation  exploitation_types;
  gboolean        county_lines;
  int             supervisor;   /* who allocates the people below */
} DemoCase;

#define S1       OV_OFFENCE_MSA_S1
#define S2       OV_OFFENCE_MSA_S2
#define S4       OV_OFFENCE_MSA_S4
#define OTHER    OV_OFFENCE_OTHER
#define LABOUR   OV_EXPLOITATION_LABOUR
#define SEXUAL   OV_EXPLOITATION_SEXUAL
#define CRIMINAL OV_EXPLOITATION_CRIMINAL
#define DOMESTIC OV_EXPLOITATION_DOMESTIC_SERVITUDE
#define ORGAN    OV_EXPLOITATION_ORGAN_HARVESTING
#define UNKNOWN  OV_EXPLOITATION_UNKNOWN

enum
{
  KESTREL,
  HARRIER,
  LAPWING,
  MERLIN,
  PLOVER,
  CURLEW,
  OSPREY,
  WREN,
  HERON,
  GOSHAWK,
  NIGHTJAR,
  SKYLARK,
  AVOCET,
  BITTERN,
  DUNLIN,
  FIELDFARE,
  GREENSHANK,
  KITTIWAKE,
  LINNET,
  REDSTART,
  SANDPIPER,
  TEAL,
  TURNSTONE,
  WAXWING,
  YELLOWHAMMER,
  N_DEMO_CASES
};

/* Summaries are translatable so that a demonstration reads naturally in any language;
 * references and operation names are names and stay as they are. */
static const DemoCase demo_cases[N_DEMO_CASES] = {
  [KESTREL] = {
    "MSHT/2025/0003", "Operation Kestrel",
    N_("Six men found working at a hand car wash on an industrial estate for about £20 a "
       "day, sleeping in a portable cabin behind the wash bays. The site manager held their "
       "passports and took “rent” and “transport” from their pay. Joint visit with the GLAA "
       "and HMRC. Both suspects pleaded guilty; victims moved on to MSVCC support."),
    OV_CASE_STATUS_CLOSED, "2025-01-20", "2025-11-14",
    S1, LABOUR, FALSE, RAVI_CHANDRAN },
  [HARRIER] = {
    "MSHT/2025/0007", "Operation Harrier",
    N_("Two boys aged 15 and 16 found dealing from a cuckooed flat, sent from a neighbouring "
       "force area by the holders of a drugs line. Strategy discussion with children’s social "
       "care within the day; NRM referrals made and ICTG allocated. Line holder charged with "
       "arranging the boys’ travel for exploitation and with supply."),
    OV_CASE_STATUS_CHARGED, "2025-02-11", NULL,
    S2 | OTHER, CRIMINAL, TRUE, JOANNA_PRYCE },
  [LAPWING] = {
    "MSHT/2025/0011", "Operation Lapwing",
    N_("Adverts on an adult services website traced to a rented flat above a shop where "
       "three women were made to sell sex. A man kept their phones and earnings and moved "
       "them between addresses every two weeks. Two women accepted NRM referral; the third "
       "was notified anonymously on form MS1."),
    OV_CASE_STATUS_OPEN, "2025-03-04", NULL,
    S2, SEXUAL, FALSE, RAVI_CHANDRAN },
  [MERLIN] = {
    "MSHT/2025/0014", "Operation Merlin",
    N_("A woman brought to the UK on an overseas domestic worker visa was kept in a family "
       "home, cooking and cleaning sixteen hours a day without pay and never allowed out "
       "alone. Reported by a GP surgery receptionist. Householders charged; victim in safe "
       "house accommodation with an MSVLO."),
    OV_CASE_STATUS_CHARGED, "2025-03-27", NULL,
    S1, DOMESTIC, FALSE, HELEN_MARSH },
  [PLOVER] = {
    "MSHT/2025/0019", "Operation Plover",
    N_("Two young women working long hours in a nail bar and living in the room above it, "
       "paying off a debt for their travel. Both have returned home and do not wish to give "
       "evidence. Investigation suspended until new information comes in; intelligence "
       "shared with the ROCU."),
    OV_CASE_STATUS_SUSPENDED, "2025-04-15", NULL,
    S1 | S2, LABOUR, FALSE, RAVI_CHANDRAN },
  [CURLEW] = {
    "MSHT/2025/0022", "Operation Curlew",
    N_("An unlicensed gangmaster supplying about forty workers to vegetable harvesting and "
       "packing. Deductions for transport, caravans and “fines” leave workers with almost "
       "nothing. GLAA licensing investigation running alongside; reception centre plan used "
       "for the day of action."),
    OV_CASE_STATUS_OPEN, "2025-05-06", NULL,
    S1 | S2, LABOUR, FALSE, HELEN_MARSH },
  [OSPREY] = {
    "MSHT/2025/0026", "Operation Osprey",
    N_("A teenager found locked inside a terraced house converted into a cannabis grow, "
       "with the windows boarded and the electricity bypassed. Age disputed, so treated as a "
       "child until assessed. Section 45 defence considered before any charge against him; "
       "the house’s controller charged."),
    OV_CASE_STATUS_CHARGED, "2025-06-02", NULL,
    S2 | OTHER, CRIMINAL, FALSE, JOANNA_PRYCE },
  [WREN] = {
    "MSHT/2025/0031", "Operation Wren",
    N_("A 14-year-old girl repeatedly reported missing from her care placement was taken to "
       "parties in short-let flats and sexually exploited by adults who paid her abusers. "
       "Two men convicted of trafficking offences; STPOs made on conviction. Closed after "
       "sentencing."),
    OV_CASE_STATUS_CLOSED, "2025-06-23", "2026-04-30",
    S2, SEXUAL, FALSE, HELEN_MARSH },
  [HERON] = {
    "MSHT/2025/0035", "Operation Heron",
    N_("Labourers on small building sites said they were paid nothing for weeks and "
       "threatened when they asked for wages. The workers could not be traced again after "
       "the first accounts. Closed with no further action; learning recorded on early "
       "evidence capture."),
    OV_CASE_STATUS_CLOSED, "2025-07-14", "2026-01-09",
    S1, LABOUR, FALSE, RAVI_CHANDRAN },
  [GOSHAWK] = {
    "MSHT/2025/0040", "Operation Goshawk",
    N_("People with disabilities brought in by minibus each morning to beg outside "
       "supermarkets and stations and collected at night; all money handed over. Care Act "
       "section 42 concerns raised for two adults with care and support needs."),
    OV_CASE_STATUS_OPEN, "2025-08-19", NULL,
    S2, CRIMINAL, FALSE, RAVI_CHANDRAN },
  [NIGHTJAR] = {
    "MSHT/2025/0044", "Operation Nightjar",
    N_("Eleven people found in the back of a lorry at a motorway service area. What they "
       "were brought here for is not yet known. Border Force and Immigration Enforcement "
       "involved; most were moved to asylum accommodation before interview. Suspended while "
       "the NCA leads on the organised crime group."),
    OV_CASE_STATUS_SUSPENDED, "2025-09-08", NULL,
    S2, UNKNOWN, FALSE, HELEN_MARSH },
  [SKYLARK] = {
    "MSHT/2025/0048", "Operation Skylark",
    N_("A takeaway worker said he had to cook for twelve hours a day and then clean the "
       "owner’s family home, for board and a few pounds a week. HMRC minimum wage enquiry "
       "opened; victim supported by a victim navigator."),
    OV_CASE_STATUS_OPEN, "2025-10-21", NULL,
    S1, LABOUR | DOMESTIC, FALSE, JOANNA_PRYCE },
  [AVOCET] = {
    "MSHT/2026/0002", "Operation Avocet",
    N_("A 17-year-old stopped on a train carrying drugs and a burner phone, with money "
       "owed to the line holders who supply him. Second stop in a month. Child exploitation "
       "screening tool completed; NRM referral and strategy discussion done."),
    OV_CASE_STATUS_OPEN, "2026-01-12", NULL,
    S2, CRIMINAL, TRUE, JOANNA_PRYCE },
  [BITTERN] = {
    "MSHT/2026/0005", "Operation Bittern",
    N_("Women moved between budget hotels near the airport and advertised for sex online. "
       "Hotel staff trained to spot the signs made the first report. Financial "
       "investigation into the room bookings under way."),
    OV_CASE_STATUS_OPEN, "2026-02-03", NULL,
    S2, SEXUAL, FALSE, RAVI_CHANDRAN },
  [DUNLIN] = {
    "MSHT/2026/0009", "Operation Dunlin",
    N_("Workers at a waste recycling plant supplied by an agency that houses them in "
       "overcrowded rooms and charges them for the beds. Injuries not reported. Health and "
       "Safety Executive and GLAA informed."),
    OV_CASE_STATUS_OPEN, "2026-02-24", NULL,
    S1, LABOUR, FALSE, RAVI_CHANDRAN },
  [FIELDFARE] = {
    "MSHT/2026/0013", "Operation Fieldfare",
    N_("A young woman brought to the UK for marriage was kept at home by her husband’s "
       "family, made to do all the housework and sexually abused. She escaped to a refuge. "
       "Interpreter booked for every contact; victim strategy agreed with the refuge."),
    OV_CASE_STATUS_OPEN, "2026-03-17", NULL,
    S1 | S2, DOMESTIC | SEXUAL, FALSE, HELEN_MARSH },
  [GREENSHANK] = {
    "MSHT/2026/0017", "Operation Greenshank",
    N_("A network of three nail bars staffed by young women brought in by the owners, who "
       "keep their identity documents and pay them nothing until their “debt” is cleared. "
       "Owners charged with trafficking and with arranging travel to commit it."),
    OV_CASE_STATUS_CHARGED, "2026-04-07", NULL,
    S2 | S4, LABOUR, FALSE, JOANNA_PRYCE },
  [KITTIWAKE] = {
    "MSHT/2026/0021", "Operation Kittiwake",
    N_("Two men found tending a large cannabis grow in a commercial unit, with their food "
       "delivered once a week and the doors locked from outside. Both afraid of reprisals "
       "against their families abroad."),
    OV_CASE_STATUS_OPEN, "2026-05-05", NULL,
    S2 | OTHER, CRIMINAL, FALSE, JOANNA_PRYCE },
  [LINNET] = {
    "MSHT/2026/0024", "Operation Linnet",
    N_("Intelligence that a man recruited abroad for farm work was being pressed to undergo "
       "medical tests for an organ donation he does not want. Safeguarded; NCA and NHS "
       "partners consulted. Suspended while enquiries overseas are made."),
    OV_CASE_STATUS_SUSPENDED, "2026-06-01", NULL,
    S2, ORGAN | LABOUR, FALSE, HELEN_MARSH },
  [REDSTART] = {
    "MSHT/2026/0028", "Operation Redstart",
    N_("A shoplifting crew of young adults driven between towns each day and made to steal "
       "to order, paid in food and a place to sleep. The crew members are victims first: "
       "section 45 considered for each before any charge."),
    OV_CASE_STATUS_OPEN, "2026-06-22", NULL,
    S2, CRIMINAL, FALSE, JOANNA_PRYCE },
  [SANDPIPER] = {
    "MSHT/2026/0031", "Operation Sandpiper",
    N_("An online advert for “massage” traced to a woman controlled by a former partner who "
       "took her earnings. She was supported to leave and did not want a prosecution. Closed "
       "with her agreement; safeguarding continues through the local authority."),
    OV_CASE_STATUS_CLOSED, "2026-07-13", "2026-10-02",
    S2, SEXUAL, FALSE, RAVI_CHANDRAN },
  [TEAL] = {
    "MSHT/2026/0035", "Operation Teal",
    N_("Seasonal workers on a fruit farm charged recruitment fees abroad and now in debt "
       "bondage to the recruiter, with wages paid into accounts they do not control. "
       "Reception centre stood up for the day of action; partners from the LRF attended."),
    OV_CASE_STATUS_OPEN, "2026-08-04", NULL,
    S1, LABOUR, FALSE, HELEN_MARSH },
  [TURNSTONE] = {
    "MSHT/2026/0038", "Operation Turnstone",
    N_("A drugs line operating from the flat of a man with learning disabilities, whose "
       "home was taken over by the line’s runners. Care Act section 42 concern raised; "
       "adult social care and housing involved in a safety plan."),
    OV_CASE_STATUS_OPEN, "2026-09-15", NULL,
    S2 | OTHER, CRIMINAL, TRUE, JOANNA_PRYCE },
  [WAXWING] = {
    "MSHT/2026/0041", "Operation Waxwing",
    N_("A young au pair working far beyond the hours agreed, unpaid for months, with her "
       "passport kept by the family “for safe keeping”. Referred by a college tutor."),
    OV_CASE_STATUS_OPEN, "2026-10-20", NULL,
    S1, DOMESTIC, FALSE, RAVI_CHANDRAN },
  [YELLOWHAMMER] = {
    "MSHT/2026/0044", "Operation Yellowhammer",
    N_("Anonymous report of men living in a shipping container at a hand car wash on a "
       "retail park. Awaiting allocation; initial intelligence checks done."),
    OV_CASE_STATUS_OPEN, "2026-11-20", NULL,
    S1, LABOUR, FALSE, RAVI_CHANDRAN },
};

typedef struct
{
  int               case_index;
  int               staff_index;
  OvAllocationRole  role;
  const char       *override_rationale;
} DemoAllocation;

#define OIC               OV_ALLOCATION_ROLE_OFFICER_IN_CASE
#define INVESTIGATOR_ROLE OV_ALLOCATION_ROLE_INVESTIGATOR
#define DEPUTY            OV_ALLOCATION_ROLE_DEPUTY

/* In the order they are made for each supervisor. Operation Lapwing is allocated twice:
 * its first officer in the case leaves the force, so the history shows an ended allocation.
 * Operation Yellowhammer is still waiting to be allocated. */
static const DemoAllocation demo_allocations[] = {
  { KESTREL, TOM_WHITLOCK, OIC, NULL },
  { KESTREL, DANIEL_MERCER, DEPUTY, NULL },
  { HARRIER, AISHA_OKAFOR, OIC, NULL },
  { HARRIER, LIAM_OROURKE, INVESTIGATOR_ROLE, NULL },
  { LAPWING, OWEN_FLETCHER, OIC, NULL },
  { LAPWING, NADIA_KOWALSKI, OIC, NULL },
  { MERLIN, LIAM_OROURKE, OIC, NULL },
  { PLOVER, NADIA_KOWALSKI, OIC, NULL },
  { CURLEW, KATE_LINDQVIST, OIC, NULL },
  { CURLEW, TOM_WHITLOCK, INVESTIGATOR_ROLE, NULL },
  { OSPREY, TOM_WHITLOCK, OIC, NULL },
  { WREN, KATE_LINDQVIST, OIC, NULL },
  { WREN, AISHA_OKAFOR, INVESTIGATOR_ROLE, NULL },
  { HERON, NADIA_KOWALSKI, OIC, NULL },
  { GOSHAWK, LIAM_OROURKE, OIC, NULL },
  { GOSHAWK, GARETH_LLOYD, INVESTIGATOR_ROLE,
    N_("DC Lloyd’s PIP2 re-accreditation is booked for January. He took the first accounts "
       "from the victims and has their trust; he works under DC O’Rourke as officer in the "
       "case and DS Chandran reviews his work weekly.") },
  { NIGHTJAR, ROBERT_FAIRBAIRN, OIC, NULL },
  { SKYLARK, TOM_WHITLOCK, OIC, NULL },
  { AVOCET, AISHA_OKAFOR, OIC, NULL },
  { AVOCET, ELLIE_BRANDT, DEPUTY, NULL },
  { BITTERN, NADIA_KOWALSKI, OIC, NULL },
  { BITTERN, LIAM_OROURKE, INVESTIGATOR_ROLE, NULL },
  { DUNLIN, TOM_WHITLOCK, OIC, NULL },
  { FIELDFARE, KATE_LINDQVIST, OIC, NULL },
  { FIELDFARE, NADIA_KOWALSKI, INVESTIGATOR_ROLE, NULL },
  { GREENSHANK, LIAM_OROURKE, OIC, NULL },
  { KITTIWAKE, AISHA_OKAFOR, OIC, NULL },
  { LINNET, ROBERT_FAIRBAIRN, OIC, NULL },
  { REDSTART, MEGAN_HARTE, OIC,
    N_("DC Harte is a PIP2 trainee and this is her workplace assessment case. The "
       "investigation is contained and low in complexity; DS Pryce supervises her closely, "
       "agrees every key decision and reviews the case weekly.") },
  { REDSTART, ELLIE_BRANDT, DEPUTY, NULL },
  { SANDPIPER, NADIA_KOWALSKI, OIC, NULL },
  { TEAL, TOM_WHITLOCK, OIC, NULL },
  { TURNSTONE, LIAM_OROURKE, OIC, NULL },
  { TURNSTONE, DANIEL_MERCER, DEPUTY, NULL },
  { WAXWING, AISHA_OKAFOR, OIC, NULL },
};

/* Who leaves after the allocations are made (transferred to another force). */
#define LEAVER OWEN_FLETCHER

static const int demo_supervisors[] = { HELEN_MARSH, RAVI_CHANDRAN, JOANNA_PRYCE };

typedef struct
{
  OvStaff *staff[N_DEMO_STAFF];
  OvCase  *cases[N_DEMO_CASES];
} DemoLoad;

static void
demo_load_clear (DemoLoad *load)
{
  for (guint i = 0; i < N_DEMO_STAFF; i++)
    g_clear_object (&load->staff[i]);
  for (guint i = 0; i < N_DEMO_CASES; i++)
    g_clear_object (&load->cases[i]);
}

static gboolean
save_staff (OvStore   *store,
            DemoLoad  *load,
            GError   **error)
{
  for (guint i = 0; i < N_DEMO_STAFF; i++)
    {
      const DemoStaff *data = &demo_staff[i];
      g_autoptr(OvStaff) staff = ov_staff_new ();

      ov_staff_set_name (staff, data->name);
      ov_staff_set_collar_number (staff, data->collar_number);
      ov_staff_set_rank (staff, data->rank);
      ov_staff_set_roles (staff, data->roles);
      ov_staff_set_pip_level (staff, data->pip_level);
      ov_staff_set_accreditation_status (staff, data->accreditation_status);
      ov_staff_set_accreditation_date (staff, data->accreditation_date);
      ov_staff_set_unit (staff, _(data->unit));
      ov_staff_set_email (staff, data->email);
      ov_staff_set_phone (staff, data->phone);
      ov_staff_set_active (staff, TRUE);

      if (!ov_store_save (store, OV_RECORD (staff), error))
        return FALSE;
      load->staff[i] = g_steal_pointer (&staff);
    }
  return TRUE;
}

static gboolean
save_cases (OvStore   *store,
            DemoLoad  *load,
            GError   **error)
{
  for (guint i = 0; i < N_DEMO_CASES; i++)
    {
      const DemoCase *data = &demo_cases[i];
      g_autoptr(OvCase) the_case = ov_case_new ();

      ov_case_set_reference (the_case, data->reference);
      ov_case_set_operation_name (the_case, data->operation_name);
      ov_case_set_summary (the_case, _(data->summary));
      ov_case_set_opened_on (the_case, data->opened_on);
      ov_case_set_offences (the_case, data->offences);
      ov_case_set_exploitation_types (the_case, data->exploitation_types);
      ov_case_set_county_lines (the_case, data->county_lines);
      ov_case_set_protective_marking (the_case, OV_PROTECTIVE_MARKING_OFFICIAL_SENSITIVE);
      /* A closed case takes no allocations, so closed cases are opened here and closed
       * once their people are allocated, as they were in life. */
      ov_case_set_status (the_case, data->status == OV_CASE_STATUS_CLOSED
                                      ? OV_CASE_STATUS_OPEN : data->status);

      if (!ov_store_save (store, OV_RECORD (the_case), error))
        return FALSE;
      load->cases[i] = g_steal_pointer (&the_case);
    }
  return TRUE;
}

static gboolean
allocate_for (OvStore   *store,
              DemoLoad  *load,
              int        supervisor,
              GError   **error)
{
  if (!ov_store_link_account (store, load->staff[supervisor], error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_allocations); i++)
    {
      const DemoAllocation *data = &demo_allocations[i];
      g_autoptr(OvAllocation) allocation = NULL;

      if (demo_cases[data->case_index].supervisor != supervisor)
        continue;

      allocation = ov_store_allocate (store,
                                      ov_record_get_id (OV_RECORD (load->cases[data->case_index])),
                                      ov_record_get_id (OV_RECORD (load->staff[data->staff_index])),
                                      data->role,
                                      data->override_rationale != NULL
                                        ? _(data->override_rationale) : NULL,
                                      error);
      if (allocation == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
close_cases (OvStore   *store,
             DemoLoad  *load,
             GError   **error)
{
  for (guint i = 0; i < N_DEMO_CASES; i++)
    {
      const DemoCase *data = &demo_cases[i];

      g_autoptr(OvReview) review = NULL;

      if (data->status != OV_CASE_STATUS_CLOSED)
        continue;

      /* A case closes only after a signed-off closure review. */
      review = ov_store_start_review (store, ov_record_get_id (OV_RECORD (load->cases[i])),
                                      OV_REVIEW_TYPE_CLOSURE, OV_REVIEW_TRIGGER_NONE, NULL,
                                      error);
      if (review == NULL)
        return FALSE;
      ov_review_set_risk_reassessed (review, TRUE);
      ov_review_set_risk_notes (review, _("No victim remains at risk from the suspects; "
                                          "safeguarding handed to partner agencies."));
      ov_review_set_directions (review, _("Close the investigation; file and retain "
                                          "material under the force retention schedule."));
      ov_review_set_parameters_confirmed (review, TRUE);
      ov_review_set_ownership_confirmed (review, TRUE);
      if (!ov_store_sign_off_review (store, review, error))
        return FALSE;

      ov_case_set_status (load->cases[i], OV_CASE_STATUS_CLOSED);
      ov_case_set_closed_on (load->cases[i], data->closed_on);
      if (!ov_store_save (store, OV_RECORD (load->cases[i]), error))
        return FALSE;
    }
  return TRUE;
}

/* Runs with the store's account set to DEMO_ACCOUNT (see ov_demo_load()). Allocating
 * needs a current user who is a supervisor, so each demo supervisor in turn is linked to
 * the pseudo-account while making their allocations; the link is removed at the end, so
 * no demo person is left as anyone's current user and the audit log shows the whole load
 * as done by "oversight-demo". */
static gboolean
load_in_transaction (OvStore  *store,
                     gpointer  user_data,
                     GError  **error)
{
  DemoLoad *load = user_data;
  OvStaff *linked = NULL;

  if (!save_staff (store, load, error) ||
      !save_cases (store, load, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_supervisors); i++)
    {
      if (!allocate_for (store, load, demo_supervisors[i], error))
        return FALSE;
      linked = load->staff[demo_supervisors[i]];
    }

  /* Closure reviews are signed off by the last supervisor, still linked. */
  if (!close_cases (store, load, error))
    return FALSE;

  /* Linking each supervisor unlinked the one before; only the last is still linked. */
  g_assert (linked != NULL);
  ov_staff_set_os_account (linked, NULL);
  if (!ov_store_save (store, OV_RECORD (linked), error))
    return FALSE;

  ov_staff_set_active (load->staff[LEAVER], FALSE);
  if (!ov_store_save (store, OV_RECORD (load->staff[LEAVER]), error))
    return FALSE;

  return ov_store_audit (store, "database", NULL, "demo-load",
                         /* Translators: detail of the audit event written when the
                          * demonstration data is loaded */
                         _("Loaded the demonstration data. Every person, case and place in "
                           "it is fictional."),
                         error);
}

/**
 * ov_demo_load:
 * @store: an empty store
 *
 * Fills an empty database with fictional demonstration data: 15 staff of the modern
 * slavery unit and nearby teams, 25 cases in every status, and their allocations (with two
 * PIP2 overrides and one reallocation). Everything is written in one transaction, so it
 * is all there or none of it is. The store's account is left as it was, linked to no demo
 * person: whoever uses the demonstration still chooses their own staff record.
 *
 * Fails with %OV_STORE_ERROR_NOT_EMPTY if the database already holds cases or staff.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
ov_demo_load (OvStore  *store,
              GError  **error)
{
  g_autofree char *previous_account = NULL;
  DemoLoad load = { { NULL } };
  gboolean loaded;

  g_return_val_if_fail (OV_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ov_store_is_empty (store))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_EMPTY,
                   _("This database already holds cases or staff, so the demonstration data "
                     "was not loaded. Load it into a new, empty database instead, for "
                     "example: oversight --database demo.db --load-demo"));
      return FALSE;
    }

  /* The demo supervisors make the allocations under a pseudo-account, never under the
   * real user's account: that account must stay unlinked until its owner picks their own
   * staff record. The real account is put back whatever happens. */
  previous_account = g_strdup (ov_store_get_account (store));
  ov_store_set_account (store, DEMO_ACCOUNT);

  loaded = ov_store_run_in_transaction (store, load_in_transaction, &load, error);

  ov_store_set_account (store, previous_account);
  demo_load_clear (&load);

  return loaded;
}
