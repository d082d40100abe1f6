/* prd-thai-holidays.h — the office's holidays and working-time settings in
 * the database: listed, added, removed, imported from an .ics calendar (the
 * Thai holiday calendar people export from Google Calendar, say), and read
 * back as a PrdThaiWorktime. */
#pragma once

#include <glib.h>

#include "store/prd-store.h"
#include "thai/prd-thai-worktime.h"

G_BEGIN_DECLS

#define PRD_THAI_HOLIDAY_PUBLIC  "public"    /* วันหยุดราชการ */
#define PRD_THAI_HOLIDAY_CLOSURE "closure"   /* a one-off office closure */

typedef struct {
  char  *id;
  GDate  date;
  char  *name;
  char  *kind;     /* PRD_THAI_HOLIDAY_PUBLIC or _CLOSURE */
  char  *source;   /* "user" or "ics:" + the event's UID */
} PrdThaiHoliday;

void       prd_thai_holiday_free          (PrdThaiHoliday *holiday);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdThaiHoliday, prd_thai_holiday_free)

/* Holidays of the calendar year YEAR_BE (0: all), by date then name. */
GPtrArray *prd_thai_holidays_list         (PrdStore       *store,
                                           int             year_be,
                                           GError        **error);
/* Adds a holiday the user typed; a holiday of that date and name already
 * there is left as it is. */
gboolean   prd_thai_holidays_add          (PrdStore       *store,
                                           const GDate    *date,
                                           const char     *name,
                                           const char     *kind,
                                           GError        **error);
gboolean   prd_thai_holidays_remove       (PrdStore       *store,
                                           const char     *id,
                                           GError        **error);

typedef struct {
  guint added;       /* new holidays */
  guint updated;     /* same event (UID) and date, renamed */
  guint unchanged;   /* already there */
} PrdThaiHolidayImport;

/* Reads every event of an iCalendar text (all-day or timed; several days;
 * yearly repeats up to three years on) as public holidays, in one
 * transaction: on any error nothing is written and the error names the line
 * of the event and what is wrong. */
gboolean   prd_thai_holidays_import_ics_data (PrdStore             *store,
                                              const char           *data,
                                              PrdThaiHolidayImport *result,
                                              GError              **error);
gboolean   prd_thai_holidays_import_ics   (PrdStore             *store,
                                           const char           *path,
                                           PrdThaiHolidayImport *result,
                                           GError              **error);

/* The office's working time: hours and weekdays of the worktime row, and
 * every holiday. */
PrdThaiWorktime *prd_thai_worktime_load   (PrdStore       *store,
                                           GError        **error);
gboolean   prd_thai_worktime_save         (PrdStore              *store,
                                           const PrdThaiWorktime *worktime,
                                           GError               **error);
/* The reporting rounds the office set (GArray of PrdThaiRound). */
GArray    *prd_thai_report_rounds_load    (PrdStore       *store,
                                           GError        **error);
gboolean   prd_thai_report_rounds_save    (PrdStore       *store,
                                           GArray         *rounds,
                                           GError        **error);

G_END_DECLS
