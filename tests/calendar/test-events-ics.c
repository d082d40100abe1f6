/* The calendar's .ics, out and in (core/io): what the export writes, line
 * by line; an export that imports again to the same occurrences;
 * duplicates by UID; broken files refused with the line, nothing written. */
#include <string.h>
#include <libical/ical.h>

#include "io/prd-events-ics.h"
#include "model/prd-event.h"
#include "model/prd-timeline.h"
#include "prd-test-util.h"

typedef struct {
  char     *dir;
  PrdStore *a;
  PrdStore *b;
} Fixture;

static PrdStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PrdStore *store = prd_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

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

static void
save (PrdStore *store,
      PrdEvent *event)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (prd_record_save (PRD_RECORD (event), store, &error));
  g_assert_no_error (error);
}

/* The OBEC programme every Thursday (24 Dec left out, 10 Dec moved), a
 * four-day camp with a title that needs escaping and notes long enough to
 * fold, a meeting at 13:30. */
static void
fill (PrdStore *store)
{
  g_autoptr(PrdEvent) obec = prd_event_new ();
  g_autoptr(PrdEvent) moved = NULL;
  g_autoptr(PrdEvent) camp = prd_event_new ();
  g_autoptr(PrdEvent) meeting = prd_event_new ();
  g_autoptr(GDateTime) s = bkk (2024, 11, 28, 8, 0);
  g_autoptr(GDateTime) e = bkk (2024, 11, 28, 9, 0);
  g_autoptr(GDateTime) dec24 = bkk (2026, 12, 24, 8, 0);
  g_autoptr(GDateTime) dec10 = bkk (2026, 12, 10, 8, 0);
  g_autoptr(GDateTime) ms = bkk (2026, 12, 10, 10, 0);
  g_autoptr(GDateTime) me = bkk (2026, 12, 10, 11, 30);
  g_autoptr(GDateTime) m1 = bkk (2026, 12, 8, 13, 30);
  g_autoptr(GDateTime) m2 = bkk (2026, 12, 8, 16, 30);
  GDate first = day (2026, 11, 29), last = day (2026, 12, 2);

  prd_event_set_title (obec, "รายการข่าว สพฐ. ช่วงเปิดมุมมองกับ Kru influ");
  prd_event_set_kind (obec, PRD_EVENT_BROADCAST);
  prd_event_set_place (obec, "DLTV ช่อง 15, OBEC Channel");
  prd_event_set_timed (obec, s, e);
  prd_event_set_rrule (obec, "FREQ=WEEKLY;BYDAY=TH");
  prd_event_exclude (obec, dec24);
  save (store, obec);
  moved = prd_event_new_override (obec, dec10);
  prd_event_set_timed (moved, ms, me);
  prd_event_set_title (moved, "รายการข่าว สพฐ. (เลื่อนเวลา)");
  save (store, moved);

  prd_event_set_title (camp, "ค่ายสื่อสร้างสรรค์, รุ่นที่ 1; ครู TikTokers");
  prd_event_set_notes (camp, "ผู้เข้าร่วม: ครูที่ส่งคลิปผ่านกลุ่ม LINE ของ สพฐ. ทุกอำเภอ\n"
                             "นำโน้ตบุ๊กและโทรศัพท์มือถือมาด้วย \\ แต่งกายสุภาพ");
  prd_event_set_all_day (camp, &first, &last);
  save (store, camp);

  prd_event_set_title (meeting, "ประชุมคณะกรรมการเครือข่ายประชาสัมพันธ์");
  prd_event_set_kind (meeting, PRD_EVENT_MEETING);
  prd_event_set_place (meeting, "ห้องประชุม 1");
  prd_event_set_timed (meeting, m1, m2);
  save (store, meeting);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = prd_test_make_dir ();
  f->a = open_store (f->dir, "a.sqlite");
  f->b = open_store (f->dir, "b.sqlite");
  fill (f->a);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->a);
  g_assert_finalize_object (f->b);
  prd_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
