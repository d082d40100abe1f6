/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Baht text, national IDs, school codes and phone numbers: table-driven. */
#include <locale.h>

#include "thai/prd-thai.h"
#include "thai/prd-thai-ids.h"
#include "thai/prd-thai-money.h"

typedef struct {
  gint64 satang;
  const char *text;
} BahtCase;

static const BahtCase baht_cases[] = {
  { 0, "ศูนย์บาทถ้วน" },
  { 100, "หนึ่งบาทถ้วน" },
  { 200, "สองบาทถ้วน" },
  { 1000, "สิบบาทถ้วน" },
  { 1100, "สิบเอ็ดบาทถ้วน" },
  { 1200, "สิบสองบาทถ้วน" },
  { 2000, "ยี่สิบบาทถ้วน" },
  { 2100, "ยี่สิบเอ็ดบาทถ้วน" },                 /* 21 */
  { 2500, "ยี่สิบห้าบาทถ้วน" },
  { 3100, "สามสิบเอ็ดบาทถ้วน" },
  { 9900, "เก้าสิบเก้าบาทถ้วน" },
  { 10000, "หนึ่งร้อยบาทถ้วน" },
  { 10100, "หนึ่งร้อยเอ็ดบาทถ้วน" },             /* 101 */
  { 11000, "หนึ่งร้อยสิบบาทถ้วน" },
  { 11100, "หนึ่งร้อยสิบเอ็ดบาทถ้วน" },
  { 12000, "หนึ่งร้อยยี่สิบบาทถ้วน" },
  { 20100, "สองร้อยเอ็ดบาทถ้วน" },
  { 100000, "หนึ่งพันบาทถ้วน" },
  { 100100, "หนึ่งพันเอ็ดบาทถ้วน" },
  { 110000, "หนึ่งพันหนึ่งร้อยบาทถ้วน" },
  { 110100, "หนึ่งพันหนึ่งร้อยเอ็ดบาทถ้วน" },
  { 500100, "ห้าพันเอ็ดบาทถ้วน" },
  { 1000000, "หนึ่งหมื่นบาทถ้วน" },
  { 1234500, "หนึ่งหมื่นสองพันสามร้อยสี่สิบห้าบาทถ้วน" },
  { 10000000, "หนึ่งแสนบาทถ้วน" },
  { 23025000, "สองแสนสามหมื่นสองร้อยห้าสิบบาทถ้วน" },   /* 230,250: seed 003 */
  { 100000000, "หนึ่งล้านบาทถ้วน" },
  { 100000100, "หนึ่งล้านเอ็ดบาทถ้วน" },          /* 1,000,001 */
  { 100001000, "หนึ่งล้านสิบบาทถ้วน" },
  { 100001100, "หนึ่งล้านสิบเอ็ดบาทถ้วน" },
  { 1100000000, "สิบเอ็ดล้านบาทถ้วน" },
  { 1100000100, "สิบเอ็ดล้านเอ็ดบาทถ้วน" },
  { 2150000000, "ยี่สิบเอ็ดล้านห้าแสนบาทถ้วน" },
  { 1234567800, "สิบสองล้านสามแสนสี่หมื่นห้าพันหกร้อยเจ็ดสิบแปดบาทถ้วน" },
  { 50100000000, "ห้าร้อยเอ็ดล้านบาทถ้วน" },
  { 500100000000, "ห้าพันเอ็ดล้านบาทถ้วน" },
  { 2500000000000, "สองหมื่นห้าพันล้านบาทถ้วน" },
  { G_GINT64_CONSTANT (2500000000000000), "ยี่สิบห้าล้านล้านบาทถ้วน" },
  { G_GINT64_CONSTANT (2500000000011100), "ยี่สิบห้าล้านล้านหนึ่งร้อยสิบเอ็ดบาทถ้วน" },
  { G_GINT64_CONSTANT (2500510000050025), "ยี่สิบห้าล้านห้าพันหนึ่งร้อยล้านห้าร้อยบาทยี่สิบห้าสตางค์" },
  { 25, "ยี่สิบห้าสตางค์" },                     /* 0.25 */
  { 1, "หนึ่งสตางค์" },
  { 5, "ห้าสตางค์" },
  { 10, "สิบสตางค์" },
  { 11, "สิบเอ็ดสตางค์" },
  { 21, "ยี่สิบเอ็ดสตางค์" },
  { 50, "ห้าสิบสตางค์" },
  { 99, "เก้าสิบเก้าสตางค์" },
  { 101, "หนึ่งบาทหนึ่งสตางค์" },
  { 190, "หนึ่งบาทเก้าสิบสตางค์" },
  { 1190, "สิบเอ็ดบาทเก้าสิบสตางค์" },
  { 56083, "ห้าร้อยหกสิบบาทแปดสิบสามสตางค์" },
  { 250050, "สองพันห้าร้อยบาทห้าสิบสตางค์" },
  { -100, "ลบหนึ่งบาทถ้วน" },
  { -1100, "ลบสิบเอ็ดบาทถ้วน" },
  { -2100, "ลบยี่สิบเอ็ดบาทถ้วน" },
  { -55025, "ลบห้าร้อยห้าสิบบาทยี่สิบห้าสตางค์" },
  { -1, "ลบหนึ่งสตางค์" },
  { -23025000, "ลบสองแสนสามหมื่นสองร้อยห้าสิบบาทถ้วน" },
};

