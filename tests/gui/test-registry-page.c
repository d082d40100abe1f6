/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry page in the real window on the demo office, under Xvfb:
 * the list, "N of M", coverage, Thai search, sorting, filters, the editor
 * (checks as you type, unsaved-changes guard, save; social accounts and
 * committee roles), delete with undo, a school's members and the import
 * dialog. Saves screenshots to look at. */
#include <glib/gi18n.h>
#include <locale.h>

#include "model/prd-demo.h"
#include "prd-import-dialog.h"
#include "prd-import-status-cell.h"
#include "io/prd-import-row.h"
#include "prd-member-chooser.h"
#include "model/prd-member-lookup.h"
#include "prd-member-editor.h"
#include "model/prd-member-validator.h"
#include "prd-registry-page.h"
#include "model/prd-member-list-view.h"
#include "prd-gui-test-util.h"
#include "prd-window.h"
#include "store/prd-store-sql.h"

static char *dir;
static PrdStore *store;


static void
wait_list (PrdMemberList *list)
{
  /* The search entry waits a little before it searches. */
  for (int i = 0; i < 60; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
  prd_member_list_wait (list);
  prd_gui_settle ();
}




static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_inscriptions_with (GtkWidget  *root,
                         const char *needle)
{
  guint n = 0;

  if (GTK_IS_INSCRIPTION (root) && gtk_widget_get_mapped (root))
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (root));
      if (text != NULL && strstr (text, needle) != NULL)
        n++;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_inscriptions_with (c, needle);
  return n;
}

static PrdWindow *
open_window (PrdRegistryPage **page)
{
  PrdWindow *window = prd_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "registry"));
  *page = PRD_REGISTRY_PAGE (prd_gui_find_widget (GTK_WIDGET (window), PRD_TYPE_REGISTRY_PAGE));
  g_assert_nonnull (*page);
  wait_list (prd_registry_page_get_list (*page));
  return window;
}

static gint64
active_members (void)
{
  return prd_store_count (store, "SELECT count(*) FROM member WHERE deleted = 0 AND active = 1");
}

