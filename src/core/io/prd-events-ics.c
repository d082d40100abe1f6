/* prd-events-ics.c — the calendar's events as .ics: written as text by
 * hand (so the folding and escaping are ours to check), read with libical
 * after prd-ics-lines.c checked the lines. */
#define G_LOG_DOMAIN "prd-io"

#include <string.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "prd-events-ics.h"
#include "prd-ics-lines.h"
#include "model/prd-model-error.h"
#include "store/prd-output-file.h"

#define TZID "Asia/Bangkok"
/* RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets. */
#define FOLD_OCTETS 75

G_DEFINE_QUARK (prd-events-ics-error-quark, prd_events_ics_error)

/* Writing */

/* LINE with its CRLF, folded at 75 octets, never inside a UTF-8 sequence;
 * each continuation starts with a space, which counts in its 75. */
static void
append_folded (GString    *out,
               const char *line)
{
  gsize len = strlen (line);
  gsize pos = 0;
  gsize room = FOLD_OCTETS;

  while (len - pos > room)
    {
      gsize cut = pos + room;

      while (cut > pos && (line[cut] & 0xC0) == 0x80)
        cut--;   /* back to the start of the character */
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      room = FOLD_OCTETS - 1;
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

static void
append_line (GString    *out,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
append_line (GString    *out,
             const char *format,
             ...)
{
  va_list args;
  g_autofree char *line = NULL;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  append_folded (out, line);
}

/* A TEXT value (RFC 5545 §3.3.11). */
static char *
escape_text (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '\\': g_string_append (s, "\\\\"); break;
      case ';': g_string_append (s, "\\;"); break;
      case ',': g_string_append (s, "\\,"); break;
      case '\n': g_string_append (s, "\\n"); break;
      case '\r': break;
      default: g_string_append_c (s, *p); break;
      }
  return g_string_free (s, FALSE);
}

static void
append_text (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || *value == '\0')
    return;
  escaped = escape_text (value);
  append_line (out, "%s:%s", name, escaped);
}

static char *
utc_basic (GDateTime *t)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (t);
  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

/* NAME with a stored time or key: a date ("YYYY-MM-DD") as VALUE=DATE, an
 * instant in Bangkok's wall clock with its TZID. */
static void
append_time (GString    *out,
             const char *name,
             const char *stored,
             gboolean    day_after)
{
  GDate date;

  if (prd_event_parse_date (stored, &date))
    {
      if (day_after)
        g_date_add_days (&date, 1);
      append_line (out, "%s;VALUE=DATE:%04d%02d%02d", name, g_date_get_year (&date),
                   g_date_get_month (&date), g_date_get_day (&date));
    }
  else
    {
      g_autoptr(GDateTime) t = prd_event_parse_instant (stored);
      g_autofree char *local = NULL;

      if (t == NULL)
        return;
      local = g_date_time_format (t, "%Y%m%dT%H%M%S");
      append_line (out, "%s;TZID=" TZID ":%s", name, local);
    }
}

static void
append_stamp (GString    *out,
              const char *name,
              const char *iso)
{
  g_autoptr(GDateTime) t = iso && *iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autofree char *basic = NULL;

  if (t == NULL)
    return;
  basic = utc_basic (t);
  append_line (out, "%s:%s", name, basic);
}

static void
append_event (GString    *out,
              PrdEvent   *event,
              const char *stamp)
{
  PrdRecord *record = PRD_RECORD (event);
  const char *uid = prd_event_get_uid (event);
  g_autofree char *fallback = NULL;
  g_auto(GStrv) exdates = NULL;

  if (*uid == '\0')
    uid = fallback = g_strconcat (prd_record_get_id (record), "@prdesk", NULL);
  append_line (out, "BEGIN:VEVENT");
  append_text (out, "UID", uid);
  append_line (out, "DTSTAMP:%s", stamp);
  append_stamp (out, "CREATED", prd_record_get_created_at (record));
  append_stamp (out, "LAST-MODIFIED", prd_record_get_updated_at (record));
  append_time (out, "DTSTART", prd_event_get_start_at (event), FALSE);
  append_time (out, "DTEND", prd_event_get_end_at (event), prd_event_get_all_day (event));
  if (*prd_event_get_recurrence_start (event) != '\0')
    append_time (out, "RECURRENCE-ID", prd_event_get_recurrence_start (event), FALSE);
  append_text (out, "SUMMARY", prd_event_get_title (event));
  append_text (out, "LOCATION", prd_event_get_place (event));
  append_text (out, "DESCRIPTION", prd_event_get_notes (event));
  append_text (out, "CATEGORIES", prd_event_kind_label (prd_event_get_kind (event)));
  append_text (out, "X-PRDESK-KIND", prd_event_get_kind (event));
  if (*prd_event_get_rrule (event) != '\0')
    append_line (out, "RRULE:%s", prd_event_get_rrule (event));
  exdates = g_strsplit (prd_event_get_exdates (event), ",", -1);
  for (guint i = 0; exdates[i] != NULL; i++)
    if (*g_strstrip (exdates[i]) != '\0')
      append_time (out, "EXDATE", exdates[i], FALSE);
  if (prd_event_get_all_day (event))
    append_line (out, "TRANSP:TRANSPARENT");
  append_line (out, "END:VEVENT");
}

char *
prd_events_ics_to_data (GListModel *events,
                        GDateTime  *stamp)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *dtstamp = NULL;
  GString *out;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  dtstamp = utc_basic (stamp);
  out = g_string_new (NULL);
  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//PR Desk//prdesk " PRD_VERSION "//TH");
  append_line (out, "CALSCALE:GREGORIAN");
  append_line (out, "METHOD:PUBLISH");
  append_line (out, "X-WR-TIMEZONE:" TZID);
  /* Bangkok has kept UTC+7 all year since 1920. */
  append_line (out, "BEGIN:VTIMEZONE");
  append_line (out, "TZID:" TZID);
  append_line (out, "BEGIN:STANDARD");
  append_line (out, "DTSTART:19700101T000000");
  append_line (out, "TZOFFSETFROM:+0700");
  append_line (out, "TZOFFSETTO:+0700");
  append_line (out, "TZNAME:+07");
  append_line (out, "END:STANDARD");
  append_line (out, "END:VTIMEZONE");
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdEvent) event = g_list_model_get_item (events, i);
      append_event (out, event, dtstamp);
    }
  append_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}

