/* The registry's query: search through the Thai index, filters, sort, paging. */
#include <string.h>

#include "registry-test-util.h"
#include "model/prd-member-query.h"
#include "thai/prd-thai.h"

static gint64
count_sql (PrdStore *store, const char *sql)
{
  gint64 n = prd_store_count (store, sql);
  g_assert_cmpint (n, >=, 0);
  return n;
}

static gint64
query_count (PrdMemberQuery *q, PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = prd_member_query_count (q, store, &error);

  g_assert_no_error (error);
  return n;
}

/* Ids the query gives, in order. */
static GPtrArray *
query_ids (PrdMemberQuery *q, PrdStore *store, const char *tail)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = prd_member_query_prepare (q, store, "m.id, m.given_name", tail, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return ids;
}

static void
put_member (PrdStore *store, const char *id, const char *given, const char *surname,
            const char *phone, const char *school_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) o = json_object_new ();

  json_object_set_string_member (o, "id", id);
  json_object_set_string_member (o, "category_id", "category-school-staff");
  json_object_set_string_member (o, "title", "นางสาว");
  json_object_set_string_member (o, "given_name", given);
  json_object_set_string_member (o, "surname", surname);
  json_object_set_string_member (o, "position", "ครูชำนาญการพิเศษ");
  json_object_set_string_member (o, "phone", phone);
  json_object_set_string_member (o, "district", "ดอนแก้ว");
  if (school_id != NULL)
    json_object_set_string_member (o, "school_id", school_id);
  g_assert_true (prd_store_put (store, "member", o, &error));
  g_assert_no_error (error);
}

static void
test_match_expression (void)
{
  g_autofree char *a = prd_member_query_match_expression ("  สมชาย   ใจ ");
  g_autofree char *b = prd_member_query_match_expression ("ab\"c");
  g_autofree char *c = prd_member_query_match_expression ("   ");
  g_autofree char *d = prd_member_query_match_expression (NULL);

  g_assert_cmpstr (a, ==, "\"สมชาย\" \"ใจ\"*");
  g_assert_cmpstr (b, ==, "\"ab\"\"c\"*");
  g_assert_cmpstr (c, ==, "");
  g_assert_cmpstr (d, ==, "");
}

