/* test-exchange.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case bundles: the round trip, the laptop scenario with two databases, union of
 * append-only records, and hostile or broken files, each refused with the database left
 * byte for byte as it was.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <string.h>

#include "ov-decision.h"
#include "ov-demo.h"
#include "ov-escalation.h"
#include "ov-exchange.h"
#include "ov-exchange-private.h"
#include "ov-investigation.h"
#include "ov-learning-entry.h"
#include "ov-line-of-enquiry.h"
#include "ov-partner-contact.h"
#include "ov-partner.h"
#include "ov-partners.h"
#include "ov-person.h"
#include "ov-safeguarding-referral.h"
#include "ov-review.h"
#include "ov-victims.h"
#include "test-helpers.h"

static char *
source_path (const char *relative)
{
  return g_build_filename (g_getenv ("OV_SOURCE_DIR"), relative, NULL);
}

/* `xmllint --noout --relaxng data/oversight-bundle.rng`, the reference validator. */
static void
assert_xmllint_valid (GBytes *bundle)
{
  g_autofree char *schema = source_path ("data/oversight-bundle.rng");
  g_autofree char *file = test_file_path ("bundle-xmllint.xml");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "xmllint", "--noout", "--relaxng", schema, file, NULL };
  int status = -1;

  g_assert_true (g_file_set_contents (file, g_bytes_get_data (bundle, NULL),
                                      g_bytes_get_size (bundle), &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint refused the bundle: %s", err);
  g_assert_nonnull (strstr (err, "validates"));
  g_unlink (file);
}

static OvStore *
demo_store (void)
{
  g_autoptr(GError) error = NULL;
  OvStore *store = test_store_new ();

  g_assert_true (ov_demo_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static GBytes *
export_all (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ov_exchange_export_to_bytes (store, NULL, 0, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static OvBundle *
read_ok (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  OvBundle *bundle = ov_bundle_read (bytes, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

static OvImportSummary *
import_ok (OvStore *store,
           GBytes  *bytes)
{
  g_autoptr(OvBundle) bundle = read_ok (bytes);
  g_autoptr(GError) error = NULL;
  OvImportSummary *summary = NULL;

  g_assert_true (ov_exchange_import (store, bundle, &summary, &error));
  g_assert_no_error (error);
  return summary;
}

/* The bytes after the bundle's start tag: the records, without who made it and where. */
static const char *
records_part (GBytes *bytes)
{
  char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *start = strstr (text, "<bundle ");

  g_test_queue_free (text);
  g_assert_nonnull (start);
  return strchr (start, '>') + 1;
}


/* Links the test account to a supervisor of the demonstration data (or of a bundle). */
static void
link_supervisor (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = ov_store_list_staff (store, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < staff->len; i++)
    if (ov_staff_has_role (g_ptr_array_index (staff, i), OV_STAFF_ROLE_SUPERVISOR))
      {
        g_assert_true (ov_store_link_account (store, g_ptr_array_index (staff, i), &error));
        g_assert_no_error (error);
        return;
      }
  g_assert_not_reached ();
}

static gint64
case_id_of (OvStore    *store,
            const char *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvCase) the_case = ov_store_find_case (store, reference, &error);

  g_assert_no_error (error);
  return ov_record_get_id (OV_RECORD (the_case));
}

static GBytes *
export_case (OvStore    *store,
             const char *reference)
{
  g_autoptr(GError) error = NULL;
  gint64 id = case_id_of (store, reference);
  GBytes *bytes = ov_exchange_export_to_bytes (store, &id, 1, NULL, &error);

  g_assert_no_error (error);
  assert_xmllint_valid (bytes);
  return bytes;
}

/* The first victim of a case, as stored now. */
static OvPerson *
first_person (OvStore    *store,
              const char *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = ov_store_list_people (store, case_id_of (store, reference),
                                                      &error);

  g_assert_no_error (error);
  g_assert_cmpuint (people->len, >, 0);
  return g_object_ref (g_ptr_array_index (people, 0));
}

static void
set_nationality (OvStore    *store,
                 const char *reference,
                 const char *nationality)
{
  g_autoptr(OvPerson) person = first_person (store, reference);
  g_autoptr(GError) error = NULL;

  ov_person_set_nationality (person, nationality);
  g_assert_true (ov_store_save (store, OV_RECORD (person), &error));
  g_assert_no_error (error);
}

static void
set_summary (OvStore    *store,
             const char *reference,
             const char *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvCase) the_case = ov_store_find_case (store, reference, &error);

  g_assert_no_error (error);
  ov_case_set_summary (the_case, summary);
  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_no_error (error);
}

static guint
count_decisions (OvStore    *store,
                 const char *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) decisions = ov_store_list_decisions (store, case_id_of (store, reference),
                                                            &error);

  g_assert_no_error (error);
  return decisions->len;
}

static void
record_decision (OvStore    *store,
                 const char *reference,
                 const char *text)
{
  g_autoptr(OvDecision) decision = ov_decision_new ();
  g_autoptr(GError) error = NULL;

  ov_decision_set_case_id (decision, case_id_of (store, reference));
  ov_decision_set_decided_at (decision, "2026-11-20T10:00:00Z");
  ov_decision_set_decision (decision, text);
  ov_decision_set_rationale (decision, "Recorded during the operation.");
  g_assert_true (ov_store_record_decision (store, decision, &error));
  g_assert_no_error (error);
}

static guint
count_of (OvImportSummary *summary,
          const char      *kind,
          OvImportCount    count)
{
  return ov_import_summary_get_count (summary, kind, count);
}

static void
assert_audit_intact (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  guint64 n = 0;

  g_assert_true (ov_store_verify_audit (store, &n, &error));
  g_assert_no_error (error);
}

/* Long texts: on a difference, both are left in files to compare with diff. */
static void
assert_same_text (const char *expected,
                  const char *actual)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (strcmp (expected, actual) == 0)
    return;
  a = test_file_path ("oversight-expected.xml");
  b = test_file_path ("oversight-actual.xml");
  g_file_set_contents (a, expected, -1, NULL);
  g_file_set_contents (b, actual, -1, NULL);
  g_error ("The texts differ: compare %s and %s", a, b);
}

/* ---- The schema ---------------------------------------------------------------------- */

static void
test_schema_up_to_date (void)
{
  g_autofree char *path = source_path ("data/oversight-bundle.rng");
  g_autofree char *generated = _ov_exchange_generate_schema ();
  g_autofree char *shipped = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("OV_UPDATE_BUNDLE_SCHEMA") != NULL)
    {
      g_assert_true (g_file_set_contents (path, generated, -1, &error));
      g_assert_no_error (error);
    }
  g_assert_true (g_file_get_contents (path, &shipped, NULL, &error));
  g_assert_no_error (error);
  /* A new field in the model must reach the schema: regenerate it (see the schema's
   * comment) and review the difference. */
  g_assert_cmpstr (shipped, ==, generated);
}

/* ---- Round trip ---------------------------------------------------------------------- */

static void
test_round_trip (void)
{
  g_autoptr(OvStore) desk = demo_store ();
  g_autoptr(OvStore) empty = test_store_new ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_auto(GStrv) kinds = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", "1795000000", TRUE);
  first = export_all (desk);
  assert_xmllint_valid (first);

  /* Exporting the same data twice gives the same bytes. */
  again = export_all (desk);
  g_assert_true (g_bytes_equal (first, again));

  bundle = read_ok (first);
  g_assert_cmpstr (ov_bundle_get_marking (bundle), ==, OV_BUNDLE_DEFAULT_MARKING);
  g_assert_cmpuint (ov_bundle_get_n_records (bundle), >, 100);

  summary = import_ok (empty, first);
  g_assert_cmpuint (ov_import_summary_get_total (summary, OV_IMPORT_ADDED), ==,
                    ov_bundle_get_n_records (bundle));
  g_assert_cmpuint (ov_import_summary_get_total (summary, OV_IMPORT_CONFLICTS), ==, 0);
  kinds = ov_import_summary_dup_kinds (summary);
  /* Everything attached to the cases travels. */
  for (const char *kind = "case", **expected = (const char *[]) {
         "staff", "case", "allocation", "strategy", "line-of-enquiry", "review", "action",
         "review-line", "decision", "person", "victim-support", "victim-strategy",
         "victim-code-right", "risk-assessment", "safeguarding-referral", "nrm-referral",
         "partner", "partner-contact", "learning-entry", NULL };
       (kind = *expected) != NULL; expected++)
    g_assert_true (g_strv_contains ((const char * const *) kinds, kind));

  second = export_all (empty);
  assert_xmllint_valid (second);
  /* Only the header (who, where from) differs between the two databases' exports. */
  assert_same_text (records_part (first), records_part (second));
  g_unsetenv ("SOURCE_DATE_EPOCH");
}


/* ---- The laptop scenario ------------------------------------------------------------- */

#define CASE_REF "MSHT/2026/0013"

static void
test_laptop_scenario (void)
{
  g_autoptr(OvStore) desk = demo_store ();
  g_autoptr(OvStore) laptop = test_store_new ();
  g_autoptr(GBytes) to_laptop = NULL;
  g_autoptr(GBytes) from_laptop = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GBytes) conflicting = NULL;
  g_autoptr(OvImportSummary) first = NULL;
  g_autoptr(OvImportSummary) second = NULL;
  g_autoptr(OvImportSummary) third = NULL;
  g_autoptr(OvImportSummary) fourth = NULL;
  g_autoptr(OvImportSummary) again = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(OvConflict) conflict = NULL;
  g_autoptr(OvPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *fields;
  gboolean found = FALSE;
  guint desk_decisions;
  const char *take[] = { "nationality", NULL };

  link_supervisor (desk);
  desk_decisions = count_decisions (desk, CASE_REF);

  /* Before the operation: the case goes to the laptop. */
  to_laptop = export_case (desk, CASE_REF);
  first = import_ok (laptop, to_laptop);
  g_assert_cmpuint (count_of (first, "case", OV_IMPORT_ADDED), ==, 1);
  link_supervisor (laptop);

  /* Both sides work: different records, different fields. */
  set_summary (desk, CASE_REF, "Summary brought up to date at the desk.");
  set_nationality (laptop, CASE_REF, "Recorded on the laptop");
  record_decision (laptop, CASE_REF, "Search the second address at dawn.");

  /* Back at the desk. */
  from_laptop = export_case (laptop, CASE_REF);
  second = import_ok (desk, from_laptop);
  g_assert_cmpuint (ov_import_summary_get_total (second, OV_IMPORT_CONFLICTS), ==, 0);
  g_assert_cmpuint (count_of (second, "person", OV_IMPORT_UPDATED), ==, 1);
  g_assert_cmpuint (count_of (second, "decision", OV_IMPORT_ADDED), ==, 1);
  g_assert_cmpuint (count_of (second, "case", OV_IMPORT_UPDATED), ==, 0);
  person = first_person (desk, CASE_REF);
  g_assert_cmpstr (ov_person_get_nationality (person), ==, "Recorded on the laptop");
  g_clear_object (&person);
  {
    g_autoptr(OvCase) the_case = ov_store_find_case (desk, CASE_REF, &error);

    g_assert_cmpstr (ov_case_get_summary (the_case), ==, "Summary brought up to date at the desk.");
  }
  g_assert_cmpuint (count_decisions (desk, CASE_REF), ==, desk_decisions + 1);

  /* The desk's bundle brings the laptop up to date, with nothing in conflict. */
  back = export_case (desk, CASE_REF);
  third = import_ok (laptop, back);
  g_assert_cmpuint (ov_import_summary_get_total (third, OV_IMPORT_CONFLICTS), ==, 0);
  g_assert_cmpuint (count_of (third, "case", OV_IMPORT_UPDATED), ==, 1);
  g_assert_cmpuint (count_of (third, "person", OV_IMPORT_UPDATED), ==, 0);
  {
    g_autoptr(OvCase) the_case = ov_store_find_case (laptop, CASE_REF, &error);

    g_assert_cmpstr (ov_case_get_summary (the_case), ==, "Summary brought up to date at the desk.");
  }

  /* The same field changed on both sides becomes a conflict; the desk keeps its value. */
  set_nationality (desk, CASE_REF, "Changed at the desk");
  set_nationality (laptop, CASE_REF, "Changed on the laptop");
  conflicting = export_case (laptop, CASE_REF);
  fourth = import_ok (desk, conflicting);
  g_assert_cmpuint (ov_import_summary_get_total (fourth, OV_IMPORT_CONFLICTS), ==, 1);
  g_assert_cmpuint (count_of (fourth, "person", OV_IMPORT_CONFLICTS), ==, 1);
  person = first_person (desk, CASE_REF);
  g_assert_cmpstr (ov_person_get_nationality (person), ==, "Changed at the desk");
  g_clear_object (&person);
  g_assert_cmpuint (ov_exchange_count_conflicts (desk, case_id_of (desk, CASE_REF)), ==, 1);
  g_assert_cmpuint (ov_exchange_count_conflicts (desk, 0), ==, 1);

  conflicts = ov_exchange_list_conflicts (desk, case_id_of (desk, CASE_REF), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  g_assert_cmpstr (ov_conflict_get_kind (conflict), ==, "person");
  g_assert_cmpstr (ov_conflict_get_case_reference (conflict), ==, CASE_REF);
  fields = ov_conflict_get_fields (conflict);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(OvConflictField) field = g_list_model_get_item (fields, i);

      if (g_str_equal (ov_conflict_field_get_property_name (field), "nationality"))
        {
          found = TRUE;
          g_assert_true (ov_conflict_field_get_differs (field));
          g_assert_cmpstr (ov_conflict_field_get_ours (field), ==, "Changed at the desk");
          g_assert_cmpstr (ov_conflict_field_get_theirs (field), ==, "Changed on the laptop");
        }
      else
        g_assert_false (ov_conflict_field_get_differs (field));
    }
  g_assert_true (found);

  /* Importing the same bundle again changes nothing and adds no second conflict. */
  again = import_ok (desk, conflicting);
  g_assert_cmpuint (ov_import_summary_get_total (again, OV_IMPORT_CONFLICTS), ==, 1);
  g_assert_cmpuint (ov_exchange_count_conflicts (desk, 0), ==, 1);
  g_clear_object (&again);

  /* Resolving takes the chosen field and clears the conflict. */
  ov_exchange_resolve_conflict (desk, ov_conflict_get_id (conflict), take, &error);
  g_assert_no_error (error);
  person = first_person (desk, CASE_REF);
  g_assert_cmpstr (ov_person_get_nationality (person), ==, "Changed on the laptop");
  g_clear_object (&person);
  g_assert_cmpuint (ov_exchange_count_conflicts (desk, 0), ==, 0);
  g_assert_false (ov_exchange_resolve_conflict (desk, ov_conflict_get_id (conflict), take, &error));
  g_assert_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The laptop's version, sent again, is now known: no new conflict. */
  again = import_ok (desk, conflicting);
  g_assert_cmpuint (ov_import_summary_get_total (again, OV_IMPORT_CONFLICTS), ==, 0);
  g_assert_cmpuint (ov_exchange_count_conflicts (desk, 0), ==, 0);

  assert_audit_intact (desk);
  assert_audit_intact (laptop);
}

/* ---- Append-only records ------------------------------------------------------------- */

static void
test_append_only_union (void)
{
  g_autoptr(OvStore) desk = demo_store ();
  g_autoptr(OvStore) laptop = test_store_new ();
  g_autoptr(GBytes) to_laptop = NULL;
  g_autoptr(GBytes) from_laptop = NULL;
  g_autoptr(GBytes) tampered = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(OvImportSummary) laptop_summary = NULL;
  g_auto(GStrv) notes = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  guint n;

  link_supervisor (desk);
  to_laptop = export_case (desk, CASE_REF);
  g_clear_object (&summary);
  summary = import_ok (laptop, to_laptop);
  g_clear_object (&summary);
  link_supervisor (laptop);
  n = count_decisions (desk, CASE_REF);

  /* Each side records its own entries: both are kept, in order, none altered. */
  record_decision (desk, CASE_REF, "Desk: apply for a slavery and trafficking prevention order.");
  record_decision (laptop, CASE_REF, "Laptop: arrest at the first address.");
  record_decision (laptop, CASE_REF, "Laptop: safeguard the two women found there.");
  from_laptop = export_case (laptop, CASE_REF);
  summary = import_ok (desk, from_laptop);
  g_assert_cmpuint (count_of (summary, "decision", OV_IMPORT_ADDED), ==, 2);
  g_assert_cmpuint (count_of (summary, "decision", OV_IMPORT_UNCHANGED), ==, n);
  g_assert_cmpuint (count_decisions (desk, CASE_REF), ==, n + 3);
  decisions = ov_store_list_decisions (desk, case_id_of (desk, CASE_REF), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < decisions->len; i++)
    g_assert_cmpint (ov_decision_get_number (g_ptr_array_index (decisions, i)), ==, i + 1);
  /* The laptop's entries took the next numbers here, and the summary says so. */
  notes = ov_import_summary_dup_notes (summary);
  g_assert_nonnull (notes[0]);

  /* And the union comes back to the laptop the same way. */
  back = export_case (desk, CASE_REF);
  laptop_summary = import_ok (laptop, back);
  g_assert_cmpuint (count_of (laptop_summary, "decision", OV_IMPORT_ADDED), ==, 1);
  g_assert_cmpuint (count_decisions (laptop, CASE_REF), ==, n + 3);

  /* An entry with a known uuid but other words is refused, and nothing changes. */
  text = g_strndup (g_bytes_get_data (from_laptop, NULL), g_bytes_get_size (from_laptop));
  g_assert_nonnull (strstr (text, "Laptop: arrest at the first address."));
  {
    g_autoptr(GString) edited = g_string_new (text);

    g_string_replace (edited, "Laptop: arrest at the first address.",
                      "Laptop: no arrest was made.", 1);
    tampered = g_string_free_to_bytes (g_steal_pointer (&edited));
  }
  before = test_dump (test_store_db (desk));
  bundle = read_ok (tampered);
  g_assert_false (ov_exchange_import (desk, bundle, NULL, &error));
  g_assert_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_APPEND_ONLY);
  {
    g_autofree char *after = test_dump (test_store_db (desk));

    g_assert_cmpstr (before, ==, after);
  }
}

/* ---- Text that must survive ---------------------------------------------------------- */

static void
test_unicode_survives (void)
{
  g_autoptr(OvStore) desk = test_store_new ();
  g_autoptr(OvStore) other = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (desk);
  g_autoptr(OvCase) the_case = test_add_case (desk, "MSHT/2026/0900");
  g_autoptr(OvPerson) person = ov_person_new ();
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(GBytes) bundle = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OvCase) copy = NULL;
  g_autoptr(GPtrArray) people = NULL;
  const char *name = "فاطمة الزهراء — אסתר כהן";
  const char *combining = "Zoe\xcc\x88 Ne\xcc\x81meth, Nguye\xcc\x82\xcc\x83n 👩‍👧‍👦 🇺🇦";
  g_autofree char *summary_text = NULL;

  for (guint i = 0; i < 4000; i++)
    g_string_append_c (long_word, "abcdefghijklmnopqrstuvwxyz"[i % 26]);
  summary_text = g_strdup_printf ("%s\r\nSecond line\twith a tab. <not markup> & \"quotes\" %s",
                                  combining, long_word->str);
  ov_case_set_summary (the_case, summary_text);
  ov_case_set_operation_name (the_case, name);
  g_assert_true (ov_store_save (desk, OV_RECORD (the_case), &error));
  g_assert_no_error (error);

  ov_person_set_case_id (person, ov_record_get_id (OV_RECORD (the_case)));
  ov_person_set_name (person, name);
  ov_person_set_roles (person, OV_PERSON_ROLE_WITNESS);
  ov_person_set_languages (person, combining);
  g_assert_true (ov_store_save (desk, OV_RECORD (person), &error));
  g_assert_no_error (error);

  bundle = export_case (desk, "MSHT/2026/0900");
  summary = import_ok (other, bundle);
  copy = ov_store_find_case (other, "MSHT/2026/0900", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_case_get_summary (copy), ==, summary_text);
  g_assert_cmpstr (ov_case_get_operation_name (copy), ==, name);
  people = ov_store_list_people (other, ov_record_get_id (OV_RECORD (copy)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (ov_person_get_name (g_ptr_array_index (people, 0)), ==, name);
  g_assert_cmpstr (ov_person_get_languages (g_ptr_array_index (people, 0)), ==, combining);
}

/* ---- Hostile and broken files -------------------------------------------------------- */

static GBytes *
fixture (const char *name)
{
  g_autofree char *path = source_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GBytes *
edited (GBytes     *bytes,
        const char *find,
        const char *replace)
{
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));

  g_assert_cmpuint (g_string_replace (text, find, replace, 1), ==, 1);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* The file of the database, and its write-ahead log if any, as they are on disk. */
static char *
database_fingerprint (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *db_hash = test_file_checksum (path);
  g_autofree char *wal_hash = g_file_test (wal, G_FILE_TEST_EXISTS)
                                ? test_file_checksum (wal) : g_strdup ("none");

  return g_strconcat (db_hash, "/", wal_hash, NULL);
}

/* Reads and imports @bytes: refused with @code, and the database file unchanged. */
static void
assert_refused (OvStore    *store,
                GBytes     *bytes,
                gsize       max_size,
                int         code)
{
  g_autofree char *before = database_fingerprint (ov_store_get_path (store));
  g_autofree char *after = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OvImportSummary) summary = NULL;

  bundle = ov_bundle_read (bytes, max_size, &error);
  if (bundle != NULL)
    {
      g_assert_false (ov_exchange_import (store, bundle, &summary, &error));
      g_assert_null (summary);
    }
  g_assert_error (error, OV_BUNDLE_ERROR, code);
  /* The message says where, for the person reading it. */
  g_test_message ("Refused: %s", error->message);
  g_assert_cmpuint (strlen (error->message), >, 30);

  after = database_fingerprint (ov_store_get_path (store));
  g_assert_cmpstr (before, ==, after);
}

static void
test_hostile_files (void)
{
  g_autoptr(OvStore) desk = demo_store ();
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(GBytes) good = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(GString) duplicated = NULL;
  const char *text;
  const char *start;
  const char *end;
  gsize size;

  good = export_case (desk, CASE_REF);
  /* The database the files are refused into already holds the case. */
  summary = import_ok (store, good);

#define REFUSE(bytes_expr, max, code) G_STMT_START { \
    g_autoptr(GBytes) b_ = (bytes_expr); \
    assert_refused (store, b_, max, code); \
  } G_STMT_END

  REFUSE (fixture ("tests/data/bundles/xxe.xml"), 0, OV_BUNDLE_ERROR_FORBIDDEN);
  REFUSE (fixture ("tests/data/bundles/billion-laughs.xml"), 0, OV_BUNDLE_ERROR_FORBIDDEN);
  REFUSE (fixture ("tests/data/bundles/doctype.xml"), 0, OV_BUNDLE_ERROR_FORBIDDEN);
  REFUSE (fixture ("tests/data/bundles/wrong-namespace.xml"), 0, OV_BUNDLE_ERROR_INVALID);
  REFUSE (fixture ("tests/data/bundles/not-xml.txt"), 0, OV_BUNDLE_ERROR_MALFORMED);
  REFUSE (g_bytes_new_static ("", 0), 0, OV_BUNDLE_ERROR_MALFORMED);

  /* Cut short: a copy that did not finish. */
  text = g_bytes_get_data (good, &size);
  REFUSE (g_bytes_new (text, size / 2), 0, OV_BUNDLE_ERROR_MALFORMED);
  REFUSE (g_bytes_new (text, size - 3), 0, OV_BUNDLE_ERROR_MALFORMED);

  /* Invalid UTF-8 in a text. */
  REFUSE (edited (good, "Operation Fieldfare", "Operation \xc3\x28ieldfare"), 0,
          OV_BUNDLE_ERROR_MALFORMED);
  /* Another namespace. */
  REFUSE (edited (good, "urn:oversight:bundle:1", "urn:oversight:bundle:2"), 0,
          OV_BUNDLE_ERROR_INVALID);
  /* Values the schema refuses: an unknown enumeration value, dates that do not exist. */
  REFUSE (edited (good, "<status>open</status>", "<status>opened</status>"), 0,
          OV_BUNDLE_ERROR_INVALID);
  REFUSE (edited (good, "<opened-on>2026-03-17</opened-on>", "<opened-on>2026-02-30</opened-on>"),
          0, OV_BUNDLE_ERROR_INVALID);
  REFUSE (edited (good, "<opened-on>2026-03-17</opened-on>", "<opened-on>17/03/2026</opened-on>"),
          0, OV_BUNDLE_ERROR_INVALID);
  REFUSE (edited (good, "<county-lines>false</county-lines>", "<county-lines>maybe</county-lines>"),
          0, OV_BUNDLE_ERROR_INVALID);
  /* An element the schema does not know. */
  REFUSE (edited (good, "<county-lines>", "<script>alert(1)</script><county-lines>"), 0,
          OV_BUNDLE_ERROR_INVALID);
  /* A value the model refuses though the schema allows it: a case with no reference. */
  REFUSE (edited (good, "<reference>" CASE_REF "</reference>", "<reference>  </reference>"), 0,
          OV_BUNDLE_ERROR_INCONSISTENT);

  /* The same record twice. */
  start = strstr (text, "<case ");
  end = strstr (start, "</case>") + strlen ("</case>");
  duplicated = g_string_new_len (text, end - text);
  g_string_append_len (duplicated, start, end - start);
  g_string_append_len (duplicated, end, size - (end - text));
  REFUSE (g_string_free_to_bytes (g_steal_pointer (&duplicated)), 0,
          OV_BUNDLE_ERROR_INCONSISTENT);

  /* A reference to a record in neither the bundle nor the database. */
  {
    g_autofree char *case_uuid = g_strndup (strstr (start, "uuid=\"") + 6, 36);
    g_autofree char *dangling = g_strdup_printf ("<case-id>%s</case-id>", case_uuid);
    g_autoptr(GString) broken = g_string_new_len (text, size);

    g_assert_cmpuint (g_string_replace (broken, dangling,
                                        "<case-id>00000000-0000-4000-8000-000000000000</case-id>",
                                        1), ==, 1);
    REFUSE (g_string_free_to_bytes (g_steal_pointer (&broken)), 0, OV_BUNDLE_ERROR_INCONSISTENT);
  }

  /* Over the size cap (a small cap here; 200 MB by default). */
  REFUSE (g_bytes_ref (good), size - 1, OV_BUNDLE_ERROR_TOO_LARGE);

#undef REFUSE
}




