/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-decision.h — PrdDecision: one decision on a paper, never changed.
 *
 * A typed record of the decision table (prd-record.h): the group director's
 * review or the director's order on a memo (later a news item), with the
 * signer as signed and the capacity they signed in. Rows are never updated
 * (the table's trigger refuses it): a correction is a new decision, and the
 * latest decision of a step is the one that counts (prd-memo-state.h). */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_DECISION_REVIEW    "review"     /* the group director's review */
#define PRD_DECISION_ORDER     "order"      /* the director's order (คำสั่ง) */

#define PRD_DECISION_ALLOW     "allow"      /* อนุญาต */
#define PRD_DECISION_REFUSE    "refuse"     /* ไม่อนุญาต */
#define PRD_DECISION_RETURN    "return"     /* ส่งคืนให้แก้ไข */

#define PRD_DECISION_SELF      "self"       /* ตนเอง */
#define PRD_DECISION_ON_BEHALF "on_behalf"  /* ปฏิบัติราชการแทน */
#define PRD_DECISION_ACTING    "acting"     /* รักษาราชการแทน */

#define PRD_TYPE_DECISION (prd_decision_get_type ())
G_DECLARE_FINAL_TYPE (PrdDecision, prd_decision, PRD, DECISION, PrdRecord)

PrdDecision *prd_decision_new (void);
/* "memo" (later "news_item"): the table of what is decided on */
const char *prd_decision_get_subject_table (PrdDecision *self);
void        prd_decision_set_subject_table (PrdDecision *self, const char *value);
const char *prd_decision_get_subject_id (PrdDecision *self);
void        prd_decision_set_subject_id (PrdDecision *self, const char *value);
/* PRD_DECISION_REVIEW or PRD_DECISION_ORDER */
const char *prd_decision_get_step (PrdDecision *self);
void        prd_decision_set_step (PrdDecision *self, const char *value);
/* PRD_DECISION_ALLOW, _REFUSE or _RETURN */
const char *prd_decision_get_outcome (PrdDecision *self);
void        prd_decision_set_outcome (PrdDecision *self, const char *value);
const char *prd_decision_get_reason (PrdDecision *self);
void        prd_decision_set_reason (PrdDecision *self, const char *value);
const char *prd_decision_get_signer_id (PrdDecision *self);
void        prd_decision_set_signer_id (PrdDecision *self, const char *value);
/* The signer's name and position as signed */
const char *prd_decision_get_signer_name (PrdDecision *self);
void        prd_decision_set_signer_name (PrdDecision *self, const char *value);
const char *prd_decision_get_signer_position (PrdDecision *self);
void        prd_decision_set_signer_position (PrdDecision *self, const char *value);
/* PRD_DECISION_SELF, _ON_BEHALF or _ACTING */
const char *prd_decision_get_capacity (PrdDecision *self);
void        prd_decision_set_capacity (PrdDecision *self, const char *value);
/* YYYY-MM-DD as signed ("" only for a decision moved from an undated memo) */
const char *prd_decision_get_decided_at (PrdDecision *self);
void        prd_decision_set_decided_at (PrdDecision *self, const char *value);
/* Who typed it in on this PC */
const char *prd_decision_get_recorded_by (PrdDecision *self);
void        prd_decision_set_recorded_by (PrdDecision *self, const char *value);

/* Checks DECISION against the store and the memo's other decisions and
 * appends it as a new row, in one transaction (PRD_MODEL_ERROR_INVALID for
 * a wrong field, _NOT_FOUND for a missing memo or signer, _REFUSED for a
 * decision out of turn). Fills signer name and position from the signer
 * when they are empty, decided-at with today and recorded-by with this
 * PC's user when empty. */
gboolean     prd_decision_record       (PrdDecision  *decision,
                                        PrdStore     *store,
                                        GError      **error);
/* The decisions on SUBJECT_ID of SUBJECT_TABLE in the order they were
 * recorded (the last of a step is the one that counts). */
GListModel  *prd_decision_list_for     (PrdStore     *store,
                                        const char   *subject_table,
                                        const char   *subject_id,
                                        GError      **error);

/* Labels in Thai for the screens: "อนุญาต", "ปฏิบัติราชการแทน", … */
const char  *prd_decision_outcome_label  (const char *outcome);
const char  *prd_decision_capacity_label (const char *capacity);
const char  *prd_decision_step_label     (const char *step);

G_END_DECLS
