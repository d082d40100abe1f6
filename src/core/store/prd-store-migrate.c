/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-migrate.c — numbered SQL migrations from the GResource.
 *
 * Each file resources/sql/NNNN-name.sql is applied in its own transaction and
 * recorded in PRAGMA user_version. Numbers are handed out to parallel
 * branches, so one may be missing until its branch lands: the numbers only
 * have to rise, and a migration runs when its number is above the
 * database's version. After each one, every table that carries
 * the sync columns gets its journal triggers, so later migrations need not
 * repeat them.
 */
#define G_LOG_DOMAIN "prd-store"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "prd-store-private.h"

#define MIGRATIONS_PATH "/io/github/prdesk/PrDesk/sql"

typedef struct {
  int   number;
  char *resource;
} Migration;

static void
migration_clear (gpointer data)
{
  g_free (((Migration *) data)->resource);
}

static int
compare_migrations (gconstpointer a,
                    gconstpointer b)
{
  return ((const Migration *) a)->number - ((const Migration *) b)->number;
}

/* The migrations compiled into this program, in order. */
static GArray *
list_migrations (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, &error);
  GArray *list = g_array_new (FALSE, TRUE, sizeof (Migration));

  g_array_set_clear_func (list, migration_clear);
  if (names == NULL)
    g_error ("no migrations compiled in: %s", error->message);

  for (guint i = 0; names[i] != NULL; i++)
    {
      Migration m;

      if (!g_str_has_suffix (names[i], ".sql"))
        continue;
      m.number = atoi (names[i]);
      g_assert (m.number > 0);
      m.resource = g_strdup_printf ("%s/%s", MIGRATIONS_PATH, names[i]);
      g_array_append_val (list, m);
    }
  g_array_sort (list, compare_migrations);

  /* Two files with one number would be applied in no defined order. */
  for (guint i = 1; i < list->len; i++)
    g_assert (g_array_index (list, Migration, i).number > g_array_index (list, Migration, i - 1).number);

  return list;
}

int
prd_store_latest_version (void)
{
  g_autoptr(GArray) list = list_migrations ();
  return list->len > 0 ? g_array_index (list, Migration, list->len - 1).number : 0;
}

GArray *
prd_store_known_versions (void)
{
  g_autoptr(GArray) list = list_migrations ();
  GArray *versions = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < list->len; i++)
    g_array_append_val (versions, g_array_index (list, Migration, i).number);
  return versions;
}

static gboolean
table_has_sync_columns (PrdStore   *self,
                        const char *table)
{
  GPtrArray *cols = prd_store_table_columns (self, table);
  gboolean id = FALSE, rev = FALSE, deleted = FALSE;

  for (guint i = 0; i < cols->len; i++)
    {
      const char *c = g_ptr_array_index (cols, i);
      id |= g_str_equal (c, "id");
      rev |= g_str_equal (c, "rev");
      deleted |= g_str_equal (c, "deleted");
    }
  return id && rev && deleted;
}

/* From this version on, synced records carry revisions (0007). */
#define REVISIONS_VERSION 7

static gboolean
has_column (PrdStore   *self,
            const char *table,
            const char *column)
{
  GPtrArray *cols = prd_store_table_columns (self, table);

  for (guint i = 0; i < cols->len; i++)
    if (g_str_equal (g_ptr_array_index (cols, i), column))
      return TRUE;
  return FALSE;
}

static gint64
rows_without_revision (PrdStore   *self,
                                       const char *table)
{
  char *sql = sqlite3_mprintf ("SELECT count(*) FROM \"%w\" WHERE rev_id IS NULL", table);
  gint64 n = prd_store_count (self, sql);

  sqlite3_free (sql);
  return n;
}

static void
forget_schema (PrdStore *self)
{
  g_hash_table_remove_all (self->columns);
  g_hash_table_remove_all (self->blob_columns);
  prd_store_clear_statements (self);
}

/* Gives TABLE the revision columns if it lacks them (a table a migration
 * just made), and every row without a revision the one of what it holds.
 * That is no change of a record, so no trigger of TABLE may see it: the
 * journal's are gone already (see below), the others (the members' search
 * index would rewrite every row) are set aside for the fill and made again
 * from their own SQL, all in the migration's transaction. */
