/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-dialog.c — the import dialog over PrdMemberImport. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-csv-chooser.h"

#include "io/prd-member-import.h"
#include "model/prd-category.h"
#include "prd-import-dialog.h"
#include "prd-import-status-cell.h"

struct _PrdImportDialog
{
  AdwWindow        parent_instance;

  PrdStore        *store;
  PrdMemberImport *import;
  GCancellable    *cancellable;
  GFile           *file;
  char            *message;
  const char      *busy_step;    /* "loading" or "running" while busy */
  gboolean         busy;

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *choose_button;
  GtkWidget       *import_button;
  GtkStack        *stack;
  GtkLabel        *progress_label;
  GtkProgressBar  *progress_bar;
  GtkLabel        *summary_label;
  GtkLabel        *error_label;
  GtkListBox      *mapping_box;
  GtkWidget       *answers_heading;
  GtkListBox      *answers_box;
  GListModel      *categories;    /* PrdCategory, for the answers' choices */
  GtkCheckButton  *skip_invalid_check;
  GtkDropDown     *duplicate_dropdown;
  GtkColumnView   *rows_view;
  AdwStatusPage   *done_status;
};

G_DEFINE_FINAL_TYPE (PrdImportDialog, prd_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void analyze (PrdImportDialog *self);

static void
set_message (PrdImportDialog *self,
             const char      *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
}

static void
show_error (PrdImportDialog *self,
            const char      *text)
{
  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), text != NULL && *text != '\0');
}

static void
on_fraction_cb (PrdImportDialog *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, prd_member_import_get_fraction (self->import));
}

static void
set_busy (PrdImportDialog *self,
          const char      *what)
{
  self->busy = what != NULL;
  self->busy_step = "loading";
  gtk_widget_set_sensitive (self->choose_button, !self->busy);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  if (what != NULL)
    {
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
      gtk_label_set_text (self->progress_label, what);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
}

/* The rows: one line each with its number, what will happen and why. */

static const char *
row_status (PrdImportRow *row)
{
  switch (prd_import_row_get_state (row))
    {
    case PRD_IMPORT_ROW_VALID:
      return prd_import_row_get_new_school (row) != NULL ? _("Ready, with a new school") : _("Ready");
    case PRD_IMPORT_ROW_INVALID:
      return _("Has problems");
    case PRD_IMPORT_ROW_DUPLICATE:
      switch (prd_import_row_get_action (row))
        {
        case PRD_IMPORT_DUPLICATE_MERGE:
          return _("Already in the registry: merge");
        case PRD_IMPORT_DUPLICATE_SKIP:
          return _("Already in the registry: skip");
        case PRD_IMPORT_DUPLICATE_ADD:
        default:
          return _("Already in the registry: add anyway");
        }
    default:
      return "";
    }
}

/* What to know about a row that will be written: a school that will be
 * added, a name taken as a school of the registry or kept as an agency. */
static char *
row_notes (PrdImportRow *row)
{
  GString *s = g_string_new (NULL);

  if (prd_import_row_get_new_school (row) != NULL)
    g_string_append_printf (s, _("%s will be added to the schools"), prd_import_row_get_new_school (row));
  for (guint i = 0; i < prd_import_row_get_n_notices (row); i++)
    g_string_append_printf (s, "%s%s", s->len > 0 ? "; " : "", prd_import_row_get_notice (row, i));
  return g_string_free (s, FALSE);
}

typedef enum { CELL_LINE, CELL_STATUS, CELL_NAME, CELL_PROBLEMS } CellKind;

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label;

  if (GPOINTER_TO_INT (user_data) == CELL_STATUS)
    {
      /* The status in words, or for a duplicate the choice of what to do. */
      gtk_list_item_set_child (item, prd_import_status_cell_new ());
      return;
    }
  label = gtk_inscription_new (NULL);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (GPOINTER_TO_INT (user_data) == CELL_PROBLEMS)
    {
      gtk_inscription_set_min_lines (GTK_INSCRIPTION (label), 2);
      gtk_inscription_set_nat_lines (GTK_INSCRIPTION (label), 2);
      gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (label), PANGO_WRAP_WORD_CHAR);
    }
  gtk_list_item_set_child (item, label);
}

