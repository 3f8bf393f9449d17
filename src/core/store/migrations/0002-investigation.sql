-- 0002-investigation.sql: investigative strategy, supervisory reviews, actions, decision log
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Investigative strategy, versioned per case. An agreed version is frozen; a change after
-- agreement is a new draft version, and every version stays.
CREATE TABLE strategies (
  id                      INTEGER PRIMARY KEY,
  uuid                    TEXT NOT NULL UNIQUE,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  revision                INTEGER NOT NULL DEFAULT 1,
  case_id                 INTEGER NOT NULL REFERENCES cases (id),
  version                 INTEGER NOT NULL CHECK (version > 0),
  status                  TEXT NOT NULL DEFAULT 'draft',
  parameters              TEXT,
  aims                    TEXT,
  financial_investigation TEXT NOT NULL DEFAULT 'not-considered',
  financial_rationale     TEXT,
  rocu_notified_on        TEXT,
  orders_considered       TEXT NOT NULL DEFAULT 'not-yet',
  orders_rationale        TEXT,
  intelligence_plan       TEXT,
  forensic_plan           TEXT,
  suspect_plan            TEXT,
  communications_plan     TEXT,
  other_plan              TEXT,
  author_id               INTEGER REFERENCES staff (id),
  agreed_by               INTEGER REFERENCES staff (id),
  agreed_at               TEXT,
  UNIQUE (case_id, version),
  CHECK (status <> 'agreed' OR (agreed_by IS NOT NULL AND agreed_at IS NOT NULL)),
  CHECK (agreed_by IS NULL OR author_id IS NULL OR agreed_by <> author_id)
);
CREATE VIEW strategies_view AS
  SELECT s.*, a.name AS author_name, g.name AS agreed_by_name
  FROM strategies s
  LEFT JOIN staff a ON a.id = s.author_id
  LEFT JOIN staff g ON g.id = s.agreed_by;
CREATE TRIGGER strategies_frozen BEFORE UPDATE ON strategies WHEN old.status = 'agreed'
BEGIN
  SELECT RAISE (ABORT, 'an agreed strategy version is frozen: draft a new version');
END;
CREATE TRIGGER strategies_no_delete BEFORE DELETE ON strategies
BEGIN
  SELECT RAISE (ABORT, 'strategy versions are kept');
END;

-- Lines of enquiry belong to a strategy version. Once the version is agreed their wording
-- is frozen; their status moves on as reviews record progress.
CREATE TABLE lines_of_enquiry (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  revision          INTEGER NOT NULL DEFAULT 1,
  strategy_id       INTEGER NOT NULL REFERENCES strategies (id),
  case_id           INTEGER NOT NULL REFERENCES cases (id),
  position          INTEGER NOT NULL DEFAULT 0,
  title             TEXT NOT NULL,
  description       TEXT,
  status            TEXT NOT NULL DEFAULT 'open',
  closure_rationale TEXT
);
CREATE INDEX lines_by_strategy ON lines_of_enquiry (strategy_id, position);
CREATE TRIGGER lines_frozen_insert BEFORE INSERT ON lines_of_enquiry
  WHEN (SELECT status FROM strategies WHERE id = new.strategy_id) = 'agreed'
BEGIN
  SELECT RAISE (ABORT, 'an agreed strategy version is frozen: draft a new version');
END;
-- The store writes every column on update, and UPDATE OF fires whenever a column is
-- written, so the trigger compares values.
CREATE TRIGGER lines_frozen_update BEFORE UPDATE ON lines_of_enquiry
  WHEN (SELECT status FROM strategies WHERE id = old.strategy_id) = 'agreed'
   AND (new.strategy_id IS NOT old.strategy_id OR new.case_id IS NOT old.case_id
        OR new.title IS NOT old.title OR new.description IS NOT old.description
        OR new.position IS NOT old.position)
BEGIN
  SELECT RAISE (ABORT, 'an agreed strategy version is frozen: draft a new version');
END;
CREATE TRIGGER lines_no_delete BEFORE DELETE ON lines_of_enquiry
  WHEN (SELECT status FROM strategies WHERE id = old.strategy_id) = 'agreed'
BEGIN
  SELECT RAISE (ABORT, 'an agreed strategy version is frozen: draft a new version');
END;

-- 0001's triggers on staff names and case search text fired on every save, because the
-- store writes every column; they now run only when the value changed.
DROP TRIGGER staff_rename_sync;
CREATE TRIGGER staff_rename_sync AFTER UPDATE OF name ON staff
  WHEN new.name IS NOT old.name
