/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-editor.c — the member form. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-category-choices.h"

#include "model/prd-category.h"
#include "model/prd-member-form.h"
#include "model/prd-member-links.h"
#include "model/prd-member-lookup.h"
#include "model/prd-member-problem.h"
#include "model/prd-member-validator.h"
#include "model/prd-school.h"
#include "prd-committee-role-row.h"
#include "prd-member-editor.h"
#include "prd-social-account-row.h"

#define SCHOOL_MEMBERS_SHOWN 50

struct _PrdMemberEditor
{
  AdwWindow           parent_instance;

  PrdStore           *store;
  char               *id;
  PrdMember          *original;     /* as loaded or last saved */
  PrdMember          *member;       /* what the form holds */
  PrdMemberForm      *form;         /* checks MEMBER when typing pauses */
  PrdMemberLinks     *original_links; /* accounts and roles as loaded or last saved */
  PrdMemberLinks     *links;          /* what the form holds; rows edit its items */
  GPtrArray          *committees;     /* PrdCommittee, for the role pickers */
  GPtrArray          *account_rows;   /* PrdSocialAccountRow, in the order of links->accounts */
  GPtrArray          *role_rows;      /* PrdCommitteeRoleRow, in the order of links->roles */
  GListModel         *categories;   /* PrdCategory; index of category_row */
  GListModel         *schools;      /* PrdSchool; index of school_dropdown - 1 */
  char               *problems;
  gboolean            checks_ok;    /* the last check found no problem */
  gboolean            closing;
  gboolean            selecting;    /* pickers set from the member, not by the user */

  /* Template children */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkWidget          *save_button;
  GtkWidget          *delete_button;
  GtkRevealer        *problems_revealer;
  GtkLabel           *problems_label;
  AdwEntryRow        *title_row;
  AdwEntryRow        *given_name_row;
  AdwEntryRow        *surname_row;
  AdwEntryRow        *position_row;
  AdwComboRow        *category_row;
  AdwActionRow       *school_row;
  GtkDropDown        *school_dropdown;
  AdwEntryRow        *organization_row;
  AdwEntryRow        *district_row;
  AdwEntryRow        *phone_row;
  AdwEntryRow        *email_row;
  AdwEntryRow        *line_id_row;
  AdwPreferencesGroup *accounts_group;
  GtkWidget          *accounts_empty_row;
  AdwPreferencesGroup *roles_group;
  GtkWidget          *roles_empty_row;
  GtkSwitch          *consent_contact_switch;
  GtkSwitch          *consent_photo_switch;
  AdwEntryRow        *consent_date_row;
  AdwEntryRow        *joined_at_row;
  GtkSwitch          *active_switch;
  AdwEntryRow        *notes_row;
  AdwPreferencesGroup *school_members_group;
  GtkListBox         *school_members_box;
};