unfold (const char *data)
{
  GString *s = g_string_new (NULL);

  for (const char *p = data; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ')
        {
          p += 2;
          continue;
        }
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

static void
test_export_lines (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = prd_event_list (f->a, &error);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 12, 3, 9, 30, 0);
  g_autofree char *ics = prd_events_ics_to_data (events, stamp);
  g_autofree char *flat = unfold (ics);
  g_auto(GStrv) lines = NULL;
  icalcomponent *root;
  guint folded = 0;

  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  lines = g_strsplit (ics, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));   /* no bare LF */
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));   /* no character cut in two */
      folded += lines[i][0] == ' ';
    }
  g_assert_cmpuint (folded, >=, 3);

  g_assert_nonnull (strstr (flat, "\r\nVERSION:2.0\r\n"));
  g_assert_nonnull (strstr (flat, "\r\nPRODID:-//PR Desk//prdesk "));
  g_assert_nonnull (strstr (flat, "\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok\r\n"));
  g_assert_cmpint (g_strv_length (g_strsplit (flat, "\r\nBEGIN:VEVENT\r\nUID:", -1)) - 1, ==, 4);
  g_assert_cmpint (g_strv_length (g_strsplit (flat, "\r\nDTSTAMP:20261203T093000Z\r\n", -1)) - 1, ==, 4);
  g_assert_nonnull (strstr (flat, "\r\nDTSTART;TZID=Asia/Bangkok:20241128T080000\r\n"
                                  "DTEND;TZID=Asia/Bangkok:20241128T090000\r\n"));
  g_assert_nonnull (strstr (flat, "\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\n"));
  g_assert_nonnull (strstr (flat, "\r\nEXDATE;TZID=Asia/Bangkok:20261224T080000\r\n"));
  g_assert_nonnull (strstr (flat, "\r\nRECURRENCE-ID;TZID=Asia/Bangkok:20261210T080000\r\n"));
  g_assert_nonnull (strstr (flat, "\r\nDTSTART;VALUE=DATE:20261129\r\nDTEND;VALUE=DATE:20261203\r\n"));
  g_assert_nonnull (strstr (flat, "\r\nSUMMARY:ค่ายสื่อสร้างสรรค์\\, รุ่นที่ 1\\; ครู TikTokers\r\n"));
  g_assert_nonnull (strstr (flat, "ทุกอำเภอ\\nนำโน้ตบุ๊ก"));
  g_assert_nonnull (strstr (flat, "มาด้วย \\\\ แต่งกาย"));
  g_assert_nonnull (strstr (flat, "\r\nLOCATION:DLTV ช่อง 15\\, OBEC Channel\r\n"));

  /* libical reads it without a complaint (it marks each with X-LIC-ERROR). */
  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (ics);
  g_assert_nonnull (root);
  g_assert_cmpint (icalcomponent_count_errors (root), ==, 0);
  g_assert_cmpint (icalcomponent_count_components (root, ICAL_VEVENT_COMPONENT), ==, 4);
  icalcomponent_free (root);
}

