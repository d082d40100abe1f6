/* prd-preferences.c — edits the office profile, its groups and signers.
 *
 * Rows edit typed records in memory (PrdOffice, PrdGroup, PrdSigner) through
 * property bindings; what changed is written in one transaction when the
 * window closes, so a half-typed name
 * never reaches the other PCs. The registry's lists (PrdRegistryListsPage)
 * are saved as each change is applied; what is typed there but not applied
 * is saved on close too.
 */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-group.h"
#include "model/prd-office.h"
#include "model/prd-signer.h"
#include "prd-holidays-page.h"
#include "prd-preferences.h"
#include "prd-registry-lists-page.h"

struct _PrdPreferences
{
  AdwPreferencesWindow  parent_instance;

  PrdStore             *store;
  PrdOffice            *office;
  GListStore           *groups;    /* PrdGroup, in the office's order */
  GListStore           *signers;   /* PrdSigner, in the office's order */
  GHashTable           *changed;   /* PrdRecord set: edited since the last save */
  PrdRegistryListsPage *lists_page;  /* a reference: read after the window is destroyed */

  /* Template children */
  AdwEntryRow          *name_row;
  AdwEntryRow          *short_name_row;
  AdwEntryRow          *doc_prefix_row;
  AdwEntryRow          *address_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *email_row;
  AdwComboRow          *font_row;
  GtkStringList        *font_list;
  GtkSwitch            *thai_digits_switch;
  AdwActionRow         *emblem_row;
  AdwPreferencesGroup  *signers_group;
  AdwPreferencesGroup  *groups_group;
};

G_DEFINE_FINAL_TYPE (PrdPreferences, prd_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* Records */

/* The live records LIST returned, in a store that new ones can join. */
static GListStore *
records_from (GListModel *list,
              GType       type)
{
  GListStore *store = g_list_store_new (type);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (list, i);
      g_list_store_append (store, record);
    }
  return store;
}

/* Only the table's own columns make a record worth writing (the store's
 * id and revision notify too, when a save takes them). */
static void
on_record_notify_cb (PrdRecord      *record,
                     GParamSpec     *pspec,
                     PrdPreferences *self)
{
  if ((pspec->flags & PRD_RECORD_COLUMN) != 0)
    g_hash_table_add (self->changed, record);
}

static void
watch_record (PrdPreferences *self,
              PrdRecord      *record)
{
  g_signal_connect_object (record, "notify", G_CALLBACK (on_record_notify_cb), self, 0);
}

/* Writes the records of LIST that were edited, in the list's order. */
static gboolean
save_changed (PrdPreferences  *self,
              GListModel      *list,
              GError         **error)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdRecord) record = g_list_model_get_item (list, i);

      if (g_hash_table_contains (self->changed, record) &&
          !prd_record_save (record, self->store, error))
        return FALSE;
    }
  return TRUE;
}

/* An entry row that edits one text property of a record. */
static GtkWidget *
record_entry_row (gpointer    record,
                  const char *property,
                  const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_bind_property (record, property, row, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return row;
}

/* Groups */

static void
add_group_row (PrdPreferences *self,
               PrdGroup       *group)
{
  adw_preferences_group_add (self->groups_group, record_entry_row (group, "name", _("Group name")));
}

static void
on_add_group_clicked_cb (GtkButton      *button,
                         PrdPreferences *self)
{
  g_autoptr(PrdGroup) group = prd_group_new ();

  /* Written once a name is typed: a group added by mistake is not saved. */
  prd_group_set_sort_order (group, (int) g_list_model_get_n_items (G_LIST_MODEL (self->groups)) + 1);
  g_list_store_append (self->groups, group);
  watch_record (self, PRD_RECORD (group));
  add_group_row (self, group);
}

/* Signers */

static const char *
role_label (const char *role)
{
  if (g_strcmp0 (role, "director") == 0)
    return _("Director");
  if (g_strcmp0 (role, "deputy") == 0)
    return _("Deputy director");
  return _("Group director");
}

static void
on_signature_chosen_cb (GtkNativeDialog *dialog,
                        int              response,
                        PrdSigner       *signer)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);

      if (bytes != NULL)
        {
          prd_signer_set_signature (signer, bytes);
          prd_signer_set_signature_mime (signer, "image/png");
        }
    }
  g_object_unref (dialog);
}

/* Opens a file chooser for an image; RESPONSE gets the dialog and DATA. */
static void
choose_image (GtkWidget  *parent,
              const char *title,
              gboolean    svg,
              GCallback   response,
              gpointer    data)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_WINDOW (root), GTK_FILE_CHOOSER_ACTION_OPEN,
                                 _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, svg ? _("Images (SVG or PNG)") : _("PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  if (svg)
    gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", response, data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_signature_choose_clicked_cb (GtkButton *button,
                                PrdSigner *signer)
{
  choose_image (GTK_WIDGET (button), _("Choose a Signature Image"), FALSE,
                G_CALLBACK (on_signature_chosen_cb), signer);
}

