/* prd-social-account-row.c — one social media account of a member. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-member-validator.h"
#include "prd-social-account-row.h"

struct _PrdSocialAccountRow
{
  PrdItemRow        parent_instance;

  PrdSocialAccount *account;
  gboolean          filling;   /* entries set from the account, not typed */

  /* Template children */
  AdwComboRow      *platform_row;
  AdwEntryRow      *address_row;
  AdwEntryRow      *followers_row;
  AdwEntryRow      *views_row;
  AdwEntryRow      *counted_row;
};

G_DEFINE_FINAL_TYPE (PrdSocialAccountRow, prd_social_account_row, PRD_TYPE_ITEM_ROW)

/* Which entry edits which field of the account. */
static const struct {
  const char *field;
  gsize       row_offset;
  gsize       value_offset;
} entries[] = {
  { "handle", G_STRUCT_OFFSET (PrdSocialAccountRow, address_row), G_STRUCT_OFFSET (PrdSocialAccount, address) },
  { "followers", G_STRUCT_OFFSET (PrdSocialAccountRow, followers_row), G_STRUCT_OFFSET (PrdSocialAccount, followers) },
  { "views", G_STRUCT_OFFSET (PrdSocialAccountRow, views_row), G_STRUCT_OFFSET (PrdSocialAccount, views) },
  { "counted_at", G_STRUCT_OFFSET (PrdSocialAccountRow, counted_row), G_STRUCT_OFFSET (PrdSocialAccount, counted_at) },
};

#define ENTRY_AT(self, i) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), entries[i].row_offset))
#define VALUE_AT(self, i) ((char **) G_STRUCT_MEMBER_P ((self)->account, entries[i].value_offset))

/* The summary */

static char *
format_count (JsonObject *record,
              const char *field)
{
  JsonNode *node = json_object_get_member (record, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return g_strdup_printf ("%'" G_GINT64_FORMAT, json_node_get_int (node));
}

static void
update_summary (PrdSocialAccountRow *self)
{
  g_autoptr(JsonObject) record = json_object_new ();
  g_autoptr(GPtrArray) problems = prd_social_account_check (self->account, record);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 prd_member_platform_label (self->account->platform));
  if (problems->len > 0)
    {
      /* As typed, so the row can be told apart from the others. */
      const char *address = self->account->address;

      g_ptr_array_add (parts, g_strdup (address != NULL && *address != '\0'
                                          ? address : _("No account name yet")));
    }
  else
    {
      const char *handle = json_object_get_string_member (record, "handle");
      g_autofree char *followers = format_count (record, "followers");
      g_autofree char *views = format_count (record, "views");

      g_ptr_array_add (parts, *handle != '\0' ? g_strconcat ("@", handle, NULL)
                                              : g_strdup (json_object_get_string_member (record, "url")));
      if (followers != NULL)
        /* TRANSLATORS: a count of followers of an account, e.g. "12,500 followers" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s followers"), followers));
      if (views != NULL)
        /* TRANSLATORS: a count of views of an account's clips */
        g_ptr_array_add (parts, g_strdup_printf (_("%s views"), views));
    }
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
changed (PrdSocialAccountRow *self)
{
  update_summary (self);
  prd_item_row_emit_changed (PRD_ITEM_ROW (self));
}

/* Editing */

/* Which of the entries[] ENTRY edits. */
static guint
field_of (PrdSocialAccountRow *self,
          GtkEditable         *entry)
{
  guint i = 0;

  while (i + 1 < G_N_ELEMENTS (entries) && (gpointer) ENTRY_AT (self, i) != (gpointer) entry)
    i++;
  return i;
}

static void
on_entry_changed_cb (GtkEditable         *entry,
                     PrdSocialAccountRow *self)
{
  guint i = field_of (self, entry);
  const char *text = gtk_editable_get_text (entry);
  g_autofree char *iso = NULL;
  char **value;

  if (self->filling || self->account == NULL)
    return;
  value = VALUE_AT (self, i);
  g_free (*value);
  /* A date the check can read is kept as ISO, so typing the same day again
   * is no change; anything else is kept as typed and reported. */
  if (g_str_equal (entries[i].field, "counted_at") && *text != '\0' &&
      prd_member_parse_date (text, &iso, NULL))
    *value = g_steal_pointer (&iso);
  else
    *value = g_strdup (text);
  changed (self);
}

static void
on_platform_selected_cb (PrdSocialAccountRow *self)
{
  const char *const *platforms = prd_member_platforms ();
  guint selected = adw_combo_row_get_selected (self->platform_row);

  if (self->filling || self->account == NULL || selected >= g_strv_length ((char **) platforms))
    return;
  if (g_strcmp0 (self->account->platform, platforms[selected]) == 0)
    return;
  g_free (self->account->platform);
  self->account->platform = g_strdup (platforms[selected]);
  changed (self);
}

static void
fill (PrdSocialAccountRow *self)
{
  const char *const *platforms = prd_member_platforms ();

  self->filling = TRUE;
  adw_combo_row_set_selected (self->platform_row, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; platforms[i] != NULL; i++)
    if (g_strcmp0 (platforms[i], self->account->platform) == 0)
      adw_combo_row_set_selected (self->platform_row, i);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const char *value = *VALUE_AT (self, i);
      g_autofree char *shown = g_str_equal (entries[i].field, "counted_at")
                                 ? prd_member_format_date (value)
                                 : g_strdup (value != NULL ? value : "");

      gtk_editable_set_text (GTK_EDITABLE (ENTRY_AT (self, i)), shown);
    }
  self->filling = FALSE;
  update_summary (self);
}

