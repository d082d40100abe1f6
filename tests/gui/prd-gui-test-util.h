/* prd-gui-test-util.h — what the GUI tests share: a Thai start, a demo
 * store, letting the main loop settle, finding widgets, screenshots. */
#pragma once

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "model/prd-demo.h"
#include "prd-test-util.h"

/* The window must come up in Thai under a Thai locale. */
static inline void
prd_gui_test_init (int    *argc,
                   char ***argv)
{
  g_setenv ("LANGUAGE", "th", TRUE);
  g_setenv ("LC_ALL", "th_TH.UTF-8", TRUE);
  prd_test_use_thai ();

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* The program's own style sheet, as AdwApplication loads it, so that
   * windows (and screenshots) look as they do for the user. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/prdesk/PrDesk/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

/* A store in DIR holding the demo office with MEMBERS members. */
static inline PrdStore *
prd_gui_demo_store (const char *dir,
                    const char *name,
                    guint       members)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PrdStore *store = prd_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, members, NULL, NULL, &error));
  g_assert_no_error (error);
  return store;
}

/* Lets layout, drawing and idle handlers run. */
static inline void
prd_gui_settle (void)
{
  for (int i = 0; i < 40; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

/* Renders WIDGET as it is on screen into NAME in the test build folder. */
static inline void
prd_gui_save_screenshot (GtkWidget  *widget,
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

/* The first widget under ROOT (ROOT included) of TYPE. */
static inline GtkWidget *
prd_gui_find_widget (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = prd_gui_find_widget (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first editable under ROOT (an entry, an AdwEntryRow) showing TEXT. */
static inline GtkWidget *
prd_gui_find_editable (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_EDITABLE (root) && !GTK_IS_TEXT (root) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = prd_gui_find_editable (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first GtkLabel under ROOT whose text is TEXT. */
static inline GtkWidget *
prd_gui_find_label (GtkWidget  *root,
                    const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = prd_gui_find_label (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}
