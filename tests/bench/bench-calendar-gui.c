/* Benchmark cases of the calendar's month view under Xvfb (prd-bench-gui):
 * switching months with about 2,000 occurrences in view (64 on some days),
 * against the floor, a grid of plain GtkLabels showing the same texts,
 * measured in the same run; and the first month drawn. */
#include "model/prd-event.h"
#include "prd-bench.h"
#include "prd-month-view.h"

#define PER_MONTH 2000
#define FRAMES 200

static PrdStore *store;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (500);
}

/* December 2569 and January 2570, PER_MONTH one-off events each, five days
 * of each month with 64. */
static PrdStore *
calendar_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PrdStoreTxn) txn = NULL;
  GRand *rand;

  if (store != NULL)
    return store;
  path = g_build_filename (prd_bench_tmp_dir (), "calendar.sqlite", NULL);
  store = prd_store_open (path, &error);
  if (store == NULL || (txn = prd_store_txn_begin (store, &error)) == NULL)
    g_error ("%s", error->message);
  rand = g_rand_new_with_seed (12);
  for (int month = 12; month <= 13; month++)
    for (int i = 0; i < PER_MONTH; i++)
      {
        g_autoptr(PrdEvent) e = prd_event_new ();
        int y = month == 12 ? 2026 : 2027, m = month == 12 ? 12 : 1;
        int d = i < 320 ? 8 + (i % 5) * 3 : g_rand_int_range (rand, 1, 32);
        int h = g_rand_int_range (rand, 8, 17);
        g_autoptr(GDateTime) s = g_date_time_new (prd_event_timezone (), y, m, d, h, 0, 0);
        g_autoptr(GDateTime) t = g_date_time_add_minutes (s, 45);
        g_autofree char *title = g_strdup_printf ("ถ่ายภาพกิจกรรมโรงเรียนบ้านหนองบัว %d", i);

        prd_event_set_title (e, title);
        prd_event_set_kind (e, i % 3 ? PRD_EVENT_ACTIVITY : PRD_EVENT_MEETING);
        prd_event_set_timed (e, s, t);
        if (!prd_record_save (PRD_RECORD (e), store, &error))
          g_error ("%s", error->message);
      }
  g_rand_free (rand);
  if (!prd_store_txn_commit (txn, &error))
    g_error ("%s", error->message);
  return store;
}

typedef struct {
  GtkWidget *window;
  double     frame_start;
  GArray    *frame_work;
  double     t0;
  double     first_drawn;
} Win;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Win           *w)
{
  w->frame_start = prd_bench_now_ms ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Win           *w)
{
  double now = prd_bench_now_ms ();

  if (w->first_drawn == 0)
    w->first_drawn = now - w->t0;
  if (w->frame_work != NULL && w->frame_start > 0)
    {
      double work = now - w->frame_start;
      g_array_append_val (w->frame_work, work);
    }
  w->frame_start = 0;
}

static void
watch (Win *w)
{
  GdkFrameClock *clock;

  gtk_widget_realize (w->window);
  clock = gtk_widget_get_frame_clock (w->window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), w);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), w);
  while (w->first_drawn == 0 && prd_bench_now_ms () - w->t0 < 20000)
    g_main_context_iteration (NULL, TRUE);
  spin (300);
}

/* The floor: 42 boxes of plain labels, as many as our cell shows, with the
 * same texts; a switch sets every label's text. */
typedef struct {
  GtkWidget *labels[42][16];
  GtkWidget *more[42];
  GPtrArray *texts[2];   /* per month: 42 × 16 strings (NULL: hidden) */
} Floor;

static Win ours, floor_win;
static Floor fl;
static PrdMonthView *view;

typedef struct {
  Win   *w;
  int    frame;
  gboolean floor;
} Switch;

static void
floor_show (int month)
{
  for (int c = 0; c < 42; c++)
    for (int j = 0; j < 16; j++)
      {
        const char *text = g_ptr_array_index (fl.texts[month], c * 16 + j);

        gtk_widget_set_visible (fl.labels[c][j], text != NULL);
        if (text != NULL)
          gtk_label_set_text (GTK_LABEL (fl.labels[c][j]), text);
      }
}

static gboolean
switch_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Switch *s = data;

  if (s->floor)
    floor_show (s->frame % 2);
  else
    prd_month_view_set_month (view, s->frame % 2 ? 2027 : 2026, s->frame % 2 ? 1 : 12);
  return ++s->frame < FRAMES ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
run_switches (Win      *w,
              gboolean  floor,
              double   *p95,
              double   *max)
{
  Switch s = { w, 0, floor };

  g_clear_pointer (&w->frame_work, g_array_unref);
  w->frame_work = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_widget_add_tick_callback (w->window, switch_tick_cb, &s, NULL);
  while (s.frame < FRAMES)
    g_main_context_iteration (NULL, TRUE);
  spin (200);
  *p95 = prd_bench_percentile (w->frame_work, 95);
  *max = prd_bench_percentile (w->frame_work, 100);
}

