/* ov-report-layout.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays a report document out on pages. Each block becomes one or more units — the title,
 * a heading, a paragraph, a field or table row, a check — whose texts are Pango layouts
 * measured line by line. Pagination then places units down each page: a paragraph splits
 * between any two lines (leaving no single line alone at either end when it can), a row
 * moves whole to the next page unless it is taller than a page (then it splits between
 * lines, as a last resort, so nothing is lost), a table's column headers repeat at the
 * top of each page it continues on, and a heading moves with the start of what follows
 * it. Drawing a page replays its slices of units with pango_cairo_show_layout_line(), so
 * the same layout serves any cairo context in points.
 */

#define G_LOG_DOMAIN "ov-report-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ov-report-document-private.h"
#include "ov-report-layout-private.h"

#define MM (72.0 / 25.4)

/* Geometry, in points. */
#define MARGIN_SIDE     (18.0 * MM)
#define EDGE            (9.0 * MM)    /* from the paper's edge to the markings */
#define FURNITURE_GAP   7.0
#define CONTENT_GAP     16.0
#define CELL_PAD_X      5.0
#define CELL_PAD_Y      3.5
#define LABEL_FRACTION  0.30
#define CHECK_WIDTH     16.0
#define WARNING_INDENT  11.0
#define WATERMARK_ANGLE (G_PI * 35.0 / 180.0)

/* Fonts are named, not left to the desktop's defaults, so every machine prints the same
 * pages. build-aux/deps.sh installs them (fonts-dejavu-core and fonts-dejavu-extra). */
#define FONT_BODY         "DejaVu Sans 9"
#define FONT_NOTE         "DejaVu Sans Italic 8.5"
#define FONT_WARNING      "DejaVu Sans Bold 9"
#define FONT_LABEL        "DejaVu Sans Condensed Bold 8.5"
#define FONT_VALUE        "DejaVu Sans 9"
#define FONT_CELL         "DejaVu Sans Condensed 8.5"
#define FONT_CELL_HEADER  "DejaVu Sans Condensed Bold 8"
#define FONT_H1           "DejaVu Sans Bold 12.5"
#define FONT_H2           "DejaVu Sans Bold 10"
#define FONT_H3           "DejaVu Sans Bold 8.5"
#define FONT_TITLE        "DejaVu Sans Bold 19"
#define FONT_SUBTITLE     "DejaVu Sans 10.5"
#define FONT_MARKING      "DejaVu Sans Bold 10"
#define FONT_HEADER       "DejaVu Sans 8"
#define FONT_HEADER_BOLD  "DejaVu Sans Bold 8"
#define FONT_DRAFT        "DejaVu Sans Bold 8"
#define FONT_FOOTER       "DejaVu Sans 7.5"
#define FONT_CHECK        "DejaVu Sans 10.5"
#define FONT_WATERMARK    "DejaVu Sans Bold 72"

typedef struct
{
  double r, g, b;
} Colour;

static const Colour ink = { 0.11, 0.13, 0.16 };
static const Colour muted = { 0.36, 0.40, 0.46 };
static const Colour accent = { 0.09, 0.22, 0.39 };
static const Colour rule = { 0.80, 0.83, 0.87 };
static const Colour rule_dark = { 0.42, 0.48, 0.56 };
static const Colour label_fill = { 0.945, 0.955, 0.97 };
static const Colour header_fill = { 0.87, 0.90, 0.94 };
static const Colour stripe_fill = { 0.97, 0.975, 0.982 };
static const Colour warning_fill = { 1.0, 0.955, 0.86 };
static const Colour warning_bar = { 0.80, 0.50, 0.07 };
static const Colour draft_red = { 0.70, 0.10, 0.10 };

typedef struct
{
  PangoLayout      *layout;
  PangoLayoutLine **lines;
  double           *tops;       /* of each line, from the top of the layout */
  double           *bottoms;
  double           *baselines;
  double           *xs;         /* of each line, from the left of the layout */
  int               n_lines;
  double            x;          /* of the layout, from the left of the content */
} Cell;

typedef enum
{
  UNIT_TITLE,
  UNIT_HEADING,
  UNIT_PARAGRAPH,
  UNIT_FIELD,
  UNIT_TABLE_HEADER,
  UNIT_ROW,
  UNIT_CHECK,
  UNIT_BREAK,
} UnitKind;

typedef struct _Unit Unit;

struct _Unit
{
  UnitKind             kind;
  const OvReportBlock *block;
  guint                row;             /* fields, table rows, checks: index in the block */
  double               space_before;    /* dropped at the top of a page */
  double               pad_top;
  double               pad_bottom;
  double               height;          /* the whole unit with its padding */
  gboolean             flows;           /* splits freely between lines */
  gboolean             keep_with_next;
  Unit                *header;          /* table rows: the column headers to repeat */
  guint                n_cells;
  Cell                *cells;
};

typedef struct
{
  Unit     *unit;
  double    y;            /* top of the slice on the page */
  double    height;       /* with the unit's padding */
  int      *from;         /* per cell: the lines [from, to) drawn here */
  int      *to;
  gboolean  at_top;       /* first content on its page (rules close the box above) */
} Slice;

struct _OvReportLayout
{
  GObject           parent_instance;

  OvReportDocument *document;
  PangoContext     *context;
  double            width;
  double            height;

