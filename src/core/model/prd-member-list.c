/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-list.c — a paging GListModel of members over SQLite. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-member-list.h"
#include "store/prd-store-sql.h"

struct _PrdMemberList
{
  GObject         parent_instance;

  PrdStore       *store;
  PrdMemberQuery *query;
  gulong          changed_id;

  /* The ordered rowids of the rows the query shows: the list's items. While
   * a big result's tail is still loading, only the first page is known and
   * n_known says so; the other rows are blank until it arrives. */
  GArray         *keys;
  guint           n_known;
  guint           n_reported;    /* what get_n_items says: keys->len but while emitting */
  gint64          total;
  /* After a refresh: rowid → the member objects the view may still show,
   * already updated, handed out again instead of new ones. */
  GHashTable     *recycled;

  /* page index → GPtrArray of PrdMember; pages_lru holds the indices, most
   * recently used first. */
  GHashTable     *pages;
  GQueue          pages_lru;
  sqlite3_stmt   *row_stmt;
  /* page index → its GPtrArray while its rows are still blank placeholders
   * handed to the view (prd_member_list_peek_item()), filled on a worker.
   * keys_serial tells a fill that the order changed since it started. */
  GHashTable     *unfilled;
  guint           keys_serial;

  /* Read connections for the workers: a new load never waits behind a
   * stale one still sorting (SQLite cannot interrupt a sort midway), it
   * takes another connection. Guarded by reader_lock. */
  GMutex          reader_lock;
  GPtrArray      *idle_readers;
  GPtrArray      *busy_dbs;      /* sqlite3 * of loads under way, to interrupt */
  guint           generation;    /* read by the worker: atomic */
  /* The load whose whole order may be read now: its first page is on
   * screen (see wait_for_first_frame()). Guarded by reader_lock. */
  guint           tail_go;
  GCond           tail_cond;
  guint           pending;       /* loads started or scheduled, not done */
  guint           refresh_idle;
  gboolean        need_total;
  gboolean        refreshing;
};

static void prd_member_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PrdMemberList, prd_member_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, prd_member_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUERY,
  PROP_LOADING,
  PROP_TOTAL,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Results above this size show their first page first (SQLite's top-N sort
 * is quick) and the rest when the whole order is known. */
#define FIRST_PAGE_THRESHOLD 2000

#define FROM_MEMBER \
  " FROM member m LEFT JOIN school s ON s.id = m.school_id " \
  "LEFT JOIN member_category c ON c.id = m.category_id "

typedef struct {
  PrdMemberList  *list;      /* kept alive by the task's callback data */
  PrdMemberQuery *query;     /* a copy: the worker never sees the live one */
  char           *path;
  guint           generation;
  gboolean        need_total;
  gboolean        refresh;      /* same query, the data changed */
} LoadJob;

typedef struct {
  PrdMemberList *list;
  guint          generation;
  GArray        *keys;       /* all of them, or the first page's */
  GPtrArray     *first_page; /* PrdMember rows of page 0, or NULL */
  gint64         count;      /* the result's size */
  gint64         total;      /* -1: not counted this time */
  gboolean       complete;
  gboolean       refresh;
} LoadResult;

static void
load_job_free (LoadJob *job)
{
  g_clear_object (&job->query);
  g_free (job->path);
  g_free (job);
}

static void
load_result_free (LoadResult *res)
{
  g_clear_object (&res->list);
  g_clear_pointer (&res->keys, g_array_unref);
  g_clear_pointer (&res->first_page, g_ptr_array_unref);
  g_free (res);
}

/* The query with every filter off (only "include-inactive" kept): what
 * the "of M" in "N of M" counts. */
static PrdMemberQuery *
unfiltered_query (PrdMemberQuery *query)
{
  PrdMemberQuery *all = prd_member_query_new ();

  prd_member_query_set_include_inactive (all, prd_member_query_get_include_inactive (query));
  return all;
}

static gboolean
is_unfiltered (PrdMemberQuery *q)
{
  const char *text = prd_member_query_get_search_text (q);

  return (text == NULL || *text == '\0') &&
         prd_member_query_get_internal (q) < 0 &&
         prd_member_query_get_category_id (q) == NULL &&
         prd_member_query_get_district (q) == NULL &&
         !prd_member_query_get_committee_only (q) &&
         prd_member_query_get_joined_from (q) == NULL &&
         prd_member_query_get_joined_to (q) == NULL &&
         prd_member_query_get_consent_contact (q) < 0;
}

