/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry's list model: paging, one items-changed per query change,
 * bounded cache, refresh after edits, PrdMember round trip. */
#include "model/prd-demo.h"
#include "model/prd-member-list.h"
#include "model/prd-member-list-view.h"
#include "model/prd-member-validator.h"
#include "prd-test-util.h"
#include "store/prd-store-sql.h"

static char *dir;
static PrdStore *store;

typedef struct {
  guint calls;
  guint removed, added;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->calls++;
  changes->removed += removed;
  changes->added += added;
  /* Past the rows at the top, which keep their objects (page 0 at most). */
  g_assert_cmpuint (position, <=, PRD_MEMBER_LIST_PAGE_SIZE);
}

static void
on_refresh_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       Changes    *changes)
{
  changes->calls++;
  changes->removed += removed;
  changes->added += added;
}

/* Saves through the registry's validation, as the editor does, and
 * returns the member as stored. */
static PrdMember *
save_member (PrdMember *member)
{
  g_autoptr(JsonObject) rec = prd_member_to_record (member);
  g_autoptr(GError) error = NULL;
  PrdMember *saved;

  g_assert_true (prd_member_save (store, rec, &error));
  g_assert_no_error (error);
  saved = prd_member_load (store, json_object_get_string_member (rec, "id"), &error);
  g_assert_no_error (error);
  return saved;
}

static gint64
count (const char *sql)
{
  return prd_store_count (store, sql);
}

static void
test_pages_and_count (void)
{
  g_autoptr(PrdMemberList) list = prd_member_list_new (store, NULL);
  Changes changes = { 0 };
  guint n;
  gint64 active = count ("SELECT count(*) FROM member WHERE deleted = 0 AND active = 1");

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_assert_true (prd_member_list_get_loading (list));
  prd_member_list_wait (list);
  g_assert_false (prd_member_list_get_loading (list));

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpint (n, ==, active);
  g_assert_cmpint (n, >, PRD_MEMBER_LIST_PAGE_SIZE);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.added, ==, n);
  g_assert_cmpint (prd_member_list_get_total (list), ==, active);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == PRD_TYPE_MEMBER);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));

  /* Every row is a real member, in given-name order, none twice. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autofree char *prev = NULL;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PrdMember) m = g_list_model_get_item (G_LIST_MODEL (list), i);

        g_assert_nonnull (prd_member_get_id (m));
        g_assert_true (g_hash_table_add (seen, g_strdup (prd_member_get_id (m))));
        g_assert_true (prd_member_get_active (m));
        g_assert_nonnull (prd_member_get_category_label (m));
        g_assert_cmpstr (prd_member_get_place (m), !=, "");
        g_assert_true (g_str_has_prefix (prd_member_get_full_name (m), prd_member_get_title (m)));
        g_assert_cmpuint (prd_member_list_get_n_cached_pages (list), <=, PRD_MEMBER_LIST_MAX_PAGES);
        prev = g_strdup (prd_member_get_given_name (m));
      }
  }
  /* Asking twice for an item hands out the same cached object. */
  {
    g_autoptr(PrdMember) a = g_list_model_get_item (G_LIST_MODEL (list), 5);
    g_autoptr(PrdMember) b = g_list_model_get_item (G_LIST_MODEL (list), 5);
    g_assert_true (a == b);
  }
}