  double            content_left;
  double            content_width;
  double            content_top;
  double            content_bottom;
  double            header_y;
  double            header_rule_y;
  double            footer_y;
  double            footer_rule_y;
  double            marking_bottom_y;

  PangoLayout      *marking;
  PangoLayout      *header_title;
  PangoLayout      *header_case;
  PangoLayout      *draft_label;
  PangoLayout      *printed;
  PangoLayout      *watermark;

  GPtrArray        *units;    /* Unit */
  GPtrArray        *pages;    /* GArray of Slice */
  GArray           *outline;  /* OvReportOutlineEntry */
};

G_DEFINE_FINAL_TYPE (OvReportLayout, ov_report_layout, G_TYPE_OBJECT)

/* ---- Cells and units --------------------------------------------------------------- */

/* Words too long for their line break between characters, without a hyphen: a hyphen
 * added inside a reference such as NRM-2026-4471 would change what it says. */
static PangoAttrList *
new_attributes (void)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  return attributes;
}

static PangoLayout *
make_layout (OvReportLayout *self,
             const char     *font,
             const char     *text,
             double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoAttrList *attributes = new_attributes ();

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

static void
cell_set (Cell        *cell,
          PangoLayout *layout,
          double       x)
{
  PangoLayoutIter *iter;
  int i = 0;

  cell->layout = layout;
  cell->x = x;
  cell->n_lines = pango_layout_get_line_count (layout);
  cell->lines = g_new (PangoLayoutLine *, cell->n_lines);
  cell->tops = g_new (double, cell->n_lines);
  cell->bottoms = g_new (double, cell->n_lines);
  cell->baselines = g_new (double, cell->n_lines);
  cell->xs = g_new (double, cell->n_lines);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;

      g_assert (i < cell->n_lines);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cell->lines[i] = pango_layout_iter_get_line_readonly (iter);
      cell->tops[i] = logical.y / (double) PANGO_SCALE;
      cell->bottoms[i] = (logical.y + logical.height) / (double) PANGO_SCALE;
      cell->xs[i] = logical.x / (double) PANGO_SCALE;
      cell->baselines[i] = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  cell->n_lines = i;
}

static void
cell_clear (Cell *cell)
{
  g_clear_object (&cell->layout);
  g_free (cell->lines);
  g_free (cell->tops);
  g_free (cell->bottoms);
  g_free (cell->baselines);
  g_free (cell->xs);
}

/* The height of lines [from, to) of the cell. */
static double
cell_span (const Cell *cell,
           int         from,
           int         to)
{
  if (to <= from)
    return 0;
  return cell->bottoms[to - 1] - cell->tops[from];
}

static double
cells_span (const Unit *unit,
            const int  *from,
            const int  *to)
{
  double span = 0;

  for (guint c = 0; c < unit->n_cells; c++)
    span = MAX (span, cell_span (&unit->cells[c], from[c], to[c]));
  return span;
}

static void
unit_free (gpointer data)
{
  Unit *unit = data;

  for (guint c = 0; c < unit->n_cells; c++)
    cell_clear (&unit->cells[c]);
  g_free (unit->cells);
  g_free (unit);
}

static Unit *
add_unit (OvReportLayout      *self,
          UnitKind             kind,
          const OvReportBlock *block,
          guint                n_cells)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->kind = kind;
  unit->block = block;
  unit->n_cells = n_cells;
  unit->cells = g_new0 (Cell, MAX (n_cells, 1));
  g_ptr_array_add (self->units, unit);
  return unit;
}

static void
unit_measure (Unit *unit)
{
  double span = 0;

  for (guint c = 0; c < unit->n_cells; c++)
    span = MAX (span, cell_span (&unit->cells[c], 0, unit->cells[c].n_lines));
  unit->height = unit->pad_top + span + unit->pad_bottom;
}

/* Adds the attributes of one run of a layout's text. */
static void
add_run_attributes (PangoAttrList *attributes,
                    guint          start,
                    guint          end,
                    const char    *font,
                    const Colour  *colour)
{
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoAttribute *attribute;

  attribute = pango_attr_font_desc_new (description);
  attribute->start_index = start;
  attribute->end_index = end;
  pango_attr_list_insert (attributes, attribute);
  pango_font_description_free (description);

  attribute = pango_attr_foreground_new ((guint16) (colour->r * 65535),
                                         (guint16) (colour->g * 65535),
                                         (guint16) (colour->b * 65535));
  attribute->start_index = start;
  attribute->end_index = end;
  pango_attr_list_insert (attributes, attribute);
}

/* A layout of two runs, the second on a line of its own: title and subtitle, or a check
 * and its note. */
static PangoLayout *
make_two_run_layout (OvReportLayout *self,
                     const char     *first,
                     const char     *first_font,
                     const Colour   *first_colour,
                     const char     *second,
                     const char     *second_font,
                     const Colour   *second_colour,
                     double          width)
{
  g_autoptr(GString) text = g_string_new (first);
  PangoAttrList *attributes = new_attributes ();
  PangoLayout *layout;
  guint split;

  split = text->len;
  if (second != NULL && *second != '\0')
    g_string_append_printf (text, "\n%s", second);

  layout = make_layout (self, first_font, text->str, width);
  add_run_attributes (attributes, 0, split, first_font, first_colour);
  if (text->len > split)
    add_run_attributes (attributes, split, text->len, second_font, second_colour);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  return layout;
}

