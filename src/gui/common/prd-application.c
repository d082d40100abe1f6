/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-application.c — start-up: options, the database, app-wide actions. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-demo.h"
#include "prd-application.h"
#include "prd-pages.h"
#include "prd-window.h"

struct _PrdApplication
{
  AdwApplication  parent_instance;
  PrdStore       *store;
  char           *db_path;
  gboolean        demo;
  char           *page;      /* --page, shown once the window is there */
};

G_DEFINE_FINAL_TYPE (PrdApplication, prd_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use the database at PATH instead of the default"), N_("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("On an empty database, start with the fictional demo office"), NULL },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Open on PAGE: registry, news, calendar or reports"), N_("PAGE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

static gboolean
is_page_name (const char *name)
{
  for (guint i = 0; i < prd_n_pages; i++)
    if (g_str_equal (prd_pages[i].name, name))
      return TRUE;
  return FALSE;
}

static int
prd_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  PrdApplication *self = PRD_APPLICATION (app);
  g_autofree char *page = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("prdesk %s\n", PRD_VERSION);
      return 0;
    }
  g_variant_dict_lookup (options, "db", "^ay", &self->db_path);
  self->demo = g_variant_dict_contains (options, "demo");
  if (g_variant_dict_lookup (options, "page", "s", &page) && !is_page_name (page))
    {
      g_printerr (_("prdesk: there is no page “%s”; the pages are registry, news, calendar and reports\n"), page);
      return 2;
    }

  /* Another database means another instance, not the running one. */
  if (self->db_path != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  /* The page goes to the running PR Desk if there is one, else to ours. */
  if (page != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("prdesk: %s\n", error->message);
          return 1;
        }
      g_action_group_activate_action (G_ACTION_GROUP (app), "show-page", g_variant_new_string (page));
    }
  return -1;
}

static void
show_error_and_quit (PrdApplication *self,
                     const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("PR Desk cannot open its database"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
ensure_store (PrdApplication  *self,
              GError         **error)
{
  g_autofree char *path = NULL;

  if (self->store != NULL)
    return TRUE;

  path = self->db_path ? g_strdup (self->db_path) : prd_store_default_path ();
  self->store = prd_store_open (path, error);
  if (self->store == NULL)
    return FALSE;

  if (self->demo && !prd_demo_is_present (self->store))
    return prd_demo_generate (self->store, PRD_DEMO_DEFAULT_MEMBERS, NULL, NULL, error);
  return TRUE;
}

static void
prd_application_activate (GApplication *app)
{
  PrdApplication *self = PRD_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      if (!ensure_store (self, &error))
        {
          show_error_and_quit (self, error);
          return;
        }
      window = GTK_WINDOW (prd_window_new (self, self->store));
    }
  if (self->page != NULL)
    prd_window_show_page (PRD_WINDOW (window), self->page);
  g_clear_pointer (&self->page, g_free);
  gtk_window_present (window);
}

/* app.show-page: a page asked for from the command line or a desktop
 * action; before the first window, remembered for it. */
static void
on_show_page_activated_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  PrdApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *name = g_variant_get_string (parameter, NULL);

  if (!is_page_name (name))
    return;
  if (PRD_IS_WINDOW (window))
    {
      prd_window_show_page (PRD_WINDOW (window), name);
      gtk_window_present (window);
    }
  else
    {
      g_free (self->page);
      self->page = g_strdup (name);
    }
}

static void
on_quit_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Close through the windows so each saves its size and page. */
  for (GList *l = windows; l != NULL;)
    {
      GList *next = l->next;
      gtk_window_close (l->data);
      l = next;
    }
}

static void
on_about_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "PR Desk developers", NULL };
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "application-name", _("PR Desk"),
                "application-icon", PRD_APP_ID,
                "version", PRD_VERSION,
                "comments", _("The public-relations desk of an Educational Service Area Office: "
                              "the PR network registry, news and approval memos, official papers, "
                              "the calendar of PR work, and sync between the office's computers."),
                "developers", developers,
                "translator-credits", _("translator-credits"),
                "license-type", GTK_LICENSE_GPL_3_0,
                "transient-for", gtk_application_get_active_window (app),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { .name = "quit", .activate = on_quit_activated_cb },
  { .name = "about", .activate = on_about_activated_cb },
  { .name = "show-page", .activate = on_show_page_activated_cb, .parameter_type = "s" },
};

static void
prd_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (prd_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
prd_application_finalize (GObject *object)
{
  PrdApplication *self = PRD_APPLICATION (object);

  g_clear_object (&self->store);
  g_free (self->db_path);
  g_free (self->page);

  G_OBJECT_CLASS (prd_application_parent_class)->finalize (object);
}

static void
prd_application_class_init (PrdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = prd_application_finalize;
  app_class->handle_local_options = prd_application_handle_local_options;
  app_class->startup = prd_application_startup;
  app_class->activate = prd_application_activate;
}

static void
prd_application_init (PrdApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

PrdApplication *
prd_application_new (void)
{
  return g_object_new (PRD_TYPE_APPLICATION,
                       "application-id", PRD_APP_ID,
                       "resource-base-path", "/io/github/prdesk/PrDesk",
                       NULL);
}

PrdStore *
prd_application_get_store (PrdApplication *self)
{
  g_return_val_if_fail (PRD_IS_APPLICATION (self), NULL);
  return self->store;
}
