/* ov-demo.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Demonstration data: a small, realistic and entirely fictional modern slavery unit with
 * its staff, cases and allocations, the oversight of its investigations (strategies,
 * reviews, actions, decision logs), and the people in its cases with the safeguarding of
 * the victims (support, victim strategies, risk assessments, referrals and the NRM), for
 * training, screenshots and trying Oversight out. Every person, operation and place is
 * invented; email addresses use the reserved example domains and telephone numbers the
 * ranges Ofcom keeps for drama (01632 960xxx, 07700 900xxx). Nothing is random, so two
 * loads give the same records (apart from uuids and times).
 */

#define G_LOG_DOMAIN "ov-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-demo.h"
#include "ov-investigation.h"
#include "ov-staff.h"
#include "ov-store.h"
#include "ov-util.h"
#include "ov-victims.h"

/* The pseudo-account the demonstration people work under. See load_in_transaction(). */
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

/* ---- Investigation oversight ---------------------------------------------------------
 *
 * Strategies, supervisory reviews, actions and decision logs, written through the same
 * store functions the application uses, so every rule holds: an author never agrees their
 * own strategy, only supervisors hold and sign off reviews, and a case closes only after
 * a signed-off closure review. Each case's records are listed in the order they happened.
 * Dates are set against late November 2026, so some reviews and actions are overdue on
 * purpose. Times of agreement, sign-off and recording are the time of loading: the store
 * sets them itself, as it does for every user.
 */

#define WITH(who)   (1u << (who))   /* attendees, as a set of staff */
G_STATIC_ASSERT (N_DEMO_STAFF <= 32);

#define LINE_OPEN   OV_LINE_STATUS_OPEN
#define LINE_DONE   OV_LINE_STATUS_COMPLETED
#define LINE_CLOSED OV_LINE_STATUS_CLOSED
#define DONE        OV_ACTION_STATUS_DONE
#define CANCELLED   OV_ACTION_STATUS_CANCELLED

#define INITIAL     OV_REVIEW_TYPE_INITIAL
#define PERIODIC    OV_REVIEW_TYPE_PERIODIC
#define TRIGGERED   OV_REVIEW_TYPE_TRIGGERED
#define CLOSURE     OV_REVIEW_TYPE_CLOSURE

#define MAX_DEMO_LINES   6
#define MAX_DEMO_ACTIONS 4

typedef struct
{
  const char *title;
  const char *description;
} DemoLine;

typedef struct
{
  int                       case_index;
  int                       version;     /* 2: a newer draft on top of an agreed version 1 */
  int                       author;
  gboolean                  agreed;
  int                       agreed_by;
  /* Version 2 copies version 1: only what is set here changes. */
  const char               *parameters;
  const char               *aims;
  OvFinancialInvestigation  financial_investigation;
  const char               *financial_rationale;
  const char               *rocu_notified_on;
  OvOrdersConsidered        orders_considered;
  const char               *orders_rationale;
  const char               *intelligence_plan;
  const char               *forensic_plan;
  const char               *suspect_plan;
  const char               *communications_plan;
  DemoLine                  lines[MAX_DEMO_LINES];   /* added after any copied lines */
} DemoStrategy;

