/* test-people.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The people of a case, driven as a supervisor drives them: adding a victim, going
 * missing, the victim strategy and its Victims' Code rights, risk assessments and their
 * endorsement (and its refusal to others), revealing restricted details for a reason, and
 * an NRM referral on the wrong route. What the user relies on is checked in the database
 * through a second connection.
 */

#define G_LOG_DOMAIN "test-ui-people"

#include "config.h"

#include <string.h>

#include "ov-case.h"
#include "ov-code-right-row.h"
#include "ov-endorse-dialog.h"
#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-nrm-dialog.h"
#include "ov-people-section.h"
#include "ov-person-detail.h"
#include "ov-person-dialog.h"
#include "ov-reveal-dialog.h"
#include "ov-risk-assessment-dialog.h"
#include "ov-risk-panel.h"
#include "ov-staff.h"
#include "ov-support-dialog.h"
#include "ov-support-panel.h"
#include "ov-util.h"
#include "ov-victim-strategy-editor.h"
#include "ov-victims.h"
#include "ui-test-helpers.h"

#define INVESTIGATOR_ACCOUNT "ui-test-investigator"

typedef struct
{
  char            *path;
  OvStore         *store;
  OvStaff         *supervisor;
  OvStaff         *investigator;
  OvStaff         *msvlo;
  OvCase          *the_case;
  GtkWindow       *window;
  OvPeopleSection *section;
  OvPersonDetail  *detail;
} Fixture;

static OvStaff *
add_staff (OvStore     *store,
           const char  *name,
           const char  *collar_number,
           OvRank       rank,
           OvStaffRole  roles)
{
  g_autoptr(GError) error = NULL;
  OvStaff *staff = ov_staff_new ();

  ov_staff_set_name (staff, name);
  ov_staff_set_collar_number (staff, collar_number);
  ov_staff_set_rank (staff, rank);
  ov_staff_set_roles (staff, roles);
  ov_staff_set_pip_level (staff, OV_PIP_LEVEL_PIP2);
  ov_store_save (store, OV_RECORD (staff), &error);
  g_assert_no_error (error);
  return staff;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->path = ui_test_db_path ();
  fixture->store = ui_test_empty_store (fixture->path);
  fixture->supervisor = add_staff (fixture->store, "Helen Marsh", "DS 2001", OV_RANK_DS,
                                   OV_STAFF_ROLE_SUPERVISOR | OV_STAFF_ROLE_INVESTIGATOR);
  fixture->investigator = add_staff (fixture->store, "Tom Byrne", "DC 5121", OV_RANK_DC,
                                     OV_STAFF_ROLE_INVESTIGATOR);
  fixture->msvlo = add_staff (fixture->store, "Priya Shah", "DC 5120", OV_RANK_DC,
                              OV_STAFF_ROLE_INVESTIGATOR | OV_STAFF_ROLE_MSVLO);
  ov_store_link_account (fixture->store, fixture->supervisor, &error);
  g_assert_no_error (error);
  g_assert_true (ov_store_current_user_is_supervisor (fixture->store));

  fixture->the_case = ov_case_new ();
  ov_case_set_reference (fixture->the_case, "MSHT/2026/0500");
  ov_case_set_opened_on (fixture->the_case, "2026-01-05");
  ov_store_save (fixture->store, OV_RECORD (fixture->the_case), &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->section = ov_people_section_new (fixture->store,
                                            ov_record_get_id (OV_RECORD (fixture->the_case)));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->section));
  gtk_window_present (fixture->window);
  fixture->detail = ui_test_child (fixture->section, OV_TYPE_PEOPLE_SECTION, "person_detail");
  ui_test_flush ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs a failed test left open go with the window. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  ui_test_flush ();
  g_clear_object (&fixture->the_case);
  g_clear_object (&fixture->msvlo);
  g_clear_object (&fixture->investigator);
  g_clear_object (&fixture->supervisor);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

/* Helpers */

static OvStore *
open_second_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  OvStore *second = ov_store_open (fixture->path, &error);

  g_assert_no_error (error);
  return second;
}

static OvPerson *
add_person (Fixture      *fixture,
            const char   *name,
            OvPersonRole  roles,
            OvAgeStatus   age_status)
{
  g_autoptr(GError) error = NULL;
  OvPerson *person = ov_person_new ();

  ov_person_set_case_id (person, ov_record_get_id (OV_RECORD (fixture->the_case)));
  ov_person_set_name (person, name);
  ov_person_set_roles (person, roles);
  ov_person_set_age_status (person, age_status);
  ov_person_set_identified_on (person, "2026-01-06");
  ov_store_save (fixture->store, OV_RECORD (person), &error);
  g_assert_no_error (error);
  ui_test_flush ();
  return person;
}

