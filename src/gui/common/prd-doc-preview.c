/* prd-doc-preview.c — a live preview of a paper: the PDF the export would
 * write, read back and drawn by poppler, so what is seen is what prints. */
#define G_LOG_DOMAIN "prd-gui"

#include <poppler.h>

#include "prd-doc-preview.h"

#define GAP 12

struct _PrdDocPreview
{
  GtkWidget        parent_instance;
  PopplerDocument *pdf;
};

G_DEFINE_FINAL_TYPE (PrdDocPreview, prd_doc_preview, GTK_TYPE_WIDGET)

static double
page_scale (PrdDocPreview *self,
            int            width,
            double        *page_w,
            double        *page_h)
{
  PopplerPage *page = poppler_document_get_page (self->pdf, 0);

  poppler_page_get_size (page, page_w, page_h);
  g_object_unref (page);
  return MAX (1, width - 2 * GAP) / *page_w;
}

static void
prd_doc_preview_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PrdDocPreview *self = PRD_DOC_PREVIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 620;
      return;
    }
  if (self->pdf == NULL)
    {
      *minimum = *natural = 200;
      return;
    }
  {
    double pw, ph, scale = page_scale (self, for_size > 0 ? for_size : 620, &pw, &ph);
    int n = poppler_document_get_n_pages (self->pdf);

    *minimum = *natural = (int) (n * (ph * scale + GAP) + GAP);
  }
}

static void
prd_doc_preview_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PrdDocPreview *self = PRD_DOC_PREVIEW (widget);
  int width = gtk_widget_get_width (widget);
  double pw, ph, scale, y = GAP;
  cairo_t *cr;

  if (self->pdf == NULL)
    return;
  scale = page_scale (self, width, &pw, &ph);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, gtk_widget_get_height (widget)));
  for (int i = 0; i < poppler_document_get_n_pages (self->pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (self->pdf, i);

      poppler_page_get_size (page, &pw, &ph);
      cairo_save (cr);
      cairo_translate (cr, GAP, y);
      /* Paper with a soft edge, then the page. */
      cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
      cairo_rectangle (cr, 1, 2, pw * scale, ph * scale);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, 0, 0, pw * scale, ph * scale);
      cairo_fill (cr);
      cairo_scale (cr, scale, scale);
      poppler_page_render (page, cr);
      cairo_restore (cr);
      y += ph * scale + GAP;
      g_object_unref (page);
    }
  cairo_destroy (cr);
}

static void
prd_doc_preview_dispose (GObject *object)
{
  g_clear_object (&PRD_DOC_PREVIEW (object)->pdf);
  G_OBJECT_CLASS (prd_doc_preview_parent_class)->dispose (object);
}

static GtkSizeRequestMode
prd_doc_preview_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
prd_doc_preview_class_init (PrdDocPreviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = prd_doc_preview_dispose;
  widget_class->measure = prd_doc_preview_measure;
  widget_class->snapshot = prd_doc_preview_snapshot;
  widget_class->get_request_mode = prd_doc_preview_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "prd-doc-preview");
}

static void
prd_doc_preview_init (PrdDocPreview *self)
{
}

GtkWidget *
prd_doc_preview_new (void)
{
  return g_object_new (PRD_TYPE_DOC_PREVIEW, NULL);
}

gboolean
prd_doc_preview_set_pdf (PrdDocPreview  *self,
                         GBytes         *pdf,
                         GError        **error)
{
  PopplerDocument *doc = NULL;

  g_return_val_if_fail (PRD_IS_DOC_PREVIEW (self), FALSE);

  if (pdf != NULL && (doc = poppler_document_new_from_bytes (pdf, NULL, error)) == NULL)
    return FALSE;
  g_clear_object (&self->pdf);
  self->pdf = doc;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return TRUE;
}

int
prd_doc_preview_get_n_pages (PrdDocPreview *self)
{
  return self->pdf ? poppler_document_get_n_pages (self->pdf) : 0;
}

char *
prd_doc_preview_dup_text (PrdDocPreview *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (PRD_IS_DOC_PREVIEW (self), NULL);

  for (int i = 0; self->pdf != NULL && i < poppler_document_get_n_pages (self->pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (self->pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  return g_string_free (text, FALSE);
}
