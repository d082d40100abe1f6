/* Fuzzes CSV as it comes from anywhere: decoding (every encoding choice),
 * the delimiter guess and the parser, stray quotes and NUL bytes included. */
#include "fuzz-common.h"
#include "io/prd-csv.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const charsets[] = { NULL, "UTF-8", "WINDOWS-874" };

  for (guint c = 0; c < G_N_ELEMENTS (charsets); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autofree char *text = prd_csv_decode ((const char *) data, size, charsets[c], NULL, &error);
      guint last_line = 0;
      char delimiter;

      /* Either text or a reason, never both, never neither. */
      FUZZ_CHECK ((text == NULL) == (error != NULL));
      if (text == NULL)
        continue;
      FUZZ_CHECK (g_utf8_validate (text, -1, NULL));
      delimiter = prd_csv_detect_delimiter (text);
      FUZZ_CHECK (delimiter == ',' || delimiter == ';' || delimiter == '\t' || delimiter == '|');
      rows = prd_csv_parse (text, delimiter, &error);
      FUZZ_CHECK ((rows == NULL) == (error != NULL));
      if (rows == NULL)
        {
          FUZZ_CHECK (g_error_matches (error, PRD_CSV_ERROR, PRD_CSV_ERROR_QUOTE));
          continue;
        }
      for (guint r = 0; r < rows->len; r++)
        {
          PrdCsvRow *row = g_ptr_array_index (rows, r);

          /* Rows come in file order, each cell is text. */
          FUZZ_CHECK (row->line > last_line && row->n_cells > 0);
          last_line = row->line;
          for (guint i = 0; i < row->n_cells; i++)
            FUZZ_CHECK (g_utf8_validate (row->cells[i], -1, NULL));
          FUZZ_CHECK (row->cells[row->n_cells] == NULL);
        }
    }
  return 0;
}