static void
select_person (Fixture  *fixture,
               OvPerson *person)
{
  g_assert_true (ov_people_section_select_person (fixture->section,
                                                  ov_record_get_id (OV_RECORD (person))));
  ui_test_flush ();
  g_assert_cmpint (ov_record_get_id (OV_RECORD (ov_person_detail_get_person (fixture->detail))),
                   ==, ov_record_get_id (OV_RECORD (person)));
}

static void
show_tab (Fixture    *fixture,
          const char *name)
{
  GtkStack *stack = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "stack");

  gtk_stack_set_visible_child_name (stack, name);
  ui_test_flush ();
}

static gpointer
detail_child (Fixture    *fixture,
              GType       type,
              const char *panel,
              const char *name)
{
  gpointer widget = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, panel);

  return ui_test_child (widget, type, name);
}

static void
activate (gpointer    widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  ui_test_flush ();
}

/* A click on a button the user can see and use. */
static void
click (gpointer button)
{
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  ui_test_flush ();
}

static gpointer
wait_for_window (GType type)
{
  GtkWindow *window;

  ui_test_flush ();
  window = ui_test_find_window (type);
  g_assert_nonnull (window);
  return window;
}

static void
answer_message (int response)
{
  GtkWindow *dialog = wait_for_window (GTK_TYPE_MESSAGE_DIALOG);

  gtk_dialog_response (GTK_DIALOG (dialog), response);
  ui_test_flush ();
}

static void
type_text (gpointer    dialog,
           GType       type,
           const char *name,
           const char *text)
{
  gpointer widget = ui_test_child (dialog, type, name);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (widget), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
choose (gpointer    dialog,
        GType       type,
        const char *name,
        GType       enum_type,
        int         value)
{
  GtkDropDown *drop_down = ui_test_child (dialog, type, name);

  gtk_drop_down_set_selected (drop_down, ov_enum_to_position (enum_type, value));
}

static gboolean
label_visible_with (GtkLabel   *label,
                    const char *text)
{
  return gtk_widget_is_visible (GTK_WIDGET (label)) &&
         strstr (gtk_label_get_text (label), text) != NULL;
}

static void
sign_in_as_investigator (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  ov_store_set_account (fixture->store, INVESTIGATOR_ACCOUNT);
  ov_store_link_account (fixture->store, fixture->investigator, &error);
  g_assert_no_error (error);
  g_assert_false (ov_store_current_user_is_supervisor (fixture->store));
  ui_test_flush ();
}

/* Unusual names: right-to-left scripts, combining accents, emoji with joiners and flags,
 * a 1,000-letter word. Typed into the person editor, saved, and shown again the same. */

static void
test_unusual_names (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GString) word = g_string_new ("Ana ");
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[6] = {
    "فاطمة الزهراء",
    "שרה לוי",
    "Zoe\xcc\x81 Nun\xcc\x83" "ez Nguye\xcc\x82\xcc\x83" "n",
    "Amara \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 "
    "\xf0\x9f\x91\x8b\xf0\x9f\x8f\xbd \xf0\x9f\x87\xac\xf0\x9f\x87\xa7",
    NULL,
    "Daniel 🇺🇦 אבי",
  };

  for (guint i = 0; i < 1000; i++)
    g_string_append_c (word, (char) ('a' + (i * 7 + i / 26) % 26));
  names[4] = word->str;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      OvPersonDialog *dialog;
      OvPerson *selected;

      activate (fixture->section, "people.add");
      dialog = wait_for_window (OV_TYPE_PERSON_DIALOG);
      type_text (dialog, OV_TYPE_PERSON_DIALOG, "name_entry", names[i]);
      click (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "save_button"));
      g_assert_null (ui_test_find_window (OV_TYPE_PERSON_DIALOG));

      /* Selected in the list, and opened again in the editor: the same text. */
      selected = ov_people_section_get_selected_person (fixture->section);
      g_assert_nonnull (selected);
      g_assert_cmpstr (ov_person_get_name (selected), ==, names[i]);
      activate (fixture->section, "people.edit");
      dialog = wait_for_window (OV_TYPE_PERSON_DIALOG);
      g_assert_cmpstr (gtk_editable_get_text (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG,
                                                             "name_entry")), ==, names[i]);
      gtk_window_destroy (GTK_WINDOW (dialog));
      ui_test_flush ();
    }

  /* In the database, byte for byte, as another connection reads it. */
  second = open_second_store (fixture);
  people = ov_store_list_people (second, ov_record_get_id (OV_RECORD (fixture->the_case)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, G_N_ELEMENTS (names));
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < people->len; j++)
        found = found || g_strcmp0 (ov_person_get_name (people->pdata[j]), names[i]) == 0;
      g_assert_true (found);
    }
}

/* Adding a victim */

