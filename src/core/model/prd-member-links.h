/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-links.h — a member's social accounts and committee roles as
 * the member editor edits them, checked row by row, and saved together with
 * the member in one transaction (new rows put, changed rows updated, removed
 * rows tombstoned). Core, no GTK.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

/* One social account as typed: every value is the text of its entry, so a
 * half-typed number or date is kept and reported, never lost. */
typedef struct {
  char *id;           /* NULL until saved */
  char *platform;     /* a key of prd_member_platforms () */
  char *address;      /* handle or profile link; loaded as the link when there is one */
  char *followers;    /* "" when not counted */
  char *views;
  char *counted_at;   /* ISO when it parses, else as typed */
} PrdSocialAccount;

typedef struct {
  char     *id;
  char     *committee_id;
  char     *role;      /* chair, vice_chair, member, secretary, assistant_secretary */
  gboolean  in_network_group;
} PrdCommitteeRole;

/* Both lists of one member; the arrays own their items. */
typedef struct {
  GPtrArray *accounts;  /* of PrdSocialAccount */
  GPtrArray *roles;     /* of PrdCommitteeRole */
} PrdMemberLinks;

/* A committee the picker offers. */
typedef struct {
  char *id;
  char *name;
} PrdCommittee;

PrdSocialAccount *prd_social_account_new   (const char       *platform);
PrdSocialAccount *prd_social_account_copy  (PrdSocialAccount *account);
void              prd_social_account_free  (PrdSocialAccount *account);
gboolean          prd_social_account_equal (PrdSocialAccount *a,
                                            PrdSocialAccount *b);

PrdCommitteeRole *prd_committee_role_new   (const char       *committee_id);
PrdCommitteeRole *prd_committee_role_copy  (PrdCommitteeRole *role);
void              prd_committee_role_free  (PrdCommitteeRole *role);
gboolean          prd_committee_role_equal (PrdCommitteeRole *a,
                                            PrdCommitteeRole *b);

void              prd_committee_free       (PrdCommittee     *committee);

PrdMemberLinks   *prd_member_links_new     (void);
/* The live (not deleted) accounts and roles of MEMBER_ID, oldest first. */
PrdMemberLinks   *prd_member_links_load    (PrdStore         *store,
                                            const char       *member_id,
                                            GError          **error);
PrdMemberLinks   *prd_member_links_copy    (PrdMemberLinks   *links);
void              prd_member_links_free    (PrdMemberLinks   *links);
/* TRUE when both hold the same rows with the same values, in order. */
gboolean          prd_member_links_equal   (PrdMemberLinks   *a,
                                            PrdMemberLinks   *b);

/* The committees a role may name, by name; INCLUDE_IDS (may be NULL) are
 * listed even when deleted, so a member's old role still shows. */
GPtrArray        *prd_member_links_list_committees (PrdStore         *store,
                                                    GPtrArray        *include_ids);

/* The role codes, NULL-terminated, in the order of a committee's list. */
const char *const *prd_committee_roles          (void);
/* "ประธาน", "กรรมการและเลขานุการ" … (translated). */
const char       *prd_committee_role_label      (const char       *role);
/* The label of a field of an account or role row ("followers" → "ผู้ติดตาม"). */
const char       *prd_member_links_field_label  (const char       *field);

/* The problems of one row (PrdFieldProblem, FIELD a column of
 * social_account or committee_role: "platform", "handle", "followers",
 * "views", "counted_at", "committee_id", "role"); empty when it can be
 * saved. RECORD (may be NULL) gets the row's columns, tidied, when there
 * are no problems. */
GPtrArray        *prd_social_account_check      (PrdSocialAccount *account,
                                                 JsonObject       *record);
GPtrArray        *prd_committee_role_check      (PrdCommitteeRole *role,
                                                 PrdStore         *store,
                                                 JsonObject       *record);
/* Names row INDEX (from 0) of a list for a problem: "บัญชีที่ 2 (TikTok)". */
char             *prd_social_account_describe   (PrdSocialAccount *account,
                                                 guint             index);
char             *prd_committee_role_describe   (PrdCommitteeRole *role,
                                                 guint             index);

/* Every problem of LINKS, one text each naming its row and field; empty
 * when all rows can be saved. Also refuses the same account or the same
 * committee listed twice. */
GPtrArray        *prd_member_links_check        (PrdMemberLinks   *links,
                                                 PrdStore         *store);

/* Saves MEMBER (a member record, as prd_member_save takes it; its "id" is
 * set for a new member) and LINKS in one transaction: rows without an id are
 * added, rows that differ from ORIGINAL (what was loaded; NULL for a new
 * member) are updated, rows of ORIGINAL missing from LINKS are tombstoned.
 * On any problem nothing is written and the error names the row and field. */
gboolean          prd_member_links_save         (PrdStore         *store,
                                                 JsonObject       *member,
                                                 PrdMemberLinks   *original,
                                                 PrdMemberLinks   *links,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdSocialAccount, prd_social_account_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdCommitteeRole, prd_committee_role_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdMemberLinks, prd_member_links_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdCommittee, prd_committee_free)

G_END_DECLS
