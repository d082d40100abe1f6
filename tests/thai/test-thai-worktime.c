/* Working days and hours, holidays in the database and their .ics import. */
#include <locale.h>

#include "prd-test-util.h"
#include "store/prd-store.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-fiscal.h"
#include "thai/prd-thai-holidays.h"
#include "thai/prd-thai-worktime.h"
#include "store/prd-store-sql.h"

/* Holidays of the calendar tests below (a subset of the .ics fixture). */
static const char *const holidays[] = {
  "2025-04-07", "2025-04-14", "2025-04-15", "2025-04-16",
  "2025-07-10", "2025-07-11",   /* Thursday and Friday before a weekend */
  "2025-12-05",                 /* a Friday */
  "2025-12-10", "2025-12-31", "2026-01-01",
};

typedef enum { NEXT, ADD_HOURS, ADD_MINUTES, ADD_DAYS, COUNT_MINUTES, COUNT_DAYS } Op;

typedef struct {
  Op          op;
  const char *at;        /* local time in Bangkok */
  gint64      n;         /* hours / minutes / days to add */
  const char *expected;  /* an instant, or NULL when a count is expected */
  const char *to;        /* for counts */
  gint64      count;
} WorkCase;

static const WorkCase work_cases[] = {
  /* the next working instant */
  { NEXT, "2025-11-24T07:00", 0, "2025-11-24T08:30" },
  { NEXT, "2025-11-24T08:30", 0, "2025-11-24T08:30" },
  { NEXT, "2025-11-24T09:00", 0, "2025-11-24T09:00" },
  { NEXT, "2025-11-24T11:59", 0, "2025-11-24T11:59" },
  { NEXT, "2025-11-24T12:00", 0, "2025-11-24T13:00" },
  { NEXT, "2025-11-24T12:45", 0, "2025-11-24T13:00" },
  { NEXT, "2025-11-24T16:29", 0, "2025-11-24T16:29" },
  { NEXT, "2025-11-24T16:30", 0, "2025-11-25T08:30" },
  { NEXT, "2025-11-28T17:00", 0, "2025-12-01T08:30" },
  { NEXT, "2025-11-29T10:00", 0, "2025-12-01T08:30" },
  { NEXT, "2025-07-09T17:00", 0, "2025-07-14T08:30" },
  { NEXT, "2025-12-04T23:59", 0, "2025-12-08T08:30" },
  /* working hours */
  { ADD_HOURS, "2025-11-24T09:00", 1, "2025-11-24T10:00" },
  { ADD_HOURS, "2025-11-24T11:00", 2, "2025-11-24T14:00" },   /* across the lunch break */
  { ADD_HOURS, "2025-11-24T11:30", 1, "2025-11-24T13:30" },
  { ADD_HOURS, "2025-11-24T12:15", 1, "2025-11-24T14:00" },   /* starts in the break */
  { ADD_HOURS, "2025-11-24T09:00", 3, "2025-11-24T12:00" },   /* ends as the break starts */
  { ADD_HOURS, "2025-11-24T15:30", 3, "2025-11-25T10:30" },   /* overnight */
  { ADD_HOURS, "2025-11-24T16:30", 1, "2025-11-25T09:30" },
  { ADD_HOURS, "2025-11-24T08:00", 1, "2025-11-24T09:30" },
  { ADD_HOURS, "2025-11-24T07:00", 0, "2025-11-24T08:30" },
  { ADD_HOURS, "2025-11-24T08:30", 7, "2025-11-24T16:30" },   /* a full day ends at the close */
  { ADD_HOURS, "2025-11-24T08:30", 8, "2025-11-25T09:30" },
  { ADD_HOURS, "2025-11-28T15:30", 3, "2025-12-01T10:30" },   /* over the weekend */
  { ADD_HOURS, "2025-11-29T10:00", 1, "2025-12-01T09:30" },
  { ADD_HOURS, "2025-12-04T15:30", 3, "2025-12-08T10:30" },   /* holiday on the Friday */
  { ADD_HOURS, "2025-07-09T16:00", 1, "2025-07-14T09:00" },   /* Thu + Fri holidays */
  { ADD_HOURS, "2025-11-24T08:30", 35, "2025-11-28T16:30" },
  { ADD_HOURS, "2025-11-24T08:30", 70, "2025-12-08T16:30" },
  { ADD_HOURS, "2025-12-30T15:00", 3, "2026-01-02T10:00" },   /* year end */
  { ADD_MINUTES, "2025-11-24T11:50", 20, "2025-11-24T13:10" },
  { ADD_MINUTES, "2025-11-24T16:20", 20, "2025-11-25T08:40" },
  { ADD_MINUTES, "2025-11-24T10:00", 0, "2025-11-24T10:00" },
  /* working days */
  { ADD_DAYS, "2025-11-24T10:00", 2, "2025-11-26T10:00" },
  { ADD_DAYS, "2025-11-24T10:00", 0, "2025-11-24T10:00" },
  { ADD_DAYS, "2025-11-28T10:00", 1, "2025-12-01T10:00" },
  { ADD_DAYS, "2025-12-04T10:00", 1, "2025-12-08T10:00" },   /* holiday on the Friday */
  { ADD_DAYS, "2025-11-29T10:00", 1, "2025-12-02T08:30" },   /* from a Saturday */
  { ADD_DAYS, "2025-11-24T17:00", 1, "2025-11-26T08:30" },
  { ADD_DAYS, "2025-11-24T12:30", 1, "2025-11-25T13:00" },
  { ADD_DAYS, "2025-07-09T10:00", 1, "2025-07-14T10:00" },
  { ADD_DAYS, "2025-04-11T10:00", 1, "2025-04-17T10:00" },   /* Songkran */
  { ADD_DAYS, "2025-04-04T09:00", 1, "2025-04-08T09:00" },   /* substitution day */
  { ADD_DAYS, "2025-12-30T10:00", 2, "2026-01-05T10:00" },
  { ADD_DAYS, "2024-02-28T10:00", 1, "2024-02-29T10:00" },   /* 29 Feb 2567 */
  { ADD_DAYS, "2024-02-29T10:00", 1, "2024-03-01T10:00" },
  { ADD_DAYS, "2025-11-24T10:00", 10, "2025-12-09T10:00" },
  /* counting */
  { COUNT_MINUTES, "2025-11-24T08:30", 0, NULL, "2025-11-24T16:30", 420 },
  { COUNT_MINUTES, "2025-11-24T11:00", 0, NULL, "2025-11-24T14:00", 120 },
  { COUNT_MINUTES, "2025-11-24T12:00", 0, NULL, "2025-11-24T13:00", 0 },
  { COUNT_MINUTES, "2025-11-24T15:30", 0, NULL, "2025-11-25T10:30", 180 },
  { COUNT_MINUTES, "2025-11-28T15:30", 0, NULL, "2025-12-01T10:30", 180 },
  { COUNT_MINUTES, "2025-12-04T15:30", 0, NULL, "2025-12-08T10:30", 180 },
  { COUNT_MINUTES, "2025-12-08T10:30", 0, NULL, "2025-12-04T15:30", -180 },
  { COUNT_MINUTES, "2025-11-29T00:00", 0, NULL, "2025-11-30T23:59", 0 },
  { COUNT_MINUTES, "2025-11-24T00:00", 0, NULL, "2025-12-01T00:00", 2100 },
  { COUNT_MINUTES, "2025-07-07T00:00", 0, NULL, "2025-07-14T00:00", 1260 },
  { COUNT_DAYS, "2025-11-24T10:00", 0, NULL, "2025-11-26T10:00", 2 },
  { COUNT_DAYS, "2025-11-24T10:00", 0, NULL, "2025-11-24T15:00", 0 },
  { COUNT_DAYS, "2025-11-28T10:00", 0, NULL, "2025-12-01T10:00", 1 },
  { COUNT_DAYS, "2025-12-04T10:00", 0, NULL, "2025-12-08T10:00", 1 },
  { COUNT_DAYS, "2025-11-29T10:00", 0, NULL, "2025-12-02T10:00", 1 },
  { COUNT_DAYS, "2025-11-26T10:00", 0, NULL, "2025-11-24T10:00", -2 },
  { COUNT_DAYS, "2025-04-11T10:00", 0, NULL, "2025-04-17T10:00", 1 },
  { COUNT_DAYS, "2025-11-24T10:00", 0, NULL, "2025-12-09T10:00", 10 },
};

