/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store.h — the one SQLite file that is the truth on this PC.
 *
 * Opens the database (WAL, foreign keys, busy timeout), applies the numbered
 * migrations from the GResource, and offers transactions, record writes that
 * keep every row ready for sync (uuid, times, revision, tombstone, journal)
 * and an online backup.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PRD_STORE_ERROR (prd_store_error_quark ())

typedef enum {
  PRD_STORE_ERROR_OPEN,
  PRD_STORE_ERROR_TOO_NEW,
  PRD_STORE_ERROR_MIGRATE,
  PRD_STORE_ERROR_SQL,
  PRD_STORE_ERROR_INVALID,
  PRD_STORE_ERROR_NOT_FOUND,
  PRD_STORE_ERROR_BACKUP,
  /* A constraint of the schema refused the write; the code says which kind
   * (from SQLite's extended result code, never from its message). */
  PRD_STORE_ERROR_CONSTRAINT,   /* another kind of constraint */
  PRD_STORE_ERROR_UNIQUE,       /* a unique value or key is taken */
  PRD_STORE_ERROR_FOREIGN_KEY,  /* refers to a record that does not exist */
  PRD_STORE_ERROR_CHECK,        /* a CHECK of the column refused the value */
  PRD_STORE_ERROR_NOT_NULL,     /* a required value is missing */
  PRD_STORE_ERROR_TRIGGER,      /* a trigger refused it (RAISE) */
  PRD_STORE_ERROR_BUSY,         /* another program holds the database */
  PRD_STORE_ERROR_REVISION,     /* a remote record's revision data is malformed */
  PRD_STORE_ERROR_CONFLICT,     /* a remote revision does not descend from ours */
} PrdStoreError;

GQuark prd_store_error_quark (void);

#define PRD_TYPE_STORE (prd_store_get_type ())
G_DECLARE_FINAL_TYPE (PrdStore, prd_store, PRD, STORE, GObject)

/* Signal "changed" (const char *table, const char *id): a record of a
 * synced table was written (by this PC or through prd_store_apply_remote).
 * Emitted after the transaction that wrote it committed, once per record
 * and transaction, in the order of the writes; never for a rollback. Writes
 * of the store's own calls are announced before the call returns, others
 * (a raw statement in core) from the next idle of the main context that
 * the opening thread owns (see prd-store-changes.c). Commits by other
 * connections are not seen. */

/* Called with the fraction done (0..1) while a long operation runs. */
typedef void (*PrdProgressFunc) (double fraction, gpointer user_data);

char       *prd_store_default_path        (void);
PrdStore   *prd_store_open                (const char  *path,
                                           GError     **error);
PrdStore   *prd_store_open_at_version     (const char  *path,
                                           int          version,
                                           GError     **error);
int         prd_store_latest_version      (void);
/* The versions the migrations compiled in lead to, ascending (an int each). */
GArray     *prd_store_known_versions      (void);
int         prd_store_get_version         (PrdStore    *self);
const char *prd_store_get_path            (PrdStore    *self);

/* A transaction that cannot stay open: rolled back when freed unless
 * committed. A commit that fails rolls back too, so the connection is never
 * left inside a transaction. Transactions nest (an inner one is a
 * savepoint); the outermost is BEGIN IMMEDIATE.
 *
 *   g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (store, error);
 *   if (txn == NULL || !write_things (store, error))
 *     return FALSE;
 *   return prd_store_txn_commit (txn, error);
 */
typedef struct _PrdStoreTxn PrdStoreTxn;

PrdStoreTxn *prd_store_txn_begin          (PrdStore    *self,
                                           GError     **error);
gboolean    prd_store_txn_commit          (PrdStoreTxn *txn,
                                           GError     **error);
void        prd_store_txn_free            (PrdStoreTxn *txn);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdStoreTxn, prd_store_txn_free)

/* TRUE when ERROR is a refusal by a constraint of the schema (any of the
 * PRD_STORE_ERROR_CONSTRAINT … _TRIGGER codes). */
gboolean    prd_store_error_is_constraint (const GError *error);

/* Revisions (prd-store-revision.c): each synced record carries rev_id,
 * "N-<md5 of its canonical JSON>", and rev_history, a JSON array of the
 * revisions before it, newest first, at most PRD_STORE_REVS_LIMIT. */
#define PRD_STORE_REVS_LIMIT 100

/* The canonical JSON of RECORD's body (what the revision hash covers; the
 * rules are at the top of prd-store-revision.c). */