static void
on_cell_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  if (GPOINTER_TO_INT (user_data) == CELL_STATUS)
    prd_import_status_cell_set_row (PRD_IMPORT_STATUS_CELL (gtk_list_item_get_child (item)), NULL, "");
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  PrdImportRow *row = gtk_list_item_get_item (item);
  GtkInscription *label;
  g_autofree char *text = NULL;

  if (GPOINTER_TO_INT (user_data) == CELL_STATUS)
    {
      prd_import_status_cell_set_row (PRD_IMPORT_STATUS_CELL (gtk_list_item_get_child (item)), row,
                                      row_status (row));
      return;
    }
  label = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  switch (GPOINTER_TO_INT (user_data))
    {
    case CELL_LINE:
      text = g_strdup_printf ("%u", prd_import_row_get_line (row));
      break;
    case CELL_NAME:
      text = g_strdup (prd_import_row_get_display_name (row));
      break;
    case CELL_PROBLEMS:
      if (prd_import_row_get_other_name (row) != NULL && prd_import_row_get_duplicate_line (row) > 0)
        text = g_strdup_printf (_("Same phone as %s on line %u, but another name: skip it or add "
                                  "it as a new member"),
                                prd_import_row_get_other_name (row), prd_import_row_get_duplicate_line (row));
      else if (prd_import_row_get_other_name (row) != NULL)
        text = g_strdup_printf (_("Same phone as %s in the registry, but another name: skip it "
                                  "or add it as a new member"),
                                prd_import_row_get_other_name (row));
      else if (prd_import_row_get_duplicate_line (row) > 0)
        text = g_strdup_printf (_("Same person as line %u"), prd_import_row_get_duplicate_line (row));
      else if (prd_import_row_get_duplicate_of (row) != NULL)
        text = g_strdup (_("Same phone, or same name and school, as a member in the registry"));
      else if (prd_import_row_get_state (row) == PRD_IMPORT_ROW_INVALID)
        text = g_strdup (prd_import_row_get_problems_text (row));
      else
        text = row_notes (row);
      break;
    case CELL_STATUS:
    default:
      g_assert_not_reached ();
    }
  gtk_inscription_set_text (label, text);
  /* Long reasons are cut in the cell: the whole text on hover. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text && *text ? text : NULL);
  if (prd_import_row_get_state (row) == PRD_IMPORT_ROW_INVALID)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

static void
add_column (PrdImportDialog *self,
            const char      *title,
            CellKind         kind,
            gboolean         expand,
            int              fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (kind));
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GINT_TO_POINTER (kind));
  g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), GINT_TO_POINTER (kind));
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (self->rows_view, column);
}

/* The header mapping */

static void
on_mapping_selected_cb (AdwComboRow     *row,
                        GParamSpec      *pspec,
                        PrdImportDialog *self)
{
  /* The rows are the file's columns in order. */
  guint column = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  PrdImportField field = (PrdImportField) adw_combo_row_get_selected (row);

  if (self->busy || field == prd_member_import_get_mapping (self->import, column))
    return;
  prd_member_import_set_mapping (self->import, column, field);
  analyze (self);
}

static void
fill_mapping (PrdImportDialog *self)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  GtkWidget *child;
  guint n = prd_member_import_get_n_columns (self->import);

  for (guint f = 0; f < PRD_IMPORT_N_FIELDS; f++)
    gtk_string_list_append (fields, f == PRD_IMPORT_FIELD_IGNORE ? _("Not imported")
                                                                 : prd_import_field_label ((PrdImportField) f));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_box))) != NULL)
    gtk_list_box_remove (self->mapping_box, child);

  for (guint c = 0; c < n; c++)
    {
      GtkWidget *row = adw_combo_row_new ();
      const char *header = prd_member_import_get_header (self->import, c);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), header && *header ? header : _("(no header)"));
      if (!prd_member_import_get_recognised (self->import, c))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not recognised: choose what it holds"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (fields));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), prd_member_import_get_mapping (self->import, c));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_mapping_selected_cb), self, 0);
      gtk_list_box_append (self->mapping_box, row);
    }
}

