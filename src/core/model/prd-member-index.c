/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-index.c — indexing a bulk write in one statement. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-member-index.h"
#include "thai/prd-thai-fts.h"
#include "store/prd-store-sql.h"

/* member_sort (migration 0006): its triggers are suspended with the index's. */
#define SORT_FROM_SOURCE \
  "INSERT OR REPLACE INTO member_sort (member_rowid, name_key, id) " \
  "SELECT member_rowid, name_key, id FROM member_sort_source WHERE "

#define INSERT_FROM_SOURCE \
  "INSERT INTO member_fts (rowid, name, org, position, district, contact, social) " \
  "SELECT member_rowid, name, org, position, district, contact, social " \
  "FROM member_search_source WHERE "

static gboolean
db_error (PrdStore  *store,
          GError   **error)
{
  g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
               _("The search index could not be updated: %s"),
               sqlite3_errmsg (prd_store_get_db (store)));
  return FALSE;
}

gboolean
prd_member_index_bulk_begin (PrdStore            *store,
                             PrdMemberIndexBulk  *bulk,
                             GError             **error)
{
  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (bulk != NULL, FALSE);
  g_return_val_if_fail (!sqlite3_get_autocommit (prd_store_get_db (store)), FALSE);

  bulk->touched = g_ptr_array_new_with_free_func (g_free);
  bulk->first_new = prd_store_count (store, "SELECT coalesce (max (rowid), 0) FROM member");
  if (bulk->first_new < 0)
    return db_error (store, error);
  return prd_store_exec (store, "UPDATE member_fts_state SET suspended = 1 WHERE id = 1", error);
}

void
prd_member_index_bulk_touch (PrdMemberIndexBulk *bulk,
                             const char         *member_id)
{
  g_return_if_fail (bulk != NULL && bulk->touched != NULL);
  g_ptr_array_add (bulk->touched, g_strdup (member_id));
}

static gpointer
warm_texts (gpointer data)
{
  GPtrArray *texts = data;

  for (guint i = 0; i < texts->len; i++)
    prd_thai_fts_prime (g_ptr_array_index (texts, i));
  return NULL;
}

void
prd_member_index_bulk_warm (PrdMemberIndexBulk *bulk,
                            GPtrArray          *texts)
{
  g_return_if_fail (bulk != NULL && bulk->touched != NULL);
  g_return_if_fail (bulk->warm_thread == NULL);

  bulk->warm_texts = texts;
  if (!bulk->breaks_held)
    {
      prd_thai_fts_hold_breaks ();
      bulk->breaks_held = TRUE;
    }
  bulk->warm_thread = g_thread_new ("prd-index-warm", warm_texts, texts);
}

/* Waits for the warming thread; lets the tokenizer forget what it learnt
 * once the index is written (RELEASE). */
static void
finish_warm (PrdMemberIndexBulk *bulk,
             gboolean            release)
{
  if (bulk->warm_thread != NULL)
    g_thread_join (g_steal_pointer (&bulk->warm_thread));
  g_clear_pointer (&bulk->warm_texts, g_ptr_array_unref);
  if (release && bulk->breaks_held)
    {
      prd_thai_fts_release_breaks ();
      bulk->breaks_held = FALSE;
    }
}

gboolean
prd_member_index_bulk_end (PrdStore            *store,
                           PrdMemberIndexBulk  *bulk,
                           GError             **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (bulk != NULL && bulk->touched != NULL, FALSE);

  finish_warm (bulk, FALSE);
  /* New members: one statement, one flush of the index; their sort keys. */
  for (guint k = 0; k < 2; k++)
    {
      stmt = prd_store_prepare (store, k == 0 ? INSERT_FROM_SOURCE "member_rowid > ?1"
                                              : SORT_FROM_SOURCE "member_rowid > ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, bulk->first_new);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_finalize (stmt);
      if (k == 0)
        finish_warm (bulk, TRUE);
      if (!ok)
        return db_error (store, error);
    }

  /* Members that were there before and changed: their rows again. */
  if (bulk->touched->len > 0)
    {
      sqlite3_stmt *del = prd_store_prepare (store,
                                             "DELETE FROM member_fts WHERE rowid = "
                                             "(SELECT rowid FROM member WHERE id = ?1)", error);
      sqlite3_stmt *ins = del != NULL ? prd_store_prepare (store, INSERT_FROM_SOURCE "id = ?1", error)
                                      : NULL;
      sqlite3_stmt *key = ins != NULL ? prd_store_prepare (store, SORT_FROM_SOURCE "id = ?1", error)
                                      : NULL;

      for (guint i = 0; key != NULL && ok && i < bulk->touched->len; i++)
        {
          const char *id = g_ptr_array_index (bulk->touched, i);

          sqlite3_bind_text (del, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (ins, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (key, 1, id, -1, SQLITE_STATIC);
          ok = sqlite3_step (del) == SQLITE_DONE && sqlite3_step (ins) == SQLITE_DONE &&
               sqlite3_step (key) == SQLITE_DONE;
          sqlite3_reset (del);
          sqlite3_reset (ins);
          sqlite3_reset (key);
        }
      if (key != NULL && !ok)
        db_error (store, error);
      sqlite3_finalize (del);
      sqlite3_finalize (ins);
      sqlite3_finalize (key);
      if (key == NULL || !ok)
        return FALSE;
    }
  return prd_store_exec (store, "UPDATE member_fts_state SET suspended = 0 WHERE id = 1", error);
}

void
prd_member_index_bulk_clear (PrdMemberIndexBulk *bulk)
{
  g_return_if_fail (bulk != NULL);
  finish_warm (bulk, TRUE);
  g_clear_pointer (&bulk->touched, g_ptr_array_unref);
}
