/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-doc.c — the page-layout engine: flow, pagination and drawing.
 *
 * Every item is measured when it is added (the column it goes into is
 * known then), pages are cut lazily on the first question about them, and
 * drawing only replays what was measured, on whatever cairo_t it is given.
 */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "prd-doc.h"
#include "store/prd-output-file.h"
#include "prd-doc-draw.h"
#include "prd-doc-font.h"
#include "prd-doc-image.h"
#include "thai/prd-thai.h"

G_DEFINE_QUARK (prd-doc-error-quark, prd_doc_error)

#define DEFAULT_SIZE 16.0
#define DOT_GAP 4.0          /* points between a label and its value */

typedef enum {
  ITEM_PARAGRAPH,
  ITEM_FIELDS,
  ITEM_ROW,
  ITEM_IMAGE,
  ITEM_SIGNATURE,
  ITEM_SPACE,
  ITEM_RULE,
  ITEM_BREAK,
  ITEM_COLUMNS,
} ItemKind;

/* A laid-out line of text at (x, baseline) inside its item. */
typedef struct {
  PangoLayoutLine *line;   /* owned by LAYOUT of the piece */
  double x, baseline;
  double top, bottom;      /* for page cutting */
} Line;

/* A dotted leader from x0 to x1 at y. */
typedef struct {
  double x0, x1, y;
} Dots;

typedef struct _Item Item;
struct _Item {
  ItemKind     kind;
  double       space_before;
  double       height;
  gboolean     keep_with_next;
  guint        keep_group;
  double       x;              /* left of the item inside its column */
  GPtrArray   *layouts;        /* PangoLayout*, owners of the lines */
  GArray      *lines;          /* Line */
  GArray      *dots;           /* Dots */
  gboolean     splittable;     /* paragraphs cut between lines */
  /* images */
  PrdDocImage *image;
  double       image_x, image_y, image_w, image_h;
  gboolean     advance;
  /* rules */
  double       rule_width;
  /* columns */
  GPtrArray   *columns;        /* GPtrArray of Item* per column */
  double       column_width;
};

typedef struct {
  Item  *item;
  double y;                    /* page y of the item's top */
  guint  first, last;          /* lines drawn, for paragraphs */
} Placement;

struct _PrdDoc
{
  GObject       parent_instance;
  double        page_width, page_height;
  double        margin[4];     /* top, right, bottom, left, points */
  char         *family;
  double        scale;
  gboolean      thai_digits;
  gboolean      page_numbers;
  gboolean      border;
  char         *title;
  PangoContext *context;

  GPtrArray    *items;         /* top-level flow */
  GPtrArray    *target;        /* where items go now */
  double        target_width;
  Item         *open_columns;
  guint         column_index;
  guint         keep_counter;
  guint         keep_open;

  GPtrArray    *pages;         /* GArray of Placement per page; NULL = not cut */
};

G_DEFINE_FINAL_TYPE (PrdDoc, prd_doc, G_TYPE_OBJECT)

static void
item_free (Item *item)
{
  g_clear_pointer (&item->layouts, g_ptr_array_unref);
  g_clear_pointer (&item->lines, g_array_unref);
  g_clear_pointer (&item->dots, g_array_unref);
  g_clear_pointer (&item->image, prd_doc_image_unref);
  g_clear_pointer (&item->columns, g_ptr_array_unref);
  g_free (item);
}

