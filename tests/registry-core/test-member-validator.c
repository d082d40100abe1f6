/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules every member passes: editor, importer and sync share them. */
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "registry-test-util.h"
#include "model/prd-member-validator.h"
#include "store/prd-store-sql.h"

static void
test_single_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *phone = NULL, *two = NULL, *handle = NULL, *url = NULL;

  g_assert_true (prd_member_check_phone ("0812345678", &phone, &error));
  g_assert_cmpstr (phone, ==, "081-234-5678");
  g_assert_true (prd_member_check_phone ("+66 81 234 5678, 02-123-4567", &two, &error));
  g_assert_cmpstr (two, ==, "081-234-5678, 02-123-4567");
  g_assert_false (prd_member_check_phone ("081-234-567", NULL, &error));
  g_assert_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "081-234-567"));
  g_clear_error (&error);

  g_assert_true (prd_member_check_email ("kru.somchai@obec.go.th", NULL));
  g_assert_true (prd_member_check_email ("", NULL));
  g_assert_false (prd_member_check_email ("kru.somchai@obec", NULL));
  g_assert_false (prd_member_check_email ("kru somchai@obec.go.th", NULL));
  g_assert_false (prd_member_check_email ("@obec.go.th", NULL));

  g_assert_true (prd_member_check_url ("https://www.facebook.com/prnkp2", NULL));
  g_assert_false (prd_member_check_url ("www.facebook.com/prnkp2", NULL));
  g_assert_false (prd_member_check_url ("ftp://example.com/x", NULL));

  g_assert_true (prd_member_check_line_id ("@kru.somchai_01", NULL));
  g_assert_false (prd_member_check_line_id ("ครูสมชาย", NULL));

  g_assert_true (prd_member_check_national_id ("1-1017-00203-45-0", NULL));
  g_assert_false (prd_member_check_national_id ("1101700203451", &error));
  g_assert_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID);
  g_clear_error (&error);

  /* A link or a handle; spaces only in Facebook page names. */
  g_assert_true (prd_member_check_social ("tiktok", "https://www.tiktok.com/@krupim?lang=th", &handle, &url, NULL));
  g_assert_cmpstr (handle, ==, "krupim");
  g_clear_pointer (&handle, g_free);
  g_clear_pointer (&url, g_free);
  g_assert_true (prd_member_check_social ("tiktok", "www.tiktok.com/@krupim", &handle, &url, NULL));
  g_assert_cmpstr (url, ==, "https://www.tiktok.com/@krupim");
  g_clear_pointer (&handle, g_free);
  g_clear_pointer (&url, g_free);
  g_assert_true (prd_member_check_social ("youtube", "@kru-manop", &handle, &url, NULL));
  g_assert_cmpstr (handle, ==, "kru-manop");
  g_assert_cmpstr (url, ==, "https://www.youtube.com/@kru-manop");
  g_clear_pointer (&handle, g_free);
  g_clear_pointer (&url, g_free);
  g_assert_true (prd_member_check_social ("facebook", "https://www.facebook.com/profile.php?id=1000123", &handle, &url, NULL));
  g_assert_cmpstr (handle, ==, "1000123");
  g_clear_pointer (&handle, g_free);
  g_clear_pointer (&url, g_free);
  g_assert_true (prd_member_check_social ("facebook", "ครูสมชาย ใจดี", &handle, &url, NULL));
  g_assert_cmpstr (url, ==, "");
  g_clear_pointer (&handle, g_free);
  g_clear_pointer (&url, g_free);
  g_assert_false (prd_member_check_social ("tiktok", "ครู สมชาย", &handle, &url, NULL));
}