static double
space_between (const OvReportBlock *previous,
               const OvReportBlock *block)
{
  gboolean after_heading = previous != NULL && previous->kind == OV_REPORT_BLOCK_HEADING;

  if (block->kind == OV_REPORT_BLOCK_HEADING)
    {
      if (after_heading)
        return 6.0;
      return block->level == 1 ? 20.0 : block->level == 2 ? 13.0 : 9.0;
    }
  if (previous == NULL)
    return 10.0;
  if (after_heading)
    return previous->level == 1 ? 7.0 : previous->level == 2 ? 5.0 : 3.0;
  return 8.0;
}

static void
build_title (OvReportLayout *self)
{
  OvReportDocument *document = self->document;
  Unit *unit = add_unit (self, UNIT_TITLE, NULL, 1);

  cell_set (&unit->cells[0],
            make_two_run_layout (self,
                                 ov_report_document_get_title (document), FONT_TITLE, &accent,
                                 ov_report_document_get_subtitle (document), FONT_SUBTITLE,
                                 &muted, self->content_width),
            0);
  unit->pad_bottom = 12.0;
  unit_measure (unit);
}

static void
build_heading (OvReportLayout      *self,
               const OvReportBlock *block,
               double               space)
{
  Unit *unit = add_unit (self, UNIT_HEADING, block, 1);

  cell_set (&unit->cells[0],
            make_layout (self,
                         block->level == 1 ? FONT_H1 : block->level == 2 ? FONT_H2 : FONT_H3,
                         block->text, self->content_width),
            0);
  unit->space_before = space;
  unit->pad_bottom = block->level == 1 ? 5.0 : 1.0;
  unit->keep_with_next = TRUE;
  unit_measure (unit);
}

static void
build_paragraph (OvReportLayout      *self,
                 const OvReportBlock *block,
                 double               space)
{
  Unit *unit = add_unit (self, UNIT_PARAGRAPH, block, 1);

  switch (block->style)
    {
    case OV_REPORT_TEXT_NOTE:
      cell_set (&unit->cells[0], make_layout (self, FONT_NOTE, block->text, self->content_width),
                0);
      break;

    case OV_REPORT_TEXT_WARNING:
      cell_set (&unit->cells[0],
                make_layout (self, FONT_WARNING, block->text,
                             self->content_width - WARNING_INDENT - CELL_PAD_X),
                WARNING_INDENT);
      unit->pad_top = 5.0;
      unit->pad_bottom = 5.0;
      break;

    case OV_REPORT_TEXT_NORMAL:
    default:
      cell_set (&unit->cells[0], make_layout (self, FONT_BODY, block->text, self->content_width),
                0);
      break;
    }
  unit->space_before = space;
  unit->flows = TRUE;
  unit_measure (unit);
}

/* No table of four rows or more leaves a single row of it alone at the foot of a page or
 * at the top of the next: its first row keeps with the second, its last but one with the
 * last. */
static gboolean
keeps_rows_together (const OvReportBlock *block,
                     guint                row)
{
  guint n_rows = block->rows->len;

  return n_rows >= 4 && (row == 0 || row + 2 == n_rows);
}

static void
build_fields (OvReportLayout      *self,
              const OvReportBlock *block,
              double               space)
{
  double label_width = floor (self->content_width * LABEL_FRACTION);

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      Unit *unit = add_unit (self, UNIT_FIELD, block, 2);

      cell_set (&unit->cells[0],
                make_layout (self, FONT_LABEL, row[0], label_width - 2 * CELL_PAD_X),
                CELL_PAD_X);
      cell_set (&unit->cells[1],
                make_layout (self, FONT_VALUE, row[1],
                             self->content_width - label_width - 2 * CELL_PAD_X),
                label_width + CELL_PAD_X);
      unit->row = r;
      unit->space_before = r == 0 ? space : 0;
      unit->pad_top = CELL_PAD_Y;
      unit->pad_bottom = CELL_PAD_Y;
      unit->keep_with_next = keeps_rows_together (block, r);
      unit_measure (unit);
    }
}

static void
column_positions (OvReportLayout      *self,
                  const OvReportBlock *block,
                  double              *xs,
                  double              *widths)
{
  double total = 0;
  double x = 0;

  for (guint c = 0; c < block->n_columns; c++)
    total += block->widths[c];
  for (guint c = 0; c < block->n_columns; c++)
    {
      xs[c] = x;
      widths[c] = floor (self->content_width * block->widths[c] / total);
      x += widths[c];
    }
  /* The last column takes what rounding left over, so the table is exactly as wide as
   * the text above it. */
  widths[block->n_columns - 1] += self->content_width - x;
}

