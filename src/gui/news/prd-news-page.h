/* prd-news-page.h — the News & Memos page: approval memos with their state,
 * and the office's appointment orders and certificate batches as PDF. */
#pragma once

#include <adwaita.h>

#include "model/prd-context.h"

G_BEGIN_DECLS

#define PRD_TYPE_NEWS_PAGE (prd_news_page_get_type ())
G_DECLARE_FINAL_TYPE (PrdNewsPage, prd_news_page, PRD, NEWS_PAGE, GtkBox)

GtkWidget *prd_news_page_new         (PrdContext  *context);
/* Opens the editor on the memo at POSITION of the list; for tests too. */
GtkWindow *prd_news_page_open_memo   (PrdNewsPage *self,
                                      guint        position);
guint      prd_news_page_get_n_memos (PrdNewsPage *self);
/* Opens the order editor on ORDER_ID, or on a new order when NULL. */
GtkWindow *prd_news_page_open_order  (PrdNewsPage *self,
                                      const char  *order_id);

G_END_DECLS
