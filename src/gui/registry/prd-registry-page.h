/* prd-registry-page.h — the PR network registry: members in a column view
 * over the paging list model, search, filters, coverage, editor, import,
 * export and print. */
#pragma once

#include <adwaita.h>

#include "model/prd-member-list.h"
#include "model/prd-context.h"

G_BEGIN_DECLS

#define PRD_TYPE_REGISTRY_PAGE (prd_registry_page_get_type ())
G_DECLARE_FINAL_TYPE (PrdRegistryPage, prd_registry_page, PRD, REGISTRY_PAGE, AdwBin)

GtkWidget     *prd_registry_page_new          (PrdContext      *context);
PrdMemberList *prd_registry_page_get_list     (PrdRegistryPage *self);
GtkColumnView *prd_registry_page_get_view     (PrdRegistryPage *self);
GtkWidget     *prd_registry_page_get_search_entry (PrdRegistryPage *self);
/* "N of M members" as the page shows it. */
const char    *prd_registry_page_get_count_text (PrdRegistryPage *self);
/* Opens the editor on the member at POSITION of the list, or a new member
 * when POSITION is -1; returns the editor window. */
GtkWindow     *prd_registry_page_edit         (PrdRegistryPage *self,
                                               int              position);
/* Tombstones the member with ID and offers an undo toast. */
gboolean       prd_registry_page_delete_member (PrdRegistryPage *self,
                                                const char      *id,
                                                GError         **error);
/* Reads the store again: the list, the filters' choices (member categories
 * may have been renamed or removed in Preferences) and the coverage. */
void           prd_registry_page_reload       (PrdRegistryPage *self);
/* Brings back a member deleted from this page (what the toast's Undo does). */
gboolean       prd_registry_page_undo_delete  (PrdRegistryPage *self,
                                               GError         **error);

G_END_DECLS
