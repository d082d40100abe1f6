/* GUI test of the official papers: the News & Memos page on the demo
 * office, the memo editor with its live poppler preview, an edit that
 * redraws the preview, and a save. Screenshots go to the build folder. */
#include <glib/gi18n.h>
#include <locale.h>
#include <poppler.h>

#include "model/prd-demo.h"
#include "model/prd-memo.h"
#include "model/prd-decision.h"
#include "model/prd-signer.h"
#include "prd-decision-form.h"
#include "prd-memo-editor.h"
#include "prd-news-page.h"
#include "prd-news-paper-row.h"
#include "model/prd-certificate-batch.h"
#include "model/prd-order.h"
#include "prd-doc-preview.h"
#include "prd-order-editor.h"
#include "prd-order-member-row.h"
#include "prd-order-section-row.h"
#include "prd-template-editor.h"
#include "prd-gui-test-util.h"
#include "prd-window.h"
#include "store/prd-store-sql.h"
#include "model/prd-model-error.h"

static char *dir;
static PrdStore *store;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* The first widget under ROOT named NAME (the rows of a decision form). */
static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The text of the paper the editor's preview shows, without white space. */
static char *
preview_text (GtkWindow *editor)
{
  PrdDoc *doc = prd_memo_editor_get_doc (PRD_MEMO_EDITOR (editor));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  GString *out = g_string_new (NULL);

  g_assert_nonnull (doc);
  bytes = prd_doc_to_pdf_bytes (doc, &error);
  g_assert_no_error (error);
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (pdf, 0);
  text = poppler_page_get_text (page);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* TEXT without white space (readers guess spaces from gaps). */
static char *
squeezed (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* The first button under ROOT showing the icon ICON. */
static GtkWidget *
find_icon_button (GtkWidget  *root,
                  const char *icon)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (root)), icon) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_icon_button (c, icon);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The text of the pages the preview widget itself shows, squeezed. */
static char *
shown_text (PrdDocPreview *preview)
{
  g_autofree char *text = prd_doc_preview_dup_text (preview);
  return squeezed (text);
}

/* The memo awaiting the director's order: its review is in the history;
 * an order without a reason is refused and loses nothing; an order
 * recorded through the form appends one decision and one journal entry,
 * and the preview shows it. */
