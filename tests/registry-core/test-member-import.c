/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing the network survey: encodings, delimiters, headers, refused rows,
 * duplicates and merge, all-or-nothing, cancel, async. */
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "registry-test-util.h"
#include "io/prd-member-import.h"
#include "model/prd-member-query.h"
#include "model/prd-network-answers.h"
#include "store/prd-store-sql.h"

static PrdMemberImport *
load_fixture (PrdStore *store, const char *name, PrdImportEncoding enc)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = registry_fixture_file (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PrdMemberImport *imp = prd_member_import_new (store);

  g_assert_true (prd_member_import_load_file (imp, file, enc, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_no_error (error);
  return imp;
}

static PrdImportRow *
row_at (PrdMemberImport *imp, guint i)
{
  PrdImportRow *row = g_list_model_get_item (prd_member_import_get_rows (imp), i);
  g_object_unref (row);   /* the model keeps it */
  return row;
}

/* The member with PHONE as JSON, or NULL. */
static JsonObject *
member_by_phone (PrdStore *store, const char *phone)
{
  g_autofree char *id = NULL;
  sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT id FROM member WHERE phone = ? AND deleted = 0", NULL);

  sqlite3_bind_text (stmt, 1, phone, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);  /* only one */
  sqlite3_finalize (stmt);
  return id != NULL ? prd_store_get (store, "member", id, NULL) : NULL;
}

static char *
social_handle (PrdStore *store, const char *member_id, const char *platform)
{
  char *handle = NULL;
  sqlite3_stmt *stmt = prd_store_prepare (store,
                                          "SELECT handle FROM social_account WHERE member_id = ? "
                                          "AND platform = ? AND deleted = 0", NULL);

  sqlite3_bind_text (stmt, 1, member_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, platform, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    handle = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return handle;
}

static gint64
members (PrdStore *store)
{
  return prd_store_count (store, "SELECT count(*) FROM member");
}

/* How many members the registry's search finds for TEXT. */
static gint64
search (PrdStore *store, const char *text)
{
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GError) error = NULL;
  gint64 n;

  prd_member_query_set_search_text (q, text);
  n = prd_member_query_count (q, store, &error);
  g_assert_no_error (error);
  return n;
}

static void
run_ok (PrdMemberImport *imp, PrdImportCounts *counts)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (prd_member_import_run (imp, NULL, counts, &error));
  g_assert_no_error (error);
}

static void
test_google_forms_utf8_bom (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(JsonObject) m1 = NULL, m2 = NULL, m3 = NULL;
  g_autofree char *tiktok = NULL, *facebook = NULL;
  PrdImportCounts counts;
  static const PrdImportField expected[] = {
    PRD_IMPORT_FIELD_JOINED_AT, PRD_IMPORT_FIELD_TITLE, PRD_IMPORT_FIELD_GIVEN_NAME,
    PRD_IMPORT_FIELD_SURNAME, PRD_IMPORT_FIELD_POSITION, PRD_IMPORT_FIELD_SCHOOL,
    PRD_IMPORT_FIELD_DISTRICT, PRD_IMPORT_FIELD_PHONE, PRD_IMPORT_FIELD_EMAIL,
    PRD_IMPORT_FIELD_LINE_ID, PRD_IMPORT_FIELD_TIKTOK, PRD_IMPORT_FIELD_FACEBOOK,
    PRD_IMPORT_FIELD_CATEGORY, PRD_IMPORT_FIELD_CONSENT_CONTACT, PRD_IMPORT_FIELD_CONSENT_PHOTO,
    PRD_IMPORT_FIELD_IGNORE,
  };

  registry_open_survey_office (&fx);
  imp = load_fixture (fx.store, "google-forms-utf8-bom.csv", PRD_IMPORT_ENCODING_AUTO);

  g_assert_cmpstr (prd_member_import_get_encoding_name (imp), ==, "UTF-8 (BOM)");
  g_assert_cmpint (prd_member_import_get_delimiter (imp), ==, ',');
  g_assert_cmpuint (prd_member_import_get_n_columns (imp), ==, G_N_ELEMENTS (expected));
  for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
    {
      g_test_message ("column %u %s", c, prd_member_import_get_header (imp, c));
      g_assert_cmpint (prd_member_import_get_mapping (imp, c), ==, expected[c]);
      g_assert_cmpint (prd_member_import_get_recognised (imp, c), ==,
                       expected[c] != PRD_IMPORT_FIELD_IGNORE);
    }
  /* The BOM is not part of the first header. */
  g_assert_cmpstr (prd_member_import_get_header (imp, 0), ==, "ประทับเวลา");

  g_assert_cmpuint (g_list_model_get_n_items (prd_member_import_get_rows (imp)), ==, 3);
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 3);
  g_assert_cmpuint (prd_member_import_get_n_invalid (imp), ==, 0);
  /* The third answer has a line break inside a quoted cell. */
  g_assert_cmpuint (prd_import_row_get_line (row_at (imp, 2)), ==, 4);
  g_assert_cmpstr (prd_import_row_get_display_name (row_at (imp, 0)), ==, "นางสาวพิมพ์ชนก ศรีสุวรรณ");

  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 3);
  g_assert_cmpuint (counts.merged, ==, 0);
  g_assert_cmpint (members (fx.store), ==, 3);

  /* Imported members are in the search index (written in one go). */
  g_assert_cmpint (search (fx.store, "krupim"), ==, 1);
  g_assert_cmpint (search (fx.store, "ธนากร"), ==, 1);
  g_assert_cmpint (search (fx.store, "สถานีวิทยุชุมชน"), ==, 1);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT suspended FROM member_fts_state"), ==, 0);

  m1 = member_by_phone (fx.store, "081-234-5678");
  g_assert_nonnull (m1);
  g_assert_cmpstr (json_object_get_string_member (m1, "title"), ==, "นางสาว");
  g_assert_cmpstr (json_object_get_string_member (m1, "given_name"), ==, "พิมพ์ชนก");
  g_assert_cmpstr (json_object_get_string_member (m1, "surname"), ==, "ศรีสุวรรณ");
  g_assert_cmpstr (json_object_get_string_member (m1, "school_id"), ==, "school-nongbua");
  g_assert_cmpstr (json_object_get_string_member (m1, "category_id"), ==, "category-teacher-creator");
  g_assert_cmpint (json_object_get_int_member (m1, "internal"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (m1, "joined_at"), ==, "2024-11-21");
  g_assert_cmpstr (json_object_get_string_member (m1, "line_id"), ==, "pim.kru");
  g_assert_cmpint (json_object_get_int_member (m1, "consent_contact"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (m1, "consent_photo"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (m1, "consent_date"), ==, "2024-11-21");
  tiktok = social_handle (fx.store, json_object_get_string_member (m1, "id"), "tiktok");
  g_assert_cmpstr (tiktok, ==, "krupim");

  /* "รร.อนุบาลดอนแก้ว" is the school; "อ.ดอนแก้ว" the district; the phone in one form. */
  m2 = member_by_phone (fx.store, "089-876-5432");
  g_assert_nonnull (m2);
  g_assert_cmpstr (json_object_get_string_member (m2, "school_id"), ==, "school-anuban");
  g_assert_cmpstr (json_object_get_string_member (m2, "district"), ==, "ดอนแก้ว");
  g_assert_cmpint (json_object_get_int_member (m2, "consent_photo"), ==, 0);
  facebook = social_handle (fx.store, json_object_get_string_member (m2, "id"), "facebook");
  g_assert_cmpstr (facebook, ==, "thanakorn.jaidee");

  /* An agency in the school column is the organisation; +66 becomes 0. */
  m3 = member_by_phone (fx.store, "086-111-2233");
  g_assert_nonnull (m3);
  g_assert_true (json_object_get_null_member (m3, "school_id"));
  g_assert_cmpstr (json_object_get_string_member (m3, "organization"), ==, "สถานีวิทยุชุมชนดอนแก้ว");
  g_assert_cmpstr (json_object_get_string_member (m3, "surname"), ==, "มั่นคง, ทองดี");
  g_assert_cmpint (json_object_get_int_member (m3, "internal"), ==, 0);

  registry_fixture_close (&fx);
}

static void
test_windows_874 (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(PrdMemberImport) wrong = NULL;
  g_autoptr(JsonObject) m1 = NULL, m3 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = registry_fixture_file ("excel-windows-874.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PrdImportCounts counts;

  registry_open_survey_office (&fx);
  imp = load_fixture (fx.store, "excel-windows-874.csv", PRD_IMPORT_ENCODING_AUTO);
  g_assert_cmpstr (prd_member_import_get_encoding_name (imp), ==, "Windows-874");
  g_assert_cmpstr (prd_member_import_get_header (imp, 0), ==, "ชื่อ-สกุล");
  g_assert_cmpint (prd_member_import_get_mapping (imp, 0), ==, PRD_IMPORT_FIELD_FULL_NAME);
  g_assert_cmpint (prd_member_import_get_mapping (imp, 2), ==, PRD_IMPORT_FIELD_ORGANIZATION);
  g_assert_cmpint (prd_member_import_get_mapping (imp, 6), ==, PRD_IMPORT_FIELD_NOTES);
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 3);
  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 3);

  /* The title comes out of the full name. */
  m1 = member_by_phone (fx.store, "077-555-123");
  g_assert_nonnull (m1);
  g_assert_cmpstr (json_object_get_string_member (m1, "title"), ==, "นาย");
  g_assert_cmpstr (json_object_get_string_member (m1, "given_name"), ==, "สมชาย");
  g_assert_cmpstr (json_object_get_string_member (m1, "surname"), ==, "ใจงาม");
  g_assert_cmpstr (json_object_get_string_member (m1, "category_id"), ==, "category-government");
  m3 = member_by_phone (fx.store, "093-555-0202");
  g_assert_cmpstr (json_object_get_string_member (m3, "title"), ==, "ว่าที่ร้อยตรี");
  g_assert_cmpstr (json_object_get_string_member (m3, "given_name"), ==, "เอกชัย");
  g_assert_cmpstr (json_object_get_string_member (m3, "notes"), ==, "สนใจ \"ข่าวการศึกษา\"");

  /* Told it is UTF-8, the file is refused with the line that does not fit. */
  wrong = prd_member_import_new (fx.store);
  g_assert_false (prd_member_import_load_file (wrong, file, PRD_IMPORT_ENCODING_UTF8, NULL, &error));
  g_assert_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "บรรทัด 1"));
  g_assert_nonnull (strstr (error->message, "Windows-874"));

  registry_fixture_close (&fx);
}

