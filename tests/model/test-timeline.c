/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PR calendar in core: PrdEvent records, their repeats and exceptions,
 * and the timeline of a range, on a real database. Every expectation is
 * worked out by hand from a wall calendar (Bangkok, UTC+7). */
#include "model/prd-event.h"
#include "model/prd-holiday.h"
#include "model/prd-model-error.h"
#include "model/prd-timeline.h"
#include "prd-test-util.h"

typedef PrdTestStore Fixture;

static GDateTime *
bkk (int y, int mo, int d, int h, int mi)
{
  return g_date_time_new (prd_event_timezone (), y, mo, d, h, mi, 0);
}

static GDate
day (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return date;
}

static PrdEvent *
save_timed (PrdStore   *store,
            const char *title,
            const char *kind,
            GDateTime  *start,
            GDateTime  *end,
            const char *rrule)
{
  g_autoptr(GError) error = NULL;
  PrdEvent *event = prd_event_new ();

  prd_event_set_title (event, title);
  prd_event_set_kind (event, kind);
  prd_event_set_timed (event, start, end);
  prd_event_set_rrule (event, rrule ? rrule : "");
  g_assert_true (prd_record_save (PRD_RECORD (event), store, &error));
  g_assert_no_error (error);
  return event;
}

/* Seed 000: OBEC airs the chosen clips every Thursday 08:00–09:00; the
 * letter is of 25 Nov 2567, the first Thursday after it 28 Nov 2024. */
static PrdEvent *
save_obec_programme (PrdStore *store)
{
  g_autoptr(GDateTime) start = bkk (2024, 11, 28, 8, 0);
  g_autoptr(GDateTime) end = bkk (2024, 11, 28, 9, 0);

  return save_timed (store, "รายการพุธเช้า ข่าว สพฐ. ช่วง Kru influ", PRD_EVENT_BROADCAST,
                     start, end, "FREQ=WEEKLY;BYDAY=TH");
}

static PrdTimeline *
december_2569 (PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  GDate first = day (2026, 12, 1), last = day (2026, 12, 31);
  PrdTimeline *timeline = prd_timeline_new (store, &first, &last, &error);

  g_assert_no_error (error);
  g_assert_nonnull (timeline);
  return timeline;
}

static PrdOccurrence *
item (PrdTimeline *timeline,
      guint        i)
{
  PrdOccurrence *o = g_list_model_get_item (G_LIST_MODEL (timeline), i);

  g_assert_nonnull (o);
  g_object_unref (o);   /* the timeline keeps it */
  return o;
}

static void
assert_starts (PrdTimeline        *timeline,
               const char * const *expected)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (timeline));

  for (guint i = 0; i < n && expected[i] != NULL; i++)
    {
      g_autofree char *got = prd_event_format_instant (prd_occurrence_get_start (item (timeline, i)));
      g_assert_cmpstr (got, ==, expected[i]);
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));
}

/* The record: saved, read back the same; refused with the field named and
 * nothing written. */
