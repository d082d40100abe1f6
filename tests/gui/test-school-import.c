/* The school list import under Xvfb, in Thai: a new office (no schools)
 * previews a list with a bad line (nothing can be imported), then the
 * corrected list, imports it, and the registry page offers it in its Import
 * menu. */
#include <string.h>

#include "prd-gui-test-util.h"
#include "prd-import-dialog.h"
#include "prd-import-status-cell.h"
#include "prd-school-import-dialog.h"
#include "store/prd-store-sql.h"

static gboolean imported;

static void
on_imported_cb (PrdSchoolImportDialog *dialog,
                gpointer               user_data)
{
  imported = TRUE;
}

static GFile *
write_list (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_file_new_for_path (path);
}

static void
test_school_list (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "office.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (path, &error);
  g_autoptr(GFile) bad = NULL, good = NULL;
  PrdSchoolImportDialog *dialog;
  const char *header = "รหัสโรงเรียน,ชื่อโรงเรียน,ตำบล,อำเภอ\n";
  g_autofree char *bad_text = g_strconcat (header, "1048190001,โรงเรียนบ้านหนองบัว,หนองบัว,ดอนแก้ว\n"
                                           "12345,โรงเรียนบ้านโคกสูง,โคกสูง,ดอนแก้ว\n", NULL);
  g_autofree char *good_text = g_strconcat (header, "1048190001,โรงเรียนบ้านหนองบัว,หนองบัว,ดอนแก้ว\n"
                                            "1048190003,โรงเรียนบ้านโคกสูง,โคกสูง,ดอนแก้ว\n"
                                            "1048190004,โรงเรียนอนุบาลท่าอุเทน,ท่าอุเทน,ท่าอุเทน\n", NULL);

  g_assert_no_error (error);
  bad = write_list (dir, "schools-bad.csv", bad_text);
  good = write_list (dir, "schools.csv", good_text);

  dialog = prd_school_import_dialog_new (store);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), NULL);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 720, 560);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (prd_school_import_dialog_load_file (dialog, bad, &error));
  g_assert_no_error (error);
  prd_gui_settle ();
  g_test_message ("%s", prd_school_import_dialog_get_summary (dialog));
  g_assert_cmpstr (prd_school_import_dialog_get_summary (dialog), ==,
                   "โรงเรียน 2 แห่ง: ใหม่ 1 แห่ง ปรับปรุงข้อมูล 0 แห่ง มีอยู่แล้วตรงตามรายการ 0 แห่ง มีปัญหา 1 แห่ง");
  /* The Import button cannot be pressed while a line has problems. */
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (dialog),
                                        "จะไม่นำเข้าข้อมูลใดเลยหากยังมีบรรทัดที่มีปัญหา กรุณาแก้ไขในไฟล์แล้วเลือกไฟล์ใหม่อีกครั้ง"));
  prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-school-import-problems.png");
  g_assert_false (prd_school_import_dialog_import (dialog, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "ไม่ได้นำเข้าโรงเรียนใดเลย"));
  g_clear_error (&error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school"), ==, 0);

  g_assert_true (prd_school_import_dialog_load_file (dialog, good, &error));
  prd_gui_settle ();
  prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-school-import-preview.png");
  g_assert_true (prd_school_import_dialog_import (dialog, &error));
  g_assert_no_error (error);
  g_assert_true (imported);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school WHERE district IN ('ดอนแก้ว', 'ท่าอุเทน')"), ==, 3);
  prd_gui_settle ();

  prd_test_remove_dir (dir);
}

static void
wait_step (PrdImportDialog *dialog,
           const char      *step)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_strcmp0 (prd_import_dialog_get_step (dialog), step) != 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (prd_import_dialog_get_step (dialog), ==, step);
  prd_gui_settle ();
}

