/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A member's social accounts and committee roles: checks row by row, load
 * and save round trip, update, removal as a tombstone with its journal row,
 * all or nothing with the member, and the search index finding a new
 * handle. Messages are read in Thai, as the office sees them. */
#include <string.h>

#include "model/prd-demo.h"
#include "model/prd-member-links.h"
#include "model/prd-member-query.h"
#include "model/prd-member-validator.h"
#include "prd-test-util.h"
#include "store/prd-store-sql.h"

static char *dir;
static PrdStore *store;

static gint64
count_sql (const char *format,
           ...) G_GNUC_PRINTF (1, 2);

static gint64
count_sql (const char *format,
           ...)
{
  va_list args;
  g_autofree char *sql = NULL;
  gint64 n;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  n = prd_store_count (store, sql);
  g_assert_cmpint (n, >=, 0);
  return n;
}

static char *
text_sql (const char *sql,
          const char *id)
{
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, NULL);
  char *text = NULL;

  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static JsonObject *
new_member_record (const char *given)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "category_id", "category-teacher-creator");
  json_object_set_string_member (o, "title", "นางสาว");
  json_object_set_string_member (o, "given_name", given);
  json_object_set_string_member (o, "surname", "ทดสอบลิงก์");
  json_object_set_string_member (o, "phone", "095-555-0411");
  return o;
}

static PrdSocialAccount *
account (const char *platform,
         const char *address,
         const char *followers,
         const char *views,
         const char *counted_at)
{
  PrdSocialAccount *a = prd_social_account_new (platform);

  g_free (a->address);
  a->address = g_strdup (address);
  g_free (a->followers);
  a->followers = g_strdup (followers);
  g_free (a->views);
  a->views = g_strdup (views);
  g_free (a->counted_at);
  a->counted_at = g_strdup (counted_at);
  return a;
}

static gboolean
account_ok (PrdSocialAccount *a,
            JsonObject       *record)
{
  g_autoptr(GPtrArray) problems = prd_social_account_check (a, record);
  return problems->len == 0;
}

static const char *
first_problem_field (PrdSocialAccount *a)
{
  static char field[32];
  g_autoptr(GPtrArray) problems = prd_social_account_check (a, NULL);

  if (problems->len == 0)
    return NULL;
  g_strlcpy (field, ((PrdFieldProblem *) g_ptr_array_index (problems, 0))->field, sizeof field);
  return field;
}