static void
test_event_record (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = bkk (2026, 12, 3, 13, 30);
  g_autoptr(GDateTime) end = bkk (2026, 12, 3, 16, 30);
  g_autoptr(PrdEvent) event = save_timed (f->store, "ประชุมคณะกรรมการเครือข่ายประชาสัมพันธ์",
                                          PRD_EVENT_MEETING, start, end, NULL);
  g_autoptr(PrdEvent) loaded = NULL;
  g_autoptr(PrdEvent) bad = prd_event_new ();
  g_autoptr(GDateTime) s = NULL;
  GDate first = day (2026, 12, 5), last = day (2026, 12, 4);

  g_assert_cmpstr (prd_event_get_start_at (event), ==, "2026-12-03T06:30:00Z");
  g_assert_cmpstr (prd_event_get_end_at (event), ==, "2026-12-03T09:30:00Z");
  loaded = prd_record_load (f->store, PRD_TYPE_EVENT, prd_record_get_id (PRD_RECORD (event)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prd_event_get_title (loaded), ==, "ประชุมคณะกรรมการเครือข่ายประชาสัมพันธ์");
  g_assert_cmpstr (prd_event_get_kind (loaded), ==, PRD_EVENT_MEETING);
  g_assert_true (g_str_has_suffix (prd_event_get_uid (loaded), "@prdesk"));
  g_assert_cmpstr (prd_event_get_uid (loaded), ==, prd_event_get_uid (event));
  s = prd_event_get_start (loaded);
  g_assert_cmpint (g_date_time_get_hour (s), ==, 13);
  g_assert_cmpint (g_date_time_get_minute (s), ==, 30);
  g_assert_cmpint (g_date_time_get_utc_offset (s), ==, 7 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE table_name = 'event'"), ==, 1);
  g_assert_nonnull (prd_store_get (f->store, "event", prd_record_get_id (PRD_RECORD (event)), NULL));

  /* No title */
  prd_event_set_timed (bad, start, end);
  g_assert_false (prd_record_save (PRD_RECORD (bad), f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  /* An unknown kind */
  prd_event_set_title (bad, "อบรมการเขียนข่าว");
  prd_event_set_kind (bad, "party");
  g_assert_false (prd_record_save (PRD_RECORD (bad), f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "party"));
  g_clear_error (&error);
  /* Ends before it starts */
  prd_event_set_kind (bad, PRD_EVENT_ACTIVITY);
  prd_event_set_all_day (bad, &first, &last);
  g_assert_false (prd_record_save (PRD_RECORD (bad), f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  /* A repeat rule libical cannot read */
  prd_event_set_all_day (bad, &last, &first);
  prd_event_set_rrule (bad, "FREQ=FORTNIGHTLY");
  g_assert_false (prd_record_save (PRD_RECORD (bad), f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "FREQ=FORTNIGHTLY"));
  g_clear_error (&error);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM event"), ==, 1);

  /* Fixed, it saves: all day 4–5 Dec kept as dates. */
  prd_event_set_rrule (bad, "");
  g_assert_true (prd_record_save (PRD_RECORD (bad), f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (prd_event_get_start_at (bad), ==, "2026-12-04");
  g_assert_cmpstr (prd_event_get_end_at (bad), ==, "2026-12-05");
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM event WHERE deleted = 0"), ==, 2);
}

/* Every Thursday of December 2569: 3, 10, 17, 24 and 31, 08:00 = 01:00 UTC. */
static void
test_weekly_rrule (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PrdEvent) obec = save_obec_programme (f->store);
  g_autoptr(PrdTimeline) timeline = december_2569 (f->store);
  const char * const expected[] = {
    "2026-12-03T01:00:00Z", "2026-12-10T01:00:00Z", "2026-12-17T01:00:00Z",
    "2026-12-24T01:00:00Z", "2026-12-31T01:00:00Z", NULL };
  PrdOccurrence *first = NULL;
  g_autofree char *end = NULL;

  assert_starts (timeline, expected);
  first = item (timeline, 0);
  end = prd_event_format_instant (prd_occurrence_get_end (first));
  g_assert_cmpstr (end, ==, "2026-12-03T02:00:00Z");
  g_assert_cmpstr (prd_occurrence_get_kind (first), ==, PRD_EVENT_BROADCAST);
  g_assert_cmpstr (prd_occurrence_get_source_table (first), ==, "event");
  g_assert_cmpstr (prd_occurrence_get_source_id (first), ==, prd_record_get_id (PRD_RECORD (obec)));
  g_assert_cmpstr (prd_occurrence_get_key (first), ==, "2026-12-03T01:00:00Z");
  g_assert_false (prd_occurrence_get_all_day (first));
}

/* A rule that counts (COUNT=3, libical cannot jump ahead) and ones that end
 * (UNTIL): Mondays from 30 Nov 2026 → 30 Nov, 7 Dec, 14 Dec; Fridays 14:00
 * from 4 Dec until 18 Dec 07:00 UTC (14:00 in Bangkok, included) → 4, 11,
 * 18; Tuesdays 10:00 until the date 15 Dec → 1, 8, 15. */
static void
test_count_and_until (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) s1 = bkk (2026, 11, 30, 9, 0);
  g_autoptr(GDateTime) e1 = bkk (2026, 11, 30, 10, 0);
  g_autoptr(GDateTime) s2 = bkk (2026, 12, 4, 14, 0);
  g_autoptr(GDateTime) e2 = bkk (2026, 12, 4, 15, 0);
  g_autoptr(PrdEvent) a = save_timed (f->store, "ประชุมกลุ่ม", PRD_EVENT_MEETING, s1, e1,
                                      "FREQ=WEEKLY;COUNT=3");
  g_autoptr(PrdEvent) b = save_timed (f->store, "ส่งข่าวประจำสัปดาห์", PRD_EVENT_OTHER, s2, e2,
                                      "FREQ=WEEKLY;UNTIL=20261218T070000Z");
  g_autoptr(GDateTime) s3 = bkk (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) e3 = bkk (2026, 12, 1, 11, 0);
  g_autoptr(PrdEvent) c = save_timed (f->store, "นิเทศงานข่าว", PRD_EVENT_OTHER, s3, e3,
                                      "FREQ=WEEKLY;UNTIL=20261215");
  g_autoptr(PrdTimeline) timeline = december_2569 (f->store);
  const char * const expected[] = {
    "2026-12-01T03:00:00Z", "2026-12-04T07:00:00Z", "2026-12-07T02:00:00Z",
    "2026-12-08T03:00:00Z", "2026-12-11T07:00:00Z", "2026-12-14T02:00:00Z",
    "2026-12-15T03:00:00Z", "2026-12-18T07:00:00Z", NULL };

  assert_starts (timeline, expected);
}

/* 24 Dec left out (EXDATE); 10 Dec moved to 10:00–11:30 "this one only";
 * the series itself unchanged. */
static void
test_exceptions (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEvent) obec = save_obec_programme (f->store);
  g_autoptr(GDateTime) dec24 = bkk (2026, 12, 24, 8, 0);
  g_autoptr(GDateTime) dec10 = bkk (2026, 12, 10, 8, 0);
  g_autoptr(GDateTime) moved_start = bkk (2026, 12, 10, 10, 0);
  g_autoptr(GDateTime) moved_end = bkk (2026, 12, 10, 11, 30);
  g_autoptr(PrdEvent) moved = NULL;
  g_autoptr(PrdTimeline) timeline = NULL;
  g_autofree char *end = NULL;
  const char * const expected[] = {
    "2026-12-03T01:00:00Z", "2026-12-10T03:00:00Z", "2026-12-17T01:00:00Z",
    "2026-12-31T01:00:00Z", NULL };
  PrdOccurrence *o;

  g_assert_true (prd_event_exclude (obec, dec24));
  g_assert_cmpstr (prd_event_get_exdates (obec), ==, "2026-12-24T01:00:00Z");
  g_assert_true (prd_record_save (PRD_RECORD (obec), f->store, &error));
  g_assert_no_error (error);

  moved = prd_event_new_override (obec, dec10);
  g_assert_cmpstr (prd_event_get_recurrence_start (moved), ==, "2026-12-10T01:00:00Z");
  g_assert_cmpstr (prd_event_get_uid (moved), ==, prd_event_get_uid (obec));
  g_assert_cmpstr (prd_event_get_rrule (moved), ==, "");
  prd_event_set_timed (moved, moved_start, moved_end);
  prd_event_set_title (moved, "รายการ สพฐ. (เลื่อนเวลาออกอากาศ)");
  g_assert_true (prd_record_save (PRD_RECORD (moved), f->store, &error));
  g_assert_no_error (error);

  timeline = december_2569 (f->store);
  assert_starts (timeline, expected);
  o = item (timeline, 1);
  g_assert_cmpstr (prd_occurrence_get_title (o), ==, "รายการ สพฐ. (เลื่อนเวลาออกอากาศ)");
  g_assert_cmpstr (prd_occurrence_get_source_id (o), ==, prd_record_get_id (PRD_RECORD (moved)));
  end = prd_event_format_instant (prd_occurrence_get_end (o));
  g_assert_cmpstr (end, ==, "2026-12-10T04:30:00Z");
  g_assert_cmpstr (prd_occurrence_get_title (item (timeline, 2)), ==,
                   "รายการพุธเช้า ข่าว สพฐ. ช่วง Kru influ");

  /* Removing the series takes its override with it. */
  g_assert_true (prd_event_remove (f->store, prd_record_get_id (PRD_RECORD (obec)), &error));
  g_assert_no_error (error);
  g_assert_true (prd_timeline_refresh (timeline, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 0);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM event WHERE deleted = 1"), ==, 2);
}

/* Holidays of December: วันพ่อ 5 Dec (Sat), วันรัฐธรรมนูญ 10 Dec (Thu, the
 * broadcast's day too: the all-day holiday comes first), a closure 30 Dec,
 * วันสิ้นปี 31 Dec; 1 Jan 2570 is outside. */
static void
test_holidays_in_range (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEvent) obec = save_obec_programme (f->store);
  g_autoptr(PrdTimeline) timeline = NULL;
  struct { GDate d; const char *name; const char *kind; } holidays[] = {
    { day (2026, 12, 5), "วันพ่อแห่งชาติ", PRD_HOLIDAY_PUBLIC },
    { day (2026, 12, 10), "วันรัฐธรรมนูญ", PRD_HOLIDAY_PUBLIC },
    { day (2026, 12, 30), "ปิดสำนักงานเพื่อทำความสะอาดใหญ่", PRD_HOLIDAY_CLOSURE },
    { day (2026, 12, 31), "วันสิ้นปี", PRD_HOLIDAY_PUBLIC },
    { day (2027, 1, 1), "วันขึ้นปีใหม่", PRD_HOLIDAY_PUBLIC },
  };
  const char * const expected[] = {
    "2026-12-03T01:00:00Z",
    "2026-12-04T17:00:00Z",                          /* 5 Dec 00:00 in Bangkok */
    "2026-12-09T17:00:00Z", "2026-12-10T01:00:00Z",
    "2026-12-17T01:00:00Z", "2026-12-24T01:00:00Z",
    "2026-12-29T17:00:00Z",
    "2026-12-30T17:00:00Z", "2026-12-31T01:00:00Z", NULL };
  GDate first, last;

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      g_assert_true (prd_holiday_add (f->store, &holidays[i].d, holidays[i].name, holidays[i].kind, &error));
      g_assert_no_error (error);
    }
  timeline = december_2569 (f->store);
  assert_starts (timeline, expected);
  g_assert_cmpstr (prd_occurrence_get_title (item (timeline, 2)), ==, "วันรัฐธรรมนูญ");
  g_assert_cmpstr (prd_occurrence_get_kind (item (timeline, 2)), ==, PRD_OCCURRENCE_HOLIDAY);
  g_assert_true (prd_occurrence_get_all_day (item (timeline, 2)));
  g_assert_cmpstr (prd_occurrence_get_kind (item (timeline, 6)), ==, PRD_EVENT_CLOSURE);
  g_assert_cmpstr (prd_occurrence_get_source_table (item (timeline, 6)), ==, "holiday");
  prd_occurrence_get_first_day (item (timeline, 1), &first);
  prd_occurrence_get_last_day (item (timeline, 1), &last);
  g_assert_cmpint (g_date_get_day (&first), ==, 5);
  g_assert_cmpint (g_date_get_day (&last), ==, 5);
}

/* The edges of a range, in Bangkok time, not UTC. */
static void
test_range_boundaries (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEvent) obec = save_obec_programme (f->store);
  g_autoptr(PrdEvent) camp = prd_event_new ();
  g_autoptr(GDateTime) late_s = bkk (2026, 12, 31, 23, 30);
  g_autoptr(GDateTime) late_e = bkk (2027, 1, 1, 0, 30);
  g_autoptr(GDateTime) ny_s = bkk (2027, 1, 1, 0, 0);
  g_autoptr(GDateTime) ny_e = bkk (2027, 1, 1, 1, 0);
  g_autoptr(GDateTime) nov_s = bkk (2026, 11, 30, 23, 0);
  g_autoptr(GDateTime) nov_e = bkk (2026, 12, 1, 0, 0);
  g_autoptr(PrdEvent) late = save_timed (f->store, "นับถอยหลัง", PRD_EVENT_ACTIVITY, late_s, late_e, NULL);
  g_autoptr(PrdEvent) ny = save_timed (f->store, "ปีใหม่", PRD_EVENT_ACTIVITY, ny_s, ny_e, NULL);
  g_autoptr(PrdEvent) nov = save_timed (f->store, "ปิดงานเดือนพฤศจิกายน", PRD_EVENT_OTHER, nov_s, nov_e, NULL);
  g_autoptr(PrdTimeline) timeline = NULL;
  GDate first = day (2026, 11, 29), last = day (2026, 12, 2);
  const char * const december[] = {
    "2026-11-28T17:00:00Z",   /* the camp, 29 Nov – 2 Dec, from midnight of its first day */
    "2026-12-03T01:00:00Z", "2026-12-10T01:00:00Z", "2026-12-17T01:00:00Z",
    "2026-12-24T01:00:00Z", "2026-12-31T01:00:00Z",
    "2026-12-31T16:30:00Z",   /* 23:30 on 31 Dec in Bangkok */
    NULL };
  const char * const thursday[] = { "2026-12-03T01:00:00Z", NULL };
  const char * const none[] = { NULL };
  GDate dec3 = day (2026, 12, 3), dec4 = day (2026, 12, 4), dec9 = day (2026, 12, 9);

  prd_event_set_title (camp, "ค่ายสื่อสร้างสรรค์");
  prd_event_set_all_day (camp, &first, &last);
  g_assert_true (prd_record_save (PRD_RECORD (camp), f->store, &error));
  g_assert_no_error (error);

  timeline = december_2569 (f->store);
  assert_starts (timeline, december);
  g_assert_true (prd_timeline_set_range (timeline, &dec3, &dec3, &error));
  assert_starts (timeline, thursday);
  g_assert_true (prd_timeline_set_range (timeline, &dec4, &dec9, &error));
  assert_starts (timeline, none);
  g_assert_no_error (error);
}

/* An event longer than a month (a school term) shows in every month it
 * spans: it is read by its end, not its start. */
static void
test_long_event (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEvent) term = prd_event_new ();
  g_autoptr(PrdEvent) before = prd_event_new ();
  g_autoptr(PrdTimeline) timeline = NULL;
  GDate first = day (2026, 11, 1), last = day (2027, 3, 31);
  GDate june = day (2026, 6, 1), july = day (2026, 7, 31);
  const char * const december[] = { "2026-10-31T17:00:00Z", NULL };

  prd_event_set_title (term, "ภาคเรียนที่ 2/2569");
  prd_event_set_all_day (term, &first, &last);
  g_assert_true (prd_record_save (PRD_RECORD (term), f->store, &error));
  prd_event_set_title (before, "ภาคเรียนที่ 1/2569");
  prd_event_set_all_day (before, &june, &july);
  g_assert_true (prd_record_save (PRD_RECORD (before), f->store, &error));
  g_assert_no_error (error);

  timeline = december_2569 (f->store);
  assert_starts (timeline, december);
  g_assert_cmpstr (prd_occurrence_get_title (item (timeline, 0)), ==, "ภาคเรียนที่ 2/2569");
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
wait_idle (void)
{
  /* The timeline reads again from an idle; a few turns settle it. */
  for (int i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* A write the timeline sees without being asked: two events in one
 * transaction are one items-changed; a removal is one more. */
static void
test_update_after_write (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEvent) obec = save_obec_programme (f->store);
  g_autoptr(PrdTimeline) timeline = december_2569 (f->store);
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(PrdEvent) a = NULL;
  g_autoptr(PrdEvent) b = NULL;
  g_autoptr(GDateTime) s = bkk (2026, 12, 8, 9, 0);
  g_autoptr(GDateTime) e = bkk (2026, 12, 8, 12, 0);
  guint changes = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 5);
  g_signal_connect (timeline, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  txn = prd_store_txn_begin (f->store, &error);
  g_assert_no_error (error);
  a = save_timed (f->store, "อบรมการถ่ายภาพข่าว", PRD_EVENT_ACTIVITY, s, e, NULL);
  b = save_timed (f->store, "ประชุมสรุปข่าวประจำเดือน", PRD_EVENT_MEETING, s, e, NULL);
  g_assert_true (prd_store_txn_commit (txn, &error));
  g_assert_no_error (error);
  g_clear_pointer (&txn, prd_store_txn_free);
  wait_idle ();
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 7);
  /* Same start: by title (อ after ป in Thai code points). */
  g_assert_cmpstr (prd_occurrence_get_title (item (timeline, 1)), ==, "ประชุมสรุปข่าวประจำเดือน");
  g_assert_cmpstr (prd_occurrence_get_title (item (timeline, 2)), ==, "อบรมการถ่ายภาพข่าว");

  /* A write to a table the calendar does not show changes nothing. */
  g_assert_true (prd_store_exec (f->store, "SELECT 1", &error));
  g_assert_true (prd_store_tombstone (f->store, "event", prd_record_get_id (PRD_RECORD (a)), &error));
  g_assert_no_error (error);
  wait_idle ();
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 6);
  g_assert_null (prd_timeline_get_error (timeline));
}

/* A news item's activity on 20 Dec and, while the network has not been
 * told, "tell the network" on 17 Dec; once told, the deadline goes. */
static void
test_news_deadline (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) news = json_object_new ();
  g_autoptr(PrdTimeline) timeline = NULL;
  g_autoptr(JsonObject) told = json_object_new ();
  GDate d;

  json_object_set_string_member (news, "title", "มอบเกียรติบัตรครู TikTokers");
  json_object_set_string_member (news, "activity_date", "2026-12-20");
  g_assert_true (prd_store_put (f->store, "news_item", news, &error));
  g_assert_no_error (error);

  timeline = december_2569 (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 2);
  prd_occurrence_get_first_day (item (timeline, 0), &d);
  g_assert_cmpint (g_date_get_day (&d), ==, 17);
  g_assert_cmpstr (prd_occurrence_get_kind (item (timeline, 0)), ==, PRD_OCCURRENCE_DEADLINE);
  g_assert_nonnull (strstr (prd_occurrence_get_title (item (timeline, 0)), "มอบเกียรติบัตรครู TikTokers"));
  prd_occurrence_get_first_day (item (timeline, 1), &d);
  g_assert_cmpint (g_date_get_day (&d), ==, 20);
  g_assert_cmpstr (prd_occurrence_get_kind (item (timeline, 1)), ==, PRD_OCCURRENCE_NEWS);
  g_assert_cmpstr (prd_occurrence_get_source_table (item (timeline, 1)), ==, "news_item");

  json_object_set_string_member (told, "id", json_object_get_string_member (news, "id"));
  json_object_set_string_member (told, "network_told_at", "2026-12-15");
  g_assert_true (prd_store_put (f->store, "news_item", told, &error));
  g_assert_no_error (error);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 1);
  g_assert_cmpstr (prd_occurrence_get_kind (item (timeline, 0)), ==, PRD_OCCURRENCE_NEWS);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/timeline/" path, Fixture, NULL, prd_test_store_set_up, func, prd_test_store_tear_down)
  ADD ("event-record", test_event_record);
  ADD ("weekly-rrule", test_weekly_rrule);
  ADD ("count-and-until", test_count_and_until);
  ADD ("exceptions", test_exceptions);
  ADD ("holidays-in-range", test_holidays_in_range);
  ADD ("range-boundaries", test_range_boundaries);
  ADD ("long-event", test_long_event);
  ADD ("update-after-write", test_update_after_write);
  ADD ("news-deadline", test_news_deadline);
#undef ADD
  return g_test_run ();
}
