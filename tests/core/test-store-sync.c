/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the store's side of sync: error codes of constraints,
 * transactions that cannot stay open, revisions, prd_store_apply_remote,
 * replication checkpoints and the changed signal. Real SQLite files. */
#include <sqlite3.h>

#include "model/prd-demo.h"
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


/* Revisions */

static char *
expected_rev (int n, const char *canonical)
{
  g_autofree char *md5 = g_compute_checksum_for_string (G_CHECKSUM_MD5, canonical, -1);
  return g_strdup_printf ("%d-%s", n, md5);
}

static char *
stored_text (PrdStore *store, const char *sql, const char *id)
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

/* The revision of a local write: N counts the writes, the hash is the MD5
 * of the canonical JSON, written out here by hand. */
static void
test_local_put_revision (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) group = json_object_new ();
  g_autoptr(JsonObject) change = json_object_new ();
  g_autofree char *rev1 = expected_rev (1, "{\"deleted\":0,\"name\":\"กลุ่ม \\\"ก\\\"\\nสอง\",\"sort_order\":3}");
  g_autofree char *rev2 = expected_rev (2, "{\"deleted\":0,\"name\":\"กลุ่มใหม่\",\"sort_order\":3}");
  g_autofree char *rev3 = expected_rev (3, "{\"deleted\":1,\"name\":\"กลุ่มใหม่\",\"sort_order\":3}");
  g_autofree char *history2 = g_strdup_printf ("[\"%s\"]", rev1);
  g_autofree char *history3 = g_strdup_printf ("[\"%s\",\"%s\"]", rev2, rev1);
  g_autofree char *stored = NULL;
  g_autofree char *stored_history = NULL;
  const char *id;

  json_object_set_string_member (group, "name", "กลุ่ม \"ก\"\nสอง");
  json_object_set_int_member (group, "sort_order", 3);
  g_assert_true (prd_store_put (f->store, "office_group", group, &error));
  g_assert_no_error (error);
  id = json_object_get_string_member (group, "id");
  g_assert_cmpstr (json_object_get_string_member (group, "rev_id"), ==, rev1);
  g_assert_cmpstr (json_object_get_string_member (group, "rev_history"), ==, "[]");
  stored = stored_text (f->store, "SELECT rev_id FROM office_group WHERE id = ?1", id);
  g_assert_cmpstr (stored, ==, rev1);
  g_clear_pointer (&stored, g_free);

  /* A partial record: the hash covers the whole row as written. */
  json_object_set_string_member (change, "id", id);
  json_object_set_string_member (change, "name", "กลุ่มใหม่");
  g_assert_true (prd_store_put (f->store, "office_group", change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (change, "rev"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (change, "rev_id"), ==, rev2);
  stored = stored_text (f->store, "SELECT rev_id FROM office_group WHERE id = ?1", id);
  stored_history = stored_text (f->store, "SELECT rev_history FROM office_group WHERE id = ?1", id);
  g_assert_cmpstr (stored, ==, rev2);
  g_assert_cmpstr (stored_history, ==, history2);
  g_clear_pointer (&stored, g_free);
  g_clear_pointer (&stored_history, g_free);

  /* A revision handed back by the caller is not taken as this write's. */
  json_object_set_string_member (change, "rev_id", "9-00000000000000000000000000000000");

  /* A tombstone is a revision of its own. */
  g_assert_true (prd_store_tombstone (f->store, "office_group", id, &error));
  stored = stored_text (f->store, "SELECT rev_id FROM office_group WHERE id = ?1", id);
  stored_history = stored_text (f->store, "SELECT rev_history FROM office_group WHERE id = ?1", id);
  g_assert_cmpstr (stored, ==, rev3);
  g_assert_cmpstr (stored_history, ==, history3);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE record_id = %Q", id), ==, 3);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE record_id = %Q "
                                             "AND origin IS NOT NULL", id), ==, 0);

  /* The same canonical form from the public function. */
  {
    g_autoptr(JsonObject) back = prd_store_get (f->store, "office_group", id, &error);
    g_autofree char *again = prd_store_revision_id (3, back);
    g_autofree char *canonical = prd_store_canonical_json (back);

    g_assert_cmpstr (canonical, ==, "{\"deleted\":1,\"name\":\"กลุ่มใหม่\",\"sort_order\":3}");
    g_assert_cmpstr (again, ==, rev3);
  }
}

