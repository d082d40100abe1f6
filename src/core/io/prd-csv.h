/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-csv.h — reading and writing CSV the way Thai offices make it.
 *
 * Excel on a Thai Windows PC saves "CSV" in Windows-874 (TIS-620 plus a few
 * signs), Google Forms in UTF-8, Excel's "CSV UTF-8" with a byte-order mark,
 * and "Unicode text" in UTF-16 with tabs. Delimiters vary with the regional
 * settings (',' or ';'). Everything is turned into UTF-8 rows of cells, each
 * with the line of the file it starts on, so messages can name the line.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRD_CSV_ERROR (prd_csv_error_quark ())
typedef enum {
  PRD_CSV_ERROR_ENCODING,
  PRD_CSV_ERROR_EMPTY,
  PRD_CSV_ERROR_NOT_TEXT,   /* NUL bytes: UTF-16 without its mark, or not text at all */
  PRD_CSV_ERROR_QUOTE,      /* a quote that never closes */
} PrdCsvError;
GQuark prd_csv_error_quark (void);

/* CHARSET is NULL (detect), "UTF-8" or "WINDOWS-874". Returns the text as
 * UTF-8 and the name of what was found: "UTF-8", "UTF-8 (BOM)", "UTF-16" or
 * "Windows-874". An error names the line of the first byte that does not fit. */
char      *prd_csv_decode            (const char   *data,
                                      gsize         len,
                                      const char   *charset,
                                      const char  **found,
                                      GError      **error);

/* The delimiter (',' ';' '\t' or '|') that splits the first lines of TEXT
 * into the most columns, the same number on each line. */
char       prd_csv_detect_delimiter  (const char   *text);

typedef struct {
  guint   line;       /* line of the file the row starts on, from 1 */
  guint   n_cells;
  char  **cells;      /* NULL-terminated, UTF-8 */
} PrdCsvRow;

/* The rows of TEXT (quotes, doubled quotes and line breaks inside quotes as
 * RFC 4180 says; \r\n, \n or \r line ends). Blank lines are left out.
 * A GPtrArray of PrdCsvRow*, freed with it. A quoted cell that reaches the
 * end of the file, or runs over PRD_CSV_QUOTED_LINES_MAX lines or
 * PRD_CSV_QUOTED_CHARS_MAX characters once it has a line break, is a stray
 * quote swallowing the rest of the file: an error naming the line it opened on. */
#define PRD_CSV_QUOTED_LINES_MAX 4
#define PRD_CSV_QUOTED_CHARS_MAX 2000
GPtrArray *prd_csv_parse             (const char   *text,
                                      char          delimiter,
                                      GError      **error);
void       prd_csv_row_free          (PrdCsvRow    *row);

/* Appends VALUE to OUT as one CSV cell, quoted when it must be. A value
 * that a spreadsheet would run as a formula (it begins with = + - @, a tab
 * or a carriage return) is written after a ' as OWASP recommends. */
void       prd_csv_append_cell       (GString      *out,
                                      const char   *value,
                                      char          delimiter);

G_END_DECLS
