/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Killing `prdesk-cli members import` with SIGKILL mid-write leaves the
 * registry as it was: no member, no half index, the index triggers on. */
#include <signal.h>
#include <sys/wait.h>

#include "registry-test-util.h"
#include "store/prd-store-sql.h"

#define ROWS 60000

static goffset
file_size (const char *path)
{
  GStatBuf st;
  return g_stat (path, &st) == 0 ? (goffset) st.st_size : 0;
}

static void
test_kill_during_import (void)
{
  RegistryFixture fx;
  g_autofree char *csv = NULL, *wal = NULL, *integrity = NULL;
  g_autoptr(GString) data = g_string_new ("คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,อำเภอ,เบอร์โทร\n");
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("PRDESK_CLI");
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gint64 before;
  int status = 0;
  GPid pid;
  PrdStore *store;

  registry_fixture_open (&fx, 600);
  before = prd_store_count (fx.store, "SELECT count(*) FROM member");
  g_clear_object (&fx.store);
  for (guint i = 0; i < ROWS; i++)
    g_string_append_printf (data, "นาย,สมาชิก%u,ทดสอบ,ครู,หน่วยงานทดสอบ,ดอนแก้ว,08%u-%03u-%04u\n",
                            i, 1 + i / 10000000, (i / 10000) % 1000, i % 10000);
  csv = g_build_filename (fx.dir, "big.csv", NULL);
  g_assert_true (g_file_set_contents (csv, data->str, (gssize) data->len, NULL));
  wal = g_strconcat (fx.path, "-wal", NULL);

  {
    const char *argv[] = { cli, "--db", fx.path, "members", "import", csv, NULL };
    g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                  G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                  NULL, NULL, &pid, &error));
    g_assert_no_error (error);
  }
  /* The write has begun when the WAL grows past what opening wrote. */
  while (file_size (wal) < 4 * 1024 * 1024 && g_get_monotonic_time () < deadline)
    {
      g_assert_cmpint (waitpid (pid, &status, WNOHANG), ==, 0);
      g_usleep (2000);
    }
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));

  integrity = prd_test_integrity (fx.path);
  g_assert_cmpstr (integrity, ==, "ok");
  store = prd_store_open (fx.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member"), ==, before);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_fts"), ==, before);
  g_assert_cmpint (prd_store_count (store, "SELECT suspended FROM member_fts_state"), ==, 0);
  g_assert_finalize_object (store);
  fx.store = NULL;
  registry_fixture_close (&fx);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/registry-core/import/kill", test_kill_during_import);
  return g_test_run ();
}
