/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry's query: search through the Thai index, filters, sort, paging. */
#include <string.h>

#include "registry-test-util.h"
#include "io/prd-member-import.h"
#include "model/prd-member-pdpa.h"
#include "model/prd-member-query.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

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

  g_autofree char *e = prd_member_query_match_expression ("หนองบัว");

  /* A Thai word matches whole or as the words a longer name holds. */
  g_assert_cmpstr (a, ==, "(\"สมชาย\" OR \"สม ชาย\") AND \"ใจ\"*");
  g_assert_cmpstr (e, ==, "(\"หนองบัว\"* OR \"หนอง บัว\"*)");
  g_assert_cmpstr (b, ==, "\"ab\"\"c\"*");
  g_assert_cmpstr (c, ==, "");
  g_assert_cmpstr (d, ==, "");
}

/* Place and school names are what people type, and the index holds them cut
 * into words (โรงเรียน|บ้าน|หนอง|บัว|แดง): a part of a compound name, typed
 * whole or still being typed, finds the school. */
static void
test_search_place_names (void)
{
  static const struct { const char *school; const char *typed; } cases[] = {
    { "โรงเรียนบ้านหนองบัวแดง", "หนองบัว" },
    { "โรงเรียนบ้านหนองบัวแดง", "บ้านหนองบัว" },
    { "โรงเรียนบ้านหนองบัวแดง", "หนองบัวแด" },
    { "โรงเรียนบ้านหนองบัวแดง", "บัวแดง" },
    { "โรงเรียนดอนแก้ววิทยา", "ดอนแก้ว" },
    { "โรงเรียนท่าอุเทนพิทยาคม", "ท่าอุเทน" },
    { "โรงเรียนท่าอุเทนพิทยาคม", "อุเทนพิทยา" },
    { "โรงเรียนบ้านห้วยทรายทอง", "ห้วย" },
    { "โรงเรียนบ้านห้วยทรายทอง", "ห้วยทราย" },
    { "โรงเรียนชุมชนบ้านโนนสะอาด", "โนนสะอาด" },
    { "โรงเรียนชุมชนบ้านโนนสะอาด", "ชุมชนบ้านโนน" },
  };
  RegistryFixture fx;

  registry_fixture_open (&fx, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *school_id = g_strdup_printf ("school-place-%u", i);
      g_autofree char *member_id = g_strdup_printf ("member-place-%u", i);
      g_autofree char *phone = g_strdup_printf ("081-000-%04u", i);

      g_autoptr(JsonObject) o = json_object_new ();
      g_autoptr(GError) error = NULL;

      registry_put_school (fx.store, school_id, cases[i].school, NULL);
      json_object_set_string_member (o, "id", member_id);
      json_object_set_string_member (o, "category_id", "category-school-staff");
      json_object_set_string_member (o, "given_name", "สมศรี");
      json_object_set_string_member (o, "surname", "มีสุข");
      json_object_set_string_member (o, "phone", phone);
      json_object_set_string_member (o, "district", "เมือง");
      json_object_set_string_member (o, "school_id", school_id);
      g_assert_true (prd_store_put (fx.store, "member", o, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
      guint want = 0;

      for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
        want += g_str_equal (cases[j].school, cases[i].school);
      prd_member_query_set_search_text (q, cases[i].typed);
      if (query_count (q, fx.store) != want)
        g_error ("searching %s: %" G_GINT64_FORMAT " members of %s found, %u wanted",
                 cases[i].typed, query_count (q, fx.store), cases[i].school, want);
    }
  registry_fixture_close (&fx);
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

/* member_sort (migration 0006) holds, for every member, the key of its
 * current names: after the demo, edits, an import and an erase. */
static void
assert_sort_keys_fresh (PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = prd_store_prepare (store,
    "SELECT m.given_name, m.surname, m.id, ms.name_key, ms.id FROM member m "
    "LEFT JOIN member_sort ms ON ms.member_rowid = m.rowid", &error);
  guint n = 0;

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *given = prd_thai_sort_key ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *surname = prd_thai_sort_key ((const char *) sqlite3_column_text (stmt, 1));
      g_autofree char *want = g_strdup_printf ("%s%c%s", given, '\x01', surname);
      const guchar *key = sqlite3_column_blob (stmt, 3);
      int len = sqlite3_column_bytes (stmt, 3);

      /* given 0x00 surname (0x01 above stands for the zero byte). */
      want[strlen (given)] = '\0';
      g_assert_nonnull (key);
      g_assert_cmpmem (key, len, want, strlen (given) + 1 + strlen (surname));
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==,
                       (const char *) sqlite3_column_text (stmt, 2));
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpint (count_sql (store, "SELECT count(*) FROM member_sort"), ==,
                   count_sql (store, "SELECT count(*) FROM member"));
}

/* The order the query promises, computed the slow way from COLLATE THAI. */
static GPtrArray *
reference_ids (PrdStore *store, const char *where, gboolean descending, gboolean inactive)
{
  g_autoptr(GError) error = NULL;
  const char *dir = descending ? " DESC" : "";
  g_autofree char *sql = g_strdup_printf ("SELECT m.id FROM member m WHERE m.deleted = 0 %3$s %1$s "
                                          "ORDER BY m.given_name COLLATE THAI%2$s, "
                                          "m.surname COLLATE THAI%2$s, m.id%2$s", where, dir,
                                          inactive ? "" : "AND m.active = 1");
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, &error);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return ids;
}

static void
assert_same_ids (GPtrArray *got, GPtrArray *want, guint n)
{
  g_assert_cmpuint (got->len, ==, MIN (n, want->len));
  for (guint i = 0; i < got->len; i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, g_ptr_array_index (want, i));
}

static void
test_sort_keys (void)
{
  RegistryFixture fx;
  g_autoptr(PrdMemberQuery) q = prd_member_query_new ();
  g_autoptr(PrdMemberImport) imp = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) o = NULL;
  PrdImportCounts counts;

  /* Enough members that each way of finding a page is taken below (the
   * query walks the name index from 500 matches on). */
  registry_fixture_open (&fx, 2000);
  assert_sort_keys_fresh (fx.store);

  /* Edits: a new member, a rename, a surname only, an erase. */
  put_member (fx.store, "sort-1", "กมล", "ใจดี", "095-555-0001", NULL);
  put_member (fx.store, "sort-2", "ฮูหยิน", "ก", "095-555-0002", NULL);
  put_member (fx.store, "sort-2", "ก", "ฮูหยิน", "095-555-0002", NULL);
  o = prd_store_get (fx.store, "member", "sort-1", &error);
  g_assert_no_error (error);
  json_object_set_string_member (o, "surname", "อักษร");
  g_assert_true (prd_store_put (fx.store, "member", o, &error));
  g_assert_no_error (error);
  g_assert_true (prd_store_exec (fx.store, "UPDATE member SET given_name = 'ไก่' WHERE id = 'sort-1'", &error));
  assert_sort_keys_fresh (fx.store);
  g_assert_true (prd_member_pdpa_erase (fx.store, "sort-2", "test", &error));
  g_assert_no_error (error);
  assert_sort_keys_fresh (fx.store);

  /* An import (it suspends the search triggers while it writes). */
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp,
    "ชื่อ,นามสกุล,เบอร์โทรศัพท์\nอภิชาติ,,099-987-6541\nกรรณิการ์,ลำดับเรียง,099-987-6542\n",
    -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_true (prd_member_import_run (imp, NULL, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 2);
  assert_sort_keys_fresh (fx.store);

  /* An import that merges into an existing member changes its sorted name
   * (fills the surname it lacked: a merge never renames another person). */
  g_clear_object (&imp);
  imp = prd_member_import_new (fx.store);
  g_assert_true (prd_member_import_load_data (imp,
    "ชื่อ,นามสกุล,เบอร์โทรศัพท์\nอภิชาติ,เรียงลำดับใหม่,099-987-6541\n",
    -1, PRD_IMPORT_ENCODING_AUTO, &error));
  g_assert_true (prd_member_import_analyze (imp, NULL, &error));
  g_assert_true (prd_member_import_run (imp, NULL, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.merged, ==, 1);
  g_assert_cmpint (count_sql (fx.store, "SELECT count(*) FROM member WHERE surname = 'เรียงลำดับใหม่'"), ==, 1);
  assert_sort_keys_fresh (fx.store);

  /* Pages come in exactly the COLLATE THAI order whichever way the query
   * finds them: walking the name index (broad) or sorting the matches
   * (narrow), ascending and descending, with and without a search. */
  g_assert_true (prd_store_exec (fx.store, "UPDATE member SET active = 0 WHERE rowid % 7 = 0", &error));
  for (int n = 0; n < 4; n++)
    {
      int desc = n & 1, inactive = n >> 1;

      prd_member_query_set_descending (q, desc);
      prd_member_query_set_include_inactive (q, inactive);
      /* No search (walk), one letter (most rows match: ask the index row by
       * row), a long prefix that most rows match (walk against the match
       * set), a narrow one (sort the matches), none. */
      for (guint i = 0; i < 5; i++)
        {
          static const char *const texts[] = { NULL, "น", "ครู", "ใจดี", "zzzz" };
          static const char *const where[] = {
            "",
            "AND m.rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH '\"น\"*')",
            "AND m.rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH '\"ครู\"*')",
            "AND m.rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH '\"ใจดี\"*')",
            "AND 0",
          };
          g_autoptr(GPtrArray) want = reference_ids (fx.store, where[i], desc, inactive);
          g_autoptr(GPtrArray) page = NULL;
          g_autoptr(GPtrArray) all = NULL;

          prd_member_query_set_search_text (q, texts[i]);
          page = query_ids (q, fx.store, "LIMIT 60");
          all = query_ids (q, fx.store, NULL);
          assert_same_ids (page, want, 60);
          assert_same_ids (all, want, G_MAXUINT);
          g_assert_cmpint (query_count (q, fx.store), ==, want->len);
          /* Again after the count, which the query then reuses. */
          g_clear_pointer (&page, g_ptr_array_unref);
          page = query_ids (q, fx.store, "LIMIT 60");
          assert_same_ids (page, want, 60);
          g_test_message ("%s: %u matches", texts[i] ? texts[i] : "(none)", want->len);
        }
    }

  /* What a count found is not reused once anything was written, here or
   * through another connection: the new members are on the first page. */
  prd_member_query_set_descending (q, FALSE);
  prd_member_query_set_include_inactive (q, FALSE);
  prd_member_query_set_search_text (q, "น");
  for (int other = 0; other <= 1; other++)
    {
      g_autoptr(PrdStore) second = other ? prd_store_open (fx.path, &error) : g_object_ref (fx.store);
      g_autoptr(GPtrArray) want = NULL;
      g_autoptr(GPtrArray) page = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (query_count (q, fx.store), >=, 500);
      put_member (second, other ? "sort-new-2" : "sort-new-1", "กก", "นาคา",
                  other ? "099-987-6552" : "099-987-6551", NULL);
      want = reference_ids (fx.store, "AND m.rowid IN (SELECT rowid FROM member_fts "
                                      "WHERE member_fts MATCH '\"น\"*')", FALSE, FALSE);
      page = query_ids (q, fx.store, "LIMIT 60");
      assert_same_ids (page, want, 60);
      g_assert_true (g_ptr_array_find_with_equal_func (page, other ? "sort-new-2" : "sort-new-1",
                                                       g_str_equal, NULL));
    }
  registry_fixture_close (&fx);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/registry-core/query/match-expression", test_match_expression);
  g_test_add_func ("/registry-core/query/search-thai", test_search_thai);
  g_test_add_func ("/registry-core/query/search-place-names", test_search_place_names);
  g_test_add_func ("/registry-core/query/filters", test_filters);
  g_test_add_func ("/registry-core/query/sort-and-page", test_sort_and_page);
  g_test_add_func ("/registry-core/query/changed-signal", test_changed_signal);
  g_test_add_func ("/registry-core/query/sort-keys", test_sort_keys);
  return g_test_run ();
}