static void
build_table (OvReportLayout      *self,
             const OvReportBlock *block,
             double               space)
{
  g_autofree double *xs = g_new (double, block->n_columns);
  g_autofree double *widths = g_new (double, block->n_columns);
  Unit *header;

  column_positions (self, block, xs, widths);

  header = add_unit (self, UNIT_TABLE_HEADER, block, block->n_columns);
  for (guint c = 0; c < block->n_columns; c++)
    cell_set (&header->cells[c],
              make_layout (self, FONT_CELL_HEADER, block->headers[c],
                           widths[c] - 2 * CELL_PAD_X),
              xs[c] + CELL_PAD_X);
  header->space_before = space;
  header->pad_top = CELL_PAD_Y + 0.5;
  header->pad_bottom = CELL_PAD_Y + 0.5;
  header->keep_with_next = block->rows->len > 0;
  unit_measure (header);

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      Unit *unit = add_unit (self, UNIT_ROW, block, block->n_columns);

      for (guint c = 0; c < block->n_columns; c++)
        cell_set (&unit->cells[c],
                  make_layout (self, FONT_CELL, row[c], widths[c] - 2 * CELL_PAD_X),
                  xs[c] + CELL_PAD_X);
      unit->row = r;
      unit->header = header;
      unit->pad_top = CELL_PAD_Y;
      unit->pad_bottom = CELL_PAD_Y;
      unit->keep_with_next = keeps_rows_together (block, r);
      unit_measure (unit);
    }
}

static void
build_checks (OvReportLayout      *self,
              const OvReportBlock *block,
              double               space)
{
  for (guint r = 0; r < block->rows->len; r++)
    {
      OvReportCheckItem *item = g_ptr_array_index (block->rows, r);
      Unit *unit = add_unit (self, UNIT_CHECK, block, 2);
      /* Ballot box with check, and ballot box: text, so they survive copying and
       * text extraction. */
      const char *mark = item->check == OV_REPORT_CHECK_YES ? "\u2611" : "\u2610";

      cell_set (&unit->cells[0], make_layout (self, FONT_CHECK, mark, CHECK_WIDTH), 0);
      cell_set (&unit->cells[1],
                make_two_run_layout (self, item->label, FONT_BODY, &ink,
                                     item->note, FONT_NOTE, &muted,
                                     self->content_width - CHECK_WIDTH - 4),
                CHECK_WIDTH + 4);
      unit->row = r;
      unit->space_before = r == 0 ? space : 0;
      unit->pad_top = 1.5;
      unit->pad_bottom = 1.5;
      unit_measure (unit);
    }
}

static void
build_units (OvReportLayout *self)
{
  guint n_blocks = ov_report_document_get_n_blocks (self->document);
  const OvReportBlock *previous = NULL;

  build_title (self);

  for (guint i = 0; i < n_blocks; i++)
    {
      const OvReportBlock *block = _ov_report_document_get_block (self->document, i);
      double space = space_between (previous, block);

      switch (block->kind)
        {
        case OV_REPORT_BLOCK_HEADING:
          build_heading (self, block, space);
          break;
        case OV_REPORT_BLOCK_PARAGRAPH:
          build_paragraph (self, block, space);
          break;
        case OV_REPORT_BLOCK_FIELDS:
          build_fields (self, block, space);
          break;
        case OV_REPORT_BLOCK_TABLE:
          build_table (self, block, space);
          break;
        case OV_REPORT_BLOCK_CHECKS:
          build_checks (self, block, space);
          break;
        case OV_REPORT_BLOCK_PAGE_BREAK:
        default:
          add_unit (self, UNIT_BREAK, block, 0);
          break;
        }
      previous = block->kind == OV_REPORT_BLOCK_PAGE_BREAK ? NULL : block;
    }

  /* A short paragraph that introduces a table ("As of 27 Nov 2026 …") stays with it. */
  for (guint i = 0; i + 1 < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);
      Unit *next = g_ptr_array_index (self->units, i + 1);

      if (unit->kind == UNIT_PARAGRAPH && unit->cells[0].n_lines <= 3 &&
          (next->kind == UNIT_TABLE_HEADER || next->kind == UNIT_FIELD ||
           next->kind == UNIT_CHECK))
        unit->keep_with_next = TRUE;
    }
}

/* ---- Pagination -------------------------------------------------------------------- */

typedef struct
{
  OvReportLayout *self;
  GArray         *page;            /* Slice */
  double          y;
  gboolean        fresh;           /* nothing on the page yet but repeated headers */
  Unit           *header_on_page;  /* the table header last placed on this page */
} Paginator;

static void
slice_clear (gpointer data)
{
  Slice *slice = data;

  g_free (slice->from);
  g_free (slice->to);
}

static void
paginator_new_page (Paginator *p)
{
  p->page = g_array_new (FALSE, TRUE, sizeof (Slice));
  g_array_set_clear_func (p->page, slice_clear);
  g_ptr_array_add (p->self->pages, p->page);
  p->y = p->self->content_top;
  p->fresh = TRUE;
  p->header_on_page = NULL;
}

static void
paginator_place (Paginator  *p,
                 Unit       *unit,
                 double      space,
                 const int  *from,
                 const int  *to)
{
  Slice slice = { 0 };
  Slice *previous = p->page->len > 0 ? &g_array_index (p->page, Slice, p->page->len - 1) : NULL;

  slice.unit = unit;
  slice.y = p->y + space;
  slice.from = g_memdup2 (from, sizeof (int) * MAX (unit->n_cells, 1));
  slice.to = g_memdup2 (to, sizeof (int) * MAX (unit->n_cells, 1));
  slice.height = unit->pad_top + cells_span (unit, from, to) + unit->pad_bottom;
  slice.at_top = previous == NULL ||
                 (previous->unit->kind == UNIT_TABLE_HEADER && previous->unit->block == unit->block);
  g_array_append_val (p->page, slice);

  if (unit->kind == UNIT_HEADING && unit->block->level == 1 && from[0] == 0)
    {
      OvReportOutlineEntry entry = { unit->block->text, p->self->pages->len - 1, slice.y };

      g_array_append_val (p->self->outline, entry);
    }

  p->y = slice.y + slice.height;
  if (unit->kind == UNIT_TABLE_HEADER)
    p->header_on_page = unit;
  else
    p->fresh = FALSE;
}

