/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-revision.c — CouchDB-style revisions of synced records.
 *
 * A record's revision is "N-<md5>": N counts its writes (the rev column),
 * md5 is the hex MD5 of the record's canonical JSON (below). Its ancestry,
 * rev_history, is a JSON array of the revisions before it, newest first, at
 * most PRD_STORE_REVS_LIMIT long (CouchDB's revs_limit keeps 1000; a desk's
 * records change far less often).
 *
 * The canonical JSON of a record is the one text every replica computes
 * alike from the same record body:
 *   - an object of the record's columns, keys sorted by their UTF-8 bytes,
 *     no whitespace anywhere;
 *   - left out: id (names the record, not its content), rev, rev_id and
 *     rev_history (the revision itself), created_at and updated_at (times
 *     that differ per replica and per write); deleted is kept, so a
 *     tombstone is a revision of its own;
 *   - values as SQLite stores them after the column's type affinity:
 *     null, integers in decimal, reals as %.17g, text as a JSON string
 *     (escaped as JavaScript's JSON.stringify does: \" \\ \b \f \n \r \t,
 *     other controls as \u00xx, everything else as UTF-8), blobs as their
 *     base64 text; JSON booleans count as 1 and 0.
 *
 * The store computes revisions inside its write statements, with the SQL
 * function prd_revision (N, 'aname', value, …) whose argument names carry
 * the column's affinity in their first letter, so the hash is of what the
 * row holds, defaults and conversions included. */
#define G_LOG_DOMAIN "prd-store"

#include <stdlib.h>
#include <string.h>

#include "prd-store-private.h"

/* A value of the record body, in the form the canonical JSON writes. */
typedef struct {
  const char *name;
  int         type;      /* SQLITE_NULL, _INTEGER, _FLOAT, _TEXT */
  gint64      i;
  double      d;
  const char *text;      /* for SQLITE_TEXT: UTF-8 (a blob: its base64) */
} BodyValue;

static gboolean
is_left_out (const char *name)
{
  static const char *const out[] = {
    "id", "rev", "rev_id", "rev_history", "created_at", "updated_at",
  };

  for (guint i = 0; i < G_N_ELEMENTS (out); i++)
    if (strcmp (name, out[i]) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const BodyValue *) a)->name, ((const BodyValue *) b)->name);
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  const unsigned char *run = (const unsigned char *) text;

  g_string_append_c (out, '"');
  for (const unsigned char *p = run; ; p++)
    {
      /* Plain bytes are copied in runs; only these need a look. */
      if (*p >= 0x20 && *p != '"' && *p != '\\')
        continue;
      g_string_append_len (out, (const char *) run, p - run);
      run = p + 1;
      if (*p == '\0')
        break;
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:   /* the other controls */
          g_string_append_printf (out, "\\u%04x", *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

/* The one writer of canonical JSON: the N VALUES (sorted here) into OUT. */
static void
write_canonical (BodyValue *values,
                 guint      n,
                 GString   *out)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gboolean sorted = TRUE;

  /* The store's statements pass the columns sorted already. */
  for (guint i = 1; i < n && sorted; i++)
    sorted = strcmp (values[i - 1].name, values[i].name) < 0;
  if (!sorted)
    qsort (values, n, sizeof *values, compare_values);

  g_string_truncate (out, 0);
  g_string_append_c (out, '{');
  for (guint i = 0; i < n; i++)
    {
      const BodyValue *v = &values[i];

      if (i > 0)
        g_string_append_c (out, ',');
      append_json_string (out, v->name);
      g_string_append_c (out, ':');
      switch (v->type)
        {
        case SQLITE_INTEGER:
          g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, v->i);
          g_string_append (out, buf);
          break;
        case SQLITE_FLOAT:
          g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.17g", v->d));
          break;
        case SQLITE_TEXT:
          append_json_string (out, v->text);
          break;
        default:
          g_string_append (out, "null");
          break;
        }
    }
  g_string_append_c (out, '}');
}

char *
prd_store_canonical_json (JsonObject *record)
{
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (BodyValue));
  g_autoptr(GList) members = NULL;
  GString *out;

  g_return_val_if_fail (record != NULL, NULL);

  members = json_object_get_members (record);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (record, l->data);
      BodyValue v = { l->data, SQLITE_NULL, 0, 0, NULL };

      if (is_left_out (l->data))
        continue;
      if (JSON_NODE_HOLDS_VALUE (node))
        switch (json_node_get_value_type (node))
          {
          case G_TYPE_BOOLEAN:
            v.type = SQLITE_INTEGER;
            v.i = json_node_get_boolean (node) ? 1 : 0;
            break;
          case G_TYPE_INT64:
            v.type = SQLITE_INTEGER;
            v.i = json_node_get_int (node);
            break;
          case G_TYPE_DOUBLE:
            v.type = SQLITE_FLOAT;
            v.d = json_node_get_double (node);
            break;
          default:
            v.type = SQLITE_TEXT;
            v.text = json_node_get_string (node);
            break;
          }
      g_array_append_val (values, v);
    }
  out = g_string_sized_new (256);
  write_canonical ((BodyValue *) values->data, values->len, out);
  return g_string_free (out, FALSE);
}

