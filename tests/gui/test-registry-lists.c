/* The Preferences page of the registry's lists, under Xvfb on the demo
 * office: a category added, refused, moved, switched, renamed and removed
 * through the widgets lands in the store (with journal rows); the registry
 * page shows the new names when the window closes. Saves screenshots. */
#include <string.h>

#include "model/prd-registry-lists.h"
#include "prd-gui-test-util.h"
#include "prd-preferences.h"
#include "prd-registry-lists-page.h"
#include "prd-registry-page.h"
#include "prd-window.h"

static char *dir;
static PrdStore *store;

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

/* The entry row under ROOT with TITLE (or, if TITLE is NULL, with TEXT). */
static AdwEntryRow *
find_entry_row (GtkWidget  *root,
                const char *title,
                const char *text)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (root, ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (title != NULL && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return ADW_ENTRY_ROW (row);
      if (title == NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
        return ADW_ENTRY_ROW (row);
    }
  return NULL;
}

/* The button inside ROW whose tooltip is TOOLTIP. */
static GtkWidget *
find_button (AdwEntryRow *row,
             const char  *tooltip)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (row), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), tooltip) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button “%s” in the row", tooltip);
  return NULL;
}

/* A label under ROOT containing PART (a toast's, say). */
static gboolean
has_label_containing (GtkWidget  *root,
                      const char *part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), part) != NULL)
      return TRUE;
  return FALSE;
}

/* The message dialog that is open, if any. */
static AdwMessageDialog *
find_dialog (void)
{
  GListModel *tops = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWidget) top = g_list_model_get_item (tops, i);

      if (ADW_IS_MESSAGE_DIALOG (top) && gtk_widget_get_visible (top))
        return ADW_MESSAGE_DIALOG (top);
    }
  return NULL;
}

/* A refusal is a dialog with HEADING whose text has PART; it is closed. */
static void
assert_refusal (const char *heading,
                const char *part,
                const char *screenshot)
{
  AdwMessageDialog *dialog = find_dialog ();

  g_assert_nonnull (dialog);
  g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), part));
  if (screenshot != NULL)
    prd_gui_save_screenshot (GTK_WIDGET (dialog), screenshot);
  gtk_window_close (GTK_WINDOW (dialog));   /* as Escape or its Close button do */
  prd_gui_settle ();
  g_assert_null (find_dialog ());
}

static void
type_and_apply (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  prd_gui_settle ();
}

/* The category drop-down of the registry page's filter popover. */
static GtkDropDown *
category_dropdown (GtkWidget *registry)
{
  g_autoptr(GPtrArray) downs = g_ptr_array_new ();

  collect (registry, GTK_TYPE_DROP_DOWN, downs);
  for (guint i = 0; i < downs->len; i++)
    {
      GListModel *model = gtk_drop_down_get_model (g_ptr_array_index (downs, i));

      if (GTK_IS_STRING_LIST (model) &&
          g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), "ทุกประเภท") == 0)
        return g_ptr_array_index (downs, i);
    }
  g_error ("no category filter");
  return NULL;
}

static const char *
selected_string (GtkDropDown *down)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (down)),
                                     gtk_drop_down_get_selected (down));
}

