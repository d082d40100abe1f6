/* prd-import-status-cell.c — a status cell of the import preview. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-import-status-cell.h"

struct _PrdImportStatusCell
{
  GtkBox        parent_instance;

  PrdImportRow *row;
  GtkWidget    *label;      /* owned by the box */
  GtkWidget    *dropdown;   /* owned by the box */
  gboolean      binding;    /* the dropdown is being set to the row's action */
};

G_DEFINE_FINAL_TYPE (PrdImportStatusCell, prd_import_status_cell, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A duplicate's own choice, made in its row: overrides the choice for all. */
static void
on_action_selected_cb (GtkDropDown         *dropdown,
                       GParamSpec          *pspec,
                       PrdImportStatusCell *self)
{
  if (self->row == NULL || self->binding)
    return;
  prd_import_row_set_action (self->row, (PrdImportDuplicateAction) gtk_drop_down_get_selected (dropdown));
  /* Another person (same phone, another name) cannot be merged into: the
   * row keeps "skip", and the drop-down shows what it kept. */
  if (prd_import_row_get_action (self->row) != gtk_drop_down_get_selected (dropdown))
    {
      self->binding = TRUE;
      gtk_drop_down_set_selected (dropdown, prd_import_row_get_action (self->row));
      self->binding = FALSE;
    }
}

GtkWidget *
prd_import_status_cell_new (void)
{
  return g_object_new (PRD_TYPE_IMPORT_STATUS_CELL, NULL);
}

void
prd_import_status_cell_set_row (PrdImportStatusCell *self,
                                PrdImportRow        *row,
                                const char          *status)
{
  gboolean duplicate;

  g_return_if_fail (PRD_IS_IMPORT_STATUS_CELL (self));
  g_return_if_fail (row == NULL || PRD_IS_IMPORT_ROW (row));

  if (g_set_object (&self->row, row))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
  duplicate = row != NULL && prd_import_row_get_state (row) == PRD_IMPORT_ROW_DUPLICATE;
  gtk_widget_set_visible (self->label, !duplicate);
  gtk_widget_set_visible (self->dropdown, duplicate);
  gtk_inscription_set_text (GTK_INSCRIPTION (self->label), status);
  if (row != NULL)
    {
      self->binding = TRUE;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), prd_import_row_get_action (row));
      self->binding = FALSE;
    }
}

PrdImportRow *
prd_import_status_cell_get_row (PrdImportStatusCell *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_STATUS_CELL (self), NULL);
  return self->row;
}

static void
prd_import_status_cell_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PrdImportStatusCell *self = PRD_IMPORT_STATUS_CELL (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_object (value, self->row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_import_status_cell_dispose (GObject *object)
{
  PrdImportStatusCell *self = PRD_IMPORT_STATUS_CELL (object);

  g_clear_object (&self->row);
  G_OBJECT_CLASS (prd_import_status_cell_parent_class)->dispose (object);
}

static void
prd_import_status_cell_class_init (PrdImportStatusCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = prd_import_status_cell_get_property;
  object_class->dispose = prd_import_status_cell_dispose;
  properties[PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL, PRD_TYPE_IMPORT_ROW,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_import_status_cell_init (PrdImportStatusCell *self)
{
  static const char *const actions[] = {
    N_("Merge with the member"), N_("Skip this row"), N_("Add as a new member"), NULL,
  };
  const char *translated[G_N_ELEMENTS (actions)];

  self->label = gtk_inscription_new (NULL);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (self->label), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (self->label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_box_append (GTK_BOX (self), self->label);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    translated[i] = actions[i] != NULL ? _(actions[i]) : NULL;
  self->dropdown = gtk_drop_down_new_from_strings (translated);
  gtk_widget_add_css_class (self->dropdown, "flat");
  gtk_widget_set_tooltip_text (self->dropdown, _("What to do with this person, who is already in the registry"));
  g_signal_connect (self->dropdown, "notify::selected", G_CALLBACK (on_action_selected_cb), self);
  gtk_box_append (GTK_BOX (self), self->dropdown);
}
