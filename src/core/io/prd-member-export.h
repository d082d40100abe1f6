/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-export.h — the registry out of the program: CSV for Excel,
 * XLSX, vCard for phones, and the printed registry as PDF.
 *
 * What is exported is what the query shows (search, filters, sort). Files are
 * written under a temporary name and renamed, so an error or a cancel never
 * leaves half a file under the name the user chose. Core, no GTK.
 */
#pragma once

#include <gio/gio.h>

#include "docs/prd-registry-doc.h"
#include "model/prd-member-query.h"

G_BEGIN_DECLS

#define PRD_MEMBER_EXPORT_ERROR (prd_member_export_error_quark ())
typedef enum {
  PRD_MEMBER_EXPORT_ERROR_WRITE,
  PRD_MEMBER_EXPORT_ERROR_FORMAT,
} PrdMemberExportError;
GQuark prd_member_export_error_quark (void);

typedef enum {
  PRD_MEMBER_EXPORT_CSV,      /* UTF-8 with BOM, Thai Excel opens it right */
  PRD_MEMBER_EXPORT_XLSX,     /* Thai headers, widths, frozen header row */
  PRD_MEMBER_EXPORT_VCARD,    /* vCard 3.0, one card per member */
  PRD_MEMBER_EXPORT_PDF,      /* the printed registry */
} PrdMemberExportFormat;

GType prd_member_export_format_get_type (void) G_GNUC_CONST;
#define PRD_TYPE_MEMBER_EXPORT_FORMAT (prd_member_export_format_get_type ())

/* "csv", "xlsx", "vcf" (or "vcard"), "pdf". */
gboolean    prd_member_export_format_from_name (const char            *name,
                                                PrdMemberExportFormat *format);
const char *prd_member_export_format_extension (PrdMemberExportFormat  format);

typedef struct {
  gboolean         sheet_per_category;   /* XLSX: one sheet per category */
  PrdRegistryGroup group;                /* PDF: grouped with subtotals */
} PrdMemberExportOptions;

/* Writes the members QUERY shows to PATH; N_MEMBERS gets how many. */
gboolean prd_member_export        (PrdStore                     *store,
                                   PrdMemberQuery               *query,
                                   PrdMemberExportFormat         format,
                                   const char                   *path,
                                   const PrdMemberExportOptions *options,
                                   GCancellable                 *cancellable,
                                   guint                        *n_members,
                                   GError                      **error);
/* The same on a worker thread with its own connection and a copy of QUERY. */
void     prd_member_export_async  (PrdStore                     *store,
                                   PrdMemberQuery               *query,
                                   PrdMemberExportFormat         format,
                                   const char                   *path,
                                   const PrdMemberExportOptions *options,
                                   GCancellable                 *cancellable,
                                   GAsyncReadyCallback           callback,
                                   gpointer                      user_data);
gboolean prd_member_export_finish (GAsyncResult                 *result,
                                   guint                        *n_members,
                                   GError                      **error);

/* The CSV text itself (for tests and the clipboard). */
char    *prd_member_export_csv_text (PrdStore        *store,
                                     PrdMemberQuery  *query,
                                     guint           *n_members,
                                     GError         **error);

G_END_DECLS
