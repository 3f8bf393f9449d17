/* test-model.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validation on the model, and the names the enumerations share across layers.
 */

#include "config.h"

#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-staff.h"

static void
assert_invalid (gpointer    record,
                const char *expected_property)
{
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  g_assert_false (ov_record_validate_property (OV_RECORD (record), &property, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_assert_cmpstr (property, ==, expected_property);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
assert_valid (gpointer record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ov_record_validate (OV_RECORD (record), &error));
  g_assert_no_error (error);
}

static void
test_case_validation (void)
{
  g_autoptr(OvCase) the_case = ov_case_new ();

  g_assert_cmpint (ov_case_get_protective_marking (the_case), ==,
                   OV_PROTECTIVE_MARKING_OFFICIAL_SENSITIVE);
  assert_invalid (the_case, "reference");

  ov_case_set_reference (the_case, "   ");
  assert_invalid (the_case, "reference");

  ov_case_set_reference (the_case, "MSHT/2026/0001");
  assert_invalid (the_case, "opened-on");
  ov_case_set_opened_on (the_case, "2026-02-30");
  assert_invalid (the_case, "opened-on");
  ov_case_set_opened_on (the_case, "2026-02-28");
  assert_valid (the_case);

  ov_case_set_status (the_case, OV_CASE_STATUS_CLOSED);
  assert_invalid (the_case, "closed-on");
  ov_case_set_closed_on (the_case, "2026-01-01");
  assert_invalid (the_case, "closed-on");
  ov_case_set_closed_on (the_case, "2026-03-01");
  assert_valid (the_case);
  ov_case_set_status (the_case, OV_CASE_STATUS_OPEN);
  assert_invalid (the_case, "closed-on");
  ov_case_set_closed_on (the_case, NULL);

  ov_case_set_county_lines (the_case, TRUE);
  assert_invalid (the_case, "county-lines");
  ov_case_set_exploitation_types (the_case, OV_EXPLOITATION_CRIMINAL);
  assert_valid (the_case);
}

static void
test_staff_validation (void)
{
  g_autoptr(OvStaff) staff = ov_staff_new ();

  g_assert_true (ov_staff_get_active (staff));
  assert_invalid (staff, "name");
  ov_staff_set_name (staff, "Nia Evans");
  assert_invalid (staff, "collar-number");
  ov_staff_set_collar_number (staff, "5123");
  assert_valid (staff);

  /* Search, as every list of staff does it. */
  ov_staff_set_unit (staff, "Modern Slavery Unit");
  g_assert_true (ov_staff_matches (staff, NULL));
  g_assert_true (ov_staff_matches (staff, "  EVANS "));
  g_assert_true (ov_staff_matches (staff, "512"));
  g_assert_true (ov_staff_matches (staff, "detective con"));
  g_assert_true (ov_staff_matches (staff, "slavery"));
  g_assert_false (ov_staff_matches (staff, "okafor"));

  ov_staff_set_email (staff, "nia.evans");
  assert_invalid (staff, "email");
  ov_staff_set_email (staff, "nia.evans@police.example");
  ov_staff_set_accreditation_date (staff, "31/03/2024");
  assert_invalid (staff, "accreditation-date");
  ov_staff_set_accreditation_date (staff, "2024-03-31");
  assert_valid (staff);
}

static void
test_allocation_validation (void)
{
  g_autoptr(OvAllocation) allocation = ov_allocation_new ();

  assert_invalid (allocation, "case-id");
  ov_allocation_set_case_id (allocation, 1);
  assert_invalid (allocation, "staff-id");
  ov_allocation_set_staff_id (allocation, 2);
  assert_invalid (allocation, "starts-at");
  ov_allocation_set_starts_at (allocation, "2026-11-27T09:00:00Z");
  assert_valid (allocation);
  ov_allocation_set_ends_at (allocation, "2026-11-26T09:00:00Z");
  assert_invalid (allocation, "ends-at");
}

static void
test_enum_names (void)
{
  g_autofree char *nicks = NULL;
  g_autofree char *labels = NULL;
  guint flags = 0;
  int value = -1;

  g_assert_cmpstr (ov_enum_get_nick (OV_TYPE_PIP_LEVEL, OV_PIP_LEVEL_PIP2_TRAINEE), ==,
                   "pip2-trainee");
  g_assert_cmpstr (ov_enum_get_label (OV_TYPE_PIP_LEVEL, OV_PIP_LEVEL_PIP2_TRAINEE), ==,
                   "PIP2 trainee");
  g_assert_cmpstr (ov_enum_get_label (OV_TYPE_ALLOCATION_ROLE, OV_ALLOCATION_ROLE_OFFICER_IN_CASE),
                   ==, "Officer in the case");
  g_assert_true (ov_enum_from_nick (OV_TYPE_CASE_STATUS, "charged", &value));
  g_assert_cmpint (value, ==, OV_CASE_STATUS_CHARGED);
  g_assert_false (ov_enum_from_nick (OV_TYPE_CASE_STATUS, "lost", &value));

  nicks = ov_flags_to_nicks (OV_TYPE_EXPLOITATION,
                             OV_EXPLOITATION_SEXUAL | OV_EXPLOITATION_DOMESTIC_SERVITUDE);
  g_assert_cmpstr (nicks, ==, "sexual,domestic-servitude");
  g_assert_true (ov_flags_from_nicks (OV_TYPE_EXPLOITATION, nicks, &flags));
  g_assert_cmpuint (flags, ==, OV_EXPLOITATION_SEXUAL | OV_EXPLOITATION_DOMESTIC_SERVITUDE);
  g_assert_false (ov_flags_from_nicks (OV_TYPE_EXPLOITATION, "sexual,fishing", &flags));

  labels = ov_flags_to_labels (OV_TYPE_EXPLOITATION,
                               OV_EXPLOITATION_LABOUR | OV_EXPLOITATION_CRIMINAL);
  g_assert_cmpstr (labels, ==, "Labour, Criminal");

  /* Every value of every enumeration has a label of its own, not its bare nick. */
  {
    const GType types[] = {
      OV_TYPE_RANK, OV_TYPE_PIP_LEVEL, OV_TYPE_ACCREDITATION_STATUS, OV_TYPE_CASE_STATUS,
      OV_TYPE_PROTECTIVE_MARKING, OV_TYPE_ALLOCATION_ROLE,
    };

    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);

        for (guint i = 0; i < klass->n_values; i++)
          g_assert_cmpstr (ov_enum_get_label (types[t], klass->values[i].value), !=,
                           klass->values[i].value_nick);
      }
  }
}

