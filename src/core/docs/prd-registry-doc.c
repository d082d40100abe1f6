/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-registry-doc.c — the printed registry, drawn row by row. */
#define G_LOG_DOMAIN "prd-docs"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "prd-registry-doc.h"
#include "prd-doc.h"
#include "prd-doc-draw.h"
#include "prd-doc-font.h"
#include "prd-paper.h"
#include "model/prd-member-rows.h"
#include "model/prd-office.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

G_DEFINE_ENUM_TYPE (PrdRegistryGroup, prd_registry_group,
  G_DEFINE_ENUM_VALUE (PRD_REGISTRY_GROUP_DISTRICT, "district"),
  G_DEFINE_ENUM_VALUE (PRD_REGISTRY_GROUP_CATEGORY, "category"),
  G_DEFINE_ENUM_VALUE (PRD_REGISTRY_GROUP_NONE, "none"))

/* Sizes are TH Sarabun points, scaled for the font actually used. */
#define TITLE_SIZE   20.0
#define HEAD_SIZE    16.0
#define TABLE_SIZE   14.0
#define FOOT_SIZE    13.0
#define MARGIN       PRD_DOC_CM (1.5)
#define CELL_PAD     3.0

enum { COL_NO, COL_NAME, COL_POSITION, COL_ORG, COL_DISTRICT, COL_PHONE, COL_CONTACT,
       COL_CATEGORY, COL_JOINED, N_COLS };

/* Shares of the table width, and how each column aligns. */
static const double col_share[N_COLS] = { 0.035, 0.160, 0.125, 0.170, 0.075, 0.085, 0.138, 0.135, 0.077 };

typedef enum {
  LINE_GROUP,       /* the group's name */
  LINE_ROW,         /* a member */
  LINE_SUBTOTAL,    /* "รวม … N คน" */
  LINE_TOTAL,       /* "รวมทั้งสิ้น N คน" */
} LineKind;

typedef struct {
  guint8  kind;
  guint32 index;    /* row index, or group index */
} Line;

typedef struct {
  const char *cells[N_COLS];
  guint       lines;            /* 1, or 2 when a cell needs a second line */
} Row;

typedef struct {
  const char *name;
  guint       count;
} Group;

struct _PrdRegistryDoc
{
  GObject          parent_instance;
  GStringChunk    *strings;
  GArray          *rows;        /* Row */
  GArray          *groups;      /* Group */
  GArray          *lines;       /* Line */
  GArray          *page_start;  /* guint: first line of each page */
  PrdRegistryGroup group;
  guint            n_members;
  char            *family;
  double           scale;
  gboolean         thai_digits;
  char            *office_name;
  char            *printed_date;
  char            *filter_note;
  double           width, height;
  double           row_height;  /* one line of text */
  double           row_height2; /* two lines */
  double           head_height; /* the table's header row */
  double           title_height;/* the first page's title block */
  double           top_height;  /* later pages' running title */
  PangoContext    *ctx;         /* kept: cached layouts live on it */
  GHashTable      *cell_layouts[N_COLS];  /* chunk string → PangoLayout, for columns that repeat */
};

G_DEFINE_FINAL_TYPE (PrdRegistryDoc, prd_registry_doc, G_TYPE_OBJECT)

static void
prd_registry_doc_finalize (GObject *object)
{
  PrdRegistryDoc *self = PRD_REGISTRY_DOC (object);

  g_string_chunk_free (self->strings);
  g_array_unref (self->rows);
  g_array_unref (self->groups);
  g_array_unref (self->lines);
  g_array_unref (self->page_start);
  g_free (self->family);
  g_free (self->office_name);
  g_free (self->printed_date);
  g_free (self->filter_note);
  for (guint c = 0; c < N_COLS; c++)
    g_clear_pointer (&self->cell_layouts[c], g_hash_table_unref);
  g_clear_object (&self->ctx);
  G_OBJECT_CLASS (prd_registry_doc_parent_class)->finalize (object);
}

static void
prd_registry_doc_class_init (PrdRegistryDocClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prd_registry_doc_finalize;
}

