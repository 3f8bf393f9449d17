-- 0007-readiness.sql: staff training, accreditation history and welfare support, the
-- force's support services and guidance with its acknowledgements, the learning log and
-- escalations to senior leaders
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE training_records (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  revision     INTEGER NOT NULL DEFAULT 1,
  staff_id     INTEGER NOT NULL REFERENCES staff (id),
  course       TEXT NOT NULL,
  course_name  TEXT,
  completed_on TEXT NOT NULL,
  expires_on   TEXT,
  provider     TEXT,
  notes        TEXT,
  CHECK (expires_on IS NULL OR expires_on >= completed_on)
);
CREATE INDEX training_records_by_staff ON training_records (staff_id, course, completed_on);

-- The staff record holds the current PIP level and status; this is how they came to be,
-- so that an allocation is judged by the accreditation held on its date.
CREATE TABLE accreditation_changes (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  revision             INTEGER NOT NULL DEFAULT 1,
  staff_id             INTEGER NOT NULL REFERENCES staff (id),
  pip_level            TEXT NOT NULL,
  accreditation_status TEXT NOT NULL,
  from_date            TEXT NOT NULL,
  recorded_by          INTEGER REFERENCES staff (id),
  note                 TEXT
);
CREATE INDEX accreditation_changes_by_staff ON accreditation_changes (staff_id, from_date);

CREATE TABLE support_services (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision   INTEGER NOT NULL DEFAULT 1,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
  access     TEXT
);

CREATE TABLE staff_welfare (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision   INTEGER NOT NULL DEFAULT 1,
  staff_id   INTEGER NOT NULL REFERENCES staff (id),
  offered_on TEXT NOT NULL,
  offered    TEXT NOT NULL,
  service_id INTEGER REFERENCES support_services (id) ON DELETE SET NULL
);
CREATE INDEX staff_welfare_by_staff ON staff_welfare (staff_id, offered_on);

CREATE TABLE guidance_documents (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  revision     INTEGER NOT NULL DEFAULT 1,
  title        TEXT NOT NULL CHECK (trim(title) <> ''),
  version      TEXT NOT NULL CHECK (trim(version) <> ''),
  effective_on TEXT NOT NULL,
  location     TEXT,
  summary      TEXT
);

-- An acknowledgement counts only for the version it names: a new version of the document
-- needs a new one.
CREATE TABLE guidance_acknowledgements (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  revision        INTEGER NOT NULL DEFAULT 1,
  document_id     INTEGER NOT NULL REFERENCES guidance_documents (id) ON DELETE CASCADE,
  version         TEXT NOT NULL,
  staff_id        INTEGER NOT NULL REFERENCES staff (id),
  acknowledged_at TEXT NOT NULL,
  UNIQUE (document_id, version, staff_id)
);
CREATE INDEX guidance_acknowledgements_by_staff ON guidance_acknowledgements (staff_id);

CREATE TABLE learning_entries (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  revision          INTEGER NOT NULL DEFAULT 1,
  kind              TEXT NOT NULL,
  recorded_on       TEXT NOT NULL,
  case_id           INTEGER REFERENCES cases (id),
  review_id         INTEGER REFERENCES reviews (id),
  description       TEXT NOT NULL,
  actions           TEXT,
  actions_closed_on TEXT,
  shared_with       TEXT NOT NULL DEFAULT '',
  shared_on         TEXT
);
CREATE INDEX learning_entries_by_date ON learning_entries (recorded_on);

CREATE TABLE escalations (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  revision       INTEGER NOT NULL DEFAULT 1,
  concern        TEXT NOT NULL,
  details        TEXT NOT NULL,
  raised_to_name TEXT NOT NULL,
  raised_to_rank TEXT,
  raised_on      TEXT NOT NULL,
  response       TEXT,
  responded_on   TEXT,
  closed_on      TEXT,
  case_id        INTEGER REFERENCES cases (id)
);
CREATE INDEX escalations_by_date ON escalations (raised_on);
