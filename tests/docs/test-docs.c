/* Every paper is read back with poppler: page size, page count, embedded
 * fonts, the text of each field, and the emblem and title in their boxes. */
#include <cairo.h>
#include <locale.h>
#include <math.h>
#include <poppler.h>

#include "prd-test-util.h"
#include "docs/prd-certificate-doc.h"
#include "docs/prd-memo-doc.h"
#include "docs/prd-order-doc.h"
#include "model/prd-demo.h"
#include "model/prd-memo.h"
#include "model/prd-model-error.h"
#include "model/prd-signer.h"
#include "model/prd-office.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

/* poppler-glib 22.12 has no autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerFontInfo, g_object_unref)

#define CM(x) ((x) * 72.0 / 2.54)
#define MM CM (0.1)

typedef struct {
  char      *dir;
  PrdStore  *store;
  PrdOffice *office;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = prd_test_make_dir ();
  path = g_build_filename (f->dir, "docs.sqlite", NULL);
  f->store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (f->store, 150, NULL, NULL, &error));
  g_assert_no_error (error);
  f->office = prd_office_load (f->store, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->office);
  g_clear_object (&f->store);
  prd_test_remove_dir (f->dir);
  g_free (f->dir);
}

static PopplerDocument *
open_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return pdf;
}

static GBytes *
pdf_of (PrdDoc *doc)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = prd_doc_to_pdf_bytes (doc, &error);

  g_assert_no_error (error);
  return bytes;
}

/* Text of all pages with white space removed: PDF readers guess spaces
 * from gaps, the order of the letters is what must be right. */
static char *
squeezed_text (PopplerDocument *pdf)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (out, g_utf8_get_char (p));
    }
  return g_string_free (out, FALSE);
}

static void
assert_has_text (const char *text,
                 const char *wanted)
{
  GString *w = g_string_new (NULL);

  for (const char *p = wanted; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (w, g_utf8_get_char (p));
  if (strstr (text, w->str) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", wanted, text);
  g_string_free (w, TRUE);
}

static void
assert_a4 (PopplerDocument *pdf,
           gboolean         landscape)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (landscape ? h : w, CM (21.0), 0.5);
      g_assert_cmpfloat_with_epsilon (landscape ? w : h, CM (29.7), 0.5);
    }
}

static void
assert_fonts_embedded (PopplerDocument *pdf)
{
  g_autoptr(PopplerFontInfo) info = poppler_font_info_new (pdf);
  PopplerFontsIter *iter = NULL;
  int n = 0;

  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          n++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  g_assert_cmpint (n, >, 0);
}

/* The box of dark pixels inside AREA (points) of page PAGE, drawn at 4 px
 * a point by poppler. */
static gboolean
ink_box (PopplerDocument *pdf,
         int              page_no,
         double           ax,
         double           ay,
         double           aw,
         double           ah,
         double          *x0,
         double          *y0,
         double          *x1,
         double          *y1)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, page_no);
  const double scale = 4.0;
  int w = (int) (aw * scale), h = (int) (ah * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);
  int minx = w, miny = h, maxx = -1, maxy = -1;
  unsigned char *data;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -ax, -ay);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + x * 4);
        int lum = ((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff);

        if (lum < 3 * 200)
          {
            minx = MIN (minx, x);
            maxx = MAX (maxx, x);
            miny = MIN (miny, y);
            maxy = MAX (maxy, y);
          }
      }
  cairo_surface_destroy (surface);
  if (maxx < 0)
    return FALSE;
  *x0 = ax + minx / scale;
  *y0 = ay + miny / scale;
  *x1 = ax + (maxx + 1) / scale;
  *y1 = ay + (maxy + 1) / scale;
  return TRUE;
}

static PrdMemo *
memo_in_state (Fixture      *f,
               PrdMemoState  state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) memos = prd_memo_list (f->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (memos); i++)
    {
      g_autoptr(PrdMemo) memo = g_list_model_get_item (memos, i);
      if (prd_memo_get_state (memo, f->store) == state)
        return g_steal_pointer (&memo);
    }
  g_assert_not_reached ();
}

