/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzzes the amount parser and BAHTTEXT: no crash, and a parsed amount
 * formats and parses back to itself. */
#include "fuzz-common.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-money.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  gint64 satang = 0;

  if (prd_thai_amount_parse (text, &satang, &error))
    {
      g_autofree char *words = prd_thai_baht_text (satang);
      g_autofree char *plain = prd_thai_amount_format (satang, FALSE);
      g_autofree char *thai = prd_thai_amount_format (satang, TRUE);
      gint64 back = -1;

      FUZZ_CHECK (g_str_has_suffix (words, "ถ้วน") || g_str_has_suffix (words, "สตางค์"));
      FUZZ_CHECK (prd_thai_amount_parse (plain, &back, NULL) && back == satang);
      FUZZ_CHECK (prd_thai_amount_parse (thai, &back, NULL) && back == satang);
    }
  else
    FUZZ_CHECK (error != NULL);

  /* Any eight bytes as satang, extremes included. */
  if (size >= 8)
    {
      gint64 any;
      g_autofree char *words = NULL;

      memcpy (&any, data, 8);
      words = prd_thai_baht_text (any);
      FUZZ_CHECK (words != NULL && g_utf8_validate (words, -1, NULL));
    }
  return 0;
}
