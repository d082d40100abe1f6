/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-memo-doc.h — the approval memo laid out as the saraban regulation's
 * memo form (บันทึกข้อความ), with seed 004's two decision blocks. */
#pragma once

#include "docs/prd-doc.h"
#include "model/prd-decision.h"
#include "model/prd-memo.h"
#include "model/prd-office.h"
#include "model/prd-signer.h"

G_BEGIN_DECLS

/* Everything the memo's paper shows, read before it is laid out. */
typedef struct {
  PrdMemo         *memo;
  PrdMemoTemplate *tmpl;
  char            *news_title;     /* of the news item the memo is on now */
  char            *group_name;     /* the requesting group's, "" when none */
  char            *channels;       /* "เว็บไซต์สำนักงาน และเพจ Facebook" */
  PrdDecision     *review;         /* the decisions that count, or NULL */
  PrdDecision     *order;
  PrdSigner       *review_signer;  /* their live signers (signature pictures), or NULL */
  PrdSigner       *order_signer;
} PrdMemoPaper;

PrdMemoPaper *prd_memo_paper_resolve (PrdStore            *store,
                                      PrdMemo             *memo,
                                      GError             **error);
void          prd_memo_paper_free    (PrdMemoPaper        *paper);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdMemoPaper, prd_memo_paper_free)

/* The paper of a resolved memo; reads no database. */
PrdDoc *prd_memo_doc_layout (PrdOffice           *office,
                             const PrdMemoPaper  *paper,
                             GError             **error);
/* Resolves MEMO from STORE and lays it out. */
PrdDoc *prd_memo_doc_new    (PrdStore            *store,
                             PrdOffice           *office,
                             PrdMemo             *memo,
                             GError             **error);
/* The memo's number as printed: "ศธ 04999/12" (digits as the document's). */
char   *prd_memo_doc_number (PrdOffice           *office,
                             PrdMemo             *memo);

G_END_DECLS
