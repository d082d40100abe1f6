/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-records.c — writing records as JSON objects.
 *
 * Every synced table has id (uuid), created_at, updated_at (UTC),
 * rev (counts writes), deleted (tombstone) and, from version 7, rev_id and
 * rev_history (prd-store-revision.c). prd_store_put() fills those in, so
 * the change journal and later sync see one shape everywhere.
 */
#define G_LOG_DOMAIN "prd-store"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-store-private.h"

/* Column names of TABLE, cached; blob columns are also noted in blob_columns
 * because JSON carries them as base64. */
GPtrArray *
prd_store_table_columns (PrdStore   *self,
                         const char *table)
{
  GPtrArray *cols = g_hash_table_lookup (self->columns, table);
  char *sql;
  sqlite3_stmt *stmt;

  if (cols != NULL)
    return cols;

  cols = g_ptr_array_new_with_free_func (g_free);
  sql = sqlite3_mprintf ("PRAGMA table_info(\"%w\")", table);
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 1);
          const char *type = (const char *) sqlite3_column_text (stmt, 2);

          g_ptr_array_add (cols, g_strdup (name));
          if (type != NULL && g_ascii_strcasecmp (type, "BLOB") == 0)
            g_hash_table_add (self->blob_columns, g_strdup_printf ("%s.%s", table, name));
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_free (sql);
  g_hash_table_insert (self->columns, g_strdup (table), cols);
  return cols;
}

/* Called for every field of every record written: no printf, no heap for
 * the usual short names (a 100,000-row import asks this ~1.5 million times). */
static gboolean
is_blob_column (PrdStore   *self,
                const char *table,
                const char *column)
{
  char stack[128];
  gsize t = strlen (table), c = strlen (column);
  char *key = t + c + 2 <= sizeof stack ? stack : g_malloc (t + c + 2);
  gboolean blob;

  memcpy (key, table, t);
  key[t] = '.';
  memcpy (key + t + 1, column, c + 1);
  blob = g_hash_table_contains (self->blob_columns, key);
  if (key != stack)
    g_free (key);
  return blob;
}

gboolean
prd_store_column_exists (GPtrArray  *cols,
                         const char *name)
{
  for (guint i = 0; i < cols->len; i++)
    if (g_str_equal (g_ptr_array_index (cols, i), name))
      return TRUE;
  return FALSE;
}

void
prd_store_bind_json_value (PrdStore     *self,
                           const char   *table,
                           sqlite3_stmt *stmt,
                           int           index,
                           const char   *column,
                           JsonNode     *node)
{
  gboolean blob = is_blob_column (self, table, column);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  if (blob && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      gsize len = 0;
      guchar *data = g_base64_decode (json_node_get_string (node), &len);
      sqlite3_bind_blob (stmt, index, data, (int) len, g_free);
      return;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      sqlite3_bind_int (stmt, index, json_node_get_boolean (node));
      break;
    case G_TYPE_INT64:
      sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      sqlite3_bind_double (stmt, index, json_node_get_double (node));
      break;
    default:
      sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT);
      break;
    }
}

/* Statement cache. Preparing an INSERT compiles every trigger on its table
 * (journal, search index), which cost more than the write itself: a bulk
 * import spent most of its time in the SQL parser. Statements are kept per
 * (table, kind, column set) and reset after each use; a migration clears
 * them. The cache is small (one entry per shape of record written), and is
 * emptied when it grows past CACHE_MAX so that odd callers cannot make it
 * grow without bound. */
#define CACHE_MAX 128

void
prd_store_clear_statements (PrdStore *self)
{
  g_hash_table_remove_all (self->statements);
}

/* The cached statement for KEY, prepared from SQL (owned by the cache;
 * reset it after use). */
sqlite3_stmt *
prd_store_cached_statement (PrdStore    *self,
                  const char  *key,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, key);

  if (stmt != NULL)
    return stmt;
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      prd_store_set_sql_error (self, error, _("prepare a query"));
      return NULL;
    }
  if (g_hash_table_size (self->statements) >= CACHE_MAX)
    g_hash_table_remove_all (self->statements);
  g_hash_table_insert (self->statements, g_strdup (key), stmt);
  return stmt;
}

/* Validators */

typedef struct {
  PrdStoreValidateFunc func;
  gpointer             data;
  GDestroyNotify       destroy;
} Validator;

static void
validator_free (gpointer p)
{
  Validator *v = p;

  if (v->destroy != NULL)
    v->destroy (v->data);
  g_free (v);
}