static void
test_record_decision (PrdNewsPage *page)
{
  g_autoptr(GListModel) memos = prd_memo_list (store, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL, *memo_id = NULL;
  PrdDecisionForm *review_form, *order_form;
  GtkWindow *editor;
  GtkWidget *form_root;
  guint awaiting = G_MAXUINT;
  gint64 decisions, journal;

  for (guint i = 0; i < g_list_model_get_n_items (memos) && awaiting == G_MAXUINT; i++)
    {
      g_autoptr(PrdMemo) m = g_list_model_get_item (memos, i);

      if (prd_memo_get_state (m, store) == PRD_MEMO_AWAITING_ORDER)
        {
          awaiting = i;
          memo_id = g_strdup (prd_memo_get_id (m));
        }
    }
  g_assert_cmpuint (awaiting, !=, G_MAXUINT);
  editor = prd_news_page_open_memo (page, awaiting);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (editor, 1280, 900);
  prd_gui_settle ();

  /* The two forms: the review's history has the group director's "allow". */
  review_form = PRD_DECISION_FORM (prd_gui_find_widget (GTK_WIDGET (editor), PRD_TYPE_DECISION_FORM));
  g_assert_nonnull (review_form);
  order_form = PRD_DECISION_FORM (prd_gui_find_widget (gtk_widget_get_next_sibling (GTK_WIDGET (review_form)),
                                                      PRD_TYPE_DECISION_FORM));
  g_assert_nonnull (order_form);
  g_assert_cmpuint (prd_decision_form_get_n_history (review_form), ==, 1);
  g_assert_cmpuint (prd_decision_form_get_n_history (order_form), ==, 0);
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (order_form), "ยังไม่มีการพิจารณา"));
  before = preview_text (editor);
  g_assert_null (strstr (before, "(นายประเสริฐ"));

  form_root = GTK_WIDGET (order_form);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (prd_gui_find_widget (form_root, ADW_TYPE_EXPANDER_ROW)), TRUE);
  prd_gui_settle ();
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (form_root, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    prd_gui_settle ();
  }
  prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-memo-decision-form.png");

  decisions = prd_store_count (store, "SELECT count(*) FROM decision");
  journal = prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name = 'decision'");

  /* Not allowing without a reason is refused; the form keeps what was chosen. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (form_root, "outcome")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (form_root, "capacity")), 1);
  g_assert_false (prd_decision_form_record (order_form, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "ผลการพิจารณาไม่อนุญาตให้เผยแพร่ กรุณาระบุเหตุผล");
  g_clear_error (&error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision"), ==, decisions);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (form_root, "outcome"))), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (form_root, "capacity"))), ==, 1);

  /* Allowed, on behalf of the director, through the button's action. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (form_root, "outcome")), 0);
  gtk_editable_set_text (GTK_EDITABLE (find_named (form_root, "date")), "3 ธ.ค. 2569");
  g_assert_true (gtk_widget_activate_action (form_root, "decision.record", NULL));
  prd_gui_settle ();
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision"), ==, decisions + 1);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name = 'decision'"),
                   ==, journal + 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM decision WHERE subject_id = %Q AND step = 'order' "
                                          "AND outcome = 'allow' AND capacity = 'on_behalf' AND decided_at = '2026-12-03'",
                                   memo_id), ==, 1);
  g_assert_cmpuint (prd_decision_form_get_n_history (order_form), ==, 1);
  /* Once the director decided, the review can no longer be recorded, and says why. */
  {
    GtkWidget *review_record = prd_gui_find_widget (GTK_WIDGET (review_form), ADW_TYPE_EXPANDER_ROW);

    g_assert_false (gtk_widget_get_sensitive (review_record));
    g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (review_record)), ==,
                     "ผู้อำนวยการสั่งการแล้ว หากต้องการแก้ไข ให้บันทึกคำสั่งของผู้อำนวยการใหม่");
    g_assert_true (gtk_widget_get_sensitive (prd_gui_find_widget (form_root, ADW_TYPE_EXPANDER_ROW)));
  }
  {
    g_autoptr(PrdMemo) stored = prd_memo_load (store, memo_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (prd_memo_get_state (stored, store), ==, PRD_MEMO_APPROVED);
  }
  after = preview_text (editor);
  g_assert_cmpstr (after, !=, before);
  g_assert_nonnull (strstr (after, "(นายประเสริฐ"));
  g_assert_nonnull (strstr (after, "ปฏิบัติราชการแทนผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทองเขต๒"));
  g_assert_nonnull (strstr (after, "วันที่๓ธันวาคม๒๕๖๙"));
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (form_root, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    prd_gui_settle ();
  }
  prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-memo-decision-recorded.png");

  /* A decision recorded elsewhere in the program (another window, a pull)
   * reaches the open editor: its history and its preview. */
  {
    g_autoptr(PrdDecision) correction = prd_decision_new ();
    g_autoptr(GListModel) directors = prd_signer_list (store, "director", NULL);
    g_autoptr(PrdSigner) director = g_list_model_get_item (directors, 0);
    g_autofree char *corrected = NULL;

    prd_decision_set_subject_id (correction, memo_id);
    prd_decision_set_step (correction, PRD_DECISION_ORDER);
    prd_decision_set_outcome (correction, PRD_DECISION_REFUSE);
    prd_decision_set_reason (correction, "ภาพประกอบยังไม่ได้รับความยินยอม");
    prd_decision_set_signer_id (correction, prd_record_get_id (PRD_RECORD (director)));
    prd_decision_set_decided_at (correction, "2026-12-04");
    g_assert_true (prd_decision_record (correction, store, &error));
    g_assert_no_error (error);
    prd_gui_settle ();
    prd_gui_settle ();
    g_assert_cmpuint (prd_decision_form_get_n_history (order_form), ==, 2);
    corrected = preview_text (editor);
    g_assert_nonnull (strstr (corrected, "วันที่๔ธันวาคม๒๕๖๙"));
    g_assert_null (strstr (corrected, "ปฏิบัติราชการแทน"));
  }
  gtk_window_destroy (editor);
  prd_gui_settle ();
}