static void
test_semicolon_and_tab (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) semi = NULL;
  g_autoptr(PrdMemberImport) tab = NULL;
  g_autoptr(JsonObject) anan = NULL, kanchana = NULL, rachanee = NULL;
  g_autofree char *yt = NULL;
  PrdImportCounts counts;
  sqlite3_stmt *stmt;

  registry_open_survey_office (&fx);
  semi = load_fixture (fx.store, "semicolon-english.csv", PRD_IMPORT_ENCODING_AUTO);
  g_assert_cmpstr (prd_member_import_get_encoding_name (semi), ==, "UTF-8");
  g_assert_cmpint (prd_member_import_get_delimiter (semi), ==, ';');
  g_assert_cmpint (prd_member_import_get_mapping (semi, 1), ==, PRD_IMPORT_FIELD_GIVEN_NAME);
  g_assert_cmpint (prd_member_import_get_mapping (semi, 2), ==, PRD_IMPORT_FIELD_SURNAME);
  g_assert_cmpint (prd_member_import_get_mapping (semi, 7), ==, PRD_IMPORT_FIELD_EMAIL);
  g_assert_cmpint (prd_member_import_get_mapping (semi, 8), ==, PRD_IMPORT_FIELD_JOINED_AT);
  g_assert_cmpuint (prd_member_import_get_n_valid (semi), ==, 2);
  run_ok (semi, &counts);
  anan = member_by_phone (fx.store, "061-555-7788");
  g_assert_cmpstr (json_object_get_string_member (anan, "school_id"), ==, "school-nongbua");
  g_assert_cmpstr (json_object_get_string_member (anan, "joined_at"), ==, "2024-06-01");
  /* A school by its 10-digit code; a Buddhist-Era date; district from the school. */
  kanchana = member_by_phone (fx.store, "062-555-8899");
  g_assert_cmpstr (json_object_get_string_member (kanchana, "school_id"), ==, "school-anuban");
  g_assert_cmpstr (json_object_get_string_member (kanchana, "joined_at"), ==, "2024-07-01");
  g_assert_cmpstr (json_object_get_string_member (kanchana, "district"), ==, "ดอนแก้ว");

  tab = load_fixture (fx.store, "tab-delimited.csv", PRD_IMPORT_ENCODING_AUTO);
  g_assert_cmpint (prd_member_import_get_delimiter (tab), ==, '\t');
  g_assert_cmpint (prd_member_import_get_mapping (tab, 4), ==, PRD_IMPORT_FIELD_YOUTUBE);
  run_ok (tab, &counts);
  g_assert_cmpuint (counts.added, ==, 2);
  rachanee = member_by_phone (fx.store, "064-555-3344");
  yt = social_handle (fx.store, json_object_get_string_member (rachanee, "id"), "youtube");
  g_assert_cmpstr (yt, ==, "kru.rachanee");
  stmt = prd_store_prepare (fx.store, "SELECT url FROM social_account WHERE handle = 'kru-manop'", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "https://www.youtube.com/@kru-manop");
  sqlite3_finalize (stmt);

  registry_fixture_close (&fx);
}

