/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-holidays.c — `prdesk-cli holidays …`: the office's holidays.
 *
 *   holidays import FILE.ics [--include-observance NAME|UID …]
 *                                 public holidays from an iCalendar file;
 *                                 observances only those named
 *   holidays list [--year BE]     the holidays, of one calendar year or all
 *   holidays add DATE NAME [--closure]
 *   holidays remove ID
 */
#include <glib/gi18n.h>

#include "prd-cli.h"
#include "io/prd-holiday-event.h"
#include "io/prd-holidays-ics.h"
#include "model/prd-holiday.h"
#include "thai/prd-thai.h"

static const char *
kind_label (const char *kind)
{
  return g_strcmp0 (kind, PRD_HOLIDAY_CLOSURE) == 0 ? _("office closure") : _("public holiday");
}

/* The observances left out, for the office to take one in by name or UID. */
static void
print_left_out (GListModel *events)
{
  guint n = g_list_model_get_n_items (events);
  gboolean header = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdHolidayEvent) event = g_list_model_get_item (events, i);
      g_autofree char *dates = NULL;

      if (prd_holiday_event_get_included (event) || !prd_holiday_event_get_observance (event))
        continue;
      if (!header)
        g_print (_("Observances left out (not days off):\n"));
      header = TRUE;
      dates = prd_holiday_event_format_dates (event);
      g_print ("  %s  %s  %s\n", dates, prd_holiday_event_get_name (event),
               prd_holiday_event_get_uid (event));
    }
}

static int
run_import (PrdStore           *store,
            const char         *path,
            const char * const *include)
{
  PrdHolidaysIcsResult result;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = prd_holidays_ics_read (path, &error);
  g_autoptr(GString) summary = NULL;

  if (events == NULL || !prd_holidays_ics_include (events, include, &error) ||
      !prd_holidays_ics_write (store, events, &result, &error))
    return prd_cli_fail (error);

  /* One line per kind: what came in, what was left out and how to take it in. */
  summary = g_string_new (NULL);
  g_string_append_printf (summary, _("Public holidays imported: %u"), result.holidays);
  if (result.observances > 0)
    {
      g_string_append (summary, " · ");
      g_string_append_printf (summary, _("observances taken in: %u"), result.observances);
    }
  if (result.skipped_observances > 0)
    {
      g_string_append (summary, " · ");
      g_string_append_printf (summary, _("observances left out: %u (use --include-observance to take one in)"),
                              result.skipped_observances);
    }
  g_print ("%s\n", summary->str);
  g_print (_("Holidays imported from %s: %u new, %u renamed, %u already there\n"),
           path, result.added, result.updated, result.unchanged);
  print_left_out (events);
  return PRD_EXIT_OK;
}

static int
run_list (PrdStore *store,
          int       year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = prd_holiday_list (store, year, &error);
  guint n;

  if (list == NULL)
    return prd_cli_fail (error);
  n = g_list_model_get_n_items (list);
  if (n == 0)
    {
      if (year != 0)
        g_print (_("No holidays are recorded for %d.\n"), year);
      else
        g_print (_("No holidays are recorded.\n"));
      return PRD_EXIT_OK;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdHoliday) h = g_list_model_get_item (list, i);
      g_autofree char *date = NULL;
      GDate d;

      if (!prd_holiday_get_gdate (h, &d))
        continue;
      date = prd_thai_date_format (&d, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
      g_print ("%s  %s  (%s)  %s\n", date, prd_holiday_get_name (h),
               kind_label (prd_holiday_get_kind (h)), prd_record_get_id (PRD_RECORD (h)));
    }
  return PRD_EXIT_OK;
}

static int
run_add (PrdStore   *store,
         const char *date_text,
         const char *name,
         gboolean    closure)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *formatted = NULL;
  GDate date;

  if (!prd_thai_date_parse (date_text, &date, &error))
    return prd_cli_fail (error);
  if (!prd_holiday_add (store, &date, name,
                              closure ? PRD_HOLIDAY_CLOSURE : PRD_HOLIDAY_PUBLIC, &error))
    return prd_cli_fail (error);
  formatted = prd_thai_date_format (&date, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
  g_print (_("Holiday recorded: %s, %s\n"), formatted, name);
  return PRD_EXIT_OK;
}

int
prd_cli_holidays (PrdCli  *cli,
                  int      argc,
                  char   **argv)
{
  int code = PRD_EXIT_OK;
  int year = 0;
  gboolean closure = FALSE;
  g_auto(GStrv) include = NULL;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("List only this calendar year (Buddhist Era, e.g. 2568)"), "BE" },
    { "closure", 0, 0, G_OPTION_ARG_NONE, &closure, N_("Add a one-off office closure, not a public holiday"), NULL },
    { "include-observance", 0, 0, G_OPTION_ARG_STRING_ARRAY, &include,
      N_("import: take in this observance (its name or UID) as a day off; may repeat"), "NAME|UID" },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *what;

  if (!prd_cli_parse (entries, "holidays", &argc, &argv, &code))
    return code;
  if (argc < 2)
    return prd_cli_usage_error ("holidays", _("say what to do: import, list, add or remove"));
  what = argv[1];

  if (g_str_equal (what, "import") && argc != 3)
    return prd_cli_usage_error ("holidays", _("name one .ics file to import"));
  else if (g_str_equal (what, "list") && argc != 2)
    return prd_cli_usage_error ("holidays", _("list takes no arguments; use --year to choose a year"));
  else if (g_str_equal (what, "add") && argc != 4)
    return prd_cli_usage_error ("holidays", _("add takes a date and a name, e.g. add \"13 เม.ย. 68\" \"วันสงกรานต์\""));
  else if (g_str_equal (what, "remove") && argc != 3)
    return prd_cli_usage_error ("holidays", _("remove takes the id that list shows"));
  else if (!g_str_equal (what, "import") && !g_str_equal (what, "list") &&
           !g_str_equal (what, "add") && !g_str_equal (what, "remove"))
    return prd_cli_usage_error ("holidays", _("say what to do: import, list, add or remove"));

  if (year != 0 && (year < 2443 || year > 2743))
    return prd_cli_usage_error ("holidays", _("--year takes a Buddhist-Era year such as 2568"));
  if (year != 0 && !g_str_equal (what, "list"))
    return prd_cli_usage_error ("holidays", _("--year goes with list"));
  if (closure && !g_str_equal (what, "add"))
    return prd_cli_usage_error ("holidays", _("--closure goes with add"));
  if (include != NULL && !g_str_equal (what, "import"))
    return prd_cli_usage_error ("holidays", _("--include-observance goes with import"));

  store = prd_cli_open_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);

  if (g_str_equal (what, "import"))
    return run_import (store, argv[2], (const char * const *) include);
  if (g_str_equal (what, "list"))
    return run_list (store, year);
  if (g_str_equal (what, "add"))
    return run_add (store, argv[2], argv[3], closure);

  if (!prd_holiday_remove (store, argv[2], &error))
    return prd_cli_fail (error);
  g_print (_("Holiday removed\n"));
  return PRD_EXIT_OK;
}
