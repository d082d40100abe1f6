/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-memo-state.c — the one state machine of an approval memo. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-decision.h"
#include "prd-memo-state.h"

/* Positions of the latest review and the latest order (-1: none). */
static void
find_latest (GListModel *decisions,
             int        *review,
             int        *order)
{
  guint n = decisions ? g_list_model_get_n_items (decisions) : 0;

  *review = *order = -1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdDecision) d = g_list_model_get_item (decisions, i);

      if (g_str_equal (prd_decision_get_step (d), PRD_DECISION_ORDER))
        *order = (int) i;
      else
        *review = (int) i;
    }
}

gpointer
prd_memo_state_current (GListModel *decisions,
                        const char *step)
{
  int review, order;

  find_latest (decisions, &review, &order);
  if (g_str_equal (step, PRD_DECISION_ORDER))
    return order >= 0 && order > review ? g_list_model_get_item (decisions, order) : NULL;
  return review >= 0 ? g_list_model_get_item (decisions, review) : NULL;
}

static PrdMemoState
from_outcome (const char   *outcome,
              PrdMemoState  allowed,
              PrdMemoState  refused)
{
  if (g_str_equal (outcome, PRD_DECISION_ALLOW))
    return allowed;
  if (g_str_equal (outcome, PRD_DECISION_REFUSE))
    return refused;
  return PRD_MEMO_RETURNED;
}

PrdMemoState
prd_memo_state_derive (gboolean    saved,
                       GListModel *decisions)
{
  g_autoptr(PrdDecision) order = prd_memo_state_current (decisions, PRD_DECISION_ORDER);
  g_autoptr(PrdDecision) review = NULL;

  if (order != NULL)
    return from_outcome (prd_decision_get_outcome (order), PRD_MEMO_APPROVED, PRD_MEMO_NOT_APPROVED);
  review = prd_memo_state_current (decisions, PRD_DECISION_REVIEW);
  if (review != NULL)
    return from_outcome (prd_decision_get_outcome (review), PRD_MEMO_AWAITING_ORDER, PRD_MEMO_REFUSED);
  return saved ? PRD_MEMO_AWAITING_REVIEW : PRD_MEMO_DRAFT;
}

const char *
prd_memo_state_label (PrdMemoState state)
{
  switch (state)
    {
    case PRD_MEMO_DRAFT:
      return _("Draft");
    case PRD_MEMO_AWAITING_REVIEW:
      return _("Awaiting the group director");
    case PRD_MEMO_RETURNED:
      return _("Returned for correction");
    case PRD_MEMO_REFUSED:
      return _("Refused");
    case PRD_MEMO_AWAITING_ORDER:
      return _("Awaiting the director");
    case PRD_MEMO_APPROVED:
      return _("Approved");
    case PRD_MEMO_NOT_APPROVED:
      return _("Not approved by the director");
    case PRD_MEMO_N_STATES:
    default:
      g_assert_not_reached ();
    }
}

const char *
prd_memo_state_nick (PrdMemoState state)
{
  static const char *const nicks[] = {
    "draft", "awaiting-review", "returned", "refused", "awaiting-order", "approved", "not-approved",
  };

  g_return_val_if_fail (state < PRD_MEMO_N_STATES, "");
  return nicks[state];
}