static void
test_search_thai (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(JsonObject) school = NULL;
  g_autoptr(JsonObject) social = json_object_new ();
  const char *school_id;

  registry_fixture_open (&fx, 600);

  /* Everybody active and not deleted, before any search. */
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 AND active = 1"));

  /* A given name, whole and as a prefix, the way one types it. */
  prd_member_query_set_search_text (q, "สมชาย");
  g_assert_cmpint (query_count (q, fx.store), >, 0);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 AND active = 1 "
                                        "AND given_name = 'สมชาย'"));
  prd_member_query_set_search_text (q, "สมช");
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 AND active = 1 "
                                        "AND given_name = 'สมชาย'"));
  /* Counted in the index alone, inactive members in or out as asked. */
  prd_member_query_set_search_text (q, "ครู");
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 AND active = 1 "
                                        "AND position LIKE 'ครู%'"));
  prd_member_query_set_include_inactive (q, TRUE);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 "
                                        "AND position LIKE 'ครู%'"));
  g_assert_cmpint (count_sql (fx.store, "SELECT count(*) FROM member WHERE active = 0"), >, 0);
  prd_member_query_set_include_inactive (q, FALSE);

  /* A person of our own, found by surname, phone digits, school, handle. */
  school_id = "school-search-test";
  school = json_object_new ();
  json_object_set_string_member (school, "id", school_id);
  json_object_set_string_member (school, "name", "โรงเรียนบ้านหนองบัวทอง");
  json_object_set_string_member (school, "district", "ห้วยพลู");
  g_assert_true (prd_store_put (fx.store, "school", school, &error));
  g_assert_no_error (error);
  put_member (fx.store, "member-search-1", "พิมพ์ชนก", "ศรีสุวรรณวงศ์", "081-234-5678", school_id);

  prd_member_query_set_search_text (q, "ศรีสุวรรณวงศ์");
  ids = query_ids (q, fx.store, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "member-search-1");
  g_clear_pointer (&ids, g_ptr_array_unref);

  prd_member_query_set_search_text (q, "พิมพ์ชนก ศรีสุ");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);
  prd_member_query_set_search_text (q, "0812345");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);
  prd_member_query_set_search_text (q, "081-234");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);
  prd_member_query_set_search_text (q, "โรงเรียนบ้านหนองบัวทอง");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);
  prd_member_query_set_search_text (q, "ครูชำนาญการพิเศษ ศรีสุวรรณ");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);
  /* Thai has no spaces: a word inside a longer run is found too. */
  prd_member_query_set_search_text (q, "ชำนาญการพิเศษ");
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 AND active = 1 "
                                        "AND position LIKE '%ชำนาญการพิเศษ%'"));
  prd_member_query_set_search_text (q, "พิเศษ");
  g_assert_cmpint (query_count (q, fx.store), >, 1);

  /* The school is renamed: the index follows (trigger on school). */
  json_object_set_string_member (school, "name", "โรงเรียนอนุบาลห้วยพลู");
  g_assert_true (prd_store_put (fx.store, "school", school, &error));
  g_assert_no_error (error);
  prd_member_query_set_search_text (q, "โรงเรียนบ้านหนองบัวทอง");
  g_assert_cmpint (query_count (q, fx.store), ==, 0);
  prd_member_query_set_search_text (q, "โรงเรียนอนุบาลห้วยพลู");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);

  /* A social account added later is found by its handle. */
  json_object_set_string_member (social, "member_id", "member-search-1");
  json_object_set_string_member (social, "platform", "tiktok");
  json_object_set_string_member (social, "handle", "krupimchanok");
  g_assert_true (prd_store_put (fx.store, "social_account", social, &error));
  g_assert_no_error (error);
  prd_member_query_set_search_text (q, "krupim");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);

  /* Changed handle: the old one is gone from the index. */
  json_object_set_string_member (social, "handle", "kru_pim_official");
  g_assert_true (prd_store_put (fx.store, "social_account", social, &error));
  g_assert_no_error (error);
  prd_member_query_set_search_text (q, "krupim");
  g_assert_cmpint (query_count (q, fx.store), ==, 0);
  prd_member_query_set_search_text (q, "kru_pim_off");
  g_assert_cmpint (query_count (q, fx.store), ==, 1);

  /* Deleted members never appear. */
  g_assert_true (prd_store_tombstone (fx.store, "member", "member-search-1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_count (q, fx.store), ==, 0);

  /* Words with only punctuation are no search at all; quotes cannot break it. */
  prd_member_query_set_search_text (q, "\"");
  g_assert_cmpint (query_count (q, fx.store), ==, 0);
  prd_member_query_set_search_text (q, "-");
  g_assert_cmpint (query_count (q, fx.store), ==, 0);

  registry_fixture_close (&fx);
}

static void
test_filters (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();

  registry_fixture_open (&fx, 600);

  prd_member_query_set_include_inactive (q, TRUE);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0"));

  prd_member_query_set_internal (q, 0);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 AND internal = 0"));
  prd_member_query_set_internal (q, -1);

  prd_member_query_set_category_id (q, "category-media");
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 "
                                        "AND category_id = 'category-media'"));
  prd_member_query_set_category_id (q, "");
  g_assert_null (prd_member_query_get_category_id (q));

  prd_member_query_set_district (q, "ดอนแก้ว");
  g_assert_cmpint (query_count (q, fx.store), >, 0);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 "
                                        "AND district = 'ดอนแก้ว'"));
  prd_member_query_set_district (q, NULL);

  prd_member_query_set_committee_only (q, TRUE);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(DISTINCT member_id) FROM committee_role "
                                        "WHERE deleted = 0"));
  prd_member_query_set_committee_only (q, FALSE);

  prd_member_query_set_joined_from (q, "2024-01-01");
  prd_member_query_set_joined_to (q, "2024-12-31");
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 "
                                        "AND joined_at BETWEEN '2024-01-01' AND '2024-12-31'"));
  prd_member_query_set_joined_from (q, NULL);
  prd_member_query_set_joined_to (q, NULL);

  prd_member_query_set_consent_contact (q, 0);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 "
                                        "AND consent_contact = 0"));
  prd_member_query_set_consent_contact (q, -1);

  prd_member_query_set_include_inactive (q, FALSE);
  g_assert_cmpint (query_count (q, fx.store), ==,
                   count_sql (fx.store, "SELECT count(*) FROM member WHERE deleted = 0 AND active = 1"));

  registry_fixture_close (&fx);
}

