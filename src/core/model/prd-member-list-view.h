/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-list-view.h — a PrdMemberList as a view shows it: rows of
 * pages not built yet come as placeholders that fill in from a worker, so
 * a long jump while scrolling never reads SQLite on the main thread. */
#pragma once

#include <gio/gio.h>

#include "model/prd-member-list.h"

G_BEGIN_DECLS

#define PRD_TYPE_MEMBER_LIST_VIEW (prd_member_list_view_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberListView, prd_member_list_view, PRD, MEMBER_LIST_VIEW, GObject)

PrdMemberListView *prd_member_list_view_new      (PrdMemberList     *list);
PrdMemberList     *prd_member_list_view_get_list (PrdMemberListView *self);

G_END_DECLS
