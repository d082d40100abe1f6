/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-date.c — Buddhist-Era dates as Thai offices write them. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>
#include <glib/gi18n.h>

#include "prd-thai.h"
#include "prd-thai-date.h"
#include "prd-thai-private.h"

static const char *const month_full[12] = {
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

static const char *const month_short[12] = {
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

/* GDateWeekday: Monday = 1 … Sunday = 7 */
static const char *const weekday_full[8] = {
  NULL, "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์",
};

const char *
prd_thai_month_name (int      month,
                     gboolean short_form)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  return short_form ? month_short[month - 1] : month_full[month - 1];
}

const char *
prd_thai_weekday_name (GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);
  return weekday_full[weekday];
}

int
prd_thai_date_year_be (const GDate *date)
{
  return g_date_get_year (date) + PRD_THAI_BE_OFFSET;
}

char *
prd_thai_date_format (const GDate      *date,
                      PrdThaiDateStyle  style,
                      PrdThaiDateFlags  flags)
{
  g_autoptr(GString) out = g_string_new (NULL);
  int day, month, year_be;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = g_date_get_day (date);
  month = g_date_get_month (date);
  year_be = prd_thai_date_year_be (date);

  if (style == PRD_THAI_DATE_ISO)
    /* Machine-readable: Christian Era, Arabic digits, whatever the flags. */
    return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), month, day);

  if (flags & PRD_THAI_DATE_WEEKDAY)
    g_string_append_printf (out, "วัน%sที่ ", weekday_full[g_date_get_weekday (date)]);

  if (style == PRD_THAI_DATE_SHORT)
    /* Lists write the short form without the era: "25 พ.ย. 67". Two digits
     * are read back as 25xx, so this form suits BE 2500–2599 only. */
    g_string_append_printf (out, "%d %s %02d", day, month_short[month - 1], year_be % 100);
  else
    g_string_append_printf (out, "%d %s %s%d", day, month_full[month - 1],
                            (flags & PRD_THAI_DATE_BE_PREFIX) ? "พ.ศ. " : "", year_be);

  if (flags & PRD_THAI_DATE_THAI_DIGITS)
    return prd_thai_digits_to_thai (out->str);
  return g_strdup (out->str);
}

/* Parsing. The text is read as a small sequence of parts; every part that is
 * wrong gets an error naming it. */

typedef struct {
  const char *p;
} Scan;

static void
skip_space (Scan *s)
{
  while (*s->p != '\0')
    {
      gunichar c = g_utf8_get_char (s->p);

      if (!prd_thai_is_space (c) && c != ',')
        break;
      s->p = g_utf8_next_char (s->p);
    }
}

static gboolean
skip_word (Scan       *s,
           const char *word)
{
  gsize n = strlen (word);

  if (strncmp (s->p, word, n) != 0)
    return FALSE;
  s->p += n;
  return TRUE;
}

/* Digits (Thai or Arabic) → value; *count = how many digits. */
static gboolean
read_number (Scan *s,
             int  *value,
             int  *count)
{
  *value = 0;
  *count = 0;
  while (*s->p != '\0')
    {
      int d = prd_thai_digit_value (g_utf8_get_char (s->p));

      if (d < 0)
        break;
      if (*count < 6)
        *value = *value * 10 + d;
      (*count)++;
      s->p = g_utf8_next_char (s->p);
    }
  return *count > 0;
}

/* A month name, full or short, with or without its dots: "พ.ย.", "พย",
 * "พ.ย" or "พฤศจิกายน". Returns 1..12 or 0. Leaves an era written flush
 * after it ("พ.ย.2567" is fine, so is "พ.ย.พ.ศ.2567") for the caller. */