static void
test_add_victim (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  OvPersonDialog *dialog;
  OvPerson *stored;
  GtkLabel *name_error;

  /* Nothing recorded yet: the list says how to start. */
  g_assert_true (label_visible_with (ui_test_child (fixture->section, OV_TYPE_PEOPLE_SECTION,
                                                    "empty_label"),
                                     "Add Person"));

  activate (fixture->section, "people.add");
  dialog = wait_for_window (OV_TYPE_PERSON_DIALOG);

  /* A new person is a victim unless the user says otherwise. */
  g_assert_true (gtk_check_button_get_active (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG,
                                                             "victim_check")));

  /* Without a name the model's rule is shown under the name, and nothing is saved. */
  click (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "save_button"));
  name_error = ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "name_error");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (name_error)));
  g_assert_true (ui_test_find_window (OV_TYPE_PERSON_DIALOG) == GTK_WINDOW (dialog));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_PERSON), ==, 0);

  type_text (dialog, OV_TYPE_PERSON_DIALOG, "name_entry", "Andrei Popescu");
  choose (dialog, OV_TYPE_PERSON_DIALOG, "age_drop_down", OV_TYPE_AGE_STATUS,
          OV_AGE_STATUS_AGE_DISPUTED);
  type_text (dialog, OV_TYPE_PERSON_DIALOG, "nationality_entry", "Romanian");
  gtk_check_button_set_active (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "interpreter_check"),
                               TRUE);
  gtk_check_button_set_active (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "labour_check"),
                               TRUE);
  g_assert_false (gtk_widget_is_visible (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG,
                                                        "s45_box")));
  click (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_PERSON_DIALOG));

  /* In the database, as entered. */
  second = open_second_store (fixture);
  people = ov_store_list_people (second, ov_record_get_id (OV_RECORD (fixture->the_case)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 1);
  stored = g_ptr_array_index (people, 0);
  g_assert_cmpstr (ov_person_get_name (stored), ==, "Andrei Popescu");
  g_assert_cmpuint (ov_person_get_roles (stored), ==, OV_PERSON_ROLE_VICTIM);
  g_assert_cmpint (ov_person_get_age_status (stored), ==, OV_AGE_STATUS_AGE_DISPUTED);
  g_assert_true (ov_person_get_interpreter_needed (stored));
  g_assert_cmpuint (ov_person_get_exploitation_types (stored), ==, OV_EXPLOITATION_LABOUR);
  g_assert_true (ov_date_is_valid (ov_person_get_identified_on (stored)));
  g_assert_true (ov_person_is_child (stored, "2026-01-06"));

  /* In the list, selected, with what is still to do said in words. */
  g_assert_cmpstr (ov_person_get_name (ov_people_section_get_selected_person (fixture->section)),
                   ==, "Andrei Popescu");
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section),
                                        "No lead contact: name an MSVLO, navigator or SPOC"));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section), "Victim strategy: None"));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section), "Risk: Not assessed"));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section), "NRM: Not referred"));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section),
                                        "Victim · Age disputed (treated as a child) · "
                                        "Not known"));
}

static void
test_victim_suspect_section_45 (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Maria", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  g_autoptr(OvPerson) stored = NULL;
  g_autoptr(GError) error = NULL;
  OvPersonDialog *dialog;

  select_person (fixture, person);
  activate (fixture->section, "people.edit");
  dialog = wait_for_window (OV_TYPE_PERSON_DIALOG);
  g_assert_false (gtk_widget_is_visible (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "s45_box")));

  /* A victim who is also a suspect: the section 45 consideration is asked for. */
  gtk_check_button_set_active (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "suspect_check"),
                               TRUE);
  g_assert_true (gtk_widget_is_visible (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "s45_box")));
  choose (dialog, OV_TYPE_PERSON_DIALOG, "s45_drop_down", OV_TYPE_S45_DECISION,
          OV_S45_DECISION_DEFENCE_MAY_APPLY);
  click (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_true (gtk_widget_is_visible (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG,
                                                       "s45_rationale_error")));

  type_text (dialog, OV_TYPE_PERSON_DIALOG, "s45_rationale_view",
             "Compelled to cultivate cannabis under threat to her family.");
  type_text (dialog, OV_TYPE_PERSON_DIALOG, "s45_date_entry", "2026-01-07");
  click (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_PERSON_DIALOG));

  stored = ov_store_load (fixture->store, OV_TYPE_PERSON, ov_record_get_id (OV_RECORD (person)),
                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ov_person_get_roles (stored), ==,
                    OV_PERSON_ROLE_VICTIM | OV_PERSON_ROLE_SUSPECT);
  g_assert_cmpint (ov_person_get_s45_decision (stored), ==, OV_S45_DECISION_DEFENCE_MAY_APPLY);
  g_assert_cmpstr (ov_person_get_s45_decided_on (stored), ==, "2026-01-07");
}

