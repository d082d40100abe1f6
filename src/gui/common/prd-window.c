/* prd-window.c — the main window. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-office.h"
#include "prd-pages.h"
#include "prd-preferences.h"
#include "prd-registry-page.h"
#include "prd-window.h"

struct _PrdWindow
{
  AdwApplicationWindow  parent_instance;

  PrdStore             *store;
  PrdContext           *context;
  GSettings            *settings;
  GCancellable         *cancellable;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_box;
  GtkWidget            *content_box;
  GtkListBox           *sidebar;
  AdwViewStack         *stack;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
};

G_DEFINE_FINAL_TYPE (PrdWindow, prd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Window size and last page are per-PC, so they live in GSettings; without
 * the schema (running from an uninstalled tree) they are simply not kept. */
static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, PRD_APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("GSettings schema %s not installed; window state is not kept", PRD_APP_ID);
      return NULL;
    }
  return g_settings_new (PRD_APP_ID);
}

static GtkWidget *
create_empty_page (const PrdPageInfo *info)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), info->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _(info->empty_title));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _(info->empty_text));
  return status;
}

static GtkWidget *
create_sidebar_row (const PrdPageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon_name));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->name);
  return row;
}

/* Each page is made the first time it is shown: opening the window then
 * builds only the page the user sees (the registry, first rows drawn sooner),
 * not the memo editor's preview and the others as well. */
static void
build_pages (PrdWindow *self)
{
  for (guint i = 0; i < prd_n_pages; i++)
    {
      const PrdPageInfo *info = &prd_pages[i];
      GtkWidget *holder = adw_bin_new ();

      adw_view_stack_add_titled (self->stack, holder, info->name, _(info->title));
      gtk_list_box_append (self->sidebar, create_sidebar_row (info));
    }
}

static const PrdPageInfo *
page_info (const char *name)
{
  for (guint i = 0; i < prd_n_pages; i++)
    if (g_str_equal (prd_pages[i].name, name))
      return &prd_pages[i];
  return NULL;
}

static void
ensure_page (PrdWindow  *self,
             const char *name)
{
  GtkWidget *holder = adw_view_stack_get_child_by_name (self->stack, name);
  const PrdPageInfo *info = page_info (name);

  if (holder == NULL || info == NULL || adw_bin_get_child (ADW_BIN (holder)) != NULL)
    return;
  adw_bin_set_child (ADW_BIN (holder), info->create ? info->create (self->context)
                                                     : create_empty_page (info));
}

static void
update_titles (PrdWindow *self)
{
  g_autoptr(PrdOffice) office = prd_office_load (self->store, NULL);

  if (office != NULL && prd_office_is_set_up (office))
    adw_window_title_set_subtitle (self->sidebar_title, prd_office_get_short_name (office));
  else
    adw_window_title_set_subtitle (self->sidebar_title, _("Office not set up yet"));
}

static void
on_sidebar_row_selected_cb (GtkListBox    *box,
                            GtkListBoxRow *row,
                            PrdWindow     *self)
{
  const char *name;

  if (row == NULL)
    return;
  name = gtk_widget_get_name (GTK_WIDGET (row));
  ensure_page (self, name);
  adw_view_stack_set_visible_child_name (self->stack, name);
  for (guint i = 0; i < prd_n_pages; i++)
    if (g_str_equal (prd_pages[i].name, name))
      adw_window_title_set_title (self->content_title, _(prd_pages[i].title));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked_cb (GtkButton *button,
                    PrdWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
prd_window_show_page (PrdWindow  *self,
                      const char *name)
{
  g_return_if_fail (PRD_IS_WINDOW (self));

  for (guint i = 0; i < prd_n_pages; i++)
    if (g_str_equal (prd_pages[i].name, name))
      {
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, (int) i));
        return;
      }
  g_warning ("no page named %s", name);
}