static char *
revision_of (gint64      generation,
             const char *canonical)
{
  g_autofree char *md5 = g_compute_checksum_for_string (G_CHECKSUM_MD5, canonical, -1);
  return g_strdup_printf ("%" G_GINT64_FORMAT "-%s", generation, md5);
}

char *
prd_store_revision_id (gint64      generation,
                       JsonObject *record)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (generation > 0, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  canonical = prd_store_canonical_json (record);
  return revision_of (generation, canonical);
}

gboolean
prd_store_revision_parse (const char *rev_id,
                          gint64     *generation)
{
  const char *dash;
  guint64 n = 0;

  if (rev_id == NULL || (dash = strchr (rev_id, '-')) == NULL || dash == rev_id ||
      strlen (dash + 1) != 32)
    return FALSE;
  for (const char *p = rev_id; p < dash; p++)
    {
      if (!g_ascii_isdigit (*p) || n > (G_MAXINT64 - 9) / 10)
        return FALSE;
      n = n * 10 + (guint64) (*p - '0');
    }
  for (const char *p = dash + 1; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  if (n == 0 || rev_id[0] == '0')
    return FALSE;
  if (generation != NULL)
    *generation = (gint64) n;
  return TRUE;
}

/* SQL functions */

/* The value of ARG as a column of AFFINITY would store it (see "Type
 * Affinity" in SQLite's documentation), into V. */
static void
value_as_stored (sqlite3_value  *arg,
                 char            affinity,
                 BodyValue      *v,
                 GPtrArray     **keep)
{
  int type = sqlite3_value_type (arg);

  if (type != SQLITE_NULL && (affinity == 'i' || affinity == 'n' || affinity == 'r'))
    type = sqlite3_value_numeric_type (arg);
  if (affinity == 't' && (type == SQLITE_INTEGER || type == SQLITE_FLOAT))
    type = SQLITE_TEXT;
  v->type = type;
  switch (type)
    {
    case SQLITE_INTEGER:
      v->i = sqlite3_value_int64 (arg);
      if (affinity == 'r')
        {
          v->type = SQLITE_FLOAT;
          v->d = (double) v->i;
        }
      break;
    case SQLITE_FLOAT:
      v->d = sqlite3_value_double (arg);
      /* Integer and numeric columns keep a whole real as an integer. */
      if ((affinity == 'i' || affinity == 'n') && v->d >= -9.2e18 && v->d <= 9.2e18 &&
          v->d == (double) (gint64) v->d)
        {
          v->type = SQLITE_INTEGER;
          v->i = (gint64) v->d;
        }
      break;
    case SQLITE_TEXT:
      v->text = (const char *) sqlite3_value_text (arg);
      break;
    case SQLITE_BLOB:
      {
        char *b64 = g_base64_encode (sqlite3_value_blob (arg), sqlite3_value_bytes (arg));

        if (*keep == NULL)
          *keep = g_ptr_array_new_with_free_func (g_free);
        g_ptr_array_add (*keep, b64);
        v->type = SQLITE_TEXT;
        v->text = b64;
      }
      break;
    default:
      v->type = SQLITE_NULL;
      break;
    }
}

/* prd_revision (N, 'aname', value, …): the revision id "N-<md5>" of the
 * body given as pairs; each name starts with its column's affinity
 * letter (i integer, n numeric, r real, t text, b blob/none). */
static void
sql_revision (sqlite3_context  *ctx,
              int               argc,
              sqlite3_value   **argv)
{
  PrdStore *self = sqlite3_user_data (ctx);
  BodyValue stack[128];
  g_autofree BodyValue *heap = NULL;
  BodyValue *values = stack;
  g_autoptr(GPtrArray) keep = NULL;
  gint64 generation;
  guint n = 0;

  if (argc < 1 || argc % 2 != 1 || sqlite3_value_type (argv[0]) != SQLITE_INTEGER ||
      (generation = sqlite3_value_int64 (argv[0])) <= 0)
    {
      sqlite3_result_error (ctx, "prd_revision: (generation, name, value, …)", -1);
      return;
    }
  if ((guint) argc / 2 > G_N_ELEMENTS (stack))
    values = heap = g_new (BodyValue, argc / 2);
  for (int i = 1; i < argc; i += 2)
    {
      const char *name = (const char *) sqlite3_value_text (argv[i]);
      BodyValue v = { NULL, SQLITE_NULL, 0, 0, NULL };

      if (name == NULL || name[0] == '\0' || name[1] == '\0')
        {
          sqlite3_result_error (ctx, "prd_revision: a column name is missing", -1);
          return;
        }
      v.name = name + 1;
      value_as_stored (argv[i + 1], name[0], &v, &keep);
      values[n++] = v;
    }
  /* A buffer and a checksum kept by the store: a bulk write calls this
   * for every row. */
  if (self->canonical == NULL)
    {
      self->canonical = g_string_sized_new (512);
      self->md5 = g_checksum_new (G_CHECKSUM_MD5);
    }
  write_canonical (values, n, self->canonical);
  g_checksum_reset (self->md5);
  g_checksum_update (self->md5, (const guchar *) self->canonical->str, self->canonical->len);
  g_snprintf (self->last_rev_id, sizeof self->last_rev_id, "%" G_GINT64_FORMAT "-%s",
              generation, g_checksum_get_string (self->md5));
  sqlite3_result_text (ctx, self->last_rev_id, -1, SQLITE_TRANSIENT);
}

/* prd_rev_ancestry (rev_id, rev_history): the history of the revision that
 * follows REV_ID: REV_ID first, then its own history, at most
 * PRD_STORE_REVS_LIMIT entries. */
static void
sql_rev_ancestry (sqlite3_context  *ctx,
                  int               argc,
                  sqlite3_value   **argv)
{
  const char *rev_id = (const char *) sqlite3_value_text (argv[0]);
  const char *history = (const char *) sqlite3_value_text (argv[1]);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonArray) next = json_array_new ();
  g_autoptr(JsonNode) out = json_node_new (JSON_NODE_ARRAY);
  g_autofree char *text = NULL;

  if (rev_id != NULL)
    json_array_add_string_element (next, rev_id);
  if (history != NULL && (root = json_from_string (history, NULL)) != NULL &&
      JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *old = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (old) &&
                        json_array_get_length (next) < PRD_STORE_REVS_LIMIT; i++)
        json_array_add_element (next, json_node_copy (json_array_get_element (old, i)));
    }
  json_node_set_array (out, next);
  text = json_to_string (out, FALSE);
  sqlite3_result_text (ctx, text, -1, SQLITE_TRANSIENT);
  {
    PrdStore *self = sqlite3_user_data (ctx);
    g_free (self->last_rev_history);
    self->last_rev_history = g_steal_pointer (&text);
  }
}