static const PrdImportProblem *
problem_of_line (PrdMemberImport *imp, guint line)
{
  for (guint i = 0; i < g_list_model_get_n_items (prd_member_import_get_rows (imp)); i++)
    {
      PrdImportRow *row = row_at (imp, i);
      if (prd_import_row_get_line (row) == line)
        {
          g_assert_cmpint (prd_import_row_get_state (row), ==, PRD_IMPORT_ROW_INVALID);
          g_assert_cmpuint (prd_import_row_get_n_problems (row), ==, 1);
          return prd_import_row_get_problem (row, 0);
        }
    }
  g_assert_not_reached ();
}

static gboolean
has_thai (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0E01 && g_utf8_get_char (p) <= 0x0E5B)
      return TRUE;
  return FALSE;
}

static void
test_refused_rows (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autofree char *report = NULL;
  static const struct { guint line; PrdImportField field; guint column; const char *words; } refused[] = {
    { 3, PRD_IMPORT_FIELD_PHONE, 4, "โทรศัพท์" },
    { 4, PRD_IMPORT_FIELD_GIVEN_NAME, 1, "ชื่อ" },
    { 5, PRD_IMPORT_FIELD_SCHOOL, 3, "8000000099" },
    { 6, PRD_IMPORT_FIELD_EMAIL, 5, "อีเมล" },
    { 7, PRD_IMPORT_FIELD_TIKTOK, 6, "TikTok" },
    { 8, PRD_IMPORT_FIELD_CATEGORY, 7, "นักร้อง" },
    { 9, PRD_IMPORT_FIELD_JOINED_AT, 8, "31/02/2567" },
  };

  registry_open_survey_office (&fx);
  imp = load_fixture (fx.store, "bad-rows.csv", PRD_IMPORT_ENCODING_AUTO);
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 1);
  g_assert_cmpuint (prd_member_import_get_n_invalid (imp), ==, G_N_ELEMENTS (refused));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      const PrdImportProblem *p = problem_of_line (imp, refused[i].line);

      g_test_message ("line %u: %s", refused[i].line, p->reason);
      g_assert_cmpint (p->field, ==, refused[i].field);
      g_assert_cmpuint (p->column, ==, refused[i].column);
      g_assert_true (has_thai (p->reason));
      g_assert_nonnull (strstr (p->reason, refused[i].words));
    }

  /* The report names line, field and reason, in Thai. */
  report = prd_member_import_format_report (imp);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "บรรทัด 3, โทรศัพท์:"));
  g_assert_nonnull (strstr (report, "บรรทัด 9, วันที่เข้าร่วม:"));

  registry_fixture_close (&fx);
}

static void
test_all_or_nothing (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GError) error = NULL;
  PrdImportCounts counts;
  gint64 journal, before;

  registry_open_survey_office (&fx);
  before = members (fx.store);
  journal = prd_store_count (fx.store, "SELECT count(*) FROM change_journal");
  imp = load_fixture (fx.store, "bad-rows.csv", PRD_IMPORT_ENCODING_AUTO);

  g_assert_false (prd_member_import_run (imp, NULL, &counts, &error));
  g_assert_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_REFUSED);
  g_assert_true (has_thai (error->message));
  g_assert_cmpint (members (fx.store), ==, before);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM change_journal"), ==, journal);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM social_account"), ==, 0);

  /* The user chooses to leave the bad rows out. */
  prd_member_import_set_mode (imp, PRD_IMPORT_MODE_SKIP_INVALID);
  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.skipped_invalid, ==, 7);
  g_assert_cmpint (members (fx.store), ==, before + 1);

  registry_fixture_close (&fx);
}