static void
test_missing_asks_for_risk (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Maria", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  OvPersonDialog *dialog;
  OvRiskAssessmentDialog *risk_dialog;

  select_person (fixture, person);
  activate (fixture->section, "people.edit");
  dialog = wait_for_window (OV_TYPE_PERSON_DIALOG);
  choose (dialog, OV_TYPE_PERSON_DIALOG, "status_drop_down", OV_TYPE_PERSON_STATUS,
          OV_PERSON_STATUS_MISSING);
  click (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "save_button"));

  /* Saved, then asked; yes opens a new assessment of the missing victim. */
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section), "Missing"));
  answer_message (GTK_RESPONSE_ACCEPT);
  risk_dialog = wait_for_window (OV_TYPE_RISK_ASSESSMENT_DIALOG);
  g_assert_true (gtk_check_button_get_active (ui_test_child (risk_dialog,
                                                             OV_TYPE_RISK_ASSESSMENT_DIALOG,
                                                             "missing_check")));
  type_text (risk_dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "threat_view",
             "Left the refuge at night; exploiters had her number.");
  choose (risk_dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "grade_drop_down", OV_TYPE_RISK_GRADE,
          OV_RISK_GRADE_HIGH);
  click (ui_test_child (risk_dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "save_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_RISK_ASSESSMENT_DIALOG));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section),
                                        "Risk: High — not endorsed"));

  /* Saving again while still missing asks nothing. */
  activate (fixture->section, "people.edit");
  dialog = wait_for_window (OV_TYPE_PERSON_DIALOG);
  type_text (dialog, OV_TYPE_PERSON_DIALOG, "nationality_entry", "Albanian");
  click (ui_test_child (dialog, OV_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_null (ui_test_find_window (GTK_TYPE_MESSAGE_DIALOG));
}

/* Support */

static void
test_assign_lead_contact (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Andrei Popescu", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_CHILD);
  g_autoptr(GPtrArray) support = NULL;
  g_autoptr(GError) error = NULL;
  OvSupportDialog *dialog;
  GtkDropDown *staff_drop_down;
  GListModel *staff;

  select_person (fixture, person);
  show_tab (fixture, "support");
  g_assert_true (gtk_widget_is_visible (detail_child (fixture, OV_TYPE_SUPPORT_PANEL,
                                                      "support_panel", "no_lead_banner")));
  activate (ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "support_panel"),
            "support.assign");
  dialog = wait_for_window (OV_TYPE_SUPPORT_DIALOG);

  /* MSVLOs and SPOCs are offered first: here only Priya Shah. */
  staff_drop_down = ui_test_child (dialog, OV_TYPE_SUPPORT_DIALOG, "staff_drop_down");
  staff = gtk_drop_down_get_model (staff_drop_down);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 1);

  /* No one chosen: said at the drop-down, nothing saved. */
  click (ui_test_child (dialog, OV_TYPE_SUPPORT_DIALOG, "assign_button"));
  g_assert_true (gtk_widget_is_visible (ui_test_child (dialog, OV_TYPE_SUPPORT_DIALOG,
                                                       "staff_error")));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_VICTIM_SUPPORT), ==, 0);

  gtk_drop_down_set_selected (staff_drop_down, 0);
  click (ui_test_child (dialog, OV_TYPE_SUPPORT_DIALOG, "assign_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_SUPPORT_DIALOG));

  support = ov_store_list_victim_support (fixture->store, ov_record_get_id (OV_RECORD (person)),
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (support->len, ==, 1);
  g_assert_true (ov_victim_support_get_lead (g_ptr_array_index (support, 0)));
  g_assert_cmpint (ov_victim_support_get_staff_id (g_ptr_array_index (support, 0)), ==,
                   ov_record_get_id (OV_RECORD (fixture->msvlo)));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section),
                                        "Lead contact: Priya Shah (MSVLO)"));
  g_assert_false (gtk_widget_is_visible (detail_child (fixture, OV_TYPE_SUPPORT_PANEL,
                                                       "support_panel", "no_lead_banner")));
}

/* Victim strategy and the Victims' Code */

