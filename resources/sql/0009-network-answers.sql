-- SPDX-License-Identifier: GPL-3.0-or-later
-- The survey's answers about the network type and the category each brings.
--
-- The network survey (seed 002's form) asks ประเภทเครือข่าย with the answers
-- ภายใน / ภายนอก: that is the member's network type (member.internal), not
-- a category. Each answer brings a category the office chooses; the rows for
-- ภายใน and ภายนอก are the default category of each type. The importer
-- remembers the office's choices here for the next import; the table syncs
-- like the categories do. answer is kept as first typed; it is matched
-- folded (no spaces, lower case).
CREATE TABLE network_answer (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  answer      TEXT NOT NULL,
  internal    INTEGER NOT NULL CHECK (internal IN (0, 1)),
  category_id TEXT REFERENCES member_category (id)
);

INSERT INTO network_answer (id, created_at, updated_at, answer, internal, category_id) VALUES ('network-answer-internal', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'ภายใน', 1, 'category-school-staff');
INSERT INTO network_answer (id, created_at, updated_at, answer, internal, category_id) VALUES ('network-answer-external', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'ภายนอก', 0, 'category-person');
