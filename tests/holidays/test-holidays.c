/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The office's holidays in the database (core/model's PrdHoliday, the
 * working time read back from them) and their .ics import (core/io). */
#include <locale.h>
#include <string.h>

#include "prd-test-util.h"
#include "io/prd-holiday-event.h"
#include "io/prd-holidays-ics.h"
#include "model/prd-holiday.h"
#include "model/prd-worktime.h"
#include "store/prd-store.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-fiscal.h"

static GDateTime *
at (const char *local)
{
  g_autofree char *iso = g_strconcat (local, ":00+07:00", NULL);
  GDateTime *t = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (t);
  return t;
}

/* LOCAL + DAYS working days, as YYYY-MM-DD. */
static char *
add_days (PrdThaiWorktime *w,
          const char      *local,
          int              days)
{
  g_autoptr(GDateTime) t = at (local);
  g_autoptr(GDateTime) end = prd_thai_worktime_add_days (w, t, days);

  return g_date_time_format (end, "%Y-%m-%d");
}

static PrdHoliday *
holiday_at (GListModel *list,
            guint       i)
{
  g_autoptr(PrdHoliday) h = g_list_model_get_item (list, i);

  g_assert_nonnull (h);
  return h;   /* the list keeps it alive */
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
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PrdThaiWorktime) w = NULL;
  PrdHolidaysIcsResult result;

  g_assert_true (prd_holidays_ics_import (f->store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 27);    /* 23 events, Songkran three days twice */
  g_assert_cmpuint (result.unchanged, ==, 0);

  /* Again: nothing new, nothing lost. */
  g_assert_true (prd_holidays_ics_import (f->store, path, NULL, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 27);

  list = prd_holiday_list (f->store, 2568, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 21);
  {
    PrdHoliday *h = holiday_at (list, 13);
    g_autofree char *d = NULL;
    GDate date;

    g_assert_true (prd_holiday_get_gdate (h, &date));
    d = prd_thai_date_format (&date, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
    g_assert_cmpstr (d, ==, "วันศุกร์ที่ 11 กรกฎาคม 2568");
    g_assert_cmpstr (prd_holiday_get_name (h), ==, "วันเข้าพรรษา");
    g_assert_cmpstr (prd_holiday_get_kind (h), ==, PRD_HOLIDAY_PUBLIC);
    g_assert_true (g_str_has_prefix (prd_holiday_get_source (h), "ics:"));
  }
  g_clear_object (&list);
  list = prd_holiday_list (f->store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 27);

  /* The working time of the database knows them. */
  w = prd_worktime_load (f->store, &error);
  g_assert_no_error (error);
  {
    g_autofree char *fri = add_days (w, "2025-12-04T10:00", 1);     /* 5 Dec is a holiday */
    g_autofree char *thu = add_days (w, "2025-07-09T10:00", 1);     /* 10 and 11 Jul too */

    g_assert_cmpstr (fri, ==, "2025-12-08");
    g_assert_cmpstr (thu, ==, "2025-07-14");
  }
}

static void
test_add_remove (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PrdThaiWorktime) w = NULL;
  GDate d;
  g_autoptr(GDateTime) t = at ("2026-01-01T10:00");
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *s = NULL;

  g_assert_true (prd_thai_date_parse ("2 ม.ค. 69", &d, NULL));
  g_assert_true (prd_holiday_add (f->store, &d, "  ปิดสำนักงานพิเศษ ", PRD_HOLIDAY_CLOSURE, &error));
  g_assert_no_error (error);
  g_assert_true (prd_holiday_add (f->store, &d, "ปิดสำนักงานพิเศษ", PRD_HOLIDAY_CLOSURE, &error));
  g_assert_false (prd_holiday_add (f->store, &d, "   ", PRD_HOLIDAY_CLOSURE, &error));
  g_assert_error (error, PRD_HOLIDAY_ERROR, PRD_HOLIDAY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prd_holiday_add (f->store, &d, "x", "party", &error));
  g_assert_error (error, PRD_HOLIDAY_ERROR, PRD_HOLIDAY_ERROR_INVALID);
  g_clear_error (&error);

  list = prd_holiday_list (f->store, 2569, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpstr (prd_holiday_get_name (holiday_at (list, 0)), ==, "ปิดสำนักงานพิเศษ");
  g_assert_cmpstr (prd_holiday_get_kind (holiday_at (list, 0)), ==, PRD_HOLIDAY_CLOSURE);

  w = prd_worktime_load (f->store, &error);
  next = prd_thai_worktime_add_days (w, t, 0);
  s = g_date_time_format (next, "%Y-%m-%d");
  g_assert_cmpstr (s, ==, "2026-01-01");   /* 1 Jan is not in this database */
  g_clear_pointer (&next, g_date_time_unref);
  g_clear_pointer (&s, g_free);
  next = prd_thai_worktime_add_days (w, t, 1);
  s = g_date_time_format (next, "%Y-%m-%d");
  g_assert_cmpstr (s, ==, "2026-01-05");   /* 2 Jan closed, then the weekend */

  g_assert_true (prd_holiday_remove (f->store, prd_record_get_id (PRD_RECORD (holiday_at (list, 0))), &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  list = prd_holiday_list (f->store, 2569, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  /* Removed is a tombstone, not gone: sync can tell the other PCs. */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE deleted = 1"), ==, 1);
}

static void
test_settings (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdThaiWorktime) w = prd_worktime_load (f->store, &error);
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
  g_assert_true (prd_worktime_save (f->store, w, &error));
  g_assert_no_error (error);
  back = prd_worktime_load (f->store, &error);
  prd_thai_worktime_get_hours (back, &ds, &de, NULL, NULL);
  g_assert_cmpint (ds, ==, 480);
  g_assert_cmpint (de, ==, 960);

  rounds = prd_report_rounds_load (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 2);
  g_assert_true (prd_report_rounds_save (f->store, halves, &error));
  g_clear_pointer (&rounds, g_array_unref);
  rounds = prd_report_rounds_load (f->store, &error);
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
      PrdHolidaysIcsResult result;

      g_test_message ("bad ics %u", i);
      g_assert_false (prd_holidays_ics_import_data (f->store, bad_ics[i].ics, NULL, &result, &error));
      g_assert_error (error, PRD_HOLIDAYS_ICS_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, bad_ics[i].message_part));
      g_assert_cmpuint (result.added, ==, 0);
      /* All or nothing: the good first event was not kept either. */
      g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday"), ==, 0);
    }
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (prd_holidays_ics_import (f->store, "/no/such/file.ics", NULL, NULL, &error));
    g_assert_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FILE);
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
  PrdHolidaysIcsResult result;

  g_assert_true (prd_holidays_ics_import_data (f->store, ics, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 5);   /* 2025–2028 and the timed one */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE date = '2028-01-01'"), ==, 1);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE name = 'ยกเลิกแล้ว'"), ==, 0);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM holiday WHERE date = '2025-03-03'"), ==, 1);
}