static void
test_list_search_sort_filter (void)
{
  PrdRegistryPage *page;
  PrdWindow *window = open_window (&page);
  PrdMemberList *list = prd_registry_page_get_list (page);
  GtkWidget *entry = prd_registry_page_get_search_entry (page);
  GtkColumnView *view = prd_registry_page_get_view (page);
  g_autofree char *all_text = g_strdup_printf ("%'" G_GINT64_FORMAT " จาก %'" G_GINT64_FORMAT " คน",
                                               active_members (), active_members ());
  guint n_found;

  /* Thai everywhere: the header, "N of M", the coverage of seed 001. */
  g_assert_cmpstr (prd_registry_page_get_count_text (page), ==, all_text);
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "โรงเรียนที่เข้าร่วม"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "71 จาก 185"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "12 จาก 19"));
  g_assert_cmpuint (count_inscriptions_with (GTK_WIDGET (view), "โรงเรียนบ้าน"), >, 5);
  prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-registry.png");

  /* Jumping to the end: the view gets blank rows for the page not built
   * yet (no SQL in the frame) and they fill in with the real members. */
  {
    GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
    GtkSelectionModel *shown = gtk_column_view_get_model (view);
    guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
    g_autoptr(PrdMember) last = NULL;

    g_assert_true (PRD_IS_MEMBER_LIST_VIEW (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (shown))));
    g_assert_cmpuint (n, >, 2 * PRD_MEMBER_LIST_PAGE_SIZE);
    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    prd_gui_settle ();
    while (!prd_member_list_is_filled (list))
      g_main_context_iteration (NULL, TRUE);
    prd_gui_settle ();
    last = g_list_model_get_item (G_LIST_MODEL (list), n - 1);
    g_assert_nonnull (prd_member_get_id (last));
    g_assert_cmpuint (count_inscriptions_with (GTK_WIDGET (view), prd_member_get_full_name (last)), >, 0);
    prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-registry-end.png");
    gtk_adjustment_set_value (adj, 0);
    prd_gui_settle ();
  }

  /* Search in Thai: every row shown has the name typed. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "สมชาย");
  wait_list (list);
  n_found = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n_found, >, 0);
  g_assert_cmpuint (n_found, <, active_members ());
  for (guint i = 0; i < n_found; i++)
    {
      g_autoptr(PrdMember) m = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_nonnull (strstr (prd_member_get_full_name (m), "สมชาย"));
    }
  g_assert_cmpuint (count_inscriptions_with (GTK_WIDGET (view), "สมชาย"), ==, MIN (n_found, count_inscriptions_with (GTK_WIDGET (view), "สมชาย")));
  g_assert_cmpuint (count_inscriptions_with (GTK_WIDGET (view), "สมชาย"), >, 0);
  {
    g_autofree char *expected = g_strdup_printf ("%'u จาก %'" G_GINT64_FORMAT " คน", n_found, active_members ());
    g_assert_cmpstr (prd_registry_page_get_count_text (page), ==, expected);
  }
  prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-registry-search.png");

  /* A district name finds that district's people too (the index has it). */
  gtk_editable_set_text (GTK_EDITABLE (entry), "ดอนแก้ว");
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);

  /* Nothing found: an empty state, not an empty grid. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "ฮฮฮไม่มีใครชื่อนี้");
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (page), "ไม่พบสมาชิก"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, active_members ());

  /* Clicking the district header sorts by district through SQL, both ways. */
  {
    GListModel *columns = gtk_column_view_get_columns (view);
    GtkColumnViewColumn *district = g_list_model_get_item (columns, 2);
    PrdMemberQuery *query = prd_member_list_get_query (list);
    g_autoptr(PrdMember) first = NULL;
    g_autoptr(PrdMember) last = NULL;

    gtk_column_view_sort_by_column (view, district, GTK_SORT_DESCENDING);
    wait_list (list);
    g_assert_cmpint (prd_member_query_get_sort (query), ==, PRD_MEMBER_SORT_DISTRICT);
    g_assert_true (prd_member_query_get_descending (query));
    first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    last = g_list_model_get_item (G_LIST_MODEL (list), g_list_model_get_n_items (G_LIST_MODEL (list)) - 1);
    g_assert_cmpstr (prd_member_get_district (first), !=, prd_member_get_district (last));
    gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
    wait_list (list);
    g_assert_cmpint (prd_member_query_get_sort (query), ==, PRD_MEMBER_SORT_GIVEN_NAME);
    g_assert_false (prd_member_query_get_descending (query));
    g_object_unref (district);
  }

  /* Committee filter through the query: the 19 of seed 001. */
  prd_member_query_set_committee_only (prd_member_list_get_query (list), TRUE);
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <=, 19);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 10);
  prd_member_query_set_committee_only (prd_member_list_get_query (list), FALSE);
  wait_list (list);

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