static void
prd_registry_doc_init (PrdRegistryDoc *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->groups = g_array_new (FALSE, FALSE, sizeof (Group));
  self->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  self->page_start = g_array_new (FALSE, FALSE, sizeof (guint));
  self->width = PRD_DOC_A4_LONG;
  self->height = PRD_DOC_A4_SHORT;
}

/* Arabic digits to Thai when the office writes them so. */
static const char *
digits (PrdRegistryDoc *self,
        const char     *text)
{
  g_autofree char *thai = NULL;

  if (!self->thai_digits)
    return g_string_chunk_insert_const (self->strings, text);
  thai = prd_thai_digits_to_thai (text);
  return g_string_chunk_insert_const (self->strings, thai);
}

static const char *
keep (PrdRegistryDoc *self,
      const char     *text)
{
  return g_string_chunk_insert_const (self->strings, text != NULL ? text : "");
}

/* "25 พ.ย. 67" from ISO; "" when none. */
static char *
short_date (const char *iso)
{
  GDate date;
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return g_strdup ("");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return prd_thai_date_format (&date, PRD_THAI_DATE_SHORT, PRD_THAI_DATE_PLAIN);
}

static PangoFontDescription *
font (PrdRegistryDoc *self,
      double          size,
      gboolean        bold)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, self->family);
  pango_font_description_set_absolute_size (desc, size * self->scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return desc;
}

static PangoContext *
new_context (void)
{
  PangoContext *ctx = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Same as the flow engine: layout independent of the device. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (ctx, options);
  pango_cairo_context_set_resolution (ctx, 72.0);
  pango_context_set_language (ctx, pango_language_from_string ("th"));
  pango_context_set_round_glyph_positions (ctx, FALSE);
  cairo_font_options_destroy (options);
  return ctx;
}

static double
line_height (PrdRegistryDoc *self,
             PangoContext   *ctx,
             double          size,
             gboolean        bold)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (ctx);
  PangoFontDescription *desc = font (self, size, bold);
  int h;

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, "กิ่ง Ag ปู่", -1);
  pango_layout_get_size (layout, NULL, &h);
  pango_font_description_free (desc);
  return (double) h / PANGO_SCALE;
}

/* TEXT (the group NAME, perhaps marked as continued) as its heading:
 * "District X", but the members without a district under their own words. */
static char *
group_heading (PrdRegistryDoc *self,
               const char     *name,
               const char     *text)
{
  if (self->group != PRD_REGISTRY_GROUP_DISTRICT || g_str_equal (name, _("District not given")))
    return g_strdup (text);
  return g_strdup_printf (_("District %s"), text);
}

static const char *
group_key (PrdRegistryDoc     *self,
           const PrdMemberRow *row)
{
  switch (self->group)
    {
    case PRD_REGISTRY_GROUP_DISTRICT:
      return *row->district != '\0' ? row->district : _("District not given");
    case PRD_REGISTRY_GROUP_CATEGORY:
      return *row->category != '\0' ? row->category : _("No category");
    case PRD_REGISTRY_GROUP_NONE:
    default:
      return "";
    }
}

static void
add_line (PrdRegistryDoc *self,
          LineKind        kind,
          guint           index)
{
  Line l = { (guint8) kind, index };
  g_array_append_val (self->lines, l);
}

/* Does TEXT fit on one line of column C? Measured with the table font. */
static gboolean
fits_one_line (PangoLayout *layout,
               const char  *text,
               double       width)
{
  int w;

  if (*text == '\0')
    return TRUE;
  if (strchr (text, '\n') != NULL)
    return FALSE;
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, NULL);
  return (double) w / PANGO_SCALE <= width - 2 * CELL_PAD;
}

