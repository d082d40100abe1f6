/* prd-paper-editor-common.c — the parts the memo and order editors share,
 * so that both redraw, print, export and check their rows the same way. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-paper.h"
#include "thai/prd-thai.h"
#include "prd-doc-output.h"
#include "prd-paper-editor-common.h"
#include "model/prd-record.h"

/* The live preview */

void
prd_paper_live_init (PrdPaperLive     *live,
                     PrdDocPreview    *preview,
                     AdwToastOverlay  *toasts,
                     guint             delay_ms,
                     PrdPaperBuildFunc build,
                     gpointer          owner)
{
  live->preview = preview;
  live->toasts = toasts;
  live->delay_ms = delay_ms;
  live->build = build;
  live->owner = owner;
  live->source = 0;
  live->doc = NULL;
}

void
prd_paper_live_clear (PrdPaperLive *live)
{
  g_clear_handle_id (&live->source, g_source_remove);
  g_clear_object (&live->doc);
}

void
prd_paper_live_update (PrdPaperLive *live)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;

  g_clear_handle_id (&live->source, g_source_remove);
  g_clear_object (&live->doc);
  live->doc = live->build (live->owner, &error);
  if (live->doc != NULL)
    pdf = prd_doc_to_pdf_bytes (live->doc, &error);
  if (pdf == NULL || !prd_doc_preview_set_pdf (live->preview, pdf, &error))
    adw_toast_overlay_add_toast (live->toasts, adw_toast_new (error->message));
}

static gboolean
update_cb (gpointer user_data)
{
  PrdPaperLive *live = user_data;

  live->source = 0;
  prd_paper_live_update (live);
  return G_SOURCE_REMOVE;
}

void
prd_paper_live_queue (PrdPaperLive *live)
{
  g_clear_handle_id (&live->source, g_source_remove);
  live->source = g_timeout_add (live->delay_ms, update_cb, live);
}

void
prd_paper_live_print (PrdPaperLive *live,
                      GtkWindow    *parent)
{
  g_autoptr(GError) error = NULL;

  prd_paper_live_update (live);
  if (live->doc != NULL && !prd_doc_output_print (live->doc, parent, &error))
    adw_toast_overlay_add_toast (live->toasts, adw_toast_new (error->message));
}

static void
on_exported_cb (GError   *error,
                gpointer  user_data)
{
  AdwToastOverlay *toasts = user_data;

  adw_toast_overlay_add_toast (toasts, adw_toast_new (error ? error->message : _("PDF saved")));
}

void
prd_paper_live_export (PrdPaperLive *live,
                       GtkWindow    *parent,
                       const char   *suggested)
{
  prd_paper_live_update (live);
  if (live->doc != NULL)
    prd_doc_output_export_pdf (live->doc, parent, suggested, on_exported_cb, live->toasts);
}

/* Rows */

void
prd_paper_entry_set_text (AdwEntryRow *row,
                          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

gboolean
prd_paper_entry_get_date (AdwEntryRow *row,
                          char         iso[16])
{
  GDate date;

  g_date_clear (&date, 1);
  if (!prd_thai_date_parse (gtk_editable_get_text (GTK_EDITABLE (row)), &date, NULL))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  g_date_strftime (iso, 16, "%Y-%m-%d", &date);
  return TRUE;
}

gboolean
prd_paper_entry_get_number (AdwEntryRow *row,
                            int         *number)
{
  g_autofree char *arabic = prd_thai_digits_to_arabic (gtk_editable_get_text (GTK_EDITABLE (row)));
  guint64 n = 0;

  if (*arabic != '\0' && !g_ascii_string_to_unsigned (arabic, 10, 1, 99999, &n, NULL))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  *number = (int) n;
  return TRUE;
}

void
prd_paper_fill_combo (AdwComboRow  *row,
                      GPtrArray    *ids,
                      const char   *none_label,
                      GListModel   *records,
                      const char *(*label) (gpointer record),
                      const char   *current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = records != NULL ? g_list_model_get_n_items (records) : 0;
  guint selected = 0;

  if (none_label != NULL)
    {
      g_ptr_array_add (ids, NULL);
      gtk_string_list_append (labels, none_label);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdRecord) record = g_list_model_get_item (records, i);
      const char *id = prd_record_get_id (record);

      if (g_strcmp0 (id, current) == 0)
        selected = ids->len;
      g_ptr_array_add (ids, g_strdup (id));
      gtk_string_list_append (labels, label (record));
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
}
