/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-registry-doc.h — the printed network registry (ทะเบียนเครือข่าย
 * การประชาสัมพันธ์): A4 landscape, grouped by district or category with
 * subtotals, the header row on every page, page numbers, the total, the
 * printed date in Thai. One drawing path for PDF, print and preview:
 * prd_registry_doc_render_page() on any cairo_t in points. Core, no GTK.
 *
 * A long registry is a table, which the flow engine (prd-doc.h) does not
 * repeat headers for; this draws its rows itself with the engine's font
 * choice (TH Sarabun, or Laksaman scaled 1/1.504) and the papers' Thai dates.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "model/prd-member-query.h"

G_BEGIN_DECLS

typedef enum {
  PRD_REGISTRY_GROUP_DISTRICT,
  PRD_REGISTRY_GROUP_CATEGORY,
  PRD_REGISTRY_GROUP_NONE,
} PrdRegistryGroup;

GType prd_registry_group_get_type (void) G_GNUC_CONST;
#define PRD_TYPE_REGISTRY_GROUP (prd_registry_group_get_type ())

#define PRD_TYPE_REGISTRY_DOC (prd_registry_doc_get_type ())
G_DECLARE_FINAL_TYPE (PrdRegistryDoc, prd_registry_doc, PRD, REGISTRY_DOC, GObject)

/* Reads the members QUERY shows (its search and filters; sorted within each
 * group as the query says) and lays out the pages. */
PrdRegistryDoc *prd_registry_doc_new            (PrdStore         *store,
                                                 PrdMemberQuery   *query,
                                                 PrdRegistryGroup  group,
                                                 GCancellable     *cancellable,
                                                 GError          **error);
guint           prd_registry_doc_get_n_pages    (PrdRegistryDoc   *self);
guint           prd_registry_doc_get_n_members  (PrdRegistryDoc   *self);
void            prd_registry_doc_get_page_size  (PrdRegistryDoc   *self,
                                                 double           *width,
                                                 double           *height);
/* Draws page PAGE (0-based); CR's units are points, origin top-left. */
void            prd_registry_doc_render_page    (PrdRegistryDoc   *self,
                                                 cairo_t          *cr,
                                                 guint             page);
gboolean        prd_registry_doc_write_pdf      (PrdRegistryDoc   *self,
                                                 const char       *path,
                                                 GCancellable     *cancellable,
                                                 GError          **error);

G_END_DECLS
