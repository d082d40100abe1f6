/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-registry-lists.h — the registry's editable lists: member categories
 * (member_category) and committees (committee).
 *
 * Every write goes through prd_store_put / prd_store_tombstone in one
 * transaction, so the change journal and sync see it like any other edit.
 * Nothing is ever deleted: removing an item leaves a tombstone, and is
 * refused while live members still use it. Core, no GTK.
 */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_REGISTRY_LIST_ERROR (prd_registry_list_error_quark ())
typedef enum {
  PRD_REGISTRY_LIST_ERROR_EMPTY,       /* no name given */
  PRD_REGISTRY_LIST_ERROR_DUPLICATE,   /* another live item has that name */
  PRD_REGISTRY_LIST_ERROR_IN_USE,      /* members still use the item */
  PRD_REGISTRY_LIST_ERROR_NOT_FOUND,
} PrdRegistryListError;
GQuark prd_registry_list_error_quark (void);

typedef enum {
  PRD_REGISTRY_LIST_CATEGORIES,   /* member_category: label, internal, sort_order */
  PRD_REGISTRY_LIST_COMMITTEES,   /* committee: name, in Thai order */
} PrdRegistryList;

typedef struct {
  char     *id;
  char     *label;      /* a category's label, a committee's name */
  gboolean  internal;   /* categories: the office's own network (schools, staff) */
  guint     uses;       /* live members in the category, or live members'
                           live roles in the committee */
} PrdRegistryListItem;

void prd_registry_list_item_free (PrdRegistryListItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdRegistryListItem, prd_registry_list_item_free)

/* The live items of LIST as PrdRegistryListItem, categories in their order,
 * committees in Thai order. */
GPtrArray *prd_registry_list_load         (PrdStore         *store,
                                           PrdRegistryList   list,
                                           GError          **error);

/* Adds an item named LABEL (trimmed) at the end of LIST and returns its id.
 * Refused if LABEL is empty or another live item has the same name ignoring
 * case and spaces (the importer matches names that way). A removed item of
 * the same name comes back under its old id, so the other PCs see one item,
 * not two. INTERNAL is ignored for committees. */
char      *prd_registry_list_add          (PrdStore         *store,
                                           PrdRegistryList   list,
                                           const char       *label,
                                           gboolean          internal,
                                           GError          **error);
gboolean   prd_registry_list_rename       (PrdStore         *store,
                                           PrdRegistryList   list,
                                           const char       *id,
                                           const char       *label,
                                           GError          **error);
/* Categories only. */
gboolean   prd_registry_list_set_internal (PrdStore         *store,
                                           const char       *id,
                                           gboolean          internal,
                                           GError          **error);
/* Categories only: moves ID one place up (DELTA -1) or down (+1) and
 * renumbers the list 1, 2, 3… in one transaction. At an end it does nothing. */
gboolean   prd_registry_list_move         (PrdStore         *store,
                                           const char       *id,
                                           int               delta,
                                           GError          **error);
/* Leaves a tombstone; refused, with the number of members, while live
 * members use the item. */
gboolean   prd_registry_list_remove       (PrdStore         *store,
                                           PrdRegistryList   list,
                                           const char       *id,
                                           GError          **error);

/* Undoes a remove: the tombstone of ID becomes a live item again (a new
 * revision, like any edit). Refused if another live item took its name. */
gboolean   prd_registry_list_restore      (PrdStore         *store,
                                           PrdRegistryList   list,
                                           const char       *id,
                                           GError          **error);

/* The name folded as duplicates are found: no spaces, lower case. */
char      *prd_registry_list_fold         (const char       *label);

G_END_DECLS