/* The news page's order and batch rows, each holding its paper. */
static void
collect_paper_rows (GtkWidget *widget,
                    GPtrArray *rows)
{
  if (PRD_IS_NEWS_PAPER_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_paper_rows (c, rows);
}

static void
test_news_page_and_editor (void)
{
  PrdWindow *window = prd_window_new (NULL, store);
  PrdNewsPage *page;
  GtkWindow *editor;
  PrdMemo *memo;
  guint allowed = G_MAXUINT;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "news"));
  prd_gui_settle ();

  page = PRD_NEWS_PAGE (prd_gui_find_widget (GTK_WIDGET (window), PRD_TYPE_NEWS_PAGE));
  g_assert_nonnull (page);
  g_assert_cmpuint (prd_news_page_get_n_memos (page), ==, 5);
  /* Thai: the states and the groups' titles are translated. */
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "บันทึกข้อความขออนุญาตเผยแพร่"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "อนุญาตให้เผยแพร่แล้ว"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "รอผู้อำนวยการสั่งการ"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "ไม่อนุญาต"));
  prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-news-page.png");

  /* The orders and certificate batches are rows holding their typed paper,
   * in the order core/model lists them. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) orders = prd_order_list (store, &error);
    g_autoptr(GListModel) batches = prd_certificate_batch_list (store, &error);
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    guint n_orders = 0, n_batches = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (orders), >, 0);
    g_assert_cmpuint (g_list_model_get_n_items (batches), >, 0);
    collect_paper_rows (GTK_WIDGET (page), rows);
    g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (orders) + g_list_model_get_n_items (batches));
    for (guint i = 0; i < rows->len; i++)
      {
        PrdNewsPaperRow *row = g_ptr_array_index (rows, i);
        g_autoptr(PrdRecord) paper = NULL;

        g_object_get (row, "paper", &paper, NULL);
        g_assert_true (paper == prd_news_paper_row_get_paper (row));
        if (PRD_IS_ORDER (paper))
          {
            g_autoptr(PrdOrder) want = g_list_model_get_item (orders, n_orders++);
            g_assert_cmpstr (prd_order_get_id (PRD_ORDER (paper)), ==, prd_order_get_id (want));
            g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, prd_order_get_subject (want));
          }
        else
          {
            g_autoptr(PrdCertificateBatch) want = g_list_model_get_item (batches, n_batches++);
            g_autofree char *count = g_strdup_printf ("เกียรติบัตร %d ", prd_certificate_batch_get_n_certificates (want));
            g_assert_true (PRD_IS_CERTIFICATE_BATCH (paper));
            g_assert_cmpstr (prd_certificate_batch_get_id (PRD_CERTIFICATE_BATCH (paper)), ==,
                             prd_certificate_batch_get_id (want));
            g_test_message ("%s", adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
            g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), count));
          }
      }
    g_assert_cmpuint (n_orders, ==, g_list_model_get_n_items (orders));
    g_assert_cmpuint (n_batches, ==, g_list_model_get_n_items (batches));
  }

  for (guint i = 0; i < prd_news_page_get_n_memos (page) && allowed == G_MAXUINT; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) memos = prd_memo_list (store, &error);
      g_autoptr(PrdMemo) m = g_list_model_get_item (memos, i);

      if (prd_memo_get_state (m, store) == PRD_MEMO_APPROVED)
        allowed = i;
    }
  editor = prd_news_page_open_memo (page, allowed);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (editor, 1280, 800);
  prd_gui_settle ();
  g_assert_cmpint (prd_memo_editor_get_n_preview_pages (PRD_MEMO_EDITOR (editor)), ==, 1);
  prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-memo-editor.png");

  /* An edit reaches the memo and the preview is made again. */
  memo = prd_memo_editor_get_memo (PRD_MEMO_EDITOR (editor));
  {
    /* The first check of the channels: the newsletter, not chosen. */
    GtkWidget *check = prd_gui_find_widget (GTK_WIDGET (editor), GTK_TYPE_CHECK_BUTTON);

    g_assert_cmpstr (prd_memo_get_channels (memo), ==, "channel-website");
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    g_assert_cmpstr (prd_memo_get_channels (memo), ==, "channel-newsletter,channel-website");
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    g_assert_cmpstr (prd_memo_get_channels (memo), ==, "channel-website");
  }
  prd_memo_set_requester_position (memo, "นักประชาสัมพันธ์ชำนาญการพิเศษ");
  prd_gui_settle ();
  prd_gui_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  prd_gui_settle ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PrdMemo) stored = prd_memo_load (store, prd_memo_get_id (memo), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (prd_memo_get_requester_position (stored), ==, "นักประชาสัมพันธ์ชำนาญการพิเศษ");
  }
  gtk_window_destroy (editor);

  test_record_decision (page);

  /* A new memo starts empty and previews the template. */
  editor = prd_news_page_open_memo (page, G_MAXUINT);
  prd_gui_settle ();
  g_assert_cmpint (prd_memo_editor_get_n_preview_pages (PRD_MEMO_EDITOR (editor)), ==, 1);
  prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-memo-editor-new.png");
  gtk_window_destroy (editor);

  /* An appointment order from the registry: a section, three members
   * chosen in the member chooser, a role, edited through the editor's rows;
   * the preview is drawn again with every edit; saved with the next number. */
  editor = prd_news_page_open_order (page, NULL);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (editor, 1280, 820);
  prd_gui_settle ();
  {
    PrdOrder *order = prd_order_editor_get_order (PRD_ORDER_EDITOR (editor));
    PrdDocPreview *preview = PRD_DOC_PREVIEW (prd_gui_find_widget (GTK_WIDGET (editor), PRD_TYPE_DOC_PREVIEW));
    GtkWidget *subject_row = prd_gui_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
    PrdOrderSection *section;
    GtkWidget *section_row, *title_row;
    GtkListBox *member_list;
    g_autoptr(PrdOrderMember) first = NULL;
    g_autoptr(PrdOrderMember) third = NULL;
    g_autofree char *before = NULL, *after = NULL, *after_removal = NULL;
    g_autofree char *stored_sql = NULL, *third_name = NULL;

    g_assert_nonnull (preview);
    /* The subject typed in its row is the order's subject. */
    gtk_editable_set_text (GTK_EDITABLE (subject_row), "แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์");
    g_assert_cmpstr (prd_order_get_subject (order), ==, "แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์");
    prd_order_set_body (order, "เพื่อให้การประชาสัมพันธ์ของสำนักงานเป็นไปอย่างต่อเนื่อง จึงแต่งตั้งคณะทำงาน ดังนี้");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-section", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (prd_order_get_sections (order)), ==, 1);
    section = g_list_model_get_item (prd_order_get_sections (order), 0);
    g_object_unref (section);   /* the order holds it */
    prd_order_editor_choose_members (PRD_ORDER_EDITOR (editor), 0, "ครู", 3);
    prd_gui_settle ();
    prd_gui_settle ();
    prd_gui_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (prd_order_section_get_members (section)), ==, 3);
    before = shown_text (preview);
    g_assert_nonnull (strstr (before, "แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์"));
    g_assert_null (strstr (before, "คณะทำงานประกอบด้วย"));
    g_assert_null (strstr (before, "ประธาน"));

    /* The section's row edits the section; its member rows, the members. */
    section_row = prd_gui_find_widget (GTK_WIDGET (editor), PRD_TYPE_ORDER_SECTION_ROW);
    g_assert_nonnull (section_row);
    g_assert_true (prd_order_section_row_get_section (PRD_ORDER_SECTION_ROW (section_row)) == section);
    g_assert_nonnull (prd_gui_find_label (section_row, "ข้อ 1"));
    title_row = prd_gui_find_widget (section_row, ADW_TYPE_ENTRY_ROW);
    gtk_editable_set_text (GTK_EDITABLE (title_row), "คณะทำงาน ประกอบด้วย");
    g_assert_cmpstr (prd_order_section_get_title (section), ==, "คณะทำงาน ประกอบด้วย");
    member_list = prd_order_section_row_get_members (PRD_ORDER_SECTION_ROW (section_row));
    g_assert_nonnull (gtk_list_box_get_row_at_index (member_list, 2));
    g_assert_null (gtk_list_box_get_row_at_index (member_list, 3));
    first = g_list_model_get_item (prd_order_section_get_members (section), 0);
    third = g_list_model_get_item (prd_order_section_get_members (section), 2);
    prd_order_member_row_set_role (PRD_ORDER_MEMBER_ROW (gtk_list_box_get_row_at_index (member_list, 0)), "chair");
    g_assert_cmpstr (prd_order_member_get_role (first), ==, "chair");
    prd_gui_settle ();
    prd_gui_settle ();
    prd_gui_settle ();
    after = shown_text (preview);
    third_name = squeezed (prd_order_member_get_name (third));
    g_assert_nonnull (strstr (after, "๑.คณะทำงานประกอบด้วย"));
    g_assert_nonnull (strstr (after, "ประธาน"));
    g_assert_nonnull (strstr (after, third_name));
    prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-order-editor.png");
    {
      /* The form scrolled to its members, to be looked at. */
      GtkWidget *scroller = prd_gui_find_widget (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      prd_gui_settle ();
      prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-order-editor-members.png");
    }

    /* The third member's trash button removes it; the toast's undo puts
     * it back in its place; removed again, the paper loses the name. */
    g_signal_emit_by_name (find_icon_button (GTK_WIDGET (gtk_list_box_get_row_at_index (member_list, 2)),
                                             "user-trash-symbolic"), "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (prd_order_section_get_members (section)), ==, 2);
    g_assert_null (gtk_list_box_get_row_at_index (member_list, 2));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo-remove", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (prd_order_section_get_members (section)), ==, 3);
    {
      g_autoptr(PrdOrderMember) back = g_list_model_get_item (prd_order_section_get_members (section), 2);
      g_assert_true (back == third);
    }
    g_assert_nonnull (gtk_list_box_get_row_at_index (member_list, 2));
    g_signal_emit_by_name (find_icon_button (GTK_WIDGET (gtk_list_box_get_row_at_index (member_list, 2)),
                                             "user-trash-symbolic"), "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (prd_order_section_get_members (section)), ==, 2);
    prd_gui_settle ();
    prd_gui_settle ();
    prd_gui_settle ();
    after_removal = shown_text (preview);
    g_assert_null (strstr (after_removal, third_name));
    g_assert_nonnull (strstr (after_removal, "ประธาน"));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
    prd_gui_settle ();
    g_assert_cmpint (prd_order_get_number_seq (order), >, 0);
    g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM appointment_order WHERE deleted = 0"), ==, 2);
    stored_sql = g_strdup_printf ("SELECT count(*) FROM order_member om JOIN order_section os ON os.id = om.section_id "
                                  "WHERE os.order_id = '%s' AND om.deleted = 0 AND os.deleted = 0",
                                  prd_order_get_id (order));
    g_assert_cmpint (prd_store_count (store, stored_sql), ==, 2);
  }
  gtk_window_destroy (editor);
  prd_gui_settle ();
  prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-news-page-after.png");

  /* The office's wording of the memo opens in its own window, in Thai. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit-wording", NULL));
  prd_gui_settle ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *wording = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        if (G_TYPE_CHECK_INSTANCE_TYPE (w, PRD_TYPE_TEMPLATE_EDITOR))
          wording = w;
      }
    g_assert_nonnull (wording);
    g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (wording), "ถ้อยคำในบันทึกข้อความขออนุญาตเผยแพร่"));
    prd_gui_save_screenshot (GTK_WIDGET (wording), "screenshot-memo-wording.png");
    gtk_window_destroy (wording);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

int
main (int argc, char **argv)
{
  int rc;

  prd_gui_test_init (&argc, &argv);

  dir = prd_test_make_dir ();
  store = prd_gui_demo_store (dir, "gui-docs.sqlite", 300);

  g_test_add_func ("/gui/news-page-and-memo-editor", test_news_page_and_editor);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