static void
test_demo_memos (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) memos = prd_memo_list (f->store, &error);
  guint seen[PRD_MEMO_N_STATES] = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (memos); i++)
    {
      g_autoptr(PrdMemo) memo = g_list_model_get_item (memos, i);
      seen[prd_memo_get_state (memo, f->store)]++;
    }
  /* The demo office shows a memo in each state of seed 004's form. */
  g_assert_cmpuint (seen[PRD_MEMO_AWAITING_REVIEW], ==, 1);
  g_assert_cmpuint (seen[PRD_MEMO_AWAITING_ORDER], ==, 1);
  g_assert_cmpuint (seen[PRD_MEMO_APPROVED], ==, 2);
  g_assert_cmpuint (seen[PRD_MEMO_REFUSED], ==, 1);
}

static void
test_memo_pdf (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_REFUSED);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *number = NULL;

  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  assert_a4 (pdf, FALSE);
  assert_fonts_embedded (pdf);

  text = squeezed_text (pdf);
  number = prd_memo_doc_number (f->office, memo);
  {
    g_autofree char *thai = prd_thai_digits_to_thai (number);
    assert_has_text (text, thai);
  }
  assert_has_text (text, "บันทึกข้อความ");
  assert_has_text (text, "ส่วนราชการ");
  assert_has_text (text, "กลุ่มอำนวยการ สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทอง เขต ๒");
  assert_has_text (text, "วันที่ ๑๐ ตุลาคม ๒๕๖๙");
  assert_has_text (text, "เรื่อง ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการบนเว็บไซต์และสื่อสังคมออนไลน์");
  assert_has_text (text, "เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทอง เขต ๒");
  assert_has_text (text, "แนะนำผู้บริหารสำนักงานเขต");
  assert_has_text (text, "จึงเรียนมาเพื่อโปรดพิจารณา");
  assert_has_text (text, "(นางสาวจันทร์เพ็ญ ศรีทองงาม)");
  assert_has_text (text, "ตำแหน่ง นักประชาสัมพันธ์ชำนาญการ");
  assert_has_text (text, "ข้าพเจ้า นางศิริพร");
  assert_has_text (text, "ไม่อนุญาตให้เผยแพร่ เนื่องจาก");
  assert_has_text (text, "ภาพถ่ายบุคคลบางภาพยังไม่ได้รับความยินยอม");
  assert_has_text (text, "✓");
  assert_has_text (text, "ผู้อำนวยการ/รองผู้อำนวยการ สพป.นครธารทอง เขต ๒");
}

static void
test_memo_boxes (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_APPROVED);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  GList *found;
  double x0, y0, x1, y1, page_h;

  if (prd_office_get_emblem (f->office) == NULL)
    {
      g_test_skip ("no emblem: PRDESK_SHARED/assets/garuda.svg is missing");
      return;
    }
  doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);

  /* Garuda 1.5 cm high at the top left, inside the margins (3 cm, 2 cm). */
  g_assert_true (ink_box (pdf, 0, CM (2.5), CM (1.5), CM (3.0), CM (2.15), &x0, &y0, &x1, &y1));
  g_test_message ("emblem ink box: %.2f %.2f – %.2f %.2f cm", x0 / CM (1), y0 / CM (1), x1 / CM (1), y1 / CM (1));
  g_assert_cmpfloat (fabs (x0 - CM (3.0)), <=, MM);
  g_assert_cmpfloat (fabs (y0 - CM (2.0)), <=, MM);
  g_assert_cmpfloat (fabs ((y1 - y0) - CM (1.5)), <=, MM);

  /* "บันทึกข้อความ" centred over the text column, standing on the emblem's foot. */
  page = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (page, NULL, &page_h);
  found = poppler_page_find_text (page, "บันทึกข้อความ");
  g_assert_nonnull (found);
  {
    PopplerRectangle *r = found->data;
    double cx = (r->x1 + r->x2) / 2;
    double top = page_h - MAX (r->y1, r->y2), bottom = page_h - MIN (r->y1, r->y2);

    g_test_message ("title box: x %.2f–%.2f cm, y %.2f–%.2f cm", r->x1 / CM (1), r->x2 / CM (1),
                    top / CM (1), bottom / CM (1));
    g_assert_cmpfloat (fabs (cx - CM (3.0 + 16.0 / 2)), <=, MM);
    g_assert_cmpfloat (top, <, CM (3.5));
    g_assert_cmpfloat (bottom, >, CM (3.5) - MM);
    g_assert_cmpfloat (bottom - top, >, CM (0.7));   /* 29 pt, not 16 pt */
  }
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
}

