/* prd-holidays-ics.h — holidays from an iCalendar (.ics) file, such as the
 * Thai holiday calendar people export from Google Calendar. */
#pragma once

#include <glib.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_HOLIDAYS_ICS_ERROR (prd_holidays_ics_error_quark ())

typedef enum {
  PRD_HOLIDAYS_ICS_ERROR_FILE,    /* the file cannot be read */
  PRD_HOLIDAYS_ICS_ERROR_FORMAT,  /* not iCalendar text, or a broken line */
  PRD_HOLIDAYS_ICS_ERROR_EVENT,   /* an event without a name or a date, or too long */
} PrdHolidaysIcsError;

GQuark prd_holidays_ics_error_quark (void);

typedef struct {
  guint added;       /* new holidays */
  guint updated;     /* same event (UID) and date, renamed */
  guint unchanged;   /* already there */
} PrdHolidaysIcsResult;

/* Reads every event of an iCalendar text (all-day or timed; several days;
 * yearly repeats up to three years on) as public holidays, in one
 * transaction: on any error nothing is written and the error names the line
 * of the event and what is wrong. */
gboolean prd_holidays_ics_import_data (PrdStore              *store,
                                       const char            *data,
                                       PrdHolidaysIcsResult  *result,
                                       GError               **error);
gboolean prd_holidays_ics_import      (PrdStore              *store,
                                       const char            *path,
                                       PrdHolidaysIcsResult  *result,
                                       GError               **error);

G_END_DECLS