static const DemoStrategy demo_strategies[] = {
  {
    .case_index = KESTREL, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Forced labour of six men at a hand car wash on an industrial estate, "
                     "from autumn 2024 until the joint visit in January 2025. Suspects: the "
                     "site manager and the owner of the business."),
    .aims = N_("Keep the six men safe and supported; prove the control of their passports, "
               "pay and housing; prosecute the site manager and the owner; recover what the "
               "men were owed."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("A cash business: compare the takings with the pay the men "
                              "received and trace the owner’s money for confiscation and "
                              "compensation."),
    .rocu_notified_on = "2025-01-23",
    .orders_considered = OV_ORDERS_CONSIDERED_STPO,
    .orders_rationale = N_("Seek STPOs on conviction: both suspects run businesses that rely "
                           "on cheap labour and could exploit others."),
    .forensic_plan = N_("Search the site office for the passports, pay records and the "
                        "ledger of “rent” and “transport” deductions."),
    .suspect_plan = N_("Arrest both suspects during the joint visit and search the site "
                       "office and the owner’s home."),
    .lines = {
      { N_("Accounts of the six men (ABE interviews)"),
        N_("Achieving best evidence interviews with interpreters once the men are safe and "
           "rested; a welfare check before each.") },
      { N_("Passports and site records"),
        N_("Recover, exhibit and examine the passports and the site manager’s records of "
           "deductions.") },
      { N_("Financial enquiries"),
        N_("Production orders for the business and the owner’s accounts; takings against "
           "pay; confiscation.") },
      { N_("GLAA and HMRC joint working"),
        N_("Share the accounts and records with the GLAA; HMRC to calculate the minimum "
           "wage arrears.") },
    },
  },
  {
    .case_index = HARRIER, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .parameters = N_("Criminal exploitation of two boys aged 15 and 16, sent from a "
                     "neighbouring force area to sell drugs from a cuckooed flat in February "
                     "2025. Suspects: the holders of the drugs line and whoever arranged the "
                     "boys’ travel."),
    .aims = N_("Safeguard both boys as children first; identify and prosecute the line "
               "holders for trafficking and supply; close the line; protect the tenant of "
               "the flat."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Payment-app transfers between the boys and the line holders, "
                              "and the line’s cash takings, traced for confiscation."),
    .rocu_notified_on = "2025-02-13",
    .orders_considered = OV_ORDERS_CONSIDERED_BOTH,
    .orders_rationale = N_("An STPO against the line holder on conviction. An STRO for the "
                           "associate who recruited the boys if the evidence does not "
                           "support a charge."),
    .intelligence_plan = N_("Joint work with the neighbouring force’s county lines team; the "
                            "deal line’s messages and handsets attributed through "
                            "telephony."),
    .suspect_plan = N_("Arrest the line holder once the deal line is attributed to him; "
                       "search his home for handsets and cash."),
    .lines = {
      { N_("Telephony and cell-site analysis"),
        N_("Attribute the deal line and the holders’ handsets; cell-site analysis of the "
           "boys’ journeys.") },
      { N_("Travel evidence"),
        N_("Rail CCTV, ticket purchases and British Transport Police checks for the boys’ "
           "journeys into the force area.") },
      { N_("Accounts of the two boys"),
        N_("ABE interviews with an appropriate adult and their independent child "
           "trafficking guardians, at the boys’ pace.") },
      { N_("Tenant of the cuckooed flat"),
        N_("The tenant’s account and safety, with adult social care and housing.") },
      { N_("Financial enquiries"),
        N_("Bank and payment-app records of the line holders; cash seized at arrest.") },
    },
  },
  {
    .case_index = LAPWING, .version = 1, .author = OWEN_FLETCHER,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Sexual exploitation of three women advertised on an adult services "
                     "website and moved between rented flats, from 2024 to March 2025. "
                     "Suspect: the man who kept their phones and earnings, and anyone who "
                     "knowingly let him the flats."),
    .aims = N_("Safeguard the three women and respect their choices; prove the control of "
               "their phones, movements and earnings; prosecute the controller; have the "
               "adverts taken down."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("The controller took all the women’s earnings: advert "
                              "payments, rent and his cash deposits traced for "
                              "confiscation."),
    .rocu_notified_on = "2025-03-06",
    .intelligence_plan = N_("Advert history, phone numbers and payment details from the "
                            "website, linked to the addresses used."),
    .lines = {
      { N_("Adverts and website data"),
        N_("Preservation and production requests to the adult services website; link the "
           "adverts, phone numbers and payments.") },
      { N_("Telephone analysis"),
        N_("Attribute the controller’s handsets; call data and cell-site analysis against "
           "the moves between addresses.") },
      { N_("Addresses, landlords and house-to-house"),
        N_("Letting agents, landlords and neighbours at each address used.") },
      { N_("Accounts of the women"),
        N_("ABE interviews with the two women who accepted NRM referral, at their pace, "
           "with an interpreter and an ISVA.") },
      { N_("Financial enquiries"),
        N_("The controller’s accounts and cash deposits against the women’s earnings.") },
    },
  },
  {
    .case_index = MERLIN, .version = 1, .author = LIAM_OROURKE,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .parameters = N_("Domestic servitude of a woman brought to the UK on an overseas "
                     "domestic worker visa and kept in a family home from 2023 until March "
                     "2025. Suspects: the two householders."),
    .aims = N_("Keep the woman safe and supported; prove her hours, the lack of pay and the "
               "control of her movements; prosecute the householders; recover her unpaid "
               "wages."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("About two years of unpaid wages: the householders’ assets "
                              "identified for compensation and confiscation."),
    .rocu_notified_on = "2025-03-31",
    .orders_considered = OV_ORDERS_CONSIDERED_STPO,
    .orders_rationale = N_("Seek STPOs on conviction: the householders could sponsor another "
                           "domestic worker."),
    .suspect_plan = N_("Arrest both householders once the victim is safe; bail conditions "
                       "not to contact her or her family abroad."),
    .lines = {
      { N_("Victim’s account (ABE)"),
        N_("Interview with an interpreter once she is settled in the safe house, with her "
           "MSVLO there for support.") },
      { N_("Visa and sponsorship records"),
        N_("The visa application, the contract filed with UKVI and the sponsor’s "
           "declarations.") },
      { N_("Witnesses: GP surgery and neighbours"),
        N_("Statement from the surgery receptionist who reported; house-to-house in the "
           "street.") },
      { N_("Digital evidence"),
        N_("The householders’ phones and their messages to and about the victim.") },
      { N_("Financial enquiries"),
        N_("Wages owed against the householders’ income and assets.") },
    },
  },
  {
    .case_index = PLOVER, .version = 1, .author = NADIA_KOWALSKI,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Forced labour of two young women in a nail bar who lived in the room "
                     "above it and were paying off a debt for their travel, spring 2025. "
                     "Suspect: the owner of the nail bar."),
    .aims = N_("Safeguard the two women; prove the debt bondage and the control of their "
               "work; prosecute the owner if the evidence allows."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED,
    .financial_rationale = N_("A small cash business with no assets beyond the lease. "
                              "Revisit if the owner’s wider network is identified."),
    .rocu_notified_on = "2025-04-17",
    .orders_considered = OV_ORDERS_CONSIDERED_NEITHER,
    .orders_rationale = N_("No conviction is in prospect, and there is too little evidence "
                           "of risk to others for an STRO. Revisit if new information comes "
                           "in."),
    .lines = {
      { N_("Accounts of the two women"),
        N_("ABE interviews with an interpreter if they are willing.") },
      { N_("Nail bar records and CCTV"),
        N_("Appointment books, till records and the shop’s CCTV.") },
      { N_("Intelligence development with the ROCU"),
        N_("Share what is known of the owner and of the women’s recruitment with the "
           "ROCU.") },
    },
  },
  {
    .case_index = CURLEW, .version = 1, .author = KATE_LINDQVIST,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .parameters = N_("Forced labour and trafficking of about forty workers supplied by an "
                     "unlicensed gangmaster to vegetable harvesting and packing sites since "
                     "2024. Suspects: the gangmaster and his two drivers; the caravan site "
                     "owner to be assessed."),
    .aims = N_("Safeguard the workers through a planned day of action with a reception "
               "centre; prove the deductions, debts and control; prosecute the gangmaster; "
               "support the GLAA’s licensing case."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Deductions from about forty workers’ wages and money sent "
                              "abroad by the gangmaster: restraint at arrest, confiscation "
                              "on conviction."),
    .rocu_notified_on = "2025-05-08",
    .orders_considered = OV_ORDERS_CONSIDERED_STPO,
    .orders_rationale = N_("Seek an STPO against the gangmaster on conviction; consider "
                           "STPOs for the drivers at charge."),
    .intelligence_plan = N_("Observation of the pick-up points; GLAA and HMRC intelligence "
                            "shared through joint tasking."),
    .communications_plan = N_("No publicity before the day of action; a media line agreed "
                              "with the GLAA afterwards."),
    .lines = {
      { N_("Day of action and reception centre"),
        N_("Warrants at the caravan site and the gangmaster’s home; reception centre with "
           "the local authority, health, interpreters and the Salvation Army.") },
      { N_("Accounts of the workers"),
        N_("First accounts at the reception centre; ABE interviews for those who will give "
           "evidence.") },
      { N_("Payroll and deductions (HMRC)"),
        N_("The packing firms’ payments to the gangmaster against what reached the "
           "workers.") },
      { N_("GLAA licensing investigation"),
        N_("Liaison with the GLAA on the unlicensed gangmaster offences and shared "
           "evidence.") },
      { N_("Minibus movements (ANPR and telephony)"),
        N_("ANPR and the drivers’ phones against the pick-up points and farms.") },
    },
  },
  {
    .case_index = OSPREY, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .parameters = N_("Criminal exploitation of a young man found locked in a house converted "
                     "into a cannabis grow in June 2025. Suspect: the man who controlled the "
                     "house. The young man is a victim, and a child until his age is "
                     "assessed."),
    .aims = N_("Safeguard the young man as a child; consider section 45 before any decision "
               "about him; prosecute the controller for trafficking and production."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("The rent, the electricity bypass and the value of the crop: "
                              "the controller’s finances traced for confiscation."),
    .rocu_notified_on = "2025-06-05",
    .orders_considered = OV_ORDERS_CONSIDERED_STPO,
    .orders_rationale = N_("Seek an STPO against the controller on conviction."),
    .forensic_plan = N_("Fingerprints and DNA from the grow equipment, the padlocks and the "
                        "food deliveries."),
    .lines = {
      { N_("Age assessment and safeguarding"),
        N_("Children’s social care age assessment; placement, guardian and NRM "
           "referral.") },
      { N_("Forensic examination of the grow"),
        N_("Fingerprints and DNA from the equipment, padlocks and deliveries.") },
      { N_("Identify the controller"),
        N_("Tenancy, utility accounts and telephony linking the controller to the "
           "house.") },
      { N_("The young man’s account"),
        N_("ABE interview with an appropriate adult and his guardian, once he feels "
           "safe.") },
    },
  },
  {
    .case_index = WREN, .version = 1, .author = KATE_LINDQVIST,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .parameters = N_("Sexual exploitation of a 14-year-old girl taken from her care "
                     "placement to parties in short-let flats, 2025. Suspects: the adults "
                     "who arranged the parties and those who paid them."),
    .aims = N_("Protect the girl and other children at risk; identify and prosecute everyone "
               "who arranged or paid for her abuse; stop the use of the short-let flats."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Short-let bookings and the payments between the suspects."),
    .rocu_notified_on = "2025-06-26",
    .orders_considered = OV_ORDERS_CONSIDERED_STPO,
    .orders_rationale = N_("Seek STPOs against the organisers on conviction."),
    .lines = {
      { N_("The girl’s account and support"),
        N_("ABE interviews at her pace with her ISVA; no pressure to disclose.") },
      { N_("Short-let bookings and payments"),
        N_("Booking platform records and payments for the flats used.") },
      { N_("Telephone and social media analysis"),
        N_("The messages that arranged the parties; attribution of the suspects’ "
           "accounts.") },
      { N_("Missing episodes"),
        N_("Return home interviews after each missing episode; the places she was found, "
           "mapped.") },
    },
  },
  {
    .case_index = HERON, .version = 1, .author = NADIA_KOWALSKI,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Forced labour of labourers on small building sites who were not paid "
                     "for weeks and were threatened when they asked, summer 2025. Suspect: "
                     "the subcontractor who supplied them."),
    .aims = N_("Find and safeguard the workers; prove the non-payment and the threats; "
               "prosecute the subcontractor."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED,
    .financial_rationale = N_("Until the workers are traced there is no offence to attach a "
                              "financial investigation to. Revisit if they are found."),
    .rocu_notified_on = "2025-07-17",
    .orders_considered = OV_ORDERS_CONSIDERED_NEITHER,
    .orders_rationale = N_("No charge is in prospect while the workers cannot be traced, "
                           "and an STRO needs evidence of risk the investigation does not "
                           "have."),
    .lines = {
      { N_("Trace the workers"),
        N_("The phone numbers and the hostel they gave; the churches and charities they "
           "used.") },
      { N_("Site and contractor enquiries"),
        N_("Site managers, the main contractors and their payments to the "
           "subcontractor.") },
      { N_("CCTV at the sites"),
        N_("Site CCTV of the workers and the subcontractor’s vans.") },
    },
  },
  {
    .case_index = GOSHAWK, .version = 1, .author = LIAM_OROURKE,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Trafficking of people with disabilities brought by minibus to beg "
                     "outside supermarkets and stations from 2025, with all the money taken "
                     "from them. Suspects: the driver and the people who house them."),
    .aims = N_("Safeguard the victims with adult social care; prove the control and the "
               "taking of their money; prosecute the organisers."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Cash collected each evening: the organisers’ accounts and the "
                              "money they send abroad."),
    .rocu_notified_on = "2025-08-21",
    .orders_considered = OV_ORDERS_CONSIDERED_STRO,
    .orders_rationale = N_("An STRO against the driver while the evidence for charge is "
                           "gathered, to stop him transporting vulnerable people."),
    .lines = {
      { N_("Accounts of the victims (with intermediaries)"),
        N_("ABE interviews with registered intermediaries and interpreters; adult social "
           "care present.") },
      { N_("CCTV at the begging sites"),
        N_("Supermarket and station CCTV of the drop-offs and collections.") },
      { N_("The minibus: ANPR and keeper"),
        N_("ANPR of the minibus; keeper and insurance enquiries.") },
      { N_("Care Act section 42 enquiries"),
        N_("Adult social care enquiries for the two adults with care and support needs; "
           "police information shared.") },
      { N_("Financial enquiries"),
        N_("The organisers’ bank accounts and money transfers.") },
    },
  },
  {
    .case_index = NIGHTJAR, .version = 1, .author = ROBERT_FAIRBAIRN,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .parameters = N_("Eleven people found in the back of a lorry at a motorway service area "
                     "in September 2025, the purpose of their journey unknown. Suspects: the "
                     "driver and the organised crime group behind the journey (NCA lead)."),
    .aims = N_("Safeguard the eleven and identify any victims of exploitation; secure the "
               "evidence from the lorry and the driver; support the NCA’s investigation of "
               "the organised crime group."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED,
    .financial_rationale = N_("The NCA’s financial investigation covers the organised crime "
                              "group; the force has nothing separate to pursue."),
    .rocu_notified_on = "2025-09-08",
    .orders_considered = OV_ORDERS_CONSIDERED_NEITHER,
    .orders_rationale = N_("No suspect remains within the force’s investigation; the NCA "
                           "will consider orders in its own case."),
    .lines = {
      { N_("Welfare and first accounts"),
        N_("Health checks, interpreters and first accounts before any move to asylum "
           "accommodation.") },
      { N_("Driver and haulier"),
        N_("Interview the driver; tachograph, trailer seals and the haulier’s "
           "records.") },
      { N_("Handover to the NCA"),
        N_("Agree what the NCA leads on and what stays with the force.") },
    },
  },
  {
    .case_index = SKYLARK, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .parameters = N_("Forced labour and domestic servitude of a takeaway worker made to cook "
                     "twelve hours a day and clean the owner’s home, for board and a few "
                     "pounds a week, 2024 to 2025. Suspect: the takeaway owner."),
    .aims = N_("Keep the worker safe with his victim navigator; prove his hours, pay and "
               "living conditions; prosecute the owner; support HMRC’s minimum wage "
               "enquiry."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("The takeaway’s takings and the owner’s accounts against the "
                              "worker’s pay."),
    .rocu_notified_on = "2025-10-23",
    .lines = {
      { N_("Victim’s account"),
        N_("ABE interview with an interpreter; his victim navigator present for "
           "support.") },
      { N_("HMRC minimum wage enquiry"),
        N_("Share the worker’s account and the evidence of his hours with HMRC.") },
      { N_("Takeaway records and CCTV"),
        N_("Rotas, till records and CCTV showing the hours worked.") },
      { N_("The owner’s home"),
        N_("Neighbours and visitors who saw the worker cleaning there.") },
    },
  },
  {
    .case_index = AVOCET, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .parameters = N_("Criminal exploitation of a 17-year-old boy carrying drugs by train for "
                     "a county line, stopped twice in a month. Suspects: the line holders who "
                     "supply him and hold his debt."),
    .aims = N_("Safeguard the boy as a child; identify and prosecute the line holders; close "
               "the line."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("The boy’s debt and the line’s takings, traced through payment "
                              "apps."),
    .rocu_notified_on = "2026-01-14",
    .orders_considered = OV_ORDERS_CONSIDERED_STPO,
    .orders_rationale = N_("Seek an STPO against the line holder on conviction."),
    .lines = {
      { N_("Burner phone download and line attribution"),
        N_("Download the phone seized at the stop; attribute the line’s numbers.") },
      { N_("Debt and threats"),
        N_("Evidence of the debt he owes and of the threats used to make him carry.") },
      { N_("Travel evidence"),
        N_("Rail CCTV and British Transport Police records of both journeys.") },
      { N_("Safeguarding and NRM"),
        N_("Strategy discussion, NRM referral and the safety plan.") },
    },
  },
  {
    .case_index = BITTERN, .version = 1, .author = NADIA_KOWALSKI,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Sexual exploitation of women moved between budget hotels near the "
                     "airport and advertised online, from late 2025. Suspects: whoever books "
                     "the rooms and places the adverts."),
    .aims = N_("Safeguard the women; identify who books and pays for the rooms; prosecute "
               "the organisers; work with the hotels to stop the use of their rooms."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Room bookings, card payments and advert payments traced to "
                              "the organisers."),
    .rocu_notified_on = "2026-02-05",
    .lines = {
      { N_("Hotel bookings and payments"),
        N_("Booking records and card payments from the hotel chain for the rooms "
           "used.") },
      { N_("Adverts"),
        N_("The women’s adverts on adult services websites; phone numbers and "
           "payments.") },
      { N_("Hotel CCTV"),
        N_("Reception and corridor CCTV of the people who book and visit the rooms.") },
      { N_("Engagement with the women"),
        N_("Welfare visits with an MSVLO and an interpreter; NRM offered to each "
           "woman.") },
    },
  },
  {
    .case_index = DUNLIN, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Forced labour of workers at a waste recycling plant supplied by an "
                     "agency that houses them in overcrowded rooms and charges them for the "
                     "beds, 2025 to 2026. Suspects: the agency’s directors."),
    .aims = N_("Safeguard the workers; prove the debts, deductions and housing conditions; "
               "prosecute the agency’s directors; share the evidence of unsafe work with the "
               "HSE."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Bed charges and deductions against the agency’s income from "
                              "the plant."),
    .rocu_notified_on = "2026-02-26",
    .lines = {
      { N_("Accounts of the workers"),
        N_("First accounts through interpreters; ABE interviews for those who will give "
           "evidence.") },
      { N_("Agency records and housing"),
        N_("Payslips, deductions and the houses where the workers sleep.") },
      { N_("HSE and GLAA liaison"),
        N_("The unreported injuries to the HSE; the agency’s labour practices to the "
           "GLAA.") },
    },
  },
  {
    .case_index = FIELDFARE, .version = 1, .author = KATE_LINDQVIST,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .parameters = N_("Domestic servitude and sexual abuse of a young woman brought to the UK "
                     "for marriage and kept at home by her husband’s family until she "
                     "escaped in March 2026. Suspects: her husband and his parents."),
    .aims = N_("Keep her safe at the refuge and supported in her own language; prove the "
               "servitude and the abuse; prosecute those responsible."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED,
    .financial_rationale = N_("No gain beyond her unpaid housework; the family’s finances "
                              "would add no evidence."),
    .rocu_notified_on = "2026-03-19",
    .lines = {
      { N_("Her account, with an interpreter"),
        N_("ABE interviews with an interpreter she trusts, with her ISVA; the refuge "
           "consulted on timing.") },
      { N_("Visa and marriage records"),
        N_("The spouse visa application and the marriage records.") },
      { N_("Roles of the family members"),
        N_("Who did what, from her account and from neighbours and visitors to the "
           "house.") },
      { N_("Medical evidence"),
        N_("GP records, and a forensic medical examination if she consents.") },
    },
  },
  {
    .case_index = GREENSHANK, .version = 1, .author = LIAM_OROURKE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .parameters = N_("Trafficking of young women to staff three nail bars, their identity "
                     "documents kept until their “debt” is paid, from 2025. Suspects: the "
                     "three owners of the nail bars."),
    .aims = N_("Safeguard the women through one day of action at all three nail bars; prove "
               "the trafficking and the debt bondage; prosecute the owners; give the women "
               "back their documents."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("The takings of the three nail bars and the money the owners "
                              "send abroad: restraint at charge."),
    .rocu_notified_on = "2026-04-09",
    .orders_considered = OV_ORDERS_CONSIDERED_BOTH,
    .orders_rationale = N_("STPOs against the owners on conviction; an STRO considered for "
                           "any owner who is not charged."),
    .lines = {
      { N_("Day of action at the three nail bars"),
        N_("Warrants at the three shops and the owners’ homes; reception centre plan for "
           "the women.") },
      { N_("Accounts of the women"),
        N_("First accounts at the reception centre; ABE interviews with "
           "interpreters.") },
      { N_("Identity documents"),
        N_("Recover and exhibit the documents the owners hold.") },
      { N_("Travel arrangements"),
        N_("The flights and visas the owners arranged for the women.") },
      { N_("Financial enquiries"),
        N_("Takings, wages and transfers abroad.") },
    },
  },
  {
    .case_index = KITTIWAKE, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .parameters = N_("Criminal exploitation of two men found tending a cannabis grow in a "
                     "commercial unit locked from outside, May 2026. Suspects: whoever rents "
                     "the unit and delivers their food."),
    .aims = N_("Safeguard the two men and take their fear of reprisals seriously; consider "
               "section 45 for both; identify and prosecute the organisers."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("The rent of the unit, the electricity supply and the value of "
                              "the crop."),
    .rocu_notified_on = "2026-05-07",
    .lines = {
      { N_("Accounts of the two men"),
        N_("ABE interviews with interpreters once their families’ safety has been "
           "discussed with them.") },
      { N_("Unit lease and utilities"),
        N_("The lease, the landlord’s checks and the electricity account.") },
      { N_("Food deliveries"),
        N_("The vehicle and the person who brought food each week: CCTV and ANPR.") },
      { N_("Forensic examination of the grow"),
        N_("Fingerprints and DNA from the locks, the equipment and the food "
           "packaging.") },
    },
  },
  {
    .case_index = LINNET, .version = 1, .author = ROBERT_FAIRBAIRN,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .parameters = N_("A man recruited abroad for farm work and pressed to undergo medical "
                     "tests for an organ donation he does not want, 2026. Suspects: the "
                     "recruiter and anyone arranging the transplant."),
    .aims = N_("Keep the man safe; establish whether the removal of an organ was being "
               "arranged, and by whom; work with the NCA and NHS partners; prosecute if the "
               "evidence allows."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED,
    .financial_rationale = N_("No money has been traced yet; the NCA will advise if payments "
                              "abroad are found."),
    .rocu_notified_on = "2026-06-02",
    .lines = {
      { N_("Victim’s account and safety"),
        N_("ABE interview with an interpreter; safe accommodation through the MSVCC.") },
      { N_("Medical appointments"),
        N_("Which clinics saw him, and who made and paid for the appointments; NHS "
           "partners consulted.") },
      { N_("Enquiries overseas"),
        N_("Requests through the NCA about the recruiter and the intended "
           "recipient.") },
    },
  },
  {
    .case_index = REDSTART, .version = 1, .author = MEGAN_HARTE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .parameters = N_("Criminal exploitation of a shoplifting crew of young adults driven "
                     "between towns and made to steal to order, paid in food and a place to "
                     "sleep, 2026. Suspects: the driver and the people who sell the stolen "
                     "goods."),
    .aims = N_("Treat the crew members as victims first and consider section 45 for each; "
               "identify and prosecute the controllers; stop the thefts."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("The resale of the stolen goods online and through shops; the "
                              "controllers’ accounts."),
    .rocu_notified_on = "2026-06-24",
    .lines = {
      { N_("Crew members’ accounts and section 45"),
        N_("An account from each crew member; section 45 considered and recorded for each "
           "before any charging decision.") },
      { N_("The van: ANPR and keeper"),
        N_("ANPR of the van between towns; keeper and insurance enquiries.") },
      { N_("Retailers’ evidence"),
        N_("Loss-prevention reports and store CCTV of each theft.") },
      { N_("Resale of the stolen goods"),
        N_("Online listings and the shops that buy the goods.") },
    },
  },
  {
    .case_index = SANDPIPER, .version = 1, .author = NADIA_KOWALSKI,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .parameters = N_("Sexual exploitation of a woman by a former partner who advertised her "
                     "for “massage” and took her earnings, 2026. Suspect: the former "
                     "partner."),
    .aims = N_("Support her to leave safely; prosecute only with her support; protect her "
               "through the local authority whatever she decides."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_NOT_REQUIRED,
    .financial_rationale = N_("Small sums in cash: a financial investigation would change "
                              "neither the outcome nor her safety."),
    .rocu_notified_on = "2026-07-15",
    .orders_considered = OV_ORDERS_CONSIDERED_NEITHER,
    .orders_rationale = N_("Without her support there will be no conviction, so no STPO. An "
                           "STRO was considered, but he has no contact with her and there is "
                           "no evidence that he exploits anyone else."),
    .lines = {
      { N_("Her account and wishes"),
        N_("Her account, at her pace, with an ISVA; her wishes about a prosecution "
           "recorded.") },
      { N_("Adverts"),
        N_("Preserve the adverts and the phone number used.") },
      { N_("Safeguarding with the local authority"),
        N_("A safety plan and housing with adult social care.") },
    },
  },
  {
    .case_index = TEAL, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .parameters = N_("Debt bondage of seasonal workers on a fruit farm who were charged "
                     "recruitment fees abroad, with their wages paid into accounts they do "
                     "not control, 2026. Suspects: the recruiter and his UK associates; the "
                     "farm’s part to be established."),
    .aims = N_("Safeguard the workers through the day of action and the reception centre; "
               "prove the debts and the control of their wages; prosecute the recruiter and "
               "his associates."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Wages paid into accounts the recruiter controls: restraint "
                              "and confiscation."),
    .rocu_notified_on = "2026-08-06",
    .orders_considered = OV_ORDERS_CONSIDERED_STPO,
    .orders_rationale = N_("Seek STPOs against the recruiter and his associates on "
                           "conviction."),
    .communications_plan = N_("The farm owner and the labour provider told only on the day "
                              "of action; a joint media line with the GLAA."),
    .lines = {
      { N_("Day of action and reception centre"),
        N_("Reception centre stood up with the LRF partners: health screening, "
           "interpreters, NRM and onward support.") },
      { N_("Accounts of the workers"),
        N_("First accounts at the reception centre; ABE interviews for the main "
           "witnesses.") },
      { N_("Accounts the wages are paid into"),
        N_("Production orders for the accounts; who withdraws the money.") },
      { N_("Recruitment fees and debts"),
        N_("Evidence of the fees charged abroad and of how the debts are enforced.") },
      { N_("GLAA: the labour provider’s licence"),
        N_("The GLAA’s review of the labour provider that placed the workers on the "
           "farm.") },
    },
  },
  /* Still in draft: drafted, never agreed. */
  {
    .case_index = TURNSTONE, .version = 1, .author = LIAM_OROURKE,
    .parameters = N_("Cuckooing of the flat of a man with learning disabilities by the "
                     "runners of a county drugs line, from summer 2026. Suspects: the line "
                     "holder and the runners."),
    .aims = N_("Give the man his home back and keep him safe with adult social care and "
               "housing; identify and prosecute the line holder and the runners."),
    .financial_investigation = OV_FINANCIAL_INVESTIGATION_ACTIVE,
    .financial_rationale = N_("Cash and payment apps of the line."),
    .rocu_notified_on = "2026-09-17",
    .lines = {
      { N_("Safety plan with adult social care and housing"),
        N_("The section 42 enquiry, his safety plan and a closure order on the flat if "
           "needed.") },
      { N_("Line attribution"),
        N_("Test purchases and telephony to attribute the deal line.") },
      { N_("CCTV and house-to-house"),
        N_("Communal CCTV and the neighbours’ accounts of the runners’ visits.") },
    },
  },
  {
    .case_index = WAXWING, .version = 1, .author = AISHA_OKAFOR,
    .parameters = N_("Domestic servitude of a young au pair working far beyond the agreed "
                     "hours, unpaid for months, her passport kept by the family, 2026. "
                     "Suspects: the host parents."),
    .aims = N_("Keep her safe and give her passport back to her; prove her hours, the lack "
               "of pay and the keeping of her passport; decide with her whether to "
               "prosecute."),
    .lines = {
      { N_("Her account"),
        N_("Her account, with her college tutor’s support and an interpreter if she "
           "prefers.") },
      { N_("The au pair agreement and messages"),
        N_("The agreement she signed and her messages with the host family.") },
      { N_("Her passport"),
        N_("Ask the family for her passport; use search powers if they refuse.") },
    },
  },
  /* Newer versions in draft on top of an agreed version 1. */
  {
    .case_index = HARRIER, .version = 2, .author = AISHA_OKAFOR,
    .aims = N_("Support the boys through the trial with special measures; secure "
               "convictions and an STPO against the line holder; confiscate the line’s "
               "proceeds."),
    .lines = {
      { N_("Trial preparation and disclosure"),
        N_("Schedules of unused material, social care records sought as third-party "
           "material, and witness care for the boys.") },
    },
  },
  {
    .case_index = LAPWING, .version = 2, .author = NADIA_KOWALSKI,
    .orders_considered = OV_ORDERS_CONSIDERED_STRO,
    .orders_rationale = N_("Seek an STRO against the controller now: he is still advertising "
                           "women and a charge is months away."),
    .lines = {
      { N_("CPS early investigative advice"),
        N_("Agree with a CPS lawyer the evidence needed for charge, given that two of the "
           "three women support a prosecution.") },
    },
  },
  {
    .case_index = CURLEW, .version = 2, .author = KATE_LINDQVIST,
    .parameters = N_("Forced labour and trafficking of about forty workers supplied by an "
                     "unlicensed gangmaster to vegetable harvesting and packing sites since "
                     "2024. Suspects: the gangmaster, his two drivers, and the recruiter "
                     "abroad who charged the workers’ fees."),
    .lines = {
      { N_("The recruiter abroad"),
        N_("An international letter of request, through the NCA, about the recruiter who "
           "charged the workers’ fees.") },
    },
  },
  {
    .case_index = BITTERN, .version = 2, .author = NADIA_KOWALSKI,
    .orders_considered = OV_ORDERS_CONSIDERED_STRO,
    .orders_rationale = N_("Seek an STRO against the man who books the rooms while the "
                           "financial evidence for charge is completed."),
    .lines = {
      { N_("Partnership with the hotel chain"),
        N_("Agree with the hotel chain how its staff report concerns and keep booking "
           "data.") },
    },
  },
};

typedef struct
{
  int           line;        /* position of the line of enquiry, from 1 */
  OvLineStatus  status;
  const char   *progress;
  const char   *closure_rationale;
} DemoProgress;

typedef struct
{
  const char     *description;
  int             owner;
  const char     *due_on;
  OvActionStatus  status;
  const char     *closed_on;     /* the day it was completed or cancelled */
  const char     *cancel_reason;
} DemoAction;

typedef struct
{
  int              case_index;
  OvReviewType     type;
  OvReviewTrigger  trigger;
  const char      *trigger_detail;
  const char      *held_at;
  int              reviewer;
  guint            attendees;            /* WITH (staff) | ... */
  const char      *risk_notes;
  const char      *directions;
  int              next_review_days;     /* 0: as force policy proposes */
  const char      *next_review_reason;
  gboolean         draft;                /* still being written, not signed off */
  DemoProgress     progress[MAX_DEMO_LINES];
  DemoAction       actions[MAX_DEMO_ACTIONS];   /* set at this review */
} DemoReview;

/* Closure reviews are here too: close_cases() closes a case only once it has one. */
static const DemoReview demo_reviews[] = {
  /* Operation Kestrel */
  {
    .case_index = KESTREL, .type = INITIAL, .held_at = "2025-01-21T15:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (TOM_WHITLOCK) | WITH (DANIEL_MERCER),
    .risk_notes = N_("The six men were moved to MSVCC safe houses after the visit and all "
                     "accepted NRM referral. Both suspects are on bail not to contact them. "
                     "Risk medium."),
    .directions = N_("ABE interviews within ten days, with interpreters; production orders on "
                     "the business accounts; passports examined before they go back to the "
                     "men."),
    .actions = {
      { N_("Book interpreters and ABE suites for the six interviews"),
        TOM_WHITLOCK, "2025-01-24", DONE, "2025-01-23" },
      { N_("Apply for production orders on the business and the owner’s bank accounts"),
        TOM_WHITLOCK, "2025-02-07", DONE, "2025-02-05" },
      { N_("Give the men back their passports once examined, keeping copies as exhibits"),
        DANIEL_MERCER, "2025-02-14", DONE, "2025-02-18" },
    },
  },
  {
    .case_index = KESTREL, .type = PERIODIC, .held_at = "2025-02-18T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (TOM_WHITLOCK) | WITH (DANIEL_MERCER),
    .risk_notes = N_("The men are settled in MSVCC accommodation and have had no contact "
                     "from the suspects. Risk reduced to standard."),
    .directions = N_("Prepare the file for CPS charging advice; HMRC to finish the arrears "
                     "calculation."),
    .progress = {
      { 1, LINE_DONE, N_("All six interviewed. Their accounts agree on the hours, the pay, "
                         "the deductions and the passports.") },
      { 2, LINE_DONE, N_("Passports examined; the site manager’s ledger of deductions "
                         "recovered from the office.") },
    },
    .actions = {
      { N_("Submit the file to the CPS for charging advice"),
        TOM_WHITLOCK, "2025-03-14", DONE, "2025-03-12" },
    },
  },
  {
    .case_index = KESTREL, .type = CLOSURE, .held_at = "2025-11-14T11:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("Both defendants pleaded guilty and were sentenced to custody with "
                     "STPOs. The men are supported by the MSVCC; two have chosen to go home. "
                     "No victim remains at risk from the defendants."),
    .directions = N_("Close the investigation. Confiscation stays with the financial "
                     "investigator. Retain the material under the force retention "
                     "schedule."),
    .progress = {
      { 3, LINE_DONE, N_("Confiscation timetable set at sentencing; the financial "
                         "investigator keeps the confiscation case.") },
      { 4, LINE_DONE, N_("HMRC served a notice of arrears; the GLAA’s intelligence "
                         "updated.") },
    },
  },

  /* Operation Harrier */
  {
    .case_index = HARRIER, .type = INITIAL, .held_at = "2025-02-12T09:30:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR) | WITH (LIAM_OROURKE),
    .risk_notes = N_("Both boys at high risk of going missing and being drawn back to the "
                     "line. Children’s social care has placed them out of the area with "
                     "safety plans; guardian referrals made."),
    .directions = N_("NRM referrals today; rail CCTV for both journeys; attribute the deal "
                     "line before any arrest."),
    .actions = {
      { N_("Make NRM referrals for both boys"),
        AISHA_OKAFOR, "2025-02-13", DONE, "2025-02-12" },
      { N_("Request rail CCTV and ticket records for the boys’ journeys"),
        LIAM_OROURKE, "2025-02-19", DONE, "2025-02-18" },
    },
  },
  {
    .case_index = HARRIER, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_ARREST,
    .trigger_detail = N_("The line holder arrested at his home; two handsets and cash "
                         "seized."),
    .held_at = "2025-03-06T14:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR) | WITH (LIAM_OROURKE),
    .risk_notes = N_("Threats to the boys are likely after the arrest. Their social workers "
                     "and guardians were told the same day and the safety plans reviewed."),
    .directions = N_("Download both handsets; submit the file for charging advice once the "
                     "cell-site report is in."),
    .progress = {
      { 1, LINE_OPEN, N_("The deal line is attributed to one of the handsets seized at arrest; "
                         "cell-site analysis requested.") },
      { 2, LINE_DONE, N_("Rail CCTV shows both boys travelling with the line holder’s "
                         "associate.") },
    },
    .actions = {
      { N_("Download and analyse the two handsets seized at arrest"),
        LIAM_OROURKE, "2025-03-20", DONE, "2025-03-19" },
    },
  },
  {
    .case_index = HARRIER, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_CHARGE,
    .trigger_detail = N_("The line holder charged with arranging travel for exploitation "
                         "and with supply; remanded in custody."),
    .held_at = "2025-05-22T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR) | WITH (LIAM_OROURKE),
    .risk_notes = N_("Risk reduced with the line holder remanded. The boys remain in their "
                     "placements."),
    .directions = N_("Trial preparation: special measures for both boys, witness care and "
                     "disclosure."),
    .progress = {
      { 1, LINE_DONE, N_("Cell-site report served: it places the holder’s handset with the "
                         "boys on both journeys.") },
      { 3, LINE_DONE, N_("Both boys interviewed with their guardians; the younger gave a "
                         "partial account.") },
      { 4, LINE_CLOSED, N_("No account from the tenant."),
        N_("The tenant moved to supported housing and declined to give an account; adult "
           "social care continues to support him.") },
    },
    .actions = {
      { N_("Apply for special measures for both boys (live link and an intermediary)"),
        AISHA_OKAFOR, "2025-07-31", DONE, "2025-07-21" },
    },
  },
  {
    .case_index = HARRIER, .type = PERIODIC, .held_at = "2026-11-10T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR) | WITH (LIAM_OROURKE),
    .risk_notes = N_("The boys are settled in their placements. The younger was contacted "
                     "through social media last month; the account was reported and blocked "
                     "and his safety plan updated."),
    .directions = N_("Trial listed for February 2027: weekly updates to the boys’ guardians "
                     "and social workers; finish the schedules of unused material."),
    .progress = {
      { 5, LINE_OPEN, N_("Restraint order in place; confiscation to follow the trial.") },
    },
    .actions = {
      { N_("Confirm the trial date and witness arrangements with the Witness Care Unit"),
        AISHA_OKAFOR, "2026-12-04" },
      { N_("Update both boys and their guardians on the trial listing"),
        LIAM_OROURKE, "2026-11-20", DONE, "2026-11-19" },
    },
  },

  /* Operation Lapwing: no review since August, so the next one is overdue. */
  {
    .case_index = LAPWING, .type = INITIAL, .held_at = "2025-03-05T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (OWEN_FLETCHER),
    .risk_notes = N_("All three women at high risk: the controller knows where they come "
                     "from and has their phones. Two are in MSVCC safe houses; the third "
                     "declined support and her risk remains high."),
    .directions = N_("NRM referrals for the two women who consent and an MS1 for the third; "
                     "preserve the adverts; an MSVLO for the two in safe houses."),
    .actions = {
      { N_("Make NRM referrals for two women and submit an MS1 for the third"),
        OWEN_FLETCHER, "2025-03-06", DONE, "2025-03-05" },
      { N_("Send a preservation request to the adult services website"),
        OWEN_FLETCHER, "2025-03-07", DONE, "2025-03-06" },
    },
  },
  {
    .case_index = LAPWING, .type = PERIODIC, .held_at = "2025-04-02T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (OWEN_FLETCHER) | WITH (CLAIRE_ASHDOWN),
    .risk_notes = N_("The two women in safe houses are settled; their risk is now medium. "
                     "The third woman’s whereabouts are unknown."),
    .directions = N_("Call data for the controller’s two numbers; ABE interviews once their "
                     "MSVLO says the women are ready."),
    .progress = {
      { 1, LINE_DONE, N_("The website returned 240 adverts over eleven months, with the "
                         "numbers and card payments used.") },
    },
    .actions = {
      { N_("Request call data and cell-site data for the controller’s two numbers"),
        OWEN_FLETCHER, "2025-04-16", DONE, "2025-04-14" },
    },
  },
  {
    .case_index = LAPWING, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_OTHER,
    .trigger_detail = N_("Change of officer in the case: DC Fletcher is transferring to "
                         "another force and DC Kowalski takes the case over."),
    .held_at = "2026-02-10T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (OWEN_FLETCHER) | WITH (NADIA_KOWALSKI),
    .risk_notes = N_("Unchanged: medium for the two women in support. The third woman has "
                     "not been found."),
    .directions = N_("A recorded handover between DC Fletcher and DC Kowalski before he "
                     "leaves; DC Kowalski to read in and report at the next review."),
    .progress = {
      { 4, LINE_DONE, N_("Both women interviewed; their accounts describe the control of "
                         "their phones, movements and money.") },
    },
    .actions = {
      { N_("Hold a recorded handover meeting and update the case file"),
        NADIA_KOWALSKI, "2026-02-13", DONE, "2026-02-12" },
    },
  },
  {
    .case_index = LAPWING, .type = PERIODIC, .held_at = "2026-07-17T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI) | WITH (CLAIRE_ASHDOWN),
    .risk_notes = N_("Both women remain in support; one has moved to her own tenancy. Risk "
                     "medium."),
    .directions = N_("The analyst to compare the cell-site report with the addresses; find "
                     "out whether the third woman would accept an update."),
    .progress = {
      { 3, LINE_CLOSED, N_("All letting agents and landlords seen."),
        N_("The letting agent has been dissolved and the landlords were deceived by false "
           "references; further enquiries would add no evidence.") },
    },
    .actions = {
      { N_("Ask the analyst to compare the cell-site report with the addresses used"),
        NADIA_KOWALSKI, "2026-08-07", DONE, "2026-08-06" },
      { N_("Ask the third woman’s outreach worker whether she would accept an update"),
        NADIA_KOWALSKI, "2026-08-28", CANCELLED, "2026-08-14",
        N_("She told her outreach worker she wants no further contact from the police; "
           "her wish is respected.") },
    },
  },
  {
    .case_index = LAPWING, .type = PERIODIC, .held_at = "2026-08-14T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("Both women safe and in support. The controller is still advertising "
                     "other women: the risk to others is high."),
    .directions = N_("Seek CPS early investigative advice; prepare an STRO against the "
                     "controller now."),
    .progress = {
      { 2, LINE_OPEN, N_("The analyst places the controller’s handset at four of the five "
                         "addresses on the nights the women were moved.") },
    },
    .actions = {
      { N_("Book a meeting with the CPS for early investigative advice"),
        NADIA_KOWALSKI, "2026-09-04" },
      { N_("Prepare an STRO application against the controller"),
        NADIA_KOWALSKI, "2026-09-25" },
    },
  },

  /* Operation Merlin */
  {
    .case_index = MERLIN, .type = INITIAL, .held_at = "2025-03-28T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (LIAM_OROURKE) | WITH (CLAIRE_ASHDOWN),
    .risk_notes = N_("High on the day she left the house. She is now in safe house "
                     "accommodation with an MSVLO, and the householders do not know where she "
                     "is. Risk medium."),
    .directions = N_("The visa file from UKVI; a statement from the surgery receptionist; "
                     "arrests once she has given a first account."),
    .actions = {
      { N_("Obtain the visa application and sponsorship file from UKVI"),
        LIAM_OROURKE, "2025-04-11", DONE, "2025-04-08" },
      { N_("Take a statement from the GP surgery receptionist"),
        LIAM_OROURKE, "2025-04-04", DONE, "2025-04-02" },
    },
  },
  {
    .case_index = MERLIN, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_ARREST,
    .trigger_detail = N_("Both householders arrested and interviewed; released on bail not "
                         "to contact the victim or her family."),
    .held_at = "2025-04-09T15:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (LIAM_OROURKE),
    .risk_notes = N_("The householders now know she has spoken to the police. Her family "
                     "abroad has been warned; the bail conditions forbid contact."),
    .directions = N_("Download the householders’ phones; ABE interview next week; work out "
                     "the wages owed."),
    .progress = {
      { 2, LINE_DONE, N_("The contract filed with the visa promised eight hours a day at the "
                         "national minimum wage.") },
      { 3, LINE_DONE, N_("Receptionist’s statement taken. Two neighbours only ever saw her "
                         "in the garden or with the family.") },
    },
    .actions = {
      { N_("Download and review the householders’ phones"),
        LIAM_OROURKE, "2025-04-25", DONE, "2025-04-24" },
    },
  },
  {
    .case_index = MERLIN, .type = PERIODIC, .held_at = "2026-11-03T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (LIAM_OROURKE) | WITH (CLAIRE_ASHDOWN),
    .risk_notes = N_("Trial in March 2027. She is anxious about giving evidence; special "
                     "measures and a pre-trial visit are planned. Risk medium."),
    .directions = N_("Special measures application; move-on accommodation from the safe "
                     "house before the trial."),
    .progress = {
      { 1, LINE_DONE, N_("ABE interview done; a second interview covered her passport and "
                         "the money sent to her family.") },
      { 4, LINE_DONE, N_("Messages show the householders telling her family she was happy "
                         "and well paid.") },
      { 5, LINE_OPEN, N_("Wages owed worked out at about £31,000; restraint order granted.") },
    },
    .actions = {
      { N_("Prepare the special measures application for the victim"),
        LIAM_OROURKE, "2026-12-15" },
    },
  },

  /* Operation Plover: suspended, so reviewed every twelve weeks. */
  {
    .case_index = PLOVER, .type = INITIAL, .held_at = "2025-04-16T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("Both women are in MSVCC accommodation, frightened of the debt and of "
                     "the owner contacting their families. Risk medium."),
    .directions = N_("Seize the nail bar’s CCTV and appointment books; ABE interviews if the "
                     "women agree."),
    .actions = {
      { N_("Seize the nail bar’s CCTV and appointment books"),
        NADIA_KOWALSKI, "2025-04-18", DONE, "2025-04-17" },
    },
  },
  {
    .case_index = PLOVER, .type = PERIODIC, .held_at = "2025-07-29T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("The women have gone home. No victim is known to be at risk in the "
                     "force area."),
    .directions = N_("Suspend the investigation; share the intelligence with the ROCU; "
                     "review every twelve weeks."),
    .next_review_days = 84,
    .next_review_reason = N_("Suspended: reviewed every twelve weeks while no new "
                             "information comes in."),
    .progress = {
      { 1, LINE_CLOSED, N_("Neither woman will be interviewed."),
        N_("Both women have returned home and do not wish to give evidence.") },
      { 2, LINE_DONE, N_("The records show both women working twelve-hour days, six days a "
                         "week.") },
    },
    .actions = {
      { N_("Submit an intelligence report on the owner to the ROCU"),
        NADIA_KOWALSKI, "2025-08-08", DONE, "2025-08-05" },
    },
  },
  {
    .case_index = PLOVER, .type = PERIODIC, .held_at = "2026-10-27T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("No victim known to be at risk. Nothing new to investigate."),
    .directions = N_("Remain suspended; review again in twelve weeks, or sooner if the ROCU "
                     "reports new information."),
    .next_review_days = 84,
    .next_review_reason = N_("Suspended: reviewed every twelve weeks while no new "
                             "information comes in."),
    .progress = {
      { 3, LINE_OPEN, N_("No new intelligence from the ROCU; the owner has sold the nail bar.") },
    },
  },

  /* Operation Curlew */
  {
    .case_index = CURLEW, .type = INITIAL, .held_at = "2025-05-07T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (TOM_WHITLOCK),
    .risk_notes = N_("About forty workers at risk of continuing exploitation, and of being "
                     "moved if the gangmaster is alerted; no contact with them before the day "
                     "of action."),
    .directions = N_("Plan the day of action with the GLAA and HMRC; a reception centre plan "
                     "with the local authority; observe the pick-up points."),
    .actions = {
      { N_("Draft the day of action plan and the reception centre plan with partners"),
        KATE_LINDQVIST, "2025-06-13", DONE, "2025-06-11" },
      { N_("Observe the pick-up points for two weeks and log the minibuses"),
        TOM_WHITLOCK, "2025-05-23", DONE, "2025-05-23" },
    },
  },
  {
    .case_index = CURLEW, .type = PERIODIC, .held_at = "2025-06-04T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (TOM_WHITLOCK),
    .risk_notes = N_("Unchanged: the workers remain at risk until the day of action."),
    .directions = N_("Day of action on 24 June; reception centre booked; interpreters for "
                     "the workers’ languages."),
    .progress = {
      { 5, LINE_OPEN, N_("Both minibuses identified; ANPR shows daily runs between the "
                         "caravan site and three farms.") },
    },
    .actions = {
      { N_("Book interpreters and the reception centre venue for the day of action"),
        TOM_WHITLOCK, "2025-06-20", DONE, "2025-06-19" },
    },
  },
  {
    .case_index = CURLEW, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_ARREST,
    .trigger_detail = N_("Day of action: the gangmaster and his two drivers arrested; 38 "
                         "workers received at the reception centre."),
    .held_at = "2025-06-25T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (TOM_WHITLOCK),
    .risk_notes = N_("Workers in MSVCC and local authority accommodation. Seven declined "
                     "support and went back to the caravan site, where the GLAA is visiting. "
                     "Risk medium."),
    .directions = N_("ABE interviews for the twelve main witnesses; restraint of the "
                     "gangmaster’s accounts; weekly visits to those who declined support."),
    .progress = {
      { 1, LINE_DONE, N_("Day of action done without injury: 38 workers received, 31 "
                         "accepted NRM referral.") },
      { 2, LINE_OPEN, N_("First accounts taken from all 38; ABE interviews booked for twelve.") },
    },
    .actions = {
      { N_("Apply for a restraint order on the gangmaster’s accounts"),
        TOM_WHITLOCK, "2025-07-04", DONE, "2025-07-02" },
      { N_("Visit the seven workers who declined support each week with the GLAA"),
        TOM_WHITLOCK, "2025-09-30", DONE, "2025-09-30" },
    },
  },
  {
    .case_index = CURLEW, .type = PERIODIC, .held_at = "2026-11-06T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (TOM_WHITLOCK),
    .risk_notes = N_("Most workers have moved on to new work with support; three remain in "
                     "MSVCC accommodation. Risk standard."),
    .directions = N_("Chase HMRC’s payroll schedule; draft strategy version 2 to cover the "
                     "recruiter abroad; file to the CPS by the end of January."),
    .progress = {
      { 2, LINE_DONE, N_("All twelve ABE interviews done.") },
      { 3, LINE_OPEN, N_("HMRC’s schedule of the 2024 season payroll still awaited.") },
      { 4, LINE_DONE, N_("The GLAA’s case on the unlicensed gangmaster offences is ready for "
                         "the CPS alongside ours.") },
    },
    .actions = {
      { N_("Obtain HMRC’s payroll schedule for the 2024 season"),
        TOM_WHITLOCK, "2026-11-20" },
      { N_("Draft version 2 of the strategy to include the recruiter abroad"),
        KATE_LINDQVIST, "2026-11-27", DONE, "2026-11-24" },
      { N_("Submit the full file to the CPS for a charging decision"),
        KATE_LINDQVIST, "2027-01-29" },
    },
  },

  /* Operation Osprey */
  {
    .case_index = OSPREY, .type = INITIAL, .held_at = "2025-06-03T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("He is frightened and says the people who brought him know where his "
                     "family live. Placed in foster care by children’s social care; guardian "
                     "referral made. Risk high."),
    .directions = N_("Treat him as a child until the age assessment; NRM referral today; no "
                     "interview about the grow until section 45 has been considered."),
    .actions = {
      { N_("Make the NRM referral and the guardian referral"),
        TOM_WHITLOCK, "2025-06-03", DONE, "2025-06-03" },
      { N_("Submit the padlocks, equipment and food packaging for forensic examination"),
        TOM_WHITLOCK, "2025-06-13", DONE, "2025-06-10" },
    },
  },
  {
    .case_index = OSPREY, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_NRM_DECISION,
    .trigger_detail = N_("Positive reasonable grounds decision from the Single Competent "
                         "Authority."),
    .held_at = "2025-06-12T14:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("Risk reduced to medium: settled in foster care, with no contact from "
                     "the controllers."),
    .directions = N_("Record the section 45 consideration; tenancy and telephony to identify "
                     "the controller."),
    .progress = {
      { 1, LINE_DONE, N_("Age assessed as 16; he stays in foster care with his "
                         "guardian.") },
      { 2, LINE_OPEN, N_("Fingerprints from the padlocks submitted; results awaited.") },
    },
    .actions = {
      { N_("Obtain the tenancy and utility records for the house"),
        TOM_WHITLOCK, "2025-06-27", DONE, "2025-06-25" },
    },
  },
  {
    .case_index = OSPREY, .type = PERIODIC, .held_at = "2026-11-12T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("He is 17 now, settled and at college. Risk standard; his guardian is "
                     "preparing him for the trial."),
    .directions = N_("Special measures for the trial; plan his move to adult services before "
                     "he turns 18."),
    .progress = {
      { 2, LINE_DONE, N_("The controller’s fingerprints were on the padlocks and the "
                         "electricity bypass.") },
      { 3, LINE_DONE, N_("Tenancy and telephony link the controller to the house; he was "
                         "charged in August 2025.") },
      { 4, LINE_DONE, N_("He gave an account with his guardian; it supports the charge "
                         "against the controller.") },
    },
    .actions = {
      { N_("Agree a plan for his move to adult services with children’s social care"),
        TOM_WHITLOCK, "2027-01-15" },
    },
  },

  /* Operation Wren */
  {
    .case_index = WREN, .type = INITIAL, .held_at = "2025-06-24T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (AISHA_OKAFOR),
    .risk_notes = N_("High: missing eleven times in three months and targeted by adults who "
                     "know her placement. Strategy discussion held; child protection plan in "
                     "place."),
    .directions = N_("Map every missing episode; a return home interview after each; "
                     "identify the flats and who booked them."),
    .actions = {
      { N_("Map all missing episodes and the addresses where she was found"),
        AISHA_OKAFOR, "2025-07-04", DONE, "2025-07-03" },
      { N_("Request the booking records for the short-let flats from the platform"),
        KATE_LINDQVIST, "2025-07-11", DONE, "2025-07-09" },
    },
  },
  {
    .case_index = WREN, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_VICTIM_MISSING,
    .trigger_detail = N_("Missing from her placement overnight; found the next morning at a "
                         "short-let flat."),
    .held_at = "2025-07-16T09:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (AISHA_OKAFOR),
    .risk_notes = N_("Very high after last night. An emergency move to a specialist placement "
                     "out of the area agreed with children’s social care."),
    .directions = N_("Arrest the two men who booked the flats; offer a forensic medical "
                     "examination with her ISVA."),
    .progress = {
      { 2, LINE_OPEN, N_("Booking records received; the payments are being traced.") },
      { 4, LINE_DONE, N_("Eleven episodes mapped: nine times she was found at flats booked "
                         "by the same two accounts.") },
    },
    .actions = {
      { N_("Arrest the two men linked to the bookings and search their addresses"),
        KATE_LINDQVIST, "2025-07-18", DONE, "2025-07-17" },
    },
  },
  {
    .case_index = WREN, .type = CLOSURE, .held_at = "2026-04-30T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (AISHA_OKAFOR),
    .risk_notes = N_("Both men are in custody with STPOs. She is settled in her placement "
                     "and supported by her ISVA and social worker. No victim remains at risk "
                     "from them."),
    .directions = N_("Close the investigation; share the learning on short-let flats with "
                     "the safeguarding partnership. Retain the material under the force "
                     "retention schedule."),
    .progress = {
      { 1, LINE_DONE, N_("She gave evidence by live link with her intermediary.") },
      { 2, LINE_DONE, N_("Booking and payment evidence served.") },
      { 3, LINE_DONE, N_("The messages arranging the parties attributed to both men.") },
    },
  },

  /* Operation Heron */
  {
    .case_index = HERON, .type = INITIAL, .held_at = "2025-07-15T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("The workers are out of contact and their whereabouts unknown; their "
                     "risk cannot be assessed and is treated as high."),
    .directions = N_("Trace the workers through the numbers and the hostel they gave; secure "
                     "the site CCTV before it is overwritten."),
    .actions = {
      { N_("Secure CCTV from the three building sites"),
        NADIA_KOWALSKI, "2025-07-18", DONE, "2025-07-18" },
      { N_("Trace the workers through the phone numbers and the hostel they gave"),
        NADIA_KOWALSKI, "2025-08-15", DONE, "2025-09-12" },
    },
  },
  {
    .case_index = HERON, .type = CLOSURE, .held_at = "2026-01-09T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("The workers cannot be found and may have left the country. "
                     "Intelligence shared with the GLAA and the ROCU."),
    .directions = N_("Close with no further action. Learning recorded: take evidence and "
                     "contact details at the first contact."),
    .progress = {
      { 1, LINE_CLOSED, N_("Not traced."),
        N_("The numbers are dead and the hostel has no record of them; the charities and "
           "churches have not seen them since July.") },
      { 2, LINE_CLOSED, N_("Contractors seen."),
        N_("Without the workers’ evidence, the subcontractor’s payments prove nothing "
           "unlawful.") },
      { 3, LINE_DONE, N_("CCTV shows the workers and the subcontractor’s vans on two "
                         "sites.") },
    },
  },

  /* Operation Goshawk */
  {
    .case_index = GOSHAWK, .type = INITIAL, .held_at = "2025-08-20T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (LIAM_OROURKE) | WITH (GARETH_LLOYD),
    .risk_notes = N_("Five victims identified, two with care and support needs. Section 42 "
                     "concerns raised; all five in safe accommodation. Risk high while the "
                     "driver is at large."),
    .directions = N_("Registered intermediaries for the interviews; CCTV from the begging "
                     "sites; ANPR on the minibus."),
    .actions = {
      { N_("Book registered intermediaries for the two adults with care and support needs"),
        GARETH_LLOYD, "2025-08-29", DONE, "2025-08-27" },
      { N_("Run ANPR and keeper checks on the minibus"),
        LIAM_OROURKE, "2025-08-22", DONE, "2025-08-22" },
    },
  },
  {
    .case_index = GOSHAWK, .type = PERIODIC, .held_at = "2026-10-23T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (LIAM_OROURKE) | WITH (GARETH_LLOYD),
    .risk_notes = N_("All five in supported accommodation. The driver has approached one of "
                     "them at a station: risk high for her."),
    .directions = N_("An STRO application against the driver; CCTV of the approach; risk "
                     "reviewed weekly until the order is made."),
    .progress = {
      { 1, LINE_DONE, N_("All five interviewed, the two adults with care and support needs "
                         "with intermediaries.") },
      { 3, LINE_DONE, N_("The minibus is kept by the driver’s brother; ANPR shows the daily "
                         "route.") },
      { 4, LINE_DONE, N_("Adult social care has finished both section 42 enquiries; care "
                         "plans in place.") },
    },
    .actions = {
      { N_("Prepare and lodge the STRO application against the driver"),
        LIAM_OROURKE, "2026-11-06" },
      { N_("Obtain station CCTV of the driver’s approach"),
        GARETH_LLOYD, "2026-10-30", DONE, "2026-10-29" },
    },
  },
  {
    .case_index = GOSHAWK, .type = PERIODIC, .held_at = "2026-11-20T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (LIAM_OROURKE) | WITH (GARETH_LLOYD),
    .risk_notes = N_("High for the woman the driver approached; she has moved to another "
                     "address. Medium for the others."),
    .directions = N_("The STRO application must be lodged this week; chase the two stations "
                     "for their CCTV."),
    .progress = {
      { 2, LINE_OPEN, N_("Supermarket CCTV secured from four sites; two stations still to "
                         "reply.") },
      { 5, LINE_OPEN, N_("Bank statements show cash deposits on the days the victims begged.") },
    },
    .actions = {
      { N_("Chase the two stations for their CCTV"),
        GARETH_LLOYD, "2026-12-02" },
    },
  },

  /* Operation Nightjar: suspended while the NCA leads. */
  {
    .case_index = NIGHTJAR, .type = INITIAL, .held_at = "2025-09-09T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (ROBERT_FAIRBAIRN),
    .risk_notes = N_("Eleven people, two of whom say they are 17 and are treated as children "
                     "until assessed. All seen with health checks and interpreters; most moved "
                     "to asylum accommodation."),
    .directions = N_("First accounts before any moves where possible; interview the driver; "
                     "agree the lead with the NCA."),
    .actions = {
      { N_("Agree with the NCA which parts of the investigation it leads"),
        ROBERT_FAIRBAIRN, "2025-09-19", DONE, "2025-09-17" },
      { N_("Make NRM referrals for the two who say they are 17"),
        ROBERT_FAIRBAIRN, "2025-09-10", DONE, "2025-09-09" },
    },
  },
  {
    .case_index = NIGHTJAR, .type = PERIODIC, .held_at = "2026-09-25T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (ROBERT_FAIRBAIRN),
    .risk_notes = N_("Nine are in asylum accommodation and two in children’s placements; no "
                     "one is known to be at risk in the force area."),
    .directions = N_("Remain suspended; the NCA to tell us of any exploitation "
                     "disclosed."),
    .next_review_days = 91,
    .next_review_reason = N_("Suspended while the NCA leads: reviewed every quarter."),
    .progress = {
      { 1, LINE_DONE, N_("First accounts from seven of the eleven; none has described "
                         "exploitation in the UK.") },
      { 2, LINE_DONE, N_("The driver interviewed; the trailer seals were replaced before "
                         "the crossing.") },
      { 3, LINE_DONE, N_("The NCA leads on the organised crime group; the force keeps the "
                         "welfare of those found.") },
    },
  },

  /* Operation Skylark */
  {
    .case_index = SKYLARK, .type = INITIAL, .held_at = "2025-10-22T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("He lives in accommodation found by his victim navigator and fears for "
                     "his immigration status. Risk medium."),
    .directions = N_("ABE interview with an interpreter; refer the hours evidence to HMRC; "
                     "secure the takeaway’s CCTV."),
    .actions = {
      { N_("Refer the case to HMRC’s minimum wage team"),
        TOM_WHITLOCK, "2025-10-31", DONE, "2025-10-28" },
      { N_("Secure the takeaway’s CCTV and rotas"),
        TOM_WHITLOCK, "2025-10-24", DONE, "2025-10-23" },
    },
  },
  {
    .case_index = SKYLARK, .type = PERIODIC, .held_at = "2026-11-05T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("Settled, working legally elsewhere and supported by his navigator. "
                     "Risk standard."),
    .directions = N_("Send our evidence to HMRC; neighbour enquiries at the owner’s home; "
                     "plan the arrest."),
    .progress = {
      { 1, LINE_DONE, N_("Interviewed with an interpreter, his navigator present.") },
      { 2, LINE_OPEN, N_("HMRC has opened an enquiry and asked for our evidence.") },
      { 3, LINE_DONE, N_("CCTV and rotas confirm twelve-hour shifts, six days a week.") },
    },
    .actions = {
      { N_("House-to-house enquiries near the owner’s home"),
        TOM_WHITLOCK, "2026-11-19", DONE, "2026-11-18" },
      { N_("Send our evidence bundle to HMRC"),
        TOM_WHITLOCK, "2026-12-03" },
    },
  },

  /* Operation Avocet */
  {
    .case_index = AVOCET, .type = INITIAL, .held_at = "2026-01-13T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR) | WITH (ELLIE_BRANDT),
    .risk_notes = N_("High: he owes the line holders money and was stopped with their drugs "
                     "twice in a month. Strategy discussion held; safety plan agreed with his "
                     "mother and social worker."),
    .directions = N_("NRM referral; download the burner phone; rail CCTV for both "
                     "journeys."),
    .actions = {
      { N_("Download the burner phone seized at the stop"),
        ELLIE_BRANDT, "2026-01-23", DONE, "2026-01-20" },
      { N_("Request rail CCTV of both journeys from British Transport Police"),
        ELLIE_BRANDT, "2026-01-20", DONE, "2026-01-19" },
    },
  },
  {
    .case_index = AVOCET, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_NRM_DECISION,
    .trigger_detail = N_("Positive reasonable grounds decision from the Single Competent "
                         "Authority."),
    .held_at = "2026-01-21T14:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR) | WITH (ELLIE_BRANDT),
    .risk_notes = N_("Medium: no missing episodes since the safety plan, but the debt "
                     "remains."),
    .directions = N_("Record the charging decision on the drugs; identify the man who met "
                     "him."),
    .progress = {
      { 3, LINE_DONE, N_("CCTV shows him met off the train by the same man both "
                         "times.") },
      { 4, LINE_DONE, N_("NRM referral made, with a positive reasonable grounds decision; "
                         "safety plan in place.") },
    },
    .actions = {
      { N_("Identify the man who met him off the train"),
        AISHA_OKAFOR, "2026-02-27", DONE, "2026-03-04" },
    },
  },
  {
    .case_index = AVOCET, .type = PERIODIC, .held_at = "2026-11-19T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR) | WITH (ELLIE_BRANDT),
    .risk_notes = N_("Medium. He is at college and working with his youth worker; the line "
                     "holders have not contacted him since March."),
    .directions = N_("Finish the cell-site analysis; an arrest plan for the two line holders "
                     "by the next review."),
    .progress = {
      { 1, LINE_OPEN, N_("The line’s numbers attributed to two handsets; cell-site analysis under "
                         "way.") },
      { 2, LINE_OPEN, N_("Messages show the debt being used to make him carry.") },
    },
    .actions = {
      { N_("Finish the cell-site analysis of the two handsets"),
        AISHA_OKAFOR, "2026-12-11" },
      { N_("Draft the arrest plan for the two line holders"),
        AISHA_OKAFOR, "2026-12-17" },
    },
  },

  /* Operation Bittern */
  {
    .case_index = BITTERN, .type = INITIAL, .held_at = "2026-02-04T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI) | WITH (LIAM_OROURKE),
    .risk_notes = N_("Four women seen at two hotels; none yet willing to speak to the "
                     "police. Risk high: they are moved every few days."),
    .directions = N_("Booking records from the hotel chain; welfare visits by an MSVLO with "
                     "interpreters; preserve the adverts."),
    .actions = {
      { N_("Request booking and payment records from the hotel chain"),
        NADIA_KOWALSKI, "2026-02-13", DONE, "2026-02-11" },
      { N_("Visit the women with an interpreter to check on their welfare"),
        LIAM_OROURKE, "2026-02-06", DONE, "2026-02-06" },
    },
  },
  {
    .case_index = BITTERN, .type = PERIODIC, .held_at = "2026-11-02T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI) | WITH (LIAM_OROURKE),
    .risk_notes = N_("Two women in MSVCC safe houses; two still moving between hotels. Risk "
                     "high for those two."),
    .directions = N_("Draft strategy version 2 with an STRO application; a partnership with "
                     "the hotel chain; complete the financial evidence."),
    .progress = {
      { 1, LINE_DONE, N_("64 nights booked and paid for with three cards held by the same "
                         "man.") },
      { 2, LINE_OPEN, N_("Adverts preserved; their phone numbers link to the same man’s "
                         "handset.") },
      { 4, LINE_OPEN, N_("Two women accepted NRM referral; two declined and were notified on form "
                         "MS1.") },
    },
    .actions = {
      { N_("Ask the hotel chain to flag new bookings on the three cards"),
        NADIA_KOWALSKI, "2026-11-13", DONE, "2026-11-12" },
      { N_("Prepare the STRO application against the man who books the rooms"),
        NADIA_KOWALSKI, "2026-11-24" },
    },
  },

  /* Operation Dunlin: next review overdue since early November. */
  {
    .case_index = DUNLIN, .type = INITIAL, .held_at = "2026-02-25T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("The workers live in overcrowded houses owned by the agency and fear "
                     "losing work if they speak. Risk medium."),
    .directions = N_("First accounts through interpreters; inform the HSE and the GLAA; "
                     "identify the houses."),
    .actions = {
      { N_("Inform the HSE of the unreported injuries"),
        TOM_WHITLOCK, "2026-02-27", DONE, "2026-02-26" },
      { N_("Identify the houses the agency uses"),
        TOM_WHITLOCK, "2026-03-13", DONE, "2026-03-11" },
    },
  },
  {
    .case_index = DUNLIN, .type = PERIODIC, .held_at = "2026-10-09T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("Unchanged: medium. The workers are still housed by the agency."),
    .directions = N_("Warrants for the four houses; payslips from the plant."),
    .progress = {
      { 2, LINE_OPEN, N_("Four houses identified, with up to twelve workers in each.") },
      { 3, LINE_DONE, N_("The HSE is investigating two injuries; the GLAA has opened a "
                         "licensing review.") },
    },
    .actions = {
      { N_("Obtain payslips and the agency’s invoices from the recycling plant"),
        TOM_WHITLOCK, "2026-10-30" },
    },
  },

  /* Operation Fieldfare */
  {
    .case_index = FIELDFARE, .type = INITIAL, .held_at = "2026-03-18T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (NADIA_KOWALSKI),
    .risk_notes = N_("Safe at the refuge, but the family are looking for her and have "
                     "contacts in the community. Risk high."),
    .directions = N_("The same approved interpreter for every contact; ABE interview when "
                     "the refuge says she is ready; the spouse visa file from UKVI."),
    .actions = {
      { N_("Book a female interpreter she approves for all contacts"),
        NADIA_KOWALSKI, "2026-03-20", DONE, "2026-03-19" },
      { N_("Request the spouse visa application from UKVI"),
        NADIA_KOWALSKI, "2026-04-03", DONE, "2026-04-01" },
    },
  },
  {
    .case_index = FIELDFARE, .type = PERIODIC, .held_at = "2026-11-13T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (KATE_LINDQVIST) | WITH (NADIA_KOWALSKI),
    .risk_notes = N_("Still high: her husband’s family have asked for her at the refuge. "
                     "Refuge security reviewed; a marker placed on the address."),
    .directions = N_("An arrest plan for the husband and his parents; consider a domestic "
                     "violence protection notice on arrest."),
    .progress = {
      { 1, LINE_DONE, N_("Two ABE interviews done with her chosen interpreter.") },
      { 2, LINE_DONE, N_("The visa application names the husband as her sponsor.") },
      { 4, LINE_CLOSED, N_("GP records obtained with her consent."),
        N_("She declined a forensic medical examination; her GP records, obtained with her "
           "consent, are all the medical evidence there will be.") },
    },
    .actions = {
      { N_("Prepare the arrest and search plan for the husband and his parents"),
        KATE_LINDQVIST, "2026-12-04" },
    },
  },

  /* Operation Greenshank */
  {
    .case_index = GREENSHANK, .type = INITIAL, .held_at = "2026-04-08T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (LIAM_OROURKE),
    .risk_notes = N_("Young women at all three nail bars, held by debt and without their "
                     "documents. Risk high; the owners are not yet aware of the police."),
    .directions = N_("One day of action at all three shops; a reception centre plan; a "
                     "financial profile of the owners."),
    .actions = {
      { N_("Write the day of action plan for the three nail bars"),
        LIAM_OROURKE, "2026-04-17", DONE, "2026-04-16" },
    },
  },
  {
    .case_index = GREENSHANK, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_ARREST,
    .trigger_detail = N_("Day of action: two owners arrested; the third is abroad."),
    .held_at = "2026-04-21T16:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (LIAM_OROURKE),
    .risk_notes = N_("Eight women received at the reception centre; six accepted NRM "
                     "referral and MSVCC accommodation. Risk medium while the third owner is "
                     "abroad."),
    .directions = N_("ABE interviews; a port alert for the third owner; restraint of the "
                     "owners’ accounts."),
    .progress = {
      { 1, LINE_DONE, N_("Warrants executed at the three nail bars and two homes.") },
      { 3, LINE_DONE, N_("Seven women’s passports found in a safe at one owner’s "
                         "home.") },
    },
    .actions = {
      { N_("Circulate the third owner as wanted and set a port alert"),
        LIAM_OROURKE, "2026-04-22", DONE, "2026-04-22" },
      { N_("ABE interviews with the women who accepted support"),
        LIAM_OROURKE, "2026-05-15", DONE, "2026-05-14" },
    },
  },
  {
    .case_index = GREENSHANK, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_CHARGE,
    .trigger_detail = N_("Two owners charged with trafficking and with arranging travel to "
                         "commit it; both remanded in custody."),
    .held_at = "2026-06-16T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (LIAM_OROURKE),
    .risk_notes = N_("Risk low for the women in support. The third owner remains "
                     "abroad."),
    .directions = N_("Trial preparation; ask the NCA about extraditing the third owner."),
    .progress = {
      { 2, LINE_DONE, N_("Accounts from seven women; five will give evidence.") },
      { 4, LINE_DONE, N_("The owners booked the flights and visas for five of the "
                         "women.") },
    },
    .actions = {
      { N_("Ask the NCA about extraditing the third owner"),
        LIAM_OROURKE, "2026-07-03", DONE, "2026-07-02" },
    },
  },
  {
    .case_index = GREENSHANK, .type = PERIODIC, .held_at = "2026-11-17T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (LIAM_OROURKE),
    .risk_notes = N_("The women are in support and preparing for the trial with their "
                     "MSVLOs. Risk standard."),
    .directions = N_("Trial in April 2027: special measures applications; disclosure "
                     "schedules."),
    .progress = {
      { 5, LINE_OPEN, N_("£86,000 restrained; transfers abroad being traced.") },
    },
    .actions = {
      { N_("Make special measures applications for the five women giving evidence"),
        LIAM_OROURKE, "2027-01-08" },
    },
  },

  /* Operation Kittiwake */
  {
    .case_index = KITTIWAKE, .type = INITIAL, .held_at = "2026-05-06T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR),
    .risk_notes = N_("Both men are terrified of reprisals against their families abroad. NRM "
                     "referrals accepted; MSVCC accommodation. Risk high."),
    .directions = N_("NRM referrals; forensic examination of the unit; lease and utility "
                     "enquiries."),
    .actions = {
      { N_("Submit the locks, equipment and packaging for forensic examination"),
        AISHA_OKAFOR, "2026-05-15", DONE, "2026-05-13" },
      { N_("Obtain the lease and the electricity account of the unit"),
        AISHA_OKAFOR, "2026-05-22", DONE, "2026-05-29" },
    },
  },
  {
    .case_index = KITTIWAKE, .type = PERIODIC, .held_at = "2026-11-04T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (AISHA_OKAFOR),
    .risk_notes = N_("Both in support. One man’s family abroad has been threatened; the NCA "
                     "liaison officer is informed. Risk high."),
    .directions = N_("Confirm the DNA identification; record the section 45 consideration "
                     "for both men."),
    .progress = {
      { 1, LINE_OPEN, N_("One man has given an account; the other is not ready.") },
      { 2, LINE_DONE, N_("The unit was leased through a company with a false "
                         "director.") },
      { 4, LINE_OPEN, N_("DNA on the food packaging matches a man on the database; identification "
                         "being confirmed.") },
    },
    .actions = {
      { N_("Confirm the DNA identification and research the suspect"),
        AISHA_OKAFOR, "2026-11-18", DONE, "2026-11-17" },
      { N_("Record the section 45 consideration for both men"),
        AISHA_OKAFOR, "2026-11-13" },
    },
  },

  /* Operation Linnet: suspended while enquiries overseas are made. */
  {
    .case_index = LINNET, .type = INITIAL, .held_at = "2026-06-02T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (ROBERT_FAIRBAIRN),
    .risk_notes = N_("High: he was due at a clinic abroad within weeks. Safe accommodation "
                     "through the MSVCC; he has his passport."),
    .directions = N_("NHS partners to find which clinics saw him; the NCA to make enquiries "
                     "abroad."),
    .actions = {
      { N_("Ask NHS partners which clinics carried out his tests"),
        ROBERT_FAIRBAIRN, "2026-06-12", DONE, "2026-06-10" },
      { N_("Refer the enquiries abroad to the NCA"),
        ROBERT_FAIRBAIRN, "2026-06-05", DONE, "2026-06-04" },
    },
  },
  {
    .case_index = LINNET, .type = PERIODIC, .held_at = "2026-10-07T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (ROBERT_FAIRBAIRN),
    .risk_notes = N_("Medium: safe and supported; the recruiter does not know where he "
                     "is."),
    .directions = N_("Remain suspended until the NCA reports on the enquiries abroad."),
    .next_review_days = 84,
    .next_review_reason = N_("Suspended while enquiries overseas are made: reviewed every "
                             "twelve weeks."),
    .progress = {
      { 1, LINE_DONE, N_("Account taken with an interpreter; he is safe and working on "
                         "another farm with support.") },
      { 2, LINE_DONE, N_("A private clinic did the tests; the recruiter paid for the "
                         "appointments in cash.") },
    },
  },

  /* Operation Redstart: weekly reviews while the officer in the case is a PIP2 trainee;
   * this week's review is still being written. */
  {
    .case_index = REDSTART, .type = INITIAL, .held_at = "2026-06-23T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (MEGAN_HARTE) | WITH (ELLIE_BRANDT),
    .risk_notes = N_("Four crew members identified, aged 18 to 20; all say they have nowhere "
                     "else to sleep. Risk high. Emergency accommodation arranged with "
                     "housing."),
    .directions = N_("Section 45 considered for each before any charging decision; ANPR on "
                     "the van; the retailers’ evidence."),
    .next_review_days = 7,
    .next_review_reason = N_("Weekly reviews while DC Harte, a PIP2 trainee, is the officer "
                             "in the case."),
    .actions = {
      { N_("Run ANPR on the van across the towns the crew named"),
        ELLIE_BRANDT, "2026-06-26", DONE, "2026-06-26" },
      { N_("Make NRM referrals for the crew members who consent"),
        MEGAN_HARTE, "2026-06-25", DONE, "2026-06-24" },
    },
  },
  {
    .case_index = REDSTART, .type = PERIODIC, .held_at = "2026-11-19T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (MEGAN_HARTE) | WITH (ELLIE_BRANDT),
    .risk_notes = N_("Three in supported housing. One went back to the driver last week and "
                     "is missing: risk high for him; missing person enquiry open."),
    .directions = N_("Find the missing crew member; arrest the driver once he is found "
                     "safe."),
    .next_review_days = 7,
    .next_review_reason = N_("Weekly reviews while DC Harte, a PIP2 trainee, is the officer "
                             "in the case."),
    .progress = {
      { 1, LINE_OPEN, N_("Three of the four have given accounts; section 45 recorded for "
                         "each.") },
      { 2, LINE_DONE, N_("ANPR puts the van in six towns on the days of the thefts; the "
                         "keeper is the driver’s partner.") },
      { 3, LINE_DONE, N_("Loss-prevention reports and CCTV from eleven stores.") },
    },
    .actions = {
      { N_("Trace the missing crew member with the missing persons team"),
        MEGAN_HARTE, "2026-11-21", DONE, "2026-11-24" },
      { N_("Prepare the arrest plan for the driver"),
        MEGAN_HARTE, "2026-11-26" },
    },
  },
  {
    .case_index = REDSTART, .type = PERIODIC, .held_at = "2026-11-26T14:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (MEGAN_HARTE),
    .risk_notes = N_("The missing crew member was found safe on 24 November and is back in "
                     "supported housing."),
    .next_review_days = 7,
    .next_review_reason = N_("Weekly reviews while DC Harte, a PIP2 trainee, is the officer "
                             "in the case."),
    .draft = TRUE,
  },

  /* Operation Sandpiper */
  {
    .case_index = SANDPIPER, .type = INITIAL, .held_at = "2026-07-14T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("High while she lives with him. Supported to leave the same day for a "
                     "refuge; adult social care involved."),
    .directions = N_("Preserve the adverts; her account at her pace; record her wishes on a "
                     "prosecution."),
    .actions = {
      { N_("Preserve the adverts and the phone number used"),
        NADIA_KOWALSKI, "2026-07-17", DONE, "2026-07-15" },
    },
  },
  {
    .case_index = SANDPIPER, .type = CLOSURE, .held_at = "2026-10-02T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (NADIA_KOWALSKI),
    .risk_notes = N_("She has her own tenancy and a safety plan. He has moved away and has "
                     "no contact with her. Risk standard."),
    .directions = N_("Close with her agreement. Intelligence on the former partner shared; "
                     "she can come back to us at any time."),
    .progress = {
      { 1, LINE_DONE, N_("She gave a full account but does not want a prosecution; her "
                         "informed decision is recorded.") },
      { 2, LINE_DONE, N_("Adverts preserved and taken down.") },
      { 3, LINE_DONE, N_("Safety plan and housing in place through adult social "
                         "care.") },
    },
  },

  /* Operation Teal */
  {
    .case_index = TEAL, .type = INITIAL, .held_at = "2026-08-05T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("About twenty-five workers in debt to the recruiter; passports not held "
                     "but wages controlled. Risk medium, with a risk of reprisals abroad if "
                     "they speak."),
    .directions = N_("A day of action with the reception centre and the LRF partners; "
                     "production orders for the accounts the wages go to."),
    .actions = {
      { N_("Stand up the reception centre with the LRF partners for the day of action"),
        TOM_WHITLOCK, "2026-08-25", DONE, "2026-08-25" },
      { N_("Apply for production orders on the accounts receiving the wages"),
        TOM_WHITLOCK, "2026-08-21", DONE, "2026-08-19" },
    },
  },
  {
    .case_index = TEAL, .type = TRIGGERED, .trigger = OV_REVIEW_TRIGGER_ARREST,
    .trigger_detail = N_("Day of action: the recruiter’s two UK associates arrested; 24 "
                         "workers received at the reception centre."),
    .held_at = "2026-08-27T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("Nineteen workers in support; five stayed on the farm with a new, "
                     "licensed provider. Risk medium."),
    .directions = N_("ABE interviews for the main witnesses; the GLAA to review the labour "
                     "provider’s licence."),
    .progress = {
      { 1, LINE_DONE, N_("The reception centre ran for eleven hours: 24 workers screened, "
                         "19 accepted NRM referral, all offered onward support.") },
      { 3, LINE_OPEN, N_("Production orders served on four banks.") },
    },
    .actions = {
      { N_("ABE interviews with the six main witnesses"),
        TOM_WHITLOCK, "2026-09-25", DONE, "2026-09-24" },
      { N_("Refer the labour provider to the GLAA for a licence review"),
        TOM_WHITLOCK, "2026-09-04", DONE, "2026-09-01" },
      { N_("Visit the five workers who stayed on the farm, with the GLAA"),
        TOM_WHITLOCK, "2026-09-18", DONE, "2026-09-17" },
    },
  },
  {
    .case_index = TEAL, .type = PERIODIC, .held_at = "2026-11-09T10:00:00Z",
    .reviewer = HELEN_MARSH, .attendees = WITH (TOM_WHITLOCK),
    .risk_notes = N_("Workers in support or in licensed work. Risk standard."),
    .directions = N_("Finish the analysis of the accounts; charging advice on the "
                     "associates by January."),
    .progress = {
      { 2, LINE_DONE, N_("Six main witnesses interviewed; their accounts agree on the fees "
                         "and the debts.") },
      { 4, LINE_OPEN, N_("Recruitment adverts abroad found; the NCA is asking the police "
                         "there about the recruiter.") },
      { 5, LINE_DONE, N_("The GLAA has suspended the labour provider’s licence.") },
    },
    .actions = {
      { N_("Finish the analysis of withdrawals from the wage accounts"),
        TOM_WHITLOCK, "2026-12-04" },
      { N_("Submit the file on the two associates to the CPS"),
        TOM_WHITLOCK, "2027-01-15" },
    },
  },

  /* Operation Turnstone: reviewed, but its strategy is still a draft. */
  {
    .case_index = TURNSTONE, .type = INITIAL, .held_at = "2026-09-16T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (LIAM_OROURKE) | WITH (DANIEL_MERCER),
    .risk_notes = N_("High: he is afraid of the runners and has been assaulted in his own "
                     "flat. Section 42 concern raised; emergency placement with adult social "
                     "care."),
    .directions = N_("Finish the strategy for agreement; the section 42 enquiry; a closure "
                     "order on the flat with housing."),
    .actions = {
      { N_("Finish the investigative strategy and present it for agreement"),
        LIAM_OROURKE, "2026-09-18" },
      { N_("Apply for a closure order on the flat with housing"),
        DANIEL_MERCER, "2026-09-25", DONE, "2026-09-23" },
    },
  },
  {
    .case_index = TURNSTONE, .type = PERIODIC, .held_at = "2026-11-11T10:00:00Z",
    .reviewer = JOANNA_PRYCE, .attendees = WITH (LIAM_OROURKE) | WITH (DANIEL_MERCER),
    .risk_notes = N_("He is back home with a safety plan and daily visits from his support "
                     "worker; the closure order keeps the runners out. Risk medium."),
    .directions = N_("The strategy is still a draft: finish it for agreement this week. Test "
                     "purchases to attribute the line."),
    .actions = {
      { N_("Test purchases to attribute the deal line"),
        LIAM_OROURKE, "2026-12-04" },
    },
  },

  /* Operation Waxwing: strategy in draft, ROCU not yet notified. */
  {
    .case_index = WAXWING, .type = INITIAL, .held_at = "2026-10-21T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (AISHA_OKAFOR),
    .risk_notes = N_("She is staying with a friend from college. The family still has her "
                     "passport and has messaged her to come back. Risk medium."),
    .directions = N_("Get her passport back; take her account with her tutor’s support; "
                     "notify the ROCU."),
    .actions = {
      { N_("Recover her passport from the family"),
        AISHA_OKAFOR, "2026-10-23", DONE, "2026-10-22" },
      { N_("Notify the ROCU of the investigation"),
        AISHA_OKAFOR, "2026-10-27" },
    },
  },
  {
    .case_index = WAXWING, .type = PERIODIC, .held_at = "2026-11-18T10:00:00Z",
    .reviewer = RAVI_CHANDRAN, .attendees = WITH (AISHA_OKAFOR),
    .risk_notes = N_("Passport back with her; she has moved to a college hostel. Risk "
                     "standard."),
    .directions = N_("Agree the strategy at the next supervision; take her account next "
                     "week."),
    .actions = {
      { N_("Take her account with her tutor present"),
        AISHA_OKAFOR, "2026-12-02" },
    },
  },
};

