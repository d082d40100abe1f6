/* registry-test-util.h — a demo store for the registry-core tests. */
#pragma once

#include "prd-test-util.h"
#include "model/prd-demo.h"
#include "store/prd-store.h"
#include "thai/prd-thai.h"

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
