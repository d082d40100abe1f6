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
} PrdStoreError;

GQuark prd_store_error_quark (void);

#define PRD_TYPE_STORE (prd_store_get_type ())
G_DECLARE_FINAL_TYPE (PrdStore, prd_store, PRD, STORE, GObject)

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

gboolean    prd_store_begin               (PrdStore    *self,
                                           GError     **error);
gboolean    prd_store_commit              (PrdStore    *self,
                                           GError     **error);
void        prd_store_rollback            (PrdStore    *self);

/* A transaction that cannot stay open: rolled back when freed unless
 * committed. A commit that fails rolls back too, so the connection is never
 * left inside a transaction.
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

gboolean    prd_store_put                 (PrdStore    *self,
                                           const char  *table,
                                           JsonObject  *record,
                                           GError     **error);
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
