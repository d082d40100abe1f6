/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-doc-image.h — emblems and signatures, decoded once, drawn as vectors
 * (SVG through librsvg) or pixels (PNG). Private to core/docs. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PrdDocImage PrdDocImage;

/* Decodes DATA (SVG or PNG, told by MIME or by sniffing). The same bytes
 * give back the same image, so a batch of 500 certificates decodes the
 * emblem once and the PDF holds it once. */
PrdDocImage *prd_doc_image_get    (GBytes        *data,
                                   const char    *mime,
                                   GError       **error);
PrdDocImage *prd_doc_image_ref    (PrdDocImage   *image);
void         prd_doc_image_unref  (PrdDocImage   *image);
/* Width over height of the drawn (inked) part. */
double       prd_doc_image_aspect (PrdDocImage   *image);
/* Draws the image so that its inked part fills the box. */
void         prd_doc_image_draw   (PrdDocImage   *image,
                                   cairo_t       *cr,
                                   double         x,
                                   double         y,
                                   double         width,
                                   double         height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdDocImage, prd_doc_image_unref)

G_END_DECLS