static GDateTime *
at (const char *local)
{
  g_autofree char *iso = g_strconcat (local, ":00+07:00", NULL);
  GDateTime *t = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (t);
  return t;
}

static PrdThaiWorktime *
office_worktime (void)
{
  PrdThaiWorktime *w = prd_thai_worktime_new ();

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      GDate d;

      g_assert_true (prd_thai_date_parse (holidays[i], &d, NULL));
      prd_thai_worktime_add_holiday (w, &d);
    }
  return w;
}

static void
check_cases (PrdThaiWorktime *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (work_cases); i++)
    {
      const WorkCase *c = &work_cases[i];
      g_autoptr(GDateTime) from = at (c->at);
      g_autoptr(GDateTime) result = NULL;

      g_test_message ("work case %u: %s", i, c->at);
      switch (c->op)
        {
        case NEXT: result = prd_thai_worktime_next_working_instant (w, from); break;
        case ADD_HOURS: result = prd_thai_worktime_add_hours (w, from, (int) c->n); break;
        case ADD_MINUTES: result = prd_thai_worktime_add_minutes (w, from, c->n); break;
        case ADD_DAYS: result = prd_thai_worktime_add_days (w, from, (int) c->n); break;
        case COUNT_MINUTES:
          {
            g_autoptr(GDateTime) to = at (c->to);
            g_assert_cmpint (prd_thai_worktime_count_minutes (w, from, to), ==, c->count);
          }
          break;
        case COUNT_DAYS:
          {
            g_autoptr(GDateTime) to = at (c->to);
            g_assert_cmpint (prd_thai_worktime_count_days (w, from, to), ==, c->count);
          }
          break;
        }
      if (c->expected != NULL)
        {
          g_autofree char *got = NULL;

          g_assert_nonnull (result);
          got = g_date_time_format (result, "%Y-%m-%dT%H:%M");
          g_assert_cmpstr (got, ==, c->expected);
        }
    }
}

