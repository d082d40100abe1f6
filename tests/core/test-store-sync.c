/* Tests of the store's side of sync: error codes of constraints,
 * transactions that cannot stay open, revisions, prd_store_apply_remote,
 * replication checkpoints and the changed signal. Real SQLite files. */
#include <sqlite3.h>

#include "prd-test-util.h"
#include "store/prd-store.h"
#include "store/prd-store-sql.h"

typedef struct {
  char     *dir;
  char     *path;
  PrdStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = prd_test_make_dir ();
  f->path = g_build_filename (f->dir, "prdesk.sqlite", NULL);
  f->store = prd_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->store);
  prd_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static JsonObject *
new_memo (int year, int seq)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "memo_date", "2026-05-01");
  json_object_set_int_member (o, "number_year", year);
  json_object_set_int_member (o, "number_seq", seq);
  return o;
}

/* Errors and transactions */

static void
test_unique_error_code (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) first = new_memo (2026, 7);
  g_autoptr(JsonObject) second = new_memo (2026, 7);

  g_assert_true (prd_store_put (f->store, "memo", first, &error));
  g_assert_no_error (error);
  g_assert_false (prd_store_put (f->store, "memo", second, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_UNIQUE);
  g_assert_true (prd_store_error_is_constraint (error));
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM memo"), ==, 1);
  g_clear_error (&error);

  /* The other kinds have codes of their own. */
  {
    g_autoptr(JsonObject) bad = new_memo (2026, 0);   /* CHECK (number_seq > 0) */
    g_assert_false (prd_store_put (f->store, "memo", bad, &error));
    g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_CHECK);
    g_clear_error (&error);
  }
  {
    g_autoptr(JsonObject) bad = new_memo (2026, 8);
    json_object_set_string_member (bad, "group_id", "no-such-group");
    g_assert_false (prd_store_put (f->store, "memo", bad, &error));
    g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_FOREIGN_KEY);
    g_clear_error (&error);
  }
  {
    g_autoptr(JsonObject) bad = json_object_new ();   /* memo_date is NOT NULL */
    g_assert_false (prd_store_put (f->store, "memo", bad, &error));
    g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_NULL);
    g_clear_error (&error);
  }
  /* A hard delete is refused by a trigger. */
  g_assert_false (prd_store_exec (f->store, "DELETE FROM memo", &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_TRIGGER);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM memo"), ==, 1);
}

/* A deferred foreign key is checked at COMMIT, which fails and leaves the
 * transaction open in SQLite; the guard ends it, with no warning (the tests
 * run with fatal warnings). */
static void
test_failed_commit_deferred (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = prd_store_get_db (f->store);
  gint64 journal = prd_store_count (f->store, "SELECT count(*) FROM change_journal");
  PrdStoreTxn *txn = prd_store_txn_begin (f->store, &error);
  g_autoptr(JsonObject) memo = new_memo (2026, 1);

  g_assert_nonnull (txn);
  g_assert_false (sqlite3_get_autocommit (db));
  g_assert_true (prd_store_exec (f->store, "PRAGMA defer_foreign_keys = ON", &error));
  json_object_set_string_member (memo, "group_id", "no-such-group");
  g_assert_true (prd_store_put (f->store, "memo", memo, &error));
  g_assert_no_error (error);

  g_assert_false (prd_store_txn_commit (txn, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_FOREIGN_KEY);
  g_clear_error (&error);
  prd_store_txn_free (txn);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM memo"), ==, 0);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal);

  /* The next transaction is a transaction of its own. */
  {
    g_autoptr(PrdStoreTxn) next = prd_store_txn_begin (f->store, &error);
    g_autoptr(JsonObject) ok = new_memo (2026, 2);

    g_assert_nonnull (next);
    g_assert_true (prd_store_put (f->store, "memo", ok, &error));
    g_assert_true (prd_store_txn_commit (next, &error));
    g_assert_no_error (error);
  }
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM memo"), ==, 1);
}

/* A write that fails for a full disk inside a transaction: the guard, freed
 * without commit, undoes the writes before it, and the store is ready for
 * the next transaction. */
static void
test_failed_write_rolled_back (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = prd_store_get_db (f->store);
  gint64 schools = prd_store_count (f->store, "SELECT count(*) FROM school");
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                                            prd_store_count (f->store, "PRAGMA page_count") + 2);
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  PrdStoreTxn *txn;
  gboolean failed = FALSE;

  g_assert_true (prd_store_exec (f->store, limit, &error));
  txn = prd_store_txn_begin (f->store, &error);
  g_assert_nonnull (txn);
  for (int i = 0; i < 50 && !failed; i++)
    {
      g_autoptr(JsonObject) school = json_object_new ();

      json_object_set_string_member (school, "name", "โรงเรียนใหญ่");
      json_object_set_string_member (school, "notes", big);
      failed = !prd_store_put (f->store, "school", school, &error);
    }
  g_assert_true (failed);
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL);
  g_clear_error (&error);

  g_assert_false (sqlite3_get_autocommit (db));
  prd_store_txn_free (txn);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM school"), ==, schools);

  g_assert_true (prd_store_exec (f->store, "PRAGMA max_page_count = 1073741823", &error));
  {
    g_autoptr(PrdStoreTxn) next = prd_store_txn_begin (f->store, &error);
    g_autoptr(JsonObject) school = json_object_new ();

    g_assert_nonnull (next);
    json_object_set_string_member (school, "name", "โรงเรียนเล็ก");
    g_assert_true (prd_store_put (f->store, "school", school, &error));
    g_assert_true (prd_store_txn_commit (next, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM school"), ==, schools + 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store-sync/error/unique", test_unique_error_code);
  ADD ("/store-sync/txn/failed-commit-deferred", test_failed_commit_deferred);
  ADD ("/store-sync/txn/failed-write-rolled-back", test_failed_write_rolled_back);
#undef ADD

  return g_test_run ();
}
