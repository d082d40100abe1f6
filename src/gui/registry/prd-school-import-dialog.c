/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school-import-dialog.c — the preview of a school list import. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-csv-chooser.h"

#include "io/prd-school-import.h"
#include "prd-school-import-dialog.h"

struct _PrdSchoolImportDialog
{
  AdwWindow        parent_instance;

  PrdStore        *store;
  PrdSchoolImport *import;
  char            *summary;

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkLabel        *summary_label;
  GtkLabel        *error_label;
  GtkListBox      *line_list;
};

G_DEFINE_FINAL_TYPE (PrdSchoolImportDialog, prd_school_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
line_state_text (const PrdSchoolLine *l)
{
  switch (l->state)
    {
    case PRD_SCHOOL_LINE_NEW:       return _("New school");
    case PRD_SCHOOL_LINE_UPDATE:    return _("In the registry: will be updated");
    case PRD_SCHOOL_LINE_UNCHANGED: return _("In the registry as listed");
    case PRD_SCHOOL_LINE_INVALID:
    default:                        return l->reason;
    }
}

/* One row per line: the school and what happens to it. */
static GtkWidget *
new_line_row (const PrdSchoolLine *l)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf (_("Line %u: %s"), l->line,
                                            l->name != NULL && *l->name != '\0' ? l->name : _("(no name)"));
  g_autofree char *place = NULL;
  g_autofree char *subtitle = NULL;

  place = g_strdup_printf ("%s %s %s", l->code != NULL ? l->code : "",
                           l->subdistrict != NULL ? l->subdistrict : "",
                           l->district != NULL ? l->district : "");
  subtitle = g_strdup_printf ("%s — %s", g_strstrip (place), line_state_text (l));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (l->state == PRD_SCHOOL_LINE_INVALID)
    gtk_widget_add_css_class (row, "error");
  return row;
}

static void
show_lines (PrdSchoolImportDialog *self)
{
  GPtrArray *lines = prd_school_import_get_lines (self->import);
  guint invalid = prd_school_import_count (self->import, PRD_SCHOOL_LINE_INVALID);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->line_list))) != NULL)
    gtk_list_box_remove (self->line_list, child);
  /* Problems first: they are what the user must act on. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < lines->len; i++)
      {
        const PrdSchoolLine *l = g_ptr_array_index (lines, i);

        if ((l->state == PRD_SCHOOL_LINE_INVALID) == (pass == 0))
          gtk_list_box_append (self->line_list, new_line_row (l));
      }

  g_free (self->summary);
  self->summary = g_strdup_printf (_("%u schools: %u new, %u to update, %u already as listed, "
                                     "%u with problems."),
                                   lines->len, prd_school_import_count (self->import, PRD_SCHOOL_LINE_NEW),
                                   prd_school_import_count (self->import, PRD_SCHOOL_LINE_UPDATE),
                                   prd_school_import_count (self->import, PRD_SCHOOL_LINE_UNCHANGED),
                                   invalid);
  gtk_label_set_label (self->summary_label, self->summary);
  gtk_label_set_label (self->error_label,
                       invalid > 0 ? _("Nothing is imported while a line has problems: correct them "
                                       "in the file and choose it again.") : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), invalid > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.import", invalid == 0 && lines->len > 0);
}

static void
show_message (PrdSchoolImportDialog *self,
              const char            *heading,
              const char            *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
prd_school_import_dialog_load_file (PrdSchoolImportDialog  *self,
                                    GFile                  *file,
                                    GError                **error)
{
  g_autoptr(PrdSchoolImport) imp = NULL;
  g_autofree char *name = NULL;
  GError *local = NULL;

  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  imp = prd_school_import_new (self->store);
  if (!prd_school_import_load_file (imp, file, NULL, &local))
    {
      show_message (self, _("The school list cannot be imported"), local->message);
      g_propagate_error (error, local);
      return FALSE;
    }
  g_set_object (&self->import, imp);
  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  show_lines (self);
  return TRUE;
}

static void
on_file_chosen_cb (GtkNativeDialog       *chooser,
                   int                    response,
                   PrdSchoolImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      prd_school_import_dialog_load_file (self, file, NULL);
    }
  g_object_unref (chooser);
}

void
prd_school_import_dialog_choose_file (PrdSchoolImportDialog *self)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (PRD_IS_SCHOOL_IMPORT_DIALOG (self));

  chooser = prd_csv_chooser_new (GTK_WINDOW (self), _("Choose the School List"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

const char *
prd_school_import_dialog_get_summary (PrdSchoolImportDialog *self)
{
  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT_DIALOG (self), NULL);
  return self->summary;
}

gboolean
prd_school_import_dialog_import (PrdSchoolImportDialog  *self,
                                 GError                **error)
{
  PrdSchoolImportCounts counts;

  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->import != NULL, FALSE);

  if (!prd_school_import_run (self->import, &counts, error))
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
choose_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  prd_school_import_dialog_choose_file (PRD_SCHOOL_IMPORT_DIALOG (widget));
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PrdSchoolImportDialog *self = PRD_SCHOOL_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!prd_school_import_dialog_import (self, &error))
    show_message (self, _("The schools were not imported"), error->message);
}

static void
prd_school_import_dialog_dispose (GObject *object)
{
  PrdSchoolImportDialog *self = PRD_SCHOOL_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_SCHOOL_IMPORT_DIALOG);
  g_clear_object (&self->import);
  g_clear_object (&self->store);
  g_clear_pointer (&self->summary, g_free);
  G_OBJECT_CLASS (prd_school_import_dialog_parent_class)->dispose (object);
}

static void
prd_school_import_dialog_class_init (PrdSchoolImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_school_import_dialog_dispose;

  /* Emitted after the list was written. */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prdesk/PrDesk/registry/prd-school-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdSchoolImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PrdSchoolImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PrdSchoolImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PrdSchoolImportDialog, line_list);
  gtk_widget_class_install_action (widget_class, "schools.choose", NULL, choose_action_cb);
  gtk_widget_class_install_action (widget_class, "schools.import", NULL, import_action_cb);
}

static void
prd_school_import_dialog_init (PrdSchoolImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.import", FALSE);
}

PrdSchoolImportDialog *
prd_school_import_dialog_new (PrdStore *store)
{
  PrdSchoolImportDialog *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  self = g_object_new (PRD_TYPE_SCHOOL_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  return self;
}