static void
assert_same_occurrences (PrdStore *a,
                         PrdStore *b)
{
  g_autoptr(GError) error = NULL;
  GDate first = day (2026, 11, 1), last = day (2027, 1, 31);
  g_autoptr(PrdTimeline) ta = prd_timeline_new (a, &first, &last, &error);
  g_autoptr(PrdTimeline) tb = prd_timeline_new (b, &first, &last, &error);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (ta));

  g_assert_no_error (error);
  /* 28 Thursdays of Nov 2026 – Jan 2027 less 24 Dec: 13 - 1, with 10 Dec moved; the camp; the meeting. */
  g_assert_cmpuint (n, ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tb)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdOccurrence) x = g_list_model_get_item (G_LIST_MODEL (ta), i);
      g_autoptr(PrdOccurrence) y = g_list_model_get_item (G_LIST_MODEL (tb), i);

      g_assert_true (g_date_time_equal (prd_occurrence_get_start (x), prd_occurrence_get_start (y)));
      g_assert_true (g_date_time_equal (prd_occurrence_get_end (x), prd_occurrence_get_end (y)));
      g_assert_cmpstr (prd_occurrence_get_title (x), ==, prd_occurrence_get_title (y));
      g_assert_cmpstr (prd_occurrence_get_kind (x), ==, prd_occurrence_get_kind (y));
      g_assert_cmpstr (prd_occurrence_get_place (x), ==, prd_occurrence_get_place (y));
      g_assert_cmpint (prd_occurrence_get_all_day (x), ==, prd_occurrence_get_all_day (y));
      g_assert_cmpstr (prd_occurrence_get_key (x), ==, prd_occurrence_get_key (y));
    }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "pr.ics", NULL);
  g_autoptr(PrdEventsIcsImport) in = NULL;
  g_autoptr(PrdEventsIcsImport) again = NULL;
  g_autoptr(PrdEvent) camp = NULL;
  PrdEventsIcsResult result;
  GDate first = day (2026, 12, 1), last = day (2026, 12, 31);
  guint n = 0;

  g_assert_true (prd_events_ics_export (f->a, &first, &last, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);

  in = prd_events_ics_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (prd_events_ics_import_get_n_events (in), ==, 4);
  g_assert_true (prd_events_ics_check (f->b, in, &result, &error));
  g_assert_cmpuint (result.added, ==, 3);
  g_assert_cmpuint (result.overrides, ==, 1);
  g_assert_cmpuint (result.duplicates, ==, 0);
  g_assert_cmpint (prd_test_count (f->b, "SELECT count(*) FROM event"), ==, 0);   /* a preview writes nothing */
  g_assert_true (prd_events_ics_write (f->b, in, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (f->b, "SELECT count(*) FROM event WHERE deleted = 0"), ==, 4);
  assert_same_occurrences (f->a, f->b);

  camp = prd_event_find_by_uid (f->b, prd_event_get_uid (prd_events_ics_import_get_event (in, 1)), &error);
  g_assert_nonnull (camp);
  g_assert_cmpstr (prd_event_get_title (camp), ==, "ค่ายสื่อสร้างสรรค์, รุ่นที่ 1; ครู TikTokers");
  g_assert_cmpstr (prd_event_get_notes (camp), ==, "ผู้เข้าร่วม: ครูที่ส่งคลิปผ่านกลุ่ม LINE ของ สพฐ. ทุกอำเภอ\n"
                                                    "นำโน้ตบุ๊กและโทรศัพท์มือถือมาด้วย \\ แต่งกายสุภาพ");
  g_assert_cmpstr (prd_event_get_start_at (camp), ==, "2026-11-29");
  g_assert_cmpstr (prd_event_get_end_at (camp), ==, "2026-12-02");

  /* Again: everything is there by UID, nothing written. */
  again = prd_events_ics_read (path, &error);
  g_assert_true (prd_events_ics_write (f->b, again, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.overrides, ==, 0);
  g_assert_cmpuint (result.duplicates, ==, 3);
  g_assert_true (prd_events_ics_import_is_duplicate (again, 0));
  g_assert_cmpint (prd_test_count (f->b, "SELECT count(*) FROM event"), ==, 4);
  assert_same_occurrences (f->a, f->b);
}

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"

/* Google's export: UTC times, no VTIMEZONE, a category. */
static void
test_google_times (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *ics = HEAD
    "BEGIN:VEVENT\r\nDTSTART:20261215T020000Z\r\nDTEND:20261215T033000Z\r\n"
    "DTSTAMP:20261201T000000Z\r\nUID:abc123@google.com\r\nCATEGORIES:meeting\r\n"
    "SUMMARY:ประชุมทีมข่าว\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(PrdEventsIcsImport) in = prd_events_ics_read_data (ics, &error);
  PrdEvent *e;
  g_autoptr(GDateTime) start = NULL;

  g_assert_no_error (error);
  e = prd_events_ics_import_get_event (in, 0);
  start = prd_event_get_start (e);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 9);
  g_assert_cmpstr (prd_event_get_end_at (e), ==, "2026-12-15T03:30:00Z");
  g_assert_cmpstr (prd_event_get_kind (e), ==, PRD_EVENT_MEETING);
  g_assert_cmpstr (prd_event_get_uid (e), ==, "abc123@google.com");
}

static void
assert_refused (PrdStore   *store,
                const char *ics,
                int         code,
                const char *line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEventsIcsImport) in = prd_events_ics_read_data (ics, &error);
  PrdEventsIcsResult result;

  if (in != NULL)
    g_assert_false (prd_events_ics_write (store, in, &result, &error));
  g_assert_error (error, PRD_EVENTS_ICS_ERROR, code);
  g_assert_nonnull (strstr (error->message, line));
  g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM event"), ==, 0);
}

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  /* A line cut in the middle (line 8). */
  assert_refused (f->b, HEAD
    "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261215T020000Z\r\nSUMMARY:ก\r\n"
    "ครึ่งบรรทัด\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", PRD_EVENTS_ICS_ERROR_FORMAT, "Line 8");
  /* No DTSTART in the second event (line 9): the first is not written either. */
  assert_refused (f->b, HEAD
    "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261215T020000Z\r\nSUMMARY:ก\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@x\r\nSUMMARY:ข\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    PRD_EVENTS_ICS_ERROR_EVENT, "Line 9");
  /* A repeat rule that cannot be read (the event at line 9). */
  assert_refused (f->b, HEAD
    "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261215T020000Z\r\nSUMMARY:ก\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART:20261216T020000Z\r\nRRULE:FREQ=SOMETIMES\r\n"
    "SUMMARY:ข\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", PRD_EVENTS_ICS_ERROR_EVENT, "Line 9");
  /* An event without END:VEVENT. */
  assert_refused (f->b, HEAD
    "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261215T020000Z\r\nSUMMARY:ก\r\nEND:VCALENDAR\r\n",
    PRD_EVENTS_ICS_ERROR_FORMAT, "Line 4");
  /* One occurrence changed of a series that is nowhere. */
  assert_refused (f->b, HEAD
    "BEGIN:VEVENT\r\nUID:lost@x\r\nRECURRENCE-ID:20261215T020000Z\r\nDTSTART:20261215T030000Z\r\n"
    "SUMMARY:ก\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", PRD_EVENTS_ICS_ERROR_EVENT, "Line 4");
  /* Not a calendar at all. */
  assert_refused (f->b, "hello\n", PRD_EVENTS_ICS_ERROR_FORMAT, "BEGIN:VCALENDAR");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/events-ics/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("export-lines", test_export_lines);
  ADD ("round-trip", test_round_trip);
  ADD ("google-times", test_google_times);
  ADD ("malformed", test_malformed);
#undef ADD
  return g_test_run ();
}