static double
capacity_for (OvReportLayout *self,
              const Unit     *unit)
{
  return self->content_bottom - self->content_top -
         (unit->header != NULL ? unit->header->height : 0);
}

/* The least of @unit that may start a page's last stretch: two lines of a paragraph, or a
 * whole row (its first line, if the row is taller than a page). */
static double
first_piece (OvReportLayout *self,
             const Unit     *unit)
{
  double span = 0;

  if (unit->kind == UNIT_BREAK)
    return 0;
  if (unit->flows)
    {
      const Cell *cell = &unit->cells[0];
      int n = MIN (cell->n_lines, 2);

      return unit->pad_top + cell_span (cell, 0, n) +
             (n == cell->n_lines ? unit->pad_bottom : 0);
    }
  if (unit->height <= capacity_for (self, unit))
    return unit->height;
  for (guint c = 0; c < unit->n_cells; c++)
    span = MAX (span, cell_span (&unit->cells[c], 0, MIN (unit->cells[c].n_lines, 1)));
  return unit->pad_top + span + unit->pad_bottom;
}

/* How much must fit below a unit that keeps with the next: a heading with the start of
 * its section, table headers with their first row. */
static double
keep_need (OvReportLayout *self,
           guint           index,
           guint           depth)
{
  Unit *unit;
  double need;

  if (index >= self->units->len || depth > 4)
    return 0;
  unit = g_ptr_array_index (self->units, index);
  if (unit->kind == UNIT_BREAK)
    return 0;

  need = unit->space_before + first_piece (self, unit);
  if (unit->keep_with_next)
    need += keep_need (self, index + 1, depth + 1);
  return need;
}

/* For each cell, the most lines from @from that fit in @available. */
static gboolean
fit_lines (const Unit *unit,
           const int  *from,
           double      available,
           int        *to)
{
  gboolean progress = FALSE;

  for (guint c = 0; c < unit->n_cells; c++)
    {
      const Cell *cell = &unit->cells[c];
      int end = from[c];

      while (end < cell->n_lines && cell_span (cell, from[c], end + 1) <= available)
        end++;
      to[c] = end;
      if (end > from[c])
        progress = TRUE;
    }
  return progress;
}

static gboolean
unit_done (const Unit *unit,
           const int  *from)
{
  for (guint c = 0; c < unit->n_cells; c++)
    {
      if (from[c] < unit->cells[c].n_lines)
        return FALSE;
    }
  return TRUE;
}

static void
paginate_unit (Paginator *p,
               guint      index)
{
  OvReportLayout *self = p->self;
  Unit *unit = g_ptr_array_index (self->units, index);
  guint n = MAX (unit->n_cells, 1);
  g_autofree int *from = g_new0 (int, n);
  g_autofree int *to = g_new0 (int, n);
  g_autofree int *ends = g_new0 (int, n);
  double space;
  double need;

  if (unit->kind == UNIT_BREAK)
    {
      if (!p->fresh)
        paginator_new_page (p);
      return;
    }

  for (guint c = 0; c < unit->n_cells; c++)
    ends[c] = unit->cells[c].n_lines;

  space = p->fresh ? 0 : unit->space_before;
  need = first_piece (self, unit) + (unit->keep_with_next ? keep_need (self, index + 1, 0) : 0);
  if (!p->fresh && p->y + space + need > self->content_bottom)
    {
      paginator_new_page (p);
      space = 0;
    }

  for (;;)
    {
      double available;
      double remaining;

      /* A table continuing on a new page starts with its column headers again. */
      if (unit->header != NULL && p->header_on_page != unit->header)
        {
          g_autofree int *header_from = g_new0 (int, unit->header->n_cells);
          g_autofree int *header_to = g_new0 (int, unit->header->n_cells);

          for (guint c = 0; c < unit->header->n_cells; c++)
            header_to[c] = unit->header->cells[c].n_lines;
          paginator_place (p, unit->header, p->fresh ? 0 : space, header_from, header_to);
          space = 0;
        }

      available = self->content_bottom - (p->y + space);
      remaining = unit->pad_top + cells_span (unit, from, ends) + unit->pad_bottom;
      if (remaining <= available + 0.01)
        {
          paginator_place (p, unit, space, from, ends);
          return;
        }

      /* A row that fits on a page of its own is not split. */
      if (!unit->flows && !p->fresh && remaining <= capacity_for (self, unit))
        {
          paginator_new_page (p);
          space = 0;
          continue;
        }

      if (fit_lines (unit, from, available - unit->pad_top - unit->pad_bottom, to) &&
          unit->flows)
        {
          const Cell *cell = &unit->cells[0];
          int taken = to[0] - from[0];
          int left = cell->n_lines - to[0];

          /* No single line of a paragraph alone at the foot of a page ... */
          if (from[0] == 0 && taken < 2 && cell->n_lines >= 2 && !p->fresh)
            to[0] = from[0];
          /* ... nor alone at the top of the next. */
          else if (left == 1 && taken >= 3)
            to[0]--;
        }

      if (unit_done (unit, to) || memcmp (from, to, sizeof (int) * n) == 0)
        {
          if (!p->fresh)
            {
              paginator_new_page (p);
              space = 0;
              continue;
            }
          /* A line taller than a whole page: place it anyway rather than loop. */
          for (guint c = 0; c < unit->n_cells; c++)
            to[c] = MIN (from[c] + 1, ends[c]);
        }

      paginator_place (p, unit, space, from, to);
      memcpy (from, to, sizeof (int) * n);
      if (unit_done (unit, from))
        return;
      paginator_new_page (p);
      space = 0;
    }
}

