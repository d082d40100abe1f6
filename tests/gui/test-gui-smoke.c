/* GUI smoke test: the real window on the demo office, under Xvfb.
 * Visits every page and the preferences, checks the Thai, saves screenshots
 * in the build folder. */
#include <glib/gi18n.h>
#include <locale.h>

#include "model/prd-demo.h"
#include "model/prd-office.h"
#include "prd-preferences.h"
#include "prd-pages.h"
#include "prd-test-util.h"
#include "prd-window.h"

static char *dir;
static PrdStore *store;

static void
settle (void)
{
  /* Let layout, drawing and idle handlers run. */
  for (int i = 0; i < 40; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ?: ".", name, NULL);

  g_assert_cmpint (w, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static GtkWidget *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label_with_text (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_window_pages_and_preferences (void)
{
  PrdWindow *window = prd_window_new (NULL, store);
  GtkWindow *prefs;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  settle ();

  /* Thai under a Thai locale: the sidebar says ทะเบียนเครือข่าย. */
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), "ทะเบียนเครือข่าย"));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), "สพป.นครธารทอง เขต 2"));

  for (guint i = 0; i < prd_n_pages; i++)
    {
      g_autofree char *shot = g_strdup_printf ("screenshot-%s.png", prd_pages[i].name);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", prd_pages[i].name));
      settle ();
      g_assert_cmpstr (prd_window_get_page (window), ==, prd_pages[i].name);
      save_screenshot (GTK_WIDGET (window), shot);
    }

  /* Preferences open on the demo office; an edit is saved on close. */
  prefs = prd_window_show_preferences (window);
  settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (prefs)));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (prefs), "การตั้งค่า"));
  save_screenshot (GTK_WIDGET (prefs), "screenshot-preferences.png");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), NULL);
  g_assert_true (prd_preferences_save (PRD_PREFERENCES (prefs), &error));
  g_assert_no_error (error);
  gtk_window_close (prefs);
  settle ();

  office = prd_office_load (store, &error);
  g_assert_cmpstr (prd_office_get_short_name (office), ==, "สพป.นครธารทอง เขต 2");

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int rc;

  /* The window must come up in Thai under a Thai locale. */
  g_setenv ("LANGUAGE", "th", TRUE);
  g_setenv ("LC_ALL", "th_TH.UTF-8", TRUE);
  setlocale (LC_ALL, "th_TH.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PRDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = prd_test_make_dir ();
  path = g_build_filename (dir, "gui.sqlite", NULL);
  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, PRD_DEMO_DEFAULT_MEMBERS, NULL, NULL, &error));

  g_test_add_func ("/gui/window-pages-and-preferences", test_window_pages_and_preferences);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
