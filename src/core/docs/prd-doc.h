/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-doc.h — the page-layout engine of every official paper.
 *
 * A PrdDoc is a flow of items (paragraphs, label + dotted-leader fields,
 * table rows, images, signature blocks, side-by-side columns) poured onto
 * pages of a fixed size with margins. Laying out happens once, on a Pango
 * context with hinting off, so the same pages come out in the PDF, on the
 * printer and in the preview: each of those only hands a cairo_t to
 * prd_doc_render_page().
 *
 * Sizes of text are given as TH Sarabun points (16 pt body text); when only
 * TLWG Laksaman is installed the engine scales them by 1 / 1.504.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define PRD_DOC_ERROR (prd_doc_error_quark ())
typedef enum {
  PRD_DOC_ERROR_IMAGE,     /* an emblem or signature that cannot be read */
  PRD_DOC_ERROR_WRITE,     /* the PDF could not be written */
  PRD_DOC_ERROR_NOT_FOUND, /* the memo / order asked for does not exist */
  PRD_DOC_ERROR_INVALID,   /* a field of a paper is missing or wrong */
} PrdDocError;
GQuark prd_doc_error_quark (void);

#define PRD_DOC_CM(cm)       ((cm) * 72.0 / 2.54)   /* cm → points */
#define PRD_DOC_A4_SHORT     PRD_DOC_CM (21.0)
#define PRD_DOC_A4_LONG      PRD_DOC_CM (29.7)

typedef enum {
  PRD_DOC_ALIGN_LEFT,
  PRD_DOC_ALIGN_CENTER,
  PRD_DOC_ALIGN_RIGHT,
  PRD_DOC_ALIGN_JUSTIFY,
} PrdDocAlign;

typedef struct {
  double      size;          /* TH Sarabun points; 0 means 16 */
  gboolean    bold;
  PrdDocAlign align;
  double      first_indent;  /* points, added to the first line */
  double      left_indent;   /* points, every line */
  double      right_indent;  /* points */
  double      space_before;  /* points */
  double      space_after;   /* points */
  gboolean    keep_with_next;
} PrdDocStyle;

/* One label + value on a dotted line. WIDTH is the points the field takes
 * on its row (0: to the end of the row); a row whose only field has
 * width 0 wraps a long value onto more dotted lines under the value. */
typedef struct {
  const char *label;
  double      label_size;    /* 0 means 16 */
  gboolean    label_bold;
  const char *value;
  double      value_size;    /* 0 means 16 */
  double      width;
  gboolean    dotted;
} PrdDocField;

/* A cell of a table row. */
typedef struct {
  const char *text;
  double      width;         /* points; the last cell may say 0: the rest */
  PrdDocAlign align;
  gboolean    bold;
} PrdDocCell;

/* A signature block: an optional signature image over "(name)" and the
 * lines under it, centred on CENTER (points from the left of the column). */
typedef struct {
  GBytes      *image;        /* PNG or SVG, may be NULL */
  const char  *image_mime;
  const char  *lead;         /* line before the name, e.g. "ลงชื่อ", may be NULL */
  const char  *name;         /* without the brackets; NULL or "" leaves a dotted gap */
  const char *const *lines;  /* position, date…; NULL-terminated, may be NULL */
  double       center;       /* points from the column's left; 0 = centre */
  double       space_above;  /* room for a hand signature, points */
  double       size;         /* 0 means 16 */
} PrdDocSignature;

#define PRD_TYPE_DOC (prd_doc_get_type ())
G_DECLARE_FINAL_TYPE (PrdDoc, prd_doc, PRD, DOC, GObject)

PrdDoc     *prd_doc_new                 (double            page_width,
                                         double            page_height);
void        prd_doc_set_margins         (PrdDoc           *self,
                                         double            top_cm,
                                         double            right_cm,
                                         double            bottom_cm,
                                         double            left_cm);
/* The family the office chose ("TH Sarabun New"); NULL tries the usual ones.
 * Falls back to Laksaman scaled by 1 / 1.504 when none is installed. */
void        prd_doc_set_font            (PrdDoc           *self,
                                         const char       *family);
const char *prd_doc_get_font_family     (PrdDoc           *self);
double      prd_doc_get_font_scale      (PrdDoc           *self);
/* Arabic digits in every text are written as Thai digits (๐–๙). */
void        prd_doc_set_thai_digits     (PrdDoc           *self,
                                         gboolean          thai_digits);
