/* prd-event.c — PrdEvent: the event table as typed records; its
 * occurrences expanded from the RRULE with libical. */
#define G_LOG_DOMAIN "prd-model"

#include <string.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "prd-event.h"
#include "prd-model-error.h"
#include "prd-record-private.h"

/* A runaway rule (FREQ=SECONDLY, no end) stops here rather than hang. */
#define MAX_STEPS 200000

struct _PrdEvent
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdEvent, prd_event, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_UID,
  PROP_TITLE,
  PROP_KIND,
  PROP_ALL_DAY,
  PROP_START_AT,
  PROP_END_AT,
  PROP_PLACE,
  PROP_NOTES,
  PROP_NEWS_ITEM_ID,
  PROP_RRULE,
  PROP_EXDATES,
  PROP_RECURRENCE_OF,
  PROP_RECURRENCE_START,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* Times */

GTimeZone *
prd_event_timezone (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *tz = g_time_zone_new_identifier ("Asia/Bangkok");

      /* Without tzdata: the same zone, which has kept UTC+7 since 1920. */
      if (tz == NULL)
        tz = g_time_zone_new_offset (7 * 3600);
      g_once_init_leave (&zone, tz);
    }
  return zone;
}

char *
prd_event_format_instant (GDateTime *t)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (t != NULL, NULL);
  utc = g_date_time_to_utc (t);
  /* Not g_date_time_format: the timeline makes one per occurrence. */
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", g_date_time_get_year (utc),
                          g_date_time_get_month (utc), g_date_time_get_day_of_month (utc),
                          g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                          g_date_time_get_second (utc));
}

/* N digits at TEXT as a number, or -1: no sscanf, the timeline reads
 * thousands of these per month. */
static int
digits (const char *text,
        int         n)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

GDateTime *
prd_event_parse_instant (const char *text)
{
  int y, mo, d, h, mi, s;
  g_autoptr(GDateTime) utc = NULL;

  if (text == NULL || strlen (text) != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
      text[13] != ':' || text[16] != ':' || text[19] != 'Z')
    return NULL;
  y = digits (text, 4);
  mo = digits (text + 5, 2);
  d = digits (text + 8, 2);
  h = digits (text + 11, 2);
  mi = digits (text + 14, 2);
  s = digits (text + 17, 2);
  if (y < 1 || mo < 1 || d < 1 || h < 0 || mi < 0 || s < 0 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y) || h > 23 || mi > 59 || s > 59)
    return NULL;
  utc = g_date_time_new_utc (y, mo, d, h, mi, s);
  return utc ? g_date_time_to_timezone (utc, prd_event_timezone ()) : NULL;
}

GDateTime *
prd_event_midnight (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_date_time_new (prd_event_timezone (), g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date), 0, 0, 0);
}

char *
prd_event_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

gboolean
prd_event_parse_date (const char *text,
                      GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  y = digits (text, 4);
  m = digits (text + 5, 2);
  d = digits (text + 8, 2);
  if (y < 1 || m < 1 || d < 1 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

static void
gdate_of (GDateTime *t,
          GDate     *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (t, prd_event_timezone ());

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
}

/* Kinds */

/* THAI: what an officer types whatever the program's language. */
static const struct {
  const char *kind;
  const char *label;
  const char *thai;
} kinds[] = {
  { PRD_EVENT_ACTIVITY, N_("activity"), "กิจกรรม" },
  { PRD_EVENT_MEETING, N_("meeting"), "ประชุม" },
  { PRD_EVENT_BROADCAST, N_("broadcast"), "ออกอากาศ" },
  { PRD_EVENT_CLOSURE, N_("closure"), "ปิดทำการ" },
  { PRD_EVENT_OTHER, N_("other"), "อื่น ๆ" },
};

gboolean
prd_event_kind_is_valid (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i].kind) == 0)
      return TRUE;
  return FALSE;
}

const char *
prd_event_kind_from_text (const char *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strcasecmp (clean, kinds[i].kind) == 0 || g_str_equal (clean, kinds[i].thai) ||
        g_str_equal (clean, _(kinds[i].label)))
      return kinds[i].kind;
  return NULL;
}

const char *
prd_event_kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i].kind) == 0)
      return _(kinds[i].label);
  return kind ? kind : "";
}

/* Validation */

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
rrule_is_valid (const char *rrule)
{
  struct icalrecurrencetype recur;

  icalerror_set_errors_are_fatal (0);
  recur = icalrecurrencetype_from_string (rrule);
  icalerror_clear_errno ();
  return recur.freq != ICAL_NO_RECURRENCE;
}