static OvCodeRightRow *
first_right_row (Fixture *fixture)
{
  GtkListBox *rights = detail_child (fixture, OV_TYPE_VICTIM_STRATEGY_EDITOR, "strategy_editor",
                                     "rights_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (rights, 0);

  g_assert_true (OV_IS_CODE_RIGHT_ROW (row));
  return OV_CODE_RIGHT_ROW (row);
}

static void
test_victim_strategy_agreed_and_right_met (Fixture       *fixture,
                                           gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Andrei Popescu", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_AGE_DISPUTED);
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) rights = NULL;
  g_autoptr(GError) error = NULL;
  OvVictimStrategyEditor *editor;
  OvVictimStrategy *stored;
  OvVictimCodeRight *right;
  OvCodeRightRow *row;
  GtkListBox *rights_list;

  select_person (fixture, person);
  show_tab (fixture, "strategy");
  editor = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "strategy_editor");

  /* Drafted with the twelve rights of the Code. */
  activate (editor, "victim-strategy.draft");
  g_assert_nonnull (ov_victim_strategy_editor_get_strategy (editor));
  rights_list = ui_test_child (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR, "rights_list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (rights_list, 11));
  g_assert_null (gtk_list_box_get_row_at_index (rights_list, 12));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section),
                                        "Victim strategy: Draft, not agreed"));

  type_text (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR, "safeguarding_view",
             "Safe house with the local authority; ICTG referral made.");
  g_assert_true (ov_victim_strategy_editor_get_modified (editor));

  /* Agreeing saves first, asks, and freezes the version. */
  activate (editor, "victim-strategy.agree");
  answer_message (GTK_RESPONSE_ACCEPT);
  g_assert_false (gtk_widget_is_visible (ui_test_child (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR,
                                                        "error_banner")));

  second = open_second_store (fixture);
  versions = ov_store_list_victim_strategies (second, ov_record_get_id (OV_RECORD (person)),
                                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  stored = g_ptr_array_index (versions, 0);
  g_assert_cmpint (ov_victim_strategy_get_status (stored), ==, OV_STRATEGY_STATUS_AGREED);
  g_assert_cmpint (ov_victim_strategy_get_agreed_by (stored), ==,
                   ov_record_get_id (OV_RECORD (fixture->supervisor)));
  g_assert_cmpstr (ov_victim_strategy_get_safeguarding_plan (stored), ==,
                   "Safe house with the local authority; ICTG referral made.");
  /* A child, or a person whose age is disputed, is a vulnerable victim. */
  g_assert_true (ov_victim_strategy_get_enhanced_reasons (stored) & OV_ENHANCED_REASON_VULNERABLE);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section), "Victim strategy: Agreed"));
  g_assert_true (label_visible_with (ui_test_child (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR,
                                                    "state_label"),
                                     "Agreed by Helen Marsh"));

  /* The agreed text is read-only; its rights still move on. */
  g_assert_false (gtk_text_view_get_editable (ui_test_child (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR,
                                                             "safeguarding_view")));
  row = first_right_row (fixture);
  choose (row, OV_TYPE_CODE_RIGHT_ROW, "status_drop_down", OV_TYPE_RIGHT_STATUS,
          OV_RIGHT_STATUS_MET);
  g_assert_true (gtk_widget_is_visible (ui_test_child (row, OV_TYPE_CODE_RIGHT_ROW, "met_box")));

  /* Met without evidence: the rule is shown at the evidence and nothing is saved. */
  activate (editor, "victim-strategy.save");
  g_assert_true (gtk_widget_is_visible (ui_test_child (row, OV_TYPE_CODE_RIGHT_ROW,
                                                       "evidence_error")));
  rights = ov_store_list_code_rights (second, ov_record_get_id (OV_RECORD (stored)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ov_victim_code_right_get_status (g_ptr_array_index (rights, 0)), !=,
                   OV_RIGHT_STATUS_MET);
  g_clear_pointer (&rights, g_ptr_array_unref);

  type_text (row, OV_TYPE_CODE_RIGHT_ROW, "met_entry", "2026-01-06");
  type_text (row, OV_TYPE_CODE_RIGHT_ROW, "evidence_entry",
             "Romanian interpreter at the ABE interview.");
  activate (editor, "victim-strategy.save");
  g_assert_false (ov_victim_strategy_editor_get_modified (editor));

  rights = ov_store_list_code_rights (second, ov_record_get_id (OV_RECORD (stored)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rights->len, ==, 12);
  right = g_ptr_array_index (rights, 0);
  g_assert_cmpint (ov_victim_code_right_get_code_right (right), ==, OV_VICTIM_RIGHT_UNDERSTAND);
  g_assert_cmpint (ov_victim_code_right_get_status (right), ==, OV_RIGHT_STATUS_MET);
  g_assert_cmpstr (ov_victim_code_right_get_met_on (right), ==, "2026-01-06");
  g_assert_cmpstr (ov_victim_code_right_get_evidence (right), ==,
                   "Romanian interpreter at the ABE interview.");
}

static void
test_unsaved_strategy_not_lost (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(OvPerson) first = add_person (fixture, "Andrei Popescu", OV_PERSON_ROLE_VICTIM,
                                          OV_AGE_STATUS_CHILD);
  g_autoptr(OvPerson) second = add_person (fixture, "Maria", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  OvVictimStrategyEditor *editor;

  select_person (fixture, first);
  show_tab (fixture, "strategy");
  editor = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "strategy_editor");
  activate (editor, "victim-strategy.draft");
  type_text (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR, "safeguarding_view",
             "Foster placement arranged by the local authority.");

  /* Choosing someone else asks first, and stays put until answered. */
  g_assert_true (ov_people_section_select_person (fixture->section,
                                                  ov_record_get_id (OV_RECORD (second))));
  ui_test_flush ();
  g_assert_cmpstr (ov_person_get_name (ov_person_detail_get_person (fixture->detail)), ==,
                   "Andrei Popescu");
  answer_message (GTK_RESPONSE_ACCEPT);

  /* Saved, and then the other person is shown. */
  g_assert_cmpstr (ov_person_get_name (ov_person_detail_get_person (fixture->detail)), ==,
                   "Maria");
  versions = ov_store_list_victim_strategies (fixture->store,
                                              ov_record_get_id (OV_RECORD (first)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_victim_strategy_get_safeguarding_plan (g_ptr_array_index (versions, 0)),
                   ==, "Foster placement arranged by the local authority.");
}

static void
test_agree_needs_a_supervisor (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Maria", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  OvVictimStrategyEditor *editor;

  sign_in_as_investigator (fixture);
  select_person (fixture, person);
  show_tab (fixture, "strategy");
  editor = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "strategy_editor");

  /* An investigator drafts, but may not agree, and is told why. */
  activate (editor, "victim-strategy.draft");
  g_assert_nonnull (ov_victim_strategy_editor_get_strategy (editor));
  g_assert_false (gtk_widget_is_sensitive (ui_test_child (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR,
                                                          "agree_button")));
  g_assert_true (gtk_widget_is_visible (ui_test_child (editor, OV_TYPE_VICTIM_STRATEGY_EDITOR,
                                                       "agree_hint")));
}

/* Risk */

static void
test_risk_added_and_endorsed (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Andrei Popescu", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_CHILD);
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;
  OvRiskAssessmentDialog *dialog;
  OvEndorseDialog *endorse_dialog;
  OvRiskAssessment *current;
  gpointer panel;

  select_person (fixture, person);
  show_tab (fixture, "risk");
  panel = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "risk_panel");

  activate (panel, "risk.new");
  dialog = wait_for_window (OV_TYPE_RISK_ASSESSMENT_DIALOG);

  /* An assessment with nothing in it is refused at the first THRIVE heading. */
  click (ui_test_child (dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "save_button"));
  g_assert_true (gtk_widget_is_visible (ui_test_child (dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG,
                                                       "threat_error")));
  g_assert_cmpint (ov_store_count (fixture->store, OV_TYPE_RISK_ASSESSMENT), ==, 0);

  type_text (dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "threat_view",
             "Exploiters know where his family lives.");
  type_text (dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "vulnerability_view",
             "A child with little English.");
  gtk_check_button_set_active (ui_test_child (dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG,
                                              "trafficking_check"), TRUE);
  choose (dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "grade_drop_down", OV_TYPE_RISK_GRADE,
          OV_RISK_GRADE_HIGH);
  click (ui_test_child (dialog, OV_TYPE_RISK_ASSESSMENT_DIALOG, "save_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_RISK_ASSESSMENT_DIALOG));
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section),
                                        "Risk: High — not endorsed"));

  /* A supervisor endorses it with a comment. */
  click (ui_test_child (panel, OV_TYPE_RISK_PANEL, "endorse_button"));
  endorse_dialog = wait_for_window (OV_TYPE_ENDORSE_DIALOG);
  type_text (endorse_dialog, OV_TYPE_ENDORSE_DIALOG, "comment_view",
             "High is right while the family address is known. Contact daily.");
  click (ui_test_child (endorse_dialog, OV_TYPE_ENDORSE_DIALOG, "endorse_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_ENDORSE_DIALOG));

  second = open_second_store (fixture);
  assessments = ov_store_list_risk_assessments (second, ov_record_get_id (OV_RECORD (person)),
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 1);
  current = g_ptr_array_index (assessments, 0);
  g_assert_cmpint (ov_risk_assessment_get_grade (current), ==, OV_RISK_GRADE_HIGH);
  g_assert_cmpint (ov_risk_assessment_get_assessor_id (current), ==,
                   ov_record_get_id (OV_RECORD (fixture->supervisor)));
  g_assert_cmpuint (ov_risk_assessment_get_risk_factors (current), ==,
                    OV_RISK_FACTOR_RE_TRAFFICKING);
  g_assert_cmpint (ov_risk_assessment_get_endorsed_by (current), ==,
                   ov_record_get_id (OV_RECORD (fixture->supervisor)));
  g_assert_cmpstr (ov_risk_assessment_get_endorsed_by_name (current), ==, "Helen Marsh");
  g_assert_cmpstr (ov_risk_assessment_get_endorsement_comment (current), ==,
                   "High is right while the family address is known. Contact daily.");

  /* Shown as endorsed, and no longer offered for endorsement. */
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section), "Risk: High — endorsed"));
  g_assert_true (gtk_widget_is_visible (ui_test_child (panel, OV_TYPE_RISK_PANEL,
                                                       "endorsement_box")));
  g_assert_false (gtk_widget_is_visible (ui_test_child (panel, OV_TYPE_RISK_PANEL,
                                                        "endorse_button")));
}