static void
test_worktime (void)
{
  g_autoptr(PrdThaiWorktime) w = office_worktime ();

  g_assert_cmpint (prd_thai_worktime_day_minutes (w), ==, 420);
  check_cases (w);
}

/* Adding then counting gives the same number back, over many instants. */
static void
test_worktime_inverse (void)
{
  g_autoptr(PrdThaiWorktime) w = office_worktime ();
  g_autoptr(GDateTime) start = at ("2025-06-30T07:00");

  for (int step = 0; step < 24 * 14; step++)
    {
      g_autoptr(GDateTime) t = g_date_time_add_minutes (start, step * 37);
      g_autoptr(GDateTime) t0 = prd_thai_worktime_next_working_instant (w, t);

      for (int h = 0; h <= 20; h += 4)
        {
          g_autoptr(GDateTime) later = prd_thai_worktime_add_hours (w, t, h);
          g_autoptr(GDateTime) days = prd_thai_worktime_add_days (w, t, h / 4);

          g_assert_cmpint (prd_thai_worktime_count_minutes (w, t, later), ==, h * 60);
          g_assert_cmpint (prd_thai_worktime_count_days (w, t, days), ==, h / 4);
          g_assert_cmpint (g_date_time_compare (later, t0), >=, 0);
        }
    }
}

static void
test_worktime_hours (void)
{
  g_autoptr(PrdThaiWorktime) w = prd_thai_worktime_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = at ("2025-11-24T07:30");
  g_autoptr(GDateTime) r1 = NULL, r2 = NULL;
  g_autofree char *s1 = NULL, *s2 = NULL;

  /* 08:00–16:00 with the 12:00–13:00 break */
  g_assert_true (prd_thai_worktime_set_hours (w, 8 * 60, 16 * 60, 12 * 60, 13 * 60, &error));
  g_assert_no_error (error);
  r1 = prd_thai_worktime_add_hours (w, t, 5);
  s1 = g_date_time_format (r1, "%H:%M");
  g_assert_cmpstr (s1, ==, "14:00");

  /* no break at all */
  g_assert_true (prd_thai_worktime_set_hours (w, 9 * 60, 17 * 60, 0, 0, &error));
  r2 = prd_thai_worktime_add_hours (w, t, 5);
  s2 = g_date_time_format (r2, "%H:%M");
  g_assert_cmpstr (s2, ==, "14:00");
  g_assert_cmpint (prd_thai_worktime_day_minutes (w), ==, 480);

  g_assert_false (prd_thai_worktime_set_hours (w, 16 * 60, 8 * 60, 12 * 60, 13 * 60, &error));
  g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (prd_thai_worktime_set_hours (w, 8 * 60, 16 * 60, 7 * 60, 9 * 60, &error));
  g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (prd_thai_worktime_set_hours (w, 8 * 60, 16 * 60, 13 * 60, 12 * 60, &error));
  g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);

  /* a six-day week */
  prd_thai_worktime_set_weekdays (w, PRD_THAI_WORKTIME_MONDAY_TO_FRIDAY | (1 << (G_DATE_SATURDAY - 1)));
  {
    g_autoptr(GDateTime) sat = at ("2025-11-29T10:00");
    g_autoptr(GDateTime) next = prd_thai_worktime_next_working_instant (w, sat);

    g_assert_cmpint (g_date_time_compare (next, sat), ==, 0);
  }
}