static void
test_query_change_emits_once (void)
{
  g_autoptr(PrdMemberQuery) query = prd_member_query_new ();
  g_autoptr(PrdMemberList) list = prd_member_list_new (store, query);
  Changes changes = { 0 };
  guint all, external;
  gint64 expected = count ("SELECT count(*) FROM member WHERE deleted = 0 AND active = 1 AND internal = 0");

  prd_member_list_wait (list);
  all = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  g_object_set (query, "internal", 0, NULL);
  prd_member_list_wait (list);
  external = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpint (external, ==, expected);
  /* One replacement: the old rows out, the new ones in (replace_rows());
   * the top rows keep their objects with the new values. */
  g_assert_cmpuint (changes.calls, <=, 2);
  g_assert_cmpuint (all - changes.removed, ==, external - changes.added);
  g_assert_cmpuint (all - changes.removed, <=, PRD_MEMBER_LIST_PAGE_SIZE);
  /* The total for "N of M" does not follow the filters. */
  g_assert_cmpint (prd_member_list_get_total (list), ==, all);
  for (guint i = 0; i < external; i++)
    {
      g_autoptr(PrdMember) m = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_false (prd_member_get_internal (m));
    }

  /* Three quick changes: only the last one's result is shown. */
  changes = (Changes) { 0 };
  g_object_set (query, "internal", -1, NULL);
  g_object_set (query, "district", "ไม่มีอำเภอนี้", NULL);
  g_object_set (query, "district", NULL, "committee-only", TRUE, NULL);
  prd_member_list_wait (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==,
                    count ("SELECT count(DISTINCT m.id) FROM member m JOIN committee_role r ON r.member_id = m.id "
                           "WHERE m.deleted = 0 AND m.active = 1 AND r.deleted = 0"));
  g_assert_cmpuint (changes.calls, <=, 2);
}

static void
test_edit_and_tombstone_refresh (void)
{
  g_autoptr(PrdMemberList) list = prd_member_list_new (store, NULL);
  g_autoptr(PrdMember) fresh = prd_member_new ();
  g_autoptr(PrdMember) loaded = NULL;
  g_autoptr(PrdMember) copy = NULL;
  g_autoptr(GError) error = NULL;
  guint before;
  int pos;

  prd_member_list_wait (list);
  before = g_list_model_get_n_items (G_LIST_MODEL (list));

  g_object_set (fresh, "title", "นางสาว", "given-name", "กนกพร", "surname", "ทดสอบดี",
                "district", "เมืองธารทอง", "phone", "095-555-0001",
                "category-id", "category-media", "internal", FALSE, NULL);
  { PrdMember *saved = save_member (fresh); g_object_unref (fresh); fresh = saved; }
  g_assert_nonnull (prd_member_get_id (fresh));
  g_assert_cmpint (prd_member_get_rev (fresh), ==, 1);

  {
    Changes changes = { 0 };
    gulong id = g_signal_connect (list, "items-changed", G_CALLBACK (on_refresh_changed_cb), &changes);

    prd_member_list_refresh (list);
    prd_member_list_wait (list);
    g_signal_handler_disconnect (list, id);
    /* A refresh adds the one new row where it belongs, nothing else. */
    g_assert_cmpuint (changes.calls, ==, 1);
    g_assert_cmpuint (changes.removed, ==, 0);
    g_assert_cmpuint (changes.added, ==, 1);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before + 1);
  pos = prd_member_list_find (list, prd_member_get_id (fresh));
  g_assert_cmpint (pos, >=, 0);
  {
    g_autoptr(PrdMember) row = g_list_model_get_item (G_LIST_MODEL (list), (guint) pos);
    g_assert_cmpstr (prd_member_get_full_name (row), ==, "นางสาวกนกพร ทดสอบดี");
    g_assert_cmpstr (prd_member_get_category_label (row), ==, "สื่อมวลชน");
  }

  /* Load, copy, compare: an edit makes them differ, saving bumps rev. */
  loaded = prd_member_load (store, prd_member_get_id (fresh), &error);
  g_assert_no_error (error);
  copy = prd_member_copy (loaded);
  g_assert_true (prd_member_equal (loaded, copy));
  g_object_set (copy, "position", "ผู้สื่อข่าว", NULL);
  g_assert_false (prd_member_equal (loaded, copy));
  { PrdMember *saved = save_member (copy); g_object_unref (copy); copy = saved; }
  g_assert_cmpint (prd_member_get_rev (copy), ==, 2);

  /* The row the view holds is updated in place by a refresh. */
  {
    g_autoptr(PrdMember) shown = g_list_model_get_item (G_LIST_MODEL (list), (guint) pos);

    g_assert_cmpstr (prd_member_get_position (shown), ==, "");
    prd_member_list_refresh (list);
    prd_member_list_wait (list);
    g_assert_cmpstr (prd_member_get_position (shown), ==, "ผู้สื่อข่าว");
  }

  /* Deleted rows leave the list; the row stays in the table as a tombstone. */
  g_assert_true (prd_store_tombstone (store, "member", prd_member_get_id (fresh), &error));
  prd_member_list_refresh (list);
  prd_member_list_wait (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before);
  g_assert_cmpint (prd_member_list_find (list, prd_member_get_id (fresh)), ==, -1);
  g_assert_null (prd_member_load (store, prd_member_get_id (fresh), &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND);
}

static void
test_list_finalizes (void)
{
  PrdMemberList *list = prd_member_list_new (store, NULL);

  /* Dropped while loading: the worker keeps it alive, then it goes. */
  g_object_add_weak_pointer (G_OBJECT (list), (gpointer *) &list);
  g_object_unref (list);
  while (list != NULL)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct {
  PrdMemberList *list;
  guint          calls;
  gboolean       first_page_real;
  gboolean       tail_blank;
} FirstPage;

static void
on_first_page_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  FirstPage  *fp)
{
  if (fp->calls++ == 0)
    {
      g_autoptr(PrdMember) first = g_list_model_get_item (model, 0);
      g_autoptr(PrdMember) last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);

      /* A big result: its first page at once, the rest blank for now. */
      fp->first_page_real = prd_member_get_id (first) != NULL;
      fp->tail_blank = prd_member_get_id (last) == NULL;
      g_assert_cmpuint (position, ==, 0);
    }
  else
    {
      /* Then only the rows that were blank: out, and in again. */
      g_assert_cmpuint (position, ==, PRD_MEMBER_LIST_PAGE_SIZE);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, PRD_MEMBER_LIST_PAGE_SIZE + added);
    }
}

