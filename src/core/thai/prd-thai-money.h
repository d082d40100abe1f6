/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-money.h — amounts of money as people type and print them;
 * prd-thai.h has the amount in words (prd_thai_baht_text). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads "230,250", "230250.50", "๒๓๐,๒๕๐.๕๐ บาท", "-1,000.25", "฿99" into
 * satang (baht × 100). At most two decimals, thousands separators only in
 * groups of three, at most 999,999,999,999.99. */
gboolean  prd_thai_amount_parse   (const char  *text,
                                   gint64      *satang,
                                   GError     **error);
/* "230,250.00" (or with Thai digits). */
char     *prd_thai_amount_format  (gint64       satang,
                                   gboolean     thai_digits);

G_END_DECLS