static void
test_sort_and_page (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) desc = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  g_autofree char *prev = NULL;
  guint n = 0;

  registry_fixture_open (&fx, 600);

  /* Given names come out in Thai order: a leading vowel does not decide,
   * so ใจทิพย์ (จ) comes before ชุติมา (ช), which byte order would not do. */
  stmt = prd_member_query_prepare (q, fx.store, "m.given_name", NULL, &error);
  g_assert_no_error (error);
  {
    gint64 pos_jai = -1, pos_chu = -1, i = 0;
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        const char *g = (const char *) sqlite3_column_text (stmt, 0);
        if (g_str_equal (g, "ใจทิพย์") && pos_jai < 0)
          pos_jai = i;
        if (g_str_equal (g, "ชุติมา") && pos_chu < 0)
          pos_chu = i;
        i++;
      }
    g_assert_cmpint (pos_jai, >=, 0);
    g_assert_cmpint (pos_chu, >=, 0);
    g_assert_cmpint (pos_jai, <, pos_chu);
    sqlite3_reset (stmt);
  }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *g = (const char *) sqlite3_column_text (stmt, 0);
      if (prev != NULL)
        g_assert_cmpint (prd_thai_compare (prev, g), <=, 0);
      g_free (prev);
      prev = g_strdup (g);
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (n, ==, query_count (q, fx.store));

  /* Descending is the exact reverse; a page is a slice of the whole. */
  all = query_ids (q, fx.store, NULL);
  prd_member_query_set_descending (q, TRUE);
  desc = query_ids (q, fx.store, NULL);
  g_assert_cmpuint (all->len, ==, desc->len);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpstr (g_ptr_array_index (all, i), ==, g_ptr_array_index (desc, all->len - 1 - i));
  prd_member_query_set_descending (q, FALSE);

  stmt = prd_member_query_prepare (q, fx.store, "m.id", "LIMIT ?1000 OFFSET ?1001", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1000, 10);
  sqlite3_bind_int (stmt, 1001, 100);
  n = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==,
                       g_ptr_array_index (all, 100 + n));
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 10);

  /* Paging works with a search filter bound before the tail. */
  prd_member_query_set_district (q, "ห้วยพลู");
  stmt = prd_member_query_prepare (q, fx.store, "m.district", "LIMIT ?1000", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1000, 5);
  n = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ห้วยพลู");
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 5);
  prd_member_query_set_district (q, NULL);

  /* Every sort runs, joined aliases s and c are usable. */
  for (int s = PRD_MEMBER_SORT_GIVEN_NAME; s <= PRD_MEMBER_SORT_JOINED; s++)
    {
      prd_member_query_set_sort (q, s);
      stmt = prd_member_query_prepare (q, fx.store, "m.id, s.name, c.label, m.joined_at, c.sort_order",
                                       NULL, &error);
      g_assert_no_error (error);
      n = 0;
      prev = (g_free (prev), NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          if (s == PRD_MEMBER_SORT_JOINED && sqlite3_column_type (stmt, 3) != SQLITE_NULL)
            {
              const char *j = (const char *) sqlite3_column_text (stmt, 3);
              if (prev != NULL)
                g_assert_cmpstr (prev, <=, j);
              g_free (prev);
              prev = g_strdup (j);
            }
          n++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpint (n, ==, query_count (q, fx.store));
    }

  registry_fixture_close (&fx);
}

static void
on_changed (PrdMemberQuery *q, int *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  PrdMemberQuery *q = prd_member_query_new ();
  g_autoptr(PrdMemberQuery) copy = NULL;
  int changed = 0;

  g_signal_connect (q, "changed", G_CALLBACK (on_changed), &changed);
  prd_member_query_set_search_text (q, "ครู");
  g_assert_cmpint (changed, ==, 1);
  prd_member_query_set_search_text (q, "ครู");   /* same value: nothing */
  g_assert_cmpint (changed, ==, 1);
  g_object_set (q, "district", "ดอนแก้ว", "sort", PRD_MEMBER_SORT_DISTRICT, NULL);
  g_assert_cmpint (changed, ==, 3);
  prd_member_query_set_internal (q, 1);
  g_assert_cmpint (changed, ==, 4);

  copy = prd_member_query_copy (q);
  g_assert_cmpstr (prd_member_query_get_search_text (copy), ==, "ครู");
  g_assert_cmpstr (prd_member_query_get_district (copy), ==, "ดอนแก้ว");
  g_assert_cmpint (prd_member_query_get_sort (copy), ==, PRD_MEMBER_SORT_DISTRICT);
  g_assert_cmpint (prd_member_query_get_internal (copy), ==, 1);
  g_assert_finalize_object (q);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/registry-core/query/match-expression", test_match_expression);
  g_test_add_func ("/registry-core/query/search-thai", test_search_thai);
  g_test_add_func ("/registry-core/query/filters", test_filters);
  g_test_add_func ("/registry-core/query/sort-and-page", test_sort_and_page);
  g_test_add_func ("/registry-core/query/changed-signal", test_changed_signal);
  return g_test_run ();
}