typedef struct
{
  int         case_index;
  const char *raised_on;
  DemoAction  action;
} DemoAdHocAction;

/* Actions raised between reviews. */
static const DemoAdHocAction demo_ad_hoc_actions[] = {
  { LAPWING, "2026-09-20",
    { N_("Update the two women on the investigation after the analyst’s report"),
      CLAIRE_ASHDOWN, "2026-09-30", DONE, "2026-09-29" } },
  { MERLIN, "2026-10-20",
    { N_("Refer the victim to the MSVCC for move-on accommodation from the safe house"),
      CLAIRE_ASHDOWN, "2026-11-13" } },
  { GOSHAWK, "2026-11-10",
    { N_("Re-assess the risk to the woman the driver approached"),
      LIAM_OROURKE, "2026-11-12", DONE, "2026-11-11" } },
  { DUNLIN, "2026-11-16",
    { N_("Apply for warrants for the four agency houses"),
      TOM_WHITLOCK, "2026-11-30" } },
};

typedef struct
{
  int         case_index;
  const char *decided_at;
  int         decision_maker;
  int         review;         /* the case's nth review, from 1; 0 for none */
  int         supersedes;     /* number of the entry it supersedes; 0 for none */
  const char *decision;
  const char *rationale;
  const char *options_rejected;
} DemoDecision;

