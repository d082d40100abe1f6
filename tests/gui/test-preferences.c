/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The preferences window on the demo office, under Xvfb: the office's groups
 * and signers come from their typed lists, rows edit the records through
 * bindings, and only what was edited is written (one revision each). */
#include <glib/gi18n.h>

#include "model/prd-context.h"
#include "model/prd-demo.h"
#include "model/prd-group.h"
#include "model/prd-signer.h"
#include "prd-gui-test-util.h"
#include "prd-preferences.h"
#include "store/prd-store-sql.h"

static char *dir;
static PrdStore *store;

/* The entry rows of ROOT, in the order they are drawn. */
static void
collect_entry_rows (GtkWidget *root,
                    GPtrArray *rows)
{
  if (ADW_IS_ENTRY_ROW (root))
    g_ptr_array_add (rows, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_entry_rows (c, rows);
}

static GtkEditable *
entry_row_with_text (GtkWidget  *root,
                     const char *text)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_entry_rows (root, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (gtk_editable_get_text (rows->pdata[i]), text) == 0)
      return rows->pdata[i];
  return NULL;
}

static GtkWidget *
button_with_tooltip (GtkWidget  *root,
                     const char *tooltip)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = button_with_tooltip (c, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_groups_and_signers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdContext) context = prd_context_new (store, NULL, &error);
  g_autoptr(GListModel) signers = NULL;
  g_autoptr(PrdSigner) first_signer = NULL;
  g_autofree char *signer_name = NULL;
  PrdPreferences *prefs;
  GtkEditable *row;
  gint64 journal, groups, signer_rows;

  g_assert_no_error (error);
  signers = prd_signer_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (signers), >, 0);
  first_signer = g_list_model_get_item (signers, 0);

  prefs = prd_preferences_new (context);
  gtk_window_set_default_size (GTK_WINDOW (prefs), 760, 900);
  gtk_window_present (GTK_WINDOW (prefs));
  prd_gui_settle ();

  /* Every group is a row holding its name. */
  g_assert_nonnull (entry_row_with_text (GTK_WIDGET (prefs), "กลุ่มอำนวยการ"));
  g_assert_nonnull (entry_row_with_text (GTK_WIDGET (prefs), prd_signer_get_given_name (first_signer)));

  journal = prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name != 'office'");
  groups = prd_store_count (store, "SELECT count(*) FROM office_group");
  signer_rows = prd_store_count (store, "SELECT count(*) FROM office_signer");

  /* Nothing edited: no group or signer written, not even a new revision
   * (the office profile is written on every save: PrdOffice's own way). */
  g_assert_true (prd_preferences_save (prefs, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name != 'office'"), ==, journal);

  /* A group renamed, a signer's surname changed, a group and a signer
   * added and left empty. */
  row = entry_row_with_text (GTK_WIDGET (prefs), "กลุ่มอำนวยการ");
  gtk_editable_set_text (row, "กลุ่มอำนวยการและประสานงาน");
  signer_name = g_strdup (prd_signer_get_surname (first_signer));
  row = entry_row_with_text (GTK_WIDGET (prefs), signer_name);
  g_assert_nonnull (row);
  gtk_editable_set_text (row, "ทดสอบนามสกุล");
  g_signal_emit_by_name (button_with_tooltip (GTK_WIDGET (prefs), _("Add a group")), "clicked");
  g_signal_emit_by_name (button_with_tooltip (GTK_WIDGET (prefs), _("Add a deputy")), "clicked");
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
                                           ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                                 ADW_TYPE_PREFERENCES_PAGE)));
  prd_gui_settle ();
  prd_gui_save_screenshot (GTK_WIDGET (prefs), "screenshot-preferences-edited.png");

  g_assert_true (prd_preferences_save (prefs, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name != 'office'"), ==, journal + 2);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_group"), ==, groups);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_signer"), ==, signer_rows);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_group WHERE id = 'group-01' "
                                    "AND name = 'กลุ่มอำนวยการและประสานงาน' AND rev = 2"), ==, 1);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_signer WHERE surname = 'ทดสอบนามสกุล'"), ==, 1);

  /* The new group gets a name: now it is written, after the others. */
  row = entry_row_with_text (GTK_WIDGET (prefs), "");
  g_assert_nonnull (row);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    GtkEditable *last_group = NULL;

    /* The new group's row is the last of the groups. */
    collect_entry_rows (GTK_WIDGET (prefs), rows);
    for (guint i = 0; i < rows->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), _("Group name")) == 0)
        last_group = rows->pdata[i];
    g_assert_nonnull (last_group);
    g_assert_cmpstr (gtk_editable_get_text (last_group), ==, "");
    gtk_editable_set_text (last_group, "กลุ่มงานใหม่");
  }
  g_assert_true (prd_preferences_save (prefs, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_group"), ==, groups + 1);
  g_assert_cmpint (prd_store_count (store, "SELECT sort_order FROM office_group WHERE name = 'กลุ่มงานใหม่'"),
                   ==, groups + 1);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name != 'office'"), ==, journal + 3);

  gtk_window_destroy (GTK_WINDOW (prefs));
  prd_gui_settle ();
}

int
main (int argc, char **argv)
{
  int rc;

  prd_gui_test_init (&argc, &argv);
  dir = prd_test_make_dir ();
  store = prd_gui_demo_store (dir, "preferences.sqlite", 60);

  g_test_add_func ("/preferences/groups-and-signers", test_groups_and_signers);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
