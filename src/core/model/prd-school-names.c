/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school-names.c — the key school names are matched by. */
#define G_LOG_DOMAIN "prd-model"

#include <string.h>

#include "prd-school-names.h"

static const char *const prefixes[] = { "โรงเรียน", "ร.ร.", "รร." };

gboolean
prd_school_name_is_school (const char *name)
{
  const char *p = name != NULL ? name : "";

  while (g_unichar_isspace (g_utf8_get_char (p)) && *p != '\0')
    p = g_utf8_next_char (p);
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (p, prefixes[i]))
      return TRUE;
  return FALSE;
}

char *
prd_school_name_fold (const char *name)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *lower = NULL;
  const char *p;

  for (p = name != NULL ? name : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200B)
        continue;
      if (c >= 0x0E50 && c <= 0x0E59)   /* Thai digits ๐–๙ */
        c = '0' + (c - 0x0E50);
      g_string_append_unichar (s, c);
    }
  lower = g_utf8_strdown (s->str, -1);
  p = lower;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (p, prefixes[i]))
      {
        p += strlen (prefixes[i]);
        break;
      }
  return g_strdup (p);
}