static gboolean
step_error (sqlite3_stmt  *stmt,
            int            rc,
            GError       **error)
{
  if (rc == SQLITE_DONE)
    return FALSE;
  if (rc == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "interrupted");
  else
    g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                 _("Could not read the registry: %s"), sqlite3_errmsg (sqlite3_db_handle (stmt)));
  return TRUE;
}

static GArray *
read_keys (PrdMemberQuery  *query,
           PrdStore        *store,
           GError         **error)
{
  sqlite3_stmt *stmt = prd_member_query_prepare (query, store, "m.rowid", "", error);
  GArray *keys;
  int rc;

  if (stmt == NULL)
    return NULL;
  keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1024);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (keys, rowid);
    }
  if (step_error (stmt, rc, error))
    g_clear_pointer (&keys, g_array_unref);
  sqlite3_finalize (stmt);
  return keys;
}

/* The first page, rows and all, through SQLite's top-N sort. */
static GPtrArray *
read_first_page (PrdMemberQuery  *query,
                 PrdStore        *store,
                 GArray         **keys,
                 GError         **error)
{
  g_autofree char *tail = g_strdup_printf ("LIMIT %d", PRD_MEMBER_LIST_PAGE_SIZE);
  sqlite3_stmt *stmt = prd_member_query_prepare (query, store, PRD_MEMBER_COLUMNS, tail, error);
  GPtrArray *rows;
  int rc;

  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  *keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), PRD_MEMBER_LIST_PAGE_SIZE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrdMember *member = prd_member_new_from_stmt (stmt);
      gint64 rowid = prd_member_get_rowid (member);

      g_ptr_array_add (rows, member);
      g_array_append_val (*keys, rowid);
    }
  if (step_error (stmt, rc, error))
    {
      g_clear_pointer (&rows, g_ptr_array_unref);
      g_clear_pointer (keys, g_array_unref);
    }
  sqlite3_finalize (stmt);
  return rows;
}

static void apply_result (PrdMemberList *self, LoadResult *res);

static void
let_tail_go (PrdMemberList *self,
             guint          generation)
{
  g_mutex_lock (&self->reader_lock);
  self->tail_go = generation;
  g_cond_broadcast (&self->tail_cond);
  g_mutex_unlock (&self->reader_lock);
}

typedef struct {
  PrdMemberList *list;
  guint          generation;
} TailGo;

static gboolean
tail_go_cb (gpointer user_data)
{
  TailGo *go = user_data;

  let_tail_go (go->list, go->generation);
  return G_SOURCE_REMOVE;
}

static void
tail_go_free (TailGo *go)
{
  g_object_unref (go->list);
  g_free (go);
}

static gboolean
apply_partial_cb (gpointer user_data)
{
  LoadResult *res = user_data;

  if (res->generation == res->list->generation)
    {
      TailGo *go = g_new0 (TailGo, 1);

      apply_result (res->list, res);
      /* The whole order waits until the main loop has nothing more urgent
       * (the frame that draws these rows): on two cores its sort would
       * otherwise slow that frame down. */
      go->list = g_object_ref (res->list);
      go->generation = res->generation;
      g_idle_add_full (G_PRIORITY_LOW, tail_go_cb, go, (GDestroyNotify) tail_go_free);
    }
  return G_SOURCE_REMOVE;
}

/* On the worker, after the first page was handed over. Never longer than
 * a moment: the tail must come even if the main loop is busy for long. */
static void
wait_for_first_frame (PrdMemberList *self,
                      guint          generation)
{
  gint64 deadline = g_get_monotonic_time () + 150 * G_TIME_SPAN_MILLISECOND;

  g_mutex_lock (&self->reader_lock);
  while (self->tail_go != generation &&
         (guint) g_atomic_int_get (&self->generation) == generation &&
         g_cond_wait_until (&self->tail_cond, &self->reader_lock, deadline))
    ;
  g_mutex_unlock (&self->reader_lock);
}

static gboolean
stale (PrdMemberList *self,
       LoadJob       *job)
{
  return (guint) g_atomic_int_get (&self->generation) != job->generation;
}

/* On the worker: count, maybe hand the first page over at once, then the
 * whole order. A newer load interrupts this one (see start_load()). */
