/* prd-thai-collate.c — Thai dictionary order (libthai's th_strcoll) as a
 * byte key, a comparison and the SQLite collation THAI. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <thai/thcoll.h>

#include "prd-thai.h"
#include "prd-thai-private.h"
#include "prd-thai-fts.h"

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

static int
collate_thai (void       *user_data,
              int         a_len,
              const void *a,
              int         b_len,
              const void *b)
{
  return compare_bytes (a, (gsize) a_len, b, (gsize) b_len);
}

int
prd_thai_sqlite_register_collation (sqlite3 *db)
{
  return sqlite3_create_collation_v2 (db, "THAI", SQLITE_UTF8, NULL, collate_thai, NULL);
}