/* The events to export: each series with an occurrence in the range, or
 * with an override in it, whole, with all its overrides. */
static GListModel *
events_in_range (PrdStore     *store,
                 const GDate  *first,
                 const GDate  *last,
                 GError      **error)
{
  g_autoptr(GListModel) all = prd_event_list (store, error);
  g_autoptr(GListStore) out = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  GDate after;
  guint n;

  if (all == NULL || first == NULL)
    return g_steal_pointer (&all);
  after = *last;
  g_date_add_days (&after, 1);
  from = prd_event_midnight (first);
  to = prd_event_midnight (&after);
  wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdEvent) event = g_list_model_get_item (all, i);
      g_autoptr(GPtrArray) starts = prd_event_expand (event, from, to, 1);
      const char *of = prd_event_get_recurrence_of (event);

      if (starts->len > 0)
        g_hash_table_add (wanted, g_strdup (*of ? of : prd_record_get_id (PRD_RECORD (event))));
    }
  out = g_list_store_new (PRD_TYPE_EVENT);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdEvent) event = g_list_model_get_item (all, i);
      const char *of = prd_event_get_recurrence_of (event);

      if (g_hash_table_contains (wanted, *of ? of : prd_record_get_id (PRD_RECORD (event))))
        g_list_store_append (out, event);
    }
  return G_LIST_MODEL (g_steal_pointer (&out));
}