static LoadResult *
run_load (PrdMemberList  *self,
          LoadJob        *job,
          PrdStore       *store,
          GMainContext   *context,
          GError        **error)
{
  g_autoptr(PrdMemberQuery) all = NULL;
  LoadResult *res = g_new0 (LoadResult, 1);

  res->list = g_object_ref (self);
  res->generation = job->generation;
  res->total = -1;
  res->complete = TRUE;
  res->refresh = job->refresh;

  res->count = prd_member_query_count (job->query, store, error);
  if (res->count < 0)
    goto failed;
  /* With no search and no filter the result is the total: no second count. */
  if (job->need_total && is_unfiltered (job->query))
    res->total = res->count;
  else if (job->need_total)
    {
      all = unfiltered_query (job->query);
      res->total = prd_member_query_count (all, store, error);
      if (res->total < 0)
        goto failed;
    }

  /* A refresh keeps showing the old rows until the new order is known. */
  if (!job->refresh && res->count > FIRST_PAGE_THRESHOLD && context != NULL && !stale (self, job))
    {
      LoadResult *first = g_new0 (LoadResult, 1);

      first->list = g_object_ref (self);
      first->generation = job->generation;
      first->count = res->count;
      first->total = res->total;
      first->first_page = read_first_page (job->query, store, &first->keys, error);
      if (first->first_page == NULL)
        {
          load_result_free (first);
          goto failed;
        }
      /* An idle source, not g_main_context_invoke(): that calls at once on
       * this worker when it can acquire the context (the main thread busy
       * elsewhere, not iterating), i.e. list changes off the main thread.
       * Ahead of the task's own completion (G_PRIORITY_DEFAULT): when the
       * whole order is quick (member_sort's stored keys), both can be ready
       * in one main-loop turn, and the first page must not land after it. */
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_HIGH);
      g_source_set_callback (source, apply_partial_cb, first, (GDestroyNotify) load_result_free);
      g_source_attach (source, context);
      g_source_unref (source);
      res->total = -1;   /* already handed over */
      wait_for_first_frame (self, job->generation);
    }

  if (stale (self, job))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stale");
      goto failed;
    }
  /* A small result comes with its first page's rows built here, so the
   * main thread reads no SQL for it; up to a page, that page is all of
   * it: one count and one page read. */
  if (!job->refresh && res->count <= FIRST_PAGE_THRESHOLD)
    {
      GArray *first_keys = NULL;

      res->first_page = read_first_page (job->query, store, &first_keys, error);
      if (res->first_page == NULL)
        goto failed;
      if (first_keys->len < PRD_MEMBER_LIST_PAGE_SIZE)
        {
          res->keys = first_keys;
          res->count = res->keys->len;
          return res;
        }
      g_array_unref (first_keys);
    }
  res->keys = read_keys (job->query, store, error);
  if (res->keys == NULL)
    goto failed;
  res->count = res->keys->len;
  return res;

failed:
  load_result_free (res);
  return NULL;
}

#define MAX_IDLE_READERS 4

static PrdStore *
take_reader (PrdMemberList  *self,
             const char     *path,
             GError        **error)
{
  PrdStore *reader = NULL;

  g_mutex_lock (&self->reader_lock);
  if (self->idle_readers->len > 0)
    reader = g_ptr_array_steal_index (self->idle_readers, self->idle_readers->len - 1);
  g_mutex_unlock (&self->reader_lock);

  if (reader == NULL)
    reader = prd_store_open (path, error);
  if (reader != NULL)
    {
      g_mutex_lock (&self->reader_lock);
      g_ptr_array_add (self->busy_dbs, prd_store_get_db (reader));
      g_mutex_unlock (&self->reader_lock);
    }
  return reader;
}

static void
give_back_reader (PrdMemberList *self,
                  PrdStore      *reader)
{
  g_mutex_lock (&self->reader_lock);
  g_ptr_array_remove_fast (self->busy_dbs, prd_store_get_db (reader));
  if (self->idle_readers->len < MAX_IDLE_READERS)
    g_ptr_array_add (self->idle_readers, g_steal_pointer (&reader));
  g_mutex_unlock (&self->reader_lock);
  g_clear_object (&reader);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  PrdMemberList *self = job->list;
  GError *error = NULL;
  LoadResult *res = NULL;
  PrdStore *reader = NULL;

  if (stale (self, job))
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stale");
  else if ((reader = take_reader (self, job->path, &error)) != NULL)
    {
      res = run_load (self, job, reader, g_task_get_context (task), &error);
      give_back_reader (self, reader);
    }

  if (res == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, res, (GDestroyNotify) load_result_free);
}

static void
drop_pages (PrdMemberList *self)
{
  g_hash_table_remove_all (self->pages);
  g_hash_table_remove_all (self->unfilled);
  g_queue_clear (&self->pages_lru);
  self->keys_serial++;
}

static void
uncache_page (PrdMemberList *self,
              guint          page)
{
  g_hash_table_remove (self->unfilled, GUINT_TO_POINTER (page));
  g_hash_table_remove (self->pages, GUINT_TO_POINTER (page));
}