/* Google's Thai calendar: public holidays and observances, with Thai and
 * English descriptions (tests/holidays/google-th-2569.ics). */
static char *
google_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "google-th-2569.ics", NULL);
}

static void
test_google_read (void)
{
  g_autofree char *path = google_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = prd_holidays_ics_read (path, &error);
  guint holidays = 0, observances = 0, included = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 14);
  for (guint i = 0; i < 14; i++)
    {
      g_autoptr(PrdHolidayEvent) e = g_list_model_get_item (events, i);

      if (prd_holiday_event_get_observance (e))
        observances++;
      else
        holidays++;
      included += prd_holiday_event_get_included (e);
      /* Only the observances start unchecked. */
      g_assert_cmpint (prd_holiday_event_get_included (e), ==, !prd_holiday_event_get_observance (e));
    }
  g_assert_cmpuint (holidays, ==, 9);      /* 5 Thai, 3 English, 1 without a description */
  g_assert_cmpuint (observances, ==, 5);   /* 3 Thai (วันสำคัญ), 2 English (Observance) */
  g_assert_cmpuint (included, ==, 9);
  {
    g_autoptr(PrdHolidayEvent) teachers = g_list_model_get_item (events, 2);
    g_autoptr(PrdHolidayEvent) songkran = g_list_model_get_item (events, 7);
    g_autoptr(PrdHolidayEvent) loy = g_list_model_get_item (events, 11);
    g_autofree char *when = prd_holiday_event_format_dates (teachers);

    g_assert_cmpstr (prd_holiday_event_get_name (teachers), ==, "วันครู");
    g_assert_true (prd_holiday_event_get_observance (teachers));
    g_assert_cmpstr (when, ==, "วันศุกร์ที่ 16 มกราคม 2569");
    g_assert_cmpuint (prd_holiday_event_get_line (teachers), ==, 43);
    g_assert_cmpstr (prd_holiday_event_get_name (songkran), ==, "วันสงกรานต์");
    g_assert_cmpuint (prd_holiday_event_get_dates (songkran)->len, ==, 3);
    g_assert_false (prd_holiday_event_get_observance (songkran));
    g_assert_cmpstr (prd_holiday_event_get_uid (loy), ==, "20261124_en_o5@google.com");
    g_assert_true (prd_holiday_event_get_observance (loy));
  }
}