static void
test_big_result_first_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "big.sqlite", NULL);
  g_autoptr(PrdStore) big = prd_store_open (path, &error);
  g_autoptr(PrdMemberList) list = NULL;
  g_autoptr(PrdMemberQuery) query = prd_member_query_new ();
  FirstPage fp = { 0 };
  sqlite3_stmt *stmt;
  guint i = 0;

  g_assert_true (prd_demo_generate (big, 2600, NULL, NULL, &error));
  list = prd_member_list_new (big, query);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_first_page_cb), &fp);
  prd_member_list_wait (list);
  g_assert_cmpuint (fp.calls, ==, 3);
  g_assert_true (fp.first_page_real);
  g_assert_true (fp.tail_blank);

  /* In the end every row is there, in the query's own order. */
  stmt = prd_member_query_prepare (query, big, "m.id", "", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(PrdMember) m = g_list_model_get_item (G_LIST_MODEL (list), i++);
      g_assert_cmpstr (prd_member_get_id (m), ==, (const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (i, ==, g_list_model_get_n_items (G_LIST_MODEL (list)));
  g_assert_cmpuint (i, >, 2000);
}

static int
count_statements_cb (unsigned    type,
                     void       *ctx,
                     void       *p,
                     void       *x)
{
  (*(guint *) ctx)++;
  return 0;
}

/* A search with fewer rows than a page: the worker hands over the count
 * and the rows together; the window's connection reads nothing. */
static void
test_small_result_built_on_worker (void)
{
  g_autoptr(PrdMemberQuery) query = prd_member_query_new ();
  g_autoptr(PrdMemberList) list = prd_member_list_new (store, query);
  Changes changes = { 0 };
  guint statements = 0, n;

  prd_member_list_wait (list);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  sqlite3_trace_v2 (prd_store_get_db (store), SQLITE_TRACE_STMT, count_statements_cb, &statements);
  prd_member_query_set_search_text (query, "สมชาย");
  prd_member_list_wait (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdMember) m = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_nonnull (strstr (prd_member_get_full_name (m), "สมชาย"));
    }
  sqlite3_trace_v2 (prd_store_get_db (store), 0, NULL, NULL);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, PRD_MEMBER_LIST_PAGE_SIZE);
  g_assert_cmpuint (n, ==, count ("SELECT count(*) FROM member WHERE deleted = 0 AND active = 1 "
                                  "AND (given_name LIKE '%สมชาย%' OR surname LIKE '%สมชาย%')"));
  g_assert_cmpuint (statements, ==, 0);
  g_assert_cmpuint (changes.calls, <=, 2);
  g_assert_cmpuint (prd_member_list_get_n_cached_pages (list), ==, 1);
}