gboolean
prd_events_ics_export (PrdStore     *store,
                       const GDate  *first,
                       const GDate  *last,
                       const char   *path,
                       guint        *n_events,
                       GError      **error)
{
  g_autoptr(GListModel) events = NULL;
  g_autofree char *data = NULL;
  PrdOutputFile *file;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail ((first == NULL) == (last == NULL), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  events = events_in_range (store, first, last, error);
  if (events == NULL)
    return FALSE;
  data = prd_events_ics_to_data (events, NULL);
  file = prd_output_file_open (path, error);
  if (file == NULL)
    return FALSE;
  if (!prd_output_file_write (file, data, strlen (data), error))
    {
      prd_output_file_abandon (file);
      return FALSE;
    }
  if (!prd_output_file_commit (file, error))
    return FALSE;
  if (n_events != NULL)
    *n_events = g_list_model_get_n_items (events);
  return TRUE;
}

/* Reading */

struct _PrdEventsIcsImport
{
  GPtrArray *events;      /* PrdEvent */
  GArray    *lines;       /* guint, BEGIN:VEVENT of each */
  GArray    *duplicate;   /* gboolean */
};

void
prd_events_ics_import_free (PrdEventsIcsImport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->events);
  g_array_unref (self->lines);
  g_array_unref (self->duplicate);
  g_free (self);
}

guint
prd_events_ics_import_get_n_events (PrdEventsIcsImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->events->len;
}

PrdEvent *
prd_events_ics_import_get_event (PrdEventsIcsImport *self,
                                 guint               i)
{
  g_return_val_if_fail (self != NULL && i < self->events->len, NULL);
  return g_ptr_array_index (self->events, i);
}

guint
prd_events_ics_import_get_line (PrdEventsIcsImport *self,
                                guint               i)
{
  g_return_val_if_fail (self != NULL && i < self->lines->len, 0);
  return g_array_index (self->lines, guint, i);
}

gboolean
prd_events_ics_import_is_duplicate (PrdEventsIcsImport *self,
                                    guint               i)
{
  g_return_val_if_fail (self != NULL && i < self->duplicate->len, FALSE);
  return g_array_index (self->duplicate, gboolean, i);
}

static gboolean
is_override (PrdEvent *event)
{
  return *prd_event_get_recurrence_start (event) != '\0';
}

/* A time of the file: a date (*IS_DATE), or an instant. TZID names a
 * VTIMEZONE of the file or a zone libical knows; a time without zone is
 * the office's. */
static gboolean
read_time (icalproperty   *prop,
           icalcomponent  *calendar,
           gboolean       *is_date,
           GDate          *date,
           GDateTime     **instant)
{
  icalvalue *value = icalproperty_get_value (prop);
  icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);
  struct icaltimetype t;

  if (value == NULL)
    return FALSE;
  t = icalvalue_get_datetime (value);
  if (icaltime_is_null_time (t) ||
      !g_date_valid_dmy ((GDateDay) t.day, (GDateMonth) t.month, (GDateYear) t.year))
    return FALSE;
  *is_date = t.is_date;
  if (t.is_date)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, (GDateDay) t.day, (GDateMonth) t.month, (GDateYear) t.year);
      return TRUE;
    }
  if (icaltime_is_utc (t))
    *instant = g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (t, icaltimezone_get_utc_timezone ()));
  else
    {
      const char *tzid = param != NULL ? icalparameter_get_tzid (param) : NULL;
      icaltimezone *zone = NULL;

      if (tzid != NULL && g_strcmp0 (tzid, TZID) != 0)
        {
          zone = icalcomponent_get_timezone (calendar, tzid);
          if (zone == NULL)
            zone = icaltimezone_get_builtin_timezone (tzid);
        }
      if (zone != NULL)
        *instant = g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (t, zone));
      else
        *instant = g_date_time_new (prd_event_timezone (), t.year, t.month, t.day,
                                    t.hour, t.minute, t.second);
    }
  return *instant != NULL;
}

/* The stored key of a time of the file (EXDATE, RECURRENCE-ID). */
static char *
read_key (icalproperty  *prop,
          icalcomponent *calendar)
{
  g_autoptr(GDateTime) instant = NULL;
  gboolean is_date = FALSE;
  GDate date;

  if (!read_time (prop, calendar, &is_date, &date, &instant))
    return NULL;
  return is_date ? prd_event_format_date (&date) : prd_event_format_instant (instant);
}

static const char *
read_x (icalcomponent *event,
        const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (p), name) == 0)
      return icalproperty_get_value_as_string (p);
  return NULL;
}

/* The kind: ours (X-PRDESK-KIND), or a category that names one, in
 * English or Thai. */
