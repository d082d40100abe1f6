/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-lookup.h — the small member lists the registry's windows show
 * beside the big list: the years members joined (the filter), the members
 * of one school (the editor), the first matches of a search (the chooser
 * of an order's people). Core, no GTK. */
#pragma once

#include <gio/gio.h>

#include "model/prd-member.h"
#include "model/prd-member-query.h"

G_BEGIN_DECLS

/* The years (Common Era, e.g. 2024) in which live members joined, newest
 * first, once each; members without a joined date are not counted. */
GArray     *prd_member_list_joined_years (PrdStore        *store,
                                          GError         **error);

/* Up to LIMIT live members of school SCHOOL_ID other than EXCEPT_ID (NULL:
 * none left out), as PrdMember in Thai order of given name and surname. */
GListModel *prd_member_list_at_school    (PrdStore        *store,
                                          const char      *school_id,
                                          const char      *except_id,
                                          guint            limit,
                                          GError         **error);

/* The first LIMIT members QUERY shows, in its order, as PrdMember: the
 * same search (the registry's FTS index) and filters as the registry. */
GListModel *prd_member_find              (PrdStore        *store,
                                          PrdMemberQuery  *query,
                                          guint            limit,
                                          GError         **error);

G_END_DECLS
