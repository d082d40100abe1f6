/* prd-doc-preview.h — the pages of a PDF, drawn by poppler, one under the
 * other at the widget's width. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PRD_TYPE_DOC_PREVIEW (prd_doc_preview_get_type ())
G_DECLARE_FINAL_TYPE (PrdDocPreview, prd_doc_preview, PRD, DOC_PREVIEW, GtkWidget)

GtkWidget *prd_doc_preview_new         (void);
/* Shows PDF (NULL clears); FALSE with ERROR when poppler cannot read it. */
gboolean   prd_doc_preview_set_pdf     (PrdDocPreview  *self,
                                        GBytes         *pdf,
                                        GError        **error);
int        prd_doc_preview_get_n_pages (PrdDocPreview  *self);
/* The text poppler reads from the pages shown ("" when none): what the
 * preview really drew, for tests. */
char      *prd_doc_preview_dup_text    (PrdDocPreview  *self);

G_END_DECLS
