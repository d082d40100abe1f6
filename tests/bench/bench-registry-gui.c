/* Benchmark cases of the registry page: the paging list model and the real
 * window on 100,000 members, under Xvfb (run by prd-bench-gui). */
#include <glib/gi18n.h>

#include "model/prd-member-list.h"
#include "prd-bench.h"
#include "prd-registry-page.h"
#include "prd-window.h"
#include "store/prd-store-sql.h"

#define MEMBERS 100000

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (500);
}

/* PRDESK_BENCH_DB names a database made beforehand (prdesk-cli init --demo
 * --members 100000), so that peak memory is the window's, not the demo
 * generator's. */
static PrdStore *
bench_store (void)
{
  static PrdStore *given;
  const char *path = g_getenv ("PRDESK_BENCH_DB");
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return prd_bench_demo_store (MEMBERS);
  if (given == NULL && (given = prd_store_open (path, &error)) == NULL)
    g_error ("%s", error->message);
  return given;
}

/* The list model alone: the ordered ids of 100,000 members on the worker. */
static void
bench_list_load (void)
{
  PrdStore *store = bench_store ();
  GArray *samples = g_array_new (FALSE, FALSE, sizeof (double));

  GArray *first = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < 5; i++)
    {
      double t0 = prd_bench_now_ms (), t;
      g_autoptr(PrdMemberList) list = prd_member_list_new (store, NULL);

      while (g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
        g_main_context_iteration (NULL, TRUE);
      t = prd_bench_now_ms () - t0;
      g_array_append_val (first, t);
      prd_member_list_wait (list);
      t = prd_bench_now_ms () - t0;
      g_array_append_val (samples, t);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, MEMBERS / 2);
    }
  prd_bench_report ("registry-list-load", "first page in the model: median", prd_bench_percentile (first, 50), "ms", NULL);
  prd_bench_report ("registry-list-load", "whole Thai order of 100,000: median", prd_bench_percentile (samples, 50), "ms", NULL);
  g_array_unref (samples);
  g_array_unref (first);
}

/* A page of 200 rows built cold, at random depths of the list. */
static void
bench_page_fetch (void)
{
  PrdStore *store = bench_store ();
  g_autoptr(PrdMemberList) list = prd_member_list_new (store, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GArray *samples = g_array_new (FALSE, FALSE, sizeof (double));
  guint n;

  prd_member_list_wait (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (int i = 0; i < 200; i++)
    {
      guint pos = (guint) g_rand_int_range (rand, 0, (gint32) n);
      double t0 = prd_bench_now_ms (), t;
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), pos);

      t = prd_bench_now_ms () - t0;
      g_array_append_val (samples, t);
    }
  prd_bench_report ("registry-page-fetch", "cold page of 200 rows: p95", prd_bench_percentile (samples, 95), "ms", "< 16 ms");
  prd_bench_report ("registry-page-fetch", "cold page of 200 rows: max", prd_bench_percentile (samples, 100), "ms", NULL);
  g_array_unref (samples);
}

/* The real window */

typedef struct {
  GtkWidget     *window;
  PrdRegistryPage *page;
  PrdMemberList *list;
  double         t0;
  double         first_rows;
  double         built;
  double         model_ready;
  double         frame_start;
  GArray        *frame_work;     /* ms of main-thread work per frame */
  GArray        *tick_work;
} Window;

static Window win;

static void
on_before_paint_cb (GdkFrameClock *clock)
{
  win.frame_start = prd_bench_now_ms ();
}

static void
on_after_paint_cb (GdkFrameClock *clock)
{
  double now = prd_bench_now_ms ();

  if (win.frame_work != NULL && win.frame_start > 0)
    {
      double work = now - win.frame_start;
      g_array_append_val (win.frame_work, work);
    }
  win.frame_start = 0;
  /* First rows: the first page is in the model and this frame drew it. */
  if (win.model_ready == 0 && win.list != NULL && prd_member_list_get_n_cached_pages (win.list) > 0)
    win.model_ready = now - win.t0;
  if (win.first_rows == 0 && win.list != NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (win.list)) > 0 &&
      prd_member_list_get_n_cached_pages (win.list) > 0)
    win.first_rows = now - win.t0;
}

