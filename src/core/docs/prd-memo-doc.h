/* prd-memo-doc.h — the approval memo laid out as the saraban regulation's
 * memo form (บันทึกข้อความ), with seed 004's two decision blocks. */
#pragma once

#include "docs/prd-doc.h"
#include "model/prd-memo.h"
#include "model/prd-office.h"

G_BEGIN_DECLS

PrdDoc *prd_memo_doc_new (PrdStore   *store,
                          PrdOffice  *office,
                          PrdMemo    *memo,
                          GError    **error);
/* The memo's number as printed: "ศธ 04999/12" (digits as the document's). */
char   *prd_memo_doc_number (PrdOffice *office,
                             PrdMemo   *memo);

G_END_DECLS
