/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-fts.c — the FTS5 tokenizer "thai": Thai text cut into words by
 * libthai's dictionary, Latin and digits as unicode61 would (lower case, no
 * accents), Thai digits folded to Arabic. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <datrie/trie.h>
#include <thai/thbrk.h>

#include "prd-thai.h"
#include "prd-thai-private.h"
#include "prd-thai-fts.h"

/* One word breaker for the process: loading the dictionary takes a while,
 * and the breaker is used under a lock because libthai does not promise that
 * one ThBrk may serve two threads at once. */
static ThBrk *breaker;
static Trie *dictionary;
static GMutex breaker_lock;

/* The breaks of the runs seen lately (TIS-620 run → its count, then the
 * positions), under breaker_lock. Indexing members breaks the same school
 * names, positions, districts and given names over and over; the dictionary
 * walk was most of the cost of indexing 100,000 members. Two generations:
 * when the recent one is full the older one is dropped, and a run found in
 * the older one moves back to the recent one, so the names that keep coming
 * stay while 100,000 one-off surnames pass through. */
#define BREAK_CACHE_MAX 16384
static GHashTable *breaks_recent;
static GHashTable *breaks_older;
/* While held (a bulk index being prepared, see prd_thai_fts_prime), the
 * recent generation keeps everything it learns. */
static guint breaks_held;

static GHashTable *
new_break_cache (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Under breaker_lock: remembers BREAKS (count first) for RUN. */
static void
remember_breaks (const thchar_t *run,
                 int            *breaks)
{
  if (g_hash_table_size (breaks_recent) >= BREAK_CACHE_MAX && breaks_held == 0)
    {
      g_hash_table_unref (breaks_older);
      breaks_older = breaks_recent;
      breaks_recent = new_break_cache ();
    }
  g_hash_table_insert (breaks_recent, g_strdup ((const char *) run), breaks);
}

/* Under breaker_lock: the breaks of RUN seen lately, or NULL. */
static const int *
recall_breaks (const thchar_t *run)
{
  int *known;

  if (breaks_recent == NULL)
    {
      breaks_recent = new_break_cache ();
      breaks_older = new_break_cache ();
    }
  known = g_hash_table_lookup (breaks_recent, run);
  if (known == NULL && (known = g_hash_table_lookup (breaks_older, run)) != NULL)
    {
      known = g_memdup2 (known, sizeof (int) * (gsize) (known[0] + 1));
      remember_breaks (run, known);
    }
  return known;
}

static void
load_breaker (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      const char *dir = g_getenv ("LIBTHAI_DICTDIR");
      g_autofree char *path = g_build_filename (dir ? dir : "/usr/share/libthai", "thbrk.tri", NULL);

      breaker = th_brk_new (NULL);
      dictionary = trie_new_from_file (path);
      if (breaker == NULL)
        g_warning ("libthai has no word-break dictionary; Thai search matches whole runs");
      g_once_init_leave (&loaded, 1);
    }
}

/* Word starts (in characters) of the Thai run RUN (TIS-620, LEN bytes):
 * POS[0] = 0 and POS[n] = LEN; returns n, the number of words. */
static int
find_words (const thchar_t *run,
            int             len,
            int            *pos,
            int             max)
{
  int n = 0;

  pos[n++] = 0;
  if (breaker != NULL && len > 1)
    {
      const int *known;

      g_mutex_lock (&breaker_lock);
      known = recall_breaks (run);
      if (known == NULL)
        {
          int found = th_brk_find_breaks (breaker, run, pos + 1, (size_t) (max - 2));
          int *breaks = g_new (int, found + 1);

          breaks[0] = found;
          memcpy (breaks + 1, pos + 1, sizeof (int) * found);
          remember_breaks (run, breaks);
          known = breaks;
        }
      else
        memcpy (pos + 1, known + 1, sizeof (int) * known[0]);
      n += known[0];
      g_mutex_unlock (&breaker_lock);
    }
  if (pos[n - 1] != len)
    pos[n++] = len;
  return n - 1;
}

