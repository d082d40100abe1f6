/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark cases of core/docs: one memo to PDF warm, 500 certificates in
 * one PDF, and the same memo typed as an .odt and converted by LibreOffice
 * (the way offices make it today), side by side. */
#include <stdio.h>
#include <glib/gstdio.h>

#include "docs/prd-certificate-doc.h"
#include "docs/prd-memo-doc.h"
#include "docs/prd-paper.h"
#include "model/prd-memo.h"
#include "prd-bench.h"
#include "thai/prd-thai.h"

static double memo_warm_ms;

static PrdMemo *
allowed_memo (PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) memos = prd_memo_list (store, &error);

  if (memos == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < g_list_model_get_n_items (memos); i++)
    {
      g_autoptr(PrdMemo) memo = g_list_model_get_item (memos, i);
      if (prd_memo_get_state (memo, store) == PRD_MEMO_APPROVED)
        return g_steal_pointer (&memo);
    }
  g_error ("the demo office has no allowed memo");
}

static double
memo_to_pdf_ms (PrdStore  *store,
                PrdOffice *office,
                PrdMemo   *memo,
                gsize     *size)
{
  g_autoptr(GError) error = NULL;
  double t0 = prd_bench_now_ms ();
  g_autoptr(PrdDoc) doc = prd_memo_doc_new (store, office, memo, &error);
  g_autoptr(GBytes) pdf = doc ? prd_doc_to_pdf_bytes (doc, &error) : NULL;

  if (pdf == NULL)
    g_error ("%s", error->message);
  *size = g_bytes_get_size (pdf);
  return prd_bench_now_ms () - t0;
}

static void
bench_memo_pdf (void)
{
  PrdStore *store = prd_bench_demo_store (600);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = prd_office_load (store, &error);
  g_autoptr(PrdMemo) memo = allowed_memo (store);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  gsize size = 0;
  double cold = memo_to_pdf_ms (store, office, memo, &size);

  for (int i = 0; i < 30; i++)
    {
      double ms = memo_to_pdf_ms (store, office, memo, &size);
      g_array_append_val (samples, ms);
    }
  prd_bench_report ("docs-memo-pdf", "one memo to PDF, first (cold)", cold, "ms", NULL);
  memo_warm_ms = prd_bench_percentile (samples, 50);
  prd_bench_report ("docs-memo-pdf", "one memo to PDF, warm, median of 30", memo_warm_ms, "ms", "< 100 ms");
  prd_bench_report ("docs-memo-pdf", "one memo to PDF, warm, p95", prd_bench_percentile (samples, 95), "ms", NULL);
  prd_bench_report ("docs-memo-pdf", "PDF size", size / 1024.0, "KiB", NULL);
}

static void
bench_certificates_500 (void)
{
  PrdStore *store = prd_bench_demo_store (600);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = prd_office_load (store, &error);
  g_autoptr(GPtrArray) all = prd_certificate_find_members (store, "", &error);
  g_autofree char *path = g_build_filename (prd_bench_tmp_dir (), "certificates-500.pdf", NULL);
  g_autofree char *batch = NULL;
  GStatBuf st;
  double t0;

  if (all == NULL || all->len < 500)
    g_error ("the demo office needs 500 members");
  batch = prd_certificate_batch_create (store, (const char *const *) all->pdata, 500,
                                        "ผู้สนับสนุนการสื่อสารประชาสัมพันธ์องค์กร", "2026-11-25", NULL, &error);
  if (batch == NULL)
    g_error ("%s", error->message);
  t0 = prd_bench_now_ms ();
  if (!prd_certificate_batch_write_pdf (store, office, batch, path, NULL, NULL, &error))
    g_error ("%s", error->message);
  prd_bench_report ("docs-certificates-500", "500 certificates into one PDF", prd_bench_now_ms () - t0, "ms", "< 10000 ms");
  if (g_stat (path, &st) == 0)
    prd_bench_report ("docs-certificates-500", "PDF size", st.st_size / 1024.0 / 1024.0, "MiB", NULL);
}

