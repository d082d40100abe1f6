/* Every earlier database version upgrades to the newest, keeping its data. */
#include "prd-test-util.h"
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
    }
  g_assert_finalize_object (store);

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), ==, prd_store_latest_version ());
  if (from >= 1)
    g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school WHERE name = 'โรงเรียนบ้านเก่า'"), ==, 1);
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
