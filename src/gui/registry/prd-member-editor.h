/* prd-member-editor.h — the form for one network member: checks as you type,
 * guards unsaved changes, saves the member with its social accounts and
 * committee roles through the registry's validation in one go, lists the
 * other members of the same school. */
#pragma once

#include <adwaita.h>

#include "model/prd-member.h"
#include "model/prd-member-links.h"
#include "prd-committee-role-row.h"
#include "prd-social-account-row.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_MEMBER_EDITOR (prd_member_editor_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberEditor, prd_member_editor, PRD, MEMBER_EDITOR, AdwWindow)

/* ID NULL: a new member. Signals: "saved" (id), "delete-requested" (id). */
PrdMemberEditor *prd_member_editor_new          (PrdStore        *store,
                                                 const char      *id);
/* The member as the form holds it now (bound both ways to the entries). */
PrdMember       *prd_member_editor_get_member   (PrdMemberEditor *self);
gboolean         prd_member_editor_get_modified (PrdMemberEditor *self);
/* The problems the form shows now, "" when it can be saved. */
const char      *prd_member_editor_get_problems (PrdMemberEditor *self);
gboolean         prd_member_editor_save         (PrdMemberEditor *self,
                                                 GError         **error);
/* Picks the school with ID in the form's school list. */
void             prd_member_editor_set_school   (PrdMemberEditor *self,
                                                 const char      *school_id);
/* Rows listed under "Members of the Same School". */
guint            prd_member_editor_get_n_school_members (PrdMemberEditor *self);
/* The social accounts and committee roles as the form holds them now (the
 * rows edit these items; "editor.add-account" and "editor.add-role" add
 * one), and the row showing item INDEX of each list. */
PrdMemberLinks  *prd_member_editor_get_links       (PrdMemberEditor *self);
PrdSocialAccountRow *prd_member_editor_get_account_row (PrdMemberEditor *self,
                                                       guint            index);
PrdCommitteeRoleRow *prd_member_editor_get_role_row    (PrdMemberEditor *self,
                                                       guint            index);

G_END_DECLS
