/* bench-report.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast reports are written to PDF. Prints figures; asserts nothing.
 *
 *   ninja -C build && build/tests/bench/bench-report [--runs N]
 *
 * Builds the stress case of tests/test-report.c (300 actions, 40 reviews, very long
 * texts, 12 victims) in a temporary folder, then times, in this one run:
 *
 *  - the report: the supervisory review report of the fortieth review, laid out by
 *    OvReportLayout and written to PDF with ov_report_write_pdf(), as pages per second;
 *  - the floor: a bare loop that lays out the same texts (every text of the document, in
 *    order) with Pango at the same width and draws them line by line with cairo into a
 *    PDF, breaking pages when a page is full, with no document structure: no tables,
 *    headers, markings or rules;
 *
 * and prints the ratio report / floor, target at most 3. Building the document from the
 * store is timed and printed too. Each figure is the median of --runs runs (default 9),
 * the two measurements alternating after one warm-up run of each.
 */

#define G_LOG_DOMAIN "bench-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#include "ov-case.h"
#include "ov-report.h"
#include "ov-review.h"
#include "ov-store.h"

#define TARGET_RATIO 3.0

/* The floor's page: A4 with the report's side margins (18 mm) and about its text area. */
#define FLOOR_MARGIN_SIDE (18.0 * 72.0 / 25.4)
#define FLOOR_TOP         90.0
#define FLOOR_BOTTOM      (OV_REPORT_A4_HEIGHT - 80.0)
#define FLOOR_FONT        "DejaVu Sans 9"

/* From tests/test-report.c, built into this benchmark with OV_REPORT_STRESS_ONLY. */
OvStore *test_report_stress_store (OvCase   **the_case,
                                   OvReview **last_review,
                                   GPtrArray *inputs);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static double
time_report (OvReportDocument *document,
             const char       *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!ov_report_write_pdf (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, path, &error))
    g_error ("Could not write the report: %s", error->message);
  return seconds_since (start);
}

/* The floor: the same texts, laid out and drawn with nothing else. */
static double
time_floor (GPtrArray  *texts,
            const char *path,
            guint      *n_pages)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface = cairo_pdf_surface_create (path, OV_REPORT_A4_WIDTH,
                                                       OV_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *font = pango_font_description_from_string (FLOOR_FONT);
  double width = OV_REPORT_A4_WIDTH - 2 * FLOOR_MARGIN_SIDE;
  double y = FLOOR_TOP;
  guint pages = 1;

  pango_cairo_context_set_resolution (context, 72.0);
  for (guint i = 0; i < texts->len; i++)
    {
      PangoLayout *layout = pango_layout_new (context);
      PangoLayoutIter *iter;
      double top;

      pango_layout_set_font_description (layout, font);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_text (layout, texts->pdata[i], -1);

      iter = pango_layout_get_iter (layout);
      top = y;
      do
        {
          PangoRectangle logical;
          double line_top, baseline;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line_top = logical.y / (double) PANGO_SCALE;
          if (top + (logical.y + logical.height) / (double) PANGO_SCALE > FLOOR_BOTTOM)
            {
              cairo_show_page (cr);
              pages++;
              top = FLOOR_TOP - line_top;
            }
          baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
          cairo_move_to (cr, FLOOR_MARGIN_SIDE, top + baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
          y = top + (logical.y + logical.height) / (double) PANGO_SCALE;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      g_object_unref (layout);
      y += 4;
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("Could not write the floor's PDF: %s",
             cairo_status_to_string (cairo_surface_status (surface)));
  cairo_surface_destroy (surface);
  pango_font_description_free (font);
  g_object_unref (context);

  *n_pages = pages;
  return seconds_since (start);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OvStore) store = NULL;
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(OvReview) review = NULL;
  g_autoptr(OvReportDocument) document = NULL;
  g_autoptr(OvReportLayout) layout = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GArray) build_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) report_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *report_path = NULL;
  g_autofree char *floor_path = NULL;
  double report_s, floor_s, build_s, ratio;
  guint n_pages, floor_pages = 0;
  int runs = 9;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per measurement (default 9)", "N" },
    { NULL }
  };

  options = g_option_context_new (NULL);
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-report: %s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 3);

  /* The stress store lives where the tests keep theirs: under XDG_DATA_HOME, here a
   * folder of our own, removed at the end. */
  dir = g_dir_make_tmp ("oversight-bench-report-XXXXXX", &error);
  if (dir == NULL)
    {
      fprintf (stderr, "bench-report: %s\n", error->message);
      return 2;
    }
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  report_path = g_build_filename (dir, "report.pdf", NULL);
  floor_path = g_build_filename (dir, "floor.pdf", NULL);

  g_print ("Building the stress case (300 actions, 40 reviews, long texts, 12 victims)...\n");
  store = test_report_stress_store (&the_case, &review, NULL);

  for (int i = 0; i <= runs; i++)
    {
      g_autoptr(OvReportDocument) built = NULL;
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      built = ov_report_build_review (store, review, &error);
      if (built == NULL)
        g_error ("Could not build the report: %s", error->message);
      elapsed = seconds_since (start);
      if (i > 0)
        g_array_append_val (build_times, elapsed);
      g_set_object (&document, built);
    }

  layout = ov_report_layout_new (document, OV_REPORT_A4_WIDTH, OV_REPORT_A4_HEIGHT, NULL);
  n_pages = ov_report_layout_get_n_pages (layout);
  texts = ov_report_document_collect_text (document);

  /* One warm-up of each (fonts, caches), then alternate. */
  time_report (document, report_path);
  time_floor (texts, floor_path, &floor_pages);
  for (int i = 0; i < runs; i++)
    {
      double report_run = time_report (document, report_path);
      double floor_run = time_floor (texts, floor_path, &floor_pages);

      g_array_append_val (report_times, report_run);
      g_array_append_val (floor_times, floor_run);
    }

  build_s = median (build_times);
  report_s = median (report_times);
  floor_s = median (floor_times);
  ratio = report_s / floor_s;

  g_print ("\nSupervisory review report of the stress case, A4, median of %d runs\n", runs);
  g_print ("  texts laid out:                 %u\n", texts->len);
  g_print ("  build the document from store:  %8.1f ms\n", build_s * 1000);
  g_print ("  report to PDF:                  %8.1f ms  %3u pages  %7.1f pages/s\n",
           report_s * 1000, n_pages, n_pages / report_s);
  g_print ("  bare Pango + cairo floor:       %8.1f ms  %3u pages  %7.1f pages/s\n",
           floor_s * 1000, floor_pages, floor_pages / floor_s);
  g_print ("  ratio report / floor:           %8.2f   (target at most %.0f: %s)\n",
           ratio, TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "NOT met");
  g_print ("  with the build from the store:  %8.1f ms  %7.1f pages/s  ratio %.2f\n",
           (build_s + report_s) * 1000, n_pages / (build_s + report_s),
           (build_s + report_s) / floor_s);

  g_clear_object (&layout);
  g_clear_object (&document);
  g_clear_object (&review);
  g_clear_object (&the_case);
  g_clear_object (&store);
  remove_tree (dir);
  return 0;
}