char       *prd_store_canonical_json      (JsonObject  *record);
/* "GENERATION-<md5 hex of the canonical JSON of RECORD>". */
char       *prd_store_revision_id         (gint64       generation,
                                           JsonObject  *record);
/* TRUE when REV_ID has the form "N-<32 lower-case hex digits>", N > 0. */
gboolean    prd_store_revision_parse      (const char  *rev_id,
                                           gint64      *generation);

/* Checks a record of TABLE before it is written, by this PC (prd_store_put)
 * or as another replica sent it (prd_store_apply_remote): one path for
 * both. RECORD holds what will be written (for a put: the members given,
 * with id and stamps). Set an error and return FALSE to refuse it. */
typedef gboolean (*PrdStoreValidateFunc) (PrdStore    *store,
                                          const char  *table,
                                          JsonObject  *record,
                                          gpointer     user_data,
                                          GError     **error);

/* Sets (or with FUNC NULL removes) the validator of TABLE. */
void        prd_store_set_validator       (PrdStore             *self,
                                           const char           *table,
                                           PrdStoreValidateFunc  func,
                                           gpointer              user_data,
                                           GDestroyNotify        destroy);

gboolean    prd_store_put                 (PrdStore    *self,
                                           const char  *table,
                                           JsonObject  *record,
                                           GError     **error);
/* Writes RECORD of TABLE exactly as another replica sent it: its id,
 * created_at, updated_at, deleted, rev_id ("N-<md5>"; rev is N) and
 * rev_history (a JSON array, or its text, of the N-1 … revisions before it,
 * newest first; longer than PRD_STORE_REVS_LIMIT is cut) are kept, columns
 * it leaves out take their defaults. It is checked by the same path as a
 * local write (the table's columns, the validator, the schema's
 * constraints), and its journal entry carries ORIGIN, the peer it came
 * from, so sync does not send it back. The hash in rev_id is not checked
 * against the body: a revision is its writer's name for it (CouchDB's are
 * opaque to other replicas too).
 *
 * Against the row this PC has:
 *   - the same revision: nothing is written (TRUE);
 *   - a descendant of ours (our rev_id is in its history): written;
 *   - an ancestor of ours (its rev_id is in our history): nothing is
 *     written (TRUE), we already have what follows it;
 *   - neither: a conflict, refused with PRD_STORE_ERROR_CONFLICT and
 *     nothing written; keeping both branches and choosing the winner is the
 *     sync's (leave room: the caller sees the code). */
gboolean    prd_store_apply_remote        (PrdStore    *self,
                                           const char  *table,
                                           JsonObject  *record,
                                           const char  *origin,
                                           GError     **error);
/* Replication checkpoints (prd-store-checkpoint.c): the last sequence of
 * the source's changes that replication with PEER_ID in DIRECTION has
 * brought over. For a push it is this PC's change_journal seq, for a pull
 * the peer's update sequence (opaque text, as CouchDB gives it). */
typedef enum {
  PRD_REPLICATION_PUSH,
  PRD_REPLICATION_PULL,
} PrdReplicationDirection;

/* *LAST_SEQ becomes a new string, or NULL when replication with the peer
 * in that direction never ran; FALSE only on error. */
gboolean    prd_store_get_checkpoint      (PrdStore                 *self,
                                           const char               *peer_id,
                                           PrdReplicationDirection   direction,
                                           char                    **last_seq,
                                           GError                  **error);
gboolean    prd_store_set_checkpoint      (PrdStore                 *self,
                                           const char               *peer_id,
                                           PrdReplicationDirection   direction,
                                           const char               *last_seq,
                                           GError                  **error);

JsonObject *prd_store_get                 (PrdStore    *self,
                                           const char  *table,
                                           const char  *id,
                                           GError     **error);
gboolean    prd_store_tombstone           (PrdStore    *self,
                                           const char  *table,
                                           const char  *id,
                                           GError     **error);

gboolean    prd_store_backup              (PrdStore        *self,
                                           const char      *dest_path,
                                           PrdProgressFunc  progress,
                                           gpointer         user_data,
                                           GError         **error);
void        prd_store_backup_async        (PrdStore            *self,
                                           const char          *dest_path,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    prd_store_backup_finish       (PrdStore            *self,
                                           GAsyncResult        *result,
                                           GError             **error);

char       *prd_timestamp_now_utc         (void);

G_END_DECLS
