/* test-text.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hostile and unusual text: names in right-to-left scripts, combining characters, emoji
 * with joiners and flags, and a very long word survive the database byte for byte and the
 * PDF reports whole; every text field refuses more than its limit with a clear message.
 */

#include "config.h"

#include "ov-person.h"
#include "ov-report-export.h"
#include "ov-reports.h"
#include "test-helpers.h"

#define CASE_REFERENCE "MSHT/2026/0800"

/* Arabic and Hebrew (right to left), accents written as combining characters (NFD), emoji
 * with zero-width joiners, skin tones and flags, and one 1,000-letter word. */
#define NAME_ARABIC "فاطمة الزهراء"
#define NAME_HEBREW "שרה לוי"
#define NAME_COMBINING "Zoe\xcc\x81 Nun\xcc\x83" "ez Nguye\xcc\x82\xcc\x83" "n"
#define NAME_EMOJI "Amara " \
  "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 " \
  "\xf0\x9f\x91\x8b\xf0\x9f\x8f\xbd " \
  "\xf0\x9f\x87\xac\xf0\x9f\x87\xa7\xf0\x9f\x87\xba\xf0\x9f\x87\xa6"

static char *
long_word (void)
{
  GString *word = g_string_new (NULL);

  /* Letters only, and no two positions alike over 26, so a cut shows. */
  for (guint i = 0; i < 1000; i++)
    g_string_append_c (word, (char) ('a' + (i * 7 + i / 26) % 26));
  return g_string_free (word, FALSE);
}

static OvPerson *
add_victim (OvStore    *store,
            OvCase     *the_case,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  OvPerson *person = ov_person_new ();

  ov_person_set_case_id (person, ov_record_get_id (OV_RECORD (the_case)));
  ov_person_set_name (person, name);
  ov_person_set_roles (person, OV_PERSON_ROLE_VICTIM);
  ov_person_set_age_status (person, OV_AGE_STATUS_ADULT);
  ov_person_set_identified_on (person, "2026-11-20");
  g_assert_true (ov_store_save (store, OV_RECORD (person), &error));
  g_assert_no_error (error);
  return person;
}

static void
test_database_round_trip (void)
{
  g_autofree char *word = long_word ();
  const char *names[] = { NAME_ARABIC, NAME_HEBREW, NAME_COMBINING, NAME_EMOJI, word };
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvCase) the_case = test_add_case (store, CASE_REFERENCE);
  g_autoptr(OvStore) reopened = NULL;
  g_autoptr(OvCase) case_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = g_strjoin (" / ", NAME_ARABIC, NAME_HEBREW, NAME_COMBINING,
                                        NAME_EMOJI, word, NULL);
  gint64 ids[G_N_ELEMENTS (names)];

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(OvPerson) person = add_victim (store, the_case, names[i]);

      ids[i] = ov_record_get_id (OV_RECORD (person));
    }
  ov_case_set_summary (the_case, summary);
  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_no_error (error);

  /* Read back through another connection: the same bytes, not normalised or trimmed. */
  reopened = ov_store_open (ov_store_get_path (store), &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(OvPerson) person = ov_store_load (reopened, OV_TYPE_PERSON, ids[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (ov_person_get_name (person), ==, names[i]);
    }
  case_again = ov_store_find_case (reopened, CASE_REFERENCE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ov_case_get_summary (case_again), ==, summary);
}

/* The limit is in characters, whatever their size in bytes, and says so when it refuses. */
static void
test_length_limit (void)
{
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvCase) the_case = test_add_case (store, CASE_REFERENCE);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = g_strdup_printf ("%d", OV_RECORD_MAX_TEXT_LENGTH);
  const char *property = NULL;

  /* Two bytes a character: 20,000 characters are 40,000 bytes, and allowed. */
  for (guint i = 0; i < OV_RECORD_MAX_TEXT_LENGTH; i++)
    g_string_append (text, "ש");
  ov_case_set_summary (the_case, text->str);
  g_assert_true (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_no_error (error);

  /* One more is refused, naming the field, the limit and the length, and nothing saved. */
  g_string_append (text, "ש");
  ov_case_set_summary (the_case, text->str);
  g_assert_false (ov_record_validate_property (OV_RECORD (the_case), &property, &error));
  g_assert_cmpstr (property, ==, "summary");
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, limit));
  g_assert_nonnull (strstr (error->message, "20001"));
  g_clear_error (&error);
  g_assert_false (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* Bytes that are not UTF-8 are refused too. */
  ov_case_set_summary (the_case, "Caf\xe9");
  g_assert_false (ov_store_save (store, OV_RECORD (the_case), &error));
  g_assert_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  return run_tool (argv);
}

