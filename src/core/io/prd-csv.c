/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-csv.c — CSV in the encodings and delimiters Thai offices meet. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-csv.h"

G_DEFINE_QUARK (prd-csv-error-quark, prd_csv_error)

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

static char *
decode_utf8 (const char  *data,
             gsize        len,
             GError     **error)
{
  const char *end = NULL;

  if (!g_utf8_validate_len (data, len, &end))
    {
      g_set_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_ENCODING,
                   _("Line %u is not UTF-8 text. Choose the encoding Windows-874 "
                     "(Thai Excel) or save the file again as CSV UTF-8."),
                   line_of_offset (data, end - data));
      return NULL;
    }
  return g_strndup (data, len);
}

static char *
decode_windows_874 (const char  *data,
                    gsize        len,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;
  gsize read = 0;
  char *text = g_convert (data, len, "UTF-8", "WINDOWS-874", &read, NULL, &local);

  if (text == NULL)
    {
      g_set_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_ENCODING,
                   _("Line %u holds a byte that is not Thai text (Windows-874). "
                     "The file may be damaged or in another encoding."),
                   line_of_offset (data, MIN (read, len)));
      return NULL;
    }
  return text;
}

/* Text files hold no NUL byte. Many of them, every other byte, is Unicode
 * text (UTF-16) saved without its byte-order mark; a few is a file that is
 * not text at all (an .xls renamed, a damaged file). */
static gboolean
is_text_without_nul (const char  *data,
                     gsize        len,
                     GError     **error)
{
  const char *nul = memchr (data, '\0', len);
  gsize sample = MIN (len, 1024), even = 0, odd = 0;

  if (nul == NULL)
    return TRUE;
  for (gsize i = 0; i < sample; i++)
    if (data[i] == '\0' && i % 2 == 0)
      even++;
    else if (data[i] == '\0')
      odd++;
  if (MAX (even, odd) * 4 >= sample)
    g_set_error_literal (error, PRD_CSV_ERROR, PRD_CSV_ERROR_NOT_TEXT,
                         _("The file is Unicode text (UTF-16) without the mark that says so. "
                           "Open it in Excel and save it again as “CSV UTF-8”."));
  else
    g_set_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_NOT_TEXT,
                 _("Line %u holds a NUL byte: this is not a CSV text file (perhaps an Excel "
                   "workbook or a damaged file). Save it from Excel as “CSV UTF-8”."),
                 line_of_offset (data, (gsize) (nul - data)));
  return FALSE;
}

char *
prd_csv_decode (const char   *data,
                gsize         len,
                const char   *charset,
                const char  **found,
                GError      **error)
{
  const char *name;
  char *text;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  /* A byte-order mark settles it, whatever the caller guessed. */
  if (!(len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0)) &&
      !is_text_without_nul (data, len, error))
    return NULL;
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      name = "UTF-8 (BOM)";
      text = decode_utf8 (data + 3, len - 3, error);
    }
  else if (len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      g_autoptr(GError) local = NULL;

      name = "UTF-16";
      text = g_convert (data + 2, len - 2, "UTF-8",
                        data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE", NULL, NULL, &local);
      if (text == NULL)
        g_set_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_ENCODING,
                     _("The file says it is Unicode text (UTF-16) but is damaged: %s"),
                     local->message);
    }
  else if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") == 0)
    {
      name = "UTF-8";
      text = decode_utf8 (data, len, error);
    }
  else if (charset != NULL)
    {
      name = "Windows-874";
      text = decode_windows_874 (data, len, error);
    }
  else if (g_utf8_validate_len (data, len, NULL))
    {
      name = "UTF-8";
      text = g_strndup (data, len);
    }
  else
    {
      name = "Windows-874";
      text = decode_windows_874 (data, len, error);
    }

  if (text != NULL && found != NULL)
    *found = name;
  return text;
}

/* Cells per line for the first lines of TEXT split by DELIM (quotes kept). */
static GArray *
count_cells (const char *text,
             char        delim,
             guint       max_lines)
{
  GArray *counts = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean quoted = FALSE;
  guint cells = 1;
  gboolean blank = TRUE;

  for (const char *p = text; counts->len < max_lines; p++)
    {
      char c = *p;

      if (c == '\0' || (!quoted && (c == '\n' || c == '\r')))
        {
          if (!blank)
            g_array_append_val (counts, cells);
          cells = 1;
          blank = TRUE;
          if (c == '\0')
            break;
          continue;
        }
      blank = FALSE;
      if (c == '"')
        quoted = !quoted;
      else if (c == delim && !quoted)
        cells++;
    }
  return counts;
}

