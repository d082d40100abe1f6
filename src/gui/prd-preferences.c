/* prd-preferences.c — edits the office profile, its groups and signers.
 *
 * Rows edit an in-memory copy (PrdOffice and JSON records); everything is
 * written in one transaction when the window closes, so a half-typed name
 * never reaches the other PCs. The registry's lists (PrdRegistryListsPage)
 * are saved as each change is applied; what is typed there but not applied
 * is saved on close too.
 */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-office.h"
#include "prd-holidays-page.h"
#include "prd-preferences.h"
#include "prd-registry-lists-page.h"
#include "store/prd-store-sql.h"

struct _PrdPreferences
{
  AdwPreferencesWindow  parent_instance;

  PrdStore             *store;
  PrdOffice            *office;
  GPtrArray            *groups;    /* JsonObject, office_group rows */
  GPtrArray            *signers;   /* JsonObject, office_signer rows */
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

static GPtrArray *
load_records (PrdStore   *store,
              const char *table,
              const char *where_order)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  char *sql = sqlite3_mprintf ("SELECT id FROM \"%w\" WHERE deleted = 0 %s", table, where_order);
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, NULL);

  sqlite3_free (sql);
  g_return_val_if_fail (stmt != NULL, records);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      JsonObject *rec = prd_store_get (store, table, (const char *) sqlite3_column_text (stmt, 0), NULL);
      if (rec != NULL)
        g_ptr_array_add (records, rec);
    }
  sqlite3_finalize (stmt);
  return records;
}

/* The store stamps these itself; an old copy must not go back. */
static void
strip_bookkeeping (JsonObject *rec)
{
  json_object_remove_member (rec, "rev");
  json_object_remove_member (rec, "updated_at");
}

static gboolean
save_records (PrdStore   *store,
              const char *table,
              GPtrArray  *records,
              GError    **error)
{
  for (guint i = 0; i < records->len; i++)
    {
      JsonObject *rec = g_ptr_array_index (records, i);

      if (!json_object_get_boolean_member_with_default (rec, "_dirty", FALSE))
        continue;
      json_object_remove_member (rec, "_dirty");
      strip_bookkeeping (rec);
      if (!prd_store_put (store, table, rec, error))
        return FALSE;
    }
  return TRUE;
}

static void
record_unref_notify (gpointer  data,
                     GClosure *closure)
{
  json_object_unref (data);
}

/* An entry row that edits one string member of a record. */
static void
on_record_entry_changed_cb (GtkEditable *editable,
                            JsonObject  *rec)
{
  const char *member = g_object_get_data (G_OBJECT (editable), "member");

  json_object_set_string_member (rec, member, gtk_editable_get_text (editable));
  json_object_set_boolean_member (rec, "_dirty", TRUE);
}

static GtkWidget *
record_entry_row (JsonObject *rec,
                  const char *member,
                  const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row),
                         json_object_get_string_member_with_default (rec, member, ""));
  g_object_set_data_full (G_OBJECT (row), "member", g_strdup (member), g_free);
  g_signal_connect_data (row, "changed", G_CALLBACK (on_record_entry_changed_cb),
                         json_object_ref (rec), record_unref_notify, 0);
  return row;
}

/* Groups */

static void
add_group_row (PrdPreferences *self,
               JsonObject     *rec)
{
  adw_preferences_group_add (self->groups_group, record_entry_row (rec, "name", _("Group name")));
}

