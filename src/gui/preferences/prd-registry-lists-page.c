/* prd-registry-lists-page.c — edits member categories and committees.
 *
 * Unlike the office profile, each change here is saved at once (the group
 * descriptions say so): a category renamed or removed must be the same for
 * the registry page and the importer the moment it is applied. A name typed
 * but not applied is saved when the window closes
 * (prd_registry_lists_page_apply_pending), so no typing is lost.
 */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-registry-lists.h"
#include "prd-registry-list-row.h"
#include "prd-registry-lists-page.h"

#define N_LISTS 2

struct _PrdRegistryListsPage
{
  AdwPreferencesPage    parent_instance;

  PrdStore             *store;
  gboolean              changed;
  GPtrArray            *rows[N_LISTS];   /* PrdRegistryListRow of each item, in order */
  guint                 rebuild_id;
  AdwToast             *toast;           /* the last one shown */
  /* After a move, the moved row's button gets the focus back. */
  char                 *focus_id;
  int                   focus_delta;
  /* What the toast's Undo brings back. */
  char                 *removed_id;
  PrdRegistryList       removed_list;

  /* Template children */
  AdwPreferencesGroup  *categories_group;
  AdwPreferencesGroup  *committees_group;
  AdwEntryRow          *add_category_row;
  AdwEntryRow          *add_committee_row;
};

G_DEFINE_FINAL_TYPE (PrdRegistryListsPage, prd_registry_lists_page, ADW_TYPE_PREFERENCES_PAGE)

static void rebuild (PrdRegistryListsPage *self);

static AdwPreferencesGroup *
group_of (PrdRegistryListsPage *self,
          PrdRegistryList       list)
{
  return list == PRD_REGISTRY_LIST_CATEGORIES ? self->categories_group : self->committees_group;
}

static AdwEntryRow *
add_row_of (PrdRegistryListsPage *self,
            PrdRegistryList       list)
{
  return list == PRD_REGISTRY_LIST_CATEGORIES ? self->add_category_row : self->add_committee_row;
}

/* Feedback */

/* The one toast of this page: "removed", with Undo. */
static void
show_toast (PrdRegistryListsPage *self,
            AdwToast             *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!ADW_IS_PREFERENCES_WINDOW (root))
    {
      g_object_unref (toast);
      return;
    }
  /* The answer to the last click shows at once, not after the toast of
   * the click before. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_object (&self->toast, toast);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
}

/* A refusal says what to do, which is more than a toast shows: it comes in
 * a small dialog that shows all of it. */
static void
show_refusal (PrdRegistryListsPage *self,
              const char           *heading,
              const GError         *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  /* Gone meanwhile (sync from another PC): its row goes too. */
  if (g_error_matches (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_NOT_FOUND) &&
      self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_once ((GSourceOnceFunc) rebuild, self);
}

static void
note_changed (PrdRegistryListsPage *self)
{
  self->changed = TRUE;
  /* Rebuilt after the signal that changed it has finished with its widget. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_once ((GSourceOnceFunc) rebuild, self);
}

/* Item rows */

static char *
clean_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static gboolean
rename_row (PrdRegistryListsPage  *self,
            PrdRegistryListRow    *row,
            GError               **error)
{
  g_autofree char *text = prd_registry_list_row_dup_text (row);

  if (!prd_registry_list_row_is_pending (row))
    {
      /* Only spaces were added around the name. */
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (row), text);
      return TRUE;
    }
  if (!prd_registry_list_rename (self->store, prd_registry_list_row_get_list (row),
                                 prd_registry_list_row_get_item_id (row), text, error))
    return FALSE;
  prd_registry_list_row_set_saved_label (row, text);
  note_changed (self);
  return TRUE;
}

static void
on_item_apply_cb (PrdRegistryListRow   *row,
                  PrdRegistryListsPage *self)
{
  g_autoptr(GError) error = NULL;

  /* On a refusal the typed name stays, to be corrected. */
  if (!rename_row (self, row, &error))
    show_refusal (self, _("The name was not changed"), error);
}

static void
on_internal_changed_cb (PrdRegistryListRow   *row,
                        gboolean              active,
                        PrdRegistryListsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!prd_registry_list_set_internal (self->store, prd_registry_list_row_get_item_id (row), active, &error))
    {
      show_refusal (self, _("The change was not saved"), error);
      prd_registry_list_row_reset_internal (row, !active);
      return;
    }
  self->changed = TRUE;
}