static int
read_month_name (Scan *s)
{
  g_autoptr(GString) letters = g_string_new (NULL);
  const char *p = s->p;
  const char *after[32];
  guint n = 0;

  /* Collect Thai letters, dropping dots; remember where each letter ended
   * so we can stop right after the month. */
  while (*p != '\0' && n < G_N_ELEMENTS (after))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.')
        {
          p++;
          if (n > 0)
            after[n - 1] = p;
          continue;
        }
      if (!prd_thai_is_word_char (c))
        break;
      g_string_append_unichar (letters, c);
      p = g_utf8_next_char (p);
      after[n++] = p;
    }

  /* The longest name that the letters begin with. */
  for (int m = 0; m < 12; m++)
    {
      const char *names[2] = { month_full[m], month_short[m] };

      for (int k = 0; k < 2; k++)
        {
          g_autoptr(GString) bare = g_string_new (NULL);
          glong chars;

          for (const char *q = names[k]; *q != '\0'; q++)
            if (*q != '.')
              g_string_append_c (bare, *q);
          if (!g_str_has_prefix (letters->str, bare->str))
            continue;
          /* "มี.ค." must not be read as "ม.ค." + "ีค": only a whole name. */
          chars = g_utf8_strlen (bare->str, -1);
          if ((guint) chars < n)
            {
              const char *rest = letters->str + bare->len;

              if (!g_str_has_prefix (rest, "พศ") && !g_str_has_prefix (rest, "คศ"))
                continue;
            }
          s->p = after[chars - 1];
          return m + 1;
        }
    }
  return 0;
}

static int
read_weekday (Scan *s)
{
  for (int w = G_DATE_MONDAY; w <= G_DATE_SUNDAY; w++)
    if (skip_word (s, weekday_full[w]))
      return w;
  return 0;
}

static gboolean
fail (GError    **error,
      PrdThaiError code,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError    **error,
      PrdThaiError code,
      const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PRD_THAI_ERROR, code, message);
  return FALSE;
}

/* Era words: พ.ศ. / ค.ศ. with or without dots, or written out. */
typedef enum { ERA_NONE, ERA_BE, ERA_CE } Era;

static Era
read_era (Scan *s)
{
  static const struct { const char *word; Era era; } eras[] = {
    { "พุทธศักราช", ERA_BE }, { "คริสต์ศักราช", ERA_CE },
    { "พ.ศ.", ERA_BE }, { "พ.ศ", ERA_BE }, { "พศ.", ERA_BE }, { "พศ", ERA_BE },
    { "ค.ศ.", ERA_CE }, { "ค.ศ", ERA_CE }, { "คศ.", ERA_CE }, { "คศ", ERA_CE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (eras); i++)
    if (skip_word (s, eras[i].word))
      return eras[i].era;
  return ERA_NONE;
}

/* A year as written → Christian Era, or 0 with the error set. */
static int
resolve_year (int       value,
              int       digits,
              Era       era,
              GError  **error)
{
  int ce;

  if (digits == 2)
    ce = era == ERA_CE ? 2000 + value : 2500 + value - PRD_THAI_BE_OFFSET;
  else if (digits == 4)
    {
      gboolean be = era == ERA_BE || (era == ERA_NONE && value > 2400);

      if (era == ERA_BE && value <= 2400)
        return fail (error, PRD_THAI_ERROR_YEAR,
                     _("The year is wrong: %d is not a Buddhist-Era year (พ.ศ. years are above 2400)"),
                     value), 0;
      if (era == ERA_CE && value > 2400)
        return fail (error, PRD_THAI_ERROR_YEAR,
                     _("The year is wrong: %d looks like a Buddhist-Era year, not ค.ศ."), value), 0;
      ce = be ? value - PRD_THAI_BE_OFFSET : value;
    }
  else
    return fail (error, PRD_THAI_ERROR_YEAR,
                 _("The year is wrong: write it with 4 digits (2567) or 2 digits (67)")), 0;

  if (ce < 1900 || ce > 2200)
    return fail (error, PRD_THAI_ERROR_YEAR,
                 _("The year is wrong: %d is outside the years the program handles (พ.ศ. 2443–2743)"),
                 digits == 4 ? value : ce + PRD_THAI_BE_OFFSET), 0;
  return ce;
}

static gboolean
check_day_month (int       day,
                 int       month,
                 int       year_ce,
                 GError  **error)
{
  if (month < 1 || month > 12)
    return fail (error, PRD_THAI_ERROR_MONTH,
                 _("The month is wrong: %d is not a month (1–12)"), month);
  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year_ce))
    return fail (error, PRD_THAI_ERROR_DAY,
                 _("The day is wrong: %s %d has no day %d"),
                 month_full[month - 1], year_ce + PRD_THAI_BE_OFFSET, day);
  return TRUE;
}

