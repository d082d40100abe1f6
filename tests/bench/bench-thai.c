/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark cases of core/thai: sort keys, word segmentation, Thai search. */
#include <string.h>

#include "prd-bench.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-fts.h"
#include "thai/prd-thai-names.h"
#include "model/prd-member-query.h"
#include "store/prd-store-sql.h"

/* The full names of the demo office's 100,000 members, with titles. */
static GPtrArray *
member_names (PrdStore *store)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = prd_store_prepare (store,
      "SELECT title || given_name || ' ' || surname FROM member WHERE deleted = 0", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return names;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static void
bench_sort_keys (void)
{
  PrdStore *store = prd_bench_demo_store (100000);
  g_autoptr(GPtrArray) names = member_names (store);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_full (names->len, g_free);
  double t0, t1, t2;
  gint64 rows;

  t0 = prd_bench_now_ms ();
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (keys, prd_thai_name_sort_key (names->pdata[i]));
  t1 = prd_bench_now_ms ();
  g_ptr_array_sort (keys, compare_strings);
  t2 = prd_bench_now_ms ();
  prd_bench_report ("thai-sort-keys-100k", "name sort keys (title split off), 100,000", t1 - t0, "ms", NULL);
  prd_bench_report ("thai-sort-keys-100k", "sorting the 100,000 keys (strcmp)", t2 - t1, "ms", NULL);

  t0 = prd_bench_now_ms ();
  rows = prd_store_count (store,
      "SELECT count(*) FROM (SELECT id FROM member ORDER BY given_name COLLATE THAI, surname COLLATE THAI)");
  t1 = prd_bench_now_ms ();
  g_assert (rows == (gint64) names->len);
  prd_bench_report ("thai-sort-keys-100k", "SQL ORDER BY … COLLATE THAI, 100,000 rows", t1 - t0, "ms", NULL);

  t0 = prd_bench_now_ms ();
  rows = prd_store_count (store,
      "SELECT count(*) FROM (SELECT id FROM member ORDER BY thai_name_sort_key(given_name || ' ' || surname))");
  t1 = prd_bench_now_ms ();
  g_assert (rows == (gint64) names->len);
  prd_bench_report ("thai-sort-keys-100k", "SQL ORDER BY thai_name_sort_key(…), 100,000", t1 - t0, "ms", NULL);
}

/* About 1 MB of real Thai: the seeds, over and over. */
static GString *
thai_text_1mb (void)
{
  const char *shared = g_getenv ("PRDESK_SHARED");
  g_autofree char *dir = g_build_filename (shared ? shared : "/work/shared", "seeds", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GString) seeds = g_string_new (NULL);
  GString *text = g_string_new (NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      if (g_str_has_suffix (name, ".txt") && g_file_get_contents (path, &contents, NULL, NULL))
        g_string_append (seeds, contents);
    }
  if (seeds->len == 0)
    g_string_append (seeds, "โครงการเพิ่มประสิทธิภาพการประชาสัมพันธ์เชิงรุก สำนักงานเขตพื้นที่การศึกษา ");
  while (text->len < 1024 * 1024)
    g_string_append_len (text, seeds->str, (gssize) MIN (seeds->len, 1024 * 1024 - text->len));
  /* Do not cut a character in half. */
  while (text->len > 0 && !g_utf8_validate (text->str, (gssize) text->len, NULL))
    g_string_truncate (text, text->len - 1);
  return text;
}

static int
count_token (void *ctx, int flags, const char *token, int len, int start, int end)
{
  (*(guint *) ctx)++;
  return SQLITE_OK;
}

static void
bench_segment (void)
{
  g_autoptr(GString) text = thai_text_1mb ();
  guint tokens = 0;
  double t0 = prd_bench_now_ms (), ms;

  prd_thai_fts_tokenize (text->str, (int) text->len, FTS5_TOKENIZE_DOCUMENT, &tokens, count_token);
  ms = prd_bench_now_ms () - t0;
  prd_bench_report ("thai-segment-1mb", "segmenting 1 MB of Thai text (seeds)", ms, "ms", NULL);
  prd_bench_report ("thai-segment-1mb", "throughput", text->len / 1048576.0 / (ms / 1000.0), "MB/s", NULL);
  prd_bench_report ("thai-segment-1mb", "tokens", tokens, "", NULL);
}

static void
bench_fts (void)
{
  PrdStore *store = prd_bench_demo_store (100000);
  sqlite3 *db = prd_store_get_db (store);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  double t0;
  gint64 total_hits = 0;
  const char *fixed[] = {
    "ครู โรงเรียน", "ผู้อำนวยการ โรงเรียน", "สื่อมวลชน ข่าว", "องค์การบริหาร ส่วนตำบล",
    "ครู ประชาสัมพันธ์", "นักวิชาการ ศึกษา",
  };
  const char *places[] = {
    "หนองบัว", "บ้านหนองบัว", "ดอนแก้ว", "ท่าอุเทน", "ห้วย", "วังทอง", "นาคำ", "โนนสะอาด",
    "ห้วยทราย", "บ้านดอน",
  };

  /* The bench's own index: the real member search index belongs to the
   * registry; this one shows what the tokenizer costs. */
  t0 = prd_bench_now_ms ();
  if (!prd_store_exec (store,
        "DROP TABLE IF EXISTS temp.bench_member_fts;"
        "CREATE VIRTUAL TABLE temp.bench_member_fts USING fts5("
        "  name, position, organization, district, tokenize = 'thai', content = '', prefix = '1 2 3');"
        "INSERT INTO temp.bench_member_fts (rowid, name, position, organization, district) "
        "  SELECT rowid, title || given_name || ' ' || surname, position, organization, district FROM member;",
        NULL))
    g_error ("cannot build the benchmark index");
  prd_bench_report ("thai-fts-100k", "FTS5 index of 100,000 members (tokenize='thai')", prd_bench_now_ms () - t0, "ms", NULL);

  /* Two-word queries as people type them: a given name and a surname of
   * real members, and phrases from positions and organisations. */
  stmt = prd_store_prepare (store,
      "SELECT given_name || ' ' || surname FROM member WHERE rowid % 997 = 0 LIMIT 200", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (queries, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (queries, g_strdup (fixed[i]));

  if (sqlite3_prepare_v2 (db,
        "SELECT rowid FROM temp.bench_member_fts WHERE bench_member_fts MATCH ?1 ORDER BY rank LIMIT 50",
        -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  for (int round = 0; round < 3; round++)
    for (guint i = 0; i < queries->len; i++)
      {
        double q0 = prd_bench_now_ms (), ms;

        sqlite3_reset (stmt);
        sqlite3_bind_text (stmt, 1, queries->pdata[i], -1, SQLITE_STATIC);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          total_hits++;
        ms = prd_bench_now_ms () - q0;
        if (round > 0)   /* the first round warms the cache */
          g_array_append_val (samples, ms);
      }
  sqlite3_finalize (stmt);

  prd_bench_report ("thai-fts-100k", "two-word Thai query, median", prd_bench_percentile (samples, 50), "ms", NULL);
  prd_bench_report ("thai-fts-100k", "two-word Thai query, p95", prd_bench_percentile (samples, 95), "ms", "< 5 ms");
  prd_bench_report ("thai-fts-100k", "queries timed", samples->len, "", NULL);
  prd_bench_report ("thai-fts-100k", "rows found (all rounds)", (double) total_hits, "", NULL);

  /* Prefix queries as people type: the first letters of a surname. */
  g_array_set_size (samples, 0);
  if (sqlite3_prepare_v2 (db,
        "SELECT rowid FROM temp.bench_member_fts WHERE bench_member_fts MATCH ?1 ORDER BY rank LIMIT 50",
        -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  for (guint i = 0; i < queries->len; i++)
    {
      const char *q = queries->pdata[i];
      const char *space = strchr (q, ' ');
      g_autofree char *prefix = NULL;
      g_autofree char *start = NULL;
      g_autofree char *typed = NULL;
      double q0, ms;
      glong chars;

      if (space == NULL)
        continue;
      chars = g_utf8_strlen (space + 1, -1);
      start = g_utf8_substring (space + 1, 0, MAX (1, chars / 2));
      /* What the registry sends while one types (its Thai cuts included). */
      typed = g_strdup_printf ("%.*s %s", (int) (space - q), q, start);
      prefix = prd_member_query_match_expression (typed);
      q0 = prd_bench_now_ms ();
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      ms = prd_bench_now_ms () - q0;
      g_array_append_val (samples, ms);
    }
  sqlite3_finalize (stmt);
  prd_bench_report ("thai-fts-100k", "given name + surname prefix, p95", prd_bench_percentile (samples, 95), "ms", "< 5 ms");

  /* Parts of compound place and school names, each matched in all its cuts. */
  g_array_set_size (samples, 0);
  if (sqlite3_prepare_v2 (db,
        "SELECT rowid FROM temp.bench_member_fts WHERE bench_member_fts MATCH ?1 ORDER BY rank LIMIT 50",
        -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  for (int round = 0; round < 4; round++)
    for (guint i = 0; i < G_N_ELEMENTS (places); i++)
      {
        g_autofree char *expr = prd_member_query_match_expression (places[i]);
        double q0 = prd_bench_now_ms (), ms;

        sqlite3_reset (stmt);
        sqlite3_bind_text (stmt, 1, expr, -1, SQLITE_TRANSIENT);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          ;
        ms = prd_bench_now_ms () - q0;
        if (round > 0)
          g_array_append_val (samples, ms);
      }
  sqlite3_finalize (stmt);
  prd_bench_report ("thai-fts-100k", "part of a compound place name, p95", prd_bench_percentile (samples, 95), "ms", "< 5 ms");
  prd_store_exec (store, "DROP TABLE temp.bench_member_fts", NULL);
}

const PrdBenchCase prd_bench_thai_cases[] = {
  { "thai-sort-keys-100k", "Thai sort keys and ORDER BY COLLATE THAI over 100,000 names", bench_sort_keys },
  { "thai-segment-1mb", "word segmentation of 1 MB of Thai text", bench_segment },
  { "thai-fts-100k", "FTS5 'thai' index and queries over 100,000 members", bench_fts },
  { NULL }
};
