/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-form.h — the checking behind the member editor, without GTK.
 *
 * The editor binds its entries to MEMBER's properties; the form watches
 * them and checks the member (the validator every write uses, then the
 * duplicate query) once typing pauses for "delay" milliseconds, not on
 * every keystroke. "problems" is a GListModel of PrdMemberProblem; "valid",
 * "duplicate-id" and "duplicate-name" say the rest; "checked" is emitted
 * after each check. prd_member_form_check_now () checks at once (before a
 * save, or when someone asks for the problems). Main thread. Core, no GTK.
 */
#pragma once

#include <gio/gio.h>

#include "model/prd-member.h"
#include "model/prd-member-validator.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_MEMBER_FORM_DELAY 150   /* ms after the last change */

#define PRD_TYPE_MEMBER_FORM (prd_member_form_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberForm, prd_member_form, PRD, MEMBER_FORM, GObject)

/* Checks MEMBER at once; from then on after each change. */
PrdMemberForm      *prd_member_form_new             (PrdStore      *store,
                                                     PrdMember     *member);
/* Another member to watch (the one a save stored): checked at once. */
void                prd_member_form_set_member      (PrdMemberForm *self,
                                                     PrdMember     *member);
PrdMember          *prd_member_form_get_member      (PrdMemberForm *self);
void                prd_member_form_set_delay       (PrdMemberForm *self,
                                                     guint          delay_ms);
guint               prd_member_form_get_delay       (PrdMemberForm *self);
/* A change the member's properties do not show (an account, a role):
 * check when typing pauses. */
void                prd_member_form_queue_check     (PrdMemberForm *self);
/* Checks now if a check waits; TRUE when one ran. */
gboolean            prd_member_form_flush           (PrdMemberForm *self);
void                prd_member_form_check_now       (PrdMemberForm *self);
/* A check waits for typing to pause. */
gboolean            prd_member_form_get_pending     (PrdMemberForm *self);

GListModel         *prd_member_form_get_problems    (PrdMemberForm *self);
/* The message for member column FIELD ("phone"), or NULL. */
const char         *prd_member_form_get_problem     (PrdMemberForm *self,
                                                     const char    *field);
gboolean            prd_member_form_get_valid       (PrdMemberForm *self);
/* Another member with the same phone or the same name at the same place,
 * looked for only when the member is valid: a warning, not a refusal. */
const char         *prd_member_form_get_duplicate_id   (PrdMemberForm *self);
const char         *prd_member_form_get_duplicate_name (PrdMemberForm *self);
/* How many checks ran (a pause after many keystrokes is one). */
guint               prd_member_form_get_n_checks    (PrdMemberForm *self);
/* The categories and schools the form checks against. */
PrdMemberValidator *prd_member_form_get_validator   (PrdMemberForm *self);

G_END_DECLS