static gboolean
load_rows (PrdRegistryDoc  *self,
           PrdStore        *store,
           PrdMemberQuery  *query,
           PangoLayout     *measure,
           GCancellable    *cancellable,
           GError         **error)
{
  double content = self->width - 2 * MARGIN;
  g_autoptr(PrdMemberQuery) q = prd_member_query_copy (query);
  sqlite3_stmt *stmt;
  const char *current = NULL;
  guint in_group = 0;
  int rc;

  /* Groups need their members together; the query's order within a group. */
  if (self->group == PRD_REGISTRY_GROUP_DISTRICT)
    prd_member_query_set_sort (q, PRD_MEMBER_SORT_DISTRICT);
  else if (self->group == PRD_REGISTRY_GROUP_CATEGORY)
    prd_member_query_set_sort (q, PRD_MEMBER_SORT_CATEGORY);
  if (self->group != PRD_REGISTRY_GROUP_NONE)
    prd_member_query_set_descending (q, FALSE);

  stmt = prd_member_rows_prepare (q, store, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrdMemberRow m;
      Row row;
      g_autofree char *name = NULL, *no = NULL, *joined = NULL, *contact = NULL;
      const char *key;

      if (self->n_members % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      prd_member_rows_read (stmt, &m);
      key = group_key (self, &m);
      if (self->group != PRD_REGISTRY_GROUP_NONE && (current == NULL || !g_str_equal (current, key)))
        {
          Group g = { keep (self, key), 0 };

          if (current != NULL)
            add_line (self, LINE_SUBTOTAL, self->groups->len - 1);
          g_array_append_val (self->groups, g);
          add_line (self, LINE_GROUP, self->groups->len - 1);
          current = g.name;
          in_group = 0;
        }

      name = prd_member_row_full_name (&m);
      no = g_strdup_printf ("%u", ++in_group);
      joined = short_date (m.joined_at);
      contact = *m.email != '\0' && *m.line_id != '\0'
                  ? g_strdup_printf ("%s\nLINE: %s", m.email, m.line_id)
                  : *m.line_id != '\0' ? g_strdup_printf ("LINE: %s", m.line_id)
                                       : g_strdup (m.email);
      row.cells[COL_NO] = digits (self, no);
      row.cells[COL_NAME] = keep (self, name);
      row.cells[COL_POSITION] = keep (self, m.position);
      row.cells[COL_ORG] = keep (self, *m.school != '\0' ? m.school : m.organization);
      row.cells[COL_DISTRICT] = keep (self, m.district);
      /* Phone numbers, e-mail and LINE stay in Arabic digits: people dial and type them. */
      row.cells[COL_PHONE] = keep (self, m.phone);
      row.cells[COL_CONTACT] = keep (self, contact);
      row.cells[COL_CATEGORY] = keep (self, m.category);
      row.cells[COL_JOINED] = digits (self, joined);
      row.lines = 1;
      for (guint c = 0; c < N_COLS && row.lines == 1; c++)
        if (!fits_one_line (measure, row.cells[c], col_share[c] * content))
          row.lines = 2;
      g_array_append_val (self->rows, row);
      add_line (self, LINE_ROW, self->rows->len - 1);
      if (self->groups->len > 0)
        g_array_index (self->groups, Group, self->groups->len - 1).count++;
      self->n_members++;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                   _("The members could not be read: %s"), sqlite3_errmsg (prd_store_get_db (store)));
      return FALSE;
    }
  if (current != NULL)
    add_line (self, LINE_SUBTOTAL, self->groups->len - 1);
  add_line (self, LINE_TOTAL, 0);
  return TRUE;
}

static double
line_h (PrdRegistryDoc *self,
        const Line     *line)
{
  if (line->kind == LINE_ROW && g_array_index (self->rows, Row, line->index).lines > 1)
    return self->row_height2;
  return self->row_height;
}

/* Pages are ranges of lines that fill the height. A group's name never ends
 * a page alone; a group that goes on repeats its name on the new page. */
