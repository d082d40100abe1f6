/* prd-school-import-dialog.h — importing the office's school list: choose a
 * CSV file (GtkFileChooserNative), see every line (new, to update, as listed,
 * or its problem), then import all of it in one transaction. */
#pragma once

#include <adwaita.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_SCHOOL_IMPORT_DIALOG (prd_school_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrdSchoolImportDialog, prd_school_import_dialog, PRD, SCHOOL_IMPORT_DIALOG, AdwWindow)

PrdSchoolImportDialog *prd_school_import_dialog_new         (PrdStore              *store);
void        prd_school_import_dialog_choose_file             (PrdSchoolImportDialog *self);
/* Reads and checks FILE (a school list is a few hundred lines: at once).
 * FALSE, with the message shown in the dialog, when it cannot be read. */
gboolean    prd_school_import_dialog_load_file               (PrdSchoolImportDialog *self,
                                                              GFile                 *file,
                                                              GError               **error);
/* The summary line the dialog shows. */
const char *prd_school_import_dialog_get_summary             (PrdSchoolImportDialog *self);
/* Writes the list, as the Import button does; on success emits "imported"
 * and closes. Refused while any line has problems. */
gboolean    prd_school_import_dialog_import                  (PrdSchoolImportDialog *self,
                                                              GError               **error);

G_END_DECLS
