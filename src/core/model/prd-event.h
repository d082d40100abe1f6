/* prd-event.h — PrdEvent: an event of the PR calendar (the event table):
 * an activity, meeting, broadcast, closure or other, all-day or timed, once
 * or repeating by an iCalendar RRULE, with exceptions.
 *
 * A typed record (prd-record.h). Times are the office's, Asia/Bangkok: a
 * timed event's start and end are instants (stored in UTC, the end
 * exclusive), an all-day event's are its first and last day.
 *
 * Exceptions: prd_event_exclude() leaves one occurrence of a series out
 * (EXDATE); prd_event_new_override() makes the event that replaces one
 * occurrence, "this one only"; editing the series itself changes "all". */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_EVENT_ACTIVITY  "activity"    /* กิจกรรม */
#define PRD_EVENT_MEETING   "meeting"     /* ประชุม */
#define PRD_EVENT_BROADCAST "broadcast"   /* ออกอากาศ */
#define PRD_EVENT_CLOSURE   "closure"     /* ปิดทำการ */
#define PRD_EVENT_OTHER     "other"       /* อื่น ๆ */

#define PRD_TYPE_EVENT (prd_event_get_type ())
G_DECLARE_FINAL_TYPE (PrdEvent, prd_event, PRD, EVENT, PrdRecord)

/* The office's time zone, Asia/Bangkok (UTC+7, no daylight saving). */
GTimeZone  *prd_event_timezone            (void);
/* "YYYY-MM-DDTHH:MM:SSZ" of T in UTC; and back, in the office's zone
 * (NULL when TEXT is no such instant). */
char       *prd_event_format_instant      (GDateTime   *t);
GDateTime  *prd_event_parse_instant       (const char  *text);
/* Midnight of DATE in the office's zone. */
GDateTime  *prd_event_midnight            (const GDate *date);
/* "YYYY-MM-DD"; and back (FALSE, DATE cleared, when TEXT is no date). */
char       *prd_event_format_date         (const GDate *date);
gboolean    prd_event_parse_date          (const char  *text,
                                           GDate       *date);
/* TRUE for the five kinds above. */
gboolean    prd_event_kind_is_valid       (const char  *kind);
/* The kind named by TEXT: its code ("broadcast"), its label, or its Thai
 * word ("ออกอากาศ") in any language of the program; NULL for none. */
const char *prd_event_kind_from_text      (const char  *text);
/* The kind in the user's language, for lists ("ออกอากาศ"). */
const char *prd_event_kind_label          (const char  *kind);

/* A new event with a fresh iCalendar UID. */
PrdEvent   *prd_event_new                 (void);

const char *prd_event_get_uid             (PrdEvent    *self);
void        prd_event_set_uid             (PrdEvent    *self,
                                           const char  *value);
const char *prd_event_get_title           (PrdEvent    *self);
void        prd_event_set_title           (PrdEvent    *self,
                                           const char  *value);
const char *prd_event_get_kind            (PrdEvent    *self);
void        prd_event_set_kind            (PrdEvent    *self,
                                           const char  *value);
gboolean    prd_event_get_all_day         (PrdEvent    *self);
/* The stored forms (see the top of this file and 0010-events.sql). */
const char *prd_event_get_start_at        (PrdEvent    *self);
const char *prd_event_get_end_at          (PrdEvent    *self);
const char *prd_event_get_place           (PrdEvent    *self);
void        prd_event_set_place           (PrdEvent    *self,
                                           const char  *value);
const char *prd_event_get_notes           (PrdEvent    *self);
void        prd_event_set_notes           (PrdEvent    *self,
                                           const char  *value);
/* The news item the event belongs to, "" for none. */
const char *prd_event_get_news_item_id    (PrdEvent    *self);
void        prd_event_set_news_item_id    (PrdEvent    *self,
                                           const char  *value);
/* An RRULE without "RRULE:" ("FREQ=WEEKLY;BYDAY=TH"), "" when it happens
 * once. */
const char *prd_event_get_rrule           (PrdEvent    *self);
void        prd_event_set_rrule           (PrdEvent    *self,
                                           const char  *value);
/* The starts of the occurrences left out, comma separated. */
const char *prd_event_get_exdates         (PrdEvent    *self);
void        prd_event_set_exdates         (PrdEvent    *self,
                                           const char  *value);
/* For an override: the series and the start of the occurrence it replaces
 * ("" otherwise). */
const char *prd_event_get_recurrence_of   (PrdEvent    *self);
const char *prd_event_get_recurrence_start (PrdEvent   *self);

/* A timed event from START to END (END after START or equal). */
void        prd_event_set_timed           (PrdEvent    *self,
                                           GDateTime   *start,
                                           GDateTime   *end);
/* An all-day event from FIRST to LAST, both days included. */
void        prd_event_set_all_day         (PrdEvent    *self,
                                           const GDate *first,
                                           const GDate *last);
/* Its start and (exclusive) end in the office's zone; an all-day event runs
 * from midnight of its first day to midnight after its last. NULL when the
 * stored time is broken. */
GDateTime  *prd_event_get_start           (PrdEvent    *self);
GDateTime  *prd_event_get_end             (PrdEvent    *self);

/* The key of an occurrence that starts at START, as exdates and
 * recurrence_start keep it: the date for an all-day event, else the UTC
 * instant. */
char       *prd_event_occurrence_key      (PrdEvent    *self,
                                           GDateTime   *start);
/* The starts (GDateTime, office zone) of the occurrences that overlap FROM
 * to TO (exclusive), in order, without the excluded ones; for a one-off
 * event its start when it overlaps. At most LIMIT (0: no limit). */
GPtrArray  *prd_event_expand              (PrdEvent    *self,
                                           GDateTime   *from,
                                           GDateTime   *to,
                                           guint        limit);
/* Leaves the occurrence that starts at START out of the series (not saved:
 * save the series after). FALSE when the event does not repeat. */
gboolean    prd_event_exclude             (PrdEvent    *self,
                                           GDateTime   *start);
/* A new event (not saved) that replaces the occurrence of the stored
 * series SELF that starts at START: the series' fields at that
 * occurrence's time, no repeat. Change it and save it. */
PrdEvent   *prd_event_new_override        (PrdEvent    *self,
                                           GDateTime   *start);

/* Every live event, overrides included, by start then title. */
GListModel *prd_event_list                (PrdStore    *store,
                                           GError     **error);
/* The live event with that iCalendar UID that is no override, or NULL. */
PrdEvent   *prd_event_find_by_uid         (PrdStore    *store,
                                           const char  *uid,
                                           GError     **error);
/* The UIDs of the live events that are no override, as a set (keys only). */
GHashTable *prd_event_list_uids           (PrdStore    *store,
                                           GError     **error);
/* Removes the event (a tombstone), and with a series its overrides, in one
 * transaction. */
gboolean    prd_event_remove              (PrdStore    *store,
                                           const char  *id,
                                           GError     **error);

G_END_DECLS
