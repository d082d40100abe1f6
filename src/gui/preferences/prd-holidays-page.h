/* prd-holidays-page.h — the Preferences page of the office's holidays: the
 * list, and the import of an .ics calendar through its preview. */
#pragma once

#include <adwaita.h>

#include "model/prd-context.h"
#include "prd-holiday-import-dialog.h"

G_BEGIN_DECLS

#define PRD_TYPE_HOLIDAYS_PAGE (prd_holidays_page_get_type ())
G_DECLARE_FINAL_TYPE (PrdHolidaysPage, prd_holidays_page, PRD, HOLIDAYS_PAGE, AdwPreferencesPage)

GtkWidget              *prd_holidays_page_new           (PrdContext      *context);
/* Reads PATH and opens its preview over the page's window (what the Import
 * button does after the file chooser); NULL with a message shown when the
 * file cannot be read. */
PrdHolidayImportDialog *prd_holidays_page_open_preview  (PrdHolidaysPage *self,
                                                         GFile           *file);
/* The holidays listed (PrdHoliday). */
GListModel             *prd_holidays_page_get_holidays  (PrdHolidaysPage *self);

G_END_DECLS
