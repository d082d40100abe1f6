/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzzes the national ID and school code parsers. */
#include "fuzz-common.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-ids.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = prd_thai_national_id_normalize (text, &error);
  gboolean valid = prd_thai_national_id_valid (text, NULL);

  FUZZ_CHECK ((digits != NULL) == valid);
  if (digits != NULL)
    {
      g_autofree char *formatted = prd_thai_national_id_format (digits);

      FUZZ_CHECK (strlen (digits) == 13);
      FUZZ_CHECK (prd_thai_national_id_check_digit (digits) == digits[12] - '0');
      FUZZ_CHECK (prd_thai_national_id_valid (formatted, NULL));
    }
  else
    FUZZ_CHECK (error != NULL);

  for (int kind = PRD_THAI_SCHOOL_CODE; kind <= PRD_THAI_SCHOOL_OBEC; kind++)
    {
      g_autoptr(GError) e = NULL;
      g_autofree char *code = prd_thai_school_code_normalize (text, kind, &e);

      FUZZ_CHECK ((code == NULL) == (e != NULL));
    }
  return 0;
}
