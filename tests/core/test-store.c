/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of core/store: opening, records, journal, tombstones, backup. */
#include <sqlite3.h>

#include "prd-test-util.h"
#include "store/prd-store.h"
#include "store/prd-store-inserter.h"
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
  f->path = g_build_filename (f->dir, "sub", "prdesk.sqlite", NULL);
  f->store = prd_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autofree char *sub = g_path_get_dirname (f->path);

  g_assert_finalize_object (f->store);
  prd_test_remove_dir (sub);
  prd_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static JsonObject *
new_school (const char *name)
{
  JsonObject *o = json_object_new ();
  json_object_set_string_member (o, "name", name);
  json_object_set_string_member (o, "district", "ดอนแก้ว");
  return o;
}

static void
test_open_settings (Fixture *f, gconstpointer data)
{
  g_assert_cmpint (prd_store_count (f->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (prd_store_get_version (f->store), ==, prd_store_latest_version ());
  g_assert_cmpint (prd_store_count (f->store, "PRAGMA user_version"), ==, prd_store_latest_version ());
  {
    sqlite3_stmt *stmt = prd_store_prepare (f->store, "PRAGMA journal_mode", NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
  }
  /* The defaults: ten groups of seed 004 and 18 information categories. */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM office_group"), ==, 10);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM news_category"), ==, 18);
}

static void
test_put_get_revisions (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) school = new_school ("โรงเรียนบ้านดอนแก้ว");
  g_autoptr(JsonObject) back = NULL;
  gint64 journal_before = prd_store_count (f->store, "SELECT count(*) FROM change_journal");
  const char *id;

  g_assert_true (prd_store_put (f->store, "school", school, &error));
  g_assert_no_error (error);
  id = json_object_get_string_member (school, "id");
  g_assert_true (g_uuid_string_is_valid (id));

  back = prd_store_get (f->store, "school", id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (back, "name"), ==, "โรงเรียนบ้านดอนแก้ว");
  g_assert_cmpint (json_object_get_int_member (back, "rev"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (back, "deleted"), ==, 0);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (back, "created_at"), "Z"));

  /* A second write bumps the revision and keeps created_at. */
  json_object_set_string_member (school, "phone", "077-555-000");
  json_object_remove_member (school, "created_at");
  json_object_remove_member (school, "rev");
  g_assert_true (prd_store_put (f->store, "school", school, &error));
  g_clear_pointer (&back, json_object_unref);
  back = prd_store_get (f->store, "school", id, &error);
  g_assert_cmpint (json_object_get_int_member (back, "rev"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (back, "phone"), ==, "077-555-000");
  g_assert_cmpstr (json_object_get_string_member (back, "name"), ==, "โรงเรียนบ้านดอนแก้ว");

  /* Both writes are in the journal, with their revisions. */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal_before + 2);
  g_assert_cmpint (prd_store_count (f->store, "SELECT max(rev) FROM change_journal WHERE table_name = 'school'"), ==, 2);
}

static void
test_tombstone_not_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) school = new_school ("โรงเรียนบ้านห้วยพลู");
  g_autoptr(JsonObject) back = NULL;
  const char *id;

  g_assert_true (prd_store_put (f->store, "school", school, &error));
  id = json_object_get_string_member (school, "id");
  g_assert_true (prd_store_tombstone (f->store, "school", id, &error));
  g_assert_no_error (error);

  back = prd_store_get (f->store, "school", id, &error);
  g_assert_nonnull (back);
  g_assert_cmpint (json_object_get_int_member (back, "deleted"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (back, "rev"), ==, 2);
  g_assert_cmpint (prd_store_count (f->store, "SELECT deleted FROM change_journal ORDER BY seq DESC LIMIT 1"), ==, 1);

  /* A hard delete is refused by the database itself. */
  g_assert_false (prd_store_exec (f->store, "DELETE FROM school", &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_TRIGGER);
  g_clear_error (&error);

  g_assert_false (prd_store_tombstone (f->store, "school", "no-such-id", &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND);
}

static void
test_refuses_unknown_fields (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) school = new_school ("โรงเรียนบ้านนา");

  json_object_set_string_member (school, "nmae", "typo");
  g_assert_false (prd_store_put (f->store, "school", school, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nmae"));
  g_clear_error (&error);

  g_assert_false (prd_store_put (f->store, "no_table", school, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM school"), ==, 0);
}

static void
test_rollback_leaves_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 journal = prd_store_count (f->store, "SELECT count(*) FROM change_journal");

  PrdStoreTxn *outer = prd_store_txn_begin (f->store, &error);
  PrdStoreTxn *inner;

  g_assert_nonnull (outer);
  for (int i = 0; i < 5; i++)
    {
      g_autoptr(JsonObject) school = new_school ("โรงเรียนชั่วคราว");
      g_assert_true (prd_store_put (f->store, "school", school, &error));
    }
  /* A nested transaction rolls back alone. */
  inner = prd_store_txn_begin (f->store, &error);
  g_assert_nonnull (inner);
  {
    g_autoptr(JsonObject) school = new_school ("ซ้อน");
    g_assert_true (prd_store_put (f->store, "school", school, &error));
  }
  prd_store_txn_free (inner);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM school"), ==, 5);
  prd_store_txn_free (outer);

  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM school"), ==, 0);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal);
}

static void
test_foreign_keys (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) member = json_object_new ();

  json_object_set_string_member (member, "given_name", "อรุณี");
  json_object_set_string_member (member, "school_id", "not-a-school");
  g_assert_false (prd_store_put (f->store, "member", member, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_FOREIGN_KEY);
}

static void
test_refuses_newer_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) again = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", prd_store_latest_version () + 1);

  g_assert_true (prd_store_exec (f->store, sql, &error));
  again = prd_store_open (f->path, &error);
  g_assert_null (again);
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "PR Desk"));
}

