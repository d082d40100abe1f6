/* prd-member-query.h — INTERIM copy of the registry-core contract
 * (registry-split.md); replaced by registry-core's file on merge. */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

typedef enum { PRD_MEMBER_SORT_GIVEN_NAME, PRD_MEMBER_SORT_DISTRICT,
               PRD_MEMBER_SORT_CATEGORY, PRD_MEMBER_SORT_JOINED } PrdMemberSort;
#define PRD_TYPE_MEMBER_QUERY (prd_member_query_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberQuery, prd_member_query, PRD, MEMBER_QUERY, GObject)

PrdMemberQuery *prd_member_query_new (void);
sqlite3_stmt *prd_member_query_prepare (PrdMemberQuery *self, PrdStore *store,
                                        const char *columns, const char *tail, GError **error);
gint64 prd_member_query_count (PrdMemberQuery *self, PrdStore *store, GError **error);

G_END_DECLS
