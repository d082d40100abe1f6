/* prd-thai-holidays.c — holidays in the database and their .ics import. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "prd-thai.h"
#include "prd-thai-date.h"
#include "prd-thai-holidays.h"
#include "store/prd-store-sql.h"

/* An event longer than this is not a holiday but a mistake (or a term). */
#define MAX_EVENT_DAYS 31
/* Yearly repeats are written out this many years ahead of their start. */
#define REPEAT_YEARS 3

void
prd_thai_holiday_free (PrdThaiHoliday *holiday)
{
  if (holiday == NULL)
    return;
  g_free (holiday->id);
  g_free (holiday->name);
  g_free (holiday->kind);
  g_free (holiday->source);
  g_free (holiday);
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static gboolean
read_iso_date (const char *text,
               GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

GPtrArray *
prd_thai_holidays_list (PrdStore  *store,
                        int        year_be,
                        GError   **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_thai_holiday_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prd_store_prepare (store,
                            "SELECT id, date, name, kind, source FROM holiday "
                            "WHERE deleted = 0 AND (?1 = 0 OR substr(date, 1, 4) = printf('%04d', ?1 - 543)) "
                            "ORDER BY date, name COLLATE THAI", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year_be);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrdThaiHoliday *h = g_new0 (PrdThaiHoliday, 1);

      h->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      read_iso_date ((const char *) sqlite3_column_text (stmt, 1), &h->date);
      h->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      h->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      h->source = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (list, h);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                   _("The holidays could not be read: %s"), sqlite3_errmsg (prd_store_get_db (store)));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* What is stored for DATE already: the id of the row with NAME, or with the
 * same SOURCE (when SOURCE is an event UID); NULL when neither. *SAME_NAME
 * says which. */
static char *
find_existing (PrdStore    *store,
               const char  *date,
               const char  *name,
               const char  *source,
               gboolean    *same_name,
               GError     **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
      "SELECT id, name = ?2 FROM holiday WHERE deleted = 0 AND date = ?1 "
      "AND (name = ?2 OR (?3 LIKE 'ics:%' AND source = ?3)) ORDER BY name = ?2 DESC LIMIT 1", error);
  char *id = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, source, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *same_name = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_finalize (stmt);
  return id;
}

typedef enum { PUT_ADDED, PUT_UPDATED, PUT_UNCHANGED, PUT_FAILED } PutResult;

static PutResult
put_holiday (PrdStore    *store,
             const GDate *date,
             const char  *name,
             const char  *kind,
             const char  *source,
             GError     **error)
{
  g_autofree char *iso = iso_date (date);
  g_autoptr(JsonObject) record = json_object_new ();
  g_autoptr(GError) local = NULL;
  gboolean same_name = FALSE;
  g_autofree char *id = find_existing (store, iso, name, source, &same_name, &local);

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return PUT_FAILED;
    }
  if (id != NULL && same_name)
    return PUT_UNCHANGED;
  if (id != NULL)
    json_object_set_string_member (record, "id", id);
  else
    {
      json_object_set_string_member (record, "date", iso);
      json_object_set_string_member (record, "kind", kind);
      json_object_set_string_member (record, "source", source);
    }
  json_object_set_string_member (record, "name", name);
  if (!prd_store_put (store, "holiday", record, error))
    return PUT_FAILED;
  return id != NULL ? PUT_UPDATED : PUT_ADDED;
}

static gboolean
check_name_kind (const char  *name,
                 const char  *kind,
                 GError     **error)
{
  g_autofree char *clean = name ? g_strstrip (g_strdup (name)) : NULL;

  if (clean == NULL || *clean == '\0')
    {
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("The holiday needs a name"));
      return FALSE;
    }
  if (g_strcmp0 (kind, PRD_THAI_HOLIDAY_PUBLIC) != 0 && g_strcmp0 (kind, PRD_THAI_HOLIDAY_CLOSURE) != 0)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("A holiday is either a public holiday or an office closure, not “%s”"), kind ? kind : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
prd_thai_holidays_add (PrdStore     *store,
                       const GDate  *date,
                       const char   *name,
                       const char   *kind,
                       GError      **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  if (!check_name_kind (name, kind, error))
    return FALSE;
  clean = g_strstrip (g_strdup (name));
  return put_holiday (store, date, clean, kind, "user", error) != PUT_FAILED;
}

gboolean
prd_thai_holidays_remove (PrdStore    *store,
                          const char  *id,
                          GError     **error)
{
  return prd_store_tombstone (store, "holiday", id, error);
}

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
  PrdThaiHolidayImport *result;
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
    switch (put_holiday (imp->store, &d, name, PRD_THAI_HOLIDAY_PUBLIC, source, error))
      {
      case PUT_ADDED: imp->result->added++; break;
      case PUT_UPDATED: imp->result->updated++; break;
      case PUT_UNCHANGED: imp->result->unchanged++; break;
      case PUT_FAILED: default: return FALSE;
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
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("Line %u: the event has no name (SUMMARY)"), line);
      return FALSE;
    }
  name = g_strstrip (g_strdup (summary));
  if (!icaltime_to_gdate (start, &first))
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_DAY,
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
          g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_DAY,
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
        g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
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
prd_thai_holidays_import_ics_data (PrdStore              *store,
                                   const char            *data,
                                   PrdThaiHolidayImport  *result,
                                   GError               **error)
{
  PrdThaiHolidayImport local_result = { 0 };
  Import imp = { store, result ? result : &local_result };
  g_autoptr(GArray) lines = NULL;
  g_autoptr(PrdStoreTxn) txn = NULL;
  icalcomponent *root, *calendar, *event;
  guint index = 0;
  gboolean ok = TRUE;

  memset (imp.result, 0, sizeof *imp.result);
  if (data == NULL || !g_utf8_validate (data, -1, NULL))
    {
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("The calendar file is not UTF-8 text; export it again as an .ics file"));
      return FALSE;
    }
  if (strstr (data, "BEGIN:VCALENDAR") == NULL)
    {
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("This is not an iCalendar (.ics) file: BEGIN:VCALENDAR is missing"));
      return FALSE;
    }

  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (data);
  if (root == NULL)
    {
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("The calendar file cannot be read as iCalendar (.ics)"));
      return FALSE;
    }
  calendar = icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT ? root
             : icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
  if (calendar == NULL || icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT) == NULL)
    {
      icalcomponent_free (root);
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("The calendar file holds no events"));
      return FALSE;
    }

  lines = event_lines (data);
  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
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
      memset (imp.result, 0, sizeof *imp.result);
      return FALSE;   /* the transaction rolls back as it goes */
    }
  return prd_store_txn_commit (txn, error);
}

gboolean
prd_thai_holidays_import_ics (PrdStore              *store,
                              const char            *path,
                              PrdThaiHolidayImport  *result,
                              GError               **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;

  if (!g_file_get_contents (path, &data, NULL, &local))
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("Cannot read the calendar file %s: %s"), path, local->message);
      return FALSE;
    }
  return prd_thai_holidays_import_ics_data (store, data, result, error);
}
