/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-decisions.c — decisions as records over a real store: recording
 * appends one row and one journal entry, rows are never changed, the
 * checks of seed 004's order of things, the memo's state machine, and the
 * migration that moved the memo's approval columns into decisions. */
#include "prd-test-util.h"
#include "model/prd-decision.h"
#include "model/prd-memo.h"
#include "model/prd-memo-state.h"
#include "model/prd-demo.h"
#include "model/prd-model-error.h"
#include "model/prd-news-state.h"
#include "model/prd-signer.h"

typedef struct {
  char      *dir;
  PrdStore  *store;
  PrdMemo   *memo;
  char      *group_director;
  char      *director;
} Fixture;

static char *
add_signer (PrdStore   *store,
            const char *role,
            const char *given,
            const char *position)
{
  g_autoptr(PrdSigner) signer = prd_signer_new ();
  g_autoptr(GError) error = NULL;

  prd_signer_set_role (signer, role);
  prd_signer_set_title (signer, "นาย");
  prd_signer_set_given_name (signer, given);
  prd_signer_set_surname (signer, "ทดสอบดี");
  prd_signer_set_position (signer, position);
  g_assert_true (prd_record_save (PRD_RECORD (signer), store, &error));
  g_assert_no_error (error);
  return g_strdup (prd_record_get_id (PRD_RECORD (signer)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = prd_test_make_dir ();
  path = g_build_filename (f->dir, "decisions.sqlite", NULL);
  f->store = prd_store_open (path, &error);
  g_assert_no_error (error);
  f->group_director = add_signer (f->store, PRD_SIGNER_GROUP_DIRECTOR, "สมหมาย", "ผู้อำนวยการกลุ่มอำนวยการ");
  f->director = add_signer (f->store, PRD_SIGNER_DIRECTOR, "ประเสริฐ", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
  f->memo = prd_memo_new (NULL);
  prd_memo_set_memo_date (f->memo, "2026-11-20");
  g_assert_true (prd_memo_save (f->memo, f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->memo);
  g_assert_finalize_object (f->store);
  prd_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->group_director);
  g_free (f->director);
}

static PrdDecision *
make (Fixture    *f,
      const char *step,
      const char *outcome,
      const char *reason)
{
  PrdDecision *d = prd_decision_new ();

  prd_decision_set_subject_id (d, prd_memo_get_id (f->memo));
  prd_decision_set_step (d, step);
  prd_decision_set_outcome (d, outcome);
  prd_decision_set_reason (d, reason);
  prd_decision_set_signer_id (d, g_str_equal (step, PRD_DECISION_REVIEW) ? f->group_director : f->director);
  prd_decision_set_decided_at (d, "2026-11-21");
  return d;
}

static void
record_ok (Fixture    *f,
           const char *step,
           const char *outcome,
           const char *reason)
{
  g_autoptr(PrdDecision) d = make (f, step, outcome, reason);
  g_autoptr(GError) error = NULL;

  g_assert_true (prd_decision_record (d, f->store, &error));
  g_assert_no_error (error);
}

static gint64
n_decisions (Fixture *f)
{
  return prd_store_count (f->store, "SELECT count(*) FROM decision");
}

static gint64
n_journal (Fixture *f)
{
  return prd_store_count (f->store, "SELECT count(*) FROM change_journal WHERE table_name = 'decision'");
}

/* Recording appends exactly one row and one journal entry, with the
 * signer's name and position as signed filled in from the signer. */
static void
test_record_appends_one (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PrdDecision) stored = NULL;
  gint64 rows = n_decisions (f), journal = n_journal (f);

  g_assert_cmpint (rows, ==, 0);
  g_assert_true (prd_decision_record (d, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_decisions (f), ==, rows + 1);
  g_assert_cmpint (n_journal (f), ==, journal + 1);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE table_name = 'decision' "
                                             "AND record_id = %Q AND rev = 1", prd_record_get_id (PRD_RECORD (d))), ==, 1);

  list = prd_memo_list_decisions (f->memo, f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  stored = g_list_model_get_item (list, 0);
  g_assert_cmpstr (prd_record_get_id (PRD_RECORD (stored)), ==, prd_record_get_id (PRD_RECORD (d)));
  g_assert_cmpstr (prd_decision_get_signer_name (stored), ==, "นายสมหมาย ทดสอบดี");
  g_assert_cmpstr (prd_decision_get_signer_position (stored), ==, "ผู้อำนวยการกลุ่มอำนวยการ");
  g_assert_cmpstr (prd_decision_get_capacity (stored), ==, PRD_DECISION_SELF);
  g_assert_cmpstr (prd_decision_get_decided_at (stored), ==, "2026-11-21");
  g_assert_cmpstr (prd_decision_get_recorded_by (stored), !=, "");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_AWAITING_ORDER);
}

/* No path changes a decision: an UPDATE, a tombstone and a hard delete are
 * all refused by the database, and the row is as it was. */
static void
test_never_updated (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) change = json_object_new ();
  g_autofree char *sql = NULL;
  const char *id;
  gint64 journal;

  g_assert_true (prd_decision_record (d, f->store, &error));
  id = prd_record_get_id (PRD_RECORD (d));

  sql = g_strdup_printf ("UPDATE decision SET outcome = 'refuse', reason = 'x' WHERE id = '%s'", id);
  g_assert_false (prd_store_exec (f->store, sql, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_TRIGGER);
  g_assert_nonnull (strstr (error->message, "a decision is never changed: record a new decision to correct it"));
  g_clear_error (&error);

  g_assert_false (prd_store_tombstone (f->store, "decision", id, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_TRIGGER);
  g_assert_nonnull (strstr (error->message, "a decision is never changed: record a new decision to correct it"));
  g_clear_error (&error);

  json_object_set_string_member (change, "id", id);
  json_object_set_string_member (change, "reason", "แก้ไข");
  g_assert_false (prd_store_put (f->store, "decision", change, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_TRIGGER);
  g_assert_nonnull (strstr (error->message, "a decision is never changed: record a new decision to correct it"));
  g_clear_error (&error);

  /* A revision given once (by the store, to a row written without one)
   * is never changed either. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE decision SET rev_id = '1-abc' WHERE id = '%s' AND rev_id IS NULL", id);
  g_assert_true (prd_store_exec (f->store, sql, &error));
  g_assert_no_error (error);
  journal = n_journal (f);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE decision SET rev_id = '2-abc' WHERE id = '%s'", id);
  g_assert_false (prd_store_exec (f->store, sql, &error));
  g_assert_nonnull (strstr (error->message, "a decision is never changed: record a new decision to correct it"));
  g_clear_error (&error);

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DELETE FROM decision WHERE id = '%s'", id);
  g_assert_false (prd_store_exec (f->store, sql, &error));
  g_assert_nonnull (strstr (error->message, "records are never deleted, only marked as deleted"));
  g_clear_error (&error);

  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM decision WHERE id = %Q AND outcome = 'allow' "
                                             "AND reason = '' AND rev = 1 AND deleted = 0 AND rev_id <> '2-abc'", id), ==, 1);
  g_assert_cmpint (n_journal (f), ==, journal);
}

/* What the recording path refuses, each with its code and leaving no row. */
static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A director's order before the group director allowed. */
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_ORDER, PRD_DECISION_ALLOW, "");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_REFUSED);
    g_assert_cmpstr (error->message, ==, "The director decides after the group director has allowed publishing; "
                                         "record the group director's review first.");
    g_clear_error (&error);
  }
  /* Not allowing, or returning, without a reason. */
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_REFUSE, "   ");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The decision does not allow publishing: write the reason.");
    g_clear_error (&error);
  }
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_RETURN, "");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The memo is returned for correction: write what to correct.");
    g_clear_error (&error);
  }
  /* An outcome, a capacity or a date that is not one. */
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, "maybe", "");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
    prd_decision_set_capacity (d, "deputy");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
    prd_decision_set_decided_at (d, "2026-02-30");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "\"2026-02-30\""));
    g_clear_error (&error);
  }
  /* A signer the office does not have, and no signer. */
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
    prd_decision_set_signer_id (d, "no-such-signer");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND);
    g_clear_error (&error);
    prd_decision_set_signer_id (d, NULL);
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "Choose who signed the decision.");
    g_clear_error (&error);
  }
  /* A memo that is not in the store. */
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
    prd_decision_set_subject_id (d, "no-such-memo");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpint (n_decisions (f), ==, 0);
  g_assert_cmpint (n_journal (f), ==, 0);

  /* The order is not the group director's to sign. */
  record_ok (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_ORDER, PRD_DECISION_ALLOW, "");
    prd_decision_set_signer_id (d, f->group_director);
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
    g_clear_error (&error);
  }
  /* Once the director decided, a review comes too late. */
  record_ok (f, PRD_DECISION_ORDER, PRD_DECISION_ALLOW, "");
  {
    g_autoptr(PrdDecision) d = make (f, PRD_DECISION_REVIEW, PRD_DECISION_REFUSE, "ข้อมูลไม่ครบ");
    g_assert_false (prd_decision_record (d, f->store, &error));
    g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_REFUSED);
    g_clear_error (&error);
  }
  g_assert_cmpint (n_decisions (f), ==, 2);
  g_assert_cmpint (n_journal (f), ==, 2);
}