/* Each case's entries in the order they were made, so they are numbered in that order. */
static const DemoDecision demo_decisions[] = {
  { KESTREL, "2025-01-20T13:30:00Z", RAVI_CHANDRAN, 0, 0,
    N_("Arrest the site manager and the business owner during the joint visit."),
    N_("The men’s first accounts describe their passports held and their pay withheld; left "
       "at liberty, the suspects could move or intimidate them."),
    N_("Voluntary interviews later: the suspects would be alerted and the men put at "
       "risk.") },
  { KESTREL, "2025-03-20T10:00:00Z", RAVI_CHANDRAN, 0, 0,
    N_("Seek STPOs against both suspects if they are convicted."),
    N_("Both run businesses that depend on cheap labour; an order would restrict their "
       "employing and housing workers."),
    N_("No order: the risk of further exploitation would be left unmanaged.") },

  { HARRIER, "2025-02-11T18:00:00Z", JOANNA_PRYCE, 0, 0,
    N_("Treat both boys as victims: no criminal investigation of them for the drugs found "
       "with them."),
    N_("Both are children exploited by the line holders. The section 45 defence would very "
       "likely apply, and the public interest lies in safeguarding them."),
    N_("Arrest and interview the boys as suspects: it would damage their trust and their "
       "safety.") },
  { HARRIER, "2025-03-05T17:00:00Z", JOANNA_PRYCE, 0, 0,
    N_("Arrest the line holder at his home address tomorrow at first light."),
    N_("The deal line’s messages, the rail CCTV and the boys’ first accounts give reasonable "
       "grounds, and the line is still running and recruiting children."),
    N_("Wait for the full cell-site report: more children would be put at risk "
       "meanwhile.") },
  { HARRIER, "2025-05-22T11:00:00Z", JOANNA_PRYCE, 3, 0,
    N_("Seek an STPO against the line holder on conviction, and an STRO against the "
       "associate who recruited the boys."),
    N_("The rail CCTV and messages show the associate recruiting the boys, but the CPS "
       "advises there is not enough to charge him; an STRO would restrict his contact with "
       "children."),
    N_("No order against the associate: he would remain free to recruit children.") },

  { LAPWING, "2025-03-04T20:00:00Z", RAVI_CHANDRAN, 0, 0,
    N_("Notify the third woman anonymously on form MS1 and respect her refusal of an NRM "
       "referral."),
    N_("She is an adult and does not consent to the NRM. The duty to notify is met by an "
       "anonymous MS1, and support stays open to her if she changes her mind."),
    N_("Refer her to the NRM without consent: not lawful for an adult.") },
  { LAPWING, "2025-03-05T11:00:00Z", RAVI_CHANDRAN, 1, 0,
    N_("Deploy an MSVLO, Claire Ashdown, to the two women in safe houses."),
    N_("Both are at high risk and need one trusted contact for support and for their updates "
       "under the Victims’ Code."),
    N_("A single point of contact only: not enough for victims at high risk.") },
  { LAPWING, "2026-07-17T12:00:00Z", RAVI_CHANDRAN, 4, 0,
    N_("Do not treat the landlords of the flats as suspects."),
    N_("They let the flats through an agent on false references, and one reported his "
       "concerns himself; nothing suggests they knew of or profited from the "
       "exploitation."),
    N_("Interview the landlords under caution: no grounds to suspect them.") },

  { MERLIN, "2025-03-27T16:00:00Z", HELEN_MARSH, 0, 0,
    N_("Take the victim out of the house today, with an MSVLO, to safe house "
       "accommodation."),
    N_("She is not allowed out alone, works sixteen hours a day unpaid and fears the "
       "householders, and she has asked to leave."),
    N_("Leave her in place while evidence is gathered: an unacceptable risk to her.") },
  { MERLIN, "2025-04-08T12:00:00Z", HELEN_MARSH, 0, 0,
    N_("Arrest both householders tomorrow morning."),
    N_("Her first account, the receptionist’s report and the visa contract give reasonable "
       "grounds; an early arrest secures their phones."),
    N_("Voluntary interviews: evidence on their phones could be deleted.") },

  { PLOVER, "2025-07-29T11:00:00Z", RAVI_CHANDRAN, 2, 0,
    N_("Suspend the investigation until new information comes in."),
    N_("Both women have gone home and do not support a prosecution, and the other evidence "
       "cannot prove the offences. The intelligence is shared with the ROCU."),
    N_("Prosecute without the women’s evidence: not enough evidence. Close the case: the "
       "owner is still trading and new information is likely.") },

  { CURLEW, "2025-05-07T15:00:00Z", HELEN_MARSH, 1, 0,
    N_("Plan a single day of action at the caravan site and the gangmaster’s home, with a "
       "reception centre."),
    N_("Forty workers cannot be safeguarded one at a time without alerting the gangmaster; "
       "a reception centre lets every worker be seen, screened and offered support."),
    N_("Approach the workers one by one: the gangmaster would move them. Arrest now: no "
       "reception plan in place yet.") },
  { CURLEW, "2025-06-25T18:00:00Z", HELEN_MARSH, 3, 0,
    N_("Do not treat the caravan site owner as a suspect."),
    N_("He let pitches to the gangmaster at the usual rate, had no part in the work and has "
       "given a statement."),
    N_("Arrest him on suspicion of trafficking: no grounds.") },
  { CURLEW, "2025-07-01T10:00:00Z", HELEN_MARSH, 0, 0,
    N_("Seek a restraint order over the gangmaster’s accounts."),
    N_("Money is being sent abroad every week; without restraint nothing will be left for "
       "confiscation or compensation."),
    N_("Wait for charge: the money would be gone.") },
  { CURLEW, "2026-11-06T11:00:00Z", HELEN_MARSH, 4, 0,
    N_("Extend the investigation to the recruiter abroad who charged the workers’ fees."),
    N_("Twelve workers independently name the same recruiter and the fees they paid; the NCA "
       "can support an international letter of request."),
    N_("Leave the recruiter to the police abroad: no referral has been made there, and the "
       "victims and the evidence are here.") },

  { OSPREY, "2025-06-12T16:00:00Z", JOANNA_PRYCE, 2, 0,
    N_("No further action against the young man for producing cannabis."),
    N_("He is a child who was locked inside the house, and the production was a direct "
       "consequence of his exploitation: the section 45 defence applies, and the NRM "
       "decision supports it."),
    N_("Charge him and leave section 45 to the court: not in the public interest and "
       "harmful to him.") },
  { OSPREY, "2025-08-14T10:00:00Z", JOANNA_PRYCE, 0, 0,
    N_("Seek charging advice on the controller for trafficking and for producing "
       "cannabis."),
    N_("The forensic, tenancy and telephony evidence puts him at the house and in control of "
       "it."),
    N_("Charge production alone: it would not reflect the trafficking of a child.") },

  { WREN, "2025-07-16T13:00:00Z", HELEN_MARSH, 2, 0,
    N_("Arrest both men who booked the short-let flats."),
    N_("They booked the flats where she was found nine times, and she is at immediate "
       "risk."),
    N_("Wait for her account: she is not ready to disclose, and the risk is now.") },
  { WREN, "2026-03-10T10:00:00Z", HELEN_MARSH, 0, 0,
    N_("Ask the court for STPOs against both men at sentencing."),
    N_("Both were convicted of trafficking a child for sexual exploitation; the risk to other "
       "children is high."),
    N_("Rely on sex offender notification alone: it restricts neither their contact with "
       "children nor their use of short-let flats.") },

  { HERON, "2026-01-08T15:00:00Z", RAVI_CHANDRAN, 0, 0,
    N_("Close the investigation with no further action."),
    N_("Six months of enquiries have not traced the workers; without them there is no "
       "realistic prospect of proving the offences."),
    N_("Suspend the investigation: no line of enquiry is left that could trace them.") },

  { GOSHAWK, "2025-08-20T12:00:00Z", RAVI_CHANDRAN, 1, 0,
    N_("Interview the two adults with care and support needs with registered "
       "intermediaries."),
    N_("Both have learning disabilities; an intermediary lets them give their best evidence "
       "and protects its quality at trial."),
    N_("Interview with an appropriate adult only: would not meet their communication "
       "needs.") },
  { GOSHAWK, "2026-10-23T12:00:00Z", RAVI_CHANDRAN, 2, 0,
    N_("Apply for an STRO against the driver now, rather than wait for charge."),
    N_("He has approached a victim and still drives the minibus; the evidence meets the STRO "
       "test while the case for charge is built."),
    N_("Wait for charge and bail conditions: months away, and the risk is now.") },

  { NIGHTJAR, "2025-09-19T10:00:00Z", HELEN_MARSH, 0, 0,
    N_("Suspend the force’s investigation while the NCA leads on the organised crime "
       "group."),
    N_("The NCA is investigating the group across several forces; our evidence has been "
       "handed over and no separate offence in our area has been disclosed."),
    N_("A parallel investigation: it would duplicate the NCA’s work and could compromise its "
       "operation.") },

  { AVOCET, "2026-01-21T16:00:00Z", JOANNA_PRYCE, 2, 0,
    N_("No further action against the boy for possession with intent to supply."),
    N_("He is 17, in debt to the line holders and carrying under threat: the section 45 "
       "defence applies, and the positive reasonable grounds decision supports it."),
    N_("Charge him and leave it to the court: not in the public interest, and it would push "
       "him back to the line.") },

  { BITTERN, "2026-02-04T12:00:00Z", RAVI_CHANDRAN, 1, 0,
    N_("Deploy DC O’Rourke as MSVLO for the women found at the hotels."),
    N_("The women are moved every few days and trust no one yet; one officer they come to "
       "know gives the best chance of engagement."),
    N_("A different officer at each visit: no trust would build.") },

  { FIELDFARE, "2026-03-18T14:00:00Z", HELEN_MARSH, 1, 0,
    N_("Use only a female interpreter she has approved, never one from the family’s "
       "community."),
    N_("She fears that news of where she is will reach the family through community "
       "contacts."),
    N_("A telephone interpreting service: she could neither see nor approve the "
       "interpreter.") },

  { GREENSHANK, "2026-04-08T15:00:00Z", JOANNA_PRYCE, 1, 0,
    N_("Hold one day of action at all three nail bars at once."),
    N_("The owners move the women between the shops; acting at one shop would warn the "
       "others."),
    N_("Act at the largest shop first: the other two would be emptied.") },
  { GREENSHANK, "2026-04-21T18:00:00Z", JOANNA_PRYCE, 2, 0,
    N_("Apply for an STRO against the third owner while he is abroad."),
    N_("He cannot be arrested while abroad, and an order would stop him bringing women into "
       "the UK."),
    N_("Wait for his return: he may keep recruiting meanwhile.") },
  { GREENSHANK, "2026-06-16T12:00:00Z", JOANNA_PRYCE, 3, 0,
    N_("Seek STPOs against the two charged owners on conviction."),
    N_("Both ran the trafficking and could set up new businesses staffed the same way."),
    N_("No order: the risk to other women would be left unmanaged.") },
  { GREENSHANK, "2026-07-02T10:00:00Z", JOANNA_PRYCE, 0, 2,
    N_("Do not apply for an STRO against the third owner; seek his extradition "
       "instead."),
    N_("The CPS advises that the evidence supports charging him, and the NCA has started "
       "extradition; an STRO cannot be served on him abroad and would add nothing."),
    N_("Apply for the STRO anyway: it would duplicate the extradition and protect no "
       "one.") },

  { LINNET, "2026-07-15T10:00:00Z", HELEN_MARSH, 0, 0,
    N_("Suspend the investigation until the enquiries abroad are answered."),
    N_("He is safe, the tests have been traced, and the remaining evidence is abroad; the "
       "NCA’s requests may take months."),
    N_("Close the case: the recruiter may still be recruiting, and the answers from abroad "
       "could identify him.") },

  { REDSTART, "2026-06-23T15:00:00Z", JOANNA_PRYCE, 1, 0,
    N_("Treat the four crew members as victims: no arrests for the thefts while section 45 "
       "is considered."),
    N_("They were driven to stores and made to steal in return for food and a bed; they are "
       "victims of criminal exploitation first."),
    N_("Arrest and interview them under caution: it would deter them from giving evidence "
       "and ignore the section 45 defence.") },
  { REDSTART, "2026-06-23T15:30:00Z", JOANNA_PRYCE, 1, 0,
    N_("Review the case weekly and agree every key decision with DC Harte."),
    N_("She is a PIP2 trainee on her workplace assessment; the allocation was made with this "
       "safeguard."),
    N_("Reallocate to an accredited officer: the case is contained and suits her assessment "
       "under close supervision.") },
  { REDSTART, "2026-11-19T12:00:00Z", JOANNA_PRYCE, 2, 0,
    N_("Arrest the driver as soon as the missing crew member is found safe."),
    N_("ANPR, the stores’ CCTV and three accounts give reasonable grounds; arresting him "
       "before the missing man is found could put him in danger."),
    N_("Arrest now: the missing man could be punished for it.") },

  { SANDPIPER, "2026-10-01T15:00:00Z", RAVI_CHANDRAN, 0, 0,
    N_("Close the investigation with her agreement."),
    N_("She does not support a prosecution and the evidence without her would not prove the "
       "offence; she is safe and supported."),
    N_("A prosecution without her evidence: not enough evidence, and against her "
       "wishes.") },

  { TEAL, "2026-08-05T14:00:00Z", HELEN_MARSH, 1, 0,
    N_("Hold a day of action at the farm with a reception centre run with the LRF "
       "partners."),
    N_("About twenty-five workers need to be seen safely at once; the LRF plan brings "
       "health, housing, interpreters and NGOs to one place."),
    N_("Visit the workers one at a time: the recruiter would hear of it and move them.") },
  { TEAL, "2026-08-26T18:00:00Z", HELEN_MARSH, 0, 0,
    N_("Arrest the recruiter’s two UK associates on the day of action."),
    N_("They open the accounts the wages are paid into and withdraw the money; the bank "
       "evidence gives reasonable grounds."),
    N_("Voluntary interviews: they would empty the accounts first.") },
  { TEAL, "2026-08-27T12:00:00Z", HELEN_MARSH, 2, 0,
    N_("Seek a restraint order over the accounts the wages are paid into."),
    N_("The workers’ wages are still being paid into them; restraint keeps the money for "
       "compensation."),
    N_("Ask the banks to close the accounts: the money would be returned to the account "
       "holders, not the workers.") },
};

typedef struct
{
  int         case_index;
  int         review;      /* the case's nth review, from 1 */
  int         author;
  const char *text;
} DemoAddendum;

static const DemoAddendum demo_addenda[] = {
  { GREENSHANK, 2, JOANNA_PRYCE,
    N_("Correction: nine women were received at the reception centre, not eight. The ninth "
       "arrived with a support worker after the review was held and also accepted NRM "
       "referral, so seven women accepted in all.") },
};

#define NOBODY (-1)   /* no staff member */

/* ---- Victims and safeguarding ---------------------------------------------------------
 *
 * The people of the open cases: victims (adults and children, one whose age is disputed,
 * some also suspects), suspects and witnesses, each consistent with their case. For the
 * victims: restricted contact details, safeguarding referrals, NRM referrals or MS1
 * notifications, lead contacts, THRIVE risk assessments and victim strategies with the
 * Victims' Code tracker. A few gaps are left on purpose for the dashboard to show: a child
 * with no children's social care referral (Kyle Denton), a victim identified days ago with
 * no NRM referral (Ruslan Bondar), a victim with no lead contact (Lucía Ferrer), a missing
 * victim whose risk must be re-assessed (Carla), victim strategies still in draft and risk
 * assessments not yet endorsed. Names are invented; some victims are recorded under a
 * pseudonym, as forces do when a victim fears being found.
 */

/* Who records the people of each case and the work done for them. */
static const int demo_victim_recorders[N_DEMO_CASES] = {
  [KESTREL] = TOM_WHITLOCK,
  [HARRIER] = AISHA_OKAFOR,
  [LAPWING] = OWEN_FLETCHER,
  [MERLIN] = LIAM_OROURKE,
  [PLOVER] = NADIA_KOWALSKI,
  [CURLEW] = TOM_WHITLOCK,
  [OSPREY] = TOM_WHITLOCK,
  [WREN] = AISHA_OKAFOR,
  [HERON] = NADIA_KOWALSKI,
  [GOSHAWK] = GARETH_LLOYD,
  [NIGHTJAR] = ROBERT_FAIRBAIRN,
  [SKYLARK] = TOM_WHITLOCK,
  [AVOCET] = AISHA_OKAFOR,
  [BITTERN] = NADIA_KOWALSKI,
  [DUNLIN] = TOM_WHITLOCK,
  [FIELDFARE] = KATE_LINDQVIST,
  [GREENSHANK] = LIAM_OROURKE,
  [KITTIWAKE] = AISHA_OKAFOR,
  [LINNET] = ROBERT_FAIRBAIRN,
  [REDSTART] = MEGAN_HARTE,
  [SANDPIPER] = NADIA_KOWALSKI,
  [TEAL] = TOM_WHITLOCK,
  [TURNSTONE] = LIAM_OROURKE,
  [WAXWING] = AISHA_OKAFOR,
  [YELLOWHAMMER] = RAVI_CHANDRAN,
};

enum
{
  HARRIER_TYLER,
  HARRIER_MASON,
  HARRIER_LINE_HOLDER,
  HARRIER_RECRUITER,
  HARRIER_TENANT,
  LAPWING_ELENA,
  LAPWING_IOANA,
  LAPWING_MIRELA,
  LAPWING_CONTROLLER,
  MERLIN_MARITES,
  MERLIN_HOUSEHOLDER,
  MERLIN_HOUSEHOLDER_WIFE,
  MERLIN_RECEPTIONIST,
  CURLEW_VALENTIN,
  CURLEW_GRZEGORZ,
  CURLEW_GANGMASTER,
  OSPREY_MINH,
  OSPREY_CONTROLLER,
  GOSHAWK_DACIANA,
  GOSHAWK_COSTEL,
  GOSHAWK_VIORICA,
  GOSHAWK_DRIVER,
  NIGHTJAR_DAWIT,
  NIGHTJAR_AHMED,
  SKYLARK_PRAKASH,
  SKYLARK_OWNER,
  AVOCET_KIERAN,
  BITTERN_ANDREEA,
  BITTERN_BIANCA,
  BITTERN_CARLA,
  BITTERN_BOOKER,
  BITTERN_RECEPTIONIST,
  DUNLIN_MIHAIL,
  DUNLIN_RUSLAN,
  DUNLIN_DIRECTOR,
  FIELDFARE_SAMIRA,
  GREENSHANK_LINH,
  GREENSHANK_NGOC,
  GREENSHANK_OWNER,
  KITTIWAKE_ARDIT,
  KITTIWAKE_BESNIK,
  LINNET_EBO,
  REDSTART_JAKE,
  REDSTART_AARON,
  REDSTART_SHANNON,
  REDSTART_RYAN,
  REDSTART_DRIVER,
  TEAL_FARRUKH,
  TEAL_AZAMAT,
  TEAL_ASSOCIATE,
  TURNSTONE_STEPHEN,
  TURNSTONE_KYLE,
  WAXWING_LUCIA,
  WAXWING_HOST,
  WAXWING_TUTOR,
  N_DEMO_PEOPLE
};

typedef struct
{
  int             case_index;
  const char     *name;
  gboolean        pseudonym;
  OvPersonRole    roles;
  OvAgeStatus     age_status;
  const char     *date_of_birth;
  OvGender        gender;
  const char     *nationality;
  const char     *languages;
  gboolean        interpreter_needed;
  OvCareNeeds     care_needs;
  OvExploitation  exploitation_types;
  const char     *identified_on;
  OvPersonStatus  status;
  OvS45Decision   s45_decision;
  const char     *s45_decided_on;
  const char     *s45_rationale;
} DemoPerson;

#define VICTIM        OV_PERSON_ROLE_VICTIM
#define WITNESS       OV_PERSON_ROLE_WITNESS
#define SUSPECT       OV_PERSON_ROLE_SUSPECT
#define ADULT         OV_AGE_STATUS_ADULT
#define CHILD         OV_AGE_STATUS_CHILD
#define AGE_DISPUTED  OV_AGE_STATUS_AGE_DISPUTED
#define FEMALE        OV_GENDER_FEMALE
#define MALE          OV_GENDER_MALE
#define CARE_NEEDS    OV_CARE_NEEDS_YES
#define NO_CARE_NEEDS OV_CARE_NEEDS_NO
#define SAFE          OV_PERSON_STATUS_SAFE
#define IN_SUPPORT    OV_PERSON_STATUS_IN_SUPPORT
#define MISSING       OV_PERSON_STATUS_MISSING
#define MAY_APPLY     OV_S45_DECISION_DEFENCE_MAY_APPLY

