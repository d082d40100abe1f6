/* prd-registry-lists-page.h — the Preferences page that edits the
 * registry's lists: member categories and committees. */
#pragma once

#include <adwaita.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_REGISTRY_LISTS_PAGE (prd_registry_lists_page_get_type ())
G_DECLARE_FINAL_TYPE (PrdRegistryListsPage, prd_registry_lists_page, PRD, REGISTRY_LISTS_PAGE, AdwPreferencesPage)

PrdRegistryListsPage *prd_registry_lists_page_new           (PrdStore              *store);
/* Saves what is typed but not applied yet (a changed name, a new item):
 * the window calls this on close so that nothing typed is lost. */
gboolean              prd_registry_lists_page_apply_pending (PrdRegistryListsPage  *self,
                                                             GError               **error);
/* Whether any list was changed since the page was made. */
gboolean              prd_registry_lists_page_get_changed   (PrdRegistryListsPage  *self);

G_END_DECLS
