/* prd-item-row.h — what the member editor's list rows (a social account, a
 * committee role) share: an expander row with a remove button and a warning
 * icon among its actions, and the signals the editor listens to. The rows
 * that derive from it add their own entries inside. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PRD_TYPE_ITEM_ROW (prd_item_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (PrdItemRow, prd_item_row, PRD, ITEM_ROW, AdwExpanderRow)

struct _PrdItemRowClass
{
  AdwExpanderRowClass parent_class;
};

/* Signals: "changed" after each edit, "remove-requested" from the remove
 * button. Property "remove-tooltip": what the remove button says it does
 * (a derived row's template sets it). */

/* For the derived rows: tells the listeners an edit was made. */
void prd_item_row_emit_changed      (PrdItemRow *self);
/* Shows or hides the warning icon, so a folded row still shows that
 * something inside is wrong. */
void prd_item_row_set_problem_shown (PrdItemRow *self,
                                     gboolean    shown);

G_END_DECLS