/* The database: the fixture imported, listed, loaded as working time. */

typedef struct {
  char *dir;
  PrdStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = prd_test_make_dir ();
  path = g_build_filename (f->dir, "t.sqlite", NULL);
  f->store = prd_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  prd_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "thai-holidays-2568-2569.ics", NULL);
}

static void
test_import (Fixture *f, gconstpointer data)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(PrdThaiWorktime) w = NULL;
  PrdThaiHolidayImport result;

  g_assert_true (prd_thai_holidays_import_ics (f->store, path, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 27);    /* 23 events, Songkran three days twice */
  g_assert_cmpuint (result.unchanged, ==, 0);

  /* Again: nothing new, nothing lost. */
  g_assert_true (prd_thai_holidays_import_ics (f->store, path, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 27);

  list = prd_thai_holidays_list (f->store, 2568, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 21);
  {
    PrdThaiHoliday *h = g_ptr_array_index (list, 13);
    g_autofree char *d = prd_thai_date_format (&h->date, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);

    g_assert_cmpstr (d, ==, "วันศุกร์ที่ 11 กรกฎาคม 2568");
    g_assert_cmpstr (h->name, ==, "วันเข้าพรรษา");
    g_assert_cmpstr (h->kind, ==, PRD_THAI_HOLIDAY_PUBLIC);
    g_assert_true (g_str_has_prefix (h->source, "ics:"));
  }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = prd_thai_holidays_list (f->store, 0, &error);
  g_assert_cmpuint (list->len, ==, 27);

  /* The working time of the database knows them. */
  w = prd_thai_worktime_load (f->store, &error);
  g_assert_no_error (error);
  check_cases (w);
}

static void
test_add_remove (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(PrdThaiWorktime) w = NULL;
  GDate d;
  g_autoptr(GDateTime) t = at ("2026-01-01T10:00");
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *s = NULL;

  g_assert_true (prd_thai_date_parse ("2 ม.ค. 69", &d, NULL));
  g_assert_true (prd_thai_holidays_add (f->store, &d, "  ปิดสำนักงานพิเศษ ", PRD_THAI_HOLIDAY_CLOSURE, &error));
  g_assert_no_error (error);
  g_assert_true (prd_thai_holidays_add (f->store, &d, "ปิดสำนักงานพิเศษ", PRD_THAI_HOLIDAY_CLOSURE, &error));
  g_assert_false (prd_thai_holidays_add (f->store, &d, "   ", PRD_THAI_HOLIDAY_CLOSURE, &error));
  g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (prd_thai_holidays_add (f->store, &d, "x", "party", &error));
  g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
  g_clear_error (&error);

  list = prd_thai_holidays_list (f->store, 2569, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((PrdThaiHoliday *) list->pdata[0])->name, ==, "ปิดสำนักงานพิเศษ");
  g_assert_cmpstr (((PrdThaiHoliday *) list->pdata[0])->kind, ==, PRD_THAI_HOLIDAY_CLOSURE);

  w = prd_thai_worktime_load (f->store, &error);
  next = prd_thai_worktime_add_days (w, t, 0);
  s = g_date_time_format (next, "%Y-%m-%d");
  g_assert_cmpstr (s, ==, "2026-01-01");   /* 1 Jan is not in this database */
  g_clear_pointer (&next, g_date_time_unref);
  g_clear_pointer (&s, g_free);
  next = prd_thai_worktime_add_days (w, t, 1);
  s = g_date_time_format (next, "%Y-%m-%d");
  g_assert_cmpstr (s, ==, "2026-01-05");   /* 2 Jan closed, then the weekend */

  g_assert_true (prd_thai_holidays_remove (f->store, ((PrdThaiHoliday *) list->pdata[0])->id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = prd_thai_holidays_list (f->store, 2569, &error);
  g_assert_cmpuint (list->len, ==, 0);
  /* Removed is a tombstone, not gone: sync can tell the other PCs. */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE deleted = 1"), ==, 1);
}

static void
test_settings (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdThaiWorktime) w = prd_thai_worktime_load (f->store, &error);
  g_autoptr(PrdThaiWorktime) back = NULL;
  g_autoptr(GArray) rounds = NULL;
  g_autoptr(GArray) halves = prd_thai_rounds_preset (PRD_THAI_ROUNDS_HALVES);
  int ds, de, bs, be;

  g_assert_no_error (error);
  prd_thai_worktime_get_hours (w, &ds, &de, &bs, &be);
  g_assert_cmpint (ds, ==, 510);
  g_assert_cmpint (de, ==, 990);
  g_assert_cmpint (bs, ==, 720);
  g_assert_cmpint (be, ==, 780);

  g_assert_true (prd_thai_worktime_set_hours (w, 480, 960, 720, 780, NULL));
  g_assert_true (prd_thai_worktime_save (f->store, w, &error));
  g_assert_no_error (error);
  back = prd_thai_worktime_load (f->store, &error);
  prd_thai_worktime_get_hours (back, &ds, &de, NULL, NULL);
  g_assert_cmpint (ds, ==, 480);
  g_assert_cmpint (de, ==, 960);

  rounds = prd_thai_report_rounds_load (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 2);
  g_assert_true (prd_thai_report_rounds_save (f->store, halves, &error));
  g_clear_pointer (&rounds, g_array_unref);
  rounds = prd_thai_report_rounds_load (f->store, &error);
  g_assert_cmpint (g_array_index (rounds, PrdThaiRound, 0).end_month, ==, 3);
}

typedef struct {
  const char *ics;
  const char *message_part;   /* what the error must say */
} BadIcsCase;

#define EVENT(body) "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@b\r\n" \
  "DTSTART;VALUE=DATE:20250101\r\nSUMMARY:วันขึ้นปีใหม่\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n" body "END:VEVENT\r\nEND:VCALENDAR\r\n"

static const BadIcsCase bad_ics[] = {
  { "hello", "BEGIN:VCALENDAR" },
  { "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "" },
  { EVENT ("UID:x\r\nDTSTART;VALUE=DATE:20250102\r\n"), "Line 8:" },           /* no SUMMARY: the event starts on line 8 */
  { EVENT ("UID:x\r\nSUMMARY:วันหยุด\r\n"), "วันหยุด" },                        /* no DTSTART */
  { EVENT ("UID:x\r\nSUMMARY:ปิดเทอม\r\nDTSTART;VALUE=DATE:20250101\r\nDTEND;VALUE=DATE:20250401\r\n"), "ปิดเทอม" },
};

static void
test_import_bad (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_ics); i++)
    {
      g_autoptr(GError) error = NULL;
      PrdThaiHolidayImport result;

      g_test_message ("bad ics %u", i);
      g_assert_false (prd_thai_holidays_import_ics_data (f->store, bad_ics[i].ics, &result, &error));
      g_assert_error (error, PRD_THAI_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, bad_ics[i].message_part));
      g_assert_cmpuint (result.added, ==, 0);
      /* All or nothing: the good first event was not kept either. */
      g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday"), ==, 0);
    }
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (prd_thai_holidays_import_ics (f->store, "/no/such/file.ics", NULL, &error));
    g_assert_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT);
  }
}

