/* prd-holidays-ics.c — holidays from an .ics calendar, written through
 * core/model's PrdHoliday in one transaction. */
#define G_LOG_DOMAIN "prd-io"

#include <string.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "prd-holidays-ics.h"
#include "model/prd-holiday.h"

/* An event longer than this is not a holiday but a mistake (or a term). */
#define MAX_EVENT_DAYS 31
/* Yearly repeats are written out this many years ahead of their start. */
#define REPEAT_YEARS 3

G_DEFINE_QUARK (prd-holidays-ics-error-quark, prd_holidays_ics_error)

/* iCalendar */

/* Line numbers of the BEGIN:VEVENT lines, in order: libical keeps none, and
 * a message should say where in the file to look. */
static GArray *
event_lines (const char *data)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint line = 1;
  const char *p = data;

  while (*p != '\0')
    {
      if (g_ascii_strncasecmp (p, "BEGIN:VEVENT", 12) == 0)
        g_array_append_val (lines, line);
      p = strchr (p, '\n');
      if (p == NULL)
        break;
      p++;
      line++;
    }
  return lines;
}

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

typedef struct {
  PrdStore             *store;
  PrdHolidaysIcsResult *result;
} Import;

static gboolean
store_days (Import      *imp,
            const GDate *first,
            int          days,
            const char  *name,
            const char  *source,
            GError     **error)
{
  GDate d = *first;

  for (int i = 0; i < days; i++, g_date_add_days (&d, 1))
    {
      PrdHolidayPut outcome;

      if (!prd_holiday_put (imp->store, &d, name, PRD_HOLIDAY_PUBLIC, source, &outcome, error))
        return FALSE;
      switch (outcome)
        {
        case PRD_HOLIDAY_ADDED: imp->result->added++; break;
        case PRD_HOLIDAY_RENAMED: imp->result->updated++; break;
        case PRD_HOLIDAY_UNCHANGED: default: imp->result->unchanged++; break;
        }
    }
  return TRUE;
}

static gboolean
import_event (Import        *imp,
              icalcomponent *event,
              guint          line,
              GError       **error)
{
  const char *summary = icalcomponent_get_summary (event);
  const char *uid = icalcomponent_get_uid (event);
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  struct icaltimetype end = icalcomponent_get_dtend (event);
  g_autofree char *name = NULL;
  g_autofree char *source = NULL;
  icalproperty *rrule;
  GDate first, last;
  int days = 1;

  if (summary == NULL || *summary == '\0' || !g_utf8_validate (summary, -1, NULL))
    {
      g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_EVENT,
                   _("Line %u: the event has no name (SUMMARY)"), line);
      return FALSE;
    }
  name = g_strstrip (g_strdup (summary));
  if (!icaltime_to_gdate (start, &first))
    {
      g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_EVENT,
                   _("Line %u: the event “%s” has no valid start date (DTSTART)"), line, name);
      return FALSE;
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
                       line, name, days, MAX_EVENT_DAYS);
          return FALSE;
        }
    }
  source = g_strdup_printf ("ics:%s", uid && g_utf8_validate (uid, -1, NULL) ? uid : name);

  rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  if (rrule == NULL)
    return store_days (imp, &first, days, name, source, error);

  /* A repeating holiday (New Year's Day every year): its dates up to
   * REPEAT_YEARS after the first. */
  {
    struct icalrecurrencetype recur = icalproperty_get_rrule (rrule);
    icalrecur_iterator *it = icalrecur_iterator_new (recur, start);
    struct icaltimetype t;
    int limit_year = start.year + REPEAT_YEARS;
    gboolean ok = TRUE;

    if (it == NULL)
      {
        g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                     _("Line %u: the repeat rule (RRULE) of the event “%s” cannot be read"), line, name);
        return FALSE;
      }
    for (int n = 0; ok && n < 400; n++)
      {
        GDate d;

        t = icalrecur_iterator_next (it);
        if (icaltime_is_null_time (t) || t.year > limit_year)
          break;
        if (icaltime_to_gdate (t, &d))
          ok = store_days (imp, &d, days, name, source, error);
      }
    icalrecur_iterator_free (it);
    return ok;
  }
}

gboolean
prd_holidays_ics_import_data (PrdStore              *store,
                                   const char            *data,
                                   PrdHolidaysIcsResult  *result,
                                   GError               **error)
{
  PrdHolidaysIcsResult local_result = { 0 };
  Import imp = { store, result ? result : &local_result };
  g_autoptr(GArray) lines = NULL;
  icalcomponent *root, *calendar, *event;
  guint index = 0;
  gboolean ok = TRUE;

  memset (imp.result, 0, sizeof *imp.result);
  if (data == NULL || !g_utf8_validate (data, -1, NULL))
    {
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("The calendar file is not UTF-8 text; export it again as an .ics file"));
      return FALSE;
    }
  if (strstr (data, "BEGIN:VCALENDAR") == NULL)
    {
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("This is not an iCalendar (.ics) file: BEGIN:VCALENDAR is missing"));
      return FALSE;
    }

  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (data);
  if (root == NULL)
    {
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("The calendar file cannot be read as iCalendar (.ics)"));
      return FALSE;
    }
  calendar = icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT ? root
             : icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
  if (calendar == NULL || icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT) == NULL)
    {
      icalcomponent_free (root);
      g_set_error_literal (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT,
                           _("The calendar file holds no events"));
      return FALSE;
    }

  lines = event_lines (data);
  if (!prd_store_begin (store, error))
    {
      icalcomponent_free (root);
      return FALSE;
    }
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       ok && event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), index++)
    {
      guint line = index < lines->len ? g_array_index (lines, guint, index) : 0;

      /* A cancelled event in an export is not a holiday. */
      if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
        continue;
      ok = import_event (&imp, event, line, error);
    }
  icalcomponent_free (root);

  if (!ok)
    {
      prd_store_rollback (store);
      memset (imp.result, 0, sizeof *imp.result);
      return FALSE;
    }
  return prd_store_commit (store, error);
}

gboolean
prd_holidays_ics_import (PrdStore              *store,
                              const char            *path,
                              PrdHolidaysIcsResult  *result,
                              GError               **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;

  if (!g_file_get_contents (path, &data, NULL, &local))
    {
      g_set_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FILE,
                   _("Cannot read the calendar file %s: %s"), path, local->message);
      return FALSE;
    }
  return prd_holidays_ics_import_data (store, data, result, error);
}
