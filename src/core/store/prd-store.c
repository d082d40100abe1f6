/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store.c — opening the database, statements and transactions. */
#define G_LOG_DOMAIN "prd-store"

#include <glib/gi18n.h>

#include "prd-store-private.h"
#include "thai/prd-thai.h"

G_DEFINE_QUARK (prd-store-error-quark, prd_store_error)
G_DEFINE_FINAL_TYPE (PrdStore, prd_store, G_TYPE_OBJECT)

guint prd_store_changed_signal;

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
prd_store_finalize (GObject *object)
{
  PrdStore *self = PRD_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->validators, g_hash_table_unref);
  prd_store_changes_clear (self);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->last_rev_history);
  if (self->canonical != NULL)
    g_string_free (self->canonical, TRUE);
  g_clear_pointer (&self->md5, g_checksum_free);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->blob_columns, g_hash_table_unref);

  G_OBJECT_CLASS (prd_store_parent_class)->finalize (object);
}

static void
prd_store_class_init (PrdStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prd_store_finalize;

  prd_store_changed_signal = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                NULL, NULL, NULL, G_TYPE_NONE, 2,
                G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
prd_store_init (PrdStore *self)
{
  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->blob_columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

char *
prd_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "prdesk", "prdesk.sqlite", NULL);
}

/* The store's error code for SQLite's extended result code EXT. */
static PrdStoreError
error_code_for (int ext)
{
  switch (ext)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return PRD_STORE_ERROR_UNIQUE;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return PRD_STORE_ERROR_FOREIGN_KEY;
    case SQLITE_CONSTRAINT_CHECK:
      return PRD_STORE_ERROR_CHECK;
    case SQLITE_CONSTRAINT_NOTNULL:
      return PRD_STORE_ERROR_NOT_NULL;
    case SQLITE_CONSTRAINT_TRIGGER:
      return PRD_STORE_ERROR_TRIGGER;
    default:
      break;
    }
  switch (ext & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return PRD_STORE_ERROR_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PRD_STORE_ERROR_BUSY;
    default:
      return PRD_STORE_ERROR_SQL;
    }
}

/* Sets ERROR from the connection's last failure: the code from SQLite's
 * extended result code, a message that says what it means. */
static void
set_error_from_db (PrdStore    *self,
                   GError     **error,
                   const char  *what,
                   const char  *detail)
{
  PrdStoreError code = error_code_for (sqlite3_extended_errcode (self->db));

  switch (code)
    {
    case PRD_STORE_ERROR_UNIQUE:
      g_set_error (error, PRD_STORE_ERROR, code,
                   _("The database could not %s: another record already has this value (%s)"),
                   what, detail);
      break;
    case PRD_STORE_ERROR_FOREIGN_KEY:
      g_set_error (error, PRD_STORE_ERROR, code,
                   _("The database could not %s: it refers to a record that does not exist (%s)"),
                   what, detail);
      break;
    case PRD_STORE_ERROR_CHECK:
      g_set_error (error, PRD_STORE_ERROR, code,
                   _("The database could not %s: a value is not allowed (%s)"), what, detail);
      break;
    case PRD_STORE_ERROR_NOT_NULL:
      g_set_error (error, PRD_STORE_ERROR, code,
                   _("The database could not %s: a required value is missing (%s)"), what, detail);
      break;
    case PRD_STORE_ERROR_BUSY:
      g_set_error (error, PRD_STORE_ERROR, code,
                   _("The database could not %s: another program is using it; try again (%s)"),
                   what, detail);
      break;
    default:
      g_set_error (error, PRD_STORE_ERROR, code, _("The database could not %s: %s"), what, detail);
      break;
    }
}

gboolean
prd_store_set_sql_error (PrdStore   *self,
                         GError    **error,
                         const char *what)
{
  set_error_from_db (self, error, what, sqlite3_errmsg (self->db));
  return FALSE;
}

