/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-worktime.c — working days and working hours. */
#define G_LOG_DOMAIN "prd-thai"

#include <glib/gi18n.h>

#include "prd-thai.h"
#include "prd-thai-worktime.h"

struct _PrdThaiWorktime {
  int         day_start, day_end, break_start, break_end;   /* minutes */
  guint       weekdays;
  GHashTable *holidays;   /* Julian day numbers */
};

/* A working day has up to two periods, in seconds after midnight. */
typedef struct {
  int start, end;
} Period;

PrdThaiWorktime *
prd_thai_worktime_new (void)
{
  PrdThaiWorktime *self = g_new0 (PrdThaiWorktime, 1);

  self->day_start = 8 * 60 + 30;
  self->day_end = 16 * 60 + 30;
  self->break_start = 12 * 60;
  self->break_end = 13 * 60;
  self->weekdays = PRD_THAI_WORKTIME_MONDAY_TO_FRIDAY;
  self->holidays = g_hash_table_new (g_direct_hash, g_direct_equal);
  return self;
}

PrdThaiWorktime *
prd_thai_worktime_copy (const PrdThaiWorktime *self)
{
  PrdThaiWorktime *copy = prd_thai_worktime_new ();
  GHashTableIter iter;
  gpointer key;

  copy->day_start = self->day_start;
  copy->day_end = self->day_end;
  copy->break_start = self->break_start;
  copy->break_end = self->break_end;
  copy->weekdays = self->weekdays;
  g_hash_table_iter_init (&iter, self->holidays);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy->holidays, key);
  return copy;
}

void
prd_thai_worktime_free (PrdThaiWorktime *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->holidays);
  g_free (self);
}

gboolean
prd_thai_worktime_set_hours (PrdThaiWorktime *self,
                             int              day_start,
                             int              day_end,
                             int              break_start,
                             int              break_end,
                             GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (day_start < 0 || day_end > 24 * 60 || day_start >= day_end)
    {
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("Office hours are wrong: the day must start before it ends, within 00:00–24:00"));
      return FALSE;
    }
  if (break_start != break_end &&
      (break_start < day_start || break_end > day_end || break_start > break_end))
    {
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("Office hours are wrong: the break must lie within the working day and end after it starts"));
      return FALSE;
    }
  self->day_start = day_start;
  self->day_end = day_end;
  self->break_start = break_start == break_end ? day_end : break_start;
  self->break_end = break_start == break_end ? day_end : break_end;
  return TRUE;
}

void
prd_thai_worktime_get_hours (const PrdThaiWorktime *self,
                             int                   *day_start,
                             int                   *day_end,
                             int                   *break_start,
                             int                   *break_end)
{
  if (day_start) *day_start = self->day_start;
  if (day_end) *day_end = self->day_end;
  if (break_start) *break_start = self->break_start;
  if (break_end) *break_end = self->break_end;
}

void
prd_thai_worktime_set_weekdays (PrdThaiWorktime *self,
                                guint            mask)
{
  g_return_if_fail (self != NULL);
  self->weekdays = mask & 0x7F;
}

guint
prd_thai_worktime_get_weekdays (const PrdThaiWorktime *self)
{
  return self->weekdays;
}

void
prd_thai_worktime_add_holiday (PrdThaiWorktime *self,
                               const GDate     *date)
{
  g_return_if_fail (self != NULL && date != NULL && g_date_valid (date));
  g_hash_table_add (self->holidays, GUINT_TO_POINTER (g_date_get_julian (date)));
}

void
prd_thai_worktime_clear_holidays (PrdThaiWorktime *self)
{
  g_hash_table_remove_all (self->holidays);
}

gboolean
prd_thai_worktime_is_holiday (const PrdThaiWorktime *self,
                              const GDate           *date)
{
  return g_hash_table_contains (self->holidays, GUINT_TO_POINTER (g_date_get_julian (date)));
}

int
prd_thai_worktime_day_minutes (const PrdThaiWorktime *self)
{
  return (self->break_start - self->day_start) + (self->day_end - self->break_end);
}

gboolean
prd_thai_worktime_is_working_day (const PrdThaiWorktime *self,
                                  const GDate           *date)
{
  g_return_val_if_fail (self != NULL && date != NULL && g_date_valid (date), FALSE);
  if ((self->weekdays & (1u << (g_date_get_weekday (date) - 1))) == 0)
    return FALSE;
  return !prd_thai_worktime_is_holiday (self, date);
}

/* Helpers on (date, second of day) pairs. */

static void
periods (const PrdThaiWorktime *self,
         Period                 out[2],
         int                   *n)
{
  *n = 0;
  if (self->break_start > self->day_start)
    out[(*n)++] = (Period) { self->day_start * 60, self->break_start * 60 };
  if (self->day_end > self->break_end)
    out[(*n)++] = (Period) { self->break_end * 60, self->day_end * 60 };
}

static void
split (GDateTime *at,
       GDate     *date,
       int       *second)
{
  int y, m, d;

  g_date_time_get_ymd (at, &y, &m, &d);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  *second = g_date_time_get_hour (at) * 3600 + g_date_time_get_minute (at) * 60 +
            g_date_time_get_second (at);
}

static GDateTime *
join (GTimeZone   *tz,
      const GDate *date,
      int          second)
{
  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), second / 3600, (second / 60) % 60,
                          second % 60);
}

/* The working day on or after DATE; FALSE when none comes within ten years
 * (no weekday works). */
static gboolean
next_working_day (const PrdThaiWorktime *self,
                  GDate                 *date)
{
  for (int i = 0; i < 3660; i++)
    {
      if (prd_thai_worktime_is_working_day (self, date))
        return TRUE;
      g_date_add_days (date, 1);
    }
  return FALSE;
}

