/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-inserter.c — a prepared INSERT for a stream of new records. */
#define G_LOG_DOMAIN "prd-store"

#include <glib/gi18n.h>

#include "prd-store-private.h"
#include "prd-store-inserter.h"

/* The sync columns come first in the statement: ?1 id, ?2 created_at and
 * updated_at; the caller's columns follow from ?3. The revision (rev 1) is
 * computed by the statement from the row it inserts. */
#define FIRST_USER_PARAM 3

struct _PrdStoreInserter
{
  PrdStore     *store;
  sqlite3_stmt *stmt;
  guint         n_columns;
  gint64        id_base;        /* milliseconds when the inserter was made */
  guint64       id_count;
  gint64        stamp_ms;       /* the millisecond STAMP was written for */
  char          stamp[32];
  char          id[37];
};

/* A time-ordered UUID (version 7 layout): the rows of one bulk write go to
 * the end of the primary-key index instead of to random pages all over it.
 * Still a random UUID to every other PC. */
static void
next_ordered_id (PrdStoreInserter *self)
{
  guint64 ms = (guint64) self->id_base + self->id_count / 4096;
  guint32 seq = (guint32) (self->id_count % 4096);
  guint32 r1 = g_random_int (), r2 = g_random_int ();

  self->id_count++;
  g_snprintf (self->id, sizeof self->id, "%08x-%04x-7%03x-%04x-%04x%08x",
              (guint32) (ms >> 16), (guint32) (ms & 0xffff), seq,
              0x8000 | (r1 & 0x3fff), (r1 >> 16) & 0xffff, r2);
}

/* prd_timestamp_now_utc's form, formatted again only when the millisecond
 * changed: a bulk write stamps thousands of rows a second. */
static const char *
current_stamp (PrdStoreInserter *self)
{
  gint64 now = g_get_real_time ();

  if (now / 1000 != self->stamp_ms)
    {
      g_autoptr(GDateTime) second = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
      g_autoptr(GDateTime) t = g_date_time_add (second, now % G_USEC_PER_SEC);
      g_autofree char *text = g_date_time_format (t, "%Y-%m-%dT%H:%M:%S.%fZ");

      g_strlcpy (self->stamp, text, sizeof self->stamp);
      self->stamp_ms = now / 1000;
    }
  return self->stamp;
}

/* The column's default as SQL text (PRAGMA table_info), or NULL. */
static char *
column_default (PrdStore   *store,
                const char *table,
                const char *column)
{
  char *sql = sqlite3_mprintf ("SELECT dflt_value FROM pragma_table_info(%Q) WHERE name = %Q",
                               table, column);
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, NULL);
  char *value = NULL;

  sqlite3_free (sql);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

PrdStoreInserter *
prd_store_inserter_new (PrdStore           *store,
                        const char         *table,
                        const char *const  *columns,
                        GError            **error)
{
  g_autoptr(GString) names = g_string_new ("id, created_at, updated_at, rev, deleted");
  g_autoptr(GString) values = g_string_new ("?1, ?2, ?2, 1, 0");
  g_autoptr(GHashTable) given = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GPtrArray *known;
  gboolean revisions = FALSE;
  PrdStoreInserter *self;
  g_autofree char *sql = NULL;
  guint n = 0;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (table != NULL && columns != NULL, NULL);

  known = prd_store_table_columns (store, table);
  for (guint k = 0; k < known->len && !revisions; k++)
    revisions = g_str_equal (g_ptr_array_index (known, k), "rev_id");
  g_hash_table_insert (given, (gpointer) "deleted", g_strdup ("0"));
  for (; columns[n] != NULL; n++)
    {
      g_autofree char *dflt = NULL;
      gboolean exists = FALSE;

      for (guint k = 0; k < known->len && !exists; k++)
        exists = g_str_equal (g_ptr_array_index (known, k), columns[n]);
      if (!exists)
        {
          g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                       _("The field %s does not belong to %s"), columns[n], table);
          return NULL;
        }
      /* An unset value (NULL) takes the column's default. */
      dflt = column_default (store, table, columns[n]);
      g_string_append_printf (names, ", \"%s\"", columns[n]);
      if (dflt != NULL)
        g_hash_table_insert (given, (gpointer) columns[n],
                             g_strdup_printf ("coalesce (?%u, %s)", n + FIRST_USER_PARAM, dflt));
      else
        g_hash_table_insert (given, (gpointer) columns[n], g_strdup_printf ("?%u", n + FIRST_USER_PARAM));
      g_string_append_printf (values, ", %s", (char *) g_hash_table_lookup (given, columns[n]));
    }
  if (revisions)
    {
      g_autofree char *revision = prd_store_revision_sql (store, table, "1", given, FALSE);

      g_string_append (names, ", rev_id");
      g_string_append_printf (values, ", %s", revision);
    }

  self = g_new0 (PrdStoreInserter, 1);
  self->store = g_object_ref (store);
  self->n_columns = n;
  self->id_base = g_get_real_time () / 1000;
  self->stamp_ms = -1;
  sql = g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s)", table, names->str, values->str);
  self->stmt = prd_store_prepare (store, sql, error);
  if (self->stmt == NULL)
    {
      prd_store_inserter_free (self);
      return NULL;
    }
  return self;
}

void
prd_store_inserter_set_text (PrdStoreInserter *self,
                             guint             column,
                             const char       *text)
{
  g_return_if_fail (self != NULL && column < self->n_columns);
  if (text != NULL)
    sqlite3_bind_text (self->stmt, (int) column + FIRST_USER_PARAM, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (self->stmt, (int) column + FIRST_USER_PARAM);
}

void
prd_store_inserter_set_int (PrdStoreInserter *self,
                            guint             column,
                            gint64            value)
{
  g_return_if_fail (self != NULL && column < self->n_columns);
  sqlite3_bind_int64 (self->stmt, (int) column + FIRST_USER_PARAM, value);
}

const char *
prd_store_inserter_insert (PrdStoreInserter  *self,
                           GError           **error)
{
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  next_ordered_id (self);
  sqlite3_bind_text (self->stmt, 1, self->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (self->stmt, 2, current_stamp (self), -1, SQLITE_STATIC);
  rc = sqlite3_step (self->stmt);
  if (rc != SQLITE_DONE)
    prd_store_set_sql_error (self->store, error, _("save a record"));
  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);
  return rc == SQLITE_DONE ? self->id : NULL;
}

void
prd_store_inserter_free (PrdStoreInserter *self)
{
  if (self == NULL)
    return;
  sqlite3_finalize (self->stmt);
  g_clear_object (&self->store);
  g_free (self);
}
