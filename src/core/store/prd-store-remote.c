/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-remote.c — writing a record as another replica sent it.
 *
 * prd_store_put makes a new revision; prd_store_apply_remote keeps the one
 * it is given (see prd-store.h for what it does against the row this PC
 * has). Both check the record by prd_store_validate_record. */
#define G_LOG_DOMAIN "prd-store"

#include <glib/gi18n.h>

#include "prd-store-private.h"

static gboolean
refuse_revision (GError     **error,
                 const char  *id,
                 const char  *why)
{
  g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_REVISION,
               _("The record %s from another computer was not saved: %s"), id, why);
  return FALSE;
}

static const char *
string_member (JsonObject *record,
               const char *name)
{
  JsonNode *node = json_object_get_member (record, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The record's rev_history (an array, or its JSON text) checked against
 * its GENERATION: revisions N-1, N-2 … in order, cut at the limit. */
static JsonArray *
remote_history (JsonObject  *record,
                const char  *id,
                gint64       generation,
                GError     **error)
{
  JsonNode *node = json_object_get_member (record, "rev_history");
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(JsonArray) history = json_array_new ();
  JsonArray *given;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    given = NULL;
  else if (JSON_NODE_HOLDS_ARRAY (node))
    given = json_node_get_array (node);
  else if (string_member (record, "rev_history") != NULL &&
           (parsed = json_from_string (string_member (record, "rev_history"), NULL)) != NULL &&
           JSON_NODE_HOLDS_ARRAY (parsed))
    given = json_node_get_array (parsed);
  else
    {
      refuse_revision (error, id, _("its list of earlier revisions is not a list"));
      return NULL;
    }

  for (guint i = 0; given != NULL && i < json_array_get_length (given) &&
                    i < PRD_STORE_REVS_LIMIT; i++)
    {
      JsonNode *entry = json_array_get_element (given, i);
      const char *rev = JSON_NODE_HOLDS_VALUE (entry) &&
                        json_node_get_value_type (entry) == G_TYPE_STRING
                          ? json_node_get_string (entry) : NULL;
      gint64 n = 0;

      if (!prd_store_revision_parse (rev, &n) || n != generation - 1 - (gint64) i)
        {
          refuse_revision (error, id, _("its list of earlier revisions is out of order"));
          return NULL;
        }
      json_array_add_string_element (history, rev);
    }
  return g_steal_pointer (&history);
}

static gboolean
history_contains (JsonArray  *history,
                  const char *rev_id)
{
  for (guint i = 0; history != NULL && i < json_array_get_length (history); i++)
    if (g_strcmp0 (json_array_get_string_element (history, i), rev_id) == 0)
      return TRUE;
  return FALSE;
}

/* The revision of the row ID of TABLE on this PC, FALSE on error; *REV_ID
 * stays NULL when there is no such row. */
static gboolean
local_revision (PrdStore    *self,
                const char  *table,
                const char  *id,
                char       **rev_id,
                JsonArray  **history,
                GError     **error)
{
  char *sql = sqlite3_mprintf ("SELECT rev_id, rev_history FROM \"%w\" WHERE id = ?1", table);
  sqlite3_stmt *stmt = prd_store_prepare (self, sql, error);
  int rc;

  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autoptr(JsonNode) node = NULL;

      *rev_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      node = json_from_string ((const char *) sqlite3_column_text (stmt, 1), NULL);
      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        *history = json_array_ref (json_node_get_array (node));
    }
  else if (rc != SQLITE_DONE)
    prd_store_set_sql_error (self, error, _("read a record"));
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* The row to write: the members given, rev from rev_id, rev_history as
 * text, deleted 0 unless given. */
static JsonObject *
row_to_write (JsonObject *record,
              gint64      generation,
              JsonArray  *history)
{
  JsonObject *row = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  g_autofree char *text = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init (&iter, record);
  while (json_object_iter_next (&iter, &name, &value))
    if (!g_str_equal (name, "rev_history") && !g_str_equal (name, "rev"))
      json_object_set_member (row, name, json_node_copy (value));
  json_object_set_int_member (row, "rev", generation);
  json_node_set_array (node, history);
  text = json_to_string (node, FALSE);
  json_object_set_string_member (row, "rev_history", text);
  if (!json_object_has_member (row, "deleted"))
    json_object_set_int_member (row, "deleted", 0);
  return row;
}

/* INSERT of ROW, or UPDATE of every column: those ROW leaves out take their
 * defaults, so the row is the record as sent. */
static sqlite3_stmt *
remote_statement (PrdStore    *self,
                  const char  *table,
                  GList       *members,
                  gboolean     update,
                  GError     **error)
{
  g_autoptr(GString) key = g_string_new (update ? "B" : "A");
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autofree char *sql = NULL;
  int i = 1;

  g_string_append_printf (key, "\x1f%s", table);
  for (GList *l = members; l != NULL; l = l->next)
    g_string_append_printf (key, "\x1f%s", (const char *) l->data);

  for (GList *l = members; l != NULL; l = l->next, i++)
    {
      g_string_append_printf (names, "%s\"%s\"", names->len ? "," : "", (const char *) l->data);
      g_string_append_printf (marks, "%s?%d", marks->len ? "," : "", i);
      g_string_append_printf (sets, "%s\"%s\" = ?%d", sets->len ? "," : "", (const char *) l->data, i);
    }
  if (update)
    {
      char *q = sqlite3_mprintf ("SELECT name, dflt_value FROM pragma_table_info(%Q)", table);
      sqlite3_stmt *info = prd_store_prepare (self, q, error);

      sqlite3_free (q);
      if (info == NULL)
        return NULL;
      while (sqlite3_step (info) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (info, 0);
          const char *dflt = (const char *) sqlite3_column_text (info, 1);

          if (g_list_find_custom (members, name, (GCompareFunc) g_strcmp0) == NULL)
            g_string_append_printf (sets, ",\"%s\" = %s", name, dflt != NULL ? dflt : "NULL");
        }
      sqlite3_finalize (info);
      sql = g_strdup_printf ("UPDATE \"%s\" SET %s WHERE id = ?%d", table, sets->str, i);
    }
  else
    sql = g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s)", table, names->str, marks->str);
  return prd_store_cached_statement (self, key->str, sql, error);
}

static gboolean
write_remote (PrdStore    *self,
              const char  *table,
              JsonObject  *row,
              gboolean     update,
              const char  *origin,
              GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (row);
  g_autoptr(PrdStoreTxn) txn = NULL;
  sqlite3_stmt *stmt;
  gint64 last_seq;
  int rc, n = 1;

  txn = prd_store_txn_begin (self, error);
  if (txn == NULL)
    return FALSE;
  last_seq = prd_store_count (self, "SELECT coalesce (max(seq), 0) FROM change_journal");
  stmt = remote_statement (self, table, members, update, error);
  if (stmt == NULL)
    return FALSE;
  for (GList *l = members; l != NULL; l = l->next, n++)
    prd_store_bind_json_value (self, table, stmt, n, l->data, json_object_get_member (row, l->data));
  if (update)
    sqlite3_bind_text (stmt, n, json_object_get_string_member (row, "id"), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    prd_store_set_sql_error (self, error, _("save a record from another computer"));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return FALSE;

  /* The journal entry the write just made says where it came from. */
  stmt = prd_store_prepare (self, "UPDATE change_journal SET origin = ?1 WHERE seq > ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, origin, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, last_seq);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    prd_store_set_sql_error (self, error, _("save a record from another computer"));
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE && prd_store_txn_commit (txn, error);
}

gboolean
prd_store_apply_remote (PrdStore    *self,
                        const char  *table,
                        JsonObject  *record,
                        const char  *origin,
                        GError     **error)
{
  g_autoptr(JsonArray) history = NULL;
  g_autoptr(JsonArray) local_history = NULL;
  g_autoptr(JsonObject) row = NULL;
  g_autofree char *local_rev = NULL;
  const char *id, *rev_id;
  GPtrArray *cols;
  gint64 generation = 0;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL && record != NULL, FALSE);
  g_return_val_if_fail (origin != NULL && *origin != '\0', FALSE);

  cols = prd_store_known_columns (self, table, error);
  if (cols == NULL)
    return FALSE;
  if (!prd_store_column_exists (cols, "rev_id"))
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                   _("The table %s is not shared between computers"), table);
      return FALSE;
    }

  id = string_member (record, "id");
  if (id == NULL || *id == '\0')
    return refuse_revision (error, "?", _("it has no id"));
  rev_id = string_member (record, "rev_id");
  if (!prd_store_revision_parse (rev_id, &generation))
    return refuse_revision (error, id, _("its revision is missing or malformed"));
  if (json_object_has_member (record, "rev") &&
      json_object_get_int_member (record, "rev") != generation)
    return refuse_revision (error, id, _("its revision number does not match its revision"));
  if (string_member (record, "created_at") == NULL || string_member (record, "updated_at") == NULL)
    return refuse_revision (error, id, _("it has no times of creation and change"));
  history = remote_history (record, id, generation, error);
  if (history == NULL)
    return FALSE;

  row = row_to_write (record, generation, history);
  if (!prd_store_validate_record (self, table, cols, row, error))
    return FALSE;

  if (!local_revision (self, table, id, &local_rev, &local_history, error))
    return FALSE;
  if (local_rev != NULL)
    {
      if (g_str_equal (local_rev, rev_id) || history_contains (local_history, rev_id))
        return TRUE;   /* we have it, or what came after it */
      if (!history_contains (history, local_rev))
        {
          g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_CONFLICT,
                       _("The record %s was changed both here and on another computer "
                         "(%s here, %s there); it was not overwritten."),
                       id, local_rev, rev_id);
          return FALSE;
        }
    }
  return write_remote (self, table, row, local_rev != NULL, origin, error);
}
