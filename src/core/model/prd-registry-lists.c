/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-registry-lists.c — add, rename, order and remove member categories
 * and committees, through the store so that sync sees every change. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-registry-lists.h"
#include "store/prd-store-sql.h"

G_DEFINE_QUARK (prd-registry-list-error-quark, prd_registry_list_error)

typedef struct {
  const char *table;
  const char *column;       /* the name the user sees */
  const char *load_sql;     /* id, name, internal, uses of the live items, in order */
  const char *uses_sql;     /* how many live members use item ?1 */
} ListInfo;

static const ListInfo list_info[] = {
  [PRD_REGISTRY_LIST_CATEGORIES] = {
    "member_category", "label",
    "SELECT c.id, c.label, c.internal, "
    "(SELECT count (*) FROM member m WHERE m.category_id = c.id AND m.deleted = 0) "
    "FROM member_category c WHERE c.deleted = 0 ORDER BY c.sort_order, c.label, c.id",
    "SELECT count (*) FROM member WHERE category_id = ?1 AND deleted = 0",
  },
  /* A deleted member's roles stay live (its deletion can be undone) but
   * nobody can edit them, so they do not keep a committee in the list. */
  [PRD_REGISTRY_LIST_COMMITTEES] = {
    "committee", "name",
    "SELECT c.id, c.name, 0, "
    "(SELECT count (DISTINCT r.member_id) FROM committee_role r JOIN member m ON m.id = r.member_id "
    " WHERE r.committee_id = c.id AND r.deleted = 0 AND m.deleted = 0) "
    "FROM committee c WHERE c.deleted = 0 ORDER BY c.name COLLATE THAI, c.id",
    "SELECT count (DISTINCT r.member_id) FROM committee_role r JOIN member m ON m.id = r.member_id "
    "WHERE r.committee_id = ?1 AND r.deleted = 0 AND m.deleted = 0",
  },
};

void
prd_registry_list_item_free (PrdRegistryListItem *item)
{
  if (item == NULL)
    return;
  g_free (item->id);
  g_free (item->label);
  g_free (item);
}

/* The importer and the validator match category names without spaces and
 * case; two names equal that way could not be told apart in a CSV. */
char *
prd_registry_list_fold (const char *label)
{
  g_autoptr(GString) s = g_string_new (NULL);

  g_return_val_if_fail (label != NULL, NULL);

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c))
        g_string_append_unichar (s, c);
    }
  return g_utf8_strdown (s->str, -1);
}

/* Messages */

static void
set_not_found (PrdRegistryList   list,
               GError          **error)
{
  g_set_error_literal (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_NOT_FOUND,
                       list == PRD_REGISTRY_LIST_CATEGORIES
                         ? _("This category is no longer in the list: it may have been removed on another computer")
                         : _("This committee is no longer in the list: it may have been removed on another computer"));
}

static void
set_empty (PrdRegistryList   list,
           GError          **error)
{
  g_set_error_literal (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_EMPTY,
                       list == PRD_REGISTRY_LIST_CATEGORIES
                         ? _("Type a name for the category")
                         : _("Type a name for the committee"));
}

static void
set_duplicate (PrdRegistryList   list,
               const char       *label,
               GError          **error)
{
  if (list == PRD_REGISTRY_LIST_CATEGORIES)
    g_set_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_DUPLICATE,
                 _("The category “%s” is already in the list: choose another name"), label);
  else
    g_set_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_DUPLICATE,
                 _("The committee “%s” is already in the list: choose another name"), label);
}

static void
set_in_use (PrdRegistryList   list,
            const char       *label,
            gint64            uses,
            GError          **error)
{
  if (list == PRD_REGISTRY_LIST_CATEGORIES)
    g_set_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_IN_USE,
                 _("“%s” cannot be removed: %u members are in this category. "
                   "Move them to another category in the registry first"), label, (guint) uses);
  else
    g_set_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_IN_USE,
                 _("“%s” cannot be removed: %u members have a role in this committee. "
                   "Take them off the committee in the registry first"), label, (guint) uses);
}

/* Reading */

