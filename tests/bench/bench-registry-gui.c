/* SPDX-License-Identifier: GPL-3.0-or-later */
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
  PrdRegistryPage *page;         /* NULL in the floor's window */
  GtkColumnView *view;
  GListModel    *list;           /* the rows the view shows */
  double         t0;
  double         first_rows;
  double         built;
  double         model_ready;
  double         frame_start;
  GArray        *frame_work;     /* ms of main-thread work per frame */
  GArray        *tick_work;
} Window;

/* Ours, and the floor: the same GtkColumnView with the same columns over a
 * GListStore holding the same rows (no SQL, no paging), in the same run. */
static Window win, floor_win;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Window        *w)
{
  w->frame_start = prd_bench_now_ms ();
}

/* Whether W's rows are there to draw: for ours, the first page is built. */
static gboolean
rows_ready (Window *w)
{
  if (w->list == NULL || g_list_model_get_n_items (w->list) == 0)
    return FALSE;
  return !PRD_IS_MEMBER_LIST (w->list) ||
         prd_member_list_get_n_cached_pages (PRD_MEMBER_LIST (w->list)) > 0;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Window        *w)
{
  double now = prd_bench_now_ms ();

  if (w->frame_work != NULL && w->frame_start > 0)
    {
      double work = now - w->frame_start;
      g_array_append_val (w->frame_work, work);
    }
  w->frame_start = 0;
  /* First rows: the rows are in the model and this frame drew them. */
  if (w->first_rows == 0 && rows_ready (w))
    w->first_rows = now - w->t0;
}

static void
watch_frames (Window *w)
{
  GdkFrameClock *clock;

  gtk_widget_realize (w->window);
  clock = gtk_widget_get_frame_clock (w->window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), w);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), w);
  while (w->first_rows == 0 && prd_bench_now_ms () - w->t0 < 20000)
    g_main_context_iteration (NULL, TRUE);
  spin (300);
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
  win.list = G_LIST_MODEL (prd_registry_page_get_list (win.page));
  win.view = prd_registry_page_get_view (win.page);
  win.built = prd_bench_now_ms () - win.t0;
  watch_frames (&win);
}

/* The floor: every row of ours copied into a GListStore first (not timed),
 * then a plain window whose column view gets the same size and the same
 * columns (their factories shared) as the page's. */
static void
open_floor_window (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *columns;
  GtkWidget *scrolled;
  GListStore *store;
  int width, height;
  guint n;

  if (floor_win.window != NULL)
    return;
  open_window ();
  prd_member_list_wait (PRD_MEMBER_LIST (win.list));
  n = g_list_model_get_n_items (win.list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdMember) m = g_list_model_get_item (win.list, i);
      g_ptr_array_add (rows, prd_member_copy (m));
    }
  store = g_list_store_new (PRD_TYPE_MEMBER);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (win.view), GTK_TYPE_SCROLLED_WINDOW);
  width = gtk_widget_get_width (scrolled);
  height = gtk_widget_get_height (scrolled);

  floor_win.t0 = prd_bench_now_ms ();
  floor_win.list = G_LIST_MODEL (store);
  floor_win.view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (store))))));
  columns = gtk_column_view_get_columns (win.view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) ours = g_list_model_get_item (columns, i);
      GtkColumnViewColumn *c = gtk_column_view_column_new (gtk_column_view_column_get_title (ours),
                                                           g_object_ref (gtk_column_view_column_get_factory (ours)));

      gtk_column_view_column_set_fixed_width (c, gtk_column_view_column_get_fixed_width (ours));
      gtk_column_view_column_set_expand (c, gtk_column_view_column_get_expand (ours));
      gtk_column_view_column_set_visible (c, gtk_column_view_column_get_visible (ours));
      gtk_column_view_append_column (floor_win.view, c);
      g_object_unref (c);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (floor_win.view));
  floor_win.window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (floor_win.window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (floor_win.window), width, height);
  gtk_window_present (GTK_WINDOW (floor_win.window));
  floor_win.built = prd_bench_now_ms () - floor_win.t0;
  watch_frames (&floor_win);
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
  Window *w;
  int     frame;
  int     frames;
} Scroll;

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Scroll *s = user_data;
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (s->w->view));
  double upper = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
  double t0 = prd_bench_now_ms (), t;

  if (s->frame % 40 == 39)
    gtk_adjustment_set_value (adj, upper * g_random_double_range (0, 1));
  else
    gtk_adjustment_set_value (adj, MIN (upper, gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) / 3));
  t = prd_bench_now_ms () - t0;
  g_array_append_val (s->w->tick_work, t);
  return ++s->frame < s->frames ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* 600 frames of scrolling W from the top, the same jumps for ours and the
 * floor: the p95 of main-thread work per frame, and the frames over 16 ms. */