/* Not SQLITE_DETERMINISTIC: they leave their result with the store too. */
int
prd_store_register_revision_functions (PrdStore *self)
{
  int rc = sqlite3_create_function_v2 (self->db, "prd_revision", -1,
                                       SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                       self, sql_revision, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rc;
  return sqlite3_create_function_v2 (self->db, "prd_rev_ancestry", 2,
                                     SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                     self, sql_rev_ancestry, NULL, NULL, NULL);
}

/* The column's affinity letter from its declared type, by SQLite's rules. */
static char
affinity_of (const char *declared)
{
  g_autofree char *up = g_ascii_strup (declared != NULL ? declared : "", -1);

  if (strstr (up, "INT") != NULL)
    return 'i';
  if (strstr (up, "CHAR") != NULL || strstr (up, "CLOB") != NULL || strstr (up, "TEXT") != NULL)
    return 't';
  if (*up == '\0' || strstr (up, "BLOB") != NULL)
    return 'b';
  if (strstr (up, "REAL") != NULL || strstr (up, "FLOA") != NULL || strstr (up, "DOUB") != NULL)
    return 'r';
  return 'n';
}

char *
prd_store_revision_sql (PrdStore    *self,
                        const char  *table,
                        const char  *generation,
                        GHashTable  *given,
                        gboolean     update)
{
  g_autoptr(GString) sql = g_string_new ("prd_revision(");
  char *query = sqlite3_mprintf ("SELECT name, type, dflt_value FROM pragma_table_info(%Q) ORDER BY name", table);
  sqlite3_stmt *stmt = NULL;

  g_string_append (sql, generation);
  if (sqlite3_prepare_v2 (self->db, query, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        const char *name = (const char *) sqlite3_column_text (stmt, 0);
        const char *dflt = (const char *) sqlite3_column_text (stmt, 2);
        const char *value;
        char *quoted;

        if (is_left_out (name))
          continue;
        value = given != NULL ? g_hash_table_lookup (given, name) : NULL;
        quoted = sqlite3_mprintf (", '%c%q', ", affinity_of ((const char *) sqlite3_column_text (stmt, 1)), name);
        g_string_append (sql, quoted);
        sqlite3_free (quoted);
        if (value != NULL)
          g_string_append (sql, value);
        else if (update)
          g_string_append_printf (sql, "\"%s\"", name);
        else
          g_string_append (sql, dflt != NULL ? dflt : "NULL");
      }
  sqlite3_finalize (stmt);
  sqlite3_free (query);
  g_string_append_c (sql, ')');
  return g_string_free (g_steal_pointer (&sql), FALSE);
}
