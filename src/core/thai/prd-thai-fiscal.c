/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-fiscal.c — fiscal years and reporting rounds. */
#define G_LOG_DOMAIN "prd-thai"

#include <glib/gi18n.h>

#include "prd-thai.h"
#include "prd-thai-date.h"
#include "prd-thai-fiscal.h"
#include "prd-thai-private.h"

int
prd_thai_fiscal_year (const GDate *date)
{
  int year_ce;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);
  year_ce = g_date_get_year (date);
  return (g_date_get_month (date) >= G_DATE_OCTOBER ? year_ce + 1 : year_ce) + PRD_THAI_BE_OFFSET;
}

void
prd_thai_fiscal_year_bounds (int    fiscal_year_be,
                             GDate *first,
                             GDate *last)
{
  int year_ce = fiscal_year_be - PRD_THAI_BE_OFFSET;

  if (first != NULL)
    {
      g_date_clear (first, 1);
      g_date_set_dmy (first, 1, G_DATE_OCTOBER, (GDateYear) (year_ce - 1));
    }
  if (last != NULL)
    {
      g_date_clear (last, 1);
      g_date_set_dmy (last, 30, G_DATE_SEPTEMBER, (GDateYear) year_ce);
    }
}

int
prd_thai_document_year (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);
  return g_date_get_year (date) + PRD_THAI_BE_OFFSET;
}

void
prd_thai_fiscal_month (int  fiscal_year_be,
                       int  index,
                       int *month,
                       int *year_ce)
{
  int m = (index + 9) % 12 + 1;   /* 0 → 10 (October) … 11 → 9 (September) */

  g_return_if_fail (index >= 0 && index < 12);
  if (month != NULL)
    *month = m;
  if (year_ce != NULL)
    *year_ce = fiscal_year_be - PRD_THAI_BE_OFFSET - (m >= 10 ? 1 : 0);
}

int
prd_thai_fiscal_month_index (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), -1);
  return (g_date_get_month (date) + 2) % 12;
}

/* Rounds */

static int
fiscal_order (int month)
{
  return (month + 2) % 12;
}

GArray *
prd_thai_rounds_preset (PrdThaiRoundPreset preset)
{
  static const PrdThaiRound nine_three[] = { { 1, 10, 30, 6 }, { 1, 7, 30, 9 } };
  static const PrdThaiRound halves[] = { { 1, 10, 31, 3 }, { 1, 4, 30, 9 } };
  static const PrdThaiRound quarters[] = {
    { 1, 10, 31, 12 }, { 1, 1, 31, 3 }, { 1, 4, 30, 6 }, { 1, 7, 30, 9 },
  };
  GArray *rounds = g_array_new (FALSE, FALSE, sizeof (PrdThaiRound));

  switch (preset)
    {
    case PRD_THAI_ROUNDS_NINE_THREE:
      g_array_append_vals (rounds, nine_three, G_N_ELEMENTS (nine_three));
      break;
    case PRD_THAI_ROUNDS_HALVES:
      g_array_append_vals (rounds, halves, G_N_ELEMENTS (halves));
      break;
    case PRD_THAI_ROUNDS_QUARTERS:
    default:
      g_array_append_vals (rounds, quarters, G_N_ELEMENTS (quarters));
      break;
    }
  return rounds;
}

/* "D/M" → day and month; FALSE when not. */
static gboolean
read_day_month (const char **p,
                int         *day,
                int         *month)
{
  int values[2] = { 0, 0 };

  for (int k = 0; k < 2; k++)
    {
      int digits = 0;

      while (**p == ' ')
        (*p)++;
      for (;;)
        {
          int d = prd_thai_digit_value (g_utf8_get_char (*p));

          if (d < 0 || digits >= 2)
            break;
          values[k] = values[k] * 10 + d;
          digits++;
          *p = g_utf8_next_char (*p);
        }
      if (digits == 0)
        return FALSE;
      if (k == 0)
        {
          if (**p != '/')
            return FALSE;
          (*p)++;
        }
    }
  *day = values[0];
  *month = values[1];
  return TRUE;
}

static gboolean
round_part_valid (int day,
                  int month)
{
  /* 29 Feb is allowed: a round may end on the last day of February. */
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= g_date_get_days_in_month ((GDateMonth) month, 2024);
}

