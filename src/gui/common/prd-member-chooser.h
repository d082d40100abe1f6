/* prd-member-chooser.h — a searchable list of the registry's members with
 * check boxes; emits "chosen" with the ids ticked. */
#pragma once

#include <adwaita.h>

#include "model/prd-member.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_MEMBER_CHOOSER (prd_member_chooser_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberChooser, prd_member_chooser, PRD, MEMBER_CHOOSER, AdwWindow)

PrdMemberChooser *prd_member_chooser_new    (PrdStore         *store,
                                             GtkWindow        *parent);
void              prd_member_chooser_search (PrdMemberChooser *self,
                                             const char       *text);
/* Ticks the member at ROW of the current list; for tests. */
void              prd_member_chooser_tick   (PrdMemberChooser *self,
                                             guint             row);
guint             prd_member_chooser_get_n_shown (PrdMemberChooser *self);
/* The member shown at ROW of the current list, or NULL; for tests. */
PrdMember        *prd_member_chooser_get_member  (PrdMemberChooser *self,
                                                  guint             row);

G_END_DECLS
