-- SPDX-License-Identifier: GPL-3.0-or-later
-- Official papers: approval memos, appointment orders, certificates, and
-- the office's editable template texts.

-- Template texts the office may edit. Placeholders in braces are filled in
-- when a paper is drawn: {office} {office_short} {group} {unit} {title}
-- {channels} (" ได้แก่ เว็บไซต์สำนักงาน และเพจ Facebook", or nothing).
CREATE TABLE doc_template (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  subject     TEXT NOT NULL DEFAULT '',
  salutation  TEXT NOT NULL DEFAULT '',
  body        TEXT NOT NULL DEFAULT '',   -- paragraphs separated by a blank line
  closing     TEXT NOT NULL DEFAULT ''
);

-- The approval memo (บันทึกข้อความ ขออนุญาตเผยแพร่ข้อมูลข่าวสาร…), seed 004.
-- Its number "ที่ <prefix>/<seq>" runs per calendar year (number_year, CE).
CREATE TABLE memo (
  id                 TEXT PRIMARY KEY,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  rev                INTEGER NOT NULL DEFAULT 1,
  deleted            INTEGER NOT NULL DEFAULT 0,
  news_item_id       TEXT REFERENCES news_item (id),
  group_id           TEXT REFERENCES office_group (id),
  memo_date          TEXT NOT NULL,             -- YYYY-MM-DD
  number_year        INTEGER,
  number_seq         INTEGER CHECK (number_seq IS NULL OR number_seq > 0),
  unit               TEXT NOT NULL DEFAULT '',  -- งาน… of the requesting group
  channels           TEXT NOT NULL DEFAULT '',  -- channel ids, comma separated
  subject            TEXT NOT NULL DEFAULT '',  -- '' = the template's
  body               TEXT NOT NULL DEFAULT '',  -- '' = the template's
  requester_name     TEXT NOT NULL DEFAULT '',
  requester_position TEXT NOT NULL DEFAULT '',
  review_decision    TEXT NOT NULL DEFAULT '' CHECK (review_decision IN ('', 'allow', 'refuse')),
  review_reason      TEXT NOT NULL DEFAULT '',
  review_signer_id   TEXT REFERENCES office_signer (id),
  review_name        TEXT NOT NULL DEFAULT '',
  review_position    TEXT NOT NULL DEFAULT '',
  review_date        TEXT,
  order_decision     TEXT NOT NULL DEFAULT '' CHECK (order_decision IN ('', 'allow', 'refuse')),
  order_signer_id    TEXT REFERENCES office_signer (id),
  order_name         TEXT NOT NULL DEFAULT '',
  order_position     TEXT NOT NULL DEFAULT '',
  order_date         TEXT
);
CREATE UNIQUE INDEX memo_number ON memo (number_year, number_seq)
  WHERE number_seq IS NOT NULL AND deleted = 0;
CREATE INDEX memo_news_item ON memo (news_item_id);

-- Appointment orders (คำสั่ง), seed 004's 62/2565; number "N/<BE year>"
-- runs per calendar year.
CREATE TABLE appointment_order (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  rev           INTEGER NOT NULL DEFAULT 1,
  deleted       INTEGER NOT NULL DEFAULT 0,
  number_year   INTEGER NOT NULL,                -- CE
  number_seq    INTEGER NOT NULL CHECK (number_seq > 0),
  subject       TEXT NOT NULL,
  body          TEXT NOT NULL DEFAULT '',        -- the preamble
  closing       TEXT NOT NULL DEFAULT '',        -- after the sections
  effective     TEXT NOT NULL DEFAULT 'ตั้งแต่บัดนี้เป็นต้นไป',
  order_date    TEXT NOT NULL,
  signer_id     TEXT REFERENCES office_signer (id),
  signer_name   TEXT NOT NULL DEFAULT '',
  signer_position TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX appointment_order_number ON appointment_order (number_year, number_seq)
  WHERE deleted = 0;

CREATE TABLE order_section (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  order_id    TEXT NOT NULL REFERENCES appointment_order (id),
  title       TEXT NOT NULL,
  duties      TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_section_order ON order_section (order_id);

-- A member in a section. HEADING starts a sub-list ("กลุ่มอำนวยการ").
CREATE TABLE order_member (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  section_id  TEXT NOT NULL REFERENCES order_section (id),
  member_id   TEXT NOT NULL REFERENCES member (id),
  role        TEXT NOT NULL DEFAULT ''
              CHECK (role IN ('', 'chair', 'vice_chair', 'member', 'secretary', 'assistant_secretary')),
  heading     TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_member_section ON order_member (section_id);

-- Certificates (เกียรติบัตร), issued in batches.
CREATE TABLE certificate_batch (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  rev             INTEGER NOT NULL DEFAULT 1,
  deleted         INTEGER NOT NULL DEFAULT 0,
  title           TEXT NOT NULL DEFAULT 'เกียรติบัตร',
  reason          TEXT NOT NULL,
  issued_on       TEXT NOT NULL,
  signer_id       TEXT REFERENCES office_signer (id),
  signer_name     TEXT NOT NULL DEFAULT '',
  signer_position TEXT NOT NULL DEFAULT ''
);

CREATE TABLE certificate (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  batch_id    TEXT NOT NULL REFERENCES certificate_batch (id),
  member_id   TEXT REFERENCES member (id),
  recipient   TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX certificate_batch_idx ON certificate (batch_id);

-- Seed 004's wording is the default approval memo.
INSERT INTO doc_template (id, created_at, updated_at, subject, salutation, body, closing) VALUES (
  'memo-approval', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z',
  'ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการบนเว็บไซต์และสื่อสังคมออนไลน์ของ{office}',
  'ผู้อำนวยการ{office}',
  'ด้วย {unit}{group} ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการ เรื่อง {title} บนเว็บไซต์และสื่อสังคมออนไลน์ของ{office}{channels} ตามเอกสารที่แนบมาด้วยนี้

ทั้งนี้ ข้าพเจ้าได้ตรวจสอบแล้วว่า ถูกต้องตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 และได้ดำเนินการตามมาตรการเผยแพร่ข้อมูลข่าวสารบนเว็บไซต์และสื่อสังคมออนไลน์ของ{office} ทุกประการ',
  'จึงเรียนมาเพื่อโปรดพิจารณา');
