/* prd-social-account-row.h — one social media account in the member
 * editor: an expander row titled with the platform and summing the account
 * up ("@kru_pim · 12,500 followers"); inside, the platform, the handle or
 * link, the counts and the date they were counted. */
#pragma once

#include "model/prd-member-links.h"
#include "prd-item-row.h"

G_BEGIN_DECLS

#define PRD_TYPE_SOCIAL_ACCOUNT_ROW (prd_social_account_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdSocialAccountRow, prd_social_account_row, PRD, SOCIAL_ACCOUNT_ROW, PrdItemRow)

/* Edits ACCOUNT in place (not owned: it must outlive the row). Signals (of
 * PrdItemRow): "changed" after each edit, "remove-requested" from its
 * remove button. */
PrdSocialAccountRow *prd_social_account_row_new           (PrdSocialAccount    *account);
PrdSocialAccount    *prd_social_account_row_get_account   (PrdSocialAccountRow *self);
/* Marks the entries PROBLEMS (PrdFieldProblem) name, clears the others. */
void                 prd_social_account_row_show_problems (PrdSocialAccountRow *self,
                                                           GPtrArray           *problems);
/* The entry of FIELD ("handle", "followers", "views", "counted_at"). */
GtkEditable         *prd_social_account_row_get_entry     (PrdSocialAccountRow *self,
                                                           const char          *field);
/* Picks PLATFORM in the row's list, as a click would. */
void                 prd_social_account_row_set_platform  (PrdSocialAccountRow *self,
                                                           const char          *platform);
/* Expands the row and puts the cursor in the handle entry. */
void                 prd_social_account_row_focus         (PrdSocialAccountRow *self);

G_END_DECLS