static void
test_baht (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (baht_cases); i++)
    {
      g_autofree char *s = prd_thai_baht_text (baht_cases[i].satang);

      g_test_message ("baht case %u: %" G_GINT64_FORMAT, i, baht_cases[i].satang);
      g_assert_cmpstr (s, ==, baht_cases[i].text);
    }
  /* The extremes do not crash and say something. */
  {
    g_autofree char *max = prd_thai_baht_text (G_MAXINT64);
    g_autofree char *min = prd_thai_baht_text (G_MININT64);

    g_assert_true (g_str_has_suffix (max, "สตางค์"));
    g_assert_true (g_str_has_prefix (min, "ลบ"));
  }
}

typedef struct {
  const char *text;
  gboolean ok;
  gint64 satang;
  const char *formatted;
} AmountCase;

static const AmountCase amount_cases[] = {
  { "230250", TRUE, 23025000, "230,250.00" },
  { "230,250", TRUE, 23025000, "230,250.00" },
  { "230,250.00", TRUE, 23025000, "230,250.00" },
  { "๒๓๐,๒๕๐.๐๐", TRUE, 23025000, "230,250.00" },
  { "230,250 บาท", TRUE, 23025000, "230,250.00" },
  { "230,250.00 บาทถ้วน", TRUE, 23025000, "230,250.00" },
  { "฿230,250", TRUE, 23025000, "230,250.00" },
  { "0.25", TRUE, 25, "0.25" },
  { ".25", TRUE, 25, "0.25" },
  { "0.5", TRUE, 50, "0.50" },
  { "21", TRUE, 2100, "21.00" },
  { "101", TRUE, 10100, "101.00" },
  { "1,000,001", TRUE, 100000100, "1,000,001.00" },
  { "-1,000.25", TRUE, -100025, "-1,000.25" },
  { "+5", TRUE, 500, "5.00" },
  { "  12  ", TRUE, 1200, "12.00" },
  { "0", TRUE, 0, "0.00" },
  { "999,999,999,999.99", TRUE, G_GINT64_CONSTANT (99999999999999), "999,999,999,999.99" },
  { "1,000,000,000,000", FALSE, 0, NULL },
  { "1.234", FALSE, 0, NULL },
  { "1,00", FALSE, 0, NULL },
  { "1,0000", FALSE, 0, NULL },
  { "1234,567", FALSE, 0, NULL },
  { ",123", FALSE, 0, NULL },
  { "12a", FALSE, 0, NULL },
  { "", FALSE, 0, NULL },
  { "บาท", FALSE, 0, NULL },
  { "1.2.3", FALSE, 0, NULL },
  { "--5", FALSE, 0, NULL },
};

static void
test_amount (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (amount_cases); i++)
    {
      const AmountCase *c = &amount_cases[i];
      g_autoptr(GError) error = NULL;
      gint64 satang = -42;
      gboolean ok = prd_thai_amount_parse (c->text, &satang, &error);

      g_test_message ("amount case %u: %s", i, c->text);
      g_assert_cmpint (ok, ==, c->ok);
      if (ok)
        {
          g_autofree char *f = prd_thai_amount_format (satang, FALSE);

          g_assert_no_error (error);
          g_assert_cmpint (satang, ==, c->satang);
          g_assert_cmpstr (f, ==, c->formatted);
        }
      else
        g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
    }
  {
    g_autofree char *t = prd_thai_amount_format (23025000, TRUE);
    g_assert_cmpstr (t, ==, "๒๓๐,๒๕๐.๐๐");
  }
}