static void
test_check_account (void)
{
  g_autoptr(PrdSocialAccount) a = NULL;
  g_autoptr(JsonObject) rec = json_object_new ();
  const char *const *platforms = prd_member_platforms ();

  /* What the validator knows, and the picker lists. */
  g_assert_cmpuint (g_strv_length ((char **) platforms), ==, 6);
  g_assert_cmpstr (prd_member_platform_label ("x"), ==, "X");
  g_assert_cmpstr (prd_member_platform_label ("line_oa"), ==, "LINE OA");

  a = account ("tiktok", " @kru_pim ", "12.5K", "1,250", "25/11/2568");
  g_assert_true (account_ok (a, rec));
  g_assert_cmpstr (json_object_get_string_member (rec, "handle"), ==, "kru_pim");
  g_assert_cmpstr (json_object_get_string_member (rec, "url"), ==, "https://www.tiktok.com/@kru_pim");
  g_assert_cmpint (json_object_get_int_member (rec, "followers"), ==, 12500);
  g_assert_cmpint (json_object_get_int_member (rec, "views"), ==, 1250);
  g_assert_cmpstr (json_object_get_string_member (rec, "counted_at"), ==, "2025-11-25");
  g_clear_pointer (&a, prd_social_account_free);

  /* Thai digits, "M", empty counts stored as unknown. */
  a = account ("youtube", "https://www.youtube.com/@kru-manop", "๑๒๕๐", "1.2M", "");
  g_assert_true (account_ok (a, rec));
  g_assert_cmpint (json_object_get_int_member (rec, "followers"), ==, 1250);
  g_assert_cmpint (json_object_get_int_member (rec, "views"), ==, 1200000);
  g_assert_true (json_object_get_null_member (rec, "counted_at"));
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("instagram", "kru.art", "", "", "");
  g_assert_true (account_ok (a, rec));
  g_assert_true (json_object_get_null_member (rec, "followers"));
  g_clear_pointer (&a, prd_social_account_free);

  /* X and LINE OA, from a link as the apps share it. */
  a = account ("x", "https://twitter.com/obec_news", "", "", "");
  g_assert_true (account_ok (a, rec));
  g_assert_cmpstr (json_object_get_string_member (rec, "handle"), ==, "obec_news");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("x", "@obec_news", "", "", "");
  g_assert_true (account_ok (a, rec));
  g_assert_cmpstr (json_object_get_string_member (rec, "url"), ==, "https://x.com/obec_news");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("line_oa", "https://line.me/R/ti/p/@spm_cpn1", "", "", "");
  g_assert_true (account_ok (a, rec));
  g_assert_cmpstr (json_object_get_string_member (rec, "handle"), ==, "spm_cpn1");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("line_oa", "@spm_cpn1", "", "", "");
  g_assert_true (account_ok (a, rec));
  g_assert_cmpstr (json_object_get_string_member (rec, "url"), ==, "https://line.me/R/ti/p/@spm_cpn1");
  g_clear_pointer (&a, prd_social_account_free);

  /* Refusals name the field. */
  a = account ("tiktok", "", "", "", "");
  g_assert_cmpstr (first_problem_field (a), ==, "handle");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("tiktok", "ครู สมชาย", "", "", "");
  g_assert_cmpstr (first_problem_field (a), ==, "handle");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("myspace", "kru", "", "", "");
  g_assert_cmpstr (first_problem_field (a), ==, "platform");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("tiktok", "kru", "-5", "", "");
  g_assert_cmpstr (first_problem_field (a), ==, "followers");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("tiktok", "kru", "1.5", "", "");
  g_assert_cmpstr (first_problem_field (a), ==, "followers");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("tiktok", "kru", "", "หนึ่งพัน", "");
  g_assert_cmpstr (first_problem_field (a), ==, "views");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("tiktok", "kru", "", "999999999999999", "");
  g_assert_cmpstr (first_problem_field (a), ==, "views");
  g_clear_pointer (&a, prd_social_account_free);
  a = account ("tiktok", "kru", "", "", "31/2/2568");
  g_assert_cmpstr (first_problem_field (a), ==, "counted_at");
}

static void
test_check_role (void)
{
  g_autoptr(PrdCommitteeRole) r = prd_committee_role_new ("committee-pr-network");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) committees = prd_member_links_list_committees (store, NULL);
  g_autoptr(JsonObject) rec = json_object_new ();
  const char *const *roles = prd_committee_roles ();

  /* Thai names of the roles, as an appointment order lists them. */
  g_assert_cmpuint (g_strv_length ((char **) roles), ==, 5);
  g_assert_cmpstr (prd_committee_role_label ("chair"), ==, "ประธาน");
  g_assert_cmpstr (prd_committee_role_label ("vice_chair"), ==, "รองประธาน");
  g_assert_cmpstr (prd_committee_role_label ("member"), ==, "กรรมการ");
  g_assert_cmpstr (prd_committee_role_label ("secretary"), ==, "กรรมการและเลขานุการ");
  g_assert_cmpstr (prd_committee_role_label ("assistant_secretary"), ==, "กรรมการและผู้ช่วยเลขานุการ");

  g_assert_cmpuint (committees->len, ==, 1);
  g_assert_cmpstr (((PrdCommittee *) g_ptr_array_index (committees, 0))->name, ==,
                   "คณะกรรมการเครือข่ายการประชาสัมพันธ์");

  r->in_network_group = TRUE;
  problems = prd_committee_role_check (r, store, rec);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (json_object_get_string_member (rec, "role"), ==, "member");
  g_assert_cmpint (json_object_get_int_member (rec, "in_network_group"), ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_free (r->role);
  r->role = g_strdup ("treasurer");
  g_free (r->committee_id);
  r->committee_id = g_strdup ("committee-nowhere");
  problems = prd_committee_role_check (r, store, NULL);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((PrdFieldProblem *) g_ptr_array_index (problems, 0))->field, ==, "committee_id");
  g_assert_cmpstr (((PrdFieldProblem *) g_ptr_array_index (problems, 1))->field, ==, "role");
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_clear_pointer (&r->committee_id, g_free);
  problems = prd_committee_role_check (r, store, NULL);
  g_assert_nonnull (strstr (((PrdFieldProblem *) g_ptr_array_index (problems, 0))->message, "คณะกรรมการ"));
}

