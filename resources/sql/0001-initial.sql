-- SPDX-License-Identifier: GPL-3.0-or-later
-- PR Desk schema, version 1.
-- Every synced table carries: id (uuid or a fixed id for shared defaults),
-- created_at / updated_at (UTC ISO 8601), rev (count of writes) and deleted
-- (tombstone). The store adds the journal triggers to each such table.

CREATE TABLE change_journal (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name  TEXT NOT NULL,
  record_id   TEXT NOT NULL,
  rev         INTEGER NOT NULL,
  deleted     INTEGER NOT NULL,
  changed_at  TEXT NOT NULL
);
CREATE INDEX change_journal_record ON change_journal (table_name, record_id);

-- The office profile travels between the office's PCs: one row, id 'office'.
CREATE TABLE office (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  name        TEXT NOT NULL DEFAULT '',
  short_name  TEXT NOT NULL DEFAULT '',
  doc_prefix  TEXT NOT NULL DEFAULT '',
  address     TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  website     TEXT NOT NULL DEFAULT '',
  emblem      BLOB,
  emblem_mime TEXT,
  doc_font    TEXT NOT NULL DEFAULT 'TH Sarabun New',
  thai_digits INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE office_group (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  name        TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0
);

-- Director, deputies and group directors: the people who sign.
CREATE TABLE office_signer (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  rev            INTEGER NOT NULL DEFAULT 1,
  deleted        INTEGER NOT NULL DEFAULT 0,
  role           TEXT NOT NULL CHECK (role IN ('director', 'deputy', 'group_director')),
  title          TEXT NOT NULL DEFAULT '',
  given_name     TEXT NOT NULL,
  surname        TEXT NOT NULL DEFAULT '',
  position       TEXT NOT NULL DEFAULT '',
  group_id       TEXT REFERENCES office_group (id),
  signature      BLOB,
  signature_mime TEXT,
  sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE school (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  rev           INTEGER NOT NULL DEFAULT 1,
  deleted       INTEGER NOT NULL DEFAULT 0,
  school_code   TEXT,          -- 10-digit OBEC school code
  smis_code     TEXT,          -- 8-digit SMIS code
  obec_code     TEXT,          -- 6-digit OBEC code
  name          TEXT NOT NULL,
  district      TEXT NOT NULL DEFAULT '',
  subdistrict   TEXT NOT NULL DEFAULT '',
  province      TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  facebook      TEXT NOT NULL DEFAULT '',
  joined_network INTEGER NOT NULL DEFAULT 0,
  joined_at     TEXT,
  notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX school_district ON school (district);

CREATE TABLE member_category (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  label       TEXT NOT NULL,
  internal    INTEGER NOT NULL DEFAULT 0,
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE member (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  rev             INTEGER NOT NULL DEFAULT 1,
  deleted         INTEGER NOT NULL DEFAULT 0,
  internal        INTEGER NOT NULL DEFAULT 1,
  category_id     TEXT REFERENCES member_category (id),
  title           TEXT NOT NULL DEFAULT '',
  given_name      TEXT NOT NULL,
  surname         TEXT NOT NULL DEFAULT '',
  position        TEXT NOT NULL DEFAULT '',
  organization    TEXT NOT NULL DEFAULT '',
  school_id       TEXT REFERENCES school (id),
  district        TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  email           TEXT NOT NULL DEFAULT '',
  line_id         TEXT NOT NULL DEFAULT '',
  consent_contact INTEGER NOT NULL DEFAULT 0,
  consent_photo   INTEGER NOT NULL DEFAULT 0,
  consent_date    TEXT,
  joined_at       TEXT,
  active          INTEGER NOT NULL DEFAULT 1,
  notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_school ON member (school_id);
CREATE INDEX member_category_idx ON member (category_id);

CREATE TABLE social_account (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  member_id   TEXT NOT NULL REFERENCES member (id),
  platform    TEXT NOT NULL,
  handle      TEXT NOT NULL DEFAULT '',
  url         TEXT NOT NULL DEFAULT '',
  followers   INTEGER,
  views       INTEGER,
  counted_at  TEXT
);
CREATE INDEX social_account_member ON social_account (member_id);

CREATE TABLE committee (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  name        TEXT NOT NULL
);

CREATE TABLE committee_role (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  rev           INTEGER NOT NULL DEFAULT 1,
  deleted       INTEGER NOT NULL DEFAULT 0,
  committee_id  TEXT NOT NULL REFERENCES committee (id),
  member_id     TEXT NOT NULL REFERENCES member (id),
  role          TEXT NOT NULL DEFAULT 'member'
                CHECK (role IN ('chair', 'vice_chair', 'member', 'secretary', 'assistant_secretary')),
  in_network_group INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX committee_role_member ON committee_role (member_id);

CREATE TABLE channel (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  label       TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE news_category (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  number      INTEGER NOT NULL,
  label       TEXT NOT NULL
);

CREATE TABLE news_item (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  rev             INTEGER NOT NULL DEFAULT 1,
  deleted         INTEGER NOT NULL DEFAULT 0,
  title           TEXT NOT NULL,
  category_id     TEXT REFERENCES news_category (id),
  group_id        TEXT REFERENCES office_group (id),
  fiscal_year     INTEGER,
  activity_date   TEXT,
  network_told_at TEXT,
  status          TEXT NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'proposed', 'approved', 'published', 'refused')),
  notes           TEXT NOT NULL DEFAULT ''
);