static void
test_editor (void)
{
  PrdRegistryPage *page;
  PrdWindow *window = open_window (&page);
  PrdMemberList *list = prd_registry_page_get_list (page);
  g_autoptr(PrdMember) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autofree char *id = g_strdup (prd_member_get_id (first));
  g_autofree char *phone = g_strdup (prd_member_get_phone (first));
  GtkWindow *editor_window;
  PrdMemberEditor *editor;
  PrdMember *member;
  g_autoptr(GError) error = NULL;

  /* Find a school person, so "members of the same school" has rows. */
  for (guint i = 0; prd_member_get_school_id (first) == NULL; i++)
    {
      g_clear_object (&first);
      first = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_free (id);
      id = g_strdup (prd_member_get_id (first));
      g_free (phone);
      phone = g_strdup (prd_member_get_phone (first));
    }

  editor_window = prd_registry_page_edit (page, prd_member_list_find (list, id));
  editor = PRD_MEMBER_EDITOR (editor_window);
  prd_gui_settle ();
  member = prd_member_editor_get_member (editor);
  g_assert_cmpstr (prd_member_get_id (member), ==, id);
  g_assert_false (prd_member_editor_get_modified (editor));
  g_assert_cmpstr (prd_member_editor_get_problems (editor), ==, "");
  g_assert_nonnull (find_button (GTK_WIDGET (editor_window), _("_Save")));
  /* The others of the school, at most 50, the member itself not among them. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT min (50, count(*)) FROM member WHERE deleted = 0 "
                                            "AND school_id = '%s' AND id != '%s'",
                                            prd_member_get_school_id (first), id);
    g_assert_cmpuint (prd_member_editor_get_n_school_members (editor), ==, prd_store_count (store, sql));
    g_assert_cmpuint (prd_member_editor_get_n_school_members (editor), >, 0);
  }
  prd_gui_save_screenshot (GTK_WIDGET (editor_window), "screenshot-member-editor.png");

  /* Typing a bad phone and e-mail: named at once, Save is off. */
  g_object_set (member, "phone", "12345", "email", "somchai@", NULL);
  prd_gui_settle ();
  /* Checked once typing paused, in the main loop: Save went off by itself. */
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (editor_window), _("_Save"))));
  g_assert_true (prd_member_editor_get_modified (editor));
  g_assert_nonnull (strstr (prd_member_editor_get_problems (editor), "โทรศัพท์"));
  g_assert_nonnull (strstr (prd_member_editor_get_problems (editor), "อีเมล"));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (editor_window), _("_Save"))));
  prd_gui_save_screenshot (GTK_WIDGET (editor_window), "screenshot-member-editor-invalid.png");
  g_assert_false (prd_member_editor_save (editor, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Closing with unsaved changes asks first and keeps the editor open. */
  gtk_window_close (editor_window);
  prd_gui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor_window)));
  {
    GList *toplevels = gtk_window_list_toplevels ();
    gboolean asked = FALSE;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        {
          asked = TRUE;
          prd_gui_save_screenshot (GTK_WIDGET (l->data), "screenshot-member-editor-guard.png");
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (l->data), "cancel");
        }
    g_list_free (toplevels);
    g_assert_true (asked);
  }
  prd_gui_settle ();

  /* Fixed: it saves, the list shows the new position. */
  g_object_set (member, "phone", phone, "email", "", "position", "ครูชำนาญการพิเศษ", NULL);
  prd_gui_settle ();
  g_assert_cmpstr (prd_member_editor_get_problems (editor), ==, "");
  g_assert_true (prd_member_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_false (prd_member_editor_get_modified (editor));
  gtk_window_close (editor_window);
  wait_list (list);
  {
    g_autoptr(PrdMember) row = g_list_model_get_item (G_LIST_MODEL (list), (guint) prd_member_list_find (list, id));
    g_assert_cmpstr (prd_member_get_position (row), ==, "ครูชำนาญการพิเศษ");
  }

  /* Delete, then Undo from the toast. */
  {
    guint before = g_list_model_get_n_items (G_LIST_MODEL (list));

    g_assert_true (prd_registry_page_delete_member (page, id, &error));
    wait_list (list);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before - 1);
    g_assert_cmpint (prd_member_list_find (list, id), ==, -1);
    prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-registry-deleted.png");
    g_assert_true (prd_registry_page_undo_delete (page, &error));
    wait_list (list);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before);
    g_assert_cmpint (prd_member_list_find (list, id), >=, 0);
  }

  /* Undo goes through the validator: a member whose school another PC
   * removed meanwhile stays deleted, and the toast says why. */
  {
    g_autofree char *at_school = NULL;
    sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT id, school_id FROM member WHERE deleted = 0 "
                                                   "AND school_id IS NOT NULL LIMIT 1", NULL);
    g_autofree char *school = NULL;
    gint64 journal;

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    at_school = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    school = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    sqlite3_finalize (stmt);
    g_assert_true (prd_registry_page_delete_member (page, at_school, &error));
    g_assert_no_error (error);
    g_assert_true (prd_store_tombstone (store, "school", school, &error));
    journal = prd_store_count (store, "SELECT count(*) FROM change_journal");
    g_assert_false (prd_registry_page_undo_delete (page, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal"), ==, journal);
    wait_list (list);
    g_assert_cmpint (prd_member_list_find (list, at_school), ==, -1);
    /* Put the school back for the tests that follow. */
    {
      g_autoptr(JsonObject) rec = json_object_new ();
      json_object_set_string_member (rec, "id", school);
      json_object_set_int_member (rec, "deleted", 0);
      g_assert_true (prd_store_put (store, "school", rec, &error));
      g_assert_true (prd_registry_page_undo_delete (page, &error));
      g_assert_no_error (error);
      wait_list (list);
      g_assert_cmpint (prd_member_list_find (list, at_school), >=, 0);
    }
  }

  /* A new member from Ctrl+N's action. */
  {
    GtkWindow *fresh = prd_registry_page_edit (page, -1);
    PrdMember *m = prd_member_editor_get_member (PRD_MEMBER_EDITOR (fresh));
    guint before = g_list_model_get_n_items (G_LIST_MODEL (list));

    prd_gui_settle ();
    g_assert_cmpstr (prd_member_editor_get_problems (PRD_MEMBER_EDITOR (fresh)), !=, "");
    g_object_set (m, "title", "นางสาว", "given-name", "ปริญญา", "surname", "ใจงาม",
                  "phone", "095-555-0199", "category-id", "category-media", NULL);
    prd_gui_settle ();
    g_assert_cmpstr (prd_member_editor_get_problems (PRD_MEMBER_EDITOR (fresh)), ==, "");
    g_assert_true (prd_member_editor_save (PRD_MEMBER_EDITOR (fresh), &error));
    g_assert_no_error (error);
    gtk_window_close (fresh);
    wait_list (list);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before + 1);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

static gint64
count_sql (const char *format,
           ...) G_GNUC_PRINTF (1, 2);

static gint64
count_sql (const char *format,
           ...)
{
  va_list args;
  g_autofree char *sql = NULL;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return prd_store_count (store, sql);
}

/* The message dialog the editor's guard opened, or NULL. */
static AdwMessageDialog *
find_guard_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Scrolls the editor's form so WIDGET is at the top. */
static void
scroll_to (GtkWidget *editor,
           GtkWidget *widget)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (prd_gui_find_widget (editor, GTK_TYPE_SCROLLED_WINDOW));
  GtkWidget *content = gtk_scrolled_window_get_child (scrolled);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (scrolled);
  double x, y;

  prd_gui_settle ();
  /* The viewport's coordinates are those of what it shows now. */
  g_assert_true (gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + y - 12);
  prd_gui_settle ();
}