static void
cache_page (PrdMemberList *self,
            guint          page,
            GPtrArray     *rows)
{
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
  g_queue_push_head (&self->pages_lru, GUINT_TO_POINTER (page));
  while (self->pages_lru.length > PRD_MEMBER_LIST_MAX_PAGES)
    uncache_page (self, GPOINTER_TO_UINT (g_queue_pop_tail (&self->pages_lru)));
}

/* Rows [POS, POS + REMOVED) become ADDED new ones.
 *
 * GTK 4.8 looks for the rows it tracks (focus, scroll anchor, selection)
 * among ALL the added rows, one get_item() each, whenever a tracked row is
 * among the removed ones: 100,000 calls and SQL for every page when a new
 * search replaces a big list. Removing first and adding after leaves that
 * walk nothing to do; the view starts again at the top, as a new search
 * should. n_reported keeps get_n_items() true between the two signals. */
static void
replace_rows (PrdMemberList *self,
              guint          pos,
              guint          removed,
              guint          added,
              guint          old_n)
{
  if (removed > 0)
    {
      self->n_reported = old_n - removed;
      g_list_model_items_changed (G_LIST_MODEL (self), pos, removed, 0);
    }
  self->n_reported = self->keys->len;
  if (added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), pos, 0, added);
}

/* A refresh (same query, an edit or a delete) keeps the view where it is:
 * only the rows between the common start and end of the old and new order
 * change, and the objects the view shows are updated in place. */
static void
refresh_rows (PrdMemberList *self,
              GArray        *old_keys,
              guint          old_n)
{
  guint new_n = self->keys->len, prefix = 0, suffix = 0;
  GHashTableIter iter;
  gpointer value;

  while (prefix < old_n && prefix < new_n &&
         g_array_index (old_keys, gint64, prefix) == g_array_index (self->keys, gint64, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         g_array_index (old_keys, gint64, old_n - 1 - suffix) ==
         g_array_index (self->keys, gint64, new_n - 1 - suffix))
    suffix++;

  /* Every row built so far gets the stored values again. */
  g_hash_table_remove_all (self->recycled);
  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *rows = value;

      for (guint i = 0; i < rows->len; i++)
        {
          PrdMember *m = g_ptr_array_index (rows, i);
          gint64 rowid = prd_member_get_rowid (m);

          if (prd_member_get_id (m) != NULL)
            g_hash_table_insert (self->recycled, g_memdup2 (&rowid, sizeof rowid), g_object_ref (m));
        }
    }
  drop_pages (self);
  g_hash_table_iter_init (&iter, self->recycled);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      PrdMember *m = value;
      g_autoptr(PrdMember) fresh = NULL;

      sqlite3_bind_int64 (self->row_stmt, 1, prd_member_get_rowid (m));
      if (sqlite3_step (self->row_stmt) == SQLITE_ROW)
        fresh = prd_member_new_from_stmt (self->row_stmt);
      sqlite3_reset (self->row_stmt);
      if (fresh != NULL)
        prd_member_update_from (m, fresh);
    }

  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_n - prefix - suffix, new_n - prefix - suffix);
}

static gboolean   ensure_row_stmt (PrdMemberList *self);
static GPtrArray *fetch_page      (PrdMemberList *self,
                                  guint          page);

/* A load's result: the first page of a big result (then its tail), or
 * the whole order. */
