/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-collate.c — Thai dictionary order (libthai's th_strcoll) as a
 * byte key, a comparison and the SQLite collation THAI. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <thai/thcoll.h>

#include "prd-thai.h"
#include "prd-thai-private.h"
#include "prd-thai-fts.h"
#include "prd-thai-names.h"

/* Builds the key of TEXT (LEN bytes) in BUF when it fits, else on the heap;
 * returns it and its length in *KEY_LEN. The key is th_strxfrm of the
 * TIS-620 text; when characters had to be left out, a 0x01 and the original
 * bytes follow, so different texts never tie by accident. th_strxfrm writes
 * no byte below 0x02, hence the key holds no NUL and a key that is a prefix
 * of another sorts first, as strcmp would. */
static guchar *
thai_key (const char *text,
          gsize       len,
          guchar     *buf,
          gsize       buf_size,
          gsize      *key_len)
{
  thchar_t tis_stack[256];
  thchar_t *tis = len < sizeof tis_stack ? tis_stack : g_malloc (len + 1);
  gboolean lossy = FALSE;
  gsize tis_len = prd_thai_utf8_to_tis (text, (gssize) len, tis, &lossy);
  gsize need = tis_len * 6 + 8;
  gsize n;
  guchar *key = buf;

  for (;;)
    {
      gsize total = need + (lossy ? len + 1 : 0) + 1;

      if (total > buf_size)
        key = g_malloc (total);
      n = th_strxfrm (key, tis, need);
      if (n < need)
        break;
      if (key != buf)
        g_free (key);
      key = buf;
      need = n + 8;
    }

  /* Belt and braces: a NUL would end the key early for strcmp. */
  for (gsize i = 0; i < n; i++)
    if (key[i] == 0)
      key[i] = 0x01;

  if (lossy)
    {
      key[n++] = 0x01;
      for (gsize i = 0; i < len; i++)
        if (text[i] != '\0')
          key[n++] = (guchar) text[i];
    }
  key[n] = '\0';

  if (tis != tis_stack)
    g_free (tis);
  *key_len = n;
  return key;
}

char *
prd_thai_sort_key (const char *text)
{
  gsize len;
  guchar *key;

  if (text == NULL)
    text = "";
  key = thai_key (text, strlen (text), NULL, 0, &len);
  return (char *) key;
}

static int
compare_bytes (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len)
{
  guchar a_buf[1024], b_buf[1024];
  gsize ak_len, bk_len;
  guchar *ak = thai_key (a, a_len, a_buf, sizeof a_buf, &ak_len);
  guchar *bk = thai_key (b, b_len, b_buf, sizeof b_buf, &bk_len);
  int r = memcmp (ak, bk, MIN (ak_len, bk_len));

  if (r == 0)
    r = (ak_len > bk_len) - (ak_len < bk_len);
  else
    r = r < 0 ? -1 : 1;
  if (ak != a_buf)
    g_free (ak);
  if (bk != b_buf)
    g_free (bk);
  return r;
}

int
prd_thai_compare (const char *a,
                  const char *b)
{
  if (a == NULL)
    a = "";
  if (b == NULL)
    b = "";
  return compare_bytes (a, strlen (a), b, strlen (b));
}

/* The collation builds each text's key once per sort, not once per
 * comparison: SQLite compares every row about log2(n) times. The cache
 * belongs to one connection, which SQLite never uses from two threads at
 * once; it is emptied when it grows past CACHE_MAX texts. */
#define CACHE_MAX 200000

typedef struct {
  GHashTable *keys;   /* GBytes text → GBytes key */
} CollateCache;

static void
collate_cache_free (void *data)
{
  CollateCache *cache = data;

  g_hash_table_unref (cache->keys);
  g_free (cache);
}

static GBytes *
cached_key (CollateCache *cache,
            const char   *text,
            gsize         len)
{
  g_autoptr(GBytes) probe = g_bytes_new_static (text, len);
  GBytes *key = g_hash_table_lookup (cache->keys, probe);

  if (key == NULL)
    {
      gsize key_len;
      guchar *bytes = thai_key (text, len, NULL, 0, &key_len);

      if (g_hash_table_size (cache->keys) >= CACHE_MAX)
        g_hash_table_remove_all (cache->keys);
      key = g_bytes_new_take (bytes, key_len);
      g_hash_table_insert (cache->keys, g_bytes_new (text, len), key);
    }
  return key;
}

static int
collate_thai (void       *user_data,
              int         a_len,
              const void *a,
              int         b_len,
              const void *b)
{
  CollateCache *cache = user_data;
  GBytes *ka = cached_key (cache, a, (gsize) a_len);
  GBytes *kb = cached_key (cache, b, (gsize) b_len);
  int r = g_bytes_compare (ka, kb);

  return (r > 0) - (r < 0);
}

/* thai_sort_key(text) and thai_name_sort_key(full_name): the keys as BLOBs,
 * for an index on an expression or an ORDER BY that computes each row's key
 * once instead of at every comparison. */
static void
sql_sort_key (sqlite3_context  *ctx,
              int               n_args,
              sqlite3_value   **args)
{
  gboolean name = sqlite3_user_data (ctx) != NULL;
  const char *text = (const char *) sqlite3_value_text (args[0]);
  char *key;

  if (sqlite3_value_type (args[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }
  key = name ? prd_thai_name_sort_key (text) : prd_thai_sort_key (text);
  sqlite3_result_blob (ctx, key, (int) strlen (key), g_free);
}

int
prd_thai_sqlite_register_collation (sqlite3 *db)
{
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  CollateCache *cache = g_new0 (CollateCache, 1);
  int rc;

  cache->keys = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                       (GDestroyNotify) g_bytes_unref, (GDestroyNotify) g_bytes_unref);
  /* SQLite frees the cache with the connection, but not when it refuses
   * the collation. */
  rc = sqlite3_create_collation_v2 (db, "THAI", SQLITE_UTF8, cache, collate_thai, collate_cache_free);
  if (rc != SQLITE_OK)
    collate_cache_free (cache);

  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "thai_sort_key", 1, flags, NULL, sql_sort_key, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "thai_name_sort_key", 1, flags, (void *) 1, sql_sort_key, NULL, NULL, NULL);
  return rc;
}