static void
test_import_repeat (Fixture *f, gconstpointer data)
{
  static const char ics[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:ny@test\r\nDTSTART;VALUE=DATE:20250101\r\nRRULE:FREQ=YEARLY\r\n"
    "SUMMARY:วันขึ้นปีใหม่\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:gone@test\r\nDTSTART;VALUE=DATE:20250102\r\nSTATUS:CANCELLED\r\n"
    "SUMMARY:ยกเลิกแล้ว\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:timed@test\r\nDTSTART;TZID=Asia/Bangkok:20250303T090000\r\n"
    "DTEND;TZID=Asia/Bangkok:20250303T120000\r\nSUMMARY:ปิดครึ่งวัน\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_autoptr(GError) error = NULL;
  PrdThaiHolidayImport result;

  g_assert_true (prd_thai_holidays_import_ics_data (f->store, ics, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 5);   /* 2025–2028 and the timed one */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE date = '2028-01-01'"), ==, 1);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE name = 'ยกเลิกแล้ว'"), ==, 0);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE date = '2025-03-03'"), ==, 1);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "Asia/Bangkok", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/thai/worktime/cases", test_worktime);
  g_test_add_func ("/thai/worktime/inverse", test_worktime_inverse);
  g_test_add_func ("/thai/worktime/hours", test_worktime_hours);
  g_test_add ("/thai/holidays/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/thai/holidays/add-remove", Fixture, NULL, fixture_set_up, test_add_remove, fixture_tear_down);
  g_test_add ("/thai/holidays/settings", Fixture, NULL, fixture_set_up, test_settings, fixture_tear_down);
  g_test_add ("/thai/holidays/import-bad", Fixture, NULL, fixture_set_up, test_import_bad, fixture_tear_down);
  g_test_add ("/thai/holidays/import-repeat", Fixture, NULL, fixture_set_up, test_import_repeat, fixture_tear_down);
  return g_test_run ();
}