static void
test_duplicates_merge (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(PrdMemberImport) again = NULL;
  g_autoptr(PrdMemberImport) inside = NULL;
  g_autoptr(JsonObject) existing = json_object_new ();
  g_autoptr(JsonObject) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  PrdImportRow *row;
  PrdImportCounts counts;
  const char *file_with_repeat =
    "ชื่อ,นามสกุล,เบอร์โทร,หน่วยงาน\n"
    "สุดารัตน์,เรืองศรี,095-555-1000,สำนักงานเทศบาล\n"
    "มานพ,ดีเสมอ,095-555-2000,สำนักงานเทศบาล\n"
    "สุดารัตน์,เรืองศรี,0955551000,สำนักงานเทศบาล\n";

  registry_open_survey_office (&fx);
  /* Already in the registry: same phone as line 2 of the Google Forms file. */
  json_object_set_string_member (existing, "id", "member-existing");
  json_object_set_string_member (existing, "given_name", "พิมพ์ชนก");
  json_object_set_string_member (existing, "surname", "ศรีสุวรรณ");
  json_object_set_string_member (existing, "position", "ครู");
  json_object_set_string_member (existing, "phone", "081-234-5678");
  json_object_set_string_member (existing, "notes", "สมาชิกเดิม");
  g_assert_true (prd_store_put (fx.store, "member", existing, &error));
  g_assert_no_error (error);

  imp = load_fixture (fx.store, "google-forms-utf8-bom.csv", PRD_IMPORT_ENCODING_AUTO);
  row = row_at (imp, 0);
  g_assert_cmpint (prd_import_row_get_state (row), ==, PRD_IMPORT_ROW_DUPLICATE);
  g_assert_cmpstr (prd_import_row_get_duplicate_of (row), ==, "member-existing");
  g_assert_cmpint (prd_import_row_get_action (row), ==, PRD_IMPORT_DUPLICATE_MERGE);
  g_assert_cmpuint (prd_member_import_get_n_duplicates (imp), ==, 1);
  report = prd_member_import_format_report (imp);
  g_assert_nonnull (strstr (report, "บรรทัด 2: นางสาวพิมพ์ชนก ศรีสุวรรณ"));

  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 2);
  g_assert_cmpuint (counts.merged, ==, 1);
  g_assert_cmpint (members (fx.store), ==, 3);

  /* The file's values fill and update; what the file leaves empty stays. */
  merged = prd_store_get (fx.store, "member", "member-existing", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (merged, "position"), ==, "ครูชำนาญการ");
  g_assert_cmpstr (json_object_get_string_member (merged, "email"), ==, "pimchanok@example.com");
  g_assert_cmpstr (json_object_get_string_member (merged, "school_id"), ==, "school-nongbua");
  g_assert_cmpstr (json_object_get_string_member (merged, "notes"), ==, "สมาชิกเดิม");
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM social_account "
                                              "WHERE member_id = 'member-existing'"), ==, 1);
  /* The merged member is found by what the file added. */
  g_assert_cmpint (search (fx.store, "pimchanok"), ==, 1);
  g_assert_cmpint (search (fx.store, "krupim"), ==, 1);

  /* The same file again: everyone is a duplicate; merging twice adds nothing. */
  again = load_fixture (fx.store, "google-forms-utf8-bom.csv", PRD_IMPORT_ENCODING_AUTO);
  g_assert_cmpuint (prd_member_import_get_n_duplicates (again), ==, 3);
  run_ok (again, &counts);
  g_assert_cmpuint (counts.merged, ==, 3);
  g_assert_cmpint (members (fx.store), ==, 3);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM social_account"), ==, 2);

  /* Skipping duplicates leaves the registry alone. */
  prd_member_import_analyze (again, NULL, NULL);
  prd_member_import_set_duplicate_action (again, PRD_IMPORT_DUPLICATE_SKIP);
  run_ok (again, &counts);
  g_assert_cmpuint (counts.skipped_duplicates, ==, 3);
  g_assert_cmpuint (counts.merged + counts.added, ==, 0);

  /* A person twice in one file: the second line merges into the first. */
  inside = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (inside, file_with_repeat, -1,
                                              PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (inside, NULL, &error));
  g_assert_no_error (error);
  row = row_at (inside, 2);
  g_assert_cmpint (prd_import_row_get_state (row), ==, PRD_IMPORT_ROW_DUPLICATE);
  g_assert_null (prd_import_row_get_duplicate_of (row));
  g_assert_cmpuint (prd_import_row_get_duplicate_line (row), ==, 2);
  run_ok (inside, &counts);
  g_assert_cmpuint (counts.added, ==, 2);
  g_assert_cmpuint (counts.merged, ==, 1);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE phone = '095-555-1000'"), ==, 1);

  registry_fixture_close (&fx);
}

/* Issue 14: a row whose phone is someone else's (another name) must never
 * rename that person; it is a duplicate to ask about, shown with both names. */