static void
test_endorse_refused_to_others (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Maria", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  g_autoptr(OvRiskAssessment) assessment = ov_risk_assessment_new ();
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;
  OvEndorseDialog *dialog;
  gpointer panel;

  ov_risk_assessment_set_person_id (assessment, ov_record_get_id (OV_RECORD (person)));
  ov_risk_assessment_set_threat (assessment, "Went missing from the refuge.");
  ov_risk_assessment_set_assessed_on (assessment, "2026-01-07");
  ov_risk_assessment_set_grade (assessment, OV_RISK_GRADE_HIGH);
  ov_store_add_risk_assessment (fixture->store, assessment, &error);
  g_assert_no_error (error);

  sign_in_as_investigator (fixture);
  select_person (fixture, person);
  show_tab (fixture, "risk");
  panel = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "risk_panel");

  /* Unavailable, with the reason beside it. */
  g_assert_false (gtk_widget_is_sensitive (ui_test_child (panel, OV_TYPE_RISK_PANEL,
                                                          "endorse_button")));
  g_assert_true (gtk_widget_is_visible (ui_test_child (panel, OV_TYPE_RISK_PANEL,
                                                       "endorse_hint")));
  gtk_widget_activate_action (panel, "risk.endorse", NULL);
  ui_test_flush ();
  g_assert_null (ui_test_find_window (OV_TYPE_ENDORSE_DIALOG));

  /* And should the dialog be reached some other way, the store refuses and says why. */
  dialog = ov_endorse_dialog_new (fixture->store, ov_risk_panel_get_current (panel));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_flush ();
  click (ui_test_child (dialog, OV_TYPE_ENDORSE_DIALOG, "endorse_button"));
  g_assert_true (label_visible_with (ui_test_child (dialog, OV_TYPE_ENDORSE_DIALOG, "error_label"),
                                     "supervisor"));

  second = open_second_store (fixture);
  assessments = ov_store_list_risk_assessments (second, ov_record_get_id (OV_RECORD (person)),
                                                &error);
  g_assert_no_error (error);
  g_assert_false (ov_risk_assessment_is_endorsed (g_ptr_array_index (assessments, 0)));
}