static GtkWidget *
find_page (GtkWidget *root)
{
  if (PRD_IS_REGISTRY_PAGE (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_page (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
open_window (void)
{
  PrdStore *store;
  GdkFrameClock *clock;

  if (win.window != NULL)
    return;
  store = bench_store ();
  /* Warm the file cache as a PC that has opened the program before. */
  prd_store_count (store, "SELECT count(*) FROM member");

  win.t0 = prd_bench_now_ms ();
  win.window = GTK_WIDGET (prd_window_new (NULL, store));
  gtk_window_set_default_size (GTK_WINDOW (win.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (win.window));
  win.page = PRD_REGISTRY_PAGE (find_page (win.window));
  g_assert_nonnull (win.page);
  win.list = prd_registry_page_get_list (win.page);
  win.built = prd_bench_now_ms () - win.t0;
  gtk_widget_realize (win.window);
  clock = gtk_widget_get_frame_clock (win.window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);

  while (win.first_rows == 0 && prd_bench_now_ms () - win.t0 < 20000)
    g_main_context_iteration (NULL, TRUE);
  spin (300);
}

static void
bench_first_rows (void)
{
  open_window ();
  prd_bench_report ("registry-first-rows", "window built (page shown, main thread)", win.built, "ms", NULL);
  prd_bench_report ("registry-first-rows", "window open to first rows drawn, 100,000", win.first_rows, "ms", "< 200 ms");
}

/* Scrolling: each frame moves the list on, every 40 frames it jumps far
 * (cold pages); the frame clock tells how long each frame kept the main
 * thread busy. */
typedef struct {
  int    frame;
  int    frames;
  guint  seed;
} Scroll;

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Scroll *s = user_data;
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (prd_registry_page_get_view (win.page)));
  double upper = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
  double t0 = prd_bench_now_ms (), t;

  if (s->frame % 40 == 39)
    gtk_adjustment_set_value (adj, upper * g_random_double_range (0, 1));
  else
    gtk_adjustment_set_value (adj, MIN (upper, gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) / 3));
  t = prd_bench_now_ms () - t0;
  g_array_append_val (win.tick_work, t);
  return ++s->frame < s->frames ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
bench_scroll (void)
{
  Scroll s = { 0, 600, 0 };
  guint over = 0;

  open_window ();
  win.frame_work = g_array_new (FALSE, FALSE, sizeof (double));
  win.tick_work = g_array_new (FALSE, FALSE, sizeof (double));
  g_random_set_seed (11);
  gtk_widget_add_tick_callback (win.window, scroll_tick_cb, &s, NULL);
  while (s.frame < s.frames)
    g_main_context_iteration (NULL, TRUE);
  spin (200);

  for (guint i = 0; i < win.frame_work->len; i++)
    if (g_array_index (win.frame_work, double, i) > 16)
      over++;
  prd_bench_report ("registry-scroll", "frames scrolled", win.frame_work->len, "", NULL);
  prd_bench_report ("registry-scroll", "main-thread work per frame: p95", prd_bench_percentile (win.frame_work, 95), "ms", "< 16 ms");
  prd_bench_report ("registry-scroll", "main-thread work per frame: max", prd_bench_percentile (win.frame_work, 100), "ms", "< 16 ms");
  prd_bench_report ("registry-scroll", "frames over 16 ms", over, "", "0");
  prd_bench_report ("registry-scroll", "scroll step incl. page fetch: max", prd_bench_percentile (win.tick_work, 100), "ms", NULL);
  g_clear_pointer (&win.frame_work, g_array_unref);
  g_clear_pointer (&win.tick_work, g_array_unref);
}

/* Search as you type: Thai typed one character at a time. */
typedef struct {
  double changed_at;
  double first_at;
  double done_at;
} Key;

static Key key;

static void
on_search_changed_cb (GtkSearchEntry *entry)
{
  key.changed_at = prd_bench_now_ms ();
  if (g_getenv ("PRD_LIST_DEBUG")) g_printerr ("DBG search-changed at %.1f\n", key.changed_at);
}

static void
on_items_changed_cb (PrdMemberList *list)
{
  if (key.changed_at > 0 && key.first_at == 0)
    key.first_at = prd_bench_now_ms ();
}

static void
on_loading_cb (PrdMemberList *list)
{
  if (!prd_member_list_get_loading (list))
    key.done_at = prd_bench_now_ms ();
}

static void
bench_search (void)
{
  static const char *const words[] = {
    "สมชาย", "กาญจนา", "ดอนแก้ว", "โรงเรียนบ้านหนอง", "ครู", "095", "demo_creator_0", "เยาวลักษณ์",
  };
  GtkWidget *entry;
  GArray *model_ms = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *key_ms = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *whole_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gulong changed_id, loading_id, items_id;

  open_window ();
  entry = prd_registry_page_get_search_entry (win.page);
  changed_id = g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed_cb), NULL);
  loading_id = g_signal_connect (win.list, "notify::loading", G_CALLBACK (on_loading_cb), NULL);
  items_id = g_signal_connect (win.list, "items-changed", G_CALLBACK (on_items_changed_cb), NULL);

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      for (const char *p = words[w]; *p != '\0'; p = g_utf8_next_char (p))
        {
          /* One character typed at the end, as a keyboard does. */
          g_autofree char *prefix = g_strndup (words[w], (gsize) (g_utf8_next_char (p) - words[w]));
          int pos = -1;
          double typed = prd_bench_now_ms ();

          key = (Key) { 0 };
          gtk_editable_set_position (GTK_EDITABLE (entry), -1);
          pos = gtk_editable_get_position (GTK_EDITABLE (entry));
          gtk_editable_insert_text (GTK_EDITABLE (entry), p, (int) (g_utf8_next_char (p) - p), &pos);
          while ((key.done_at == 0 || key.done_at < key.changed_at) && prd_bench_now_ms () - typed < 5000)
            g_main_context_iteration (NULL, TRUE);
          g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, prefix);
          /* The model is updated at its first items-changed for the new
           * text (count and first page); a big result's tail follows. */
          if (key.changed_at > 0 && key.done_at >= key.changed_at)
            {
              double first = key.first_at > 0 ? key.first_at : key.done_at;
              double m = first - key.changed_at, k = first - typed, whole = key.done_at - key.changed_at;
              g_array_append_val (model_ms, m);
              g_array_append_val (key_ms, k);
              g_array_append_val (whole_ms, whole);
              if (g_getenv ("PRD_BENCH_VERBOSE"))
                g_printerr ("  %-20s first %7.1f  whole %7.1f ms  n=%u\n", prefix, m, whole,
                            g_list_model_get_n_items (G_LIST_MODEL (win.list)));
            }
        }
      /* Clearing the entry between words, then a pause as a person makes. */
      key = (Key) { 0 };
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      prd_member_list_wait (win.list);
      spin (300);
    }
  g_signal_handler_disconnect (entry, changed_id);
  g_signal_handler_disconnect (win.list, loading_id);
  g_signal_handler_disconnect (win.list, items_id);

  prd_bench_report ("registry-search", "keystrokes measured", model_ms->len, "", NULL);
  prd_bench_report ("registry-search", "search-changed to updated model: p95", prd_bench_percentile (model_ms, 95), "ms", "< 30 ms");
  prd_bench_report ("registry-search", "search-changed to updated model: max", prd_bench_percentile (model_ms, 100), "ms", NULL);
  prd_bench_report ("registry-search", "keystroke to model incl. entry delay: p95", prd_bench_percentile (key_ms, 95), "ms", NULL);
  prd_bench_report ("registry-search", "search-changed to whole order known: p95", prd_bench_percentile (whole_ms, 95), "ms", NULL);
  g_array_unref (whole_ms);
  g_array_unref (model_ms);
  g_array_unref (key_ms);
}

static void
bench_memory (void)
{
  open_window ();
  prd_bench_report ("registry-memory", "peak resident, window + 100,000 members", prd_bench_peak_rss_mib (), "MiB", "< 200 MiB");
}

const PrdBenchCase prd_bench_registry_gui_cases[] = {
  { "registry-first-rows", "window open to first rows drawn with 100,000 members", bench_first_rows },
  { "registry-scroll", "frame work while scrolling 100,000 members", bench_scroll },
  { "registry-search", "Thai search as you type: p95 to updated model", bench_search },
  { "registry-memory", "peak memory with the page on 100,000 members", bench_memory },
  { "registry-list-load", "list model: load 100,000 member ids in Thai order", bench_list_load },
  { "registry-page-fetch", "list model: build a cold page of 200 rows", bench_page_fetch },
  { NULL }
};
