/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Working days and hours: core/thai's pure arithmetic over a holiday set
 * (the database's holidays: tests/holidays). */
#include <locale.h>

#include "prd-test-util.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-fiscal.h"
#include "thai/prd-thai-worktime.h"

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

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "Asia/Bangkok", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/thai/worktime/cases", test_worktime);
  g_test_add_func ("/thai/worktime/inverse", test_worktime_inverse);
  g_test_add_func ("/thai/worktime/hours", test_worktime_hours);
  return g_test_run ();
}