static void
paginate (PrdRegistryDoc *self)
{
  double foot = FOOT_SIZE * 1.6;
  double body_first = self->height - 2 * MARGIN - self->title_height - self->head_height - foot;
  double body = self->height - 2 * MARGIN - self->top_height - self->head_height - foot;
  guint i = 0;

  do
    {
      double room = self->page_start->len == 0 ? body_first : body;
      guint start = i;

      g_array_append_val (self->page_start, i);
      if (start > 0 && self->group != PRD_REGISTRY_GROUP_NONE && i < self->lines->len &&
          g_array_index (self->lines, Line, i).kind != LINE_GROUP)
        room -= self->row_height;
      while (i < self->lines->len)
        {
          double h = line_h (self, &g_array_index (self->lines, Line, i));

          if (h > room && i > start)
            break;
          room -= h;
          i++;
        }
      if (i < self->lines->len && i > start + 1 &&
          g_array_index (self->lines, Line, i - 1).kind == LINE_GROUP)
        i--;
      /* A subtotal or the total never opens a page alone: a member comes along. */
      while (i < self->lines->len && i > start + 1 &&
             (g_array_index (self->lines, Line, i).kind == LINE_SUBTOTAL ||
              g_array_index (self->lines, Line, i).kind == LINE_TOTAL))
        i--;
    }
  while (i < self->lines->len);
}

PrdRegistryDoc *
prd_registry_doc_new (PrdStore          *store,
                      PrdMemberQuery    *query,
                      PrdRegistryGroup   group,
                      GCancellable      *cancellable,
                      GError           **error)
{
  g_autoptr(PrdRegistryDoc) self = NULL;
  g_autoptr(PrdOffice) office = NULL;
  PangoContext *ctx = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *date = NULL;
  const char *search;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (query), NULL);

  office = prd_office_load (store, error);
  if (office == NULL)
    return NULL;

  self = g_object_new (PRD_TYPE_REGISTRY_DOC, NULL);
  self->group = group;
  self->family = prd_doc_font_resolve (prd_office_get_doc_font (office), &self->scale);
  self->thai_digits = prd_office_get_thai_digits (office);
  self->office_name = g_strdup (digits (self, prd_office_get_name (office)));
  date = prd_paper_date (today);
  self->printed_date = g_strdup (digits (self, date));
  search = prd_member_query_get_search_text (query);
  if (search != NULL && *search != '\0')
    self->filter_note = g_strdup_printf (_("Members found by “%s”"), search);

  ctx = new_context ();
  {
    PangoLayout *measure = pango_layout_new (ctx);
    PangoFontDescription *desc = font (self, TABLE_SIZE, FALSE);
    gboolean ok;

    pango_layout_set_font_description (measure, desc);
    pango_font_description_free (desc);
    ok = load_rows (self, store, query, measure, cancellable, error);
    g_object_unref (measure);
    if (!ok)
      {
        g_object_unref (ctx);
        return NULL;
      }
  }
  self->row_height = line_height (self, ctx, TABLE_SIZE, FALSE) + 2 * CELL_PAD;
  self->row_height2 = line_height (self, ctx, TABLE_SIZE, FALSE) * 2 + 2 * CELL_PAD;
  self->head_height = line_height (self, ctx, TABLE_SIZE, TRUE) * 2 + 2 * CELL_PAD;
  self->title_height = line_height (self, ctx, TITLE_SIZE, TRUE) +
                       2 * line_height (self, ctx, HEAD_SIZE, FALSE) + 10 +
                       (self->filter_note != NULL ? line_height (self, ctx, HEAD_SIZE, FALSE) : 0);
  self->top_height = line_height (self, ctx, FOOT_SIZE, FALSE) + 6;
  self->ctx = ctx;
  paginate (self);
  return g_steal_pointer (&self);
}

guint
prd_registry_doc_get_n_pages (PrdRegistryDoc *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_DOC (self), 0);
  return self->page_start->len;
}

guint
prd_registry_doc_get_n_members (PrdRegistryDoc *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_DOC (self), 0);
  return self->n_members;
}

