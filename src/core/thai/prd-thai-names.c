/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-names.c — title prefix, given name and surname. */
#define G_LOG_DOMAIN "prd-thai"

#include <string.h>

#include "prd-thai.h"
#include "prd-thai-names.h"
#include "prd-thai-private.h"

typedef enum {
  PLAIN       = 0,
  NEEDS_SPACE = 1 << 0,  /* begins names too (พระพาย, คุณากร): only before a space */
  RANK        = 1 << 1,  /* may take หญิง after it (ร.ต.อ.หญิง) */
} TitleFlags;

typedef struct {
  const char *text;
  TitleFlags  flags;
} Title;

static const Title titles[] = {
  /* civil */
  { "นาย", PLAIN }, { "นาง", PLAIN }, { "นางสาว", PLAIN }, { "น.ส.", PLAIN },
  { "เด็กชาย", PLAIN }, { "เด็กหญิง", PLAIN }, { "ด.ช.", PLAIN }, { "ด.ญ.", PLAIN },
  { "คุณ", NEEDS_SPACE }, { "คุณหญิง", PLAIN }, { "ท่านผู้หญิง", PLAIN },
  { "หม่อมเจ้า", PLAIN }, { "หม่อมราชวงศ์", PLAIN }, { "หม่อมหลวง", PLAIN },
  { "ม.จ.", PLAIN }, { "ม.ร.ว.", PLAIN }, { "ม.ล.", PLAIN },
  /* academic and professional */
  { "ดร.", PLAIN }, { "ศาสตราจารย์", PLAIN }, { "รองศาสตราจารย์", PLAIN },
  { "ผู้ช่วยศาสตราจารย์", PLAIN }, { "ศ.", PLAIN }, { "รศ.", PLAIN }, { "ผศ.", PLAIN },
  { "อาจารย์", NEEDS_SPACE }, { "อ.", PLAIN },
  { "นายแพทย์", PLAIN }, { "แพทย์หญิง", PLAIN }, { "นพ.", PLAIN }, { "พญ.", PLAIN },
  { "ทันตแพทย์", PLAIN }, { "ทันตแพทย์หญิง", PLAIN }, { "ทพ.", PLAIN }, { "ทพญ.", PLAIN },
  { "เภสัชกร", PLAIN }, { "เภสัชกรหญิง", PLAIN }, { "ภก.", PLAIN }, { "ภญ.", PLAIN },
  /* clergy */
  { "พระ", NEEDS_SPACE }, { "พระครู", PLAIN }, { "พระมหา", PLAIN }, { "พระอธิการ", PLAIN },
  { "สามเณร", PLAIN },
  /* acting rank: ว่าที่ then the rank */
  { "ว่าที่", PLAIN },
  /* army */
  { "พลเอก", RANK }, { "พลโท", RANK }, { "พลตรี", RANK }, { "พล.อ.", RANK }, { "พล.ท.", RANK }, { "พล.ต.", RANK },
  { "พันเอก", RANK }, { "พันโท", RANK }, { "พันตรี", RANK }, { "พ.อ.", RANK }, { "พ.ท.", RANK }, { "พ.ต.", RANK },
  { "ร้อยเอก", RANK }, { "ร้อยโท", RANK }, { "ร้อยตรี", RANK }, { "ร.อ.", RANK }, { "ร.ท.", RANK }, { "ร.ต.", RANK },
  { "จ่าสิบเอก", RANK }, { "จ่าสิบโท", RANK }, { "จ่าสิบตรี", RANK }, { "จ.ส.อ.", RANK }, { "จ.ส.ท.", RANK }, { "จ.ส.ต.", RANK },
  { "สิบเอก", RANK }, { "สิบโท", RANK }, { "สิบตรี", RANK }, { "ส.อ.", RANK }, { "ส.ท.", RANK }, { "ส.ต.", RANK },
  { "พลทหาร", RANK }, { "พลฯ", RANK },
  /* navy */
  { "พลเรือเอก", RANK }, { "พลเรือโท", RANK }, { "พลเรือตรี", RANK }, { "พล.ร.อ.", RANK }, { "พล.ร.ท.", RANK }, { "พล.ร.ต.", RANK },
  { "นาวาเอก", RANK }, { "นาวาโท", RANK }, { "นาวาตรี", RANK }, { "น.อ.", RANK }, { "น.ท.", RANK }, { "น.ต.", RANK },
  { "เรือเอก", RANK }, { "เรือโท", RANK }, { "เรือตรี", RANK },
  { "พันจ่าเอก", RANK }, { "พันจ่าโท", RANK }, { "พันจ่าตรี", RANK }, { "พ.จ.อ.", RANK }, { "พ.จ.ท.", RANK }, { "พ.จ.ต.", RANK },
  { "จ่าเอก", RANK }, { "จ่าโท", RANK }, { "จ่าตรี", RANK }, { "จ.อ.", RANK }, { "จ.ท.", RANK }, { "จ.ต.", RANK },
  /* air force */
  { "พลอากาศเอก", RANK }, { "พลอากาศโท", RANK }, { "พลอากาศตรี", RANK }, { "พล.อ.อ.", RANK }, { "พล.อ.ท.", RANK }, { "พล.อ.ต.", RANK },
  { "นาวาอากาศเอก", RANK }, { "นาวาอากาศโท", RANK }, { "นาวาอากาศตรี", RANK },
  { "เรืออากาศเอก", RANK }, { "เรืออากาศโท", RANK }, { "เรืออากาศตรี", RANK },
  { "พันจ่าอากาศเอก", RANK }, { "พันจ่าอากาศโท", RANK }, { "พันจ่าอากาศตรี", RANK },
  { "พ.อ.อ.", RANK }, { "พ.อ.ท.", RANK }, { "พ.อ.ต.", RANK },
  { "จ่าอากาศเอก", RANK }, { "จ่าอากาศโท", RANK }, { "จ่าอากาศตรี", RANK },
  /* police */
  { "พลตำรวจเอก", RANK }, { "พลตำรวจโท", RANK }, { "พลตำรวจตรี", RANK }, { "พล.ต.อ.", RANK }, { "พล.ต.ท.", RANK }, { "พล.ต.ต.", RANK },
  { "พันตำรวจเอก", RANK }, { "พันตำรวจโท", RANK }, { "พันตำรวจตรี", RANK }, { "พ.ต.อ.", RANK }, { "พ.ต.ท.", RANK }, { "พ.ต.ต.", RANK },
  { "ร้อยตำรวจเอก", RANK }, { "ร้อยตำรวจโท", RANK }, { "ร้อยตำรวจตรี", RANK }, { "ร.ต.อ.", RANK }, { "ร.ต.ท.", RANK }, { "ร.ต.ต.", RANK },
  { "ดาบตำรวจ", RANK }, { "ด.ต.", RANK }, { "จ่าสิบตำรวจ", RANK },
  { "สิบตำรวจเอก", RANK }, { "สิบตำรวจโท", RANK }, { "สิบตำรวจตรี", RANK }, { "ส.ต.อ.", RANK }, { "ส.ต.ท.", RANK }, { "ส.ต.ต.", RANK },
  { "พลตำรวจ", RANK },
  /* Latin */
  { "Mr.", PLAIN }, { "Mrs.", PLAIN }, { "Ms.", PLAIN }, { "Miss", NEEDS_SPACE }, { "Dr.", PLAIN },
  { "Prof.", PLAIN }, { "Mr", NEEDS_SPACE }, { "Mrs", NEEDS_SPACE }, { "Ms", NEEDS_SPACE },
};