/* The state machine through the store: each step of seed 004's form,
 * corrections and a round after the director returned the memo. */
static void
test_states_recorded (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PrdMemo) unsaved = prd_memo_new (NULL);

  g_assert_cmpint (prd_memo_get_state (unsaved, f->store), ==, PRD_MEMO_DRAFT);
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_AWAITING_REVIEW);
  record_ok (f, PRD_DECISION_REVIEW, PRD_DECISION_RETURN, "แก้ชื่อเรื่อง");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_RETURNED);
  record_ok (f, PRD_DECISION_REVIEW, PRD_DECISION_REFUSE, "ภาพยังไม่ได้รับความยินยอม");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_REFUSED);
  record_ok (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_AWAITING_ORDER);
  record_ok (f, PRD_DECISION_ORDER, PRD_DECISION_RETURN, "เพิ่มช่องทาง LINE");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_RETURNED);
  /* A returned memo goes round again: review, then order. */
  record_ok (f, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW, "");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_AWAITING_ORDER);
  record_ok (f, PRD_DECISION_ORDER, PRD_DECISION_REFUSE, "ไม่ตรงนโยบาย");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_NOT_APPROVED);
  /* The director corrects the order: the latest counts. */
  record_ok (f, PRD_DECISION_ORDER, PRD_DECISION_ALLOW, "");
  g_assert_cmpint (prd_memo_get_state (f->memo, f->store), ==, PRD_MEMO_APPROVED);
  g_assert_cmpint (n_decisions (f), ==, 7);
  g_assert_cmpint (n_journal (f), ==, 7);
}

