/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark cases of the registry core: import, search, printing. */
#include <glib/gstdio.h>
#include <stdlib.h>

#include "io/prd-member-import.h"
#include "model/prd-demo.h"
#include "docs/prd-registry-doc.h"
#include "io/prd-member-export.h"
#include "model/prd-member-query.h"
#include "prd-bench.h"
#include "store/prd-store-sql.h"

static const char *const given[] = {
  "กิตติพัฒน์", "ชยพล", "ณัฐวุฒิ", "ธนากร", "ปิยะพงษ์", "พงศกร", "ภานุวัฒน์", "วรวุฒิ",
  "กมลวรรณ", "จันทร์เพ็ญ", "ชุติมา", "ณัฐธิดา", "ดวงใจ", "ทิพวรรณ", "นภัสสร", "ปวีณา",
};
static const char *const surname_parts[] = {
  "ทอง", "ศรี", "แก้ว", "สุข", "วงศ์", "พันธ์", "ชัย", "บุญ", "รักษ์", "เจริญ",
};
static const char *const categories[] = {
  "บุคลากรในโรงเรียน", "ครูผู้สร้างสรรค์สื่อ (ครู TikToker)", "สื่อมวลชน", "หน่วยงานราชการ",
};

/* A Google-Forms-like survey of N answers naming the demo office's schools. */
static char *
survey_file (PrdStore *store,
             guint     n)
{
  g_autoptr(GPtrArray) schools = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GString *s = g_string_new ("\xEF\xBB\xBF" "ประทับเวลา,คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,โรงเรียน/หน่วยงาน,อำเภอ,"
                             "เบอร์โทรศัพท์,อีเมล,TikTok,ประเภท,ยินยอมให้ติดต่อ\n");
  sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT name FROM school", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (schools, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < n; i++)
    {
      guint cat = g_rand_int_range (rand, 0, G_N_ELEMENTS (categories));

      g_string_append_printf (s, "%u/%u/2567 10:%02u:%02u,%s,%s,%s%s%s%s%s,ครู,%s,,08%u-%03u-%04u,",
                              1 + i % 28, 1 + i % 12, i % 60, i % 60,
                              i % 2 ? "นาย" : "นาง",
                              given[g_rand_int_range (rand, 0, G_N_ELEMENTS (given))],
                              surname_parts[i % 10], surname_parts[i / 10 % 10],
                              surname_parts[i / 100 % 10], surname_parts[i / 1000 % 10],
                              surname_parts[i / 10000 % 10],
                              cat < 2 ? (const char *) g_ptr_array_index (schools, i % schools->len)
                                      : "สถานีวิทยุชุมชน",
                              1 + i / 1000000, (i / 10000) % 1000, i % 10000);
      if (i % 3 == 0)
        g_string_append_printf (s, "member%u@example.com", i);
      g_string_append_printf (s, ",%s,%s,ใช่\n", cat == 1 ? "@kru_bench" : "", categories[cat]);
    }
  return g_string_free (s, FALSE);
}