/* ---- Frozen here --------------------------------------------------------------------- */

#define DRAFT_CASE "MSHT/2026/0038"

static OvStrategy *
draft_strategy (OvStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) strategies = ov_store_list_strategies (store,
                                                              case_id_of (store, DRAFT_CASE),
                                                              &error);

  g_assert_no_error (error);
  for (guint i = 0; i < strategies->len; i++)
    if (ov_strategy_get_status (g_ptr_array_index (strategies, i)) == OV_STRATEGY_STATUS_DRAFT)
      return g_object_ref (g_ptr_array_index (strategies, i));
  g_assert_not_reached ();
}

static OvLineOfEnquiry *
first_line (OvStore    *store,
            OvStrategy *strategy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = ov_store_list_lines_of_enquiry (store,
                                                               ov_record_get_id (OV_RECORD (strategy)),
                                                               &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, >, 0);
  return g_object_ref (g_ptr_array_index (lines, 0));
}

static void
test_frozen_here (void)
{
  g_autoptr(OvStore) desk = demo_store ();
  g_autoptr(OvStore) laptop = test_store_new ();
  g_autoptr(OvStrategy) desk_strategy = NULL;
  g_autoptr(OvStrategy) laptop_strategy = NULL;
  g_autoptr(OvLineOfEnquiry) line = NULL;
  g_autoptr(OvLineOfEnquiry) kept = NULL;
  g_autoptr(OvImportSummary) first = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autoptr(GBytes) to_laptop = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_auto(GStrv) notes = NULL;

  link_supervisor (desk);
  to_laptop = export_case (desk, DRAFT_CASE);
  first = import_ok (laptop, to_laptop);
  link_supervisor (laptop);

  /* On the laptop a line of the draft strategy is reworded; at the desk the strategy is
   * agreed meanwhile, which freezes its lines. */
  laptop_strategy = draft_strategy (laptop);
  line = first_line (laptop, laptop_strategy);
  title = g_strdup (ov_line_of_enquiry_get_title (line));
  ov_line_of_enquiry_set_title (line, "Reworded on the laptop");
  g_assert_true (ov_store_save (laptop, OV_RECORD (line), &error));
  g_assert_no_error (error);

  desk_strategy = draft_strategy (desk);
  ov_store_agree_strategy (desk, desk_strategy, &error);
  g_assert_no_error (error);

  back = export_case (laptop, DRAFT_CASE);
  summary = import_ok (desk, back);
  g_assert_cmpuint (count_of (summary, "line-of-enquiry", OV_IMPORT_REFUSED), ==, 1);
  g_assert_cmpuint (count_of (summary, "strategy", OV_IMPORT_UNCHANGED), >=, 1);
  g_assert_cmpuint (ov_import_summary_get_total (summary, OV_IMPORT_CONFLICTS), ==, 0);
  notes = ov_import_summary_dup_notes (summary);
  g_assert_nonnull (notes[0]);
  g_assert_nonnull (strstr (notes[0], "agreed"));

  /* The agreed wording stands. */
  kept = ov_store_load_by_uuid (desk, OV_TYPE_LINE_OF_ENQUIRY,
                                ov_record_get_uuid (OV_RECORD (line)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_line_of_enquiry_get_title (kept), ==, title);
  assert_audit_intact (desk);
}


/* ---- Planning ------------------------------------------------------------------------ */

/* The summary shown before importing is what the import then does, and changes nothing. */
static void
test_plan_then_import (void)
{
  g_autoptr(OvStore) desk = demo_store ();
  g_autoptr(OvStore) laptop = test_store_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(OvImportSummary) plan = NULL;
  g_autoptr(OvImportSummary) done = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *done_text = NULL;
  g_auto(GStrv) kinds = NULL;

  bytes = export_case (desk, CASE_REF);
  bundle = read_ok (bytes);
  before = test_dump (test_store_db (laptop));
  plan = ov_exchange_plan (laptop, bundle, &error);
  g_assert_no_error (error);
  g_assert_true (ov_import_summary_get_dry_run (plan));
  after = test_dump (test_store_db (laptop));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (ov_store_count (laptop, OV_TYPE_CASE), ==, 0);

  g_assert_true (ov_exchange_import (laptop, bundle, &done, &error));
  g_assert_no_error (error);
  g_assert_false (ov_import_summary_get_dry_run (done));
  kinds = ov_import_summary_dup_kinds (plan);
  for (guint k = 0; kinds[k] != NULL; k++)
    for (OvImportCount c = 0; c < OV_IMPORT_N_COUNTS; c++)
      g_assert_cmpuint (ov_import_summary_get_count (plan, kinds[k], c), ==,
                        ov_import_summary_get_count (done, kinds[k], c));
  g_assert_cmpuint (ov_import_summary_get_total (done, OV_IMPORT_ADDED), ==,
                    ov_bundle_get_n_records (bundle));
  g_assert_cmpint (ov_store_count (laptop, OV_TYPE_CASE), ==, 1);
  plan_text = ov_import_summary_to_text (plan);
  done_text = ov_import_summary_to_text (done);
  g_assert_nonnull (strstr (plan_text, "Dry run"));
  g_assert_null (strstr (done_text, "Dry run"));
}

/* ---- Partners ------------------------------------------------------------------------ */

static OvPartner *
add_partner (OvStore    *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  OvPartner *partner = ov_partner_new ();

  ov_partner_set_name (partner, name);
  g_assert_true (ov_store_save (store, OV_RECORD (partner), &error));
  g_assert_no_error (error);
  return partner;
}

static void
test_partners (void)
{
  g_autoptr(OvStore) desk = test_store_new ();
  g_autoptr(OvStore) laptop = test_store_new ();
  g_autoptr(OvStore) empty = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (desk);
  g_autoptr(OvCase) the_case = test_add_case (desk, "MSHT/2026/0950");
  g_autoptr(OvPerson) victim = ov_person_new ();
  g_autoptr(OvPartner) partner = add_partner (desk, "Hope for Justice");
  g_autoptr(OvPartner) theirs = add_partner (laptop, "HOPE FOR JUSTICE");
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(GBytes) bundle = NULL;
  g_autoptr(OvImportSummary) matched = NULL;
  g_autoptr(OvImportSummary) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_auto(GStrv) notes = NULL;

  ov_person_set_case_id (victim, ov_record_get_id (OV_RECORD (the_case)));
  ov_person_set_name (victim, "Adult A");
  ov_person_set_roles (victim, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (victim, OV_AGE_STATUS_ADULT);
  ov_person_set_identified_on (victim, "2026-11-01");
  g_assert_true (ov_store_save (desk, OV_RECORD (victim), &error));
  g_assert_no_error (error);
  ov_safeguarding_referral_set_person_id (referral, ov_record_get_id (OV_RECORD (victim)));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_ADULT_VICTIM_CARE);
  ov_safeguarding_referral_set_agency (referral, "Hope for Justice");
  ov_safeguarding_referral_set_partner_id (referral, ov_record_get_id (OV_RECORD (partner)));
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-02T10:00:00Z");
  g_assert_true (ov_store_save (desk, OV_RECORD (referral), &error));
  g_assert_no_error (error);

  /* The partner the case refers to travels with it. */
  bundle = export_case (desk, "MSHT/2026/0950");
  added = import_ok (empty, bundle);
  g_assert_cmpuint (count_of (added, "partner", OV_IMPORT_ADDED), ==, 1);
  g_assert_cmpuint (count_of (added, "safeguarding-referral", OV_IMPORT_ADDED), ==, 1);

  /* Where the agency is already registered, the referral points to that record. */
  matched = import_ok (laptop, bundle);
  g_assert_cmpuint (count_of (matched, "partner", OV_IMPORT_ADDED), ==, 0);
  g_assert_cmpuint (count_of (matched, "partner", OV_IMPORT_UNCHANGED), ==, 1);
  g_assert_cmpint (ov_store_count (laptop, OV_TYPE_PARTNER), ==, 1);
  notes = ov_import_summary_dup_notes (matched);
  g_assert_nonnull (notes[0]);
  g_assert_nonnull (strstr (notes[0], "Hope for Justice"));
  referrals = ov_store_list (laptop, OV_TYPE_SAFEGUARDING_REFERRAL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 1);
  g_assert_cmpint (ov_safeguarding_referral_get_partner_id (g_ptr_array_index (referrals, 0)), ==,
                   ov_record_get_id (OV_RECORD (theirs)));
}

/* ---- Learning, escalations and partner contacts ------------------------------------- */

#define READY_CASE "MSHT/2026/0970"

typedef struct
{
  OvStore *store;
  char    *entry_uuid;
  char    *escalation_uuid;
  char    *contact_uuid;
} Readiness;

/* A case with a victim referred to a partner that has a named contact, a learning entry and
 * an escalation about the case, and a learning entry and an escalation about no case. */
static void
readiness_desk (Readiness *desk)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvStaff) supervisor = test_add_supervisor (desk->store);
  g_autoptr(OvCase) the_case = test_add_case (desk->store, READY_CASE);
  g_autoptr(OvPerson) victim = ov_person_new ();
  g_autoptr(OvPartner) partner = ov_partner_new ();
  g_autoptr(OvPartnerContact) contact = ov_partner_contact_new ();
  g_autoptr(GPtrArray) contacts = g_ptr_array_new ();
  g_autoptr(OvSafeguardingReferral) referral = ov_safeguarding_referral_new ();
  g_autoptr(OvLearningEntry) entry = ov_learning_entry_new ();
  g_autoptr(OvLearningEntry) force_entry = ov_learning_entry_new ();
  g_autoptr(OvEscalation) escalation = ov_escalation_new ();
  g_autoptr(OvEscalation) force_escalation = ov_escalation_new ();
  gint64 case_id = ov_record_get_id (OV_RECORD (the_case));

  ov_partner_set_name (partner, "Salvation Army");
  ov_partner_contact_set_name (contact, "Grace Okafor");
  ov_partner_contact_set_role (contact, "Victim care coordinator");
  ov_partner_contact_set_phone (contact, "0300 303 8151");
  g_ptr_array_add (contacts, contact);
  g_assert_true (ov_store_save_partner (desk->store, partner, contacts, &error));
  g_assert_no_error (error);

  ov_person_set_case_id (victim, case_id);
  ov_person_set_name (victim, "Adult B");
  ov_person_set_roles (victim, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (victim, OV_AGE_STATUS_ADULT);
  ov_person_set_identified_on (victim, "2026-11-03");
  g_assert_true (ov_store_save (desk->store, OV_RECORD (victim), &error));
  g_assert_no_error (error);
  ov_safeguarding_referral_set_person_id (referral, ov_record_get_id (OV_RECORD (victim)));
  ov_safeguarding_referral_set_referral_type (referral, OV_REFERRAL_TYPE_ADULT_VICTIM_CARE);
  ov_safeguarding_referral_set_agency (referral, "Salvation Army");
  ov_safeguarding_referral_set_partner_id (referral, ov_record_get_id (OV_RECORD (partner)));
  ov_safeguarding_referral_set_sent_at (referral, "2026-11-03T16:00:00Z");
  g_assert_true (ov_store_save (desk->store, OV_RECORD (referral), &error));
  g_assert_no_error (error);

  ov_learning_entry_set_kind (entry, OV_LEARNING_KIND_MISSED_OPPORTUNITY);
  ov_learning_entry_set_recorded_on (entry, "2026-11-04");
  ov_learning_entry_set_case_id (entry, case_id);
  ov_learning_entry_set_description (entry, "The car wash was visited twice before the warrant.");
  g_assert_true (ov_store_save (desk->store, OV_RECORD (entry), &error));
  g_assert_no_error (error);
  ov_learning_entry_set_kind (force_entry, OV_LEARNING_KIND_PROCESS_GAP);
  ov_learning_entry_set_recorded_on (force_entry, "2026-11-04");
  ov_learning_entry_set_description (force_entry, "Interpreters out of hours: about no case.");
  g_assert_true (ov_store_save (desk->store, OV_RECORD (force_entry), &error));
  g_assert_no_error (error);

  ov_escalation_set_concern (escalation, OV_ESCALATION_CONCERN_PARTNER);
  ov_escalation_set_details (escalation, "No bed space for the victims after 5 pm.");
  ov_escalation_set_raised_to_name (escalation, "Mark Dunmore");
  ov_escalation_set_raised_on (escalation, "2026-11-05");
  ov_escalation_set_case_id (escalation, case_id);
  g_assert_true (ov_store_save (desk->store, OV_RECORD (escalation), &error));
  g_assert_no_error (error);
  ov_escalation_set_concern (force_escalation, OV_ESCALATION_CONCERN_RESOURCES);
  ov_escalation_set_details (force_escalation, "Two more detectives: about no case.");
  ov_escalation_set_raised_to_name (force_escalation, "Sarah Whitcombe");
  ov_escalation_set_raised_on (force_escalation, "2026-11-05");
  g_assert_true (ov_store_save (desk->store, OV_RECORD (force_escalation), &error));
  g_assert_no_error (error);

  desk->entry_uuid = g_strdup (ov_record_get_uuid (OV_RECORD (entry)));
  desk->escalation_uuid = g_strdup (ov_record_get_uuid (OV_RECORD (escalation)));
  desk->contact_uuid = g_strdup (ov_record_get_uuid (OV_RECORD (contact)));
}