static gint64
journal_rows (const char *table,
              const char *id,
              gboolean    deleted)
{
  return count_sql ("SELECT count(*) FROM change_journal WHERE table_name = '%s' "
                    "AND record_id = '%s' AND deleted = %d", table, id, deleted ? 1 : 0);
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) member = new_member_record ("ลิงก์ทดลอง");
  g_autoptr(PrdMemberLinks) links = prd_member_links_new ();
  g_autoptr(PrdMemberLinks) loaded = NULL;
  g_autoptr(PrdMemberLinks) again = NULL;
  g_autoptr(PrdMemberLinks) edited = NULL;
  g_autofree char *member_id = NULL;
  g_autofree char *tiktok_id = NULL;
  g_autofree char *youtube_id = NULL;
  g_autofree char *role_id = NULL;
  g_autofree char *handle = NULL;
  PrdSocialAccount *a;
  PrdCommitteeRole *r;
  gint64 accounts_before = count_sql ("SELECT count(*) FROM social_account");

  g_ptr_array_add (links->accounts, account ("tiktok", "@kru_linktest", "12.5K", "40,000", "25/11/2568"));
  g_ptr_array_add (links->accounts, account ("youtube", "https://www.youtube.com/@kru-linktest", "", "", ""));
  r = prd_committee_role_new ("committee-pr-network");
  g_free (r->role);
  r->role = g_strdup ("secretary");
  r->in_network_group = TRUE;
  g_ptr_array_add (links->roles, r);

  /* A new member: one transaction writes the person and both lists. */
  g_assert_true (prd_member_links_save (store, member, NULL, links, &error));
  g_assert_no_error (error);
  member_id = g_strdup (json_object_get_string_member (member, "id"));
  g_assert_nonnull (member_id);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM social_account"), ==, accounts_before + 2);

  loaded = prd_member_links_load (store, member_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->accounts->len, ==, 2);
  g_assert_cmpuint (loaded->roles->len, ==, 1);
  a = g_ptr_array_index (loaded->accounts, 0);
  g_assert_cmpstr (a->platform, ==, "tiktok");
  g_assert_cmpstr (a->address, ==, "https://www.tiktok.com/@kru_linktest");
  g_assert_cmpstr (a->followers, ==, "12500");
  g_assert_cmpstr (a->views, ==, "40000");
  g_assert_cmpstr (a->counted_at, ==, "2025-11-25");
  tiktok_id = g_strdup (a->id);
  handle = text_sql ("SELECT handle FROM social_account WHERE id = ?1", tiktok_id);
  g_assert_cmpstr (handle, ==, "kru_linktest");
  a = g_ptr_array_index (loaded->accounts, 1);
  g_assert_cmpstr (a->platform, ==, "youtube");
  g_assert_cmpstr (a->followers, ==, "");
  g_assert_cmpstr (a->counted_at, ==, "");
  youtube_id = g_strdup (a->id);
  r = g_ptr_array_index (loaded->roles, 0);
  g_assert_cmpstr (r->committee_id, ==, "committee-pr-network");
  g_assert_cmpstr (r->role, ==, "secretary");
  g_assert_true (r->in_network_group);
  role_id = g_strdup (r->id);
  g_assert_cmpint (journal_rows ("social_account", tiktok_id, FALSE), ==, 1);
  g_assert_cmpint (journal_rows ("committee_role", role_id, FALSE), ==, 1);

  /* Load, copy, equal: what the editor uses for "not saved yet". */
  again = prd_member_links_copy (loaded);
  g_assert_true (prd_member_links_equal (loaded, again));
  g_free (((PrdSocialAccount *) g_ptr_array_index (again->accounts, 1))->views);
  ((PrdSocialAccount *) g_ptr_array_index (again->accounts, 1))->views = g_strdup ("7");
  g_assert_false (prd_member_links_equal (loaded, again));

  /* Saving with nothing changed in the lists writes no row of them. */
  {
    g_autoptr(JsonObject) m = prd_store_get (store, "member", member_id, &error);
    g_autoptr(PrdMemberLinks) same = prd_member_links_copy (loaded);

    g_assert_true (prd_member_links_save (store, m, loaded, same, &error));
    g_assert_no_error (error);
    g_assert_cmpint (journal_rows ("social_account", tiktok_id, FALSE), ==, 1);
    g_assert_cmpint (journal_rows ("committee_role", role_id, FALSE), ==, 1);
  }

  /* Update: new counts, a new role; the same rows, one revision more. */
  edited = prd_member_links_copy (loaded);
  a = g_ptr_array_index (edited->accounts, 0);
  g_free (a->followers);
  a->followers = g_strdup ("13,000");
  g_free (a->counted_at);
  a->counted_at = g_strdup ("1/12/2568");
  r = g_ptr_array_index (edited->roles, 0);
  g_free (r->role);
  r->role = g_strdup ("chair");
  r->in_network_group = FALSE;
  {
    g_autoptr(JsonObject) m = prd_store_get (store, "member", member_id, &error);
    g_autoptr(PrdMemberLinks) now = NULL;

    json_object_set_string_member (m, "position", "ครูผู้สร้างสรรค์คลิป");
    g_assert_true (prd_member_links_save (store, m, loaded, edited, &error));
    g_assert_no_error (error);
    now = prd_member_links_load (store, member_id, &error);
    g_assert_cmpstr (((PrdSocialAccount *) g_ptr_array_index (now->accounts, 0))->followers, ==, "13000");
    g_assert_cmpstr (((PrdSocialAccount *) g_ptr_array_index (now->accounts, 0))->counted_at, ==, "2025-12-01");
    g_assert_cmpstr (((PrdSocialAccount *) g_ptr_array_index (now->accounts, 0))->id, ==, tiktok_id);
    g_assert_cmpstr (((PrdCommitteeRole *) g_ptr_array_index (now->roles, 0))->role, ==, "chair");
    g_assert_false (((PrdCommitteeRole *) g_ptr_array_index (now->roles, 0))->in_network_group);
    g_assert_cmpint (count_sql ("SELECT rev FROM social_account WHERE id = '%s'", tiktok_id), ==, 2);
    g_assert_cmpint (count_sql ("SELECT rev FROM social_account WHERE id = '%s'", youtube_id), ==, 1);
    g_assert_cmpint (count_sql ("SELECT count(*) FROM social_account WHERE member_id = '%s'", member_id), ==, 2);
    g_assert_cmpint (count_sql ("SELECT count(*) FROM member WHERE id = '%s' AND position = "
                                "'ครูผู้สร้างสรรค์คลิป'", member_id), ==, 1);
    g_clear_pointer (&loaded, prd_member_links_free);
    loaded = g_steal_pointer (&now);
  }

  /* Removal is a tombstone: the row stays, deleted, with its journal row. */
  g_clear_pointer (&edited, prd_member_links_free);
  edited = prd_member_links_copy (loaded);
  g_ptr_array_remove_index (edited->accounts, 1);
  g_ptr_array_remove_index (edited->roles, 0);
  {
    g_autoptr(JsonObject) m = prd_store_get (store, "member", member_id, &error);
    g_autoptr(PrdMemberLinks) now = NULL;

    g_assert_true (prd_member_links_save (store, m, loaded, edited, &error));
    g_assert_no_error (error);
    now = prd_member_links_load (store, member_id, &error);
    g_assert_cmpuint (now->accounts->len, ==, 1);
    g_assert_cmpuint (now->roles->len, ==, 0);
  }
  g_assert_cmpint (count_sql ("SELECT deleted FROM social_account WHERE id = '%s'", youtube_id), ==, 1);
  g_assert_cmpint (count_sql ("SELECT deleted FROM committee_role WHERE id = '%s'", role_id), ==, 1);
  g_assert_cmpint (journal_rows ("social_account", youtube_id, TRUE), ==, 1);
  g_assert_cmpint (journal_rows ("committee_role", role_id, TRUE), ==, 1);
  g_assert_cmpint (count_sql ("SELECT deleted FROM social_account WHERE id = '%s'", tiktok_id), ==, 0);
  /* The registry counts only live roles. */
  g_assert_cmpint (count_sql ("SELECT count(*) FROM committee_role WHERE member_id = '%s' "
                              "AND deleted = 0", member_id), ==, 0);
}