static void
test_google_import (Fixture *f, gconstpointer data)
{
  g_autofree char *path = google_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdThaiWorktime) w = NULL;
  PrdHolidaysIcsResult result;
  const char *const teachers[] = { "วันครู", NULL };
  const char *const nobody[] = { "วันไม่มีจริง", NULL };

  g_assert_true (prd_holidays_ics_import (f->store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.holidays, ==, 9);
  g_assert_cmpuint (result.observances, ==, 0);
  g_assert_cmpuint (result.skipped_observances, ==, 5);
  g_assert_cmpuint (result.skipped_holidays, ==, 0);
  g_assert_cmpuint (result.added, ==, 11);   /* Songkran is three days */
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM holiday WHERE deleted = 0"), ==, 11);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM holiday WHERE date IN "
                                   "('2026-01-10', '2026-01-16', '2026-02-14', '2026-02-17', '2026-11-24')"), ==, 0);

  /* วันครู, a Friday observance, is a working day: Thursday + 1 is Friday. */
  w = prd_worktime_load (f->store, &error);
  g_assert_no_error (error);
  {
    g_autofree char *next = add_days (w, "2026-01-15T10:00", 1);
    g_assert_cmpstr (next, ==, "2026-01-16");
  }
  g_clear_pointer (&w, prd_thai_worktime_free);

  /* Asking for an observance the calendar lacks writes nothing. */
  g_assert_false (prd_holidays_ics_import (f->store, path, nobody, &result, &error));
  g_assert_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "วันไม่มีจริง"));
  g_clear_error (&error);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM holiday"), ==, 11);

  /* Taken in, it is the office's own day off, and the deadline moves. */
  g_assert_true (prd_holidays_ics_import (f->store, path, teachers, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.observances, ==, 1);
  g_assert_cmpuint (result.skipped_observances, ==, 4);
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_cmpuint (result.unchanged, ==, 11);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM holiday WHERE date = '2026-01-16' "
                                   "AND name = 'วันครู' AND kind = 'closure' AND deleted = 0"), ==, 1);
  w = prd_worktime_load (f->store, &error);
  {
    g_autofree char *next = add_days (w, "2026-01-15T10:00", 1);
    g_assert_cmpstr (next, ==, "2026-01-19");
  }
}

static void
test_google_broken (Fixture *f, gconstpointer data)
{
  g_autofree char *path = google_path ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  PrdHolidaysIcsResult result;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[13], "DTEND;VALUE=DATE:"));

  /* Line 14 loses its colon, as a hand edit would. */
  lines[13][strlen ("DTEND;VALUE=DATE")] = ' ';
  g_clear_pointer (&text, g_free);
  text = g_strjoinv ("\n", lines);
  g_assert_false (prd_holidays_ics_import_data (f->store, text, NULL, &result, &error));
  g_assert_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "Line 14: “DTEND;VALUE=DATE 20260102” "));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM holiday"), ==, 0);
  g_clear_error (&error);

  /* With the byte-order mark Notepad writes, the same file reads. */
  lines[13][strlen ("DTEND;VALUE=DATE")] = ':';
  {
    g_autofree char *whole = g_strjoinv ("\n", lines);
    g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", whole, NULL);
    g_autoptr(GListModel) events = prd_holidays_ics_read_data (bom, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (events), ==, 14);
  }

  /* Cut short inside an event: the line where that event starts. */
  lines[13][strlen ("DTEND;VALUE=DATE")] = ':';
  g_clear_pointer (&text, g_free);
  text = g_strjoinv ("\n", lines);
  *strstr (text, "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261231") = '\0';
  {
    g_autofree char *cut = g_strconcat (text, "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261231\r\n"
                                        "SUMMARY:วันสิ้นปี\r\n", NULL);
    g_assert_false (prd_holidays_ics_import_data (f->store, cut, NULL, &result, &error));
  }
  g_assert_error (error, PRD_HOLIDAYS_ICS_ERROR, PRD_HOLIDAYS_ICS_ERROR_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "Line 205: the event that starts here has no END:VEVENT"));
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM holiday"), ==, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "Asia/Bangkok", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/holidays/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/holidays/add-remove", Fixture, NULL, fixture_set_up, test_add_remove, fixture_tear_down);
  g_test_add ("/holidays/settings", Fixture, NULL, fixture_set_up, test_settings, fixture_tear_down);
  g_test_add ("/holidays/import-bad", Fixture, NULL, fixture_set_up, test_import_bad, fixture_tear_down);
  g_test_add ("/holidays/import-repeat", Fixture, NULL, fixture_set_up, test_import_repeat, fixture_tear_down);
  g_test_add_func ("/holidays/google/read", test_google_read);
  g_test_add ("/holidays/google/import", Fixture, NULL, fixture_set_up, test_google_import, fixture_tear_down);
  g_test_add ("/holidays/google/broken", Fixture, NULL, fixture_set_up, test_google_broken, fixture_tear_down);
  return g_test_run ();
}
