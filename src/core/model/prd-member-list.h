/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-list.h — the registry as a GListModel of PrdMember that pages
 * rows out of SQLite on demand.
 *
 * When the query changes, the ordered row ids of every matching member are
 * read on a worker thread (its own read connection: WAL lets it read while
 * the window writes); then the list emits ONE items-changed. Rows are built
 * 200 at a time when a view asks for them, and only a bounded number of
 * such pages is kept, so 100,000 members cost ~1 MB of ids plus the pages
 * on screen. */
#pragma once

#include <gio/gio.h>

#include "model/prd-member.h"
#include "model/prd-member-query.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_MEMBER_LIST_PAGE_SIZE 200
#define PRD_MEMBER_LIST_MAX_PAGES 16

#define PRD_TYPE_MEMBER_LIST (prd_member_list_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberList, prd_member_list, PRD, MEMBER_LIST, GObject)

/* QUERY may be NULL for a new default query. The list starts loading at
 * once; it is empty until the first load is done ("loading" turns FALSE). */
PrdMemberList  *prd_member_list_new           (PrdStore       *store,
                                               PrdMemberQuery *query);
PrdStore       *prd_member_list_get_store     (PrdMemberList  *self);
PrdMemberQuery *prd_member_list_get_query     (PrdMemberList  *self);
/* Reloads after the data changed (an edit, an import, a delete). */
void            prd_member_list_refresh       (PrdMemberList  *self);
gboolean        prd_member_list_get_loading   (PrdMemberList  *self);
/* Members in the registry at all (deleted ones not counted), for "N of M". */
gint64          prd_member_list_get_total     (PrdMemberList  *self);
/* The position of the member with ID, or -1 when the query does not show it. */
int             prd_member_list_find          (PrdMemberList  *self,
                                               const char     *id);
/* How many pages of rows are built right now (for tests and the benchmark). */
guint           prd_member_list_get_n_cached_pages (PrdMemberList *self);
/* The item at POSITION for a view that must not wait: a page not built
 * yet comes back as blank placeholder members at once, and the same
 * objects fill in (their properties notify) when a worker has read the
 * page and its neighbours. g_list_model_get_item() on a placeholder's page
 * fills it at once instead. NULL past the end. */
PrdMember      *prd_member_list_peek_item     (PrdMemberList  *self,
                                               guint           position);
/* FALSE while placeholders handed out by peek_item() wait for their rows. */
gboolean        prd_member_list_is_filled     (PrdMemberList  *self);
/* Spins the thread-default main context until the current load is done. */
void            prd_member_list_wait          (PrdMemberList  *self);

G_END_DECLS