const char *
prd_window_get_page (PrdWindow *self)
{
  g_return_val_if_fail (PRD_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

void
prd_window_add_toast (PrdWindow  *self,
                      const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

PrdStore *
prd_window_get_store (PrdWindow *self)
{
  g_return_val_if_fail (PRD_IS_WINDOW (self), NULL);
  return self->store;
}

PrdContext *
prd_window_get_context (PrdWindow *self)
{
  g_return_val_if_fail (PRD_IS_WINDOW (self), NULL);
  return self->context;
}

/* Actions */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  prd_window_show_page (PRD_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_preferences_closed_cb (GtkWindow *prefs,
                          PrdWindow *self)
{
  GtkWidget *holder = adw_view_stack_get_child_by_name (self->stack, "registry");
  GtkWidget *registry = holder != NULL ? adw_bin_get_child (ADW_BIN (holder)) : NULL;

  update_titles (self);
  /* A category renamed or removed shows in the list and its filter at once. */
  if (PRD_IS_REGISTRY_PAGE (registry) && prd_preferences_get_lists_changed (PRD_PREFERENCES (prefs)))
    prd_registry_page_reload (PRD_REGISTRY_PAGE (registry));
}

GtkWindow *
prd_window_show_preferences (PrdWindow *self)
{
  GtkWindow *prefs = GTK_WINDOW (prd_preferences_new (self->context));

  gtk_window_set_transient_for (prefs, GTK_WINDOW (self));
  g_signal_connect_object (prefs, "destroy", G_CALLBACK (on_preferences_closed_cb), self, 0);
  gtk_window_present (prefs);
  return prefs;
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  prd_window_show_preferences (PRD_WINDOW (widget));
}

static void
on_backup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PrdWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (prd_store_backup_finish (PRD_STORE (source), result, &error))
    prd_window_add_toast (self, _("Backup saved"));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    prd_window_add_toast (self, error->message);
}

static void
on_backup_file_chosen_cb (GtkNativeDialog *dialog,
                          int              response,
                          PrdWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      prd_window_add_toast (self, _("Backing up…"));
      prd_store_backup_async (self->store, path, self->cancellable,
                              on_backup_done_cb, g_object_ref (self));
    }
  g_object_unref (dialog);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdWindow *self = PRD_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("prdesk-backup-%s.sqlite", stamp);

  chooser = gtk_file_chooser_native_new (_("Back Up the Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_backup_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GObject */

static gboolean
prd_window_close_request (GtkWindow *window)
{
  PrdWindow *self = PRD_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_set_string (self->settings, "last-page", prd_window_get_page (self));
    }
  return GTK_WINDOW_CLASS (prd_window_parent_class)->close_request (window);
}

static void
prd_window_constructed (GObject *object)
{
  PrdWindow *self = PRD_WINDOW (object);
  g_autofree char *page = NULL;

  G_OBJECT_CLASS (prd_window_parent_class)->constructed (object);

  {
    g_autoptr(GError) error = NULL;

    self->context = prd_context_new (self->store, self->settings, &error);
    if (self->context == NULL)
      g_error ("The office's profile could not be read: %s", error->message);
  }
  build_pages (self);
  update_titles (self);

  if (self->settings != NULL)
    {
      int width, height;

      g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      page = g_settings_get_string (self->settings, "last-page");
    }
  prd_window_show_page (self, page && adw_view_stack_get_child_by_name (self->stack, page)
                                ? page : prd_pages[0].name);
}

static void
prd_window_dispose (GObject *object)
{
  PrdWindow *self = PRD_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_WINDOW);

  G_OBJECT_CLASS (prd_window_parent_class)->dispose (object);
}

static void
prd_window_finalize (GObject *object)
{
  PrdWindow *self = PRD_WINDOW (object);

  g_clear_object (&self->context);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (prd_window_parent_class)->finalize (object);
}

static void
prd_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PrdWindow *self = PRD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PrdWindow *self = PRD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_window_class_init (PrdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prd_window_constructed;
  object_class->dispose = prd_window_dispose;
  object_class->finalize = prd_window_finalize;
  object_class->set_property = prd_window_set_property;
  object_class->get_property = prd_window_get_property;
  GTK_WINDOW_CLASS (klass)->close_request = prd_window_close_request;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, PRD_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/common/prd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PrdWindow, content_title);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.backup", NULL);
  for (guint i = 0; i < prd_n_pages && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", prd_pages[i].name);
}

static void
prd_window_init (PrdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = settings_new_if_installed ();
  self->cancellable = g_cancellable_new ();
}

PrdWindow *
prd_window_new (PrdApplication *app,
                PrdStore       *store)
{
  return g_object_new (PRD_TYPE_WINDOW,
                       "application", app,
                       "store", store,
                       NULL);
}