void
prd_store_set_validator (PrdStore             *self,
                         const char           *table,
                         PrdStoreValidateFunc  func,
                         gpointer              user_data,
                         GDestroyNotify        destroy)
{
  Validator *v;

  g_return_if_fail (PRD_IS_STORE (self));
  g_return_if_fail (table != NULL);

  if (self->validators == NULL)
    self->validators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, validator_free);
  if (func == NULL)
    {
      g_hash_table_remove (self->validators, table);
      return;
    }
  v = g_new0 (Validator, 1);
  v->func = func;
  v->data = user_data;
  v->destroy = destroy;
  g_hash_table_insert (self->validators, g_strdup (table), v);
}

GPtrArray *
prd_store_known_columns (PrdStore    *self,
                         const char  *table,
                         GError     **error)
{
  GPtrArray *cols = prd_store_table_columns (self, table);

  if (cols->len == 0)
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                   _("There is no table named %s"), table);
      return NULL;
    }
  return cols;
}

gboolean
prd_store_validate_record (PrdStore    *self,
                           const char  *table,
                           GPtrArray   *cols,
                           JsonObject  *record,
                           GError     **error)
{
  JsonObjectIter iter;
  const char *name;
  Validator *v;

  json_object_iter_init (&iter, record);
  while (json_object_iter_next (&iter, &name, NULL))
    if (!prd_store_column_exists (cols, name))
      {
        g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                     _("The field %s does not belong to %s"), name, table);
        return FALSE;
      }
  v = self->validators != NULL ? g_hash_table_lookup (self->validators, table) : NULL;
  return v == NULL || v->func (self, table, record, v->data, error);
}

static gint64
current_rev (PrdStore   *self,
             const char *table,
             const char *id)
{
  g_autofree char *key = g_strconcat ("R\x1f", table, NULL);
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, key);
  gint64 rev = 0;

  if (stmt == NULL)
    {
      char *sql = sqlite3_mprintf ("SELECT rev FROM \"%w\" WHERE id = ?", table);
      stmt = prd_store_cached_statement (self, key, sql, NULL);
      sqlite3_free (sql);
      if (stmt == NULL)
        return 0;
    }
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    rev = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rev;
}

/* The statement's text for writing MEMBERS of TABLE: an INSERT, or an
 * UPDATE of the row whose id is the last parameter. With REVISIONS the
 * statement computes rev_id (of the row as written) and rev_history in the
 * same step; the SQL functions leave them in last_rev_id and
 * last_rev_history. */
static char *
write_sql (PrdStore   *self,
           const char *table,
           GList      *members,
           gboolean    update,
           gboolean    revisions)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(GString) updates = g_string_new (NULL);
  g_autoptr(GHashTable) given = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autofree char *revision = NULL;
  int i = 1;

  for (GList *l = members; l != NULL; l = l->next, i++)
    {
      const char *name = l->data;

      g_string_append_printf (names, "%s\"%s\"", names->len ? "," : "", name);
      g_string_append_printf (marks, "%s?%d", marks->len ? "," : "", i);
      g_string_append_printf (updates, "%s\"%s\" = ?%d", updates->len ? "," : "", name, i);
      g_hash_table_insert (given, (gpointer) name, g_strdup_printf ("?%d", i));
    }

  /* An existing row is updated in the members given, so a partial record
   * (a tombstone, one changed field) keeps the rest. */
  if (!revisions)
    return update ? g_strdup_printf ("UPDATE \"%s\" SET %s WHERE id = ?%d", table, updates->str, i)
                  : g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s)", table, names->str, marks->str);

  revision = prd_store_revision_sql (self, table, g_hash_table_lookup (given, "rev"), given, update);
  if (update)
    return g_strdup_printf ("UPDATE \"%s\" SET %s, rev_id = %s, "
                            "rev_history = prd_rev_ancestry (rev_id, rev_history) "
                            "WHERE id = ?%d",
                            table, updates->str, revision, i);
  return g_strdup_printf ("INSERT INTO \"%s\" (%s, rev_id) VALUES (%s, %s)",
                          table, names->str, marks->str, revision);
}

/* Inserts or updates RECORD in TABLE. A missing "id" gets a random UUID,
 * written back into RECORD, as are the new rev, rev_id and rev_history.
 * Unknown members are refused, so a typo cannot silently drop data. */
