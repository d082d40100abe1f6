/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Thai dates, digits and fiscal years: table-driven. */
#include <locale.h>

#include "thai/prd-thai.h"
#include "thai/prd-thai-date.h"
#include "thai/prd-thai-fiscal.h"

typedef struct {
  int day, month, year_ce;
  PrdThaiDateStyle style;
  PrdThaiDateFlags flags;
  const char *expected;
} FormatCase;

static const FormatCase format_cases[] = {
  { 25, 11, 2024, PRD_THAI_DATE_FULL, 0, "25 พฤศจิกายน 2567" },
  { 25, 11, 2024, PRD_THAI_DATE_SHORT, 0, "25 พ.ย. 67" },
  { 25, 11, 2024, PRD_THAI_DATE_FULL, PRD_THAI_DATE_THAI_DIGITS, "๒๕ พฤศจิกายน ๒๕๖๗" },
  { 25, 11, 2024, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันจันทร์ที่ 25 พฤศจิกายน 2567" },
  { 28, 11, 2024, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันพฤหัสบดีที่ 28 พฤศจิกายน 2567" },
  { 25, 11, 2024, PRD_THAI_DATE_FULL, PRD_THAI_DATE_BE_PREFIX, "25 พฤศจิกายน พ.ศ. 2567" },
  { 25, 11, 2024, PRD_THAI_DATE_FULL, PRD_THAI_DATE_BE_PREFIX | PRD_THAI_DATE_THAI_DIGITS | PRD_THAI_DATE_WEEKDAY,
    "วันจันทร์ที่ ๒๕ พฤศจิกายน พ.ศ. ๒๕๖๗" },
  { 25, 11, 2024, PRD_THAI_DATE_ISO, 0, "2024-11-25" },
  { 25, 11, 2024, PRD_THAI_DATE_ISO, PRD_THAI_DATE_THAI_DIGITS | PRD_THAI_DATE_WEEKDAY, "2024-11-25" },
  { 1, 1, 2025, PRD_THAI_DATE_FULL, 0, "1 มกราคม 2568" },
  { 1, 1, 2025, PRD_THAI_DATE_SHORT, 0, "1 ม.ค. 68" },
  { 14, 2, 2025, PRD_THAI_DATE_SHORT, 0, "14 ก.พ. 68" },
  { 29, 2, 2024, PRD_THAI_DATE_FULL, 0, "29 กุมภาพันธ์ 2567" },
  { 29, 2, 2024, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันพฤหัสบดีที่ 29 กุมภาพันธ์ 2567" },
  { 3, 3, 2025, PRD_THAI_DATE_SHORT, 0, "3 มี.ค. 68" },
  { 13, 4, 2025, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันอาทิตย์ที่ 13 เมษายน 2568" },
  { 13, 4, 2025, PRD_THAI_DATE_SHORT, 0, "13 เม.ย. 68" },
  { 5, 5, 2025, PRD_THAI_DATE_SHORT, 0, "5 พ.ค. 68" },
  { 3, 6, 2025, PRD_THAI_DATE_SHORT, 0, "3 มิ.ย. 68" },
  { 28, 7, 2025, PRD_THAI_DATE_FULL, 0, "28 กรกฎาคม 2568" },
  { 12, 8, 2025, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันอังคารที่ 12 สิงหาคม 2568" },
  { 30, 9, 2025, PRD_THAI_DATE_SHORT, 0, "30 ก.ย. 68" },
  { 1, 10, 2024, PRD_THAI_DATE_SHORT, 0, "1 ต.ค. 67" },
  { 5, 12, 2024, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันพฤหัสบดีที่ 5 ธันวาคม 2567" },
  { 31, 12, 2024, PRD_THAI_DATE_SHORT, PRD_THAI_DATE_THAI_DIGITS, "๓๑ ธ.ค. ๖๗" },
  { 1, 1, 2043, PRD_THAI_DATE_SHORT, 0, "1 ม.ค. 86" },
  { 6, 9, 2000, PRD_THAI_DATE_SHORT, 0, "6 ก.ย. 43" },
  { 2, 1, 2057, PRD_THAI_DATE_SHORT, 0, "2 ม.ค. 00" },
  { 18, 10, 2025, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันเสาร์ที่ 18 ตุลาคม 2568" },
  { 24, 10, 2025, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันศุกร์ที่ 24 ตุลาคม 2568" },
  { 22, 10, 2025, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY, "วันพุธที่ 22 ตุลาคม 2568" },
};

static void
test_format (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      const FormatCase *c = &format_cases[i];
      GDate *d = g_date_new_dmy (c->day, c->month, c->year_ce);
      g_autofree char *s = prd_thai_date_format (d, c->style, c->flags);

      g_test_message ("format case %u", i);
      g_assert_cmpstr (s, ==, c->expected);
      g_date_free (d);
    }
}

typedef struct {
  const char *text;
  int day, month, year_ce;   /* 0 when an error is expected */
  int error_code;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "25 พฤศจิกายน 2567", 25, 11, 2024, -1 },
  { "25 พ.ย. 67", 25, 11, 2024, -1 },
  { "๒๕ พฤศจิกายน ๒๕๖๗", 25, 11, 2024, -1 },
  { "๒๕ พ.ย. ๖๗", 25, 11, 2024, -1 },
  { "วันจันทร์ที่ 25 พฤศจิกายน 2567", 25, 11, 2024, -1 },
  { "วันจันทร์ที่ ๒๕ พฤศจิกายน พ.ศ. ๒๕๖๗", 25, 11, 2024, -1 },
  { "วันที่ 25 พฤศจิกายน พ.ศ. 2567", 25, 11, 2024, -1 },
  { "วันที่ 25 เดือนพฤศจิกายน พ.ศ. 2567", 25, 11, 2024, -1 },
  { "วันที่ ๒๕ เดือน พฤศจิกายน พ.ศ.๒๕๖๗", 25, 11, 2024, -1 },
  { "25 พฤศจิกายน 2024", 25, 11, 2024, -1 },
  { "25 พฤศจิกายน ค.ศ. 2024", 25, 11, 2024, -1 },
  { "25 พ.ย.2567", 25, 11, 2024, -1 },
  { "25พ.ย.67", 25, 11, 2024, -1 },
  { "25 พย 67", 25, 11, 2024, -1 },
  { "25 พ.ย 67", 25, 11, 2024, -1 },
  { "25 พ.ย.พ.ศ.2567", 25, 11, 2024, -1 },
  { "  25   พฤศจิกายน   2567  ", 25, 11, 2024, -1 },
  { "25 พฤศจิกายน, 2567", 25, 11, 2024, -1 },
  { "2024-11-25", 25, 11, 2024, -1 },
  { "2567-11-25", 25, 11, 2024, -1 },
  { "๒๐๒๔-๑๑-๒๕", 25, 11, 2024, -1 },
  { "25/11/2567", 25, 11, 2024, -1 },
  { "25/11/67", 25, 11, 2024, -1 },
  { "25-11-2567", 25, 11, 2024, -1 },
  { "25.11.2567", 25, 11, 2024, -1 },
  { "25/11/2024", 25, 11, 2024, -1 },
  { "๒๕/๑๑/๒๕๖๗", 25, 11, 2024, -1 },
  { "1 ม.ค. 68", 1, 1, 2025, -1 },
  { "1 มกราคม 2568", 1, 1, 2025, -1 },
  { "14 ก.พ. 68", 14, 2, 2025, -1 },
  { "29 กุมภาพันธ์ 2567", 29, 2, 2024, -1 },           /* BE leap year */
  { "29 ก.พ. 67", 29, 2, 2024, -1 },
  { "วันพฤหัสบดีที่ 29 กุมภาพันธ์ 2567", 29, 2, 2024, -1 },
  { "29 กุมภาพันธ์ 2543", 29, 2, 2000, -1 },           /* 2000: leap (÷400) */
  { "3 มี.ค. 68", 3, 3, 2025, -1 },
  { "3 มีนาคม 2568", 3, 3, 2025, -1 },
  { "13 เม.ย. 68", 13, 4, 2025, -1 },
  { "13 เมษายน 2568", 13, 4, 2025, -1 },
  { "5 พ.ค. 68", 5, 5, 2025, -1 },
  { "5 พฤษภาคม 2568", 5, 5, 2025, -1 },
  { "3 มิ.ย. 68", 3, 6, 2025, -1 },
  { "3 มิถุนายน 2568", 3, 6, 2025, -1 },
  { "28 ก.ค. 68", 28, 7, 2025, -1 },
  { "28 กรกฎาคม 2568", 28, 7, 2025, -1 },
  { "12 ส.ค. 68", 12, 8, 2025, -1 },
  { "12 สิงหาคม 2568", 12, 8, 2025, -1 },
  { "30 ก.ย. 68", 30, 9, 2025, -1 },
  { "30 กันยายน 2568", 30, 9, 2025, -1 },
  { "1 ต.ค. 67", 1, 10, 2024, -1 },
  { "1 ตุลาคม 2567", 1, 10, 2024, -1 },
  { "5 ธ.ค. 67", 5, 12, 2024, -1 },
  { "5 ธันวาคม 2567", 5, 12, 2024, -1 },
  { "31 ธ.ค. 67", 31, 12, 2024, -1 },
  { "ที่ 7 มกราคม 2569", 7, 1, 2026, -1 },
  { "25 พฤศจิกายน พุทธศักราช 2567", 25, 11, 2024, -1 },
  { "25 พฤศจิกายน คริสต์ศักราช 2024", 25, 11, 2024, -1 },
  /* Errors, each naming its part. */
  { "29 กุมภาพันธ์ 2568", 0, 0, 0, PRD_THAI_ERROR_DAY },  /* common year */
  { "29 ก.พ. 66", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "30 กุมภาพันธ์ 2567", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "31 เมษายน 2568", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "31 มิ.ย. 68", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "31 ก.ย. 68", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "0 มกราคม 2568", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "32 มกราคม 2568", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "125 มกราคม 2568", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "วันศุกร์ที่ 25 พฤศจิกายน 2567", 0, 0, 0, PRD_THAI_ERROR_DAY }, /* a Monday */
  { "25 พฤศจิกา 2567", 0, 0, 0, PRD_THAI_ERROR_MONTH },
  { "25 November 2567", 0, 0, 0, PRD_THAI_ERROR_MONTH },
  { "25 ม.ย. 67", 0, 0, 0, PRD_THAI_ERROR_MONTH },
  { "25/13/2567", 0, 0, 0, PRD_THAI_ERROR_MONTH },
  { "25/0/2567", 0, 0, 0, PRD_THAI_ERROR_MONTH },
  { "2024-13-01", 0, 0, 0, PRD_THAI_ERROR_MONTH },
  { "25", 0, 0, 0, PRD_THAI_ERROR_MONTH },
  { "25 พฤศจิกายน", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25 พฤศจิกายน 567", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25 พฤศจิกายน พ.ศ. 2024", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25 พฤศจิกายน ค.ศ. 2567", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25 พฤศจิกายน 1800", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25 พฤศจิกายน 9999", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25 พฤศจิกายน 25671", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25 พฤศจิกายน 7", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "25/11", 0, 0, 0, PRD_THAI_ERROR_YEAR },
  { "2024-02-30", 0, 0, 0, PRD_THAI_ERROR_DAY },
  { "", 0, 0, 0, PRD_THAI_ERROR_FORMAT },
  { "   ", 0, 0, 0, PRD_THAI_ERROR_FORMAT },
  { "พรุ่งนี้", 0, 0, 0, PRD_THAI_ERROR_FORMAT },
  { "hello", 0, 0, 0, PRD_THAI_ERROR_FORMAT },
  { "25 พฤศจิกายน 2567 เวลา 10.00 น.", 0, 0, 0, PRD_THAI_ERROR_FORMAT },
  { "2024-11-25T10:00", 0, 0, 0, PRD_THAI_ERROR_FORMAT },
};

static void
test_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      g_autoptr(GError) error = NULL;
      GDate d;
      gboolean ok;

      g_test_message ("parse case %u: %s", i, c->text);
      g_date_clear (&d, 1);
      ok = prd_thai_date_parse (c->text, &d, &error);
      if (c->error_code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (g_date_get_day (&d), ==, c->day);
          g_assert_cmpint (g_date_get_month (&d), ==, c->month);
          g_assert_cmpint (g_date_get_year (&d), ==, c->year_ce);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, PRD_THAI_ERROR, c->error_code);
          g_assert_cmpstr (error->message, !=, "");
        }
    }
}

/* Every day of a span formats and parses back, in every style. */
static void
test_round_trip (void)
{
  GDate *d = g_date_new_dmy (1, 1, 2023);

  for (int i = 0; i < 3 * 366; i++, g_date_add_days (d, 1))
    for (int style = 0; style < 3; style++)
      for (int flags = 0; flags < 8; flags++)
        {
          g_autofree char *s = prd_thai_date_format (d, style, flags);
          g_autoptr(GError) error = NULL;
          GDate back;

          g_assert_true (prd_thai_date_parse (s, &back, &error));
          g_assert_no_error (error);
          g_assert_cmpint (g_date_compare (d, &back), ==, 0);
        }
  g_date_free (d);
}

static void
test_month_names (void)
{
  g_assert_cmpstr (prd_thai_month_name (1, FALSE), ==, "มกราคม");
  g_assert_cmpstr (prd_thai_month_name (1, TRUE), ==, "ม.ค.");
  g_assert_cmpstr (prd_thai_month_name (10, TRUE), ==, "ต.ค.");
  g_assert_cmpstr (prd_thai_month_name (12, FALSE), ==, "ธันวาคม");
}

typedef struct {
  const char *in;
  const char *to_thai;
  const char *to_arabic;
} DigitCase;

static const DigitCase digit_cases[] = {
  { "", "", "" },
  { "0123456789", "๐๑๒๓๔๕๖๗๘๙", "0123456789" },
  { "๐๑๒๓๔๕๖๗๘๙", "๐๑๒๓๔๕๖๗๘๙", "0123456789" },
  { "ที่ ศธ 04123/2567", "ที่ ศธ ๐๔๑๒๓/๒๕๖๗", "ที่ ศธ 04123/2567" },
  { "ที่ ศธ ๐๔๑๒๓/๒๕๖๗", "ที่ ศธ ๐๔๑๒๓/๒๕๖๗", "ที่ ศธ 04123/2567" },
  { "mixed ๑2๓4", "mixed ๑๒๓๔", "mixed 1234" },
  { "no digits here ไม่มีตัวเลข", "no digits here ไม่มีตัวเลข", "no digits here ไม่มีตัวเลข" },
  { "230,250.00 บาท", "๒๓๐,๒๕๐.๐๐ บาท", "230,250.00 บาท" },
  { "เวลา 08.30–16.30 น.", "เวลา ๐๘.๓๐–๑๖.๓๐ น.", "เวลา 08.30–16.30 น." },
  { "ๆ ฯ ฿ ๏ ๚ ๛", "ๆ ฯ ฿ ๏ ๚ ๛", "ๆ ฯ ฿ ๏ ๚ ๛" },   /* Thai signs beside the digits stay */
  { "é😀9", "é😀๙", "é😀9" },
};

static void
test_digits (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (digit_cases); i++)
    {
      g_autofree char *t = prd_thai_digits_to_thai (digit_cases[i].in);
      g_autofree char *a = prd_thai_digits_to_arabic (digit_cases[i].in);

      g_assert_cmpstr (t, ==, digit_cases[i].to_thai);
      g_assert_cmpstr (a, ==, digit_cases[i].to_arabic);
    }
  g_assert_null (prd_thai_digits_to_thai (NULL));
}

typedef struct {
  int day, month, year_ce;
  int fiscal_year, document_year, month_index;
} FiscalCase;

static const FiscalCase fiscal_cases[] = {
  { 30, 9, 2024, 2567, 2567, 11 },
  { 1, 10, 2024, 2568, 2567, 0 },    /* the boundary */
  { 31, 12, 2024, 2568, 2567, 2 },
  { 1, 1, 2025, 2568, 2568, 3 },
  { 29, 2, 2024, 2567, 2567, 4 },
  { 30, 6, 2025, 2568, 2568, 8 },
  { 30, 9, 2025, 2568, 2568, 11 },
  { 1, 10, 2025, 2569, 2568, 0 },
  { 25, 11, 2024, 2568, 2567, 1 },
  { 1, 10, 2021, 2565, 2564, 0 },
  { 30, 6, 2022, 2565, 2565, 8 },
};

static void
test_fiscal (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fiscal_cases); i++)
    {
      const FiscalCase *c = &fiscal_cases[i];
      GDate *d = g_date_new_dmy (c->day, c->month, c->year_ce);

      g_assert_cmpint (prd_thai_fiscal_year (d), ==, c->fiscal_year);
      g_assert_cmpint (prd_thai_report_year (d), ==, c->fiscal_year);
      g_assert_cmpint (prd_thai_document_year (d), ==, c->document_year);
      g_assert_cmpint (prd_thai_fiscal_month_index (d), ==, c->month_index);
      g_date_free (d);
    }
}

static void
test_fiscal_bounds (void)
{
  static const struct { int fy; const char *first, *last; } cases[] = {
    { 2568, "2024-10-01", "2025-09-30" },
    { 2567, "2023-10-01", "2024-09-30" },
    { 2565, "2021-10-01", "2022-09-30" },
    { 2569, "2025-10-01", "2026-09-30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate first, last;
      g_autofree char *a = NULL, *b = NULL;

      prd_thai_fiscal_year_bounds (cases[i].fy, &first, &last);
      a = prd_thai_date_format (&first, PRD_THAI_DATE_ISO, 0);
      b = prd_thai_date_format (&last, PRD_THAI_DATE_ISO, 0);
      g_assert_cmpstr (a, ==, cases[i].first);
      g_assert_cmpstr (b, ==, cases[i].last);
      g_assert_cmpint (prd_thai_fiscal_year (&first), ==, cases[i].fy);
      g_assert_cmpint (prd_thai_fiscal_year (&last), ==, cases[i].fy);
    }
}

static void
test_fiscal_months (void)
{
  static const char *const expected[12] = {
    "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
  };
  static const int expected_year[12] = { 2024, 2024, 2024, 2025, 2025, 2025, 2025, 2025, 2025, 2025, 2025, 2025 };

  for (int i = 0; i < 12; i++)
    {
      int month, year;

      prd_thai_fiscal_month (2568, i, &month, &year);
      g_assert_cmpstr (prd_thai_month_name (month, TRUE), ==, expected[i]);
      g_assert_cmpint (year, ==, expected_year[i]);
    }
}

typedef struct {
  const char *spec;       /* NULL: the preset */
  int preset;
  int day, month, year_ce;
  int round, fiscal_year;
  const char *first, *last;
} RoundCase;

static const RoundCase round_cases[] = {
  { NULL, PRD_THAI_ROUNDS_NINE_THREE, 1, 10, 2021, 0, 2565, "2021-10-01", "2022-06-30" },  /* seed 004 */
  { NULL, PRD_THAI_ROUNDS_NINE_THREE, 30, 6, 2022, 0, 2565, "2021-10-01", "2022-06-30" },
  { NULL, PRD_THAI_ROUNDS_NINE_THREE, 1, 7, 2022, 1, 2565, "2022-07-01", "2022-09-30" },
  { NULL, PRD_THAI_ROUNDS_NINE_THREE, 30, 9, 2025, 1, 2568, "2025-07-01", "2025-09-30" },
  { NULL, PRD_THAI_ROUNDS_HALVES, 31, 3, 2025, 0, 2568, "2024-10-01", "2025-03-31" },
  { NULL, PRD_THAI_ROUNDS_HALVES, 1, 4, 2025, 1, 2568, "2025-04-01", "2025-09-30" },
  { NULL, PRD_THAI_ROUNDS_QUARTERS, 15, 11, 2024, 0, 2568, "2024-10-01", "2024-12-31" },
  { NULL, PRD_THAI_ROUNDS_QUARTERS, 15, 2, 2025, 1, 2568, "2025-01-01", "2025-03-31" },
  { NULL, PRD_THAI_ROUNDS_QUARTERS, 30, 6, 2025, 2, 2568, "2025-04-01", "2025-06-30" },
  { NULL, PRD_THAI_ROUNDS_QUARTERS, 1, 7, 2025, 3, 2568, "2025-07-01", "2025-09-30" },
  { "1/10-30/6, 1/7-30/9", 0, 1, 10, 2024, 0, 2568, "2024-10-01", "2025-06-30" },
  { "๑/๑๐-๓๑/๓ ๑/๔-๓๐/๙", 0, 1, 4, 2024, 1, 2567, "2024-04-01", "2024-09-30" },
  { "1/10-29/2, 1/3-30/9", 0, 28, 2, 2025, 0, 2568, "2024-10-01", "2025-02-28" },  /* common year: last day */
  { "1/10-29/2, 1/3-30/9", 0, 29, 2, 2024, 0, 2567, "2023-10-01", "2024-02-29" },
  { "1/11-31/1", 0, 15, 10, 2024, -1, 2568, NULL, NULL },   /* outside every round */
};

static void
test_rounds (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (round_cases); i++)
    {
      const RoundCase *c = &round_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) rounds = c->spec ? prd_thai_rounds_parse (c->spec, &error)
                                         : prd_thai_rounds_preset (c->preset);
      GDate *d = g_date_new_dmy (c->day, c->month, c->year_ce);
      int fy = 0;
      int r;

      g_assert_no_error (error);
      r = prd_thai_round_of (rounds, d, &fy);
      g_assert_cmpint (r, ==, c->round);
      g_assert_cmpint (fy, ==, c->fiscal_year);
      if (r >= 0)
        {
          GDate first, last;
          g_autofree char *a = NULL, *b = NULL;

          prd_thai_round_bounds (&g_array_index (rounds, PrdThaiRound, r), fy, &first, &last);
          a = prd_thai_date_format (&first, PRD_THAI_DATE_ISO, 0);
          b = prd_thai_date_format (&last, PRD_THAI_DATE_ISO, 0);
          g_assert_cmpstr (a, ==, c->first);
          g_assert_cmpstr (b, ==, c->last);
        }
      g_date_free (d);
    }
}

