/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-ids.c — national ID check digit and OBEC school codes. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <glib/gi18n.h>

#include "prd-thai.h"
#include "prd-thai-ids.h"
#include "prd-thai-private.h"

/* The digits of TEXT, skipping the separators people type (space, dash,
 * dot, slash); NULL when anything else is in it. *COUNT is set either way. */
static char *
collect_digits (const char *text,
                guint      *count)
{
  GString *digits = g_string_new (NULL);
  const char *p;

  *count = 0;
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_string_free (digits, TRUE), NULL;
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = prd_thai_digit_value (c);

      if (d >= 0)
        {
          g_string_append_c (digits, (char) ('0' + d));
          (*count)++;
        }
      else if (!(prd_thai_is_space (c) || c == '-' || c == '.' || c == '/' || c == 0x2013))
        return g_string_free (digits, TRUE), NULL;
    }
  return g_string_free (digits, FALSE);
}

int
prd_thai_national_id_check_digit (const char *twelve_digits)
{
  int sum = 0;

  for (int i = 0; i < 12; i++)
    sum += (twelve_digits[i] - '0') * (13 - i);
  return (11 - sum % 11) % 10;
}

char *
prd_thai_national_id_normalize (const char  *text,
                                GError     **error)
{
  guint count;
  g_autofree char *digits = collect_digits (text, &count);
  int check;

  if (digits == NULL)
    {
      g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                           _("The national ID may hold only digits, spaces and dashes"));
      return NULL;
    }
  if (count != 13)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("A national ID has 13 digits; this one has %u"), count);
      return NULL;
    }
  check = prd_thai_national_id_check_digit (digits);
  if (digits[12] - '0' != check)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_CHECK_DIGIT,
                   _("The national ID is mistyped: with these first 12 digits the last digit would be %d, not %c"),
                   check, digits[12]);
      return NULL;
    }
  return g_steal_pointer (&digits);
}

gboolean
prd_thai_national_id_valid (const char  *text,
                            GError     **error)
{
  g_autofree char *digits = prd_thai_national_id_normalize (text, error);

  return digits != NULL;
}

char *
prd_thai_national_id_format (const char *digits)
{
  g_return_val_if_fail (digits != NULL && strlen (digits) == 13, NULL);
  return g_strdup_printf ("%.1s-%.4s-%.5s-%.2s-%.1s",
                          digits, digits + 1, digits + 5, digits + 10, digits + 12);
}

char *
prd_thai_school_code_normalize (const char            *text,
                                PrdThaiSchoolCodeKind  kind,
                                GError               **error)
{
  static const guint lengths[] = { 10, 8, 6 };
  const char *names[] = { N_("school code"), N_("SMIS code"), N_("OBEC code") };
  guint count;
  g_autofree char *digits = NULL;

  g_return_val_if_fail (kind <= PRD_THAI_SCHOOL_OBEC, NULL);
  digits = collect_digits (text, &count);
  if (digits == NULL)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("The %s may hold only digits"), _(names[kind]));
      return NULL;
    }
  if (count != lengths[kind])
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("The %s has %u digits; this one has %u"), _(names[kind]), lengths[kind], count);
      return NULL;
    }
  if (strspn (digits, "0") == count)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("The %s cannot be all zeros"), _(names[kind]));
      return NULL;
    }
  return g_steal_pointer (&digits);
}
