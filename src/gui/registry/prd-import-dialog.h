/* prd-import-dialog.h — importing the network survey: choose a file, see
 * every row with its problems, fix the header mapping, decide about
 * duplicates and refused rows, watch the progress, cancel with nothing
 * half-written. Built on registry-core's PrdMemberImport. */
#pragma once

#include <adwaita.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_IMPORT_DIALOG (prd_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrdImportDialog, prd_import_dialog, PRD, IMPORT_DIALOG, AdwWindow)

/* Signal "imported" when rows were written. */
PrdImportDialog *prd_import_dialog_new          (PrdStore        *store);
void             prd_import_dialog_choose_file  (PrdImportDialog *self);
/* Loads FILE (what choosing it does); the preview shows when it is read. */
void             prd_import_dialog_load_file    (PrdImportDialog *self,
                                                 GFile           *file);
/* "choose", "loading", "preview", "running" or "done". */
const char      *prd_import_dialog_get_step     (PrdImportDialog *self);
/* The summary line the dialog shows now (rows read, or what was imported). */
const char      *prd_import_dialog_get_message  (PrdImportDialog *self);
/* Why the import cannot go on, "" when nothing is wrong. */
const char      *prd_import_dialog_get_error    (PrdImportDialog *self);
/* Presses Import with the mode and duplicate choice now set. */
void             prd_import_dialog_start        (PrdImportDialog *self);
void             prd_import_dialog_set_skip_invalid (PrdImportDialog *self,
                                                     gboolean         skip);
void             prd_import_dialog_cancel       (PrdImportDialog *self);

G_END_DECLS
