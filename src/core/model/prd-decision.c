/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-decision.c — PrdDecision: one decision on a paper, never changed. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>

#include <glib/gi18n.h>

#include "prd-decision.h"
#include "prd-memo.h"
#include "prd-memo-state.h"
#include "prd-model-error.h"
#include "prd-record-private.h"
#include "prd-signer.h"

struct _PrdDecision
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdDecision, prd_decision, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SUBJECT_TABLE,
  PROP_SUBJECT_ID,
  PROP_STEP,
  PROP_OUTCOME,
  PROP_REASON,
  PROP_SIGNER_ID,
  PROP_SIGNER_NAME,
  PROP_SIGNER_POSITION,
  PROP_CAPACITY,
  PROP_DECIDED_AT,
  PROP_RECORDED_BY,
  N_PROPS
};


static GParamSpec *props[N_PROPS];

static void
prd_decision_class_init (PrdDecisionClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  /* No validate: decisions are written by prd_decision_record() only,
   * which checks them against the memo's other decisions. */
  record_class->table = "decision";

  props[PROP_SUBJECT_TABLE] =
    g_param_spec_string ("subject-table", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SUBJECT_ID] =
    g_param_spec_string ("subject-id", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_STEP] =
    g_param_spec_string ("step", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SIGNER_ID] =
    g_param_spec_string ("signer-id", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_SIGNER_NAME] =
    g_param_spec_string ("signer-name", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SIGNER_POSITION] =
    g_param_spec_string ("signer-position", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_CAPACITY] =
    g_param_spec_string ("capacity", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_DECIDED_AT] =
    g_param_spec_string ("decided-at", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_RECORDED_BY] =
    g_param_spec_string ("recorded-by", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_decision_init (PrdDecision *self)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SUBJECT_TABLE], "memo");
  prd_record_set_text (PRD_RECORD (self), props[PROP_CAPACITY], PRD_DECISION_SELF);
}

PrdDecision *
prd_decision_new (void)
{
  return g_object_new (PRD_TYPE_DECISION, NULL);
}

const char *
prd_decision_get_subject_table (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SUBJECT_TABLE]);
}

void
prd_decision_set_subject_table (PrdDecision *self,
                               const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SUBJECT_TABLE], value);
}

const char *
prd_decision_get_subject_id (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SUBJECT_ID]);
}

void
prd_decision_set_subject_id (PrdDecision *self,
                            const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SUBJECT_ID], value);
}

const char *
prd_decision_get_step (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_STEP]);
}

void
prd_decision_set_step (PrdDecision *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_STEP], value);
}

const char *
prd_decision_get_outcome (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_OUTCOME]);
}

void
prd_decision_set_outcome (PrdDecision *self,
                         const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_OUTCOME], value);
}

const char *
prd_decision_get_reason (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_REASON]);
}

void
prd_decision_set_reason (PrdDecision *self,
                        const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_REASON], value);
}

const char *
prd_decision_get_signer_id (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SIGNER_ID]);
}

void
prd_decision_set_signer_id (PrdDecision *self,
                           const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SIGNER_ID], value);
}

const char *
prd_decision_get_signer_name (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SIGNER_NAME]);
}

void
prd_decision_set_signer_name (PrdDecision *self,
                             const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SIGNER_NAME], value);
}

const char *
prd_decision_get_signer_position (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SIGNER_POSITION]);
}

void
prd_decision_set_signer_position (PrdDecision *self,
                                 const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SIGNER_POSITION], value);
}

const char *
prd_decision_get_capacity (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_CAPACITY]);
}

void
prd_decision_set_capacity (PrdDecision *self,
                          const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_CAPACITY], value);
}

const char *
prd_decision_get_decided_at (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_DECIDED_AT]);
}

void
prd_decision_set_decided_at (PrdDecision *self,
                            const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_DECIDED_AT], value);
}