gboolean
prd_store_error_is_constraint (const GError *error)
{
  if (error == NULL || error->domain != PRD_STORE_ERROR)
    return FALSE;
  switch (error->code)
    {
    case PRD_STORE_ERROR_CONSTRAINT:
    case PRD_STORE_ERROR_UNIQUE:
    case PRD_STORE_ERROR_FOREIGN_KEY:
    case PRD_STORE_ERROR_CHECK:
    case PRD_STORE_ERROR_NOT_NULL:
    case PRD_STORE_ERROR_TRIGGER:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
apply_connection_settings (PrdStore  *self,
                           GError   **error)
{
  /* WAL lets readers (backup, later sync) run beside the writer, and keeps the
   * file consistent if the process dies mid-write. */
  static const char *pragmas =
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "PRAGMA foreign_keys = ON;"
    "PRAGMA temp_store = MEMORY;";

  sqlite3_busy_timeout (self->db, 5000);
  /* Thai order and Thai search on every connection: ORDER BY … COLLATE THAI
   * and fts5(…, tokenize='thai') must work wherever the store is opened. */
  if (prd_thai_sqlite_register (self->db) != SQLITE_OK)
    return prd_store_set_sql_error (self, error, _("set up Thai sorting and search"));
  if (prd_store_register_revision_functions (self) != SQLITE_OK)
    return prd_store_set_sql_error (self, error, _("set up revisions"));
  return prd_store_exec (self, pragmas, error);
}

/* Process-wide SQLite settings, before its first use. Without memory
 * statistics every allocation skips a global mutex and its bookkeeping
 * (SQLite allocates ~200 times per member row an import writes). Nothing in
 * PR Desk reads sqlite3_memory_used(). If SQLite is already in use this
 * changes nothing, which is harmless. */
static void
configure_sqlite (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

/* Opens PATH and migrates it up to TARGET (the newest when TARGET < 0). */
static PrdStore *
open_store (const char  *path,
            int          target,
            GError     **error)
{
  g_autoptr(PrdStore) self = g_object_new (PRD_TYPE_STORE, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_OPEN,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (errno));
      return NULL;
    }

  self->path = g_strdup (path);
  configure_sqlite ();
  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_OPEN,
                   _("Cannot open the database %s: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  if (!apply_connection_settings (self, error))
    return NULL;

  prd_store_changes_init (self);
  if (!prd_store_migrate (self, target < 0 ? prd_store_latest_version () : target, error))
    return NULL;
  /* What the migrations wrote is no news to anyone. */
  g_array_set_size (self->committed_seqs, 0);

  return g_steal_pointer (&self);
}

PrdStore *
prd_store_open (const char  *path,
                GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  return open_store (path, -1, error);
}

/* For tests that upgrade a database written by an earlier version. */
PrdStore *
prd_store_open_at_version (const char  *path,
                           int          version,
                           GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version >= 0, NULL);
  return open_store (path, version, error);
}

int
prd_store_get_version (PrdStore *self)
{
  g_return_val_if_fail (PRD_IS_STORE (self), -1);
  return self->version;
}

const char *
prd_store_get_path (PrdStore *self)
{
  g_return_val_if_fail (PRD_IS_STORE (self), NULL);
  return self->path;
}

sqlite3 *
prd_store_get_db (PrdStore *self)
{
  g_return_val_if_fail (PRD_IS_STORE (self), NULL);
  return self->db;
}

gboolean
prd_store_exec (PrdStore    *self,
                const char  *sql,
                GError     **error)
{
  char *msg = NULL;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);

  self->own_call++;
  rc = sqlite3_exec (self->db, sql, NULL, NULL, &msg);
  self->own_call--;
  if (rc != SQLITE_OK)
    {
      if (error_code_for (sqlite3_extended_errcode (self->db)) == PRD_STORE_ERROR_SQL)
        g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                     _("The database refused a command: %s"), msg ? msg : "?");
      else
        set_error_from_db (self, error, _("carry out a command"), msg ? msg : "?");
      sqlite3_free (msg);
      return FALSE;
    }
  prd_store_flush_changes (self);   /* a write outside a transaction */
  return TRUE;
}

