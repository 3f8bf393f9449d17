/* ov-demo.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Demonstration data: a small, realistic and entirely fictional modern slavery unit with
 * its staff, cases and allocations, and the oversight of its investigations (strategies,
 * reviews, actions, decision logs), for training, screenshots and trying Oversight out.
 * Every person, operation and place is invented; email addresses use the reserved
 * example domain and telephone numbers the range Ofcom keeps for drama (01632 960xxx).
 * Nothing is random, so two loads give the same records (apart from uuids and times).
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

static const int demo_supervisors[] = { HELEN_MARSH, RAVI_CHANDRAN, JOANNA_PRYCE };

#define NOBODY (-1)

typedef struct
{
  OvStaff  *staff[N_DEMO_STAFF];
  OvCase   *cases[N_DEMO_CASES];
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

  if (!close_cases (store, load, error))
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
 * overdue) and a decision log (with one entry superseding another). Everything is written
 * in one transaction, so it is all there or none of it is. The store's account is left as
 * it was, linked to no demo person: whoever uses the demonstration still chooses their
 * own staff record.
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
  DemoLoad load = { { NULL }, { NULL }, NOBODY, { FALSE } };
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
