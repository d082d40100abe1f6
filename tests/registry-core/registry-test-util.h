/* registry-test-util.h — a demo store for the registry-core tests. */
#pragma once

#include "prd-test-util.h"
#include "model/prd-demo.h"
#include "store/prd-store.h"

#ifndef PRD_HAVE_THAI_CORE
/* Until the Thai core is in the tree its collation is missing; the tests
 * stand in a byte-order one under the same name (never in src/). */
static int
registry_test_binary_collation (void *data, int la, const void *a, int lb, const void *b)
{
  int c = memcmp (a, b, MIN (la, lb));
  return c != 0 ? c : la - lb;
}
#endif

static inline void
registry_test_register (PrdStore *store)
{
#ifndef PRD_HAVE_THAI_CORE
  sqlite3_create_collation_v2 (prd_store_get_db (store), "THAI", SQLITE_UTF8, NULL,
                               registry_test_binary_collation, NULL);
#endif
}

typedef struct {
  char     *dir;
  char     *path;
  PrdStore *store;
} RegistryFixture;

static inline void
registry_fixture_open (RegistryFixture *fx,
                       guint            demo_members)
{
  g_autoptr(GError) error = NULL;

  fx->dir = prd_test_make_dir ();
  fx->path = g_build_filename (fx->dir, "prdesk.sqlite", NULL);
  fx->store = prd_store_open (fx->path, &error);
  g_assert_no_error (error);
  registry_test_register (fx->store);
  if (demo_members > 0)
    {
      g_assert_true (prd_demo_generate (fx->store, demo_members, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static inline void
registry_fixture_close (RegistryFixture *fx)
{
  g_clear_object (&fx->store);
  prd_test_remove_dir (fx->dir);
  g_free (fx->dir);
  g_free (fx->path);
}
