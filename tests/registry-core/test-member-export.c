/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exports: the CSV round trip, vCard, XLSX, the printed registry and the
 * survey form; PDPA export and erase. */
#include <glib/gi18n.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "registry-test-util.h"
#include "docs/prd-registry-doc.h"
#include "docs/prd-survey-form.h"
#include "io/prd-member-export.h"
#include "model/prd-member-validator.h"
#include "io/prd-member-import.h"
#include "model/prd-member-pdpa.h"
#include "store/prd-store-sql.h"

static void
import_path (PrdStore *store, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PrdMemberImport) imp = prd_member_import_new (store);
  PrdImportCounts counts;

  g_assert_true (prd_member_import_load_file (imp, file, PRD_IMPORT_ENCODING_AUTO, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (prd_member_import_get_n_invalid (imp), ==, 0);
  g_assert_true (prd_member_import_run (imp, NULL, &counts, &error));
  g_assert_no_error (error);
}

static void
import_fixture (PrdStore *store, const char *name)
{
  g_autofree char *path = registry_fixture_file (name);
  import_path (store, path);
}

/* Every member as one comparable line, by phone: what a round trip must keep. */
static GHashTable *
snapshot (PrdStore *store)
{
  GHashTable *all = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = prd_store_prepare (store,
    "SELECT m.phone, m.title || '|' || m.given_name || '|' || m.surname || '|' || m.position || '|' || "
    "coalesce (m.school_id, '') || '|' || m.organization || '|' || m.district || '|' || m.email || '|' || "
    "m.line_id || '|' || coalesce (m.category_id, '') || '|' || m.internal || '|' || m.consent_contact || '|' || "
    "m.consent_photo || '|' || coalesce (m.joined_at, '') || '|' || m.notes || '|' || "
    "coalesce ((SELECT group_concat (a.platform || '=' || a.handle, ';') FROM "
    "  (SELECT platform, handle FROM social_account WHERE member_id = m.id AND deleted = 0 "
    "   ORDER BY platform) a), '') "
    "FROM member m WHERE m.deleted = 0", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (all, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return all;
}

static void
test_csv_round_trip (void)
{
  RegistryFixture a, b;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GHashTable) before = NULL, after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *data = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gsize len;
  guint n = 0;

  registry_open_survey_office (&a);
  import_fixture (a.store, "google-forms-utf8-bom.csv");
  import_fixture (a.store, "excel-windows-874.csv");
  import_fixture (a.store, "tab-delimited.csv");
  import_fixture (a.store, "semicolon-english.csv");
  /* Accounts on X and a LINE Official Account travel too. */
  {
    static const char *const accounts[][2] = { { "x", "@kru_somsri" }, { "line_oa", "@nakhonthan2" } };
    g_autofree char *member_id = NULL;
    sqlite3_stmt *stmt = prd_store_prepare (a.store, "SELECT id FROM member WHERE deleted = 0 LIMIT 1", NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    member_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    for (guint i = 0; i < G_N_ELEMENTS (accounts); i++)
      {
        g_autoptr(JsonObject) o = json_object_new ();
        g_autofree char *handle = NULL, *url = NULL;

        g_assert_true (prd_member_check_social (accounts[i][0], accounts[i][1], &handle, &url, &error));
        json_object_set_string_member (o, "member_id", member_id);
        json_object_set_string_member (o, "platform", accounts[i][0]);
        json_object_set_string_member (o, "handle", handle);
        json_object_set_string_member (o, "url", url);
        g_assert_true (prd_store_put (a.store, "social_account", o, &error));
      }
  }
  before = snapshot (a.store);
  g_assert_cmpuint (g_hash_table_size (before), ==, 10);

  path = g_build_filename (a.dir, "registry.csv", NULL);
  g_assert_true (prd_member_export (a.store, q, PRD_MEMBER_EXPORT_CSV, path, NULL, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 10);

  /* UTF-8 with BOM and CRLF, as Excel on a Thai PC wants it. */
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_true (g_str_has_prefix (data, "\xEF\xBB\xBF" "คำนำหน้า,ชื่อ,นามสกุล,"));
  g_assert_nonnull (strstr (data, "\r\n"));

  /* Into another office with the same schools: the same members. */
  registry_open_survey_office (&b);
  import_path (b.store, path);
  after = snapshot (b.store);
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_test_message ("%s: %s", (char *) key, (char *) value);
      g_assert_cmpstr (g_hash_table_lookup (after, key), ==, value);
    }

  registry_fixture_close (&a);
  registry_fixture_close (&b);
}

static void
test_export_follows_query (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  guint n = 0;

  registry_open_survey_office (&fx);
  import_fixture (fx.store, "google-forms-utf8-bom.csv");
  import_fixture (fx.store, "excel-windows-874.csv");

  /* What the search shows is what is exported. */
  prd_member_query_set_search_text (q, "ดอนแก้ว");
  csv = prd_member_export_csv_text (fx.store, q, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, prd_member_query_count (q, fx.store, NULL));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, 6);
  g_assert_null (strstr (csv, "สมชาย"));        /* ห้วยพลู, not found by ดอนแก้ว */
  registry_fixture_close (&fx);
}

static void
test_vcard (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *data = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0, begins = 0, ends = 0;

  registry_open_survey_office (&fx);
  import_fixture (fx.store, "google-forms-utf8-bom.csv");
  path = g_build_filename (fx.dir, "contacts.vcf", NULL);
  g_assert_true (prd_member_export (fx.store, q, PRD_MEMBER_EXPORT_VCARD, path, NULL, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  lines = g_strsplit (data, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 76);   /* folded: 75 octets + the space */
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));  /* never cut inside a character */
      begins += g_str_equal (lines[i], "BEGIN:VCARD");
      ends += g_str_equal (lines[i], "END:VCARD");
    }
  g_assert_cmpuint (begins, ==, 3);
  g_assert_cmpuint (ends, ==, 3);
  g_assert_nonnull (strstr (data, "N:ศรีสุวรรณ;พิมพ์ชนก;;นางสาว;\r\n"));
  g_assert_nonnull (strstr (data, "TEL;TYPE=CELL:081-234-5678\r\n"));
  g_assert_nonnull (strstr (data, "URL:https://www.tiktok.com/@krupim\r\n"));
  /* The comma in a surname is escaped. */
  g_assert_nonnull (strstr (data, "มั่นคง\\, ทองดี"));
  registry_fixture_close (&fx);
}

static char *
unzip_entry (const char *zip, const char *entry)
{
  const char *argv[] = { "unzip", "-p", zip, entry, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_xlsx (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *book = NULL, *sheet1 = NULL;
  PrdMemberExportOptions per_category = { TRUE, PRD_REGISTRY_GROUP_DISTRICT };
  guint n = 0, sheets = 0;

  if (!g_find_program_in_path ("unzip"))
    {
      g_test_skip ("unzip is not installed");
      return;
    }
  registry_fixture_open (&fx, 600);
  path = g_build_filename (fx.dir, "registry.xlsx", NULL);
  g_assert_true (prd_member_export (fx.store, q, PRD_MEMBER_EXPORT_XLSX, path, &per_category, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, prd_member_query_count (q, fx.store, NULL));

  /* One sheet per category present, with Thai names; the header row frozen. */
  book = unzip_entry (path, "xl/workbook.xml");
  for (const char *p = book; (p = strstr (p, "<sheet ")) != NULL; p++)
    sheets++;
  g_assert_cmpint (sheets, ==, prd_store_count (fx.store, "SELECT count(DISTINCT category_id) FROM member "
                                                          "WHERE deleted = 0 AND active = 1"));
  g_assert_nonnull (strstr (book, "สื่อมวลชน"));
  sheet1 = unzip_entry (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet1, "ySplit=\"1\""));
  g_assert_nonnull (strstr (sheet1, "<t>คำนำหน้า</t>"));
  g_assert_nonnull (strstr (sheet1, "<col "));
  registry_fixture_close (&fx);
}

static char *
pdf_page_text (const char *path, int page)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, NULL);
  PopplerPage *p;
  char *text;

  g_assert_nonnull (doc);
  p = poppler_document_get_page (doc, page);
  text = poppler_page_get_text (p);
  g_object_unref (p);
  g_object_unref (doc);
  return text;
}

static int
pdf_pages (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, NULL);
  int n;

  g_assert_nonnull (doc);
  n = poppler_document_get_n_pages (doc);
  g_object_unref (doc);
  return n;
}