/* The memo as a clerk types it in Writer: a flat ODT (one XML file). */
static char *
memo_as_fodt (PrdStore  *store,
              PrdOffice *office,
              PrdMemo   *memo)
{
  g_autofree char *number = prd_memo_doc_number (office, memo);
  g_autofree char *date = prd_paper_date (prd_memo_get_memo_date (memo));
  g_autoptr(PrdMemoPaper) paper = prd_memo_paper_resolve (store, memo, NULL);
  const char *group = paper ? paper->group_name : NULL;
  const char *review_name = paper && paper->review ? prd_decision_get_signer_name (paper->review) : "";
  const char *order_name = paper && paper->order ? prd_decision_get_signer_name (paper->order) : "";
  const char *order_position = paper && paper->order ? prd_decision_get_signer_position (paper->order) : "";
  GString *xml = g_string_new (NULL);
  GBytes *emblem = prd_office_get_emblem (office);
  const char *name = prd_office_get_name (office);
  g_autofree char *text = NULL;

#define P(style, fmt, ...) G_STMT_START { \
    g_autofree char *raw_ = g_strdup_printf (fmt, __VA_ARGS__); \
    g_autofree char *esc_ = g_markup_escape_text (raw_, -1); \
    g_string_append_printf (xml, "<text:p text:style-name=\"%s\">%s</text:p>\n", style, esc_); \
  } G_STMT_END

  g_string_append (xml,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
    "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n"
    "<office:font-face-decls><style:font-face style:name=\"TH Sarabun New\" svg:font-family=\"'TH Sarabun New'\"/>"
    "</office:font-face-decls>\n"
    "<office:styles><style:default-style style:family=\"paragraph\"><style:text-properties "
    "style:font-name=\"TH Sarabun New\" fo:font-size=\"16pt\" style:font-name-complex=\"TH Sarabun New\" "
    "style:font-size-complex=\"16pt\"/></style:default-style></office:styles>\n"
    "<office:automatic-styles>"
    "<style:page-layout style:name=\"pm\"><style:page-layout-properties fo:page-width=\"21cm\" "
    "fo:page-height=\"29.7cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"3cm\" "
    "fo:margin-right=\"2cm\"/></style:page-layout>"
    "<style:style style:name=\"T\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/>"
    "<style:text-properties fo:font-size=\"29pt\" style:font-size-complex=\"29pt\" fo:font-weight=\"bold\" "
    "style:font-weight-complex=\"bold\"/></style:style>"
    "<style:style style:name=\"H\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"20pt\" "
    "style:font-size-complex=\"20pt\" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>"
    "<style:style style:name=\"B\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"justify\" "
    "fo:text-indent=\"2.5cm\"/></style:style>"
    "<style:style style:name=\"S\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-left=\"7cm\" "
    "fo:text-align=\"center\"/></style:style>"
    "<style:style style:name=\"N\" style:family=\"paragraph\"/>"
    "</office:automatic-styles>\n"
    "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm\"/>"
    "</office:master-styles>\n<office:body><office:text>\n");

  if (emblem != NULL)
    {
      g_autofree char *b64 = g_base64_encode (g_bytes_get_data (emblem, NULL), g_bytes_get_size (emblem));
      g_string_append_printf (xml, "<text:p text:style-name=\"N\"><draw:frame draw:name=\"garuda\" "
                              "text:anchor-type=\"paragraph\" svg:width=\"1.5cm\" svg:height=\"1.5cm\">"
                              "<draw:image><office:binary-data>%s</office:binary-data></draw:image>"
                              "</draw:frame></text:p>\n", b64);
    }
  P ("T", "%s", "บันทึกข้อความ");
  P ("H", "ส่วนราชการ %s %s", group ? group : "", name);
  P ("H", "ที่ %s          วันที่ %s", number, date ? date : "");
  P ("H", "เรื่อง ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการบนเว็บไซต์และสื่อสังคมออนไลน์ของ%s", name);
  P ("N", "เรียน ผู้อำนวยการ%s", name);
  P ("B", "ด้วย งานประชาสัมพันธ์%s ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการ เรื่อง %s บนเว็บไซต์และสื่อสังคมออนไลน์ของ%s "
          "ตามเอกสารที่แนบมาด้วยนี้", group ? group : "", prd_memo_get_news_title (memo), name);
  P ("B", "ทั้งนี้ ข้าพเจ้าได้ตรวจสอบแล้วว่า ถูกต้องตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 "
          "และได้ดำเนินการตามมาตรการเผยแพร่ข้อมูลข่าวสารบนเว็บไซต์และสื่อสังคมออนไลน์ของ%s ทุกประการ", name);
  P ("B", "%s", "จึงเรียนมาเพื่อโปรดพิจารณา");
  P ("S", "(%s)", prd_memo_get_requester_name (memo));
  P ("S", "ตำแหน่ง %s", prd_memo_get_requester_position (memo));
  P ("N", "ข้าพเจ้า %s ผู้อำนวยการ%s", review_name, group ? group : "");
  P ("N", "%s", "ได้ตรวจสอบข้อมูลข่าวสารทางราชการแล้ว เห็นว่า");
  P ("N", "%s", "✓ อนุญาตให้เผยแพร่ได้");
  P ("N", "%s", "... ไม่อนุญาตให้เผยแพร่ เนื่องจาก ...........");
  P ("S", "(%s)", review_name);
  P ("N", "%s", "คำสั่ง ✓ อนุญาตให้เผยแพร่ได้   ... ไม่อนุญาตให้เผยแพร่");
  P ("S", "(%s)", order_name);
  P ("S", "%s", order_position);