static void
on_move_requested_cb (PrdRegistryListRow   *row,
                      int                   delta,
                      PrdRegistryListsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!prd_registry_list_move (self->store, prd_registry_list_row_get_item_id (row), delta, &error))
    {
      show_refusal (self, _("The change was not saved"), error);
      return;
    }
  g_free (self->focus_id);
  self->focus_id = g_strdup (prd_registry_list_row_get_item_id (row));
  self->focus_delta = delta;
  note_changed (self);
}

static void
on_undo_remove_cb (AdwToast             *toast,
                   PrdRegistryListsPage *self)
{
  g_autoptr(GError) error = NULL;

  /* Only the last toast is shown, so the last removal is the one undone. */
  if (self->removed_id == NULL)
    return;
  if (!prd_registry_list_restore (self->store, self->removed_list, self->removed_id, &error))
    {
      show_refusal (self, _("It could not be brought back"), error);
      return;
    }
  g_clear_pointer (&self->removed_id, g_free);
  note_changed (self);
}

static void
on_remove_requested_cb (PrdRegistryListRow   *row,
                        PrdRegistryListsPage *self)
{
  PrdRegistryList list = prd_registry_list_row_get_list (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (!prd_registry_list_remove (self->store, list, prd_registry_list_row_get_item_id (row), &error))
    {
      show_refusal (self, list == PRD_REGISTRY_LIST_CATEGORIES
                            ? _("The category cannot be removed yet")
                            : _("The committee cannot be removed yet"), error);
      return;
    }
  name = g_markup_escape_text (prd_registry_list_row_get_saved_label (row), -1);
  message = g_strdup_printf (_("“%s” was removed"), name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_free (self->removed_id);
  self->removed_id = g_strdup (prd_registry_list_row_get_item_id (row));
  self->removed_list = list;
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  show_toast (self, toast);
  note_changed (self);
}

static GtkWidget *
item_row_new (PrdRegistryListsPage *self,
              PrdRegistryList       list,
              PrdRegistryListItem  *item,
              gboolean              first,
              gboolean              last)
{
  GtkWidget *row = prd_registry_list_row_new (list, item, first, last);

  g_signal_connect (row, "apply", G_CALLBACK (on_item_apply_cb), self);
  /* Enter again after a refusal, when the apply button is gone. */
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_item_apply_cb), self);
  g_signal_connect (row, "internal-changed", G_CALLBACK (on_internal_changed_cb), self);
  g_signal_connect (row, "move-requested", G_CALLBACK (on_move_requested_cb), self);
  g_signal_connect (row, "remove-requested", G_CALLBACK (on_remove_requested_cb), self);
  return row;
}

/* Building */