static void
test_registry_lists_page (void)
{
  PrdWindow *window = prd_window_new (NULL, store);
  GtkWidget *registry, *page;
  GtkWindow *prefs;
  GtkDropDown *down;
  AdwEntryRow *add_row, *row, *media;
  g_autoptr(GPtrArray) switches = g_ptr_array_new ();
  g_autofree char *id = NULL;
  g_autofree char *in_media = NULL;
  g_autofree char *refused = NULL;
  g_autoptr(GError) error = NULL;
  gint64 journal;
  guint private_index;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  prd_gui_settle ();

  /* The registry filters on ภาคเอกชน before the lists are edited. */
  registry = prd_gui_find_widget (GTK_WIDGET (window), PRD_TYPE_REGISTRY_PAGE);
  g_assert_nonnull (registry);
  gtk_menu_button_popup (GTK_MENU_BUTTON (prd_gui_find_widget (registry, GTK_TYPE_MENU_BUTTON)));
  prd_gui_settle ();
  down = category_dropdown (registry);
  for (private_index = 0; g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (down)),
                                                                   private_index), "ภาคเอกชน") != 0; private_index++)
    g_assert_cmpuint (private_index, <, 20);
  gtk_drop_down_set_selected (down, private_index);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (prd_gui_find_widget (registry, GTK_TYPE_MENU_BUTTON)));
  prd_gui_settle ();

  prefs = prd_window_show_preferences (window);
  gtk_window_set_default_size (prefs, 760, 900);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "registry");
  prd_gui_settle ();
  page = prd_gui_find_widget (GTK_WIDGET (prefs), PRD_TYPE_REGISTRY_LISTS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  /* In Thai: the groups, a category with its members counted. */
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (prefs), "ประเภทสมาชิกเครือข่าย"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (prefs), "คณะกรรมการ"));
  media = find_entry_row (page, NULL, "สื่อมวลชน");
  g_assert_nonnull (media);
  in_media = g_strdup_printf ("สมาชิก %" G_GINT64_FORMAT " คน",
                              prd_test_count (store, "SELECT count (*) FROM member WHERE category_id = 'category-media' "
                                     "AND deleted = 0"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (media)), ==, in_media);
  refused = g_strdup_printf ("ลบ “สื่อมวลชน” ไม่ได้ เพราะยังมี%s", in_media);
  g_assert_nonnull (find_entry_row (page, NULL, "คณะกรรมการเครือข่ายการประชาสัมพันธ์"));

  /* Add through the add row: in the store at once, with its journal row. */
  add_row = find_entry_row (page, "เพิ่มประเภท: พิมพ์ชื่อแล้วกด Enter", NULL);
  g_assert_nonnull (add_row);
  journal = prd_test_count (store, "SELECT count (*) FROM change_journal");
  type_and_apply (add_row, "ผู้ปกครองนักเรียน");
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category WHERE label = 'ผู้ปกครองนักเรียน' "
                          "AND deleted = 0 AND internal = 0"), ==, 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM change_journal"), ==, journal + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  row = find_entry_row (page, NULL, "ผู้ปกครองนักเรียน");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "ยังไม่มีสมาชิก");
  /* The row holds its item as properties. */
  g_object_get (row, "item-id", &id, NULL);
  g_assert_nonnull (id);
  /* The new row is last: it cannot go down, it can go up. */
  g_assert_false (gtk_widget_get_sensitive (find_button (row, "เลื่อนลง")));
  g_assert_true (gtk_widget_get_sensitive (find_button (row, "เลื่อนขึ้น")));
  prd_gui_save_screenshot (GTK_WIDGET (prefs), "screenshot-preferences-registry.png");

  /* Its switch makes it internal. */
  collect (GTK_WIDGET (row), GTK_TYPE_SWITCH, switches);
  g_assert_cmpuint (switches->len, ==, 1);
  gtk_switch_set_active (g_ptr_array_index (switches, 0), TRUE);
  prd_gui_settle ();
  g_assert_cmpint (prd_test_count (store, "SELECT internal FROM member_category WHERE id = %Q", id), ==, 1);

  /* Up one place. */
  g_signal_emit_by_name (find_button (row, "เลื่อนขึ้น"), "clicked");
  prd_gui_settle ();
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category WHERE deleted = 0 AND sort_order > "
                          "(SELECT sort_order FROM member_category WHERE id = %Q)", id), ==, 1);
  row = find_entry_row (page, NULL, "ผู้ปกครองนักเรียน");
  g_assert_true (gtk_widget_get_sensitive (find_button (row, "เลื่อนลง")));

  /* The same name again is refused in Thai; what was typed stays. */
  type_and_apply (add_row, "สื่อ มวลชน");
  assert_refusal ("ยังไม่ได้เพิ่มประเภท", "มีประเภท “สื่อมวลชน” อยู่ในรายการแล้ว", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "สื่อ มวลชน");
  gtk_editable_set_text (GTK_EDITABLE (add_row), "");

  /* A category with members cannot be removed: the toast says how many. */
  journal = prd_test_count (store, "SELECT count (*) FROM change_journal");
  media = find_entry_row (page, NULL, "สื่อมวลชน");
  g_signal_emit_by_name (find_button (media, "ลบประเภทนี้"), "clicked");
  prd_gui_settle ();
  assert_refusal ("ยังลบประเภทนี้ไม่ได้", refused, "screenshot-preferences-registry-refused.png");
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = 'category-media'"), ==, 0);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM change_journal"), ==, journal);

  /* An unused one is: a tombstone, and the row goes. */
  row = find_entry_row (page, NULL, "ผู้ปกครองนักเรียน");
  g_signal_emit_by_name (find_button (row, "ลบประเภทนี้"), "clicked");
  prd_gui_settle ();
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = %Q", id), ==, 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM change_journal WHERE record_id = %Q AND deleted = 1", id), ==, 1);
  g_assert_null (find_entry_row (page, NULL, "ผู้ปกครองนักเรียน"));
  g_assert_true (has_label_containing (GTK_WIDGET (prefs), "ลบ “ผู้ปกครองนักเรียน” แล้ว"));

  /* The toast's Undo brings the same record back; then it goes again. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *undo = NULL;

    collect (GTK_WIDGET (prefs), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_เรียกคืน") == 0)
        undo = g_ptr_array_index (buttons, i);
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    prd_gui_settle ();
    g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = %Q", id), ==, 0);
    row = find_entry_row (page, NULL, "ผู้ปกครองนักเรียน");
    g_assert_nonnull (row);
    g_signal_emit_by_name (find_button (row, "ลบประเภทนี้"), "clicked");
    prd_gui_settle ();
    g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = %Q", id), ==, 1);
  }

  /* A committee added through its own add row. */
  type_and_apply (find_entry_row (page, "เพิ่มคณะกรรมการ: พิมพ์ชื่อแล้วกด Enter", NULL), "คณะทำงานจดหมายข่าว");
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM committee WHERE name = 'คณะทำงานจดหมายข่าว' AND deleted = 0"), ==, 1);
  g_assert_nonnull (find_entry_row (page, NULL, "คณะทำงานจดหมายข่าว"));
  {
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (prd_gui_find_widget (page, GTK_TYPE_SCROLLED_WINDOW)));

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    prd_gui_settle ();
    prd_gui_save_screenshot (GTK_WIDGET (prefs), "screenshot-preferences-registry-committees.png");
  }

  /* Removed on another PC meanwhile: the click says so and the row goes. */
  {
    AdwEntryRow *gone = find_entry_row (page, NULL, "คณะทำงานจดหมายข่าว");
    g_autofree char *gone_id = NULL;
    g_autofree char *gone_label = NULL;

    g_object_get (gone, "item-id", &gone_id, "saved-label", &gone_label, NULL);
    g_assert_cmpstr (gone_label, ==, "คณะทำงานจดหมายข่าว");

    g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_COMMITTEES, gone_id, &error));
    g_assert_no_error (error);
    g_signal_emit_by_name (find_button (gone, "ลบคณะกรรมการนี้"), "clicked");
    prd_gui_settle ();
    assert_refusal ("ยังลบคณะกรรมการนี้ไม่ได้", "ไม่อยู่ในรายการแล้ว", NULL);
    g_assert_null (find_entry_row (page, NULL, "คณะทำงานจดหมายข่าว"));
  }

  /* A rename refused is kept as typed, and keeps the window open. */
  row = find_entry_row (page, NULL, "ภาคเอกชน");
  type_and_apply (row, "หน่วยงาน ราชการ");
  assert_refusal ("ยังไม่ได้เปลี่ยนชื่อ", "“หน่วยงานราชการ”", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "หน่วยงาน ราชการ");
  gtk_window_close (prefs);
  prd_gui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (prefs)));
  assert_refusal ("บันทึกการแก้ไขไม่ได้", "“หน่วยงานราชการ”", NULL);

  /* A rename typed but not applied is saved when the window closes. */
  gtk_editable_set_text (GTK_EDITABLE (row), "ภาคเอกชนและธุรกิจ");
  g_assert_true (prd_preferences_save (PRD_PREFERENCES (prefs), &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category WHERE id = 'category-private' "
                          "AND label = 'ภาคเอกชนและธุรกิจ'"), ==, 1);
  g_assert_true (prd_preferences_get_lists_changed (PRD_PREFERENCES (prefs)));
  gtk_window_close (prefs);
  prd_gui_settle ();

  /* The registry's filter shows the new name and keeps its choice. */
  g_assert_cmpstr (selected_string (category_dropdown (registry)), ==, "ภาคเอกชนและธุรกิจ");

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

int
main (int argc, char **argv)
{
  int rc;

  prd_gui_test_init (&argc, &argv);

  dir = prd_test_make_dir ();
  store = prd_gui_demo_store (dir, "lists.sqlite", 300);

  g_test_add_func ("/gui/registry-lists-page", test_registry_lists_page);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
