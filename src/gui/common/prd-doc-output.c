/* prd-doc-output.c — printing with GtkPrintOperation and saving PDFs. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-doc-output.h"

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrdDoc            *doc)
{
  /* The context is in points from the paper's corner (full page, GTK_UNIT_POINTS). */
  prd_doc_render_page (doc, gtk_print_context_get_cairo_context (context), (guint) page);
}

gboolean
prd_doc_output_print (PrdDoc     *doc,
                      GtkWindow  *parent,
                      GError    **error)
{
  g_autoptr(GtkPrintOperation) op = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperationResult result;
  double w, h;

  prd_doc_get_page_size (doc, &w, &h);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, w > h ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_n_pages (op, (int) prd_doc_get_n_pages (doc));
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page_cb), doc);
  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

typedef struct {
  PrdDoc *doc;
  void  (*done) (GError *error, gpointer user_data);
  gpointer user_data;
} Export;

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       Export          *export)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      prd_doc_write_pdf (export->doc, path, &error);
      if (export->done != NULL)
        export->done (error, export->user_data);
    }
  g_object_unref (export->doc);
  g_free (export);
  g_object_unref (dialog);
}

void
prd_doc_output_export_pdf (PrdDoc      *doc,
                           GtkWindow   *parent,
                           const char  *suggested,
                           void       (*done) (GError *error, gpointer user_data),
                           gpointer     user_data)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  Export *export = g_new0 (Export, 1);

  export->doc = g_object_ref (doc);
  export->done = done;
  export->user_data = user_data;
  dialog = gtk_file_chooser_native_new (_("Export PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