static gboolean
key_is_valid (const char *key,
              gboolean    all_day)
{
  GDate date;

  if (all_day)
    return prd_event_parse_date (key, &date);
  g_autoptr(GDateTime) t = prd_event_parse_instant (key);
  return t != NULL;
}

static gboolean
prd_event_validate (PrdRecord  *record,
                    GError    **error)
{
  PrdEvent *self = PRD_EVENT (record);
  g_autofree char *title = g_strstrip (g_strdup (prd_event_get_title (self)));
  const char *kind = prd_event_get_kind (self);
  const char *rrule = prd_event_get_rrule (self);
  gboolean all_day = prd_event_get_all_day (self);
  g_auto(GStrv) exdates = NULL;

  if (*title == '\0')
    return invalid (error, _("Write the event's title."));
  if (!prd_event_kind_is_valid (kind))
    return invalid (error, _("The event “%s” has no known kind (“%s”): choose activity, meeting, "
                             "broadcast, closure or other."), title, kind);
  if (all_day ? !key_is_valid (prd_event_get_start_at (self), TRUE) ||
                !key_is_valid (prd_event_get_end_at (self), TRUE)
              : !key_is_valid (prd_event_get_start_at (self), FALSE) ||
                !key_is_valid (prd_event_get_end_at (self), FALSE))
    return invalid (error, _("The event “%s” has no valid start and end."), title);
  /* Both stored forms (UTC instants, dates) sort as text. */
  if (strcmp (prd_event_get_end_at (self), prd_event_get_start_at (self)) < 0)
    return invalid (error, _("The event “%s” ends before it starts."), title);
  if (*rrule != '\0' && !rrule_is_valid (rrule))
    return invalid (error, _("The repeat rule “%s” of the event “%s” cannot be read (write an "
                             "iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TH)."), rrule, title);
  if (*rrule != '\0' && *prd_event_get_recurrence_of (self) != '\0')
    return invalid (error, _("The event “%s” replaces one occurrence of a series and cannot "
                             "repeat itself."), title);
  exdates = g_strsplit (prd_event_get_exdates (self), ",", -1);
  for (guint i = 0; exdates[i] != NULL; i++)
    if (*exdates[i] != '\0' && !key_is_valid (exdates[i], all_day))
      return invalid (error, _("The left-out occurrence “%s” of the event “%s” is not a valid "
                               "time."), exdates[i], title);
  return TRUE;
}

/* The type */

#define STRING_PROP(name, def, extra) \
  g_param_spec_string (name, NULL, NULL, def, \
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | (extra))