static void
test_text_limits_and_scripts (void)
{
  g_autoptr(OvCase) the_case = ov_case_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  const char *property = NULL;
  /* Right-to-left, combining characters, emoji and a very long word are all valid. */
  const char *unusual = "\u0639\u0645\u0644 \u0642\u0633\u0631\u064a e\u0301 \U0001F6A8 "
                        "Donaudampfschifffahrtsgesellschaftskapitaensmuetzenabzeichen";

  ov_case_set_reference (the_case, "MSHT/2026/0001");
  ov_case_set_opened_on (the_case, "2026-11-01");
  ov_case_set_summary (the_case, unusual);
  assert_valid (the_case);

  for (int i = 0; i < OV_RECORD_MAX_TEXT_LENGTH; i++)
    g_string_append_unichar (long_text, 0x00e9);
  ov_case_set_summary (the_case, long_text->str);
  assert_valid (the_case);

  g_string_append_c (long_text, 'x');
  ov_case_set_summary (the_case, long_text->str);
  g_assert_false (ov_record_validate_property (OV_RECORD (the_case), &property, &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_assert_cmpstr (property, ==, "summary");
  g_assert_nonnull (strstr (error->message, "too long"));
  g_clear_error (&error);

  ov_case_set_summary (the_case, "caf\xc3");
  g_assert_false (ov_record_validate_property (OV_RECORD (the_case), &property, &error));
  g_assert_cmpstr (property, ==, "summary");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/case/validation", test_case_validation);
  g_test_add_func ("/model/staff/validation", test_staff_validation);
  g_test_add_func ("/model/allocation/validation", test_allocation_validation);
  g_test_add_func ("/model/enums/names", test_enum_names);
  g_test_add_func ("/model/text-limits-and-scripts", test_text_limits_and_scripts);

  return g_test_run ();
}
