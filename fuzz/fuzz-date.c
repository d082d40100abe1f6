/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzzes the Thai date parser: no crash, and a date it accepts formats and
 * parses back to itself in every style. */
#include "fuzz-common.h"
#include "thai/prd-thai.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  GDate date;

  if (prd_thai_date_parse (text, &date, &error))
    {
      FUZZ_CHECK (error == NULL && g_date_valid (&date));
      for (int style = 0; style < 3; style++)
        for (int flags = 0; flags < 8; flags++)
          {
            g_autofree char *s = NULL;
            GDate back;
            int year_be = g_date_get_year (&date) + 543;

            /* Two-digit years are read as 25xx: the short form of a year
             * outside 2500–2599 cannot come back, by design. */
            if (style == PRD_THAI_DATE_SHORT && (year_be < 2500 || year_be > 2599))
              continue;
            s = prd_thai_date_format (&date, style, flags);

            FUZZ_CHECK (prd_thai_date_parse (s, &back, NULL));
            FUZZ_CHECK (g_date_compare (&date, &back) == 0);
          }
    }
  else
    FUZZ_CHECK (error != NULL && error->domain == PRD_THAI_ERROR && error->message[0] != '\0');
  return 0;
}