static void
prd_event_class_init (PrdEventClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "event";
  record_class->validate = prd_event_validate;

  props[PROP_UID] = STRING_PROP ("uid", "", 0);
  props[PROP_TITLE] = STRING_PROP ("title", "", 0);
  props[PROP_KIND] = STRING_PROP ("kind", PRD_EVENT_ACTIVITY, 0);
  props[PROP_ALL_DAY] =
    g_param_spec_boolean ("all-day", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_START_AT] = STRING_PROP ("start-at", "", 0);
  props[PROP_END_AT] = STRING_PROP ("end-at", "", 0);
  props[PROP_PLACE] = STRING_PROP ("place", "", 0);
  props[PROP_NOTES] = STRING_PROP ("notes", "", 0);
  props[PROP_NEWS_ITEM_ID] = STRING_PROP ("news-item-id", "", PRD_RECORD_NULLABLE);
  props[PROP_RRULE] = STRING_PROP ("rrule", "", 0);
  props[PROP_EXDATES] = STRING_PROP ("exdates", "", 0);
  props[PROP_RECURRENCE_OF] = STRING_PROP ("recurrence-of", "", PRD_RECORD_NULLABLE);
  props[PROP_RECURRENCE_START] = STRING_PROP ("recurrence-start", "", PRD_RECORD_NULLABLE);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_event_init (PrdEvent *self)
{
}

PrdEvent *
prd_event_new (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *uid = g_strconcat (uuid, "@prdesk", NULL);

  return g_object_new (PRD_TYPE_EVENT, "uid", uid, NULL);
}

#define TEXT_ACCESSORS(field, PROP) \
  const char *prd_event_get_##field (PrdEvent *self) \
  { return prd_record_get_text (PRD_RECORD (self), props[PROP]); }
#define TEXT_SETTER(field, PROP) \
  void prd_event_set_##field (PrdEvent *self, const char *value) \
  { prd_record_set_text (PRD_RECORD (self), props[PROP], value); }

TEXT_ACCESSORS (uid, PROP_UID)
TEXT_SETTER (uid, PROP_UID)
TEXT_ACCESSORS (title, PROP_TITLE)
TEXT_SETTER (title, PROP_TITLE)
TEXT_ACCESSORS (kind, PROP_KIND)
TEXT_SETTER (kind, PROP_KIND)
TEXT_ACCESSORS (start_at, PROP_START_AT)
TEXT_ACCESSORS (end_at, PROP_END_AT)
TEXT_ACCESSORS (place, PROP_PLACE)
TEXT_SETTER (place, PROP_PLACE)
TEXT_ACCESSORS (notes, PROP_NOTES)
TEXT_SETTER (notes, PROP_NOTES)
TEXT_ACCESSORS (news_item_id, PROP_NEWS_ITEM_ID)
TEXT_SETTER (news_item_id, PROP_NEWS_ITEM_ID)
TEXT_ACCESSORS (rrule, PROP_RRULE)
TEXT_SETTER (rrule, PROP_RRULE)
TEXT_ACCESSORS (exdates, PROP_EXDATES)
TEXT_SETTER (exdates, PROP_EXDATES)
TEXT_ACCESSORS (recurrence_of, PROP_RECURRENCE_OF)
TEXT_ACCESSORS (recurrence_start, PROP_RECURRENCE_START)

gboolean
prd_event_get_all_day (PrdEvent *self)
{
  return prd_record_get_boolean (PRD_RECORD (self), props[PROP_ALL_DAY]);
}

void
prd_event_set_timed (PrdEvent  *self,
                     GDateTime *start,
                     GDateTime *end)
{
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  g_return_if_fail (PRD_IS_EVENT (self));
  g_return_if_fail (start != NULL && end != NULL);

  s = prd_event_format_instant (start);
  e = prd_event_format_instant (end);
  g_object_freeze_notify (G_OBJECT (self));
  prd_record_set_boolean (PRD_RECORD (self), props[PROP_ALL_DAY], FALSE);
  prd_record_set_text (PRD_RECORD (self), props[PROP_START_AT], s);
  prd_record_set_text (PRD_RECORD (self), props[PROP_END_AT], e);
  g_object_thaw_notify (G_OBJECT (self));
}

void
prd_event_set_all_day (PrdEvent    *self,
                       const GDate *first,
                       const GDate *last)
{
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  g_return_if_fail (PRD_IS_EVENT (self));
  g_return_if_fail (first != NULL && g_date_valid (first) && last != NULL && g_date_valid (last));

  s = prd_event_format_date (first);
  e = prd_event_format_date (last);
  g_object_freeze_notify (G_OBJECT (self));
  prd_record_set_boolean (PRD_RECORD (self), props[PROP_ALL_DAY], TRUE);
  prd_record_set_text (PRD_RECORD (self), props[PROP_START_AT], s);
  prd_record_set_text (PRD_RECORD (self), props[PROP_END_AT], e);
  g_object_thaw_notify (G_OBJECT (self));
}

static GDateTime *
parse_stored (const char *text,
              gboolean    all_day,
              gboolean    day_after)
{
  GDate date;

  if (!all_day)
    return prd_event_parse_instant (text);
  if (!prd_event_parse_date (text, &date))
    return NULL;
  if (day_after)
    g_date_add_days (&date, 1);
  return prd_event_midnight (&date);
}

GDateTime *
prd_event_get_start (PrdEvent *self)
{
  g_return_val_if_fail (PRD_IS_EVENT (self), NULL);
  return parse_stored (prd_event_get_start_at (self), prd_event_get_all_day (self), FALSE);
}

GDateTime *
prd_event_get_end (PrdEvent *self)
{
  g_return_val_if_fail (PRD_IS_EVENT (self), NULL);
  return parse_stored (prd_event_get_end_at (self), prd_event_get_all_day (self), TRUE);
}

char *
prd_event_occurrence_key (PrdEvent  *self,
                          GDateTime *start)
{
  GDate date;

  g_return_val_if_fail (PRD_IS_EVENT (self), NULL);
  g_return_val_if_fail (start != NULL, NULL);

  if (!prd_event_get_all_day (self))
    return prd_event_format_instant (start);
  gdate_of (start, &date);
  return prd_event_format_date (&date);
}

/* Expansion. libical repeats a local time: Bangkok keeps no daylight
 * saving, so its wall clock, without a zone, repeats exactly. */

static struct icaltimetype
to_icaltime (GDateTime *t,
             gboolean   all_day)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (t, prd_event_timezone ());
  struct icaltimetype it = icaltime_null_time ();

  it.year = g_date_time_get_year (local);
  it.month = g_date_time_get_month (local);
  it.day = g_date_time_get_day_of_month (local);
  it.is_date = all_day ? 1 : 0;
  if (!all_day)
    {
      it.hour = g_date_time_get_hour (local);
      it.minute = g_date_time_get_minute (local);
      it.second = g_date_time_get_second (local);
    }
  return it;
}