static gpointer
load_uuid (OvStore    *store,
           GType       type,
           const char *uuid)
{
  g_autoptr(GError) error = NULL;
  OvRecord *record = ov_store_load_by_uuid (store, type, uuid, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static void
save_ok (OvStore  *store,
         gpointer  record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ov_store_save (store, OV_RECORD (record), &error));
  g_assert_no_error (error);
}

/* The one unresolved conflict of @kind in @store. */
static OvConflict *
only_conflict (OvStore    *store,
               const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) conflicts = ov_exchange_list_conflicts (store, 0, &error);
  OvConflict *found = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(OvConflict) conflict = g_list_model_get_item (conflicts, i);

      if (g_str_equal (ov_conflict_get_kind (conflict), kind))
        {
          g_assert_null (found);
          found = g_object_ref (conflict);
        }
    }
  g_assert_nonnull (found);
  return found;
}

/* The fields of @conflict that differ, by property name, joined with spaces. */
static char *
differing_fields (OvConflict *conflict)
{
  GListModel *fields = ov_conflict_get_fields (conflict);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(OvConflictField) field = g_list_model_get_item (fields, i);

      if (!ov_conflict_field_get_differs (field))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, ov_conflict_field_get_property_name (field));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_readiness_records (void)
{
  Readiness desk = { test_store_new () };
  g_autoptr(OvStore) laptop = test_store_new ();
  g_autoptr(OvStore) other = test_store_new ();
  g_autoptr(OvPartner) their_partner = NULL;
  g_autoptr(GBytes) to_laptop = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) from_laptop = NULL;
  g_autoptr(GBytes) conflicting = NULL;
  g_autoptr(OvBundle) bundle = NULL;
  g_autoptr(OvImportSummary) plan = NULL;
  g_autoptr(OvImportSummary) first = NULL;
  g_autoptr(OvImportSummary) matched = NULL;
  g_autoptr(OvImportSummary) updated = NULL;
  g_autoptr(OvImportSummary) in_conflict = NULL;
  g_autoptr(OvLearningEntry) entry = NULL;
  g_autoptr(OvEscalation) escalation = NULL;
  g_autoptr(OvPartnerContact) contact = NULL;
  g_autoptr(OvConflict) conflict = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *differs = NULL;
  const char *take_phone[] = { "phone", NULL };
  const char *kinds[] = { "learning-entry", "escalation", "partner-contact" };

  readiness_desk (&desk);

  /* The case's learning entry and escalation travel with it, and the contact with its
   * partner; those about no case stay behind. */
  g_setenv ("SOURCE_DATE_EPOCH", "1795000000", TRUE);
  to_laptop = export_case (desk.store, READY_CASE);
  bundle = read_ok (to_laptop);
  plan = ov_exchange_plan (laptop, bundle, &error);
  g_assert_no_error (error);
  plan_text = ov_import_summary_to_text (plan);
  g_assert_nonnull (strstr (plan_text, "Learning entries"));
  g_assert_nonnull (strstr (plan_text, "Escalations"));
  g_assert_nonnull (strstr (plan_text, "Partner contacts"));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_cmpuint (count_of (plan, kinds[k], OV_IMPORT_ADDED), ==, 1);
  g_assert_cmpint (ov_store_count (laptop, OV_TYPE_LEARNING_ENTRY), ==, 0);

  first = import_ok (laptop, to_laptop);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_cmpuint (count_of (first, kinds[k], OV_IMPORT_ADDED), ==, 1);
  g_assert_cmpint (ov_store_count (laptop, OV_TYPE_LEARNING_ENTRY), ==, 1);
  g_assert_cmpint (ov_store_count (laptop, OV_TYPE_ESCALATION), ==, 1);
  g_assert_cmpint (ov_store_count (laptop, OV_TYPE_PARTNER_CONTACT), ==, 1);
  entry = load_uuid (laptop, OV_TYPE_LEARNING_ENTRY, desk.entry_uuid);
  g_assert_cmpint (ov_learning_entry_get_case_id (entry), ==, case_id_of (laptop, READY_CASE));
  g_assert_cmpstr (ov_learning_entry_get_description (entry), ==,
                   "The car wash was visited twice before the warrant.");
  escalation = load_uuid (laptop, OV_TYPE_ESCALATION, desk.escalation_uuid);
  g_assert_cmpint (ov_escalation_get_case_id (escalation), ==, case_id_of (laptop, READY_CASE));
  g_assert_cmpstr (ov_escalation_get_raised_to_name (escalation), ==, "Mark Dunmore");
  contact = load_uuid (laptop, OV_TYPE_PARTNER_CONTACT, desk.contact_uuid);
  g_assert_cmpstr (ov_partner_contact_get_phone (contact), ==, "0300 303 8151");
  listed = ov_store_list_partner_contacts (laptop, ov_partner_contact_get_partner_id (contact),
                                           &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);

  /* The laptop's export has the same records, byte for byte. */
  again = export_case (laptop, READY_CASE);
  assert_same_text (records_part (to_laptop), records_part (again));
  g_unsetenv ("SOURCE_DATE_EPOCH");

  /* Where the agency is registered under its name already, its own contacts are kept and
   * the bundle's are not added to it. */
  their_partner = add_partner (other, "SALVATION ARMY");
  matched = import_ok (other, to_laptop);
  g_assert_cmpuint (count_of (matched, "partner", OV_IMPORT_UNCHANGED), ==, 1);
  g_assert_cmpuint (count_of (matched, "partner-contact", OV_IMPORT_ADDED), ==, 0);
  g_assert_cmpint (ov_store_count (other, OV_TYPE_PARTNER_CONTACT), ==, 0);
  g_assert_cmpuint (count_of (matched, "learning-entry", OV_IMPORT_ADDED), ==, 1);

  /* Changed only on the laptop: the desk takes each change. */
  ov_learning_entry_set_actions (entry, "Brief the neighbourhood team on the car wash.");
  save_ok (laptop, entry);
  ov_escalation_set_response (escalation, "Two hostels take victims out of hours.");
  ov_escalation_set_responded_on (escalation, "2026-11-07");
  save_ok (laptop, escalation);
  ov_partner_contact_set_email (contact, "grace.okafor@example.org");
  save_ok (laptop, contact);
  from_laptop = export_case (laptop, READY_CASE);
  updated = import_ok (desk.store, from_laptop);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_cmpuint (count_of (updated, kinds[k], OV_IMPORT_UPDATED), ==, 1);
  g_assert_cmpuint (ov_import_summary_get_total (updated, OV_IMPORT_CONFLICTS), ==, 0);
  g_clear_object (&entry);
  g_clear_object (&escalation);
  g_clear_object (&contact);
  entry = load_uuid (desk.store, OV_TYPE_LEARNING_ENTRY, desk.entry_uuid);
  g_assert_cmpstr (ov_learning_entry_get_actions (entry), ==,
                   "Brief the neighbourhood team on the car wash.");
  escalation = load_uuid (desk.store, OV_TYPE_ESCALATION, desk.escalation_uuid);
  g_assert_cmpstr (ov_escalation_get_response (escalation), ==,
                   "Two hostels take victims out of hours.");
  contact = load_uuid (desk.store, OV_TYPE_PARTNER_CONTACT, desk.contact_uuid);
  g_assert_cmpstr (ov_partner_contact_get_email (contact), ==, "grace.okafor@example.org");
  g_clear_object (&entry);
  g_clear_object (&escalation);
  g_clear_object (&contact);

  /* Changed on both sides: the contact's phone and the escalation's closing date become
   * conflicts; the desk keeps its values until they are resolved. */
  contact = load_uuid (desk.store, OV_TYPE_PARTNER_CONTACT, desk.contact_uuid);
  ov_partner_contact_set_phone (contact, "0300 000 0001");
  save_ok (desk.store, contact);
  g_clear_object (&contact);
  contact = load_uuid (laptop, OV_TYPE_PARTNER_CONTACT, desk.contact_uuid);
  ov_partner_contact_set_phone (contact, "0300 000 0002");
  save_ok (laptop, contact);
  g_clear_object (&contact);
  escalation = load_uuid (desk.store, OV_TYPE_ESCALATION, desk.escalation_uuid);
  ov_escalation_set_closed_on (escalation, "2026-11-20");
  save_ok (desk.store, escalation);
  g_clear_object (&escalation);
  escalation = load_uuid (laptop, OV_TYPE_ESCALATION, desk.escalation_uuid);
  ov_escalation_set_closed_on (escalation, "2026-11-21");
  save_ok (laptop, escalation);
  g_clear_object (&escalation);

  conflicting = export_case (laptop, READY_CASE);
  in_conflict = import_ok (desk.store, conflicting);
  g_assert_cmpuint (count_of (in_conflict, "partner-contact", OV_IMPORT_CONFLICTS), ==, 1);
  g_assert_cmpuint (count_of (in_conflict, "escalation", OV_IMPORT_CONFLICTS), ==, 1);
  g_assert_cmpuint (count_of (in_conflict, "learning-entry", OV_IMPORT_UNCHANGED), ==, 1);
  g_assert_cmpuint (ov_exchange_count_conflicts (desk.store, 0), ==, 2);
  contact = load_uuid (desk.store, OV_TYPE_PARTNER_CONTACT, desk.contact_uuid);
  g_assert_cmpstr (ov_partner_contact_get_phone (contact), ==, "0300 000 0001");
  g_clear_object (&contact);

  /* The contact's conflict: only the phone differs; take the laptop's. */
  conflict = only_conflict (desk.store, "partner-contact");
  differs = differing_fields (conflict);
  g_assert_cmpstr (differs, ==, "phone");
  g_assert_true (ov_exchange_resolve_conflict (desk.store, ov_conflict_get_id (conflict),
                                               take_phone, &error));
  g_assert_no_error (error);
  contact = load_uuid (desk.store, OV_TYPE_PARTNER_CONTACT, desk.contact_uuid);
  g_assert_cmpstr (ov_partner_contact_get_phone (contact), ==, "0300 000 0002");
  g_assert_cmpstr (ov_partner_contact_get_email (contact), ==, "grace.okafor@example.org");
  g_clear_object (&conflict);
  g_clear_pointer (&differs, g_free);

  /* The escalation's conflict, in the case's list: keep the desk's date. */
  {
    g_autoptr(GListModel) of_case = ov_exchange_list_conflicts (desk.store,
                                                                case_id_of (desk.store,
                                                                            READY_CASE),
                                                                &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (of_case), ==, 1);
    conflict = g_list_model_get_item (of_case, 0);
  }
  g_assert_cmpstr (ov_conflict_get_kind (conflict), ==, "escalation");
  differs = differing_fields (conflict);
  g_assert_cmpstr (differs, ==, "closed-on");
  g_assert_true (ov_exchange_resolve_conflict (desk.store, ov_conflict_get_id (conflict), NULL,
                                               &error));
  g_assert_no_error (error);
  escalation = load_uuid (desk.store, OV_TYPE_ESCALATION, desk.escalation_uuid);
  g_assert_cmpstr (ov_escalation_get_closed_on (escalation), ==, "2026-11-20");
  g_assert_cmpuint (ov_exchange_count_conflicts (desk.store, 0), ==, 0);

  assert_audit_intact (desk.store);
  assert_audit_intact (laptop);
  g_clear_object (&desk.store);
  g_free (desk.entry_uuid);
  g_free (desk.escalation_uuid);
  g_free (desk.contact_uuid);
}