static gboolean
step_error (PrdStore  *store,
            GError   **error)
{
  g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
               _("The registry's lists could not be read: %s"),
               sqlite3_errmsg (prd_store_get_db (store)));
  return FALSE;
}

GPtrArray *
prd_registry_list_load (PrdStore         *store,
                        PrdRegistryList   list,
                        GError          **error)
{
  g_autoptr(GPtrArray) items = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (list <= PRD_REGISTRY_LIST_COMMITTEES, NULL);

  stmt = prd_store_prepare (store, list_info[list].load_sql, error);
  if (stmt == NULL)
    return NULL;
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_registry_list_item_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrdRegistryListItem *item = g_new0 (PrdRegistryListItem, 1);

      item->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      item->label = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->internal = sqlite3_column_int (stmt, 2) != 0;
      item->uses = (guint) sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (items, item);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      step_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

/* The name of live item ID into LABEL; FALSE with NOT_FOUND if there is none. */
static gboolean
lookup_live (PrdStore         *store,
             PrdRegistryList   list,
             const char       *id,
             char            **label,
             gboolean         *internal,
             GError          **error)
{
  char *sql = sqlite3_mprintf ("SELECT \"%w\", %s FROM \"%w\" WHERE id = ?1 AND deleted = 0",
                               list_info[list].column,
                               list == PRD_REGISTRY_LIST_CATEGORIES ? "internal" : "0",
                               list_info[list].table);
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, error);
  gboolean found = FALSE;

  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (label != NULL)
        *label = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (internal != NULL)
        *internal = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_finalize (stmt);
  if (!found)
    set_not_found (list, error);
  return found;
}

/* Looks for an item other than EXCEPT_ID whose name folds like FOLDED:
 * a live one is a duplicate (FALSE with DUPLICATE); the first removed one
 * goes into REMOVED_ID for add() to bring back. */
static gboolean
check_unique (PrdStore         *store,
              PrdRegistryList   list,
              const char       *label,
              const char       *except_id,
              char            **removed_id,
              GError          **error)
{
  g_autofree char *folded = prd_registry_list_fold (label);
  char *sql = sqlite3_mprintf ("SELECT id, \"%w\", deleted FROM \"%w\" ORDER BY updated_at DESC",
                               list_info[list].column, list_info[list].table);
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, error);
  gboolean unique = TRUE;
  int rc;

  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;
  while (unique && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *other = prd_registry_list_fold ((const char *) sqlite3_column_text (stmt, 1));

      if (g_strcmp0 (id, except_id) == 0 || !g_str_equal (other, folded))
        continue;
      if (sqlite3_column_int (stmt, 2) == 0)
        {
          set_duplicate (list, (const char *) sqlite3_column_text (stmt, 1), error);
          unique = FALSE;
        }
      else if (removed_id != NULL && *removed_id == NULL)
        *removed_id = g_strdup (id);
    }
  if (unique && rc != SQLITE_DONE)
    unique = step_error (store, error);
  sqlite3_finalize (stmt);
  return unique;
}

static gint64
count_uses (PrdStore         *store,
            PrdRegistryList   list,
            const char       *id,
            GError          **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (store, list_info[list].uses_sql, error);
  gint64 uses = -1;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uses = sqlite3_column_int64 (stmt, 0);
  else
    step_error (store, error);
  sqlite3_finalize (stmt);
  return uses;
}

/* Writing */

/* Runs the write WORK inside a transaction of its own (or a savepoint of the
 * caller's): all of it or nothing. */
typedef gboolean (*WriteFunc) (PrdStore *store, gpointer data, GError **error);

static gboolean
in_transaction (PrdStore   *store,
                WriteFunc   work,
                gpointer    data,
                GError    **error)
{
  g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (store, error);

  return txn != NULL && work (store, data, error) && prd_store_txn_commit (txn, error);
}

static char *
clean_label (const char *label)
{
  char *clean = g_strdup (label != NULL ? label : "");

  return g_strstrip (clean);
}

typedef struct {
  PrdRegistryList  list;
  const char      *id;
  const char      *label;
  gboolean         internal;
  int              delta;
  char            *new_id;
} Write;

