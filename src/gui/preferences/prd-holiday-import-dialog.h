/* prd-holiday-import-dialog.h — the preview of a holiday calendar (.ics)
 * before it is imported: one row per event with a check, public holidays
 * checked and observances not; Import writes the checked ones. */
#pragma once

#include <adwaita.h>

#include "io/prd-holidays-ics.h"

G_BEGIN_DECLS

#define PRD_TYPE_HOLIDAY_IMPORT_DIALOG (prd_holiday_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrdHolidayImportDialog, prd_holiday_import_dialog, PRD, HOLIDAY_IMPORT_DIALOG, AdwWindow)

/* EVENTS: the PrdHolidayEvents read from the file called FILE_NAME. */
PrdHolidayImportDialog *prd_holiday_import_dialog_new        (PrdStore    *store,
                                                              GListModel  *events,
                                                              const char  *file_name);
GListModel             *prd_holiday_import_dialog_get_events (PrdHolidayImportDialog *self);
/* Writes the checked events, as the Import button does; on success emits
 * "imported" and closes. */
gboolean                prd_holiday_import_dialog_import     (PrdHolidayImportDialog  *self,
                                                              GError                 **error);
/* What the last import wrote. */
const PrdHolidaysIcsResult *prd_holiday_import_dialog_get_result (PrdHolidayImportDialog *self);

G_END_DECLS