/* A learning entry or escalation whose case is in neither the bundle nor the database is
 * refused, naming its line and element, with the database file unchanged. */
static void
test_readiness_dangling_case (void)
{
  Readiness desk = { test_store_new () };
  g_autoptr(OvStore) laptop = test_store_new ();
  g_autoptr(GBytes) good = NULL;
  g_autoptr(OvImportSummary) summary = NULL;
  g_autofree char *case_uuid = NULL;
  const char *text;
  const char *start;
  const char *elements[] = { "learning-entry", "escalation" };

  readiness_desk (&desk);
  good = export_case (desk.store, READY_CASE);
  summary = import_ok (laptop, good);
  text = g_bytes_get_data (good, NULL);
  start = strstr (text, "<case ");
  g_assert_nonnull (start);
  case_uuid = g_strndup (strstr (start, "uuid=\"") + 6, 36);

  for (guint e = 0; e < G_N_ELEMENTS (elements); e++)
    {
      g_autofree char *open_tag = g_strdup_printf ("<%s ", elements[e]);
      g_autofree char *close_tag = g_strdup_printf ("</%s>", elements[e]);
      g_autofree char *dangling = g_strdup_printf ("<case-id>%s</case-id>", case_uuid);
      g_autofree char *where = g_strdup_printf ("element “%s”", elements[e]);
      const char *record = strstr (text, open_tag);
      const char *end;
      g_autoptr(GString) broken = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(OvBundle) bundle = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      char *at;

      g_assert_nonnull (record);
      end = strstr (record, close_tag);
      broken = g_string_new (text);
      /* Only this record's case is replaced, by one that is nowhere. */
      at = strstr (broken->str + (record - text), dangling);
      g_assert_nonnull (at);
      g_assert_true (at < broken->str + (end - text));
      memcpy (at + strlen ("<case-id>"), "00000000-0000-4000-8000-000000000000", 36);
      bytes = g_string_free_to_bytes (g_steal_pointer (&broken));

      before = database_fingerprint (ov_store_get_path (laptop));
      bundle = read_ok (bytes);
      g_assert_false (ov_exchange_import (laptop, bundle, NULL, &error));
      g_assert_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT);
      g_assert_nonnull (strstr (error->message, "Line "));
      g_assert_nonnull (strstr (error->message, where));
      g_assert_nonnull (strstr (error->message, "00000000-0000-4000-8000-000000000000"));
      g_clear_error (&error);
      /* A dry run refuses it the same way. */
      g_assert_null (ov_exchange_plan (laptop, bundle, &error));
      g_assert_error (error, OV_BUNDLE_ERROR, OV_BUNDLE_ERROR_INCONSISTENT);
      after = database_fingerprint (ov_store_get_path (laptop));
      g_assert_cmpstr (before, ==, after);
    }

  g_clear_object (&desk.store);
  g_free (desk.entry_uuid);
  g_free (desk.escalation_uuid);
  g_free (desk.contact_uuid);
}

