/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzzes the phone parser: no crash, and its display form is a fixed point. */
#include "fuzz-common.h"
#include "thai/prd-thai.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *display = prd_thai_phone_normalize (text, &error);

  if (display != NULL)
    {
      g_autofree char *again = prd_thai_phone_normalize (display, NULL);

      FUZZ_CHECK (error == NULL);
      FUZZ_CHECK (again != NULL && strcmp (again, display) == 0);
    }
  else
    FUZZ_CHECK (error != NULL && error->message[0] != '\0');
  return 0;
}