static gboolean
add_work (PrdStore  *store,
          gpointer   data,
          GError   **error)
{
  Write *w = data;
  const ListInfo *info = &list_info[w->list];
  g_autoptr(JsonObject) rec = json_object_new ();
  g_autofree char *removed_id = NULL;

  if (!check_unique (store, w->list, w->label, NULL, &removed_id, error))
    return FALSE;
  if (removed_id != NULL)
    {
      json_object_set_string_member (rec, "id", removed_id);
      json_object_set_int_member (rec, "deleted", 0);
    }
  json_object_set_string_member (rec, info->column, w->label);
  if (w->list == PRD_REGISTRY_LIST_CATEGORIES)
    {
      gint64 last = prd_store_count (store, "SELECT coalesce (max (sort_order), 0) "
                                            "FROM member_category WHERE deleted = 0");

      json_object_set_int_member (rec, "internal", w->internal ? 1 : 0);
      json_object_set_int_member (rec, "sort_order", MAX (last, 0) + 1);
    }
  if (!prd_store_put (store, info->table, rec, error))
    return FALSE;
  w->new_id = g_strdup (json_object_get_string_member (rec, "id"));
  return TRUE;
}

char *
prd_registry_list_add (PrdStore         *store,
                       PrdRegistryList   list,
                       const char       *label,
                       gboolean          internal,
                       GError          **error)
{
  g_autofree char *clean = clean_label (label);
  Write w = { list, NULL, clean, internal, 0, NULL };

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (list <= PRD_REGISTRY_LIST_COMMITTEES, NULL);

  if (*clean == '\0')
    {
      set_empty (list, error);
      return NULL;
    }
  if (!in_transaction (store, add_work, &w, error))
    {
      g_free (w.new_id);
      return NULL;
    }
  return w.new_id;
}

static gboolean
rename_work (PrdStore  *store,
             gpointer   data,
             GError   **error)
{
  Write *w = data;
  const ListInfo *info = &list_info[w->list];
  g_autoptr(JsonObject) rec = json_object_new ();
  g_autofree char *old = NULL;

  if (!lookup_live (store, w->list, w->id, &old, NULL, error))
    return FALSE;
  if (g_strcmp0 (old, w->label) == 0)
    return TRUE;    /* nothing changed: no new revision for the other PCs */
  if (!check_unique (store, w->list, w->label, w->id, NULL, error))
    return FALSE;
  json_object_set_string_member (rec, "id", w->id);
  json_object_set_string_member (rec, info->column, w->label);
  return prd_store_put (store, info->table, rec, error);
}

