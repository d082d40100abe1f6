/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-registry-page.c — the PR network registry page. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-category-choices.h"

#include "prd-import-dialog.h"
#include "prd-school-import-dialog.h"
#include "prd-member-editor.h"
#include "prd-registry-export.h"
#include "prd-registry-page.h"
#include "model/prd-category.h"
#include "model/prd-coverage.h"
#include "model/prd-member-list-view.h"
#include "model/prd-member-lookup.h"
#include "model/prd-member-validator.h"
#include "model/prd-school.h"

struct _PrdRegistryPage
{
  AdwBin            parent_instance;

  PrdStore         *store;
  PrdMemberQuery   *query;
  PrdMemberList    *list;
  GtkSingleSelection *selection;
  GObject          *probe_items[2];  /* compared by the sort probe, see below */
  char             *count_text;
  char             *deleted_id;      /* the last delete, for Undo */
  GListModel       *categories;      /* PrdCategory; index of category_dropdown - 1 */
  GStrv             districts;       /* index of district_dropdown - 1 → name */
  GArray           *joined_years;    /* index of joined_dropdown - 1 → CE year */
  gboolean          updating_filters;
  gboolean          filters_filled;

  /* Template children */
  AdwToastOverlay  *toast_overlay;
  GtkSearchEntry   *search_entry;
  GtkMenuButton    *filter_button;
  GtkMenuButton    *export_button;
  GtkLabel         *count_label;
  GtkStack         *list_stack;
  GtkColumnView    *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *district_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *joined_column;
  GtkBox           *coverage_box;
  GtkDropDown      *network_dropdown;
  GtkDropDown      *category_dropdown;
  GtkDropDown      *district_dropdown;
  GtkDropDown      *joined_dropdown;
  GtkDropDown      *consent_dropdown;
  GtkCheckButton   *committee_check;
  GtkCheckButton   *inactive_check;
};

G_DEFINE_FINAL_TYPE (PrdRegistryPage, prd_registry_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sorting
 *
 * The SQL sorts, not GTK: each sortable column gets a sorter that only
 * reports that it was asked. GTK 4.8 cannot tell which column the user
 * clicked, but comparing two items through the view's sorter asks the
 * primary column first and inverts its answer when descending. */

static int probed_sort = -1;

static int
sort_probe_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  probed_sort = GPOINTER_TO_INT (user_data);
  return GTK_ORDERING_SMALLER;
}

static void
on_view_sorter_changed_cb (GtkSorter       *sorter,
                           GtkSorterChange  change,
                           PrdRegistryPage *self)
{
  GtkOrdering order;

  probed_sort = -1;
  order = gtk_sorter_compare (sorter, self->probe_items[0], self->probe_items[1]);
  if (probed_sort < 0)
    {
      prd_member_query_set_sort (self->query, PRD_MEMBER_SORT_GIVEN_NAME);
      prd_member_query_set_descending (self->query, FALSE);
      return;
    }
  prd_member_query_set_sort (self->query, (PrdMemberSort) probed_sort);
  prd_member_query_set_descending (self->query, order == GTK_ORDERING_LARGER);
}

static void
set_column_sort (GtkColumnViewColumn *column,
                 PrdMemberSort        sort)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (sort_probe_cb, GINT_TO_POINTER (sort), NULL));
  gtk_column_view_column_set_sorter (column, sorter);
}

/* "N of M" */

static void
update_count (PrdRegistryPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  gint64 total = prd_member_list_get_total (self->list);

  g_autofree char *shown = g_strdup_printf ("%'u", n);
  g_autofree char *all = g_strdup_printf ("%'" G_GINT64_FORMAT, total);

  g_free (self->count_text);
  /* TRANSLATORS: members shown of all members, e.g. "1,234 of 100,000 members" */
  self->count_text = g_strdup_printf (_("%s of %s members"), shown, all);
  gtk_label_set_text (self->count_label, self->count_text);

  if (!prd_member_list_get_loading (self->list))
    gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
on_list_changed_cb (PrdRegistryPage *self)
{
  update_count (self);
}

/* The top rows keep their objects across searches (see the list model):
 * a selection would otherwise stay on a row that now shows someone else. */
static void
on_query_changed_cb (PrdRegistryPage *self)
{
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* Coverage panel: the figures people ask for (seed 001). */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
coverage_row (const char *title,
              gint64      part,
              gint64      whole,
              gboolean    heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (title);
  g_autofree char *part_text = g_strdup_printf ("%'" G_GINT64_FORMAT, part);
  g_autofree char *whole_text = g_strdup_printf ("%'" G_GINT64_FORMAT, whole);
  /* TRANSLATORS: e.g. "71 of 185" schools */
  g_autofree char *figure = g_strdup_printf (_("%s of %s"), part_text, whole_text);
  GtkWidget *value = gtk_label_new (figure);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (whole, 1));

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (value, "numeric");
  if (heading)
    gtk_widget_add_css_class (name, "heading");
  else
    gtk_widget_add_css_class (value, "dim-label");
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), value);
  gtk_box_append (GTK_BOX (box), top);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), (double) part);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_widget_set_margin_bottom (box, heading ? 6 : 2);
  return box;
}

