/* prd-member-chooser-row.h — one member in the member chooser: the name,
 * the position and place, and a check box that ticks the member. */
#pragma once

#include <adwaita.h>

#include "model/prd-member.h"

G_BEGIN_DECLS

#define PRD_TYPE_MEMBER_CHOOSER_ROW (prd_member_chooser_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberChooserRow, prd_member_chooser_row, PRD, MEMBER_CHOOSER_ROW, AdwActionRow)

/* Properties: member (PrdMember, construct-only), ticked (boolean, the
 * check box; notifies when the user ticks or unticks). */
GtkWidget *prd_member_chooser_row_new         (PrdMember           *member,
                                               gboolean             ticked);
PrdMember *prd_member_chooser_row_get_member  (PrdMemberChooserRow *self);
gboolean   prd_member_chooser_row_get_ticked  (PrdMemberChooserRow *self);
void       prd_member_chooser_row_set_ticked  (PrdMemberChooserRow *self,
                                               gboolean             ticked);

G_END_DECLS