/* The canonical form itself: sorted keys, no spaces, left-out members,
 * escapes as JSON.stringify writes them, booleans as SQLite keeps them. */
static void
test_canonical_json (void)
{
  g_autoptr(JsonObject) o = json_object_new ();
  g_autofree char *text = NULL;

  json_object_set_string_member (o, "id", "not-hashed");
  json_object_set_int_member (o, "rev", 4);
  json_object_set_string_member (o, "rev_id", "4-00000000000000000000000000000000");
  json_object_set_string_member (o, "updated_at", "2026-01-01T00:00:00Z");
  json_object_set_string_member (o, "zeta", "a\x01" "b\tc\\d/é");
  json_object_set_boolean_member (o, "alpha", TRUE);
  json_object_set_null_member (o, "middle");
  json_object_set_double_member (o, "beta", 0.5);
  json_object_set_int_member (o, "Zeta", -12);
  text = prd_store_canonical_json (o);
  g_assert_cmpstr (text, ==, "{\"Zeta\":-12,\"alpha\":1,\"beta\":0.5,\"middle\":null,"
                             "\"zeta\":\"a\\u0001b\\tc\\\\d/é\"}");
}

static void
test_revision_parse (void)
{
  gint64 n = 0;

  g_assert_true (prd_store_revision_parse ("12-0123456789abcdef0123456789abcdef", &n));
  g_assert_cmpint (n, ==, 12);
  g_assert_false (prd_store_revision_parse ("0-0123456789abcdef0123456789abcdef", NULL));
  g_assert_false (prd_store_revision_parse ("-0123456789abcdef0123456789abcdef", NULL));
  g_assert_false (prd_store_revision_parse ("1-0123456789ABCDEF0123456789abcdef", NULL));
  g_assert_false (prd_store_revision_parse ("1-0123456789abcdef", NULL));
  g_assert_false (prd_store_revision_parse ("x1-0123456789abcdef0123456789abcdef", NULL));
  g_assert_false (prd_store_revision_parse (NULL, NULL));
}

/* Every row of every synced table has the revision of what it holds. */
static void
assert_revisions_consistent (PrdStore *store)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = prd_store_prepare (store,
                                          "SELECT m.name FROM sqlite_schema m "
                                          "WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM "
                                          "pragma_table_info(m.name) WHERE name = 'rev_id')", NULL);
  guint checked = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 10);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      char *sql = sqlite3_mprintf ("SELECT id FROM \"%w\"", table);

      stmt = prd_store_prepare (store, sql, NULL);
      sqlite3_free (sql);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(JsonObject) row = prd_store_get (store, table, (const char *) sqlite3_column_text (stmt, 0), &error);
          g_autofree char *expected = NULL;
          gint64 n = 0;

          g_assert_no_error (error);
          g_assert_true (prd_store_revision_parse (json_object_get_string_member (row, "rev_id"), &n));
          g_assert_cmpint (n, ==, json_object_get_int_member (row, "rev"));
          expected = prd_store_revision_id (n, row);
          if (g_strcmp0 (expected, json_object_get_string_member (row, "rev_id")) != 0)
            {
              g_autofree char *canonical = prd_store_canonical_json (row);
              g_test_message ("%s: %s", table, canonical);
            }
          g_assert_cmpstr (expected, ==, json_object_get_string_member (row, "rev_id"));
          checked++;
        }
      sqlite3_finalize (stmt);
    }
  g_assert_cmpuint (checked, >, 100);
}

/* The demo office (written through prd_store_put, defaults and all) and a
 * bulk insert: the hash the statements computed is the one of the row. */