static void
apply_result (PrdMemberList *self,
              LoadResult    *res)
{
  guint old_n = self->keys->len;
  guint new_n = (guint) res->count;
  gboolean total_changed = res->total >= 0 && res->total != self->total;
  gboolean tail_only = res->first_page == NULL && self->n_known < old_n && old_n == new_n &&
                       res->keys->len == new_n;

  if (res->total >= 0)
    self->total = res->total;

  if (tail_only)
    {
      guint first = self->n_known;

      g_array_unref (self->keys);
      self->keys = g_steal_pointer (&res->keys);
      self->n_known = new_n;
      /* Rows of the first page stay; the blank pages go. */
      for (guint p = first / PRD_MEMBER_LIST_PAGE_SIZE + 1; p * PRD_MEMBER_LIST_PAGE_SIZE < new_n; p++)
        if (g_hash_table_contains (self->pages, GUINT_TO_POINTER (p)))
          {
            uncache_page (self, p);
            g_queue_remove (&self->pages_lru, GUINT_TO_POINTER (p));
          }
      self->keys_serial++;
      replace_rows (self, first, new_n - first, new_n - first, old_n);
    }
  else if (res->refresh && res->first_page == NULL && self->n_known == old_n && ensure_row_stmt (self))
    {
      g_autoptr(GArray) old_keys = g_steal_pointer (&self->keys);

      self->keys = g_steal_pointer (&res->keys);
      self->n_known = self->n_reported = self->keys->len;
      self->keys_serial++;
      new_n = self->keys->len;
      refresh_rows (self, old_keys, old_n);
    }
  else
    {
      g_autoptr(GPtrArray) old_first = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (0));
      g_autoptr(GPtrArray) new_first = NULL;
      guint kept = 0;

      if (old_first != NULL)
        g_ptr_array_ref (old_first);
      g_array_unref (self->keys);
      drop_pages (self);
      g_hash_table_remove_all (self->recycled);
      if (res->first_page != NULL)
        {
          /* Room for every row, the first page's known. */
          self->keys = g_steal_pointer (&res->keys);
          self->n_known = self->keys->len;
          g_array_set_size (self->keys, new_n);
          new_first = g_steal_pointer (&res->first_page);
        }
      else
        {
          self->keys = g_steal_pointer (&res->keys);
          self->n_known = self->keys->len;
          new_n = self->keys->len;
          if (new_n > 0)
            new_first = fetch_page (self, 0);
        }

      /* The rows at the top keep their objects and take the new values:
       * the view keeps its row widgets (GTK 4.8 would build every visible
       * cell anew, ~100 ms) and only the texts change. */
      if (old_first != NULL && new_first != NULL)
        {
          kept = MIN (old_first->len, new_first->len);
          for (guint i = 0; i < kept; i++)
            {
              PrdMember *slot = g_ptr_array_index (old_first, i);
              PrdMember *fresh = g_ptr_array_index (new_first, i);

              prd_member_update_from (slot, fresh);
              new_first->pdata[i] = g_object_ref (slot);
              g_object_unref (fresh);
            }
        }
      if (new_first != NULL)
        cache_page (self, 0, g_steal_pointer (&new_first));
      replace_rows (self, kept, old_n - kept, new_n - kept, old_n);
    }
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (total_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

static void
finish_load (PrdMemberList *self,
             guint          generation,
             LoadResult    *res,
             GError        *error)
{
  /* A newer load was started meanwhile: its result is the one to show. */
  if (generation == self->generation)
    {
      if (res != NULL)
        apply_result (self, res);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("%s", error->message);
    }
  if (--self->pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The list's reference is dropped here, on the list's own thread: the
 * worker's last reference to the task must never be the list's last one,
 * or the list would be finalized on the worker next to the window's
 * connection. */
static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PrdMemberList) self = user_data;
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  LoadResult *res = g_task_propagate_pointer (G_TASK (result), &error);

  finish_load (self, job->generation, res, error);
  if (res != NULL)
    load_result_free (res);
}

static gboolean
store_is_file (PrdStore *store)
{
  const char *path = prd_store_get_path (store);
  return path != NULL && *path != '\0' && !g_str_equal (path, ":memory:");
}

static void
start_load (PrdMemberList *self)
{
  LoadJob *job;
  g_autoptr(GTask) task = NULL;

  g_atomic_int_inc (&self->generation);
  /* Loads under way are for an older query: stop their SQL where SQLite
   * can, so they give their connection and CPU back soon. */
  g_mutex_lock (&self->reader_lock);
  g_cond_broadcast (&self->tail_cond);
  for (guint i = 0; i < self->busy_dbs->len; i++)
    sqlite3_interrupt (g_ptr_array_index (self->busy_dbs, i));
  g_mutex_unlock (&self->reader_lock);

  job = g_new0 (LoadJob, 1);
  job->query = prd_member_query_copy (self->query);
  job->generation = self->generation;
  job->need_total = self->need_total;
  job->refresh = self->refreshing;
  self->need_total = FALSE;
  self->refreshing = FALSE;

  /* An in-memory database has no second connection: read it here. */
  if (!store_is_file (self->store))
    {
      g_autoptr(GError) error = NULL;
      LoadResult *res = run_load (self, job, self->store, NULL, &error);

      finish_load (self, job->generation, res, error);
      if (res != NULL)
        load_result_free (res);
      load_job_free (job);
      return;
    }

  job->path = g_strdup (prd_store_get_path (self->store));
  job->list = self;
  task = g_task_new (NULL, NULL, on_load_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, prd_member_list_refresh);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
}

void
prd_member_list_refresh (PrdMemberList *self)
{
  g_return_if_fail (PRD_IS_MEMBER_LIST (self));

  /* The data changed, so the total may have too. */
  self->need_total = TRUE;
  self->refreshing = self->refresh_idle == 0;
  if (self->pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  start_load (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  PrdMemberList *self = user_data;

  /* The scheduled load becomes a started one: "pending" stays the same. */
  self->refresh_idle = 0;
  start_load (self);
  return G_SOURCE_REMOVE;
}

/* Setting sort and direction, or several filters, are several "changed"
 * signals in a row: one load after them, before the next frame. */
static void
on_query_changed_cb (PrdMemberQuery *query,
                     PrdMemberList  *self)
{
  if (self->refresh_idle != 0)
    return;
  if (self->pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

/* Pages */

static gboolean
ensure_row_stmt (PrdMemberList *self)
{
  g_autoptr(GError) error = NULL;

  if (self->row_stmt != NULL)
    return TRUE;
  self->row_stmt = prd_store_prepare (self->store,
                                      "SELECT " PRD_MEMBER_COLUMNS FROM_MEMBER "WHERE m.rowid = ?1",
                                      &error);
  if (self->row_stmt == NULL)
    g_warning ("%s", error->message);
  return self->row_stmt != NULL;
}

static GPtrArray *
fetch_page (PrdMemberList *self,
            guint          page)
{
  guint first = page * PRD_MEMBER_LIST_PAGE_SIZE;
  guint last = MIN (first + PRD_MEMBER_LIST_PAGE_SIZE, self->keys->len);
  GPtrArray *rows = g_ptr_array_new_full (last - first, g_object_unref);
  gboolean ok = ensure_row_stmt (self);

  for (guint i = first; i < last; i++)
    {
      gint64 rowid = g_array_index (self->keys, gint64, i);
      PrdMember *member = g_hash_table_lookup (self->recycled, &rowid);

      if (member != NULL)
        member = g_object_ref (member);
      else if (ok)
        {
          sqlite3_bind_int64 (self->row_stmt, 1, rowid);
          if (sqlite3_step (self->row_stmt) == SQLITE_ROW)
            member = prd_member_new_from_stmt (self->row_stmt);
          sqlite3_reset (self->row_stmt);
        }
      /* Gone since the load (deleted on another PC): an empty row until the
       * next refresh, never a hole in the model. */
      if (member == NULL)
        member = prd_member_new ();
      g_ptr_array_add (rows, member);
    }
  return rows;
}

/* The placeholders of PAGE take the values of ROWS (same positions): the
 * objects the view already holds fill in, their labels follow "notify". */
static void
fill_placeholders (PrdMemberList *self,
                   guint          page,
                   GPtrArray     *placeholders,
                   GPtrArray     *rows)
{
  g_hash_table_remove (self->unfilled, GUINT_TO_POINTER (page));
  for (guint i = 0; i < placeholders->len && i < rows->len; i++)
    {
      PrdMember *fresh = g_ptr_array_index (rows, i);

      if (prd_member_get_id (fresh) != NULL)
        prd_member_update_from (g_ptr_array_index (placeholders, i), fresh);
    }
}

static GPtrArray *
get_page (PrdMemberList *self,
          guint          page)
{
  GPtrArray *rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (rows != NULL)
    {
      GList *link = g_queue_find (&self->pages_lru, GUINT_TO_POINTER (page));
      g_queue_unlink (&self->pages_lru, link);
      g_queue_push_head_link (&self->pages_lru, link);
      /* Asked for directly while its fill is still on the worker: the
       * caller wants real rows now. */
      if (g_hash_table_lookup (self->unfilled, GUINT_TO_POINTER (page)) == rows)
        {
          g_autoptr(GPtrArray) fresh = fetch_page (self, page);
          fill_placeholders (self, page, rows, fresh);
        }
      return rows;
    }

  rows = fetch_page (self, page);
  cache_page (self, page, rows);
  return rows;
}

/* Background page fills */

typedef struct {
  PrdMemberList *list;
  char          *path;
  guint          page;
  guint          serial;
  GArray        *rowids;
  GPtrArray     *placeholders;
} FillJob;

static void
fill_job_free (FillJob *job)
{
  g_free (job->path);
  g_array_unref (job->rowids);
  g_ptr_array_unref (job->placeholders);
  g_free (job);
}

static void
fill_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  FillJob *job = task_data;
  GError *error = NULL;
  PrdStore *reader = NULL;
  sqlite3_stmt *stmt = NULL;
  GPtrArray *rows;

  if ((reader = take_reader (job->list, job->path, &error)) == NULL ||
      (stmt = prd_store_prepare (reader, "SELECT " PRD_MEMBER_COLUMNS FROM_MEMBER "WHERE m.rowid = ?1", &error)) == NULL)
    {
      if (reader != NULL)
        give_back_reader (job->list, reader);
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stale");
      g_task_return_error (task, error);
      return;
    }
  rows = g_ptr_array_new_full (job->rowids->len, g_object_unref);
  for (guint i = 0; i < job->rowids->len; i++)
    {
      PrdMember *member = NULL;

      sqlite3_bind_int64 (stmt, 1, g_array_index (job->rowids, gint64, i));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        member = prd_member_new_from_stmt (stmt);
      sqlite3_reset (stmt);
      g_ptr_array_add (rows, member != NULL ? member : prd_member_new ());
    }
  sqlite3_finalize (stmt);
  give_back_reader (job->list, reader);
  g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_fill_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PrdMemberList) self = user_data;
  FillJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) rows = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Only if the page still holds the very placeholders this fill is for. */
  if (job->serial != self->keys_serial ||
      g_hash_table_lookup (self->unfilled, GUINT_TO_POINTER (job->page)) != job->placeholders)
    return;
  if (rows == NULL)
    {
      /* The worker could not read (e.g. interrupted): read here. */
      g_autoptr(GPtrArray) fresh = fetch_page (self, job->page);
      fill_placeholders (self, job->page, job->placeholders, fresh);
    }
  else
    fill_placeholders (self, job->page, job->placeholders, rows);
}

/* PAGE as blank placeholders, cached now and filled on a worker. */
static GPtrArray *
start_fill (PrdMemberList *self,
            guint          page)
{
  guint first = page * PRD_MEMBER_LIST_PAGE_SIZE;
  guint last = MIN (first + PRD_MEMBER_LIST_PAGE_SIZE, self->n_known);
  GPtrArray *rows = g_ptr_array_new_full (last - first, g_object_unref);
  FillJob *job = g_new0 (FillJob, 1);
  g_autoptr(GTask) task = NULL;

  for (guint i = first; i < last; i++)
    g_ptr_array_add (rows, prd_member_new ());
  cache_page (self, page, rows);
  g_hash_table_insert (self->unfilled, GUINT_TO_POINTER (page), rows);

  job->list = self;
  job->path = g_strdup (prd_store_get_path (self->store));
  job->page = page;
  job->serial = self->keys_serial;
  job->rowids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), last - first);
  g_array_append_vals (job->rowids, &g_array_index (self->keys, gint64, first), last - first);
  job->placeholders = g_ptr_array_ref (rows);
  task = g_task_new (NULL, NULL, on_fill_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_fill);
  g_task_set_task_data (task, job, (GDestroyNotify) fill_job_free);
  g_task_run_in_thread (task, fill_thread);
  return rows;
}