static void
test_phone_of_another_person (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(PrdMemberImport) inside = NULL;
  g_autoptr(JsonObject) existing = json_object_new ();
  g_autoptr(JsonObject) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *inside_report = NULL;
  PrdImportRow *row;
  PrdImportCounts counts;
  const char *two_people_one_phone =
    "ชื่อ,นามสกุล,เบอร์โทร,หน่วยงาน\n"
    "สุดารัตน์,เรืองศรี,095-555-1000,สำนักงานเทศบาล\n"
    "มานพ,ดีเสมอ,0955551000,สำนักงานเทศบาล\n";

  registry_open_survey_office (&fx);
  json_object_set_string_member (existing, "id", "member-somsri");
  json_object_set_string_member (existing, "title", "นาง");
  json_object_set_string_member (existing, "given_name", "สมศรี");
  json_object_set_string_member (existing, "surname", "มีสุข");
  json_object_set_string_member (existing, "phone", "081-234-5678");
  g_assert_true (prd_store_put (fx.store, "member", existing, &error));
  g_assert_no_error (error);

  imp = load_fixture (fx.store, "google-forms-utf8-bom.csv", PRD_IMPORT_ENCODING_AUTO);
  row = row_at (imp, 0);
  g_assert_cmpint (prd_import_row_get_state (row), ==, PRD_IMPORT_ROW_DUPLICATE);
  g_assert_cmpstr (prd_import_row_get_duplicate_of (row), ==, "member-somsri");
  g_assert_cmpstr (prd_import_row_get_other_name (row), ==, "นางสมศรี มีสุข");
  /* Merge is what every duplicate starts with, but not for another person. */
  g_assert_cmpint (prd_member_import_get_duplicate_action (imp), ==, PRD_IMPORT_DUPLICATE_MERGE);
  g_assert_cmpint (prd_import_row_get_action (row), ==, PRD_IMPORT_DUPLICATE_SKIP);
  prd_import_row_set_action (row, PRD_IMPORT_DUPLICATE_MERGE);
  g_assert_cmpint (prd_import_row_get_action (row), ==, PRD_IMPORT_DUPLICATE_SKIP);
  report = prd_member_import_format_report (imp);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "บรรทัด 2: นางสาวพิมพ์ชนก ศรีสุวรรณ มีเบอร์โทรเดียวกับนางสมศรี มีสุข"));

  run_ok (imp, &counts);
  g_assert_cmpuint (counts.merged, ==, 0);
  g_assert_cmpuint (counts.skipped_duplicates, ==, 1);
  g_assert_cmpuint (counts.added, ==, 2);
  after = prd_store_get (fx.store, "member", "member-somsri", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (after, "given_name"), ==, "สมศรี");
  g_assert_cmpstr (json_object_get_string_member (after, "surname"), ==, "มีสุข");
  g_assert_cmpstr (json_object_get_string_member (after, "title"), ==, "นาง");
  g_assert_cmpint (json_object_get_int_member (after, "rev"), ==, 1);

  /* Two people with one phone inside the file: the second is asked about,
   * and "add" makes them two members. */
  inside = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (inside, two_people_one_phone, -1,
                                              PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (inside, NULL, &error));
  g_assert_no_error (error);
  row = row_at (inside, 1);
  g_assert_cmpint (prd_import_row_get_state (row), ==, PRD_IMPORT_ROW_DUPLICATE);
  g_assert_cmpuint (prd_import_row_get_duplicate_line (row), ==, 2);
  g_assert_cmpstr (prd_import_row_get_other_name (row), ==, "สุดารัตน์ เรืองศรี");
  g_assert_cmpint (prd_import_row_get_action (row), ==, PRD_IMPORT_DUPLICATE_SKIP);
  inside_report = prd_member_import_format_report (inside);
  g_assert_nonnull (strstr (inside_report, "บรรทัด 3: มานพ ดีเสมอ มีเบอร์โทรเดียวกับสุดารัตน์ เรืองศรี ในบรรทัด 2"));
  prd_import_row_set_action (row, PRD_IMPORT_DUPLICATE_ADD);
  run_ok (inside, &counts);
  g_assert_cmpuint (counts.added, ==, 2);
  g_assert_cmpuint (counts.merged, ==, 0);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE phone = '095-555-1000' "
                                              "AND given_name IN ('สุดารัตน์', 'มานพ')"), ==, 2);

  registry_fixture_close (&fx);
}

/* Issue 14: ประเภทเครือข่าย (ภายใน / ภายนอก) is the network type, not a
 * category; each type brings its default category, which the office can
 * change per answer, remembered for the next import. */
static void
test_network_type (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(PrdMemberImport) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  PrdImportAnswer *answer;
  PrdImportCounts counts;
  const char *survey =
    "ประทับเวลา,คำนำหน้า,ชื่อ,นามสกุล,หน่วยงาน,เบอร์โทร,ประเภทเครือข่าย\n"
    "2/12/2567 9:15:02,นาย,ก้องภพ,ใจดี,โรงเรียนบ้านหนองบัว,081-555-1101,ภายใน\n"
    "2/12/2567 9:16:10,นาง,ชุติมา,แสงดาว,สถานีวิทยุชุมชน,081-555-1102,ภายนอก\n"
    "2/12/2567 9:17:45,นางสาว,ดารุณี,ทองมา,เทศบาล,081-555-1103, ภายนอก \n";

  registry_open_survey_office (&fx);
  g_assert_true (prd_network_answers_can_remember (fx.store));
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp, survey, -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_cmpint (prd_member_import_get_mapping (imp, 6), ==, PRD_IMPORT_FIELD_NETWORK);
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (prd_member_import_get_n_invalid (imp), ==, 0);
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 3);

  g_assert_cmpuint (prd_member_import_get_answers (imp)->len, ==, 2);
  answer = g_ptr_array_index (prd_member_import_get_answers (imp), 1);
  g_assert_cmpstr (answer->answer, ==, "ภายนอก");
  g_assert_cmpuint (answer->rows, ==, 2);
  g_assert_cmpint (answer->internal, ==, 0);
  g_assert_cmpstr (answer->category_id, ==, "category-person");
  report = prd_member_import_format_report (imp);
  g_assert_nonnull (strstr (report, "“ภายนอก” (2 แถว): เครือข่ายภายนอก ประเภท บุคคลทั่วไป"));

  /* The office's choice for ภายนอก: สื่อมวลชน. */
  g_assert_false (prd_member_import_set_answer_category (imp, "ภายนอก", "ไม่มีประเภทนี้", &error));
  g_assert_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_true (prd_member_import_set_answer_category (imp, "ภายนอก", "สื่อมวลชน", &error));
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 3);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE internal = 1 "
                                              "AND category_id = 'category-school-staff'"), ==, 1);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE internal = 0 "
                                              "AND category_id = 'category-media'"), ==, 2);

  /* The next import remembers it. */
  next = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (next,
    "ชื่อ,นามสกุล,ประเภทเครือข่าย\nเอกชัย,มาดี,ภายนอก\n", -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (next, NULL, &error));
  g_assert_no_error (error);
  answer = g_ptr_array_index (prd_member_import_get_answers (next), 0);
  g_assert_cmpstr (answer->category_id, ==, "category-media");
  run_ok (next, &counts);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE given_name = 'เอกชัย' "
                                              "AND internal = 0 AND category_id = 'category-media'"), ==, 1);

  registry_fixture_close (&fx);
}

