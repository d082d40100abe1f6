/* prd-ics-lines.c — the lines of an .ics text, checked with their numbers. */
#define G_LOG_DOMAIN "prd-io"

#include <string.h>
#include <glib/gi18n.h>

#include "prd-ics-lines.h"

#define MAX_SHOWN_LINE PRD_ICS_MAX_SHOWN_LINE

/* Where each event is in the file: libical keeps no line numbers, and a
 * message should say where to look. */

/* A content line for a message: at most MAX_SHOWN_LINE characters. */
static char *
shown_line (const char *start,
            gsize       len)
{
  g_autofree char *text = g_strndup (start, len);
  glong chars;

  g_strchomp (text);
  chars = g_utf8_strlen (text, -1);
  if (chars <= MAX_SHOWN_LINE)
    return g_steal_pointer (&text);
  return g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (text, MAX_SHOWN_LINE) - text), text);
}

/* Whether LINE (unfolded or not: the name and the colon come first) is
 * NAME[;PARAM=VALUE…]:VALUE, a parameter value perhaps in quotes. */
static gboolean
is_content_line (const char *line,
                 gsize       len)
{
  gsize i = 0;
  gboolean quoted = FALSE;

  while (i < len && (g_ascii_isalnum (line[i]) || line[i] == '-'))
    i++;
  if (i == 0 || i == len || (line[i] != ':' && line[i] != ';'))
    return FALSE;
  for (; i < len; i++)
    {
      if (line[i] == '"')
        quoted = !quoted;
      else if (line[i] == ':' && !quoted)
        return TRUE;
    }
  return FALSE;
}

static gboolean
line_is (const char *line,
         gsize       len,
         const char *what)
{
  gsize n = strlen (what);

  return len >= n && g_ascii_strncasecmp (line, what, n) == 0 &&
         (len == n || line[n] == '\r' || line[n] == ';' || line[n] == ':');
}

/* Checks every line of DATA and finds its events. A folded line (one that
 * starts with a space or a tab) goes on the line before it. */
GArray *
prd_ics_scan_lines (const char  *data,
                    GQuark       domain,
                    int          code,
                    GError     **error)
{
  g_autoptr(GArray) events = g_array_new (FALSE, TRUE, sizeof (PrdIcsEventLines));
  PrdIcsEventLines *open = NULL;
  guint line = 0;
  guint open_line = 0;

  for (const char *p = data; *p != '\0'; )
    {
      const char *end = strchr (p, '\n');
      gsize len = end ? (gsize) (end - p) : strlen (p);
      gsize text_len = len > 0 && p[len - 1] == '\r' ? len - 1 : len;

      line++;
      if (text_len == 0 || p[0] == ' ' || p[0] == '\t')
        ;   /* an empty line, or the rest of the line before */
      else if (!is_content_line (p, text_len))
        {
          g_autofree char *shown = shown_line (p, text_len);

          g_set_error (error, domain, code,
                       _("Line %u: “%s” is not an iCalendar line (NAME:value); "
                         "the file may be cut short or edited by hand. Export it again."),
                       line, shown);
          return NULL;
        }
      else if (line_is (p, text_len, "BEGIN:VEVENT"))
        {
          PrdIcsEventLines ev = { line, 0 };

          if (open != NULL)
            break;   /* the event before was never closed */
          g_array_append_val (events, ev);
          open = &g_array_index (events, PrdIcsEventLines, events->len - 1);
          open_line = line;
        }
      else if (line_is (p, text_len, "END:VEVENT"))
        {
          if (open == NULL)
            {
              g_set_error (error, domain, code,
                           _("Line %u: END:VEVENT closes no event; the file may be edited by hand. Export it again."),
                           line);
              return NULL;
            }
          open = NULL;
        }
      else if (open != NULL && open->dtstart == 0 && line_is (p, text_len, "DTSTART"))
        open->dtstart = line;
      if (end == NULL)
        break;
      p = end + 1;
    }
  if (open != NULL)
    {
      g_set_error (error, domain, code,
                   _("Line %u: the event that starts here has no END:VEVENT; the file may be cut short. Export it again."),
                   open_line);
      return NULL;
    }
  return g_steal_pointer (&events);
}