static void
paginate (OvReportLayout *self)
{
  Paginator p = { self, NULL, 0, TRUE, NULL };

  paginator_new_page (&p);
  for (guint i = 0; i < self->units->len; i++)
    paginate_unit (&p, i);

  /* A break at the very end leaves an empty page behind: drop it. */
  if (self->pages->len > 1 && p.page->len == 0)
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);
}

/* ---- Page furniture ---------------------------------------------------------------- */

static void
build_furniture (OvReportLayout *self)
{
  OvReportDocument *document = self->document;
  g_autofree char *case_text = NULL;
  g_autofree char *printed_text = NULL;
  const char *reference = ov_report_document_get_case_reference (document);
  const char *operation = ov_report_document_get_operation_name (document);
  const char *printed_by = ov_report_document_get_printed_by (document);
  const char *printed_at = ov_report_document_get_printed_at (document);
  double column = self->content_width / 2 - 6;
  double marking_height;
  double header_height;
  double footer_height;

  self->marking = make_layout (self, FONT_MARKING, ov_report_document_get_marking (document),
                               self->content_width);
  pango_layout_set_alignment (self->marking, PANGO_ALIGN_CENTER);
  marking_height = layout_height (self->marking);

  if (reference != NULL && operation != NULL && *operation != '\0')
    /* Translators: the page header's case, e.g. "MSHT/2026/0001 · Operation Kestrel" */
    case_text = g_strdup_printf (C_("report header", "%s · %s"), reference, operation);
  else
    case_text = g_strdup (reference != NULL ? reference : "");

  self->header_title = make_layout (self, FONT_HEADER_BOLD, ov_report_document_get_title (document),
                                    column);
  self->header_case = make_layout (self, FONT_HEADER, case_text, column);
  pango_layout_set_alignment (self->header_case, PANGO_ALIGN_RIGHT);
  header_height = MAX (layout_height (self->header_title), layout_height (self->header_case));
  if (ov_report_document_get_draft (document))
    {
      self->draft_label = make_layout (self, FONT_DRAFT, _("DRAFT — not signed off"),
                                       self->content_width);
      header_height += 2 + layout_height (self->draft_label);

      self->watermark = make_layout (self, FONT_WATERMARK, _("DRAFT — not signed off"), -1);
      pango_layout_set_wrap (self->watermark, PANGO_WRAP_WORD);
    }

  if (printed_by != NULL && *printed_by != '\0')
    /* Translators: page footer, e.g. "Printed by Helen Marsh on 27 Nov 2026 09:30" */
    printed_text = g_strdup_printf (_("Printed by %s on %s"), printed_by,
                                    printed_at != NULL ? printed_at : "");
  else
    /* Translators: page footer, e.g. "Printed on 27 Nov 2026 09:30" */
    printed_text = g_strdup_printf (_("Printed on %s"), printed_at != NULL ? printed_at : "");
  self->printed = make_layout (self, FONT_FOOTER, printed_text, self->content_width * 0.7);
  footer_height = layout_height (self->printed);

  self->header_y = EDGE + marking_height + FURNITURE_GAP;
  self->header_rule_y = self->header_y + header_height + 3;
  self->content_top = self->header_rule_y + CONTENT_GAP;

  self->marking_bottom_y = self->height - EDGE - marking_height;
  self->footer_y = self->marking_bottom_y - FURNITURE_GAP - footer_height;
  self->footer_rule_y = self->footer_y - 3;
  self->content_bottom = self->footer_rule_y - CONTENT_GAP;
}

