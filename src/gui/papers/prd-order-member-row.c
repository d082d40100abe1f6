/* prd-order-member-row.c — a member row of the order editor, bound to its
 * PrdOrderMember: the heading entry and the role drop-down write the
 * member's properties and follow them. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-paper.h"
#include "prd-order-member-row.h"

struct _PrdOrderMemberRow
{
  AdwActionRow    parent_instance;

  PrdOrderMember *member;
  GtkEntry       *heading;
  GtkDropDown    *role;
};

G_DEFINE_FINAL_TYPE (PrdOrderMemberRow, prd_order_member_row, ADW_TYPE_ACTION_ROW)

enum { PROP_0, PROP_MEMBER, N_PROPS };
static GParamSpec *props[N_PROPS];

/* Role codes in the order of the drop-down; labels from prd_paper_role_label. */
static const char *const roles[] = { "", "chair", "vice_chair", "member", "secretary", "assistant_secretary" };

static guint
role_index (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i]) == 0)
      return i;
  return 0;
}

static gboolean
role_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, role_index (g_value_get_string (from)));
  return TRUE;
}

static gboolean
selected_to_role (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint i = g_value_get_uint (from);

  if (i >= G_N_ELEMENTS (roles))
    return FALSE;
  g_value_set_string (to, roles[i]);
  return TRUE;
}

static void
on_remove_clicked_cb (GtkButton         *button,
                      PrdOrderMemberRow *self)
{
  /* The section's row is the list-box row around the list this row is in. */
  GtkWidget *section = gtk_widget_get_ancestor (gtk_widget_get_parent (GTK_WIDGET (self)), GTK_TYPE_LIST_BOX_ROW);

  g_return_if_fail (section != NULL);
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.remove-member", "(uu)",
                              (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (section)),
                              (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

static void
prd_order_member_row_constructed (GObject *object)
{
  PrdOrderMemberRow *self = PRD_ORDER_MEMBER_ROW (object);

  G_OBJECT_CLASS (prd_order_member_row_parent_class)->constructed (object);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), prd_order_member_get_name (self->member));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), prd_order_member_get_position (self->member));
  g_object_bind_property (self->member, "heading", self->heading, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property_full (self->member, "role", self->role, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               role_to_selected, selected_to_role, NULL, NULL);
}

static void
prd_order_member_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PrdOrderMemberRow *self = PRD_ORDER_MEMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      g_value_set_object (value, self->member);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_order_member_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PrdOrderMemberRow *self = PRD_ORDER_MEMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      self->member = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_order_member_row_dispose (GObject *object)
{
  PrdOrderMemberRow *self = PRD_ORDER_MEMBER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_ORDER_MEMBER_ROW);
  g_clear_object (&self->member);
  G_OBJECT_CLASS (prd_order_member_row_parent_class)->dispose (object);
}

static void
prd_order_member_row_class_init (PrdOrderMemberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prd_order_member_row_constructed;
  object_class->get_property = prd_order_member_row_get_property;
  object_class->set_property = prd_order_member_row_set_property;
  object_class->dispose = prd_order_member_row_dispose;

  props[PROP_MEMBER] = g_param_spec_object ("member", NULL, NULL, PRD_TYPE_ORDER_MEMBER,
                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/papers/prd-order-member-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdOrderMemberRow, heading);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderMemberRow, role);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
prd_order_member_row_init (PrdOrderMemberRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The roles' labels are the papers' own Thai words. */
  gtk_string_list_append (labels, _("No role"));
  for (guint i = 1; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (labels, prd_paper_role_label (roles[i]));
  gtk_drop_down_set_model (self->role, G_LIST_MODEL (labels));
}

GtkWidget *
prd_order_member_row_new (PrdOrderMember *member)
{
  g_return_val_if_fail (PRD_IS_ORDER_MEMBER (member), NULL);
  return g_object_new (PRD_TYPE_ORDER_MEMBER_ROW, "member", member, NULL);
}

PrdOrderMember *
prd_order_member_row_get_member (PrdOrderMemberRow *self)
{
  g_return_val_if_fail (PRD_IS_ORDER_MEMBER_ROW (self), NULL);
  return self->member;
}

void
prd_order_member_row_set_role (PrdOrderMemberRow *self,
                               const char        *role)
{
  g_return_if_fail (PRD_IS_ORDER_MEMBER_ROW (self));
  gtk_drop_down_set_selected (self->role, role_index (role));
}