typedef struct {
  const char *text;
  int error_code;      /* -1: valid */
  const char *digits;
} IdCase;

static const IdCase id_cases[] = {
  { "1101700230708", -1, "1101700230708" },
  { "1-1017-00230-70-8", -1, "1101700230708" },
  { "1 1017 00230 70 8", -1, "1101700230708" },
  { "๑๑๐๑๗๐๐๒๓๐๗๐๘", -1, "1101700230708" },
  { "๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘", -1, "1101700230708" },
  { "3100600123450", -1, "3100600123450" },
  { "1234567890121", -1, "1234567890121" },
  { "0000000000001", -1, "0000000000001" },   /* weights sum 0: (11 − 0) mod 10 = 1 */
  { "0000000000000", PRD_THAI_ERROR_CHECK_DIGIT, NULL },
  { "1101700230704", PRD_THAI_ERROR_CHECK_DIGIT, NULL },
  { "1101700230706", PRD_THAI_ERROR_CHECK_DIGIT, NULL },
  { "1234567890123", PRD_THAI_ERROR_CHECK_DIGIT, NULL },
  { "110170023070", PRD_THAI_ERROR_FORMAT, NULL },
  { "11017002307085", PRD_THAI_ERROR_FORMAT, NULL },
  { "", PRD_THAI_ERROR_FORMAT, NULL },
  { "1101700230X05", PRD_THAI_ERROR_FORMAT, NULL },
  { "บัตรประชาชน", PRD_THAI_ERROR_FORMAT, NULL },
};

static void
test_national_id (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (id_cases); i++)
    {
      const IdCase *c = &id_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error2 = NULL;
      g_autofree char *digits = NULL;
      gboolean valid;

      g_test_message ("id case %u: %s", i, c->text);
      valid = prd_thai_national_id_valid (c->text, &error);
      digits = prd_thai_national_id_normalize (c->text, &error2);
      if (c->error_code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (valid);
          g_assert_cmpstr (digits, ==, c->digits);
        }
      else
        {
          g_assert_false (valid);
          g_assert_error (error, PRD_THAI_ERROR, c->error_code);
          g_assert_null (digits);
        }
    }
}

static void
test_national_id_check_digit (void)
{
  /* Every 12-digit stem gets exactly one valid 13th digit. */
  const char *stems[] = { "110170023070", "310060012345", "123456789012", "000000000000", "999999999999" };

  for (guint i = 0; i < G_N_ELEMENTS (stems); i++)
    {
      int valid = 0;

      for (int d = 0; d < 10; d++)
        {
          g_autofree char *id = g_strdup_printf ("%s%d", stems[i], d);
          valid += prd_thai_national_id_valid (id, NULL) ? 1 : 0;
        }
      g_assert_cmpint (valid, ==, 1);
    }
  {
    g_autofree char *f = prd_thai_national_id_format ("1101700230708");
    g_assert_cmpstr (f, ==, "1-1017-00230-70-8");
  }
}

typedef struct {
  const char *text;
  PrdThaiSchoolCodeKind kind;
  const char *digits;   /* NULL: an error */
} SchoolCase;

static const SchoolCase school_cases[] = {
  { "1086500123", PRD_THAI_SCHOOL_CODE, "1086500123" },
  { "10-8650-0123", PRD_THAI_SCHOOL_CODE, "1086500123" },
  { "๑๐๘๖๕๐๐๑๒๓", PRD_THAI_SCHOOL_CODE, "1086500123" },
  { "108650012", PRD_THAI_SCHOOL_CODE, NULL },
  { "10865001234", PRD_THAI_SCHOOL_CODE, NULL },
  { "0000000000", PRD_THAI_SCHOOL_CODE, NULL },
  { "86010123", PRD_THAI_SCHOOL_SMIS, "86010123" },
  { "8601 0123", PRD_THAI_SCHOOL_SMIS, "86010123" },
  { "860101", PRD_THAI_SCHOOL_SMIS, NULL },
  { "860123", PRD_THAI_SCHOOL_OBEC, "860123" },
  { "๘๖๐๑๒๓", PRD_THAI_SCHOOL_OBEC, "860123" },
  { "8601234", PRD_THAI_SCHOOL_OBEC, NULL },
  { "86O123", PRD_THAI_SCHOOL_OBEC, NULL },
  { "", PRD_THAI_SCHOOL_OBEC, NULL },
};