/* ---- The command line ---------------------------------------------------------------- */

static int
run_oversight (char **out,
               char **err,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("OVERSIGHT_BIN"));
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static char *
dump_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvStore) store = ov_store_open (path, &error);

  g_assert_no_error (error);
  return test_dump (test_store_db (store));
}

static void
test_command_line (void)
{
  g_autofree char *desk = test_db_path ();
  g_autofree char *laptop = test_db_path ();
  g_autofree char *bundle = g_build_filename (g_get_user_data_dir (), "case.xml", NULL);
  g_autofree char *back = g_build_filename (g_get_user_data_dir (), "back.xml", NULL);
  g_autofree char *hostile = source_path ("tests/data/bundles/xxe.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OvStore) store = ov_store_open (desk, &error);

    g_assert_no_error (error);
    g_assert_true (ov_demo_load (store, &error));
    g_assert_no_error (error);
  }

  /* Export one case; the file validates. */
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_oversight (&out, &err, "--database", desk, "--export-bundle", bundle,
                                    "--case", CASE_REF, NULL), ==, 0);
    g_assert_true (g_file_get_contents (bundle, &contents, &length, NULL));
    {
      g_autoptr(GBytes) bytes = g_bytes_new (contents, length);

      assert_xmllint_valid (bytes);
    }
  }

  /* An unknown case is refused. */
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_oversight (&out, &err, "--database", desk, "--export-bundle", back,
                                    "--case", "MSHT/1999/0001", NULL), ==, 2);
    g_assert_nonnull (strstr (err, "MSHT/1999/0001"));
    g_assert_false (g_file_test (back, G_FILE_TEST_EXISTS));
  }

  /* Into the laptop: first a dry run, which changes nothing. */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(OvStore) store = ov_store_open (laptop, &error);

    g_assert_no_error (error);
    g_clear_object (&store);
    before = dump_file (laptop);
    g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--import-bundle", bundle,
                                    "--dry-run", NULL), ==, 0);
    g_assert_nonnull (strstr (out, "Dry run"));
    after = dump_file (laptop);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&before, g_free);
    g_clear_pointer (&after, g_free);
  }
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--import-bundle", bundle,
                                    NULL), ==, 0);
    g_assert_nonnull (strstr (out, "Cases"));
    g_assert_cmpstr (err, ==, "");
  }

  /* A hostile file: exit 2, one line on standard error, the database file untouched. */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_autofree char *fingerprint_after = NULL;

    fingerprint = database_fingerprint (laptop);
    g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--import-bundle", hostile,
                                    NULL), ==, 2);
    g_assert_nonnull (strstr (err, "document type declaration"));
    g_assert_cmpuint (strchr (err, '\n') - err, ==, strlen (err) - 1);
    fingerprint_after = database_fingerprint (laptop);
    g_assert_cmpstr (fingerprint, ==, fingerprint_after);
  }

  /* A genuine bundle over the size limit given: refused before it is read, exit 2, the
   * database file untouched; a limit that is not a number of megabytes is refused too. */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_autofree char *fingerprint_after = NULL;
    g_autofree char *big = g_build_filename (g_get_user_data_dir (), "big.xml", NULL);
    g_autoptr(GString) padded = g_string_new (contents);

    /* The exported bundle, padded past one megabyte with white space: still well formed. */
    while (padded->len < 1024 * 1024 + 4096)
      g_string_append (padded, "                                                              \n");
    g_assert_true (g_file_set_contents (big, padded->str, padded->len, NULL));

    g_clear_pointer (&fingerprint, g_free);
    fingerprint = database_fingerprint (laptop);
    g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--import-bundle", big,
                                    "--bundle-size-limit", "1", NULL), ==, 2);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "oversight: "));
    g_assert_cmpuint (strchr (err, '\n') - err, ==, strlen (err) - 1);
    fingerprint_after = database_fingerprint (laptop);
    g_assert_cmpstr (fingerprint, ==, fingerprint_after);
    g_clear_pointer (&fingerprint_after, g_free);

    /* Under a limit it fits, the same file is read: a dry run says what it would do. */
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--import-bundle", big,
                                    "--bundle-size-limit", "2", "--dry-run", NULL), ==, 0);
    g_assert_nonnull (strstr (out, "Dry run"));

    for (guint i = 0; i < 4; i++)
      {
        const char *bad[] = { "0", "4097", "ten", "1.5" };

        g_clear_pointer (&out, g_free);
        g_clear_pointer (&err, g_free);
        g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--import-bundle", big,
                                        "--bundle-size-limit", bad[i], NULL), ==, 2);
        g_assert_nonnull (strstr (err, "--bundle-size-limit"));
      }
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_oversight (&out, &err, "--database", laptop,
                                    "--bundle-size-limit", "10", NULL), ==, 2);
    g_assert_nonnull (strstr (err, "--import-bundle"));
    fingerprint_after = database_fingerprint (laptop);
    g_assert_cmpstr (fingerprint, ==, fingerprint_after);
  }

  /* The same field changed on both sides: exit 1, and the summary says so. */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(OvStore) desk_store = ov_store_open (desk, &error);
    g_autoptr(OvStore) laptop_store = ov_store_open (laptop, &error);

    g_assert_no_error (error);
    set_nationality (desk_store, CASE_REF, "Desk");
    set_nationality (laptop_store, CASE_REF, "Laptop");
    g_clear_object (&desk_store);
    g_clear_object (&laptop_store);

    g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--export-bundle", back,
                                    "--case", CASE_REF, NULL), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_oversight (&out, &err, "--database", desk, "--import-bundle", back,
                                    NULL), ==, 1);
    g_assert_nonnull (strstr (out, "resolve the conflict"));
  }

  /* Options that do not go together. */
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_oversight (&out, &err, "--database", desk, "--import-bundle", back,
                                    "--export-bundle", bundle, NULL), ==, 2);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_oversight (&out, &err, "--database", desk, "--dry-run", NULL), ==, 2);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_oversight (&out, &err, "--database", desk, "--read-only",
                                    "--import-bundle", back, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "--read-only"));
  }
}