/* The network type's answers (ภายใน / ภายนอก …) and the category each brings */

static void
on_answer_category_selected_cb (AdwComboRow     *row,
                                GParamSpec      *pspec,
                                PrdImportDialog *self)
{
  /* The rows are the import's answers in order. */
  GPtrArray *answers = prd_member_import_get_answers (self->import);
  guint index = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  g_autoptr(PrdCategory) category = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);
  const char *answer;

  if (self->busy || index >= answers->len || selected >= g_list_model_get_n_items (self->categories))
    return;
  answer = ((const PrdImportAnswer *) g_ptr_array_index (answers, index))->answer;
  category = g_list_model_get_item (self->categories, selected);
  if (!prd_member_import_set_answer_category (self->import, answer,
                                              prd_record_get_id (PRD_RECORD (category)), &error))
    {
      show_error (self, error->message);
      return;
    }
  analyze (self);
}

static void
fill_answers (PrdImportDialog *self)
{
  GPtrArray *answers = prd_member_import_get_answers (self->import);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n_categories;
  GtkWidget *child;

  if (self->categories == NULL)
    self->categories = prd_category_list (self->store, NULL);
  n_categories = self->categories != NULL ? g_list_model_get_n_items (self->categories) : 0;
  for (guint i = 0; i < n_categories; i++)
    {
      g_autoptr(PrdCategory) c = g_list_model_get_item (self->categories, i);
      gtk_string_list_append (labels, prd_category_get_label (c));
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->answers_box))) != NULL)
    gtk_list_box_remove (self->answers_box, child);
  for (guint i = 0; n_categories > 0 && i < answers->len; i++)
    {
      const PrdImportAnswer *a = g_ptr_array_index (answers, i);
      GtkWidget *row = adw_combo_row_new ();
      g_autofree char *title = g_strdup_printf (_("“%s” (%'u rows)"), a->answer, a->rows);
      guint selected = GTK_INVALID_LIST_POSITION;

      for (guint c = 0; c < n_categories; c++)
        {
          g_autoptr(PrdCategory) category = g_list_model_get_item (self->categories, c);
          if (g_strcmp0 (prd_record_get_id (PRD_RECORD (category)), a->category_id) == 0)
            selected = c;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), a->internal ? _("Internal network")
                                                                     : _("External network"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
      /* A category column decides: nothing to choose here. */
      gtk_widget_set_sensitive (row, a->category_id != NULL);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_answer_category_selected_cb), self, 0);
      gtk_list_box_append (self->answers_box, row);
    }
  gtk_widget_set_visible (self->answers_heading, answers->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->answers_box), answers->len > 0);
}

/* The preview */

static void
update_import_button (PrdImportDialog *self)
{
  gboolean skip = gtk_check_button_get_active (self->skip_invalid_check);
  guint valid = prd_member_import_get_n_valid (self->import);
  guint invalid = prd_member_import_get_n_invalid (self->import);
  guint dups = prd_member_import_get_n_duplicates (self->import);

  /* All-or-nothing with refused rows would write nothing: say so instead
   * of letting the user press a button that can only fail. */
  gtk_widget_set_sensitive (self->import_button, !self->busy && (valid + dups) > 0 && (skip || invalid == 0));
  if (invalid > 0 && !skip)
    show_error (self, _("Some rows have problems. Fix them in the file and choose it again, "
                        "or choose to leave those rows out."));
  else
    show_error (self, NULL);
}