static void
test_dates (void)
{
  static const struct { const char *text; const char *iso; } good[] = {
    { "2024-11-25", "2024-11-25" },
    { "2567-11-25", "2024-11-25" },             /* BE year written ISO-style */
    { "25/11/2567", "2024-11-25" },
    { "25/11/2024", "2024-11-25" },
    { "25/11/67", "2024-11-25" },               /* short BE year */
    { "5.1.2568", "2025-01-05" },
    { "21/11/2024, 9:15:02", "2024-11-21" },    /* Google Forms, Thai locale */
    { "11/21/2024 9:15:02", "2024-11-21" },     /* Google Forms, US locale */
    { "2024-11-21T09:15:02Z", "2024-11-21" },
    { "25 พฤศจิกายน 2567", "2024-11-25" },
    { "25 พ.ย. 67", "2024-11-25" },
  };
  static const char *const bad[] = { "31/02/2567", "2567", "เมื่อวาน", "13/13/2024", "" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", good[i].text);
      g_assert_true (prd_member_parse_date (good[i].text, &iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, good[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (prd_member_parse_date (bad[i], &iso, &error));
      g_assert_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID);
    }
}

static const char *
problem_of (GPtrArray *problems, const char *field)
{
  for (guint i = 0; i < problems->len; i++)
    {
      PrdFieldProblem *p = g_ptr_array_index (problems, i);
      if (g_str_equal (p->field, field))
        return p->message;
    }
  return NULL;
}

static void
test_records_and_duplicates (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberValidator) v = NULL;
  g_autoptr(JsonObject) school = json_object_new ();
  g_autoptr(JsonObject) good = json_object_new ();
  g_autoptr(JsonObject) bad = json_object_new ();
  g_autoptr(JsonObject) same_phone = json_object_new ();
  g_autoptr(JsonObject) same_name = json_object_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dup = NULL, *text = NULL;
  gint64 before;

  registry_fixture_open (&fx, 0);
  json_object_set_string_member (school, "id", "school-1");
  json_object_set_string_member (school, "name", "โรงเรียนบ้านหนองบัว");
  json_object_set_string_member (school, "district", "ดอนแก้ว");
  json_object_set_string_member (school, "school_code", "8000000001");
  g_assert_true (prd_store_put (fx.store, "school", school, NULL));
  v = prd_member_validator_new (fx.store);

  g_assert_cmpstr (prd_member_validator_find_school (v, "รร.บ้านหนองบัว"), ==, "school-1");
  g_assert_cmpstr (prd_member_validator_find_school (v, " โรงเรียน บ้านหนองบัว "), ==, "school-1");
  g_assert_cmpstr (prd_member_validator_find_school (v, "8000000001"), ==, "school-1");
  g_assert_null (prd_member_validator_find_school (v, "โรงเรียนอื่น"));
  g_assert_cmpstr (prd_member_validator_find_category (v, "สื่อมวลชน"), ==, "category-media");
  g_assert_cmpint (prd_member_validator_category_internal (v, "category-media"), ==, 0);

  /* Tidied as it is checked. */
  json_object_set_string_member (good, "given_name", "  พิมพ์ชนก ");
  json_object_set_string_member (good, "surname", "ศรีสุวรรณ");
  json_object_set_string_member (good, "phone", "0812345678");
  json_object_set_string_member (good, "email", "Pim@Example.COM");
  json_object_set_string_member (good, "school_id", "school-1");
  json_object_set_string_member (good, "category_id", "category-school-staff");
  json_object_set_string_member (good, "joined_at", "25/11/2567");
  problems = prd_member_validator_check (v, good);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (json_object_get_string_member (good, "given_name"), ==, "พิมพ์ชนก");
  g_assert_cmpstr (json_object_get_string_member (good, "phone"), ==, "081-234-5678");
  g_assert_cmpstr (json_object_get_string_member (good, "email"), ==, "pim@example.com");
  g_assert_cmpstr (json_object_get_string_member (good, "district"), ==, "ดอนแก้ว");
  g_assert_cmpstr (json_object_get_string_member (good, "joined_at"), ==, "2024-11-25");
  g_assert_cmpint (json_object_get_int_member (good, "internal"), ==, 1);
  g_assert_true (prd_member_save (fx.store, good, &error));
  g_assert_no_error (error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Every wrong field is named, with a reason in Thai. */
  json_object_set_string_member (bad, "given_name", "");
  json_object_set_string_member (bad, "phone", "12345");
  json_object_set_string_member (bad, "email", "no-at-sign");
  json_object_set_string_member (bad, "line_id", "ไลน์ ครู");
  json_object_set_string_member (bad, "category_id", "category-none");
  json_object_set_string_member (bad, "school_id", "school-none");
  json_object_set_string_member (bad, "joined_at", "31/02/2567");
  problems = prd_member_validator_check (v, bad);
  g_assert_cmpuint (problems->len, ==, 7);
  g_assert_nonnull (strstr (problem_of (problems, "given_name"), "ชื่อ"));
  g_assert_nonnull (strstr (problem_of (problems, "phone"), "12345"));
  g_assert_nonnull (problem_of (problems, "email"));
  g_assert_nonnull (problem_of (problems, "line_id"));
  g_assert_nonnull (problem_of (problems, "category_id"));
  g_assert_nonnull (problem_of (problems, "school_id"));
  g_assert_nonnull (problem_of (problems, "joined_at"));
  text = prd_member_problems_to_string (problems);
  g_assert_nonnull (strstr (text, "โทรศัพท์: "));

  /* Saving refuses it and writes nothing. */
  before = prd_store_count (fx.store, "SELECT count(*) FROM member");
  g_assert_false (prd_member_save (fx.store, bad, &error));
  g_assert_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ยังไม่ได้บันทึก"));
  g_assert_cmpint (prd_store_count (fx.store, "SELECT count(*) FROM member"), ==, before);

  /* Duplicates: the same phone, or the same name at the same school. */
  json_object_set_string_member (same_phone, "given_name", "อื่น");
  json_object_set_string_member (same_phone, "phone", "081-234-5678");
  dup = prd_member_validator_find_duplicate (v, same_phone, NULL);
  g_assert_cmpstr (dup, ==, json_object_get_string_member (good, "id"));
  g_clear_pointer (&dup, g_free);
  json_object_set_string_member (same_name, "given_name", "พิมพ์ชนก");
  json_object_set_string_member (same_name, "surname", "ศรีสุวรรณ");
  json_object_set_string_member (same_name, "school_id", "school-1");
  dup = prd_member_validator_find_duplicate (v, same_name, NULL);
  g_assert_cmpstr (dup, ==, json_object_get_string_member (good, "id"));
  g_clear_pointer (&dup, g_free);
  /* Not a duplicate of itself (the editor saving a member again). */
  g_assert_null (prd_member_validator_find_duplicate (v, good, NULL));
  /* Another school: another person. */
  json_object_set_null_member (same_name, "school_id");
  json_object_set_string_member (same_name, "organization", "สถานีวิทยุ");
  g_assert_null (prd_member_validator_find_duplicate (v, same_name, NULL));

  registry_fixture_close (&fx);
}

int
main (int argc, char **argv)
{
  prd_test_use_thai ();

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/registry-core/validator/single-values", test_single_values);
  g_test_add_func ("/registry-core/validator/dates", test_dates);
  g_test_add_func ("/registry-core/validator/records-and-duplicates", test_records_and_duplicates);
  return g_test_run ();
}