static void
test_backup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "backup.sqlite", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "missing-folder", "backup.sqlite", NULL);
  g_autofree char *ok = NULL;
  g_autoptr(PrdStore) copy = NULL;

  for (int i = 0; i < 50; i++)
    {
      g_autoptr(JsonObject) school = new_school ("โรงเรียนสำรอง");
      g_assert_true (prd_store_put (f->store, "school", school, &error));
    }
  g_assert_true (prd_store_backup (f->store, dest, NULL, NULL, &error));
  g_assert_no_error (error);

  ok = prd_test_integrity (dest);
  g_assert_cmpstr (ok, ==, "ok");
  copy = prd_store_open (dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (copy, "SELECT count(*) FROM school"), ==, 50);
  g_clear_object (&copy);
  g_unlink (dest);
  {
    g_autofree char *wal = g_strconcat (dest, "-wal", NULL);
    g_autofree char *shm = g_strconcat (dest, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }

  /* A failing backup says where, and leaves no half file. */
  g_assert_false (prd_store_backup (f->store, bad, NULL, NULL, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_BACKUP);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

static void
on_backup_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (prd_store_backup_finish (PRD_STORE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* The window's path: a backup in a thread while the main loop runs. */
static void
test_backup_async (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "async.sqlite", NULL);
  g_autofree char *ok = NULL;
  gboolean done = FALSE;
  g_autoptr(JsonObject) school = new_school ("โรงเรียนบ้านสำรอง");

  g_assert_true (prd_store_put (f->store, "school", school, &error));
  prd_store_backup_async (f->store, dest, NULL, on_backup_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  ok = prd_test_integrity (dest);
  g_assert_cmpstr (ok, ==, "ok");
  g_unlink (dest);
}

/* The bulk inserter: sync columns filled, unset values take the column's
 * default, the journal sees every row, ids are time-ordered UUIDs. */
static void
test_inserter (Fixture *f, gconstpointer data)
{
  static const char *const columns[] = { "name", "district", "joined_network", "joined_at", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStoreInserter) ins = NULL;
  g_autoptr(JsonObject) back = NULL;
  g_autofree char *first = NULL, *second = NULL;
  gint64 journal_before = prd_store_count (f->store, "SELECT count(*) FROM change_journal");

  ins = prd_store_inserter_new (f->store, "school", columns, &error);
  g_assert_no_error (error);

  prd_store_inserter_set_text (ins, 0, "โรงเรียนบ้านหนองบัว");
  prd_store_inserter_set_text (ins, 1, "ดอนแก้ว");
  prd_store_inserter_set_int (ins, 2, 1);
  first = g_strdup (prd_store_inserter_insert (ins, &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (first));

  /* Nothing set but the name: district '' and joined_network 0 by default,
   * joined_at NULL; the values of the row before do not carry over. */
  prd_store_inserter_set_text (ins, 0, "โรงเรียนบ้านโคกสูง");
  second = g_strdup (prd_store_inserter_insert (ins, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (first, <, second);

  back = prd_store_get (f->store, "school", second, &error);
  g_assert_cmpstr (json_object_get_string_member (back, "name"), ==, "โรงเรียนบ้านโคกสูง");
  g_assert_cmpstr (json_object_get_string_member (back, "district"), ==, "");
  g_assert_cmpint (json_object_get_int_member (back, "joined_network"), ==, 0);
  g_assert_true (json_object_get_null_member (back, "joined_at"));
  g_assert_cmpint (json_object_get_int_member (back, "rev"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (back, "deleted"), ==, 0);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (back, "created_at"), "Z"));
  g_assert_cmpstr (json_object_get_string_member (back, "created_at"), ==,
                   json_object_get_string_member (back, "updated_at"));
  g_clear_pointer (&back, json_object_unref);
  back = prd_store_get (f->store, "school", first, &error);
  g_assert_cmpint (json_object_get_int_member (back, "joined_network"), ==, 1);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal_before + 2);

  /* A NOT NULL column without a default left unset: an error, no row. */
  g_assert_null (prd_store_inserter_insert (ins, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_NULL);
  g_clear_error (&error);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM school"), ==, 2);

  /* A column the table does not have is refused up front. */
  {
    static const char *const wrong[] = { "name", "colour", NULL };
    g_assert_null (prd_store_inserter_new (f->store, "school", wrong, &error));
    g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store/open-settings", test_open_settings);
  ADD ("/store/put-get-revisions", test_put_get_revisions);
  ADD ("/store/tombstone-not-delete", test_tombstone_not_delete);
  ADD ("/store/refuses-unknown-fields", test_refuses_unknown_fields);
  ADD ("/store/rollback-leaves-nothing", test_rollback_leaves_nothing);
  ADD ("/store/foreign-keys", test_foreign_keys);
  ADD ("/store/refuses-newer-database", test_refuses_newer_database);
  ADD ("/store/inserter", test_inserter);
  ADD ("/store/backup", test_backup);
  ADD ("/store/backup-async", test_backup_async);
#undef ADD

  return g_test_run ();
}
