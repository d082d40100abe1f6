/* SPDX-License-Identifier: GPL-3.0-or-later */
/* CSV as offices make it, and as others damage it: stray quotes, NUL bytes,
 * UTF-16 without its mark, cells a spreadsheet would run as formulas. */
#include <string.h>

#include "io/prd-csv.h"
#include "io/prd-member-import.h"
#include "registry-test-util.h"

static GPtrArray *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = prd_csv_parse (text, ',', &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
assert_quote_error (const char *text,
                    const char *line_words)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = prd_csv_parse (text, ',', &error);

  g_assert_null (rows);
  g_assert_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_QUOTE);
  if (strstr (error->message, line_words) == NULL)
    g_error ("“%s” does not name “%s”", error->message, line_words);
}

static void
test_unbalanced_quote (void)
{
  g_autoptr(GString) long_cell = g_string_new ("name,note\nก,\"");
  g_autoptr(GPtrArray) fine = NULL;
  g_autoptr(GPtrArray) long_line = NULL;

  /* A real cell with line breaks (an address over three lines) is fine. */
  fine = parse_ok ("name,address\nสมศรี,\"12 หมู่ 3\nต.หนองบัว\nอ.เมือง\"\nสมชาย,x\n");
  g_assert_cmpuint (fine->len, ==, 3);
  g_assert_cmpstr (((PrdCsvRow *) fine->pdata[1])->cells[1], ==, "12 หมู่ 3\nต.หนองบัว\nอ.เมือง");
  g_assert_cmpuint (((PrdCsvRow *) fine->pdata[2])->line, ==, 5);

  /* A long cell on one line is fine too: only line breaks make it suspect. */
  {
    g_autoptr(GString) one_line = g_string_new ("name,note\nก,\"");
    for (int i = 0; i < 3000; i++)
      g_string_append_c (one_line, 'x');
    g_string_append (one_line, "\"\n");
    long_line = parse_ok (one_line->str);
    g_assert_cmpuint (long_line->len, ==, 2);
  }

  /* A stray quote on line 3 would swallow every line after it. */
  assert_quote_error ("name,phone\nสมศรี,081\nสมชาย,\"081\nสมหญิง,082\nสมปอง,083\n"
                      "สมใจ,084\nสมหมาย,085\nสมพร,086\n", "3");
  /* … or reaches the end of the file. */
  assert_quote_error ("name,phone\nสมศรี,081\n\"สมชาย,082\n", "3");
  /* … or takes in 2,000 characters after a line break. */
  g_string_append (long_cell, "เริ่ม\n");
  for (int i = 0; i < 2100; i++)
    g_string_append (long_cell, "ข");
  g_string_append (long_cell, "\n\"\n");
  assert_quote_error (long_cell->str, "2");
}

static void
test_not_text (void)
{
  g_autoptr(GError) error = NULL;
  const char utf16le[] = "n\0a\0m\0e\0,\0p\0h\0o\0n\0e\0\n\0a\0,\0001\0\n\0";
  const char binary[] = "name,phone\nok,1\nbad\0,2\n";
  char *text;

  text = prd_csv_decode (utf16le, sizeof utf16le - 1, NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_NOT_TEXT);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
  g_clear_error (&error);

  text = prd_csv_decode (binary, sizeof binary - 1, NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_NOT_TEXT);
  g_assert_nonnull (strstr (error->message, "Line 3"));
  g_clear_error (&error);

  /* Forcing an encoding does not let a NUL through either. */
  text = prd_csv_decode (binary, sizeof binary - 1, "UTF-8", NULL, &error);
  g_assert_null (text);
  g_assert_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_NOT_TEXT);
}

static void
test_import_refuses_stray_quote (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv = "ชื่อ,นามสกุล,เบอร์โทร\nสมศรี,มีสุข,081-111-1111\n"
                    "สมชาย,\"ใจดี,081-222-2222\nสมหญิง,รักดี,081-333-3333\n"
                    "สมปอง,ดีใจ,081-444-4444\nสมใจ,ใจงาม,081-555-5555\nสมหมาย,สุขใจ,081-666-6666\n";

  registry_fixture_open (&fx, 0);
  import = prd_member_import_new (fx.store);
  g_assert_false (prd_member_import_load_data (import, csv, -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "Line 3"));
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member"), ==, 0);
  registry_fixture_close (&fx);
}

static void
test_formula_cells (void)
{
  static const struct { const char *value; const char *cell; } cases[] = {
    { "=HYPERLINK(\"http://x\",\"คลิก\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"คลิก\"\")\"" },
    { "+66 81 234 5678", "'+66 81 234 5678" },
    { "-1+2", "'-1+2" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tcmd", "'\tcmd" },
    { "\rcmd", "\"'\rcmd\"" },
    { "สมศรี = ครู", "สมศรี = ครู" },
    { "081-234-5678", "081-234-5678" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      prd_csv_append_cell (out, cases[i].value, ',');
      g_assert_cmpstr (out->str, ==, cases[i].cell);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/registry-core/csv/unbalanced-quote", test_unbalanced_quote);
  g_test_add_func ("/registry-core/csv/not-text", test_not_text);
  g_test_add_func ("/registry-core/csv/import-refuses-stray-quote", test_import_refuses_stray_quote);
  g_test_add_func ("/registry-core/csv/formula-cells", test_formula_cells);
  return g_test_run ();
}