/* Issue 14: a school the registry lacks is added ("will be added"), once;
 * a near-duplicate spelling is linked and said; an organisation named like
 * a school is not silently linked to it. */
static void
test_new_schools (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *khok = NULL;
  PrdImportCounts counts;
  PrdImportRow *row;
  const char *survey =
    "ชื่อ-สกุล,โรงเรียนหรือหน่วยงาน,อำเภอ,เบอร์โทร\n"
    "นายสมปอง ดีงาม,โรงเรียนบ้านโคกสูง,ดอนแก้ว,081-555-2101\n"
    "นางสมใจ ดีงาม,รร.บ้านโคกสูง,ดอนแก้ว,081-555-2102\n"
    "นายวิชัย ห้วยดี,โรงเรียนบ้านห้วย 2,ดอนแก้ว,081-555-2103\n"
    "นางบุญมี ชุมชน,ชุมชนบ้านหนองบัว,ดอนแก้ว,081-555-2104\n"
    "นายสายชล วิทยุ,สถานีวิทยุชุมชน,ดอนแก้ว,081-555-2105\n";

  registry_fixture_open (&fx, 0);
  registry_put_school (fx.store, "school-huai2", "โรงเรียนบ้านห้วย ๒", "8000000011");
  registry_put_school (fx.store, "school-community", "โรงเรียนชุมชนบ้านหนองบัว", "8000000012");
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp, survey, -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (prd_member_import_get_n_invalid (imp), ==, 0);
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 5);

  row = row_at (imp, 0);
  g_assert_cmpstr (prd_import_row_get_new_school (row), ==, "โรงเรียนบ้านโคกสูง");
  row = row_at (imp, 1);
  g_assert_cmpstr (prd_import_row_get_new_school (row), ==, "โรงเรียนบ้านโคกสูง");
  row = row_at (imp, 2);
  g_assert_null (prd_import_row_get_new_school (row));
  g_assert_cmpuint (prd_import_row_get_n_notices (row), ==, 1);
  g_assert_nonnull (strstr (prd_import_row_get_notice (row, 0), "โรงเรียนบ้านห้วย ๒"));
  row = row_at (imp, 3);
  g_assert_null (prd_import_row_get_new_school (row));
  g_assert_cmpuint (prd_import_row_get_n_notices (row), ==, 1);
  row = row_at (imp, 4);
  g_assert_null (prd_import_row_get_new_school (row));
  g_assert_cmpuint (prd_import_row_get_n_notices (row), ==, 0);

  report = prd_member_import_format_report (imp);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "บรรทัด 2: โรงเรียนบ้านโคกสูง ยังไม่มีในทะเบียน จะเพิ่มเป็นโรงเรียนใหม่"));
  g_assert_nonnull (strstr (report, "บรรทัด 4: ถือว่า “โรงเรียนบ้านห้วย 2” คือโรงเรียนบ้านห้วย ๒ ที่อยู่ในทะเบียน"));
  g_assert_nonnull (strstr (report, "บรรทัด 5: เก็บ “ชุมชนบ้านหนองบัว” เป็นหน่วยงาน ไม่ได้เชื่อมกับโรงเรียนชุมชนบ้านหนองบัว"));
  g_assert_nonnull (strstr (report, "จะเพิ่มโรงเรียนที่ยังไม่มีในทะเบียน 1 แห่ง"));

  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 5);
  g_assert_cmpuint (counts.schools_added, ==, 1);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM school"), ==, 3);
  khok = g_strdup_printf ("%" G_GINT64_FORMAT,
                          prd_store_count (fx.store, "SELECT count(*) FROM member m JOIN school s "
                                                     "ON s.id = m.school_id WHERE s.name = 'โรงเรียนบ้านโคกสูง' "
                                                     "AND s.district = 'ดอนแก้ว'"));
  g_assert_cmpstr (khok, ==, "2");
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE school_id = 'school-huai2'"), ==, 1);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE school_id = 'school-community'"), ==, 0);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE school_id IS NULL "
                                              "AND organization = 'ชุมชนบ้านหนองบัว'"), ==, 1);
  /* The new school is found by the registry's search. */
  g_assert_cmpint (search (fx.store, "โคกสูง"), ==, 2);

  registry_fixture_close (&fx);
}