G_DEFINE_FINAL_TYPE (PrdMemberEditor, prd_member_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  SIGNAL_DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Which entry shows which member column, for marking problems. */
typedef struct {
  const char *column;
  const char *property;
  gsize       offset;
} FieldRow;

static const FieldRow text_rows[] = {
  { "title", "title", G_STRUCT_OFFSET (PrdMemberEditor, title_row) },
  { "given_name", "given-name", G_STRUCT_OFFSET (PrdMemberEditor, given_name_row) },
  { "surname", "surname", G_STRUCT_OFFSET (PrdMemberEditor, surname_row) },
  { "position", "position", G_STRUCT_OFFSET (PrdMemberEditor, position_row) },
  { "organization", "organization", G_STRUCT_OFFSET (PrdMemberEditor, organization_row) },
  { "district", "district", G_STRUCT_OFFSET (PrdMemberEditor, district_row) },
  { "phone", "phone", G_STRUCT_OFFSET (PrdMemberEditor, phone_row) },
  { "email", "email", G_STRUCT_OFFSET (PrdMemberEditor, email_row) },
  { "line_id", "line-id", G_STRUCT_OFFSET (PrdMemberEditor, line_id_row) },
  { "notes", "notes", G_STRUCT_OFFSET (PrdMemberEditor, notes_row) },
};

/* Dates are shown and typed the Thai way (d/m/yyyy in the Buddhist Era)
 * and kept as ISO; they are bound by hand so a half-typed date is never
 * rewritten under the user's fingers. */
static const FieldRow date_rows[] = {
  { "consent_date", "consent-date", G_STRUCT_OFFSET (PrdMemberEditor, consent_date_row) },
  { "joined_at", "joined-at", G_STRUCT_OFFSET (PrdMemberEditor, joined_at_row) },
};

#define ROW_AT(self, offset) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), (offset)))

static GtkWidget *
row_for_column (PrdMemberEditor *self,
                const char      *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    if (g_str_equal (text_rows[i].column, column))
      return ROW_AT (self, text_rows[i].offset);
  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    if (g_str_equal (date_rows[i].column, column))
      return ROW_AT (self, date_rows[i].offset);
  if (g_str_equal (column, "category_id"))
    return GTK_WIDGET (self->category_row);
  if (g_str_equal (column, "school_id"))
    return GTK_WIDGET (self->school_row);
  return NULL;
}

/* Checking as you type */

static void
mark_row (GtkWidget *row,
          gboolean   bad)
{
  if (row == NULL)
    return;
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* A date the validator cannot read is kept as typed, so it is reported. */
static void
on_date_changed_cb (GtkEditable     *row,
                    PrdMemberEditor *self)
{
  const char *property = NULL;
  const char *text = gtk_editable_get_text (row);
  g_autofree char *iso = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    if (ROW_AT (self, date_rows[i].offset) == GTK_WIDGET (row))
      property = date_rows[i].property;
  g_return_if_fail (property != NULL);

  if (*text != '\0' && prd_member_parse_date (text, &iso, NULL))
    g_object_set (self->member, property, iso, NULL);
  else
    g_object_set (self->member, property, text, NULL);
}

/* Marks the fields of each account and role row; the texts come from the
 * check of both lists, which also knows about rows listed twice. */
static GPtrArray *
check_links (PrdMemberEditor *self)
{
  for (guint i = 0; i < self->account_rows->len; i++)
    {
      PrdSocialAccountRow *row = g_ptr_array_index (self->account_rows, i);
      g_autoptr(GPtrArray) problems = prd_social_account_check (prd_social_account_row_get_account (row), NULL);

      prd_social_account_row_show_problems (row, problems);
    }
  for (guint i = 0; i < self->role_rows->len; i++)
    {
      PrdCommitteeRoleRow *row = g_ptr_array_index (self->role_rows, i);
      g_autoptr(GPtrArray) problems = prd_committee_role_check (prd_committee_role_row_get_role (row),
                                                                self->store, NULL);

      prd_committee_role_row_show_problems (row, problems);
    }
  return prd_member_links_check (self->links, self->store);
}

/* Save is on when the last check passed and there is something to save. */
static void
update_modified (PrdMemberEditor *self)
{
  gboolean modified = prd_member_editor_get_modified (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 self->checks_ok && (modified || self->id == NULL));
  adw_window_title_set_subtitle (self->window_title, modified ? _("Not saved yet") : NULL);
}

/* What the form's last check found, with the accounts and roles. */
static void
on_form_checked_cb (PrdMemberEditor *self)
{
  GListModel *problems = prd_member_form_get_problems (self->form);
  guint n_problems = g_list_model_get_n_items (problems);
  g_autoptr(GPtrArray) link_problems = check_links (self);
  const char *duplicate = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    mark_row (ROW_AT (self, text_rows[i].offset), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    mark_row (ROW_AT (self, date_rows[i].offset), FALSE);
  mark_row (GTK_WIDGET (self->category_row), FALSE);
  mark_row (GTK_WIDGET (self->school_row), FALSE);

  for (guint i = 0; i < n_problems; i++)
    {
      g_autoptr(PrdMemberProblem) p = g_list_model_get_item (problems, i);

      mark_row (row_for_column (self, prd_member_problem_get_field (p)), TRUE);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", prd_member_problem_get_label (p),
                              prd_member_problem_get_message (p));
    }
  for (guint i = 0; i < link_problems->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (link_problems, i));
    }

  /* A duplicate is worth a warning, not a refusal: two teachers may share
   * a school phone. */
  if (n_problems == 0 && link_problems->len == 0)
    duplicate = prd_member_form_get_duplicate_name (self->form);
  if (duplicate != NULL)
    g_string_append_printf (text, _("%s is already in the registry with the same phone, "
                                    "or the same name at the same school. Save only if this is "
                                    "another person."),
                            duplicate);

  g_free (self->problems);
  self->problems = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_label_set_text (self->problems_label, self->problems);
  gtk_revealer_set_reveal_child (self->problems_revealer, *self->problems != '\0');
  if (duplicate != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->problems_label), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->problems_label), "error");

  self->checks_ok = n_problems == 0 && link_problems->len == 0;
  update_modified (self);
}