static GtkWidget *
section_title (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
update_coverage (PrdRegistryPage *self)
{
  g_autoptr(GListModel) districts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 joined = 0, all = 0, committee = 0, in_group = 0;

  clear_box (self->coverage_box);
  gtk_box_append (self->coverage_box, section_title (_("Network Coverage")));

  districts = prd_coverage_list_districts (self->store, &error);
  if (districts != NULL)
    {
      guint n = g_list_model_get_n_items (districts);
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PrdDistrictCoverage) item = g_list_model_get_item (districts, i);
          const char *district = prd_district_coverage_get_district (item);
          gint64 part = prd_district_coverage_get_joined (item);
          gint64 whole = prd_district_coverage_get_schools (item);
          g_autofree char *title = g_strdup_printf (_("District %s"), *district ? district : _("(none)"));

          joined += part;
          all += whole;
          g_ptr_array_add (rows, coverage_row (title, part, whole, FALSE));
        }
      gtk_box_append (self->coverage_box, coverage_row (_("Schools joined"), joined, all, TRUE));
      for (guint i = 0; i < rows->len; i++)
        gtk_box_append (self->coverage_box, g_ptr_array_index (rows, i));
    }
  else
    g_warning ("%s", error->message);

  g_clear_error (&error);
  if (!prd_coverage_committee (self->store, &committee, &in_group, &error))
    g_warning ("%s", error->message);
  else if (committee > 0)
    {
      gtk_box_append (self->coverage_box, section_title (_("Committee")));
      gtk_box_append (self->coverage_box,
                      coverage_row (_("Committee members in the network group"), in_group, committee, TRUE));
    }
}

/* Filters */

static GtkStringList *
strings_with_any (const char *any)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  gtk_string_list_append (list, any);
  return list;
}

static void select_current_filters (PrdRegistryPage *self);

static void
fill_filter_choices (PrdRegistryPage *self)
{
  g_autoptr(GtkStringList) categories = strings_with_any (_("All categories"));
  g_autoptr(GtkStringList) districts = strings_with_any (_("All districts"));
  g_autoptr(GtkStringList) years = strings_with_any (_("Any year"));
  g_autoptr(GError) error = NULL;

  self->updating_filters = TRUE;
  g_clear_object (&self->categories);
  g_clear_pointer (&self->districts, g_strfreev);
  g_clear_pointer (&self->joined_years, g_array_unref);

  self->categories = prd_category_choices (self->store, categories);

  self->districts = prd_school_list_districts (self->store, &error);
  if (self->districts == NULL)
    {
      g_warning ("%s", error->message);
      g_clear_error (&error);
      self->districts = g_new0 (char *, 1);
    }
  for (guint i = 0; self->districts[i] != NULL; i++)
    gtk_string_list_append (districts, self->districts[i]);

  /* Years in the Buddhist Era, newest first. */
  self->joined_years = prd_member_list_joined_years (self->store, &error);
  if (self->joined_years == NULL)
    {
      g_warning ("%s", error->message);
      self->joined_years = g_array_new (FALSE, FALSE, sizeof (int));
    }
  for (guint i = 0; i < self->joined_years->len; i++)
    {
      g_autofree char *label = g_strdup_printf (_("B.E. %d"), g_array_index (self->joined_years, int, i) + 543);
      gtk_string_list_append (years, label);
    }

  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_drop_down_set_model (self->district_dropdown, G_LIST_MODEL (districts));
  gtk_drop_down_set_model (self->joined_dropdown, G_LIST_MODEL (years));
  select_current_filters (self);
  self->updating_filters = FALSE;
  self->filters_filled = TRUE;
}

/* Filled again (after an import, a category renamed or removed), the
 * drop-downs show the filters the query still has; one whose choice is
 * gone falls back to "all" when on_filter_changed_cb runs next. */
