/* prd-order-section-row.c — a section row of the order editor, bound to
 * its PrdOrderSection: the title and duties rows write the section's
 * properties, and the member list follows the section's GListModel. */
#define G_LOG_DOMAIN "prd-gui"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "prd-order-member-row.h"
#include "prd-order-section-row.h"

struct _PrdOrderSectionRow
{
  GtkListBoxRow    parent_instance;

  PrdOrderSection *section;
  GtkLabel        *heading;
  AdwEntryRow     *title;
  AdwEntryRow     *duties;
  GtkListBox      *members;
};

G_DEFINE_FINAL_TYPE (PrdOrderSectionRow, prd_order_section_row, GTK_TYPE_LIST_BOX_ROW)

enum { PROP_0, PROP_SECTION, N_PROPS };
static GParamSpec *props[N_PROPS];

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  return prd_order_member_row_new (PRD_ORDER_MEMBER (item));
}

static void
activate_with_index (PrdOrderSectionRow *self,
                     const char         *action)
{
  gtk_widget_activate_action (GTK_WIDGET (self), action, "u",
                              (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

static void
on_add_clicked_cb (GtkButton          *button,
                   PrdOrderSectionRow *self)
{
  activate_with_index (self, "editor.add-members");
}

static void
on_remove_clicked_cb (GtkButton          *button,
                      PrdOrderSectionRow *self)
{
  activate_with_index (self, "editor.remove-section");
}

static void
prd_order_section_row_constructed (GObject *object)
{
  PrdOrderSectionRow *self = PRD_ORDER_SECTION_ROW (object);

  G_OBJECT_CLASS (prd_order_section_row_parent_class)->constructed (object);

  g_object_bind_property (self->section, "title", self->title, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->section, "duties", self->duties, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_list_box_bind_model (self->members, prd_order_section_get_members (self->section),
                           create_member_row, NULL, NULL);
}

static void
prd_order_section_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PrdOrderSectionRow *self = PRD_ORDER_SECTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_order_section_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PrdOrderSectionRow *self = PRD_ORDER_SECTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      self->section = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_order_section_row_dispose (GObject *object)
{
  PrdOrderSectionRow *self = PRD_ORDER_SECTION_ROW (object);

  if (self->members != NULL)
    gtk_list_box_bind_model (self->members, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_ORDER_SECTION_ROW);
  g_clear_object (&self->section);
  G_OBJECT_CLASS (prd_order_section_row_parent_class)->dispose (object);
}

static void
prd_order_section_row_class_init (PrdOrderSectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prd_order_section_row_constructed;
  object_class->get_property = prd_order_section_row_get_property;
  object_class->set_property = prd_order_section_row_set_property;
  object_class->dispose = prd_order_section_row_dispose;

  props[PROP_SECTION] = g_param_spec_object ("section", NULL, NULL, PRD_TYPE_ORDER_SECTION,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/papers/prd-order-section-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdOrderSectionRow, heading);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderSectionRow, title);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderSectionRow, duties);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderSectionRow, members);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
prd_order_section_row_init (PrdOrderSectionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prd_order_section_row_new (PrdOrderSection *section)
{
  g_return_val_if_fail (PRD_IS_ORDER_SECTION (section), NULL);
  return g_object_new (PRD_TYPE_ORDER_SECTION_ROW, "section", section, NULL);
}

PrdOrderSection *
prd_order_section_row_get_section (PrdOrderSectionRow *self)
{
  g_return_val_if_fail (PRD_IS_ORDER_SECTION_ROW (self), NULL);
  return self->section;
}

void
prd_order_section_row_set_number (PrdOrderSectionRow *self,
                                  guint               number)
{
  g_autofree char *text = g_strdup_printf (_("Section %u"), number);

  g_return_if_fail (PRD_IS_ORDER_SECTION_ROW (self));
  gtk_label_set_text (self->heading, text);
}

GtkListBox *
prd_order_section_row_get_members (PrdOrderSectionRow *self)
{
  g_return_val_if_fail (PRD_IS_ORDER_SECTION_ROW (self), NULL);
  return self->members;
}
