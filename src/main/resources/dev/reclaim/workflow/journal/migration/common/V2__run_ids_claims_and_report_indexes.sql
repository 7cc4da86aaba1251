-- Portable SQL: every journal (SQLite and PostgreSQL) runs this same file.
-- Run ids make writes idempotent: a retried write or an upload from a station's outbox finds its run already there.
-- Entries written before this migration keep a NULL run id (both databases allow many NULLs in a unique index).
ALTER TABLE journal_entry ADD COLUMN run_id VARCHAR(36);
CREATE UNIQUE INDEX journal_entry_run ON journal_entry (run_id);

-- What the reports read: entries since a time (per shift and station), failed steps by title.
CREATE INDEX journal_entry_started ON journal_entry (started_at);
CREATE INDEX journal_entry_station_started ON journal_entry (station, started_at);
CREATE INDEX journal_step_outcome ON journal_step (outcome, title);

-- One row per device being worked on: the primary key makes claiming atomic, the token names the holder, and a
-- claim whose station died lapses at expires_at. Times are fixed-width ISO-8601 UTC text.
CREATE TABLE device_claim (
    device_id   VARCHAR(24)  NOT NULL PRIMARY KEY,
    station     VARCHAR(255) NOT NULL,
    token       VARCHAR(36)  NOT NULL,
    claimed_at  VARCHAR(40)  NOT NULL,
    expires_at  VARCHAR(40)  NOT NULL
);