/* An account or role changed: modified at once, checked when typing pauses. */
static void
links_changed (PrdMemberEditor *self)
{
  update_modified (self);
  prd_member_form_queue_check (self->form);
}

static void
on_member_notify_cb (PrdMemberEditor *self)
{
  update_modified (self);
}

/* Category and school pickers */

static void
on_category_selected_cb (PrdMemberEditor *self)
{
  g_autoptr(PrdCategory) category = NULL;
  const char *id;
  int internal;

  if (self->selecting)
    return;
  category = g_list_model_get_item (self->categories, adw_combo_row_get_selected (self->category_row));
  id = category != NULL ? prd_record_get_id (PRD_RECORD (category)) : NULL;

  g_object_set (self->member, "category-id", id, NULL);
  /* Internal or external follows the category (seed 002). */
  internal = id ? prd_member_validator_category_internal (prd_member_form_get_validator (self->form),
                                                          id)
                : -1;
  if (internal >= 0)
    g_object_set (self->member, "internal", internal == 1, NULL);
}

static void
on_school_selected_cb (PrdMemberEditor *self)
{
  guint i = gtk_drop_down_get_selected (self->school_dropdown);
  g_autoptr(PrdSchool) school = i > 0 && i != GTK_INVALID_LIST_POSITION
                                ? g_list_model_get_item (self->schools, i - 1) : NULL;
  const char *id = school != NULL ? prd_record_get_id (PRD_RECORD (school)) : NULL;

  if (self->selecting)
    return;
  g_object_set (self->member, "school-id", id,
                "school-name", school != NULL ? prd_school_get_name (school) : NULL, NULL);
  if (id != NULL)
    {
      const char *district =
        prd_member_validator_school_district (prd_member_form_get_validator (self->form), id);
      if (district != NULL && *district != '\0')
        g_object_set (self->member, "district", district, NULL);
    }
}

static void
fill_choices (PrdMemberEditor *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) schools = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  self->categories = prd_category_choices (self->store, categories);
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));

  gtk_string_list_append (schools, _("Not at a school"));
  self->schools = prd_school_list (self->store, &error);
  if (self->schools == NULL)
    {
      g_warning ("%s", error->message);
      self->schools = G_LIST_MODEL (g_list_store_new (PRD_TYPE_SCHOOL));
    }
  n = g_list_model_get_n_items (self->schools);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdSchool) school = g_list_model_get_item (self->schools, i);
      gtk_string_list_append (schools, prd_school_get_name (school));
    }
  /* The search of the drop-down needs to know what text an item has. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->school_dropdown, expression);
  gtk_drop_down_set_model (self->school_dropdown, G_LIST_MODEL (schools));
}

/* The position of the record with ID in LIST (of PrdRecord), or -1. */
static int
position_of_record (GListModel *list,
                    const char *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdRecord) record = g_list_model_get_item (list, i);
      if (g_strcmp0 (prd_record_get_id (record), id) == 0)
        return (int) i;
    }
  return -1;
}

static void
select_current_choices (PrdMemberEditor *self)
{
  const char *category = prd_member_get_category_id (self->member);
  const char *school = prd_member_get_school_id (self->member);
  int found;

  self->selecting = TRUE;
  found = category != NULL ? position_of_record (self->categories, category) : -1;
  adw_combo_row_set_selected (self->category_row, found >= 0 ? (guint) found : GTK_INVALID_LIST_POSITION);
  found = school != NULL ? position_of_record (self->schools, school) : -1;
  gtk_drop_down_set_selected (self->school_dropdown, (guint) (found + 1));
  self->selecting = FALSE;
}