static void
bench_import_100k (void)
{
  g_autofree char *path = g_build_filename (prd_bench_tmp_dir (), "import.sqlite", NULL);
  g_autofree char *csv_path = g_build_filename (prd_bench_tmp_dir (), "survey-100k.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (path, &error);
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *data = NULL;
  PrdImportCounts counts;
  double t0, t1, t2;
  guint rows;

  if (store == NULL || !prd_demo_generate (store, PRD_DEMO_DEFAULT_MEMBERS, NULL, NULL, &error))
    g_error ("%s", error->message);
  rows = g_getenv ("PRD_BENCH_IMPORT_ROWS") ? (guint) atoi (g_getenv ("PRD_BENCH_IMPORT_ROWS")) : 100000;
  data = survey_file (store, rows);
  if (!g_file_set_contents (csv_path, data, -1, &error))
    g_error ("%s", error->message);
  file = g_file_new_for_path (csv_path);

  imp = prd_member_import_new (store);
  t0 = prd_bench_now_ms ();
  if (!prd_member_import_load_file (imp, file, PRD_IMPORT_ENCODING_AUTO, NULL, &error) ||
      !prd_member_import_analyze (imp, NULL, &error))
    g_error ("%s", error->message);
  t1 = prd_bench_now_ms ();
  if (prd_member_import_get_n_valid (imp) != rows)
    g_error ("expected 100000 valid rows, got %u (%u invalid, %u duplicates)",
             prd_member_import_get_n_valid (imp), prd_member_import_get_n_invalid (imp),
             prd_member_import_get_n_duplicates (imp));
  if (!prd_member_import_run (imp, NULL, &counts, &error))
    g_error ("%s", error->message);
  t2 = prd_bench_now_ms ();

  prd_bench_report ("registry-import-100k", "read, check and find duplicates", t1 - t0, "ms", NULL);
  prd_bench_report ("registry-import-100k", "write in one transaction", t2 - t1, "ms", NULL);
  prd_bench_report ("registry-import-100k", "CSV import of 100,000 rows", t2 - t0, "ms", "< 5000 ms");
}

/* Typing names letter by letter; each keystroke = count + the first page. */
static void
bench_search_p95 (void)
{
  static const char *const typed[] = {
    "สมชาย", "กมลวรรณ ทอง", "0955551", "โรงเรียนบ้าน", "ครูชำนาญการพิเศษ", "demo_creator_0004",
    "นักประชาสัมพันธ์", "ดอนแก้ว", "ณัฐธิดา ศรี", "member0001",
  };
  PrdStore *store = prd_bench_demo_store (100000);
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
    for (const char *p = g_utf8_next_char (typed[w]); ; p = g_utf8_next_char (p))
      {
        g_autofree char *prefix = g_strndup (typed[w], p - typed[w]);
        g_autoptr(GError) error = NULL;
        sqlite3_stmt *stmt;
        double t0 = prd_bench_now_ms (), dt, tc;
        gint64 count;

        prd_member_query_set_search_text (q, prefix);
        if ((count = prd_member_query_count (q, store, &error)) < 0)
          g_error ("%s", error->message);
        tc = prd_bench_now_ms () - t0;
        stmt = prd_member_query_prepare (q, store, "m.id, m.title, m.given_name, m.surname, "
                                         "m.position, s.name, m.district, m.phone, c.label",
                                         "LIMIT 60", &error);
        if (stmt == NULL)
          g_error ("%s", error->message);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          ;
        sqlite3_finalize (stmt);
        dt = prd_bench_now_ms () - t0;
        g_array_append_val (samples, dt);
        if (g_getenv ("PRD_BENCH_VERBOSE"))
          g_printerr ("%-24s %7" G_GINT64_FORMAT " found  count %6.1f ms  page %6.1f ms\n",
                      prefix, count, tc, dt - tc);
        if (*p == '\0')
          break;
      }
  prd_bench_report ("registry-search-p95", "median keystroke (count + first 60 rows)",
                    prd_bench_percentile (samples, 50), "ms", NULL);
  prd_bench_report ("registry-search-p95", "p95 keystroke (count + first 60 rows)",
                    prd_bench_percentile (samples, 95), "ms", "< 30 ms");
  prd_bench_report ("registry-search-p95", "worst keystroke",
                    prd_bench_percentile (samples, 100), "ms", NULL);
}

/* The registry opened with no search: count and the first 60 rows in each sort. */
static void
bench_first_page (void)
{
  PrdStore *store = prd_bench_demo_store (100000);
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  static const char *const names[] = { "given name", "district", "category", "joined" };

  for (int sort = PRD_MEMBER_SORT_GIVEN_NAME; sort <= PRD_MEMBER_SORT_JOINED; sort++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *figure = g_strdup_printf ("count + first 60 rows by %s", names[sort]);
      sqlite3_stmt *stmt;
      double t0;

      prd_member_query_set_sort (q, sort);
      t0 = prd_bench_now_ms ();
      if (prd_member_query_count (q, store, &error) < 0)
        g_error ("%s", error->message);
      stmt = prd_member_query_prepare (q, store, "m.id, m.given_name, m.surname, s.name, c.label",
                                       "LIMIT 60", &error);
      if (stmt == NULL)
        g_error ("%s", error->message);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
      prd_bench_report ("registry-first-page", figure, prd_bench_now_ms () - t0, "ms", NULL);
    }
}

static void
bench_print_10k (void)
{
  PrdStore *store = prd_bench_demo_store (10000);
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(PrdRegistryDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (prd_bench_tmp_dir (), "registry-10k.pdf", NULL);
  g_autofree char *pages = NULL;
  double t0, t1, t2;

  prd_member_query_set_include_inactive (q, TRUE);
  t0 = prd_bench_now_ms ();
  doc = prd_registry_doc_new (store, q, PRD_REGISTRY_GROUP_DISTRICT, NULL, &error);
  if (doc == NULL)
    g_error ("%s", error->message);
  t1 = prd_bench_now_ms ();
  if (!prd_registry_doc_write_pdf (doc, path, NULL, &error))
    g_error ("%s", error->message);
  t2 = prd_bench_now_ms ();
  if (prd_registry_doc_get_n_members (doc) != 10000)
    g_error ("printed %u members, not 10000", prd_registry_doc_get_n_members (doc));
  pages = g_strdup_printf ("read and lay out (%u pages)", prd_registry_doc_get_n_pages (doc));
  prd_bench_report ("registry-print-10k", pages, t1 - t0, "ms", NULL);
  prd_bench_report ("registry-print-10k", "draw the PDF", t2 - t1, "ms", NULL);
  prd_bench_report ("registry-print-10k", "printed registry of 10,000 members", t2 - t0, "ms", "< 5000 ms");
}

static void
bench_export_100k (void)
{
  PrdStore *store = prd_bench_demo_store (100000);
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  static const PrdMemberExportFormat formats[] = { PRD_MEMBER_EXPORT_CSV, PRD_MEMBER_EXPORT_XLSX,
                                                   PRD_MEMBER_EXPORT_VCARD };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("export.%s", prd_member_export_format_extension (formats[i]));
      g_autofree char *path = g_build_filename (prd_bench_tmp_dir (), name, NULL);
      g_autofree char *figure = g_strdup_printf ("export %s of the registry",
                                                 prd_member_export_format_extension (formats[i]));
      guint n = 0;
      double t0 = prd_bench_now_ms ();

      if (!prd_member_export (store, q, formats[i], path, NULL, NULL, &n, &error))
        g_error ("%s", error->message);
      prd_bench_report ("registry-export-100k", figure, prd_bench_now_ms () - t0, "ms", NULL);
    }
}

const PrdBenchCase prd_bench_registry_cases[] = {
  { "registry-import-100k", "import a survey CSV of 100,000 rows", bench_import_100k },
  { "registry-print-10k", "printed registry of 10,000 members to PDF", bench_print_10k },
  { "registry-search-p95", "search as you type over 100,000 members", bench_search_p95 },
  { "registry-first-page", "the registry with no search: first page in each sort", bench_first_page },
  { "registry-export-100k", "CSV, XLSX and vCard of 100,000 members", bench_export_100k },
  { NULL }
};
