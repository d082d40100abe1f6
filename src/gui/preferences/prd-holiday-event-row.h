/* prd-holiday-event-row.h — one event of a calendar being imported: a check
 * (the event's "included"), its name, its days and whether the calendar calls
 * it a public holiday or an observance. */
#pragma once

#include <adwaita.h>

#include "io/prd-holiday-event.h"

G_BEGIN_DECLS

#define PRD_TYPE_HOLIDAY_EVENT_ROW (prd_holiday_event_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdHolidayEventRow, prd_holiday_event_row, PRD, HOLIDAY_EVENT_ROW, AdwActionRow)

GtkWidget       *prd_holiday_event_row_new       (PrdHolidayEvent    *event);
PrdHolidayEvent *prd_holiday_event_row_get_event (PrdHolidayEventRow *self);
GtkCheckButton  *prd_holiday_event_row_get_check (PrdHolidayEventRow *self);

G_END_DECLS