GArray *
prd_thai_rounds_parse (const char  *spec,
                       GError     **error)
{
  g_autoptr(GArray) rounds = g_array_new (FALSE, FALSE, sizeof (PrdThaiRound));
  const char *p = spec ? spec : "";
  int n = 0;

  for (;;)
    {
      PrdThaiRound r;

      while (*p == ' ' || *p == ',' || *p == ';')
        p++;
      if (*p == '\0')
        break;
      n++;
      if (!read_day_month (&p, &r.start_day, &r.start_month))
        goto bad;
      while (*p == ' ')
        p++;
      if (*p != '-')
        goto bad;
      p++;
      if (!read_day_month (&p, &r.end_day, &r.end_month))
        goto bad;
      if (!round_part_valid (r.start_day, r.start_month) ||
          !round_part_valid (r.end_day, r.end_month))
        {
          g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_DAY,
                       _("Reporting round %d is wrong: a day or month does not exist"), n);
          return NULL;
        }
      if (fiscal_order (r.end_month) * 100 + r.end_day < fiscal_order (r.start_month) * 100 + r.start_day)
        {
          g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_MONTH,
                       _("Reporting round %d is wrong: it ends before it starts (a round stays within 1 October – 30 September)"), n);
          return NULL;
        }
      if (rounds->len > 0)
        {
          PrdThaiRound *prev = &g_array_index (rounds, PrdThaiRound, rounds->len - 1);

          if (fiscal_order (r.start_month) * 100 + r.start_day <= fiscal_order (prev->end_month) * 100 + prev->end_day)
            {
              g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_DAY,
                           _("Reporting round %d is wrong: it starts before round %d ends"), n, n - 1);
              return NULL;
            }
        }
      g_array_append_val (rounds, r);
    }

  if (rounds->len == 0)
    {
      g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
                   _("No reporting round is given: write them as 1/10-30/6, 1/7-30/9"));
      return NULL;
    }
  return g_steal_pointer (&rounds);

bad:
  g_set_error (error, PRD_THAI_ERROR, PRD_THAI_ERROR_FORMAT,
               _("Reporting round %d is wrong: write each round as day/month-day/month, e.g. 1/10-30/6"), n);
  return NULL;
}

char *
prd_thai_rounds_to_string (GArray *rounds)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rounds->len; i++)
    {
      const PrdThaiRound *r = &g_array_index (rounds, PrdThaiRound, i);

      g_string_append_printf (out, "%s%d/%d-%d/%d", i ? ", " : "",
                              r->start_day, r->start_month, r->end_day, r->end_month);
    }
  return g_string_free (out, FALSE);
}

static void
set_in_fiscal_year (GDate *date,
                    int    day,
                    int    month,
                    int    fiscal_year_be)
{
  int year_ce = fiscal_year_be - PRD_THAI_BE_OFFSET - (month >= 10 ? 1 : 0);
  int days = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year_ce);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) MIN (day, days), (GDateMonth) month, (GDateYear) year_ce);
}

void
prd_thai_round_bounds (const PrdThaiRound *round,
                       int                 fiscal_year_be,
                       GDate              *first,
                       GDate              *last)
{
  g_return_if_fail (round != NULL);
  if (first != NULL)
    set_in_fiscal_year (first, round->start_day, round->start_month, fiscal_year_be);
  if (last != NULL)
    set_in_fiscal_year (last, round->end_day, round->end_month, fiscal_year_be);
}

int
prd_thai_round_of (GArray      *rounds,
                   const GDate *date,
                   int         *fiscal_year_be)
{
  int fy;

  g_return_val_if_fail (rounds != NULL && date != NULL && g_date_valid (date), -1);
  fy = prd_thai_fiscal_year (date);
  if (fiscal_year_be != NULL)
    *fiscal_year_be = fy;
  for (guint i = 0; i < rounds->len; i++)
    {
      GDate first, last;

      prd_thai_round_bounds (&g_array_index (rounds, PrdThaiRound, i), fy, &first, &last);
      if (g_date_compare (date, &first) >= 0 && g_date_compare (date, &last) <= 0)
        return (int) i;
    }
  return -1;
}
