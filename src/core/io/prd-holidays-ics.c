/* prd-holidays-ics.c — holidays from an .ics calendar: its lines checked,
 * its events read with libical and classified, the included ones written
 * through core/model's PrdHoliday in one transaction. */
#define G_LOG_DOMAIN "prd-io"

#include <string.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "prd-holidays-ics.h"
#include "prd-ics-lines.h"
#include "model/prd-holiday.h"

/* An event longer than this is not a holiday but a mistake (or a term). */
#define MAX_EVENT_DAYS 31
/* Yearly repeats are written out this many years ahead of their start. */
#define REPEAT_YEARS 3

G_DEFINE_QUARK (prd-holidays-ics-error-quark, prd_holidays_ics_error)

static gboolean
icaltime_to_gdate (struct icaltimetype t,
                   GDate              *date)
{
  g_date_clear (date, 1);
  if (icaltime_is_null_time (t) ||
      !g_date_valid_dmy ((GDateDay) t.day, (GDateMonth) t.month, (GDateYear) t.year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) t.day, (GDateMonth) t.month, (GDateYear) t.year);
  return TRUE;
}

/* Google's calendar says which kind an event is on the first line of its
 * description: วันหยุดนักขัตฤกษ์ / Public holiday, or วันสำคัญ / Observance. */
static gboolean
is_observance (icalcomponent *event)
{
  const char *description = icalcomponent_get_description (event);
  g_autofree char *first = NULL;

  if (description == NULL || !g_utf8_validate (description, -1, NULL))
    return FALSE;
  first = g_strstrip (g_strndup (description, strcspn (description, "\r\n")));
  return g_str_has_prefix (first, "วันสำคัญ") ||
         g_ascii_strncasecmp (first, "observance", strlen ("observance")) == 0;
}

static void
append_days (GArray      *dates,
             const GDate *first,
             int          days)
{
  GDate d = *first;

  for (int i = 0; i < days; i++, g_date_add_days (&d, 1))
    g_array_append_val (dates, d);
}

static PrdHolidayEvent *
read_event (icalcomponent     *event,
            const PrdIcsEventLines  *where,
            GError           **error)
{
  const char *summary = icalcomponent_get_summary (event);
  const char *uid = icalcomponent_get_uid (event);
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  struct icaltimetype end = icalcomponent_get_dtend (event);
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autofree char *name = NULL;
  icalproperty *rrule;
  GDate first, last;
  int days = 1;

  if (summary == NULL || *summary == '\0' || !g_utf8_validate (summary, -1, NULL))
    {
      g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_EVENT,
                   _("Line %u: the event has no name (SUMMARY)"), where->begin);
      return NULL;
    }
  name = g_strstrip (g_strdup (summary));
  if (!icaltime_to_gdate (start, &first))
    {
      g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_EVENT,
                   _("Line %u: the event “%s” has no valid start date (DTSTART)"),
                   where->dtstart ? where->dtstart : where->begin, name);
      return NULL;
    }
  if (icaltime_to_gdate (end, &last))
    {
      /* An all-day event's end is the day after; a timed one ends that day. */
      days = (int) g_date_days_between (&first, &last) + (icaltime_is_date (end) ? 0 : 1);
      if (days < 1)
        days = 1;
      if (days > MAX_EVENT_DAYS)
        {
          g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_EVENT,
                       _("Line %u: the event “%s” lasts %d days; a holiday lasts at most %d"),
                       where->begin, name, days, MAX_EVENT_DAYS);
          return NULL;
        }
    }
  if (uid != NULL && !g_utf8_validate (uid, -1, NULL))
    uid = NULL;

  rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  if (rrule == NULL)
    append_days (dates, &first, days);
  else
    {
      /* A repeating holiday (New Year's Day every year): its dates up to
       * REPEAT_YEARS after the first. */
      struct icalrecurrencetype recur = icalproperty_get_rrule (rrule);
      icalrecur_iterator *it = icalrecur_iterator_new (recur, start);
      int limit_year = start.year + REPEAT_YEARS;

      if (it == NULL)
        {
          g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_EVENT,
                       _("Line %u: the repeat rule (RRULE) of the event “%s” cannot be read"),
                       where->begin, name);
          return NULL;
        }
      for (int n = 0; n < 400; n++)
        {
          struct icaltimetype t = icalrecur_iterator_next (it);
          GDate d;

          if (icaltime_is_null_time (t) || t.year > limit_year)
            break;
          if (icaltime_to_gdate (t, &d))
            append_days (dates, &d, days);
        }
      icalrecur_iterator_free (it);
      if (dates->len == 0)
        append_days (dates, &first, days);
    }
  return prd_holiday_event_new (uid, name, is_observance (event), where->begin, dates);
}