/* How many images the PDF draws: colour emoji are drawn as pictures. */
static guint
pdf_images (const char *path)
{
  const char *argv[] = { "pdfimages", "-list", path, NULL };
  g_autofree char *out = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (g_strchomp (out), "\n", -1);

  /* Two lines of heading, then one line an image. */
  return g_strv_length (lines) > 2 ? g_strv_length (lines) - 2 : 0;
}

/* Whether fontconfig has a font for emoji (Debian's fonts-noto-color-emoji). */
static gboolean
have_emoji_font (void)
{
  const char *argv[] = { "fc-list", ":charset=1f469", "family", NULL };
  g_autofree char *out = run_tool (argv);

  return out[0] != '\0';
}

/* Text without white space or line breaks, composed: what was laid out, however wrapped. */
static char *
squash (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  GString *out = g_string_new (NULL);

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_in_pdf (const char *text,
               const char *name)
{
  g_autofree char *squashed_text = squash (text);
  g_autofree char *squashed_name = squash (name);

  if (strstr (squashed_text, squashed_name) == NULL)
    g_error ("“%s” is missing from the report's text:\n%s", name, text);
}

static void
test_pdf_report (void)
{
  g_autofree char *word = long_word ();
  g_autofree char *word_name = g_strconcat ("Ana ", word, NULL);
  const char *names[] = { NAME_ARABIC, NAME_HEBREW, NAME_COMBINING, NAME_EMOJI, word_name };
  g_autoptr(OvStore) store = test_store_new ();
  g_autoptr(OvStaff) supervisor = test_add_supervisor (store);
  g_autoptr(OvCase) the_case = test_add_case (store, CASE_REFERENCE);

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(OvPerson) person = add_victim (store, the_case, names[i]);
      g_autoptr(OvReportDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("victim-%zu.pdf", i);
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
      g_autofree char *text = NULL;

      document = ov_report_build_victim_strategy (store, the_case,
                                                  ov_record_get_id (OV_RECORD (person)), NULL,
                                                  &error);
      g_assert_no_error (error);
      g_assert_true (ov_report_export_pdf (store, document, path, NULL, "Case file", &error));
      g_assert_no_error (error);

      text = pdf_text (path);
      if (g_str_equal (names[i], NAME_EMOJI))
        {
          /* Colour emoji are pictures, which text extraction cannot read back: the rest
           * of the name is there, the emoji are drawn (not replaced by boxes with their
           * code, as with no font for them), and nothing else on the page is a picture. */
          assert_in_pdf (text, "Victim: Amara");
          if (have_emoji_font ())
            {
              g_assert_null (strstr (text, "1F469"));
              g_assert_null (strstr (text, "01F"));
              g_assert_cmpuint (pdf_images (path), >=, 4);
            }
          else
            g_test_message ("no emoji font: emoji are printed as boxes with their code");
        }
      else
        {
          /* The victim's name is in the report, whole: the long word wrapped, not cut. */
          assert_in_pdf (text, names[i]);
          g_assert_cmpuint (pdf_images (path), ==, 0);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/text/database-round-trip", test_database_round_trip);
  g_test_add_func ("/text/length-limit", test_length_limit);
  g_test_add_func ("/text/pdf-report", test_pdf_report);

  return g_test_run ();
}
