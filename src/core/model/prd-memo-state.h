/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-memo-state.h — the one state machine of an approval memo.
 *
 * A memo's state is never stored: it follows from its decisions
 * (prd-decision.h) in the order they were recorded, the last of each step
 * counting. The director's order counts when it came after the latest
 * review; a review recorded after the director returned the memo starts
 * the round again.
 *
 *   no decision            → awaiting review (draft while not saved)
 *   review allow           → awaiting order
 *   review refuse          → refused
 *   review return          → returned for correction
 *   order allow            → approved
 *   order refuse           → not approved
 *   order return           → returned for correction
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  PRD_MEMO_DRAFT,            /* not saved yet */
  PRD_MEMO_AWAITING_REVIEW,  /* saved; the group director has not decided */
  PRD_MEMO_RETURNED,         /* returned for correction (by either) */
  PRD_MEMO_REFUSED,          /* the group director did not allow it */
  PRD_MEMO_AWAITING_ORDER,   /* the group director allowed; the director has not decided */
  PRD_MEMO_APPROVED,         /* the director allowed publishing */
  PRD_MEMO_NOT_APPROVED,     /* the director did not allow publishing */
  PRD_MEMO_N_STATES
} PrdMemoState;

/* The state from DECISIONS (PrdDecision, in the order recorded); SAVED is
 * FALSE for a memo not in the store yet. */
PrdMemoState  prd_memo_state_derive       (gboolean      saved,
                                           GListModel   *decisions);
/* The latest decision of STEP that counts for the paper, or NULL (a new
 * reference); an order recorded before the latest review does not count. */
gpointer      prd_memo_state_current      (GListModel   *decisions,
                                           const char   *step);
const char   *prd_memo_state_label        (PrdMemoState  state);
/* Short stable names for scripts: "awaiting-review", "approved", … */
const char   *prd_memo_state_nick         (PrdMemoState  state);

G_END_DECLS