/* Whether the Thai text TEXT (UTF-8, LEN bytes) begins some dictionary word:
 * what a person is still typing. */
static gboolean
is_word_prefix (const char *text,
                gsize       len)
{
  TrieState *state;
  gboolean ok = TRUE;

  if (dictionary == NULL)
    return FALSE;
  state = trie_root (dictionary);
  for (const char *p = text; p < text + len && ok; p = g_utf8_next_char (p))
    ok = trie_state_walk (state, g_utf8_get_char (p));
  trie_state_free (state);
  return ok;
}

typedef struct {
  void  *ctx;
  int  (*emit) (void *, int, const char *, int, int, int);
} Sink;

/* Emits the Thai run TEXT[START..END) (all Thai letters, 3 bytes each) as its
 * words. With LAST_IS_PREFIX the trailing words that together begin a
 * dictionary word are one token: "ประชาสัม" is one prefix, not ประชา + สัม. */
static int
emit_thai_run (Sink       *sink,
               const char *text,
               int         start,
               int         end,
               gboolean    last_is_prefix)
{
  int chars = (end - start) / 3;
  thchar_t stack_run[256];
  int stack_pos[258];
  thchar_t *run = chars < 255 ? stack_run : g_malloc ((gsize) chars + 1);
  int *pos = chars < 255 ? stack_pos : g_malloc_n ((gsize) chars + 3, sizeof (int));
  int n, last, rc = SQLITE_OK;

  prd_thai_utf8_to_tis (text + start, end - start, run, NULL);
  n = find_words (run, chars, pos, chars + 3);

  last = n;
  if (last_is_prefix)
    for (int j = 0; j < n; j++)
      if (is_word_prefix (text + start + 3 * pos[j], (gsize) (end - start - 3 * pos[j])))
        {
          last = j;
          break;
        }

  for (int i = 0; i < n && rc == SQLITE_OK; i++)
    {
      int from = start + 3 * pos[i];
      int to = i == last ? end : start + 3 * pos[i + 1];

      rc = sink->emit (sink->ctx, 0, text + from, to - from, from, to);
      if (i == last)
        break;
    }

  if (run != stack_run)
    g_free (run);
  if (pos != stack_pos)
    g_free (pos);
  return rc;
}

/* Appends C folded: lower case, accents dropped, Thai digits as Arabic. */
static void
append_folded (GString  *token,
               gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;
  int digit = prd_thai_digit_value (c);

  if (digit >= 0)
    {
      g_string_append_c (token, (char) ('0' + digit));
      return;
    }
  if (c < 0x80)
    {
      g_string_append_c (token, g_ascii_tolower ((char) c));
      return;
    }
  n = g_unichar_fully_decompose (g_unichar_tolower (c), FALSE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n; i++)
    if (g_unichar_type (parts[i]) != G_UNICODE_NON_SPACING_MARK)
      g_string_append_unichar (token, parts[i]);
}

static gboolean
is_other_token_char (gunichar c)
{
  if (prd_thai_digit_value (c) >= 0)
    return TRUE;
  /* ฯ ๆ ฿ and the other Thai signs separate words. */
  if (c >= 0x0E00 && c <= 0x0E7F)
    return FALSE;
  return g_unichar_isalnum (c) ||
         g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK;
}

