/* prd-cli-calendar.c — `prdesk-cli calendar …`: the PR calendar.
 *
 *   calendar list [--from DATE] [--to DATE]    one occurrence a line (from
 *                                              today, 31 days, by default)
 *   calendar add DATE TITLE [--to DATE] [--time HH:MM-HH:MM] [--kind K]
 *                [--place P] [--notes N] [--repeat RRULE]
 *   calendar export -o FILE.ics [--from DATE --to DATE]
 *   calendar import FILE.ics [--dry-run]       preview, then all or nothing
 *   calendar remove ID                         an event (a series with its
 *                                              changed occurrences)
 */
#include <stdio.h>
#include <glib/gi18n.h>

#include "prd-cli.h"
#include "io/prd-events-ics.h"
#include "model/prd-event.h"
#include "model/prd-timeline.h"
#include "thai/prd-thai.h"

/* The days a list shows when --to is not given. */
#define DEFAULT_DAYS 31

typedef struct {
  char     *from;
  char     *to;
  char     *time;
  char     *kind;
  char     *place;
  char     *notes;
  char     *repeat;
  char     *output;
  gboolean  dry_run;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->from);
  g_free (o->to);
  g_free (o->time);
  g_free (o->kind);
  g_free (o->place);
  g_free (o->notes);
  g_free (o->repeat);
  g_free (o->output);
}

