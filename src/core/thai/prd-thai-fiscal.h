/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-fiscal.h — fiscal years (ปีงบประมาณ), their months and the
 * reporting rounds (รอบ) an office defines. prd-thai.h has the fiscal year of
 * a date and its bounds. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Document numbers restart each calendar year (BE), reports each fiscal
 * year: the two years of a date. */
int       prd_thai_document_year       (const GDate *date);
#define   prd_thai_report_year(date)   prd_thai_fiscal_year (date)

/* Month INDEX (0 = ต.ค. … 11 = ก.ย.) of FISCAL_YEAR_BE: its month (1..12)
 * and Christian-Era year. */
void      prd_thai_fiscal_month        (int          fiscal_year_be,
                                        int          index,
                                        int         *month,
                                        int         *year_ce);
/* Where DATE's month stands in its fiscal year: 0 (October) … 11. */
int       prd_thai_fiscal_month_index  (const GDate *date);

/* A reporting round: from START (day, month) to END (day, month) inside a
 * fiscal year, e.g. 1 Oct – 30 Jun. An end day past the month's length (29
 * Feb in a common year) means its last day. */
typedef struct {
  int start_day, start_month;
  int end_day, end_month;
} PrdThaiRound;

typedef enum {
  PRD_THAI_ROUNDS_NINE_THREE,  /* 1 Oct – 30 Jun, 1 Jul – 30 Sep */
  PRD_THAI_ROUNDS_HALVES,      /* 1 Oct – 31 Mar, 1 Apr – 30 Sep */
  PRD_THAI_ROUNDS_QUARTERS,    /* Oct–Dec, Jan–Mar, Apr–Jun, Jul–Sep */
} PrdThaiRoundPreset;

#define PRD_THAI_ROUNDS_DEFAULT_SPEC "1/10-30/6, 1/7-30/9"

/* The rounds of a preset, as a GArray of PrdThaiRound. */
GArray   *prd_thai_rounds_preset       (PrdThaiRoundPreset preset);
/* Reads rounds written "D/M-D/M, D/M-D/M…" (Thai or Arabic digits), each
 * inside one fiscal year, in order and not overlapping. */
GArray   *prd_thai_rounds_parse        (const char  *spec,
                                        GError     **error);
char     *prd_thai_rounds_to_string    (GArray      *rounds);
/* The dates of ROUND in FISCAL_YEAR_BE. */
void      prd_thai_round_bounds        (const PrdThaiRound *round,
                                        int          fiscal_year_be,
                                        GDate       *first,
                                        GDate       *last);
/* The round (index into ROUNDS) DATE falls in, or -1 when none does; the
 * fiscal year goes to *FISCAL_YEAR_BE. */
int       prd_thai_round_of            (GArray      *rounds,
                                        const GDate *date,
                                        int         *fiscal_year_be);

G_END_DECLS