/* Restricted details */

static gboolean
has_consult_event (OvStore    *store,
                   OvPerson   *person,
                   const char *reason)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  events = ov_store_list_audit_events (store, ov_record_get_uuid (OV_RECORD (person)), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      OvAuditEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (event->action, "consult") == 0 &&
          (reason == NULL || strstr (event->detail, reason) != NULL))
        return TRUE;
    }
  return FALSE;
}

static void
test_reveal_needs_a_reason (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Andrei Popescu", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_CHILD);
  g_autoptr(OvStore) second = NULL;
  g_autoptr(OvPersonRestricted) stored = NULL;
  g_autoptr(GError) error = NULL;
  OvRevealDialog *dialog;
  GtkStack *restricted_stack;

  select_person (fixture, person);
  restricted_stack = ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "restricted_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (restricted_stack), ==, "hidden");

  click (ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "reveal_button"));
  dialog = wait_for_window (OV_TYPE_REVEAL_DIALOG);

  /* No reason: refused, said under the reason, nothing shown and nothing audited. */
  click (ui_test_child (dialog, OV_TYPE_REVEAL_DIALOG, "reveal_button"));
  g_assert_true (gtk_widget_is_visible (ui_test_child (dialog, OV_TYPE_REVEAL_DIALOG,
                                                       "reason_error")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (restricted_stack), ==, "hidden");
  g_assert_false (has_consult_event (fixture->store, person, NULL));

  type_text (dialog, OV_TYPE_REVEAL_DIALOG, "reason_view", "Arranging a safe visit with his MSVLO");
  click (ui_test_child (dialog, OV_TYPE_REVEAL_DIALOG, "reveal_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_REVEAL_DIALOG));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (restricted_stack), ==, "shown");

  second = open_second_store (fixture);
  g_assert_true (has_consult_event (second, person, "Arranging a safe visit with his MSVLO"));

  /* The details shown may be edited and saved. */
  type_text (fixture->detail, OV_TYPE_PERSON_DETAIL, "address_view",
             "Safe house, address held by LA");
  type_text (fixture->detail, OV_TYPE_PERSON_DETAIL, "phone_entry", "01632 960000");
  click (ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "save_restricted_button"));
  ov_store_set_account (second, UI_TEST_ACCOUNT);
  stored = ov_store_reveal_restricted (second, person, "Checking the test saved it", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_person_restricted_get_address (stored), ==, "Safe house, address held by LA");
  g_assert_cmpstr (ov_person_restricted_get_phone (stored), ==, "01632 960000");

  /* Hidden again, they need another reason to be seen. */
  activate (fixture->detail, "person.hide-restricted");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (restricted_stack), ==, "hidden");
}