/* The command line's dry run counts the new kinds. */
static void
test_readiness_dry_run (void)
{
  Readiness desk = { test_store_new () };
  g_autofree char *laptop = test_db_path ();
  g_autofree char *file = g_build_filename (g_get_user_data_dir (), "ready.xml", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *labels[] = { "Learning entries", "Escalations", "Partner contacts" };

  readiness_desk (&desk);
  bytes = export_case (desk.store, READY_CASE);
  g_assert_true (g_file_set_contents (file, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);

  g_assert_cmpint (run_oversight (&out, &err, "--database", laptop, "--import-bundle", file,
                                  "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Dry run"));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const char *line = strstr (out, labels[i]);
      g_auto(GStrv) columns = NULL;
      g_autofree char *row = NULL;

      g_assert_nonnull (line);
      row = g_strndup (line + strlen (labels[i]), strcspn (line, "\n") - strlen (labels[i]));
      columns = g_strsplit_set (g_strstrip (row), " ", -1);
      /* Added: 1. */
      g_assert_cmpstr (columns[0], ==, "1");
    }

  g_clear_object (&desk.store);
  g_free (desk.entry_uuid);
  g_free (desk.escalation_uuid);
  g_free (desk.contact_uuid);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange/schema/up-to-date", test_schema_up_to_date);
  g_test_add_func ("/exchange/round-trip", test_round_trip);
  g_test_add_func ("/exchange/laptop-scenario", test_laptop_scenario);
  g_test_add_func ("/exchange/append-only-union", test_append_only_union);
  g_test_add_func ("/exchange/unicode-survives", test_unicode_survives);
  g_test_add_func ("/exchange/hostile-files", test_hostile_files);
  g_test_add_func ("/exchange/partners", test_partners);
  g_test_add_func ("/exchange/plan-then-import", test_plan_then_import);
  g_test_add_func ("/exchange/frozen-here", test_frozen_here);
  g_test_add_func ("/exchange/command-line", test_command_line);
  g_test_add_func ("/exchange/readiness/round-trip-and-merge", test_readiness_records);
  g_test_add_func ("/exchange/readiness/dangling-case", test_readiness_dangling_case);
  g_test_add_func ("/exchange/readiness/dry-run", test_readiness_dry_run);

  return g_test_run ();
}