static void
test_mapping (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GError) error = NULL;
  PrdImportCounts counts;

  registry_open_survey_office (&fx);
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp, "คอลัมน์ ก,คอลัมน์ ข\nนายอภิชาติ พูนผล,098-555-4321\n",
                                              -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_false (prd_member_import_get_recognised (imp, 0));
  g_assert_false (prd_member_import_has_name_column (imp));
  g_assert_false (prd_member_import_analyze (imp, NULL, &error));
  g_assert_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);

  /* The user says what the columns are. */
  prd_member_import_set_mapping (imp, 0, PRD_IMPORT_FIELD_FULL_NAME);
  prd_member_import_set_mapping (imp, 1, PRD_IMPORT_FIELD_FULL_NAME);   /* moved … */
  g_assert_cmpint (prd_member_import_get_mapping (imp, 0), ==, PRD_IMPORT_FIELD_IGNORE);
  prd_member_import_set_mapping (imp, 0, PRD_IMPORT_FIELD_FULL_NAME);   /* … and back */
  prd_member_import_set_mapping (imp, 1, PRD_IMPORT_FIELD_PHONE);
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_no_error (error);
  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member WHERE given_name = 'อภิชาติ' "
                                              "AND title = 'นาย' AND phone = '098-555-4321'"), ==, 1);

  /* Social headers: a LINE Official Account is not a person's LINE ID. */
  {
    static const char *const files[] = {
      "ชื่อ-สกุล,LINE ID,LINE OA,X (Twitter)\nนายอภิชาติ พูนผล,apichat,@school1,x.com/apichat_p\n",
      "ชื่อ-สกุล,ไลน์ OA ของโรงเรียน,ทวิตเตอร์,ไลน์\nนายอภิชาติ พูนผล,@school1,@apichat_p,apichat\n",
    };
    static const PrdImportField expected[][4] = {
      { PRD_IMPORT_FIELD_FULL_NAME, PRD_IMPORT_FIELD_LINE_ID, PRD_IMPORT_FIELD_LINE_OA, PRD_IMPORT_FIELD_X },
      { PRD_IMPORT_FIELD_FULL_NAME, PRD_IMPORT_FIELD_LINE_OA, PRD_IMPORT_FIELD_X, PRD_IMPORT_FIELD_LINE_ID },
    };

    for (guint f = 0; f < G_N_ELEMENTS (files); f++)
      {
        g_assert_true (prd_member_import_load_data (imp, files[f], -1, PRD_IMPORT_ENCODING_AUTO, &error));
        for (guint c = 0; c < 4; c++)
          g_assert_cmpint (prd_member_import_get_mapping (imp, c), ==, expected[f][c]);
        g_assert_true (prd_member_import_analyze (imp, NULL, &error));
        g_assert_cmpuint (prd_member_import_get_n_invalid (imp), ==, 0);
      }
  }

  /* Headers only, or nothing: a clear refusal. */
  g_assert_false (prd_member_import_load_data (imp, "ชื่อ,นามสกุล\n", -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_EMPTY);
  registry_fixture_close (&fx);
}

static char *
generated_file (guint n)
{
  GString *s = g_string_new ("คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,อำเภอ,เบอร์โทร\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "นาย,สมาชิก%u,ทดสอบ,ครู,หน่วยงานทดสอบ,ดอนแก้ว,08%d-555-%04u\n",
                            i, 1 + (int) (i / 10000), i % 10000);
  return g_string_free (s, FALSE);
}

/* Cancels a third of the way: while writing, or while checking the rows. */
static void
on_fraction_cancel (PrdMemberImport *imp, GParamSpec *pspec, GCancellable *cancellable)
{
  if (prd_member_import_get_fraction (imp) > 0.3)
    g_cancellable_cancel (cancellable);
}

static void
test_cancel (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = generated_file (3000);
  gint64 before, journal;
  PrdImportCounts counts;

  registry_open_survey_office (&fx);
  before = members (fx.store);
  journal = prd_store_count (fx.store, "SELECT count(*) FROM change_journal");
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp, data, -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 3000);

  g_signal_connect (imp, "notify::fraction", G_CALLBACK (on_fraction_cancel), cancellable);
  g_assert_false (prd_member_import_run (imp, cancellable, &counts, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (has_thai (error->message));
  g_assert_cmpint (members (fx.store), ==, before);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM change_journal"), ==, journal);
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member_fts"), ==, before);

  registry_fixture_close (&fx);
}

/* A file big enough for the checks to be shared by two threads: every row
 * still gets its own line and verdict, and a duplicate in the second half of
 * a row in the first half is found (the duplicate pass runs in file order). */
static void
test_big_file_checked_in_parallel (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GString *s = g_string_new ("คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,อำเภอ,เบอร์โทร,อีเมล\n");
  PrdImportCounts counts;
  PrdImportRow *row;

  for (guint i = 0; i < 4000; i++)
    {
      guint phone = i == 3500 ? 7 : i;   /* line 3502 has the phone of line 9 */
      const char *email = i == 2999 ? "ไม่ใช่อีเมล" : "";

      g_string_append_printf (s, "นาย,คนที่%u,ขนานกัน,ครู,หน่วยงานทดสอบ,ดอนแก้ว,089-555-%04u,%s\n",
                              i, phone, email);
    }
  data = g_string_free (s, FALSE);

  registry_open_survey_office (&fx);
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp, data, -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (prd_member_import_get_rows (imp)), ==, 4000);
  g_assert_cmpuint (prd_member_import_get_n_invalid (imp), ==, 1);
  g_assert_cmpuint (prd_member_import_get_n_duplicates (imp), ==, 1);

  for (guint i = 0; i < 4000; i++)
    g_assert_cmpuint (prd_import_row_get_line (row_at (imp, i)), ==, i + 2);
  row = row_at (imp, 2999);
  g_assert_cmpint (prd_import_row_get_state (row), ==, PRD_IMPORT_ROW_INVALID);
  g_assert_cmpint (prd_import_row_get_problem (row, 0)->field, ==, PRD_IMPORT_FIELD_EMAIL);
  row = row_at (imp, 3500);
  g_assert_cmpint (prd_import_row_get_state (row), ==, PRD_IMPORT_ROW_DUPLICATE);
  g_assert_cmpuint (prd_import_row_get_duplicate_line (row), ==, 9);

  prd_member_import_set_mode (imp, PRD_IMPORT_MODE_SKIP_INVALID);
  prd_member_import_set_duplicate_action (imp, PRD_IMPORT_DUPLICATE_SKIP);
  run_ok (imp, &counts);
  g_assert_cmpuint (counts.added, ==, 3998);
  g_assert_cmpint (search (fx.store, "ขนานกัน"), ==, 3998);
  registry_fixture_close (&fx);
}

/* Cancelling the checks (either thread may be the one to notice) leaves the
 * rows of the analysis before, and the registry, as they were. */