/* A decision in memory, for the pure state machine. */
static void
push (GListStore *list,
      const char *step,
      const char *outcome)
{
  g_autoptr(PrdDecision) d = prd_decision_new ();

  prd_decision_set_step (d, step);
  prd_decision_set_outcome (d, outcome);
  g_list_store_append (list, d);
}

/* Every transition of the table in prd-memo-state.h. */
static void
test_state_transitions (void)
{
  static const struct {
    const char  *steps;   /* r/o for review/order, a/x/b for allow/refuse/return */
    PrdMemoState state;
  } cases[] = {
    { "",             PRD_MEMO_AWAITING_REVIEW },
    { "ra",           PRD_MEMO_AWAITING_ORDER },
    { "rx",           PRD_MEMO_REFUSED },
    { "rb",           PRD_MEMO_RETURNED },
    { "rb ra",        PRD_MEMO_AWAITING_ORDER },
    { "rx ra",        PRD_MEMO_AWAITING_ORDER },
    { "ra rx",        PRD_MEMO_REFUSED },
    { "ra oa",        PRD_MEMO_APPROVED },
    { "ra ox",        PRD_MEMO_NOT_APPROVED },
    { "ra ob",        PRD_MEMO_RETURNED },
    { "ra ob ra",     PRD_MEMO_AWAITING_ORDER },
    { "ra ob rx",     PRD_MEMO_REFUSED },
    { "ra ob ra oa",  PRD_MEMO_APPROVED },
    { "ra oa ox",     PRD_MEMO_NOT_APPROVED },
    { "ra ox oa",     PRD_MEMO_APPROVED },
    /* Moved from a memo that had an order and no review: the order counts. */
    { "oa",           PRD_MEMO_APPROVED },
    { "rx oa",        PRD_MEMO_APPROVED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListStore) list = g_list_store_new (PRD_TYPE_DECISION);
      g_auto(GStrv) steps = g_strsplit (cases[i].steps, " ", -1);

      for (guint j = 0; steps[j] != NULL; j++)
        if (*steps[j] != '\0')
          push (list, steps[j][0] == 'r' ? PRD_DECISION_REVIEW : PRD_DECISION_ORDER,
                steps[j][1] == 'a' ? PRD_DECISION_ALLOW : steps[j][1] == 'x' ? PRD_DECISION_REFUSE : PRD_DECISION_RETURN);
      g_test_message ("decisions \"%s\"", cases[i].steps);
      g_assert_cmpstr (prd_memo_state_nick (prd_memo_state_derive (TRUE, G_LIST_MODEL (list))), ==,
                       prd_memo_state_nick (cases[i].state));
    }
  g_assert_cmpint (prd_memo_state_derive (FALSE, NULL), ==, PRD_MEMO_DRAFT);

  /* The paper shows the order only when it came after the latest review. */
  {
    g_autoptr(GListStore) list = g_list_store_new (PRD_TYPE_DECISION);
    g_autoptr(PrdDecision) order = NULL;
    g_autoptr(PrdDecision) review = NULL;

    push (list, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW);
    push (list, PRD_DECISION_ORDER, PRD_DECISION_RETURN);
    push (list, PRD_DECISION_REVIEW, PRD_DECISION_ALLOW);
    order = prd_memo_state_current (G_LIST_MODEL (list), PRD_DECISION_ORDER);
    review = prd_memo_state_current (G_LIST_MODEL (list), PRD_DECISION_REVIEW);
    g_assert_null (order);
    g_assert_true (review == g_list_model_get_item (G_LIST_MODEL (list), 2));
    g_object_unref (review);
  }
}

