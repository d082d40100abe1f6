-- SPDX-License-Identifier: GPL-3.0-or-later
-- Working time: the office's hours and reporting rounds, and its holidays.
-- Holidays are data the user keeps up to date (imported from an .ics
-- calendar or typed in), never a list in the code.

-- One row, id 'worktime'. Times are minutes after midnight; the break may be
-- empty (break_start = break_end). weekdays is a bit mask, Monday = 1 … Sunday = 64.
CREATE TABLE worktime (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  rev            INTEGER NOT NULL DEFAULT 1,
  deleted        INTEGER NOT NULL DEFAULT 0,
  day_start      INTEGER NOT NULL DEFAULT 510 CHECK (day_start BETWEEN 0 AND 1440),
  day_end        INTEGER NOT NULL DEFAULT 990 CHECK (day_end BETWEEN 0 AND 1440),
  break_start    INTEGER NOT NULL DEFAULT 720 CHECK (break_start BETWEEN 0 AND 1440),
  break_end      INTEGER NOT NULL DEFAULT 780 CHECK (break_end BETWEEN 0 AND 1440),
  weekdays       INTEGER NOT NULL DEFAULT 31 CHECK (weekdays BETWEEN 1 AND 127),
  report_rounds  TEXT NOT NULL DEFAULT '1/10-30/6, 1/7-30/9'
);

INSERT INTO worktime (id, created_at, updated_at) VALUES ('worktime', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z');

-- A day the office is closed: a public holiday or a one-off office closure.
-- source tells where it came from: 'user', or 'ics:' and the event's UID.
CREATE TABLE holiday (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  rev         INTEGER NOT NULL DEFAULT 1,
  deleted     INTEGER NOT NULL DEFAULT 0,
  date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL DEFAULT 'public' CHECK (kind IN ('public', 'closure')),
  source      TEXT NOT NULL DEFAULT 'user'
);
CREATE INDEX holiday_date ON holiday (date) WHERE deleted = 0;
