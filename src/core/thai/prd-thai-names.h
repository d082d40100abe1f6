/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-names.h — Thai personal names beyond prd-thai.h. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* prd_thai_name_split() gives "" (never NULL) for a part the name lacks. */

/* The key lists sort people by: the given name and surname without the
 * title, in Thai order (memcmp / strcmp order). */
char     *prd_thai_name_sort_key     (const char *full_name);
/* Whether TEXT is one known title prefix or a combination of them
 * ("ผศ.ดร.", "ว่าที่ร้อยตรี"). */
gboolean  prd_thai_name_is_title     (const char *text);

G_END_DECLS
