/* prd-template-editor.c — edits the wording every approval memo is made
 * from (seed 004's by default). */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "model/prd-memo.h"
#include "prd-template-editor.h"

struct _PrdTemplateEditor
{
  AdwWindow        parent_instance;

  PrdStore        *store;

  /* Template children */
  AdwToastOverlay *toasts;
  AdwEntryRow     *subject_row;
  AdwEntryRow     *salutation_row;
  AdwEntryRow     *closing_row;
  GtkTextView     *body_view;
};

G_DEFINE_FINAL_TYPE (PrdTemplateEditor, prd_template_editor, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PrdTemplateEditor *self = PRD_TEMPLATE_EDITOR (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  PrdMemoTemplate tmpl;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  tmpl.subject = (char *) gtk_editable_get_text (GTK_EDITABLE (self->subject_row));
  tmpl.salutation = (char *) gtk_editable_get_text (GTK_EDITABLE (self->salutation_row));
  tmpl.closing = (char *) gtk_editable_get_text (GTK_EDITABLE (self->closing_row));
  tmpl.body = body;
  if (!prd_memo_template_save (self->store, &tmpl, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
prd_template_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRD_TYPE_TEMPLATE_EDITOR);
  g_clear_object (&PRD_TEMPLATE_EDITOR (object)->store);
  G_OBJECT_CLASS (prd_template_editor_parent_class)->dispose (object);
}

static void
prd_template_editor_class_init (PrdTemplateEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = prd_template_editor_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/papers/prd-template-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdTemplateEditor, toasts);
  gtk_widget_class_bind_template_child (widget_class, PrdTemplateEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, PrdTemplateEditor, salutation_row);
  gtk_widget_class_bind_template_child (widget_class, PrdTemplateEditor, closing_row);
  gtk_widget_class_bind_template_child (widget_class, PrdTemplateEditor, body_view);
  gtk_widget_class_install_action (widget_class, "template.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prd_template_editor_init (PrdTemplateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PrdTemplateEditor *
prd_template_editor_new (PrdStore   *store,
                         GtkWindow  *parent,
                         GError    **error)
{
  g_autoptr(PrdMemoTemplate) tmpl = prd_memo_template_load (store, error);
  PrdTemplateEditor *self;

  if (tmpl == NULL)
    return NULL;
  self = g_object_new (PRD_TYPE_TEMPLATE_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), tmpl->subject);
  gtk_editable_set_text (GTK_EDITABLE (self->salutation_row), tmpl->salutation);
  gtk_editable_set_text (GTK_EDITABLE (self->closing_row), tmpl->closing);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), tmpl->body, -1);
  return self;
}
