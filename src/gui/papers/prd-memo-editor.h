/* prd-memo-editor.h — the approval memo's form beside its live PDF preview,
 * with Save, Print and Export PDF. */
#pragma once

#include <adwaita.h>

#include "docs/prd-doc.h"
#include "model/prd-memo.h"

G_BEGIN_DECLS

#define PRD_TYPE_MEMO_EDITOR (prd_memo_editor_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemoEditor, prd_memo_editor, PRD, MEMO_EDITOR, AdwWindow)

/* MEMO NULL starts a new memo. The window belongs to GTK (destroy it). */
PrdMemoEditor *prd_memo_editor_new                 (PrdStore       *store,
                                                    PrdMemo        *memo,
                                                    GError        **error);
PrdMemo       *prd_memo_editor_get_memo            (PrdMemoEditor  *self);
int            prd_memo_editor_get_n_preview_pages (PrdMemoEditor  *self);
/* The paper the preview shows (and print and export use), or NULL. */
PrdDoc        *prd_memo_editor_get_doc             (PrdMemoEditor  *self);

G_END_DECLS
