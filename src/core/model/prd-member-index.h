/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-index.h — bulk writes and the members' search index.
 *
 * Triggers keep member_fts in step with every write to member, school and
 * social_account. FTS5 flushes its pending terms at every statement, which
 * makes 100,000 single-row writes slow; a bulk writer (the CSV import, the
 * demo office) instead suspends the triggers inside its own transaction and
 * indexes what it wrote in one statement before committing:
 *
 *   g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (store, error);
 *   prd_member_index_bulk_begin (store, &bulk);
 *   … prd_store_put … (prd_member_index_bulk_touch for existing members changed)
 *   prd_member_index_bulk_end (store, &bulk);
 *   prd_store_txn_commit (txn, error);
 *
 * The members' sort keys (member_sort, migration 0006) are suspended and
 * written at the end the same way.
 *
 * A rollback undoes the suspension with everything else; no other connection
 * ever sees the triggers off. Core, no GTK.
 */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64     first_new;      /* members with a larger rowid are new */
  GPtrArray *touched;        /* ids of existing members changed */
  GPtrArray *warm_texts;     /* see prd_member_index_bulk_warm */
  GThread   *warm_thread;
  gboolean   breaks_held;
} PrdMemberIndexBulk;

gboolean prd_member_index_bulk_begin (PrdStore            *store,
                                      PrdMemberIndexBulk  *bulk,
                                      GError             **error);
void     prd_member_index_bulk_touch (PrdMemberIndexBulk  *bulk,
                                      const char          *member_id);
/* Optional, after begin: TEXTS (const char *; the array is taken, the texts
 * must stay valid until end or clear) are what the members about to be
 * written say: names, schools, positions, districts. A second thread breaks
 * their Thai words while the caller writes the rows, so end, which indexes
 * them, finds the breaks ready (the office PCs have two cores). */
void     prd_member_index_bulk_warm  (PrdMemberIndexBulk  *bulk,
                                      GPtrArray           *texts);
gboolean prd_member_index_bulk_end   (PrdStore            *store,
                                      PrdMemberIndexBulk  *bulk,
                                      GError             **error);
/* Frees what BULK holds (after end, or on error before the rollback). */
void     prd_member_index_bulk_clear (PrdMemberIndexBulk  *bulk);

G_END_DECLS
