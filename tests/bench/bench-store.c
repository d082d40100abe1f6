/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark cases of core/store: writing the demo office, backing it up. */
#include <glib/gstdio.h>

#include "model/prd-demo.h"
#include "prd-bench.h"

static void
bench_demo_100k (void)
{
  g_autofree char *path = g_build_filename (prd_bench_tmp_dir (), "demo-write.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (path, &error);
  double t0 = prd_bench_now_ms ();

  if (!prd_demo_generate (store, 100000, NULL, NULL, &error))
    g_error ("%s", error->message);
  prd_bench_report ("store-demo-100k", "demo office with 100,000 members", prd_bench_now_ms () - t0, "ms", NULL);
}

static void
bench_backup_100k (void)
{
  PrdStore *store = prd_bench_demo_store (100000);
  g_autofree char *dest = g_build_filename (prd_bench_tmp_dir (), "backup.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  double t0 = prd_bench_now_ms ();

  if (!prd_store_backup (store, dest, NULL, NULL, &error))
    g_error ("%s", error->message);
  prd_bench_report ("store-backup-100k", "online backup of 100,000 members", prd_bench_now_ms () - t0, "ms", NULL);
}

const PrdBenchCase prd_bench_store_cases[] = {
  { "store-demo-100k", "write the demo office with 100,000 members", bench_demo_100k },
  { "store-backup-100k", "back up a database of 100,000 members", bench_backup_100k },
  { NULL }
};