gboolean
prd_registry_list_rename (PrdStore         *store,
                          PrdRegistryList   list,
                          const char       *id,
                          const char       *label,
                          GError          **error)
{
  g_autofree char *clean = clean_label (label);
  Write w = { list, id, clean, FALSE, 0, NULL };

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (list <= PRD_REGISTRY_LIST_COMMITTEES, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (*clean == '\0')
    {
      set_empty (list, error);
      return FALSE;
    }
  return in_transaction (store, rename_work, &w, error);
}

static gboolean
internal_work (PrdStore  *store,
               gpointer   data,
               GError   **error)
{
  Write *w = data;
  g_autoptr(JsonObject) rec = json_object_new ();
  gboolean internal;

  if (!lookup_live (store, PRD_REGISTRY_LIST_CATEGORIES, w->id, NULL, &internal, error))
    return FALSE;
  if (internal == w->internal)
    return TRUE;
  json_object_set_string_member (rec, "id", w->id);
  json_object_set_int_member (rec, "internal", w->internal ? 1 : 0);
  return prd_store_put (store, "member_category", rec, error);
}

gboolean
prd_registry_list_set_internal (PrdStore    *store,
                                const char  *id,
                                gboolean     internal,
                                GError     **error)
{
  Write w = { PRD_REGISTRY_LIST_CATEGORIES, id, NULL, internal, 0, NULL };

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return in_transaction (store, internal_work, &w, error);
}

static gboolean
move_work (PrdStore  *store,
           gpointer   data,
           GError   **error)
{
  Write *w = data;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) orders = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int from = -1, to;
  int rc;

  stmt = prd_store_prepare (store, "SELECT id, sort_order FROM member_category WHERE deleted = 0 "
                                   "ORDER BY sort_order, label, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      gint64 order = sqlite3_column_int64 (stmt, 1);

      if (g_strcmp0 (id, w->id) == 0)
        from = (int) ids->len;
      g_ptr_array_add (ids, g_strdup (id));
      g_array_append_val (orders, order);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return step_error (store, error);
  if (from < 0)
    {
      set_not_found (PRD_REGISTRY_LIST_CATEGORIES, error);
      return FALSE;
    }

  to = from + w->delta;
  if (to < 0 || to >= (int) ids->len)
    return TRUE;
  /* Swapped together, ORDERS keeps the old number of each id. */
  {
    gpointer moved = ids->pdata[from];
    gint64 order = g_array_index (orders, gint64, from);

    ids->pdata[from] = ids->pdata[to];
    ids->pdata[to] = moved;
    g_array_index (orders, gint64, from) = g_array_index (orders, gint64, to);
    g_array_index (orders, gint64, to) = order;
  }

  /* 1, 2, 3…: equal or missing numbers (rows from an import, from another
   * PC) cannot make a move do nothing. Only rows whose number changes are
   * written, so sync carries a few revisions, not the whole list. */
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(JsonObject) rec = NULL;

      if (g_array_index (orders, gint64, i) == (gint64) i + 1)
        continue;
      rec = json_object_new ();
      json_object_set_string_member (rec, "id", g_ptr_array_index (ids, i));
      json_object_set_int_member (rec, "sort_order", (gint64) i + 1);
      if (!prd_store_put (store, "member_category", rec, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
prd_registry_list_move (PrdStore    *store,
                        const char  *id,
                        int          delta,
                        GError     **error)
{
  Write w = { PRD_REGISTRY_LIST_CATEGORIES, id, NULL, FALSE, delta, NULL };

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (delta == -1 || delta == 1, FALSE);

  return in_transaction (store, move_work, &w, error);
}

static gboolean
remove_work (PrdStore  *store,
             gpointer   data,
             GError   **error)
{
  Write *w = data;
  g_autofree char *label = NULL;
  gint64 uses;

  if (!lookup_live (store, w->list, w->id, &label, NULL, error))
    return FALSE;
  uses = count_uses (store, w->list, w->id, error);
  if (uses < 0)
    return FALSE;
  if (uses > 0)
    {
      set_in_use (w->list, label, uses, error);
      return FALSE;
    }
  return prd_store_tombstone (store, list_info[w->list].table, w->id, error);
}

gboolean
prd_registry_list_remove (PrdStore         *store,
                          PrdRegistryList   list,
                          const char       *id,
                          GError          **error)
{
  Write w = { list, id, NULL, FALSE, 0, NULL };

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (list <= PRD_REGISTRY_LIST_COMMITTEES, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return in_transaction (store, remove_work, &w, error);
}

static gboolean
restore_work (PrdStore  *store,
              gpointer   data,
              GError   **error)
{
  Write *w = data;
  const ListInfo *info = &list_info[w->list];
  g_autoptr(JsonObject) rec = NULL;
  g_autoptr(JsonObject) removed = prd_store_get (store, info->table, w->id, NULL);

  if (removed == NULL)
    {
      set_not_found (w->list, error);
      return FALSE;
    }
  if (json_object_get_int_member_with_default (removed, "deleted", 0) == 0)
    return TRUE;
  if (!check_unique (store, w->list, json_object_get_string_member_with_default (removed, info->column, ""),
                     w->id, NULL, error))
    return FALSE;
  rec = json_object_new ();
  json_object_set_string_member (rec, "id", w->id);
  json_object_set_int_member (rec, "deleted", 0);
  return prd_store_put (store, info->table, rec, error);
}

gboolean
prd_registry_list_restore (PrdStore         *store,
                           PrdRegistryList   list,
                           const char       *id,
                           GError          **error)
{
  Write w = { list, id, NULL, FALSE, 0, NULL };

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (list <= PRD_REGISTRY_LIST_COMMITTEES, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return in_transaction (store, restore_work, &w, error);
}