/* Moves (DATE, SECOND) to the next working instant. */
static gboolean
to_working (const PrdThaiWorktime *self,
            GDate                 *date,
            int                   *second)
{
  Period p[2];
  int n;

  periods (self, p, &n);
  if (n == 0)
    return FALSE;
  if (prd_thai_worktime_is_working_day (self, date))
    for (int i = 0; i < n; i++)
      {
        if (*second < p[i].start)
          {
            *second = p[i].start;
            return TRUE;
          }
        if (*second < p[i].end)
          return TRUE;
      }
  g_date_add_days (date, 1);
  if (!next_working_day (self, date))
    return FALSE;
  *second = p[0].start;
  return TRUE;
}

GDateTime *
prd_thai_worktime_next_working_instant (const PrdThaiWorktime *self,
                                        GDateTime             *at)
{
  GDate date;
  int second;

  g_return_val_if_fail (self != NULL && at != NULL, NULL);
  split (at, &date, &second);
  if (!to_working (self, &date, &second))
    return NULL;
  return join (g_date_time_get_timezone (at), &date, second);
}

GDateTime *
prd_thai_worktime_add_days (const PrdThaiWorktime *self,
                            GDateTime             *at,
                            int                    days)
{
  GDate date;
  int second;

  g_return_val_if_fail (self != NULL && at != NULL && days >= 0, NULL);
  split (at, &date, &second);
  if (!to_working (self, &date, &second))
    return NULL;
  for (int i = 0; i < days; i++)
    {
      g_date_add_days (&date, 1);
      if (!next_working_day (self, &date))
        return NULL;
    }
  return join (g_date_time_get_timezone (at), &date, second);
}

GDateTime *
prd_thai_worktime_add_minutes (const PrdThaiWorktime *self,
                               GDateTime             *at,
                               gint64                 minutes)
{
  GDate date;
  int second;
  gint64 left = minutes * 60;
  Period p[2];
  int n;
  gint64 day_seconds;

  g_return_val_if_fail (self != NULL && at != NULL && minutes >= 0, NULL);
  periods (self, p, &n);
  day_seconds = (gint64) prd_thai_worktime_day_minutes (self) * 60;
  split (at, &date, &second);
  if (!to_working (self, &date, &second))
    return NULL;

  /* Whole days at once, so a long duration does not walk every period. */
  for (;;)
    {
      for (int i = 0; i < n; i++)
        {
          gint64 room;

          if (second >= p[i].end)
            continue;
          if (second < p[i].start)
            second = p[i].start;
          room = p[i].end - second;
          if (left <= room)
            return join (g_date_time_get_timezone (at), &date, second + (int) left);
          left -= room;
          second = p[i].end;
        }
      g_date_add_days (&date, 1);
      if (!next_working_day (self, &date))
        return NULL;
      second = 0;
      while (left > day_seconds)
        {
          left -= day_seconds;
          g_date_add_days (&date, 1);
          if (!next_working_day (self, &date))
            return NULL;
        }
    }
}

GDateTime *
prd_thai_worktime_add_hours (const PrdThaiWorktime *self,
                             GDateTime             *at,
                             int                    hours)
{
  return prd_thai_worktime_add_minutes (self, at, (gint64) hours * 60);
}

/* Working seconds of DATE in [FROM, TO) seconds of the day. */
static gint64
seconds_in_day (const PrdThaiWorktime *self,
                const GDate           *date,
                int                    from,
                int                    to)
{
  Period p[2];
  int n;
  gint64 total = 0;

  if (!prd_thai_worktime_is_working_day (self, date))
    return 0;
  periods (self, p, &n);
  for (int i = 0; i < n; i++)
    {
      int a = MAX (from, p[i].start), b = MIN (to, p[i].end);

      if (b > a)
        total += b - a;
    }
  return total;
}

gint64
prd_thai_worktime_count_minutes (const PrdThaiWorktime *self,
                                 GDateTime             *from,
                                 GDateTime             *to)
{
  GDate a, b;
  int sa, sb;
  gint64 total = 0;

  g_return_val_if_fail (self != NULL && from != NULL && to != NULL, 0);
  if (g_date_time_compare (from, to) > 0)
    return -prd_thai_worktime_count_minutes (self, to, from);

  split (from, &a, &sa);
  split (to, &b, &sb);
  if (g_date_compare (&a, &b) == 0)
    total = seconds_in_day (self, &a, sa, sb);
  else
    {
      total = seconds_in_day (self, &a, sa, 24 * 3600);
      for (g_date_add_days (&a, 1); g_date_compare (&a, &b) < 0; g_date_add_days (&a, 1))
        total += seconds_in_day (self, &a, 0, 24 * 3600);
      total += seconds_in_day (self, &b, 0, sb);
    }
  return total / 60;
}

int
prd_thai_worktime_count_days (const PrdThaiWorktime *self,
                              GDateTime             *from,
                              GDateTime             *to)
{
  GDate a, b;
  int sa, sb;
  int count = 0;

  g_return_val_if_fail (self != NULL && from != NULL && to != NULL, 0);
  if (g_date_time_compare (from, to) > 0)
    return -prd_thai_worktime_count_days (self, to, from);

  split (from, &a, &sa);
  split (to, &b, &sb);
  if (!to_working (self, &a, &sa))
    return 0;
  for (g_date_add_days (&a, 1); g_date_compare (&a, &b) <= 0; g_date_add_days (&a, 1))
    if (prd_thai_worktime_is_working_day (self, &a))
      count++;
  return count;
}
