/* The holidays page of the Preferences window, under Xvfb on the demo office:
 * Google's calendar opens in a preview with one row per event, public
 * holidays checked and observances not; checking วันครู and importing writes
 * exactly the checked days, the page lists them and the context's working
 * time skips them; a broken file is refused naming its line. Saves
 * screenshots. */
#include <string.h>

#include "model/prd-context.h"
#include "prd-gui-test-util.h"
#include "prd-holiday-event-row.h"
#include "prd-holidays-page.h"
#include "prd-preferences.h"

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect (c, type, found);
}

/* The message dialog now shown, if any. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static void
test_import_preview (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autoptr(PrdStore) store = prd_gui_demo_store (dir, "h.sqlite", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdContext) context = prd_context_new (store, NULL, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "google-th-2569.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(PrdHolidayImportDialog) dialog = NULL;
  PrdPreferences *prefs;
  PrdHolidaysPage *page;
  PrdHolidayEventRow *teachers = NULL;
  GtkLabel *summary = NULL;
  GDate friday;
  guint checked = 0;
  gint64 before;

  g_assert_no_error (error);
  before = prd_test_count (store, "SELECT count(*) FROM holiday WHERE deleted = 0");
  prefs = prd_preferences_new (context);
  gtk_window_present (GTK_WINDOW (prefs));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "holidays");
  prd_gui_settle ();
  page = PRD_HOLIDAYS_PAGE (prd_gui_find_widget (GTK_WIDGET (prefs), PRD_TYPE_HOLIDAYS_PAGE));
  g_assert_nonnull (page);
  g_assert_cmpint (g_list_model_get_n_items (prd_holidays_page_get_holidays (page)), ==, before);

  /* The preview: 14 rows, the 9 public holidays checked, the 5 observances not. */
  dialog = g_object_ref (prd_holidays_page_open_preview (page, file));
  g_assert_nonnull (dialog);
  prd_gui_settle ();
  collect (GTK_WIDGET (dialog), PRD_TYPE_HOLIDAY_EVENT_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 14);
  for (guint i = 0; i < rows->len; i++)
    {
      PrdHolidayEventRow *row = g_ptr_array_index (rows, i);
      PrdHolidayEvent *event = prd_holiday_event_row_get_event (row);
      gboolean active = gtk_check_button_get_active (prd_holiday_event_row_get_check (row));

      g_assert_cmpint (active, ==, !prd_holiday_event_get_observance (event));
      checked += active;
      if (g_str_equal (prd_holiday_event_get_name (event), "วันครู"))
        teachers = row;
    }
  g_assert_cmpuint (checked, ==, 9);
  g_assert_nonnull (teachers);
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();

    collect (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (g_str_has_prefix (gtk_label_get_label (g_ptr_array_index (labels, i)), "จะนำเข้า:"))
        summary = g_ptr_array_index (labels, i);
  }
  g_assert_nonnull (summary);
  g_assert_cmpstr (gtk_label_get_label (summary), ==, "จะนำเข้า: วันหยุดราชการ 9 จาก 9 วัน · วันสำคัญ 0 จาก 5 วัน");

  /* The office closes on วันครู: a click on its row checks it. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (teachers)));
  prd_gui_settle ();
  g_assert_true (gtk_check_button_get_active (prd_holiday_event_row_get_check (teachers)));
  g_assert_true (prd_holiday_event_get_included (prd_holiday_event_row_get_event (teachers)));
  g_assert_cmpstr (gtk_label_get_label (summary), ==, "จะนำเข้า: วันหยุดราชการ 9 จาก 9 วัน · วันสำคัญ 1 จาก 5 วัน");
  prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-holiday-import.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "holidays.import", NULL));
  prd_gui_settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  /* 12 days checked; the demo office keeps วันสิ้นปี (31 Dec 2569) already. */
  g_assert_cmpuint (prd_holiday_import_dialog_get_result (dialog)->added, ==, 11);
  g_assert_cmpuint (prd_holiday_import_dialog_get_result (dialog)->unchanged, ==, 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM holiday WHERE deleted = 0"), ==, before + 11);
  g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM holiday WHERE date = '2026-01-16' AND kind = 'closure'"), ==, 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM holiday WHERE date = '2026-02-14'"), ==, 0);
  g_assert_cmpint (g_list_model_get_n_items (prd_holidays_page_get_holidays (page)), ==, before + 11);
  g_date_clear (&friday, 1);
  g_date_set_dmy (&friday, 16, G_DATE_JANUARY, 2026);
  g_assert_true (prd_thai_worktime_is_holiday (prd_context_get_worktime (context), &friday));
  prd_gui_save_screenshot (GTK_WIDGET (prefs), "screenshot-holidays-page.png");

  /* Removed by its row's button, back with the toast's Undo. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    g_autofree char *id = NULL;
    GtkWidget *remove = NULL, *undo = NULL;

    collect (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len && remove == NULL; i++)
      {
        GtkWidget *b = g_ptr_array_index (buttons, i);
        GtkWidget *row = gtk_widget_get_ancestor (b, ADW_TYPE_ACTION_ROW);

        if (row != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (b), "ลบวันหยุดนี้") == 0 &&
            g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "วันครู") == 0)
          remove = b;
      }
    g_assert_nonnull (remove);
    id = g_variant_dup_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (remove)), NULL);
    g_signal_emit_by_name (remove, "clicked");
    prd_gui_settle ();
    g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM holiday WHERE id = %Q", id), ==, 1);
    g_assert_cmpint (g_list_model_get_n_items (prd_holidays_page_get_holidays (page)), ==, before + 10);
    g_assert_false (prd_thai_worktime_is_holiday (prd_context_get_worktime (context), &friday));

    g_ptr_array_set_size (buttons, 0);
    collect (GTK_WIDGET (prefs), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_เรียกคืน") == 0)
        undo = g_ptr_array_index (buttons, i);
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    prd_gui_settle ();
    g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM holiday WHERE deleted = 0 AND date = '2026-01-16' "
                                     "AND name = 'วันครู' AND kind = 'closure'"), ==, 1);
    g_assert_cmpint (g_list_model_get_n_items (prd_holidays_page_get_holidays (page)), ==, before + 11);
    g_assert_true (prd_thai_worktime_is_holiday (prd_context_get_worktime (context), &friday));
  }

  /* A broken file: no preview, a message naming the line, nothing written. */
  {
    g_autofree char *text = NULL;
    g_autofree char *broken_path = g_build_filename (dir, "broken.ics", NULL);
    g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
    AdwMessageDialog *message;
    char *colon;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    colon = strstr (text, "DTEND;VALUE=DATE:20260102") + strlen ("DTEND;VALUE=DATE");
    *colon = ' ';
    g_assert_true (g_file_set_contents (broken_path, text, -1, NULL));
    g_assert_null (prd_holidays_page_open_preview (page, broken));
    prd_gui_settle ();
    message = find_message_dialog ();
    g_assert_nonnull (message);
    g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (message), "บรรทัดที่ 14: “DTEND;VALUE=DATE 20260102”"));
    gtk_window_destroy (GTK_WINDOW (message));
    g_assert_cmpint (prd_test_count (store, "SELECT count(*) FROM holiday WHERE deleted = 0"), ==, before + 11);
  }

  gtk_window_destroy (GTK_WINDOW (prefs));
  prd_gui_settle ();
  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  prd_gui_test_init (&argc, &argv);
  g_test_add_func ("/holidays/gui/import-preview", test_import_preview);
  return g_test_run ();
}
