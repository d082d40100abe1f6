/* SPDX-License-Identifier: GPL-3.0-or-later */
/* golden-util.h — papers of the demo office against a recording made by
 * the code before a change (tests/fixtures/): the version-6 demo office
 * upgraded by this program, and a fresh demo office, must both print what
 * the recording holds. PRDESK_GOLDEN_RECORD=DIR writes the recording of the
 * upgraded office into DIR (only ever with the code it stands for). */
#pragma once

#include "prd-test-util.h"
#include "model/prd-demo.h"

/* Everything a test prints of STORE's papers, one line per fact. */
typedef char *(*GoldenRecordFunc) (PrdStore *store);

static inline char *
golden_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* Line by line, so a failure names the paper that changed. */
static inline void
golden_assert_same (const char *golden_name,
                    const char *got)
{
  g_autofree char *path = golden_fixture_path (golden_name);
  g_autofree char *golden = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) want = NULL, have = NULL;

  g_file_get_contents (path, &golden, NULL, &error);
  g_assert_no_error (error);
  want = g_strsplit (golden, "\n", -1);
  have = g_strsplit (got, "\n", -1);
  for (guint i = 0; want[i] != NULL && have[i] != NULL; i++)
    g_assert_cmpstr (have[i], ==, want[i]);
  g_assert_cmpuint (g_strv_length (have), ==, g_strv_length (want));
}

/* A copy of the version-6 demo office, opened by this program (which
 * upgrades it), prints the recorded papers. */
static inline void
golden_test_upgraded (const char       *golden_name,
                      GoldenRecordFunc  record)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.sqlite", NULL);
  g_autofree char *source = golden_fixture_path ("memo-golden-v6.sqlite");
  g_autofree char *contents = NULL, *got = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  PrdStore *store;

  g_file_get_contents (source, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, (gssize) len, &error);
  g_assert_no_error (error);

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), ==, prd_store_latest_version ());
  got = record (store);
  if (g_getenv ("PRDESK_GOLDEN_RECORD") != NULL)
    {
      g_autofree char *out = g_build_filename (g_getenv ("PRDESK_GOLDEN_RECORD"), golden_name, NULL);

      g_file_set_contents (out, got, -1, &error);
      g_assert_no_error (error);
    }
  golden_assert_same (golden_name, got);
  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

/* The demo office made today prints the same papers. */
static inline void
golden_test_fresh (const char       *golden_name,
                   GoldenRecordFunc  record)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "new.sqlite", NULL);
  g_autofree char *got = NULL;
  g_autoptr(GError) error = NULL;
  PrdStore *store;

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, 20, NULL, NULL, &error));
  g_assert_no_error (error);
  got = record (store);
  golden_assert_same (golden_name, got);
  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}