static void
test_revisions_of_written_rows (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  static const char *const columns[] = { "name", "joined_network", "notes", NULL };
  g_autoptr(PrdStoreInserter) ins = prd_store_inserter_new (f->store, "school", columns, &error);

  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (f->store, 60, NULL, NULL, &error));
  g_assert_no_error (error);
  prd_store_inserter_set_text (ins, 0, "โรงเรียนทีละมาก");
  prd_store_inserter_set_text (ins, 1, "1");        /* text into an INTEGER column */
  g_assert_nonnull (prd_store_inserter_insert (ins, &error));
  prd_store_inserter_set_text (ins, 0, "โรงเรียนค่าเดิม");   /* the rest: defaults */
  g_assert_nonnull (prd_store_inserter_insert (ins, &error));
  g_assert_no_error (error);
  /* A blob (hashed as its base64), a real number kept in a TEXT column. */
  {
    static const guchar png[] = { 0x89, 'P', 'N', 'G', 0, 0, 0x0d, 0x0a, 0xff };
    g_autofree char *b64 = g_base64_encode (png, sizeof png);
    g_autoptr(JsonObject) signer = json_object_new ();

    json_object_set_string_member (signer, "role", "director");
    json_object_set_string_member (signer, "given_name", "สมหญิง");
    json_object_set_string_member (signer, "signature", b64);
    json_object_set_double_member (signer, "position", 1.5);
    g_assert_true (prd_store_put (f->store, "office_signer", signer, &error));
    g_assert_no_error (error);
    g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM office_signer WHERE typeof (signature) = 'blob' "
                                               "AND length (signature) = %d AND position = '1.5'", (int) sizeof png), ==, 1);
  }
  assert_revisions_consistent (f->store);
}

static void
test_history_bounded (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) group = json_object_new ();
  g_autofree char *previous = NULL;
  g_autofree char *history = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonArray *list;

  json_object_set_string_member (group, "name", "กลุ่ม 0");
  g_assert_true (prd_store_put (f->store, "office_group", group, &error));
  for (int i = 1; i <= PRD_STORE_REVS_LIMIT + 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("กลุ่ม %d", i);

      g_free (previous);
      previous = g_strdup (json_object_get_string_member (group, "rev_id"));
      json_object_set_string_member (group, "name", name);
      g_assert_true (prd_store_put (f->store, "office_group", group, &error));
    }
  history = stored_text (f->store, "SELECT rev_history FROM office_group WHERE id = ?1",
                         json_object_get_string_member (group, "id"));
  node = json_from_string (history, &error);
  g_assert_no_error (error);
  list = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (list), ==, PRD_STORE_REVS_LIMIT);
  g_assert_cmpstr (json_array_get_string_element (list, 0), ==, previous);
  g_assert_true (g_str_has_prefix (json_array_get_string_element (list, PRD_STORE_REVS_LIMIT - 1), "6-"));
}

/* Upgrading a version-6 database: every row gets the revision of what it
 * holds, and that is no change in the journal. The database is the demo
 * office as version 6's own code wrote it (today's demo needs today's
 * schema); the only journal entries the upgrade adds are those of the
 * decisions migration 0008 moved out of the memos. */
