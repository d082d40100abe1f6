/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai.h — the Thai core: what makes PR Desk Thai-native.
 *
 * This header is the contract other modules code against. The Thai-core work
 * implements every declaration here (in files of their own under core/thai/)
 * and may add more; it does not rename or change these.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define PRD_THAI_ERROR (prd_thai_error_quark ())
typedef enum {
  PRD_THAI_ERROR_DAY,        /* the day is wrong */
  PRD_THAI_ERROR_MONTH,      /* the month is wrong */
  PRD_THAI_ERROR_YEAR,       /* the year is wrong */
  PRD_THAI_ERROR_FORMAT,     /* not a date / phone / ID / amount at all */
  PRD_THAI_ERROR_CHECK_DIGIT,
} PrdThaiError;
GQuark prd_thai_error_quark (void);

/* Dates (Buddhist Era = CE + 543) */
typedef enum {
  PRD_THAI_DATE_FULL,        /* 25 พฤศจิกายน 2567 */
  PRD_THAI_DATE_SHORT,       /* 25 พ.ย. 67 */
  PRD_THAI_DATE_ISO,         /* 2024-11-25 */
} PrdThaiDateStyle;

typedef enum {
  PRD_THAI_DATE_PLAIN       = 0,
  PRD_THAI_DATE_WEEKDAY     = 1 << 0,  /* วันจันทร์ที่ 25 พฤศจิกายน 2567 */
  PRD_THAI_DATE_THAI_DIGITS = 1 << 1,  /* ๒๕ พฤศจิกายน ๒๕๖๗ */
  PRD_THAI_DATE_BE_PREFIX   = 1 << 2,  /* 25 พฤศจิกายน พ.ศ. 2567 */
} PrdThaiDateFlags;

char       *prd_thai_date_format        (const GDate       *date,
                                         PrdThaiDateStyle   style,
                                         PrdThaiDateFlags   flags);
gboolean    prd_thai_date_parse         (const char        *text,
                                         GDate             *out,
                                         GError           **error);
const char *prd_thai_month_name         (int                month,      /* 1..12 */
                                         gboolean           short_form);

/* Digits */
char       *prd_thai_digits_to_thai     (const char        *text);
char       *prd_thai_digits_to_arabic   (const char        *text);

/* Fiscal year (1 Oct – 30 Sep, named by the BE year it ends in) */
int         prd_thai_fiscal_year        (const GDate       *date);
void        prd_thai_fiscal_year_bounds (int                fiscal_year_be,
                                         GDate             *first,
                                         GDate             *last);

/* Money: satang = baht × 100; BAHTTEXT wording */
char       *prd_thai_baht_text          (gint64             satang);

/* IDs and contacts */
gboolean    prd_thai_national_id_valid  (const char        *text,
                                         GError           **error);
char       *prd_thai_phone_normalize    (const char        *text,
                                         GError           **error);

/* Names: "ผศ.ดร.สมชาย ใจดี" → title "ผศ.ดร.", given "สมชาย", surname "ใจดี" */
void        prd_thai_name_split         (const char        *full_name,
                                         char             **title,
                                         char             **given_name,
                                         char             **surname);

/* Thai order: a key that sorts with memcmp as th_strcoll orders */
char       *prd_thai_sort_key           (const char        *text);
int         prd_thai_compare            (const char        *a,
                                         const char        *b);

/* Registers on DB: collation "THAI" (ORDER BY x COLLATE THAI) and the FTS5
 * tokenizer "thai" (CREATE VIRTUAL TABLE … USING fts5(…, tokenize='thai')).
 * PrdStore calls it on every connection it opens. */
int         prd_thai_sqlite_register    (sqlite3           *db);

G_END_DECLS
