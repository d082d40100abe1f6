/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-checkpoint.c — where replication with each peer got to.
 *
 * One row per (peer, direction) in replication_checkpoint (migration
 * 0007): the last sequence of the source's changes the target holds. For
 * a push that is this PC's change_journal seq; for a pull, the peer's
 * update sequence, which CouchDB treats as opaque text. The table is this
 * PC's own: no sync columns, no journal. */
#define G_LOG_DOMAIN "prd-store"

#include <glib/gi18n.h>

#include "prd-store-private.h"

static const char *
direction_name (PrdReplicationDirection direction)
{
  return direction == PRD_REPLICATION_PUSH ? "push" : "pull";
}

gboolean
prd_store_get_checkpoint (PrdStore                 *self,
                          const char               *peer_id,
                          PrdReplicationDirection   direction,
                          char                    **last_seq,
                          GError                  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);
  g_return_val_if_fail (peer_id != NULL && *peer_id != '\0', FALSE);
  g_return_val_if_fail (last_seq != NULL, FALSE);

  *last_seq = NULL;
  stmt = prd_store_prepare (self, "SELECT last_seq FROM replication_checkpoint "
                                  "WHERE peer_id = ?1 AND direction = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, peer_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, direction_name (direction), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *last_seq = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    prd_store_set_sql_error (self, error, _("read where copying with another computer got to"));
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

gboolean
prd_store_set_checkpoint (PrdStore                 *self,
                          const char               *peer_id,
                          PrdReplicationDirection   direction,
                          const char               *last_seq,
                          GError                  **error)
{
  g_autofree char *now = prd_timestamp_now_utc ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);
  g_return_val_if_fail (peer_id != NULL && *peer_id != '\0', FALSE);
  g_return_val_if_fail (last_seq != NULL && *last_seq != '\0', FALSE);

  stmt = prd_store_prepare (self,
                            "INSERT INTO replication_checkpoint (peer_id, direction, last_seq, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (peer_id, direction) "
                            "DO UPDATE SET last_seq = excluded.last_seq, updated_at = excluded.updated_at",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, peer_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, direction_name (direction), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, last_seq, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    prd_store_set_sql_error (self, error, _("note where copying with another computer got to"));
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}
