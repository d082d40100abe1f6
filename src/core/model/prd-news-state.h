/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-news-state.h — a news item's state, derived, never stored.
 *
 * The news item's approval is its memo's (the newest live memo on it, by
 * date and number): no memo yet is a draft; the memo's decisions say the
 * rest (prd-memo-state.h). Publications will add "published" when they are
 * recorded. */
#pragma once

#include "model/prd-memo-state.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

typedef enum {
  PRD_NEWS_DRAFT,       /* no memo asks to publish it yet */
  PRD_NEWS_PROPOSED,    /* its memo awaits the group director or the director */
  PRD_NEWS_RETURNED,    /* its memo was returned for correction */
  PRD_NEWS_APPROVED,    /* the director allowed publishing */
  PRD_NEWS_REFUSED,     /* the group director or the director did not allow it */
} PrdNewsState;

/* The state of NEWS_ITEM_ID; PRD_NEWS_DRAFT with ERROR when its memos
 * could not be read. */
PrdNewsState prd_news_state_derive (PrdStore    *store,
                                    const char  *news_item_id,
                                    GError     **error);
/* The same from the state of its newest memo (HAS_MEMO FALSE: none). */
PrdNewsState prd_news_state_from_memo (gboolean      has_memo,
                                       PrdMemoState  memo_state);
const char  *prd_news_state_label  (PrdNewsState  state);

G_END_DECLS
