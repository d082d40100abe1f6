/* Benchmark cases of the calendar in core: the timeline of a month over
 * 20,000 events with 200 weekly repeats, and .ics export and import of
 * 10,000 events. */
#include <glib/gstdio.h>

#include "io/prd-events-ics.h"
#include "model/prd-event.h"
#include "model/prd-timeline.h"
#include "prd-bench.h"

static PrdStore *
events_store (const char *name,
              guint       one_offs,
              guint       weekly)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (prd_bench_tmp_dir (), name, NULL);
  PrdStore *store = prd_store_open (path, &error);
  g_autoptr(PrdStoreTxn) txn = NULL;
  GRand *rand = g_rand_new_with_seed (20);

  if (store == NULL || (txn = prd_store_txn_begin (store, &error)) == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < one_offs + weekly; i++)
    {
      g_autoptr(PrdEvent) e = prd_event_new ();
      /* One-offs over the fiscal year 2570; the weekly ones from its start. */
      g_autoptr(GDateTime) base = g_date_time_new (prd_event_timezone (), 2026, 10, 1,
                                                   g_rand_int_range (rand, 8, 17), 0, 0);
      g_autoptr(GDateTime) s = g_date_time_add_days (base, i < one_offs ? g_rand_int_range (rand, 0, 365)
                                                                       : g_rand_int_range (rand, 0, 7));
      g_autoptr(GDateTime) t = g_date_time_add_minutes (s, 90);
      g_autofree char *title = g_strdup_printf ("ประชุมเครือข่ายประชาสัมพันธ์, ครั้งที่ %u; โรงเรียนบ้านหนองบัว", i);

      prd_event_set_title (e, title);
      prd_event_set_place (e, "ห้องประชุมธารทอง");
      prd_event_set_timed (e, s, t);
      if (i >= one_offs)
        prd_event_set_rrule (e, "FREQ=WEEKLY");
      if (!prd_record_save (PRD_RECORD (e), store, &error))
        g_error ("%s", error->message);
    }
  g_rand_free (rand);
  if (!prd_store_txn_commit (txn, &error))
    g_error ("%s", error->message);
  return store;
}

static void
bench_timeline (void)
{
  g_autoptr(PrdStore) store = events_store ("timeline.sqlite", 20000, 200);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (int i = 0; i < 12; i++)
    {
      GDate first, last;
      double t0 = prd_bench_now_ms (), t;
      g_autoptr(PrdTimeline) timeline = NULL;

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, (GDateMonth) (i < 3 ? 10 + i : i - 2), i < 3 ? 2026 : 2027);
      last = first;
      g_date_add_months (&last, 1);
      g_date_subtract_days (&last, 1);
      timeline = prd_timeline_new (store, &first, &last, &error);
      if (timeline == NULL)
        g_error ("%s", error->message);
      t = prd_bench_now_ms () - t0;
      g_array_append_val (samples, t);
      n = g_list_model_get_n_items (G_LIST_MODEL (timeline));
    }
  prd_bench_report ("calendar-timeline", "occurrences in the last month", n, "", NULL);
  prd_bench_report ("calendar-timeline", "month over 20,000 events + 200 weekly: p50", prd_bench_percentile (samples, 50), "ms", "< 20 ms");
  prd_bench_report ("calendar-timeline", "month over 20,000 events + 200 weekly: max", prd_bench_percentile (samples, 100), "ms", "< 20 ms");
}

static void
bench_ics (void)
{
  g_autoptr(PrdStore) store = events_store ("ics-out.sqlite", 10000, 0);
  g_autofree char *out_path = g_build_filename (prd_bench_tmp_dir (), "ics-in.sqlite", NULL);
  g_autofree char *ics = g_build_filename (prd_bench_tmp_dir (), "events.ics", NULL);
  g_autoptr(PrdStore) target = NULL;
  g_autoptr(PrdEventsIcsImport) in = NULL;
  g_autoptr(GError) error = NULL;
  PrdEventsIcsResult result;
  double t0, t_export, t_read, t_write;
  guint n = 0;

  t0 = prd_bench_now_ms ();
  if (!prd_events_ics_export (store, NULL, NULL, ics, &n, &error))
    g_error ("%s", error->message);
  t_export = prd_bench_now_ms () - t0;
  target = prd_store_open (out_path, &error);
  t0 = prd_bench_now_ms ();
  in = prd_events_ics_read (ics, &error);
  if (in == NULL)
    g_error ("%s", error->message);
  t_read = prd_bench_now_ms () - t0;
  t0 = prd_bench_now_ms ();
  if (!prd_events_ics_write (target, in, &result, &error))
    g_error ("%s", error->message);
  t_write = prd_bench_now_ms () - t0;
  prd_bench_report ("calendar-ics", "events exported", n, "", NULL);
  prd_bench_report ("calendar-ics", "export of 10,000 events", t_export, "ms", "< 1000 ms");
  prd_bench_report ("calendar-ics", "import: read and check", t_read, "ms", NULL);
  prd_bench_report ("calendar-ics", "import: read, check and write", t_read + t_write, "ms", "< 2000 ms");
  prd_bench_report ("calendar-ics", "events imported", result.added, "", NULL);
}

const PrdBenchCase prd_bench_calendar_cases[] = {
  { "calendar-timeline", "timeline of a month over 20,000 events with 200 weekly repeats", bench_timeline },
  { "calendar-ics", ".ics export and import of 10,000 events", bench_ics },
  { NULL }
};
