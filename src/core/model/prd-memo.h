/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-memo.h — PrdMemo: the approval memo (บันทึกข้อความ ขออนุญาตเผยแพร่…).
 *
 * A typed record of the memo table (prd-record.h). A memo belongs to a news
 * item; its number "ที่ <prefix>/<seq>" is given on the first save and runs
 * per calendar year. The two decisions of seed 004's form are records of
 * their own (prd-decision.h) and the memo's state follows from them
 * (prd-memo-state.h). */
#pragma once

#include "model/prd-memo-state.h"
#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_MEMO (prd_memo_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemo, prd_memo, PRD, MEMO, PrdRecord)

/* A new memo for NEWS_ITEM_ID (may be NULL) dated today. */
PrdMemo     *prd_memo_new              (const char   *news_item_id);
PrdMemo     *prd_memo_load             (PrdStore     *store,
                                        const char   *id,
                                        GError      **error);
/* Validates, gives the number when there is none (or the year changed),
 * and writes in one transaction. */
gboolean     prd_memo_save             (PrdMemo      *self,
                                        PrdStore     *store,
                                        GError      **error);
/* Every memo not deleted, newest first. */
GListModel  *prd_memo_list             (PrdStore     *store,
                                        GError      **error);
/* The memo's decisions in the order they were recorded (PrdDecision). */
GListModel  *prd_memo_list_decisions   (PrdMemo      *self,
                                        PrdStore     *store,
                                        GError      **error);
/* The title of the news item the memo is on now (news-title is the one it
 * was read with); "" when it is on none. */
char        *prd_memo_dup_current_news_title (PrdMemo   *self,
                                              PrdStore  *store);
/* The state its decisions give it (reads them from STORE). */
PrdMemoState prd_memo_get_state        (PrdMemo      *self,
                                        PrdStore     *store);

const char  *prd_memo_get_id           (PrdMemo      *self);
const char *prd_memo_get_news_item_id (PrdMemo *self);
void        prd_memo_set_news_item_id (PrdMemo *self, const char *value);
/* The requesting group */
const char *prd_memo_get_group_id (PrdMemo *self);
void        prd_memo_set_group_id (PrdMemo *self, const char *value);
/* YYYY-MM-DD */
const char *prd_memo_get_memo_date (PrdMemo *self);
void        prd_memo_set_memo_date (PrdMemo *self, const char *value);
/* The calendar year (CE) the number runs in; 0 before the first save */
int         prd_memo_get_number_year (PrdMemo *self);
void        prd_memo_set_number_year (PrdMemo *self, int value);
/* The running number; 0: the next one on saving */
int         prd_memo_get_number_seq (PrdMemo *self);
void        prd_memo_set_number_seq (PrdMemo *self, int value);
/* งาน… of the requesting group */
const char *prd_memo_get_unit (PrdMemo *self);
void        prd_memo_set_unit (PrdMemo *self, const char *value);
/* Channel ids, comma separated */
const char *prd_memo_get_channels (PrdMemo *self);
void        prd_memo_set_channels (PrdMemo *self, const char *value);
/* "": the template's */
const char *prd_memo_get_subject (PrdMemo *self);
void        prd_memo_set_subject (PrdMemo *self, const char *value);
/* "": the template's */
const char *prd_memo_get_body (PrdMemo *self);
void        prd_memo_set_body (PrdMemo *self, const char *value);
const char *prd_memo_get_requester_name (PrdMemo *self);
void        prd_memo_set_requester_name (PrdMemo *self, const char *value);
const char *prd_memo_get_requester_position (PrdMemo *self);
void        prd_memo_set_requester_position (PrdMemo *self, const char *value);
/* The news item's title, read with the memo */
const char *prd_memo_get_news_title (PrdMemo *self);

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
