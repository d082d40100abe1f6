/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-amount.c — amounts typed as text ↔ satang. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <glib/gi18n.h>

#include "prd-thai.h"
#include "prd-thai-money.h"
#include "prd-thai-private.h"

#define MAX_BAHT G_GINT64_CONSTANT (999999999999)

static gboolean
fail (GError    **error,
      const char *message)
{
  g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT, message);
  return FALSE;
}

gboolean
prd_thai_amount_parse (const char  *text,
                       gint64      *satang,
                       GError     **error)
{
  const char *p;
  gboolean negative = FALSE, any_digit = FALSE, in_fraction = FALSE;
  gboolean grouped = FALSE;
  int group_digits = 0, fraction_digits = 0;
  gint64 baht = 0, fraction = 0;
  g_autofree char *trimmed = NULL;
  const char *suffixes[] = { "บาทถ้วน", "บาท", "baht", "THB" };

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return fail (error, _("This is not an amount of money"));

  trimmed = g_strstrip (g_strdup (text));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (trimmed, suffixes[i]))
      {
        trimmed[strlen (trimmed) - strlen (suffixes[i])] = '\0';
        g_strchomp (trimmed);
        break;
      }

  p = trimmed;
  if (*p == '-' || *p == '+')
    {
      negative = *p == '-';
      p++;
    }
  if (g_str_has_prefix (p, "฿"))
    p += strlen ("฿");
  while (*p == ' ')
    p++;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = prd_thai_digit_value (c);

      if (d >= 0)
        {
          any_digit = TRUE;
          if (in_fraction)
            {
              if (++fraction_digits > 2)
                return fail (error, _("The amount is wrong: satang have at most two decimals"));
              fraction = fraction * 10 + d;
            }
          else
            {
              if (baht > MAX_BAHT / 10)
                return fail (error, _("The amount is too large"));
              baht = baht * 10 + d;
              group_digits++;
              if (grouped && group_digits > 3)
                return fail (error, _("The amount is wrong: commas go between groups of three digits"));
            }
        }
      else if (c == ',' && !in_fraction && any_digit && (!grouped || group_digits == 3) &&
               (grouped || group_digits <= 3))
        {
          grouped = TRUE;
          group_digits = 0;
        }
      else if (c == '.' && !in_fraction && (!grouped || group_digits == 3))
        in_fraction = TRUE;
      else if (c == ',')
        return fail (error, _("The amount is wrong: commas go between groups of three digits"));
      else
        return fail (error, _("The amount may hold only digits, commas, a decimal point and a minus sign"));
    }

  if (!any_digit)
    return fail (error, _("This is not an amount of money"));
  if (grouped && !in_fraction && group_digits != 3)
    return fail (error, _("The amount is wrong: commas go between groups of three digits"));
  if (baht > MAX_BAHT)
    return fail (error, _("The amount is too large"));
  if (fraction_digits == 1)
    fraction *= 10;   /* "0.5" is fifty satang */

  *satang = (baht * 100 + fraction) * (negative ? -1 : 1);
  return TRUE;
}

char *
prd_thai_amount_format (gint64   satang,
                        gboolean thai_digits)
{
  GString *out = g_string_new (NULL);
  guint64 value = satang < 0 ? (guint64) (-(satang + 1)) + 1 : (guint64) satang;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value / 100);
  gsize n = strlen (digits);
  char *result;

  if (satang < 0)
    g_string_append_c (out, '-');
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append_printf (out, ".%02u", (guint) (value % 100));
  result = g_string_free (out, FALSE);
  if (thai_digits)
    {
      char *thai = prd_thai_digits_to_thai (result);

      g_free (result);
      return thai;
    }
  return result;
}