static void
rebuild_list (PrdRegistryListsPage *self,
              PrdRegistryList       list)
{
  AdwPreferencesGroup *group = group_of (self, list);
  g_autoptr(AdwEntryRow) add_row = g_object_ref (add_row_of (self, list));
  g_autoptr(GHashTable) pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = self->rows[list];

  /* A name typed in another row survives the rebuild. */
  for (guint i = 0; i < rows->len; i++)
    {
      PrdRegistryListRow *row = g_ptr_array_index (rows, i);
      if (prd_registry_list_row_is_pending (row))
        g_hash_table_insert (pending, g_strdup (prd_registry_list_row_get_item_id (row)),
                             g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
      adw_preferences_group_remove (group, GTK_WIDGET (row));
    }
  g_ptr_array_set_size (rows, 0);
  adw_preferences_group_remove (group, GTK_WIDGET (add_row));

  items = prd_registry_list_load (self->store, list, &error);
  if (items == NULL)
    {
      g_warning ("%s", error->message);
      items = g_ptr_array_new ();
    }
  for (guint i = 0; i < items->len; i++)
    {
      PrdRegistryListItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = item_row_new (self, list, item, i == 0, i + 1 == items->len);
      const char *typed = g_hash_table_lookup (pending, item->id);

      if (typed != NULL)
        gtk_editable_set_text (GTK_EDITABLE (row), typed);
      g_ptr_array_add (rows, row);
      adw_preferences_group_add (group, row);
    }
  adw_preferences_group_add (group, GTK_WIDGET (add_row));
}

static void
restore_focus (PrdRegistryListsPage *self)
{
  GPtrArray *rows = self->rows[PRD_REGISTRY_LIST_CATEGORIES];

  for (guint i = 0; self->focus_id != NULL && i < rows->len; i++)
    {
      PrdRegistryListRow *row = g_ptr_array_index (rows, i);

      if (!g_str_equal (prd_registry_list_row_get_item_id (row), self->focus_id))
        continue;
      prd_registry_list_row_focus_move (row, self->focus_delta);
      break;
    }
  g_clear_pointer (&self->focus_id, g_free);
}

static void
rebuild (PrdRegistryListsPage *self)
{
  self->rebuild_id = 0;
  rebuild_list (self, PRD_REGISTRY_LIST_CATEGORIES);
  rebuild_list (self, PRD_REGISTRY_LIST_COMMITTEES);
  restore_focus (self);
}

/* Adding */

static gboolean
add_from_row (PrdRegistryListsPage  *self,
              PrdRegistryList        list,
              gboolean               empty_is_error,
              GError               **error)
{
  AdwEntryRow *row = add_row_of (self, list);
  g_autofree char *text = clean_text (GTK_EDITABLE (row));
  g_autofree char *id = NULL;

  if (*text == '\0' && !empty_is_error)
    return TRUE;
  /* New categories start in the external network; the row's switch moves
   * them. */
  id = prd_registry_list_add (self->store, list, text, FALSE, error);
  if (id == NULL)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  note_changed (self);
  return TRUE;
}

static void
add_and_report (PrdRegistryListsPage *self,
                PrdRegistryList       list,
                gboolean              empty_is_error)
{
  g_autoptr(GError) error = NULL;

  if (!add_from_row (self, list, empty_is_error, &error))
    show_refusal (self, list == PRD_REGISTRY_LIST_CATEGORIES ? _("The category was not added")
                                                             : _("The committee was not added"), error);
}

static void
on_add_category_cb (PrdRegistryListsPage *self)
{
  add_and_report (self, PRD_REGISTRY_LIST_CATEGORIES, FALSE);
}

static void
on_add_category_clicked_cb (PrdRegistryListsPage *self)
{
  add_and_report (self, PRD_REGISTRY_LIST_CATEGORIES, TRUE);
}

static void
on_add_committee_cb (PrdRegistryListsPage *self)
{
  add_and_report (self, PRD_REGISTRY_LIST_COMMITTEES, FALSE);
}

static void
on_add_committee_clicked_cb (PrdRegistryListsPage *self)
{
  add_and_report (self, PRD_REGISTRY_LIST_COMMITTEES, TRUE);
}

/* Public */

gboolean
prd_registry_lists_page_apply_pending (PrdRegistryListsPage  *self,
                                       GError               **error)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_LISTS_PAGE (self), FALSE);

  for (PrdRegistryList list = 0; list < N_LISTS; list++)
    {
      GPtrArray *rows = self->rows[list];

      for (guint i = 0; i < rows->len; i++)
        if (!rename_row (self, g_ptr_array_index (rows, i), error))
          return FALSE;
      if (!add_from_row (self, list, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
prd_registry_lists_page_get_changed (PrdRegistryListsPage *self)
{
  g_return_val_if_fail (PRD_IS_REGISTRY_LISTS_PAGE (self), FALSE);
  return self->changed;
}

/* GObject */

static void
prd_registry_lists_page_dispose (GObject *object)
{
  PrdRegistryListsPage *self = PRD_REGISTRY_LISTS_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->toast);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRD_TYPE_REGISTRY_LISTS_PAGE);
  G_OBJECT_CLASS (prd_registry_lists_page_parent_class)->dispose (object);
}

static void
prd_registry_lists_page_finalize (GObject *object)
{
  PrdRegistryListsPage *self = PRD_REGISTRY_LISTS_PAGE (object);

  g_clear_object (&self->store);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&self->rows[i], g_ptr_array_unref);
  g_free (self->focus_id);
  g_free (self->removed_id);
  G_OBJECT_CLASS (prd_registry_lists_page_parent_class)->finalize (object);
}

static void
prd_registry_lists_page_class_init (PrdRegistryListsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_registry_lists_page_dispose;
  object_class->finalize = prd_registry_lists_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/preferences/prd-registry-lists-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryListsPage, categories_group);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryListsPage, committees_group);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryListsPage, add_category_row);
  gtk_widget_class_bind_template_child (widget_class, PrdRegistryListsPage, add_committee_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_category_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_category_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_committee_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_committee_clicked_cb);
}

static void
prd_registry_lists_page_init (PrdRegistryListsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The rows are owned by their group; these only point at them. */
  for (guint i = 0; i < N_LISTS; i++)
    self->rows[i] = g_ptr_array_new ();
}

PrdRegistryListsPage *
prd_registry_lists_page_new (PrdStore *store)
{
  PrdRegistryListsPage *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self = g_object_new (PRD_TYPE_REGISTRY_LISTS_PAGE, NULL);
  self->store = g_object_ref (store);
  rebuild (self);
  return self;
}
