/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-store-backup.c — online backup with SQLite's backup API.
 *
 * The copy is read through a connection of its own, so the program keeps
 * working (WAL readers do not block the writer) while a backup runs.
 */
#define G_LOG_DOMAIN "prd-store"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "prd-store-private.h"
#include "prd-output-file.h"

#define PAGES_PER_STEP 256

static gboolean
set_backup_error (GError    **error,
                  const char *dest_path,
                  const char *reason)
{
  g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_BACKUP,
               _("The backup to %s failed: %s"), dest_path, reason);
  return FALSE;
}

/* The output file's error (it names the path) as the store's. */
static gboolean
set_backup_write_error (GError **error,
                        GError  *local)
{
  g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_BACKUP, _("The backup failed: %s"),
               local->message);
  g_error_free (local);
  return FALSE;
}

gboolean
prd_store_backup (PrdStore         *self,
                  const char       *dest_path,
                  PrdProgressFunc   progress,
                  gpointer          user_data,
                  GError          **error)
{
  g_autoptr(PrdOutputFile) out = NULL;
  GError *local = NULL;
  const char *tmp_path;
  sqlite3 *src = NULL, *dst = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  /* Written beside the target and renamed at the end (a device written
   * through): a failed backup never leaves a half file under the name the
   * user chose. */
  out = prd_output_file_open (dest_path, &local);
  if (out == NULL)
    return set_backup_write_error (error, local);
  tmp_path = prd_output_file_get_staging_path (out);
  if (tmp_path == NULL)
    {
      set_backup_error (error, dest_path, g_strerror (errno));
      return FALSE;
    }

  if (sqlite3_open_v2 (self->path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      set_backup_error (error, dest_path, sqlite3_errmsg (src));
      goto out;
    }
  sqlite3_busy_timeout (src, 5000);
  if (sqlite3_open_v2 (tmp_path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      set_backup_error (error, dest_path, sqlite3_errmsg (dst));
      goto out;
    }

  backup = sqlite3_backup_init (dst, "main", src, "main");
  if (backup == NULL)
    {
      set_backup_error (error, dest_path, sqlite3_errmsg (dst));
      goto out;
    }
  do
    {
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      if (progress != NULL)
        {
          int total = sqlite3_backup_pagecount (backup);
          int left = sqlite3_backup_remaining (backup);
          progress (total > 0 ? (double) (total - left) / total : 1.0, user_data);
        }
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      set_backup_error (error, dest_path, sqlite3_errstr (rc));
      goto out;
    }

  /* A backup is one self-contained file: no WAL beside it. */
  if (sqlite3_exec (dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_backup_error (error, dest_path, sqlite3_errmsg (dst));
      goto out;
    }
  sqlite3_close (dst);
  dst = NULL;

  ok = prd_output_file_commit (g_steal_pointer (&out), &local);
  if (!ok)
    set_backup_write_error (error, local);

out:
  if (dst != NULL)
    sqlite3_close (dst);
  if (src != NULL)
    sqlite3_close (src);
  return ok;
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (prd_store_backup (source_object, task_data, NULL, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prd_store_backup_async (PrdStore            *self,
                        const char          *dest_path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, prd_store_backup_async);
  g_task_set_task_data (task, g_strdup (dest_path), g_free);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
prd_store_backup_finish (PrdStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