static void
type_into (GtkEditable *entry,
           const char  *text)
{
  gtk_editable_set_text (entry, text);
  prd_gui_settle ();
}

/* The editor's social accounts and committee roles, as an officer uses
 * them: add an account and a role, see a bad handle named at once, the
 * guard asking about an edited account, one save for all, removal as a
 * tombstone, and the registry's search finding the new handle. */
static void
test_editor_links (void)
{
  PrdRegistryPage *page;
  PrdWindow *window = open_window (&page);
  PrdMemberList *list = prd_registry_page_get_list (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *old_account = NULL;
  GtkWindow *editor_window;
  PrdMemberEditor *editor;
  PrdMemberLinks *links;
  PrdSocialAccountRow *old_row, *new_row;
  PrdCommitteeRoleRow *role_row;
  guint n_accounts;
  gint64 roles_before;

  /* A teacher creator of the demo office: active, one or two accounts. */
  {
    sqlite3_stmt *stmt = prd_store_prepare (store,
                                            "SELECT m.id, a.id FROM member m JOIN social_account a ON a.member_id = m.id "
                                            "WHERE m.deleted = 0 AND m.active = 1 AND a.deleted = 0 AND a.platform = 'tiktok' "
                                            "AND NOT EXISTS (SELECT 1 FROM committee_role r WHERE r.member_id = m.id) "
                                            "ORDER BY m.rowid LIMIT 1", NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    old_account = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    sqlite3_finalize (stmt);
  }
  roles_before = count_sql ("SELECT count(*) FROM committee_role");

  editor_window = prd_registry_page_edit (page, prd_member_list_find (list, id));
  editor = PRD_MEMBER_EDITOR (editor_window);
  prd_gui_settle ();
  links = prd_member_editor_get_links (editor);
  n_accounts = links->accounts->len;
  g_assert_cmpint (n_accounts, ==, count_sql ("SELECT count(*) FROM social_account WHERE member_id = '%s' "
                                              "AND deleted = 0", id));
  g_assert_cmpuint (links->roles->len, ==, 0);
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (editor_window), "บัญชีสื่อสังคมออนไลน์"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (editor_window), "คณะกรรมการ"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (editor_window), "ยังไม่อยู่ในคณะกรรมการใด"));
  g_assert_false (prd_member_editor_get_modified (editor));
  old_row = prd_member_editor_get_account_row (editor, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (old_row)), ==, "TikTok");
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (old_row)), "@demo_creator_"));

  /* New counts for the TikTok account: a change the guard must count. */
  type_into (prd_social_account_row_get_entry (old_row, "followers"), "25,300");
  g_assert_true (prd_member_editor_get_modified (editor));
  gtk_window_close (editor_window);
  prd_gui_settle ();
  g_assert_nonnull (find_guard_dialog ());
  adw_message_dialog_response (find_guard_dialog (), "cancel");
  prd_gui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor_window)));

  /* Add an Instagram account; a handle with a space is named at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor_window), "editor.add-account", NULL));
  prd_gui_settle ();
  g_assert_cmpuint (links->accounts->len, ==, n_accounts + 1);
  new_row = prd_member_editor_get_account_row (editor, n_accounts);
  prd_social_account_row_set_platform (new_row, "instagram");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (new_row)), ==, "Instagram");
  type_into (prd_social_account_row_get_entry (new_row, "handle"), "ครู ศิลปะ");
  {
    g_autofree char *row_name = g_strdup_printf ("บัญชีที่ %u (Instagram)", n_accounts + 1);

    g_test_message ("%s", prd_member_editor_get_problems (editor));
    g_assert_nonnull (strstr (prd_member_editor_get_problems (editor), row_name));
  }
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (prd_social_account_row_get_entry (new_row, "handle")), "error"));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (editor_window), _("_Save"))));
  g_assert_false (prd_member_editor_save (editor, &error));
  g_clear_error (&error);
  scroll_to (GTK_WIDGET (editor_window), GTK_WIDGET (new_row));
  prd_gui_save_screenshot (GTK_WIDGET (editor_window), "screenshot-member-editor-links-invalid.png");

  type_into (prd_social_account_row_get_entry (new_row, "handle"), "https://www.instagram.com/kru_editor_links/");
  type_into (prd_social_account_row_get_entry (new_row, "followers"), "1,500");
  type_into (prd_social_account_row_get_entry (new_row, "views"), "12.5K");
  type_into (prd_social_account_row_get_entry (new_row, "counted_at"), "20/11/2569");
  g_assert_cmpstr (prd_member_editor_get_problems (editor), ==, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (prd_social_account_row_get_entry (new_row, "handle")), "error"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (new_row)), ==,
                   "@kru_editor_links · ผู้ติดตาม 1,500 คน · ยอดชม 12,500 ครั้ง");

  /* A role in the office's committee, picked for it already. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor_window), "editor.add-role", NULL));
  prd_gui_settle ();
  role_row = prd_member_editor_get_role_row (editor, 0);
  g_assert_nonnull (role_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (role_row)), ==,
                   "คณะกรรมการเครือข่ายการประชาสัมพันธ์");
  prd_committee_role_row_set_role (role_row, "secretary");
  prd_committee_role_row_set_in_network_group (role_row, TRUE);
  prd_gui_settle ();
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (role_row)), ==,
                   "กรรมการและเลขานุการ · อยู่ในกลุ่มเครือข่าย");
  g_assert_cmpstr (prd_member_editor_get_problems (editor), ==, "");
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (editor_window), _("_Save"))));

  /* Both groups filled, open, as the officer sees them. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (old_row), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (role_row), TRUE);
  prd_gui_settle ();
  scroll_to (GTK_WIDGET (editor_window), prd_gui_find_label (GTK_WIDGET (editor_window), "บัญชีสื่อสังคมออนไลน์"));
  prd_gui_save_screenshot (GTK_WIDGET (editor_window), "screenshot-member-editor-links.png");
  scroll_to (GTK_WIDGET (editor_window), GTK_WIDGET (new_row));
  prd_gui_save_screenshot (GTK_WIDGET (editor_window), "screenshot-member-editor-links-roles.png");

  /* One save writes all of it. */
  g_assert_true (prd_member_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_false (prd_member_editor_get_modified (editor));
  links = prd_member_editor_get_links (editor);
  g_assert_cmpuint (links->accounts->len, ==, n_accounts + 1);
  g_assert_cmpint (count_sql ("SELECT followers FROM social_account WHERE id = '%s'", old_account), ==, 25300);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM social_account WHERE member_id = '%s' AND deleted = 0 "
                              "AND platform = 'instagram' AND handle = 'kru_editor_links' "
                              "AND url = 'https://www.instagram.com/kru_editor_links/' "
                              "AND followers = 1500 AND views = 12500 AND counted_at = '2026-11-20'", id), ==, 1);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM committee_role WHERE member_id = '%s' AND deleted = 0 "
                              "AND committee_id = 'committee-pr-network' AND role = 'secretary' "
                              "AND in_network_group = 1", id), ==, 1);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM committee_role"), ==, roles_before + 1);
  gtk_window_close (editor_window);
  prd_gui_settle ();
  g_assert_null (find_guard_dialog ());

  /* The registry's search finds the member by the new handle. */
  gtk_editable_set_text (GTK_EDITABLE (prd_registry_page_get_search_entry (page)), "kru_editor_links");
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (prd_member_list_find (list, id), ==, 0);

  /* Removed in the editor: a tombstone, and the search forgets it. */
  editor_window = prd_registry_page_edit (page, 0);
  editor = PRD_MEMBER_EDITOR (editor_window);
  prd_gui_settle ();
  links = prd_member_editor_get_links (editor);
  g_assert_cmpuint (links->accounts->len, ==, n_accounts + 1);
  g_signal_emit_by_name (prd_member_editor_get_account_row (editor, n_accounts), "remove-requested");
  prd_gui_settle ();
  g_assert_cmpuint (links->accounts->len, ==, n_accounts);
  g_assert_null (prd_member_editor_get_account_row (editor, n_accounts));
  g_assert_true (prd_member_editor_get_modified (editor));
  g_assert_true (prd_member_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_sql ("SELECT deleted FROM social_account WHERE member_id = '%s' "
                              "AND handle = 'kru_editor_links'", id), ==, 1);
  g_assert_cmpint (count_sql ("SELECT count(*) FROM change_journal j JOIN social_account a ON a.id = j.record_id "
                              "WHERE a.handle = 'kru_editor_links' AND j.deleted = 1"), ==, 1);
  gtk_window_close (editor_window);
  prd_member_list_refresh (list);
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (prd_registry_page_get_search_entry (page)), "");
  wait_list (list);

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

