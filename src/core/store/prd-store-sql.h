/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-sql.h — the raw SQLite side of PrdStore, for core/ only.
 *
 * Model, io and docs code that runs its own queries includes this; the GUI
 * and the command line never do: they ask core/model for objects and
 * GListModels (`git grep -nE 'sqlite3_|prd_store_prepare|prd_store_get_db'
 * src/gui src/cli` prints nothing). */
#pragma once

#include <sqlite3.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

sqlite3      *prd_store_get_db  (PrdStore    *self);
gboolean      prd_store_exec    (PrdStore    *self,
                                 const char  *sql,
                                 GError     **error);
sqlite3_stmt *prd_store_prepare (PrdStore    *self,
                                 const char  *sql,
                                 GError     **error);
/* The first column of the first row of SQL as a number; -1 on error. */
gint64        prd_store_count   (PrdStore    *self,
                                 const char  *sql);

G_END_DECLS
