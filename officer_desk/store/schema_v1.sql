-- Officer Desk schema, version 1. Applied in one transaction by store.migrations.
-- Dates are ISO text 'YYYY-MM-DD'; moments are 'YYYY-MM-DDTHH:MM[:SS]' local time.
-- Record ids are AUTOINCREMENT: never reused after an erasure, so access-log entries about
-- an erased record can never point at a later one.
-- Note bodies live in their own table (`note`), fetched only when a note is opened:
-- list and report queries never read them (measured: it halves their time).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE student (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name   TEXT NOT NULL,
    name_key       TEXT NOT NULL,           -- accent/case-folded, for search and duplicates
    student_number TEXT,                    -- NULL when unknown; unique when given
    email          TEXT,
    programme      TEXT NOT NULL DEFAULT '',
    faculty        TEXT NOT NULL DEFAULT '',
    phase          TEXT NOT NULL,
    student_group  TEXT NOT NULL,
    legal_hold     INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    last_contact   TEXT,                    -- date of latest consultation (denormalised)
    next_follow_up TEXT,                    -- earliest open follow-up due date (denormalised)
    open_cases     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX student_number_uq ON student(student_number) WHERE student_number IS NOT NULL;
CREATE INDEX student_email ON student(email) WHERE email IS NOT NULL;
CREATE INDEX student_name_key ON student(name_key);
CREATE INDEX student_last_contact ON student(last_contact);

CREATE TABLE case_record (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id      INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    opened_on       TEXT NOT NULL,
    primary_concern TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open',
    closed_on       TEXT,
    close_reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_student ON case_record(student_id);
CREATE INDEX case_opened ON case_record(opened_on);
CREATE INDEX case_closed ON case_record(closed_on) WHERE closed_on IS NOT NULL;

CREATE TABLE consultation (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id    INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    case_id       INTEGER NOT NULL REFERENCES case_record(id) ON DELETE CASCADE,
    started_at    TEXT NOT NULL,
    day           TEXT NOT NULL,            -- date part of started_at, for range queries
    duration_min  INTEGER NOT NULL,
    channel       TEXT NOT NULL,
    initiator     TEXT NOT NULL,
    urgency       TEXT NOT NULL,
    primary_topic TEXT NOT NULL,
    finalised_at  TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX consultation_student ON consultation(student_id, started_at);
CREATE INDEX consultation_day ON consultation(day, student_id);
CREATE INDEX consultation_case ON consultation(case_id);

CREATE TABLE consultation_topic (
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    topic           TEXT NOT NULL,
    is_primary      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (consultation_id, topic)
) WITHOUT ROWID;
CREATE INDEX consultation_topic_topic ON consultation_topic(topic);

-- Dossier and private notes and their addenda. A finalised note is never edited: later
-- changes are rows of kind 'addendum'.
CREATE TABLE note (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    student_id      INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    layer           TEXT NOT NULL,          -- 'dossier' | 'private'
    kind            TEXT NOT NULL,          -- 'note' | 'addendum'
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX note_consultation ON note(consultation_id);
CREATE INDEX note_student ON note(student_id);

-- Full-text index over note bodies (external content; kept in sync by triggers).
CREATE VIRTUAL TABLE note_fts USING fts5(
    body, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER note_ai AFTER INSERT ON note BEGIN
    INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER note_ad AFTER DELETE ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER note_au AFTER UPDATE OF body ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
END;

CREATE TABLE referral (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id        INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    case_id           INTEGER NOT NULL REFERENCES case_record(id) ON DELETE CASCADE,
    consultation_id   INTEGER REFERENCES consultation(id) ON DELETE SET NULL,
    destination       TEXT NOT NULL,
    status            TEXT NOT NULL,
    proposed_on       TEXT NOT NULL,
    status_changed_on TEXT NOT NULL,
    outcome           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_student ON referral(student_id);
CREATE INDEX referral_proposed ON referral(proposed_on);
CREATE INDEX referral_consultation ON referral(consultation_id);
CREATE INDEX referral_case ON referral(case_id);

CREATE TABLE follow_up (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id      INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    case_id         INTEGER REFERENCES case_record(id) ON DELETE CASCADE,
    consultation_id INTEGER REFERENCES consultation(id) ON DELETE SET NULL,
    due_date        TEXT NOT NULL,
    due_time        TEXT,
    kind            TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open',
    note            TEXT NOT NULL DEFAULT '',
    done_on         TEXT,
    created_on      TEXT NOT NULL
);
CREATE INDEX follow_up_open ON follow_up(due_date) WHERE status = 'open';
CREATE INDEX follow_up_due ON follow_up(due_date, status);
CREATE INDEX follow_up_student ON follow_up(student_id);
CREATE INDEX follow_up_consultation ON follow_up(consultation_id);
CREATE INDEX follow_up_case ON follow_up(case_id);

CREATE TABLE outreach (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_type TEXT NOT NULL,
    held_on       TEXT NOT NULL,
    participants  INTEGER NOT NULL CHECK (participants >= 0),
    description   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outreach_held ON outreach(held_on);

-- Encrypted drafts of half-typed forms (restored after a lock or crash).
CREATE TABLE draft (
    key        TEXT PRIMARY KEY,              -- e.g. 'consultation:new'
    student_id INTEGER REFERENCES student(id) ON DELETE CASCADE,
    payload    TEXT NOT NULL,                 -- JSON
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only, hash-chained access log. record_id is an internal id, never a name.
CREATE TABLE access_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id   INTEGER,
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX access_log_record ON access_log(record_type, record_id);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN
    SELECT RAISE(ABORT, 'access log is append-only');
END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN
    SELECT RAISE(ABORT, 'access log is append-only');
END;

-- Released (frozen) report quarters: the signed bundle and its hash (docs/DISCLOSURE.md, R8).
CREATE TABLE report_release (
    period      TEXT PRIMARY KEY,
    released_at TEXT NOT NULL,
    bundle      TEXT NOT NULL,                -- canonical JSON of the protected tables
    sha256      TEXT NOT NULL
) WITHOUT ROWID;
