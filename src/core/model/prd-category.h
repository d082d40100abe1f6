/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-category.h — PrdCategory: a network member category (internal or external network, seed 002).
 *
 * A typed record of the member_category table (prd-record.h). */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_CATEGORY (prd_category_get_type ())
G_DECLARE_FINAL_TYPE (PrdCategory, prd_category, PRD, CATEGORY, PrdRecord)

PrdCategory *prd_category_new (void);
const char *prd_category_get_label (PrdCategory *self);
void        prd_category_set_label (PrdCategory *self, const char *value);
gboolean    prd_category_get_internal (PrdCategory *self);
void        prd_category_set_internal (PrdCategory *self, gboolean value);
int         prd_category_get_sort_order (PrdCategory *self);
void        prd_category_set_sort_order (PrdCategory *self, int value);

/* The live member categories in the office's order. */
GListModel *prd_category_list (PrdStore  *store,
                               GError   **error);

G_END_DECLS