static void
test_refusal_writes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) member = new_member_record ("ปฏิเสธทั้งหมด");
  g_autoptr(PrdMemberLinks) links = prd_member_links_new ();
  g_autoptr(PrdMemberLinks) loaded = NULL;
  g_autoptr(PrdMemberLinks) edited = NULL;
  g_autoptr(JsonObject) m = NULL;
  g_autofree char *member_id = NULL;
  gint64 journal_before, accounts_before, roles_before, members_before;
  PrdSocialAccount *a;

  g_ptr_array_add (links->accounts, account ("facebook", "https://www.facebook.com/kru.refuse", "100", "", ""));
  g_assert_true (prd_member_links_save (store, member, NULL, links, &error));
  g_assert_no_error (error);
  member_id = g_strdup (json_object_get_string_member (member, "id"));
  loaded = prd_member_links_load (store, member_id, &error);
  g_assert_no_error (error);

  journal_before = count_sql ("SELECT count(*) FROM change_journal");
  accounts_before = count_sql ("SELECT count(*) FROM social_account");
  roles_before = count_sql ("SELECT count(*) FROM committee_role");
  members_before = count_sql ("SELECT count(*) FROM member");

  /* A new name for the member, a good new account, and a bad count on the
   * second: nothing of it is written, and the message names row and field. */
  m = prd_store_get (store, "member", member_id, &error);
  json_object_set_string_member (m, "given_name", "ชื่อใหม่ที่ไม่ควรถูกบันทึก");
  edited = prd_member_links_copy (loaded);
  g_ptr_array_add (edited->accounts, account ("tiktok", "@kru_refuse", "-20", "", ""));
  g_ptr_array_add (edited->roles, prd_committee_role_new ("committee-pr-network"));
  a = g_ptr_array_index (edited->accounts, 0);
  g_free (a->views);
  a->views = g_strdup ("500");
  g_assert_false (prd_member_links_save (store, m, loaded, edited, &error));
  g_assert_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "ไม่ได้บันทึก"));
  g_assert_nonnull (strstr (error->message, "บัญชีที่ 2 (TikTok)"));
  g_assert_nonnull (strstr (error->message, "ผู้ติดตาม"));
  g_clear_error (&error);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM change_journal"), ==, journal_before);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM social_account"), ==, accounts_before);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM committee_role"), ==, roles_before);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM member WHERE id = '%s' AND given_name = "
                              "'ปฏิเสธทั้งหมด'", member_id), ==, 1);
  g_assert_cmpint (count_sql ("SELECT views IS NULL FROM social_account WHERE member_id = '%s'", member_id), ==, 1);

  /* The same account twice, the same committee twice: refused too. */
  a = g_ptr_array_index (edited->accounts, 1);
  g_free (a->followers);
  a->followers = g_strdup ("20");
  g_ptr_array_add (edited->accounts, account ("tiktok", "https://www.tiktok.com/@KRU_REFUSE", "", "", ""));
  g_ptr_array_add (edited->roles, prd_committee_role_new ("committee-pr-network"));
  g_assert_false (prd_member_links_save (store, m, loaded, edited, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "บัญชีที่ 3 (TikTok)"));
  g_assert_nonnull (strstr (error->message, "คณะกรรมการ"));
  g_clear_error (&error);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM change_journal"), ==, journal_before);

  /* A bad member field with good lists: the lists are not written either. */
  g_ptr_array_remove_index (edited->accounts, 2);
  g_ptr_array_remove_index (edited->roles, 1);
  json_object_set_string_member (m, "phone", "12345");
  g_assert_false (prd_member_links_save (store, m, loaded, edited, &error));
  g_assert_nonnull (strstr (error->message, "โทรศัพท์"));
  g_clear_error (&error);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM change_journal"), ==, journal_before);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM social_account"), ==, accounts_before);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM committee_role"), ==, roles_before);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM member"), ==, members_before);

  /* Fixed: all of it at once. */
  json_object_set_string_member (m, "phone", "095-555-0412");
  g_assert_true (prd_member_links_save (store, m, loaded, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM social_account WHERE member_id = '%s' "
                              "AND deleted = 0", member_id), ==, 2);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM committee_role WHERE member_id = '%s' "
                              "AND deleted = 0", member_id), ==, 1);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM member WHERE id = '%s' AND given_name = "
                              "'ชื่อใหม่ที่ไม่ควรถูกบันทึก'", member_id), ==, 1);
}