static void
test_upgrade_fills_revisions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.sqlite", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "memo-golden-v6.sqlite", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gsize len;
  PrdStore *store;
  gint64 journal;

  g_file_get_contents (source, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  store = prd_store_open_at_version (path, 6, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), ==, 6);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member"), ==, 20);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_fts"), ==, 20);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM pragma_table_info('school') "
                                           "WHERE name = 'rev_id'"), ==, 0);
  journal = prd_store_count (store, "SELECT count(*) FROM change_journal");
  stmt = prd_store_prepare (store, "SELECT name FROM sqlite_schema WHERE type = 'trigger'", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (triggers, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (triggers->len, >, 10);
  g_assert_finalize_object (store);

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name <> 'decision'"),
                   ==, journal);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name = 'decision'"),
                   ==, 6);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision"), ==, 6);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member WHERE rev_id IS NULL"), ==, 0);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision WHERE rev_id IS NULL"), ==, 0);
  assert_revisions_consistent (store);

  /* The triggers set aside for the fill are all back, and the search
   * index still follows the writes. */
  for (guint i = 0; i < triggers->len; i++)
    g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                            "AND name = %Q", (const char *) g_ptr_array_index (triggers, i)), ==, 1);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_fts"), ==, 20);
  {
    g_autoptr(JsonObject) m = json_object_new ();

    json_object_set_string_member (m, "given_name", "ทดสอบหลังปรับรุ่น");
    g_assert_true (prd_store_put (store, "member", m, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_fts"), ==, 21);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal"), ==, journal + 6 + 1);
  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

/* prd_store_apply_remote */

#define HEX_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define HEX_B "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#define HEX_C "cccccccccccccccccccccccccccccccc"
#define HEX_D "dddddddddddddddddddddddddddddddd"

static JsonObject *
remote_group (const char *id,
              const char *rev_id,
              const char *history,
              const char *name)
{
  JsonObject *o = json_object_new ();
  g_autoptr(JsonNode) h = json_from_string (history, NULL);

  json_object_set_string_member (o, "id", id);
  json_object_set_string_member (o, "rev_id", rev_id);
  json_object_set_member (o, "rev_history", g_steal_pointer (&h));
  json_object_set_string_member (o, "created_at", "2025-01-02T03:04:05.000000Z");
  json_object_set_string_member (o, "updated_at", "2025-02-03T04:05:06.000000Z");
  json_object_set_string_member (o, "name", name);
  json_object_set_int_member (o, "sort_order", 7);
  return o;
}

static void
test_apply_remote_keeps_revision (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(JsonObject) remote = remote_group (id, "3-" HEX_A, "[\"2-" HEX_B "\",\"1-" HEX_C "\"]", "กลุ่มจากเครื่องอื่น");
  g_autoptr(JsonObject) back = NULL;
  gint64 journal = prd_store_count (f->store, "SELECT count(*) FROM change_journal");
  g_autofree char *local_rev = NULL;

  g_assert_true (prd_store_apply_remote (f->store, "office_group", remote, "peer-a", &error));
  g_assert_no_error (error);
  back = prd_store_get (f->store, "office_group", id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (back, "rev_id"), ==, "3-" HEX_A);
  g_assert_cmpint (json_object_get_int_member (back, "rev"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (back, "rev_history"), ==, "[\"2-" HEX_B "\",\"1-" HEX_C "\"]");
  g_assert_cmpstr (json_object_get_string_member (back, "created_at"), ==, "2025-01-02T03:04:05.000000Z");
  g_assert_cmpstr (json_object_get_string_member (back, "updated_at"), ==, "2025-02-03T04:05:06.000000Z");
  g_assert_cmpstr (json_object_get_string_member (back, "name"), ==, "กลุ่มจากเครื่องอื่น");
  g_assert_cmpint (json_object_get_int_member (back, "deleted"), ==, 0);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal + 1);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE record_id = %Q "
                                             "AND origin = 'peer-a' AND rev = 3", id), ==, 1);

  /* The same revision again: nothing to write. */
  g_assert_true (prd_store_apply_remote (f->store, "office_group", remote, "peer-a", &error));
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal + 1);

  /* A local change follows it, and is a local journal entry. */
  json_object_set_string_member (back, "name", "แก้ที่นี่");
  g_assert_true (prd_store_put (f->store, "office_group", back, &error));
  local_rev = g_strdup (json_object_get_string_member (back, "rev_id"));
  g_assert_true (g_str_has_prefix (local_rev, "4-"));
  g_assert_cmpstr (json_object_get_string_member (back, "rev_history"), ==,
                   "[\"3-" HEX_A "\",\"2-" HEX_B "\",\"1-" HEX_C "\"]");
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal + 2);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE record_id = %Q "
                                             "AND origin IS NULL", id), ==, 1);

  /* The old remote revision is an ancestor now: nothing is written. */
  g_assert_true (prd_store_apply_remote (f->store, "office_group", remote, "peer-a", &error));
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal + 2);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM office_group WHERE id = %Q "
                                             "AND rev_id = %Q", id, local_rev), ==, 1);

  /* A revision from another branch is a conflict: refused, row kept. */
  {
    g_autoptr(JsonObject) other = remote_group (id, "4-" HEX_D, "[\"3-" HEX_A "\",\"2-" HEX_B "\"]", "อีกทาง");

    g_assert_false (prd_store_apply_remote (f->store, "office_group", other, "peer-b", &error));
    g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_CONFLICT);
    g_clear_error (&error);
    g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM office_group WHERE id = %Q "
                                               "AND name = 'แก้ที่นี่'", id), ==, 1);
  }

  /* One that descends from ours is written, its history as given. */
  {
    g_autofree char *history = g_strdup_printf ("[\"%s\",\"3-" HEX_A "\"]", local_rev);
    g_autoptr(JsonObject) next = remote_group (id, "5-" HEX_D, history, "ต่อจากที่นี่");

    json_object_set_int_member (next, "deleted", 1);
    g_assert_true (prd_store_apply_remote (f->store, "office_group", next, "peer-b", &error));
    g_assert_no_error (error);
    g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM office_group WHERE id = %Q AND rev = 5 "
                                               "AND rev_id = '5-" HEX_D "' AND rev_history = %Q "
                                               "AND name = 'ต่อจากที่นี่' AND deleted = 1", id, history), ==, 1);
    g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal + 3);
    g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE record_id = %Q "
                                               "AND origin = 'peer-b' AND deleted = 1", id), ==, 1);
  }
}