char
prd_csv_detect_delimiter (const char *text)
{
  static const char candidates[] = { ',', ';', '\t', '|' };
  char best = ',';
  guint best_score = 0;

  g_return_val_if_fail (text != NULL, ',');

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autoptr(GArray) counts = count_cells (text, candidates[i], 30);
      guint header, same = 0, score;

      if (counts->len == 0)
        continue;
      header = g_array_index (counts, guint, 0);
      if (header < 2)
        continue;
      for (guint j = 0; j < counts->len; j++)
        if (g_array_index (counts, guint, j) == header)
          same++;
      /* Lines that agree with the header count most, then more columns. */
      score = same * 1000 + MIN (header, 999u);
      if (score > best_score)
        {
          best_score = score;
          best = candidates[i];
        }
    }
  return best;
}

void
prd_csv_row_free (PrdCsvRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->cells);
  g_free (row);
}

static void
finish_row (GPtrArray *rows,
            GPtrArray *cells,
            guint      line)
{
  PrdCsvRow *row;
  gboolean blank = TRUE;

  for (guint i = 0; i < cells->len && blank; i++)
    blank = *(const char *) g_ptr_array_index (cells, i) == '\0';
  if (blank)
    {
      g_ptr_array_set_size (cells, 0);
      return;
    }
  row = g_new0 (PrdCsvRow, 1);
  row->line = line;
  row->n_cells = cells->len;
  g_ptr_array_add (cells, NULL);
  row->cells = (char **) g_ptr_array_steal (cells, NULL);
  g_ptr_array_add (rows, row);
}

static void
set_quote_error (GError **error,
                 guint    line)
{
  g_set_error (error, PRD_CSV_ERROR, PRD_CSV_ERROR_QUOTE,
               _("Line %u: a quote (\") opens a cell that does not close, so it would take in "
                 "the lines after it. Check the quotes on that line."),
               line);
}

GPtrArray *
prd_csv_parse (const char  *text,
               char         delimiter,
               GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_csv_row_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = text;
  guint line = 1, row_line = 1, quote_line = 0;
  gboolean quoted = FALSE, was_quoted = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  for (;;)
    {
      char c = *p;

      if (quoted)
        {
          /* A stray quote takes in the rest of the file: stop where a
           * real cell with line breaks would have ended long ago. */
          if (c == '\0' ||
              (line > quote_line &&
               (line - quote_line >= PRD_CSV_QUOTED_LINES_MAX ||
                g_utf8_strlen (cell->str, (gssize) cell->len) > PRD_CSV_QUOTED_CHARS_MAX)))
            {
              set_quote_error (error, quote_line);
              return NULL;
            }
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (cell, '"');
              p += 2;
              continue;
            }
          else if (c == '"')
            {
              quoted = FALSE;
              p++;
              continue;
            }
          else
            {
              if (c == '\n' || (c == '\r' && p[1] != '\n'))
                line++;
              /* Keep line breaks inside a cell as \n whatever the file used. */
              if (c == '\r' && p[1] == '\n')
                {
                  p++;
                  continue;
                }
              g_string_append_c (cell, c == '\r' ? '\n' : c);
              p++;
              continue;
            }
        }

      if (c == '"' && cell->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          quote_line = line;
          p++;
          continue;
        }
      if (c == delimiter || c == '\n' || c == '\r' || c == '\0')
        {
          g_ptr_array_add (cells, g_strndup (cell->str, cell->len));
          g_string_truncate (cell, 0);
          was_quoted = FALSE;
          if (c == delimiter)
            {
              p++;
              continue;
            }
          finish_row (rows, cells, row_line);
          if (c == '\0')
            break;
          if (c == '\r' && p[1] == '\n')
            p++;
          p++;
          line++;
          row_line = line;
          continue;
        }
      g_string_append_c (cell, c);
      p++;
    }
  return g_steal_pointer (&rows);
}

void
prd_csv_append_cell (GString    *out,
                     const char *value,
                     char        delimiter)
{
  g_autofree char *neutral = NULL;

  if (value == NULL)
    value = "";
  if (value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL)
    value = neutral = g_strconcat ("'", value, NULL);
  if (strchr (value, delimiter) != NULL || strpbrk (value, "\"\r\n") != NULL ||
      (value[0] != '\0' && (g_ascii_isspace (value[0]) || g_ascii_isspace (value[strlen (value) - 1]))))
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);
}
