/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-date.h — more of the Thai dates than prd-thai.h declares. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRD_THAI_BE_OFFSET 543

/* "จันทร์" … "อาทิตย์" (without "วัน") */
const char *prd_thai_weekday_name   (GDateWeekday  weekday);
/* The Buddhist-Era year of DATE (CE + 543). */
int         prd_thai_date_year_be   (const GDate  *date);

G_END_DECLS
