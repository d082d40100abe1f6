/* prd-month-view.h — PrdMonthView: a month of the PR calendar as a 6×7
 * grid, weeks from Sunday, the way a Thai office reads a wall calendar.
 *
 * It shows a PrdTimeline of the 42 days on the grid: each day's items as
 * one-line chips coloured by kind, holidays and closures shading their day,
 * today marked, "+N more" when a day is full (a popover lists them all).
 * The chip widgets (GtkInscription: their size never depends on their text)
 * are pooled and reused across months; texts are set when the items
 * change, and size_allocate only places them and decides which fit, once
 * a frame. Keys: arrows move the day, Page Up/Down the month, Home goes to
 * today, Enter activates the day. */
#pragma once

#include <gtk/gtk.h>

#include "model/prd-timeline.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_MONTH_VIEW (prd_month_view_get_type ())
G_DECLARE_FINAL_TYPE (PrdMonthView, prd_month_view, PRD, MONTH_VIEW, GtkWidget)

/* Signals: "day-selected" (the selection moved: read it with
 * _get_selected), "day-activated" (Enter or a double click on it),
 * "month-changed". */

/* On the month of TODAY (NULL: the office's today). */
GtkWidget   *prd_month_view_new           (PrdStore      *store,
                                           const GDate   *today);
void         prd_month_view_set_month     (PrdMonthView  *self,
                                           int            year,
                                           int            month);
void         prd_month_view_get_month     (PrdMonthView  *self,
                                           int           *year,
                                           int           *month);
/* Moves to the month of DATE when it is another. */
void         prd_month_view_select_day    (PrdMonthView  *self,
                                           const GDate   *date);
void         prd_month_view_get_selected  (PrdMonthView  *self,
                                           GDate         *date);
void         prd_month_view_go_today      (PrdMonthView  *self);
/* "ธันวาคม 2569" */
char        *prd_month_view_get_title     (PrdMonthView  *self);
/* The timeline of the grid's 42 days. */
PrdTimeline *prd_month_view_get_timeline  (PrdMonthView  *self);
/* The items of DATE (PrdOccurrence), as the cell and its popover list
 * them; DATE must be on the grid. */
GListModel  *prd_month_view_list_day      (PrdMonthView  *self,
                                           const GDate   *date);
/* After the last layout: how many chips DATE's cell shows, and the N of
 * its "+N more" (0 when everything fits). */
guint        prd_month_view_get_shown     (PrdMonthView  *self,
                                           const GDate   *date);
guint        prd_month_view_get_more      (PrdMonthView  *self,
                                           const GDate   *date);
/* Opens the "+N more" popover of DATE; returns it. */
GtkPopover  *prd_month_view_open_day      (PrdMonthView  *self,
                                           const GDate   *date);

G_END_DECLS