/* ---- Drawing ----------------------------------------------------------------------- */

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static void
fill_rect (cairo_t      *cr,
           const Colour *colour,
           double        x,
           double        y,
           double        width,
           double        height)
{
  set_colour (cr, colour);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

static void
hline (cairo_t      *cr,
       const Colour *colour,
       double        line_width,
       double        x,
       double        y,
       double        width)
{
  set_colour (cr, colour);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

static void
draw_cell (OvReportLayout *self,
           cairo_t        *cr,
           const Slice    *slice,
           guint           c,
           const Colour   *colour)
{
  const Cell *cell = &slice->unit->cells[c];
  double top = slice->y + slice->unit->pad_top;

  set_colour (cr, colour);
  for (int l = slice->from[c]; l < slice->to[c]; l++)
    {
      cairo_move_to (cr, self->content_left + cell->x + cell->xs[l],
                     top + cell->baselines[l] - cell->tops[slice->from[c]]);
      pango_cairo_show_layout_line (cr, cell->lines[l]);
    }
}

static void
draw_cells (OvReportLayout *self,
            cairo_t        *cr,
            const Slice    *slice,
            const Colour   *colour)
{
  for (guint c = 0; c < slice->unit->n_cells; c++)
    draw_cell (self, cr, slice, c, colour);
}

static void
draw_slice (OvReportLayout *self,
            cairo_t        *cr,
            const Slice    *slice)
{
  const Unit *unit = slice->unit;
  double left = self->content_left;
  double width = self->content_width;
  double bottom = slice->y + slice->height;

  switch (unit->kind)
    {
    case UNIT_TITLE:
      draw_cells (self, cr, slice, &accent);
      fill_rect (cr, &accent, left, bottom - 3.5, width, 2.0);
      break;

    case UNIT_HEADING:
      if (unit->block->level == 1)
        {
          draw_cells (self, cr, slice, &accent);
          hline (cr, &rule_dark, 0.6, left, bottom - 1.5, width);
        }
      else
        draw_cells (self, cr, slice, unit->block->level == 2 ? &ink : &muted);
      break;

    case UNIT_PARAGRAPH:
      if (unit->block->style == OV_REPORT_TEXT_WARNING)
        {
          fill_rect (cr, &warning_fill, left, slice->y, width, slice->height);
          fill_rect (cr, &warning_bar, left, slice->y, 3.0, slice->height);
          draw_cells (self, cr, slice, &ink);
        }
      else
        draw_cells (self, cr, slice,
                    unit->block->style == OV_REPORT_TEXT_NOTE ? &muted : &ink);
      break;

    case UNIT_FIELD:
      {
        double label_width = unit->cells[1].x - CELL_PAD_X;
        gboolean last = unit->row + 1 == unit->block->rows->len;

        fill_rect (cr, &label_fill, left, slice->y, label_width, slice->height);
        if (unit->row == 0 || slice->at_top)
          hline (cr, &rule_dark, 0.6, left, slice->y, width);
        hline (cr, last ? &rule_dark : &rule, last ? 0.6 : 0.4, left, bottom, width);

        /* Labels muted, values in ink. */
        draw_cell (self, cr, slice, 0, &muted);
        draw_cell (self, cr, slice, 1, &ink);
      }
      break;

    case UNIT_TABLE_HEADER:
      fill_rect (cr, &header_fill, left, slice->y, width, slice->height);
      hline (cr, &rule_dark, 0.6, left, slice->y, width);
      hline (cr, &rule_dark, 0.6, left, bottom, width);
      draw_cells (self, cr, slice, &ink);
      break;

    case UNIT_ROW:
      {
        gboolean last = unit->row + 1 == unit->block->rows->len;

        if (unit->row % 2 == 1)
          fill_rect (cr, &stripe_fill, left, slice->y, width, slice->height);
        hline (cr, last ? &rule_dark : &rule, last ? 0.6 : 0.4, left, bottom, width);
        draw_cells (self, cr, slice, &ink);
      }
      break;

    case UNIT_CHECK:
      {
        OvReportCheckItem *item = g_ptr_array_index (unit->block->rows, unit->row);

        draw_cells (self, cr, slice, item->check == OV_REPORT_CHECK_YES ? &accent : &muted);
      }
      break;

    case UNIT_BREAK:
    default:
      break;
    }
}

static void
draw_furniture (OvReportLayout *self,
                cairo_t        *cr,
                guint           page_index)
{
  g_autoptr(PangoLayout) page_number = NULL;
  g_autofree char *page_text = NULL;
  double left = self->content_left;
  double width = self->content_width;
  double column = width / 2 - 6;

  set_colour (cr, &ink);
  cairo_move_to (cr, left, EDGE);
  pango_cairo_show_layout (cr, self->marking);
  cairo_move_to (cr, left, self->marking_bottom_y);
  pango_cairo_show_layout (cr, self->marking);

  set_colour (cr, &accent);
  cairo_move_to (cr, left, self->header_y);
  pango_cairo_show_layout (cr, self->header_title);
  set_colour (cr, &ink);
  cairo_move_to (cr, left + width - column, self->header_y);
  pango_cairo_show_layout (cr, self->header_case);
  if (self->draft_label != NULL)
    {
      set_colour (cr, &draft_red);
      cairo_move_to (cr, left, self->header_rule_y - 3 - layout_height (self->draft_label));
      pango_cairo_show_layout (cr, self->draft_label);
    }
  hline (cr, &accent, 1.0, left, self->header_rule_y, width);

  hline (cr, &rule_dark, 0.5, left, self->footer_rule_y, width);
  set_colour (cr, &muted);
  cairo_move_to (cr, left, self->footer_y);
  pango_cairo_show_layout (cr, self->printed);

  /* Translators: page footer, e.g. "Page 2 of 7" */
  page_text = g_strdup_printf (_("Page %u of %u"), page_index + 1, self->pages->len);
  page_number = make_layout (self, FONT_FOOTER, page_text, width * 0.3);
  pango_layout_set_alignment (page_number, PANGO_ALIGN_RIGHT);
  set_colour (cr, &ink);
  cairo_move_to (cr, left + width * 0.7, self->footer_y);
  pango_cairo_show_layout (cr, page_number);
}

/* "DRAFT — not signed off" across the page, over the text but faint enough to read
 * through, and sized to stay inside the content area whatever the paper. */
static void
draw_watermark (OvReportLayout *self,
                cairo_t        *cr)
{
  PangoRectangle logical;
  double text_width, text_height, box_width, box_height, scale;
  double area_height = self->content_bottom - self->content_top;

  pango_layout_get_extents (self->watermark, NULL, &logical);
  text_width = logical.width / (double) PANGO_SCALE;
  text_height = logical.height / (double) PANGO_SCALE;
  box_width = text_width * cos (WATERMARK_ANGLE) + text_height * sin (WATERMARK_ANGLE);
  box_height = text_width * sin (WATERMARK_ANGLE) + text_height * cos (WATERMARK_ANGLE);
  scale = MIN (0.9 * self->content_width / box_width, 0.8 * area_height / box_height);

  cairo_save (cr);
  cairo_translate (cr, self->content_left + self->content_width / 2,
                   self->content_top + area_height / 2);
  cairo_rotate (cr, -WATERMARK_ANGLE);
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, -text_width / 2 - logical.x / (double) PANGO_SCALE, -text_height / 2);
  cairo_set_source_rgba (cr, draft_red.r, draft_red.g, draft_red.b, 0.13);
  pango_cairo_show_layout (cr, self->watermark);
  cairo_restore (cr);
}

/* ---- Object ------------------------------------------------------------------------ */

static void
ov_report_layout_finalize (GObject *object)
{
  OvReportLayout *self = OV_REPORT_LAYOUT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_object (&self->marking);
  g_clear_object (&self->header_title);
  g_clear_object (&self->header_case);
  g_clear_object (&self->draft_label);
  g_clear_object (&self->printed);
  g_clear_object (&self->watermark);
  g_clear_object (&self->context);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (ov_report_layout_parent_class)->finalize (object);
}

static void
ov_report_layout_class_init (OvReportLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ov_report_layout_finalize;
}

static void
ov_report_layout_init (OvReportLayout *self)
{
  self->units = g_ptr_array_new_with_free_func (unit_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->outline = g_array_new (FALSE, TRUE, sizeof (OvReportOutlineEntry));
}

/* A context of our own for PDF export: points as units, and metrics that do not depend on
 * any screen, as GtkPrintContext's are. */
static PangoContext *
create_print_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  return context;
}

/**
 * ov_report_layout_new:
 * @document: the report
 * @page_width: the paper's width in points (OV_REPORT_A4_WIDTH for A4 portrait)
 * @page_height: the paper's height in points
 * @context: (nullable): the Pango context to lay out with, e.g.
 *   gtk_print_context_create_pango_context(); %NULL for one in points with unhinted
 *   metrics, as for PDF
 *
 * Lays @document out on pages of the given size. The margins, the protective marking,
 * the page header and footer are the renderer's; everything else comes from @document.
 *
 * Returns: (transfer full): the laid-out report
 */
OvReportLayout *
ov_report_layout_new (OvReportDocument *document,
                      double            page_width,
                      double            page_height,
                      PangoContext     *context)
{
  OvReportLayout *self;

  g_return_val_if_fail (OV_IS_REPORT_DOCUMENT (document), NULL);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (page_width > 4 * MARGIN_SIDE && page_height > 200, NULL);

  self = g_object_new (OV_TYPE_REPORT_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->context = context != NULL ? g_object_ref (context) : create_print_context ();
  self->width = page_width;
  self->height = page_height;
  self->content_left = MARGIN_SIDE;
  self->content_width = page_width - 2 * MARGIN_SIDE;

  build_furniture (self);
  build_units (self);
  paginate (self);
  return self;
}

/**
 * ov_report_layout_get_document:
 *
 * Returns: (transfer none): the document laid out
 */
OvReportDocument *
ov_report_layout_get_document (OvReportLayout *self)
{
  g_return_val_if_fail (OV_IS_REPORT_LAYOUT (self), NULL);
  return self->document;
}

guint
ov_report_layout_get_n_pages (OvReportLayout *self)
{
  g_return_val_if_fail (OV_IS_REPORT_LAYOUT (self), 0);
  return self->pages->len;
}

double
ov_report_layout_get_page_width (OvReportLayout *self)
{
  g_return_val_if_fail (OV_IS_REPORT_LAYOUT (self), 0);
  return self->width;
}

double
ov_report_layout_get_page_height (OvReportLayout *self)
{
  g_return_val_if_fail (OV_IS_REPORT_LAYOUT (self), 0);
  return self->height;
}

/**
 * ov_report_layout_draw_page:
 * @cr: a cairo context whose user space is the page, in points, origin at the top left
 *   corner of the paper
 * @page_index: from 0
 *
 * Draws one page: the markings, header and footer, the page's share of the document and,
 * for a draft, the watermark. The context's state is restored afterwards.
 */
void
ov_report_layout_draw_page (OvReportLayout *self,
                            cairo_t        *cr,
                            guint           page_index)
{
  GArray *page;

  g_return_if_fail (OV_IS_REPORT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_index < self->pages->len);

  page = g_ptr_array_index (self->pages, page_index);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  draw_furniture (self, cr, page_index);
  for (guint i = 0; i < page->len; i++)
    draw_slice (self, cr, &g_array_index (page, Slice, i));
  if (self->watermark != NULL)
    draw_watermark (self, cr);
  cairo_restore (cr);
}

GArray *
_ov_report_layout_get_outline (OvReportLayout *self)
{
  g_return_val_if_fail (OV_IS_REPORT_LAYOUT (self), NULL);
  return self->outline;
}
