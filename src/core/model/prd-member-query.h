/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-query.h — which members a list, an export or a print shows.
 *
 * One object holds the search text, the filters and the sort of the registry;
 * the registry page, the exporters and the printed registry all build their
 * SQL from it, so "what you see is what you export". Core, no GTK.
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

typedef enum {
  PRD_MEMBER_SORT_GIVEN_NAME,
  PRD_MEMBER_SORT_DISTRICT,
  PRD_MEMBER_SORT_CATEGORY,
  PRD_MEMBER_SORT_JOINED,
} PrdMemberSort;

GType prd_member_sort_get_type (void) G_GNUC_CONST;
#define PRD_TYPE_MEMBER_SORT (prd_member_sort_get_type ())

#define PRD_TYPE_MEMBER_QUERY (prd_member_query_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberQuery, prd_member_query, PRD, MEMBER_QUERY, GObject)

/* Properties (all emit "notify" and the query's "changed" signal):
 *  search-text (string, NULL/"" = none; matched through the FTS5 index with prefix on the last word)
 *  internal (int: -1 any, 0 external, 1 internal), category-id (string|NULL),
 *  district (string|NULL), committee-only (boolean), joined-from / joined-to (ISO date|NULL),
 *  consent-contact (int: -1 any, 0 no, 1 yes), include-inactive (boolean),
 *  sort (PrdMemberSort, default GIVEN_NAME, Thai order COLLATE THAI), descending (boolean).
 * (The SQL sorts with PRD_THAI_KEYED, a collation this file registers on the
 * connection: the same order as COLLATE THAI from the Thai core's sort keys,
 * remembered per name, which makes sorting 50,000 matches several times
 * faster.) */
PrdMemberQuery *prd_member_query_new (void);

/* SELECT <columns> FROM member m … WHERE <filters> ORDER BY <sort> <tail>; values bound.
 * columns may name m.* and joined aliases: s (school), c (member_category). tail e.g.
 * "LIMIT ?1000 OFFSET ?1001" is appended verbatim; bind your own values at 1000+. */
sqlite3_stmt *prd_member_query_prepare (PrdMemberQuery *self, PrdStore *store,
                                        const char *columns, const char *tail, GError **error);
gint64 prd_member_query_count (PrdMemberQuery *self, PrdStore *store, GError **error);

/* Accessors for the properties above. */
const char   *prd_member_query_get_search_text      (PrdMemberQuery *self);
void          prd_member_query_set_search_text      (PrdMemberQuery *self, const char *text);
int           prd_member_query_get_internal         (PrdMemberQuery *self);
void          prd_member_query_set_internal         (PrdMemberQuery *self, int internal);
const char   *prd_member_query_get_category_id      (PrdMemberQuery *self);
void          prd_member_query_set_category_id      (PrdMemberQuery *self, const char *category_id);
const char   *prd_member_query_get_district         (PrdMemberQuery *self);
void          prd_member_query_set_district         (PrdMemberQuery *self, const char *district);
gboolean      prd_member_query_get_committee_only   (PrdMemberQuery *self);
void          prd_member_query_set_committee_only   (PrdMemberQuery *self, gboolean committee_only);
const char   *prd_member_query_get_joined_from      (PrdMemberQuery *self);
void          prd_member_query_set_joined_from      (PrdMemberQuery *self, const char *iso_date);
const char   *prd_member_query_get_joined_to        (PrdMemberQuery *self);
void          prd_member_query_set_joined_to        (PrdMemberQuery *self, const char *iso_date);
int           prd_member_query_get_consent_contact  (PrdMemberQuery *self);
void          prd_member_query_set_consent_contact  (PrdMemberQuery *self, int consent);
gboolean      prd_member_query_get_include_inactive (PrdMemberQuery *self);
void          prd_member_query_set_include_inactive (PrdMemberQuery *self, gboolean include);
PrdMemberSort prd_member_query_get_sort             (PrdMemberQuery *self);
void          prd_member_query_set_sort             (PrdMemberQuery *self, PrdMemberSort sort);
gboolean      prd_member_query_get_descending       (PrdMemberQuery *self);
void          prd_member_query_set_descending       (PrdMemberQuery *self, gboolean descending);

/* The FTS5 MATCH expression for TEXT as the query uses it ("" when TEXT has
 * no words): each word a quoted phrase, the last one a prefix. */
char *prd_member_query_match_expression (const char *text);

/* A copy with the same search, filters and sort (e.g. for a background export). */
PrdMemberQuery *prd_member_query_copy (PrdMemberQuery *self);

G_END_DECLS
