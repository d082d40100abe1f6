/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-baht.c — amounts in words, exactly as Excel's BAHTTEXT writes
 * them: เอ็ด for a final one after higher digits, ยี่สิบ, สิบ (never
 * หนึ่งสิบ), ล้าน repeating for every six digits, สตางค์ or ถ้วน, ลบ for a
 * negative amount. */
#define G_LOG_DOMAIN "prd-thai"

#include "prd-thai.h"

static const char *const digit_words[10] = {
  "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
};
static const char *const place_words[6] = {
  "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน",
};

/* Words of N (0 < N < 1,000,000). HIGHER says the whole number has digits
 * above this group, so a final 1 is เอ็ด there too (1,000,001 →
 * หนึ่งล้านเอ็ด, as BAHTTEXT writes it). */
static void
append_group (GString  *out,
              guint     n,
              gboolean  higher)
{
  int digits[6];

  for (int i = 0; i < 6; i++, n /= 10)
    digits[i] = (int) (n % 10);

  for (int place = 5; place >= 0; place--)
    {
      int d = digits[place];

      if (d == 0)
        continue;
      if (place == 1)
        {
          if (d == 2)
            g_string_append (out, "ยี่");
          else if (d != 1)
            g_string_append (out, digit_words[d]);
          g_string_append (out, "สิบ");
        }
      else if (place == 0 && d == 1)
        {
          gboolean above = higher;

          for (int k = 1; k < 6; k++)
            above = above || digits[k] != 0;
          g_string_append (out, above ? "เอ็ด" : "หนึ่ง");
        }
      else
        {
          g_string_append (out, digit_words[d]);
          g_string_append (out, place_words[place]);
        }
    }
}

/* Words of N > 0: groups of six digits joined by ล้าน. */
static void
append_number (GString *out,
               guint64  n,
               gboolean higher)
{
  guint64 high = n / 1000000;
  guint low = (guint) (n % 1000000);

  if (high > 0)
    {
      append_number (out, high, higher);
      g_string_append (out, "ล้าน");
    }
  if (low > 0)
    append_group (out, low, higher || high > 0);
}

char *
prd_thai_baht_text (gint64 satang)
{
  GString *out = g_string_new (NULL);
  guint64 value;
  guint64 baht;
  guint st;

  if (satang < 0)
    {
      g_string_append (out, "ลบ");
      value = (guint64) (-(satang + 1)) + 1;   /* also right for G_MININT64 */
    }
  else
    value = (guint64) satang;

  baht = value / 100;
  st = (guint) (value % 100);

  if (baht == 0 && st == 0)
    g_string_append (out, "ศูนย์บาทถ้วน");
  else
    {
      if (baht > 0)
        {
          append_number (out, baht, FALSE);
          g_string_append (out, "บาท");
        }
      if (st == 0)
        g_string_append (out, "ถ้วน");
      else
        {
          append_number (out, st, FALSE);
          g_string_append (out, "สตางค์");
        }
    }
  return g_string_free (out, FALSE);
}