/* A school's members */

static void
fill_school_members (PrdMemberEditor *self)
{
  const char *school = prd_member_get_school_id (self->original);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->school_members_box))) != NULL)
    gtk_list_box_remove (self->school_members_box, child);
  gtk_widget_set_visible (GTK_WIDGET (self->school_members_group), school != NULL);
  if (school == NULL)
    return;

  adw_preferences_group_set_description (self->school_members_group,
                                         prd_member_get_school_name (self->original));
  members = prd_member_list_at_school (self->store, school, self->id, SCHOOL_MEMBERS_SHOWN, &error);
  if (members == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdMember) member = g_list_model_get_item (members, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), prd_member_get_full_name (member));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), prd_member_get_position (member));
      gtk_list_box_append (self->school_members_box, row);
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No other members of this school yet"));
      gtk_list_box_append (self->school_members_box, row);
    }
}

/* Social accounts and committee roles */

static void
on_link_row_changed_cb (PrdMemberEditor *self)
{
  links_changed (self);
}

static void
update_empty_rows (PrdMemberEditor *self)
{
  gtk_widget_set_visible (self->accounts_empty_row, self->links->accounts->len == 0);
  gtk_widget_set_visible (self->roles_empty_row, self->links->roles->len == 0);
}

/* The row goes first: it points at the item it edits. */
static void
on_account_remove_cb (PrdSocialAccountRow *row,
                      PrdMemberEditor     *self)
{
  PrdSocialAccount *account = prd_social_account_row_get_account (row);

  g_ptr_array_remove (self->account_rows, row);
  adw_preferences_group_remove (self->accounts_group, GTK_WIDGET (row));
  g_ptr_array_remove (self->links->accounts, account);
  update_empty_rows (self);
  links_changed (self);
}

static void
on_role_remove_cb (PrdCommitteeRoleRow *row,
                   PrdMemberEditor     *self)
{
  PrdCommitteeRole *role = prd_committee_role_row_get_role (row);

  g_ptr_array_remove (self->role_rows, row);
  adw_preferences_group_remove (self->roles_group, GTK_WIDGET (row));
  g_ptr_array_remove (self->links->roles, role);
  update_empty_rows (self);
  links_changed (self);
}