static GDateTime *
from_icaltime (struct icaltimetype it)
{
  if (it.is_date)
    return g_date_time_new (prd_event_timezone (), it.year, it.month, it.day, 0, 0, 0);
  return g_date_time_new (prd_event_timezone (), it.year, it.month, it.day,
                          it.hour, it.minute, it.second);
}

/* UNTIL in the office's wall clock, as the floating start it is compared
 * with: a UTC UNTIL (what RFC 5545 asks for with a zoned start) moves to
 * Bangkok, a date UNTIL of a timed event means the end of that day. */
static struct icaltimetype
local_until (struct icaltimetype until,
             gboolean            all_day)
{
  if (icaltime_is_null_time (until))
    return until;
  if (until.is_date && !all_day)
    {
      until.is_date = 0;
      until.hour = 23;
      until.minute = 59;
      until.second = 59;
      return until;
    }
  if (!until.is_date && icaltime_is_utc (until))
    {
      g_autoptr(GDateTime) utc = g_date_time_new_utc (until.year, until.month, until.day,
                                                      until.hour, until.minute, until.second);

      if (utc != NULL)
        return to_icaltime (utc, all_day);
    }
  return until;
}

static gboolean
overlaps (GDateTime *start,
          GTimeSpan  duration,
          GDateTime *from,
          GDateTime *to)
{
  g_autoptr(GDateTime) end = g_date_time_add (start, duration);

  if (g_date_time_compare (start, to) >= 0)
    return FALSE;
  /* An event of no length is in the range where it starts. */
  return duration == 0 ? g_date_time_compare (start, from) >= 0
                       : g_date_time_compare (end, from) > 0;
}

GPtrArray *
prd_event_expand (PrdEvent  *self,
                  GDateTime *from,
                  GDateTime *to,
                  guint      limit)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GHashTable) excluded = NULL;
  g_auto(GStrv) exdates = NULL;
  struct icalrecurrencetype recur;
  icalrecur_iterator *it;
  gboolean all_day;
  GTimeSpan duration;
  const char *rrule;

  g_return_val_if_fail (PRD_IS_EVENT (self), out);
  g_return_val_if_fail (from != NULL && to != NULL, out);

  start = prd_event_get_start (self);
  end = prd_event_get_end (self);
  if (start == NULL || end == NULL)
    return out;
  duration = MAX (0, g_date_time_difference (end, start));
  all_day = prd_event_get_all_day (self);
  rrule = prd_event_get_rrule (self);

  if (*rrule == '\0')
    {
      if (overlaps (start, duration, from, to))
        g_ptr_array_add (out, g_date_time_ref (start));
      return out;
    }

  icalerror_set_errors_are_fatal (0);
  recur = icalrecurrencetype_from_string (rrule);
  icalerror_clear_errno ();
  if (recur.freq == ICAL_NO_RECURRENCE)
    return out;
  recur.until = local_until (recur.until, all_day);
  it = icalrecur_iterator_new (recur, to_icaltime (start, all_day));
  if (it == NULL)
    return out;

  /* Jump to the range instead of walking years of Thursdays; libical
   * cannot when the rule counts its occurrences. */
  if (recur.count == 0)
    {
      g_autoptr(GDateTime) skip = g_date_time_add (from, -duration - G_TIME_SPAN_DAY);

      if (g_date_time_compare (skip, start) > 0)
        icalrecur_iterator_set_start (it, to_icaltime (skip, all_day));
    }

  excluded = g_hash_table_new (g_str_hash, g_str_equal);
  exdates = g_strsplit (prd_event_get_exdates (self), ",", -1);
  for (guint i = 0; exdates[i] != NULL; i++)
    if (*g_strstrip (exdates[i]) != '\0')
      g_hash_table_add (excluded, exdates[i]);

  for (guint step = 0; step < MAX_STEPS; step++)
    {
      struct icaltimetype next = icalrecur_iterator_next (it);
      g_autoptr(GDateTime) occurrence = NULL;
      g_autofree char *key = NULL;

      if (icaltime_is_null_time (next))
        break;
      occurrence = from_icaltime (next);
      if (occurrence == NULL)
        continue;
      if (g_date_time_compare (occurrence, to) >= 0)
        break;
      if (!overlaps (occurrence, duration, from, to))
        continue;
      if (g_hash_table_size (excluded) > 0)
        {
          key = prd_event_occurrence_key (self, occurrence);
          if (g_hash_table_contains (excluded, key))
            continue;
        }
      g_ptr_array_add (out, g_steal_pointer (&occurrence));
      if (limit > 0 && out->len >= limit)
        break;
    }
  icalrecur_iterator_free (it);
  return out;
}

