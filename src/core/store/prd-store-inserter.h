/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-inserter.h — many new records of one table, fast.
 *
 * What prd_store_put does for one record, for a stream of new ones: one
 * prepared INSERT of fixed columns, no JSON, the sync columns filled in
 * (a time-ordered id, created/updated now, rev 1, not deleted). A value left
 * unset (NULL) takes the column's default. Used inside the caller's
 * transaction; the journal and search triggers run as for any insert.
 */
#pragma once

#include "prd-store.h"

G_BEGIN_DECLS

typedef struct _PrdStoreInserter PrdStoreInserter;

PrdStoreInserter *prd_store_inserter_new      (PrdStore          *store,
                                               const char        *table,
                                               const char *const *columns,
                                               GError           **error);
/* Value of COLUMN (an index into the columns given) for the next insert. */
void              prd_store_inserter_set_text (PrdStoreInserter  *self,
                                               guint              column,
                                               const char        *text);
void              prd_store_inserter_set_int  (PrdStoreInserter  *self,
                                               guint              column,
                                               gint64             value);
/* Inserts the values set since the last insert; returns the new record's
 * id (owned by the inserter, valid until the next insert) or NULL. */
const char       *prd_store_inserter_insert   (PrdStoreInserter  *self,
                                               GError           **error);
void              prd_store_inserter_free     (PrdStoreInserter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdStoreInserter, prd_store_inserter_free)

G_END_DECLS