BEGIN
  UPDATE cases SET oic_name = new.name
  WHERE id IN (SELECT case_id FROM allocations
               WHERE staff_id = new.id AND role = 'officer-in-case' AND ends_at IS NULL);
END;
DROP TRIGGER cases_fts_update;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, operation_name, summary ON cases
  WHEN new.reference IS NOT old.reference OR new.operation_name IS NOT old.operation_name
       OR new.summary IS NOT old.summary
BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, reference, operation_name, summary)
  VALUES ('delete', old.id, old.reference, old.operation_name, old.summary);
  INSERT INTO cases_fts (rowid, reference, operation_name, summary)
  VALUES (new.id, new.reference, new.operation_name, new.summary);
END;

-- Supervisory reviews. Signing off freezes a review; corrections are addenda.
CREATE TABLE reviews (
  id                      INTEGER PRIMARY KEY,
  uuid                    TEXT NOT NULL UNIQUE,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  revision                INTEGER NOT NULL DEFAULT 1,
  case_id                 INTEGER NOT NULL REFERENCES cases (id),
  strategy_id             INTEGER REFERENCES strategies (id),
  review_type             TEXT NOT NULL,
  trigger_event           TEXT NOT NULL DEFAULT 'none',
  trigger_detail          TEXT,
  held_at                 TEXT NOT NULL,
  reviewer_id             INTEGER NOT NULL REFERENCES staff (id),
  attendee_ids            TEXT,
  risk_reassessed         INTEGER NOT NULL DEFAULT 0,
  risk_notes              TEXT,
  directions              TEXT,
  parameters_confirmed    INTEGER NOT NULL DEFAULT 0,
  ownership_confirmed     INTEGER NOT NULL DEFAULT 0,
  proposed_next_review_on TEXT,
  next_review_on          TEXT,
  next_review_reason      TEXT,
  status                  TEXT NOT NULL DEFAULT 'draft',
  signed_off_by           INTEGER REFERENCES staff (id),
  signed_off_at           TEXT,
  CHECK (status <> 'signed-off' OR (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL))
);
CREATE INDEX reviews_by_case ON reviews (case_id, held_at);
CREATE VIEW reviews_view AS
  SELECT r.*, a.name AS reviewer_name, b.name AS signed_off_by_name
  FROM reviews r
  LEFT JOIN staff a ON a.id = r.reviewer_id
  LEFT JOIN staff b ON b.id = r.signed_off_by;
CREATE TRIGGER reviews_frozen BEFORE UPDATE ON reviews WHEN old.status = 'signed-off'
BEGIN
  SELECT RAISE (ABORT, 'a signed-off review is frozen: add an addendum instead');
END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews WHEN old.status = 'signed-off'
BEGIN
  SELECT RAISE (ABORT, 'a signed-off review is frozen: add an addendum instead');
END;

-- Actions, raised at a review or ad hoc.
CREATE TABLE actions (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  revision      INTEGER NOT NULL DEFAULT 1,
  case_id       INTEGER NOT NULL REFERENCES cases (id),
  review_id     INTEGER REFERENCES reviews (id),
  description   TEXT NOT NULL,
  owner_id      INTEGER NOT NULL REFERENCES staff (id),
  due_on        TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'open',
  cancel_reason TEXT,
  completed_on  TEXT
);
CREATE INDEX actions_by_case ON actions (case_id, due_on);
CREATE INDEX actions_by_owner ON actions (owner_id, status);
CREATE VIEW actions_view AS
  SELECT x.*, o.name AS owner_name
  FROM actions x
  LEFT JOIN staff o ON o.id = x.owner_id;
CREATE TRIGGER actions_no_delete BEFORE DELETE ON actions
BEGIN
  SELECT RAISE (ABORT, 'actions are kept: cancel an action with a reason instead');
END;

-- What a review recorded against each line of enquiry and each open action.
CREATE TABLE review_lines (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  revision          INTEGER NOT NULL DEFAULT 1,
  review_id         INTEGER NOT NULL REFERENCES reviews (id),
  line_id           INTEGER NOT NULL REFERENCES lines_of_enquiry (id),
  progress          TEXT,
  status            TEXT NOT NULL DEFAULT 'open',
  closure_rationale TEXT,
  UNIQUE (review_id, line_id)
);
CREATE VIEW review_lines_view AS
  SELECT p.*, l.title AS line_title
  FROM review_lines p
  JOIN lines_of_enquiry l ON l.id = p.line_id;

CREATE TABLE review_action_checks (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision  INTEGER NOT NULL DEFAULT 1,
  review_id INTEGER NOT NULL REFERENCES reviews (id),
  action_id INTEGER NOT NULL REFERENCES actions (id),
  status    TEXT NOT NULL DEFAULT 'open',
  note      TEXT,
  UNIQUE (review_id, action_id)
);
CREATE VIEW review_action_checks_view AS
  SELECT c.*, x.description AS action_description
  FROM review_action_checks c
  JOIN actions x ON x.id = c.action_id;

