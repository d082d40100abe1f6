-- SPDX-License-Identifier: GPL-3.0-or-later
-- Decisions are records. One row per decision on a paper (a memo now, a
-- news item later): the group director's review or the director's order,
-- allow / refuse / return for correction, with the signer's name and
-- position as signed and the capacity they signed in. A row is never
-- changed or removed: a correction is a new decision, and the latest
-- decision of each step is the one that counts (core/model/prd-memo-state.c
-- derives a memo's state from them). The approval columns of the memo and
-- news_item.status give way to them.
CREATE TABLE decision (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,             -- when it was recorded (UTC)
  updated_at      TEXT NOT NULL,
  rev             INTEGER NOT NULL DEFAULT 1,
  deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
  subject_table   TEXT NOT NULL CHECK (subject_table IN ('memo', 'news_item')),
  subject_id      TEXT NOT NULL,
  step            TEXT NOT NULL CHECK (step IN ('review', 'order')),
  outcome         TEXT NOT NULL CHECK (outcome IN ('allow', 'refuse', 'return')),
  reason          TEXT NOT NULL DEFAULT '',
  signer_id       TEXT REFERENCES office_signer (id),
  signer_name     TEXT NOT NULL DEFAULT '',
  signer_position TEXT NOT NULL DEFAULT '',
  capacity        TEXT NOT NULL DEFAULT 'self'
                  CHECK (capacity IN ('self', 'on_behalf', 'acting')),
                  -- ตนเอง / ปฏิบัติราชการแทน / รักษาราชการแทน
  decided_at      TEXT,                      -- YYYY-MM-DD as signed; NULL only
                                             -- when a moved memo had no date
  recorded_by     TEXT NOT NULL DEFAULT '',  -- who typed it in; '' when moved
  -- The sync revision, as the store gives every synced table (0007).
  rev_id          TEXT,
  rev_history     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX decision_subject ON decision (subject_table, subject_id, created_at);

-- Nothing of a decision ever changes (a tombstone neither). The one update
-- let through gives a row written without a revision its first one, as the
-- store does for the rows a migration wrote, and changes nothing else.
CREATE TRIGGER decision_never_updated BEFORE UPDATE ON decision
WHEN OLD.rev_id IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.created_at IS NOT OLD.created_at
  OR NEW.updated_at IS NOT OLD.updated_at OR NEW.rev IS NOT OLD.rev OR NEW.deleted IS NOT OLD.deleted
  OR NEW.subject_table IS NOT OLD.subject_table OR NEW.subject_id IS NOT OLD.subject_id
  OR NEW.step IS NOT OLD.step OR NEW.outcome IS NOT OLD.outcome OR NEW.reason IS NOT OLD.reason
  OR NEW.signer_id IS NOT OLD.signer_id OR NEW.signer_name IS NOT OLD.signer_name
  OR NEW.signer_position IS NOT OLD.signer_position OR NEW.capacity IS NOT OLD.capacity
  OR NEW.decided_at IS NOT OLD.decided_at OR NEW.recorded_by IS NOT OLD.recorded_by
BEGIN
  SELECT RAISE (ABORT, 'a decision is never changed: record a new decision to correct it');
END;

-- Today's approvals become decisions, exactly as the memo printed them.
INSERT INTO decision (id, created_at, updated_at, subject_table, subject_id, step, outcome,
                      reason, signer_id, signer_name, signer_position, decided_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
       substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||
       substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       updated_at, updated_at, 'memo', id, 'review', review_decision,
       review_reason, review_signer_id, review_name, review_position, review_date
  FROM memo WHERE review_decision <> '';
INSERT INTO decision (id, created_at, updated_at, subject_table, subject_id, step, outcome,
                      reason, signer_id, signer_name, signer_position, decided_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
       substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||
       substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       updated_at, updated_at, 'memo', id, 'order', order_decision,
       '', order_signer_id, order_name, order_position, order_date
  FROM memo WHERE order_decision <> '';

-- The store installs the journal triggers after this file; the moved
-- decisions are journalled here so that sync will send them.
INSERT INTO change_journal (table_name, record_id, rev, deleted, changed_at)
SELECT 'decision', id, rev, deleted, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM decision ORDER BY subject_id, step DESC;

ALTER TABLE memo DROP COLUMN review_decision;
ALTER TABLE memo DROP COLUMN review_reason;
ALTER TABLE memo DROP COLUMN review_signer_id;
ALTER TABLE memo DROP COLUMN review_name;
ALTER TABLE memo DROP COLUMN review_position;
ALTER TABLE memo DROP COLUMN review_date;
ALTER TABLE memo DROP COLUMN order_decision;
ALTER TABLE memo DROP COLUMN order_signer_id;
ALTER TABLE memo DROP COLUMN order_name;
ALTER TABLE memo DROP COLUMN order_position;
ALTER TABLE memo DROP COLUMN order_date;

-- A news item's state comes from its memo's decisions and its publications.
ALTER TABLE news_item DROP COLUMN status;

-- What a memo or news item holds changed with the columns dropped: each is
-- given the revision of what it holds now, as 0007 gave every row (the store
-- fills the revision after this migration). That is no change of a record,
-- so the journal does not hear of it.
DROP TRIGGER IF EXISTS memo_journal_update;
DROP TRIGGER IF EXISTS news_item_journal_update;
UPDATE memo SET rev_id = NULL;
UPDATE news_item SET rev_id = NULL;
