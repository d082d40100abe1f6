/* The demo office: its shape, and that every run writes the same office. */
#include "model/prd-demo.h"
#include "model/prd-office.h"
#include "prd-test-util.h"
#include "store/prd-store-sql.h"

static PrdStore *
demo_store (const char *dir,
            const char *name,
            guint       members)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PrdStore *store = prd_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, members, NULL, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static char *
names_digest (PrdStore *store)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
                                          "SELECT title || given_name || ' ' || surname || phone "
                                          "FROM member ORDER BY rowid", NULL);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_checksum_update (sum, sqlite3_column_text (stmt, 0), -1);
  sqlite3_finalize (stmt);
  return g_strdup (g_checksum_get_string (sum));
}

static void
test_shape (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  PrdStore *store = demo_store (dir, "demo.sqlite", PRD_DEMO_DEFAULT_MEMBERS);
  PrdOffice *office = prd_office_load (store, NULL);

  g_assert_true (prd_office_is_set_up (office));
  g_assert_cmpstr (prd_office_get_short_name (office), ==, "สพป.นครธารทอง เขต 2");
  g_assert_finalize_object (office);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school"), ==, 185);
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT district) FROM school"), ==, 6);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school WHERE joined_network"), ==, 71);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member"), ==, PRD_DEMO_DEFAULT_MEMBERS);
  /* Every category has members, both networks are there. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_category c WHERE NOT EXISTS "
                                           "(SELECT 1 FROM member m WHERE m.category_id = c.id)"), ==, 0);
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT internal) FROM member"), ==, 2);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM social_account WHERE platform = 'tiktok'"), >, 50);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM committee_role"), ==, 19);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM committee_role WHERE in_network_group"), ==, 12);
  /* Memos in every state of seed 004's form: four decided on, by six decisions. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT subject_id) FROM decision"), ==, 4);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision"), ==, 6);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_signer WHERE role = 'director'"), ==, 1);
  /* Demo phones are all in the 555 block: nobody real gets a call. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member WHERE phone NOT LIKE '09_-555-____'"), ==, 0);
  /* Everything went through the journal. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT record_id) FROM change_journal WHERE table_name = 'member'"),
                   ==, PRD_DEMO_DEFAULT_MEMBERS);

  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

static void
test_deterministic (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  PrdStore *a = demo_store (dir, "a.sqlite", 300);
  PrdStore *b = demo_store (dir, "b.sqlite", 300);
  g_autofree char *da = names_digest (a);
  g_autofree char *db = names_digest (b);

  g_assert_cmpstr (da, ==, db);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  prd_test_remove_dir (dir);
}

static void
test_only_into_empty (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  PrdStore *store = demo_store (dir, "demo.sqlite", 10);
  g_autoptr(GError) error = NULL;

  g_assert_false (prd_demo_generate (store, 10, NULL, NULL, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member"), ==, 10);
  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/shape", test_shape);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/only-into-empty", test_only_into_empty);
  return g_test_run ();
}