static void
test_search_finds_new_handle (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(PrdMemberLinks) loaded = NULL;
  g_autoptr(PrdMemberLinks) edited = NULL;
  g_autoptr(JsonObject) m = NULL;
  g_autofree char *member_id = text_sql ("SELECT id FROM member WHERE deleted = 0 AND active = 1 "
                                         "AND id <> ?1 ORDER BY rowid LIMIT 1", "");
  sqlite3_stmt *stmt;

  g_assert_nonnull (member_id);
  prd_member_query_set_search_text (q, "kru_searchme_tiktok");
  g_assert_cmpint (prd_member_query_count (q, store, &error), ==, 0);

  loaded = prd_member_links_load (store, member_id, &error);
  g_assert_no_error (error);
  edited = prd_member_links_copy (loaded);
  g_ptr_array_add (edited->accounts, account ("tiktok", "https://www.tiktok.com/@kru_searchme_tiktok", "321", "", ""));
  m = prd_store_get (store, "member", member_id, &error);
  g_assert_true (prd_member_links_save (store, m, loaded, edited, &error));
  g_assert_no_error (error);

  g_assert_cmpint (prd_member_query_count (q, store, &error), ==, 1);
  g_assert_no_error (error);
  stmt = prd_member_query_prepare (q, store, "m.id", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, member_id);
  sqlite3_finalize (stmt);
  /* A prefix, as people type it. */
  prd_member_query_set_search_text (q, "kru_searchme");
  g_assert_cmpint (prd_member_query_count (q, store, &error), ==, 1);

  /* Removed again: the index forgets it. */
  g_clear_pointer (&loaded, prd_member_links_free);
  loaded = prd_member_links_load (store, member_id, &error);
  g_clear_pointer (&edited, prd_member_links_free);
  edited = prd_member_links_copy (loaded);
  g_ptr_array_set_size (edited->accounts, 0);
  g_assert_true (prd_member_links_save (store, m, loaded, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_member_query_count (q, store, &error), ==, 0);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int rc;

  prd_test_use_thai ();
  g_test_init (&argc, &argv, NULL);

  dir = prd_test_make_dir ();
  path = g_build_filename (dir, "links.sqlite", NULL);
  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, 60, NULL, NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/member-links/check-account", test_check_account);
  g_test_add_func ("/member-links/check-role", test_check_role);
  g_test_add_func ("/member-links/round-trip", test_round_trip);
  g_test_add_func ("/member-links/refusal-writes-nothing", test_refusal_writes_nothing);
  g_test_add_func ("/member-links/search-finds-new-handle", test_search_finds_new_handle);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