gboolean
prd_thai_date_parse (const char  *text,
                     GDate       *out,
                     GError     **error)
{
  Scan s;
  int weekday = 0, day, day_digits, month = 0, year = 0, year_digits = 0, year_ce;
  Era era;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return fail (error, PRD_THAI_ERROR_FORMAT, _("This is not a date"));

  s.p = text;
  skip_space (&s);
  if (*s.p == '\0')
    return fail (error, PRD_THAI_ERROR_FORMAT, _("The date is empty"));

  /* ISO 8601: 2024-11-25 (or 2567-11-25). */
  {
    Scan iso = s;
    int y, yd, m, md, d, dd;

    if (read_number (&iso, &y, &yd) && yd == 4 && *iso.p == '-')
      {
        iso.p++;
        if (!read_number (&iso, &m, &md) || md > 2 || *iso.p != '-')
          return fail (error, PRD_THAI_ERROR_FORMAT,
                       _("This is not a date: write it as 25 พฤศจิกายน 2567, 25 พ.ย. 67, 25/11/2567 or 2024-11-25"));
        iso.p++;
        if (!read_number (&iso, &d, &dd) || dd > 2)
          return fail (error, PRD_THAI_ERROR_DAY, _("The day is wrong: it is missing"));
        skip_space (&iso);
        if (*iso.p != '\0')
          return fail (error, PRD_THAI_ERROR_FORMAT,
                       _("This is not a date: \"%s\" follows it"), iso.p);
        if ((year_ce = resolve_year (y, 4, ERA_NONE, error)) == 0 ||
            !check_day_month (d, m, year_ce, error))
          return FALSE;
        g_date_clear (out, 1);
        g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) year_ce);
        return TRUE;
      }
  }

  /* "วันพฤหัสบดีที่ 25 …", "วันที่ 25 …", "ที่ 25 …" */
  if (skip_word (&s, "วัน"))
    {
      weekday = read_weekday (&s);
      skip_space (&s);
    }
  skip_word (&s, "ที่");
  skip_space (&s);

  if (!read_number (&s, &day, &day_digits))
    return fail (error, PRD_THAI_ERROR_FORMAT,
                 _("This is not a date: write it as 25 พฤศจิกายน 2567, 25 พ.ย. 67, 25/11/2567 or 2024-11-25"));
  if (day_digits > 2)
    return fail (error, PRD_THAI_ERROR_DAY, _("The day is wrong: %d is not a day of a month"), day);

  skip_space (&s);
  if (*s.p == '/' || *s.p == '-' || *s.p == '.')
    {
      /* 25/11/2567, 25-11-67, 25.11.2567 */
      char sep = *s.p++;
      int month_digits;

      if (!read_number (&s, &month, &month_digits) || month_digits > 2)
        return fail (error, PRD_THAI_ERROR_MONTH, _("The month is wrong: write it as a number 1–12"));
      if (*s.p != sep)
        return fail (error, PRD_THAI_ERROR_YEAR, _("The year is missing"));
      s.p++;
      era = ERA_NONE;
    }
  else
    {
      skip_word (&s, "เดือน");
      skip_space (&s);
      month = read_month_name (&s);
      if (month == 0)
        {
          if (*s.p == '\0')
            return fail (error, PRD_THAI_ERROR_MONTH, _("The month is missing"));
          return fail (error, PRD_THAI_ERROR_MONTH,
                       _("The month is wrong: \"%s\" is not a Thai month name"), s.p);
        }
      skip_space (&s);
      era = read_era (&s);
      skip_space (&s);
    }

  if (!read_number (&s, &year, &year_digits))
    {
      if (*s.p == '\0')
        return fail (error, PRD_THAI_ERROR_YEAR, _("The year is missing"));
      return fail (error, PRD_THAI_ERROR_YEAR, _("The year is wrong: \"%s\" is not a year"), s.p);
    }
  skip_space (&s);
  if (*s.p != '\0')
    return fail (error, PRD_THAI_ERROR_FORMAT, _("This is not a date: \"%s\" follows it"), s.p);

  if ((year_ce = resolve_year (year, year_digits, era, error)) == 0 ||
      !check_day_month (day, month, year_ce, error))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year_ce);

  if (weekday != 0 && g_date_get_weekday (out) != (GDateWeekday) weekday)
    {
      GDateWeekday real = g_date_get_weekday (out);

      g_date_clear (out, 1);
      return fail (error, PRD_THAI_ERROR_DAY,
                   _("The day is wrong: %d %s %d is a %s, not a %s"),
                   day, month_full[month - 1], year_ce + PRD_THAI_BE_OFFSET,
                   weekday_full[real], weekday_full[weekday]);
    }
  return TRUE;
}