static void
test_memo_numbering (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdMemo) a = prd_memo_new (NULL);
  g_autoptr(PrdMemo) b = prd_memo_new (NULL);
  g_autoptr(PrdMemo) c = prd_memo_new (NULL);
  g_autoptr(PrdMemo) d = prd_memo_new (NULL);
  g_autoptr(PrdMemo) e = prd_memo_new (NULL);

  prd_memo_set_memo_date (a, "2030-03-01");
  g_assert_true (prd_memo_save (a, f->store, &error));
  g_assert_no_error (error);
  prd_memo_set_memo_date (b, "2030-12-31");
  g_assert_true (prd_memo_save (b, f->store, &error));
  prd_memo_set_memo_date (c, "2031-01-02");
  g_assert_true (prd_memo_save (c, f->store, &error));
  g_assert_cmpint (prd_memo_get_number_seq (a), ==, 1);
  g_assert_cmpint (prd_memo_get_number_seq (b), ==, 2);
  g_assert_cmpint (prd_memo_get_number_seq (c), ==, 1);   /* a new calendar year starts again */
  g_assert_cmpint (prd_memo_get_number_year (c), ==, 2031);

  /* Saving again keeps the number. */
  prd_memo_set_unit (a, "งานประชาสัมพันธ์");
  g_assert_true (prd_memo_save (a, f->store, &error));
  g_assert_cmpint (prd_memo_get_number_seq (a), ==, 1);

  /* A number typed by hand that is taken is refused, naming it. */
  prd_memo_set_memo_date (d, "2030-05-05");
  prd_memo_set_number_seq (d, 2);
  g_assert_false (prd_memo_save (d, f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NUMBER_TAKEN);
  g_assert_cmpstr (error->message, ==, "Memo number 2 of 2573 is already used by another memo; choose another number.");
  g_clear_error (&error);

  /* A wrong date is refused, naming it. */
  prd_memo_set_memo_date (e, "2030-02-30");
  g_assert_false (prd_memo_save (e, f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "\"2030-02-30\""));
  g_clear_error (&error);

  /* Journal rows for the memo table come from the store's triggers: the
   * demo's five memos and the four saves above, not the refused ones. */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal WHERE table_name = 'memo'"), ==, 9);
}

static void
test_memo_long_pages (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_AWAITING_ORDER);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  int review_page = -1, order_page = -1;

  for (int i = 0; i < 9; i++)
    g_string_append_printf (body, "ย่อหน้าที่ %d ของรายละเอียดข่าว การประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการประชาสัมพันธ์ "
                            "ของสำนักงานเขตพื้นที่การศึกษา มีผู้เข้าร่วมจากโรงเรียนในสังกัดทุกอำเภอ และภาคีเครือข่ายภายนอก\n\n", i + 1);
  prd_memo_set_body (memo, body->str);
  doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  assert_a4 (pdf, FALSE);

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);

      if (strstr (text, "ได้ตรวจสอบข้อมูลข่าวสารทางราชการแล้ว") != NULL)
        review_page = i;
      if (strstr (text, "คำสั่ง") != NULL)
        order_page = i;
      if (i == 1)
        g_assert_nonnull (strstr (text, "-๒-"));   /* page number at the top from page two */
      else
        g_assert_null (strstr (text, "-๑-"));
    }
  /* The decision blocks stay together. */
  g_assert_cmpint (review_page, >=, 0);
  g_assert_cmpint (review_page, ==, order_page);
}

/* A director's order signed by a deputy on the director's behalf, and a
 * review returned for correction: the paper says so, on one page, and
 * shows only the order that came after the latest review. */
