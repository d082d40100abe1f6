/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Thai order (sort key, comparison, collation THAI) and Thai search (FTS5
 * tokenizer "thai") on a real PrdStore. */
#include <locale.h>
#include <string.h>

#include "prd-test-util.h"
#include "store/prd-store.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-fts.h"
#include "store/prd-store-sql.h"

/* Pairs: a sorts strictly before b (or ties when equal is set). */
typedef struct {
  const char *a, *b;
  int expected;   /* sign of compare (a, b) */
} OrderCase;

static const OrderCase order_cases[] = {
  { "อนุชา", "อรุณี", -1 },
  { "อรุณี", "เอกชัย", -1 },           /* leading vowel counts after its consonant */
  { "อนุชา", "เอกชัย", -1 },
  { "กมล", "เกษม", -1 },
  { "เกษม", "ขวัญ", -1 },
  { "แก้ว", "ขจร", -1 },
  { "ใจดี", "จันทร์", 1 },              /* ใจ → จ + ใ: after จันทร์ */
  { "ไพศาล", "พงษ์", 1 },
  { "โสภา", "สมชาย", 1 },
  { "สมชาย", "สมศรี", -1 },
  { "กา", "ก้า", -1 },                 /* tone marks only break ties */
  { "ก", "กา", -1 },
  { "กข", "กา", -1 },                  /* a consonant comes before a vowel */
  { "Anna", "กมล", -1 },               /* Latin before Thai */
  { "zebra", "กมล", -1 },
  { "abc", "ABC", 0 },                 /* case-insensitive */
  { "Somchai", "somchai", 0 },
  { "apple", "Banana", -1 },
  { "Zulu", "alpha", 1 },
  { "1", "2", -1 },
  { "", "ก", -1 },
  { "ก", "ก", 0 },
  { "นาย", "นาง", 1 },
  { "ฤดี", "ลำดวน", -1 },
  { "ฮานา", "อนุชา", 1 },
  { "ชนิดา", "ชนิดา", 0 },
  { "José", "jose", 0 },               /* accents outside TIS-620 fold */
  { "ก😀", "ก😁", -1 },                /* left-out characters still break the tie */
  { "\x01" "a", "a", 1 },              /* control characters never end a key early */
  { "a\tb", "a\nb", -1 },
};

static int
sign (int x)
{
  return (x > 0) - (x < 0);
}

static void
test_compare (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (order_cases); i++)
    {
      const OrderCase *c = &order_cases[i];
      g_autofree char *ka = prd_thai_sort_key (c->a);
      g_autofree char *kb = prd_thai_sort_key (c->b);

      g_test_message ("order case %u: %s / %s", i, c->a, c->b);
      g_assert_cmpint (sign (prd_thai_compare (c->a, c->b)), ==, c->expected);
      g_assert_cmpint (sign (prd_thai_compare (c->b, c->a)), ==, -c->expected);
      g_assert_cmpint (sign (strcmp (ka, kb)), ==, c->expected);
    }
}

/* th_strcoll (the comparison's fast path) and the keys (memcmp) must agree
 * on every pair, or ORDER BY and a sort by keys would differ. */