static void
open_ours (void)
{
  GDate today;

  if (ours.window != NULL)
    return;
  calendar_store ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 3, G_DATE_DECEMBER, 2026);
  ours.t0 = prd_bench_now_ms ();
  ours.window = gtk_window_new ();
  view = PRD_MONTH_VIEW (prd_month_view_new (store, &today));
  gtk_window_set_child (GTK_WINDOW (ours.window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (ours.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (ours.window));
  watch (&ours);
}

/* The texts each of our cells shows, per month, for the floor. */
static void
collect_texts (void)
{
  for (int month = 0; month < 2; month++)
    {
      GDate first;

      prd_month_view_set_month (view, month ? 2027 : 2026, month ? 1 : 12);
      spin (100);
      fl.texts[month] = g_ptr_array_new_with_free_func (g_free);
      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, month ? G_DATE_JANUARY : G_DATE_DECEMBER, month ? 2027 : 2026);
      g_date_subtract_days (&first, g_date_get_weekday (&first) % 7);
      for (int c = 0; c < 42; c++)
        {
          GDate d = first;
          g_autoptr(GListModel) items = NULL;
          guint shown;

          g_date_add_days (&d, (guint) c);
          items = prd_month_view_list_day (view, &d);
          shown = MIN (prd_month_view_get_shown (view, &d), 16);
          for (guint j = 0; j < 16; j++)
            {
              g_autoptr(PrdOccurrence) o = j < shown ? g_list_model_get_item (items, j) : NULL;
              g_autofree char *time = o ? g_date_time_format (prd_occurrence_get_start (o), "%H:%M") : NULL;

              g_ptr_array_add (fl.texts[month],
                               o ? g_strdup_printf ("%s %s", time, prd_occurrence_get_title (o)) : NULL);
            }
        }
    }
  prd_month_view_set_month (view, 2026, 12);
  spin (100);
}

static void
open_floor (void)
{
  GtkWidget *grid;

  if (floor_win.window != NULL)
    return;
  open_ours ();
  collect_texts ();
  floor_win.t0 = prd_bench_now_ms ();
  grid = gtk_grid_new ();
  gtk_grid_set_row_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  for (int c = 0; c < 42; c++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_set_overflow (box, GTK_OVERFLOW_HIDDEN);
      for (int j = 0; j < 16; j++)
        {
          fl.labels[c][j] = gtk_label_new (NULL);
          gtk_label_set_ellipsize (GTK_LABEL (fl.labels[c][j]), PANGO_ELLIPSIZE_END);
          gtk_label_set_xalign (GTK_LABEL (fl.labels[c][j]), 0);
          gtk_label_set_width_chars (GTK_LABEL (fl.labels[c][j]), 4);
          gtk_box_append (GTK_BOX (box), fl.labels[c][j]);
        }
      gtk_grid_attach (GTK_GRID (grid), box, c % 7, c / 7, 1, 1);
    }
  floor_show (0);
  floor_win.window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (floor_win.window), grid);
  gtk_window_set_default_size (GTK_WINDOW (floor_win.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (floor_win.window));
  watch (&floor_win);
}

static void
bench_first_month (void)
{
  open_ours ();
  prd_bench_report ("calendar-first-month", "window open to month drawn, 2,000 items", ours.first_drawn, "ms", "< 100 ms");
}

static void
bench_month_switch (void)
{
  double p95, max, fp95, fmax;

  open_ours ();
  run_switches (&ours, FALSE, &p95, &max);
  open_floor ();
  run_switches (&floor_win, TRUE, &fp95, &fmax);
  prd_bench_report ("calendar-month-switch", "frames (a month switch each)", ours.frame_work->len, "", NULL);
  prd_bench_report ("calendar-month-switch", "main-thread work per frame: p95", p95, "ms", "< 8 ms");
  prd_bench_report ("calendar-month-switch", "main-thread work per frame: max", max, "ms", "< 16 ms");
  prd_bench_report ("calendar-month-switch", "plain label grid: p95", fp95, "ms", NULL);
  prd_bench_report ("calendar-month-switch", "plain label grid: max", fmax, "ms", NULL);
  prd_bench_report ("calendar-month-switch", "p95: ours / floor", p95 / MAX (fp95, 0.001), "x", "< 1.25 x");
  prd_bench_report ("calendar-month-switch", "max: ours / floor", max / MAX (fmax, 0.001), "x", "< 1.25 x");
}

const PrdBenchCase prd_bench_calendar_gui_cases[] = {
  { "calendar-first-month", "month view: window open to the first month drawn (2,000 items)", bench_first_month },
  { "calendar-month-switch", "month view: a month switch every frame, ours and a plain label grid", bench_month_switch },
  { NULL }
};
