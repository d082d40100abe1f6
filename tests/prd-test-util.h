/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-test-util.h — small helpers shared by the test programs. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <sqlite3.h>

#include "store/prd-store.h"
#include "store/prd-store-sql.h"

/* A fresh folder for one test's database; removed by the caller. */
static inline char *
prd_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("prdesk-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
prd_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A g_test_add fixture: a store of its own in a fresh folder. */
typedef struct {
  char     *dir;
  PrdStore *store;
} PrdTestStore;

static inline void
prd_test_store_set_up (PrdTestStore  *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = prd_test_make_dir ();
  path = g_build_filename (f->dir, "prdesk.sqlite", NULL);
  f->store = prd_store_open (path, &error);
  g_assert_no_error (error);
}

static inline void
prd_test_store_tear_down (PrdTestStore  *f,
                          gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  prd_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* PRAGMA integrity_check read with plain SQLite, beside our code. */
static inline char *
prd_test_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/* Messages in Thai from the build's catalogue, as a Thai office sees them. */
static inline void
prd_test_use_thai (void)
{
  setlocale (LC_ALL, "th_TH.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PRDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* The number SQL (SQLite's printf: %Q quotes a string) gives on STORE. */
static inline gint64
prd_test_count (PrdStore   *store,
                const char *format,
                ...)
{
  va_list args;
  char *sql;
  gint64 n;

  va_start (args, format);
  sql = sqlite3_vmprintf (format, args);
  va_end (args);
  n = prd_store_count (store, sql);
  sqlite3_free (sql);
  return n;
}
