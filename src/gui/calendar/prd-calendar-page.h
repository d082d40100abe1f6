/* prd-calendar-page.h — the Calendar page: the month grid with its header
 * ("ธันวาคม 2569", previous, next, today) and the agenda of the chosen day
 * beside it. */
#pragma once

#include <gtk/gtk.h>

#include "model/prd-context.h"
#include "prd-month-view.h"

G_BEGIN_DECLS

#define PRD_TYPE_CALENDAR_PAGE (prd_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (PrdCalendarPage, prd_calendar_page, PRD, CALENDAR_PAGE, GtkBox)

GtkWidget    *prd_calendar_page_new            (PrdContext      *context);
/* On the month of TODAY (for tests and screenshots). */
GtkWidget    *prd_calendar_page_new_for_today  (PrdContext      *context,
                                                const GDate     *today);
PrdMonthView *prd_calendar_page_get_month_view (PrdCalendarPage *self);
/* The month's title as the header shows it. */
const char   *prd_calendar_page_get_title      (PrdCalendarPage *self);
/* The agenda's rows: the chosen day's items. */
guint         prd_calendar_page_get_n_agenda   (PrdCalendarPage *self);

G_END_DECLS
