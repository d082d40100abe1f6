/* prd-committee-role-row.h — one committee role of a member in the member
 * editor: an expander row titled with the committee and its role in Thai;
 * inside, the committee, the role and whether the member is in the
 * network's group. */
#pragma once

#include "model/prd-member-links.h"
#include "prd-item-row.h"

G_BEGIN_DECLS

#define PRD_TYPE_COMMITTEE_ROLE_ROW (prd_committee_role_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdCommitteeRoleRow, prd_committee_role_row, PRD, COMMITTEE_ROLE_ROW, PrdItemRow)

/* Edits ROLE in place (not owned: it must outlive the row); COMMITTEES
 * (PrdCommittee) is what the picker offers. Signals (of PrdItemRow):
 * "changed", "remove-requested". */
PrdCommitteeRoleRow *prd_committee_role_row_new           (PrdCommitteeRole    *role,
                                                           GPtrArray           *committees);
PrdCommitteeRole    *prd_committee_role_row_get_role      (PrdCommitteeRoleRow *self);
void                 prd_committee_role_row_show_problems (PrdCommitteeRoleRow *self,
                                                           GPtrArray           *problems);
/* Picks ROLE ("secretary") in the row's list, as a click would. */
void                 prd_committee_role_row_set_role      (PrdCommitteeRoleRow *self,
                                                           const char          *role);
void                 prd_committee_role_row_set_in_network_group (PrdCommitteeRoleRow *self,
                                                                  gboolean             in_group);
void                 prd_committee_role_row_focus         (PrdCommitteeRoleRow *self);

G_END_DECLS
