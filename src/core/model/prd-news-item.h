/* prd-news-item.h — PrdNewsItem: a news item (ข่าว) the office publishes.
 *
 * A typed record of the news_item table (prd-record.h). Its state is never
 * stored: it is derived from its newest memo's decisions (prd-news-state.h)
 * when the item is read, and prd_news_item_update_state() reads it again.
 * The category's and the group's names are read with the row. */
#pragma once

#include "model/prd-news-state.h"
#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_NEWS_ITEM (prd_news_item_get_type ())
G_DECLARE_FINAL_TYPE (PrdNewsItem, prd_news_item, PRD, NEWS_ITEM, PrdRecord)

/* A new, unsaved news item titled TITLE (a draft). */
PrdNewsItem *prd_news_item_new            (const char   *title);
/* The live news item ID with its state; NULL with PRD_MODEL_ERROR_NOT_FOUND
 * when there is none. */
PrdNewsItem *prd_news_item_load           (PrdStore     *store,
                                           const char   *id,
                                           GError      **error);
/* Every live news item, the newest activity first, each with its state. */
GListModel  *prd_news_item_list           (PrdStore     *store,
                                           GError      **error);
/* The live memos on the item (PrdMemo), newest first. */
GListModel  *prd_news_item_list_memos     (PrdNewsItem  *self,
                                           PrdStore     *store,
                                           GError      **error);
/* Derives the state again from the item's memos (after a decision). */
gboolean     prd_news_item_update_state   (PrdNewsItem  *self,
                                           PrdStore     *store,
                                           GError      **error);

const char  *prd_news_item_get_id            (PrdNewsItem *self);
const char  *prd_news_item_get_title         (PrdNewsItem *self);
void         prd_news_item_set_title         (PrdNewsItem *self, const char *value);
/* news_category's id; "" for none */
const char  *prd_news_item_get_category_id   (PrdNewsItem *self);
void         prd_news_item_set_category_id   (PrdNewsItem *self, const char *value);
/* The office group the news comes from; "" for none */
const char  *prd_news_item_get_group_id      (PrdNewsItem *self);
void         prd_news_item_set_group_id      (PrdNewsItem *self, const char *value);
/* Buddhist-era fiscal year (2570); 0 for none */
int          prd_news_item_get_fiscal_year   (PrdNewsItem *self);
void         prd_news_item_set_fiscal_year   (PrdNewsItem *self, int value);
/* YYYY-MM-DD; "" for none */
const char  *prd_news_item_get_activity_date (PrdNewsItem *self);
void         prd_news_item_set_activity_date (PrdNewsItem *self, const char *value);
/* When the network was told (ISO time); "" for not yet */
const char  *prd_news_item_get_network_told_at (PrdNewsItem *self);
void         prd_news_item_set_network_told_at (PrdNewsItem *self, const char *value);
const char  *prd_news_item_get_notes         (PrdNewsItem *self);
void         prd_news_item_set_notes         (PrdNewsItem *self, const char *value);
/* Read with the row, never written */
const char  *prd_news_item_get_category_label (PrdNewsItem *self);
const char  *prd_news_item_get_group_name    (PrdNewsItem *self);
/* Derived (property "state", an int of PrdNewsState) */
PrdNewsState prd_news_item_get_state         (PrdNewsItem *self);
const char  *prd_news_item_get_state_label   (PrdNewsItem *self);

G_END_DECLS