static void
on_notify_count_cb (GObject    *object,
                    GParamSpec *pspec,
                    guint      *notified)
{
  (*notified)++;
}

/* A view's cold page comes back at once as placeholders that fill in from
 * the worker; asking the list itself fills it at once. */
static void
test_peek_fills_in_background (void)
{
  g_autoptr(PrdMemberQuery) query = prd_member_query_new ();
  g_autoptr(PrdMemberList) list = prd_member_list_new (store, query);
  g_autoptr(PrdMemberListView) view = NULL;
  g_autoptr(PrdMember) cold = NULL;
  g_autoptr(PrdMember) direct = NULL;
  g_autoptr(PrdMember) middle = NULL;
  g_autoptr(PrdMember) middle_direct = NULL;
  Changes changes = { 0 };
  guint n, last_page, notified = 0, cached;

  prd_member_list_wait (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 2 * PRD_MEMBER_LIST_PAGE_SIZE);
  last_page = (n - 1) / PRD_MEMBER_LIST_PAGE_SIZE;
  cached = prd_member_list_get_n_cached_pages (list);
  g_assert_true (prd_member_list_is_filled (list));

  view = prd_member_list_view_new (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, n);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (view)) == PRD_TYPE_MEMBER);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (view), n));

  /* The last page is cold: a blank row now, its neighbour filled ahead. */
  cold = g_list_model_get_item (G_LIST_MODEL (view), n - 1);
  g_assert_null (prd_member_get_id (cold));
  g_assert_false (prd_member_list_is_filled (list));
  g_assert_cmpuint (prd_member_list_get_n_cached_pages (list), ==, cached + 2);
  g_signal_connect (cold, "notify::full-name", G_CALLBACK (on_notify_count_cb), &notified);
  while (!prd_member_list_is_filled (list))
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (prd_member_get_id (cold));
  g_assert_cmpuint (notified, ==, 1);
  /* The same object the list hands out, with the member of that place. */
  direct = g_list_model_get_item (G_LIST_MODEL (list), n - 1);
  g_assert_true (direct == cold);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *tail = g_strdup_printf ("LIMIT 1 OFFSET %u", n - 1);
    sqlite3_stmt *stmt = prd_member_query_prepare (query, store, "m.id", tail, &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr (prd_member_get_id (cold), ==, (const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
  }

  /* A placeholder asked for through the list itself is real at once, and
   * the worker's late answer changes nothing. */
  g_assert_cmpuint (last_page, >=, 2);
  middle = g_list_model_get_item (G_LIST_MODEL (view), PRD_MEMBER_LIST_PAGE_SIZE + 3);
  if (prd_member_get_id (middle) == NULL)
    {
      middle_direct = g_list_model_get_item (G_LIST_MODEL (list), PRD_MEMBER_LIST_PAGE_SIZE + 3);
      g_assert_true (middle_direct == middle);
      g_assert_nonnull (prd_member_get_id (middle));
    }
  while (!prd_member_list_is_filled (list))
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (prd_member_get_id (middle));

  /* The view follows the list's changes, at the same moment. */
  g_signal_connect (view, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_object_set (query, "internal", 0, NULL);
  prd_member_list_wait (list);
  g_assert_cmpuint (changes.calls, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (list)));
  g_assert_true (prd_member_list_is_filled (list));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int rc;

  g_test_init (&argc, &argv, NULL);
  dir = prd_test_make_dir ();
  path = g_build_filename (dir, "list.sqlite", NULL);
  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, PRD_DEMO_DEFAULT_MEMBERS, NULL, NULL, &error));

  g_test_add_func ("/member-list/pages-and-count", test_pages_and_count);
  g_test_add_func ("/member-list/query-change-replaces-once", test_query_change_emits_once);
  g_test_add_func ("/member-list/edit-and-tombstone-refresh", test_edit_and_tombstone_refresh);
  g_test_add_func ("/member-list/finalizes", test_list_finalizes);
  g_test_add_func ("/member-list/big-result-first-page", test_big_result_first_page);
  g_test_add_func ("/member-list/peek-fills-in-background", test_peek_fills_in_background);
  g_test_add_func ("/member-list/small-result-built-on-worker", test_small_result_built_on_worker);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