void
prd_registry_doc_get_page_size (PrdRegistryDoc *self,
                                double         *width,
                                double         *height)
{
  g_return_if_fail (PRD_IS_REGISTRY_DOC (self));
  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/* ---- drawing ------------------------------------------------------------ */

typedef struct {
  PrdRegistryDoc       *self;
  cairo_t              *cr;
  PangoLayout          *layout;
  PangoFontDescription *normal;
  PangoFontDescription *bold;
  double                x[N_COLS + 1];   /* column edges */
} Painter;

/* LAYOUT drawn centred in height in the box at (x, y), H high; line by line
 * through the engine's cluster-aware drawing, so text copied from the PDF
 * keeps Thai tone marks where they belong. */
static void
draw_layout (Painter     *p,
             PangoLayout *layout,
             double       x,
             double       y,
             double       h)
{
  PangoLayoutIter *iter;
  double top;
  int th;

  pango_layout_get_size (layout, NULL, &th);
  top = y + (h - (double) th / PANGO_SCALE) / 2;
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      prd_doc_show_layout_line (p->cr, pango_layout_iter_get_line_readonly (iter),
                                x + CELL_PAD + (double) logical.x / PANGO_SCALE,
                                top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
setup_layout (PangoLayout                *layout,
              const PangoFontDescription *desc,
              double                      w,
              PangoAlignment              align,
              const char                 *text)
{
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) ((w - 2 * CELL_PAD) * PANGO_SCALE));
  pango_layout_set_height (layout, -2);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
}

/* TEXT in the box (x, y, w, h), at most two lines, clipped with "…". */
static void
text_in (Painter     *p,
         const char  *text,
         double       x,
         double       y,
         double       w,
         double       h,
         PangoAlignment align,
         gboolean     bold,
         double       size)
{
  PangoFontDescription *desc = NULL;

  if (text == NULL || *text == '\0')
    return;
  if (size > 0)
    desc = font (p->self, size, bold);
  setup_layout (p->layout, desc != NULL ? desc : bold ? p->bold : p->normal, w, align, text);
  draw_layout (p, p->layout, x, y, h);
  if (desc != NULL)
    pango_font_description_free (desc);
}

/* A table cell of column C. Districts, categories, positions, schools,
 * dates and numbers repeat down a long registry: their layouts are shaped
 * once and kept (keyed by the string chunk's one copy of each text). */
static void
cell_in (Painter    *p,
         guint       c,
         const char *text,
         double      x,
         double      y,
         double      w,
         double      h)
{
  PrdRegistryDoc *self = p->self;
  PangoAlignment align = c == COL_NO ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  PangoLayout *layout;

  if (text == NULL || *text == '\0')
    return;
  if (c == COL_NAME || c == COL_PHONE || c == COL_CONTACT)
    {
      text_in (p, text, x, y, w, h, align, FALSE, 0);
      return;
    }
  if (self->cell_layouts[c] == NULL)
    self->cell_layouts[c] = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  layout = g_hash_table_lookup (self->cell_layouts[c], text);
  if (layout == NULL)
    {
      layout = pango_layout_new (self->ctx);
      setup_layout (layout, p->normal, w, align, text);
      g_hash_table_insert (self->cell_layouts[c], (gpointer) text, layout);
    }
  draw_layout (p, layout, x, y, h);
}

static void
rule (cairo_t *cr,
      double   x0,
      double   y0,
      double   x1,
      double   y1)
{
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
}

static void
draw_header_row (Painter *p,
                 double   y)
{
  static const char *const heads[N_COLS] = {
    N_("No."), N_("Name and surname"), N_("Position"), N_("School or organisation"), N_("District"),
    N_("Phone"), N_("E-mail / LINE"), N_("Category"), N_("Joined on"),
  };
  PrdRegistryDoc *self = p->self;

  cairo_set_source_rgb (p->cr, 0.87, 0.91, 0.96);
  cairo_rectangle (p->cr, p->x[0], y, p->x[N_COLS] - p->x[0], self->head_height);
  cairo_fill (p->cr);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
  for (guint c = 0; c < N_COLS; c++)
    text_in (p, _(heads[c]), p->x[c], y, p->x[c + 1] - p->x[c], self->head_height,
             PANGO_ALIGN_CENTER, TRUE, 0);
  cairo_set_line_width (p->cr, 0.8);
  cairo_rectangle (p->cr, p->x[0], y, p->x[N_COLS] - p->x[0], self->head_height);
  for (guint c = 1; c < N_COLS; c++)
    rule (p->cr, p->x[c], y, p->x[c], y + self->head_height);
  cairo_stroke (p->cr);
}

static void
draw_line (Painter    *p,
           const Line *line,
           gboolean    continued,
           double      y)
{
  PrdRegistryDoc *self = p->self;
  double h = line_h (self, line), w = p->x[N_COLS] - p->x[0];

  cairo_set_line_width (p->cr, 0.4);
  switch ((LineKind) line->kind)
    {
    case LINE_GROUP:
      {
        const Group *g = &g_array_index (self->groups, Group, line->index);
        g_autofree char *label = continued ? g_strdup_printf (_("%s (continued)"), g->name)
                                           : g_strdup (g->name);
        g_autofree char *text = group_heading (self, g->name, label);

        cairo_set_source_rgb (p->cr, 0.95, 0.95, 0.95);
        cairo_rectangle (p->cr, p->x[0], y, w, h);
        cairo_fill (p->cr);
        cairo_set_source_rgb (p->cr, 0, 0, 0);
        text_in (p, text, p->x[0], y, w, h, PANGO_ALIGN_LEFT, TRUE, 0);
        cairo_rectangle (p->cr, p->x[0], y, w, h);
        cairo_stroke (p->cr);
      }
      break;
    case LINE_ROW:
      {
        const Row *r = &g_array_index (self->rows, Row, line->index);

        for (guint c = 0; c < N_COLS; c++)
          cell_in (p, c, r->cells[c], p->x[c], y, p->x[c + 1] - p->x[c], h);
        cairo_rectangle (p->cr, p->x[0], y, w, h);
        for (guint c = 1; c < N_COLS; c++)
          rule (p->cr, p->x[c], y, p->x[c], y + h);
        cairo_stroke (p->cr);
      }
      break;
    case LINE_SUBTOTAL:
    case LINE_TOTAL:
      {
        const Group *g = line->kind == LINE_SUBTOTAL
                           ? &g_array_index (self->groups, Group, line->index) : NULL;
        g_autofree char *n = g_strdup_printf ("%u", g != NULL ? g->count : self->n_members);
        g_autofree char *label = g == NULL ? NULL : group_heading (self, g->name, g->name);
        g_autofree char *text = g != NULL
                                  ? g_strdup_printf (_("Total %s: %s members"), label, digits (self, n))
                                  : g_strdup_printf (_("Grand total: %s members"), digits (self, n));

        text_in (p, text, p->x[0], y, w, h, PANGO_ALIGN_RIGHT, TRUE, 0);
        cairo_rectangle (p->cr, p->x[0], y, w, h);
        cairo_stroke (p->cr);
        if (g == NULL)
          {
            cairo_set_line_width (p->cr, 1.2);
            rule (p->cr, p->x[0], y + h - 2, p->x[N_COLS], y + h - 2);
            cairo_stroke (p->cr);
          }
      }
      break;
    default:
      break;
    }
}

void
prd_registry_doc_render_page (PrdRegistryDoc *self,
                              cairo_t        *cr,
                              guint           page)
{
  PangoContext *ctx = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *page_text = NULL;
  g_autofree char *page_no = NULL, *pages = NULL;
  Painter p = { self, cr, NULL, NULL, NULL, { 0 } };
  double content = self->width - 2 * MARGIN, x = MARGIN, y = MARGIN;
  guint first, last;

  g_return_if_fail (PRD_IS_REGISTRY_DOC (self));
  g_return_if_fail (page < self->page_start->len);

  ctx = self->ctx;
  pango_cairo_update_context (cr, ctx);
  layout = pango_layout_new (ctx);
  p.layout = layout;
  p.normal = font (self, TABLE_SIZE, FALSE);
  p.bold = font (self, TABLE_SIZE, TRUE);
  p.x[0] = x;
  for (guint c = 0; c < N_COLS; c++)
    p.x[c + 1] = p.x[c] + col_share[c] * content;
  p.x[N_COLS] = x + content;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  if (page == 0)
    {
      double th = self->title_height;
      double l1 = line_height (self, ctx, TITLE_SIZE, TRUE), l2 = line_height (self, ctx, HEAD_SIZE, FALSE);
      g_autofree char *printed = g_strdup_printf (_("Data as of %s"), self->printed_date);

      text_in (&p, _("Public-relations network registry"), x, y, content, l1, PANGO_ALIGN_CENTER, TRUE, TITLE_SIZE);
      text_in (&p, self->office_name, x, y + l1, content, l2, PANGO_ALIGN_CENTER, FALSE, HEAD_SIZE);
      text_in (&p, printed, x, y + l1 + l2, content, l2, PANGO_ALIGN_CENTER, FALSE, HEAD_SIZE);
      if (self->filter_note != NULL)
        text_in (&p, self->filter_note, x, y + l1 + 2 * l2, content, l2, PANGO_ALIGN_CENTER, FALSE, HEAD_SIZE);
      y += th;
    }
  else
    {
      double lh = self->top_height - 6;

      text_in (&p, _("Public-relations network registry"), x, y, content / 2, lh, PANGO_ALIGN_LEFT, FALSE, FOOT_SIZE);
      text_in (&p, self->office_name, x + content / 2, y, content / 2, lh, PANGO_ALIGN_RIGHT, FALSE, FOOT_SIZE);
      y += self->top_height;
    }

  /* The header row on every page. */
  draw_header_row (&p, y);
  y += self->head_height;

  first = g_array_index (self->page_start, guint, page);
  last = page + 1 < self->page_start->len ? g_array_index (self->page_start, guint, page + 1)
                                          : self->lines->len;
  /* A group that goes on from the last page says so. */
  if (page > 0 && first < self->lines->len && self->group != PRD_REGISTRY_GROUP_NONE &&
      g_array_index (self->lines, Line, first).kind != LINE_GROUP)
    {
      guint g = 0;

      for (guint i = first; i-- > 0; )
        if (g_array_index (self->lines, Line, i).kind == LINE_GROUP)
          {
            g = g_array_index (self->lines, Line, i).index;
            break;
          }
      {
        Line cont = { LINE_GROUP, g };
        draw_line (&p, &cont, TRUE, y);
      }
      y += self->row_height;
    }
  for (guint i = first; i < last; i++)
    {
      draw_line (&p, &g_array_index (self->lines, Line, i), FALSE, y);
      y += line_h (self, &g_array_index (self->lines, Line, i));
    }

  /* Footer: page X of Y, the printed date. */
  page_no = g_strdup_printf ("%u", page + 1);
  pages = g_strdup_printf ("%u", self->page_start->len);
  page_text = g_strdup_printf (_("Page %s of %s"), digits (self, page_no), digits (self, pages));
  text_in (&p, page_text, x, self->height - MARGIN - FOOT_SIZE * 1.4, content, FOOT_SIZE * 1.4,
           PANGO_ALIGN_RIGHT, FALSE, FOOT_SIZE);
  text_in (&p, self->printed_date, x, self->height - MARGIN - FOOT_SIZE * 1.4, content / 2,
           FOOT_SIZE * 1.4, PANGO_ALIGN_LEFT, FALSE, FOOT_SIZE);

  cairo_restore (cr);
  pango_font_description_free (p.normal);
  pango_font_description_free (p.bold);
}

gboolean
prd_registry_doc_write_pdf (PrdRegistryDoc  *self,
                            const char      *path,
                            GCancellable    *cancellable,
                            GError         **error)
{
  PrdDocPdf *pdf;

  g_return_val_if_fail (PRD_IS_REGISTRY_DOC (self), FALSE);

  pdf = prd_doc_pdf_new (path, _("Public-relations network registry"), error);
  if (pdf == NULL)
    return FALSE;
  for (guint i = 0; i < self->page_start->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          prd_doc_pdf_abandon (pdf);
          return FALSE;
        }
      prd_registry_doc_render_page (self, prd_doc_pdf_begin_page (pdf, self->width, self->height), i);
      prd_doc_pdf_end_page (pdf);
    }
  return prd_doc_pdf_finish (pdf, error);
}
