/* prd-registry-list-row.c — an editable item of the registry's lists. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-registry-list-row.h"

struct _PrdRegistryListRow
{
  AdwEntryRow      parent_instance;

  PrdRegistryList  list;
  char            *item_id;
  char            *saved_label;
  /* Categories only; owned by the row's suffixes. */
  GtkWidget       *internal_switch;
  GtkWidget       *up;
  GtkWidget       *down;
};

G_DEFINE_FINAL_TYPE (PrdRegistryListRow, prd_registry_list_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_LIST,
  PROP_ITEM_ID,
  PROP_SAVED_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_MOVE_REQUESTED,
  SIGNAL_REMOVE_REQUESTED,
  SIGNAL_INTERNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_up_clicked_cb (PrdRegistryListRow *self)
{
  g_signal_emit (self, signals[SIGNAL_MOVE_REQUESTED], 0, -1);
}

static void
on_down_clicked_cb (PrdRegistryListRow *self)
{
  g_signal_emit (self, signals[SIGNAL_MOVE_REQUESTED], 0, 1);
}

static void
on_remove_clicked_cb (PrdRegistryListRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE_REQUESTED], 0);
}

static void
on_internal_notify_cb (GtkSwitch          *sw,
                       GParamSpec         *pspec,
                       PrdRegistryListRow *self)
{
  g_signal_emit (self, signals[SIGNAL_INTERNAL_CHANGED], 0, gtk_switch_get_active (sw));
}

static GtkWidget *
add_button (PrdRegistryListRow *self,
            const char         *icon_name,
            const char         *tooltip,
            GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);
  return button;
}

static void
add_category_suffixes (PrdRegistryListRow *self,
                       gboolean            internal)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Internal"));

  self->internal_switch = gtk_switch_new ();
  gtk_widget_add_css_class (label, "dim-label");
  gtk_switch_set_active (GTK_SWITCH (self->internal_switch), internal);
  gtk_widget_set_valign (self->internal_switch, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->internal_switch,
                               _("On: the internal network (schools, school clusters, staff). "
                                 "Off: the external network"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->internal_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Internal network"), -1);
  g_signal_connect (self->internal_switch, "notify::active", G_CALLBACK (on_internal_notify_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->internal_switch);
  gtk_widget_set_margin_end (box, 6);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), box);

  self->up = add_button (self, "go-up-symbolic", _("Move up"), G_CALLBACK (on_up_clicked_cb));
  self->down = add_button (self, "go-down-symbolic", _("Move down"), G_CALLBACK (on_down_clicked_cb));
}

/* Public */

GtkWidget *
prd_registry_list_row_new (PrdRegistryList            list,
                           const PrdRegistryListItem *item,
                           gboolean                   first,
                           gboolean                   last)
{
  PrdRegistryListRow *self;
  g_autofree char *uses = NULL;

  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (PRD_TYPE_REGISTRY_LIST_ROW,
                       "list", (int) list, "item-id", item->id, "saved-label", item->label, NULL);
  uses = item->uses > 0 ? g_strdup_printf (_("%u members"), item->uses) : g_strdup (_("No members yet"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), uses);
  gtk_editable_set_text (GTK_EDITABLE (self), item->label);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  if (list == PRD_REGISTRY_LIST_CATEGORIES)
    {
      add_category_suffixes (self, item->internal);
      gtk_widget_set_sensitive (self->up, !first);
      gtk_widget_set_sensitive (self->down, !last);
    }
  add_button (self, "user-trash-symbolic",
              list == PRD_REGISTRY_LIST_CATEGORIES ? _("Remove the category") : _("Remove the committee"),
              G_CALLBACK (on_remove_clicked_cb));
  return GTK_WIDGET (self);
}

PrdRegistryList
prd_registry_list_row_get_list (PrdRegistryListRow *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_LIST_ROW (self), PRD_REGISTRY_LIST_CATEGORIES);
  return self->list;
}