static char *
format_day (const GDate *date)
{
  return prd_thai_date_format (date, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
}

/* "วันพฤหัสบดีที่ 3 ธันวาคม 2569  08:00–09:00  title  (kind)  @ place". */
static void
print_occurrence (PrdOccurrence *o)
{
  g_autofree char *first_text = NULL;
  g_autofree char *when = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  GDate first, last;

  prd_occurrence_get_first_day (o, &first);
  prd_occurrence_get_last_day (o, &last);
  first_text = format_day (&first);
  g_string_append (line, first_text);
  if (prd_occurrence_get_all_day (o))
    when = g_strdup (_("all day"));
  else
    {
      g_autofree char *s = g_date_time_format (prd_occurrence_get_start (o), "%H:%M");
      g_autofree char *e = g_date_time_format (prd_occurrence_get_end (o), "%H:%M");

      when = g_date_time_equal (prd_occurrence_get_start (o), prd_occurrence_get_end (o))
             ? g_strdup (s) : g_strdup_printf ("%s–%s", s, e);
    }
  if (g_date_compare (&first, &last) != 0)
    {
      g_autofree char *last_text = prd_thai_date_format (&last, PRD_THAI_DATE_FULL, PRD_THAI_DATE_PLAIN);

      g_string_append_printf (line, _(" to %s"), last_text);
    }
  g_string_append_printf (line, "  %s  %s  (%s)", when, prd_occurrence_get_title (o),
                          prd_occurrence_get_kind_label (o));
  if (*prd_occurrence_get_place (o) != '\0')
    g_string_append_printf (line, "  @ %s", prd_occurrence_get_place (o));
  g_print ("%s\n", line->str);
}

static gboolean
parse_range (const Options  *o,
             GDate          *first,
             GDate          *last,
             GError        **error)
{
  if (o->from != NULL)
    {
      if (!prd_thai_date_parse (o->from, first, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (prd_event_timezone ());

      g_date_clear (first, 1);
      g_date_set_dmy (first, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
    }
  if (o->to != NULL)
    {
      if (!prd_thai_date_parse (o->to, last, error))
        return FALSE;
    }
  else
    {
      *last = *first;
      g_date_add_days (last, DEFAULT_DAYS - 1);
    }
  if (g_date_compare (first, last) > 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--to is before --from: give the first day, then the last"));
      return FALSE;
    }
  return TRUE;
}

static int
run_list (PrdStore      *store,
          const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdTimeline) timeline = NULL;
  GDate first, last;
  guint n;

  if (!parse_range (o, &first, &last, &error))
    return prd_cli_usage_error ("calendar", error->message);
  timeline = prd_timeline_new (store, &first, &last, &error);
  if (timeline == NULL)
    return prd_cli_fail (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (timeline));
  if (n == 0)
    {
      g_autofree char *a = format_day (&first);
      g_autofree char *b = format_day (&last);

      g_print (_("Nothing on the calendar from %s to %s.\n"), a, b);
      return PRD_EXIT_OK;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdOccurrence) occurrence = g_list_model_get_item (G_LIST_MODEL (timeline), i);
      print_occurrence (occurrence);
    }
  return PRD_EXIT_OK;
}

/* "08:00-09:00", "8.30–12.00" (Thai write a dot), or one time. */
static gboolean
parse_times (const char *text,
             int        *h1,
             int        *m1,
             int        *h2,
             int        *m2)
{
  g_autofree char *plain = NULL;
  char sep1, sep2, end;
  int n;

  plain = g_strdup (text);
  g_strdelimit (plain, ".", ':');
  /* The en dash of "08:00–09:00" is three bytes: make it a hyphen. */
  {
    g_auto(GStrv) parts = g_strsplit (plain, "–", -1);
    g_free (plain);
    plain = g_strjoinv ("-", parts);
  }
  n = sscanf (plain, "%d%c%d-%d%c%d%c", h1, &sep1, m1, h2, &sep2, m2, &end);
  if (n == 3 && sep1 == ':')
    {
      *h2 = *h1;
      *m2 = *m1;
    }
  else if (n != 6 || sep1 != ':' || sep2 != ':')
    return FALSE;
  return *h1 >= 0 && *h1 < 24 && *m1 >= 0 && *m1 < 60 && *h2 >= 0 && *h2 < 24 && *m2 >= 0 && *m2 < 60;
}

static const char *
parse_kind (const char *text)
{
  return text == NULL ? PRD_EVENT_ACTIVITY : prd_event_kind_from_text (text);
}

static int
run_add (PrdStore      *store,
         const char    *date_text,
         const char    *title,
         const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEvent) event = prd_event_new ();
  g_autoptr(PrdTimeline) check = NULL;
  g_autofree char *formatted = NULL;
  const char *kind = parse_kind (o->kind);
  GDate first, last;

  if (kind == NULL)
    return prd_cli_usage_error ("calendar", _("--kind is one of activity, meeting, broadcast, closure, other"));
  if (!prd_thai_date_parse (date_text, &first, &error))
    return prd_cli_fail (error);
  last = first;
  if (o->to != NULL && !prd_thai_date_parse (o->to, &last, &error))
    return prd_cli_fail (error);

  prd_event_set_title (event, title);
  prd_event_set_kind (event, kind);
  prd_event_set_place (event, o->place ? o->place : "");
  prd_event_set_notes (event, o->notes ? o->notes : "");
  prd_event_set_rrule (event, o->repeat ? o->repeat : "");
  if (o->time != NULL)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      int h1, m1, h2, m2;

      if (!parse_times (o->time, &h1, &m1, &h2, &m2))
        return prd_cli_usage_error ("calendar", _("--time takes the start and end, e.g. 08:00-09:00 or 13.30-16.30"));
      start = g_date_time_new (prd_event_timezone (), g_date_get_year (&first), g_date_get_month (&first),
                               g_date_get_day (&first), h1, m1, 0);
      end = g_date_time_new (prd_event_timezone (), g_date_get_year (&last), g_date_get_month (&last),
                             g_date_get_day (&last), h2, m2, 0);
      prd_event_set_timed (event, start, end);
    }
  else
    prd_event_set_all_day (event, &first, &last);

  if (!prd_record_save (PRD_RECORD (event), store, &error))
    return prd_cli_fail (error);
  formatted = format_day (&first);
  g_print (_("Event recorded: %s, %s  %s\n"), formatted, title, prd_record_get_id (PRD_RECORD (event)));
  return PRD_EXIT_OK;
}

static int
run_export (PrdStore      *store,
            const Options *o)
{
  g_autoptr(GError) error = NULL;
  GDate first, last;
  gboolean ranged = o->from != NULL || o->to != NULL;
  guint n = 0;

  if (o->output == NULL)
    return prd_cli_usage_error ("calendar", _("export needs -o FILE.ics"));
  if (ranged && (o->from == NULL || o->to == NULL))
    return prd_cli_usage_error ("calendar", _("export takes both --from and --to, or neither (everything)"));
  if (ranged && !parse_range (o, &first, &last, &error))
    return prd_cli_usage_error ("calendar", error->message);
  if (!prd_events_ics_export (store, ranged ? &first : NULL, ranged ? &last : NULL, o->output, &n, &error))
    return prd_cli_fail (error);
  g_print (_("Events written to %s: %u\n"), o->output, n);
  return PRD_EXIT_OK;
}