static void
show_preview (PrdImportDialog *self)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *summary = NULL;
  char delimiter = prd_member_import_get_delimiter (self->import);
  g_autofree char *delim_text = delimiter == '\t' ? g_strdup (_("tab")) : g_strdup_printf ("%c", delimiter);
  guint n = g_list_model_get_n_items (prd_member_import_get_rows (self->import));

  adw_window_title_set_subtitle (self->window_title, name);
  summary = g_strdup_printf (_("%'u rows read (%s, separated by “%s”): %'u ready, %'u with problems, "
                               "%'u already in the registry."),
                             n, prd_member_import_get_encoding_name (self->import), delim_text,
                             prd_member_import_get_n_valid (self->import),
                             prd_member_import_get_n_invalid (self->import),
                             prd_member_import_get_n_duplicates (self->import));
  gtk_label_set_text (self->summary_label, summary);
  set_message (self, summary);
  fill_answers (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_import_button (self);
}

static void
on_analyzed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PrdImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = prd_member_import_analyze_finish (self->import, result, &error);

  set_busy (self, NULL);
  show_preview (self);
  if (!ok)
    {
      show_error (self, error->message);
      gtk_widget_set_sensitive (self->import_button, FALSE);
    }
}

static void
analyze (PrdImportDialog *self)
{
  set_busy (self, _("Checking every row…"));
  prd_member_import_analyze_async (self->import, self->cancellable, on_analyzed_cb, g_object_ref (self));
}

static void
on_options_changed_cb (PrdImportDialog *self)
{
  if (self->import == NULL || self->busy)
    return;
  prd_member_import_set_mode (self->import, gtk_check_button_get_active (self->skip_invalid_check)
                                            ? PRD_IMPORT_MODE_SKIP_INVALID : PRD_IMPORT_MODE_ALL_OR_NOTHING);
  if (gtk_stack_get_visible_child_name (self->stack) != NULL &&
      g_str_equal (gtk_stack_get_visible_child_name (self->stack), "preview"))
    update_import_button (self);
}

/* The choice for every duplicate: it replaces the rows' own choices. */
static void
on_duplicate_choice_changed_cb (PrdImportDialog *self)
{
  if (self->import == NULL || self->busy)
    return;
  prd_member_import_set_duplicate_action (self->import,
                                          (PrdImportDuplicateAction) gtk_drop_down_get_selected (self->duplicate_dropdown));
  /* Row texts say what happens to each duplicate: redraw them. */
  {
    g_autoptr(GtkNoSelection) rows = gtk_no_selection_new (g_object_ref (prd_member_import_get_rows (self->import)));

    gtk_column_view_set_model (self->rows_view, NULL);
    gtk_column_view_set_model (self->rows_view, GTK_SELECTION_MODEL (rows));
  }
  on_options_changed_cb (self);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PrdImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  set_busy (self, NULL);
  if (!prd_member_import_load_finish (self->import, result, &error))
    {
      set_message (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, "choose");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The file cannot be imported"),
                                                      error->message);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      return;
    }
  fill_mapping (self);
  on_duplicate_choice_changed_cb (self);
  show_preview (self);
}

void
prd_import_dialog_load_file (PrdImportDialog *self,
                             GFile           *file)
{
  g_return_if_fail (PRD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy)
    return;
  g_set_object (&self->file, file);
  g_clear_object (&self->import);
  self->import = prd_member_import_new (self->store);
  g_signal_connect_object (self->import, "notify::fraction", G_CALLBACK (on_fraction_cb), self, G_CONNECT_SWAPPED);
  set_busy (self, _("Reading the file…"));
  prd_member_import_load_async (self->import, file, PRD_IMPORT_ENCODING_AUTO, self->cancellable,
                                on_loaded_cb, g_object_ref (self));
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   PrdImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      prd_import_dialog_load_file (self, file);
    }
  g_object_unref (chooser);
}