static const struct { const char *spec; int code; } bad_rounds[] = {
  { "", PRD_THAI_ERROR_FORMAT },
  { "1/10", PRD_THAI_ERROR_FORMAT },
  { "1/10-30", PRD_THAI_ERROR_FORMAT },
  { "1/10-31/6", PRD_THAI_ERROR_DAY },
  { "1/13-30/6", PRD_THAI_ERROR_DAY },
  { "1/7-30/6", PRD_THAI_ERROR_MONTH },              /* ends before it starts */
  { "1/10-30/6, 1/6-30/9", PRD_THAI_ERROR_DAY },     /* overlaps */
  { "round one", PRD_THAI_ERROR_FORMAT },
};

static void
test_rounds_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_rounds); i++)
    {
      g_autoptr(GError) error = NULL;
      GArray *rounds = prd_thai_rounds_parse (bad_rounds[i].spec, &error);

      g_assert_null (rounds);
      g_assert_error (error, PRD_THAI_ERROR, bad_rounds[i].code);
    }
  {
    g_autoptr(GArray) q = prd_thai_rounds_preset (PRD_THAI_ROUNDS_QUARTERS);
    g_autofree char *s = prd_thai_rounds_to_string (q);
    g_autoptr(GArray) back = prd_thai_rounds_parse (s, NULL);

    g_assert_cmpstr (s, ==, "1/10-31/12, 1/1-31/3, 1/4-30/6, 1/7-30/9");
    g_assert_cmpint (back->len, ==, 4);
  }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/thai/date/format", test_format);
  g_test_add_func ("/thai/date/parse", test_parse);
  g_test_add_func ("/thai/date/round-trip", test_round_trip);
  g_test_add_func ("/thai/date/month-names", test_month_names);
  g_test_add_func ("/thai/digits", test_digits);
  g_test_add_func ("/thai/fiscal/year", test_fiscal);
  g_test_add_func ("/thai/fiscal/bounds", test_fiscal_bounds);
  g_test_add_func ("/thai/fiscal/months", test_fiscal_months);
  g_test_add_func ("/thai/fiscal/rounds", test_rounds);
  g_test_add_func ("/thai/fiscal/rounds-bad", test_rounds_bad);
  return g_test_run ();
}
