/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-private.h — helpers shared by the files of core/thai. */
#pragma once

#include <glib.h>
#include <thai/thailib.h>

G_BEGIN_DECLS

/* Thai digits U+0E50..U+0E59 */
#define PRD_THAI_DIGIT_ZERO 0x0E50

static inline int
prd_thai_digit_value (gunichar c)
{
  if (c >= '0' && c <= '9')
    return (int) (c - '0');
  if (c >= PRD_THAI_DIGIT_ZERO && c <= PRD_THAI_DIGIT_ZERO + 9)
    return (int) (c - PRD_THAI_DIGIT_ZERO);
  return -1;
}

/* A Thai letter, vowel or tone mark: what a Thai word is made of (not digits,
 * not ฯ ๆ ฿ or the other signs). */
static inline gboolean
prd_thai_is_word_char (gunichar c)
{
  return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E30 && c <= 0x0E3A) ||
         (c >= 0x0E40 && c <= 0x0E45) || (c >= 0x0E47 && c <= 0x0E4E);
}

/* Removes a leading "ที่", NBSP, ZWSP and the like: whitespace as Thai text
 * from Word or the web has it. */
static inline gboolean
prd_thai_is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0x200C ||
         c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

/* UTF-8 → TIS-620 for libthai. Latin letters are folded to lower case (the
 * Thai order is case-insensitive); characters TIS-620 lacks are first
 * stripped of their accents (é → e), and what is still outside is left out
 * and reported through *lossy so the caller can break ties on the original.
 * Returns the number of bytes written to OUT (NUL-terminated; OUT must hold
 * at least LEN + 1 bytes). */
gsize    prd_thai_utf8_to_tis   (const char *text,
                                 gssize      len,
                                 thchar_t   *out,
                                 gboolean   *lossy);

G_END_DECLS