CREATE TRIGGER review_lines_frozen_insert BEFORE INSERT ON review_lines
  WHEN (SELECT status FROM reviews WHERE id = new.review_id) = 'signed-off'
BEGIN
  SELECT RAISE (ABORT, 'a signed-off review is frozen: add an addendum instead');
END;
CREATE TRIGGER review_lines_frozen_update BEFORE UPDATE ON review_lines
  WHEN (SELECT status FROM reviews WHERE id = old.review_id) = 'signed-off'
BEGIN
  SELECT RAISE (ABORT, 'a signed-off review is frozen: add an addendum instead');
END;
CREATE TRIGGER review_action_checks_frozen_insert BEFORE INSERT ON review_action_checks
  WHEN (SELECT status FROM reviews WHERE id = new.review_id) = 'signed-off'
BEGIN
  SELECT RAISE (ABORT, 'a signed-off review is frozen: add an addendum instead');
END;
CREATE TRIGGER review_action_checks_frozen_update BEFORE UPDATE ON review_action_checks
  WHEN (SELECT status FROM reviews WHERE id = old.review_id) = 'signed-off'
BEGIN
  SELECT RAISE (ABORT, 'a signed-off review is frozen: add an addendum instead');
END;

-- Addenda: the only way to correct a signed-off review. Never edited or removed.
CREATE TABLE review_addenda (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision   INTEGER NOT NULL DEFAULT 1,
  review_id  INTEGER NOT NULL REFERENCES reviews (id),
  author_id  INTEGER REFERENCES staff (id),
  added_at   TEXT NOT NULL,
  text       TEXT NOT NULL
);
CREATE VIEW review_addenda_view AS
  SELECT d.*, a.name AS author_name
  FROM review_addenda d
  LEFT JOIN staff a ON a.id = d.author_id;
CREATE TRIGGER review_addenda_no_update BEFORE UPDATE ON review_addenda
BEGIN
  SELECT RAISE (ABORT, 'addenda are never edited: add another addendum');
END;
CREATE TRIGGER review_addenda_no_delete BEFORE DELETE ON review_addenda
BEGIN
  SELECT RAISE (ABORT, 'addenda are never removed');
END;

-- The decision log (policy file): numbered without gaps per case, never edited or
-- removed. A change is a new entry that supersedes an earlier one.
CREATE TABLE decisions (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  revision          INTEGER NOT NULL DEFAULT 1,
  case_id           INTEGER NOT NULL REFERENCES cases (id),
  number            INTEGER NOT NULL,
  decided_at        TEXT NOT NULL,
  recorded_at       TEXT NOT NULL,
  decision_maker_id INTEGER NOT NULL REFERENCES staff (id),
  decision          TEXT NOT NULL,
  rationale         TEXT NOT NULL,
  options_rejected  TEXT,
  supersedes_id     INTEGER REFERENCES decisions (id),
  review_id         INTEGER REFERENCES reviews (id),
  UNIQUE (case_id, number)
);
CREATE UNIQUE INDEX decisions_superseded_once ON decisions (supersedes_id)
  WHERE supersedes_id IS NOT NULL;
CREATE VIEW decisions_view AS
  SELECT d.*, m.name AS decision_maker_name, s.number AS supersedes_number,
         (SELECT n.number FROM decisions n WHERE n.supersedes_id = d.id) AS superseded_by_number
  FROM decisions d
  LEFT JOIN staff m ON m.id = d.decision_maker_id
  LEFT JOIN decisions s ON s.id = d.supersedes_id;
CREATE TRIGGER decisions_numbered BEFORE INSERT ON decisions
  WHEN new.number <> (SELECT coalesce (max (number), 0) + 1 FROM decisions
                      WHERE case_id = new.case_id)
BEGIN
  SELECT RAISE (ABORT, 'decision log entries are numbered in order without gaps');
END;
CREATE TRIGGER decisions_supersede_same_case BEFORE INSERT ON decisions
  WHEN new.supersedes_id IS NOT NULL
   AND (SELECT case_id FROM decisions WHERE id = new.supersedes_id) <> new.case_id
BEGIN
  SELECT RAISE (ABORT, 'a decision can only supersede an entry of the same case');
END;
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
  SELECT RAISE (ABORT, 'decision log entries are never edited: record a new entry that supersedes it');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
  SELECT RAISE (ABORT, 'decision log entries are never removed');
END;