static void
scroll_window (Window *w,
               double *p95,
               double *max,
               guint  *over,
               double *tick_max)
{
  Scroll s = { w, 0, 600 };

  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (w->view)), 0);
  spin (200);
  g_clear_pointer (&w->frame_work, g_array_unref);
  g_clear_pointer (&w->tick_work, g_array_unref);
  w->frame_work = g_array_new (FALSE, FALSE, sizeof (double));
  w->tick_work = g_array_new (FALSE, FALSE, sizeof (double));
  g_random_set_seed (11);
  gtk_widget_add_tick_callback (w->window, scroll_tick_cb, &s, NULL);
  while (s.frame < s.frames)
    g_main_context_iteration (NULL, TRUE);
  spin (200);

  *over = 0;
  for (guint i = 0; i < w->frame_work->len; i++)
    if (g_array_index (w->frame_work, double, i) > 16)
      (*over)++;
  *p95 = prd_bench_percentile (w->frame_work, 95);
  *max = prd_bench_percentile (w->frame_work, 100);
  *tick_max = prd_bench_percentile (w->tick_work, 100);
}

static double scroll_p95, scroll_over;

static void
bench_scroll (void)
{
  double max, tick_max;
  guint over;

  open_window ();
  scroll_window (&win, &scroll_p95, &max, &over, &tick_max);
  scroll_over = over;
  prd_bench_report ("registry-scroll", "frames scrolled", win.frame_work->len, "", NULL);
  prd_bench_report ("registry-scroll", "main-thread work per frame: p95", scroll_p95, "ms", "< 16 ms");
  prd_bench_report ("registry-scroll", "main-thread work per frame: max", max, "ms", "< 16 ms");
  prd_bench_report ("registry-scroll", "frames over 16 ms", over, "", "0");
  prd_bench_report ("registry-scroll", "scroll step incl. page fetch: max", tick_max, "ms", NULL);
}

/* The floor's figures beside ours, and our ratio to them (machines differ
 * by 3x; the ratio is what says whether the page costs too much). */
static void
bench_first_rows_floor (void)
{
  if (win.first_rows == 0)
    open_window ();
  open_floor_window ();
  prd_bench_report ("registry-floor", "plain column view: window open to first rows", floor_win.first_rows, "ms", NULL);
  prd_bench_report ("registry-floor", "first rows: ours / floor", win.first_rows / MAX (floor_win.first_rows, 0.001), "x", NULL);
}

static void
bench_scroll_floor (void)
{
  double p95, max, tick_max;
  guint over;

  if (scroll_p95 == 0)
    bench_scroll ();
  open_floor_window ();
  scroll_window (&floor_win, &p95, &max, &over, &tick_max);
  prd_bench_report ("registry-floor", "plain column view: work per frame, p95", p95, "ms", NULL);
  prd_bench_report ("registry-floor", "plain column view: frames over 16 ms", over, "", NULL);
  prd_bench_report ("registry-floor", "scrolling p95: ours / floor", scroll_p95 / MAX (p95, 0.001), "x", "< 1.25 x");
  prd_bench_report ("registry-floor", "frames over 16 ms: ours - floor", scroll_over - over, "", NULL);
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
      prd_member_list_wait (PRD_MEMBER_LIST (win.list));
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
  /* After the memory case: the floor holds every row in memory. */
  { "registry-floor-first-rows", "first rows of a plain column view on the same rows, and our ratio", bench_first_rows_floor },
  { "registry-floor-scroll", "scrolling a plain column view on the same rows, and our ratio", bench_scroll_floor },
  { "registry-list-load", "list model: load 100,000 member ids in Thai order", bench_list_load },
  { "registry-page-fetch", "list model: build a cold page of 200 rows", bench_page_fetch },
  { NULL }
};
