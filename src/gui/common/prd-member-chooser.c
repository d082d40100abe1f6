/* prd-member-chooser.c — choosing registry members for an order section.
 *
 * Shows at most 200 matches of the search at a time (the registry can hold
 * 100,000); ticks survive a new search, so people can be gathered from
 * several searches. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-member-lookup.h"
#include "prd-member-chooser.h"
#include "prd-member-chooser-row.h"

#define LIMIT 200

struct _PrdMemberChooser
{
  AdwWindow       parent_instance;

  PrdStore       *store;
  PrdMemberQuery *query;      /* the registry's search, active members only */
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
on_row_ticked_cb (PrdMemberChooserRow *row,
                  GParamSpec          *pspec,
                  PrdMemberChooser    *self)
{
  const char *id = prd_member_get_id (prd_member_chooser_row_get_member (row));

  if (prd_member_chooser_row_get_ticked (row))
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
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  /* The registry's own search (its FTS index, Thai words and their parts),
   * so the chooser finds whom the registry finds. */
  prd_member_query_set_search_text (self->query, text);
  members = prd_member_find (self->store, self->query, LIMIT, &error);
  if (members == NULL)
    {
      gtk_label_set_text (self->count_label, error->message);
      return;
    }
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdMember) member = g_list_model_get_item (members, i);
      GtkWidget *row = prd_member_chooser_row_new (member, g_hash_table_contains (self->ticked,
                                                                                  prd_member_get_id (member)));

      g_signal_connect_object (row, "notify::ticked", G_CALLBACK (on_row_ticked_cb), self, 0);
      gtk_list_box_append (self->list, row);
    }
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

PrdMember *
prd_member_chooser_get_member (PrdMemberChooser *self,
                               guint             index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PRD_IS_MEMBER_CHOOSER (self), NULL);
  row = gtk_list_box_get_row_at_index (self->list, (int) index);
  return PRD_IS_MEMBER_CHOOSER_ROW (row) ? prd_member_chooser_row_get_member (PRD_MEMBER_CHOOSER_ROW (row)) : NULL;
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
  g_clear_object (&self->query);
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
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/common/prd-member-chooser.ui");
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
  self->query = prd_member_query_new ();
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
