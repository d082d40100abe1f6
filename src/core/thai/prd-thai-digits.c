/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-digits.c — Thai ↔ Arabic digits in any text. */
#define G_LOG_DOMAIN "prd-thai"

#include "prd-thai.h"
#include "prd-thai-private.h"

#include <string.h>

/* Only the ten digits change; every other byte is copied as it is, even
 * invalid UTF-8, so the conversion never loses anything. */
char *
prd_thai_digits_to_thai (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text) * 3);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (out, PRD_THAI_DIGIT_ZERO + (gunichar) (*p - '0'));
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
prd_thai_digits_to_arabic (const char *text)
{
  GString *out;
  const guchar *p;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text));
  /* ๐..๙ are E0 B9 90 .. E0 B9 99 in UTF-8. */
  for (p = (const guchar *) text; *p != '\0'; p++)
    {
      if (p[0] == 0xE0 && p[1] == 0xB9 && p[2] >= 0x90 && p[2] <= 0x99)
        {
          g_string_append_c (out, (char) ('0' + (p[2] - 0x90)));
          p += 2;
        }
      else
        g_string_append_c (out, (char) *p);
    }
  return g_string_free (out, FALSE);
}