/* NRM */

static void
test_nrm_wrong_route (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(OvPerson) person = add_person (fixture, "Maria", OV_PERSON_ROLE_VICTIM,
                                           OV_AGE_STATUS_ADULT);
  g_autoptr(OvStore) second = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GError) error = NULL;
  OvNrmDialog *dialog;
  GtkLabel *route_error;

  select_person (fixture, person);
  show_tab (fixture, "referrals");
  activate (ui_test_child (fixture->detail, OV_TYPE_PERSON_DETAIL, "referrals_panel"),
            "referrals.new-nrm");
  dialog = wait_for_window (OV_TYPE_NRM_DIALOG);

  /* An adult referred as a child: the store's rule, said at the route, nothing written. */
  choose (dialog, OV_TYPE_NRM_DIALOG, "route_drop_down", OV_TYPE_NRM_ROUTE,
          OV_NRM_ROUTE_NRM_CHILD);
  type_text (dialog, OV_TYPE_NRM_DIALOG, "reference_entry", "NRM-2026-0001");
  click (ui_test_child (dialog, OV_TYPE_NRM_DIALOG, "save_button"));
  route_error = ui_test_child (dialog, OV_TYPE_NRM_DIALOG, "route_error");
  g_assert_true (label_visible_with (route_error, "Maria is an adult"));
  g_assert_true (label_visible_with (route_error, "MS1"));
  g_assert_nonnull (ui_test_find_window (OV_TYPE_NRM_DIALOG));

  second = open_second_store (fixture);
  referrals = ov_store_list_nrm_referrals (second, ov_record_get_id (OV_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 0);
  g_clear_pointer (&referrals, g_ptr_array_unref);

  /* With her consent, the referral is made and its stage shown. */
  choose (dialog, OV_TYPE_NRM_DIALOG, "route_drop_down", OV_TYPE_NRM_ROUTE,
          OV_NRM_ROUTE_NRM_WITH_CONSENT);
  gtk_check_button_set_active (ui_test_child (dialog, OV_TYPE_NRM_DIALOG, "consent_check"), TRUE);
  click (ui_test_child (dialog, OV_TYPE_NRM_DIALOG, "save_button"));
  g_assert_null (ui_test_find_window (OV_TYPE_NRM_DIALOG));

  referrals = ov_store_list_nrm_referrals (second, ov_record_get_id (OV_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 1);
  g_assert_cmpint (ov_nrm_referral_get_route (g_ptr_array_index (referrals, 0)), ==,
                   OV_NRM_ROUTE_NRM_WITH_CONSENT);
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (fixture->section),
                                        "NRM: Awaiting reasonable grounds"));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/people/unusual-names", Fixture, NULL,
              fixture_set_up, test_unusual_names, fixture_tear_down);
  g_test_add ("/ui/people/add-victim", Fixture, NULL,
              fixture_set_up, test_add_victim, fixture_tear_down);
  g_test_add ("/ui/people/victim-suspect-section-45", Fixture, NULL,
              fixture_set_up, test_victim_suspect_section_45, fixture_tear_down);
  g_test_add ("/ui/people/missing-asks-for-risk", Fixture, NULL,
              fixture_set_up, test_missing_asks_for_risk, fixture_tear_down);
  g_test_add ("/ui/people/assign-lead-contact", Fixture, NULL,
              fixture_set_up, test_assign_lead_contact, fixture_tear_down);
  g_test_add ("/ui/people/victim-strategy-agreed-and-right-met", Fixture, NULL,
              fixture_set_up, test_victim_strategy_agreed_and_right_met, fixture_tear_down);
  g_test_add ("/ui/people/unsaved-strategy-not-lost", Fixture, NULL,
              fixture_set_up, test_unsaved_strategy_not_lost, fixture_tear_down);
  g_test_add ("/ui/people/agree-needs-a-supervisor", Fixture, NULL,
              fixture_set_up, test_agree_needs_a_supervisor, fixture_tear_down);
  g_test_add ("/ui/people/risk-added-and-endorsed", Fixture, NULL,
              fixture_set_up, test_risk_added_and_endorsed, fixture_tear_down);
  g_test_add ("/ui/people/endorse-refused-to-others", Fixture, NULL,
              fixture_set_up, test_endorse_refused_to_others, fixture_tear_down);
  g_test_add ("/ui/people/reveal-needs-a-reason", Fixture, NULL,
              fixture_set_up, test_reveal_needs_a_reason, fixture_tear_down);
  g_test_add ("/ui/people/nrm-wrong-route", Fixture, NULL,
              fixture_set_up, test_nrm_wrong_route, fixture_tear_down);

  return g_test_run ();
}