#undef P
  g_string_append (xml, "</office:text></office:body></office:document>\n");
  text = g_string_free (xml, FALSE);
  return prd_office_get_thai_digits (office) ? prd_thai_digits_to_thai (text) : g_steal_pointer (&text);
}

static void
bench_memo_vs_libreoffice (void)
{
  PrdStore *store = prd_bench_demo_store (600);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = prd_office_load (store, &error);
  g_autoptr(PrdMemo) memo = allowed_memo (store);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *fodt = g_build_filename (prd_bench_tmp_dir (), "memo.fodt", NULL);
  g_autofree char *xml = memo_as_fodt (store, office, memo);
  g_autofree char *out_dir = g_build_filename (prd_bench_tmp_dir (), "lo", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", prd_bench_tmp_dir ());
  gsize size = 0;
  double ours, theirs, t0;
  int status = 0;

  if (!g_file_set_contents (fodt, xml, -1, &error))
    g_error ("%s", error->message);
  ours = memo_warm_ms > 0 ? memo_warm_ms : memo_to_pdf_ms (store, office, memo, &size);
  /* The .fodt must at least be well-formed XML, LibreOffice or not. */
  {
    static const GMarkupParser parser = { NULL };
    g_autoptr(GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);

    if (!g_markup_parse_context_parse (ctx, xml, -1, &error) || !g_markup_parse_context_end_parse (ctx, &error))
      g_error ("the generated .fodt is not well-formed: %s", error->message);
  }
  if (soffice == NULL)
    {
      printf ("%-22s skipped: libreoffice not installed\n", "docs-memo-vs-odt");
      return;
    }
  t0 = prd_bench_now_ms ();
  {
    const char *argv[] = { soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", out_dir, fodt, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, &error))
      g_error ("%s", error->message);
  }
  theirs = prd_bench_now_ms () - t0;
  prd_bench_report ("docs-memo-vs-odt", "soffice --headless --convert-to pdf", theirs, "ms", NULL);
  prd_bench_report ("docs-memo-vs-odt", "PR Desk, warm", ours, "ms", NULL);
  prd_bench_report ("docs-memo-vs-odt", "ratio LibreOffice / PR Desk", theirs / MAX (ours, 0.001), "x", NULL);
}

const PrdBenchCase prd_bench_docs_cases[] = {
  { "docs-memo-pdf", "one approval memo to PDF (cold and warm)", bench_memo_pdf },
  { "docs-certificates-500", "500 certificates into one PDF", bench_certificates_500 },
  { "docs-memo-vs-odt", "the same memo as .odt through LibreOffice, side by side", bench_memo_vs_libreoffice },
  { NULL }
};
