/* prd-occurrence.h — PrdOccurrence: one thing on one day or time of the
 * calendar, as the timeline (prd-timeline.h) gives it: an event or one
 * occurrence of a repeating one, a holiday or closure, a news item's
 * activity, a deadline. Immutable; the source record says where it came
 * from (table and id) so that a view can open it. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Kinds beyond the event kinds (prd-event.h): */
#define PRD_OCCURRENCE_HOLIDAY  "holiday"    /* a public holiday (closures are "closure") */
#define PRD_OCCURRENCE_NEWS     "news"       /* a news item's activity day */
#define PRD_OCCURRENCE_DEADLINE "deadline"   /* a date something is due by */

#define PRD_TYPE_OCCURRENCE (prd_occurrence_get_type ())
G_DECLARE_FINAL_TYPE (PrdOccurrence, prd_occurrence, PRD, OCCURRENCE, GObject)

/* START and END (exclusive) in the office's zone; an all-day occurrence
 * runs from midnight to midnight. KEY tells occurrences of one source apart
 * (the occurrence key of prd-event.h, or the date). */
PrdOccurrence *prd_occurrence_new              (GDateTime     *start,
                                                GDateTime     *end,
                                                gboolean       all_day,
                                                const char    *title,
                                                const char    *kind,
                                                const char    *place,
                                                const char    *source_table,
                                                const char    *source_id,
                                                const char    *key);
GDateTime     *prd_occurrence_get_start        (PrdOccurrence *self);
GDateTime     *prd_occurrence_get_end          (PrdOccurrence *self);
gboolean       prd_occurrence_get_all_day      (PrdOccurrence *self);
const char    *prd_occurrence_get_title        (PrdOccurrence *self);
const char    *prd_occurrence_get_kind         (PrdOccurrence *self);
const char    *prd_occurrence_get_place        (PrdOccurrence *self);
/* "event", "holiday", "news_item", … */
const char    *prd_occurrence_get_source_table (PrdOccurrence *self);
const char    *prd_occurrence_get_source_id    (PrdOccurrence *self);
const char    *prd_occurrence_get_key          (PrdOccurrence *self);
/* Its first and last day (an all-day occurrence to midnight ends the day
 * before; a timed one that ends at midnight too). */
void           prd_occurrence_get_first_day    (PrdOccurrence *self,
                                                GDate         *date);
void           prd_occurrence_get_last_day     (PrdOccurrence *self,
                                                GDate         *date);
/* The kind in Thai ("วันหยุดราชการ", "ออกอากาศ"). */
const char    *prd_occurrence_get_kind_label   (PrdOccurrence *self);

/* The timeline's order: start, all-day before timed, then title, source
 * and key. */
int            prd_occurrence_compare          (PrdOccurrence *a,
                                                PrdOccurrence *b);
/* Same source, key, times, title, kind and place. */
gboolean       prd_occurrence_equal            (PrdOccurrence *a,
                                                PrdOccurrence *b);

G_END_DECLS
