/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every earlier database version upgrades to the newest, keeping its data. */
#include "prd-test-util.h"
#include "model/prd-member-query.h"
#include "store/prd-store.h"
#include "store/prd-store-sql.h"

static void
test_upgrade_from (gconstpointer data)
{
  int from = GPOINTER_TO_INT (data);
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *integrity = NULL;
  PrdStore *store;

  store = prd_store_open_at_version (path, from, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), ==, from);
  if (from >= 1)
    {
      /* A row as version 1 wrote it: the school table is there from the start. */
      g_assert_true (prd_store_exec (store,
                                     "INSERT INTO school (id, created_at, updated_at, name, district) "
                                     "VALUES ('s1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', "
                                     "'โรงเรียนบ้านเก่า', 'ดอนแก้ว')", &error));
      g_assert_no_error (error);
      /* Members as version 1 wrote them, one inactive: the search index
       * (0004) and the Thai sort keys (0006) must take them in. */
      g_assert_true (prd_store_exec (store,
                                     "INSERT INTO member (id, created_at, updated_at, title, given_name, surname, "
                                     "  school_id, phone, active) VALUES "
                                     "('m1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'นาง', 'สมศรี', "
                                     "  'หนองบัวแก้ว', 's1', '081-234-5678', 1), "
                                     "('m2', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'นาย', 'กมล', "
                                     "  'ใจดี', NULL, '089-000-1111', 0)", &error));
      g_assert_no_error (error);
    }
  g_assert_finalize_object (store);

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), ==, prd_store_latest_version ());
  if (from >= 1)
    {
      g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school WHERE name = 'โรงเรียนบ้านเก่า'"), ==, 1);
      /* Found by surname, by school, by bare phone digits; the inactive one
       * marked so; both in Thai name order (กมล before สมศรี). */
      g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"สมศรี\"'"), ==, 1);
      g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"บ้านเก่า\"'"), ==, 1);
      g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_fts WHERE member_fts MATCH '0812345678'"), ==, 1);
      g_assert_cmpint (prd_store_count (store, "SELECT rowid FROM member_fts WHERE member_fts MATCH 'prdinactive'"), ==,
                       prd_store_count (store, "SELECT rowid FROM member WHERE id = 'm2'"));
      {
        /* Part of the compound surname, as the registry asks for it. */
        g_autofree char *expr = prd_member_query_match_expression ("หนองบัว");
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM member_fts WHERE member_fts MATCH '%s'", expr);
        g_assert_cmpint (prd_store_count (store, sql), ==, 1);
      }
      g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_sort"), ==, 2);
      g_assert_cmpint (prd_store_count (store, "SELECT m.id = 'm2' FROM member_sort ms "
                                               "JOIN member m ON m.rowid = ms.member_rowid "
                                               "ORDER BY ms.name_key, ms.id LIMIT 1"), ==, 1);
    }
  /* Every synced table has its journal triggers after the upgrade. */
  g_assert_cmpint (prd_store_count (store,
                                    "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                    "AND name = 'member_journal_insert'"), ==, 1);
  g_assert_finalize_object (store);

  integrity = prd_test_integrity (path);
  g_assert_cmpstr (integrity, ==, "ok");
  prd_test_remove_dir (dir);
}

/* Opening twice applies nothing twice. */
static void
test_reopen_is_idempotent (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "db.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  PrdStore *store;
  gint64 groups;

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  groups = prd_store_count (store, "SELECT count(*) FROM office_group");
  g_assert_finalize_object (store);

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_group"), ==, groups);
  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

/* A file that is not a database is refused with a message, not a crash. */
static void
test_not_a_database (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  PrdStore *store;

  g_assert_true (g_file_set_contents (path, "นี่ไม่ใช่ฐานข้อมูล — this is not a database at all, just text.", -1, NULL));
  store = prd_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL);
  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_autoptr(GArray) versions = NULL;

  g_test_init (&argc, &argv, NULL);

  /* From an empty file and from every version but the newest. */
  versions = prd_store_known_versions ();
  for (guint i = 0; i < versions->len; i++)
    {
      int v = i == 0 ? 0 : g_array_index (versions, int, i - 1);
      g_autofree char *name = g_strdup_printf ("/migrations/upgrade-from-%d", v);
      g_test_add_data_func (name, GINT_TO_POINTER (v), test_upgrade_from);
    }
  g_test_add_func ("/migrations/reopen-is-idempotent", test_reopen_is_idempotent);
  g_test_add_func ("/migrations/not-a-database", test_not_a_database);
  return g_test_run ();
}