/* A database of the version before decisions, with memos as its editor
 * left them, keeps every approval exactly when it is upgraded. */
static void
test_migration (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  PrdStore *store;
  gint64 memo_journal;

  /* 7: the version before 0008, whichever of the earlier ones are compiled in. */
  store = prd_store_open_at_version (path, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), <, 8);
  g_assert_true (prd_store_exec (store,
    "INSERT INTO office_signer (id, created_at, updated_at, role, title, given_name, surname, position) VALUES "
    " ('gd', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'group_director', 'นาง', 'ศิริพร', 'ใจงาม', 'ผู้อำนวยการกลุ่มอำนวยการ'),"
    " ('dir', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'director', 'นาย', 'ประเสริฐ', 'ดีงาม', 'ผู้อำนวยการ');"
    "INSERT INTO memo (id, created_at, updated_at, memo_date, number_year, number_seq, review_decision, review_reason,"
    "  review_signer_id, review_name, review_position, review_date, order_decision, order_signer_id, order_name,"
    "  order_position, order_date) VALUES"
    " ('m-none', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01', 2026, 1, '', '', NULL, '', '', NULL, '', NULL, '', '', NULL),"
    " ('m-both', '2026-11-02T00:00:00Z', '2026-11-03T08:00:00Z', '2026-11-02', 2026, 2, 'allow', '', 'gd',"
    "  'นางศิริพร ใจงาม', 'ผู้อำนวยการกลุ่มอำนวยการ', '2026-11-02', 'allow', 'dir', 'นายประเสริฐ ดีงาม', 'ผู้อำนวยการ', '2026-11-03'),"
    /* A refusal typed without a date, and a name typed by hand. */
    " ('m-refused', '2026-11-04T00:00:00Z', '2026-11-04T00:00:00Z', '2026-11-04', 2026, 3, 'refuse', 'ภาพยังไม่ได้รับความยินยอม',"
    "  NULL, 'นายสมชาย มือพิมพ์', 'รักษาการผู้อำนวยการกลุ่ม', NULL, '', NULL, '', '', NULL),"
    /* An order with no review, as the old editor allowed. */
    " ('m-order', '2026-11-05T00:00:00Z', '2026-11-05T00:00:00Z', '2026-11-05', 2026, 4, '', '', NULL, '', '', NULL,"
    "  'refuse', 'dir', 'นายประเสริฐ ดีงาม', 'ผู้อำนวยการ', '2026-11-06');", &error));
  g_assert_no_error (error);
  memo_journal = prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name = 'memo'");
  g_assert_cmpint (memo_journal, ==, 4);
  g_assert_finalize_object (store);

  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_get_version (store), ==, prd_store_latest_version ());

  /* One decision per approval that was made, exactly as it was typed. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision"), ==, 4);
  g_assert_cmpint (prd_store_count (store,
    "SELECT count(*) FROM decision WHERE subject_table = 'memo' AND subject_id = 'm-both' AND step = 'review' "
    "AND outcome = 'allow' AND reason = '' AND signer_id = 'gd' AND signer_name = 'นางศิริพร ใจงาม' "
    "AND signer_position = 'ผู้อำนวยการกลุ่มอำนวยการ' AND decided_at = '2026-11-02' AND capacity = 'self' "
    "AND created_at = '2026-11-03T08:00:00Z' AND rev = 1 AND deleted = 0"), ==, 1);
  g_assert_cmpint (prd_store_count (store,
    "SELECT count(*) FROM decision WHERE subject_id = 'm-both' AND step = 'order' AND outcome = 'allow' "
    "AND signer_id = 'dir' AND signer_name = 'นายประเสริฐ ดีงาม' AND signer_position = 'ผู้อำนวยการ' "
    "AND decided_at = '2026-11-03'"), ==, 1);
  g_assert_cmpint (prd_store_count (store,
    "SELECT count(*) FROM decision WHERE subject_id = 'm-refused' AND step = 'review' AND outcome = 'refuse' "
    "AND reason = 'ภาพยังไม่ได้รับความยินยอม' AND signer_id IS NULL AND signer_name = 'นายสมชาย มือพิมพ์' "
    "AND signer_position = 'รักษาการผู้อำนวยการกลุ่ม' AND decided_at IS NULL"), ==, 1);
  g_assert_cmpint (prd_store_count (store,
    "SELECT count(*) FROM decision WHERE subject_id = 'm-order' AND step = 'order' AND outcome = 'refuse' "
    "AND decided_at = '2026-11-06'"), ==, 1);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision WHERE id NOT GLOB "
    "'[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-4[0-9a-f][0-9a-f][0-9a-f]-"
    "[89ab][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'"), ==, 0);

  /* Each state as the old form showed it. */
  {
    static const struct { const char *id; PrdMemoState state; } want[] = {
      { "m-none", PRD_MEMO_AWAITING_REVIEW }, { "m-both", PRD_MEMO_APPROVED },
      { "m-refused", PRD_MEMO_REFUSED }, { "m-order", PRD_MEMO_NOT_APPROVED },
    };
    for (guint i = 0; i < G_N_ELEMENTS (want); i++)
      {
        g_autoptr(PrdMemo) memo = prd_memo_load (store, want[i].id, &error);

        g_assert_no_error (error);
        g_assert_cmpint (prd_memo_get_state (memo, store), ==, want[i].state);
      }
  }

  /* The moved decisions are journalled for sync, once each; the memos were
   * not written again. The old columns and news_item.status are gone. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name = 'decision'"), ==, 4);
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT record_id) FROM change_journal WHERE table_name = 'decision'"), ==, 4);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM change_journal WHERE table_name = 'memo'"), ==, memo_journal);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM pragma_table_info('memo') "
                                           "WHERE name GLOB 'review_*' OR name GLOB 'order_*'"), ==, 0);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM pragma_table_info('news_item') WHERE name = 'status'"), ==, 0);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM memo"), ==, 4);
  /* Every row holds a revision of what it holds now (store-sync checks the hashes). */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM memo WHERE rev_id IS NULL"), ==, 0);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision WHERE rev_id IS NULL"), ==, 0);
  /* The store's journal triggers are on the new table too. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN "
                                           "('decision_journal_insert', 'decision_no_hard_delete', 'decision_never_updated')"), ==, 3);
  g_assert_finalize_object (store);
  {
    g_autofree char *integrity = prd_test_integrity (path);
    g_assert_cmpstr (integrity, ==, "ok");
  }
  prd_test_remove_dir (dir);
}

/* A news item's state follows its memo's decisions: the demo office's five,
 * and one with no memo. */
