/* prd-registry-export.c — Export and Print of the registry page, on top of
 * registry-core's exporters and printed registry. The work runs on worker
 * threads with connections of their own; the window stays responsive. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-registry-doc.h"
#include "io/prd-member-export.h"
#include "prd-registry-export.h"

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
toast (AdwToastOverlay *toasts,
       const char      *message)
{
  if (toasts != NULL)
    adw_toast_overlay_add_toast (toasts, adw_toast_new (message));
}

/* Export */

typedef struct {
  PrdStore        *store;
  PrdMemberQuery  *query;
  PrdMemberExportFormat format;
  AdwToastOverlay *toasts;
  char            *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->query);
  g_clear_object (&job->toasts);
  g_free (job->path);
  g_free (job);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (prd_member_export_finish (result, &n, &error))
    {
      g_autofree char *name = g_path_get_basename (job->path);
      g_autofree char *count = g_strdup_printf ("%'u", n);
      g_autofree char *message = g_strdup_printf (_("%s members saved to %s"), count, name);
      toast (job->toasts, message);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (job->toasts, error->message);
  export_job_free (job);
}

static void
on_export_file_chosen_cb (GtkNativeDialog *chooser,
                          int              response,
                          ExportJob       *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      PrdMemberExportOptions options = { FALSE, PRD_REGISTRY_GROUP_DISTRICT };

      job->path = g_file_get_path (file);
      toast (job->toasts, _("Exporting…"));
      prd_member_export_async (job->store, job->query, job->format, job->path, &options, NULL,
                               on_exported_cb, job);
    }
  else
    export_job_free (job);
  g_object_unref (chooser);
}

void
prd_registry_export (GtkWidget       *parent,
                     PrdStore        *store,
                     PrdMemberQuery  *query,
                     const char      *format,
                     AdwToastOverlay *toasts)
{
  ExportJob *job;
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  job = g_new0 (ExportJob, 1);
  if (!prd_member_export_format_from_name (format, &job->format))
    {
      g_free (job);
      g_return_if_reached ();
    }
  job->store = g_object_ref (store);
  /* What the page shows now, even if the user searches on meanwhile. */
  job->query = prd_member_query_copy (query);
  job->toasts = toasts ? g_object_ref (toasts) : NULL;

  /* TRANSLATORS: file name of an exported registry; %s is the date */
  name = g_strdup_printf (_("network-registry-%s.%s"), stamp, prd_member_export_format_extension (job->format));
  chooser = gtk_file_chooser_native_new (_("Export the Registry"), parent_window (parent),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Print: the printed registry laid out on a worker, then GTK's print
 * dialog (with its preview) draws the same pages. */

typedef struct {
  PrdStore        *store;      /* the worker's own connection, kept for drawing */
  char            *path;
  PrdMemberQuery  *query;
  PrdRegistryDoc  *doc;
  AdwToastOverlay *toasts;
  GtkWindow       *parent;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->doc);
  g_clear_object (&job->store);
  g_clear_object (&job->query);
  g_clear_object (&job->toasts);
  g_clear_object (&job->parent);
  g_free (job->path);
  g_free (job);
}

static void
layout_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  PrintJob *job = task_data;
  GError *error = NULL;

  job->store = prd_store_open (job->path, &error);
  if (job->store != NULL)
    job->doc = prd_registry_doc_new (job->store, job->query, PRD_REGISTRY_GROUP_DISTRICT, cancellable, &error);
  if (job->doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_begin_print_cb (GtkPrintOperation *op,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  gtk_print_operation_set_n_pages (op, (int) prd_registry_doc_get_n_pages (job->doc));
}

static void
on_draw_page_cb (GtkPrintOperation *op,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double w, h, scale;

  /* The page is laid out in points on A4 landscape; fit it to the paper. */
  prd_registry_doc_get_page_size (job->doc, &w, &h);
  scale = MIN (gtk_print_context_get_width (context) / w, gtk_print_context_get_height (context) / h);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  prd_registry_doc_render_page (job->doc, cr, (guint) page);
  cairo_restore (cr);
}

static void
on_laid_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PrintJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      toast (job->toasts, error->message);
      return;
    }

  op = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_job_name (op, _("Network Registry"));
  g_signal_connect (op, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  if (gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, job->parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    toast (job->toasts, error->message);
}

void
prd_registry_print (GtkWidget       *parent,
                    PrdStore        *store,
                    PrdMemberQuery  *query,
                    AdwToastOverlay *toasts)
{
  PrintJob *job = g_new0 (PrintJob, 1);
  g_autoptr(GTask) task = NULL;
  GtkWindow *window = parent_window (parent);

  job->path = g_strdup (prd_store_get_path (store));
  job->query = prd_member_query_copy (query);
  job->toasts = toasts ? g_object_ref (toasts) : NULL;
  job->parent = window ? g_object_ref (window) : NULL;
  toast (toasts, _("Preparing the registry for printing…"));

  task = g_task_new (NULL, NULL, on_laid_out_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) print_job_free);
  g_task_run_in_thread (task, layout_thread);
}