static void
test_printed_registry (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(PrdRegistryDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *first = NULL, *last = NULL;
  g_autofree char *count = NULL, *total = NULL;
  int pages;
  double w, h;

  registry_fixture_open (&fx, 600);
  doc = prd_registry_doc_new (fx.store, q, PRD_REGISTRY_GROUP_DISTRICT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_registry_doc_get_n_members (doc), ==, prd_member_query_count (q, fx.store, NULL));
  prd_registry_doc_get_page_size (doc, &w, &h);
  g_assert_cmpfloat (w, >, h);                         /* landscape */
  g_assert_cmpfloat_with_epsilon (w, 841.89, 0.5);     /* A4 */

  path = g_build_filename (fx.dir, "registry.pdf", NULL);
  g_assert_true (prd_registry_doc_write_pdf (doc, path, NULL, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  g_assert_cmpint (pages, ==, (int) prd_registry_doc_get_n_pages (doc));
  g_assert_cmpint (pages, >, 5);

  /* Title, office and the Thai printed date on page one. */
  first = pdf_page_text (path, 0);
  g_assert_nonnull (strstr (first, "ทะเบียนเครือข่ายการประชาสัมพันธ์"));
  g_assert_nonnull (strstr (first, "นครธารทอง"));
  g_assert_nonnull (strstr (first, "ข้อมูล ณ วันที่"));
  /* The header row and "page N of M" on every page (the demo office writes Thai digits). */
  for (int i = 0; i < pages; i++)
    {
      g_autofree char *text = pdf_page_text (path, i);
      g_autofree char *n = g_strdup_printf ("%d", i + 1);
      g_autofree char *m = g_strdup_printf ("%d", pages);
      g_autofree char *tn = prd_thai_digits_to_thai (n), *tm = prd_thai_digits_to_thai (m);
      g_autofree char *footer = g_strdup_printf ("%s จาก %s", tn, tm);

      g_assert_nonnull (strstr (text, "โรงเรียน/หน่วยงาน"));
      g_assert_nonnull (strstr (text, footer));
    }
  /* Grouped by district with subtotals; the total at the end. */
  last = pdf_page_text (path, pages - 1);
  count = g_strdup_printf ("%" G_GINT64_FORMAT, prd_member_query_count (q, fx.store, NULL));
  total = prd_thai_digits_to_thai (count);
  g_assert_nonnull (strstr (last, "รวมทั้งสิ้น"));
  g_assert_nonnull (strstr (last, total));
  {
    g_autofree char *all = NULL;
    GString *s = g_string_new (NULL);
    guint subtotals = 0;

    for (int i = 0; i < pages; i++)
      {
        g_autofree char *t = pdf_page_text (path, i);
        g_string_append (s, t);
      }
    all = g_string_free (s, FALSE);
    for (const char *p = all; (p = strstr (p, "รวม อำเภอ")) != NULL; p++)
      subtotals++;
    g_assert_cmpuint (subtotals, ==, 6);           /* six districts */
  }
  registry_fixture_close (&fx);
}

static void
test_survey_form (void)
{
  RegistryFixture fx;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *text = NULL;

  registry_fixture_open (&fx, 0);
  doc = prd_survey_form_new (fx.store, &error);
  g_assert_no_error (error);
  path = g_build_filename (fx.dir, "form.pdf", NULL);
  g_assert_true (prd_doc_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (path), ==, 1);
  text = pdf_page_text (path, 0);
  g_assert_nonnull (strstr (text, "แบบสำรวจเครือข่ายการประชาสัมพันธ์"));
  g_assert_nonnull (strstr (text, "สื่อมวลชน"));          /* the office's categories to tick */
  g_assert_nonnull (strstr (text, "ยินยอม"));
  registry_fixture_close (&fx);
}

static void
test_pdpa (void)
{
  RegistryFixture fx;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) data = NULL;
  g_autoptr(JsonObject) after = NULL;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autofree char *id = NULL, *path = NULL, *text = NULL;
  sqlite3_stmt *stmt;
  gint64 journal;

  registry_open_survey_office (&fx);
  import_fixture (fx.store, "google-forms-utf8-bom.csv");
  stmt = prd_store_prepare (fx.store, "SELECT id FROM member WHERE phone = '081-234-5678'", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  /* Everything held about the person, and the export is logged. */
  path = g_build_filename (fx.dir, "person.json", NULL);
  g_assert_true (prd_member_pdpa_export_file (fx.store, id, path, "pr-officer", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "พิมพ์ชนก"));
  g_assert_nonnull (strstr (text, "krupim"));
  g_assert_nonnull (strstr (text, "โรงเรียนบ้านหนองบัว"));
  g_assert_nonnull (strstr (text, "\"history\""));
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM pdpa_audit WHERE action = 'export' "
                                              "AND actor = 'pr-officer'"), ==, 1);

  /* Erased: nothing personal is left, the tombstone stays for sync. */
  journal = prd_store_count (fx.store, "SELECT count(*) FROM change_journal");
  g_assert_true (prd_member_pdpa_erase (fx.store, id, "pr-officer", &error));
  g_assert_no_error (error);
  after = prd_store_get (fx.store, "member", id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (after, "deleted"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (after, "given_name"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (after, "phone"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (after, "email"), ==, "");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM social_account WHERE member_id = '%s' "
                                            "AND (handle <> '' OR url <> '' OR deleted = 0)", id);
    g_assert_cmpint (prd_store_count (fx.store, sql), ==, 0);
  }
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM change_journal"), >, journal);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM pdpa_audit WHERE action = 'erase'"), ==, 1);
  /* Not findable any more, not even in the index's stored text. */
  prd_member_query_set_search_text (q, "krupim");
  g_assert_cmpint (prd_member_query_count (q, fx.store, NULL), ==, 0);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member_fts WHERE member_fts MATCH 'krupim'"), ==, 0);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member_fts WHERE name LIKE '%พิมพ์ชนก%'"), ==, 0);

  /* The audit log cannot be rewritten. */
  g_assert_false (prd_store_exec (fx.store, "DELETE FROM pdpa_audit", NULL));
  g_assert_false (prd_store_exec (fx.store, "UPDATE pdpa_audit SET actor = 'x'", NULL));

  /* Unknown ids are refused. */
  g_assert_false (prd_member_pdpa_erase (fx.store, "no-such-member", "pr-officer", &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND);
  registry_fixture_close (&fx);
}

int
main (int argc, char **argv)
{
  prd_test_use_thai ();

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/registry-core/export/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/registry-core/export/follows-query", test_export_follows_query);
  g_test_add_func ("/registry-core/export/vcard", test_vcard);
  g_test_add_func ("/registry-core/export/xlsx", test_xlsx);
  g_test_add_func ("/registry-core/export/printed-registry", test_printed_registry);
  g_test_add_func ("/registry-core/export/survey-form", test_survey_form);
  g_test_add_func ("/registry-core/pdpa/export-and-erase", test_pdpa);
  return g_test_run ();
}