sqlite3_stmt *
prd_store_prepare (PrdStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (PRD_IS_STORE (self), NULL);

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      prd_store_set_sql_error (self, error, _("prepare a query"));
      return NULL;
    }
  return stmt;
}

/* The first column of the first row of SQL as a number; -1 on error. */
gint64
prd_store_count (PrdStore   *self,
                 const char *sql)
{
  sqlite3_stmt *stmt = prd_store_prepare (self, sql, NULL);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones savepoints. */
gboolean
prd_store_begin (PrdStore  *self,
                 GError   **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);

  sql = self->txn_depth == 0
          ? g_strdup ("BEGIN IMMEDIATE")
          : g_strdup_printf ("SAVEPOINT prd_%d", self->txn_depth);
  if (!prd_store_exec (self, sql, error))
    return FALSE;
  self->txn_depth++;
  return TRUE;
}

gboolean
prd_store_commit (PrdStore  *self,
                  GError   **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  sql = self->txn_depth == 1
          ? g_strdup ("COMMIT")
          : g_strdup_printf ("RELEASE prd_%d", self->txn_depth - 1);
  if (!prd_store_exec (self, sql, error))
    {
      /* Some failures of COMMIT (an I/O error, a full disk) end the
       * transaction themselves; others (a deferred foreign key) leave it
       * open for the caller to roll back. Only the first is over here. */
      if (self->txn_depth == 1 && sqlite3_get_autocommit (self->db))
        self->txn_depth = 0;
      return FALSE;
    }
  self->txn_depth--;
  return TRUE;
}

struct _PrdStoreTxn
{
  PrdStore *store;
  int       depth;   /* txn_depth inside this transaction */
  gboolean  open;
};

PrdStoreTxn *
prd_store_txn_begin (PrdStore  *self,
                     GError   **error)
{
  PrdStoreTxn *txn;

  g_return_val_if_fail (PRD_IS_STORE (self), NULL);

  if (!prd_store_begin (self, error))
    return NULL;
  txn = g_new0 (PrdStoreTxn, 1);
  txn->store = g_object_ref (self);
  txn->depth = self->txn_depth;
  txn->open = TRUE;
  return txn;
}

gboolean
prd_store_txn_commit (PrdStoreTxn  *txn,
                      GError      **error)
{
  g_return_val_if_fail (txn != NULL && txn->open, FALSE);
  g_return_val_if_fail (txn->store->txn_depth == txn->depth, FALSE);

  /* Either way the transaction is over: COMMIT can fail (a deferred
   * constraint) and leave it open, so roll back what could not be committed
   * and the next write does not land in it; when SQLite already ended it,
   * prd_store_commit has counted it closed and there is nothing to undo. */
  txn->open = FALSE;
  if (prd_store_commit (txn->store, error))
    {
      prd_store_flush_changes (txn->store);
      return TRUE;
    }
  if (txn->store->txn_depth == txn->depth)
    prd_store_rollback (txn->store);
  return FALSE;
}

void
prd_store_txn_free (PrdStoreTxn *txn)
{
  if (txn == NULL)
    return;
  if (txn->open)
    {
      g_warn_if_fail (txn->store->txn_depth == txn->depth);
      prd_store_rollback (txn->store);
    }
  g_object_unref (txn->store);
  g_free (txn);
}

void
prd_store_rollback (PrdStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (PRD_IS_STORE (self));
  g_return_if_fail (self->txn_depth > 0);

  if (self->txn_depth == 1 && sqlite3_get_autocommit (self->db))
    {
      /* SQLite rolled the transaction back itself (an I/O error, or
       * SQLITE_FULL): ROLLBACK now would only fail. */
      self->txn_depth = 0;
      return;
    }
  if (self->txn_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO prd_%d; RELEASE prd_%d",
                           self->txn_depth - 1, self->txn_depth - 1);
  if (!prd_store_exec (self, sql, NULL))
    g_warning ("rollback failed: %s", sqlite3_errmsg (self->db));
  self->txn_depth--;
}

char *
prd_timestamp_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}
