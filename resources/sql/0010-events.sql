-- The PR calendar's events (issue 12): activities, meetings, broadcasts,
-- closures. A synced table like the others: the store adds rev_id and
-- rev_history and the journal triggers after this file (0007).
--
-- Times are in Asia/Bangkok, which has no daylight saving: a timed event
-- keeps its start and end as UTC instants (YYYY-MM-DDTHH:MM:SSZ, the end
-- exclusive); an all-day event keeps dates (YYYY-MM-DD, the end its last
-- day).
--
-- Recurrence is an iCalendar RRULE (RFC 5545, without the "RRULE:") read by
-- libical; exdates lists the starts of occurrences left out (comma
-- separated, in the form of start_at). An occurrence changed "this one
-- only" is an event of its own whose recurrence_of is the series and whose
-- recurrence_start the start it replaces.
CREATE TABLE event (
  id                TEXT PRIMARY KEY,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  rev               INTEGER NOT NULL DEFAULT 1,
  deleted           INTEGER NOT NULL DEFAULT 0,
  uid               TEXT NOT NULL DEFAULT '',   -- iCalendar UID, '' = derived from the id
  title             TEXT NOT NULL CHECK (title <> ''),
  kind              TEXT NOT NULL DEFAULT 'activity'
                    CHECK (kind IN ('activity', 'meeting', 'broadcast', 'closure', 'other')),
  all_day           INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
  start_at          TEXT NOT NULL,
  end_at            TEXT NOT NULL,
  place             TEXT NOT NULL DEFAULT '',
  notes             TEXT NOT NULL DEFAULT '',
  news_item_id      TEXT REFERENCES news_item (id),
  rrule             TEXT NOT NULL DEFAULT '',
  exdates           TEXT NOT NULL DEFAULT '',
  recurrence_of     TEXT REFERENCES event (id),
  recurrence_start  TEXT,
  CHECK (end_at >= start_at),
  CHECK ((recurrence_of IS NULL) = (recurrence_start IS NULL))
);

-- The timeline reads a range (prd-timeline.c): one-off events by their
-- start, the few longer than 31 days by their end, the repeating ones all.
CREATE INDEX event_one_off ON event (start_at) WHERE deleted = 0 AND rrule = '';
CREATE INDEX event_long ON event (end_at)
  WHERE deleted = 0 AND rrule = ''
    AND julianday(substr(end_at, 1, 10)) - julianday(substr(start_at, 1, 10)) > 31;
CREATE INDEX event_series ON event (start_at) WHERE deleted = 0 AND rrule <> '';
CREATE INDEX event_uid ON event (uid) WHERE deleted = 0;
CREATE INDEX event_override ON event (recurrence_of) WHERE recurrence_of IS NOT NULL;