const char *
prd_decision_get_recorded_by (PrdDecision *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_RECORDED_BY]);
}

void
prd_decision_set_recorded_by (PrdDecision *self,
                             const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_RECORDED_BY], value);
}


GListModel *
prd_decision_list_for (PrdStore    *store,
                       const char  *subject_table,
                       const char  *subject_id,
                       GError     **error)
{
  g_autofree char *clause = NULL;

  g_return_val_if_fail (g_strcmp0 (subject_table, "memo") == 0 ||
                        g_strcmp0 (subject_table, "news_item") == 0, NULL);
  g_return_val_if_fail (subject_id != NULL, NULL);

  /* A review and an order moved from one memo share their time: the
   * review came first. */
  clause = g_strdup_printf ("WHERE subject_table = '%s' AND subject_id = ?1 "
                            "ORDER BY created_at, step = 'order', id", subject_table);
  return prd_record_list (store, PRD_TYPE_DECISION, clause, subject_id, error);
}

static gboolean
is_one_of (const char *value,
           const char *a,
           const char *b,
           const char *c)
{
  return g_strcmp0 (value, a) == 0 || g_strcmp0 (value, b) == 0 || g_strcmp0 (value, c) == 0;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID, message);
  return FALSE;
}

/* The fields on their own. */
static gboolean
check_fields (PrdDecision  *self,
              GError      **error)
{
  const char *outcome = prd_decision_get_outcome (self);
  const char *date = prd_decision_get_decided_at (self);
  g_autofree char *reason = g_strstrip (g_strdup (prd_decision_get_reason (self)));
  int y, m, d;

  if (!g_str_equal (prd_decision_get_subject_table (self), "memo"))
    return invalid (error, _("Decisions can be recorded on memos only."));
  if (!is_one_of (prd_decision_get_step (self), PRD_DECISION_REVIEW, PRD_DECISION_ORDER, NULL))
    return invalid (error, _("Choose whose decision it is: the group director's review or the director's order."));
  if (!is_one_of (outcome, PRD_DECISION_ALLOW, PRD_DECISION_REFUSE, PRD_DECISION_RETURN))
    return invalid (error, _("Choose the decision: allow, do not allow or return for correction."));
  if (!is_one_of (prd_decision_get_capacity (self), PRD_DECISION_SELF, PRD_DECISION_ON_BEHALF, PRD_DECISION_ACTING))
    return invalid (error, _("Choose the capacity the signer signed in."));
  if (!g_str_equal (outcome, PRD_DECISION_ALLOW) && *reason == '\0')
    return invalid (error, g_str_equal (outcome, PRD_DECISION_REFUSE)
                           ? _("The decision does not allow publishing: write the reason.")
                           : _("The memo is returned for correction: write what to correct."));
  if (*prd_decision_get_signer_id (self) == '\0')
    return invalid (error, _("Choose who signed the decision."));
  if (*date != '\0' &&
      (strlen (date) != 10 || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y)))
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The date of the decision \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), date);
      return FALSE;
    }
  return TRUE;
}

/* The signer must be one of the office's, and of the right kind. */
static gboolean
check_signer (PrdDecision  *self,
              PrdStore     *store,
              GError      **error)
{
  g_autoptr(PrdSigner) signer = NULL;
  g_autoptr(GError) local = NULL;
  const char *role;

  signer = prd_record_load (store, PRD_TYPE_SIGNER, prd_decision_get_signer_id (self), &local);
  if (signer == NULL)
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                           _("The signer of the decision is not among the office's signers; "
                             "they may have been removed on another computer."));
      return FALSE;
    }
  role = prd_signer_get_role (signer);
  if (g_str_equal (prd_decision_get_step (self), PRD_DECISION_ORDER) && g_str_equal (role, PRD_SIGNER_GROUP_DIRECTOR))
    return invalid (error, _("The director's order is signed by the director or a deputy, not by a group director."));
  if (*prd_decision_get_signer_name (self) == '\0')
    {
      g_autofree char *name = prd_signer_dup_full_name (signer);
      prd_decision_set_signer_name (self, name);
    }
  if (*prd_decision_get_signer_position (self) == '\0')
    prd_decision_set_signer_position (self, prd_signer_get_position (signer));
  return TRUE;
}

