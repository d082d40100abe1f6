/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-phone.c — Thai phone numbers in one display form. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <glib/gi18n.h>

#include "prd-thai.h"
#include "prd-thai-ids.h"
#include "prd-thai-private.h"

/* Words that start an extension: "02-123-4567 ต่อ 12", "… ext. 12", "… #12" */
static const char *const extension_words[] = { "ต่อ", "ext.", "ext", "x", "#" };

static const char *
find_extension (const char *text,
                const char **word_end)
{
  for (const char *p = text; *p != '\0'; p++)
    for (guint i = 0; i < G_N_ELEMENTS (extension_words); i++)
      {
        gsize n = strlen (extension_words[i]);

        if (g_ascii_strncasecmp (p, extension_words[i], n) == 0)
          {
            *word_end = p + n;
            return p;
          }
      }
  return NULL;
}

static gboolean
fail (GError    **error,
      const char *message)
{
  g_set_error_literal (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT, message);
  return FALSE;
}

char *
prd_thai_phone_normalize_full (const char        *text,
                               PrdThaiPhoneKind  *kind_out,
                               GError           **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) ext = g_string_new (NULL);
  const char *ext_start, *ext_word_end = NULL, *end, *p;
  gboolean plus = FALSE;
  PrdThaiPhoneKind kind;
  char *display;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return fail (error, _("This is not a phone number")), NULL;

  ext_start = find_extension (text, &ext_word_end);
  end = ext_start ? ext_start : text + strlen (text);

  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = prd_thai_digit_value (c);

      if (d >= 0)
        g_string_append_c (digits, (char) ('0' + d));
      else if (c == '+' && digits->len == 0 && !plus)
        plus = TRUE;
      else if (c == '(' && strncmp (p, "(0)", 3) == 0 && plus)
        p += 2;   /* "+66 (0)81…": the trunk zero some people keep */
      else if (!(prd_thai_is_space (c) || c == '-' || c == '.' || c == '(' || c == ')' ||
                 c == '/' || c == 0x2013))
        return fail (error, _("The phone number may hold only digits, spaces, dashes and an extension (ต่อ)")), NULL;
    }

  if (ext_start != NULL)
    {
      for (p = ext_word_end; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          int d = prd_thai_digit_value (c);

          if (d >= 0)
            g_string_append_c (ext, (char) ('0' + d));
          else if (!(prd_thai_is_space (c) || c == '.' || c == ':'))
            return fail (error, _("The extension (ต่อ) of the phone number may hold only digits")), NULL;
        }
      if (ext->len == 0 || ext->len > 6)
        return fail (error, _("The extension (ต่อ) of the phone number must have 1 to 6 digits")), NULL;
    }

  /* +66 / 0066 / 66…: the country code stands for the trunk zero. */
  {
    gsize skip = 0;

    if (plus && !g_str_has_prefix (digits->str, "66"))
      return fail (error, _("This is not a Thai phone number: the country code is not +66")), NULL;
    if (plus)
      skip = 2;
    else if (g_str_has_prefix (digits->str, "0066"))
      skip = 4;
    else if (digits->len == 11 && g_str_has_prefix (digits->str, "66"))
      skip = 2;
    if (skip > 0)
      {
        g_string_erase (digits, 0, (gssize) skip);
        if (digits->str[0] != '0')
          g_string_prepend_c (digits, '0');
      }
  }

  if (digits->len == 0)
    return fail (error, _("The phone number is empty")), NULL;

  if (digits->len == 4 && digits->str[0] == '1' && ext->len == 0)
    {
      kind = PRD_THAI_PHONE_HOTLINE;
      display = g_strdup (digits->str);
    }
  else if (digits->str[0] != '0')
    return fail (error, _("A Thai phone number starts with 0 (or +66)")), NULL;
  else if (digits->len == 10 && strchr ("689", digits->str[1]) != NULL)
    {
      kind = PRD_THAI_PHONE_MOBILE;
      display = g_strdup_printf ("%.3s-%.3s-%.4s", digits->str, digits->str + 3, digits->str + 6);
    }
  else if (digits->len == 9 && digits->str[1] == '2')
    {
      kind = PRD_THAI_PHONE_BANGKOK;
      display = g_strdup_printf ("%.2s-%.3s-%.4s", digits->str, digits->str + 2, digits->str + 5);
    }
  else if (digits->len == 9 && strchr ("3457", digits->str[1]) != NULL)
    {
      kind = PRD_THAI_PHONE_PROVINCIAL;
      display = g_strdup_printf ("%.3s-%.3s-%.3s", digits->str, digits->str + 3, digits->str + 6);
    }
  else if (strchr ("689", digits->str[1]) != NULL)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("A mobile number has 10 digits (0XX-XXX-XXXX); this one has %u"), (guint) digits->len);
      return NULL;
    }
  else if (strchr ("23457", digits->str[1]) != NULL)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("A landline number has 9 digits (02-XXX-XXXX or 0XX-XXX-XXX); this one has %u"),
                   (guint) digits->len);
      return NULL;
    }
  else
    return fail (error, _("This is not a Thai phone number: no Thai number starts with 00 or 01")), NULL;

  if (ext->len > 0)
    {
      char *with_ext = g_strdup_printf ("%s ต่อ %s", display, ext->str);

      g_free (display);
      display = with_ext;
    }
  if (kind_out != NULL)
    *kind_out = kind;
  return display;
}

char *
prd_thai_phone_normalize (const char  *text,
                          GError     **error)
{
  return prd_thai_phone_normalize_full (text, NULL, error);
}