static gboolean
refuse_unnamed (PrdStore *store, const char *table, JsonObject *record,
                gpointer user_data, GError **error)
{
  (*(int *) user_data)++;
  if (json_object_has_member (record, "name") &&
      *json_object_get_string_member (record, "name") == '\0')
    {
      g_set_error_literal (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID, "กรุณากรอกชื่อกลุ่ม");
      return FALSE;
    }
  return TRUE;
}

/* A remote record is checked as a local one is; a refused one writes
 * nothing at all. */
static void
test_apply_remote_validated (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 journal = prd_store_count (f->store, "SELECT count(*) FROM change_journal");
  gint64 groups = prd_store_count (f->store, "SELECT count(*) FROM office_group");
  int calls = 0;
  struct { const char *member; const char *value; int code; } bad[] = {
    { "colour", "แดง", PRD_STORE_ERROR_INVALID },        /* not a column */
    { "rev_id", "3-XYZ", PRD_STORE_ERROR_REVISION },      /* malformed revision */
    { "rev_id", "2-" HEX_A, PRD_STORE_ERROR_REVISION },   /* history does not lead to it */
    { "created_at", NULL, PRD_STORE_ERROR_REVISION },     /* no times */
    { "name", "", PRD_STORE_ERROR_INVALID },              /* the validator refuses */
  };

  prd_store_set_validator (f->store, "office_group", refuse_unnamed, &calls, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *id = g_uuid_string_random ();
      g_autoptr(JsonObject) remote = remote_group (id, "3-" HEX_A, "[\"2-" HEX_B "\",\"1-" HEX_C "\"]", "กลุ่ม");

      if (bad[i].value != NULL)
        json_object_set_string_member (remote, bad[i].member, bad[i].value);
      else
        json_object_remove_member (remote, bad[i].member);
      g_assert_false (prd_store_apply_remote (f->store, "office_group", remote, "peer-a", &error));
      g_assert_error (error, PRD_STORE_ERROR, bad[i].code);
      g_clear_error (&error);
    }
  g_assert_cmpint (calls, ==, 1);

  /* The same validator refuses the same record written here. */
  {
    g_autoptr(JsonObject) local = json_object_new ();
    json_object_set_string_member (local, "name", "");
    g_assert_false (prd_store_put (f->store, "office_group", local, &error));
    g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (calls, ==, 2);
  }
  prd_store_set_validator (f->store, "office_group", NULL, NULL, NULL);

  /* The schema's own constraints hold for remote records too. */
  {
    g_autofree char *id = g_uuid_string_random ();
    g_autoptr(JsonObject) signer = json_object_new ();

    json_object_set_string_member (signer, "id", id);
    json_object_set_string_member (signer, "rev_id", "1-" HEX_A);
    json_object_set_string_member (signer, "created_at", "2025-01-02T03:04:05.000000Z");
    json_object_set_string_member (signer, "updated_at", "2025-01-02T03:04:05.000000Z");
    json_object_set_string_member (signer, "role", "boss");
    json_object_set_string_member (signer, "given_name", "สมชาย");
    g_assert_false (prd_store_apply_remote (f->store, "office_signer", signer, "peer-a", &error));
    g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_CHECK);
    g_clear_error (&error);
    g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM office_signer WHERE id = %Q", id), ==, 0);
  }

  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM office_group"), ==, groups);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal);
}