/* Seed 004's order of things: the group director reviews first; the
 * director decides on a memo the review allowed. A review can be made
 * again (a correction, or after the director returned the memo) but not
 * once the director has allowed or refused. */
static gboolean
check_turn (PrdDecision  *self,
            PrdStore     *store,
            GError      **error)
{
  g_autoptr(GListModel) earlier = NULL;
  PrdMemoState state;
  gboolean order = g_str_equal (prd_decision_get_step (self), PRD_DECISION_ORDER);
  g_autoptr(PrdMemo) memo = prd_memo_load (store, prd_decision_get_subject_id (self), NULL);

  if (memo == NULL)
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                           _("Save the memo before recording a decision on it; "
                             "or it was removed on another computer."));
      return FALSE;
    }
  earlier = prd_decision_list_for (store, "memo", prd_decision_get_subject_id (self), error);
  if (earlier == NULL)
    return FALSE;
  state = prd_memo_state_derive (TRUE, earlier);
  if (order && state != PRD_MEMO_AWAITING_ORDER && state != PRD_MEMO_APPROVED &&
      state != PRD_MEMO_NOT_APPROVED)
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_REFUSED,
                           _("The director decides after the group director has allowed publishing; "
                             "record the group director's review first."));
      return FALSE;
    }
  if (!order && (state == PRD_MEMO_APPROVED || state == PRD_MEMO_NOT_APPROVED))
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_REFUSED,
                           _("The director has already decided on this memo; a review can no longer be "
                             "recorded. To correct the director's decision, record it again."));
      return FALSE;
    }
  return TRUE;
}

gboolean
prd_decision_record (PrdDecision  *self,
                     PrdStore     *store,
                     GError      **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(JsonObject) rec = NULL;

  g_return_val_if_fail (PRD_IS_DECISION (self), FALSE);
  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (!prd_record_is_stored (PRD_RECORD (self)), FALSE);

  if (*prd_decision_get_decided_at (self) == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
      prd_decision_set_decided_at (self, today);
    }
  if (*prd_decision_get_recorded_by (self) == '\0')
    {
      /* GLib says "Unknown" when the account has no full name. */
      const char *who = g_get_real_name ();
      prd_decision_set_recorded_by (self, g_str_equal (who, "Unknown") ? g_get_user_name () : who);
    }
  if (!check_fields (self, error))
    return FALSE;

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL || !check_signer (self, store, error) || !check_turn (self, store, error) ||
      !prd_record_save (PRD_RECORD (self), store, error))
    return FALSE;
  return prd_store_txn_commit (txn, error);
}

const char *
prd_decision_outcome_label (const char *outcome)
{
  if (g_strcmp0 (outcome, PRD_DECISION_ALLOW) == 0)
    return _("Allow publishing");
  if (g_strcmp0 (outcome, PRD_DECISION_REFUSE) == 0)
    return _("Do not allow publishing");
  if (g_strcmp0 (outcome, PRD_DECISION_RETURN) == 0)
    return _("Return for correction");
  return "";
}

const char *
prd_decision_capacity_label (const char *capacity)
{
  if (g_strcmp0 (capacity, PRD_DECISION_ON_BEHALF) == 0)
    return _("On behalf of the director");
  if (g_strcmp0 (capacity, PRD_DECISION_ACTING) == 0)
    return _("Acting for the director");
  return _("In person");
}

const char *
prd_decision_step_label (const char *step)
{
  if (g_strcmp0 (step, PRD_DECISION_ORDER) == 0)
    return _("Director's order");
  return _("Group director's review");
}
