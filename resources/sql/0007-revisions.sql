-- SPDX-License-Identifier: GPL-3.0-or-later
-- Revisions for sync (see src/core/store/prd-store-revision.c).
--
-- Every synced table (id, created_at, updated_at, rev, deleted) gains
--   rev_id      TEXT  "N-<md5 of the record's canonical JSON>"
--   rev_history TEXT  JSON array of the revisions before it, newest first.
-- Those two columns are added by the store itself, after this file, to
-- every synced table that lacks them (this version's tables and any a later
-- migration creates), and each row without a revision gets one computed
-- from what it holds; see prd-store-migrate.c.

-- The journal says where a change came from: NULL for a write on this PC,
-- else the peer whose replica sent it (prd_store_apply_remote), so sync does
-- not push a pulled change back. (The store makes the journal triggers
-- again after each migration.)
ALTER TABLE change_journal ADD COLUMN origin TEXT;
CREATE INDEX change_journal_local ON change_journal (seq) WHERE origin IS NULL;

-- Where replication with a peer got to, per direction: the last sequence
-- of the source's changes that the target has (CouchDB's checkpoint
-- documents keep the same). Local to this PC, never synced.
CREATE TABLE replication_checkpoint (
  peer_id     TEXT NOT NULL,
  direction   TEXT NOT NULL CHECK (direction IN ('push', 'pull')),
  last_seq    TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (peer_id, direction)
);
