/* prd-member-chooser.c — choosing registry members for an order section.
 *
 * Shows at most 200 matches of the search at a time (the registry can hold
 * 100,000); ticks survive a new search, so people can be gathered from
 * several searches. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-member-chooser.h"
#include "store/prd-store-sql.h"

#define LIMIT 200

struct _PrdMemberChooser
{
  AdwWindow       parent_instance;

  PrdStore       *store;
  GHashTable     *ticked;     /* member id → TRUE, in the order ticked */
  GPtrArray      *order;      /* ids, in the order ticked */

  /* Template children */
  GtkSearchEntry *search_entry;
  GtkLabel       *count_label;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (PrdMemberChooser, prd_member_chooser, ADW_TYPE_WINDOW)

enum { SIGNAL_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_check_toggled_cb (GtkCheckButton   *check,
                     PrdMemberChooser *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "member-id");

  if (gtk_check_button_get_active (check))
    {
      if (g_hash_table_add (self->ticked, g_strdup (id)))
        g_ptr_array_add (self->order, g_strdup (id));
    }
  else
    {
      g_hash_table_remove (self->ticked, id);
      for (guint i = 0; i < self->order->len; i++)
        if (g_str_equal (g_ptr_array_index (self->order, i), id))
          {
            g_ptr_array_remove_index (self->order, i);
            break;
          }
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chooser.add", self->order->len > 0);
}

void
prd_member_chooser_search (PrdMemberChooser *self,
                           const char       *text)
{
  sqlite3_stmt *stmt;
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  stmt = prd_store_prepare (self->store,
                            "SELECT m.id, m.title || m.given_name || ' ' || m.surname, "
                            "TRIM(m.position || ' ' || COALESCE(NULLIF(s.name, ''), m.organization, '')) "
                            "FROM member m LEFT JOIN school s ON s.id = m.school_id "
                            "LEFT JOIN member_category c ON c.id = m.category_id "
                            "WHERE m.deleted = 0 AND m.active = 1 AND instr(m.title || m.given_name || ' ' || m.surname "
                            "  || ' ' || m.position || ' ' || m.organization || ' ' || COALESCE(s.name, '') || ' ' || "
                            "  COALESCE(c.label, ''), ?1) > 0 "
                            "ORDER BY m.given_name, m.surname LIMIT " G_STRINGIFY (LIMIT), NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, text ? text : "", -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), (const char *) sqlite3_column_text (stmt, 1));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), (const char *) sqlite3_column_text (stmt, 2));
      g_object_set_data_full (G_OBJECT (check), "member-id", g_strdup (id), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->ticked, id));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->list, row);
      n++;
    }
  sqlite3_finalize (stmt);
  {
    g_autofree char *count = n == LIMIT ? g_strdup_printf (_("The first %u matches; type more to narrow the search"), n)
                                        : g_strdup_printf (_("%u matches"), n);
    gtk_label_set_text (self->count_label, count);
  }
}

void
prd_member_chooser_tick (PrdMemberChooser *self,
                         guint             index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) index);

  g_return_if_fail (row != NULL);
  adw_action_row_activate (ADW_ACTION_ROW (row));
}

guint
prd_member_chooser_get_n_shown (PrdMemberChooser *self)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->list)); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

static void
on_search_changed_cb (GtkSearchEntry   *entry,
                      PrdMemberChooser *self)
{
  prd_member_chooser_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PrdMemberChooser *self = PRD_MEMBER_CHOOSER (widget);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->order->len; i++)
    g_ptr_array_add (ids, g_strdup (g_ptr_array_index (self->order, i)));
  g_ptr_array_add (ids, NULL);
  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, (char **) ids->pdata);
  gtk_window_close (GTK_WINDOW (self));
}

static void
prd_member_chooser_dispose (GObject *object)
{
  PrdMemberChooser *self = PRD_MEMBER_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_MEMBER_CHOOSER);
  g_clear_object (&self->store);
  g_clear_pointer (&self->ticked, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_member_chooser_parent_class)->dispose (object);
}

static void
prd_member_chooser_class_init (PrdMemberChooserClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = prd_member_chooser_dispose;
  /* The ids ticked, NULL-terminated. */
  signals[SIGNAL_CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/prd-member-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdMemberChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberChooser, count_label);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberChooser, list);
  gtk_widget_class_install_action (widget_class, "chooser.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prd_member_chooser_init (PrdMemberChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->order = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chooser.add", FALSE);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
}

PrdMemberChooser *
prd_member_chooser_new (PrdStore  *store,
                        GtkWindow *parent)
{
  PrdMemberChooser *self = g_object_new (PRD_TYPE_MEMBER_CHOOSER, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  prd_member_chooser_search (self, "");
  return self;
}