/* The AdwComboRow under ROOT titled TITLE. */
static AdwComboRow *
find_combo_row (GtkWidget  *root,
                const char *title)
{
  if (ADW_IS_COMBO_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return ADW_COMBO_ROW (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      AdwComboRow *found = find_combo_row (c, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A new office's survey in the member import dialog: the network type's
 * answers with their category, changed in the dialog; the new school. */
static void
test_survey_answers (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "office.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (path, &error);
  g_autoptr(GFile) survey = write_list (dir, "survey.csv",
    "ประทับเวลา,คำนำหน้า,ชื่อ,นามสกุล,โรงเรียนหรือหน่วยงาน,เบอร์โทรศัพท์,ประเภทเครือข่าย\n"
    "2/12/2567 9:15:02,นาง,สมพร,ใจดี,โรงเรียนบ้านหนองบัว,081-234-0001,ภายใน\n"
    "2/12/2567 9:16:40,นาย,ธนพล,แก้วกล้า,สถานีวิทยุชุมชนดอนแก้ว,081-234-0004,ภายนอก\n");
  PrdImportDialog *dialog;
  AdwComboRow *external;
  guint media = G_MAXUINT;
  GListModel *labels;

  g_assert_no_error (error);
  dialog = prd_import_dialog_new (store);
  gtk_window_present (GTK_WINDOW (dialog));
  prd_import_dialog_load_file (dialog, survey);
  wait_step (dialog, "preview");
  prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-import-survey-new-office.png");

  external = find_combo_row (GTK_WIDGET (dialog), "“ภายนอก” (1 แถว)");
  g_assert_nonnull (external);
  g_assert_nonnull (find_combo_row (GTK_WIDGET (dialog), "“ภายใน” (1 แถว)"));
  labels = adw_combo_row_get_model (external);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "สื่อมวลชน"))
      media = i;
  g_assert_cmpuint (media, !=, G_MAXUINT);
  adw_combo_row_set_selected (external, media);
  wait_step (dialog, "preview");

  prd_import_dialog_start (dialog);
  wait_step (dialog, "done");
  g_test_message ("%s", prd_import_dialog_get_message (dialog));
  g_assert_nonnull (strstr (prd_import_dialog_get_message (dialog), "เพิ่มโรงเรียนใหม่ 1 แห่ง"));
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member WHERE internal = 0 "
                                           "AND category_id = 'category-media'"), ==, 1);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member m JOIN school s ON s.id = m.school_id "
                                           "WHERE s.name = 'โรงเรียนบ้านหนองบัว' AND m.internal = 1"), ==, 1);
  gtk_window_close (GTK_WINDOW (dialog));
  prd_gui_settle ();
  prd_test_remove_dir (dir);
}

static GtkDropDown *
find_row_choice (GtkWidget *widget)
{
  /* The status cell holds the row it shows. */
  if (GTK_IS_DROP_DOWN (widget) && gtk_widget_get_visible (widget) &&
      PRD_IS_IMPORT_STATUS_CELL (gtk_widget_get_parent (widget)) &&
      prd_import_status_cell_get_row (PRD_IMPORT_STATUS_CELL (gtk_widget_get_parent (widget))) != NULL)
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_row_choice (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A phone that belongs to someone else in the registry: the preview shows
 * both names, the row cannot be set to merge, and importing leaves the
 * other person as they were. */
static void
test_phone_of_another_person (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "office.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdStore) store = prd_store_open (path, &error);
  g_autoptr(JsonObject) somsri = json_object_new ();
  g_autoptr(GFile) file = write_list (dir, "survey.csv",
    "คำนำหน้า,ชื่อ,นามสกุล,หน่วยงาน,เบอร์โทร\nนาย,ประยุทธ,ใจกล้า,เทศบาลตำบลดอนแก้ว,0812345678\n");
  PrdImportDialog *dialog;
  GtkDropDown *choice;

  g_assert_no_error (error);
  json_object_set_string_member (somsri, "id", "member-somsri");
  json_object_set_string_member (somsri, "title", "นาง");
  json_object_set_string_member (somsri, "given_name", "สมศรี");
  json_object_set_string_member (somsri, "surname", "มีสุข");
  json_object_set_string_member (somsri, "phone", "081-234-5678");
  g_assert_true (prd_store_put (store, "member", somsri, &error));

  dialog = prd_import_dialog_new (store);
  gtk_window_present (GTK_WINDOW (dialog));
  prd_import_dialog_load_file (dialog, file);
  wait_step (dialog, "preview");
  prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-import-phone-of-another-person.png");

  choice = find_row_choice (GTK_WIDGET (dialog));
  g_assert_nonnull (choice);
  g_assert_cmpuint (gtk_drop_down_get_selected (choice), ==, 1);   /* skip */
  gtk_drop_down_set_selected (choice, 0);                           /* merge: refused */
  g_assert_cmpuint (gtk_drop_down_get_selected (choice), ==, 1);
  g_assert_cmpint (prd_import_row_get_action (prd_import_status_cell_get_row (
                     PRD_IMPORT_STATUS_CELL (gtk_widget_get_parent (GTK_WIDGET (choice))))), ==,
                   PRD_IMPORT_DUPLICATE_SKIP);

  prd_import_dialog_start (dialog);
  wait_step (dialog, "done");
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member WHERE given_name = 'สมศรี' "
                                           "AND surname = 'มีสุข' AND rev = 1"), ==, 1);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member"), ==, 1);
  gtk_window_close (GTK_WINDOW (dialog));
  prd_gui_settle ();
  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  prd_gui_test_init (&argc, &argv);
  g_test_add_func ("/school-import/list", test_school_list);
  g_test_add_func ("/school-import/survey-answers", test_survey_answers);
  g_test_add_func ("/school-import/phone-of-another-person", test_phone_of_another_person);
  return g_test_run ();
}
