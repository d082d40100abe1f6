/* prd-member-index.c — indexing a bulk write in one statement. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-member-index.h"

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

gboolean
prd_member_index_bulk_end (PrdStore            *store,
                           PrdMemberIndexBulk  *bulk,
                           GError             **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (bulk != NULL && bulk->touched != NULL, FALSE);

  /* New members: one statement, one flush of the index. */
  stmt = prd_store_prepare (store, INSERT_FROM_SOURCE "member_rowid > ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, bulk->first_new);
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  if (!ok)
    return db_error (store, error);

  /* Members that were there before and changed: their rows again. */
  if (bulk->touched->len > 0)
    {
      sqlite3_stmt *del = prd_store_prepare (store,
                                             "DELETE FROM member_fts WHERE rowid = "
                                             "(SELECT rowid FROM member WHERE id = ?1)", error);
      sqlite3_stmt *ins = del != NULL ? prd_store_prepare (store, INSERT_FROM_SOURCE "id = ?1", error)
                                      : NULL;

      for (guint i = 0; ins != NULL && ok && i < bulk->touched->len; i++)
        {
          const char *id = g_ptr_array_index (bulk->touched, i);

          sqlite3_bind_text (del, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (ins, 1, id, -1, SQLITE_STATIC);
          ok = sqlite3_step (del) == SQLITE_DONE && sqlite3_step (ins) == SQLITE_DONE;
          sqlite3_reset (del);
          sqlite3_reset (ins);
        }
      if (ins != NULL && !ok)
        db_error (store, error);
      sqlite3_finalize (del);
      sqlite3_finalize (ins);
      if (ins == NULL || !ok)
        return FALSE;
    }
  return prd_store_exec (store, "UPDATE member_fts_state SET suspended = 0 WHERE id = 1", error);
}

void
prd_member_index_bulk_clear (PrdMemberIndexBulk *bulk)
{
  g_return_if_fail (bulk != NULL);
  g_clear_pointer (&bulk->touched, g_ptr_array_unref);
}