/* GListModel */

static GType
prd_member_list_get_item_type (GListModel *model)
{
  return PRD_TYPE_MEMBER;
}

static guint
prd_member_list_get_n_items (GListModel *model)
{
  return PRD_MEMBER_LIST (model)->n_reported;
}

static gpointer
prd_member_list_get_item (GListModel *model,
                          guint       position)
{
  PrdMemberList *self = PRD_MEMBER_LIST (model);
  GPtrArray *rows;

  if (position >= self->n_reported)
    return NULL;
  /* Still loading the tail of a big result: a blank row for now; the list
   * says items-changed over these rows when they are known. */
  if (position >= self->n_known)
    return prd_member_new ();
  rows = get_page (self, position / PRD_MEMBER_LIST_PAGE_SIZE);
  return g_object_ref (g_ptr_array_index (rows, position % PRD_MEMBER_LIST_PAGE_SIZE));
}

static void
prd_member_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = prd_member_list_get_item_type;
  iface->get_n_items = prd_member_list_get_n_items;
  iface->get_item = prd_member_list_get_item;
}

/* GObject */

static void
prd_member_list_constructed (GObject *object)
{
  PrdMemberList *self = PRD_MEMBER_LIST (object);

  G_OBJECT_CLASS (prd_member_list_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  if (self->query == NULL)
    self->query = prd_member_query_new ();
  self->changed_id = g_signal_connect (self->query, "changed", G_CALLBACK (on_query_changed_cb), self);
  if (self->pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  start_load (self);
}

static void
prd_member_list_dispose (GObject *object)
{
  PrdMemberList *self = PRD_MEMBER_LIST (object);

  g_clear_signal_handler (&self->changed_id, self->query);
  if (self->refresh_idle != 0)
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      self->pending--;
    }
  drop_pages (self);
  g_hash_table_remove_all (self->recycled);
  g_clear_pointer (&self->row_stmt, sqlite3_finalize);
  G_OBJECT_CLASS (prd_member_list_parent_class)->dispose (object);
}

static void
prd_member_list_finalize (GObject *object)
{
  PrdMemberList *self = PRD_MEMBER_LIST (object);

  g_clear_object (&self->query);
  g_clear_pointer (&self->idle_readers, g_ptr_array_unref);
  g_clear_pointer (&self->busy_dbs, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_pointer (&self->keys, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->unfilled, g_hash_table_unref);
  g_clear_pointer (&self->recycled, g_hash_table_unref);
  g_mutex_clear (&self->reader_lock);
  g_cond_clear (&self->tail_cond);
  G_OBJECT_CLASS (prd_member_list_parent_class)->finalize (object);
}

static void
prd_member_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PrdMemberList *self = PRD_MEMBER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->pending > 0);
      break;
    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->keys->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PrdMemberList *self = PRD_MEMBER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      self->query = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_list_class_init (PrdMemberListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = prd_member_list_constructed;
  object_class->dispose = prd_member_list_dispose;
  object_class->finalize = prd_member_list_finalize;
  object_class->get_property = prd_member_list_get_property;
  object_class->set_property = prd_member_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PRD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, PRD_TYPE_MEMBER_QUERY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_member_list_init (PrdMemberList *self)
{
  self->keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->need_total = TRUE;
  self->recycled = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->unfilled = g_hash_table_new (NULL, NULL);
  g_queue_init (&self->pages_lru);
  g_mutex_init (&self->reader_lock);
  g_cond_init (&self->tail_cond);
  self->idle_readers = g_ptr_array_new_with_free_func (g_object_unref);
  self->busy_dbs = g_ptr_array_new ();
}

/* Public */

PrdMemberList *
prd_member_list_new (PrdStore       *store,
                     PrdMemberQuery *query)
{
  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (query == NULL || PRD_IS_MEMBER_QUERY (query), NULL);

  return g_object_new (PRD_TYPE_MEMBER_LIST, "store", store, "query", query, NULL);
}

PrdStore *
prd_member_list_get_store (PrdMemberList *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), NULL);
  return self->store;
}

