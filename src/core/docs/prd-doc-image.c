/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-doc-image.c — decoding emblems and signatures for the papers. */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>
#include <librsvg/rsvg.h>

#include "prd-doc.h"
#include "prd-doc-image.h"

struct _PrdDocImage
{
  gatomicrefcount  ref;
  cairo_surface_t *surface;   /* a recording surface (SVG) or an image (PNG) */
  double           x, y;      /* inked box inside SURFACE */
  double           width, height;
};

/* Decoded images by their bytes; a handful at most (emblem, a few signatures). */
static GMutex cache_lock;
static GHashTable *cache;

PrdDocImage *
prd_doc_image_ref (PrdDocImage *image)
{
  g_atomic_ref_count_inc (&image->ref);
  return image;
}

void
prd_doc_image_unref (PrdDocImage *image)
{
  if (image != NULL && g_atomic_ref_count_dec (&image->ref))
    {
      cairo_surface_destroy (image->surface);
      g_free (image);
    }
}

static gboolean
looks_like_svg (GBytes     *data,
                const char *mime)
{
  gsize len;
  const char *p = g_bytes_get_data (data, &len);

  if (mime != NULL && strstr (mime, "svg") != NULL)
    return TRUE;
  if (mime != NULL && strstr (mime, "png") != NULL)
    return FALSE;
  return len > 5 && (g_strstr_len (p, MIN (len, 512), "<svg") != NULL ||
                     g_strstr_len (p, MIN (len, 512), "<?xml") != NULL);
}

static PrdDocImage *
decode_svg (GBytes  *data,
            GError **error)
{
  g_autoptr(GObject) handle_obj = NULL;
  RsvgHandle *handle;
  g_autoptr(GError) local = NULL;
  RsvgRectangle ink, logical, viewport;
  gdouble w = 0, h = 0;
  PrdDocImage *image;
  cairo_t *cr;

  handle = rsvg_handle_new_from_data (g_bytes_get_data (data, NULL), g_bytes_get_size (data), &local);
  handle_obj = (GObject *) handle;
  if (handle == NULL)
    {
      g_set_error (error, PRD_DOC_ERROR, PRD_DOC_ERROR_IMAGE,
                   _("The emblem or signature picture (SVG) cannot be read: %s"), local->message);
      return NULL;
    }
  rsvg_handle_set_dpi (handle, 72.0);
  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &w, &h) || w <= 0 || h <= 0)
    w = h = 300;
  viewport = (RsvgRectangle) { 0, 0, w, h };
  /* The inked part, so that "1.5 cm high" means the drawing, not its canvas. */
  if (!rsvg_handle_get_geometry_for_layer (handle, NULL, &viewport, &ink, &logical, NULL) ||
      ink.width <= 0 || ink.height <= 0)
    ink = viewport;

  image = g_new0 (PrdDocImage, 1);
  g_atomic_ref_count_init (&image->ref);
  image->surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (image->surface);
  if (!rsvg_handle_render_document (handle, cr, &viewport, &local))
    {
      cairo_destroy (cr);
      prd_doc_image_unref (image);
      g_set_error (error, PRD_DOC_ERROR, PRD_DOC_ERROR_IMAGE,
                   _("The emblem or signature picture (SVG) cannot be drawn: %s"), local->message);
      return NULL;
    }
  cairo_destroy (cr);
  image->x = ink.x;
  image->y = ink.y;
  image->width = ink.width;
  image->height = ink.height;
  return image;
}

typedef struct {
  const guchar *data;
  gsize         len;
  gsize         pos;
} PngReader;

static cairo_status_t
png_read (void          *closure,
          unsigned char *out,
          unsigned int   length)
{
  PngReader *r = closure;

  if (r->pos + length > r->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, r->data + r->pos, length);
  r->pos += length;
  return CAIRO_STATUS_SUCCESS;
}

static PrdDocImage *
decode_png (GBytes  *data,
            GError **error)
{
  PngReader reader = { g_bytes_get_data (data, &reader.len), 0, 0 };
  cairo_surface_t *surface;
  PrdDocImage *image;

  reader.data = g_bytes_get_data (data, &reader.len);
  surface = cairo_image_surface_create_from_png_stream (png_read, &reader);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, PRD_DOC_ERROR, PRD_DOC_ERROR_IMAGE,
                   _("The emblem or signature picture is neither SVG nor PNG; save it as PNG or SVG and choose it again."));
      return NULL;
    }
  image = g_new0 (PrdDocImage, 1);
  g_atomic_ref_count_init (&image->ref);
  image->surface = surface;
  image->width = cairo_image_surface_get_width (surface);
  image->height = cairo_image_surface_get_height (surface);
  return image;
}

PrdDocImage *
prd_doc_image_get (GBytes      *data,
                   const char  *mime,
                   GError     **error)
{
  PrdDocImage *image;

  g_return_val_if_fail (data != NULL, NULL);

  g_mutex_lock (&cache_lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref,
                                   (GDestroyNotify) prd_doc_image_unref);
  image = g_hash_table_lookup (cache, data);
  if (image != NULL)
    {
      prd_doc_image_ref (image);
      g_mutex_unlock (&cache_lock);
      return image;
    }
  g_mutex_unlock (&cache_lock);

  image = looks_like_svg (data, mime) ? decode_svg (data, error) : decode_png (data, error);
  if (image == NULL)
    return NULL;

  g_mutex_lock (&cache_lock);
  if (g_hash_table_size (cache) > 16)
    g_hash_table_remove_all (cache);
  g_hash_table_replace (cache, g_bytes_ref (data), prd_doc_image_ref (image));
  g_mutex_unlock (&cache_lock);
  return image;
}

double
prd_doc_image_aspect (PrdDocImage *image)
{
  return image->height > 0 ? image->width / image->height : 1.0;
}

void
prd_doc_image_draw (PrdDocImage *image,
                    cairo_t     *cr,
                    double       x,
                    double       y,
                    double       width,
                    double       height)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, width / image->width, height / image->height);
  cairo_set_source_surface (cr, image->surface, -image->x, -image->y);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}
