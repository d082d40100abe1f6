/* prd-news-page.c — approval memos with their state, appointment orders
 * and certificate batches. A memo opens in its editor; orders and batches
 * export to PDF (a batch in a thread of its own, with progress). */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-certificate-doc.h"
#include "docs/prd-memo-doc.h"
#include "docs/prd-order-doc.h"
#include "docs/prd-paper.h"
#include "model/prd-certificate-batch.h"
#include "model/prd-memo.h"
#include "model/prd-order.h"
#include "prd-doc-output.h"
#include "prd-member-chooser.h"
#include "prd-memo-editor.h"
#include "prd-news-page.h"
#include "prd-news-paper-row.h"
#include "prd-order-editor.h"
#include "prd-template-editor.h"

struct _PrdNewsPage
{
  GtkBox               parent_instance;

  PrdStore            *store;
  PrdOffice           *office;
  GListModel          *memos;
  GCancellable        *cancellable;
  GPtrArray           *extra_rows;   /* rows added to the order and certificate groups */

  /* Template children */
  AdwToastOverlay     *toasts;
  GtkListBox          *memo_list;
  AdwPreferencesGroup *orders_group;
  AdwPreferencesGroup *certificates_group;
};

G_DEFINE_FINAL_TYPE (PrdNewsPage, prd_news_page, GTK_TYPE_BOX)

static void reload (PrdNewsPage *self);

static void
toast (PrdNewsPage *self,
       const char  *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

/* Memos */

static const char *
state_css (PrdMemoState state)
{
  switch (state)
    {
    case PRD_MEMO_APPROVED:
      return "success";
    case PRD_MEMO_REFUSED:
    case PRD_MEMO_NOT_APPROVED:
      return "error";
    case PRD_MEMO_RETURNED:
      return "warning";
    case PRD_MEMO_AWAITING_ORDER:
      return "accent";
    case PRD_MEMO_DRAFT:
    case PRD_MEMO_AWAITING_REVIEW:
    case PRD_MEMO_N_STATES:
    default:
      return "dim-label";
    }
}

static GtkWidget *
create_memo_row (gpointer item,
                 gpointer user_data)
{
  PrdNewsPage *self = user_data;
  PrdMemo *memo = item;
  GtkWidget *row = adw_action_row_new ();
  PrdMemoState state = prd_memo_get_state (memo, self->store);
  GtkWidget *label = gtk_label_new (prd_memo_state_label (state));
  g_autofree char *number = prd_memo_doc_number (self->office, memo);
  g_autofree char *date = prd_paper_date (prd_memo_get_memo_date (memo));
  g_autofree char *subtitle = g_strdup_printf ("ที่ %s · %s", number, date ? date : "");
  const char *title = prd_memo_get_news_title (memo);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *title ? title : _("(no news item)"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, state_css (state));
  gtk_widget_add_css_class (label, "caption-heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
on_editor_saved_cb (PrdNewsPage *self)
{
  reload (self);
}

/* Shows a paper editor over the page, reloading the lists when it saves;
 * a NULL editor could not be opened, and ERROR says why in a toast. */
static GtkWindow *
show_editor (PrdNewsPage  *self,
             GtkWindow    *editor,
             const GError *error)
{
  if (editor == NULL)
    {
      toast (self, error->message);
      return NULL;
    }
  gtk_window_set_transient_for (editor, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
  return editor;
}

GtkWindow *
prd_news_page_open_memo (PrdNewsPage *self,
                         guint        position)
{
  g_autoptr(PrdMemo) memo = position == G_MAXUINT ? NULL : g_list_model_get_item (self->memos, position);
  g_autoptr(GError) error = NULL;
  PrdMemoEditor *editor = prd_memo_editor_new (self->store, memo, &error);

  return show_editor (self, editor ? GTK_WINDOW (editor) : NULL, error);
}

static void
on_memo_activated_cb (GtkListBox    *box,
                      GtkListBoxRow *row,
                      PrdNewsPage   *self)
{
  prd_news_page_open_memo (self, (guint) gtk_list_box_row_get_index (row));
}

static void
new_memo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  prd_news_page_open_memo (PRD_NEWS_PAGE (widget), G_MAXUINT);
}

static void
edit_wording_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PrdNewsPage *self = PRD_NEWS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  PrdTemplateEditor *editor = prd_template_editor_new (self->store,
                                                       GTK_WINDOW (gtk_widget_get_root (widget)), &error);

  if (editor == NULL)
    toast (self, error->message);
  else
    gtk_window_present (GTK_WINDOW (editor));
}

guint
prd_news_page_get_n_memos (PrdNewsPage *self)
{
  return self->memos ? g_list_model_get_n_items (self->memos) : 0;
}

/* Orders */

static void
on_pdf_exported_cb (GError   *error,
                    gpointer  user_data)
{
  toast (user_data, error ? error->message : _("PDF saved"));
}

static void
on_order_export_cb (PrdNewsPaperRow *row,
                    PrdNewsPage     *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = prd_order_doc_new (self->store, self->office,
                                             prd_order_get_id (PRD_ORDER (prd_news_paper_row_get_paper (row))), &error);

  if (doc == NULL)
    {
      toast (self, error->message);
      return;
    }
  prd_doc_output_export_pdf (doc, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                             "คำสั่ง.pdf", on_pdf_exported_cb, self);
}

GtkWindow *
prd_news_page_open_order (PrdNewsPage *self,
                          const char  *order_id)
{
  g_autoptr(GError) error = NULL;
  PrdOrderEditor *editor = prd_order_editor_new (self->store, order_id, &error);

  return show_editor (self, editor ? GTK_WINDOW (editor) : NULL, error);
}

static void
on_order_edit_cb (PrdNewsPaperRow *row,
                  PrdNewsPage     *self)
{
  prd_news_page_open_order (self, prd_order_get_id (PRD_ORDER (prd_news_paper_row_get_paper (row))));
}

static void
new_order_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  prd_news_page_open_order (PRD_NEWS_PAGE (widget), NULL);
}

static void
on_order_print_cb (PrdNewsPaperRow *row,
                   PrdNewsPage     *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = prd_order_doc_new (self->store, self->office,
                                             prd_order_get_id (PRD_ORDER (prd_news_paper_row_get_paper (row))), &error);

  if (doc == NULL || !prd_doc_output_print (doc, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), &error))
    toast (self, error->message);
}

