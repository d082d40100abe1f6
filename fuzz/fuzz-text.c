/* Fuzzes the text functions that take anything: digits, names, the sort
 * key and comparison, and the FTS5 tokenizer. */
#include <sqlite3.h>

#include "fuzz-common.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-fts.h"
#include "thai/prd-thai-names.h"

static int
check_token (void       *ctx,
             int         flags,
             const char *token,
             int         len,
             int         start,
             int         end)
{
  int text_len = *(int *) ctx;

  FUZZ_CHECK (len > 0 && start >= 0 && start < end && end <= text_len);
  FUZZ_CHECK (g_utf8_validate (token, len, NULL));
  return SQLITE_OK;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  size_t half = strlen (text) / 2;
  g_autofree char *a = g_strndup (text, half);
  const char *b = text + half;
  int len = (int) strlen (text);
  g_autofree char *ka = prd_thai_sort_key (a);
  g_autofree char *kb = prd_thai_sort_key (b);
  g_autofree char *thai = prd_thai_digits_to_thai (text);
  g_autofree char *arabic = prd_thai_digits_to_arabic (thai);
  g_autofree char *title = NULL, *given = NULL, *surname = NULL;
  g_autofree char *name_key = prd_thai_name_sort_key (text);
  int sign = prd_thai_compare (a, b);

  /* The comparison and the keys agree, and are antisymmetric. */
  FUZZ_CHECK ((sign > 0) - (sign < 0) == (strcmp (ka, kb) > 0) - (strcmp (ka, kb) < 0));
  FUZZ_CHECK (prd_thai_compare (b, a) == -sign);
  FUZZ_CHECK (prd_thai_compare (a, a) == 0);
  /* Arabic → Thai → Arabic gives the Arabic form back. */
  {
    g_autofree char *direct = prd_thai_digits_to_arabic (text);
    FUZZ_CHECK (strcmp (direct, arabic) == 0);
  }
  prd_thai_name_split (text, &title, &given, &surname);
  FUZZ_CHECK (title != NULL && given != NULL && surname != NULL);
  FUZZ_CHECK (name_key != NULL);

  for (int flags = 0; flags < 8; flags++)
    FUZZ_CHECK (prd_thai_fts_tokenize (text, len, flags == 0 ? FTS5_TOKENIZE_DOCUMENT : flags,
                                       &len, check_token) == SQLITE_OK);
  /* The ways a query word may sit in a longer name: the word itself first,
   * at most six, each the word cut at spaces. */
  for (int prefix = 0; prefix < 2; prefix++)
    {
      g_auto(GStrv) cuts = prd_thai_fts_query_cuts (text, prefix);
      guint n = g_strv_length (cuts);

      FUZZ_CHECK (n >= 1 && n <= 6 && strcmp (cuts[0], text) == 0);
      for (guint i = 1; i < n; i++)
        {
          g_auto(GStrv) parts = g_strsplit (cuts[i], " ", -1);
          g_autofree char *joined = g_strjoinv ("", parts);
          FUZZ_CHECK (strcmp (joined, text) == 0);
        }
    }
  /* Raw bytes with NULs and broken UTF-8 too. */
  {
    int raw_len = (int) size;
    FUZZ_CHECK (prd_thai_fts_tokenize ((const char *) data, raw_len, FTS5_TOKENIZE_DOCUMENT,
                                       &raw_len, check_token) == SQLITE_OK);
  }
  return 0;
}
