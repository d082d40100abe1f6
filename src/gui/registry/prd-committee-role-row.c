/* prd-committee-role-row.c — one committee role of a member. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-member-validator.h"
#include "prd-committee-role-row.h"

struct _PrdCommitteeRoleRow
{
  PrdItemRow        parent_instance;

  PrdCommitteeRole *role;
  GPtrArray        *committees;  /* of PrdCommittee, in the picker's order */
  gboolean          filling;

  /* Template children */
  AdwComboRow      *committee_row;
  AdwComboRow      *role_row;
  GtkSwitch        *group_switch;
};

G_DEFINE_FINAL_TYPE (PrdCommitteeRoleRow, prd_committee_role_row, PRD_TYPE_ITEM_ROW)

static const char *
committee_name (PrdCommitteeRoleRow *self)
{
  for (guint i = 0; i < self->committees->len; i++)
    {
      PrdCommittee *c = g_ptr_array_index (self->committees, i);

      if (g_strcmp0 (c->id, self->role->committee_id) == 0)
        return c->name;
    }
  return NULL;
}

static void
update_summary (PrdCommitteeRoleRow *self)
{
  const char *name = committee_name (self);
  g_autoptr(GString) subtitle = g_string_new (prd_committee_role_label (self->role->role));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL ? name : _("No committee chosen yet"));
  if (self->role->in_network_group)
    {
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("in the network group"));
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
}

static void
changed (PrdCommitteeRoleRow *self)
{
  update_summary (self);
  prd_item_row_emit_changed (PRD_ITEM_ROW (self));
}

/* Editing */

static void
on_committee_selected_cb (PrdCommitteeRoleRow *self)
{
  guint selected = adw_combo_row_get_selected (self->committee_row);
  PrdCommittee *c;

  if (self->filling || self->role == NULL || selected >= self->committees->len)
    return;
  c = g_ptr_array_index (self->committees, selected);
  if (g_strcmp0 (c->id, self->role->committee_id) == 0)
    return;
  g_free (self->role->committee_id);
  self->role->committee_id = g_strdup (c->id);
  changed (self);
}

static void
on_role_selected_cb (PrdCommitteeRoleRow *self)
{
  const char *const *roles = prd_committee_roles ();
  guint selected = adw_combo_row_get_selected (self->role_row);

  if (self->filling || self->role == NULL || selected >= g_strv_length ((char **) roles))
    return;
  if (g_strcmp0 (roles[selected], self->role->role) == 0)
    return;
  g_free (self->role->role);
  self->role->role = g_strdup (roles[selected]);
  changed (self);
}

static void
on_group_active_cb (PrdCommitteeRoleRow *self)
{
  gboolean active = gtk_switch_get_active (self->group_switch);

  if (self->filling || self->role == NULL || !self->role->in_network_group == !active)
    return;
  self->role->in_network_group = active;
  changed (self);
}

static void
fill (PrdCommitteeRoleRow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *const *roles = prd_committee_roles ();

  self->filling = TRUE;
  for (guint i = 0; i < self->committees->len; i++)
    gtk_string_list_append (names, ((PrdCommittee *) g_ptr_array_index (self->committees, i))->name);
  adw_combo_row_set_model (self->committee_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->committee_row, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < self->committees->len; i++)
    if (g_strcmp0 (((PrdCommittee *) g_ptr_array_index (self->committees, i))->id, self->role->committee_id) == 0)
      adw_combo_row_set_selected (self->committee_row, i);

  adw_combo_row_set_selected (self->role_row, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; roles[i] != NULL; i++)
    if (g_strcmp0 (roles[i], self->role->role) == 0)
      adw_combo_row_set_selected (self->role_row, i);
  gtk_switch_set_active (self->group_switch, self->role->in_network_group);
  self->filling = FALSE;
  update_summary (self);
}

/* Public */

PrdCommitteeRoleRow *
prd_committee_role_row_new (PrdCommitteeRole *role,
                            GPtrArray        *committees)
{
  PrdCommitteeRoleRow *self;

  g_return_val_if_fail (role != NULL, NULL);
  g_return_val_if_fail (committees != NULL, NULL);

  self = g_object_new (PRD_TYPE_COMMITTEE_ROLE_ROW, NULL);
  self->role = role;
  self->committees = g_ptr_array_ref (committees);
  fill (self);
  return self;
}

PrdCommitteeRole *
prd_committee_role_row_get_role (PrdCommitteeRoleRow *self)
{
  g_return_val_if_fail (PRD_IS_COMMITTEE_ROLE_ROW (self), NULL);
  return self->role;
}

void
prd_committee_role_row_show_problems (PrdCommitteeRoleRow *self,
                                      GPtrArray           *problems)
{
  gboolean bad_committee = FALSE, bad_role = FALSE;

  g_return_if_fail (PRD_IS_COMMITTEE_ROLE_ROW (self));

  for (guint p = 0; problems != NULL && p < problems->len; p++)
    {
      PrdFieldProblem *problem = g_ptr_array_index (problems, p);

      bad_committee |= g_str_equal (problem->field, "committee_id");
      bad_role |= g_str_equal (problem->field, "role");
    }
  if (bad_committee)
    gtk_widget_add_css_class (GTK_WIDGET (self->committee_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->committee_row), "error");
  if (bad_role)
    gtk_widget_add_css_class (GTK_WIDGET (self->role_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->role_row), "error");
  prd_item_row_set_problem_shown (PRD_ITEM_ROW (self), problems != NULL && problems->len > 0);
}

void
prd_committee_role_row_set_role (PrdCommitteeRoleRow *self,
                                 const char          *role)
{
  const char *const *roles = prd_committee_roles ();

  g_return_if_fail (PRD_IS_COMMITTEE_ROLE_ROW (self));

  for (guint i = 0; roles[i] != NULL; i++)
    if (g_strcmp0 (roles[i], role) == 0)
      adw_combo_row_set_selected (self->role_row, i);
}

void
prd_committee_role_row_set_in_network_group (PrdCommitteeRoleRow *self,
                                             gboolean             in_group)
{
  g_return_if_fail (PRD_IS_COMMITTEE_ROLE_ROW (self));
  gtk_switch_set_active (self->group_switch, in_group);
}

void
prd_committee_role_row_focus (PrdCommitteeRoleRow *self)
{
  g_return_if_fail (PRD_IS_COMMITTEE_ROLE_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->committee_row));
}

/* GObject */

static void
prd_committee_role_row_dispose (GObject *object)
{
  PrdCommitteeRoleRow *self = PRD_COMMITTEE_ROLE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRD_TYPE_COMMITTEE_ROLE_ROW);
  g_clear_pointer (&self->committees, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_committee_role_row_parent_class)->dispose (object);
}

static void
prd_committee_role_row_class_init (PrdCommitteeRoleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_committee_role_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/registry/prd-committee-role-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdCommitteeRoleRow, committee_row);
  gtk_widget_class_bind_template_child (widget_class, PrdCommitteeRoleRow, role_row);
  gtk_widget_class_bind_template_child (widget_class, PrdCommitteeRoleRow, group_switch);
}

static void
prd_committee_role_row_init (PrdCommitteeRoleRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *const *roles = prd_committee_roles ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; roles[i] != NULL; i++)
    gtk_string_list_append (labels, prd_committee_role_label (roles[i]));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (labels));

  g_signal_connect_object (self->committee_row, "notify::selected", G_CALLBACK (on_committee_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->role_row, "notify::selected", G_CALLBACK (on_role_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->group_switch, "notify::active", G_CALLBACK (on_group_active_cb),
                           self, G_CONNECT_SWAPPED);
}