/* Checkpoints */

static void
test_checkpoints (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seq = NULL;
  gint64 journal = prd_store_count (f->store, "SELECT count(*) FROM change_journal");

  g_assert_true (prd_store_get_checkpoint (f->store, "peer-a", PRD_REPLICATION_PUSH, &seq, &error));
  g_assert_no_error (error);
  g_assert_null (seq);

  g_assert_true (prd_store_set_checkpoint (f->store, "peer-a", PRD_REPLICATION_PUSH, "42", &error));
  g_assert_true (prd_store_set_checkpoint (f->store, "peer-a", PRD_REPLICATION_PULL, "17-g1AAAAB", &error));
  g_assert_true (prd_store_set_checkpoint (f->store, "peer-a", PRD_REPLICATION_PUSH, "57", &error));
  g_assert_true (prd_store_set_checkpoint (f->store, "peer-b", PRD_REPLICATION_PUSH, "3", &error));
  g_assert_no_error (error);

  g_assert_true (prd_store_get_checkpoint (f->store, "peer-a", PRD_REPLICATION_PUSH, &seq, &error));
  g_assert_cmpstr (seq, ==, "57");
  g_clear_pointer (&seq, g_free);
  g_assert_true (prd_store_get_checkpoint (f->store, "peer-a", PRD_REPLICATION_PULL, &seq, &error));
  g_assert_cmpstr (seq, ==, "17-g1AAAAB");
  g_clear_pointer (&seq, g_free);
  g_assert_true (prd_store_get_checkpoint (f->store, "peer-b", PRD_REPLICATION_PULL, &seq, &error));
  g_assert_null (seq);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM replication_checkpoint"), ==, 3);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM replication_checkpoint "
                                              "WHERE updated_at LIKE '20__-__-__T__:__:__%Z'"), ==, 3);
  /* Checkpoints are this PC's own: no journal entries. */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal);
}

/* The changed signal */

typedef struct {
  GPtrArray *seen;   /* "table/id" */
} Changes;

static void
on_changed (PrdStore *store, const char *table, const char *id, gpointer data)
{
  Changes *c = data;
  g_ptr_array_add (c->seen, g_strdup_printf ("%s/%s", table, id));
}

static char *
put_school (PrdStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) school = json_object_new ();

  json_object_set_string_member (school, "name", name);
  g_assert_true (prd_store_put (store, "school", school, &error));
  g_assert_no_error (error);
  return g_strdup (json_object_get_string_member (school, "id"));
}

static void
assert_seen (Changes *c, const char *const *expected)
{
  guint n = expected != NULL ? g_strv_length ((char **) expected) : 0;

  g_assert_cmpuint (c->seen->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (c->seen, i), ==, expected[i]);
  g_ptr_array_set_size (c->seen, 0);
}