int
prd_thai_fts_tokenize (const char *text,
                       int         len,
                       int         flags,
                       void       *ctx,
                       int       (*emit) (void *, int, const char *, int, int, int))
{
  Sink sink = { ctx, emit };
  g_autoptr(GString) token = g_string_new (NULL);
  gboolean prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0;
  int i = 0, rc = SQLITE_OK;

  load_breaker ();
  while (i < len && rc == SQLITE_OK)
    {
      gunichar c;
      int start = i;

      /* ASCII spaces and punctuation, the most common separators. */
      if ((guchar) text[i] < 0x80 && !g_ascii_isalnum (text[i]))
        {
          i++;
          continue;
        }
      c = g_utf8_get_char_validated (text + i, len - i);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          i++;
          continue;
        }
      i = (int) (g_utf8_next_char (text + i) - text);

      if (prd_thai_is_word_char (c))
        {
          while (i < len)
            {
              gunichar d = g_utf8_get_char_validated (text + i, len - i);

              if (d == (gunichar) -1 || d == (gunichar) -2 || !prd_thai_is_word_char (d))
                break;
              i += 3;
            }
          rc = emit_thai_run (&sink, text, start, i, prefix && i >= len);
        }
      else if (is_other_token_char (c) && g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        {
          g_string_truncate (token, 0);
          append_folded (token, c);
          while (i < len)
            {
              gunichar d;

              /* Phones, e-mail and handles are ASCII: no Unicode tables. */
              if ((guchar) text[i] < 0x80)
                {
                  if (!g_ascii_isalnum (text[i]))
                    break;
                  g_string_append_c (token, g_ascii_tolower (text[i]));
                  i++;
                  continue;
                }
              d = g_utf8_get_char_validated (text + i, len - i);
              if (d == (gunichar) -1 || d == (gunichar) -2 || !is_other_token_char (d))
                break;
              append_folded (token, d);
              i = (int) (g_utf8_next_char (text + i) - text);
            }
          if (token->len > 0)
            rc = emit (ctx, 0, token->str, (int) token->len, start, i);
        }
    }
  return rc;
}

static int
discard_token (void       *ctx,
               int         flags,
               const char *token,
               int         len,
               int         start,
               int         end)
{
  return SQLITE_OK;
}

void
prd_thai_fts_hold_breaks (void)
{
  load_breaker ();
  g_mutex_lock (&breaker_lock);
  breaks_held++;
  g_mutex_unlock (&breaker_lock);
}

void
prd_thai_fts_prime (const char *text)
{
  if (text != NULL && *text != '\0')
    prd_thai_fts_tokenize (text, (int) strlen (text), 0, NULL, discard_token);
}

void
prd_thai_fts_release_breaks (void)
{
  g_mutex_lock (&breaker_lock);
  if (breaks_held == 0)
    {
      g_mutex_unlock (&breaker_lock);
      g_critical ("prd_thai_fts_release_breaks without a hold");
      return;
    }
  /* What a bulk index learnt is mostly one-off names: start afresh. */
  if (--breaks_held == 0 && breaks_recent != NULL &&
      g_hash_table_size (breaks_recent) > BREAK_CACHE_MAX)
    {
      g_hash_table_remove_all (breaks_recent);
      g_hash_table_remove_all (breaks_older);
    }
  g_mutex_unlock (&breaker_lock);
}

/* ---- Query cuts ---------------------------------------------------------- */

#define QUERY_CUTS_MAX 6
#define QUERY_CUT_STEPS 4096

typedef struct {
  const gunichar *chars;
  glong           n;
  gboolean        last_is_prefix;
  GPtrArray      *found;   /* GArray of piece ends, one per way */
  GArray         *ends;    /* the way being built */
  guint           steps;
} Cutter;

/* Every way to cut CHARS[FROM..n) into dictionary words of two letters or
 * more (the last one only begun when the person is still typing), longest
 * first word first; bounded, since a long run has very many. */
static void
cut_from (Cutter *c,
          glong   from)
{
  TrieState *state = trie_root (dictionary);

  for (glong to = from; to < c->n && c->found->len < 4 * QUERY_CUTS_MAX; to++)
    {
      if (++c->steps > QUERY_CUT_STEPS || !trie_state_walk (state, c->chars[to]))
        break;
      /* A last piece of one letter would ask for every word it begins. */
      if (to + 1 == c->n && to > from && from > 0 &&
          (c->last_is_prefix || trie_state_is_terminal (state)))
        {
          g_array_append_val (c->ends, c->n);
          g_ptr_array_add (c->found, g_array_copy (c->ends));
          g_array_set_size (c->ends, c->ends->len - 1);
        }
    }
  trie_state_free (state);

  /* Then each dictionary word at FROM, longest first, followed by a cut of
   * the rest. */
  state = trie_root (dictionary);
  {
    g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (glong));

    for (glong to = from; to + 1 < c->n; to++)
      {
        glong end = to + 1;

        if (!trie_state_walk (state, c->chars[to]))
          break;
        if (end - from >= 2 && trie_state_is_terminal (state))
          g_array_prepend_val (words, end);
      }
    trie_state_free (state);
    for (guint i = 0; i < words->len && c->found->len < 4 * QUERY_CUTS_MAX &&
                      c->steps <= QUERY_CUT_STEPS; i++)
      {
        g_array_append_val (c->ends, g_array_index (words, glong, i));
        cut_from (c, g_array_index (words, glong, i));
        g_array_set_size (c->ends, c->ends->len - 1);
      }
  }
}

