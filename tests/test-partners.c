/* test-partners.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partner register and victim reception centre plans: saving with contacts and
 * agencies, deleting only what nothing names, references to partners (not copies of their
 * names) from referrals, victim support and plans, and the force rules at their
 * boundaries.
 */

#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ov-calendar.h"
#include "ov-compliance.h"
#include "ov-demo.h"
#include "ov-enum-types.h"
#include "ov-partners.h"
#include "ov-report-command-line.h"
#include "ov-report-export.h"
#include "ov-reports.h"
#include "ov-settings.h"
#include "ov-util.h"
#include "ov-victims.h"
#include "test-helpers.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

typedef struct
{
  OvStore  *store;
  OvStaff  *supervisor;
  OvCase   *the_case;
  OvPolicy  policy;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = test_store_new ();
  f->supervisor = test_add_supervisor (f->store);
  f->the_case = test_add_case (f->store, "MSHT/2026/0700");
  ov_store_load_policy (f->store, &f->policy);
  /* Boundaries are about "overdue": no "due soon" window in these tests. */
  f->policy.due_soon_days = 0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->the_case);
  g_clear_object (&f->supervisor);
  g_clear_object (&f->store);
}

static OvPartner *
add_partner (Fixture       *f,
             const char    *name,
             OvPartnerType  type)
{
  g_autoptr(GError) error = NULL;
  OvPartner *partner = ov_partner_new ();

  ov_partner_set_name (partner, name);
  ov_partner_set_partner_type (partner, type);
  g_assert_true (ov_store_save_partner (f->store, partner, NULL, &error));
  g_assert_no_error (error);
  return partner;
}

static OvPartnerContact *
contact_new (const char *name,
             const char *role,
             const char *email)
{
  OvPartnerContact *contact = ov_partner_contact_new ();

  ov_partner_contact_set_name (contact, name);
  ov_partner_contact_set_role (contact, role);
  ov_partner_contact_set_email (contact, email);
  return contact;
}

static OvPerson *
add_victim (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OvPerson *person = ov_person_new ();

  ov_person_set_case_id (person, id_of (f->the_case));
  ov_person_set_name (person, "Adult V");
  ov_person_set_roles (person, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (person, OV_AGE_STATUS_ADULT);
  ov_person_set_identified_on (person, "2026-11-20");
  g_assert_true (ov_store_save (f->store, OV_RECORD (person), &error));
  g_assert_no_error (error);
  return person;
}

static gboolean
audited (OvStore    *store,
         const char *uuid,
         const char *action)
{
  g_autoptr(GPtrArray) events = ov_store_list_audit_events (store, uuid, NULL);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      OvAuditEvent *event = events->pdata[i];

      if (g_str_equal (event->action, action))
        return TRUE;
    }
  return FALSE;
}

/* ---- The register ---------------------------------------------------------------------- */

