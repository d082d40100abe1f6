/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-holidays-ics.h — holidays from an iCalendar (.ics) file, such as the
 * Thai holiday calendar people export from Google Calendar.
 *
 * Google's calendar mixes public holidays (DESCRIPTION วันหยุดนักขัตฤกษ์,
 * "Public holiday" in the English feed) with observances (วันสำคัญ,
 * "Observance": วันครู, วันวาเลนไทน์, …) that are no day off. Reading gives
 * each event as a PrdHolidayEvent, holidays included and observances not;
 * the office may take an observance in (it is then stored as an office
 * closure), and writing stores the included ones. An event with another or
 * no description is a public holiday, as other calendars mean it. */
#pragma once

#include <gio/gio.h>

#include "io/prd-holiday-event.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_HOLIDAYS_ICS_ERROR (prd_holidays_ics_error_quark ())

typedef enum {
  PRD_HOLIDAYS_ICS_ERROR_FILE,      /* the file cannot be read */
  PRD_HOLIDAYS_ICS_ERROR_FORMAT,    /* not iCalendar text, or a broken line */
  PRD_HOLIDAYS_ICS_ERROR_EVENT,     /* an event without a name or a date, or too long */
  PRD_HOLIDAYS_ICS_ERROR_NOT_FOUND, /* an event asked for by name or UID is not there */
} PrdHolidaysIcsError;

GQuark prd_holidays_ics_error_quark (void);

/* The events of an iCalendar text (PrdHolidayEvent; cancelled ones left
 * out): all-day or timed, several days, yearly repeats written out up to
 * three years on. On any problem NULL, and the error names the line. */
GListModel *prd_holidays_ics_read_data (const char   *data,
                                        GError      **error);
GListModel *prd_holidays_ics_read      (const char   *path,
                                        GError      **error);

/* Includes each event whose name (SUMMARY) or UID is one of NAMES; FALSE,
 * naming it, when one of NAMES matches no event. */
gboolean    prd_holidays_ics_include   (GListModel          *events,
                                        const char * const  *names,
                                        GError             **error);

typedef struct {
  guint holidays;             /* public-holiday events written */
  guint observances;          /* observance events the office took in */
  guint skipped_holidays;     /* public-holiday events left out */
  guint skipped_observances;  /* observance events left out */
  guint added;                /* days: new */
  guint updated;              /* days: same event (UID) and date, renamed */
  guint unchanged;            /* days: already there */
} PrdHolidaysIcsResult;

/* Writes the included events in one transaction: all or nothing. */
gboolean    prd_holidays_ics_write     (PrdStore              *store,
                                        GListModel            *events,
                                        PrdHolidaysIcsResult  *result,
                                        GError               **error);

/* Read, include the observances named in INCLUDE (NULL: none), write. */
gboolean    prd_holidays_ics_import_data (PrdStore              *store,
                                          const char            *data,
                                          const char * const    *include,
                                          PrdHolidaysIcsResult  *result,
                                          GError               **error);
gboolean    prd_holidays_ics_import      (PrdStore              *store,
                                          const char            *path,
                                          const char * const    *include,
                                          PrdHolidaysIcsResult  *result,
                                          GError               **error);

G_END_DECLS
