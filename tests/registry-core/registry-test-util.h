/* SPDX-License-Identifier: GPL-3.0-or-later */
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

/* A file of tests/registry-core/fixtures. */
static inline char *
registry_fixture_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "registry-core", "fixtures", name, NULL);
}

static inline void
registry_put_school (PrdStore   *store,
                     const char *id,
                     const char *name,
                     const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) o = json_object_new ();

  json_object_set_string_member (o, "id", id);
  json_object_set_string_member (o, "name", name);
  json_object_set_string_member (o, "district", "ดอนแก้ว");
  json_object_set_string_member (o, "school_code", code);
  g_assert_true (prd_store_put (store, "school", o, &error));
  g_assert_no_error (error);
}

/* An office with no members and the two schools the survey fixtures name. */
static inline void
registry_open_survey_office (RegistryFixture *fx)
{
  registry_fixture_open (fx, 0);
  registry_put_school (fx->store, "school-nongbua", "โรงเรียนบ้านหนองบัว", "8000000001");
  registry_put_school (fx->store, "school-anuban", "โรงเรียนอนุบาลดอนแก้ว", "8000000002");
}
