/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Killing `prdesk-cli init --demo` with SIGKILL mid-write leaves a database
 * that is consistent and opens again. */
#include <signal.h>
#include <sys/wait.h>

#include "prd-test-util.h"
#include "store/prd-store.h"
#include "store/prd-store-sql.h"

#define MEMBERS 100000

static goffset
file_size (const char *path)
{
  GStatBuf st;
  return g_stat (path, &st) == 0 ? (goffset) st.st_size : 0;
}

static void
test_kill_at (gconstpointer data)
{
  goffset wal_threshold = GPOINTER_TO_INT (data) * 1024;
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "crash.sqlite", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *members = g_strdup_printf ("%d", MEMBERS);
  const char *cli = g_getenv ("PRDESK_CLI");
  const char *argv[] = { cli, "--db", path, "init", "--demo", "--members", members, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *integrity = NULL;
  GPid pid;
  int status = 0;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gint64 count;
  PrdStore *store;

  g_assert_nonnull (cli);
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);

  /* Wait until the demo transaction has written this much, then kill. */
  while (file_size (wal) < wal_threshold && g_get_monotonic_time () < deadline)
    {
      g_assert_cmpint (waitpid (pid, &status, WNOHANG), ==, 0);  /* still running */
      g_usleep (2000);
    }
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  /* It died of the kill, not of finishing first: the write was cut. */
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  g_test_message ("killed with %" G_GOFFSET_FORMAT " bytes of WAL", file_size (wal));

  integrity = prd_test_integrity (path);
  g_assert_cmpstr (integrity, ==, "ok");

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), ==, prd_store_latest_version ());
  /* All of the demo office or none of it: never half. */
  count = prd_store_count (store, "SELECT count(*) FROM member");
  g_assert_true (count == 0 || count == MEMBERS);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school"), ==, count == 0 ? 0 : 185);
  g_assert_finalize_object (store);

  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Early, in the middle, and late in the demo transaction (KiB of WAL). */
  g_test_add_data_func ("/crash/kill-early", GINT_TO_POINTER (64), test_kill_at);
  g_test_add_data_func ("/crash/kill-middle", GINT_TO_POINTER (2048), test_kill_at);
  g_test_add_data_func ("/crash/kill-late", GINT_TO_POINTER (8192), test_kill_at);
  return g_test_run ();
}