const char *
prd_registry_list_row_get_item_id (PrdRegistryListRow *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_LIST_ROW (self), NULL);
  return self->item_id;
}

const char *
prd_registry_list_row_get_saved_label (PrdRegistryListRow *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_LIST_ROW (self), NULL);
  return self->saved_label;
}

void
prd_registry_list_row_set_saved_label (PrdRegistryListRow *self,
                                       const char         *label)
{
  g_return_if_fail (PRD_IS_REGISTRY_LIST_ROW (self));
  if (g_strcmp0 (self->saved_label, label) == 0)
    return;
  g_free (self->saved_label);
  self->saved_label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED_LABEL]);
}

char *
prd_registry_list_row_dup_text (PrdRegistryListRow *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_LIST_ROW (self), NULL);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
}

gboolean
prd_registry_list_row_is_pending (PrdRegistryListRow *self)
{
  g_autofree char *text = prd_registry_list_row_dup_text (self);

  return g_strcmp0 (text, self->saved_label) != 0;
}

void
prd_registry_list_row_reset_internal (PrdRegistryListRow *self,
                                      gboolean            active)
{
  g_return_if_fail (PRD_IS_REGISTRY_LIST_ROW (self));
  if (self->internal_switch == NULL)
    return;
  g_signal_handlers_block_by_func (self->internal_switch, on_internal_notify_cb, self);
  gtk_switch_set_active (GTK_SWITCH (self->internal_switch), active);
  g_signal_handlers_unblock_by_func (self->internal_switch, on_internal_notify_cb, self);
}

void
prd_registry_list_row_focus_move (PrdRegistryListRow *self,
                                  int                 delta)
{
  GtkWidget *wanted;

  g_return_if_fail (PRD_IS_REGISTRY_LIST_ROW (self));
  if (self->up == NULL)
    return;
  wanted = delta < 0 ? self->up : self->down;
  gtk_widget_grab_focus (gtk_widget_get_sensitive (wanted) ? wanted : (wanted == self->up ? self->down : self->up));
}

/* GObject */

static void
prd_registry_list_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PrdRegistryListRow *self = PRD_REGISTRY_LIST_ROW (object);

  switch (prop_id)
    {
    case PROP_LIST:
      g_value_set_int (value, self->list);
      break;
    case PROP_ITEM_ID:
      g_value_set_string (value, self->item_id);
      break;
    case PROP_SAVED_LABEL:
      g_value_set_string (value, self->saved_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_registry_list_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PrdRegistryListRow *self = PRD_REGISTRY_LIST_ROW (object);

  switch (prop_id)
    {
    case PROP_LIST:
      self->list = g_value_get_int (value);
      break;
    case PROP_ITEM_ID:
      g_free (self->item_id);
      self->item_id = g_value_dup_string (value);
      break;
    case PROP_SAVED_LABEL:
      prd_registry_list_row_set_saved_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_registry_list_row_finalize (GObject *object)
{
  PrdRegistryListRow *self = PRD_REGISTRY_LIST_ROW (object);

  g_free (self->item_id);
  g_free (self->saved_label);
  G_OBJECT_CLASS (prd_registry_list_row_parent_class)->finalize (object);
}

static void
prd_registry_list_row_class_init (PrdRegistryListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = prd_registry_list_row_get_property;
  object_class->set_property = prd_registry_list_row_set_property;
  object_class->finalize = prd_registry_list_row_finalize;

  properties[PROP_LIST] =
    g_param_spec_int ("list", NULL, NULL, PRD_REGISTRY_LIST_CATEGORIES, PRD_REGISTRY_LIST_COMMITTEES,
                      PRD_REGISTRY_LIST_CATEGORIES,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_string ("item-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVED_LABEL] =
    g_param_spec_string ("saved-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_MOVE_REQUESTED] =
    g_signal_new ("move-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_INTERNAL_CHANGED] =
    g_signal_new ("internal-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
prd_registry_list_row_init (PrdRegistryListRow *self)
{
}