/* Public */

PrdSocialAccountRow *
prd_social_account_row_new (PrdSocialAccount *account)
{
  PrdSocialAccountRow *self;

  g_return_val_if_fail (account != NULL, NULL);

  self = g_object_new (PRD_TYPE_SOCIAL_ACCOUNT_ROW, NULL);
  self->account = account;
  fill (self);
  return self;
}

PrdSocialAccount *
prd_social_account_row_get_account (PrdSocialAccountRow *self)
{
  g_return_val_if_fail (PRD_IS_SOCIAL_ACCOUNT_ROW (self), NULL);
  return self->account;
}

void
prd_social_account_row_show_problems (PrdSocialAccountRow *self,
                                      GPtrArray           *problems)
{
  gboolean any = FALSE;

  g_return_if_fail (PRD_IS_SOCIAL_ACCOUNT_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_widget_remove_css_class (ENTRY_AT (self, i), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->platform_row), "error");
  for (guint p = 0; problems != NULL && p < problems->len; p++)
    {
      PrdFieldProblem *problem = g_ptr_array_index (problems, p);

      any = TRUE;
      if (g_str_equal (problem->field, "platform"))
        gtk_widget_add_css_class (GTK_WIDGET (self->platform_row), "error");
      for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
        if (g_str_equal (problem->field, entries[i].field))
          gtk_widget_add_css_class (ENTRY_AT (self, i), "error");
    }
  prd_item_row_set_problem_shown (PRD_ITEM_ROW (self), any);
}

GtkEditable *
prd_social_account_row_get_entry (PrdSocialAccountRow *self,
                                  const char          *field)
{
  g_return_val_if_fail (PRD_IS_SOCIAL_ACCOUNT_ROW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (g_strcmp0 (entries[i].field, field) == 0)
      return GTK_EDITABLE (ENTRY_AT (self, i));
  g_return_val_if_reached (NULL);
}

void
prd_social_account_row_set_platform (PrdSocialAccountRow *self,
                                     const char          *platform)
{
  const char *const *platforms = prd_member_platforms ();

  g_return_if_fail (PRD_IS_SOCIAL_ACCOUNT_ROW (self));

  for (guint i = 0; platforms[i] != NULL; i++)
    if (g_strcmp0 (platforms[i], platform) == 0)
      adw_combo_row_set_selected (self->platform_row, i);
}

void
prd_social_account_row_focus (PrdSocialAccountRow *self)
{
  g_return_if_fail (PRD_IS_SOCIAL_ACCOUNT_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->address_row));
}

/* GObject */

static void
prd_social_account_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRD_TYPE_SOCIAL_ACCOUNT_ROW);
  G_OBJECT_CLASS (prd_social_account_row_parent_class)->dispose (object);
}

static void
prd_social_account_row_class_init (PrdSocialAccountRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_social_account_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/registry/prd-social-account-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdSocialAccountRow, platform_row);
  gtk_widget_class_bind_template_child (widget_class, PrdSocialAccountRow, address_row);
  gtk_widget_class_bind_template_child (widget_class, PrdSocialAccountRow, followers_row);
  gtk_widget_class_bind_template_child (widget_class, PrdSocialAccountRow, views_row);
  gtk_widget_class_bind_template_child (widget_class, PrdSocialAccountRow, counted_row);
}

static void
prd_social_account_row_init (PrdSocialAccountRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *const *platforms = prd_member_platforms ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; platforms[i] != NULL; i++)
    gtk_string_list_append (labels, prd_member_platform_label (platforms[i]));
  adw_combo_row_set_model (self->platform_row, G_LIST_MODEL (labels));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      GtkWidget *entry = ENTRY_AT (self, i);

      g_signal_connect_object (entry, "changed", G_CALLBACK (on_entry_changed_cb), self, 0);
    }
  g_signal_connect_object (self->platform_row, "notify::selected", G_CALLBACK (on_platform_selected_cb),
                           self, G_CONNECT_SWAPPED);
}