/* A character that cannot begin a Thai word: vowel signs above or below,
 * tone marks, and the vowels written after their consonant. */
static gboolean
cannot_begin_word (gunichar c)
{
  return c == 0x0E30 || c == 0x0E31 || c == 0x0E32 || c == 0x0E33 ||
         (c >= 0x0E34 && c <= 0x0E3A) || c == 0x0E45 || (c >= 0x0E47 && c <= 0x0E4E);
}

/* The byte length of the longest title at P that may stand there, or 0. */
static gsize
match_title (const char *p,
             TitleFlags *flags)
{
  gsize best = 0;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      gsize n = strlen (titles[i].text);
      gunichar next;

      if (n <= best || strncmp (p, titles[i].text, n) != 0)
        continue;
      next = g_utf8_get_char (p + n);
      if (next != 0 && cannot_begin_word (next))
        continue;
      if ((titles[i].flags & NEEDS_SPACE) && !prd_thai_is_space (next))
        continue;
      /* "นางสาววรรณ" is นางสาว + วรรณ, but "นางสาวิตรี" is นาง + สาวิตรี:
       * the check above turns the long match down, the short one wins. */
      best = n;
      *flags = titles[i].flags;
    }
  return best;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && prd_thai_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* The end of the title run at the start of TEXT (after leading spaces). */
static const char *
title_end (const char *text,
           const char **title_start)
{
  const char *p = skip_spaces (text);
  const char *end = p;

  *title_start = p;
  for (;;)
    {
      TitleFlags flags = PLAIN;
      gsize n = match_title (p, &flags);

      if (n == 0)
        break;
      p += n;
      if ((flags & RANK) && g_str_has_prefix (p, "หญิง") && !cannot_begin_word (g_utf8_get_char (p + strlen ("หญิง"))))
        p += strlen ("หญิง");
      end = p;
      p = skip_spaces (p);
    }
  return end;
}

/* TEXT[0..LEN) with runs of spaces made one plain space, trimmed. */
static char *
collapse_spaces (const char *text,
                 gssize      len)
{
  GString *out = g_string_new (NULL);
  const char *end = len < 0 ? text + strlen (text) : text + len;
  gboolean space = FALSE;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (prd_thai_is_space (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

void
prd_thai_name_split (const char  *full_name,
                     char       **title,
                     char       **given_name,
                     char       **surname)
{
  const char *start, *end, *rest, *space;

  if (full_name == NULL || !g_utf8_validate (full_name, -1, NULL))
    full_name = "";

  end = title_end (full_name, &start);
  rest = skip_spaces (end);

  if (title != NULL)
    *title = collapse_spaces (start, end - start);

  /* Given name up to the first space; the surname is all the rest ("ณ
   * อยุธยา" stays whole). */
  space = rest;
  while (*space != '\0' && !prd_thai_is_space (g_utf8_get_char (space)))
    space = g_utf8_next_char (space);
  if (given_name != NULL)
    *given_name = g_strndup (rest, space - rest);
  if (surname != NULL)
    *surname = collapse_spaces (space, -1);
}

char *
prd_thai_name_sort_key (const char *full_name)
{
  g_autofree char *given = NULL;
  g_autofree char *surname = NULL;
  g_autofree char *both = NULL;

  prd_thai_name_split (full_name, NULL, &given, &surname);
  both = g_strconcat (given, " ", surname, NULL);
  return prd_thai_sort_key (both);
}

gboolean
prd_thai_name_is_title (const char *text)
{
  const char *start, *end;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  end = title_end (text, &start);
  return end > start && *skip_spaces (end) == '\0';
}