static gboolean
ensure_revisions (PrdStore    *self,
                  const char  *table,
                  GError     **error)
{
  g_autofree char *revision = NULL;
  g_autofree char *fill = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) create = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if (!has_column (self, table, "rev_id"))
    {
      g_autofree char *alter = g_strdup_printf (
        "ALTER TABLE \"%1$s\" ADD COLUMN rev_id TEXT;"
        "ALTER TABLE \"%1$s\" ADD COLUMN rev_history TEXT NOT NULL DEFAULT '[]';", table);

      if (!prd_store_exec (self, alter, error))
        return FALSE;
      forget_schema (self);
    }
  if (rows_without_revision (self, table) == 0)
    return TRUE;

  stmt = prd_store_prepare (self, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                  "AND tbl_name = ?1 AND sql IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (create, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < names->len; i++)
    {
      char *drop = sqlite3_mprintf ("DROP TRIGGER \"%w\"", (const char *) g_ptr_array_index (names, i));
      gboolean ok = prd_store_exec (self, drop, error);

      sqlite3_free (drop);
      if (!ok)
        return FALSE;
    }

  revision = prd_store_revision_sql (self, table, "rev", NULL, TRUE);
  fill = g_strdup_printf ("UPDATE \"%s\" SET rev_id = %s WHERE rev_id IS NULL", table, revision);
  if (!prd_store_exec (self, fill, error))
    return FALSE;
  for (guint i = 0; i < create->len; i++)
    if (!prd_store_exec (self, g_ptr_array_index (create, i), error))
      return FALSE;
  return TRUE;
}

/* Every insert and update of a synced table lands in change_journal in the
 * same transaction; hard deletes are refused (tombstones only). The journal
 * triggers are made again after each migration, so they always match the
 * schema of this VERSION. */
static gboolean
prepare_synced_tables (PrdStore  *self,
                       int        version,
                       GError   **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);

  stmt = prd_store_prepare (self,
                            "SELECT name FROM sqlite_schema WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%' AND name <> 'change_journal'",
                            error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  forget_schema (self);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *t = g_ptr_array_index (tables, i);
      g_autofree char *drop = NULL;
      g_autofree char *sql = NULL;

      if (!table_has_sync_columns (self, t))
        continue;

      drop = g_strdup_printf ("DROP TRIGGER IF EXISTS \"%1$s_journal_insert\";"
                              "DROP TRIGGER IF EXISTS \"%1$s_journal_update\";", t);
      if (!prd_store_exec (self, drop, error))
        return FALSE;
      if (version >= REVISIONS_VERSION && !ensure_revisions (self, t, error))
        return FALSE;

      /* From 0007 on, an update that only gives a row its first revision
       * (ensure_revisions, for rows a migration wrote) is not a change. */
      sql = g_strdup_printf (
        "CREATE TRIGGER \"%1$s_journal_insert\" AFTER INSERT ON \"%1$s\" BEGIN "
        "  INSERT INTO change_journal (table_name, record_id, rev, deleted, changed_at) "
        "  VALUES ('%1$s', NEW.id, NEW.rev, NEW.deleted, strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now')); "
        "END;"
        "CREATE TRIGGER \"%1$s_journal_update\" AFTER UPDATE ON \"%1$s\" %2$s BEGIN "
        "  INSERT INTO change_journal (table_name, record_id, rev, deleted, changed_at) "
        "  VALUES ('%1$s', NEW.id, NEW.rev, NEW.deleted, strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now')); "
        "END;"
        "CREATE TRIGGER IF NOT EXISTS \"%1$s_no_hard_delete\" BEFORE DELETE ON \"%1$s\" BEGIN "
        "  SELECT RAISE (ABORT, 'records are never deleted, only marked as deleted'); "
        "END;",
        t, version >= REVISIONS_VERSION ? "WHEN OLD.rev_id IS NOT NULL" : "");
      if (!prd_store_exec (self, sql, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
apply_migration (PrdStore         *self,
                 const Migration  *m,
                 GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;
  g_autoptr(GError) local_error = NULL;

  bytes = g_resources_lookup_data (m->resource, 0, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  set_version = g_strdup_printf ("PRAGMA user_version = %d", m->number);

  if (!prd_store_begin (self, error))
    return FALSE;
  if (!prd_store_exec (self, sql, &local_error) ||
      !prepare_synced_tables (self, m->number, &local_error) ||
      !prd_store_exec (self, set_version, &local_error) ||
      !prd_store_commit (self, &local_error))
    {
      prd_store_rollback (self);
      forget_schema (self);
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_MIGRATE,
                   _("Updating the database to version %d failed: %s"),
                   m->number, local_error->message);
      return FALSE;
    }
  self->version = m->number;
  return TRUE;
}

gboolean
prd_store_migrate (PrdStore  *self,
                   int        target,
                   GError   **error)
{
  g_autoptr(GArray) list = list_migrations ();
  int current = (int) prd_store_count (self, "PRAGMA user_version");
  int latest = list->len > 0 ? g_array_index (list, Migration, list->len - 1).number : 0;

  if (current < 0)
    return prd_store_set_sql_error (self, error, _("read its version"));

  self->version = current;
  if (current > latest)
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_TOO_NEW,
                   _("This database was written by a newer PR Desk (database version %d; "
                     "this program knows up to %d). Update PR Desk on this computer."),
                   current, latest);
      return FALSE;
    }

  for (guint i = 0; i < list->len; i++)
    {
      const Migration *m = &g_array_index (list, Migration, i);

      if (m->number > current && m->number <= target && !apply_migration (self, m, error))
        return FALSE;
    }

  return TRUE;
}