static void
select_current_filters (PrdRegistryPage *self)
{
  const char *category = prd_member_query_get_category_id (self->query);
  const char *district = prd_member_query_get_district (self->query);
  const char *joined = prd_member_query_get_joined_from (self->query);
  int year = joined != NULL ? (int) g_ascii_strtoll (joined, NULL, 10) : 0;

  guint n = g_list_model_get_n_items (self->categories);

  for (guint i = 0; category != NULL && i < n; i++)
    {
      g_autoptr(PrdCategory) item = g_list_model_get_item (self->categories, i);
      if (g_strcmp0 (prd_record_get_id (PRD_RECORD (item)), category) == 0)
        gtk_drop_down_set_selected (self->category_dropdown, i + 1);
    }
  for (guint i = 0; district != NULL && self->districts[i] != NULL; i++)
    if (g_str_equal (self->districts[i], district))
      gtk_drop_down_set_selected (self->district_dropdown, i + 1);
  for (guint i = 0; year > 0 && i < self->joined_years->len; i++)
    if (g_array_index (self->joined_years, int, i) == year)
      gtk_drop_down_set_selected (self->joined_dropdown, i + 1);
}

static void
on_filter_popover_show_cb (PrdRegistryPage *self)
{
  if (!self->filters_filled)
    fill_filter_choices (self);
}

static void
on_filter_changed_cb (PrdRegistryPage *self)
{
  guint network, category, district, joined, consent;
  g_autoptr(PrdCategory) chosen = NULL;
  gboolean any;

  if (self->updating_filters)
    return;

  network = gtk_drop_down_get_selected (self->network_dropdown);
  category = gtk_drop_down_get_selected (self->category_dropdown);
  district = gtk_drop_down_get_selected (self->district_dropdown);
  joined = gtk_drop_down_get_selected (self->joined_dropdown);
  consent = gtk_drop_down_get_selected (self->consent_dropdown);

  prd_member_query_set_internal (self->query, network == 1 ? 1 : network == 2 ? 0 : -1);
  if (category > 0 && category != GTK_INVALID_LIST_POSITION)
    chosen = g_list_model_get_item (self->categories, category - 1);
  prd_member_query_set_category_id (self->query, chosen != NULL ? prd_record_get_id (PRD_RECORD (chosen)) : NULL);
  prd_member_query_set_district (self->query, district > 0 && district <= g_strv_length (self->districts)
                                              ? self->districts[district - 1] : NULL);
  if (joined > 0 && joined <= self->joined_years->len)
    {
      int year = g_array_index (self->joined_years, int, joined - 1);
      g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
      g_autofree char *to = g_strdup_printf ("%04d-12-31", year);

      prd_member_query_set_joined_from (self->query, from);
      prd_member_query_set_joined_to (self->query, to);
    }
  else
    {
      prd_member_query_set_joined_from (self->query, NULL);
      prd_member_query_set_joined_to (self->query, NULL);
    }
  prd_member_query_set_consent_contact (self->query, consent == 1 ? 1 : consent == 2 ? 0 : -1);
  prd_member_query_set_committee_only (self->query, gtk_check_button_get_active (self->committee_check));
  prd_member_query_set_include_inactive (self->query, gtk_check_button_get_active (self->inactive_check));

  /* The button says when filters are on, so a short list never puzzles. */
  any = network || category || district || joined || consent ||
        gtk_check_button_get_active (self->committee_check) ||
        gtk_check_button_get_active (self->inactive_check);
  if (any)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "suggested-action");
}

static void
on_clear_filters_clicked_cb (PrdRegistryPage *self)
{
  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->network_dropdown, 0);
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->district_dropdown, 0);
  gtk_drop_down_set_selected (self->joined_dropdown, 0);
  gtk_drop_down_set_selected (self->consent_dropdown, 0);
  gtk_check_button_set_active (self->committee_check, FALSE);
  gtk_check_button_set_active (self->inactive_check, FALSE);
  self->updating_filters = FALSE;
  on_filter_changed_cb (self);
}

/* Search: the entry waits a little after each key (search-delay), then the
 * list model loads on its worker; nothing here blocks the main loop. */

static void
on_search_changed_cb (PrdRegistryPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  prd_member_query_set_search_text (self->query, text);
}

static void
on_search_activate_cb (PrdRegistryPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    prd_registry_page_edit (self, 0);
}

/* Editing */