static const char *
read_kind (icalcomponent *event)
{
  const char *x = read_x (event, "X-PRDESK-KIND");

  if (prd_event_kind_is_valid (x))
    return x;
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    {
      const char *kind = prd_event_kind_from_text (icalproperty_get_categories (p));

      if (kind != NULL)
        return kind;
    }
  return PRD_EVENT_ACTIVITY;
}

static gboolean
event_error (GError     **error,
             guint        line,
             const char  *format,
             ...) G_GNUC_PRINTF (3, 4);

static gboolean
event_error (GError     **error,
             guint        line,
             const char  *format,
             ...)
{
  va_list args;
  g_autofree char *reason = NULL;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_EVENT,
               _("Line %u: %s"), line, reason);
  return FALSE;
}

static PrdEvent *
read_event (icalcomponent           *event,
            icalcomponent           *calendar,
            const PrdIcsEventLines  *where,
            GError                 **error)
{
  const char *summary = icalcomponent_get_summary (event);
  const char *uid = icalcomponent_get_uid (event);
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  icalproperty *recurrence_id = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  g_autoptr(PrdEvent) read = prd_event_new ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GString) exdates = g_string_new (NULL);
  g_autoptr(GError) invalid = NULL;
  g_autofree char *title = NULL;
  gboolean start_is_date = FALSE, end_is_date = FALSE;
  guint start_line = where->dtstart ? where->dtstart : where->begin;
  GDate first, last;

  /* What libical could not read it drops and notes as X-LIC-ERROR: a rule
   * or a time lost that way would import a different event. */
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_XLICERROR_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (event, ICAL_XLICERROR_PROPERTY))
    {
      const char *what = icalproperty_get_xlicerror (p);

      event_error (error, where->begin, _("a part of the event cannot be read (%s)"),
                   what && g_utf8_validate (what, -1, NULL) ? what : "?");
      return NULL;
    }
  if (summary == NULL || *g_strstrip (title = g_strdup (summary)) == '\0')
    {
      event_error (error, where->begin, _("the event has no title (SUMMARY)"));
      return NULL;
    }
  if (dtstart == NULL || !read_time (dtstart, calendar, &start_is_date, &first, &start))
    {
      event_error (error, start_line, _("the event “%s” has no valid start (DTSTART)"), title);
      return NULL;
    }
  if (dtend != NULL && !read_time (dtend, calendar, &end_is_date, &last, &end))
    {
      event_error (error, where->begin, _("the event “%s” has no valid end (DTEND)"), title);
      return NULL;
    }
  if (dtend != NULL && end_is_date != start_is_date)
    {
      event_error (error, where->begin, _("the event “%s” starts and ends in different forms "
                                          "(one a date, the other a time)"), title);
      return NULL;
    }

  prd_event_set_title (read, title);
  if (uid != NULL && *uid != '\0')
    prd_event_set_uid (read, uid);
  prd_event_set_kind (read, read_kind (event));
  prd_event_set_place (read, icalcomponent_get_location (event) ? icalcomponent_get_location (event) : "");
  prd_event_set_notes (read, icalcomponent_get_description (event) ? icalcomponent_get_description (event) : "");

  if (start_is_date)
    {
      /* The end of an all-day event is the day after its last. */
      if (dtend == NULL || g_date_compare (&last, &first) <= 0)
        last = first;
      else
        g_date_subtract_days (&last, 1);
      prd_event_set_all_day (read, &first, &last);
    }
  else
    {
      if (end == NULL)
        {
          struct icaldurationtype duration = icalcomponent_get_duration (event);
          int seconds = icaldurationtype_is_bad_duration (duration) ? 0 : icaldurationtype_as_int (duration);

          end = g_date_time_add_seconds (start, MAX (seconds, 0));
        }
      prd_event_set_timed (read, start, end);
    }

  if (rrule != NULL)
    prd_event_set_rrule (read, icalproperty_get_value_as_string (rrule));
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (event, ICAL_EXDATE_PROPERTY))
    {
      g_autofree char *key = read_key (p, calendar);

      if (key == NULL)
        {
          event_error (error, where->begin, _("the event “%s” leaves out an occurrence (EXDATE) "
                                              "that is no valid time"), title);
          return NULL;
        }
      g_string_append_printf (exdates, "%s%s", exdates->len ? "," : "", key);
    }
  prd_event_set_exdates (read, exdates->str);
  if (recurrence_id != NULL)
    {
      g_autofree char *key = read_key (recurrence_id, calendar);

      if (key == NULL)
        {
          event_error (error, where->begin, _("the event “%s” changes an occurrence "
                                              "(RECURRENCE-ID) that is no valid time"), title);
          return NULL;
        }
      g_object_set (read, "recurrence-start", key, NULL);
    }

  /* The checks of a save, here, so that the message can name the line. */
  if (!PRD_RECORD_GET_CLASS (read)->validate (PRD_RECORD (read), &invalid))
    {
      event_error (error, where->begin, "%s", invalid->message);
      return NULL;
    }
  return g_steal_pointer (&read);
}