static void
on_add_group_clicked_cb (GtkButton      *button,
                         PrdPreferences *self)
{
  JsonObject *rec = json_object_new ();

  json_object_set_string_member (rec, "name", "");
  json_object_set_int_member (rec, "sort_order", self->groups->len + 1);
  json_object_set_boolean_member (rec, "_dirty", TRUE);
  g_ptr_array_add (self->groups, rec);
  add_group_row (self, rec);
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
                        JsonObject      *rec)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);

      if (bytes != NULL)
        {
          gsize len;
          const guchar *data = g_bytes_get_data (bytes, &len);
          g_autofree char *b64 = g_base64_encode (data, len);

          json_object_set_string_member (rec, "signature", b64);
          json_object_set_string_member (rec, "signature_mime", "image/png");
          json_object_set_boolean_member (rec, "_dirty", TRUE);
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
on_signature_choose_clicked_cb (GtkButton  *button,
                                JsonObject *rec)
{
  choose_image (GTK_WIDGET (button), _("Choose a Signature Image"), FALSE,
                G_CALLBACK (on_signature_chosen_cb), rec);
}

static void
add_signer_row (PrdPreferences *self,
                JsonObject     *rec)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *sig_row = adw_action_row_new ();
  GtkWidget *sig_button = gtk_button_new_with_mnemonic (_("_Choose…"));
  g_autofree char *full = g_strdup_printf ("%s%s %s",
                                           json_object_get_string_member_with_default (rec, "title", ""),
                                           json_object_get_string_member_with_default (rec, "given_name", ""),
                                           json_object_get_string_member_with_default (rec, "surname", ""));
  const char *role = json_object_get_string_member_with_default (rec, "role", "deputy");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), g_strstrip (full)[0] ? full : _("New signer"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), role_label (role));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (rec, "title", _("Title (นาย, นาง, ดร. …)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (rec, "given_name", _("Given name")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (rec, "surname", _("Surname")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), record_entry_row (rec, "position", _("Position")));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sig_row), _("Signature image"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (sig_row),
                               json_object_has_member (rec, "signature") &&
                               !json_object_get_null_member (rec, "signature")
                                 ? _("Chosen") : _("None: the paper is signed by hand"));
  gtk_widget_set_valign (sig_button, GTK_ALIGN_CENTER);
  g_signal_connect (sig_button, "clicked", G_CALLBACK (on_signature_choose_clicked_cb), rec);
  adw_action_row_add_suffix (ADW_ACTION_ROW (sig_row), sig_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), sig_row);

  adw_preferences_group_add (self->signers_group, expander);
}

static void
on_add_signer_clicked_cb (GtkButton      *button,
                          PrdPreferences *self)
{
  JsonObject *rec = json_object_new ();

  json_object_set_string_member (rec, "role", "deputy");
  json_object_set_string_member (rec, "given_name", "");
  json_object_set_int_member (rec, "sort_order", self->signers->len + 1);
  json_object_set_boolean_member (rec, "_dirty", TRUE);
  g_ptr_array_add (self->signers, rec);
  add_signer_row (self, rec);
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
  return txn != NULL &&
         prd_office_save (self->office, error) &&
         save_records (self->store, "office_group", self->groups, error) &&
         save_records (self->store, "office_signer", self->signers, error) &&
         prd_store_txn_commit (txn, error);
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
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->signers, g_ptr_array_unref);
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/prd-preferences.ui");
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
}

PrdPreferences *
prd_preferences_new (PrdContext *context)
{
  PrdPreferences *self = g_object_new (PRD_TYPE_PREFERENCES, NULL);
  PrdStore *store = prd_context_get_store (context);

  self->store = g_object_ref (store);
  self->office = g_object_ref (prd_context_get_office (context));
  self->groups = load_records (store, "office_group", "ORDER BY sort_order");
  self->signers = load_records (store, "office_signer",
                                "AND role IN ('director', 'deputy', 'group_director') ORDER BY sort_order");

  bind_office (self);
  for (guint i = 0; i < self->groups->len; i++)
    add_group_row (self, g_ptr_array_index (self->groups, i));
  for (guint i = 0; i < self->signers->len; i++)
    add_signer_row (self, g_ptr_array_index (self->signers, i));

  self->lists_page = g_object_ref_sink (prd_registry_lists_page_new (store));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->lists_page));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (prd_holidays_page_new (context)));
  return self;
}