gboolean
prd_store_put (PrdStore    *self,
               const char  *table,
               JsonObject  *record,
               GError     **error)
{
  GPtrArray *cols;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GList) members = NULL;
  g_autofree char *now = prd_timestamp_now_utc ();
  sqlite3_stmt *stmt;
  const char *id;
  gint64 rev;
  gboolean fresh = FALSE, revisions;
  int rc, n = 0;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL && record != NULL, FALSE);

  cols = prd_store_known_columns (self, table, error);
  if (cols == NULL)
    return FALSE;

  /* The revision is the store's to give: one the caller passes back from
   * an earlier read is not this write's. */
  revisions = prd_store_column_exists (cols, "rev_id");
  if (revisions)
    {
      if (json_object_has_member (record, "rev_id"))
        json_object_remove_member (record, "rev_id");
      if (json_object_has_member (record, "rev_history"))
        json_object_remove_member (record, "rev_history");
    }

  if (!json_object_has_member (record, "id"))
    {
      g_autofree char *uuid = g_uuid_string_random ();
      json_object_set_string_member (record, "id", uuid);
      fresh = TRUE;
    }
  id = json_object_get_string_member (record, "id");
  /* A record given a new random id now cannot be in the table yet. */
  rev = fresh ? 0 : current_rev (self, table, id);

  if (rev == 0 && !json_object_has_member (record, "created_at"))
    json_object_set_string_member (record, "created_at", now);
  json_object_set_string_member (record, "updated_at", now);
  json_object_set_int_member (record, "rev", rev + 1);
  if (!json_object_has_member (record, "deleted"))
    json_object_set_int_member (record, "deleted", 0);

  if (!prd_store_validate_record (self, table, cols, record, error))
    return FALSE;

  members = json_object_get_members (record);
  /* The cache key: kind, table and the members in order (unit separators
   * cannot occur in names of our tables and columns). */
  g_string_append_c (key, rev > 0 ? 'U' : 'I');
  g_string_append_c (key, '\x1f');
  g_string_append (key, table);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      g_string_append_c (key, '\x1f');
      g_string_append (key, name);
      n++;
    }

  stmt = g_hash_table_lookup (self->statements, key->str);
  if (stmt == NULL)
    {
      g_autofree char *sql = write_sql (self, table, members, rev > 0, revisions);

      stmt = prd_store_cached_statement (self, key->str, sql, error);
      if (stmt == NULL)
        return FALSE;
    }

  n = 1;
  for (GList *l = members; l != NULL; l = l->next)
    {
      prd_store_bind_json_value (self, table, stmt, n, l->data,
                                 json_object_get_member (record, l->data));
      n++;
    }
  if (rev > 0)
    sqlite3_bind_text (stmt, n, id, -1, SQLITE_TRANSIENT);

  self->last_rev_id[0] = '\0';
  g_clear_pointer (&self->last_rev_history, g_free);
  self->own_call++;
  rc = sqlite3_step (stmt);
  self->own_call--;
  if (rc == SQLITE_DONE && revisions)
    {
      g_assert (self->last_rev_id[0] != '\0');
      json_object_set_string_member (record, "rev_id", self->last_rev_id);
      json_object_set_string_member (record, "rev_history",
                                     rev > 0 && self->last_rev_history != NULL ? self->last_rev_history : "[]");
    }
  if (rc != SQLITE_DONE)
    prd_store_set_sql_error (self, error, _("save a record"));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return FALSE;
  prd_store_flush_changes (self);   /* written outside a transaction */
  return TRUE;
}

/* The row of TABLE with ID as a JSON object, deleted or not. */
JsonObject *
prd_store_get (PrdStore    *self,
               const char  *table,
               const char  *id,
               GError     **error)
{
  char *sql;
  sqlite3_stmt *stmt;
  JsonObject *obj = NULL;

  g_return_val_if_fail (PRD_IS_STORE (self), NULL);

  sql = sqlite3_mprintf ("SELECT * FROM \"%w\" WHERE id = ?", table);
  stmt = prd_store_prepare (self, sql, error);
  sqlite3_free (sql);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      obj = json_object_new ();
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *name = sqlite3_column_name (stmt, i);

          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              json_object_set_int_member (obj, name, sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_FLOAT:
              json_object_set_double_member (obj, name, sqlite3_column_double (stmt, i));
              break;
            case SQLITE_NULL:
              json_object_set_null_member (obj, name);
              break;
            case SQLITE_BLOB:
              {
                g_autofree char *b64 = g_base64_encode (sqlite3_column_blob (stmt, i),
                                                        sqlite3_column_bytes (stmt, i));
                json_object_set_string_member (obj, name, b64);
              }
              break;
            default:
              json_object_set_string_member (obj, name,
                                             (const char *) sqlite3_column_text (stmt, i));
              break;
            }
        }
    }
  else
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND,
                   _("The record %s was not found"), id);
    }
  sqlite3_finalize (stmt);
  return obj;
}

/* Marks a record deleted; the row stays so that sync can tell other PCs. */
gboolean
prd_store_tombstone (PrdStore    *self,
                     const char  *table,
                     const char  *id,
                     GError     **error)
{
  g_autoptr(JsonObject) rec = json_object_new ();

  if (current_rev (self, table, id) == 0)
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND,
                   _("The record %s was not found"), id);
      return FALSE;
    }
  json_object_set_string_member (rec, "id", id);
  json_object_set_int_member (rec, "deleted", 1);
  return prd_store_put (self, table, rec, error);
}