static void
add_group_row (PrdNewsPage         *self,
               AdwPreferencesGroup *group,
               GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->extra_rows, row);
}

static void
load_orders (PrdNewsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) orders = prd_order_list (self->store, &error);

  if (orders == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (orders); i++)
    {
      g_autoptr(PrdOrder) order = g_list_model_get_item (orders, i);
      GtkWidget *row = prd_news_paper_row_new_for_order (order);

      g_signal_connect_object (row, "edit-requested", G_CALLBACK (on_order_edit_cb), self, 0);
      g_signal_connect_object (row, "print-requested", G_CALLBACK (on_order_print_cb), self, 0);
      g_signal_connect_object (row, "export-requested", G_CALLBACK (on_order_export_cb), self, 0);
      add_group_row (self, self->orders_group, row);
    }
}

/* Certificate batches: written in a thread with a store of its own. */

typedef struct {
  char            *db_path;
  char            *batch_id;
  char            *pdf_path;
  PrdNewsPaperRow *row;   /* owned by its group; a weak pointer */
} BatchJob;

static void
batch_job_free (BatchJob *job)
{
  g_free (job->db_path);
  g_free (job->batch_id);
  g_free (job->pdf_path);
  g_clear_weak_pointer (&job->row);
  g_free (job);
}

typedef struct {
  PrdNewsPaperRow *row;
  double           fraction;
} ProgressUpdate;

static gboolean
show_progress_cb (gpointer data)
{
  ProgressUpdate *u = data;

  if (u->row != NULL)
    prd_news_paper_row_set_progress (u->row, u->fraction);
  g_clear_weak_pointer (&u->row);
  g_free (u);
  return G_SOURCE_REMOVE;
}

static void
batch_progress_cb (double   fraction,
                   gpointer user_data)
{
  BatchJob *job = user_data;
  ProgressUpdate *u = g_new0 (ProgressUpdate, 1);

  g_set_weak_pointer (&u->row, job->row);
  u->fraction = fraction;
  g_idle_add (show_progress_cb, u);
}

static void
batch_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BatchJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (job->db_path, &error);
  g_autoptr(PrdOffice) office = store ? prd_office_load (store, &error) : NULL;

  if (office == NULL ||
      !prd_certificate_batch_write_pdf (store, office, job->batch_id, job->pdf_path,
                                        batch_progress_cb, job, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_batch_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PrdNewsPage *self = PRD_NEWS_PAGE (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  toast (self, _("Certificates saved as one PDF"));
}

/* The batch row a file chooser was opened for, and its page. */
typedef struct {
  PrdNewsPage     *page;
  PrdNewsPaperRow *row;
} BatchChoice;

static void
batch_choice_free (BatchChoice *choice)
{
  g_object_unref (choice->page);
  g_object_unref (choice->row);
  g_free (choice);
}

static void
on_batch_file_cb (GtkNativeDialog *dialog,
                  int              response,
                  BatchChoice     *choice)
{
  PrdNewsPage *self = choice->page;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_batch_done_cb, NULL);
      BatchJob *job = g_new0 (BatchJob, 1);
      PrdCertificateBatch *batch = PRD_CERTIFICATE_BATCH (prd_news_paper_row_get_paper (choice->row));

      job->db_path = g_strdup (prd_store_get_path (self->store));
      job->batch_id = g_strdup (prd_certificate_batch_get_id (batch));
      job->pdf_path = g_file_get_path (file);
      g_set_weak_pointer (&job->row, choice->row);
      prd_news_paper_row_set_progress (choice->row, 0);
      g_task_set_task_data (task, job, (GDestroyNotify) batch_job_free);
      g_task_run_in_thread (task, batch_thread);
    }
  g_object_unref (dialog);
}