static void
test_cancel_analysis (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = generated_file (20000);
  gint64 before;

  registry_open_survey_office (&fx);
  before = members (fx.store);
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp, data, -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_signal_connect (imp, "notify::fraction", G_CALLBACK (on_fraction_cancel), cancellable);
  g_assert_false (prd_member_import_analyze (imp, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (prd_member_import_get_rows (imp)), ==, 0);
  g_assert_cmpint (members (fx.store), ==, before);
  registry_fixture_close (&fx);
}

typedef struct {
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
  guint      notifies;
  PrdImportCounts counts;
} AsyncState;

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *st = data;
  st->ok = prd_member_import_load_finish (PRD_MEMBER_IMPORT (source), result, &st->error);
  g_main_loop_quit (st->loop);
}

static void
on_ran (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *st = data;
  st->ok = prd_member_import_run_finish (PRD_MEMBER_IMPORT (source), result, &st->counts, &st->error);
  g_main_loop_quit (st->loop);
}

static void
on_fraction (PrdMemberImport *imp, GParamSpec *pspec, AsyncState *st)
{
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  st->notifies++;
}

/* A generated survey of N members written into the office's folder. */
static GFile *
write_survey (RegistryFixture *fx,
              guint            n)
{
  g_autofree char *data = generated_file (n);
  g_autofree char *path = g_build_filename (fx->dir, "survey.csv", NULL);

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  return g_file_new_for_path (path);
}

static void
test_async (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GFile) file = NULL;
  AsyncState st = { 0, };

  registry_open_survey_office (&fx);
  file = write_survey (&fx, 2000);

  st.loop = g_main_loop_new (NULL, FALSE);
  imp = prd_member_import_new (fx.store);
  g_signal_connect (imp, "notify::fraction", G_CALLBACK (on_fraction), &st);
  prd_member_import_load_async (imp, file, PRD_IMPORT_ENCODING_AUTO, NULL, on_loaded, &st);
  g_main_loop_run (st.loop);
  g_assert_no_error (st.error);
  g_assert_true (st.ok);
  g_assert_cmpuint (g_list_model_get_n_items (prd_member_import_get_rows (imp)), ==, 2000);
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 2000);

  prd_member_import_run_async (imp, NULL, on_ran, &st);
  g_main_loop_run (st.loop);
  g_assert_no_error (st.error);
  g_assert_true (st.ok);
  g_assert_cmpuint (st.counts.added, ==, 2000);
  g_assert_cmpuint (st.notifies, >, 2);
  g_assert_cmpfloat (prd_member_import_get_fraction (imp), ==, 1.0);
  /* Written through the worker's own connection, seen through ours. */
  g_assert_cmpint (members (fx.store), ==, 2000);

  g_main_loop_unref (st.loop);
  registry_fixture_close (&fx);
}

/* The load thread hands its results back: until the callback runs the
 * importer still shows the file loaded before, whatever the worker has done. */
static void
test_async_load_leaves_object_until_callback (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  AsyncState st = { 0, };

  registry_open_survey_office (&fx);
  file = write_survey (&fx, 600);

  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp, "ชื่อ;นามสกุล\nสมชาย;ใจดี\nสมหญิง;ใจงาม\n", -1,
                                              PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_no_error (error);
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_no_error (error);

  st.loop = g_main_loop_new (NULL, FALSE);
  prd_member_import_load_async (imp, file, PRD_IMPORT_ENCODING_AUTO, NULL, on_loaded, &st);
  /* The worker reports progress once it checks rows; give it time to end
   * without running the main loop, so the callback cannot have run. */
  for (guint i = 0; i < 500 && !g_main_context_pending (NULL); i++)
    g_usleep (10000);
  g_assert_true (g_main_context_pending (NULL));
  g_usleep (500000);

  g_assert_cmpuint (prd_member_import_get_n_columns (imp), ==, 2);
  g_assert_cmpint (prd_member_import_get_delimiter (imp), ==, ';');
  g_assert_cmpstr (prd_member_import_get_header (imp, 1), ==, "นามสกุล");
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (prd_member_import_get_rows (imp)), ==, 2);

  g_main_loop_run (st.loop);
  g_assert_no_error (st.error);
  g_assert_true (st.ok);
  g_assert_cmpuint (prd_member_import_get_n_columns (imp), ==, 7);
  g_assert_cmpint (prd_member_import_get_delimiter (imp), ==, ',');
  g_assert_cmpuint (prd_member_import_get_n_valid (imp), ==, 600);
  g_assert_cmpuint (g_list_model_get_n_items (prd_member_import_get_rows (imp)), ==, 600);

  g_main_loop_unref (st.loop);
  registry_fixture_close (&fx);
}

int
main (int argc, char **argv)
{
  prd_test_use_thai ();

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/registry-core/import/google-forms-utf8-bom", test_google_forms_utf8_bom);
  g_test_add_func ("/registry-core/import/windows-874", test_windows_874);
  g_test_add_func ("/registry-core/import/semicolon-and-tab", test_semicolon_and_tab);
  g_test_add_func ("/registry-core/import/refused-rows", test_refused_rows);
  g_test_add_func ("/registry-core/import/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/registry-core/import/duplicates-merge", test_duplicates_merge);
  g_test_add_func ("/registry-core/import/mapping", test_mapping);
  g_test_add_func ("/registry-core/import/new-schools", test_new_schools);
  g_test_add_func ("/registry-core/import/network-type", test_network_type);
  g_test_add_func ("/registry-core/import/phone-of-another-person", test_phone_of_another_person);
  g_test_add_func ("/registry-core/import/cancel", test_cancel);
  g_test_add_func ("/registry-core/import/big-file-checked-in-parallel", test_big_file_checked_in_parallel);
  g_test_add_func ("/registry-core/import/cancel-analysis", test_cancel_analysis);
  g_test_add_func ("/registry-core/import/async", test_async);
  g_test_add_func ("/registry-core/import/async-load-leaves-object-until-callback",
                   test_async_load_leaves_object_until_callback);
  return g_test_run ();
}