static void
test_memo_capacity (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_AWAITING_ORDER);
  g_autoptr(GListModel) deputies = prd_signer_list (f->store, PRD_SIGNER_DEPUTY, NULL);
  g_autoptr(PrdSigner) deputy = g_list_model_get_item (deputies, 0);
  g_autoptr(PrdDecision) order = prd_decision_new ();
  g_autoptr(PrdDecision) back = prd_decision_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PrdMemoPaper) paper = NULL;
  g_autofree char *text = NULL, *path = NULL, *name = NULL;

  prd_decision_set_subject_id (order, prd_memo_get_id (memo));
  prd_decision_set_step (order, PRD_DECISION_ORDER);
  prd_decision_set_outcome (order, PRD_DECISION_ALLOW);
  prd_decision_set_capacity (order, PRD_DECISION_ON_BEHALF);
  prd_decision_set_signer_id (order, prd_record_get_id (PRD_RECORD (deputy)));
  prd_decision_set_decided_at (order, "2026-11-19");
  g_assert_true (prd_decision_record (order, f->store, &error));
  g_assert_no_error (error);

  doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "memo-on-behalf.pdf", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  pdf = open_pdf (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  text = squeezed_text (pdf);
  name = prd_signer_dup_full_name (deputy);
  assert_has_text (text, name);
  /* Lines of the two columns interleave in the text: each line on its own. */
  assert_has_text (text, "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถม");
  assert_has_text (text, "ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่");
  assert_has_text (text, "วันที่ ๑๙ พฤศจิกายน ๒๕๖๙");

  /* A new round: the group director returns it; the order no longer counts. */
  prd_decision_set_subject_id (back, prd_memo_get_id (memo));
  prd_decision_set_step (back, PRD_DECISION_REVIEW);
  prd_decision_set_outcome (back, PRD_DECISION_RETURN);
  prd_decision_set_reason (back, "แก้ชื่อผู้บริหาร");
  g_assert_false (prd_decision_record (back, f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);   /* no signer chosen */
  g_clear_error (&error);
  paper = prd_memo_paper_resolve (f->store, memo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (paper->order);
  g_assert_cmpstr (prd_decision_get_capacity (paper->order), ==, PRD_DECISION_ON_BEHALF);
  g_assert_nonnull (paper->review);
  g_assert_cmpstr (prd_decision_get_outcome (paper->review), ==, PRD_DECISION_ALLOW);
}

/* A memo moved to another news item prints that item's title, not the one
 * it was loaded with. */
static void
test_memo_news_changed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_REFUSED);
  g_autoptr(PrdMemo) other = memo_in_state (f, PRD_MEMO_AWAITING_ORDER);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;

  prd_memo_set_news_item_id (memo, prd_memo_get_news_item_id (other));
  doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  text = squeezed_text (pdf);
  assert_has_text (text, "เรื่อง ครูนักสร้างสรรค์สื่อ TikTok รอบเดือนพฤศจิกายน");
  g_assert_null (strstr (text, "แนะนำผู้บริหาร"));
}

static void
test_arabic_digits (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_AWAITING_REVIEW);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL, *number = NULL;

  g_object_set (f->office, "thai-digits", FALSE, NULL);
  doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  text = squeezed_text (pdf);
  number = prd_memo_doc_number (f->office, memo);
  assert_has_text (text, number);
  assert_has_text (text, "20 พฤศจิกายน 2569");
  g_assert_null (strstr (text, "๒๕๖๙"));
}