/* A file without UIDs (hand-made) still imports once: the UID is made from
 * what the event is. */
static void
give_uid (PrdEvent *event,
          gboolean  had_uid)
{
  g_autofree char *text = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *uid = NULL;

  if (had_uid)
    return;
  text = g_strconcat (prd_event_get_title (event), "\x1f", prd_event_get_start_at (event), NULL);
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, text, -1);
  uid = g_strconcat (sum, "@prdesk-import", NULL);
  prd_event_set_uid (event, uid);
}

PrdEventsIcsImport *
prd_events_ics_read_data (const char  *data,
                          GError     **error)
{
  g_autoptr(PrdEventsIcsImport) self = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GHashTable) series = NULL;
  icalcomponent *root, *calendar, *event;
  guint index = 0;

  if (data == NULL || !g_utf8_validate (data, -1, NULL))
    {
      g_set_error_literal (error, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_FORMAT,
                           _("The calendar file is not UTF-8 text; export it again as an .ics file"));
      return NULL;
    }
  if (g_str_has_prefix (data, "\xEF\xBB\xBF"))
    data += 3;
  if (strstr (data, "BEGIN:VCALENDAR") == NULL)
    {
      g_set_error_literal (error, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_FORMAT,
                           _("This is not an iCalendar (.ics) file: BEGIN:VCALENDAR is missing"));
      return NULL;
    }
  lines = prd_ics_scan_lines (data, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_FORMAT, error);
  if (lines == NULL)
    return NULL;

  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (data);
  if (root == NULL)
    {
      g_set_error_literal (error, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_FORMAT,
                           _("The calendar file cannot be read as iCalendar (.ics)"));
      return NULL;
    }
  calendar = icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT ? root
             : icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
  if (calendar == NULL)
    {
      icalcomponent_free (root);
      g_set_error_literal (error, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_FORMAT,
                           _("The calendar file cannot be read as iCalendar (.ics)"));
      return NULL;
    }

  self = g_new0 (PrdEventsIcsImport, 1);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->duplicate = g_array_new (FALSE, TRUE, sizeof (gboolean));
  series = g_hash_table_new (g_str_hash, g_str_equal);

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), index++)
    {
      PrdIcsEventLines none = { 0, 0 };
      const PrdIcsEventLines *where = index < lines->len ? &g_array_index (lines, PrdIcsEventLines, index) : &none;
      const char *uid = icalcomponent_get_uid (event);
      PrdEvent *read;

      if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
        continue;
      read = read_event (event, calendar, where, error);
      if (read == NULL)
        {
          icalcomponent_free (root);
          return NULL;
        }
      give_uid (read, uid != NULL && *uid != '\0');
      if (!is_override (read) &&
          !g_hash_table_insert (series, (gpointer) prd_event_get_uid (read), read))
        {
          event_error (error, where->begin, _("the UID %s is given to two events"),
                       prd_event_get_uid (read));
          g_object_unref (read);
          icalcomponent_free (root);
          return NULL;
        }
      g_ptr_array_add (self->events, read);
      g_array_append_val (self->lines, where->begin);
    }
  icalcomponent_free (root);
  if (self->events->len == 0)
    {
      g_set_error_literal (error, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_FORMAT,
                           _("The calendar file holds no events"));
      return NULL;
    }
  g_array_set_size (self->duplicate, self->events->len);
  return g_steal_pointer (&self);
}

