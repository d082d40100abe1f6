/* GUI test of the official papers: the News & Memos page on the demo
 * office, the memo editor with its live poppler preview, an edit that
 * redraws the preview, and a save. Screenshots go to the build folder. */
#include <glib/gi18n.h>
#include <locale.h>

#include "model/prd-demo.h"
#include "model/prd-memo.h"
#include "prd-memo-editor.h"
#include "prd-news-page.h"
#include "prd-order-editor.h"
#include "prd-template-editor.h"
#include "prd-gui-test-util.h"
#include "prd-window.h"
#include "store/prd-store-sql.h"

static char *dir;
static PrdStore *store;





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
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "อนุญาตแล้ว"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "ไม่อนุญาต"));
  prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-news-page.png");

  for (guint i = 0; i < prd_news_page_get_n_memos (page) && allowed == G_MAXUINT; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) memos = prd_memo_list (store, &error);
      g_autoptr(PrdMemo) m = g_list_model_get_item (memos, i);

      if (prd_memo_get_state (m) == PRD_MEMO_ALLOWED)
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
  prd_memo_set (memo, "requester_position", "นักประชาสัมพันธ์ชำนาญการพิเศษ");
  prd_gui_settle ();
  prd_gui_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  prd_gui_settle ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PrdMemo) stored = prd_memo_load (store, prd_memo_get_id (memo), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (prd_memo_get (stored, "requester_position"), ==, "นักประชาสัมพันธ์ชำนาญการพิเศษ");
  }
  gtk_window_destroy (editor);

  /* A new memo starts empty and previews the template. */
  editor = prd_news_page_open_memo (page, G_MAXUINT);
  prd_gui_settle ();
  g_assert_cmpint (prd_memo_editor_get_n_preview_pages (PRD_MEMO_EDITOR (editor)), ==, 1);
  prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-memo-editor-new.png");
  gtk_window_destroy (editor);

  /* An appointment order from the registry: a section, three members
   * chosen in the member chooser, a role, saved with the next number. */
  editor = prd_news_page_open_order (page, NULL);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (editor, 1280, 820);
  {
    PrdOrder *order = prd_order_editor_get_order (PRD_ORDER_EDITOR (editor));
    PrdOrderSection *section;
    g_autoptr(GError) error = NULL;

    prd_order_set (order, "subject", "แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์");
    prd_order_set (order, "body", "เพื่อให้การประชาสัมพันธ์ของสำนักงานเป็นไปอย่างต่อเนื่อง จึงแต่งตั้งคณะทำงาน ดังนี้");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-section", NULL));
    section = g_ptr_array_index (prd_order_get_sections (order), 0);
    g_free (section->title);
    section->title = g_strdup ("คณะทำงาน ประกอบด้วย");
    prd_order_editor_choose_members (PRD_ORDER_EDITOR (editor), 0, "ครู", 3);
    prd_gui_settle ();
    g_assert_cmpuint (section->members->len, ==, 3);
    g_free (((PrdOrderMember *) section->members->pdata[0])->role);
    ((PrdOrderMember *) section->members->pdata[0])->role = g_strdup ("chair");
    prd_order_changed (order);
    prd_gui_settle ();
    prd_gui_settle ();
    g_assert_cmpint (prd_order_editor_get_n_preview_pages (PRD_ORDER_EDITOR (editor)), >=, 1);
    prd_gui_save_screenshot (GTK_WIDGET (editor), "screenshot-order-editor.png");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
    prd_gui_settle ();
    g_assert_cmpint (prd_order_get_number_seq (order), >, 0);
    g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM appointment_order WHERE deleted = 0"), ==, 2);
    (void) error;
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