static void
prd_doc_finalize (GObject *object)
{
  PrdDoc *self = PRD_DOC (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_free (self->family);
  g_free (self->title);

  G_OBJECT_CLASS (prd_doc_parent_class)->finalize (object);
}

static void
prd_doc_class_init (PrdDocClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prd_doc_finalize;
}

static void
prd_doc_init (PrdDoc *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* No hinting: the layout must not depend on the device that draws it. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_font_options (self->context, options);
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_language (self->context, pango_language_from_string ("th"));
  /* Pango rounds glyph advances to whole points by default: at 10.64 pt
   * that shifts glyphs enough for PDF readers to see spaces inside Thai
   * words when text is copied ("ประชาสัม พันธ์"). */
  pango_context_set_round_glyph_positions (self->context, FALSE);
  cairo_font_options_destroy (options);

  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  self->target = self->items;
  self->thai_digits = TRUE;
  self->page_numbers = TRUE;
  for (guint i = 0; i < 4; i++)
    self->margin[i] = PRD_DOC_CM (2.0);
  prd_doc_set_font (self, NULL);
}

PrdDoc *
prd_doc_new (double page_width,
             double page_height)
{
  PrdDoc *self = g_object_new (PRD_TYPE_DOC, NULL);

  self->page_width = page_width;
  self->page_height = page_height;
  self->target_width = prd_doc_get_content_width (self);
  return self;
}

void
prd_doc_set_margins (PrdDoc *self,
                     double  top_cm,
                     double  right_cm,
                     double  bottom_cm,
                     double  left_cm)
{
  g_return_if_fail (PRD_IS_DOC (self));
  g_return_if_fail (self->items->len == 0);

  self->margin[0] = PRD_DOC_CM (top_cm);
  self->margin[1] = PRD_DOC_CM (right_cm);
  self->margin[2] = PRD_DOC_CM (bottom_cm);
  self->margin[3] = PRD_DOC_CM (left_cm);
  self->target_width = prd_doc_get_content_width (self);
}

void
prd_doc_set_font (PrdDoc     *self,
                  const char *family)
{
  g_return_if_fail (PRD_IS_DOC (self));

  g_free (self->family);
  self->family = prd_doc_font_resolve (family, &self->scale);
}

const char *
prd_doc_get_font_family (PrdDoc *self)
{
  return self->family;
}

double
prd_doc_get_font_scale (PrdDoc *self)
{
  return self->scale;
}

void
prd_doc_set_thai_digits (PrdDoc   *self,
                         gboolean  thai_digits)
{
  self->thai_digits = thai_digits;
}

gboolean
prd_doc_get_thai_digits (PrdDoc *self)
{
  return self->thai_digits;
}

void
prd_doc_set_page_numbers (PrdDoc   *self,
                          gboolean  page_numbers)
{
  self->page_numbers = page_numbers;
}

void
prd_doc_set_title (PrdDoc     *self,
                   const char *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

void
prd_doc_set_border (PrdDoc   *self,
                    gboolean  border)
{
  self->border = border;
}

double
prd_doc_get_content_width (PrdDoc *self)
{
  return self->page_width - self->margin[1] - self->margin[3];
}

void
prd_doc_get_page_size (PrdDoc *self,
                       double *width,
                       double *height)
{
  *width = self->page_width;
  *height = self->page_height;
}

/* ---- Measuring ------------------------------------------------------- */

static char *
doc_text (PrdDoc     *self,
          const char *text)
{
  g_autofree char *shown = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  shown = self->thai_digits ? prd_thai_digits_to_thai (text) : g_strdup (text);
  out = g_string_new (shown);
  /* "เขต ๒" of an office's name never breaks between the word and its number. */
  g_string_replace (out, "เขต ", "เขต\xc2\xa0", 0);
  return g_string_free (out, FALSE);
}

/* Libthai may break before a Thai digit even after a no-break space, so
 * "เขต ๒" is also marked as a run without breaks. */
static void
keep_district_together (PangoLayout *layout,
                        const char  *text)
{
  static const char mark[] = "เขต\xc2\xa0";
  PangoAttrList *attrs = NULL;

  for (const char *p = strstr (text, mark); p != NULL; p = strstr (p + 1, mark))
    {
      const char *end = p + strlen (mark);
      PangoAttribute *attr;

      while (*end != '\0' && g_unichar_isdigit (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);
      if (attrs == NULL)
        attrs = pango_attr_list_new ();
      attr = pango_attr_allow_breaks_new (FALSE);
      attr->start_index = (guint) (p - text);
      attr->end_index = (guint) (end - text);
      pango_attr_list_insert (attrs, attr);
    }
  if (attrs != NULL)
    {
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
}

static PangoLayout *
make_layout (PrdDoc     *self,
             const char *text,
             double      size,
             gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_new ();
  g_autofree char *shown = doc_text (self, text);

  pango_font_description_set_family (desc, self->family);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size (desc, (size > 0 ? size : DEFAULT_SIZE) * self->scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, shown, -1);
  pango_font_description_free (desc);
  keep_district_together (layout, shown);
  return layout;
}

double
prd_doc_get_baseline (PrdDoc   *self,
                      double    size,
                      gboolean  bold)
{
  g_autoptr(PangoLayout) layout = make_layout (self, "ก", size, bold);

  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

/* Appends the lines of LAYOUT to ITEM, LAYOUT's top at (x, y); returns the
 * bottom of the last line. */
static double
collect_lines (Item        *item,
               PangoLayout *layout,
               double       x,
               double       y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double bottom = y;

  do
    {
      PangoRectangle logical;
      int top, bot;
      Line line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &top, &bot);
      line.line = pango_layout_iter_get_line_readonly (iter);
      line.x = x + (double) logical.x / PANGO_SCALE;
      line.baseline = y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.top = y + (double) top / PANGO_SCALE;
      line.bottom = y + (double) bot / PANGO_SCALE;
      bottom = MAX (bottom, line.bottom);
      g_array_append_val (item->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_ptr_array_add (item->layouts, layout);
  return bottom;
}

static Item *
item_new (PrdDoc   *self,
          ItemKind  kind,
          double    space_before)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  item->space_before = space_before;
  item->keep_group = self->keep_open ? self->keep_counter : 0;
  item->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  item->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  item->dots = g_array_new (FALSE, FALSE, sizeof (Dots));
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_ptr_array_add (self->target, item);
  return item;
}

/* Thai distributed justification: Thai has no spaces between words, so
 * Pango's justification (which widens spaces) leaves holes. Instead every
 * line but the last gets its spare room spread evenly between its grapheme
 * clusters (a base consonant keeps its vowels and tone marks). */
static void
distribute (PangoLayout *layout,
            double       width,
            double       first_indent,
            double       size)
{
  int n_lines = pango_layout_get_line_count (layout);
  PangoFontDescription *desc = (PangoFontDescription *) pango_layout_get_font_description (layout);
  /* PDF readers take a gap wider than a tenth of the font size for a space
   * when text is copied; stay under it. */
  int cap = (int) (pango_font_description_get_size (desc) * 0.085);

  (void) size;
  for (int l = 0; l + 1 < n_lines; l++)
    {
      PangoLayoutLine *line = pango_layout_get_line (layout, l);
      PangoGlyphInfo *prev = NULL;
      gboolean prev_plain = FALSE;
      PangoRectangle logical;
      int avail = (int) ((width - (l == 0 ? first_indent : 0)) * PANGO_SCALE);
      int gaps = 0, extra, share, rest, n = 0;

      pango_layout_line_get_extents (line, NULL, &logical);
      extra = avail - logical.width;
      if (extra <= 0)
        continue;

      /* Gaps go after clusters of one glyph only: after a vowel or tone
       * mark a gap would split the cluster when the text is copied. */
      for (int pass = 0; pass < 2; pass++)
        {
          prev = NULL;
          prev_plain = FALSE;
          for (GSList *r = line->runs; r != NULL; r = r->next)
            {
              PangoGlyphString *gs = ((PangoGlyphItem *) r->data)->glyphs;
              for (int i = 0; i < gs->num_glyphs; i++)
                {
                  gboolean start = gs->glyphs[i].attr.is_cluster_start;

                  if (start && prev != NULL && prev_plain)
                    {
                      if (pass == 0)
                        gaps++;
                      else
                        prev->geometry.width += share + (n++ < rest ? 1 : 0);
                    }
                  prev_plain = start;
                  prev = &gs->glyphs[i];
                }
            }
          if (pass == 0)
            {
              if (gaps == 0)
                break;
              share = MIN (extra / gaps, cap);
              rest = share < cap ? extra % gaps : 0;
            }
        }
    }
}

void
prd_doc_add_paragraph (PrdDoc            *self,
                       const char        *text,
                       const PrdDocStyle *style)
{
  static const PrdDocStyle plain = { 0 };
  PangoLayout *layout;
  Item *item;
  double width;

  g_return_if_fail (PRD_IS_DOC (self));
  if (style == NULL)
    style = &plain;

  item = item_new (self, ITEM_PARAGRAPH, style->space_before);
  item->splittable = TRUE;
  item->keep_with_next = style->keep_with_next;
  width = self->target_width - style->left_indent - style->right_indent;
  layout = make_layout (self, text, style->size, style->bold);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_indent (layout, (int) (style->first_indent * PANGO_SCALE));
  switch (style->align)
    {
    case PRD_DOC_ALIGN_LEFT:
      break;
    case PRD_DOC_ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case PRD_DOC_ALIGN_RIGHT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case PRD_DOC_ALIGN_JUSTIFY:
      distribute (layout, width, style->first_indent, style->size > 0 ? style->size : DEFAULT_SIZE);
      break;
    }
  item->height = collect_lines (item, layout, style->left_indent, 0) + style->space_after;
}

/* A row of label + value fields. A single open-ended field wraps its value
 * onto further dotted lines that start under the value. */
void
prd_doc_add_fields (PrdDoc            *self,
                    const PrdDocField *fields,
                    guint              n_fields,
                    double             space_before)
{
  Item *item;
  double x = 0, baseline = 0, bottom = 0;
  g_autofree PangoLayout **labels = g_new0 (PangoLayout *, n_fields);
  g_autofree PangoLayout **values = g_new0 (PangoLayout *, n_fields);
  g_autofree double *value_x = g_new0 (double, n_fields);
  g_autofree double *end_x = g_new0 (double, n_fields);

  g_return_if_fail (PRD_IS_DOC (self));

  item = item_new (self, ITEM_FIELDS, space_before);
  for (guint i = 0; i < n_fields; i++)
    {
      const PrdDocField *f = &fields[i];
      int lw = 0;

      end_x[i] = f->width > 0 ? MIN (x + f->width, self->target_width) : self->target_width;
      if (f->label != NULL && *f->label != '\0')
        {
          labels[i] = make_layout (self, f->label, f->label_size, f->label_bold);
          pango_layout_get_size (labels[i], &lw, NULL);
          baseline = MAX (baseline, (double) pango_layout_get_baseline (labels[i]) / PANGO_SCALE);
          value_x[i] = x + (double) lw / PANGO_SCALE + DOT_GAP;
        }
      else
        value_x[i] = x;
      values[i] = make_layout (self, f->value, f->value_size, FALSE);
      if (n_fields == 1 || f->width <= 0)
        pango_layout_set_width (values[i], (int) (MAX (10.0, end_x[i] - value_x[i] - DOT_GAP) * PANGO_SCALE));
      else
        pango_layout_set_ellipsize (values[i], PANGO_ELLIPSIZE_END),
        pango_layout_set_width (values[i], (int) (MAX (10.0, end_x[i] - value_x[i] - DOT_GAP) * PANGO_SCALE));
      baseline = MAX (baseline, (double) pango_layout_get_baseline (values[i]) / PANGO_SCALE);
      x = end_x[i];
    }

  /* Every label and the first line of every value share one baseline. */
  for (guint i = 0; i < n_fields; i++)
    {
      const PrdDocField *f = &fields[i];
      guint first = item->lines->len;

      if (labels[i] != NULL)
        {
          double top = baseline - (double) pango_layout_get_baseline (labels[i]) / PANGO_SCALE;
          { double b = collect_lines (item, labels[i], f == fields ? 0 : end_x[i - 1], top); bottom = MAX (bottom, b); }
          first = item->lines->len;
        }
      {
        double top = baseline - (double) pango_layout_get_baseline (values[i]) / PANGO_SCALE;
        double x0 = labels[i] != NULL ? value_x[i] - DOT_GAP / 2 : value_x[i];

        { double b = collect_lines (item, values[i], value_x[i] + DOT_GAP / 2, top); bottom = MAX (bottom, b); }
        if (f->dotted)
          for (guint l = first; l < item->lines->len; l++)
            {
              Line *line = &g_array_index (item->lines, Line, l);
              Dots dots = { l == first ? x0 : value_x[i], end_x[i] - 2, line->baseline + 2.5 };

              /* Value lines sit from the value's left, not the label's. */
              line->x = MAX (line->x, value_x[i] + DOT_GAP / 2);
              g_array_append_val (item->dots, dots);
            }
      }
    }
  item->height = bottom + 1.0;
}

void
prd_doc_add_row (PrdDoc           *self,
                 const PrdDocCell *cells,
                 guint             n_cells,
                 double            size,
                 double            space_before)
{
  Item *item;
  double x = 0, bottom = 0;

  g_return_if_fail (PRD_IS_DOC (self));

  item = item_new (self, ITEM_ROW, space_before);
  for (guint i = 0; i < n_cells; i++)
    {
      double w = cells[i].width > 0 ? cells[i].width : self->target_width - x;
      PangoLayout *layout = make_layout (self, cells[i].text, size, cells[i].bold);

      pango_layout_set_width (layout, (int) (MAX (w - 4.0, 10.0) * PANGO_SCALE));
      if (cells[i].align == PRD_DOC_ALIGN_CENTER)
        pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      else if (cells[i].align == PRD_DOC_ALIGN_RIGHT)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      { double b = collect_lines (item, layout, x, 0); bottom = MAX (bottom, b); }
      x += w;
    }
  item->height = bottom;
}

gboolean
prd_doc_add_image (PrdDoc      *self,
                   GBytes      *data,
                   const char  *mime,
                   double       height,
                   PrdDocAlign  align,
                   gboolean     advance,
                   GError     **error)
{
  g_autoptr(PrdDocImage) image = NULL;
  Item *item;
  double w;

  g_return_val_if_fail (PRD_IS_DOC (self), FALSE);

  image = prd_doc_image_get (data, mime, error);
  if (image == NULL)
    return FALSE;
  item = item_new (self, ITEM_IMAGE, 0);
  w = height * prd_doc_image_aspect (image);
  item->image = g_steal_pointer (&image);
  item->image_w = w;
  item->image_h = height;
  item->image_x = align == PRD_DOC_ALIGN_CENTER ? (self->target_width - w) / 2
                : align == PRD_DOC_ALIGN_RIGHT ? self->target_width - w : 0;
  item->advance = advance;
  item->height = advance ? height : 0;
  /* An emblem that does not push the flow still needs its room on the page. */
  item->keep_with_next = !advance;
  return TRUE;
}

/* A line centred on CENTER, wrapped inside the widest box around CENTER
 * that stays in the column. */
static PangoLayout *
centered_line (PrdDoc     *self,
               Item       *item,
               const char *text,
               double      size,
               double      center,
               double      y)
{
  PangoLayout *layout = make_layout (self, text, size, FALSE);
  double half = MAX (MIN (center, self->target_width - center), PRD_DOC_CM (2.0));

  pango_layout_set_width (layout, (int) (2 * half * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  collect_lines (item, layout, center - half, y);
  return layout;
}

void
prd_doc_add_signature (PrdDoc                *self,
                       const PrdDocSignature *sig,
                       double                 space_before)
{
  Item *item;
  double center, y, size;
  g_autofree char *name = NULL;

  g_return_if_fail (PRD_IS_DOC (self));

  item = item_new (self, ITEM_SIGNATURE, space_before);
  center = sig->center > 0 ? sig->center : self->target_width / 2;
  size = sig->size > 0 ? sig->size : DEFAULT_SIZE;
  y = sig->space_above > 0 ? sig->space_above : PRD_DOC_CM (1.2);

  if (sig->image != NULL)
    {
      g_autoptr(GError) error = NULL;
      PrdDocImage *image = prd_doc_image_get (sig->image, sig->image_mime, &error);

      if (image != NULL)
        {
          item->image = image;
          item->image_h = MIN (y - 2, PRD_DOC_CM (1.3));
          item->image_w = item->image_h * prd_doc_image_aspect (image);
          item->image_x = center - item->image_w / 2;
          item->image_y = y - item->image_h - 2;
        }
      else
        g_warning ("Signature picture left out: %s", error->message);
    }

  if (sig->lead != NULL)
    {
      PangoLayout *lead = centered_line (self, item, sig->lead, size, center, y - 0);
      int h;

      pango_layout_get_size (lead, NULL, &h);
      y += (double) h / PANGO_SCALE;
    }
  if (sig->name != NULL && *sig->name != '\0')
    name = g_strdup_printf ("(%s)", sig->name);
  else
    name = g_strdup ("(.......................................................)");
  {
    PangoLayout *l = centered_line (self, item, name, size, center, y);
    int h;

    pango_layout_get_size (l, NULL, &h);
    y += (double) h / PANGO_SCALE;
  }
  for (guint i = 0; sig->lines != NULL && sig->lines[i] != NULL; i++)
    {
      PangoLayout *l = centered_line (self, item, sig->lines[i], size, center, y);
      int h;

      pango_layout_get_size (l, NULL, &h);
      y += (double) h / PANGO_SCALE;
    }
  item->height = y;
}

void
prd_doc_add_space (PrdDoc *self,
                   double  points)
{
  Item *item = item_new (self, ITEM_SPACE, 0);

  item->height = points;
}

void
prd_doc_add_rule (PrdDoc *self,
                  double  width,
                  double  space_before)
{
  Item *item = item_new (self, ITEM_RULE, space_before);

  item->rule_width = width > 0 ? width : self->target_width;
  item->x = (self->target_width - item->rule_width) / 2;
  item->height = 2.0;
}

void
prd_doc_page_break (PrdDoc *self)
{
  g_return_if_fail (self->open_columns == NULL);
  item_new (self, ITEM_BREAK, 0);
}

void
prd_doc_begin_columns (PrdDoc *self,
                       guint   n_columns,
                       double  space_before)
{
  Item *item;

  g_return_if_fail (PRD_IS_DOC (self));
  g_return_if_fail (self->open_columns == NULL && n_columns > 0);

  item = item_new (self, ITEM_COLUMNS, space_before);
  item->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (item->columns, g_ptr_array_new_with_free_func ((GDestroyNotify) item_free));
  item->column_width = self->target_width / n_columns;
  self->open_columns = item;
  self->column_index = 0;
  self->target = g_ptr_array_index (item->columns, 0);
  self->target_width = item->column_width - PRD_DOC_CM (0.3);
}

void
prd_doc_next_column (PrdDoc *self)
{
  g_return_if_fail (self->open_columns != NULL);
  g_return_if_fail (self->column_index + 1 < self->open_columns->columns->len);

  self->column_index++;
  self->target = g_ptr_array_index (self->open_columns->columns, self->column_index);
}

static double
flow_height (GPtrArray *items)
{
  double h = 0;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      h += item->space_before + item->height;
    }
  return h;
}

void
prd_doc_end_columns (PrdDoc *self)
{
  Item *item = self->open_columns;

  g_return_if_fail (item != NULL);

  for (guint i = 0; i < item->columns->len; i++)
    item->height = MAX (item->height, flow_height (g_ptr_array_index (item->columns, i)));
  self->open_columns = NULL;
  self->target = self->items;
  self->target_width = prd_doc_get_content_width (self);
}

void
prd_doc_begin_keep (PrdDoc *self)
{
  if (self->keep_open++ == 0)
    self->keep_counter++;
}

void
prd_doc_end_keep (PrdDoc *self)
{
  g_return_if_fail (self->keep_open > 0);
  self->keep_open--;
}

/* ---- Cutting pages --------------------------------------------------- */

static double
content_top (PrdDoc *self,
             guint   page)
{
  /* From page two the page number takes the first line. */
  if (page > 0 && self->page_numbers)
    return self->margin[0] + PRD_DOC_CM (1.0);
  return self->margin[0];
}

static double
item_first_part (Item *item)
{
  if (item->splittable && item->lines->len > 0)
    return g_array_index (item->lines, Line, 0).bottom;
  return item->height;
}

static void
paginate (PrdDoc *self)
{
  GArray *page;
  double y, bottom = self->page_height - self->margin[2];
  guint i = 0;

  if (self->pages != NULL)
    return;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  page = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_ptr_array_add (self->pages, page);
  y = content_top (self, 0);

#define NEW_PAGE() G_STMT_START { \
    page = g_array_new (FALSE, FALSE, sizeof (Placement)); \
    g_ptr_array_add (self->pages, page); \
    y = content_top (self, self->pages->len - 1); \
  } G_STMT_END

  while (i < self->items->len)
    {
      Item *item = g_ptr_array_index (self->items, i);
      gboolean at_top = page->len == 0;
      double before = at_top ? 0 : item->space_before;
      double need = item->height;

      if (item->kind == ITEM_BREAK)
        {
          if (!at_top)
            NEW_PAGE ();
          i++;
          continue;
        }

      /* What must come along: the rest of a keep group, or the start of the
       * next item. */
      if (item->keep_group != 0)
        {
          need = item->height;
          for (guint j = i + 1; j < self->items->len; j++)
            {
              Item *next = g_ptr_array_index (self->items, j);
              if (next->keep_group != item->keep_group)
                break;
              need += next->space_before + next->height;
            }
        }
      else if (item->splittable)
        need = item_first_part (item);
      if (item->keep_with_next && i + 1 < self->items->len)
        {
          Item *next = g_ptr_array_index (self->items, i + 1);
          need += next->space_before + item_first_part (next);
        }

      if (!at_top && y + before + need > bottom &&
          need <= bottom - content_top (self, self->pages->len))
        {
          NEW_PAGE ();
          continue;
        }

      y += before;
      if (item->splittable)
        {
          guint first = 0;

          while (first < item->lines->len)
            {
              Line *l0 = &g_array_index (item->lines, Line, first);
              guint last = first;
              Placement p;

              while (last < item->lines->len &&
                     (last == first || y + g_array_index (item->lines, Line, last).bottom - l0->top <= bottom))
                last++;
              if (last == first + 1 && y + l0->bottom - l0->top > bottom && page->len > 0)
                {
                  NEW_PAGE ();
                  continue;
                }
              p = (Placement) { item, y - l0->top, first, last };
              g_array_append_val (page, p);
              if (last < item->lines->len)
                {
                  NEW_PAGE ();
                  first = last;
                  continue;
                }
              y += g_array_index (item->lines, Line, last - 1).bottom - l0->top;
              y += item->height - g_array_index (item->lines, Line, item->lines->len - 1).bottom;
              first = last;
            }
        }
      else
        {
          Placement p = { item, y, 0, item->lines->len };

          g_array_append_val (page, p);
          y += item->height;
        }
      i++;
    }
#undef NEW_PAGE
}

guint
prd_doc_get_n_pages (PrdDoc *self)
{
  g_return_val_if_fail (PRD_IS_DOC (self), 0);

  paginate (self);
  return self->pages->len;
}

/* ---- Drawing --------------------------------------------------------- */

static void draw_flow (GPtrArray *items, cairo_t *cr, double x, double y);

/* Draws LINE with its left end at (x, baseline). Unlike
 * pango_cairo_show_layout_line(), a base consonant and the vowel and tone
 * marks on it go to cairo as one cluster, which cairo writes as one
 * ActualText span: PDF readers then copy "นี้ไว้" as it was typed instead of
 * sorting the zero-width marks after the next letter ("นีไ้ว้"). */
static void
show_line (cairo_t         *cr,
           PangoLayoutLine *line,
           double           x,
           double           y)
{
  const char *text = pango_layout_get_text (line->layout);
  double pen = x;

  for (GSList *r = line->runs; r != NULL; r = r->next)
    {
      PangoGlyphItem *run = r->data;
      PangoItem *item = run->item;
      PangoGlyphString *gs = run->glyphs;
      const char *item_text = text + item->offset;
      int n = gs->num_glyphs, ng = 0, nc = 0, i = 0;
      /* Right-to-left runs (Hebrew, Arabic, text after U+202E) come in
       * visual order, their clusters walking the text backwards. */
      gboolean rtl = item->analysis.level % 2 == 1;
      int before = item->length, covered = 0;
      g_autofree cairo_glyph_t *glyphs = g_new (cairo_glyph_t, MAX (n, 1));
      g_autofree cairo_text_cluster_t *clusters = g_new (cairo_text_cluster_t, MAX (n, 1));

      while (i < n)
        {
          int j = i, first = ng, start, end;

          while (j < n && gs->log_clusters[j] == gs->log_clusters[i])
            j++;
          while (!rtl && j < n && g_unichar_ismark (g_utf8_get_char (item_text + gs->log_clusters[j])))
            {
              int k = j;
              while (j < n && gs->log_clusters[j] == gs->log_clusters[k])
                j++;
            }
          start = gs->log_clusters[i];
          if (rtl)
            {
              end = before;
              before = start;
            }
          else
            end = j < n ? gs->log_clusters[j] : item->length;
          for (int k = i; k < j; k++)
            {
              PangoGlyphInfo *g = &gs->glyphs[k];

              if (g->glyph != PANGO_GLYPH_EMPTY && !(g->glyph & PANGO_GLYPH_UNKNOWN_FLAG))
                {
                  glyphs[ng].index = g->glyph;
                  glyphs[ng].x = pen + (double) g->geometry.x_offset / PANGO_SCALE;
                  glyphs[ng].y = y + (double) g->geometry.y_offset / PANGO_SCALE;
                  ng++;
                }
              pen += (double) g->geometry.width / PANGO_SCALE;
            }
          clusters[nc].num_bytes = end - start;
          clusters[nc].num_glyphs = ng - first;
          covered += MAX (end - start, 0);
          if (end - start > 0 || ng > first)
            nc++;
          i = j;
        }
      /* Backward, cairo wants the clusters in text order, mapped onto the
       * glyphs from the last one: ours were found in visual order. */
      for (int a = 0, b = nc - 1; rtl && a < b; a++, b--)
        {
          cairo_text_cluster_t t = clusters[a];
          clusters[a] = clusters[b];
          clusters[b] = t;
        }
      cairo_set_scaled_font (cr, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->analysis.font)));
      /* Clusters that do not add up (a shaping pango did in a way not
       * foreseen here) would put CR in an error state and blank the rest of
       * the page: draw the glyphs without their text instead. */
      if (covered == item->length && (!rtl || before == 0))
        cairo_show_text_glyphs (cr, item_text, item->length, glyphs, ng, clusters, nc,
                                rtl ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : 0);
      else
        cairo_show_glyphs (cr, glyphs, ng);
    }
}

/* The same for other drawing code of core/docs (prd-doc-draw.h). */
void
prd_doc_show_layout_line (cairo_t         *cr,
                          PangoLayoutLine *line,
                          double           x,
                          double           baseline)
{
  show_line (cr, line, x, baseline);
}

static void
draw_item (Item    *item,
           cairo_t *cr,
           double   x,
           double   y,
           guint    first,
           guint    last)
{
  for (guint i = first; i < last && i < item->lines->len; i++)
    {
      Line *line = &g_array_index (item->lines, Line, i);

      show_line (cr, line->line, x + line->x, y + line->baseline);
    }

  if (item->dots->len > 0)
    {
      static const double dash[] = { 0.0, 2.4 };

      cairo_save (cr);
      cairo_set_line_width (cr, 0.7);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dash, 2, 0);
      for (guint i = 0; i < item->dots->len; i++)
        {
          Dots *d = &g_array_index (item->dots, Dots, i);

          if (d->x1 <= d->x0)
            continue;
          cairo_move_to (cr, x + d->x0, y + d->y);
          cairo_line_to (cr, x + d->x1, y + d->y);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (item->image != NULL)
    prd_doc_image_draw (item->image, cr, x + item->image_x, y + item->image_y,
                        item->image_w, item->image_h);

  if (item->kind == ITEM_RULE)
    {
      cairo_save (cr);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x + item->x, y + 1);
      cairo_line_to (cr, x + item->x + item->rule_width, y + 1);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (item->kind == ITEM_COLUMNS)
    for (guint c = 0; c < item->columns->len; c++)
      draw_flow (g_ptr_array_index (item->columns, c), cr, x + c * item->column_width, y);
}

static void
draw_flow (GPtrArray *items,
           cairo_t   *cr,
           double     x,
           double     y)
{
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      y += item->space_before;
      draw_item (item, cr, x, y, 0, item->lines->len);
      y += item->height;
    }
}

static void
draw_page_number (PrdDoc  *self,
                  cairo_t *cr,
                  guint    page)
{
  g_autofree char *text = g_strdup_printf ("-%u-", page + 1);
  g_autoptr(PangoLayout) layout = make_layout (self, text, DEFAULT_SIZE, FALSE);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  show_line (cr, pango_layout_get_line_readonly (layout, 0), (self->page_width - (double) w / PANGO_SCALE) / 2,
             self->margin[0] - PRD_DOC_CM (0.4) + (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
}

/* The saraban regulation's continuation mark: at the foot of every page but
 * the last, "/" and the first word of the next page, then "...". */
static void
draw_continuation (PrdDoc  *self,
                   cairo_t *cr,
                   guint    page)
{
  GArray *next = g_ptr_array_index (self->pages, page + 1);
  g_autofree char *mark = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int w;

  for (guint i = 0; i < next->len && mark == NULL; i++)
    {
      Placement *p = &g_array_index (next, Placement, i);

      for (guint l = p->first; l < p->last && mark == NULL; l++)
        {
          PangoLayoutLine *line = g_array_index (p->item->lines, Line, l).line;
          const char *all = pango_layout_get_text (line->layout);
          const char *start = all + line->start_index, *end = start + line->length, *q = start;
          const PangoLogAttr *attrs;
          int n_attrs, offset;
          gboolean numbered = FALSE, in_word = FALSE;

          while (q < end && g_unichar_isspace (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          if (q == end)
            continue;
          start = q;
          /* "๒.๘ กลุ่ม…": a number and the first word after it; else one word. */
          for (const char *r = q; r < end && *r != ' '; r = g_utf8_next_char (r))
            numbered |= g_unichar_isdigit (g_utf8_get_char (r));
          if (numbered)
            while (q < end && *q != ' ')
              q = g_utf8_next_char (q);
          attrs = pango_layout_get_log_attrs_readonly (line->layout, &n_attrs);
          offset = (int) g_utf8_pointer_to_offset (all, q);
          while (q < end)
            {
              gunichar c = g_utf8_get_char (q);

              if (in_word && offset < n_attrs && attrs[offset].is_word_end)
                break;
              in_word |= !g_unichar_isspace (c);
              q = g_utf8_next_char (q);
              offset++;
            }
          {
            g_autofree char *first = g_strndup (start, q - start);
            mark = g_strdup_printf ("/%s...", first);
          }
        }
    }
  if (mark == NULL)
    return;
  layout = make_layout (self, "", DEFAULT_SIZE, FALSE);
  /* The text is already as the document writes it (digits included). */
  pango_layout_set_text (layout, mark, -1);
  pango_layout_get_size (layout, &w, NULL);
  show_line (cr, pango_layout_get_line_readonly (layout, 0),
             self->page_width - self->margin[1] - (double) w / PANGO_SCALE,
             self->page_height - self->margin[2] + PRD_DOC_CM (0.8));
}

void
prd_doc_render_page (PrdDoc  *self,
                     cairo_t *cr,
                     guint    page)
{
  GArray *placements;

  g_return_if_fail (PRD_IS_DOC (self));

  paginate (self);
  g_return_if_fail (page < self->pages->len);
  placements = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (self->border)
    {
      double m = PRD_DOC_CM (1.0);

      cairo_set_line_width (cr, 2.5);
      cairo_rectangle (cr, m, m, self->page_width - 2 * m, self->page_height - 2 * m);
      cairo_stroke (cr);
      cairo_set_line_width (cr, 0.8);
      cairo_rectangle (cr, m + 5, m + 5, self->page_width - 2 * m - 10, self->page_height - 2 * m - 10);
      cairo_stroke (cr);
    }
  if (page > 0 && self->page_numbers)
    draw_page_number (self, cr, page);
  if (self->page_numbers && page + 1 < self->pages->len)
    draw_continuation (self, cr, page);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *p = &g_array_index (placements, Placement, i);

      draw_item (p->item, cr, self->margin[3], p->y, p->first, p->last);
    }
  cairo_restore (cr);
}

gboolean
prd_doc_get_image_box (PrdDoc *self,
                       guint   index,
                       double *x,
                       double *y,
                       double *width,
                       double *height)
{
  guint n = 0;

  paginate (self);
  for (guint pg = 0; pg < self->pages->len; pg++)
    {
      GArray *placements = g_ptr_array_index (self->pages, pg);

      for (guint i = 0; i < placements->len; i++)
        {
          Placement *p = &g_array_index (placements, Placement, i);

          if (p->item->kind != ITEM_IMAGE || n++ != index)
            continue;
          *x = self->margin[3] + p->item->image_x;
          *y = p->y + p->item->image_y;
          *width = p->item->image_w;
          *height = p->item->image_h;
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- PDF ------------------------------------------------------------- */

struct _PrdDocPdf
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  PrdOutputFile   *out;
  GError          *write_error;   /* the first failed write, kept for finish */
  cairo_status_t   drawing;       /* the first drawing that failed */
};

static void
set_metadata (cairo_surface_t *surface,
              const char      *title)
{
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "PR Desk " PRD_VERSION);
}

/* cairo's output goes through the output file, whose errors name the path. */
static cairo_status_t
write_to_output (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  PrdDocPdf *pdf = closure;

  if (pdf->write_error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!prd_output_file_write (pdf->out, data, length, &pdf->write_error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* A drawing that cairo refused (text it cannot lay out, memory) stops the
 * paper: a page with a hole in it must not be reported as written. */
static void
set_drawing_error (GError         **error,
                   const char      *path,
                   cairo_status_t   status)
{
  g_set_error (error, PRD_DOC_ERROR, PRD_DOC_ERROR_WRITE,
               _("The PDF %s could not be drawn (cairo: %s)"), path,
               cairo_status_to_string (status));
}

PrdDocPdf *
prd_doc_pdf_new (const char  *path,
                 const char  *title,
                 GError     **error)
{
  PrdDocPdf *pdf;
  PrdOutputFile *out = prd_output_file_open (path, error);

  if (out == NULL)
    return NULL;
  pdf = g_new0 (PrdDocPdf, 1);
  pdf->out = out;
  pdf->surface = cairo_pdf_surface_create_for_stream (write_to_output, pdf,
                                                      PRD_DOC_A4_SHORT, PRD_DOC_A4_LONG);
  set_metadata (pdf->surface, title);
  pdf->cr = cairo_create (pdf->surface);
  return pdf;
}

cairo_t *
prd_doc_pdf_begin_page (PrdDocPdf *pdf,
                        double     width,
                        double     height)
{
  cairo_pdf_surface_set_size (pdf->surface, width, height);
  return pdf->cr;
}

void
prd_doc_pdf_end_page (PrdDocPdf *pdf)
{
  cairo_status_t status = cairo_status (pdf->cr);

  if (status != CAIRO_STATUS_SUCCESS && pdf->drawing == CAIRO_STATUS_SUCCESS)
    pdf->drawing = status;
  cairo_show_page (pdf->cr);
}

void
prd_doc_pdf_add (PrdDocPdf *pdf,
                 PrdDoc    *doc)
{
  guint n = prd_doc_get_n_pages (doc);

  for (guint i = 0; i < n; i++)
    {
      prd_doc_render_page (doc, prd_doc_pdf_begin_page (pdf, doc->page_width, doc->page_height), i);
      prd_doc_pdf_end_page (pdf);
    }
}

static void
doc_pdf_free (PrdDocPdf *pdf)
{
  g_clear_error (&pdf->write_error);
  g_free (pdf);
}

void
prd_doc_pdf_abandon (PrdDocPdf *pdf)
{
  if (pdf == NULL)
    return;
  cairo_destroy (pdf->cr);
  cairo_surface_finish (pdf->surface);
  cairo_surface_destroy (pdf->surface);
  prd_output_file_abandon (pdf->out);
  doc_pdf_free (pdf);
}

gboolean
prd_doc_pdf_finish (PrdDocPdf  *pdf,
                    GError    **error)
{
  cairo_status_t status;
  gboolean ok = FALSE;

  cairo_destroy (pdf->cr);
  cairo_surface_finish (pdf->surface);
  status = cairo_surface_status (pdf->surface);
  cairo_surface_destroy (pdf->surface);

  if (pdf->write_error != NULL)
    g_propagate_error (error, g_steal_pointer (&pdf->write_error));
  else if (pdf->drawing != CAIRO_STATUS_SUCCESS)
    set_drawing_error (error, prd_output_file_get_path (pdf->out), pdf->drawing);
  else if (status != CAIRO_STATUS_SUCCESS)
    set_drawing_error (error, prd_output_file_get_path (pdf->out), status);
  else
    ok = TRUE;

  if (ok)
    ok = prd_output_file_commit (pdf->out, error);
  else
    prd_output_file_abandon (pdf->out);
  doc_pdf_free (pdf);
  return ok;
}

gboolean
prd_doc_write_pdf (PrdDoc      *self,
                   const char  *path,
                   GError     **error)
{
  PrdDocPdf *pdf;

  g_return_val_if_fail (PRD_IS_DOC (self), FALSE);

  pdf = prd_doc_pdf_new (path, self->title, error);
  if (pdf == NULL)
    return FALSE;
  prd_doc_pdf_add (pdf, self);
  return prd_doc_pdf_finish (pdf, error);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
prd_doc_to_pdf_bytes (PrdDoc  *self,
                      GError **error)
{
  GByteArray *buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n;

  g_return_val_if_fail (PRD_IS_DOC (self), NULL);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, buffer, self->page_width, self->page_height);
  set_metadata (surface, self->title);
  cr = cairo_create (surface);
  n = prd_doc_get_n_pages (self);
  status = CAIRO_STATUS_SUCCESS;
  for (guint i = 0; i < n && status == CAIRO_STATUS_SUCCESS; i++)
    {
      prd_doc_render_page (self, cr, i);
      status = cairo_status (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (buffer);
      g_set_error (error, PRD_DOC_ERROR, PRD_DOC_ERROR_WRITE,
                   _("The PDF cannot be made: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (buffer);
}
