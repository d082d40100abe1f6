/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-tis.c — UTF-8 to TIS-620, the encoding libthai works in. */
#define G_LOG_DOMAIN "prd-thai"

#include <thai/thwchar.h>

#include "prd-thai-private.h"

#include <string.h>

/* A character TIS-620 lacks: its compatibility decomposition, if that is
 * plain ASCII (é → e, ﬁ → fi, Ａ → a) and fits in MAX bytes; else nothing. */
static gsize
fold_foreign (gunichar  c,
              thchar_t *out,
              gsize     max)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, TRUE, parts, G_N_ELEMENTS (parts));
  gsize written = 0;

  for (gsize i = 0; i < n; i++)
    {
      gunichar p = parts[i];

      if (g_unichar_type (p) == G_UNICODE_NON_SPACING_MARK)
        continue;  /* the accent */
      if (p >= 0x80 || written >= max)
        return 0;
      out[written++] = (thchar_t) g_ascii_tolower ((char) p);
    }
  return written;
}

gsize
prd_thai_utf8_to_tis (const char *text,
                      gssize      len,
                      thchar_t   *out,
                      gboolean   *lossy)
{
  const char *p = text;
  const char *end;
  gsize n = 0;

  if (len < 0)
    len = (gssize) strlen (text);
  end = text + len;
  if (lossy != NULL)
    *lossy = FALSE;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize width;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: skip the byte; the tie-break keeps such text apart. */
          p++;
          if (lossy != NULL)
            *lossy = TRUE;
          continue;
        }
      width = (gsize) (g_utf8_next_char (p) - p);
      p += width;

      if (c < 0x20 || c == 0x7F)
        {
          /* Control characters: libthai weighs them as NUL bytes. */
          if (lossy != NULL)
            *lossy = TRUE;
        }
      else if (c < 0x80)
        out[n++] = (thchar_t) g_ascii_tolower ((char) c);
      else
        {
          thchar_t t = th_uni2tis (c);

          if (t != THCHAR_ERR && t >= 0xA1)
            out[n++] = t;
          else
            {
              gsize folded = fold_foreign (c, out + n, width);

              n += folded;
              if (folded == 0 && lossy != NULL)
                *lossy = TRUE;
            }
        }
    }
  out[n] = '\0';
  return n;
}