gboolean    prd_doc_get_thai_digits     (PrdDoc           *self);
/* "-๒-" at the top centre from page two on. */
void        prd_doc_set_page_numbers    (PrdDoc           *self,
                                         gboolean          page_numbers);
void        prd_doc_set_title           (PrdDoc           *self,
                                         const char       *title);
/* A frame drawn on every page (certificates). */
void        prd_doc_set_border          (PrdDoc           *self,
                                         gboolean          border);
double      prd_doc_get_content_width   (PrdDoc           *self);
/* Distance from the top of a line of text of SIZE to its baseline, points. */
double      prd_doc_get_baseline        (PrdDoc           *self,
                                         double            size,
                                         gboolean          bold);

/* The flow. Texts are UTF-8; digits follow prd_doc_set_thai_digits(). */
void        prd_doc_add_paragraph       (PrdDoc            *self,
                                         const char        *text,
                                         const PrdDocStyle *style);
void        prd_doc_add_fields          (PrdDoc            *self,
                                         const PrdDocField *fields,
                                         guint              n_fields,
                                         double             space_before);
void        prd_doc_add_row             (PrdDoc            *self,
                                         const PrdDocCell  *cells,
                                         guint              n_cells,
                                         double             size,
                                         double             space_before);
/* An image HEIGHT points high. With ADVANCE FALSE the flow does not move
 * down, so the next item shares its band (the memo's emblem and title). */
gboolean    prd_doc_add_image           (PrdDoc            *self,
                                         GBytes            *data,
                                         const char        *mime,
                                         double             height,
                                         PrdDocAlign        align,
                                         gboolean           advance,
                                         GError           **error);
void        prd_doc_add_signature       (PrdDoc                *self,
                                         const PrdDocSignature *signature,
                                         double                 space_before);
void        prd_doc_add_space           (PrdDoc            *self,
                                         double             points);
void        prd_doc_add_rule            (PrdDoc            *self,
                                         double             width,
                                         double             space_before);
void        prd_doc_page_break          (PrdDoc            *self);

/* Side by side: begin, then items go into column 0 until
 * prd_doc_next_column(), …, then prd_doc_end_columns(). The whole band
 * stays on one page. Column widths are shares of the content width. */
void        prd_doc_begin_columns       (PrdDoc            *self,
                                         guint              n_columns,
                                         double             space_before);
void        prd_doc_next_column         (PrdDoc            *self);
void        prd_doc_end_columns         (PrdDoc            *self);
/* Items between begin and end never split across pages. */
void        prd_doc_begin_keep          (PrdDoc            *self);
void        prd_doc_end_keep            (PrdDoc            *self);

/* Output: one drawing path. */
guint       prd_doc_get_n_pages         (PrdDoc            *self);
void        prd_doc_get_page_size       (PrdDoc            *self,
                                         double            *width,
                                         double            *height);
/* Draws page PAGE (0-based) on CR, whose user units are points with the
 * origin at the page's top-left corner. */
void        prd_doc_render_page         (PrdDoc            *self,
                                         cairo_t           *cr,
                                         guint              page);
gboolean    prd_doc_write_pdf           (PrdDoc            *self,
                                         const char        *path,
                                         GError           **error);
GBytes     *prd_doc_to_pdf_bytes        (PrdDoc            *self,
                                         GError           **error);

/* Several documents into one PDF (a batch of certificates), written as
 * PrdOutputFile writes (beside, checked, renamed; devices written through).
 * Finish fails, and leaves the old file, if any write or drawing failed;
 * abandon drops the new content (a cancel). */
typedef struct _PrdDocPdf PrdDocPdf;
PrdDocPdf  *prd_doc_pdf_new             (const char        *path,
                                         const char        *title,
                                         GError           **error);
void        prd_doc_pdf_add             (PrdDocPdf         *pdf,
                                         PrdDoc            *doc);
/* A page drawn by someone else (the printed registry): its cairo_t. */
cairo_t    *prd_doc_pdf_begin_page      (PrdDocPdf         *pdf,
                                         double             width,
                                         double             height);
void        prd_doc_pdf_end_page        (PrdDocPdf         *pdf);
gboolean    prd_doc_pdf_finish          (PrdDocPdf         *pdf,
                                         GError           **error);
void        prd_doc_pdf_abandon         (PrdDocPdf         *pdf);

/* Placement of the first image and of the first text item on page 0, in
 * points, for tests and for the preview's rulers. FALSE when absent. */
gboolean    prd_doc_get_image_box       (PrdDoc            *self,
                                         guint              index,
                                         double            *x,
                                         double            *y,
                                         double            *width,
                                         double            *height);

G_END_DECLS
