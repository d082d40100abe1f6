-- SPDX-License-Identifier: GPL-3.0-or-later
-- The registry's search index and the PDPA audit log.
--
-- member_fts holds one row per member (rowid = member.rowid) with the words a
-- PR officer types to find someone: names, school or organisation, position,
-- district, phone (also as bare digits), e-mail, LINE ID and social handles.
-- Triggers keep it in step with every write to member, school and
-- social_account, so the store, the importer and sync never have to think of it.
--
-- Tokenizer: the Thai core's 'thai' (libthai word breaking; Latin and digits
-- as unicode61), registered by PrdStore on every connection it opens.

CREATE VIRTUAL TABLE member_fts USING fts5 (
  name, org, position, district, contact, social,
  tokenize = 'thai', prefix = '1 2'
);

-- A bulk import suspends the triggers inside its own transaction and indexes
-- its rows in one statement at the end (FTS5 flushes at every statement
-- otherwise); no other connection ever sees suspended = 1 committed.
CREATE TABLE member_fts_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  suspended INTEGER NOT NULL DEFAULT 0
);
INSERT INTO member_fts_state (id, suspended) VALUES (1, 0);

-- What the index holds for each member. Deleted members are not in it, and
-- inactive ones carry the token "prdinactive": a search that needs neither
-- can be counted in the index alone (PrdMemberQuery).
CREATE VIEW member_search_source AS
SELECT
  m.rowid AS member_rowid,
  m.id AS id,
  m.title || ' ' || m.given_name || ' ' || m.surname AS name,
  coalesce (s.name, '') || ' ' || m.organization AS org,
  m.position AS position,
  CASE WHEN m.district <> '' THEN m.district ELSE coalesce (s.district, '') END AS district,
  m.phone || ' ' ||
    replace (replace (replace (replace (replace (m.phone, '-', ''), ' ', ''), '.', ''), '(', ''), ')', '')
    || ' ' || m.email || ' ' || m.line_id
    || CASE WHEN m.active THEN '' ELSE ' prdinactive' END AS contact,
  coalesce ((SELECT group_concat (a.platform || ' ' || a.handle || ' ' || a.url, ' ')
             FROM social_account a
             WHERE a.member_id = m.id AND a.deleted = 0), '') AS social
FROM member m
LEFT JOIN school s ON s.id = m.school_id
WHERE m.deleted = 0;

CREATE TRIGGER member_fts_after_insert AFTER INSERT ON member
WHEN NOT (SELECT suspended FROM member_fts_state WHERE id = 1) BEGIN
  INSERT INTO member_fts (rowid, name, org, position, district, contact, social)
    SELECT member_rowid, name, org, position, district, contact, social
    FROM member_search_source WHERE member_rowid = NEW.rowid;
END;

CREATE TRIGGER member_fts_after_update AFTER UPDATE ON member
WHEN NOT (SELECT suspended FROM member_fts_state WHERE id = 1) BEGIN
  DELETE FROM member_fts WHERE rowid = OLD.rowid;
  INSERT INTO member_fts (rowid, name, org, position, district, contact, social)
    SELECT member_rowid, name, org, position, district, contact, social
    FROM member_search_source WHERE member_rowid = NEW.rowid;
END;

-- A renamed school (or one moved to another district) renames its members' rows.
CREATE TRIGGER member_fts_after_school_update AFTER UPDATE OF name, district ON school
WHEN (OLD.name IS NOT NEW.name OR OLD.district IS NOT NEW.district)
 AND NOT (SELECT suspended FROM member_fts_state WHERE id = 1) BEGIN
  DELETE FROM member_fts WHERE rowid IN (SELECT rowid FROM member WHERE school_id = NEW.id);
  INSERT INTO member_fts (rowid, name, org, position, district, contact, social)
    SELECT member_rowid, name, org, position, district, contact, social
    FROM member_search_source
    WHERE member_rowid IN (SELECT rowid FROM member WHERE school_id = NEW.id);
END;

CREATE TRIGGER member_fts_after_social_insert AFTER INSERT ON social_account
WHEN NOT (SELECT suspended FROM member_fts_state WHERE id = 1) BEGIN
  DELETE FROM member_fts WHERE rowid = (SELECT rowid FROM member WHERE id = NEW.member_id);
  INSERT INTO member_fts (rowid, name, org, position, district, contact, social)
    SELECT member_rowid, name, org, position, district, contact, social
    FROM member_search_source WHERE id = NEW.member_id;
END;

CREATE TRIGGER member_fts_after_social_update AFTER UPDATE ON social_account
WHEN NOT (SELECT suspended FROM member_fts_state WHERE id = 1) BEGIN
  DELETE FROM member_fts WHERE rowid IN (SELECT rowid FROM member WHERE id IN (OLD.member_id, NEW.member_id));
  INSERT INTO member_fts (rowid, name, org, position, district, contact, social)
    SELECT member_rowid, name, org, position, district, contact, social
    FROM member_search_source WHERE id IN (OLD.member_id, NEW.member_id);
END;

-- Members already in the database (demo office, earlier imports).
INSERT INTO member_fts (rowid, name, org, position, district, contact, social)
  SELECT member_rowid, name, org, position, district, contact, social FROM member_search_source;

-- Lookups the importer's duplicate check and the registry filters make.
CREATE INDEX member_phone ON member (phone);
CREATE INDEX member_given_name ON member (given_name, surname);
CREATE INDEX member_district ON member (district);

-- PDPA: who exported or erased whose data, when. Local to this PC (no sync
-- columns): the log of what this PC did.
CREATE TABLE pdpa_audit (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('export', 'erase')),
  table_name TEXT NOT NULL,
  record_id  TEXT NOT NULL,
  actor      TEXT NOT NULL DEFAULT '',
  detail     TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER pdpa_audit_no_delete BEFORE DELETE ON pdpa_audit BEGIN
  SELECT RAISE (ABORT, 'the PDPA audit log is never deleted');
END;
CREATE TRIGGER pdpa_audit_no_update BEFORE UPDATE ON pdpa_audit BEGIN
  SELECT RAISE (ABORT, 'the PDPA audit log is never changed');
END;