static void
add_signer_row (PrdPreferences *self,
                PrdSigner      *signer)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *sig_row = adw_action_row_new ();
  GtkWidget *sig_button = gtk_button_new_with_mnemonic (_("_Choose…"));
  g_autofree char *full = prd_signer_dup_full_name (signer);
  const char *role = prd_signer_get_role (signer);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), g_strstrip (full)[0] ? full : _("New signer"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), role_label (role));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (signer, "title", _("Title (นาย, นาง, ดร. …)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (signer, "given-name", _("Given name")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (signer, "surname", _("Surname")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (signer, "position", _("Position")));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sig_row), _("Signature image"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (sig_row),
                               prd_signer_get_signature (signer) != NULL
                                 ? _("Chosen") : _("None: the paper is signed by hand"));
  gtk_widget_set_valign (sig_button, GTK_ALIGN_CENTER);
  g_signal_connect (sig_button, "clicked", G_CALLBACK (on_signature_choose_clicked_cb), signer);
  adw_action_row_add_suffix (ADW_ACTION_ROW (sig_row), sig_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), sig_row);

  adw_preferences_group_add (self->signers_group, expander);
}

static void
on_add_signer_clicked_cb (GtkButton      *button,
                          PrdPreferences *self)
{
  g_autoptr(PrdSigner) signer = prd_signer_new ();

  /* Written once a name is typed, as a new group is. */
  prd_signer_set_role (signer, PRD_SIGNER_DEPUTY);
  prd_signer_set_sort_order (signer, (int) g_list_model_get_n_items (G_LIST_MODEL (self->signers)) + 1);
  g_list_store_append (self->signers, signer);
  watch_record (self, PRD_RECORD (signer));
  add_signer_row (self, signer);
}

/* Emblem */

static void
update_emblem_row (PrdPreferences *self)
{
  GBytes *emblem = prd_office_get_emblem (self->office);
  g_autofree char *text = NULL;

  if (emblem == NULL)
    text = g_strdup (_("Not chosen: papers are printed without the emblem"));
  else
    text = g_strdup_printf (_("%s, %s"),
                            g_strcmp0 (prd_office_get_emblem_mime (self->office), "image/svg+xml") == 0
                              ? _("SVG, drawn as vectors") : _("PNG image"),
                            g_format_size (g_bytes_get_size (emblem)));
  adw_action_row_set_subtitle (self->emblem_row, text);
}

static void
on_emblem_chosen_cb (GtkNativeDialog *dialog,
                     int              response,
                     PrdPreferences  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
      g_autofree char *name = g_file_get_basename (file);

      if (bytes != NULL)
        {
          prd_office_set_emblem (self->office, bytes,
                                 g_str_has_suffix (name, ".svg") ? "image/svg+xml" : "image/png");
          update_emblem_row (self);
        }
    }
  g_object_unref (dialog);
}

static void
on_emblem_choose_clicked_cb (GtkButton      *button,
                             PrdPreferences *self)
{
  choose_image (GTK_WIDGET (self), _("Choose the Garuda Emblem"), TRUE,
                G_CALLBACK (on_emblem_chosen_cb), self);
}

static void
on_emblem_remove_clicked_cb (GtkButton      *button,
                             PrdPreferences *self)
{
  prd_office_set_emblem (self->office, NULL, NULL);
  update_emblem_row (self);
}

/* Font */

static void
select_font (PrdPreferences *self)
{
  const char *font = prd_office_get_doc_font (self->office);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->font_list));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->font_list, i), font) == 0)
      adw_combo_row_set_selected (self->font_row, i);
}

static void
on_font_selected_cb (AdwComboRow    *row,
                     GParamSpec     *pspec,
                     PrdPreferences *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (i != GTK_INVALID_LIST_POSITION)
    g_object_set (self->office, "doc-font", gtk_string_list_get_string (self->font_list, i), NULL);
}

/* Saving */

gboolean
prd_preferences_save (PrdPreferences  *self,
                      GError         **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;

  g_return_val_if_fail (PRD_IS_PREFERENCES (self), FALSE);

  /* Each list change is a transaction of its own, as when it is applied. */
  if (!prd_registry_lists_page_apply_pending (self->lists_page, error))
    return FALSE;
  txn = prd_store_txn_begin (self->store, error);
  if (txn == NULL ||
      !prd_office_save (self->office, error) ||
      !save_changed (self, G_LIST_MODEL (self->groups), error) ||
      !save_changed (self, G_LIST_MODEL (self->signers), error) ||
      !prd_store_txn_commit (txn, error))
    return FALSE;
  g_hash_table_remove_all (self->changed);
  return TRUE;
}

