/* prd-memo.h — the approval memo record (บันทึกข้อความ ขออนุญาตเผยแพร่…).
 *
 * A memo belongs to a news item and carries the two decisions of seed 004's
 * form. Fields are the columns of the memo table, read and written by name
 * (the editor binds its entries to them); the number "ที่ <prefix>/<seq>"
 * is given on the first save and runs per calendar year.
 */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

typedef enum {
  PRD_MEMO_DRAFT,      /* nobody has decided yet */
  PRD_MEMO_REVIEWED,   /* the group director allowed; the director has not decided */
  PRD_MEMO_ALLOWED,    /* the director allowed publishing */
  PRD_MEMO_REFUSED,    /* refused, by the group director or the director */
} PrdMemoState;

#define PRD_TYPE_MEMO (prd_memo_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemo, prd_memo, PRD, MEMO, GObject)

/* A new memo for NEWS_ITEM_ID (may be NULL) dated today. */
PrdMemo     *prd_memo_new              (const char   *news_item_id);
PrdMemo     *prd_memo_load             (PrdStore     *store,
                                        const char   *id,
                                        GError      **error);
/* Validates, gives the number when there is none, and writes in one
 * transaction. */
gboolean     prd_memo_save             (PrdMemo      *self,
                                        PrdStore     *store,
                                        GError      **error);
/* Every memo not deleted, newest first, as PrdMemo objects. */
GListModel  *prd_memo_list             (PrdStore     *store,
                                        GError      **error);

const char  *prd_memo_get_id           (PrdMemo      *self);
/* Any column of the memo table as text ("" when unset). */
const char  *prd_memo_get              (PrdMemo      *self,
                                        const char   *field);
void         prd_memo_set              (PrdMemo      *self,
                                        const char   *field,
                                        const char   *value);
int          prd_memo_get_number_seq   (PrdMemo      *self);
int          prd_memo_get_number_year  (PrdMemo      *self);
void         prd_memo_set_number_seq   (PrdMemo      *self,
                                        int           seq);
PrdMemoState prd_memo_get_state        (PrdMemo      *self);
const char  *prd_memo_state_label      (PrdMemoState  state);
/* Filled by prd_memo_load / prd_memo_list from the news item. */
const char  *prd_memo_get_news_title   (PrdMemo      *self);

/* The office's wording of the memo (seed 004's by default). Placeholders:
 * {office} {office_short} {group} {unit} {title} {channels}. */
typedef struct {
  char *subject;
  char *salutation;
  char *body;        /* paragraphs separated by a blank line */
  char *closing;
} PrdMemoTemplate;

PrdMemoTemplate *prd_memo_template_load (PrdStore               *store,
                                         GError                **error);
/* Refuses an empty subject, salutation or body; writes one record. */
gboolean         prd_memo_template_save (PrdStore               *store,
                                         const PrdMemoTemplate  *tmpl,
                                         GError                **error);
void             prd_memo_template_free (PrdMemoTemplate        *tmpl);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdMemoTemplate, prd_memo_template_free)

G_END_DECLS
