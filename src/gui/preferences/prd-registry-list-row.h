/* prd-registry-list-row.h — one item of the registry's editable lists (a
 * member category or a committee): its name in an entry row, and for a
 * category the internal-network switch and the move buttons.
 *
 * The row holds its item (list, id, the name saved, …) as properties and
 * says what the user asked for with signals; the page does the writing. */
#pragma once

#include <adwaita.h>

#include "model/prd-registry-lists.h"

G_BEGIN_DECLS

#define PRD_TYPE_REGISTRY_LIST_ROW (prd_registry_list_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdRegistryListRow, prd_registry_list_row, PRD, REGISTRY_LIST_ROW, AdwEntryRow)

/* Signals: "move-requested" (int delta: -1 up, +1 down), "remove-requested",
 * "internal-changed" (gboolean active), besides AdwEntryRow's "apply". */

/* A row for ITEM of LIST; FIRST and LAST turn off the move up / down. */
GtkWidget      *prd_registry_list_row_new             (PrdRegistryList            list,
                                                       const PrdRegistryListItem *item,
                                                       gboolean                   first,
                                                       gboolean                   last);
PrdRegistryList prd_registry_list_row_get_list        (PrdRegistryListRow        *self);
const char     *prd_registry_list_row_get_item_id     (PrdRegistryListRow        *self);
/* The name as saved (property "saved-label"); the entry may differ. */
const char     *prd_registry_list_row_get_saved_label (PrdRegistryListRow        *self);
void            prd_registry_list_row_set_saved_label (PrdRegistryListRow        *self,
                                                       const char                *label);
/* The text typed, trimmed (free it). */
char           *prd_registry_list_row_dup_text        (PrdRegistryListRow        *self);
/* The text typed differs from the name saved. */
gboolean        prd_registry_list_row_is_pending      (PrdRegistryListRow        *self);
/* Puts the switch back to ACTIVE without emitting "internal-changed". */
void            prd_registry_list_row_reset_internal  (PrdRegistryListRow        *self,
                                                       gboolean                   active);
/* Focuses the move button of DELTA's direction (the other one at an end). */
void            prd_registry_list_row_focus_move      (PrdRegistryListRow        *self,
                                                       int                        delta);

G_END_DECLS