static int
run_import (PrdStore      *store,
            const char    *path,
            const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdEventsIcsImport) in = prd_events_ics_read (path, &error);
  PrdEventsIcsResult result;
  guint n;

  if (in == NULL || !prd_events_ics_check (store, in, &result, &error))
    return prd_cli_fail (error);

  /* The preview: one line an event, what will happen to it. */
  n = prd_events_ics_import_get_n_events (in);
  for (guint i = 0; i < n; i++)
    {
      PrdEvent *e = prd_events_ics_import_get_event (in, i);
      g_autoptr(GDateTime) start = prd_event_get_start (e);
      g_autofree char *date = NULL;
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, (GDateDay) g_date_time_get_day_of_month (start),
                      (GDateMonth) g_date_time_get_month (start), (GDateYear) g_date_time_get_year (start));
      date = format_day (&d);
      g_print ("%s %s  %s%s%s\n", prd_events_ics_import_is_duplicate (in, i) ? "=" : "+", date,
               prd_event_get_title (e),
               *prd_event_get_rrule (e) ? _("  (repeats)") : "",
               *prd_event_get_recurrence_start (e) ? _("  (this occurrence only)") : "");
    }
  if (!o->dry_run && !prd_events_ics_write (store, in, &result, &error))
    return prd_cli_fail (error);
  g_print (o->dry_run ? _("Would import from %s: %u new events, %u changed occurrences, %u already there (same UID)\n")
                      : _("Imported from %s: %u new events, %u changed occurrences, %u already there (same UID)\n"),
           path, result.added, result.overrides, result.duplicates);
  return PRD_EXIT_OK;
}

int
prd_cli_calendar (PrdCli  *cli,
                  int      argc,
                  char   **argv)
{
  int code = PRD_EXIT_OK;
  Options o = { 0 };
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, N_("list, export: the first day (e.g. \"1 ธ.ค. 69\")"), "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to, N_("list, export: the last day; add: the last day of a longer event"), "DATE" },
    { "time", 0, 0, G_OPTION_ARG_STRING, &o.time, N_("add: start and end, e.g. 08:00-09:00 (without it: all day)"), "HH:MM-HH:MM" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, N_("add: activity, meeting, broadcast, closure or other"), "KIND" },
    { "place", 0, 0, G_OPTION_ARG_STRING, &o.place, N_("add: where it takes place"), "PLACE" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &o.notes, N_("add: notes"), "TEXT" },
    { "repeat", 0, 0, G_OPTION_ARG_STRING, &o.repeat, N_("add: an iCalendar repeat rule, e.g. FREQ=WEEKLY;BYDAY=TH"), "RRULE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("export: the .ics file to write"), "FILE" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &o.dry_run, N_("import: show what would be imported, write nothing"), NULL },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *what;
  int rc;

  if (!prd_cli_parse (entries, "calendar", &argc, &argv, &code))
    {
      options_clear (&o);
      return code;
    }
  what = argc >= 2 ? argv[1] : "";

  if (g_str_equal (what, "list") && argc != 2)
    rc = prd_cli_usage_error ("calendar", _("list takes no arguments; use --from and --to"));
  else if (g_str_equal (what, "add") && argc != 4)
    rc = prd_cli_usage_error ("calendar", _("add takes a date and a title, e.g. add \"10 ธ.ค. 69\" \"ประชุมเครือข่าย\" --time 09:00-12:00"));
  else if (g_str_equal (what, "export") && argc != 2)
    rc = prd_cli_usage_error ("calendar", _("export takes no arguments; use -o FILE.ics"));
  else if (g_str_equal (what, "import") && argc != 3)
    rc = prd_cli_usage_error ("calendar", _("name one .ics file to import"));
  else if (g_str_equal (what, "remove") && argc != 3)
    rc = prd_cli_usage_error ("calendar", _("remove takes the id that add printed"));
  else if (!g_str_equal (what, "list") && !g_str_equal (what, "add") && !g_str_equal (what, "export") &&
           !g_str_equal (what, "import") && !g_str_equal (what, "remove"))
    rc = prd_cli_usage_error ("calendar", _("say what to do: list, add, export, import or remove"));
  else if ((store = prd_cli_open_store (cli, &error)) == NULL)
    rc = prd_cli_fail (error);
  else if (g_str_equal (what, "list"))
    rc = run_list (store, &o);
  else if (g_str_equal (what, "add"))
    rc = run_add (store, argv[2], argv[3], &o);
  else if (g_str_equal (what, "export"))
    rc = run_export (store, &o);
  else if (g_str_equal (what, "import"))
    rc = run_import (store, argv[2], &o);
  else if (!prd_event_remove (store, argv[2], &error))
    rc = prd_cli_fail (error);
  else
    {
      g_print (_("Event removed\n"));
      rc = PRD_EXIT_OK;
    }
  options_clear (&o);
  return rc;
}
