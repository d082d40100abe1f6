/* prd-import-status-cell.h — the import preview's status cell: the row's
 * status in words, or for a duplicate of a registry member the choice of
 * what to do with it (merge, skip, add), which the cell writes into the
 * row it holds (property "row", a PrdImportRow). */
#pragma once

#include <gtk/gtk.h>

#include "io/prd-member-import.h"

G_BEGIN_DECLS

#define PRD_TYPE_IMPORT_STATUS_CELL (prd_import_status_cell_get_type ())
G_DECLARE_FINAL_TYPE (PrdImportStatusCell, prd_import_status_cell, PRD, IMPORT_STATUS_CELL, GtkBox)

GtkWidget    *prd_import_status_cell_new     (void);
/* Shows ROW (NULL: none) with STATUS, its status in words. */
void          prd_import_status_cell_set_row (PrdImportStatusCell *self,
                                              PrdImportRow        *row,
                                              const char          *status);
PrdImportRow *prd_import_status_cell_get_row (PrdImportStatusCell *self);

G_END_DECLS
