/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-record-private.h — reading records from queries, for core/model. */
#pragma once

#include "model/prd-record.h"
#include "store/prd-store-sql.h"

G_BEGIN_DECLS

/* A record of TYPE from the current row of STMT: each column whose name is
 * a property of TYPE (or a sync column) sets it; other columns are ignored. */
gpointer    prd_record_new_from_stmt   (GType          type,
                                        sqlite3_stmt  *stmt);
/* Every row of `SELECT * FROM <table> <CLAUSE>` as records of TYPE, in a
 * GListStore; CLAUSE (WHERE … ORDER BY …) may bind ?1 to ARG (or NULL). */
GListModel *prd_record_list            (PrdStore      *store,
                                        GType          type,
                                        const char    *clause,
                                        const char    *arg,
                                        GError       **error);
/* The same for any query whose columns are named as TYPE's properties. */
GListModel *prd_record_query           (PrdStore      *store,
                                        GType          type,
                                        const char    *sql,
                                        const char    *arg,
                                        GError       **error);

G_END_DECLS