static void
on_editor_saved_cb (PrdMemberEditor *editor,
                    const char      *id,
                    PrdRegistryPage *self)
{
  prd_member_list_refresh (self->list);
  update_coverage (self);
}

static void
on_editor_delete_cb (PrdMemberEditor *editor,
                     const char      *id,
                     PrdRegistryPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!prd_registry_page_delete_member (self, id, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

GtkWindow *
prd_registry_page_edit (PrdRegistryPage *self,
                        int              position)
{
  g_autoptr(PrdMember) member = NULL;
  PrdMemberEditor *editor;
  GtkRoot *root;

  g_return_val_if_fail (PRD_IS_REGISTRY_PAGE (self), NULL);

  if (position >= 0)
    member = g_list_model_get_item (G_LIST_MODEL (self->list), (guint) position);
  editor = prd_member_editor_new (self->store, member ? prd_member_get_id (member) : NULL);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_editor_delete_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

static void
on_row_activated_cb (PrdRegistryPage *self,
                     guint            position)
{
  prd_registry_page_edit (self, (int) position);
}

/* Delete with undo */

static void
on_undo_clicked_cb (AdwToast        *toast,
                    PrdRegistryPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!prd_registry_page_undo_delete (self, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

gboolean
prd_registry_page_delete_member (PrdRegistryPage  *self,
                                 const char       *id,
                                 GError          **error)
{
  g_autoptr(PrdMember) member = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_val_if_fail (PRD_IS_REGISTRY_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  member = prd_member_load (self->store, id, error);
  if (member == NULL || !prd_store_tombstone (self->store, "member", id, error))
    return FALSE;

  g_free (self->deleted_id);
  self->deleted_id = g_strdup (id);
  prd_member_list_refresh (self->list);
  update_coverage (self);

  message = g_strdup_printf (_("%s was deleted"), prd_member_get_full_name (member));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

gboolean
prd_registry_page_undo_delete (PrdRegistryPage  *self,
                               GError          **error)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_PAGE (self), FALSE);

  if (self->deleted_id == NULL)
    return TRUE;
  /* The tombstone becomes a live row again, checked like any save, with a
   * new revision that sync carries to the other PCs like any edit. */
  if (!prd_member_restore (self->store, self->deleted_id, error))
    return FALSE;
  g_clear_pointer (&self->deleted_id, g_free);
  prd_member_list_refresh (self->list);
  update_coverage (self);
  return TRUE;
}

/* Actions */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  prd_registry_page_edit (PRD_REGISTRY_PAGE (widget), -1);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (widget);
  guint pos = gtk_single_selection_get_selected (self->selection);

  if (pos != GTK_INVALID_LIST_POSITION)
    prd_registry_page_edit (self, (int) pos);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (widget);
  guint pos = gtk_single_selection_get_selected (self->selection);
  /* From the list itself: real values even if the row is still filling. */
  g_autoptr(PrdMember) member = pos == GTK_INVALID_LIST_POSITION ? NULL :
                                g_list_model_get_item (G_LIST_MODEL (self->list), pos);
  g_autoptr(GError) error = NULL;

  if (member == NULL || prd_member_get_id (member) == NULL)
    return;
  if (!prd_registry_page_delete_member (self, prd_member_get_id (member), &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

void
prd_registry_page_reload (PrdRegistryPage *self)
{
  g_return_if_fail (PRD_IS_REGISTRY_PAGE (self));

  if (self->filters_filled)
    {
      fill_filter_choices (self);
      on_filter_changed_cb (self);
    }
  prd_member_list_refresh (self->list);
  update_coverage (self);
}

static void
on_import_done_cb (PrdImportDialog *dialog,
                   PrdRegistryPage *self)
{
  prd_registry_page_reload (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (widget);
  PrdImportDialog *dialog = prd_import_dialog_new (self->store);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_import_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  prd_import_dialog_choose_file (dialog);
}

static void
on_schools_imported_cb (PrdSchoolImportDialog *dialog,
                        PrdRegistryPage       *self)
{
  prd_registry_page_reload (self);
}

/* The office's school list (a new office starts with none). */
static void
import_schools_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (widget);
  PrdSchoolImportDialog *dialog = prd_school_import_dialog_new (self->store);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_schools_imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  prd_school_import_dialog_choose_file (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (widget);

  /* Ctrl+E opens the menu of formats; the menu items name one. */
  if (parameter == NULL || *g_variant_get_string (parameter, NULL) == '\0')
    {
      gtk_menu_button_popup (self->export_button);
      return;
    }
  prd_registry_export (widget, self->store, self->query, g_variant_get_string (parameter, NULL),
                       self->toast_overlay);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (widget);
  prd_registry_print (widget, self->store, self->query, self->toast_overlay);
}

/* GObject */

static void
prd_registry_page_constructed (GObject *object)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (object);

  G_OBJECT_CLASS (prd_registry_page_parent_class)->constructed (object);

  self->list = prd_member_list_new (self->store, self->query);
  /* The view reads through a model that never blocks on a cold page. */
  self->selection = gtk_single_selection_new (G_LIST_MODEL (prd_member_list_view_new (self->list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::total", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->query, "changed", G_CALLBACK (on_query_changed_cb), self, G_CONNECT_SWAPPED);

  set_column_sort (self->name_column, PRD_MEMBER_SORT_GIVEN_NAME);
  set_column_sort (self->district_column, PRD_MEMBER_SORT_DISTRICT);
  set_column_sort (self->category_column, PRD_MEMBER_SORT_CATEGORY);
  set_column_sort (self->joined_column, PRD_MEMBER_SORT_JOINED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_view_sorter_changed_cb), self, 0);

  /* The filter choices read the whole member table (joined years): only
   * when the popover is first opened, not before the first rows. */
  g_signal_connect_object (gtk_menu_button_get_popover (self->filter_button), "show",
                           G_CALLBACK (on_filter_popover_show_cb), self, G_CONNECT_SWAPPED);
  update_coverage (self);
  update_count (self);
}

static void
prd_registry_page_dispose (GObject *object)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  /* AdwBin unparents its child itself; the template must not do it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_REGISTRY_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  G_OBJECT_CLASS (prd_registry_page_parent_class)->dispose (object);
}

static void
prd_registry_page_finalize (GObject *object)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->query);
  g_clear_object (&self->probe_items[0]);
  g_clear_object (&self->probe_items[1]);
  g_free (self->count_text);
  g_free (self->deleted_id);
  g_clear_object (&self->categories);
  g_clear_pointer (&self->districts, g_strfreev);
  g_clear_pointer (&self->joined_years, g_array_unref);
  G_OBJECT_CLASS (prd_registry_page_parent_class)->finalize (object);
}

static void
prd_registry_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_registry_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PrdRegistryPage *self = PRD_REGISTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_registry_page_class_init (PrdRegistryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prd_registry_page_constructed;
  object_class->dispose = prd_registry_page_dispose;
  object_class->finalize = prd_registry_page_finalize;
  object_class->set_property = prd_registry_page_set_property;
  object_class->get_property = prd_registry_page_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PRD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The cell templates look the item type up by name. */
  g_type_ensure (PRD_TYPE_MEMBER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/registry/prd-registry-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, district_column);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, category_column);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, joined_column);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, coverage_box);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, network_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, district_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, joined_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, consent_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, committee_check);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryPage, inactive_check);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "page.import-schools", NULL, import_schools_action);
  gtk_widget_class_install_action (widget_class, "page.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "page.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "page.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "page.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "page.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "page.export", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "page.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "page.delete", NULL);
}

static void
prd_registry_page_init (PrdRegistryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = prd_member_query_new ();
  /* Two items: a sorter never asks its columns about an item and itself. */
  self->probe_items[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe_items[1] = g_object_new (G_TYPE_OBJECT, NULL);
  self->categories = G_LIST_MODEL (g_list_store_new (PRD_TYPE_CATEGORY));
  self->districts = g_new0 (char *, 1);
  self->joined_years = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_search_entry_set_search_delay (self->search_entry, 120);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
}

GtkWidget *
prd_registry_page_new (PrdContext *context)
{
  g_return_val_if_fail (PRD_IS_CONTEXT (context), NULL);
  return g_object_new (PRD_TYPE_REGISTRY_PAGE, "store", prd_context_get_store (context), NULL);
}

PrdMemberList *
prd_registry_page_get_list (PrdRegistryPage *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_PAGE (self), NULL);
  return self->list;
}

GtkColumnView *
prd_registry_page_get_view (PrdRegistryPage *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_PAGE (self), NULL);
  return self->column_view;
}

GtkWidget *
prd_registry_page_get_search_entry (PrdRegistryPage *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_PAGE (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

const char *
prd_registry_page_get_count_text (PrdRegistryPage *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_PAGE (self), NULL);
  return self->count_text;
}