static gint
compare_cut_lengths (gconstpointer a,
                     gconstpointer b)
{
  const GArray *x = *(const GArray * const *) a, *y = *(const GArray * const *) b;

  return (gint) x->len - (gint) y->len;
}

static char *
join_cut (const char *word,
          GArray     *ends)
{
  GString *out = g_string_new (NULL);
  glong from = 0;

  for (guint i = 0; i < ends->len; i++)
    {
      glong to = g_array_index (ends, glong, i);
      const char *a = g_utf8_offset_to_pointer (word, from);
      const char *b = g_utf8_offset_to_pointer (word, to);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, a, b - a);
      from = to;
    }
  return g_string_free (out, FALSE);
}

static void
add_way (GPtrArray  *ways,
         char       *way)
{
  if (g_ptr_array_find_with_equal_func (ways, way, g_str_equal, NULL) || ways->len >= QUERY_CUTS_MAX)
    g_free (way);
  else
    g_ptr_array_add (ways, way);
}

GStrv
prd_thai_fts_query_cuts (const char *word,
                         gboolean    last_is_prefix)
{
  g_autoptr(GPtrArray) ways = g_ptr_array_new_with_free_func (g_free);
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  gboolean thai = word != NULL && *word != '\0' && g_utf8_validate (word, -1, NULL);

  if (word == NULL)
    return g_new0 (char *, 1);
  g_ptr_array_add (ways, g_strdup (word));
  if (thai)
    {
      chars = g_utf8_to_ucs4_fast (word, -1, &n);
      for (glong i = 0; i < n && thai; i++)
        thai = prd_thai_is_word_char (chars[i]);
    }
  load_breaker ();
  if (thai && dictionary != NULL && n >= 4)
    {
      g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (glong));
      Cutter cutter = { chars, n, last_is_prefix, found, ends, 0 };

      cut_from (&cutter, 0);
      g_ptr_array_sort (found, compare_cut_lengths);
      for (guint i = 0; i < found->len; i++)
        add_way (ways, join_cut (word, g_ptr_array_index (found, i)));
    }
  g_ptr_array_add (ways, NULL);
  return (GStrv) g_ptr_array_steal (ways, NULL);
}

/* The sqlite3 face of the tokenizer. */

static int
tokenizer_create (void            *user_data,
                  const char     **args,
                  int              n_args,
                  Fts5Tokenizer  **out)
{
  load_breaker ();
  /* No state of its own: any non-NULL pointer will do. */
  *out = (Fts5Tokenizer *) &breaker;
  return SQLITE_OK;
}

static void
tokenizer_delete (Fts5Tokenizer *tokenizer)
{
}

static int
tokenizer_tokenize (Fts5Tokenizer *tokenizer,
                    void          *ctx,
                    int            flags,
                    const char    *text,
                    int            len,
                    int          (*emit) (void *, int, const char *, int, int, int))
{
  return prd_thai_fts_tokenize (text, len, flags, ctx, emit);
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return api;
}

int
prd_thai_sqlite_register_tokenizer (sqlite3 *db)
{
  static fts5_tokenizer tokenizer = {
    tokenizer_create, tokenizer_delete, tokenizer_tokenize,
  };
  fts5_api *api = get_fts5_api (db);

  if (api == NULL)
    return SQLITE_ERROR;
  return api->xCreateTokenizer (api, "thai", NULL, &tokenizer, NULL);
}