static void
test_changed_signal (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  Changes c = { g_ptr_array_new_with_free_func (g_free) };
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &c);
  g_autofree char *a = NULL, *b = NULL, *e = NULL, *lone = NULL;
  g_autofree char *sa = NULL, *sb = NULL, *se = NULL, *slone = NULL;

  /* One transaction: four writes of two records, two signals after commit. */
  {
    g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (f->store, &error);
    g_autoptr(JsonObject) change = json_object_new ();

    a = put_school (f->store, "โรงเรียน ก");
    b = put_school (f->store, "โรงเรียน ข");
    json_object_set_string_member (change, "id", a);
    json_object_set_string_member (change, "district", "ดอนแก้ว");
    g_assert_true (prd_store_put (f->store, "school", change, &error));
    g_assert_true (prd_store_tombstone (f->store, "school", b, &error));
    g_assert_cmpuint (c.seen->len, ==, 0);
    g_assert_true (prd_store_txn_commit (txn, &error));
    g_assert_no_error (error);
  }
  sa = g_strdup_printf ("school/%s", a);
  sb = g_strdup_printf ("school/%s", b);
  assert_seen (&c, (const char *[]) { sa, sb, NULL });

  /* A rollback announces nothing, now or later. */
  {
    g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (f->store, &error);
    g_autofree char *gone = put_school (f->store, "โรงเรียนที่ไม่ได้บันทึก");
  }
  assert_seen (&c, NULL);

  /* A savepoint rolled back inside a committed transaction: only the
   * outer write. */
  {
    g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (f->store, &error);
    PrdStoreTxn *inner;

    e = put_school (f->store, "โรงเรียน จ");
    inner = prd_store_txn_begin (f->store, &error);
    g_free (put_school (f->store, "โรงเรียนในจุดพัก"));
    prd_store_txn_free (inner);
    g_assert_true (prd_store_txn_commit (txn, &error));
  }
  se = g_strdup_printf ("school/%s", e);
  assert_seen (&c, (const char *[]) { se, NULL });

  /* A write outside a transaction is announced before the call returns. */
  lone = put_school (f->store, "โรงเรียนเดี่ยว");
  slone = g_strdup_printf ("school/%s", lone);
  assert_seen (&c, (const char *[]) { slone, NULL });

  /* A commit that fails announces nothing. */
  {
    PrdStoreTxn *txn = prd_store_txn_begin (f->store, &error);
    g_autoptr(JsonObject) memo = new_memo (2026, 1);

    g_assert_true (prd_store_exec (f->store, "PRAGMA defer_foreign_keys = ON", &error));
    json_object_set_string_member (memo, "group_id", "no-such-group");
    g_assert_true (prd_store_put (f->store, "memo", memo, &error));
    g_assert_false (prd_store_txn_commit (txn, &error));
    g_clear_error (&error);
    prd_store_txn_free (txn);
  }
  assert_seen (&c, NULL);

  /* A remote record is announced too; a raw statement by the next idle. */
  {
    g_autofree char *id = g_uuid_string_random ();
    g_autofree char *expected = g_strdup_printf ("office_group/%s", id);
    g_autoptr(JsonObject) remote = remote_group (id, "1-" HEX_A, "[]", "กลุ่มจากเครื่องอื่น");
    sqlite3 *db = prd_store_get_db (f->store);
    g_autofree char *raw = g_strdup_printf ("school/%s", a);
    char *sql;

    g_assert_true (prd_store_apply_remote (f->store, "office_group", remote, "peer-a", &error));
    g_assert_no_error (error);
    assert_seen (&c, (const char *[]) { expected, NULL });

    sql = sqlite3_mprintf ("UPDATE school SET notes = 'x', rev = rev + 1 WHERE id = %Q", a);
    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_free (sql);
    g_assert_cmpuint (c.seen->len, ==, 0);
    while (g_main_context_iteration (NULL, FALSE))
      ;
    assert_seen (&c, (const char *[]) { raw, NULL });
  }

  g_signal_handler_disconnect (f->store, handler);
  g_ptr_array_unref (c.seen);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* As the GUI's main loop does: the raw-statement idle needs an owner. */
  g_assert_true (g_main_context_acquire (NULL));

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store-sync/error/unique", test_unique_error_code);
  ADD ("/store-sync/txn/failed-commit-deferred", test_failed_commit_deferred);
  ADD ("/store-sync/txn/failed-write-rolled-back", test_failed_write_rolled_back);
  ADD ("/store-sync/revision/local-put", test_local_put_revision);
  ADD ("/store-sync/revision/written-rows", test_revisions_of_written_rows);
  ADD ("/store-sync/revision/history-bounded", test_history_bounded);
  g_test_add_func ("/store-sync/revision/parse", test_revision_parse);
  g_test_add_func ("/store-sync/revision/canonical-json", test_canonical_json);
  g_test_add_func ("/store-sync/revision/upgrade", test_upgrade_fills_revisions);
  ADD ("/store-sync/remote/keeps-revision", test_apply_remote_keeps_revision);
  ADD ("/store-sync/remote/validated", test_apply_remote_validated);
  ADD ("/store-sync/checkpoints", test_checkpoints);
  ADD ("/store-sync/changed", test_changed_signal);
#undef ADD

  return g_test_run ();
}