static void
test_compare_agrees_with_keys (void)
{
  static const char *const pieces[] = {
    "ก", "ข", "ค", "ง", "จ", "ช", "ด", "ต", "น", "บ", "ป", "พ", "ม", "ย", "ร", "ล", "ว", "ส", "ห", "อ", "ฮ",
    "ะ", "า", "ิ", "ี", "ุ", "ู", "เ", "แ", "โ", "ใ", "ไ", "่", "้", "๊", "๋", "์", "ั", "ำ", "ๆ",
    "a", "B", "z", "Z", "0", "9", "๙", " ", ".", "-", "é",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2568);

  for (int i = 0; i < 20000; i++)
    {
      g_autoptr(GString) a = g_string_new (NULL);
      g_autoptr(GString) b = g_string_new (NULL);
      int n = g_rand_int_range (rand, 0, 8), m = g_rand_int_range (rand, 0, 8);
      g_autofree char *ka = NULL, *kb = NULL;

      for (int k = 0; k < n; k++)
        g_string_append (a, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      /* Often share a beginning, so the later levels get to decide. */
      if (g_rand_boolean (rand))
        g_string_append (b, a->str);
      for (int k = 0; k < m; k++)
        g_string_append (b, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      ka = prd_thai_sort_key (a->str);
      kb = prd_thai_sort_key (b->str);
      if (sign (prd_thai_compare (a->str, b->str)) != sign (strcmp (ka, kb)))
        g_error ("“%s” and “%s”: compare %d, keys %d", a->str, b->str,
                 prd_thai_compare (a->str, b->str), strcmp (ka, kb));
    }
}

static const char *const sorted_names[] = {
  "Alice", "bob", "Charlie",
  "กนกวรรณ", "กมล", "เกษม", "แก้วตา", "ขจร", "ขวัญใจ", "จันทร์เพ็ญ", "ใจดี", "ชนิดา", "ณัฐพล",
  "ทองดี", "ธนพล", "นงลักษณ์", "นิภา", "ปกรณ์", "ประยุทธ", "พงษ์ศักดิ์", "ไพศาล", "มานะ", "ยุพา",
  "ลำดวน", "วิชัย", "ศิริพร", "สมชาย", "สมศรี", "โสภา", "หทัย", "อนุชา", "อรุณี", "เอกชัย", "ฮานา",
};

static void
test_sql_order (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "t.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (path, &error);
  sqlite3 *db;
  sqlite3_stmt *stmt;
  guint n = G_N_ELEMENTS (sorted_names);
  guint i = 0;

  g_assert_no_error (error);
  db = prd_store_get_db (store);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TEMP TABLE names (name TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  /* Insert in a scrambled order. */
  for (guint k = 0; k < n; k++)
    {
      char *sql = sqlite3_mprintf ("INSERT INTO names VALUES (%Q)", sorted_names[(k * 7) % n]);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
    }
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM names ORDER BY name COLLATE THAI", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, sorted_names[i++]);
  sqlite3_finalize (stmt);
  g_assert_cmpint (i, ==, n);

  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM names WHERE name = 'ALICE' COLLATE THAI"), ==, 1);
  g_assert_no_error (error);

  g_clear_object (&store);
  prd_test_remove_dir (dir);
}

/* The tokens of TEXT, joined with "|". */
static int
collect (void       *ctx,
         int         flags,
         const char *token,
         int         len,
         int         start,
         int         end)
{
  GString *out = ctx;

  if (out->len > 0)
    g_string_append_c (out, '|');
  if (flags & FTS5_TOKEN_COLOCATED)
    g_string_append_c (out, '+');
  g_string_append_len (out, token, len);
  return SQLITE_OK;
}

typedef struct {
  const char *text;
  int flags;
  const char *tokens;
} TokenCase;

static const TokenCase token_cases[] = {
  { "โครงการเพิ่มประสิทธิภาพการประชาสัมพันธ์เชิงรุก", FTS5_TOKENIZE_QUERY,
    "โครงการ|เพิ่ม|ประสิทธิภาพ|การ|ประชาสัมพันธ์|เชิง|รุก" },
  { "ประชาสัมพันธ์", FTS5_TOKENIZE_QUERY, "ประชาสัมพันธ์" },
  { "Hello, World!", FTS5_TOKENIZE_DOCUMENT, "hello|world" },
  { "TikTok ครู", FTS5_TOKENIZE_DOCUMENT, "tiktok|ครู" },
  { "ปี ๒๕๖๗", FTS5_TOKENIZE_DOCUMENT, "ปี|2567" },
  { "ม.๖/๒", FTS5_TOKENIZE_DOCUMENT, "ม|6|2" },
  { "Café crème", FTS5_TOKENIZE_DOCUMENT, "cafe|creme" },
  { "นายสมชาย ใจดี", FTS5_TOKENIZE_QUERY, "นาย|สม|ชาย|ใจ|ดี" },
  { "นายสมชาย ใจดี", FTS5_TOKENIZE_DOCUMENT, "นาย|สม|ชาย|ใจ|ดี" },
  { "สมช", FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, "สม|ช" },   /* no word begins สมช: สม then ช… */
  { "", FTS5_TOKENIZE_DOCUMENT, "" },
  { "  ,.;  ", FTS5_TOKENIZE_DOCUMENT, "" },
  { "ๆ ฯ", FTS5_TOKENIZE_DOCUMENT, "" },
  { "ประชาสัม", FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, "ประชาสัม" },
  { "การประชาสัม", FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, "การ|ประชาสัม" },
  { "abc123", FTS5_TOKENIZE_DOCUMENT, "abc123" },
  { "สพป.ชุมพร เขต 1", FTS5_TOKENIZE_DOCUMENT, "สพป|ชุมพร|เขต|1" },
  /* The ASCII fast path, and ASCII running into other letters. */
  { "Member12@Example.COM 081-234-5678", FTS5_TOKENIZE_DOCUMENT, "member12|example|com|081|234|5678" },
  { "abcÉfg x-ray", FTS5_TOKENIZE_DOCUMENT, "abcefg|x|ray" },
  { "ครูA1ครู", FTS5_TOKENIZE_DOCUMENT, "ครู|a1|ครู" },
};

static void
test_tokens (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      const TokenCase *c = &token_cases[i];

      g_test_message ("token case %u: %s", i, c->text);
      g_assert_cmpint (prd_thai_fts_tokenize (c->text, (int) strlen (c->text), c->flags, out, collect), ==, SQLITE_OK);
      g_assert_cmpstr (out->str, ==, c->tokens);
    }
}

/* Breaks learnt ahead (a bulk import primes them on a second thread while
 * it writes rows) give the same tokens; more runs than the cache normally
 * keeps are held, and releasing forgets them without changing anything. */
static void
test_tokens_primed (void)
{
  static const char *const parts[] = { "ทอง", "ศรี", "แก้ว", "สุข", "วงศ์", "พันธ์", "ชัย", "บุญ", "รักษ์", "เจริญ" };

  prd_thai_fts_hold_breaks ();
  for (guint i = 0; i < 40000; i++)
    {
      g_autofree char *name = g_strconcat ("นาย สม", parts[i % 10], parts[i / 10 % 10], parts[i / 100 % 10],
                                           parts[i / 1000 % 10], parts[i / 10000 % 10], NULL);
      prd_thai_fts_prime (name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (token_cases); i++)
    prd_thai_fts_prime (token_cases[i].text);
  test_tokens ();
  prd_thai_fts_release_breaks ();
  test_tokens ();
}

typedef struct {
  const char *query;
  const char *ids;   /* matching rowids in order, "," joined */
} SearchCase;

static const char *const documents[] = {
  /* 1 */ "โครงการเพิ่มประสิทธิภาพการประชาสัมพันธ์เชิงรุก",
  /* 2 */ "เครือข่ายครู TikTokers ในสถานศึกษา",
  /* 3 */ "นายสมชาย ใจดี ครูโรงเรียนบ้านหนองใหญ่",
  /* 4 */ "ประกาศผลการคัดเลือกนักเรียน ปีการศึกษา ๒๕๖๘",
  /* 5 */ "การประชุมคณะกรรมการเครือข่ายประชาสัมพันธ์",
};

static const SearchCase search_cases[] = {
  { "ประชาสัมพันธ์", "1,5" },
  { "ประชาสัม*", "1,5" },
  { "ประชา*", "1,5" },
  { "เครือข่าย", "2,5" },
  { "tiktokers", "2" },
  { "TikTok*", "2" },
  { "สมชาย", "3" },
  { "สม*", "3" },
  { "ใจดี", "3" },
  { "2568", "4" },
  { "๒๕๖๘", "4" },
  { "ครู", "2,3" },
  { "โรงเรียน", "3" },
  { "เครือข่าย ประชาสัมพันธ์", "5" },
  { "เชิงรุก", "1" },
  { "ไม่มีคำนี้", "" },
  /* typing a name letter by letter finds it at every step */
  { "ส*", "2,3" },
  { "สมช*", "3" },
  { "สมชา*", "3" },
  { "สมชาย*", "3" },
  { "สมชาย ใ*", "3" },
  { "สมชาย ใจ*", "3" },
  { "สมชาย ใจด*", "3" },
  { "ใจดี", "3" },
  { "สมชายใจดี", "3" },
  { "หนองใหญ่", "3" },
  { "หนองให*", "3" },
  { "บ้านหนอง*", "3" },
  { "ประชาสัมพันธ์เชิง*", "1" },
  { "การประชาสัม*", "1" },
  { "ประสิทธิ*", "1" },
  { "เครือข่ายประชา*", "5" },
  { "คัดเลือกนัก*", "4" },
  { "tik*", "2" },
  { "สถาน*", "2" },
  /* the quoted form a search box builds */
  { "\"สมชาย\" \"ใจ\"*", "3" },
  { "\"ประชาสัม\"*", "1,5" },
  { "\"เครือข่าย\" \"ประชาสัมพันธ์\"", "5" },
};

static void
test_search (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "t.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (path, &error);
  sqlite3 *db;

  g_assert_no_error (error);
  db = prd_store_get_db (store);
  g_assert_cmpint (sqlite3_exec (db, "CREATE VIRTUAL TABLE temp.docs USING fts5(body, tokenize='thai')", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      char *sql = sqlite3_mprintf ("INSERT INTO docs(rowid, body) VALUES (%u, %Q)", i + 1, documents[i]);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
    }

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      g_autoptr(GString) ids = g_string_new (NULL);
      sqlite3_stmt *stmt;

      g_test_message ("search case %u: %s", i, search_cases[i].query);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY rowid", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, search_cases[i].query, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (ids, "%s%lld", ids->len ? "," : "", sqlite3_column_int64 (stmt, 0));
      g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);
      g_assert_cmpstr (ids->str, ==, search_cases[i].ids);
    }

  g_clear_object (&store);
  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/thai/order/compare", test_compare);
  g_test_add_func ("/thai/order/compare-agrees-with-keys", test_compare_agrees_with_keys);
  g_test_add_func ("/thai/order/sql", test_sql_order);
  g_test_add_func ("/thai/search/tokens", test_tokens);
  g_test_add_func ("/thai/search/tokens-primed", test_tokens_primed);
  g_test_add_func ("/thai/search/fts5", test_search);
  return g_test_run ();
}