static void
test_school_codes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (school_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *d = prd_thai_school_code_normalize (school_cases[i].text, school_cases[i].kind, &error);

      g_test_message ("school case %u: %s", i, school_cases[i].text);
      g_assert_cmpstr (d, ==, school_cases[i].digits);
      if (school_cases[i].digits == NULL)
        g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
      else
        g_assert_no_error (error);
    }
}

typedef struct {
  const char *text;
  const char *display;   /* NULL: an error */
  int kind;
} PhoneCase;

static const PhoneCase phone_cases[] = {
  { "0812345678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "081-234-5678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "081 234 5678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "08-1234-5678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "+66812345678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "+66 81 234 5678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "+66 (0)81 234 5678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "66812345678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "0066812345678", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "๐๘๑-๒๓๔-๕๖๗๘", "081-234-5678", PRD_THAI_PHONE_MOBILE },
  { "0612345678", "061-234-5678", PRD_THAI_PHONE_MOBILE },
  { "0912345678", "091-234-5678", PRD_THAI_PHONE_MOBILE },
  { "021234567", "02-123-4567", PRD_THAI_PHONE_BANGKOK },
  { "02-123-4567", "02-123-4567", PRD_THAI_PHONE_BANGKOK },
  { "(02) 123 4567", "02-123-4567", PRD_THAI_PHONE_BANGKOK },
  { "+6621234567", "02-123-4567", PRD_THAI_PHONE_BANGKOK },
  { "02-123-4567 ต่อ 12", "02-123-4567 ต่อ 12", PRD_THAI_PHONE_BANGKOK },
  { "02 123 4567 ext. 305", "02-123-4567 ต่อ 305", PRD_THAI_PHONE_BANGKOK },
  { "077511234", "077-511-234", PRD_THAI_PHONE_PROVINCIAL },
  { "077-511234", "077-511-234", PRD_THAI_PHONE_PROVINCIAL },
  { "0-7751-1234", "077-511-234", PRD_THAI_PHONE_PROVINCIAL },
  { "+66 77 511 234", "077-511-234", PRD_THAI_PHONE_PROVINCIAL },
  { "053-123-456", "053-123-456", PRD_THAI_PHONE_PROVINCIAL },
  { "043123456", "043-123-456", PRD_THAI_PHONE_PROVINCIAL },
  { "038123456", "038-123-456", PRD_THAI_PHONE_PROVINCIAL },
  { "1579", "1579", PRD_THAI_PHONE_HOTLINE },
  { "081234567", NULL, 0 },            /* mobile one digit short */
  { "08123456789", NULL, 0 },
  { "02123456", NULL, 0 },
  { "0212345678", NULL, 0 },           /* landline one digit long */
  { "0112345678", NULL, 0 },
  { "812345678", NULL, 0 },
  { "+1 212 555 0100", NULL, 0 },
  { "081-234-5678 ต่อ", NULL, 0 },
  { "081-234-5678 ต่อ abc", NULL, 0 },
  { "โทร 081", NULL, 0 },
  { "", NULL, 0 },
  { "----", NULL, 0 },
};

static void
test_phones (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (phone_cases); i++)
    {
      const PhoneCase *c = &phone_cases[i];
      g_autoptr(GError) error = NULL;
      PrdThaiPhoneKind kind = -1;
      g_autofree char *d = prd_thai_phone_normalize_full (c->text, &kind, &error);
      g_autofree char *d2 = prd_thai_phone_normalize (c->text, NULL);

      g_test_message ("phone case %u: %s", i, c->text);
      g_assert_cmpstr (d, ==, c->display);
      g_assert_cmpstr (d2, ==, c->display);
      if (c->display == NULL)
        {
          g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
          g_assert_cmpstr (error->message, !=, "");
        }
      else
        {
          g_assert_no_error (error);
          g_assert_cmpint (kind, ==, c->kind);
          /* The display form is a fixed point. */
          {
            g_autofree char *again = prd_thai_phone_normalize (d, NULL);
            g_assert_cmpstr (again, ==, d);
          }
        }
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/thai/baht", test_baht);
  g_test_add_func ("/thai/amount", test_amount);
  g_test_add_func ("/thai/ids/national", test_national_id);
  g_test_add_func ("/thai/ids/check-digit", test_national_id_check_digit);
  g_test_add_func ("/thai/ids/school", test_school_codes);
  g_test_add_func ("/thai/phone", test_phones);
  return g_test_run ();
}