static void
test_memo_template (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdMemoTemplate) tmpl = prd_memo_template_load (f->store, &error);
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_AWAITING_REVIEW);
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL, *subject = NULL;

  g_assert_no_error (error);
  /* Seed 004's wording is the default. */
  g_assert_nonnull (strstr (tmpl->subject, "ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการบนเว็บไซต์และสื่อสังคมออนไลน์"));
  g_assert_nonnull (strstr (tmpl->body, "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540"));

  subject = tmpl->subject;
  tmpl->subject = g_strdup ("  ");
  g_assert_false (prd_memo_template_save (f->store, tmpl, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (tmpl->subject);
  tmpl->subject = g_steal_pointer (&subject);

  g_free (tmpl->closing);
  tmpl->closing = g_strdup ("จึงเรียนมาเพื่อโปรดทราบและพิจารณาอนุญาต");
  g_free (tmpl->body);
  tmpl->body = g_strdup ("ด้วย {unit} {group} ขอเผยแพร่ข่าว เรื่อง {title}{channels}");
  g_assert_true (prd_memo_template_save (f->store, tmpl, &error));
  g_assert_no_error (error);

  doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  text = squeezed_text (pdf);
  assert_has_text (text, "จึงเรียนมาเพื่อโปรดทราบและพิจารณาอนุญาต");
  assert_has_text (text, "ด้วย งานประชาสัมพันธ์ กลุ่มอำนวยการ ขอเผยแพร่ข่าว เรื่อง ประชุมเชิงปฏิบัติการ");
  assert_has_text (text, "ได้แก่ เว็บไซต์สำนักงาน เพจ Facebook และกลุ่ม LINE");
  g_assert_null (strstr (text, "{"));
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_signature_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 100);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.5);
  cairo_set_line_width (cr, 4);
  cairo_move_to (cr, 20, 70);
  cairo_curve_to (cr, 80, 0, 140, 100, 280, 30);
  cairo_stroke (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static void
test_memo_signature (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PrdMemo) memo = memo_in_state (f, PRD_MEMO_APPROVED);
  g_autoptr(GBytes) png = make_signature_png ();
  g_autoptr(JsonObject) signer = json_object_new ();
  g_autofree char *b64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  GList *images;
  double w, h;
  gboolean in_order_block = FALSE;

  {
    g_autoptr(PrdMemoPaper) paper = prd_memo_paper_resolve (f->store, memo, &error);

    g_assert_no_error (error);
    json_object_set_string_member (signer, "id", prd_decision_get_signer_id (paper->order));
  }
  json_object_set_string_member (signer, "signature", b64);
  json_object_set_string_member (signer, "signature_mime", "image/png");
  g_assert_true (prd_store_put (f->store, "office_signer", signer, &error));
  g_assert_no_error (error);

  doc = prd_memo_doc_new (f->store, f->office, memo, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  page = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (page, &w, &h);
  images = poppler_page_get_image_mapping (page);
  /* The director's signature sits in the order block: right half, lower part. */
  for (GList *l = images; l != NULL; l = l->next)
    {
      PopplerImageMapping *m = l->data;
      if (m->area.x1 > w / 2 && m->area.y1 > h / 2)
        in_order_block = TRUE;
    }
  poppler_page_free_image_mapping (images);
  g_assert_true (in_order_block);
}

static void
test_font_fallback (void)
{
  g_autoptr(PrdDoc) doc = prd_doc_new (PRD_DOC_A4_SHORT, PRD_DOC_A4_LONG);
  const char *family = prd_doc_get_font_family (doc);

  /* TH Sarabun when installed; else Laksaman scaled by 1 / 1.504. */
  if (g_str_has_prefix (family, "TH Sarabun"))
    g_assert_cmpfloat (prd_doc_get_font_scale (doc), ==, 1.0);
  else
    {
      g_assert_cmpstr (family, ==, "Laksaman");
      g_assert_cmpfloat_with_epsilon (prd_doc_get_font_scale (doc), 1.0 / 1.504, 1e-9);
    }
}

static void
test_order_pdf (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *order_id = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt = prd_store_prepare (f->store, "SELECT id FROM appointment_order", &error);
  int n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  order_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  doc = prd_order_doc_new (f->store, f->office, order_id, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  n = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n, ==, 2);
  assert_a4 (pdf, FALSE);
  assert_fonts_embedded (pdf);
  text = squeezed_text (pdf);
  assert_has_text (text, "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทอง เขต ๒");
  assert_has_text (text, "ที่ ๖๒/๒๕๖๙");
  assert_has_text (text, "เรื่อง แต่งตั้งเจ้าหน้าที่ดูแลเว็บไซต์ประจำกลุ่ม");
  assert_has_text (text, "๑. คณะที่ปรึกษา ประกอบด้วย");
  assert_has_text (text, "ประธาน");
  assert_has_text (text, "๒.๑ กลุ่มอำนวยการ");
  assert_has_text (text, "๒.๑๐ หน่วยตรวจสอบภายใน");
  assert_has_text (text, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป");
  assert_has_text (text, "สั่ง ณ วันที่ ๒๑ เมษายน พ.ศ. ๒๕๖๙");
  assert_has_text (text, "-๒-");
  {
    /* The continuation mark at the foot of page one names what page two starts with. */
    g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, 0);
    g_autofree char *first = poppler_page_get_text (page);
    g_assert_nonnull (strstr (first, "/๒.๘"));
    g_assert_nonnull (strstr (first, "..."));
  }

  if (prd_office_get_emblem (f->office) != NULL)
    {
      double x0, y0, x1, y1;

      /* Garuda 3 cm high, centred on the text column (3 cm left, 2 cm right). */
      g_assert_true (ink_box (pdf, 0, CM (8), CM (1), CM (6), CM (3.55), &x0, &y0, &x1, &y1));
      g_assert_cmpfloat (fabs ((y1 - y0) - CM (3.0)), <=, MM);
      g_assert_cmpfloat (fabs ((x0 + x1) / 2 - CM (11.0)), <=, MM);
      g_assert_cmpfloat (fabs (y0 - CM (1.5)), <=, MM);
    }
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_order_model (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOrder) order = prd_order_new ();
  g_autoptr(PrdOrder) again = NULL;
  g_autoptr(PrdOrder) next_year = prd_order_new ();
  g_autoptr(GPtrArray) staff = prd_certificate_find_members (f->store, "บุคลากรในสำนักงาน", &error);
  g_autoptr(PrdOrderSection) first_again = NULL;
  g_autoptr(PrdOrderMember) chair = NULL;
  g_autoptr(PrdSigner) signer = NULL;
  PrdOrderSection *advisers, *admins;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  gint64 tombstones_before, sections_before;
  guint notified = 0, changed = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (staff->len, >=, 4);

  /* No subject: refused, nothing written. */
  prd_order_set_order_date (order, "2027-05-01");
  g_assert_false (prd_order_save (order, f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM appointment_order"), ==, 1);

  /* A property notifies once per real change; "changed" follows every
   * edit, down to a member's role. */
  g_signal_connect (order, "notify::subject", G_CALLBACK (count_notify_cb), &notified);
  g_signal_connect (order, "changed", G_CALLBACK (count_cb), &changed);
  prd_order_set_subject (order, "แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์");
  prd_order_set_subject (order, "แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  advisers = prd_order_add_section (order, "คณะที่ปรึกษา ประกอบด้วย", "ให้คำปรึกษา");
  admins = prd_order_add_section (order, "คณะทำงาน ประกอบด้วย", "ดำเนินงาน");
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (prd_order_add_member (order, f->store, advisers, staff->pdata[0], "chair", "", &error));
  g_assert_true (prd_order_add_member (order, f->store, advisers, staff->pdata[1], "member", "", &error));
  g_assert_true (prd_order_add_member (order, f->store, admins, staff->pdata[2], "", "กลุ่มอำนวยการ", &error));
  g_assert_true (prd_order_add_member (order, f->store, admins, staff->pdata[3], "", "กลุ่มนโยบายและแผน", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 7);
  g_assert_false (prd_order_add_member (order, f->store, admins, "no-such-member", "", "", &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (prd_order_section_get_members (admins)), ==, 2);
  chair = g_list_model_get_item (prd_order_section_get_members (advisers), 0);
  prd_order_member_set_role (chair, "vice_chair");
  g_assert_cmpuint (changed, ==, 8);
  prd_order_member_set_role (chair, "chair");
  g_assert_cmpuint (changed, ==, 9);
  g_signal_handlers_disconnect_by_func (order, count_cb, &changed);
  g_signal_handlers_disconnect_by_func (order, count_notify_cb, &notified);

  g_assert_true (prd_order_save (order, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_order_get_number_seq (order), ==, 1);
  g_assert_cmpint (prd_order_get_number_year (order), ==, 2027);
  g_assert_true (prd_record_is_stored (PRD_RECORD (advisers)));
  g_assert_true (prd_record_is_stored (PRD_RECORD (chair)));

  /* Another year starts at 1 again; the demo's 62 is of 2026. */
  prd_order_set_subject (next_year, "ทดสอบ");
  prd_order_set_order_date (next_year, "2026-12-01");
  g_assert_true (prd_order_save (next_year, f->store, &error));
  g_assert_cmpint (prd_order_get_number_seq (next_year), ==, 63);

  /* A number another order has is refused as such. */
  prd_order_set_number_seq (next_year, 62);
  g_assert_false (prd_order_save (next_year, f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NUMBER_TAKEN);
  g_clear_error (&error);

  /* Removing a member tombstones its row on the next save. */
  tombstones_before = prd_store_count (f->store, "SELECT count(*) FROM order_member WHERE deleted = 1");
  prd_order_section_remove_member (advisers, 1);
  g_assert_true (prd_order_save (order, f->store, &error));
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM order_member WHERE deleted = 1"), ==,
                   tombstones_before + 1);

  again = prd_order_load (f->store, prd_order_get_id (order), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (prd_order_get_sections (again)), ==, 2);
  first_again = g_list_model_get_item (prd_order_get_sections (again), 0);
  g_assert_cmpstr (prd_order_section_get_title (first_again), ==, "คณะที่ปรึกษา ประกอบด้วย");
  g_assert_cmpuint (g_list_model_get_n_items (prd_order_section_get_members (first_again)), ==, 1);
  g_assert_cmpstr (prd_order_get_subject (again), ==, "แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์");

  signer = prd_order_doc_resolve_signer (f->store, again);
  doc = prd_order_doc_layout (f->office, again, signer, &error);
  g_assert_no_error (error);
  bytes = pdf_of (doc);
  pdf = open_pdf (bytes);
  text = squeezed_text (pdf);
  assert_has_text (text, "ที่ ๑/๒๕๗๐");
  assert_has_text (text, "๑.๑");
  assert_has_text (text, "ประธาน");
  assert_has_text (text, "๒.๒ กลุ่มนโยบายและแผน");
  assert_has_text (text, "มีหน้าที่ ดำเนินงาน");
  assert_has_text (text, prd_order_member_get_name (chair));

  /* The list: the three live orders, newest number first. */
  {
    g_autoptr(GListModel) all = prd_order_list (f->store, &error);
    g_autoptr(PrdOrder) newest = NULL, oldest = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
    newest = g_list_model_get_item (all, 0);
    oldest = g_list_model_get_item (all, 2);
    g_assert_cmpstr (prd_order_get_id (newest), ==, prd_order_get_id (order));
    g_assert_cmpint (prd_order_get_number_year (oldest), ==, 2026);
    g_assert_cmpint (prd_order_get_number_seq (oldest), ==, 62);
  }

  /* Removing a section tombstones it and its two members; one put back
   * before saving (the editor's undo) is kept as it was. */
  tombstones_before = prd_store_count (f->store, "SELECT count(*) FROM order_member WHERE deleted = 1");
  sections_before = prd_store_count (f->store, "SELECT count(*) FROM order_section WHERE deleted = 1");
  {
    g_autoptr(PrdOrderSection) second = g_list_model_get_item (prd_order_get_sections (again), 1);

    prd_order_remove_section (again, 1);
    prd_order_insert_section (again, 1, second);
    g_assert_true (prd_order_save (again, f->store, &error));
    g_assert_no_error (error);
    g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM order_section WHERE deleted = 1"), ==,
                     sections_before);
    g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM order_member WHERE deleted = 1"), ==,
                     tombstones_before);
  }
  prd_order_remove_section (again, 1);
  g_assert_true (prd_order_save (again, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM order_member WHERE deleted = 1"), ==,
                   tombstones_before + 2);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM order_section WHERE deleted = 1"), ==,
                   sections_before + 1);
  g_clear_object (&again);
  again = prd_order_load (f->store, prd_order_get_id (order), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (prd_order_get_sections (again)), ==, 1);
  g_assert_finalize_object (g_steal_pointer (&again));
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
test_certificates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = prd_certificate_find_members (f->store, "ครูผู้สร้างสรรค์สื่อ", &error);
  g_autofree char *batch = NULL, *path = g_build_filename (f->dir, "certs.pdf", NULL);
  g_autofree char *uri = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  double last = 0;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, 3);
  n = MIN (ids->len, 5);
  batch = prd_certificate_batch_create (f->store, (const char *const *) ids->pdata, n,
                                        "ครูผู้สร้างสรรค์สื่อการศึกษาที่มียอดผู้ชมสูงสุด", "2026-11-25", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (prd_certificate_batch_write_pdf (f->store, f->office, batch, path, progress_cb, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);

  uri = g_filename_to_uri (path, NULL, NULL);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, (int) n);
  assert_a4 (pdf, TRUE);
  assert_fonts_embedded (pdf);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, (int) i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *name = NULL;
      g_autofree char *squeezed = NULL;
      GString *s = g_string_new (NULL);
      sqlite3_stmt *stmt = prd_store_prepare (f->store, "SELECT recipient FROM certificate WHERE batch_id = ?1 "
                                              "AND sort_order = ?2", NULL);

      sqlite3_bind_text (stmt, 1, batch, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (s, g_utf8_get_char (p));
      squeezed = g_string_free (s, FALSE);
      assert_has_text (squeezed, name);
      assert_has_text (squeezed, "มอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า");
      assert_has_text (squeezed, "ให้ไว้ ณ วันที่ ๒๕ พฤศจิกายน พ.ศ. ๒๕๖๙");
    }

  /* The batch reads back whole, as a typed record with its certificates. */
  {
    g_autoptr(PrdCertificateBatch) loaded = prd_certificate_batch_load (f->store, batch, &error);
    g_autoptr(PrdCertificate) first = NULL;
    const char *bad[] = { ids->pdata[0], "no-such-member" };
    gint64 batches = prd_store_count (f->store, "SELECT count(*) FROM certificate_batch");
    gint64 certificates = prd_store_count (f->store, "SELECT count(*) FROM certificate");

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (prd_certificate_batch_get_certificates (loaded)), ==, n);
    g_assert_cmpstr (prd_certificate_batch_get_issued_on (loaded), ==, "2026-11-25");
    g_assert_cmpstr (prd_certificate_batch_get_signer_position (loaded), !=, "");
    first = g_list_model_get_item (prd_certificate_batch_get_certificates (loaded), 0);
    g_assert_cmpstr (prd_certificate_get_member_id (first), ==, ids->pdata[0]);
    g_assert_cmpint (prd_certificate_get_sort_order (first), ==, 1);
    g_assert_cmpstr (prd_certificate_get_detail (first), !=, "");

    /* The list has every live batch, newest first, with its count. */
    {
      g_autoptr(GListModel) all = prd_certificate_batch_list (f->store, &error);
      gboolean seen = FALSE;

      g_assert_no_error (error);
      g_assert_cmpint (g_list_model_get_n_items (all), ==, batches);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(PrdCertificateBatch) b = g_list_model_get_item (all, i);

          if (g_strcmp0 (prd_certificate_batch_get_id (b), batch) == 0)
            {
              seen = TRUE;
              g_assert_cmpint (prd_certificate_batch_get_n_certificates (b), ==, n);
              g_assert_cmpuint (g_list_model_get_n_items (prd_certificate_batch_get_certificates (b)), ==, 0);
            }
        }
      g_assert_true (seen);
    }

    /* One unknown member: refused, and nothing of the batch is recorded. */
    g_assert_null (prd_certificate_batch_create (f->store, bad, 2, "เหตุผล", "2026-11-25", NULL, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM certificate_batch"), ==, batches);
    g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM certificate"), ==, certificates);
  }

  /* Nobody found, no reason: nothing recorded. */
  g_assert_null (prd_certificate_batch_create (f->store, (const char *const *) ids->pdata, 1, "", NULL, NULL, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/docs/demo-memos", test_demo_memos);
  ADD ("/docs/memo/pdf", test_memo_pdf);
  ADD ("/docs/memo/boxes", test_memo_boxes);
  ADD ("/docs/memo/numbering", test_memo_numbering);
  ADD ("/docs/memo/long", test_memo_long_pages);
  ADD ("/docs/memo/arabic-digits", test_arabic_digits);
  ADD ("/docs/memo/template", test_memo_template);
  ADD ("/docs/memo/signature", test_memo_signature);
  ADD ("/docs/memo/capacity", test_memo_capacity);
  ADD ("/docs/memo/news-changed", test_memo_news_changed);
  ADD ("/docs/order/pdf", test_order_pdf);
  ADD ("/docs/order/model", test_order_model);
  ADD ("/docs/certificates", test_certificates);
  g_test_add_func ("/docs/font-fallback", test_font_fallback);
  return g_test_run ();
}
