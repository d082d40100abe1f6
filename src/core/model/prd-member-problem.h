/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-problem.h — one thing wrong with a member as the form holds it:
 * the field (a member column, "given_name", "phone", …), its Thai label and
 * what to do about it. The items of PrdMemberForm's problems. Core, no GTK. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PRD_TYPE_MEMBER_PROBLEM (prd_member_problem_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberProblem, prd_member_problem, PRD, MEMBER_PROBLEM, GObject)

/* Properties (read-only, construct): field, label, message (strings). */
PrdMemberProblem *prd_member_problem_new         (const char       *field,
                                                  const char       *message);
const char       *prd_member_problem_get_field   (PrdMemberProblem *self);
const char       *prd_member_problem_get_label   (PrdMemberProblem *self);
const char       *prd_member_problem_get_message (PrdMemberProblem *self);

G_END_DECLS
