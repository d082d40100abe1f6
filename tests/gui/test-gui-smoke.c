/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GUI smoke test: the real window on the demo office, under Xvfb.
 * Visits every page and the preferences, checks the Thai, saves screenshots
 * in the build folder. */
#include <glib/gi18n.h>
#include <locale.h>

#include "model/prd-demo.h"
#include "model/prd-office.h"
#include "prd-preferences.h"
#include "prd-pages.h"
#include "prd-gui-test-util.h"
#include "prd-window.h"

static char *dir;
static PrdStore *store;




static void
test_window_pages_and_preferences (void)
{
  PrdWindow *window = prd_window_new (NULL, store);
  GtkWindow *prefs;
  GtkWidget *short_name;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  prd_gui_settle ();

  /* Thai under a Thai locale: the sidebar says ทะเบียนเครือข่าย. */
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (window), "ทะเบียนเครือข่าย"));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (window), "สพป.นครธารทอง เขต 2"));

  for (guint i = 0; i < prd_n_pages; i++)
    {
      g_autofree char *shot = g_strdup_printf ("screenshot-%s.png", prd_pages[i].name);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", prd_pages[i].name));
      prd_gui_settle ();
      g_assert_cmpstr (prd_window_get_page (window), ==, prd_pages[i].name);
      prd_gui_save_screenshot (GTK_WIDGET (window), shot);
    }

  /* Preferences open on the demo office; an edit is saved on close. */
  prefs = prd_window_show_preferences (window);
  prd_gui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (prefs)));
  g_assert_nonnull (prd_gui_find_label (GTK_WIDGET (prefs), "การตั้งค่า"));
  prd_gui_save_screenshot (GTK_WIDGET (prefs), "screenshot-preferences.png");
  short_name = prd_gui_find_editable (GTK_WIDGET (prefs), "สพป.นครธารทอง เขต 2");
  g_assert_nonnull (short_name);
  gtk_editable_set_text (GTK_EDITABLE (short_name), "สพป.นครธารทอง เขต 3");
  gtk_window_close (prefs);
  prd_gui_settle ();

  office = prd_office_load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prd_office_get_short_name (office), ==, "สพป.นครธารทอง เขต 3");

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

int
main (int argc, char **argv)
{
  int rc;

  /* The window must come up in Thai under a Thai locale. */
  prd_gui_test_init (&argc, &argv);

  dir = prd_test_make_dir ();
  store = prd_gui_demo_store (dir, "gui.sqlite", PRD_DEMO_DEFAULT_MEMBERS);

  g_test_add_func ("/gui/window-pages-and-preferences", test_window_pages_and_preferences);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