static PrdSocialAccountRow *
add_account_row (PrdMemberEditor  *self,
                 PrdSocialAccount *account)
{
  PrdSocialAccountRow *row = prd_social_account_row_new (account);

  g_signal_connect_object (row, "changed", G_CALLBACK (on_link_row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove-requested", G_CALLBACK (on_account_remove_cb), self, 0);
  adw_preferences_group_add (self->accounts_group, GTK_WIDGET (row));
  g_ptr_array_add (self->account_rows, row);
  return row;
}

static PrdCommitteeRoleRow *
add_role_row (PrdMemberEditor  *self,
              PrdCommitteeRole *role)
{
  PrdCommitteeRoleRow *row = prd_committee_role_row_new (role, self->committees);

  g_signal_connect_object (row, "changed", G_CALLBACK (on_link_row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove-requested", G_CALLBACK (on_role_remove_cb), self, 0);
  adw_preferences_group_add (self->roles_group, GTK_WIDGET (row));
  g_ptr_array_add (self->role_rows, row);
  return row;
}

/* Shows LINKS (taken) in place of what the form held. */
static void
set_links (PrdMemberEditor *self,
           PrdMemberLinks  *links)
{
  for (guint i = 0; i < self->account_rows->len; i++)
    adw_preferences_group_remove (self->accounts_group, g_ptr_array_index (self->account_rows, i));
  for (guint i = 0; i < self->role_rows->len; i++)
    adw_preferences_group_remove (self->roles_group, g_ptr_array_index (self->role_rows, i));
  g_ptr_array_set_size (self->account_rows, 0);
  g_ptr_array_set_size (self->role_rows, 0);

  g_clear_pointer (&self->original_links, prd_member_links_free);
  g_clear_pointer (&self->links, prd_member_links_free);
  self->original_links = links;
  self->links = prd_member_links_copy (links);

  for (guint i = 0; i < self->links->accounts->len; i++)
    add_account_row (self, g_ptr_array_index (self->links->accounts, i));
  for (guint i = 0; i < self->links->roles->len; i++)
    add_role_row (self, g_ptr_array_index (self->links->roles, i));
  update_empty_rows (self);
}

static void
add_account_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PrdMemberEditor *self = PRD_MEMBER_EDITOR (widget);
  /* The network began with teachers on TikTok (seed 000). */
  PrdSocialAccount *account = prd_social_account_new ("tiktok");
  PrdSocialAccountRow *row;

  g_ptr_array_add (self->links->accounts, account);
  row = add_account_row (self, account);
  update_empty_rows (self);
  prd_social_account_row_focus (row);
  links_changed (self);
}

static void
add_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PrdMemberEditor *self = PRD_MEMBER_EDITOR (widget);
  PrdCommitteeRole *role = prd_committee_role_new (NULL);
  PrdCommitteeRoleRow *row;

  /* The first committee the member is not in yet: most offices have one. */
  for (guint i = 0; i < self->committees->len && role->committee_id == NULL; i++)
    {
      PrdCommittee *c = g_ptr_array_index (self->committees, i);
      gboolean taken = FALSE;

      for (guint j = 0; j < self->links->roles->len; j++)
        taken |= g_strcmp0 (((PrdCommitteeRole *) g_ptr_array_index (self->links->roles, j))->committee_id,
                            c->id) == 0;
      if (!taken)
        role->committee_id = g_strdup (c->id);
    }
  g_ptr_array_add (self->links->roles, role);
  row = add_role_row (self, role);
  update_empty_rows (self);
  prd_committee_role_row_focus (row);
  links_changed (self);
}

/* Binding the form */

static void
bind_form (PrdMemberEditor *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    g_object_bind_property (self->member, text_rows[i].property,
                            ROW_AT (self, text_rows[i].offset), "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    {
      GtkEditable *row = GTK_EDITABLE (ROW_AT (self, date_rows[i].offset));
      g_autofree char *value = NULL;
      g_autofree char *shown = NULL;

      g_object_get (self->member, date_rows[i].property, &value, NULL);
      shown = prd_member_format_date (value);
      g_signal_handlers_block_by_func (row, on_date_changed_cb, self);
      gtk_editable_set_text (row, shown);
      g_signal_handlers_unblock_by_func (row, on_date_changed_cb, self);
    }
  g_object_bind_property (self->member, "consent-contact", self->consent_contact_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->member, "consent-photo", self->consent_photo_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->member, "active", self->active_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  select_current_choices (self);
  g_signal_connect_object (self->member, "notify", G_CALLBACK (on_member_notify_cb), self, G_CONNECT_SWAPPED);
}

/* Saving */

gboolean
prd_member_editor_save (PrdMemberEditor  *self,
                        GError          **error)
{
  g_autoptr(JsonObject) rec = NULL;
  g_autoptr(PrdMember) saved = NULL;
  g_autoptr(PrdMemberLinks) links = NULL;

  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), FALSE);

  /* The problems shown are those of what is saved (the store checks too). */
  prd_member_form_flush (self->form);
  rec = prd_member_to_record (self->member);
  if (!prd_member_links_save (self->store, rec, self->original_links, self->links, error))
    return FALSE;

  g_free (self->id);
  self->id = g_strdup (json_object_get_string_member (rec, "id"));
  saved = prd_member_load (self->store, self->id, error);
  if (saved == NULL)
    return FALSE;
  links = prd_member_links_load (self->store, self->id, error);
  if (links == NULL)
    return FALSE;
  set_links (self, g_steal_pointer (&links));
  g_clear_object (&self->original);
  self->original = prd_member_copy (saved);
  /* The form shows what was stored (dates as ISO, phone tidied). */
  g_signal_handlers_disconnect_by_data (self->member, self);
  g_clear_object (&self->member);
  self->member = g_steal_pointer (&saved);
  bind_form (self);
  prd_member_form_set_member (self->form, self->member);   /* checks it: "checked" */
  gtk_widget_set_visible (self->delete_button, TRUE);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->id);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PrdMemberEditor *self = PRD_MEMBER_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (prd_member_editor_save (self, &error))
    gtk_window_close (GTK_WINDOW (self));
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdMemberEditor *self = PRD_MEMBER_EDITOR (widget);
  g_autofree char *id = g_strdup (self->id);

  if (id == NULL)
    return;
  /* The page deletes and offers Undo; nothing here is left to save. */
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[SIGNAL_DELETE_REQUESTED], 0, id);
}