void
prd_import_dialog_choose_file (PrdImportDialog *self)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (PRD_IS_IMPORT_DIALOG (self));

  chooser = prd_csv_chooser_new (GTK_WINDOW (self), _("Choose the Survey File"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Running */

static void
on_run_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PrdImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  PrdImportCounts counts = { 0 };
  g_autofree char *text = NULL;

  set_busy (self, NULL);
  if (!prd_member_import_run_finish (self->import, result, &counts, &error))
    {
      show_preview (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Stopped. Nothing was imported."));
      else
        show_error (self, error->message);
      return;
    }

  text = g_strdup_printf (_("%'u added, %'u merged into existing members, %'u rows with problems "
                            "left out, %'u duplicates skipped."),
                          counts.added, counts.merged, counts.skipped_invalid, counts.skipped_duplicates);
  if (counts.schools_added > 0)
    {
      g_autofree char *with_schools = g_strdup_printf (_("%s %'u new schools added."), text, counts.schools_added);
      g_free (text);
      text = g_steal_pointer (&with_schools);
    }
  set_message (self, text);
  adw_status_page_set_description (self->done_status, text);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_set_sensitive (self->choose_button, FALSE);
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
}

void
prd_import_dialog_start (PrdImportDialog *self)
{
  g_return_if_fail (PRD_IS_IMPORT_DIALOG (self));

  if (self->import == NULL || self->busy)
    return;
  on_options_changed_cb (self);
  set_busy (self, _("Importing… Nothing is kept if you stop."));
  self->busy_step = "running";
  prd_member_import_run_async (self->import, self->cancellable, on_run_done_cb, g_object_ref (self));
}

void
prd_import_dialog_cancel (PrdImportDialog *self)
{
  g_return_if_fail (PRD_IS_IMPORT_DIALOG (self));
  g_cancellable_cancel (self->cancellable);
}

void
prd_import_dialog_set_skip_invalid (PrdImportDialog *self,
                                    gboolean         skip)
{
  g_return_if_fail (PRD_IS_IMPORT_DIALOG (self));
  gtk_check_button_set_active (self->skip_invalid_check, skip);
  on_options_changed_cb (self);
}

const char *
prd_import_dialog_get_step (PrdImportDialog *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_DIALOG (self), NULL);
  if (self->busy)
    return self->busy_step;
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
prd_import_dialog_get_error (PrdImportDialog *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : "";
}

const char *
prd_import_dialog_get_message (PrdImportDialog *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_DIALOG (self), NULL);
  return self->message;
}

/* GObject */

static gboolean
prd_import_dialog_close_request (GtkWindow *window)
{
  PrdImportDialog *self = PRD_IMPORT_DIALOG (window);

  /* Closing while it works stops the work; the importer rolls back. */
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (prd_import_dialog_parent_class)->close_request (window);
}

static void
prd_import_dialog_dispose (GObject *object)
{
  PrdImportDialog *self = PRD_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (prd_import_dialog_parent_class)->dispose (object);
}

static void
prd_import_dialog_finalize (GObject *object)
{
  PrdImportDialog *self = PRD_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->import);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->categories);
  g_free (self->message);
  G_OBJECT_CLASS (prd_import_dialog_parent_class)->finalize (object);
}

static void
prd_import_dialog_class_init (PrdImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_import_dialog_dispose;
  object_class->finalize = prd_import_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = prd_import_dialog_close_request;

  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/registry/prd-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, mapping_box);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, answers_heading);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, answers_box);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, skip_invalid_check);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, duplicate_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, rows_view);
  gtk_widget_class_bind_template_child (widget_class, PrdImportDialog, done_status);
  gtk_widget_class_bind_template_callback (widget_class, prd_import_dialog_choose_file);
  gtk_widget_class_bind_template_callback (widget_class, prd_import_dialog_start);
  gtk_widget_class_bind_template_callback (widget_class, prd_import_dialog_cancel);
  gtk_widget_class_bind_template_callback (widget_class, on_options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_duplicate_choice_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prd_import_dialog_init (PrdImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  add_column (self, _("Line"), CELL_LINE, FALSE, 60);
  add_column (self, _("What happens"), CELL_STATUS, FALSE, 230);
  add_column (self, _("Name"), CELL_NAME, FALSE, 180);
  add_column (self, _("Problems and notes"), CELL_PROBLEMS, TRUE, -1);
}

PrdImportDialog *
prd_import_dialog_new (PrdStore *store)
{
  PrdImportDialog *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self = g_object_new (PRD_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  return self;
}
