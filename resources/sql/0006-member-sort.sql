-- SPDX-License-Identifier: GPL-3.0-or-later
-- The registry's Thai name order, stored once per member.
--
-- Sorting by COLLATE THAI computes sort keys at every comparison; a search
-- that matches most of 100,000 members then spent ~30 ms sorting only to show
-- its first 60 rows. member_sort keeps each member's key (given name, then
-- surname, as the collation compares them) with a plain index, so the first
-- page of a broad search walks the index in order and stops after 60 rows
-- (PrdMemberQuery), and other orders compare bytes instead of computing keys.
--
-- A side table rather than a column of member: no sync columns, so no change
-- journal and no sync payload carries a derived value, and writing it never
-- fires member's own triggers. Plain BLOB + plain index: `PRAGMA
-- integrity_check` works in the stock sqlite3 shell.
--
-- name_key = key(given_name) || 0x00 || key(surname): keys never hold a zero
-- byte, so comparing the bytes orders by given name first, then surname,
-- exactly as ORDER BY given_name COLLATE THAI, surname COLLATE THAI.
CREATE TABLE member_sort (
  member_rowid INTEGER PRIMARY KEY,
  name_key     BLOB NOT NULL,
  id           TEXT NOT NULL
);
CREATE INDEX member_sort_name ON member_sort (name_key, id);

CREATE VIEW member_sort_source AS
SELECT rowid AS member_rowid,
       CAST (thai_sort_key (given_name) || x'00' || thai_sort_key (surname) AS BLOB) AS name_key,
       id
FROM member;

-- Like the search index, suspended during a bulk import, which fills the
-- rows of its members in one statement at the end (PrdMemberIndexBulk).
CREATE TRIGGER member_sort_after_insert AFTER INSERT ON member
WHEN NOT (SELECT suspended FROM member_fts_state WHERE id = 1) BEGIN
  INSERT OR REPLACE INTO member_sort (member_rowid, name_key, id)
    SELECT member_rowid, name_key, id FROM member_sort_source WHERE member_rowid = NEW.rowid;
END;

CREATE TRIGGER member_sort_after_update AFTER UPDATE OF given_name, surname, id ON member
WHEN (OLD.given_name IS NOT NEW.given_name OR OLD.surname IS NOT NEW.surname
      OR OLD.id IS NOT NEW.id)
 AND NOT (SELECT suspended FROM member_fts_state WHERE id = 1) BEGIN
  INSERT OR REPLACE INTO member_sort (member_rowid, name_key, id)
    SELECT member_rowid, name_key, id FROM member_sort_source WHERE member_rowid = NEW.rowid;
END;

-- Members already in the database.
INSERT INTO member_sort (member_rowid, name_key, id)
  SELECT member_rowid, name_key, id FROM member_sort_source;
