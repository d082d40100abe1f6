/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-lookup.c — the small member lists beside the registry's big one. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-member-lookup.h"
#include "prd-model-error.h"
#include "store/prd-store-sql.h"

static void
set_read_error (int      rc,
                GError **error)
{
  g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
               _("The database could not read the list: %s"), sqlite3_errstr (rc));
}

/* Every row of STMT as a PrdMember (STMT selects PRD_MEMBER_COLUMNS);
 * finalizes STMT. */
static GListModel *
members_from_stmt (sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (PRD_TYPE_MEMBER);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PrdMember) member = prd_member_new_from_stmt (stmt);
      g_list_store_append (list, member);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_read_error (rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GArray *
prd_member_list_joined_years (PrdStore  *store,
                              GError   **error)
{
  g_autoptr(GArray) years = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store, "SELECT DISTINCT CAST (substr (joined_at, 1, 4) AS INTEGER) AS y "
                                   "FROM member WHERE deleted = 0 AND joined_at IS NOT NULL "
                                   "AND y > 1900 ORDER BY y DESC", error);
  if (stmt == NULL)
    return NULL;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_read_error (rc, error);
      return NULL;
    }
  return g_steal_pointer (&years);
}

GListModel *
prd_member_list_at_school (PrdStore    *store,
                           const char  *school_id,
                           const char  *except_id,
                           guint        limit,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (school_id != NULL, NULL);

  stmt = prd_store_prepare (store,
                            "SELECT " PRD_MEMBER_COLUMNS " FROM member m "
                            "LEFT JOIN school s ON s.id = m.school_id "
                            "LEFT JOIN member_category c ON c.id = m.category_id "
                            "WHERE m.school_id = ?1 AND m.deleted = 0 AND m.id != ?2 "
                            "ORDER BY m.given_name COLLATE THAI, m.surname COLLATE THAI LIMIT ?3", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, school_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, except_id != NULL ? except_id : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, limit);
  return members_from_stmt (stmt, error);
}

GListModel *
prd_member_find (PrdStore        *store,
                 PrdMemberQuery  *query,
                 guint            limit,
                 GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (query), NULL);

  stmt = prd_member_query_prepare (query, store, PRD_MEMBER_COLUMNS, "LIMIT ?1000", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1000, limit);
  return members_from_stmt (stmt, error);
}
