/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-pdpa.h — a person's rights under Thailand's PDPA
 * (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562): see everything held about them,
 * and have it erased. Both are written to the audit log (pdpa_audit), which
 * is never changed or deleted. Core, no GTK.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

/* Everything held about member ID: the record, school, category, social
 * accounts, committee roles, its change history and the audit entries.
 * Logs an "export" entry by ACTOR. */
JsonObject *prd_member_pdpa_export      (PrdStore    *store,
                                         const char  *id,
                                         const char  *actor,
                                         GError     **error);
/* The same written as JSON to PATH (under a temporary name, then renamed). */
gboolean    prd_member_pdpa_export_file (PrdStore    *store,
                                         const char  *id,
                                         const char  *path,
                                         const char  *actor,
                                         GError     **error);
/* Scrubs every personal field of member ID and of its social accounts, ends
 * its committee roles, and leaves tombstones so sync erases it on the other
 * PCs too. One transaction with the audit entry. */
gboolean    prd_member_pdpa_erase       (PrdStore    *store,
                                         const char  *id,
                                         const char  *actor,
                                         GError     **error);

G_END_DECLS
