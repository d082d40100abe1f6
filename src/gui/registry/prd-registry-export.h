/* prd-registry-export.h — the registry page's Export and Print: a file
 * chooser, then registry-core's exporters on a worker thread, for exactly
 * the members the page's search and filters show. */
#pragma once

#include <adwaita.h>

#include "model/prd-member-query.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

/* FORMAT: "csv", "xlsx", "vcf" or "pdf". */
void     prd_registry_export            (GtkWidget       *parent,
                                         PrdStore        *store,
                                         PrdMemberQuery  *query,
                                         const char      *format,
                                         AdwToastOverlay *toasts);
void     prd_registry_print             (GtkWidget       *parent,
                                         PrdStore        *store,
                                         PrdMemberQuery  *query,
                                         AdwToastOverlay *toasts);

G_END_DECLS
