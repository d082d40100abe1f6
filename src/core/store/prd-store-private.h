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
};

/* The raw transaction steps behind PrdStoreTxn (and the migrations). */
gboolean prd_store_begin            (PrdStore  *self,
                                     GError   **error);
gboolean prd_store_commit           (PrdStore  *self,
                                     GError   **error);
void     prd_store_rollback         (PrdStore  *self);

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