GListModel *
prd_holidays_ics_read_data (const char  *data,
                            GError     **error)
{
  g_autoptr(GListStore) events = g_list_store_new (PRD_TYPE_HOLIDAY_EVENT);
  g_autoptr(GArray) lines = NULL;
  icalcomponent *root, *calendar, *event;
  guint index = 0;

  if (data == NULL || !g_utf8_validate (data, -1, NULL))
    {
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("The calendar file is not UTF-8 text; export it again as an .ics file"));
      return NULL;
    }
  /* Notepad saves UTF-8 with a byte-order mark; it is not part of line 1. */
  if (g_str_has_prefix (data, "\xEF\xBB\xBF"))
    data += 3;
  if (strstr (data, "BEGIN:VCALENDAR") == NULL)
    {
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("This is not an iCalendar (.ics) file: BEGIN:VCALENDAR is missing"));
      return NULL;
    }
  lines = prd_ics_scan_lines (data, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT, error);
  if (lines == NULL)
    return NULL;

  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (data);
  if (root == NULL)
    {
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("The calendar file cannot be read as iCalendar (.ics)"));
      return NULL;
    }
  calendar = icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT ? root
             : icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
  if (calendar == NULL || icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT) == NULL)
    {
      icalcomponent_free (root);
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("The calendar file holds no events"));
      return NULL;
    }

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), index++)
    {
      PrdIcsEventLines none = { 0, 0 };
      const PrdIcsEventLines *where = index < lines->len ? &g_array_index (lines, PrdIcsEventLines, index) : &none;
      g_autoptr(PrdHolidayEvent) read = NULL;

      /* A cancelled event in an export is not a holiday. */
      if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
        continue;
      read = read_event (event, where, error);
      if (read == NULL)
        {
          icalcomponent_free (root);
          return NULL;
        }
      g_list_store_append (events, read);
    }
  icalcomponent_free (root);
  return G_LIST_MODEL (g_steal_pointer (&events));
}

GListModel *
prd_holidays_ics_read (const char  *path,
                       GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, NULL, &local))
    {
      g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FILE,
                   _("Cannot read the calendar file %s: %s"), path, local->message);
      return NULL;
    }
  return prd_holidays_ics_read_data (data, error);
}

gboolean
prd_holidays_ics_include (GListModel          *events,
                          const char * const  *names,
                          GError             **error)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), FALSE);

  n = g_list_model_get_n_items (events);
  for (guint k = 0; names != NULL && names[k] != NULL; k++)
    {
      g_autofree char *wanted = g_strstrip (g_strdup (names[k]));
      gboolean found = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PrdHolidayEvent) event = g_list_model_get_item (events, i);

          if (g_str_equal (prd_holiday_event_get_name (event), wanted) ||
              g_str_equal (prd_holiday_event_get_uid (event), wanted))
            {
              prd_holiday_event_set_included (event, TRUE);
              found = TRUE;
            }
        }
      if (!found)
        {
          g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_NOT_FOUND,
                       _("The calendar has no event named “%s” (give its name or its UID as the list shows them)"),
                       wanted);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_event (PrdStore              *store,
             PrdHolidayEvent       *event,
             PrdHolidaysIcsResult  *result,
             GError               **error)
{
  GArray *dates = prd_holiday_event_get_dates (event);
  const char *uid = prd_holiday_event_get_uid (event);
  g_autofree char *source = g_strdup_printf ("ics:%s", *uid ? uid : prd_holiday_event_get_name (event));
  /* An observance the office takes in is its own day off, not the state's. */
  const char *kind = prd_holiday_event_get_observance (event) ? PRD_HOLIDAY_CLOSURE : PRD_HOLIDAY_PUBLIC;

  for (guint i = 0; i < dates->len; i++)
    {
      PrdHolidayPut outcome;

      if (!prd_holiday_put (store, &g_array_index (dates, GDate, i), prd_holiday_event_get_name (event),
                            kind, source, &outcome, error))
        return FALSE;
      switch (outcome)
        {
        case PRD_HOLIDAY_ADDED: result->added++; break;
        case PRD_HOLIDAY_RENAMED: result->updated++; break;
        case PRD_HOLIDAY_UNCHANGED: default: result->unchanged++; break;
        }
    }
  return TRUE;
}

gboolean
prd_holidays_ics_write (PrdStore              *store,
                        GListModel            *events,
                        PrdHolidaysIcsResult  *result,
                        GError               **error)
{
  PrdHolidaysIcsResult counts = { 0 };
  g_autoptr(PrdStoreTxn) txn = NULL;
  guint n;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), FALSE);

  if (result != NULL)
    memset (result, 0, sizeof *result);
  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdHolidayEvent) event = g_list_model_get_item (events, i);
      gboolean observance = prd_holiday_event_get_observance (event);

      if (!prd_holiday_event_get_included (event))
        {
          if (observance)
            counts.skipped_observances++;
          else
            counts.skipped_holidays++;
          continue;
        }
      if (!write_event (store, event, &counts, error))
        return FALSE;
      if (observance)
        counts.observances++;
      else
        counts.holidays++;
    }
  if (!prd_store_txn_commit (txn, error))
    return FALSE;
  if (result != NULL)
    *result = counts;
  return TRUE;
}

/* Takes EVENTS (NULL when reading failed), the ones asked for in, and
 * writes them. */
static gboolean
import_events (PrdStore              *store,
               GListModel            *events,
               const char * const    *include,
               PrdHolidaysIcsResult  *result,
               GError               **error)
{
  g_autoptr(GListModel) owned = events;

  if (result != NULL)
    memset (result, 0, sizeof *result);
  if (events == NULL || !prd_holidays_ics_include (events, include, error))
    return FALSE;
  return prd_holidays_ics_write (store, events, result, error);
}

gboolean
prd_holidays_ics_import_data (PrdStore              *store,
                              const char            *data,
                              const char * const    *include,
                              PrdHolidaysIcsResult  *result,
                              GError               **error)
{
  return import_events (store, prd_holidays_ics_read_data (data, error), include, result, error);
}

gboolean
prd_holidays_ics_import (PrdStore              *store,
                         const char            *path,
                         const char * const    *include,
                         PrdHolidaysIcsResult  *result,
                         GError               **error)
{
  return import_events (store, prd_holidays_ics_read (path, error), include, result, error);
}
