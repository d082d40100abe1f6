/* prd-timeline.h — PrdTimeline: the calendar of a date range as one
 * GListModel of PrdOccurrence, sorted by start (prd_occurrence_compare).
 *
 * It merges the events with their repeats expanded and their exceptions
 * applied, the holidays and office closures, and news items' activity
 * days with the "tell the network by" deadline three days before (seed
 * 003's KPI) while the network has not been told. It follows the store's
 * changed (table, id) signal: a batch of writes becomes one items-changed,
 * from the main context's next idle. Views subscribe to a range; they do
 * not query. */
#pragma once

#include <gio/gio.h>

#include "model/prd-occurrence.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

/* Days before a news item's activity by which the network is told. */
#define PRD_TIMELINE_NOTICE_DAYS 3

#define PRD_TYPE_TIMELINE (prd_timeline_get_type ())
G_DECLARE_FINAL_TYPE (PrdTimeline, prd_timeline, PRD, TIMELINE, GObject)

/* The occurrences that touch FIRST … LAST (days, both included). NULL when
 * the store cannot be read. */
PrdTimeline *prd_timeline_new          (PrdStore     *store,
                                        const GDate  *first,
                                        const GDate  *last,
                                        GError      **error);
void         prd_timeline_get_range    (PrdTimeline  *self,
                                        GDate        *first,
                                        GDate        *last);
/* Moves to another range (one items-changed); FALSE, the items kept, when
 * the store cannot be read. */
gboolean     prd_timeline_set_range    (PrdTimeline  *self,
                                        const GDate  *first,
                                        const GDate  *last,
                                        GError      **error);
/* Reads the range again now (what the changed signal schedules). */
gboolean     prd_timeline_refresh      (PrdTimeline  *self,
                                        GError      **error);
/* The error of the last update that failed after the store changed, or
 * NULL (the items are then the ones before). */
const GError *prd_timeline_get_error   (PrdTimeline  *self);

G_END_DECLS
