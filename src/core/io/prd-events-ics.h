/* prd-events-ics.h — the PR calendar's events as iCalendar (.ics), out and
 * in.
 *
 * Export writes what Google Calendar and Thunderbird take without a
 * warning (RFC 5545): VERSION, PRODID, a VTIMEZONE for Asia/Bangkok, one
 * VEVENT per event with UID, DTSTAMP, its times in that zone (all-day ones
 * as dates), RRULE and EXDATE, an override as a VEVENT with the series'
 * UID and a RECURRENCE-ID; text escaped, lines folded at 75 octets, CRLF.
 *
 * Import reads such a file (ours, Google's, Thunderbird's) into events,
 * checks each as a save would, finds the ones this office has already (by
 * UID) so a preview can show them, and writes the new ones in one
 * transaction: all or nothing. A malformed file is refused with the line
 * and the reason. */
#pragma once

#include <gio/gio.h>

#include "model/prd-event.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_EVENTS_ICS_ERROR (prd_events_ics_error_quark ())

typedef enum {
  PRD_EVENTS_ICS_ERROR_FILE,     /* the file cannot be read */
  PRD_EVENTS_ICS_ERROR_FORMAT,   /* not iCalendar text, or a broken line */
  PRD_EVENTS_ICS_ERROR_EVENT,    /* an event the calendar cannot keep: the line says which */
} PrdEventsIcsError;

GQuark prd_events_ics_error_quark (void);

/* EVENTS (PrdEvent, overrides after their series or not) as iCalendar
 * text; STAMP is the DTSTAMP (NULL: now). */
char       *prd_events_ics_to_data   (GListModel   *events,
                                      GDateTime    *stamp);
/* The live events with an occurrence in FIRST … LAST (both NULL: all of
 * them), each series whole with its overrides, written to PATH (a
 * temporary file renamed into place). *N_EVENTS (may be NULL): the VEVENTs
 * written. */
gboolean    prd_events_ics_export    (PrdStore     *store,
                                      const GDate  *first,
                                      const GDate  *last,
                                      const char   *path,
                                      guint        *n_events,
                                      GError      **error);

/* What a file holds, read and checked, before anything is written. */
typedef struct _PrdEventsIcsImport PrdEventsIcsImport;

PrdEventsIcsImport *prd_events_ics_read_data  (const char          *data,
                                               GError             **error);
PrdEventsIcsImport *prd_events_ics_read       (const char          *path,
                                               GError             **error);
void                prd_events_ics_import_free (PrdEventsIcsImport *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdEventsIcsImport, prd_events_ics_import_free)

/* The events of the file in its order (not stored). An override ("this one
 * only") has its recurrence-start and the series' UID. */
guint               prd_events_ics_import_get_n_events (PrdEventsIcsImport *self);
PrdEvent           *prd_events_ics_import_get_event    (PrdEventsIcsImport *self,
                                                        guint               i);
/* The line of its BEGIN:VEVENT. */
guint               prd_events_ics_import_get_line     (PrdEventsIcsImport *self,
                                                        guint               i);
/* TRUE when the office has that UID already (after _check): it is left
 * as it is. */
gboolean            prd_events_ics_import_is_duplicate (PrdEventsIcsImport *self,
                                                        guint               i);

typedef struct {
  guint added;        /* events and series written */
  guint overrides;    /* "this one only" changes written */
  guint duplicates;   /* events (with their overrides) already there */
} PrdEventsIcsResult;

/* Marks the events whose UID the store has; fills RESULT (may be NULL)
 * with what a write would do. */
gboolean            prd_events_ics_check  (PrdStore            *store,
                                           PrdEventsIcsImport  *self,
                                           PrdEventsIcsResult  *result,
                                           GError             **error);
/* Checks again and writes the new events in one transaction. */
gboolean            prd_events_ics_write  (PrdStore            *store,
                                           PrdEventsIcsImport  *self,
                                           PrdEventsIcsResult  *result,
                                           GError             **error);

G_END_DECLS
