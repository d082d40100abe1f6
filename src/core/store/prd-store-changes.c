/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-changes.c — the changed (table, id) signal.
 *
 * Every write of a synced record adds a row to change_journal (its
 * triggers), so the journal's seqs say what a transaction wrote. SQLite's
 * update hook collects them while the transaction runs; the commit hook
 * keeps them, the rollback hook drops them. A ROLLBACK TO a savepoint calls
 * no hook: its seqs stay collected, but their journal rows are gone, so
 * the flush, which reads the rows back, finds nothing for them (or, where
 * SQLite gave a seq again, the later write, which did commit).
 *
 * The hooks may not touch the connection, so the announcing waits until
 * COMMIT has returned: the store's own calls flush at once. A commit by a
 * raw statement of core (none writes synced tables today) is announced
 * from an idle, but only where that is safe: on the thread that opened the
 * store while it owns the store's main context (the GUI's main loop). A
 * store a worker thread opened never schedules one, so no other thread
 * ever touches its connection. */
#define G_LOG_DOMAIN "prd-store"

#include <string.h>

#include "prd-store-private.h"

static void
on_update (void          *data,
           int            op,
           const char    *db_name,
           const char    *table,
           sqlite3_int64  rowid)
{
  PrdStore *self = data;

  if (op == SQLITE_INSERT && strcmp (table, "change_journal") == 0)
    g_array_append_val (self->pending_seqs, rowid);
}

static gboolean
on_flush_idle (gpointer data)
{
  PrdStore *self = data;

  g_clear_pointer (&self->flush_source, g_source_unref);
  prd_store_flush_changes (self);
  return G_SOURCE_REMOVE;
}

static int
on_commit (void *data)
{
  PrdStore *self = data;

  if (self->pending_seqs->len == 0)
    return 0;
  g_array_append_vals (self->committed_seqs, self->pending_seqs->data, self->pending_seqs->len);
  g_array_set_size (self->pending_seqs, 0);
  if (self->own_call == 0 && self->flush_source == NULL &&
      g_thread_self () == self->owner && g_main_context_is_owner (self->context))
    {
      /* Only schedules: the source holds no reference, finalize destroys it. */
      self->flush_source = g_idle_source_new ();
      g_source_set_callback (self->flush_source, on_flush_idle, self, NULL);
      g_source_set_static_name (self->flush_source, "[prdesk] store changes");
      g_source_attach (self->flush_source, self->context);
    }
  return 0;
}

static void
on_rollback (void *data)
{
  PrdStore *self = data;

  g_array_set_size (self->pending_seqs, 0);
}

void
prd_store_changes_init (PrdStore *self)
{
  self->pending_seqs = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  self->committed_seqs = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  self->context = g_main_context_ref_thread_default ();
  self->owner = g_thread_self ();
  sqlite3_update_hook (self->db, on_update, self);
  sqlite3_commit_hook (self->db, on_commit, self);
  sqlite3_rollback_hook (self->db, on_rollback, self);
}

void
prd_store_changes_clear (PrdStore *self)
{
  if (self->flush_source != NULL)
    {
      g_source_destroy (self->flush_source);
      g_clear_pointer (&self->flush_source, g_source_unref);
    }
  if (self->db != NULL)
    {
      sqlite3_update_hook (self->db, NULL, NULL);
      sqlite3_commit_hook (self->db, NULL, NULL);
      sqlite3_rollback_hook (self->db, NULL, NULL);
    }
  g_clear_pointer (&self->pending_seqs, g_array_unref);
  g_clear_pointer (&self->committed_seqs, g_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
}

typedef struct {
  char *table;
  char *id;
} Change;

static void
change_clear (gpointer data)
{
  Change *c = data;

  g_free (c->table);
  g_free (c->id);
}

void
prd_store_flush_changes (PrdStore *self)
{
  g_autoptr(GArray) seqs = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GHashTable) seen = NULL;
  sqlite3_int64 lo = G_MAXINT64, hi = 0;
  sqlite3_stmt *stmt;

  /* Inside a transaction of ours (or while COMMIT is still being counted)
   * nothing is announced yet. */
  if (self->committed_seqs == NULL || self->committed_seqs->len == 0 ||
      self->txn_depth > 0 || !sqlite3_get_autocommit (self->db))
    return;

  /* Taken first: a handler may write again, and that is the next batch. */
  seqs = g_steal_pointer (&self->committed_seqs);
  self->committed_seqs = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < seqs->len; i++)
    {
      sqlite3_int64 *seq = &g_array_index (seqs, sqlite3_int64, i);

      g_hash_table_add (wanted, seq);
      lo = MIN (lo, *seq);
      hi = MAX (hi, *seq);
    }

  changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (changes, change_clear);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stmt = prd_store_prepare (self, "SELECT seq, table_name, record_id FROM change_journal "
                                  "WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, lo);
  sqlite3_bind_int64 (stmt, 2, hi);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_int64 seq = sqlite3_column_int64 (stmt, 0);
      const char *table = (const char *) sqlite3_column_text (stmt, 1);
      const char *id = (const char *) sqlite3_column_text (stmt, 2);
      char *key;

      if (!g_hash_table_contains (wanted, &seq))
        continue;   /* another connection's */
      key = g_strconcat (table, "\x1f", id, NULL);
      if (!g_hash_table_add (seen, key))
        continue;   /* once per record */
      g_array_append_val (changes, ((Change) { g_strdup (table), g_strdup (id) }));
    }
  sqlite3_finalize (stmt);

  g_object_ref (self);
  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);
      g_signal_emit (self, prd_store_changed_signal, 0, c->table, c->id);
    }
  g_object_unref (self);
}
