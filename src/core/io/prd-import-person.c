/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-person.c — whether a duplicate found by phone is the same person. */
#define G_LOG_DOMAIN "prd-io"

#include "prd-import-person.h"

/* No spaces (of any kind), lower case. */
static char *
fold_name (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name != NULL ? name : "", -1);
  GString *s = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200B)
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

gboolean
prd_import_same_person (const char *given_a,
                        const char *surname_a,
                        const char *given_b,
                        const char *surname_b)
{
  g_autofree char *ga = fold_name (given_a), *gb = fold_name (given_b);
  g_autofree char *sa = fold_name (surname_a), *sb = fold_name (surname_b);

  if (!g_str_equal (ga, gb))
    return FALSE;
  return *sa == '\0' || *sb == '\0' || g_str_equal (sa, sb);
}

char *
prd_import_person_name (const char *title,
                        const char *given_name,
                        const char *surname)
{
  GString *s = g_string_new (title);

  g_string_append (s, given_name != NULL ? given_name : "");
  if (surname != NULL && *surname != '\0')
    g_string_append_printf (s, " %s", surname);
  return g_string_free (s, FALSE);
}