PrdEventsIcsImport *
prd_events_ics_read (const char  *path,
                     GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, NULL, &local))
    {
      g_set_error (error, PRD_EVENTS_ICS_ERROR, PRD_EVENTS_ICS_ERROR_FILE,
                   _("Cannot read the calendar file %s: %s"), path, local->message);
      return NULL;
    }
  return prd_events_ics_read_data (data, error);
}

/* The series of the file by UID. */
static PrdEvent *
series_in_file (PrdEventsIcsImport *self,
                const char         *uid)
{
  for (guint i = 0; i < self->events->len; i++)
    {
      PrdEvent *e = g_ptr_array_index (self->events, i);

      if (!is_override (e) && g_str_equal (prd_event_get_uid (e), uid))
        return e;
    }
  return NULL;
}

gboolean
prd_events_ics_check (PrdStore            *store,
                      PrdEventsIcsImport  *self,
                      PrdEventsIcsResult  *result,
                      GError             **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) stored = NULL;
  PrdEventsIcsResult counts = { 0, 0, 0 };

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (self != NULL, FALSE);

  /* One read of the office's UIDs, not one query per event. */
  stored = prd_event_list_uids (store, error);
  if (stored == NULL)
    return FALSE;
  for (guint i = 0; i < self->events->len; i++)
    {
      PrdEvent *e = g_ptr_array_index (self->events, i);
      gboolean dup;

      if (is_override (e))
        continue;
      dup = g_hash_table_contains (stored, prd_event_get_uid (e));
      g_array_index (self->duplicate, gboolean, i) = dup;
      g_hash_table_insert (known, (gpointer) prd_event_get_uid (e), GINT_TO_POINTER (dup ? 2 : 1));
      if (dup)
        counts.duplicates++;
      else
        counts.added++;
    }
  for (guint i = 0; i < self->events->len; i++)
    {
      PrdEvent *e = g_ptr_array_index (self->events, i);
      int state;

      if (!is_override (e))
        continue;
      state = GPOINTER_TO_INT (g_hash_table_lookup (known, prd_event_get_uid (e)));
      if (state == 0)
        {
          if (!g_hash_table_contains (stored, prd_event_get_uid (e)))
            return event_error (error, g_array_index (self->lines, guint, i),
                                _("the event “%s” changes one occurrence of a series (UID %s) "
                                  "that is neither in the file nor in the calendar"),
                                prd_event_get_title (e), prd_event_get_uid (e));
          state = 2;
        }
      g_array_index (self->duplicate, gboolean, i) = state == 2;
      if (state == 1)
        counts.overrides++;
    }
  if (result != NULL)
    *result = counts;
  return TRUE;
}

/* A news item of another office's database is not in ours: the link goes,
 * the event stays. */
static void
drop_unknown_news (PrdStore *store,
                   PrdEvent *event)
{
  g_autoptr(JsonObject) news = NULL;
  const char *id = prd_event_get_news_item_id (event);

  if (*id == '\0')
    return;
  news = prd_store_get (store, "news_item", id, NULL);
  if (news == NULL)
    prd_event_set_news_item_id (event, "");
}

gboolean
prd_events_ics_write (PrdStore            *store,
                      PrdEventsIcsImport  *self,
                      PrdEventsIcsResult  *result,
                      GError             **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;
  PrdEventsIcsResult counts;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (self != NULL, FALSE);

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL || !prd_events_ics_check (store, self, &counts, error))
    return FALSE;
  /* Series first: their overrides need their ids. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->events->len; i++)
      {
        PrdEvent *e = g_ptr_array_index (self->events, i);
        g_autoptr(GError) local = NULL;

        if (is_override (e) != (pass == 1) || g_array_index (self->duplicate, gboolean, i))
          continue;
        if (pass == 1)
          {
            PrdEvent *series = series_in_file (self, prd_event_get_uid (e));

            g_assert (series != NULL && prd_record_is_stored (PRD_RECORD (series)));
            g_object_set (e, "recurrence-of", prd_record_get_id (PRD_RECORD (series)), NULL);
          }
        drop_unknown_news (store, e);
        if (!prd_record_save (PRD_RECORD (e), store, &local))
          return event_error (error, g_array_index (self->lines, guint, i), "%s", local->message);
      }
  if (!prd_store_txn_commit (txn, error))
    return FALSE;
  if (result != NULL)
    *result = counts;
  return TRUE;
}