static void
on_batch_export_cb (PrdNewsPaperRow *row,
                    PrdNewsPage     *self)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Export PDF"),
                                                              GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  BatchChoice *choice = g_new0 (BatchChoice, 1);

  choice->page = g_object_ref (self);
  choice->row = g_object_ref (row);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "เกียรติบัตร.pdf");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_batch_file_cb), choice,
                         (GClosureNotify) (void (*) (void)) batch_choice_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The members chosen for certificates, while the reason is asked. */
typedef struct {
  PrdNewsPage  *page;
  char        **ids;
} ReasonQuestion;

static void
reason_question_free (ReasonQuestion *question)
{
  g_object_unref (question->page);
  g_strfreev (question->ids);
  g_free (question);
}

static void
on_reason_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       ReasonQuestion   *question)
{
  PrdNewsPage *self = question->page;
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;
  g_autofree char *batch = NULL;

  if (!g_str_equal (response, "make"))
    return;
  batch = prd_certificate_batch_create (self->store, (const char *const *) question->ids,
                                        g_strv_length (question->ids), gtk_editable_get_text (entry),
                                        NULL, NULL, &error);
  if (batch == NULL)
    {
      toast (self, error->message);
      return;
    }
  reload (self);
  toast (self, _("Certificates recorded; export them to PDF to print"));
}

static void
on_recipients_chosen_cb (PrdMemberChooser *chooser,
                         char            **ids,
                         PrdNewsPage      *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Why are the certificates given?"), NULL);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *body = g_strdup_printf (_("%u people were chosen. The reason is printed on every certificate."),
                                           g_strv_length (ids));
  ReasonQuestion *question = g_new0 (ReasonQuestion, 1);

  question->page = g_object_ref (self);
  question->ids = g_strdupv (ids);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "ครูผู้สร้างสรรค์สื่อการศึกษาที่มียอดผู้ชมสูงสุด");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "make", _("_Record"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "make", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_reason_response_cb), question,
                         (GClosureNotify) (void (*) (void)) reason_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_certificates_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PrdNewsPage *self = PRD_NEWS_PAGE (widget);
  PrdMemberChooser *chooser = prd_member_chooser_new (self->store, GTK_WINDOW (gtk_widget_get_root (widget)));

  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_recipients_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
load_certificates (PrdNewsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) batches = prd_certificate_batch_list (self->store, &error);

  if (batches == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (batches); i++)
    {
      g_autoptr(PrdCertificateBatch) batch = g_list_model_get_item (batches, i);
      GtkWidget *row = prd_news_paper_row_new_for_batch (batch);

      g_signal_connect_object (row, "export-requested", G_CALLBACK (on_batch_export_cb), self, 0);
      add_group_row (self, self->certificates_group, row);
    }
}

static void
reload (PrdNewsPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->memos);
  self->memos = prd_memo_list (self->store, &error);
  if (self->memos == NULL)
    {
      toast (self, error->message);
      self->memos = G_LIST_MODEL (g_list_store_new (PRD_TYPE_MEMO));
    }
  gtk_list_box_bind_model (self->memo_list, self->memos, create_memo_row, self, NULL);

  for (guint i = 0; i < self->extra_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->extra_rows, i);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP));
      adw_preferences_group_remove (group, row);
    }
  g_ptr_array_set_size (self->extra_rows, 0);
  load_orders (self);
  load_certificates (self);
}

static void
prd_news_page_dispose (GObject *object)
{
  PrdNewsPage *self = PRD_NEWS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_NEWS_PAGE);
  g_clear_object (&self->memos);
  g_clear_object (&self->office);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->extra_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_news_page_parent_class)->dispose (object);
}

static void
prd_news_page_class_init (PrdNewsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = prd_news_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/news/prd-news-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdNewsPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, PrdNewsPage, memo_list);
  gtk_widget_class_bind_template_child (widget_class, PrdNewsPage, orders_group);
  gtk_widget_class_bind_template_child (widget_class, PrdNewsPage, certificates_group);
  gtk_widget_class_install_action (widget_class, "page.new-memo", NULL, new_memo_action);
  gtk_widget_class_install_action (widget_class, "page.new-order", NULL, new_order_action);
  gtk_widget_class_install_action (widget_class, "page.edit-wording", NULL, edit_wording_action);
  gtk_widget_class_install_action (widget_class, "page.new-certificates", NULL, new_certificates_action);
}

static void
prd_news_page_init (PrdNewsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->extra_rows = g_ptr_array_new ();
  g_signal_connect (self->memo_list, "row-activated", G_CALLBACK (on_memo_activated_cb), self);
}

GtkWidget *
prd_news_page_new (PrdContext *context)
{
  PrdNewsPage *self = g_object_new (PRD_TYPE_NEWS_PAGE, NULL);

  g_return_val_if_fail (PRD_IS_CONTEXT (context), NULL);

  self->store = g_object_ref (prd_context_get_store (context));
  self->office = g_object_ref (prd_context_get_office (context));
  reload (self);
  return GTK_WIDGET (self);
}
