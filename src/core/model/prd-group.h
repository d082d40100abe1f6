/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-group.h — PrdGroup: one of the office's groups (กลุ่มอำนวยการ …, seed 004).
 *
 * A typed record of the office_group table (prd-record.h). */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_GROUP (prd_group_get_type ())
G_DECLARE_FINAL_TYPE (PrdGroup, prd_group, PRD, GROUP, PrdRecord)

PrdGroup *prd_group_new (void);
const char *prd_group_get_name (PrdGroup *self);
void        prd_group_set_name (PrdGroup *self, const char *value);
int         prd_group_get_sort_order (PrdGroup *self);
void        prd_group_set_sort_order (PrdGroup *self, int value);

/* The office's live groups in their order. */
GListModel *prd_group_list (PrdStore  *store,
                            GError   **error);

G_END_DECLS