gboolean
prd_event_exclude (PrdEvent  *self,
                   GDateTime *start)
{
  g_autofree char *key = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) current = NULL;
  const char *exdates;

  g_return_val_if_fail (PRD_IS_EVENT (self), FALSE);
  g_return_val_if_fail (start != NULL, FALSE);

  if (*prd_event_get_rrule (self) == '\0')
    return FALSE;
  key = prd_event_occurrence_key (self, start);
  exdates = prd_event_get_exdates (self);
  current = g_strsplit (exdates, ",", -1);
  if (g_strv_contains ((const char * const *) current, key))
    return TRUE;
  joined = *exdates == '\0' ? g_strdup (key) : g_strconcat (exdates, ",", key, NULL);
  prd_event_set_exdates (self, joined);
  return TRUE;
}

PrdEvent *
prd_event_new_override (PrdEvent  *self,
                        GDateTime *start)
{
  g_autoptr(GDateTime) series_start = NULL;
  g_autoptr(GDateTime) series_end = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *key = NULL;
  PrdEvent *one;

  g_return_val_if_fail (PRD_IS_EVENT (self), NULL);
  g_return_val_if_fail (prd_record_is_stored (PRD_RECORD (self)), NULL);
  g_return_val_if_fail (start != NULL, NULL);

  series_start = prd_event_get_start (self);
  series_end = prd_event_get_end (self);
  g_return_val_if_fail (series_start != NULL && series_end != NULL, NULL);

  one = prd_record_duplicate (PRD_RECORD (self));
  key = prd_event_occurrence_key (self, start);
  end = g_date_time_add (start, g_date_time_difference (series_end, series_start));
  prd_event_set_rrule (one, "");
  prd_event_set_exdates (one, "");
  if (prd_event_get_all_day (self))
    {
      GDate first, last;

      gdate_of (start, &first);
      gdate_of (end, &last);
      g_date_subtract_days (&last, 1);
      prd_event_set_all_day (one, &first, &last);
    }
  else
    prd_event_set_timed (one, start, end);
  prd_record_set_text (PRD_RECORD (one), props[PROP_RECURRENCE_OF], prd_record_get_id (PRD_RECORD (self)));
  prd_record_set_text (PRD_RECORD (one), props[PROP_RECURRENCE_START], key);
  return one;
}

/* Lists */

GListModel *
prd_event_list (PrdStore  *store,
                GError   **error)
{
  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  return prd_record_list (store, PRD_TYPE_EVENT,
                          "WHERE deleted = 0 ORDER BY start_at, title COLLATE THAI, id", NULL, error);
}

PrdEvent *
prd_event_find_by_uid (PrdStore    *store,
                       const char  *uid,
                       GError     **error)
{
  g_autoptr(GListModel) found = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  found = prd_record_list (store, PRD_TYPE_EVENT,
                           "WHERE deleted = 0 AND uid = ?1 AND recurrence_of IS NULL "
                           "ORDER BY created_at, id LIMIT 1", uid, error);
  if (found == NULL || g_list_model_get_n_items (found) == 0)
    return NULL;
  return g_list_model_get_item (found, 0);
}

GHashTable *
prd_event_list_uids (PrdStore  *store,
                     GError   **error)
{
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store, "SELECT uid FROM event WHERE deleted = 0 AND recurrence_of IS NULL", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (uids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The calendar could not be read: %s"), sqlite3_errstr (rc));
      return NULL;
    }
  return g_steal_pointer (&uids);
}

gboolean
prd_event_remove (PrdStore    *store,
                  const char  *id,
                  GError     **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(GListModel) overrides = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  overrides = prd_record_list (store, PRD_TYPE_EVENT,
                               "WHERE deleted = 0 AND recurrence_of = ?1", id, error);
  if (overrides == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (overrides); i++)
    {
      g_autoptr(PrdRecord) one = g_list_model_get_item (overrides, i);

      if (!prd_store_tombstone (store, "event", prd_record_get_id (one), error))
        return FALSE;
    }
  if (!prd_store_tombstone (store, "event", id, error))
    return FALSE;
  return prd_store_txn_commit (txn, error);
}