static void
test_partner_with_contacts (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(OvPartner) partner = ov_partner_new ();
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(OvPartner) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 kept_id;

  ov_partner_set_name (partner, "Northshire Children’s Services");
  ov_partner_set_partner_type (partner, OV_PARTNER_TYPE_CHILDRENS_SOCIAL_CARE);
  ov_partner_set_sharing_agreement (partner, OV_SHARING_AGREEMENT_AGREEMENT);
  ov_partner_set_sharing_review_on (partner, "2027-03-31");
  ov_partner_set_last_engaged_on (partner, "2026-10-14");
  ov_partner_set_last_engagement (partner, "Joint exploitation panel");
  g_ptr_array_add (contacts, contact_new ("Ruth Adeyemi", "MASH team manager",
                                          "ruth.adeyemi@northshire.example"));
  g_ptr_array_add (contacts, contact_new ("Emergency duty team", "Out of hours", NULL));
  ov_partner_contact_set_out_of_hours (contacts->pdata[1], "0300 555 0199");

  g_assert_true (ov_store_save_partner (f->store, partner, contacts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id_of (partner), >, 0);
  g_assert_true (audited (f->store, ov_record_get_uuid (OV_RECORD (partner)), "create"));

  reloaded = ov_store_load (f->store, OV_TYPE_PARTNER, id_of (partner), &error);
  g_assert_cmpstr (ov_partner_get_name (reloaded), ==, "Northshire Children’s Services");
  g_assert_cmpint (ov_partner_get_partner_type (reloaded), ==,
                   OV_PARTNER_TYPE_CHILDRENS_SOCIAL_CARE);
  g_assert_cmpint (ov_partner_get_sharing_agreement (reloaded), ==,
                   OV_SHARING_AGREEMENT_AGREEMENT);
  g_assert_cmpstr (ov_partner_get_sharing_review_on (reloaded), ==, "2027-03-31");
  g_assert_cmpstr (ov_partner_get_last_engagement (reloaded), ==, "Joint exploitation panel");

  stored = ov_store_list_partner_contacts (f->store, id_of (partner), &error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpstr (ov_partner_contact_get_name (stored->pdata[0]), ==, "Emergency duty team");
  g_assert_cmpstr (ov_partner_contact_get_out_of_hours (stored->pdata[0]), ==, "0300 555 0199");
  g_assert_cmpint (ov_partner_contact_get_partner_id (stored->pdata[1]), ==, id_of (partner));

  /* Saving with one contact changed and the other gone: the list is what is kept. */
  kept_id = id_of (stored->pdata[1]);
  ov_partner_contact_set_role (stored->pdata[1], "Head of MASH");
  g_ptr_array_remove_index (stored, 0);
  g_assert_true (ov_store_save_partner (f->store, reloaded, stored, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = ov_store_list_partner_contacts (f->store, id_of (partner), &error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpint (id_of (stored->pdata[0]), ==, kept_id);
  g_assert_cmpstr (ov_partner_contact_get_role (stored->pdata[0]), ==, "Head of MASH");

  /* Search finds a partner by a contact's name, and not by anything else. */
  found = ov_store_list_partners (f->store, "adeyemi", &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = ov_store_list_partners (f->store, "GLAA", &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = ov_store_list_partners (f->store, "100%", &error);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_partner_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OvPartner) first = add_partner (f, "Gangmasters and Labour Abuse Authority",
                                            OV_PARTNER_TYPE_GLAA);
  g_autoptr(OvPartner) same = ov_partner_new ();
  g_autoptr(OvPartner) unnamed = ov_partner_new ();
  g_autoptr(OvPartner) no_review = ov_partner_new ();
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  /* The same name in another case is the same partner. */
  ov_partner_set_name (same, "gangmasters and labour abuse authority");
  g_assert_false (ov_store_save_partner (f->store, same, NULL, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (id_of (same), ==, 0);
  g_clear_error (&error);

  g_assert_false (ov_store_save_partner (f->store, unnamed, NULL, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* An agreement needs its review date. */
  ov_partner_set_name (no_review, "HMRC National Minimum Wage");
  ov_partner_set_sharing_agreement (no_review, OV_SHARING_AGREEMENT_PROTOCOL);
  g_assert_false (ov_store_save_partner (f->store, no_review, NULL, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* A bad contact leaves the partner unsaved too: one transaction. */
  ov_partner_set_sharing_review_on (no_review, "2027-01-31");
  g_ptr_array_add (contacts, contact_new ("Dev Patel", "Compliance officer", "not an address"));
  g_assert_false (ov_store_save_partner (f->store, no_review, contacts, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_assert_cmpint (id_of (no_review), ==, 0);
  g_assert_cmpint (ov_store_count (f->store, OV_TYPE_PARTNER), ==, 1);
}

static void
test_delete_partner (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OvPartner) used = add_partner (f, "Northshire Adult Social Care",
                                           OV_PARTNER_TYPE_ADULT_SOCIAL_CARE);
  g_autoptr(OvPartner) unused = add_partner (f, "Old housing association",
                                             OV_PARTNER_TYPE_HOUSING);
  g_autoptr(OvPerson) victim = add_victim (f);
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  ov_safeguarding_referral_set_person_id (referral, id_of (victim));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_ADULT_SAFEGUARDING);
  ov_safeguarding_referral_set_partner_id (referral, id_of (used));
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-20T10:00:00Z");
  g_assert_true (ov_store_save (f->store, OV_RECORD (referral), &error));
  g_assert_no_error (error);

  /* Still named by a referral: kept, with a message that says what to do. */
  g_assert_cmpuint (ov_store_count_partner_uses (f->store, id_of (used), NULL), ==, 1);
  g_assert_false (ov_store_delete_partner (f->store, used, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Northshire Adult Social Care"));
  g_clear_error (&error);
  g_assert_cmpint (ov_store_count (f->store, OV_TYPE_PARTNER), ==, 2);

  /* Named by nothing: deleted with its contacts, and the deletion audited. */
  g_ptr_array_add (contacts, contact_new ("Jo Marsh", "Tenancy officer", NULL));
  g_assert_true (ov_store_save_partner (f->store, unused, contacts, &error));
  uuid = g_strdup (ov_record_get_uuid (OV_RECORD (unused)));
  g_assert_true (ov_store_delete_partner (f->store, unused, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ov_store_count (f->store, OV_TYPE_PARTNER), ==, 1);
  g_assert_cmpint (ov_store_count (f->store, OV_TYPE_PARTNER_CONTACT), ==, 0);
  g_assert_true (audited (f->store, uuid, "delete"));
}

/* ---- References, not copies ------------------------------------------------------------ */

static void
test_references_follow_renaming (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(OvPartner) partner = add_partner (f, "The Salvation Army",
                                              OV_PARTNER_TYPE_ADULT_VICTIM_CARE);
  g_autoptr(OvPerson) victim = add_victim (f);
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(OvSafeguardingReferral) typed = ov_safeguarding_referral_new ();
  g_autoptr(OvVictimSupport) support = ov_victim_support_new ();
  g_autoptr(OvReceptionPlan) plan = ov_reception_plan_new ();
  g_autoptr(OvReceptionPlanAgency) agency = ov_reception_plan_agency_new ();
  g_autoptr(GPtrArray) agencies = g_ptr_array_new ();
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GPtrArray) supports = NULL;
  g_autoptr(GPtrArray) stored_agencies = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = test_store_db (f->store);

  ov_safeguarding_referral_set_person_id (referral, id_of (victim));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_ADULT_VICTIM_CARE);
  ov_safeguarding_referral_set_partner_id (referral, id_of (partner));
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-20T10:00:00Z");
  g_assert_true (ov_store_save (f->store, OV_RECORD (referral), &error));
  g_assert_no_error (error);

  /* An agency not in the register is typed, and kept as typed. */
  ov_safeguarding_referral_set_person_id (typed, id_of (victim));
  ov_safeguarding_referral_set_referral_type (typed, OV_REFERRAL_TYPE_HOUSING);
  ov_safeguarding_referral_set_agency (typed, "Riverside night shelter");
  ov_safeguarding_referral_set_sent_at (typed, "2026-11-21T10:00:00Z");
  g_assert_true (ov_store_save (f->store, OV_RECORD (typed), &error));
  g_assert_no_error (error);

  ov_victim_support_set_person_id (support, id_of (victim));
  ov_victim_support_set_role (support, OV_SUPPORT_ROLE_NAVIGATOR);
  ov_victim_support_set_contact_name (support, "Sam Reyes");
  ov_victim_support_set_partner_id (support, id_of (partner));
  ov_victim_support_set_starts_on (support, "2026-11-21");
  ov_victim_support_set_lead (support, TRUE);
  g_assert_true (ov_store_assign_support (f->store, support, &error));
  g_assert_no_error (error);

  ov_reception_plan_set_name (plan, "Operation reception: Northshire");
  ov_reception_plan_agency_set_partner_id (agency, id_of (partner));
  ov_reception_plan_agency_set_role (agency, "Adult victim care and onward support");
  g_ptr_array_add (agencies, agency);
  g_assert_true (ov_store_save_reception_plan (f->store, plan, agencies, &error));
  g_assert_no_error (error);

  /* What is stored is the reference: no copy of the name anywhere. */
  g_assert_null (test_sql_text (db, "SELECT agency FROM safeguarding_referrals "
                                    "WHERE partner_id IS NOT NULL"));
  g_assert_null (test_sql_text (db, "SELECT organisation FROM victim_support"));
  g_assert_null (test_sql_text (db, "SELECT agency_name FROM reception_plan_agencies"));

  /* The partner is renamed: everything that names it shows the new name. */
  ov_partner_set_name (partner, "Salvation Army (MSVCC)");
  g_assert_true (ov_store_save_partner (f->store, partner, NULL, &error));
  g_assert_no_error (error);

  referrals = ov_store_list_safeguarding_referrals (f->store, id_of (victim), &error);
  g_assert_cmpuint (referrals->len, ==, 2);
  g_assert_cmpstr (ov_safeguarding_referral_get_agency_name (referrals->pdata[0]), ==,
                   "Riverside night shelter");
  g_assert_cmpstr (ov_safeguarding_referral_get_agency_name (referrals->pdata[1]), ==,
                   "Salvation Army (MSVCC)");
  supports = ov_store_list_victim_support (f->store, id_of (victim), &error);
  g_assert_cmpstr (ov_victim_support_get_provider_name (supports->pdata[0]), ==,
                   "Salvation Army (MSVCC)");
  stored_agencies = ov_store_list_plan_agencies (f->store, id_of (plan), &error);
  g_assert_cmpuint (stored_agencies->len, ==, 1);
  g_assert_cmpstr (ov_reception_plan_agency_get_display_name (stored_agencies->pdata[0]), ==,
                   "Salvation Army (MSVCC)");
  g_assert_cmpstr (ov_reception_plan_agency_get_role (stored_agencies->pdata[0]), ==,
                   "Adult victim care and onward support");

  /* Named three times over, so it cannot be deleted. */
  g_assert_cmpuint (ov_store_count_partner_uses (f->store, id_of (partner), NULL), ==, 3);
  g_assert_false (ov_store_delete_partner (f->store, partner, &error));
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_IN_USE);
}

static void
test_plan_with_agencies (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(OvPartner) nhs = add_partner (f, "Northshire NHS Trust", OV_PARTNER_TYPE_NHS);
  g_autoptr(OvReceptionPlan) plan = ov_reception_plan_new ();
  g_autoptr(OvReceptionPlan) found = NULL;
  g_autoptr(GPtrArray) agencies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  OvReceptionPlanAgency *agency;

  ov_reception_plan_set_name (plan, "Spontaneous recovery plan");
  ov_reception_plan_set_scope (plan, OV_PLAN_SCOPE_SPONTANEOUS);
  ov_reception_plan_set_venue (plan, "Northshire Leisure Centre, sports hall");
  ov_reception_plan_set_capacity (plan, 40);
  ov_reception_plan_set_lessons (plan, "Interpreters arrived late");
  /* Lessons need the exercise they came from. */
  g_assert_false (ov_store_save_reception_plan (f->store, plan, NULL, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  ov_reception_plan_set_last_exercised_on (plan, "2026-05-12");

  agency = ov_reception_plan_agency_new ();
  ov_reception_plan_agency_set_partner_id (agency, id_of (nhs));
  ov_reception_plan_agency_set_role (agency, "Health screening");
  g_ptr_array_add (agencies, agency);
  agency = ov_reception_plan_agency_new ();
  ov_reception_plan_agency_set_role (agency, "Interpreting");
  g_ptr_array_add (agencies, agency);
  /* An agency neither picked nor typed is refused, and nothing is saved. */
  g_assert_false (ov_store_save_reception_plan (f->store, plan, agencies, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ov_store_count (f->store, OV_TYPE_RECEPTION_PLAN), ==, 0);

  ov_reception_plan_agency_set_agency_name (agency, "Northshire Interpreting Services");
  g_assert_true (ov_store_save_reception_plan (f->store, plan, agencies, &error));
  g_assert_no_error (error);

  stored = ov_store_list_plan_agencies (f->store, id_of (plan), &error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpstr (ov_reception_plan_agency_get_display_name (stored->pdata[0]), ==,
                   "Northshire NHS Trust");
  g_assert_cmpstr (ov_reception_plan_agency_get_display_name (stored->pdata[1]), ==,
                   "Northshire Interpreting Services");

  found = ov_store_find_reception_plan (f->store, "spontaneous RECOVERY plan", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id_of (found), ==, id_of (plan));
  g_clear_object (&found);
  found = ov_store_find_reception_plan (f->store, "99", &error);
  g_assert_null (found);
  g_assert_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  plans = ov_store_list_reception_plans (f->store, "leisure", &error);
  g_assert_cmpuint (plans->len, ==, 1);

  g_assert_true (ov_store_delete_reception_plan (f->store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ov_store_count (f->store, OV_TYPE_RECEPTION_PLAN_AGENCY), ==, 0);
  /* The partner is free to go once no plan names it. */
  g_assert_true (ov_store_delete_partner (f->store, nhs, &error));
  g_assert_no_error (error);
}

/* ---- Rules ----------------------------------------------------------------------------- */

static GPtrArray *
check_as_of (Fixture    *f,
             const char *as_of)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = ov_compliance_check (f->store, &f->policy, as_of, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (findings);
  return findings;
}

static OvFinding *
find (GPtrArray  *findings,
      const char *rule,
      gint64      subject_id)
{
  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = findings->pdata[i];

      if (g_str_equal (ov_finding_get_rule_id (finding), rule) &&
          ov_finding_get_subject_id (finding) == subject_id)
        return finding;
    }
  return NULL;
}

static guint
count_rule (GPtrArray  *findings,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      if (g_str_equal (ov_finding_get_rule_id (findings->pdata[i]), rule))
        n++;
    }
  return n;
}

static void
assert_none (Fixture    *f,
             const char *rule,
             gint64      subject_id,
             const char *as_of)
{
  g_autoptr(GPtrArray) findings = check_as_of (f, as_of);

  g_assert_null (find (findings, rule, subject_id));
}

/* No finding of @rule about @subject_id the day before @due or on it; an overdue one
 * (1 day) about it, of @kind, the day after. */
static void
assert_boundary (Fixture    *f,
                 const char *rule,
                 const char *kind,
                 gint64      subject_id,
                 const char *due)
{
  g_autofree char *before = ov_date_add_days (due, -1);
  g_autofree char *after = ov_date_add_days (due, 1);
  g_autoptr(GPtrArray) day_after = check_as_of (f, after);
  OvFinding *finding;

  g_test_message ("%s due %s", rule, due);
  assert_none (f, rule, subject_id, before);
  assert_none (f, rule, subject_id, due);
  finding = find (day_after, rule, subject_id);
  g_assert_nonnull (finding);
  g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_OVERDUE);
  g_assert_cmpint (ov_finding_get_days_overdue (finding), ==, 1);
  g_assert_cmpstr (ov_finding_get_due_on (finding), ==, due);
  g_assert_cmpstr (ov_finding_get_subject_kind (finding), ==, kind);
  g_assert_null (ov_finding_get_case_reference (finding));
}

static OvReceptionPlan *
add_plan (Fixture     *f,
          const char  *name,
          OvPlanScope  scope,
          const char  *agreed_on,
          const char  *exercised_on)
{
  g_autoptr(GError) error = NULL;
  OvReceptionPlan *plan = ov_reception_plan_new ();

  ov_reception_plan_set_name (plan, name);
  ov_reception_plan_set_scope (plan, scope);
  ov_reception_plan_set_lrf_agreed_on (plan, agreed_on);
  ov_reception_plan_set_last_exercised_on (plan, exercised_on);
  g_assert_true (ov_store_save_reception_plan (f->store, plan, NULL, &error));
  g_assert_no_error (error);
  return plan;
}

static void
save_plan (Fixture         *f,
           OvReceptionPlan *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ov_store_save_reception_plan (f->store, plan, NULL, &error));
  g_assert_no_error (error);
}

static void
test_rule_plan_missing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) none = check_as_of (f, "2026-11-27");
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) both = NULL;
  g_autoptr(GPtrArray) single_case = NULL;
  g_autoptr(OvReceptionPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  OvFinding *finding;

  /* No plan at all: both kinds of incident are uncovered. */
  finding = find (none, "reception-plan-missing", 0);
  g_assert_nonnull (finding);
  g_assert_cmpstr (ov_finding_get_subject_kind (finding), ==, OV_SUBJECT_RECEPTION_PLAN);
  g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_OVERDUE);
  g_assert_cmpstr (ov_finding_get_subject_label (finding), ==, "Pre-planned operations");
  g_assert_nonnull (strstr (ov_finding_get_message (finding), "plan for pre-planned"));
  g_assert_cmpuint (count_rule (none, "reception-plan-missing"), ==, 2);

  /* Checking one case leaves out the force rules. */
  single_case = ov_compliance_check (f->store, &f->policy, "2026-11-27", id_of (f->the_case),
                                     &error);
  g_assert_no_error (error);
  g_assert_null (find (single_case, "reception-plan-missing", 0));

  /* A pre-planned plan leaves spontaneous incidents uncovered. */
  plan = add_plan (f, "Planned operations", OV_PLAN_SCOPE_PRE_PLANNED, "2026-10-01",
                   "2026-10-20");
  one = check_as_of (f, "2026-11-27");
  finding = find (one, "reception-plan-missing", 0);
  g_assert_nonnull (finding);
  g_assert_cmpstr (ov_finding_get_subject_label (finding), ==, "Spontaneous incidents");
  g_assert_cmpuint (count_rule (one, "reception-plan-missing"), ==, 1);
  g_assert_null (find (one, "reception-plan-lrf", id_of (plan)));

  /* One plan for both covers both. */
  ov_reception_plan_set_scope (plan, OV_PLAN_SCOPE_BOTH);
  save_plan (f, plan);
  both = check_as_of (f, "2026-11-27");
  g_assert_null (find (both, "reception-plan-missing", 0));
}

static void
test_rule_plan_lrf (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(OvReceptionPlan) plan = add_plan (f, "Draft plan", OV_PLAN_SCOPE_BOTH, NULL, NULL);
  g_autoptr(GPtrArray) findings = check_as_of (f, "2026-11-27");
  OvFinding *finding = find (findings, "reception-plan-lrf", id_of (plan));

  g_assert_nonnull (finding);
  g_assert_cmpint (ov_finding_get_severity (finding), ==, OV_SEVERITY_OVERDUE);
  g_assert_cmpstr (ov_finding_get_subject_label (finding), ==, "Draft plan");

  ov_reception_plan_set_lrf_agreed_on (plan, "2026-11-26");
  ov_reception_plan_set_lrf_reference (plan, "LRF/2026/14");
  save_plan (f, plan);
  assert_none (f, "reception-plan-lrf", id_of (plan), "2026-11-27");
}

static void
test_rule_plan_review (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(OvReceptionPlan) plan = add_plan (f, "Force plan", OV_PLAN_SCOPE_BOTH,
                                              "2025-11-27", "2026-09-01");

  /* Twelve months after the LRF agreed it. */
  assert_boundary (f, "reception-plan-review", OV_SUBJECT_RECEPTION_PLAN, id_of (plan),
                   "2026-11-27");

  /* Its own review date, when earlier, comes first. */
  ov_reception_plan_set_review_due_on (plan, "2026-06-30");
  save_plan (f, plan);
  assert_boundary (f, "reception-plan-review", OV_SUBJECT_RECEPTION_PLAN, id_of (plan),
                   "2026-06-30");

  /* Reviewed and agreed again: nothing due. */
  ov_reception_plan_set_review_due_on (plan, "2027-11-01");
  ov_reception_plan_set_lrf_agreed_on (plan, "2026-11-20");
  save_plan (f, plan);
  assert_none (f, "reception-plan-review", id_of (plan), "2026-11-28");

  /* The interval is the force's: six months, counted to the end of a short month. */
  f->policy.reception_plan_review_months = 6;
  ov_reception_plan_set_lrf_agreed_on (plan, "2025-08-31");
  save_plan (f, plan);
  assert_boundary (f, "reception-plan-review", OV_SUBJECT_RECEPTION_PLAN, id_of (plan),
                   "2026-02-28");
}

static void
test_rule_plan_exercise (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(OvReceptionPlan) plan = add_plan (f, "Force plan", OV_PLAN_SCOPE_BOTH,
                                              "2026-10-01", "2025-12-01");
  g_autoptr(OvReceptionPlan) never = add_plan (f, "Never exercised", OV_PLAN_SCOPE_BOTH,
                                               "2025-09-15", NULL);
  g_autoptr(GPtrArray) findings = NULL;

  assert_boundary (f, "reception-plan-exercise", OV_SUBJECT_RECEPTION_PLAN, id_of (plan),
                   "2026-12-01");
  /* A plan never exercised counts from its agreement. */
  assert_boundary (f, "reception-plan-exercise", OV_SUBJECT_RECEPTION_PLAN, id_of (never),
                   "2026-09-15");
  findings = check_as_of (f, "2026-11-27");
  g_assert_nonnull (strstr (ov_finding_get_message (find (findings, "reception-plan-exercise",
                                                          id_of (never))),
                            "never been exercised"));

  /* Exercised again: nothing due. */
  ov_reception_plan_set_last_exercised_on (plan, "2026-11-30");
  ov_reception_plan_set_lessons (plan, "Reception desk needs a second interpreter line");
  save_plan (f, plan);
  assert_none (f, "reception-plan-exercise", id_of (plan), "2026-12-02");
}

static void
test_rule_sharing_agreement (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(OvPartner) partner = add_partner (f, "Northshire NHS Trust", OV_PARTNER_TYPE_NHS);
  g_autoptr(OvPartner) none = add_partner (f, "Unseen UK", OV_PARTNER_TYPE_NGO);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  OvFinding *finding;

  ov_partner_set_sharing_agreement (partner, OV_SHARING_AGREEMENT_PROTOCOL);
  ov_partner_set_sharing_review_on (partner, "2027-01-15");
  g_assert_true (ov_store_save_partner (f->store, partner, NULL, &error));
  g_assert_no_error (error);

  assert_boundary (f, "sharing-agreement-review", OV_SUBJECT_PARTNER, id_of (partner),
                   "2027-01-15");
  findings = check_as_of (f, "2027-01-16");
  finding = find (findings, "sharing-agreement-review", id_of (partner));
  g_assert_cmpstr (ov_finding_get_subject_label (finding), ==, "Northshire NHS Trust");
  g_assert_nonnull (strstr (ov_finding_get_message (finding), "protocol"));
  /* No agreement, nothing to review. */
  g_assert_null (find (findings, "sharing-agreement-review", id_of (none)));

  /* Reviewed: the next review is a year on. */
  ov_partner_set_sharing_review_on (partner, "2028-01-15");
  g_assert_true (ov_store_save_partner (f->store, partner, NULL, &error));
  assert_none (f, "sharing-agreement-review", id_of (partner), "2027-01-16");
}

/* ---- The printed plan ------------------------------------------------------------------ */

/* The text of a PDF, with every run of white space (line ends too) made one space. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) words = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  words = g_strsplit_set (out, " \t\n\f", -1);
  for (guint i = 0, j = 0; ; i++)
    {
      if (words[i] != NULL && words[i][0] == '\0')
        {
          g_free (words[i]);
          continue;
        }
      words[j++] = words[i];
      if (words[i] == NULL)
        break;
    }
  return g_strjoinv (" ", words);
}

static void
assert_printed (const char *text,
                const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not in the printed plan:\n%s", expected, text);
}

/* The command prints what it wrote on standard output, which here carries the test's TAP
 * report: run it with standard output sent to /dev/null. */
static int
run_plan_command_quietly (OvStore    *store,
                          const char *plan,
                          const char *output,
                          const char *reason)
{
  int saved;
  int null_fd;
  int status;

  fflush (stdout);
  saved = dup (STDOUT_FILENO);
  null_fd = open ("/dev/null", O_WRONLY);
  g_assert_cmpint (saved, >=, 0);
  g_assert_cmpint (null_fd, >=, 0);
  dup2 (null_fd, STDOUT_FILENO);
  close (null_fd);

  status = ov_report_run_plan_command (store, plan, output, reason);

  fflush (stdout);
  dup2 (saved, STDOUT_FILENO);
  close (saved);
  return status;
}

static void
test_plan_prints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(OvPartner) nhs = ov_partner_new ();
  g_autoptr(OvReceptionPlan) plan = ov_reception_plan_new ();
  g_autoptr(OvReceptionPlan) empty = NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) agencies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = test_file_path ("plan.pdf");
  g_autofree char *empty_path = test_file_path ("empty-plan.pdf");
  g_autofree char *text = NULL;
  g_autofree char *empty_text = NULL;
  OvReceptionPlanAgency *agency;
  const char *headings[] = {
    "Victim reception centre plan", "The plan", "Local resilience forum agreement",
    "Activation", "Escalation", "Agencies attending", "Interpreters", "Health screening",
    "Welfare", "Onward support", "Last exercised or used", "Readiness",
  };
  const char *values[] = {
    "Northshire force plan", "Pre-planned and spontaneous", "Kingsway Leisure Centre",
    "60 people", "31 Mar 2027", "14 Jan 2026", "LRF/2026/03",
    "Duty inspector opens the centre", "Silver command via force control room",
    "Northshire NHS Trust", "NHS", "Triage and health screening",
    "Dr Ann Holt", "0300 555 0100", "out of hours: 0300 555 0111",
    "Riverside Interpreting", "Not in the partner register", "Interpreting",
    "Language Line on standby", "Walk-in clinic at the venue", "Hot food and clothing",
    "Salvation Army referral before release", "9 Oct 2026",
    "Second entrance needed for minibuses",
  };

  ov_partner_set_name (nhs, "Northshire NHS Trust");
  ov_partner_set_partner_type (nhs, OV_PARTNER_TYPE_NHS);
  g_ptr_array_add (contacts, contact_new ("Dr Ann Holt", "Safeguarding lead", NULL));
  ov_partner_contact_set_phone (contacts->pdata[0], "0300 555 0100");
  ov_partner_contact_set_out_of_hours (contacts->pdata[0], "0300 555 0111");
  g_assert_true (ov_store_save_partner (f->store, nhs, contacts, &error));
  g_assert_no_error (error);

  ov_reception_plan_set_name (plan, "Northshire force plan");
  ov_reception_plan_set_scope (plan, OV_PLAN_SCOPE_BOTH);
  ov_reception_plan_set_venue (plan, "Kingsway Leisure Centre");
  ov_reception_plan_set_capacity (plan, 60);
  ov_reception_plan_set_activation (plan, "Duty inspector opens the centre");
  ov_reception_plan_set_escalation (plan, "Silver command via force control room");
  ov_reception_plan_set_interpreters (plan, "Language Line on standby");
  ov_reception_plan_set_health_screening (plan, "Walk-in clinic at the venue");
  ov_reception_plan_set_welfare (plan, "Hot food and clothing");
  ov_reception_plan_set_onward_support (plan, "Salvation Army referral before release");
  ov_reception_plan_set_lrf_agreed_on (plan, "2026-01-14");
  ov_reception_plan_set_lrf_reference (plan, "LRF/2026/03");
  ov_reception_plan_set_last_exercised_on (plan, "2026-10-09");
  ov_reception_plan_set_lessons (plan, "Second entrance needed for minibuses");
  ov_reception_plan_set_review_due_on (plan, "2027-03-31");
  agency = ov_reception_plan_agency_new ();
  ov_reception_plan_agency_set_partner_id (agency, id_of (nhs));
  ov_reception_plan_agency_set_role (agency, "Triage and health screening");
  g_ptr_array_add (agencies, agency);
  agency = ov_reception_plan_agency_new ();
  ov_reception_plan_agency_set_agency_name (agency, "Riverside Interpreting");
  ov_reception_plan_agency_set_role (agency, "Interpreting");
  g_ptr_array_add (agencies, agency);
  g_assert_true (ov_store_save_reception_plan (f->store, plan, agencies, &error));
  g_assert_no_error (error);

  document = ov_report_build_reception_plan (f->store, plan, "2026-11-27", &error);
  g_assert_no_error (error);
  g_assert_true (ov_report_export_pdf (f->store, document, path, NULL, "Operation briefing",
                                       &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    assert_printed (text, headings[i]);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    assert_printed (text, values[i]);
  assert_printed (text, "OFFICIAL-SENSITIVE");
  assert_printed (text, "agreed, reviewed and exercised within");

  /* The print is in the audit log against the plan, with its reason. */
  events = ov_store_list_audit_events (f->store, ov_record_get_uuid (OV_RECORD (plan)), &error);
  g_assert_nonnull (events);
  g_assert_cmpstr (((OvAuditEvent *) events->pdata[events->len - 1])->action, ==, "print");
  g_assert_nonnull (strstr (((OvAuditEvent *) events->pdata[events->len - 1])->detail,
                            "Operation briefing"));

  /* An empty plan prints every section too, saying what is missing, and what has lapsed. */
  empty = add_plan (f, "Empty plan", OV_PLAN_SCOPE_SPONTANEOUS, NULL, NULL);
  g_assert_cmpint (run_plan_command_quietly (f->store, "empty plan", empty_path, "Check"),
                   ==, 0);
  empty_text = pdf_text (empty_path);
  for (guint i = 1; i < G_N_ELEMENTS (headings); i++)
    assert_printed (empty_text, headings[i]);
  assert_printed (empty_text, "Nothing is recorded for this section of the plan.");
  assert_printed (empty_text, "No agencies are named in the plan.");
  assert_printed (empty_text, "has not been agreed with partners through the local resilience");
  assert_printed (empty_text, "never been exercised or used.");

  /* A plan that is not there, or no reason, is refused and writes nothing. */
  g_assert_cmpint (run_plan_command_quietly (f->store, "No such plan", empty_path, "Check"),
                   !=, 0);
  g_assert_cmpint (run_plan_command_quietly (f->store, "Empty plan", path, NULL), !=, 0);
}

/* ---- Demonstration data ---------------------------------------------------------------- */

static void
test_demo (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = test_store_db (store);
  guint lapsed_plans = 0;
  guint reviews_due = 0;

  g_assert_true (ov_demo_load (store, &error));
  g_assert_no_error (error);

  partners = ov_store_list_partners (store, NULL, &error);
  g_assert_cmpuint (partners->len, ==, 15);
  g_assert_cmpint (test_sql_int (db, "SELECT count (DISTINCT partner_type) FROM partners"), >=, 13);
  g_assert_cmpint (test_sql_int (db, "SELECT count (*) FROM partner_contacts"), >=, 15);
  plans = ov_store_list_reception_plans (store, NULL, &error);
  g_assert_cmpuint (plans->len, ==, 2);

  /* Referrals and victim support name partners by reference. */
  g_assert_cmpint (test_sql_int (db, "SELECT count (*) FROM safeguarding_referrals "
                                     "WHERE partner_id IS NOT NULL"), >, 30);
  g_assert_cmpint (test_sql_int (db, "SELECT count (*) FROM victim_support "
                                     "WHERE partner_id IS NOT NULL"), >, 0);

  /* One plan has lapsed, the other not; both kinds of incident are covered. */
  findings = ov_compliance_check (store, ov_policy_get_default (), "2026-11-27", 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    {
      OvFinding *finding = findings->pdata[i];
      const char *rule = ov_finding_get_rule_id (finding);

      g_assert_cmpstr (rule, !=, "reception-plan-missing");
      g_assert_cmpstr (rule, !=, "reception-plan-lrf");
      if (g_str_equal (rule, "reception-plan-review") && ov_finding_get_subject_id (finding) > 0)
        lapsed_plans++;
      if (g_str_equal (rule, "sharing-agreement-review"))
        reviews_due++;
    }
  g_assert_cmpuint (lapsed_plans, ==, 1);
  g_assert_cmpuint (reviews_due, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/partners/partner-with-contacts", test_partner_with_contacts);
  ADD ("/partners/partner-refused", test_partner_refused);
  ADD ("/partners/delete-partner", test_delete_partner);
  ADD ("/partners/references-follow-renaming", test_references_follow_renaming);
  ADD ("/partners/plan-with-agencies", test_plan_with_agencies);
  ADD ("/partners/plan-prints", test_plan_prints);
  g_test_add_func ("/partners/demo", test_demo);
  ADD ("/partners/rule/plan-missing", test_rule_plan_missing);
  ADD ("/partners/rule/plan-lrf", test_rule_plan_lrf);
  ADD ("/partners/rule/plan-review", test_rule_plan_review);
  ADD ("/partners/rule/plan-exercise", test_rule_plan_exercise);
  ADD ("/partners/rule/sharing-agreement", test_rule_sharing_agreement);

#undef ADD

  return g_test_run ();
}
