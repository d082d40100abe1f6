/* prd-ics-lines.h — the lines of an iCalendar (.ics) text, checked before
 * libical reads it: libical keeps no line numbers, and a message about a
 * broken file should say where to look. Shared by the holiday and the
 * event import. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A line this long is cut in messages. */
#define PRD_ICS_MAX_SHOWN_LINE 60

typedef struct {
  guint begin;     /* its BEGIN:VEVENT */
  guint dtstart;   /* its DTSTART, 0 when it has none */
} PrdIcsEventLines;

/* Checks every line of DATA (a folded line, one that starts with a space
 * or a tab, goes on the line before it) and finds its events, in order:
 * a GArray of PrdIcsEventLines. On a broken line NULL, and an error of
 * DOMAIN and CODE that names the line and the reason. */
GArray *prd_ics_scan_lines (const char  *data,
                            GQuark       domain,
                            int          code,
                            GError     **error);

G_END_DECLS
