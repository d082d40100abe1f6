/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-news-state.c — a news item's state from its memo's decisions. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-memo.h"
#include "prd-news-state.h"
#include "prd-record-private.h"

PrdNewsState
prd_news_state_from_memo (gboolean     has_memo,
                          PrdMemoState memo_state)
{
  if (!has_memo)
    return PRD_NEWS_DRAFT;
  switch (memo_state)
    {
    case PRD_MEMO_RETURNED:
      return PRD_NEWS_RETURNED;
    case PRD_MEMO_APPROVED:
      return PRD_NEWS_APPROVED;
    case PRD_MEMO_REFUSED:
    case PRD_MEMO_NOT_APPROVED:
      return PRD_NEWS_REFUSED;
    case PRD_MEMO_DRAFT:
    case PRD_MEMO_AWAITING_REVIEW:
    case PRD_MEMO_AWAITING_ORDER:
    case PRD_MEMO_N_STATES:
    default:
      return PRD_NEWS_PROPOSED;
    }
}

PrdNewsState
prd_news_state_derive (PrdStore    *store,
                       const char  *news_item_id,
                       GError     **error)
{
  g_autoptr(GListModel) memos = NULL;
  g_autoptr(PrdMemo) newest = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), PRD_NEWS_DRAFT);
  g_return_val_if_fail (news_item_id != NULL, PRD_NEWS_DRAFT);

  memos = prd_record_list (store, PRD_TYPE_MEMO, "WHERE news_item_id = ?1 AND deleted = 0 "
                           "ORDER BY memo_date DESC, number_seq DESC, created_at DESC LIMIT 1", news_item_id, error);
  if (memos == NULL)
    return PRD_NEWS_DRAFT;
  if (g_list_model_get_n_items (memos) == 0)
    return PRD_NEWS_DRAFT;
  newest = g_list_model_get_item (memos, 0);
  return prd_news_state_from_memo (TRUE, prd_memo_get_state (newest, store));
}

const char *
prd_news_state_label (PrdNewsState state)
{
  switch (state)
    {
    case PRD_NEWS_DRAFT:
      return _("Draft");
    case PRD_NEWS_PROPOSED:
      return _("Proposed for approval");
    case PRD_NEWS_RETURNED:
      return _("Returned for correction");
    case PRD_NEWS_APPROVED:
      return _("Approved");
    case PRD_NEWS_REFUSED:
      return _("Not allowed");
    default:
      g_assert_not_reached ();
    }
}