PrdMemberQuery *
prd_member_list_get_query (PrdMemberList *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), NULL);
  return self->query;
}

gboolean
prd_member_list_get_loading (PrdMemberList *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), FALSE);
  return self->pending > 0;
}

gint64
prd_member_list_get_total (PrdMemberList *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), 0);
  return self->total;
}

int
prd_member_list_find (PrdMemberList *self,
                      const char    *id)
{
  sqlite3_stmt *stmt;
  gint64 rowid = -1;

  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  stmt = prd_store_prepare (self->store, "SELECT rowid FROM member WHERE id = ?1", NULL);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    rowid = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  for (guint i = 0; rowid >= 0 && i < self->n_known; i++)
    if (g_array_index (self->keys, gint64, i) == rowid)
      return (int) i;
  return -1;
}

guint
prd_member_list_get_n_cached_pages (PrdMemberList *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), 0);
  return g_hash_table_size (self->pages);
}

void
prd_member_list_wait (PrdMemberList *self)
{
  g_return_if_fail (PRD_IS_MEMBER_LIST (self));

  while (self->pending > 0)
    g_main_context_iteration (g_main_context_get_thread_default (), TRUE);
}

PrdMember *
prd_member_list_peek_item (PrdMemberList *self,
                           guint          position)
{
  guint page;
  GPtrArray *rows;

  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), NULL);

  if (position >= self->n_reported)
    return NULL;
  if (position >= self->n_known)
    return prd_member_new ();
  page = position / PRD_MEMBER_LIST_PAGE_SIZE;
  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  /* An in-memory database has no second connection: build it here. */
  if (rows == NULL && !store_is_file (self->store))
    return prd_member_list_get_item (G_LIST_MODEL (self), position);
  if (rows == NULL)
    {
      rows = start_fill (self, page);
      /* The pages around it are likely next: fill them too, ahead. */
      if (page > 0 && !g_hash_table_contains (self->pages, GUINT_TO_POINTER (page - 1)))
        start_fill (self, page - 1);
      if ((page + 1) * PRD_MEMBER_LIST_PAGE_SIZE < self->n_known &&
          !g_hash_table_contains (self->pages, GUINT_TO_POINTER (page + 1)))
        start_fill (self, page + 1);
    }
  else
    {
      GList *link = g_queue_find (&self->pages_lru, GUINT_TO_POINTER (page));
      g_queue_unlink (&self->pages_lru, link);
      g_queue_push_head_link (&self->pages_lru, link);
    }
  return g_object_ref (g_ptr_array_index (rows, position % PRD_MEMBER_LIST_PAGE_SIZE));
}

gboolean
prd_member_list_is_filled (PrdMemberList *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_LIST (self), TRUE);
  return g_hash_table_size (self->unfilled) == 0;
}
