/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-holiday-event.h — PrdHolidayEvent: one event of a holiday calendar
 * (.ics) as it is read, before it is imported: its name, UID, days, whether
 * the calendar calls it a public holiday or an observance, and whether the
 * office takes it in ("included", what the import preview's check shows). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PRD_TYPE_HOLIDAY_EVENT (prd_holiday_event_get_type ())
G_DECLARE_FINAL_TYPE (PrdHolidayEvent, prd_holiday_event, PRD, HOLIDAY_EVENT, GObject)

/* DATES: the days off, in order (GDate values; copied). Public holidays
 * start included, observances not. */
PrdHolidayEvent *prd_holiday_event_new            (const char   *uid,
                                                   const char   *name,
                                                   gboolean      observance,
                                                   guint         line,
                                                   GArray       *dates);
const char      *prd_holiday_event_get_uid        (PrdHolidayEvent *self);
const char      *prd_holiday_event_get_name       (PrdHolidayEvent *self);
/* TRUE: the calendar calls it an observance (วันสำคัญ), not a day off. */
gboolean         prd_holiday_event_get_observance (PrdHolidayEvent *self);
/* The line of its BEGIN:VEVENT in the file. */
guint            prd_holiday_event_get_line       (PrdHolidayEvent *self);
/* Its days (GDate), at least one. */
GArray          *prd_holiday_event_get_dates      (PrdHolidayEvent *self);
/* Its first day in Thai with the weekday ("วันศุกร์ที่ 16 มกราคม 2569"),
 * and when it runs or repeats over more days, "… (3 days)". */
char            *prd_holiday_event_format_dates   (PrdHolidayEvent *self);
gboolean         prd_holiday_event_get_included   (PrdHolidayEvent *self);
void             prd_holiday_event_set_included   (PrdHolidayEvent *self,
                                                   gboolean         included);

G_END_DECLS
