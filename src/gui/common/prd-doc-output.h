/* prd-doc-output.h — a paper to the printer or to a PDF file, from the
 * same drawing code as the preview. */
#pragma once

#include <gtk/gtk.h>

#include "docs/prd-doc.h"

G_BEGIN_DECLS

/* Shows the print dialog and prints DOC; FALSE with ERROR on failure. */
gboolean prd_doc_output_print      (PrdDoc      *doc,
                                    GtkWindow   *parent,
                                    GError     **error);
/* Asks where to save, then writes DOC there. SUGGESTED is the file name. */
void     prd_doc_output_export_pdf (PrdDoc      *doc,
                                    GtkWindow   *parent,
                                    const char  *suggested,
                                    void       (*done) (GError *error, gpointer user_data),
                                    gpointer     user_data);

G_END_DECLS