static void
test_news_states (void)
{
  static const struct { const char *title; PrdNewsState state; } want[] = {
    { "ประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการประชาสัมพันธ์", PRD_NEWS_PROPOSED },
    { "ครูนักสร้างสรรค์สื่อ TikTok รอบเดือนพฤศจิกายน", PRD_NEWS_PROPOSED },
    { "ประกาศผลการจัดซื้อจัดจ้างวัสดุการศึกษา", PRD_NEWS_APPROVED },
    { "ผลการทดสอบระดับชาติ (O-NET) ของโรงเรียนในสังกัด", PRD_NEWS_APPROVED },
    { "แนะนำผู้บริหารสำนักงานเขตพื้นที่การศึกษา", PRD_NEWS_REFUSED },
  };
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "news.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  PrdStore *store = prd_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, 20, NULL, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT id FROM news_item WHERE title = ?1", &error);
      g_autofree char *id = NULL;

      g_assert_no_error (error);
      sqlite3_bind_text (stmt, 1, want[i].title, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
      g_assert_cmpstr (prd_news_state_label (prd_news_state_derive (store, id, &error)), ==,
                       prd_news_state_label (want[i].state));
      g_assert_no_error (error);
    }
  g_assert_cmpint (prd_news_state_derive (store, "no-memo-yet", &error), ==, PRD_NEWS_DRAFT);
  g_assert_no_error (error);
  g_assert_cmpint (prd_news_state_from_memo (TRUE, PRD_MEMO_RETURNED), ==, PRD_NEWS_RETURNED);
  g_assert_cmpint (prd_news_state_from_memo (TRUE, PRD_MEMO_NOT_APPROVED), ==, PRD_NEWS_REFUSED);
  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/decisions/record-appends-one", Fixture, NULL, fixture_set_up, test_record_appends_one, fixture_tear_down);
  g_test_add ("/decisions/never-updated", Fixture, NULL, fixture_set_up, test_never_updated, fixture_tear_down);
  g_test_add ("/decisions/refusals", Fixture, NULL, fixture_set_up, test_refusals, fixture_tear_down);
  g_test_add ("/decisions/states-recorded", Fixture, NULL, fixture_set_up, test_states_recorded, fixture_tear_down);
  g_test_add_func ("/memo-state/transitions", test_state_transitions);
  g_test_add_func ("/decisions/migration", test_migration);
  g_test_add_func ("/decisions/news-states", test_news_states);
  return g_test_run ();
}
