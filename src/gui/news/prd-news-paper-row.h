/* prd-news-paper-row.h — a row of the news page's orders or certificate
 * batches: it holds its paper (property "paper": a PrdOrder or a
 * PrdCertificateBatch) and says which of its buttons was pressed with
 * "edit-requested", "print-requested" and "export-requested". A batch's row
 * also shows the progress of its export. */
#pragma once

#include <adwaita.h>

#include "model/prd-certificate-batch.h"
#include "model/prd-order.h"

G_BEGIN_DECLS

#define PRD_TYPE_NEWS_PAPER_ROW (prd_news_paper_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdNewsPaperRow, prd_news_paper_row, PRD, NEWS_PAPER_ROW, AdwActionRow)

/* "คำสั่งแต่งตั้ง…", "ที่ 12/2569 · 25 พฤศจิกายน 2569", with Edit, Print
 * and Export PDF. */
GtkWidget *prd_news_paper_row_new_for_order (PrdOrder            *order);
/* The reason, "Certificates: 24 · issued …", with Export PDF. */
GtkWidget *prd_news_paper_row_new_for_batch (PrdCertificateBatch *batch);
/* The PrdOrder or PrdCertificateBatch (owned by the row). */
PrdRecord *prd_news_paper_row_get_paper     (PrdNewsPaperRow     *self);
/* Shows the export's progress (0…1); a negative FRACTION hides it. */
void       prd_news_paper_row_set_progress  (PrdNewsPaperRow     *self,
                                             double               fraction);

G_END_DECLS