static void
wait_import_step (PrdImportDialog *dialog,
                  const char      *step)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_strcmp0 (prd_import_dialog_get_step (dialog), step) != 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (prd_import_dialog_get_step (dialog), ==, step);
  prd_gui_settle ();
}

/* The per-row choice of a duplicate in the preview list, or NULL. */
static GtkDropDown *
find_duplicate_choice (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget) && gtk_widget_get_visible (widget) &&
      PRD_IS_IMPORT_STATUS_CELL (gtk_widget_get_parent (widget)) &&
      prd_import_status_cell_get_row (PRD_IMPORT_STATUS_CELL (gtk_widget_get_parent (widget))) != NULL)
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_duplicate_choice (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_imported_cb (PrdImportDialog *dialog,
                gboolean        *imported)
{
  *imported = TRUE;
}

static void
test_import_dialog (void)
{
  PrdRegistryPage *page;
  PrdWindow *window = open_window (&page);
  PrdMemberList *list = prd_registry_page_get_list (page);
  g_autoptr(PrdMember) existing = g_list_model_get_item (G_LIST_MODEL (list), 3);
  g_autofree char *csv_path = g_build_filename (dir, "survey.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autofree char *csv_text = NULL;
  PrdImportDialog *dialog;
  gint64 before = prd_store_count (store, "SELECT count(*) FROM member WHERE deleted = 0");
  gboolean imported = FALSE;

  /* A Google Forms export in Thai: two new people, one bad phone, one
   * person already in the registry (same phone). */
  csv_text = g_strdup_printf ("คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,อำเภอ,โทรศัพท์,อีเมล\n"
                              "นาง,พิมพ์ใจ,ศรีสุข,ผู้สื่อข่าว,สถานีวิทยุชุมชนทดสอบ,ดอนแก้ว,095-555-0301,pim@example.org\n"
                              "นาย,ก้องเกียรติ,ทองดี,นักวิชาการ,เทศบาลตำบลทดสอบ,ห้วยพลู,095-555-0302,\n"
                              "นางสาว,ผิดพลาด,เบอร์สั้น,ครู,โรงเรียนทดสอบ,ดอนแก้ว,12345,\n"
                              "%s,%s,%s,%s,%s,%s,%s,\n",
                              prd_member_get_title (existing), prd_member_get_given_name (existing),
                              prd_member_get_surname (existing), prd_member_get_position (existing),
                              prd_member_get_place (existing), prd_member_get_district (existing),
                              prd_member_get_phone (existing));
  g_assert_true (g_file_set_contents (csv_path, csv_text, -1, NULL));

  dialog = prd_import_dialog_new (store);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  prd_import_dialog_load_file (dialog, csv);
  wait_import_step (dialog, "preview");
  g_test_message ("%s", prd_import_dialog_get_message (dialog));
  g_assert_nonnull (strstr (prd_import_dialog_get_message (dialog), "อ่านได้ 4 แถว"));
  prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-import-preview.png");

  /* All or nothing: the bad row stops everything, and the dialog says so. */
  g_assert_cmpstr (prd_import_dialog_get_error (dialog), !=, "");
  prd_import_dialog_start (dialog);
  prd_gui_settle ();
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member WHERE deleted = 0"), ==, before);
  g_assert_false (imported);

  /* The known person's own row says merge (the choice for all); this one
   * is to be added as a new member instead. */
  {
    GtkDropDown *choice = find_duplicate_choice (GTK_WIDGET (dialog));
    PrdImportRow *row;

    g_assert_nonnull (choice);
    /* The cell holds the row it shows. */
    g_object_get (gtk_widget_get_parent (GTK_WIDGET (choice)), "row", &row, NULL);
    g_object_unref (row);
    g_assert_cmpuint (prd_import_row_get_line (row), ==, 5);
    g_assert_cmpint (prd_import_row_get_action (row), ==, PRD_IMPORT_DUPLICATE_MERGE);
    gtk_drop_down_set_selected (choice, PRD_IMPORT_DUPLICATE_ADD);
    g_assert_cmpint (prd_import_row_get_action (row), ==, PRD_IMPORT_DUPLICATE_ADD);
    prd_gui_settle ();
    prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-import-duplicate-choice.png");
  }

  /* Leave the bad row out: two added, and the known one added again. */
  prd_import_dialog_set_skip_invalid (dialog, TRUE);
  prd_import_dialog_start (dialog);
  wait_import_step (dialog, "done");
  g_test_message ("%s", prd_import_dialog_get_message (dialog));
  prd_gui_save_screenshot (GTK_WIDGET (dialog), "screenshot-import-done.png");
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member WHERE deleted = 0"), ==, before + 3);
  g_assert_true (imported);
  gtk_window_close (GTK_WINDOW (dialog));
  prd_member_list_refresh (list);
  wait_list (list);
  g_assert_cmpint (prd_member_list_get_total (list), ==, active_members ());

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}


static void
on_chosen_cb (PrdMemberChooser *chooser,
              char            **ids,
              GStrv            *chosen)
{
  *chosen = g_strdupv (ids);
}

/* The member chooser of an order searches as the registry does: a part of
 * a Thai surname finds the member, the same members in the same order, at
 * most 200; a tick comes back in "chosen". */
static void
test_member_chooser (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) rec = json_object_new ();
  g_autoptr(PrdMemberQuery) query = prd_member_query_new ();
  g_auto(GStrv) chosen = NULL;
  PrdMemberChooser *chooser;
  const char *id;
  gint64 expected;
  gboolean found = FALSE;

  json_object_set_string_member (rec, "title", "นางสาว");
  json_object_set_string_member (rec, "given_name", "พิมพ์ชนก");
  json_object_set_string_member (rec, "surname", "ศรีสุวรรณวงศ์");
  g_assert_true (prd_member_save (store, rec, &error));
  g_assert_no_error (error);
  id = json_object_get_string_member (rec, "id");

  chooser = prd_member_chooser_new (store, NULL);
  g_signal_connect (chooser, "chosen", G_CALLBACK (on_chosen_cb), &chosen);
  gtk_window_present (GTK_WINDOW (chooser));
  prd_gui_settle ();
  /* Empty: the first 200 active members. */
  g_assert_cmpuint (prd_member_chooser_get_n_shown (chooser), ==, 200);

  prd_member_chooser_search (chooser, "สุวรรณวงศ์");
  prd_member_query_set_search_text (query, "สุวรรณวงศ์");
  expected = prd_member_query_count (query, store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (expected, >=, 1);
  g_assert_cmpuint (prd_member_chooser_get_n_shown (chooser), ==, MIN (expected, 200));
  {
    g_autoptr(GListModel) registry = prd_member_find (store, query, 200, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < prd_member_chooser_get_n_shown (chooser); i++)
      {
        PrdMember *shown = prd_member_chooser_get_member (chooser, i);
        g_autoptr(PrdMember) listed = g_list_model_get_item (registry, i);

        g_assert_cmpstr (prd_member_get_id (shown), ==, prd_member_get_id (listed));
        if (g_strcmp0 (prd_member_get_id (shown), id) == 0)
          {
            found = TRUE;
            prd_member_chooser_tick (chooser, i);
          }
      }
  }
  g_assert_true (found);
  prd_gui_settle ();
  prd_gui_save_screenshot (GTK_WIDGET (chooser), "screenshot-member-chooser.png");
  /* A tick survives a new search. */
  prd_member_chooser_search (chooser, "ครู");
  prd_member_chooser_search (chooser, "สุวรรณวงศ์");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.add", NULL));
  prd_gui_settle ();
  g_assert_nonnull (chosen);
  g_assert_cmpuint (g_strv_length (chosen), ==, 1);
  g_assert_cmpstr (chosen[0], ==, id);
  g_assert_true (prd_store_tombstone (store, "member", id, &error));
  prd_gui_settle ();
}

int
main (int argc, char **argv)
{
  int rc;

  prd_gui_test_init (&argc, &argv);

  dir = prd_test_make_dir ();
  store = prd_gui_demo_store (dir, "registry.sqlite", PRD_DEMO_DEFAULT_MEMBERS);

  g_test_add_func ("/registry-page/list-search-sort-filter", test_list_search_sort_filter);
  g_test_add_func ("/registry-page/editor", test_editor);
  g_test_add_func ("/registry-page/editor-links", test_editor_links);
  g_test_add_func ("/registry-page/import-dialog", test_import_dialog);
  g_test_add_func ("/registry-page/member-chooser", test_member_chooser);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
