"""The schema, as append-only sqlite-utils migrations.

Rules: a released migration is never edited; add a new function at the end. A migration that
older versions of the app cannot live with raises ``SCHEMA_MAJOR`` (stored in
``PRAGMA user_version``); older apps then refuse the file instead of damaging it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

#: The schema generation this code writes. A file with a higher ``user_version`` is refused.
SCHEMA_MAJOR = 1

migrations = Migrations("course_manager")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(_INITIAL)
    db.execute(f"PRAGMA user_version = {SCHEMA_MAJOR}")


_INITIAL = """
CREATE TABLE programme (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL DEFAULT '',
    name_kk TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE module (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
    code TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_ru TEXT NOT NULL DEFAULT '',
    title_kk TEXT NOT NULL DEFAULT '',
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (programme_id, code)
) STRICT;

CREATE TABLE cohort (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
    title TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    start_date TEXT,
    end_date TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    venue TEXT NOT NULL DEFAULT '',
    trainers TEXT NOT NULL DEFAULT '[]',
    min_attendance REAL NOT NULL DEFAULT 0.8 CHECK (min_attendance BETWEEN 0 AND 1),
    min_score REAL,
    excused_counts INTEGER NOT NULL DEFAULT 0 CHECK (excused_counts IN (0, 1)),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE TABLE cohort_module (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
    module_id INTEGER NOT NULL REFERENCES module(id) ON DELETE RESTRICT,
    date TEXT,
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (cohort_id, module_id)
) STRICT;

CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    full_name_latin TEXT NOT NULL DEFAULT '',
    email TEXT UNIQUE CHECK (email IS NULL OR (email = lower(email) AND email LIKE '%_@_%')),
    country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    organization TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT 'unspecified' CHECK (gender IN ('female', 'male', 'unspecified')),
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX participant_name ON participant(full_name COLLATE NOCASE);

CREATE TABLE enrollment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE RESTRICT,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'withdrawn')),
    enrolled_at TEXT NOT NULL,
    withdrawn_at TEXT,
    withdraw_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (cohort_id, participant_id)
) STRICT;
CREATE INDEX enrollment_participant ON enrollment(participant_id);

CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
    cohort_module_id INTEGER NOT NULL REFERENCES cohort_module(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'excused')),
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    score REAL,
    UNIQUE (enrollment_id, cohort_module_id)
) STRICT;
CREATE INDEX attendance_module ON attendance(cohort_module_id);

CREATE TABLE completion_override (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL UNIQUE REFERENCES enrollment(id) ON DELETE CASCADE,
    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    at TEXT NOT NULL,
    actor TEXT NOT NULL
) STRICT;

CREATE TABLE certificate (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    serial TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE RESTRICT,
    issue_date TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '["en"]',
    template TEXT NOT NULL,
    full_name TEXT NOT NULL,
    full_name_latin TEXT NOT NULL DEFAULT '',
    verification_code TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    revoked_at TEXT,
    revoke_reason TEXT NOT NULL DEFAULT '',
    supersedes_id INTEGER REFERENCES certificate(id) ON DELETE RESTRICT,
    superseded_by_id INTEGER REFERENCES certificate(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX certificate_enrollment ON certificate(enrollment_id);

-- Serial numbers are never reused: the counter only moves forward, even past revoked ones.
CREATE TABLE serial_counter (
    prefix TEXT PRIMARY KEY,
    last_value INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value ANY
) STRICT;

-- Column mappings the coordinator confirmed, keyed by the shape of a form's header row.
CREATE TABLE import_mapping (
    id INTEGER PRIMARY KEY,
    signature TEXT NOT NULL UNIQUE,
    mapping TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT;

-- Filled by triggers (see storage/audit.py) for every change to the record.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'note')),
    table_name TEXT NOT NULL,
    row_id INTEGER,
    row_uuid TEXT,
    field TEXT,
    old_value ANY,
    new_value ANY
) STRICT;
CREATE INDEX audit_row ON audit(table_name, row_id);
"""


@migrations()
def m002_certificate_email(db: Database) -> None:
    """When each certificate was e-mailed, and to whom (``certificates email --smtp``)."""
    db.executescript(_CERTIFICATE_EMAIL)


_CERTIFICATE_EMAIL = """
CREATE TABLE certificate_email (
    id INTEGER PRIMARY KEY,
    certificate_id INTEGER NOT NULL REFERENCES certificate(id) ON DELETE CASCADE,
    sent_at TEXT NOT NULL,
    to_address TEXT NOT NULL,
    message_id TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX certificate_email_certificate ON certificate_email(certificate_id);
"""


@migrations()
def m003_exchange(db: Database) -> None:
    """Exchange between offices (storage/exchange.py): this office's identity and snapshot, the
    exchange entries seen, the conflicts waiting for a person; the audit trail names the office
    and the exchange file a change came with."""
    db.executescript(_EXCHANGE)


_EXCHANGE = """
-- This office's exchange identity and the snapshot of the last export (UUID-keyed, serialized).
CREATE TABLE exchange_state (
    key TEXT PRIMARY KEY,
    value ANY
) STRICT;

-- Every exchange entry this office made or applied: one office's changes (a changeset) and its
-- decisions on conflicts; kept to pass on to offices that have not seen them yet.
CREATE TABLE exchange_entry (
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL,
    origin_name TEXT NOT NULL,
    changeset BLOB NOT NULL,
    decisions TEXT NOT NULL DEFAULT '[]',
    made_at TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    file TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (origin, seq)
) STRICT;

-- A change that could not be applied without losing something: both values kept until a person
-- decides. The id is the same in every office that meets the same conflict.
CREATE TABLE exchange_conflict (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('field', 'delete', 'row', 'duplicate')),
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    field TEXT,
    ours TEXT,
    theirs TEXT,
    theirs_row TEXT,
    office TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    decision TEXT,
    decided_here INTEGER NOT NULL DEFAULT 0,
    exported INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL
) STRICT;

ALTER TABLE audit ADD COLUMN office TEXT;
ALTER TABLE audit ADD COLUMN exchange_file TEXT;
"""