/* The unsaved-changes guard */

static void
on_guard_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PrdMemberEditor  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "discard"))
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      if (prd_member_editor_save (self, &error))
        gtk_window_close (GTK_WINDOW (self));
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
    }
}

static gboolean
prd_member_editor_close_request (GtkWindow *window)
{
  PrdMemberEditor *self = PRD_MEMBER_EDITOR (window);
  GtkWidget *dialog;

  if (self->closing || !prd_member_editor_get_modified (self))
    return GTK_WINDOW_CLASS (prd_member_editor_parent_class)->close_request (window);
  prd_member_form_flush (self->form);   /* Save is offered only if it can work */

  dialog = adw_message_dialog_new (window, _("Save changes to this member?"),
                                   _("The changes are lost if you close without saving."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save",
                                           *self->problems == '\0' ||
                                           !gtk_widget_has_css_class (GTK_WIDGET (self->problems_label), "error"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_guard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* GObject */

static void
prd_member_editor_dispose (GObject *object)
{
  PrdMemberEditor *self = PRD_MEMBER_EDITOR (object);

  if (self->member != NULL)
    g_signal_handlers_disconnect_by_data (self->member, self);
  /* A check that waits must not reach a form taken down. */
  if (self->form != NULL)
    g_signal_handlers_disconnect_by_data (self->form, self);
  g_clear_object (&self->form);
  /* Rows taken down with the form must not ask for checks on the way out. */
  for (guint i = 0; i < self->account_rows->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->account_rows, i), self);
  for (guint i = 0; i < self->role_rows->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->role_rows, i), self);
  g_ptr_array_set_size (self->account_rows, 0);
  g_ptr_array_set_size (self->role_rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_MEMBER_EDITOR);
  G_OBJECT_CLASS (prd_member_editor_parent_class)->dispose (object);
}

static void
prd_member_editor_finalize (GObject *object)
{
  PrdMemberEditor *self = PRD_MEMBER_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_object (&self->member);
  g_clear_pointer (&self->original_links, prd_member_links_free);
  g_clear_pointer (&self->links, prd_member_links_free);
  g_clear_pointer (&self->committees, g_ptr_array_unref);
  g_ptr_array_unref (self->account_rows);
  g_ptr_array_unref (self->role_rows);
  g_free (self->id);
  g_free (self->problems);
  g_clear_object (&self->categories);
  g_clear_object (&self->schools);
  G_OBJECT_CLASS (prd_member_editor_parent_class)->finalize (object);
}

static void
prd_member_editor_class_init (PrdMemberEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = prd_member_editor_dispose;
  object_class->finalize = prd_member_editor_finalize;
  window_class->close_request = prd_member_editor_close_request;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/registry/prd-member-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, problems_label);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, surname_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, school_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, school_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, organization_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, line_id_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, accounts_empty_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, roles_group);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, roles_empty_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, consent_contact_switch);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, consent_photo_switch);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, joined_at_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, school_members_group);
  gtk_widget_class_bind_template_child (widget_class, PrdMemberEditor, school_members_box);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-account", NULL, add_account_action);
  gtk_widget_class_install_action (widget_class, "editor.add-role", NULL, add_role_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prd_member_editor_init (PrdMemberEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->account_rows = g_ptr_array_new ();
  self->role_rows = g_ptr_array_new ();
  self->problems = g_strdup ("");
}

PrdMemberEditor *
prd_member_editor_new (PrdStore   *store,
                       const char *id)
{
  PrdMemberEditor *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdMemberLinks) links = NULL;
  g_autoptr(GPtrArray) committee_ids = g_ptr_array_new ();

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self = g_object_new (PRD_TYPE_MEMBER_EDITOR, NULL);
  self->store = g_object_ref (store);
  fill_choices (self);

  if (id != NULL)
    self->original = prd_member_load (store, id, &error);
  if (self->original != NULL)
    {
      self->id = g_strdup (id);
      adw_window_title_set_title (self->window_title, prd_member_get_full_name (self->original));
    }
  else
    {
      if (error != NULL)
        g_warning ("%s", error->message);
      self->original = prd_member_new ();
      adw_window_title_set_title (self->window_title, _("New Member"));
    }
  self->member = prd_member_copy (self->original);
  self->form = prd_member_form_new (store, self->member);
  gtk_widget_set_visible (self->delete_button, self->id != NULL);

  links = self->id != NULL ? prd_member_links_load (store, self->id, &error) : NULL;
  if (error != NULL)
    g_warning ("%s", error->message);
  if (links == NULL)
    links = prd_member_links_new ();
  /* A role in a committee removed since is still shown with its name. */
  for (guint i = 0; i < links->roles->len; i++)
    g_ptr_array_add (committee_ids, ((PrdCommitteeRole *) g_ptr_array_index (links->roles, i))->committee_id);
  self->committees = prd_member_links_list_committees (store, committee_ids);
  /* With no committee in the office there is nothing to pick. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-role", self->committees->len > 0);
  set_links (self, g_steal_pointer (&links));

  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    {
      GtkWidget *row = ROW_AT (self, date_rows[i].offset);

      g_signal_connect_object (row, "changed", G_CALLBACK (on_date_changed_cb), self, 0);
    }
  bind_form (self);
  g_signal_connect_object (self->category_row, "notify::selected", G_CALLBACK (on_category_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->school_dropdown, "notify::selected", G_CALLBACK (on_school_selected_cb),
                           self, G_CONNECT_SWAPPED);
  fill_school_members (self);
  g_signal_connect_object (self->form, "checked", G_CALLBACK (on_form_checked_cb), self,
                           G_CONNECT_SWAPPED);
  on_form_checked_cb (self);
  return self;
}

PrdMember *
prd_member_editor_get_member (PrdMemberEditor *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), NULL);
  return self->member;
}

gboolean
prd_member_editor_get_modified (PrdMemberEditor *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), FALSE);
  if (self->original == NULL || self->member == NULL)
    return FALSE;
  /* An account or role added, edited or removed counts like any field. */
  return !prd_member_equal (self->original, self->member) ||
         (self->links != NULL && !prd_member_links_equal (self->original_links, self->links));
}

