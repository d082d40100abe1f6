/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared between the files that implement PrdStore. */
#pragma once

#include "prd-store-sql.h"

struct _PrdStore
{
  GObject   parent_instance;
  sqlite3  *db;
  char     *path;
  int       version;
  int       txn_depth;
  GHashTable *columns;      /* table name → GPtrArray of column names */
  GHashTable *blob_columns; /* "table.column" of BLOB columns */
  GHashTable *statements;   /* prd_store_put's prepared statements, see below */
  GHashTable *validators;   /* table name → Validator (prd-store-records.c) */

  /* The changed signal (prd-store-changes.c): journal seqs written in the
   * open transaction, those committed but not yet announced, and the idle
   * that announces commits made outside the store's own calls. */
  GArray       *pending_seqs;
  GArray       *committed_seqs;
  GSource      *flush_source;
  GMainContext *context;
  GThread      *owner;      /* the thread that opened the store */

  /* The last results of the SQL functions prd_revision and
   * prd_rev_ancestry: prd_store_put reads what its statement computed
   * (cheaper than RETURNING, which buffers rows in a temporary table). */
  char          last_rev_id[64];
  char         *last_rev_history;
  GString      *canonical;  /* prd_revision's buffer and checksum */
  GChecksum    *md5;
  int           own_call;   /* > 0 while the store itself runs a statement */
};

/* The raw transaction steps behind PrdStoreTxn (and the migrations). */
gboolean prd_store_begin            (PrdStore  *self,
                                     GError   **error);
gboolean prd_store_commit           (PrdStore  *self,
                                     GError   **error);
void     prd_store_rollback         (PrdStore  *self);

/* prd-store-revision.c: the SQL functions prd_revision and
 * prd_rev_ancestry on DB. */
int      prd_store_register_revision_functions (PrdStore *self);
/* The SQL expression of TABLE's new revision id: prd_revision (GENERATION,
 * …) over every body column, each taken from GIVEN (column → SQL
 * expression) when there, else the column itself (UPDATE) or its default
 * (INSERT). */
char    *prd_store_revision_sql     (PrdStore    *self,
                                     const char  *table,
                                     const char  *generation,
                                     GHashTable  *given,
                                     gboolean     update);

/* prd-store-records.c, shared with prd-store-remote.c */
gboolean      prd_store_column_exists    (GPtrArray    *cols,
                                          const char   *name);
void          prd_store_bind_json_value  (PrdStore     *self,
                                          const char   *table,
                                          sqlite3_stmt *stmt,
                                          int           index,
                                          const char   *column,
                                          JsonNode     *node);
sqlite3_stmt *prd_store_cached_statement (PrdStore     *self,
                                          const char   *key,
                                          const char   *sql,
                                          GError      **error);
/* The columns of TABLE (an error when there is no such table). */
GPtrArray    *prd_store_known_columns    (PrdStore     *self,
                                          const char   *table,
                                          GError      **error);
/* Every member of RECORD is a column of TABLE, and TABLE's validator
 * accepts it: the one check of local and remote writes. */
gboolean      prd_store_validate_record  (PrdStore     *self,
                                          const char   *table,
                                          GPtrArray    *cols,
                                          JsonObject   *record,
                                          GError      **error);

/* prd-store-changes.c; the signal's id is set in class_init */
extern guint prd_store_changed_signal;
void     prd_store_changes_init     (PrdStore  *self);
void     prd_store_changes_clear    (PrdStore  *self);
/* Emits changed for what was committed since the last call (nothing while
 * a transaction is open). */
void     prd_store_flush_changes    (PrdStore  *self);

gboolean prd_store_migrate          (PrdStore  *self,
                                     int        target,
                                     GError   **error);
gboolean prd_store_set_sql_error    (PrdStore  *self,
                                     GError   **error,
                                     const char *what);
GPtrArray *prd_store_table_columns  (PrdStore   *self,
                                     const char *table);
/* Forgets the cached statements (the schema changed). */
void       prd_store_clear_statements (PrdStore *self);
