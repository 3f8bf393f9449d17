-- 0001-initial.sql: staff, cases, allocations and the audit log
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Column names are the model's property names with '-' as '_'. Enumerations are stored by
-- nick, flags as comma-separated nicks, dates as YYYY-MM-DD, times as UTC ISO-8601.

PRAGMA application_id = 1331057492;  -- 'OVST'

CREATE TABLE staff (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  revision             INTEGER NOT NULL DEFAULT 1,
  name                 TEXT NOT NULL CHECK (trim(name) <> ''),
  collar_number        TEXT NOT NULL,
  rank                 TEXT NOT NULL,
  roles                TEXT NOT NULL DEFAULT '',
  pip_level            TEXT NOT NULL DEFAULT 'none',
  accreditation_status TEXT NOT NULL DEFAULT 'active',
  accreditation_date   TEXT,
  unit                 TEXT,
  email                TEXT,
  phone                TEXT,
  active               INTEGER NOT NULL DEFAULT 1,
  os_account           TEXT UNIQUE
);
CREATE INDEX staff_by_name ON staff (name COLLATE NOCASE);

CREATE TABLE cases (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  revision           INTEGER NOT NULL DEFAULT 1,
  reference          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(reference) <> ''),
  operation_name     TEXT,
  summary            TEXT,
  status             TEXT NOT NULL DEFAULT 'open',
  opened_on          TEXT NOT NULL,
  closed_on          TEXT,
  offences           TEXT NOT NULL DEFAULT '',
  exploitation_types TEXT NOT NULL DEFAULT '',
  county_lines       INTEGER NOT NULL DEFAULT 0,
  protective_marking TEXT NOT NULL DEFAULT 'official-sensitive',
  -- Kept by the triggers below from the allocations, so the case list can sort on them
  -- through an index at any size.
  oic_name           TEXT,
  pip2_override      INTEGER NOT NULL DEFAULT 0
);
-- One index per sortable column of the case list; id breaks ties so paging is stable.
CREATE INDEX cases_by_operation ON cases (operation_name COLLATE NOCASE, id);
CREATE INDEX cases_by_status ON cases (status, id);
CREATE INDEX cases_by_oic ON cases (oic_name COLLATE NOCASE, id);
CREATE INDEX cases_by_opened ON cases (opened_on, id);
CREATE INDEX cases_by_exploitation ON cases (exploitation_types, id);

-- The case count, kept by triggers: count(*) walks the whole table, and the case list asks
-- for it every time it opens.
CREATE TABLE case_count (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n  INTEGER NOT NULL
);
INSERT INTO case_count (id, n) VALUES (1, 0);
CREATE TRIGGER case_count_insert AFTER INSERT ON cases
BEGIN
  UPDATE case_count SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER case_count_delete AFTER DELETE ON cases
BEGIN
  UPDATE case_count SET n = n - 1 WHERE id = 1;
END;

-- Search as you type over reference, operation and summary.
CREATE VIRTUAL TABLE cases_fts USING fts5 (
  reference, operation_name, summary,
  content = 'cases', content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2 tokenchars '-'"
);
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases
BEGIN
  INSERT INTO cases_fts (rowid, reference, operation_name, summary)
  VALUES (new.id, new.reference, new.operation_name, new.summary);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases
BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, reference, operation_name, summary)
  VALUES ('delete', old.id, old.reference, old.operation_name, old.summary);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, operation_name, summary ON cases
BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, reference, operation_name, summary)
  VALUES ('delete', old.id, old.reference, old.operation_name, old.summary);
  INSERT INTO cases_fts (rowid, reference, operation_name, summary)
  VALUES (new.id, new.reference, new.operation_name, new.summary);
END;

CREATE TABLE allocations (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  revision             INTEGER NOT NULL DEFAULT 1,
  case_id              INTEGER NOT NULL REFERENCES cases (id),
  staff_id             INTEGER NOT NULL REFERENCES staff (id),
  role                 TEXT NOT NULL,
  starts_at            TEXT NOT NULL,
  ends_at              TEXT,
  allocated_by         INTEGER REFERENCES staff (id),
  override_rationale   TEXT,
  pip_level            TEXT NOT NULL,
  accreditation_status TEXT NOT NULL,
  -- Allocation history is kept: an allocation ends, it is never removed.
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX allocations_by_case ON allocations (case_id, starts_at);
CREATE INDEX allocations_by_staff ON allocations (staff_id);

CREATE TRIGGER allocations_no_delete BEFORE DELETE ON allocations
BEGIN
  SELECT RAISE (ABORT, 'allocation history is kept: end an allocation instead of deleting it');
END;

-- Allocations seen with the names the views and reports show.
CREATE VIEW allocations_view AS
  SELECT a.*, s.name AS staff_name, b.name AS allocated_by_name
  FROM allocations a
  JOIN staff s ON s.id = a.staff_id
  LEFT JOIN staff b ON b.id = a.allocated_by;

-- Keep cases.oic_name and cases.pip2_override in step with the allocations.
CREATE TRIGGER allocations_sync_insert AFTER INSERT ON allocations
BEGIN
  UPDATE cases SET
    oic_name = (SELECT s.name FROM allocations a JOIN staff s ON s.id = a.staff_id
                WHERE a.case_id = new.case_id AND a.role = 'officer-in-case' AND a.ends_at IS NULL
                ORDER BY a.starts_at DESC, a.id DESC LIMIT 1),
    pip2_override = EXISTS (SELECT 1 FROM allocations a
                            WHERE a.case_id = new.case_id
                              AND a.override_rationale IS NOT NULL
                              AND trim (a.override_rationale) <> '')
  WHERE id = new.case_id;
END;
CREATE TRIGGER allocations_sync_update AFTER UPDATE ON allocations
BEGIN
  UPDATE cases SET
    oic_name = (SELECT s.name FROM allocations a JOIN staff s ON s.id = a.staff_id
                WHERE a.case_id = new.case_id AND a.role = 'officer-in-case' AND a.ends_at IS NULL
                ORDER BY a.starts_at DESC, a.id DESC LIMIT 1),
    pip2_override = EXISTS (SELECT 1 FROM allocations a
                            WHERE a.case_id = new.case_id
                              AND a.override_rationale IS NOT NULL
                              AND trim (a.override_rationale) <> '')
  WHERE id = new.case_id;
END;
CREATE TRIGGER staff_rename_sync AFTER UPDATE OF name ON staff
BEGIN
  UPDATE cases SET oic_name = new.name
  WHERE id IN (SELECT case_id FROM allocations
               WHERE staff_id = new.id AND role = 'officer-in-case' AND ends_at IS NULL);
END;

-- The audit log: who did what, when. Append-only, and each event carries the hash of the
-- one before it, so an edited or removed event breaks the chain (oversight --verify-audit).
CREATE TABLE audit_events (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  account    TEXT NOT NULL,
  actor_id   INTEGER,
  actor_name TEXT NOT NULL,
  entity     TEXT NOT NULL,
  uuid       TEXT NOT NULL,
  action     TEXT NOT NULL,
  detail     TEXT NOT NULL DEFAULT '',
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE INDEX audit_events_by_uuid ON audit_events (uuid);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE (ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE (ABORT, 'the audit log is append-only');
END;

-- The head of the chain, so that removing the newest events is detected too.
CREATE TABLE audit_head (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  last_id   INTEGER NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
