/* prd-item-row.c — the base of the member editor's list rows. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-item-row.h"

typedef struct
{
  /* Both are owned by the row's actions box. */
  GtkWidget *problem_icon;
  GtkWidget *remove_button;
} PrdItemRowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PrdItemRow, prd_item_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_REMOVE_TOOLTIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHANGED,
  SIGNAL_REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_clicked_cb (PrdItemRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE_REQUESTED], 0);
}

/* Public */

void
prd_item_row_emit_changed (PrdItemRow *self)
{
  g_return_if_fail (PRD_IS_ITEM_ROW (self));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
prd_item_row_set_problem_shown (PrdItemRow *self,
                                gboolean    shown)
{
  PrdItemRowPrivate *priv = prd_item_row_get_instance_private (self);

  g_return_if_fail (PRD_IS_ITEM_ROW (self));
  gtk_widget_set_visible (priv->problem_icon, shown);
}

/* GObject */

static void
prd_item_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PrdItemRowPrivate *priv = prd_item_row_get_instance_private (PRD_ITEM_ROW (object));

  switch (prop_id)
    {
    case PROP_REMOVE_TOOLTIP:
      g_value_set_string (value, gtk_widget_get_tooltip_text (priv->remove_button));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_item_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PrdItemRowPrivate *priv = prd_item_row_get_instance_private (PRD_ITEM_ROW (object));

  switch (prop_id)
    {
    case PROP_REMOVE_TOOLTIP:
      gtk_widget_set_tooltip_text (priv->remove_button, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_item_row_class_init (PrdItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = prd_item_row_get_property;
  object_class->set_property = prd_item_row_set_property;

  properties[PROP_REMOVE_TOOLTIP] =
    g_param_spec_string ("remove-tooltip", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/* Built in code, not a template: a derived row's template could not
 * declare children of its own beside the parent's. */
static void
prd_item_row_init (PrdItemRow *self)
{
  PrdItemRowPrivate *priv = prd_item_row_get_instance_private (self);

  /* Titles are the office's own data, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  priv->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (priv->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (priv->remove_button, "flat");
  g_signal_connect_object (priv->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), priv->remove_button);

  /* Actions are packed from the end: the icon shows before the button. */
  priv->problem_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_tooltip_text (priv->problem_icon, _("Something in this row needs fixing"));
  gtk_widget_set_visible (priv->problem_icon, FALSE);
  gtk_widget_add_css_class (priv->problem_icon, "error");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), priv->problem_icon);
}