/* Dates of birth are set so that the children are 16 or 17 in late November 2026. */
static const DemoPerson demo_people[N_DEMO_PEOPLE] = {
  /* Operation Harrier */
  [HARRIER_TYLER] = {
    .case_index = HARRIER, .name = "Tyler Brannock", .roles = VICTIM,
    .age_status = CHILD, .date_of_birth = "2008-12-10", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2025-02-11", .status = SAFE },
  [HARRIER_MASON] = {
    .case_index = HARRIER, .name = "Mason Rudd", .roles = VICTIM,
    .age_status = CHILD, .date_of_birth = "2010-01-15", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2025-02-11", .status = SAFE },
  [HARRIER_LINE_HOLDER] = {
    .case_index = HARRIER, .name = "Dean Coultas", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1996-04-03", .gender = MALE,
    .nationality = N_("British") },
  [HARRIER_RECRUITER] = {
    .case_index = HARRIER, .name = "Rhys Gannon", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "2001-09-19", .gender = MALE,
    .nationality = N_("British") },
  [HARRIER_TENANT] = {
    .case_index = HARRIER, .name = "Brian Tolley", .roles = WITNESS,
    .age_status = ADULT, .gender = MALE, .nationality = N_("British"),
    .languages = N_("English"), .care_needs = CARE_NEEDS },

  /* Operation Lapwing */
  [LAPWING_ELENA] = {
    .case_index = LAPWING, .name = "Elena", .pseudonym = TRUE, .roles = VICTIM,
    .age_status = ADULT, .date_of_birth = "1998-05-11", .gender = FEMALE,
    .nationality = N_("Romanian"), .languages = N_("Romanian, some English"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = SEXUAL, .identified_on = "2025-03-04", .status = IN_SUPPORT },
  [LAPWING_IOANA] = {
    .case_index = LAPWING, .name = "Ioana", .pseudonym = TRUE, .roles = VICTIM,
    .age_status = ADULT, .date_of_birth = "2000-11-23", .gender = FEMALE,
    .nationality = N_("Romanian"), .languages = N_("Romanian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = SEXUAL, .identified_on = "2025-03-04", .status = IN_SUPPORT },
  [LAPWING_MIRELA] = {
    .case_index = LAPWING, .name = "Mirela", .pseudonym = TRUE, .roles = VICTIM,
    .age_status = ADULT, .gender = FEMALE,
    .nationality = N_("Romanian"), .languages = N_("Romanian"),
    .interpreter_needed = TRUE,
    .exploitation_types = SEXUAL, .identified_on = "2025-03-04" },
  [LAPWING_CONTROLLER] = {
    .case_index = LAPWING, .name = "Sorin Baciu", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1985-02-26", .gender = MALE,
    .nationality = N_("Romanian") },

  /* Operation Merlin */
  [MERLIN_MARITES] = {
    .case_index = MERLIN, .name = "Marites Ocampo", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1987-07-02", .gender = FEMALE,
    .nationality = N_("Filipino"), .languages = N_("Tagalog, some English"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = DOMESTIC, .identified_on = "2025-03-27", .status = IN_SUPPORT },
  [MERLIN_HOUSEHOLDER] = {
    .case_index = MERLIN, .name = "Graham Pellow", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1971-10-14", .gender = MALE,
    .nationality = N_("British") },
  [MERLIN_HOUSEHOLDER_WIFE] = {
    .case_index = MERLIN, .name = "Sandra Pellow", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1974-03-08", .gender = FEMALE,
    .nationality = N_("British") },
  [MERLIN_RECEPTIONIST] = {
    .case_index = MERLIN, .name = "Janet Orrell", .roles = WITNESS,
    .age_status = ADULT, .gender = FEMALE, .nationality = N_("British"),
    .languages = N_("English") },

  /* Operation Curlew */
  [CURLEW_VALENTIN] = {
    .case_index = CURLEW, .name = "Valentin Petrov", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1979-02-17", .gender = MALE,
    .nationality = N_("Bulgarian"), .languages = N_("Bulgarian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2025-06-24", .status = IN_SUPPORT },
  [CURLEW_GRZEGORZ] = {
    .case_index = CURLEW, .name = "Grzegorz Wilk", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1984-10-30", .gender = MALE,
    .nationality = N_("Polish"), .languages = N_("Polish, English"),
    .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2025-06-24", .status = SAFE },
  [CURLEW_GANGMASTER] = {
    .case_index = CURLEW, .name = "Roy Hatherley", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1968-05-29", .gender = MALE,
    .nationality = N_("British") },

  /* Operation Osprey: age assessed as 16 in June 2025, so a child and no longer disputed. */
  [OSPREY_MINH] = {
    .case_index = OSPREY, .name = "Minh", .pseudonym = TRUE, .roles = VICTIM | SUSPECT,
    .age_status = CHILD, .date_of_birth = "2009-03-01", .gender = MALE,
    .nationality = N_("Vietnamese"), .languages = N_("Vietnamese"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2025-06-02", .status = SAFE,
    .s45_decision = MAY_APPLY, .s45_decided_on = "2025-06-12",
    .s45_rationale = N_("He was 16, locked inside the house and made to tend the plants: "
                        "producing cannabis was a direct consequence of his exploitation, "
                        "and the positive reasonable grounds decision supports it. No "
                        "further action against him (see the decision log).") },
  [OSPREY_CONTROLLER] = {
    .case_index = OSPREY, .name = "Danny Lam", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1983-08-12", .gender = MALE,
    .nationality = N_("British") },

  /* Operation Goshawk */
  [GOSHAWK_DACIANA] = {
    .case_index = GOSHAWK, .name = "Daciana", .pseudonym = TRUE, .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1990-03-08", .gender = FEMALE,
    .nationality = N_("Romanian"), .languages = N_("Romani, Romanian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2025-08-19", .status = SAFE },
  [GOSHAWK_COSTEL] = {
    .case_index = GOSHAWK, .name = "Costel Marin", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1975-12-01", .gender = MALE,
    .nationality = N_("Romanian"), .languages = N_("Romanian"),
    .interpreter_needed = TRUE, .care_needs = CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2025-08-19", .status = IN_SUPPORT },
  [GOSHAWK_VIORICA] = {
    .case_index = GOSHAWK, .name = "Viorica Dobre", .roles = VICTIM,
    .age_status = ADULT, .date_of_birth = "1968-06-20", .gender = FEMALE,
    .nationality = N_("Romanian"), .languages = N_("Romanian"),
    .interpreter_needed = TRUE, .care_needs = CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2025-08-19", .status = IN_SUPPORT },
  [GOSHAWK_DRIVER] = {
    .case_index = GOSHAWK, .name = "Ilie Stanciu", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1979-11-04", .gender = MALE,
    .nationality = N_("Romanian") },

  /* Operation Nightjar: the purpose of the journey is still unknown. */
  [NIGHTJAR_DAWIT] = {
    .case_index = NIGHTJAR, .name = "Dawit Mesfin", .roles = VICTIM,
    .age_status = AGE_DISPUTED, .gender = MALE,
    .nationality = N_("Eritrean"), .languages = N_("Tigrinya"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = UNKNOWN, .identified_on = "2025-09-08", .status = IN_SUPPORT },
  [NIGHTJAR_AHMED] = {
    .case_index = NIGHTJAR, .name = "Ahmed Yousif", .roles = VICTIM,
    .age_status = CHILD, .date_of_birth = "2009-04-01", .gender = MALE,
    .nationality = N_("Sudanese"), .languages = N_("Arabic"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = UNKNOWN, .identified_on = "2025-09-08", .status = IN_SUPPORT },

  /* Operation Skylark */
  [SKYLARK_PRAKASH] = {
    .case_index = SKYLARK, .name = "Prakash Thapa", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1991-08-14", .gender = MALE,
    .nationality = N_("Nepali"), .languages = N_("Nepali, some English"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR | DOMESTIC, .identified_on = "2025-10-21", .status = SAFE },
  [SKYLARK_OWNER] = {
    .case_index = SKYLARK, .name = "Dilip Rana", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1969-01-23", .gender = MALE },

  /* Operation Avocet */
  [AVOCET_KIERAN] = {
    .case_index = AVOCET, .name = "Kieran Doyle", .roles = VICTIM | SUSPECT,
    .age_status = CHILD, .date_of_birth = "2008-12-20", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-01-12", .status = SAFE,
    .s45_decision = MAY_APPLY, .s45_decided_on = "2026-01-21",
    .s45_rationale = N_("He is 17, in debt to the line holders and was carrying their drugs "
                        "under threat: the possession was a direct consequence of his "
                        "exploitation. No further action on the drugs (see the decision "
                        "log).") },

  /* Operation Bittern */
  [BITTERN_ANDREEA] = {
    .case_index = BITTERN, .name = "Andreea", .pseudonym = TRUE, .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1997-01-30", .gender = FEMALE,
    .nationality = N_("Romanian"), .languages = N_("Romanian, English"),
    .care_needs = NO_CARE_NEEDS,
    .exploitation_types = SEXUAL, .identified_on = "2026-02-03", .status = IN_SUPPORT },
  [BITTERN_BIANCA] = {
    .case_index = BITTERN, .name = "Bianca", .pseudonym = TRUE, .roles = VICTIM,
    .age_status = ADULT, .date_of_birth = "1999-07-07", .gender = FEMALE,
    .nationality = N_("Romanian"), .languages = N_("Romanian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = SEXUAL, .identified_on = "2026-02-03", .status = IN_SUPPORT },
  [BITTERN_CARLA] = {
    .case_index = BITTERN, .name = "Carla", .pseudonym = TRUE, .roles = VICTIM,
    .age_status = ADULT, .gender = FEMALE,
    .nationality = N_("Hungarian"), .languages = N_("Hungarian, some English"),
    .interpreter_needed = TRUE,
    .exploitation_types = SEXUAL, .identified_on = "2026-02-03", .status = MISSING },
  [BITTERN_BOOKER] = {
    .case_index = BITTERN, .name = "Adrian Cozma", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1988-09-17", .gender = MALE },
  [BITTERN_RECEPTIONIST] = {
    .case_index = BITTERN, .name = "Sophie Crane", .roles = WITNESS,
    .age_status = ADULT, .gender = FEMALE, .nationality = N_("British"),
    .languages = N_("English") },

  /* Operation Dunlin */
  [DUNLIN_MIHAIL] = {
    .case_index = DUNLIN, .name = "Mihail Rotaru", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1986-05-05", .gender = MALE,
    .nationality = N_("Moldovan"), .languages = N_("Romanian, Russian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2026-02-25", .status = IN_SUPPORT },
  [DUNLIN_RUSLAN] = {
    .case_index = DUNLIN, .name = "Ruslan Bondar", .roles = VICTIM,
    .age_status = ADULT, .date_of_birth = "1993-06-30", .gender = MALE,
    .nationality = N_("Ukrainian"), .languages = N_("Ukrainian, Russian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2026-11-24", .status = SAFE },
  [DUNLIN_DIRECTOR] = {
    .case_index = DUNLIN, .name = "Neil Brackley", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1977-12-02", .gender = MALE,
    .nationality = N_("British") },

  /* Operation Fieldfare */
  [FIELDFARE_SAMIRA] = {
    .case_index = FIELDFARE, .name = "Samira", .pseudonym = TRUE, .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "2002-02-09", .gender = FEMALE,
    .nationality = N_("Bangladeshi"), .languages = N_("Sylheti, Bengali"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = DOMESTIC | SEXUAL, .identified_on = "2026-03-17", .status = SAFE },

  /* Operation Greenshank */
  [GREENSHANK_LINH] = {
    .case_index = GREENSHANK, .name = "Linh", .pseudonym = TRUE, .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "2001-10-10", .gender = FEMALE,
    .nationality = N_("Vietnamese"), .languages = N_("Vietnamese"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2026-04-21", .status = IN_SUPPORT },
  [GREENSHANK_NGOC] = {
    .case_index = GREENSHANK, .name = "Ngoc", .pseudonym = TRUE, .roles = VICTIM | WITNESS,
    .age_status = CHILD, .date_of_birth = "2009-06-12", .gender = FEMALE,
    .nationality = N_("Vietnamese"), .languages = N_("Vietnamese"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2026-04-21", .status = IN_SUPPORT },
  [GREENSHANK_OWNER] = {
    .case_index = GREENSHANK, .name = "Kim Dao", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1980-07-19", .gender = FEMALE },

  /* Operation Kittiwake: section 45 still to be considered for both men. */
  [KITTIWAKE_ARDIT] = {
    .case_index = KITTIWAKE, .name = "Ardit Hoxha", .roles = VICTIM | SUSPECT,
    .age_status = ADULT, .date_of_birth = "1998-09-03", .gender = MALE,
    .nationality = N_("Albanian"), .languages = N_("Albanian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-05-05", .status = IN_SUPPORT },
  [KITTIWAKE_BESNIK] = {
    .case_index = KITTIWAKE, .name = "Besnik Kola", .roles = VICTIM | SUSPECT,
    .age_status = ADULT, .date_of_birth = "1995-01-22", .gender = MALE,
    .nationality = N_("Albanian"), .languages = N_("Albanian, some English"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-05-05", .status = IN_SUPPORT },

  /* Operation Linnet */
  [LINNET_EBO] = {
    .case_index = LINNET, .name = "Ebo Quartey", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1989-11-11", .gender = MALE,
    .nationality = N_("Ghanaian"), .languages = N_("English, Twi"),
    .care_needs = NO_CARE_NEEDS,
    .exploitation_types = ORGAN | LABOUR, .identified_on = "2026-06-01", .status = IN_SUPPORT },

  /* Operation Redstart: section 45 recorded for the three who have given accounts. */
  [REDSTART_JAKE] = {
    .case_index = REDSTART, .name = "Jake Holloway", .roles = VICTIM | SUSPECT,
    .age_status = ADULT, .date_of_birth = "2007-03-15", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-06-22", .status = IN_SUPPORT,
    .s45_decision = MAY_APPLY, .s45_decided_on = "2026-07-08",
    .s45_rationale = N_("His account, ANPR and the stores’ CCTV show he was driven to each "
                        "store and told what to take, with food and a bed withheld if he "
                        "refused: compelled, as a victim of exploitation, with no realistic "
                        "alternative. Theft is not a Schedule 4 offence.") },
  [REDSTART_AARON] = {
    .case_index = REDSTART, .name = "Aaron Mills", .roles = VICTIM | SUSPECT,
    .age_status = ADULT, .date_of_birth = "2006-08-02", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-06-22", .status = IN_SUPPORT,
    .s45_decision = MAY_APPLY, .s45_decided_on = "2026-07-08",
    .s45_rationale = N_("Homeless when the driver recruited him, threatened with violence "
                        "for coming back with too little: compelled, with no realistic "
                        "alternative. Theft is not a Schedule 4 offence.") },
  [REDSTART_SHANNON] = {
    .case_index = REDSTART, .name = "Shannon Reilly", .roles = VICTIM | SUSPECT,
    .age_status = ADULT, .date_of_birth = "2008-01-29", .gender = FEMALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-06-22", .status = IN_SUPPORT,
    .s45_decision = MAY_APPLY, .s45_decided_on = "2026-07-15",
    .s45_rationale = N_("Recruited at 18 from a hostel, her phone kept by the driver and "
                        "told she owed him for her keep: compelled, with no realistic "
                        "alternative. Theft is not a Schedule 4 offence.") },
  [REDSTART_RYAN] = {
    .case_index = REDSTART, .name = "Ryan Cole", .roles = VICTIM | SUSPECT,
    .age_status = ADULT, .date_of_birth = "2007-10-04", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-06-22", .status = IN_SUPPORT },
  [REDSTART_DRIVER] = {
    .case_index = REDSTART, .name = "Wayne Tasker", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1982-04-11", .gender = MALE,
    .nationality = N_("British") },

  /* Operation Teal */
  [TEAL_FARRUKH] = {
    .case_index = TEAL, .name = "Farrukh Karimov", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1994-04-18", .gender = MALE,
    .nationality = N_("Uzbek"), .languages = N_("Uzbek, Russian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2026-08-25", .status = SAFE },
  [TEAL_AZAMAT] = {
    .case_index = TEAL, .name = "Azamat Tokonov", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1990-12-05", .gender = MALE,
    .nationality = N_("Kyrgyz"), .languages = N_("Kyrgyz, Russian"),
    .interpreter_needed = TRUE, .care_needs = NO_CARE_NEEDS,
    .exploitation_types = LABOUR, .identified_on = "2026-08-25", .status = IN_SUPPORT },
  [TEAL_ASSOCIATE] = {
    .case_index = TEAL, .name = "Gary Wensley", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1976-02-14", .gender = MALE,
    .nationality = N_("British") },

  /* Operation Turnstone */
  [TURNSTONE_STEPHEN] = {
    .case_index = TURNSTONE, .name = "Stephen Ashby", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "1982-07-21", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-09-15", .status = SAFE },
  [TURNSTONE_KYLE] = {
    .case_index = TURNSTONE, .name = "Kyle Denton", .roles = VICTIM | SUSPECT,
    .age_status = CHILD, .date_of_birth = "2010-05-08", .gender = MALE,
    .nationality = N_("British"), .languages = N_("English"), .care_needs = NO_CARE_NEEDS,
    .exploitation_types = CRIMINAL, .identified_on = "2026-11-24", .status = SAFE },

  /* Operation Waxwing */
  [WAXWING_LUCIA] = {
    .case_index = WAXWING, .name = "Lucía Ferrer", .roles = VICTIM | WITNESS,
    .age_status = ADULT, .date_of_birth = "2006-04-27", .gender = FEMALE,
    .nationality = N_("Spanish"), .languages = N_("Spanish, English"),
    .care_needs = NO_CARE_NEEDS,
    .exploitation_types = DOMESTIC, .identified_on = "2026-10-20", .status = SAFE },
  [WAXWING_HOST] = {
    .case_index = WAXWING, .name = "Harriet Kendrick", .roles = SUSPECT,
    .age_status = ADULT, .date_of_birth = "1979-09-09", .gender = FEMALE,
    .nationality = N_("British") },
  [WAXWING_TUTOR] = {
    .case_index = WAXWING, .name = "Alan Whitcombe", .roles = WITNESS,
    .age_status = ADULT, .gender = MALE, .nationality = N_("British"),
    .languages = N_("English") },
};

typedef struct
{
  int         person;
  const char *address;
  const char *phone;
  const char *email;
  const char *notes;
} DemoRestricted;

/* Addresses are invented, in the fictional town of Anytown; telephone numbers are in the
 * range Ofcom keeps for drama (07700 900xxx). Each one is revealed to be written, so the
 * audit log shows a consultation with its reason, as it would for any user. */
static const DemoRestricted demo_restricted[] = {
  { HARRIER_TYLER, N_("Foster placement out of the force area: the address is held by "
                      "children’s social care"), "07700 900114", NULL,
    N_("Contact through his social worker or his guardian, never directly at the "
       "placement.") },
  { HARRIER_MASON, N_("Residential placement out of the force area: the address is held "
                      "by children’s social care"), "07700 900127", NULL,
    N_("A new phone number since the social media contact in October; do not share it.") },
  { HARRIER_LINE_HOLDER, N_("On remand: HMP Anytown"), NULL, NULL,
    N_("Home address before remand: 4 Kiln Row, Anytown AN4 2QT.") },
  { LAPWING_ELENA, N_("Flat 2, 17 Orchard Way, Anytown AN2 7LP"), "07700 900231",
    "elena.contact@example.com",
    N_("Her own tenancy since summer 2026. Never visit unannounced; her MSVLO arranges "
       "every contact.") },
  { LAPWING_CONTROLLER, N_("Last known: 9 Mill Street, Anytown AN1 3DF"), "07700 900248",
    NULL, N_("Two further numbers in the telephone analysis.") },
  { MERLIN_MARITES, N_("Safe house: the address is held by the MSVCC provider"),
    "07700 900305", NULL,
    N_("Speaks to her family abroad on Sundays; avoid contact then unless it is "
       "urgent.") },
  { OSPREY_MINH, N_("Foster placement: the address is held by children’s social care"),
    "07700 900362", NULL,
    N_("Contact through his foster carer and his guardian.") },
  { GOSHAWK_DACIANA, N_("New address since 23 October 2026, held by her MSVLO only"),
    "07700 900418", NULL,
    N_("Moved after the driver approached her at the station. Do not record the new "
       "address on any other system.") },
  { NIGHTJAR_DAWIT, N_("Supported accommodation for young people: the address is held "
                       "by children’s social care"), NULL, NULL,
    N_("Contact through his key worker; a Tigrinya interpreter for every contact.") },
  { SKYLARK_PRAKASH, N_("Room 3, 52 Station Road, Anytown AN3 8RB"), "07700 900526", NULL,
    N_("Found through his victim navigator; he works days, so calls after 6 pm.") },
  { AVOCET_KIERAN, N_("12 Linden Close, Anytown AN5 1HW (with his mother)"),
    "07700 900571", NULL,
    N_("The line holders knew his old number; this one is new. His mother is the first "
       "contact.") },
  { DUNLIN_RUSLAN, N_("Emergency accommodation arranged by the council’s housing team"),
    "07700 900633", NULL,
    N_("Moved out of the agency’s house on 24 November; the agency must not learn "
       "where he is.") },
  { FIELDFARE_SAMIRA, N_("Refuge: the address is never recorded"), NULL, NULL,
    N_("Contact only through the refuge manager, by arrangement, with her approved "
       "interpreter.") },
  { REDSTART_RYAN, N_("Supported housing: 3 Ferry Lane, Anytown AN6 4JS"), "07700 900744",
    NULL, N_("Found safe on 24 November after going back to the driver. Check on him "
             "daily this week.") },
  { TURNSTONE_STEPHEN, N_("Flat 6, Beacon House, Anytown AN7 2EX"), "07700 900812", NULL,
    N_("A closure order covers the flat; his support worker visits every day.") },
  { WAXWING_LUCIA, N_("College hostel: Room 114, Anytown College"), "07700 900905",
    "lucia.f@example.com", N_("Prefers messages to calls during term time.") },
};

typedef struct
{
  int                person;
  OvReferralType     type;
  const char        *agency;
  const char        *sent_at;
  OvReferralOutcome  outcome;
  const char        *outcome_on;
  const char        *notes;
} DemoSafeguarding;

#define CHILDRENS_SOCIAL_CARE OV_REFERRAL_TYPE_CHILDRENS_SOCIAL_CARE
#define ADULT_SAFEGUARDING    OV_REFERRAL_TYPE_ADULT_SAFEGUARDING
#define ICTG                  OV_REFERRAL_TYPE_ICTG
#define ADULT_VICTIM_CARE     OV_REFERRAL_TYPE_ADULT_VICTIM_CARE
#define HEALTH                OV_REFERRAL_TYPE_HEALTH
#define HOUSING               OV_REFERRAL_TYPE_HOUSING
#define OTHER_REFERRAL        OV_REFERRAL_TYPE_OTHER
#define PENDING               OV_REFERRAL_OUTCOME_PENDING
#define ACCEPTED              OV_REFERRAL_OUTCOME_ACCEPTED
#define NO_FURTHER_ACTION     OV_REFERRAL_OUTCOME_NO_FURTHER_ACTION

#define CHILDRENS_SERVICES  N_("Children’s social care, Anytown County Council")
#define ADULT_SOCIAL_CARE   N_("Adult social care, Anytown County Council")
#define GUARDIAN_SERVICE    N_("Independent Child Trafficking Guardian service")
#define VICTIM_CARE         N_("Modern Slavery Victim Care Contract (the Salvation Army)")
#define HOUSING_OPTIONS     N_("Housing options team, Anytown Borough Council")

/* Kyle Denton, a child, has none yet: the dashboard shows it. */
static const DemoSafeguarding demo_safeguarding[] = {
  { HARRIER_TYLER, CHILDRENS_SOCIAL_CARE, CHILDRENS_SERVICES, "2025-02-11T13:00:00Z",
    ACCEPTED, "2025-02-11",
    N_("Strategy discussion the same afternoon; section 47 enquiry; placed out of the "
       "area.") },
  { HARRIER_TYLER, ICTG, GUARDIAN_SERVICE, "2025-02-12T09:00:00Z", ACCEPTED, "2025-02-14",
    NULL },
  { HARRIER_MASON, CHILDRENS_SOCIAL_CARE, CHILDRENS_SERVICES, "2025-02-11T13:00:00Z",
    ACCEPTED, "2025-02-11",
    N_("Strategy discussion the same afternoon; section 47 enquiry; residential "
       "placement.") },
  { HARRIER_MASON, ICTG, GUARDIAN_SERVICE, "2025-02-12T09:00:00Z", ACCEPTED, "2025-02-14",
    NULL },
  { LAPWING_ELENA, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-03-05T12:00:00Z", ACCEPTED,
    "2025-03-05", N_("Safe house the same day; outreach support since she moved to her own "
                     "tenancy.") },
  { LAPWING_IOANA, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-03-05T12:00:00Z", ACCEPTED,
    "2025-03-05", NULL },
  { MERLIN_MARITES, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-03-27T15:00:00Z", ACCEPTED,
    "2025-03-27", N_("Safe house the same day.") },
  { MERLIN_MARITES, HOUSING, HOUSING_OPTIONS, "2026-11-04T11:00:00Z", PENDING, NULL,
    N_("Move-on accommodation before the trial in March 2027; a housing assessment is "
       "booked.") },
  { CURLEW_VALENTIN, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-06-24T16:00:00Z", ACCEPTED,
    "2025-06-24", N_("Received at the reception centre; still in MSVCC accommodation.") },
  { CURLEW_GRZEGORZ, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-06-24T16:00:00Z", ACCEPTED,
    "2025-06-24", N_("Moved on to work with a licensed employer in spring 2026; outreach "
                     "support continues.") },
  { OSPREY_MINH, CHILDRENS_SOCIAL_CARE, CHILDRENS_SERVICES, "2025-06-02T15:00:00Z",
    ACCEPTED, "2025-06-02",
    N_("Emergency foster placement that evening; age assessment completed on 11 June "
       "2025.") },
  { OSPREY_MINH, ICTG, GUARDIAN_SERVICE, "2025-06-03T10:00:00Z", ACCEPTED, "2025-06-05",
    NULL },
  { GOSHAWK_DACIANA, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-08-20T14:00:00Z", ACCEPTED,
    "2025-08-20", NULL },
  { GOSHAWK_DACIANA, HOUSING, HOUSING_OPTIONS, "2026-10-22T16:00:00Z", ACCEPTED,
    "2026-10-23", N_("Urgent move after the driver approached her at the station.") },
  { GOSHAWK_COSTEL, ADULT_SAFEGUARDING, ADULT_SOCIAL_CARE, "2025-08-19T17:00:00Z",
    ACCEPTED, "2025-08-21",
    N_("Care Act section 42 enquiry opened: learning disability, unable to protect himself "
       "from the organisers.") },
  { GOSHAWK_COSTEL, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-08-20T14:00:00Z", ACCEPTED,
    "2025-08-20", N_("Supported accommodation with care.") },
  { GOSHAWK_VIORICA, ADULT_SAFEGUARDING, ADULT_SOCIAL_CARE, "2025-08-19T17:00:00Z",
    ACCEPTED, "2025-08-21",
    N_("Care Act section 42 enquiry opened: she uses a wheelchair and depended on the "
       "organisers for all her care.") },
  { GOSHAWK_VIORICA, HEALTH, N_("Community health team, NHS"), "2026-10-24T10:00:00Z",
    PENDING, NULL, N_("Occupational therapy assessment for a new wheelchair.") },
  { NIGHTJAR_DAWIT, CHILDRENS_SOCIAL_CARE, CHILDRENS_SERVICES, "2025-09-08T19:00:00Z",
    ACCEPTED, "2025-09-09",
    N_("Placed as a child. The council’s age assessment found him an adult; he has "
       "challenged it, and he is treated as a child until the challenge is decided.") },
  { NIGHTJAR_DAWIT, ICTG, GUARDIAN_SERVICE, "2025-09-09T10:00:00Z", ACCEPTED, "2025-09-11",
    NULL },
  { NIGHTJAR_AHMED, CHILDRENS_SOCIAL_CARE, CHILDRENS_SERVICES, "2025-09-08T19:00:00Z",
    ACCEPTED, "2025-09-09", N_("Age assessed as 16; foster placement.") },
  { NIGHTJAR_AHMED, ICTG, GUARDIAN_SERVICE, "2025-09-09T10:00:00Z", ACCEPTED, "2025-09-11",
    NULL },
  { SKYLARK_PRAKASH, ADULT_VICTIM_CARE, VICTIM_CARE, "2025-10-22T12:00:00Z",
    NO_FURTHER_ACTION, "2025-10-24",
    N_("He chose the room his victim navigator found him rather than a safe house; "
       "outreach support offered instead.") },
  { AVOCET_KIERAN, CHILDRENS_SOCIAL_CARE, CHILDRENS_SERVICES, "2026-01-12T18:00:00Z",
    ACCEPTED, "2026-01-12",
    N_("Strategy discussion that evening; child in need plan and a youth worker.") },
  { AVOCET_KIERAN, ICTG, GUARDIAN_SERVICE, "2026-01-13T09:30:00Z", ACCEPTED, "2026-01-15",
    NULL },
  { BITTERN_ANDREEA, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-02-20T15:00:00Z", ACCEPTED,
    "2026-02-20", NULL },
  { BITTERN_BIANCA, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-10-29T16:00:00Z", PENDING, NULL,
    N_("Accepted into emergency accommodation; the full support assessment is "
       "awaited.") },
  { DUNLIN_MIHAIL, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-03-02T12:00:00Z", ACCEPTED,
    "2026-03-02", NULL },
  { DUNLIN_RUSLAN, HOUSING, HOUSING_OPTIONS, "2026-11-24T15:00:00Z", ACCEPTED, "2026-11-24",
    N_("Emergency accommodation the same day.") },
  { FIELDFARE_SAMIRA, HOUSING, N_("Women’s refuge (through the national domestic abuse "
                                   "helpline)"), "2026-03-17T11:00:00Z", ACCEPTED,
    "2026-03-17", NULL },
  { FIELDFARE_SAMIRA, OTHER_REFERRAL, N_("Independent sexual violence adviser (ISVA) "
                                         "service"), "2026-03-18T10:00:00Z", ACCEPTED,
    "2026-03-20", NULL },
  { GREENSHANK_LINH, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-04-21T17:00:00Z", ACCEPTED,
    "2026-04-21", N_("Received at the reception centre.") },
  { GREENSHANK_NGOC, CHILDRENS_SOCIAL_CARE, CHILDRENS_SERVICES, "2026-04-21T14:00:00Z",
    ACCEPTED, "2026-04-21",
    N_("Identified as 16 at the reception centre; strategy discussion held there; foster "
       "placement.") },
  { GREENSHANK_NGOC, ICTG, GUARDIAN_SERVICE, "2026-04-22T09:00:00Z", ACCEPTED, "2026-04-24",
    NULL },
  { KITTIWAKE_ARDIT, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-05-06T12:00:00Z", ACCEPTED,
    "2026-05-06", NULL },
  { KITTIWAKE_BESNIK, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-05-06T12:00:00Z", ACCEPTED,
    "2026-05-06", NULL },
  { LINNET_EBO, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-06-01T16:00:00Z", ACCEPTED,
    "2026-06-01", NULL },
  { LINNET_EBO, HEALTH, N_("NHS safeguarding lead, Anytown hospitals"),
    "2026-06-02T11:00:00Z", ACCEPTED, "2026-06-03",
    N_("Health check and counselling; the NHS traced the clinics that tested him.") },
  { REDSTART_JAKE, HOUSING, HOUSING_OPTIONS, "2026-06-22T18:00:00Z", ACCEPTED,
    "2026-06-23", N_("Emergency accommodation, then supported housing.") },
  { REDSTART_AARON, HOUSING, HOUSING_OPTIONS, "2026-06-22T18:00:00Z", ACCEPTED,
    "2026-06-23", NULL },
  { REDSTART_SHANNON, HOUSING, HOUSING_OPTIONS, "2026-06-22T18:00:00Z", ACCEPTED,
    "2026-06-23", NULL },
  { REDSTART_SHANNON, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-06-24T12:00:00Z",
    NO_FURTHER_ACTION, "2026-06-26",
    N_("She chose to stay in the council’s supported housing near her sister.") },
  { REDSTART_RYAN, HOUSING, HOUSING_OPTIONS, "2026-06-22T18:00:00Z", ACCEPTED,
    "2026-06-23", N_("His room was kept for him while he was missing.") },
  { TEAL_FARRUKH, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-08-25T17:00:00Z", ACCEPTED,
    "2026-08-25", N_("Received at the reception centre. MSVCC support continues while the "
                     "reconsideration is decided.") },
  { TEAL_AZAMAT, ADULT_VICTIM_CARE, VICTIM_CARE, "2026-08-25T17:00:00Z", ACCEPTED,
    "2026-08-25", N_("Received at the reception centre.") },
  { TURNSTONE_STEPHEN, ADULT_SAFEGUARDING, ADULT_SOCIAL_CARE, "2026-09-15T17:00:00Z",
    ACCEPTED, "2026-09-16",
    N_("Care Act section 42 enquiry: learning disabilities, assaulted in his own flat by "
       "the runners; emergency placement, then home with daily support.") },
  { TURNSTONE_STEPHEN, HOUSING, HOUSING_OPTIONS, "2026-09-16T10:00:00Z", ACCEPTED,
    "2026-09-23", N_("Closure order on the flat; locks changed; safety plan with the "
                     "housing officer.") },
};

typedef struct
{
  int                 person;
  OvNrmRoute          route;
  const char         *submitted_on;
  const char         *reference;
  OvNrmDecisionMaker  decision_maker;
  OvGroundsOutcome    rg_outcome;
  const char         *rg_on;
  OvGroundsOutcome    cg_outcome;
  const char         *cg_on;
  gboolean            reconsideration_requested;
  const char         *notes;
} DemoNrm;

#define NRM_ADULT   OV_NRM_ROUTE_NRM_WITH_CONSENT   /* consent is given on this route */
#define NRM_CHILD   OV_NRM_ROUTE_NRM_CHILD
#define MS1         OV_NRM_ROUTE_MS1_ANONYMOUS
#define SCA         OV_NRM_DECISION_MAKER_SCA
#define IECA        OV_NRM_DECISION_MAKER_IECA
#define CHILD_PANEL OV_NRM_DECISION_MAKER_CHILD_PANEL
#define AWAITED     OV_GROUNDS_OUTCOME_PENDING
#define POSITIVE    OV_GROUNDS_OUTCOME_POSITIVE
#define NEGATIVE    OV_GROUNDS_OUTCOME_NEGATIVE

/* Every stage: awaiting reasonable grounds, positive reasonable grounds awaiting
 * conclusive grounds (many for months, as in life), conclusive grounds, a negative
 * reasonable grounds decision with reconsideration requested, and MS1 notifications for
 * adults who do not consent. Ruslan Bondar, identified three days ago, has neither an NRM
 * referral nor an MS1 yet: the dashboard shows it. */
static const DemoNrm demo_nrm[] = {
  { HARRIER_TYLER, NRM_CHILD, "2025-02-12", "NRM-25-018342", SCA,
    POSITIVE, "2025-02-18", POSITIVE, "2025-11-03" },
  { HARRIER_MASON, NRM_CHILD, "2025-02-12", "NRM-25-018343", SCA,
    POSITIVE, "2025-02-19", AWAITED, NULL, FALSE,
    N_("Conclusive grounds chased with the SCA in August and November 2026.") },
  { LAPWING_ELENA, NRM_ADULT, "2025-03-05", "NRM-25-022107", SCA,
    POSITIVE, "2025-03-11", POSITIVE, "2026-05-19" },
  { LAPWING_IOANA, NRM_ADULT, "2025-03-05", "NRM-25-022108", SCA,
    POSITIVE, "2025-03-12", AWAITED, NULL },
  { LAPWING_MIRELA, MS1, "2025-03-05", NULL, SCA, AWAITED, NULL, AWAITED, NULL, FALSE,
    N_("She does not consent to an NRM referral. Notified anonymously on form MS1 to meet "
       "the duty to notify; support stays open to her if she changes her mind.") },
  { MERLIN_MARITES, NRM_ADULT, "2025-03-28", "NRM-25-026551", SCA,
    POSITIVE, "2025-04-03", POSITIVE, "2026-01-12" },
  { CURLEW_VALENTIN, NRM_ADULT, "2025-06-25", "NRM-25-041870", SCA,
    POSITIVE, "2025-07-02", POSITIVE, "2026-09-14" },
  { CURLEW_GRZEGORZ, NRM_ADULT, "2025-06-25", "NRM-25-041876", SCA,
    POSITIVE, "2025-07-02", POSITIVE, "2026-03-16" },
  { OSPREY_MINH, NRM_CHILD, "2025-06-03", "NRM-25-038214", SCA,
    POSITIVE, "2025-06-11", POSITIVE, "2026-04-20" },
  { GOSHAWK_DACIANA, NRM_ADULT, "2025-08-20", "NRM-25-052390", SCA,
    POSITIVE, "2025-08-27", AWAITED, NULL },
  { GOSHAWK_COSTEL, NRM_ADULT, "2025-08-20", "NRM-25-052391", SCA,
    POSITIVE, "2025-08-28", POSITIVE, "2026-06-30",
    FALSE, N_("Consent given with a registered intermediary and his social worker; his "
              "capacity to consent was assessed and recorded.") },
  { GOSHAWK_VIORICA, NRM_ADULT, "2025-08-21", "NRM-25-052512", SCA,
    POSITIVE, "2025-08-28", POSITIVE, "2026-07-21" },
  { NIGHTJAR_DAWIT, NRM_CHILD, "2025-09-09", "NRM-25-057733", IECA,
    POSITIVE, "2025-09-16", AWAITED, NULL, FALSE,
    N_("Referred as a child: his age is disputed, and he is treated as a child until the "
       "dispute is resolved.") },
  { NIGHTJAR_AHMED, NRM_CHILD, "2025-09-09", "NRM-25-057734", IECA,
    POSITIVE, "2025-09-15", POSITIVE, "2026-08-03" },
  { SKYLARK_PRAKASH, NRM_ADULT, "2025-10-22", "NRM-25-066019", SCA,
    POSITIVE, "2025-10-29", POSITIVE, "2026-09-18" },
  { AVOCET_KIERAN, NRM_CHILD, "2026-01-13", "NRM-26-002871", CHILD_PANEL,
    POSITIVE, "2026-01-20", POSITIVE, "2026-10-06", FALSE,
    N_("Decided by the local multi-agency panel under the devolved child decision-making "
       "pilot.") },
  { BITTERN_ANDREEA, NRM_ADULT, "2026-02-20", "NRM-26-009640", SCA,
    POSITIVE, "2026-02-27", POSITIVE, "2026-10-15" },
  { BITTERN_BIANCA, NRM_ADULT, "2026-10-29", "NRM-26-061158", SCA,
    AWAITED, NULL, AWAITED, NULL, FALSE,
    N_("She declined in February and accepted after she left the hotels in October.") },
  { BITTERN_CARLA, MS1, "2026-02-10", NULL, SCA, AWAITED, NULL, AWAITED, NULL, FALSE,
    N_("She does not consent to an NRM referral; notified anonymously on form MS1.") },
  { DUNLIN_MIHAIL, NRM_ADULT, "2026-03-02", "NRM-26-011925", SCA,
    POSITIVE, "2026-03-09", AWAITED, NULL },
  { FIELDFARE_SAMIRA, NRM_ADULT, "2026-03-18", "NRM-26-015302", SCA,
    POSITIVE, "2026-03-25", AWAITED, NULL },
  { GREENSHANK_LINH, NRM_ADULT, "2026-04-21", "NRM-26-021477", SCA,
    POSITIVE, "2026-04-28", POSITIVE, "2026-10-30" },
  { GREENSHANK_NGOC, NRM_CHILD, "2026-04-21", "NRM-26-021480", SCA,
    POSITIVE, "2026-04-27", AWAITED, NULL },
  { KITTIWAKE_ARDIT, NRM_ADULT, "2026-05-06", "NRM-26-026113", SCA,
    POSITIVE, "2026-05-13", AWAITED, NULL },
  { KITTIWAKE_BESNIK, NRM_ADULT, "2026-05-06", "NRM-26-026114", SCA,
    POSITIVE, "2026-05-14", AWAITED, NULL },
  { LINNET_EBO, NRM_ADULT, "2026-06-01", "NRM-26-031840", SCA,
    POSITIVE, "2026-06-08", AWAITED, NULL },
  { REDSTART_JAKE, NRM_ADULT, "2026-06-24", "NRM-26-036602", SCA,
    POSITIVE, "2026-07-01", AWAITED, NULL },
  { REDSTART_AARON, MS1, "2026-06-24", NULL, SCA, AWAITED, NULL, AWAITED, NULL, FALSE,
    N_("He does not want to be “in the system”; notified anonymously on form MS1. Asked "
       "again at each review.") },
  { REDSTART_SHANNON, NRM_ADULT, "2026-06-24", "NRM-26-036604", SCA,
    POSITIVE, "2026-07-02", AWAITED, NULL },
  { REDSTART_RYAN, NRM_ADULT, "2026-06-24", "NRM-26-036605", SCA,
    POSITIVE, "2026-07-02", AWAITED, NULL },
  { TEAL_FARRUKH, NRM_ADULT, "2026-08-26", "NRM-26-047719", SCA,
    NEGATIVE, "2026-09-10", AWAITED, NULL, TRUE,
    N_("The decision maker was not satisfied he was compelled to work. Reconsideration "
       "requested on 24 September with his account of the recruitment fees and the "
       "threats to his family, which were not available at first.") },
  { TEAL_AZAMAT, NRM_ADULT, "2026-08-26", "NRM-26-047722", SCA,
    POSITIVE, "2026-09-02", AWAITED, NULL },
  { TURNSTONE_STEPHEN, NRM_ADULT, "2026-09-17", "NRM-26-053368", SCA,
    POSITIVE, "2026-09-24", AWAITED, NULL, FALSE,
    N_("Consent given with his advocate present, after a capacity assessment.") },
  { TURNSTONE_KYLE, NRM_CHILD, "2026-11-25", "NRM-26-066480", SCA,
    AWAITED, NULL, AWAITED, NULL },
  { WAXWING_LUCIA, NRM_ADULT, "2026-10-22", "NRM-26-059912", SCA,
    POSITIVE, "2026-10-29", AWAITED, NULL },
};

typedef struct
{
  int            person;
  OvSupportRole  role;
  int            staff;          /* NOBODY for someone at a partner agency */
  const char    *contact_name;
  const char    *organisation;
  const char    *starts_on;
  gboolean       lead;
} DemoSupport;

#define AS_MSVLO     OV_SUPPORT_ROLE_MSVLO
#define AS_NAVIGATOR OV_SUPPORT_ROLE_NAVIGATOR
#define AS_SPOC      OV_SUPPORT_ROLE_SPOC
#define LEAD         TRUE
#define NOT_LEAD     FALSE

/* In the order they were named. Daciana's lead contact changes when her risk rises: the
 * new lead ends the old one, which stays in her history. Lucía Ferrer has no lead contact
 * yet: the dashboard shows it. */
static const DemoSupport demo_support[] = {
  { HARRIER_TYLER, AS_MSVLO, LIAM_OROURKE, NULL, NULL, "2025-02-12", LEAD },
  { HARRIER_MASON, AS_MSVLO, LIAM_OROURKE, NULL, NULL, "2025-02-12", LEAD },
  { LAPWING_ELENA, AS_MSVLO, CLAIRE_ASHDOWN, NULL, NULL, "2025-03-05", LEAD },
  { LAPWING_IOANA, AS_MSVLO, CLAIRE_ASHDOWN, NULL, NULL, "2025-03-05", LEAD },
  { LAPWING_MIRELA, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2025-03-05", LEAD },
  { MERLIN_MARITES, AS_MSVLO, CLAIRE_ASHDOWN, NULL, NULL, "2025-03-27", LEAD },
  { MERLIN_MARITES, AS_MSVLO, LIAM_OROURKE, NULL, NULL, "2025-03-27", NOT_LEAD },
  { CURLEW_VALENTIN, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2025-06-24", LEAD },
  { CURLEW_GRZEGORZ, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2025-06-24", LEAD },
  { OSPREY_MINH, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2025-06-03", LEAD },
  { GOSHAWK_DACIANA, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2025-08-20", LEAD },
  { GOSHAWK_COSTEL, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2025-08-20", LEAD },
  { GOSHAWK_VIORICA, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2025-08-20", LEAD },
  { NIGHTJAR_DAWIT, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2025-09-09", LEAD },
  { NIGHTJAR_AHMED, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2025-09-09", LEAD },
  { SKYLARK_PRAKASH, AS_NAVIGATOR, NOBODY, "Hannah Greaves", "Justice and Care",
    "2025-10-22", LEAD },
  { AVOCET_KIERAN, AS_SPOC, ELLIE_BRANDT, NULL, NULL, "2026-01-13", LEAD },
  { BITTERN_ANDREEA, AS_MSVLO, LIAM_OROURKE, NULL, NULL, "2026-02-04", LEAD },
  { BITTERN_BIANCA, AS_MSVLO, LIAM_OROURKE, NULL, NULL, "2026-02-04", LEAD },
  { BITTERN_CARLA, AS_MSVLO, LIAM_OROURKE, NULL, NULL, "2026-02-04", LEAD },
  { DUNLIN_MIHAIL, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2026-03-02", LEAD },
  { FIELDFARE_SAMIRA, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2026-03-18", LEAD },
  { GREENSHANK_LINH, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2026-04-22", LEAD },
  { GREENSHANK_NGOC, AS_MSVLO, CLAIRE_ASHDOWN, NULL, NULL, "2026-04-22", LEAD },
  { KITTIWAKE_ARDIT, AS_SPOC, AISHA_OKAFOR, NULL, NULL, "2026-05-06", LEAD },
  { KITTIWAKE_BESNIK, AS_SPOC, AISHA_OKAFOR, NULL, NULL, "2026-05-06", LEAD },
  { LINNET_EBO, AS_NAVIGATOR, NOBODY, "Hannah Greaves", "Justice and Care",
    "2026-06-02", LEAD },
  { REDSTART_JAKE, AS_SPOC, ELLIE_BRANDT, NULL, NULL, "2026-06-23", LEAD },
  { REDSTART_AARON, AS_SPOC, ELLIE_BRANDT, NULL, NULL, "2026-06-23", LEAD },
  { REDSTART_SHANNON, AS_SPOC, ELLIE_BRANDT, NULL, NULL, "2026-06-23", LEAD },
  { REDSTART_RYAN, AS_SPOC, ELLIE_BRANDT, NULL, NULL, "2026-06-23", LEAD },
  { TEAL_FARRUKH, AS_NAVIGATOR, NOBODY, "Joseph Adeyemi", "Justice and Care",
    "2026-08-26", LEAD },
  { TEAL_AZAMAT, AS_NAVIGATOR, NOBODY, "Joseph Adeyemi", "Justice and Care",
    "2026-08-26", LEAD },
  { TURNSTONE_STEPHEN, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2026-09-16", LEAD },
  { GOSHAWK_DACIANA, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2026-10-23", LEAD },
  { DUNLIN_RUSLAN, AS_SPOC, CLAIRE_ASHDOWN, NULL, NULL, "2026-11-24", LEAD },
  { TURNSTONE_KYLE, AS_MSVLO, DANIEL_MERCER, NULL, NULL, "2026-11-25", LEAD },
};

typedef struct
{
  int           person;
  const char   *assessed_on;
  int           assessor;
  OvRiskGrade   grade;
  OvRiskFactor  factors;
  const char   *other_factor;
  const char   *threat;
  const char   *harm;
  const char   *risk;
  const char   *investigation;
  const char   *vulnerability;
  const char   *engagement;
  gboolean      endorsed;
  int           endorsed_by;
  const char   *endorsement_comment;
} DemoRisk;

#define RISK_STANDARD     OV_RISK_GRADE_STANDARD
#define RISK_MEDIUM       OV_RISK_GRADE_MEDIUM
#define RISK_HIGH         OV_RISK_GRADE_HIGH
#define RE_TRAFFICKING    OV_RISK_FACTOR_RE_TRAFFICKING
#define RETALIATION       OV_RISK_FACTOR_RETALIATION
#define GOING_MISSING     OV_RISK_FACTOR_GOING_MISSING
#define SELF_HARM         OV_RISK_FACTOR_SELF_HARM
#define DEBT_BONDAGE      OV_RISK_FACTOR_DEBT_BONDAGE
#define THREATS_TO_FAMILY OV_RISK_FACTOR_THREATS_TO_FAMILY
#define OTHER_FACTOR      OV_RISK_FACTOR_OTHER

/* THRIVE assessments in the order they were made: each new one supersedes the victim's
 * current one. Daciana's goes from medium to high after the driver approaches her;
 * some recent ones are still waiting for a supervisor's endorsement. */
static const DemoRisk demo_risks[] = {
  { HARRIER_TYLER, "2026-11-10", LIAM_OROURKE, RISK_STANDARD, RETALIATION, NULL,
    N_("The line holder is remanded; no contact from the line since the arrest."),
    N_("Intimidation before the trial."),
    N_("Low while he stays in his placement and the line holder is in custody."),
    N_("Trial in February 2027 with special measures."),
    N_("He turns 18 in December; the move to adult services must not leave a gap."),
    N_("Engages well with his guardian and his MSVLO."),
    TRUE, JOANNA_PRYCE, N_("Agreed. Plan the transition to adult services now.") },
  { HARRIER_MASON, "2026-11-10", LIAM_OROURKE, RISK_MEDIUM,
    RE_TRAFFICKING | RETALIATION | GOING_MISSING, NULL,
    N_("Contacted through social media in October by an account linked to the line."),
    N_("Being drawn back to the line; violence over the drugs seized from him."),
    N_("Medium: the account was blocked and his safety plan updated, but the line knows "
       "how to reach him."),
    N_("The account reported to the platform and the messages downloaded."),
    N_("He is 16 and misses his friends from home."),
    N_("Talks openly to his guardian; less so to police."),
    TRUE, JOANNA_PRYCE, N_("Agreed. Weekly contact through his guardian until the "
                           "trial.") },
  { LAPWING_ELENA, "2026-08-14", CLAIRE_ASHDOWN, RISK_MEDIUM, RETALIATION | RE_TRAFFICKING,
    NULL,
    N_("The controller is still advertising women and knows her family’s town."),
    N_("Retaliation, or pressure to return through her family."),
    N_("Medium: her new address is not known to him."),
    N_("An STRO against the controller is being prepared."),
    N_("Isolated in a new town; limited English."),
    N_("Engages well with her MSVLO; wants the prosecution."),
    TRUE, RAVI_CHANDRAN, N_("Agreed.") },
  { LAPWING_IOANA, "2026-08-14", CLAIRE_ASHDOWN, RISK_MEDIUM, RETALIATION, NULL,
    N_("The controller has her old number and has messaged her sister."),
    N_("Intimidation to stop her giving evidence."),
    N_("Medium while she stays in MSVCC accommodation."),
    NULL,
    N_("Anxious and sleeping badly; counselling through the MSVCC."),
    N_("Engages through her MSVLO, with an interpreter."),
    TRUE, RAVI_CHANDRAN, N_("Agreed.") },
  { LAPWING_MIRELA, "2025-03-05", OWEN_FLETCHER, RISK_HIGH,
    RE_TRAFFICKING | RETALIATION | GOING_MISSING, NULL,
    N_("She remains in contact with the controller’s associates."),
    N_("Continued sexual exploitation."),
    N_("High: she has declined all support and her address is not known."),
    N_("Outreach through the specialist sex work project."),
    N_("No support network in the UK; no phone of her own."),
    N_("Declines contact with the police; speaks only to her outreach worker."),
    TRUE, RAVI_CHANDRAN, N_("Agreed. Respect her choice; keep the outreach route "
                            "open.") },
  { LAPWING_MIRELA, "2026-08-14", NADIA_KOWALSKI, RISK_HIGH, RE_TRAFFICKING | RETALIATION,
    NULL,
    N_("Her outreach worker believes she still works for the controller’s associates."),
    N_("Continued sexual exploitation."),
    N_("High: nothing has changed since she declined support."),
    N_("What her outreach worker passes on goes into the STRO application."),
    N_("Isolated; no phone of her own."),
    N_("Wants no contact from the police; talks to her outreach worker."),
    TRUE, RAVI_CHANDRAN, N_("Agreed. Her wish is respected; the outreach route stays "
                            "open.") },
  { MERLIN_MARITES, "2026-11-03", CLAIRE_ASHDOWN, RISK_MEDIUM, THREATS_TO_FAMILY, NULL,
    N_("The householders’ relatives abroad live near her family."),
    N_("Pressure on her family to make her withdraw."),
    N_("Medium: her family has been warned and has had no contact since the bail "
       "conditions."),
    N_("Trial in March 2027; special measures application in preparation."),
    N_("Anxious about giving evidence and about moving on from the safe house."),
    N_("Engages fully; wants to give evidence."),
    TRUE, HELEN_MARSH, N_("Agreed. Review again when the move-on accommodation is "
                          "found.") },
  { CURLEW_VALENTIN, "2026-11-06", DANIEL_MERCER, RISK_STANDARD, DEBT_BONDAGE, NULL,
    N_("The gangmaster is on bail; no contact since the day of action."),
    N_("The recruiter abroad still claims he owes fees."),
    N_("Standard while he stays in MSVCC accommodation."),
    NULL,
    N_("Limited English; no work yet."),
    N_("Engages well; a main witness."),
    TRUE, HELEN_MARSH, NULL },
  { CURLEW_GRZEGORZ, "2026-11-06", DANIEL_MERCER, RISK_STANDARD, OV_RISK_FACTOR_NONE, NULL,
    N_("None known."),
    NULL,
    N_("Standard: settled in licensed work with his own tenancy."),
    NULL, NULL,
    N_("Keeps in touch with his MSVLO by phone."),
    TRUE, HELEN_MARSH, NULL },
  { OSPREY_MINH, "2025-06-03", TOM_WHITLOCK, RISK_HIGH,
    RE_TRAFFICKING | THREATS_TO_FAMILY | GOING_MISSING, NULL,
    N_("The people who brought him say they know where his family live."),
    N_("Going missing from care and being re-trafficked to another grow."),
    N_("High in the first days of a placement, when trafficked children most often go "
       "missing."),
    N_("Forensic examination of the grow; identify the controller."),
    N_("A child alone in a new country; speaks no English."),
    N_("Frightened; says little without his guardian."),
    TRUE, JOANNA_PRYCE, N_("Agreed. Foster carers briefed on the missing-from-care "
                           "protocol.") },
  { OSPREY_MINH, "2026-11-12", TOM_WHITLOCK, RISK_STANDARD, RETALIATION, NULL,
    N_("The controller is awaiting trial in custody."),
    N_("Intimidation before the trial."),
    N_("Standard: settled in foster care and at college."),
    N_("Trial preparation with special measures."),
    N_("He turns 18 in March 2027 and will move to adult services."),
    N_("Engages well with his guardian and his MSVLO."),
    TRUE, JOANNA_PRYCE, N_("Agreed.") },
  { GOSHAWK_DACIANA, "2026-09-30", GARETH_LLOYD, RISK_MEDIUM, RETALIATION, NULL,
    N_("The driver is not charged and still drives the minibus."),
    N_("Being taken back to begging."),
    N_("Medium: in supported accommodation away from the begging sites."),
    N_("STRO application being prepared."),
    N_("Speaks little English; relies on her support worker."),
    N_("Engages with an interpreter."),
    TRUE, RAVI_CHANDRAN, N_("Agreed.") },
  { GOSHAWK_DACIANA, "2026-10-22", LIAM_OROURKE, RISK_HIGH,
    RETALIATION | RE_TRAFFICKING | THREATS_TO_FAMILY, NULL,
    N_("The driver approached her at the station on 21 October and told her she owed "
       "money."),
    N_("Violence, or being taken back to begging."),
    N_("High: he knows where she catches her bus and may know where she lives."),
    N_("Station CCTV of the approach; the STRO application to be lodged at once."),
    N_("Frightened and alone at her current address."),
    N_("Reported the approach herself the same day."),
    TRUE, RAVI_CHANDRAN, N_("Agreed: high. Move her today and name an MSVLO as her lead "
                            "contact; risk reviewed weekly until the STRO is made.") },
  { GOSHAWK_COSTEL, "2026-10-23", GARETH_LLOYD, RISK_MEDIUM, RE_TRAFFICKING, NULL,
    N_("The organisers have not been charged."),
    N_("Being persuaded to go back: he speaks fondly of the driver."),
    N_("Medium: supported accommodation with care, and the section 42 plan."),
    NULL,
    N_("Learning disability; cannot judge who to trust."),
    N_("Engages through a registered intermediary."),
    TRUE, RAVI_CHANDRAN, NULL },
  { GOSHAWK_VIORICA, "2026-10-23", GARETH_LLOYD, RISK_MEDIUM, OV_RISK_FACTOR_NONE, NULL,
    N_("The organisers have not been charged."),
    N_("Neglect of her care needs if she loses her placement."),
    N_("Medium: safe in supported accommodation with care."),
    NULL,
    N_("Uses a wheelchair; depends on carers for daily living."),
    N_("Engages well with an interpreter."),
    TRUE, RAVI_CHANDRAN, NULL },
  { NIGHTJAR_DAWIT, "2026-09-25", ROBERT_FAIRBAIRN, RISK_MEDIUM,
    GOING_MISSING | DEBT_BONDAGE, NULL,
    N_("He says he owes the smugglers for the crossing."),
    N_("Going missing to work off the debt."),
    N_("Medium: in supported accommodation, with his age still disputed."),
    NULL,
    N_("Treated as a child; unsettled by the age dispute."),
    N_("Engages with his key worker and guardian."),
    TRUE, HELEN_MARSH, N_("Agreed. Tell the NCA of any contact about the debt.") },
  { NIGHTJAR_AHMED, "2026-09-25", ROBERT_FAIRBAIRN, RISK_STANDARD, OV_RISK_FACTOR_NONE,
    NULL,
    N_("None known in the force area."),
    NULL,
    N_("Standard: settled in foster care and at school."),
    NULL,
    N_("A child; separated from his family."),
    N_("Engages well."),
    TRUE, HELEN_MARSH, NULL },
  { SKYLARK_PRAKASH, "2026-11-05", TOM_WHITLOCK, RISK_STANDARD, OTHER_FACTOR,
    N_("Worry about his immigration status."),
    N_("The owner has not been arrested and does not know where he lives."),
    N_("Losing his new job if his status is questioned."),
    N_("Standard."),
    N_("Arrest planned once HMRC has our evidence."),
    NULL,
    N_("Engages with his victim navigator."),
    TRUE, JOANNA_PRYCE, NULL },
  { AVOCET_KIERAN, "2026-11-19", AISHA_OKAFOR, RISK_MEDIUM,
    DEBT_BONDAGE | RE_TRAFFICKING | RETALIATION, NULL,
    N_("He still owes the line holders for the drugs seized from him."),
    N_("Violence to enforce the debt; being made to carry again."),
    N_("Medium: no contact from the line since March, and a safety plan in place."),
    N_("Arrest plan for the two line holders by the next review."),
    N_("17, at college, with a youth worker."),
    N_("Engages with his SPOC and his youth worker."),
    TRUE, JOANNA_PRYCE, N_("Agreed. Re-assess as soon as the arrests are made.") },
  { BITTERN_ANDREEA, "2026-11-02", LIAM_OROURKE, RISK_MEDIUM, RETALIATION, NULL,
    N_("The man who books the rooms knows she has left."),
    N_("Intimidation to stop her giving evidence."),
    N_("Medium while she stays in the safe house."),
    N_("STRO application against him."),
    NULL,
    N_("Engages well; has given an ABE interview."),
    TRUE, RAVI_CHANDRAN, NULL },
  { BITTERN_BIANCA, "2026-10-29", LIAM_OROURKE, RISK_MEDIUM,
    RE_TRAFFICKING | DEBT_BONDAGE, NULL,
    N_("She says she owes the man who books the rooms for her travel."),
    N_("Being pressed back into the hotels to pay the debt."),
    N_("Medium now that she is in emergency accommodation."),
    NULL,
    N_("No money and no documents of her own."),
    N_("Accepted support on 29 October after months of refusing."),
    FALSE },
  { BITTERN_CARLA, "2026-11-02", LIAM_OROURKE, RISK_HIGH,
    RE_TRAFFICKING | GOING_MISSING | SELF_HARM, NULL,
    N_("Still moved between hotels by the man who books the rooms."),
    N_("Continued sexual exploitation; she has spoken of harming herself."),
    N_("High."),
    N_("Hotel chain flags new bookings on his cards."),
    N_("Uses alcohol to cope; limited English."),
    N_("Speaks to her MSVLO at welfare visits but declines support."),
    TRUE, RAVI_CHANDRAN, N_("Agreed: high. Welfare visit at every new booking that is "
                            "flagged.") },
  { DUNLIN_MIHAIL, "2026-10-09", TOM_WHITLOCK, RISK_MEDIUM, RETALIATION, NULL,
    N_("The agency’s directors know he left after speaking to the police."),
    N_("Threats to him and to workers who stay."),
    N_("Medium."),
    N_("Warrants for the four houses."),
    NULL,
    N_("Engages well; a main witness."),
    TRUE, RAVI_CHANDRAN, NULL },
  { DUNLIN_RUSLAN, "2026-11-24", TOM_WHITLOCK, RISK_MEDIUM, DEBT_BONDAGE | RETALIATION,
    NULL,
    N_("The agency says he owes four weeks’ bed charges."),
    N_("Being made to come back and work off the debt."),
    N_("Medium: in emergency accommodation the agency does not know about."),
    N_("His account supports the warrants planned for the four houses."),
    N_("Speaks little English; no money."),
    N_("Came forward himself through the helpline."),
    FALSE },
  { FIELDFARE_SAMIRA, "2026-11-13", NADIA_KOWALSKI, RISK_HIGH,
    RETALIATION | THREATS_TO_FAMILY | OTHER_FACTOR,
    N_("Risk of forced return abroad by the family."),
    N_("Her husband’s family have asked for her at the refuge and have contacts in the "
       "community."),
    N_("Abduction, violence, or forced return abroad."),
    N_("High until the arrests are made."),
    N_("Arrest and search plan for the husband and his parents."),
    N_("Isolated; speaks Sylheti and Bengali only."),
    N_("Engages well through her approved interpreter."),
    TRUE, HELEN_MARSH, N_("Agreed: high. Refuge security reviewed; marker on the "
                          "address.") },
  { GREENSHANK_LINH, "2026-11-17", DANIEL_MERCER, RISK_STANDARD, RETALIATION, NULL,
    N_("The third owner is abroad; the other two are remanded."),
    N_("Intimidation before the trial."),
    N_("Standard."),
    N_("Trial in April 2027."),
    NULL,
    N_("Engages well; giving evidence."),
    TRUE, JOANNA_PRYCE, NULL },
  { GREENSHANK_NGOC, "2026-11-17", CLAIRE_ASHDOWN, RISK_MEDIUM,
    GOING_MISSING | DEBT_BONDAGE, NULL,
    N_("The owners’ family abroad say her debt is still owed."),
    N_("Going missing from care to pay the debt."),
    N_("Medium: settled in foster care, but the debt is still mentioned."),
    NULL,
    N_("A child; her parents abroad are under pressure."),
    N_("Engages with her guardian and her MSVLO."),
    TRUE, JOANNA_PRYCE, NULL },
  { KITTIWAKE_ARDIT, "2026-11-04", AISHA_OKAFOR, RISK_HIGH,
    THREATS_TO_FAMILY | RETALIATION | DEBT_BONDAGE, NULL,
    N_("His family abroad were threatened in October; the NCA liaison officer is "
       "informed."),
    N_("Harm to his family; pressure on him to return to the grow."),
    N_("High."),
    N_("The DNA identification of the organiser."),
    N_("Afraid for his family; sleeps badly."),
    N_("Engages through his SPOC with an interpreter."),
    TRUE, JOANNA_PRYCE, N_("Agreed: high. Weekly contact; update the NCA liaison officer "
                           "on any new threat.") },
  { KITTIWAKE_BESNIK, "2026-11-04", AISHA_OKAFOR, RISK_MEDIUM, DEBT_BONDAGE, NULL,
    N_("The organisers say he owes them for his travel."),
    N_("Being found and made to work again."),
    N_("Medium in MSVCC accommodation."),
    NULL, NULL,
    N_("Engages through his SPOC."),
    TRUE, JOANNA_PRYCE, NULL },
  { LINNET_EBO, "2026-10-07", ROBERT_FAIRBAIRN, RISK_MEDIUM, OTHER_FACTOR,
    N_("Pressure to undergo the removal of an organ."),
    N_("The recruiter abroad; he does not know where Ebo is."),
    N_("Being taken abroad for the operation."),
    N_("Medium: safe and supported, and he has his passport."),
    N_("The NCA’s enquiries abroad."),
    NULL,
    N_("Engages with his victim navigator."),
    TRUE, HELEN_MARSH, NULL },
  { REDSTART_JAKE, "2026-11-19", MEGAN_HARTE, RISK_MEDIUM, RE_TRAFFICKING, NULL,
    N_("The driver is not yet arrested."),
    N_("Being recruited back into the crew."),
    N_("Medium in supported housing."),
    NULL, NULL,
    N_("Engages with his SPOC."),
    TRUE, JOANNA_PRYCE, NULL },
  { REDSTART_AARON, "2026-11-19", MEGAN_HARTE, RISK_MEDIUM, RE_TRAFFICKING, NULL,
    N_("The driver is not yet arrested."),
    N_("Homelessness and being recruited again."),
    N_("Medium."),
    NULL, NULL,
    N_("Engages, but declines the NRM."),
    TRUE, JOANNA_PRYCE, NULL },
  { REDSTART_SHANNON, "2026-11-21", ELLIE_BRANDT, RISK_MEDIUM, RE_TRAFFICKING, NULL,
    N_("The driver has her old phone and her contacts."),
    N_("Being contacted and drawn back."),
    N_("Medium."),
    NULL, NULL,
    N_("Engages with her SPOC."),
    FALSE },
  { REDSTART_RYAN, "2026-06-23", MEGAN_HARTE, RISK_MEDIUM, RE_TRAFFICKING, NULL,
    N_("The driver recruited him from the street."),
    N_("Being drawn back into the crew."),
    N_("Medium in emergency accommodation."),
    NULL, NULL,
    N_("Reluctant; has not yet given an account."),
    TRUE, JOANNA_PRYCE, NULL },
  { REDSTART_RYAN, "2026-11-17", MEGAN_HARTE, RISK_HIGH, GOING_MISSING | RE_TRAFFICKING,
    NULL,
    N_("He went back to the driver on 14 November and is missing."),
    N_("Exploitation; arrest for thefts he is made to commit."),
    N_("High while he is missing."),
    N_("Missing person enquiry; ANPR on the van."),
    NULL,
    N_("Not in contact."),
    TRUE, JOANNA_PRYCE, N_("Agreed: high. Arrest the driver only once Ryan is found "
                           "safe.") },
  { REDSTART_RYAN, "2026-11-26", MEGAN_HARTE, RISK_MEDIUM, RE_TRAFFICKING | GOING_MISSING,
    NULL,
    N_("The driver is still at large and knows where Ryan lives."),
    N_("Going back to the crew again."),
    N_("Medium since he was found safe on 24 November."),
    N_("Arrest plan for the driver."),
    N_("Says he went back because he had no money."),
    N_("Talking to his SPOC again; daily check-ins this week."),
    FALSE },
  { TEAL_FARRUKH, "2026-11-09", TOM_WHITLOCK, RISK_STANDARD, DEBT_BONDAGE | OTHER_FACTOR,
    N_("Loss of support if the negative NRM decision stands."),
    N_("The recruiter abroad says his fees are still owed."),
    N_("Pressure on his family; losing support."),
    N_("Standard while the reconsideration is decided."),
    NULL, NULL,
    N_("Engages with his victim navigator."),
    TRUE, HELEN_MARSH, N_("Agreed. Re-assess when the reconsideration is decided.") },
  { TEAL_AZAMAT, "2026-11-09", TOM_WHITLOCK, RISK_STANDARD, DEBT_BONDAGE, NULL,
    N_("The recruiter abroad says his fees are still owed."),
    NULL,
    N_("Standard in MSVCC accommodation."),
    NULL, NULL,
    N_("Engages well; a main witness."),
    TRUE, HELEN_MARSH, NULL },
  { TURNSTONE_STEPHEN, "2026-09-16", LIAM_OROURKE, RISK_HIGH, RETALIATION | OTHER_FACTOR,
    N_("Cuckooing: the runners used his flat."),
    N_("The runners assaulted him in his own flat."),
    N_("Further violence; losing his home."),
    N_("High until the runners are kept out."),
    N_("Closure order with housing; attribute the line."),
    N_("Learning disabilities; trusts people who are friendly to him."),
    N_("Engages with his advocate present."),
    TRUE, JOANNA_PRYCE, N_("Agreed: high. Emergency placement with adult social care "
                           "tonight.") },
  { TURNSTONE_STEPHEN, "2026-11-11", DANIEL_MERCER, RISK_MEDIUM, RETALIATION, NULL,
    N_("The line is still running elsewhere in the town."),
    N_("The runners coming back."),
    N_("Medium: home with a closure order and daily visits."),
    N_("Test purchases to attribute the line."),
    N_("Learning disabilities."),
    N_("Engages with his support worker and his MSVLO."),
    TRUE, JOANNA_PRYCE, NULL },
  { TURNSTONE_KYLE, "2026-11-25", DANIEL_MERCER, RISK_HIGH,
    RE_TRAFFICKING | GOING_MISSING | DEBT_BONDAGE, NULL,
    N_("Found running for the line on 24 November, with drugs the line will say he "
       "owes for."),
    N_("Violence to enforce the debt; being sent further afield."),
    N_("High."),
    N_("The phone seized from him; attribution of the line."),
    N_("16; excluded from school; missing twice this month according to his mother."),
    N_("Guarded; speaks more with his mother present."),
    FALSE },
  { WAXWING_LUCIA, "2026-10-21", AISHA_OKAFOR, RISK_MEDIUM, OTHER_FACTOR,
    N_("The family held her passport."),
    N_("The family messaging her to come back."),
    N_("Being pressed to return to work for them."),
    N_("Medium while the family holds her passport."),
    N_("Recover her passport."),
    NULL,
    N_("Engages with her college tutor’s support."),
    TRUE, RAVI_CHANDRAN, NULL },
  { WAXWING_LUCIA, "2026-11-18", AISHA_OKAFOR, RISK_STANDARD, OV_RISK_FACTOR_NONE, NULL,
    N_("None since her passport was returned."),
    NULL,
    N_("Standard: in a college hostel with her passport."),
    N_("Her account, with her tutor present."),
    NULL,
    N_("Engages well."),
    FALSE },
};

/* ---- The Victims' Code tracker --------------------------------------------------------- */

typedef struct
{
  OvVictimRight  right;
  OvRightStatus  status;
  int            days;      /* met on the day the victim was identified + days ... */
  const char    *on;        /* ... or on this date */
  const char    *text;      /* evidence if met; reason if declined or not met */
} DemoRight;

#define R_UNDERSTAND    OV_VICTIM_RIGHT_UNDERSTAND
#define R_RECORDED      OV_VICTIM_RIGHT_CRIME_RECORDED
#define R_INFORMATION   OV_VICTIM_RIGHT_INFORMATION_WHEN_REPORTING
#define R_SUPPORT       OV_VICTIM_RIGHT_SUPPORT_SERVICES
#define R_COMPENSATION  OV_VICTIM_RIGHT_COMPENSATION
#define R_UPDATES       OV_VICTIM_RIGHT_UPDATES
#define R_STATEMENT     OV_VICTIM_RIGHT_PERSONAL_STATEMENT
#define R_TRIAL         OV_VICTIM_RIGHT_TRIAL_INFORMATION
#define R_OUTCOME       OV_VICTIM_RIGHT_OUTCOME_AND_APPEALS
#define R_PROPERTY      OV_VICTIM_RIGHT_EXPENSES_AND_PROPERTY
#define R_OFFENDER      OV_VICTIM_RIGHT_OFFENDER_INFORMATION
#define R_COMPLAIN      OV_VICTIM_RIGHT_COMPLAIN
#define MET             OV_RIGHT_STATUS_MET
#define DUE             OV_RIGHT_STATUS_DUE
#define DECLINED        OV_RIGHT_STATUS_DECLINED
#define NOT_MET         OV_RIGHT_STATUS_NOT_MET

#define MAX_DEMO_RIGHTS 5

/* What is usual for a victim some way into an investigation; each strategy adds its own
 * exceptions. */
static const DemoRight rights_first_weeks[] = {
  { R_UNDERSTAND, MET, 0, NULL,
    N_("First contact in the victim’s chosen language, with an interpreter where needed; "
       "understanding checked.") },
  { R_RECORDED, MET, 0, NULL, N_("Crime recorded on the day of the first account.") },
  { R_INFORMATION, MET, 1, NULL,
    N_("Written information about the investigation and about support given and "
       "explained.") },
  { R_SUPPORT, MET, 1, NULL,
    N_("Needs assessed and referrals made (see the safeguarding referrals).") },
  { R_COMPLAIN, MET, 1, NULL, N_("Told how to complain, in their own language.") },
  { R_COMPENSATION, DUE },
  { R_UPDATES, DUE },
};

static const DemoRight rights_investigation[] = {
  { R_UNDERSTAND, MET, 0, NULL,
    N_("First contact in the victim’s chosen language, with an interpreter where needed; "
       "understanding checked.") },
  { R_RECORDED, MET, 0, NULL, N_("Crime recorded on the day of the first account.") },
  { R_INFORMATION, MET, 1, NULL,
    N_("Written information about the investigation and about support given and "
       "explained.") },
  { R_SUPPORT, MET, 1, NULL,
    N_("Needs assessed and referrals made (see the safeguarding referrals).") },
  { R_COMPLAIN, MET, 1, NULL, N_("Told how to complain, in their own language.") },
  { R_COMPENSATION, MET, 14, NULL,
    N_("Told about criminal injuries compensation and compensation orders; the leaflet "
       "given in their language.") },
  { R_UPDATES, MET, 21, NULL,
    N_("Updated as agreed in the strategy; each update is noted in the case file.") },
};

static const DemoRight rights_charged[] = {
  { R_UNDERSTAND, MET, 0, NULL,
    N_("First contact in the victim’s chosen language, with an interpreter where needed; "
       "understanding checked.") },
  { R_RECORDED, MET, 0, NULL, N_("Crime recorded on the day of the first account.") },
  { R_INFORMATION, MET, 1, NULL,
    N_("Written information about the investigation and about support given and "
       "explained.") },
  { R_SUPPORT, MET, 1, NULL,
    N_("Needs assessed and referrals made (see the safeguarding referrals).") },
  { R_COMPLAIN, MET, 1, NULL, N_("Told how to complain, in their own language.") },
  { R_COMPENSATION, MET, 14, NULL,
    N_("Told about criminal injuries compensation and compensation orders; the leaflet "
       "given in their language.") },
  { R_UPDATES, MET, 21, NULL,
    N_("Updated as agreed in the strategy; told of the charge within a day.") },
  { R_STATEMENT, MET, 60, NULL,
    N_("Victim Personal Statement explained and made; it can be updated before "
       "sentencing.") },
};

typedef struct
{
  const DemoRight *rights;
  guint            n_rights;
} DemoRightsProfile;

#define PROFILE(rights) { rights, G_N_ELEMENTS (rights) }

static const DemoRightsProfile profile_first_weeks = PROFILE (rights_first_weeks);
static const DemoRightsProfile profile_investigation = PROFILE (rights_investigation);
static const DemoRightsProfile profile_charged = PROFILE (rights_charged);

typedef struct
{
  int                       person;
  int                       version;     /* 2: a newer draft on top of an agreed version 1 */
  int                       author;
  gboolean                  agreed;
  int                       agreed_by;
  const char               *safeguarding_plan;
  const char               *contact_arrangements;
  int                       update_frequency_days;   /* 0: as drafted */
  OvEnhancedReason          enhanced_reasons;
  const char               *communication_needs;
  const char               *special_measures;
  const char               *support_services;
  const DemoRightsProfile  *profile;
  DemoRight                 rights[MAX_DEMO_RIGHTS];   /* after the profile */
} DemoVictimStrategy;

#define SERIOUS     OV_ENHANCED_REASON_MOST_SERIOUS_CRIME   /* trafficking is one */
#define PERSISTENT  OV_ENHANCED_REASON_PERSISTENTLY_TARGETED
#define VULNERABLE  OV_ENHANCED_REASON_VULNERABLE           /* every child, and more */
#define INTIMIDATED OV_ENHANCED_REASON_INTIMIDATED

/* Most agreed by the case's supervisor; Bianca's, Stephen Ashby's and Lucía Ferrer's
 * still in draft; Marites Ocampo's with a newer draft for the trial. Ruslan Bondar and
 * Kyle Denton, both identified days ago, have none yet. */
static const DemoVictimStrategy demo_victim_strategies[] = {
  {
    .person = HARRIER_TYLER, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Out-of-area placement with a safety plan from children’s "
                            "social care; his guardian and MSVLO are the only contacts "
                            "who know where he lives."),
    .contact_arrangements = N_("Through his guardian, or by phone with his guardian "
                               "present."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | VULNERABLE | INTIMIDATED,
    .special_measures = N_("Live link and a registered intermediary, granted in July "
                           "2025."),
    .support_services = N_("Independent child trafficking guardian; youth worker; "
                           "children’s social care."),
    .profile = &profile_charged,
    .rights = {
      { R_TRIAL, MET, 0, "2025-07-21",
        N_("Special measures explained and granted; a pre-trial visit to the court is "
           "booked.") },
    },
  },
  {
    .person = HARRIER_MASON, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Residential placement out of the area; social media safety "
                            "plan updated after the contact in October 2026."),
    .contact_arrangements = N_("Through his guardian; never by direct message."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | VULNERABLE | INTIMIDATED,
    .special_measures = N_("Live link and a registered intermediary, granted in July "
                           "2025."),
    .support_services = N_("Independent child trafficking guardian; residential care "
                           "team; children’s social care."),
    .profile = &profile_charged,
    .rights = {
      { R_TRIAL, MET, 0, "2025-07-21",
        N_("Special measures explained and granted.") },
      { R_UPDATES, DUE },
    },
  },
  {
    .person = LAPWING_ELENA, .version = 1, .author = OWEN_FLETCHER,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("MSVCC safe house, then her own tenancy; her address is known "
                            "only to her MSVLO."),
    .contact_arrangements = N_("Her MSVLO arranges every contact by phone; a Romanian "
                               "interpreter for anything about the case."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | INTIMIDATED,
    .communication_needs = N_("Romanian interpreter, a woman."),
    .support_services = N_("MSVCC outreach; ISVA; counselling."),
    .profile = &profile_investigation,
    .rights = {
      { R_STATEMENT, DUE },
    },
  },
  {
    .person = LAPWING_IOANA, .version = 1, .author = OWEN_FLETCHER,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("MSVCC safe house; new phone; her sister told how to report "
                            "any approach."),
    .contact_arrangements = N_("Through her MSVLO, with a Romanian interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | INTIMIDATED,
    .communication_needs = N_("Romanian interpreter, a woman."),
    .support_services = N_("MSVCC; ISVA; counselling through the MSVCC."),
    .profile = &profile_investigation,
  },
  {
    .person = LAPWING_MIRELA, .version = 1, .author = OWEN_FLETCHER,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("She declines support and contact with the police: her "
                            "outreach worker keeps the door open, and support is offered "
                            "again whenever she gets in touch."),
    .contact_arrangements = N_("Only through her outreach worker, as she asked; no direct "
                               "contact from the police."),
    .update_frequency_days = 28, .enhanced_reasons = SERIOUS | VULNERABLE,
    .communication_needs = N_("Romanian interpreter, a woman."),
    .support_services = N_("Specialist outreach project; the MSVCC if she changes her "
                           "mind."),
    .profile = &profile_first_weeks,
    .rights = {
      { R_SUPPORT, DECLINED, 0, NULL,
        N_("She declined the MSVCC and an NRM referral; notified anonymously on form "
           "MS1.") },
      { R_COMPENSATION, DECLINED, 0, NULL,
        N_("She did not want the information at first contact.") },
      { R_UPDATES, DECLINED, 0, NULL,
        N_("She asked, through her outreach worker, for no updates from the police "
           "(August 2026).") },
    },
  },
  {
    .person = MERLIN_MARITES, .version = 1, .author = LIAM_OROURKE,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("MSVCC safe house; the householders on bail not to contact "
                            "her or her family; her family abroad warned."),
    .contact_arrangements = N_("Her MSVLO visits weekly; phone calls with a Tagalog "
                               "interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | INTIMIDATED,
    .communication_needs = N_("Tagalog interpreter for interviews and court; plain "
                              "English is fine day to day."),
    .support_services = N_("MSVCC; immigration advice through the MSVCC; employment "
                           "tribunal claim for her wages."),
    .profile = &profile_charged,
    .rights = {
      { R_PROPERTY, MET, 0, "2025-04-10",
        N_("Her passport, recovered from the householders, returned to her after "
           "copying.") },
    },
  },
  {
    .person = MERLIN_MARITES, .version = 2, .author = LIAM_OROURKE,
    .special_measures = N_("Screens and a pre-trial visit to the court; evidence in chief "
                           "by her recorded interview."),
    .support_services = N_("MSVCC; move-on accommodation through the housing options "
                           "team; immigration advice; employment tribunal claim for her "
                           "wages."),
    .rights = {
      { R_TRIAL, DUE },
    },
  },
  {
    .person = CURLEW_VALENTIN, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("MSVCC accommodation away from the caravan site; weekly "
                            "contact with his MSVLO."),
    .contact_arrangements = N_("His MSVLO, with a Bulgarian interpreter."),
    .update_frequency_days = 28, .enhanced_reasons = SERIOUS,
    .communication_needs = N_("Bulgarian interpreter."),
    .support_services = N_("MSVCC; help to find licensed work."),
    .profile = &profile_investigation,
    .rights = {
      { R_STATEMENT, MET, 0, "2025-07-30",
        N_("Made a Victim Personal Statement after his ABE interview.") },
    },
  },
  {
    .person = CURLEW_GRZEGORZ, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("MSVCC support until he found licensed work; now outreach "
                            "only."),
    .contact_arrangements = N_("By phone, in English or Polish as he prefers."),
    .update_frequency_days = 28, .enhanced_reasons = SERIOUS,
    .support_services = N_("MSVCC outreach."),
    .profile = &profile_investigation,
    .rights = {
      { R_STATEMENT, DECLINED, 0, NULL,
        N_("He does not want to make a personal statement; told he can change his mind "
           "before any sentencing.") },
    },
  },
  {
    .person = OSPREY_MINH, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Foster placement; missing-from-care protocol; his guardian "
                            "and MSVLO as the trusted adults."),
    .contact_arrangements = N_("Through his foster carer and guardian, with a Vietnamese "
                               "interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | VULNERABLE | INTIMIDATED,
    .communication_needs = N_("Vietnamese interpreter; short sessions."),
    .special_measures = N_("Live link from a remote site, and his recorded interview as "
                           "his evidence in chief."),
    .support_services = N_("Independent child trafficking guardian; foster care; "
                           "college."),
    .profile = &profile_charged,
    .rights = {
      { R_TRIAL, DUE },
    },
  },
  {
    .person = GOSHAWK_DACIANA, .version = 1, .author = GARETH_LLOYD,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("Supported accommodation away from the begging sites; moved "
                            "again on 23 October after the driver’s approach; weekly "
                            "risk review until the STRO is made."),
    .contact_arrangements = N_("Her MSVLO, in person, with a Romani interpreter."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | INTIMIDATED | PERSISTENT,
    .communication_needs = N_("Romani interpreter; information read aloud, as she does "
                              "not read."),
    .support_services = N_("MSVCC; housing; community health."),
    .profile = &profile_investigation,
    .rights = {
      { R_UPDATES, DUE },
    },
  },
  {
    .person = GOSHAWK_COSTEL, .version = 1, .author = GARETH_LLOYD,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("Section 42 enquiry and care plan; supported accommodation "
                            "with care staff."),
    .contact_arrangements = N_("Through his social worker, with a registered "
                               "intermediary for anything about the case."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | VULNERABLE,
    .communication_needs = N_("Registered intermediary; easy-read information in "
                              "Romanian."),
    .support_services = N_("Adult social care; MSVCC; advocacy service."),
    .profile = &profile_investigation,
  },
  {
    .person = GOSHAWK_VIORICA, .version = 1, .author = GARETH_LLOYD,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("Section 42 enquiry and care plan; accessible supported "
                            "accommodation."),
    .contact_arrangements = N_("Visits at her accommodation, with a Romanian "
                               "interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | VULNERABLE,
    .communication_needs = N_("Romanian interpreter; step-free venues."),
    .support_services = N_("Adult social care; community health; MSVCC."),
    .profile = &profile_investigation,
  },
  {
    .person = NIGHTJAR_DAWIT, .version = 1, .author = ROBERT_FAIRBAIRN,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("Treated as a child while his age is disputed: supported "
                            "accommodation for young people, a key worker and a "
                            "guardian."),
    .contact_arrangements = N_("Through his key worker, with a Tigrinya interpreter."),
    .update_frequency_days = 28, .enhanced_reasons = SERIOUS | VULNERABLE,
    .communication_needs = N_("Tigrinya interpreter."),
    .support_services = N_("Independent child trafficking guardian; immigration legal "
                           "advice."),
    .profile = &profile_investigation,
  },
  {
    .person = NIGHTJAR_AHMED, .version = 1, .author = ROBERT_FAIRBAIRN,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("Foster placement; school place; guardian."),
    .contact_arrangements = N_("Through his foster carer and guardian, with an Arabic "
                               "interpreter."),
    .update_frequency_days = 28, .enhanced_reasons = SERIOUS | VULNERABLE,
    .communication_needs = N_("Arabic interpreter (Sudanese dialect)."),
    .support_services = N_("Independent child trafficking guardian; foster care."),
    .profile = &profile_investigation,
  },
  {
    .person = SKYLARK_PRAKASH, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("His own room, found with his victim navigator; the owner "
                            "does not know where he lives."),
    .contact_arrangements = N_("Through his victim navigator, after 6 pm."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS,
    .communication_needs = N_("Nepali interpreter for interviews."),
    .support_services = N_("Victim navigator; immigration advice; HMRC arrears claim."),
    .profile = &profile_investigation,
    .rights = {
      { R_STATEMENT, MET, 0, "2025-11-12",
        N_("Made a Victim Personal Statement with his victim navigator present.") },
    },
  },
  {
    .person = AVOCET_KIERAN, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Child in need plan; safety plan agreed with his mother and "
                            "social worker; youth worker; new phone number."),
    .contact_arrangements = N_("His mother first, then Kieran; never at college."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | VULNERABLE | INTIMIDATED,
    .support_services = N_("Independent child trafficking guardian; youth worker; "
                           "children’s social care."),
    .profile = &profile_investigation,
    .rights = {
      { R_STATEMENT, DECLINED, 0, NULL,
        N_("He does not want to make a statement while the line holders are at large; "
           "asked again after their arrest.") },
    },
  },
  {
    .person = BITTERN_ANDREEA, .version = 1, .author = NADIA_KOWALSKI,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("MSVCC safe house; the hotel chain told to alert us to any "
                            "booking in her name."),
    .contact_arrangements = N_("Her MSVLO, by phone or at the safe house."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | INTIMIDATED,
    .support_services = N_("MSVCC; ISVA."),
    .profile = &profile_investigation,
  },
  {
    .person = BITTERN_BIANCA, .version = 1, .author = LIAM_OROURKE,
    .safeguarding_plan = N_("Emergency accommodation through the MSVCC while her support "
                            "is assessed."),
    .contact_arrangements = N_("Her MSVLO, with a Romanian interpreter."),
    .enhanced_reasons = SERIOUS,
    .communication_needs = N_("Romanian interpreter, a woman."),
    .profile = &profile_first_weeks,
  },
  {
    .person = BITTERN_CARLA, .version = 1, .author = LIAM_OROURKE,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("She declines support: welfare visits at the hotels whenever "
                            "the chain flags a booking, with support offered each time."),
    .contact_arrangements = N_("Her MSVLO at welfare visits, with a Hungarian "
                               "interpreter."),
    .update_frequency_days = 28, .enhanced_reasons = SERIOUS | VULNERABLE,
    .communication_needs = N_("Hungarian interpreter."),
    .support_services = N_("Offered at each visit: MSVCC, ISVA, drug and alcohol "
                           "service."),
    .profile = &profile_first_weeks,
    .rights = {
      { R_UPDATES, NOT_MET, 0, NULL,
        N_("No update possible: she has not been seen since 16 November and her phone is "
           "off.") },
      { R_COMPENSATION, NOT_MET, 0, NULL,
        N_("Not yet explained: she ended the visit before it could be covered.") },
    },
  },
  {
    .person = DUNLIN_MIHAIL, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = RAVI_CHANDRAN,
    .safeguarding_plan = N_("MSVCC accommodation away from the agency’s houses."),
    .contact_arrangements = N_("His SPOC, with a Romanian or Russian interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | INTIMIDATED,
    .communication_needs = N_("Romanian or Russian interpreter."),
    .support_services = N_("MSVCC; help with his injury claim."),
    .profile = &profile_investigation,
  },
  {
    .person = FIELDFARE_SAMIRA, .version = 1, .author = KATE_LINDQVIST,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("Refuge with a marker on the address; the family must not "
                            "learn where she is; forced marriage protection order "
                            "considered."),
    .contact_arrangements = N_("Through the refuge manager, by arrangement, with her "
                               "approved interpreter only."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | INTIMIDATED | VULNERABLE,
    .communication_needs = N_("Female Sylheti interpreter she has approved, never one from "
                              "the family’s community."),
    .special_measures = N_("Screens and her recorded interview, if there is a trial."),
    .support_services = N_("Refuge; ISVA; immigration advice on the domestic violence "
                           "concession."),
    .profile = &profile_investigation,
    .rights = {
      { R_STATEMENT, MET, 0, "2026-05-06",
        N_("Made a Victim Personal Statement with her ISVA and interpreter.") },
    },
  },
  {
    .person = GREENSHANK_LINH, .version = 1, .author = LIAM_OROURKE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("MSVCC accommodation; her documents returned; the third "
                            "owner’s associates watched for."),
    .contact_arrangements = N_("Her MSVLO, with a Vietnamese interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS | INTIMIDATED,
    .communication_needs = N_("Vietnamese interpreter."),
    .special_measures = N_("Screens at the trial in April 2027."),
    .support_services = N_("MSVCC; English classes."),
    .profile = &profile_charged,
    .rights = {
      { R_PROPERTY, MET, 0, "2026-05-14",
        N_("Her passport and ID card, seized from the nail bar, returned after "
           "copying.") },
      { R_TRIAL, DUE },
    },
  },
  {
    .person = GREENSHANK_NGOC, .version = 1, .author = LIAM_OROURKE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Foster placement; missing-from-care protocol; guardian; "
                            "no contact with the owners’ families."),
    .contact_arrangements = N_("Through her foster carer and guardian, with a Vietnamese "
                               "interpreter."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | VULNERABLE | INTIMIDATED,
    .communication_needs = N_("Vietnamese interpreter; short sessions."),
    .special_measures = N_("Live link and her recorded interview as evidence in chief."),
    .support_services = N_("Independent child trafficking guardian; foster care; "
                           "school."),
    .profile = &profile_charged,
  },
  {
    .person = KITTIWAKE_ARDIT, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("MSVCC accommodation; the NCA liaison officer told of every "
                            "threat to his family abroad."),
    .contact_arrangements = N_("His SPOC, weekly, with an Albanian interpreter."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | INTIMIDATED,
    .communication_needs = N_("Albanian interpreter."),
    .support_services = N_("MSVCC; immigration advice."),
    .profile = &profile_investigation,
  },
  {
    .person = KITTIWAKE_BESNIK, .version = 1, .author = AISHA_OKAFOR,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("MSVCC accommodation."),
    .contact_arrangements = N_("His SPOC, with an Albanian interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS,
    .communication_needs = N_("Albanian interpreter."),
    .support_services = N_("MSVCC; immigration advice."),
    .profile = &profile_investigation,
  },
  {
    .person = LINNET_EBO, .version = 1, .author = ROBERT_FAIRBAIRN,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("MSVCC accommodation; he keeps his passport; a port alert "
                            "against any attempt to take him abroad."),
    .contact_arrangements = N_("Through his victim navigator."),
    .update_frequency_days = 28, .enhanced_reasons = SERIOUS,
    .support_services = N_("Victim navigator; MSVCC; NHS counselling."),
    .profile = &profile_investigation,
  },
  {
    .person = REDSTART_JAKE, .version = 1, .author = MEGAN_HARTE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Supported housing; no contact with the driver."),
    .contact_arrangements = N_("His SPOC, by phone."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS,
    .support_services = N_("Supported housing; MSVCC outreach."),
    .profile = &profile_investigation,
  },
  {
    .person = REDSTART_AARON, .version = 1, .author = MEGAN_HARTE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Supported housing; the NRM offered again at each "
                            "review."),
    .contact_arrangements = N_("His SPOC, by phone."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS,
    .support_services = N_("Supported housing; drug and alcohol service."),
    .profile = &profile_investigation,
    .rights = {
      { R_SUPPORT, DECLINED, 0, NULL,
        N_("He declines MSVCC support and the NRM; housing support accepted.") },
    },
  },
  {
    .person = REDSTART_SHANNON, .version = 1, .author = MEGAN_HARTE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Supported housing near her sister; new phone."),
    .contact_arrangements = N_("Her SPOC, by message first."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS,
    .support_services = N_("Supported housing; college course."),
    .profile = &profile_investigation,
  },
  {
    .person = REDSTART_RYAN, .version = 1, .author = MEGAN_HARTE,
    .agreed = TRUE, .agreed_by = JOANNA_PRYCE,
    .safeguarding_plan = N_("Supported housing; daily check-ins since he was found on 24 "
                            "November."),
    .contact_arrangements = N_("His SPOC, daily this week."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | VULNERABLE,
    .support_services = N_("Supported housing; MSVCC outreach."),
    .profile = &profile_investigation,
    .rights = {
      { R_UPDATES, DUE },
    },
  },
  {
    .person = TEAL_FARRUKH, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("MSVCC accommodation while the NRM reconsideration is "
                            "decided."),
    .contact_arrangements = N_("His victim navigator, with an Uzbek interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS,
    .communication_needs = N_("Uzbek interpreter."),
    .support_services = N_("Victim navigator; MSVCC; legal advice on the NRM "
                           "reconsideration."),
    .profile = &profile_investigation,
  },
  {
    .person = TEAL_AZAMAT, .version = 1, .author = TOM_WHITLOCK,
    .agreed = TRUE, .agreed_by = HELEN_MARSH,
    .safeguarding_plan = N_("MSVCC accommodation."),
    .contact_arrangements = N_("His victim navigator, with a Kyrgyz interpreter."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS,
    .communication_needs = N_("Kyrgyz or Russian interpreter."),
    .support_services = N_("Victim navigator; MSVCC."),
    .profile = &profile_investigation,
    .rights = {
      { R_STATEMENT, MET, 0, "2026-09-24",
        N_("Made a Victim Personal Statement after his ABE interview.") },
    },
  },
  {
    .person = TURNSTONE_STEPHEN, .version = 1, .author = LIAM_OROURKE,
    .safeguarding_plan = N_("Section 42 plan; closure order on the flat; daily visits "
                            "from his support worker."),
    .contact_arrangements = N_("His MSVLO, with his advocate present."),
    .update_frequency_days = 7, .enhanced_reasons = SERIOUS | VULNERABLE,
    .communication_needs = N_("Easy-read information; an advocate; a registered "
                              "intermediary for interviews."),
    .support_services = N_("Adult social care; housing; advocacy service."),
    .profile = &profile_first_weeks,
  },
  {
    .person = WAXWING_LUCIA, .version = 1, .author = AISHA_OKAFOR,
    .safeguarding_plan = N_("College hostel; her passport back with her."),
    .contact_arrangements = N_("By message, with her college tutor’s help if she asks "
                               "for it."),
    .update_frequency_days = 14, .enhanced_reasons = SERIOUS,
    .support_services = N_("College welfare team; employment advice on her unpaid "
                           "wages."),
    .profile = &profile_first_weeks,
    .rights = {
      { R_PROPERTY, MET, 0, "2026-10-22",
        N_("Her passport recovered from the family and returned to her.") },
    },
  },
};

static const int demo_supervisors[] = { HELEN_MARSH, RAVI_CHANDRAN, JOANNA_PRYCE };

typedef struct
{
  OvStaff  *staff[N_DEMO_STAFF];
  OvCase   *cases[N_DEMO_CASES];
  OvPerson *people[N_DEMO_PEOPLE];
  int       linked;    /* who the pseudo-account is linked to, or NOBODY */
  gboolean  ad_hoc_raised[G_N_ELEMENTS (demo_ad_hoc_actions)];
} DemoLoad;

/* What has been written for one case so far. */
typedef struct
{
  gint64  case_id;
  GArray *review_ids;     /* gint64, in the order the reviews were held */
  GArray *decision_ids;   /* gint64, by decision number - 1 */
  GArray *actions;        /* DemoActionRecord */
  gboolean draft_review;  /* a review is still in draft: no other can start */
} CaseRun;

typedef struct
{
  gint64            id;
  const DemoAction *data;
} DemoActionRecord;

static void
demo_load_clear (DemoLoad *load)
{
  for (guint i = 0; i < N_DEMO_STAFF; i++)
    g_clear_object (&load->staff[i]);
  for (guint i = 0; i < N_DEMO_CASES; i++)
    g_clear_object (&load->cases[i]);
  for (guint i = 0; i < N_DEMO_PEOPLE; i++)
    g_clear_object (&load->people[i]);
}

static void
case_run_clear (CaseRun *run)
{
  g_clear_pointer (&run->review_ids, g_array_unref);
  g_clear_pointer (&run->decision_ids, g_array_unref);
  g_clear_pointer (&run->actions, g_array_unref);
}

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

static gint64
staff_id (DemoLoad *load,
          int       who)
{
  return id_of (load->staff[who]);
}

/* Reloads a staff record: linking the account to one person unlinks the one before, which
 * leaves our copy of them out of date. */
static gboolean
refresh_staff (OvStore   *store,
               DemoLoad  *load,
               int        who,
               GError   **error)
{
  g_autoptr(OvStaff) fresh = ov_store_load (store, OV_TYPE_STAFF, staff_id (load, who), error);

  if (fresh == NULL)
    return FALSE;
  g_set_object (&load->staff[who], fresh);
  return TRUE;
}

/* Makes @who the current user, as if they were at the keyboard. */
static gboolean
act_as (OvStore   *store,
        DemoLoad  *load,
        int        who,
        GError   **error)
{
  if (load->linked == who)
    return TRUE;
  if (!refresh_staff (store, load, who, error) ||
      !ov_store_link_account (store, load->staff[who], error))
    return FALSE;
  load->linked = who;
  return TRUE;
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
  if (!act_as (store, load, supervisor, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_allocations); i++)
    {
      const DemoAllocation *data = &demo_allocations[i];
      g_autoptr(OvAllocation) allocation = NULL;

      if (demo_cases[data->case_index].supervisor != supervisor)
        continue;

      allocation = ov_store_allocate (store,
                                      id_of (load->cases[data->case_index]),
                                      staff_id (load, data->staff_index),
                                      data->role,
                                      data->override_rationale != NULL
                                        ? _(data->override_rationale) : NULL,
                                      error);
      if (allocation == NULL)
        return FALSE;
    }
  return TRUE;
}

/* ---- Strategies ---------------------------------------------------------------------- */

static void
set_text (OvStrategy  *strategy,
          const char  *property,
          const char  *text)
{
  if (text != NULL)
    g_object_set (strategy, property, _(text), NULL);
}

/* Drafts a strategy version as its author and, if it was agreed, agrees it as the
 * supervisor. A version 2 starts as a copy of version 1 and its lines of enquiry. */
static gboolean
write_strategy (OvStore             *store,
                DemoLoad            *load,
                CaseRun             *run,
                const DemoStrategy  *data,
                GError             **error)
{
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(GPtrArray) copied = NULL;

  if (!act_as (store, load, data->author, error))
    return FALSE;
  strategy = ov_store_draft_strategy (store, run->case_id, error);
  if (strategy == NULL)
    return FALSE;
  g_assert (ov_strategy_get_version (strategy) == data->version);

  set_text (strategy, "parameters", data->parameters);
  set_text (strategy, "aims", data->aims);
  if (data->financial_investigation != OV_FINANCIAL_INVESTIGATION_NOT_CONSIDERED)
    ov_strategy_set_financial_investigation (strategy, data->financial_investigation);
  set_text (strategy, "financial-rationale", data->financial_rationale);
  if (data->rocu_notified_on != NULL)
    ov_strategy_set_rocu_notified_on (strategy, data->rocu_notified_on);
  if (data->orders_considered != OV_ORDERS_CONSIDERED_NOT_YET)
    ov_strategy_set_orders_considered (strategy, data->orders_considered);
  set_text (strategy, "orders-rationale", data->orders_rationale);
  set_text (strategy, "intelligence-plan", data->intelligence_plan);
  set_text (strategy, "forensic-plan", data->forensic_plan);
  set_text (strategy, "suspect-plan", data->suspect_plan);
  set_text (strategy, "communications-plan", data->communications_plan);
  if (!ov_store_save (store, OV_RECORD (strategy), error))
    return FALSE;

  copied = ov_store_list_lines_of_enquiry (store, id_of (strategy), error);
  if (copied == NULL)
    return FALSE;
  for (guint i = 0; i < MAX_DEMO_LINES && data->lines[i].title != NULL; i++)
    {
      g_autoptr(OvLineOfEnquiry) line = ov_line_of_enquiry_new ();

      ov_line_of_enquiry_set_strategy_id (line, id_of (strategy));
      ov_line_of_enquiry_set_case_id (line, run->case_id);
      ov_line_of_enquiry_set_position (line, copied->len + i + 1);
      ov_line_of_enquiry_set_title (line, _(data->lines[i].title));
      ov_line_of_enquiry_set_description (line, _(data->lines[i].description));
      if (!ov_store_save (store, OV_RECORD (line), error))
        return FALSE;
    }

  if (!data->agreed)
    return TRUE;
  return act_as (store, load, data->agreed_by, error) &&
         ov_store_agree_strategy (store, strategy, error);
}

static gboolean
write_strategies (OvStore   *store,
                  DemoLoad  *load,
                  CaseRun   *run,
                  int        case_index,
                  int        version,
                  GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_strategies); i++)
    {
      const DemoStrategy *data = &demo_strategies[i];

      if (data->case_index == case_index && data->version == version &&
          !write_strategy (store, load, run, data, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- Actions ------------------------------------------------------------------------- */

static gboolean
raise_action (OvStore           *store,
              DemoLoad          *load,
              CaseRun           *run,
              gint64             review_id,
              const DemoAction  *data,
              GError           **error)
{
  g_autoptr(OvAction) action = ov_action_new ();
  DemoActionRecord record;

  ov_action_set_case_id (action, run->case_id);
  ov_action_set_review_id (action, review_id);
  ov_action_set_description (action, _(data->description));
  ov_action_set_owner_id (action, staff_id (load, data->owner));
  ov_action_set_due_on (action, data->due_on);
  if (!ov_store_save (store, OV_RECORD (action), error))
    return FALSE;

  record.id = id_of (action);
  record.data = data;
  g_array_append_val (run->actions, record);
  return TRUE;
}

/* Raises the case's actions set between reviews, up to the day before @before (all of
 * them if @before is %NULL). */
static gboolean
raise_ad_hoc_actions (OvStore     *store,
                      DemoLoad    *load,
                      CaseRun     *run,
                      int          case_index,
                      const char  *before,
                      GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_ad_hoc_actions); i++)
    {
      const DemoAdHocAction *data = &demo_ad_hoc_actions[i];

      if (data->case_index != case_index || load->ad_hoc_raised[i] ||
          (before != NULL && strcmp (data->raised_on, before) >= 0))
        continue;
      if (!raise_action (store, load, run, 0, &data->action, error))
        return FALSE;
      load->ad_hoc_raised[i] = TRUE;
    }
  return TRUE;
}

/* Completes or cancels the actions finished before @before (all of them if @before is
 * %NULL) that no review has closed. */
static gboolean
finish_actions (OvStore     *store,
                CaseRun     *run,
                const char  *before,
                GError     **error)
{
  for (guint i = 0; i < run->actions->len; i++)
    {
      const DemoActionRecord *record = &g_array_index (run->actions, DemoActionRecord, i);
      const DemoAction *data = record->data;
      g_autoptr(OvAction) action = NULL;

      if (data->status == OV_ACTION_STATUS_OPEN ||
          (before != NULL && strcmp (data->closed_on, before) >= 0))
        continue;

      action = ov_store_load (store, OV_TYPE_ACTION, record->id, error);
      if (action == NULL)
        return FALSE;
      if (ov_action_get_status (action) != OV_ACTION_STATUS_OPEN)
        continue;

      ov_action_set_status (action, data->status);
      if (data->status == OV_ACTION_STATUS_DONE)
        ov_action_set_completed_on (action, data->closed_on);
      else
        ov_action_set_cancel_reason (action, _(data->cancel_reason));
      if (!ov_store_save (store, OV_RECORD (action), error))
        return FALSE;
    }
  return TRUE;
}

/* ---- Reviews ------------------------------------------------------------------------- */

static gboolean
record_line_progress (OvStore           *store,
                      OvReview          *review,
                      const DemoReview  *data,
                      GError           **error)
{
  g_autoptr(GPtrArray) rows = ov_store_list_review_lines (store, id_of (review), error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < MAX_DEMO_LINES && data->progress[i].line > 0; i++)
    {
      const DemoProgress *progress = &data->progress[i];
      gboolean found = FALSE;

      for (guint j = 0; j < rows->len && !found; j++)
        {
          OvReviewLine *row = g_ptr_array_index (rows, j);
          g_autoptr(OvLineOfEnquiry) line = NULL;

          line = ov_store_load (store, OV_TYPE_LINE_OF_ENQUIRY,
                                ov_review_line_get_line_id (row), error);
          if (line == NULL)
            return FALSE;
          if (ov_line_of_enquiry_get_position (line) != progress->line)
            continue;

          found = TRUE;
          ov_review_line_set_progress (row, _(progress->progress));
          ov_review_line_set_status (row, progress->status);
          if (progress->closure_rationale != NULL)
            ov_review_line_set_closure_rationale (row, _(progress->closure_rationale));
          if (!ov_store_save (store, OV_RECORD (row), error))
            return FALSE;
        }

      /* A review only records progress on the open lines of the strategy in force. */
      g_assert (found);
    }
  return TRUE;
}

/* Actions finished on the day of the review are closed by the review itself. */
static gboolean
record_action_checks (OvStore     *store,
                      CaseRun     *run,
                      OvReview    *review,
                      const char  *held_on,
                      GError     **error)
{
  g_autoptr(GPtrArray) checks = ov_store_list_review_action_checks (store, id_of (review),
                                                                    error);

  if (checks == NULL)
    return FALSE;

  for (guint i = 0; i < checks->len; i++)
    {
      OvReviewActionCheck *check = g_ptr_array_index (checks, i);
      gint64 action_id = ov_review_action_check_get_action_id (check);
      const DemoAction *data = NULL;

      for (guint j = 0; j < run->actions->len && data == NULL; j++)
        {
          const DemoActionRecord *record = &g_array_index (run->actions, DemoActionRecord, j);

          if (record->id == action_id)
            data = record->data;
        }
      g_assert (data != NULL);

      if (data->status == OV_ACTION_STATUS_OPEN || g_strcmp0 (data->closed_on, held_on) != 0)
        continue;

      ov_review_action_check_set_status (check, data->status);
      if (data->status == OV_ACTION_STATUS_CANCELLED)
        ov_review_action_check_set_note (check, _(data->cancel_reason));
      if (!ov_store_save (store, OV_RECORD (check), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
hold_review (OvStore           *store,
             DemoLoad          *load,
             CaseRun           *run,
             const DemoReview  *data,
             GError           **error)
{
  g_autoptr(OvReview) review = NULL;
  g_autoptr(GArray) attendees = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *held_on = ov_date_of_timestamp (data->held_at);
  gint64 review_id;

  /* What happened since the last review is in place before this one starts. */
  if (!raise_ad_hoc_actions (store, load, run, data->case_index, held_on, error) ||
      !finish_actions (store, run, held_on, error))
    return FALSE;

  /* Starting a review while one is in draft would carry on with that one instead. */
  g_assert (!run->draft_review);
  if (!act_as (store, load, data->reviewer, error))
    return FALSE;
  review = ov_store_start_review (store, run->case_id, data->type, data->trigger,
                                  data->trigger_detail != NULL ? _(data->trigger_detail)
                                                               : NULL,
                                  error);
  if (review == NULL)
    return FALSE;

  ov_review_set_held_at (review, data->held_at);
  if (data->type != OV_REVIEW_TYPE_CLOSURE)
    {
      g_autofree char *proposed = ov_store_propose_next_review (store, run->case_id, held_on);
      g_autofree char *next = NULL;

      if (data->next_review_days > 0)
        next = ov_date_add_days (held_on, data->next_review_days);
      ov_review_set_proposed_next_review_on (review, proposed);
      ov_review_set_next_review_on (review, next != NULL ? next : proposed);
      if (data->next_review_reason != NULL)
        ov_review_set_next_review_reason (review, _(data->next_review_reason));
    }

  for (int who = 0; who < N_DEMO_STAFF; who++)
    {
      if (data->attendees & WITH (who))
        {
          gint64 id = staff_id (load, who);

          g_array_append_val (attendees, id);
        }
    }
  ov_review_set_attendees (review, (const gint64 *) attendees->data, attendees->len);

  ov_review_set_risk_reassessed (review, data->risk_notes != NULL);
  if (data->risk_notes != NULL)
    ov_review_set_risk_notes (review, _(data->risk_notes));
  if (data->directions != NULL)
    ov_review_set_directions (review, _(data->directions));
  ov_review_set_parameters_confirmed (review, !data->draft);
  ov_review_set_ownership_confirmed (review, !data->draft);

  if (!record_line_progress (store, review, data, error) ||
      !record_action_checks (store, run, review, held_on, error))
    return FALSE;

  if (data->draft)
    {
      if (!ov_store_save (store, OV_RECORD (review), error))
        return FALSE;
    }
  else if (!ov_store_sign_off_review (store, review, error))
    return FALSE;

  review_id = id_of (review);
  g_array_append_val (run->review_ids, review_id);
  run->draft_review = data->draft;

  for (guint i = 0; i < MAX_DEMO_ACTIONS && data->actions[i].description != NULL; i++)
    {
      if (!raise_action (store, load, run, review_id, &data->actions[i], error))
        return FALSE;
    }
  return TRUE;
}

static gint64
nth_review_id (CaseRun *run,
               int      nth)
{
  if (nth <= 0)
    return 0;
  g_assert ((guint) nth <= run->review_ids->len);
  return g_array_index (run->review_ids, gint64, nth - 1);
}

/* ---- Decision log and addenda -------------------------------------------------------- */

static gboolean
record_decisions (OvStore   *store,
                  DemoLoad  *load,
                  CaseRun   *run,
                  int        case_index,
                  GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_decisions); i++)
    {
      const DemoDecision *data = &demo_decisions[i];
      g_autoptr(OvDecision) decision = NULL;
      gint64 decision_id;

      if (data->case_index != case_index)
        continue;

      if (!act_as (store, load, data->decision_maker, error))
        return FALSE;

      decision = ov_decision_new ();
      ov_decision_set_case_id (decision, run->case_id);
      ov_decision_set_decided_at (decision, data->decided_at);
      ov_decision_set_decision_maker_id (decision, staff_id (load, data->decision_maker));
      ov_decision_set_decision (decision, _(data->decision));
      ov_decision_set_rationale (decision, _(data->rationale));
      if (data->options_rejected != NULL)
        ov_decision_set_options_rejected (decision, _(data->options_rejected));
      ov_decision_set_review_id (decision, nth_review_id (run, data->review));
      if (data->supersedes > 0)
        {
          g_assert ((guint) data->supersedes <= run->decision_ids->len);
          ov_decision_set_supersedes_id (decision, g_array_index (run->decision_ids, gint64,
                                                                  data->supersedes - 1));
        }
      if (!ov_store_record_decision (store, decision, error))
        return FALSE;

      decision_id = id_of (decision);
      g_array_append_val (run->decision_ids, decision_id);
    }
  return TRUE;
}

static gboolean
add_addenda (OvStore   *store,
             DemoLoad  *load,
             CaseRun   *run,
             int        case_index,
             GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_addenda); i++)
    {
      const DemoAddendum *data = &demo_addenda[i];
      g_autoptr(OvReview) review = NULL;
      g_autoptr(OvAddendum) addendum = NULL;

      if (data->case_index != case_index)
        continue;

      if (!act_as (store, load, data->author, error))
        return FALSE;
      review = ov_store_load (store, OV_TYPE_REVIEW, nth_review_id (run, data->review), error);
      if (review == NULL)
        return FALSE;
      addendum = ov_store_add_addendum (store, review, _(data->text), error);
      if (addendum == NULL)
        return FALSE;
    }
  return TRUE;
}

/* One case's oversight in the order it happened: the first strategy, the reviews with the
 * actions set at them and between them, the decision log, then any newer draft strategy. */
static gboolean
oversee_case (OvStore   *store,
              DemoLoad  *load,
              int        case_index,
              GError   **error)
{
  CaseRun run = {
    .case_id = id_of (load->cases[case_index]),
    .review_ids = g_array_new (FALSE, FALSE, sizeof (gint64)),
    .decision_ids = g_array_new (FALSE, FALSE, sizeof (gint64)),
    .actions = g_array_new (FALSE, FALSE, sizeof (DemoActionRecord)),
  };
  gboolean ok;

  ok = write_strategies (store, load, &run, case_index, 1, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (demo_reviews); i++)
    {
      if (demo_reviews[i].case_index == case_index)
        ok = hold_review (store, load, &run, &demo_reviews[i], error);
    }
  ok = ok &&
       raise_ad_hoc_actions (store, load, &run, case_index, NULL, error) &&
       finish_actions (store, &run, NULL, error) &&
       record_decisions (store, load, &run, case_index, error) &&
       add_addenda (store, load, &run, case_index, error) &&
       write_strategies (store, load, &run, case_index, 2, error);

  case_run_clear (&run);
  return ok;
}

/* ---- Victims and safeguarding ------------------------------------------------------- */

static const char *
translated (const char *text)
{
  return text != NULL ? _(text) : NULL;
}

/* A person as the officer in the case records them. */
static gboolean
record_person (OvStore   *store,
               DemoLoad  *load,
               int        who,
               GError   **error)
{
  const DemoPerson *data = &demo_people[who];
  g_autoptr(OvPerson) person = ov_person_new ();

  if (!act_as (store, load, demo_victim_recorders[data->case_index], error))
    return FALSE;

  ov_person_set_case_id (person, id_of (load->cases[data->case_index]));
  ov_person_set_name (person, data->name);
  ov_person_set_pseudonym (person, data->pseudonym);
  ov_person_set_roles (person, data->roles);
  ov_person_set_age_status (person, data->age_status);
  ov_person_set_date_of_birth (person, data->date_of_birth);
  ov_person_set_gender (person, data->gender);
  ov_person_set_nationality (person, translated (data->nationality));
  ov_person_set_languages (person, translated (data->languages));
  ov_person_set_interpreter_needed (person, data->interpreter_needed);
  ov_person_set_care_needs (person, data->care_needs);
  ov_person_set_exploitation_types (person, data->exploitation_types);
  ov_person_set_identified_on (person, data->identified_on);
  ov_person_set_status (person, data->status);
  if (data->s45_decision != OV_S45_DECISION_NOT_CONSIDERED)
    {
      ov_person_set_s45_decision (person, data->s45_decision);
      ov_person_set_s45_decided_on (person, data->s45_decided_on);
      ov_person_set_s45_rationale (person, _(data->s45_rationale));
    }

  if (!ov_store_save (store, OV_RECORD (person), error))
    return FALSE;
  load->people[who] = g_steal_pointer (&person);
  return TRUE;
}

/* Restricted details are written the only way they can be read: by revealing them, which
 * the audit log records as a consultation with its reason. */
static gboolean
record_restricted (OvStore   *store,
                   DemoLoad  *load,
                   int        who,
                   GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_restricted); i++)
    {
      const DemoRestricted *data = &demo_restricted[i];
      g_autoptr(OvPersonRestricted) details = NULL;

      if (data->person != who)
        continue;

      details = ov_store_reveal_restricted (store, load->people[who],
                                            /* Translators: the reason recorded in the
                                             * audit log for revealing a person's contact
                                             * details while the demonstration data is
                                             * loaded */
                                            _("Demonstration data: recording the contact "
                                              "details."),
                                            error);
      if (details == NULL)
        return FALSE;
      ov_person_restricted_set_address (details, translated (data->address));
      ov_person_restricted_set_phone (details, data->phone);
      ov_person_restricted_set_email (details, data->email);
      ov_person_restricted_set_notes (details, translated (data->notes));
      if (!ov_store_save (store, OV_RECORD (details), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
send_safeguarding_referrals (OvStore   *store,
                             DemoLoad  *load,
                             int        who,
                             GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_safeguarding); i++)
    {
      const DemoSafeguarding *data = &demo_safeguarding[i];
      g_autoptr(OvSafeguardingReferral) referral = NULL;

      if (data->person != who)
        continue;

      referral = ov_safeguarding_referral_new ();
      ov_safeguarding_referral_set_person_id (referral, id_of (load->people[who]));
      ov_safeguarding_referral_set_referral_type (referral, data->type);
      ov_safeguarding_referral_set_agency (referral, _(data->agency));
      ov_safeguarding_referral_set_sent_at (referral, data->sent_at);
      ov_safeguarding_referral_set_outcome (referral, data->outcome);
      ov_safeguarding_referral_set_outcome_on (referral, data->outcome_on);
      ov_safeguarding_referral_set_notes (referral, translated (data->notes));
      if (!ov_store_save (store, OV_RECORD (referral), error))
        return FALSE;
    }
  return TRUE;
}

/* The store checks the route against the person's age: a child or a person whose age is
 * disputed goes on the child route; an adult with consent, or anonymously on MS1. */
static gboolean
refer_to_nrm (OvStore   *store,
              DemoLoad  *load,
              int        who,
              GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_nrm); i++)
    {
      const DemoNrm *data = &demo_nrm[i];
      g_autoptr(OvNrmReferral) referral = NULL;

      if (data->person != who)
        continue;

      referral = ov_nrm_referral_new ();
      ov_nrm_referral_set_person_id (referral, id_of (load->people[who]));
      ov_nrm_referral_set_route (referral, data->route);
      ov_nrm_referral_set_consent_given (referral,
                                         data->route == OV_NRM_ROUTE_NRM_WITH_CONSENT);
      ov_nrm_referral_set_submitted_on (referral, data->submitted_on);
      ov_nrm_referral_set_reference (referral, data->reference);
      ov_nrm_referral_set_decision_maker (referral, data->decision_maker);
      ov_nrm_referral_set_rg_outcome (referral, data->rg_outcome);
      ov_nrm_referral_set_rg_on (referral, data->rg_on);
      ov_nrm_referral_set_cg_outcome (referral, data->cg_outcome);
      ov_nrm_referral_set_cg_on (referral, data->cg_on);
      ov_nrm_referral_set_reconsideration_requested (referral,
                                                     data->reconsideration_requested);
      ov_nrm_referral_set_notes (referral, translated (data->notes));
      if (!ov_store_save (store, OV_RECORD (referral), error))
        return FALSE;
    }
  return TRUE;
}

/* A new lead contact ends the one before, which the store keeps in the history. */
static gboolean
name_support (OvStore   *store,
              DemoLoad  *load,
              int        who,
              GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_support); i++)
    {
      const DemoSupport *data = &demo_support[i];
      g_autoptr(OvVictimSupport) support = NULL;

      if (data->person != who)
        continue;

      support = ov_victim_support_new ();
      ov_victim_support_set_person_id (support, id_of (load->people[who]));
      ov_victim_support_set_role (support, data->role);
      if (data->contact_name != NULL)
        {
          ov_victim_support_set_contact_name (support, data->contact_name);
          ov_victim_support_set_organisation (support, data->organisation);
        }
      else
        ov_victim_support_set_staff_id (support, staff_id (load, data->staff));
      ov_victim_support_set_starts_on (support, data->starts_on);
      ov_victim_support_set_lead (support, data->lead);
      if (!ov_store_assign_support (store, support, error))
        return FALSE;
    }
  return TRUE;
}

/* Each assessment supersedes the one before; a supervisor endorses it, or it waits. */
static gboolean
assess_risks (OvStore   *store,
              DemoLoad  *load,
              int        who,
              GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_risks); i++)
    {
      const DemoRisk *data = &demo_risks[i];
      g_autoptr(OvRiskAssessment) assessment = NULL;

      if (data->person != who)
        continue;

      if (!act_as (store, load, data->assessor, error))
        return FALSE;
      assessment = ov_risk_assessment_new ();
      ov_risk_assessment_set_person_id (assessment, id_of (load->people[who]));
      ov_risk_assessment_set_assessed_on (assessment, data->assessed_on);
      ov_risk_assessment_set_assessor_id (assessment, staff_id (load, data->assessor));
      ov_risk_assessment_set_grade (assessment, data->grade);
      ov_risk_assessment_set_risk_factors (assessment, data->factors);
      ov_risk_assessment_set_other_factor (assessment, translated (data->other_factor));
      ov_risk_assessment_set_threat (assessment, translated (data->threat));
      ov_risk_assessment_set_harm (assessment, translated (data->harm));
      ov_risk_assessment_set_risk (assessment, translated (data->risk));
      ov_risk_assessment_set_investigation (assessment, translated (data->investigation));
      ov_risk_assessment_set_vulnerability (assessment, translated (data->vulnerability));
      ov_risk_assessment_set_engagement (assessment, translated (data->engagement));
      if (!ov_store_add_risk_assessment (store, assessment, error))
        return FALSE;

      if (!data->endorsed)
        continue;
      if (!act_as (store, load, data->endorsed_by, error) ||
          !ov_store_endorse_risk_assessment (store, assessment,
                                             translated (data->endorsement_comment), error))
        return FALSE;
    }
  return TRUE;
}

static void
set_right (OvVictimCodeRight *right,
           const DemoRight   *data,
           const char        *identified_on)
{
  g_autofree char *met_on = NULL;

  ov_victim_code_right_set_status (right, data->status);
  if (data->status == OV_RIGHT_STATUS_MET)
    met_on = data->on != NULL ? g_strdup (data->on)
                              : ov_date_add_days (identified_on, data->days);
  ov_victim_code_right_set_met_on (right, met_on);
  ov_victim_code_right_set_evidence (right, data->status == OV_RIGHT_STATUS_MET
                                              ? translated (data->text) : NULL);
  ov_victim_code_right_set_reason (right, data->status == OV_RIGHT_STATUS_DECLINED ||
                                          data->status == OV_RIGHT_STATUS_NOT_MET
                                            ? translated (data->text) : NULL);
}

/* The state of each of the twelve rights: the profile's, then the strategy's own. A newer
 * version starts with the rights of the one before, so it lists only what changed. */
static gboolean
track_rights (OvStore                   *store,
              OvVictimStrategy          *strategy,
              const DemoVictimStrategy  *data,
              GError                   **error)
{
  const char *identified_on = demo_people[data->person].identified_on;
  g_autoptr(GPtrArray) rights = ov_store_list_code_rights (store, id_of (strategy), error);

  if (rights == NULL)
    return FALSE;

  for (guint i = 0; i < rights->len; i++)
    {
      OvVictimCodeRight *right = g_ptr_array_index (rights, i);
      OvVictimRight which = ov_victim_code_right_get_code_right (right);
      const DemoRight *wanted = NULL;

      for (guint j = 0; data->profile != NULL && j < data->profile->n_rights; j++)
        {
          if (data->profile->rights[j].right == which)
            wanted = &data->profile->rights[j];
        }
      for (guint j = 0;
           j < MAX_DEMO_RIGHTS && data->rights[j].status != OV_RIGHT_STATUS_NOT_YET_DUE;
           j++)
        {
          if (data->rights[j].right == which)
            wanted = &data->rights[j];
        }
      if (wanted == NULL)
        continue;

      set_right (right, wanted, identified_on);
      if (!ov_store_save (store, OV_RECORD (right), error))
        return FALSE;
    }
  return TRUE;
}

/* Drafted by its author and, if it was agreed, agreed by the supervisor. */
static gboolean
write_victim_strategy (OvStore                   *store,
                       DemoLoad                  *load,
                       const DemoVictimStrategy  *data,
                       GError                   **error)
{
  g_autoptr(OvVictimStrategy) strategy = NULL;

  if (!act_as (store, load, data->author, error))
    return FALSE;
  strategy = ov_store_draft_victim_strategy (store, id_of (load->people[data->person]),
                                             error);
  if (strategy == NULL)
    return FALSE;
  g_assert (ov_victim_strategy_get_version (strategy) == data->version);

  if (data->safeguarding_plan != NULL)
    ov_victim_strategy_set_safeguarding_plan (strategy, _(data->safeguarding_plan));
  if (data->contact_arrangements != NULL)
    ov_victim_strategy_set_contact_arrangements (strategy, _(data->contact_arrangements));
  if (data->update_frequency_days > 0)
    ov_victim_strategy_set_update_frequency_days (strategy, data->update_frequency_days);
  if (data->enhanced_reasons != OV_ENHANCED_REASON_NONE)
    ov_victim_strategy_set_enhanced_reasons (strategy, data->enhanced_reasons);
  if (data->communication_needs != NULL)
    ov_victim_strategy_set_communication_needs (strategy, _(data->communication_needs));
  if (data->special_measures != NULL)
    ov_victim_strategy_set_special_measures (strategy, _(data->special_measures));
  if (data->support_services != NULL)
    ov_victim_strategy_set_support_services (strategy, _(data->support_services));
  if (!ov_store_save (store, OV_RECORD (strategy), error) ||
      !track_rights (store, strategy, data, error))
    return FALSE;

  if (!data->agreed)
    return TRUE;
  return act_as (store, load, data->agreed_by, error) &&
         ov_store_agree_victim_strategy (store, strategy, error);
}

static gboolean
write_victim_strategies (OvStore   *store,
                         DemoLoad  *load,
                         int        who,
                         GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_victim_strategies); i++)
    {
      if (demo_victim_strategies[i].person == who &&
          !write_victim_strategy (store, load, &demo_victim_strategies[i], error))
        return FALSE;
    }
  return TRUE;
}

/* Each person with everything done for them, in the order it was done. */
static gboolean
record_people (OvStore   *store,
               DemoLoad  *load,
               GError   **error)
{
  for (int who = 0; who < N_DEMO_PEOPLE; who++)
    {
      if (!record_person (store, load, who, error) ||
          !record_restricted (store, load, who, error) ||
          !send_safeguarding_referrals (store, load, who, error) ||
          !refer_to_nrm (store, load, who, error) ||
          !name_support (store, load, who, error) ||
          !assess_risks (store, load, who, error) ||
          !write_victim_strategies (store, load, who, error))
        return FALSE;
    }
  return TRUE;
}

/* The closure reviews are among the demonstration reviews; the store refuses to close a
 * case without a signed-off one. */
static gboolean
close_cases (OvStore   *store,
             DemoLoad  *load,
             GError   **error)
{
  for (guint i = 0; i < N_DEMO_CASES; i++)
    {
      const DemoCase *data = &demo_cases[i];

      if (data->status != OV_CASE_STATUS_CLOSED)
        continue;

      ov_case_set_status (load->cases[i], OV_CASE_STATUS_CLOSED);
      ov_case_set_closed_on (load->cases[i], data->closed_on);
      if (!ov_store_save (store, OV_RECORD (load->cases[i]), error))
        return FALSE;
    }
  return TRUE;
}

/* Runs with the store's account set to DEMO_ACCOUNT (see ov_demo_load()). Allocating,
 * agreeing strategies and holding reviews need a current user who is a supervisor, and
 * drafting a strategy needs its author, so each demo person in turn is linked to the
 * pseudo-account while doing their part; the link is removed at the end, so no demo person
 * is left as anyone's current user and the audit log shows the whole load as done by
 * "oversight-demo". */
static gboolean
load_in_transaction (OvStore  *store,
                     gpointer  user_data,
                     GError  **error)
{
  DemoLoad *load = user_data;

  if (!save_staff (store, load, error) ||
      !save_cases (store, load, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_supervisors); i++)
    {
      if (!allocate_for (store, load, demo_supervisors[i], error))
        return FALSE;
    }

  for (int i = 0; i < N_DEMO_CASES; i++)
    {
      if (!oversee_case (store, load, i, error))
        return FALSE;
    }

  if (!record_people (store, load, error) ||
      !_ov_demo_load_partners (store, error) ||
      !close_cases (store, load, error) ||
      !_ov_demo_load_readiness (store, error))
    return FALSE;

  /* Linking each person unlinked the one before; only the last is still linked. */
  g_assert (load->linked != NOBODY);
  if (!refresh_staff (store, load, load->linked, error))
    return FALSE;
  ov_staff_set_os_account (load->staff[load->linked], NULL);
  if (!ov_store_save (store, OV_RECORD (load->staff[load->linked]), error))
    return FALSE;
  load->linked = NOBODY;

  if (!refresh_staff (store, load, LEAVER, error))
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
 * PIP2 overrides and one reallocation); for most cases an investigative strategy (some
 * agreed, some with a newer draft, some only drafted), supervisory reviews (one still in
 * draft, one with an addendum, some now overdue), actions (some done, one cancelled, some
 * overdue) and a decision log (with one entry superseding another). The open cases have
 * 55 people: 36 victims (children, one whose age is disputed, some also suspects, one
 * missing), suspects and witnesses; the victims have lead contacts (one changed), victim
 * strategies tracking the Victims' Code (most agreed, some in draft), THRIVE risk
 * assessments (one superseded when the risk rose, some not yet endorsed), safeguarding
 * referrals, and NRM referrals or MS1 notifications at every stage, with a few gaps left
 * for the dashboard to show. Everything is written in one transaction, so it is all there
 * or none of it is. The store's account is left as it was, linked to no demo person:
 * whoever uses the demonstration still chooses their own staff record.
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
  DemoLoad load = { .linked = NOBODY };
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

  /* The demo people do their work under a pseudo-account, never under the real user's
   * account: that account must stay unlinked until its owner picks their own staff
   * record. The real account is put back whatever happens. */
  previous_account = g_strdup (ov_store_get_account (store));
  ov_store_set_account (store, DEMO_ACCOUNT);

  loaded = ov_store_run_in_transaction (store, load_in_transaction, &load, error);

  ov_store_set_account (store, previous_account);
  demo_load_clear (&load);

  return loaded;
}