gboolean
prd_preferences_get_lists_changed (PrdPreferences *self)
{
  g_return_val_if_fail (PRD_IS_PREFERENCES (self), FALSE);
  return prd_registry_lists_page_get_changed (self->lists_page);
}

static gboolean
prd_preferences_close_request (GtkWindow *window)
{
  PrdPreferences *self = PRD_PREFERENCES (window);
  g_autoptr(GError) error = NULL;

  if (!prd_preferences_save (self, &error))
    {
      /* A dialog, not a toast: the reason says what to fix and is often
       * longer than a toast shows. */
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The changes could not be saved"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;   /* keep the window open: nothing typed is lost */
    }
  return GTK_WINDOW_CLASS (prd_preferences_parent_class)->close_request (window);
}

/* GObject */

static void
bind_office (PrdPreferences *self)
{
  static const struct { const char *prop; gsize offset; } binds[] = {
    { "name", G_STRUCT_OFFSET (PrdPreferences, name_row) },
    { "short-name", G_STRUCT_OFFSET (PrdPreferences, short_name_row) },
    { "doc-prefix", G_STRUCT_OFFSET (PrdPreferences, doc_prefix_row) },
    { "address", G_STRUCT_OFFSET (PrdPreferences, address_row) },
    { "phone", G_STRUCT_OFFSET (PrdPreferences, phone_row) },
    { "email", G_STRUCT_OFFSET (PrdPreferences, email_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (binds); i++)
    {
      GObject *row = G_STRUCT_MEMBER (GObject *, self, binds[i].offset);
      g_object_bind_property (self->office, binds[i].prop, row, "text",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
    }
  g_object_bind_property (self->office, "thai-digits", self->thai_digits_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  select_font (self);
  g_signal_connect (self->font_row, "notify::selected", G_CALLBACK (on_font_selected_cb), self);
  update_emblem_row (self);
}

static void
prd_preferences_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRD_TYPE_PREFERENCES);
  G_OBJECT_CLASS (prd_preferences_parent_class)->dispose (object);
}

static void
prd_preferences_finalize (GObject *object)
{
  PrdPreferences *self = PRD_PREFERENCES (object);

  g_clear_object (&self->office);
  g_clear_object (&self->store);
  g_clear_pointer (&self->changed, g_hash_table_unref);
  g_clear_object (&self->groups);
  g_clear_object (&self->signers);
  g_clear_object (&self->lists_page);

  G_OBJECT_CLASS (prd_preferences_parent_class)->finalize (object);
}

static void
prd_preferences_class_init (PrdPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_preferences_dispose;
  object_class->finalize = prd_preferences_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = prd_preferences_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/preferences/prd-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, name_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, doc_prefix_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, address_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, phone_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, email_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, font_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, font_list);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, thai_digits_switch);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, emblem_row);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, signers_group);
  gtk_widget_class_bind_template_child (widget_class, PrdPreferences, groups_group);
  gtk_widget_class_bind_template_callback (widget_class, on_emblem_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_emblem_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_group_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_signer_clicked_cb);
}

static void
prd_preferences_init (PrdPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->changed = g_hash_table_new (NULL, NULL);
}

PrdPreferences *
prd_preferences_new (PrdContext *context)
{
  PrdPreferences *self = g_object_new (PRD_TYPE_PREFERENCES, NULL);
  PrdStore *store = prd_context_get_store (context);
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) signers = NULL;
  g_autoptr(GError) error = NULL;

  self->store = g_object_ref (store);
  self->office = g_object_ref (prd_context_get_office (context));
  groups = prd_group_list (store, &error);
  if (groups == NULL)
    {
      g_warning ("%s", error->message);
      g_clear_error (&error);
    }
  signers = prd_signer_list (store, NULL, &error);
  if (signers == NULL)
    g_warning ("%s", error->message);
  self->groups = records_from (groups, PRD_TYPE_GROUP);
  self->signers = records_from (signers, PRD_TYPE_SIGNER);

  bind_office (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->groups)); i++)
    {
      g_autoptr(PrdGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);

      add_group_row (self, group);
      watch_record (self, PRD_RECORD (group));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->signers)); i++)
    {
      g_autoptr(PrdSigner) signer = g_list_model_get_item (G_LIST_MODEL (self->signers), i);

      add_signer_row (self, signer);
      watch_record (self, PRD_RECORD (signer));
    }

  self->lists_page = g_object_ref_sink (prd_registry_lists_page_new (store));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->lists_page));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (prd_holidays_page_new (context)));
  return self;
}
