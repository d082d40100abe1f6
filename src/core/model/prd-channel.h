/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-channel.h — PrdChannel: a publication channel (newsletter, website, Facebook page, LINE group…).
 *
 * A typed record of the channel table (prd-record.h). */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_CHANNEL (prd_channel_get_type ())
G_DECLARE_FINAL_TYPE (PrdChannel, prd_channel, PRD, CHANNEL, PrdRecord)

PrdChannel *prd_channel_new (void);
const char *prd_channel_get_label (PrdChannel *self);
void        prd_channel_set_label (PrdChannel *self, const char *value);
int         prd_channel_get_sort_order (PrdChannel *self);
void        prd_channel_set_sort_order (PrdChannel *self, int value);

/* The live channels in the office's order. */
GListModel *prd_channel_list (PrdStore  *store,
                              GError   **error);

G_END_DECLS