const char *
prd_member_editor_get_problems (PrdMemberEditor *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), NULL);
  /* Asked before typing paused: the problems of what the form holds now. */
  prd_member_form_flush (self->form);
  return self->problems;
}

void
prd_member_editor_set_school (PrdMemberEditor *self,
                              const char      *school_id)
{
  g_return_if_fail (PRD_IS_MEMBER_EDITOR (self));

  gtk_drop_down_set_selected (self->school_dropdown,
                              (guint) ((school_id != NULL ? position_of_record (self->schools, school_id) : -1) + 1));
}

guint
prd_member_editor_get_n_school_members (PrdMemberEditor *self)
{
  guint n = 0;

  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), 0);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->school_members_group)))
    return 0;
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->school_members_box)); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

PrdMemberLinks *
prd_member_editor_get_links (PrdMemberEditor *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), NULL);
  return self->links;
}

PrdSocialAccountRow *
prd_member_editor_get_account_row (PrdMemberEditor *self,
                                   guint            index)
{
  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), NULL);
  return index < self->account_rows->len ? g_ptr_array_index (self->account_rows, index) : NULL;
}

PrdCommitteeRoleRow *
prd_member_editor_get_role_row (PrdMemberEditor *self,
                                guint            index)
{
  g_return_val_if_fail (PRD_IS_MEMBER_EDITOR (self), NULL);
  return index < self->role_rows->len ? g_ptr_array_index (self->role_rows, index) : NULL;
}
