-- 0003-victims.sql: people, victim support, victim strategies under the Victims' Code,
-- THRIVE risk assessments, safeguarding referrals and the NRM / Duty to Notify
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Every person in a case, once, with their roles.
CREATE TABLE people (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  revision           INTEGER NOT NULL DEFAULT 1,
  case_id            INTEGER NOT NULL REFERENCES cases (id),
  name               TEXT NOT NULL,
  pseudonym          INTEGER NOT NULL DEFAULT 0,
  roles              TEXT NOT NULL,
  date_of_birth      TEXT,
  age_status         TEXT NOT NULL DEFAULT 'unknown',
  gender             TEXT NOT NULL DEFAULT 'not-known',
  nationality        TEXT,
  languages          TEXT,
  interpreter_needed INTEGER NOT NULL DEFAULT 0,
  care_needs         TEXT NOT NULL DEFAULT 'unknown',
  exploitation_types TEXT NOT NULL DEFAULT '',
  identified_on      TEXT,
  status             TEXT NOT NULL DEFAULT 'unknown',
  s45_decision       TEXT NOT NULL DEFAULT 'not-considered',
  s45_rationale      TEXT,
  s45_decided_on     TEXT
);
CREATE INDEX people_by_case ON people (case_id, name);
CREATE TRIGGER people_no_delete BEFORE DELETE ON people
BEGIN
  SELECT RAISE (ABORT, 'people are kept');
END;

-- Address and contact details, kept apart so that reading a person never reads them:
-- they are revealed on purpose, and each reveal is audited as a consultation.
CREATE TABLE person_restricted (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision   INTEGER NOT NULL DEFAULT 1,
  person_id  INTEGER NOT NULL UNIQUE REFERENCES people (id),
  address    TEXT,
  phone      TEXT,
  email      TEXT,
  notes      TEXT
);

-- MSVLO, victim navigator or SPOC: history kept, one current lead contact.
CREATE TABLE victim_support (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  revision     INTEGER NOT NULL DEFAULT 1,
  person_id    INTEGER NOT NULL REFERENCES people (id),
  role         TEXT NOT NULL,
  staff_id     INTEGER REFERENCES staff (id),
  contact_name TEXT,
  organisation TEXT,
  starts_on    TEXT NOT NULL,
  ends_on      TEXT,
  lead         INTEGER NOT NULL DEFAULT 0,
  CHECK (staff_id IS NOT NULL OR contact_name IS NOT NULL)
);
CREATE INDEX victim_support_by_person ON victim_support (person_id, starts_on);
CREATE UNIQUE INDEX victim_support_one_lead ON victim_support (person_id)
  WHERE lead = 1 AND ends_on IS NULL;
CREATE VIEW victim_support_view AS
  SELECT v.*, s.name AS staff_name
  FROM victim_support v
  LEFT JOIN staff s ON s.id = v.staff_id;
CREATE TRIGGER victim_support_no_delete BEFORE DELETE ON victim_support
BEGIN
  SELECT RAISE (ABORT, 'victim support history is kept');
END;

-- Victim strategies, versioned; an agreed version is frozen.
CREATE TABLE victim_strategies (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  revision              INTEGER NOT NULL DEFAULT 1,
  person_id             INTEGER NOT NULL REFERENCES people (id),
  version               INTEGER NOT NULL CHECK (version > 0),
  status                TEXT NOT NULL DEFAULT 'draft',
  safeguarding_plan     TEXT,
  contact_arrangements  TEXT,
  update_frequency_days INTEGER NOT NULL,
  enhanced_reasons      TEXT NOT NULL DEFAULT '',
  communication_needs   TEXT,
  special_measures      TEXT,
  support_services      TEXT,
  author_id             INTEGER REFERENCES staff (id),
  agreed_by             INTEGER REFERENCES staff (id),
  agreed_at             TEXT,
  UNIQUE (person_id, version),
  CHECK (status <> 'agreed' OR (agreed_by IS NOT NULL AND agreed_at IS NOT NULL))
);
CREATE VIEW victim_strategies_view AS
  SELECT v.*, a.name AS author_name, g.name AS agreed_by_name
  FROM victim_strategies v
  LEFT JOIN staff a ON a.id = v.author_id
  LEFT JOIN staff g ON g.id = v.agreed_by;
CREATE TRIGGER victim_strategies_frozen BEFORE UPDATE ON victim_strategies
  WHEN old.status = 'agreed'
BEGIN
  SELECT RAISE (ABORT, 'an agreed victim strategy version is frozen');
END;
CREATE TRIGGER victim_strategies_no_delete BEFORE DELETE ON victim_strategies
BEGIN
  SELECT RAISE (ABORT, 'strategy versions are kept');
END;

-- The Victims' Code tracker: twelve rights for each strategy version. The rights of an
-- agreed version stay live: whether a right has been met moves on after agreement.
CREATE TABLE victim_code_rights (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  revision           INTEGER NOT NULL DEFAULT 1,
  victim_strategy_id INTEGER NOT NULL REFERENCES victim_strategies (id),
  person_id          INTEGER NOT NULL REFERENCES people (id),
  code_right         TEXT NOT NULL,
  status             TEXT NOT NULL DEFAULT 'not-yet-due',
  met_on             TEXT,
  evidence           TEXT,
  reason             TEXT,
  UNIQUE (victim_strategy_id, code_right)
);
CREATE TRIGGER victim_code_rights_no_delete BEFORE DELETE ON victim_code_rights
BEGIN
  SELECT RAISE (ABORT, 'strategy versions are kept');
END;

-- THRIVE risk assessments. An endorsed assessment is frozen; a new one supersedes it.
CREATE TABLE risk_assessments (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  revision            INTEGER NOT NULL DEFAULT 1,
  person_id           INTEGER NOT NULL REFERENCES people (id),
  threat              TEXT,
  harm                TEXT,
  risk                TEXT,
  investigation       TEXT,
  vulnerability       TEXT,
  engagement          TEXT,
  risk_factors        TEXT NOT NULL DEFAULT '',
  other_factor        TEXT,
  grade               TEXT NOT NULL DEFAULT 'standard',
  assessor_id         INTEGER NOT NULL REFERENCES staff (id),
  assessed_on         TEXT NOT NULL,
  endorsed_by         INTEGER REFERENCES staff (id),
  endorsed_at         TEXT,
  endorsement_comment TEXT,
  supersedes_id       INTEGER REFERENCES risk_assessments (id),
  CHECK ((endorsed_by IS NULL) = (endorsed_at IS NULL))
);
CREATE INDEX risk_assessments_by_person ON risk_assessments (person_id, assessed_on);
CREATE UNIQUE INDEX risk_assessments_superseded_once ON risk_assessments (supersedes_id)
  WHERE supersedes_id IS NOT NULL;
CREATE VIEW risk_assessments_view AS
  SELECT r.*, a.name AS assessor_name, e.name AS endorsed_by_name,
         EXISTS (SELECT 1 FROM risk_assessments n WHERE n.supersedes_id = r.id) AS superseded
  FROM risk_assessments r
  LEFT JOIN staff a ON a.id = r.assessor_id
  LEFT JOIN staff e ON e.id = r.endorsed_by;
CREATE TRIGGER risk_assessments_frozen BEFORE UPDATE ON risk_assessments
  WHEN old.endorsed_at IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'an endorsed risk assessment is frozen');
END;
CREATE TRIGGER risk_assessments_no_delete BEFORE DELETE ON risk_assessments
BEGIN
  SELECT RAISE (ABORT, 'risk assessments are kept');
END;

CREATE TABLE safeguarding_referrals (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  revision      INTEGER NOT NULL DEFAULT 1,
  person_id     INTEGER NOT NULL REFERENCES people (id),
  referral_type TEXT NOT NULL,
  agency        TEXT NOT NULL,
  sent_at       TEXT NOT NULL,
  outcome       TEXT NOT NULL DEFAULT 'pending',
  outcome_on    TEXT,
  notes         TEXT
);
CREATE INDEX safeguarding_referrals_by_person ON safeguarding_referrals (person_id, sent_at);
CREATE TRIGGER safeguarding_referrals_no_delete BEFORE DELETE ON safeguarding_referrals
BEGIN
  SELECT RAISE (ABORT, 'referrals are kept');
END;

CREATE TABLE nrm_referrals (
  id                        INTEGER PRIMARY KEY,
  uuid                      TEXT NOT NULL UNIQUE,
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL,
  revision                  INTEGER NOT NULL DEFAULT 1,
  person_id                 INTEGER NOT NULL REFERENCES people (id),
  route                     TEXT NOT NULL,
  consent_given             INTEGER NOT NULL DEFAULT 0,
  submitted_on              TEXT NOT NULL,
  reference                 TEXT,
  decision_maker            TEXT NOT NULL DEFAULT 'sca',
  rg_outcome                TEXT NOT NULL DEFAULT 'pending',
  rg_on                     TEXT,
  cg_outcome                TEXT NOT NULL DEFAULT 'pending',
  cg_on                     TEXT,
  reconsideration_requested INTEGER NOT NULL DEFAULT 0,
  notes                     TEXT
);
CREATE INDEX nrm_referrals_by_person ON nrm_referrals (person_id, submitted_on);
CREATE TRIGGER nrm_referrals_no_delete BEFORE DELETE ON nrm_referrals
BEGIN
  SELECT RAISE (ABORT, 'referrals are kept');
END;

-- People with what the victims list shows at a glance: the current lead contact, the
-- newest victim strategy, the current risk assessment and the NRM stage.
CREATE VIEW people_view AS
  SELECT p.*,
    (SELECT coalesce (s.name, v.contact_name) FROM victim_support v
       LEFT JOIN staff s ON s.id = v.staff_id
       WHERE v.person_id = p.id AND v.lead = 1 AND v.ends_on IS NULL) AS lead_contact,
    (SELECT v.role FROM victim_support v
       WHERE v.person_id = p.id AND v.lead = 1 AND v.ends_on IS NULL) AS lead_contact_role,
    (SELECT vs.status FROM victim_strategies vs
       WHERE vs.person_id = p.id ORDER BY vs.version DESC LIMIT 1) AS strategy_status,
    (SELECT r.grade FROM risk_assessments r
       WHERE r.person_id = p.id ORDER BY r.assessed_on DESC, r.id DESC LIMIT 1) AS risk_grade,
    coalesce ((SELECT r.endorsed_at IS NOT NULL FROM risk_assessments r
       WHERE r.person_id = p.id ORDER BY r.assessed_on DESC, r.id DESC LIMIT 1), 0)
       AS risk_endorsed,
    (SELECT CASE
              WHEN n.route = 'ms1-anonymous' THEN 'ms1'
              WHEN n.cg_outcome <> 'pending' THEN 'cg-' || n.cg_outcome
              WHEN n.rg_outcome <> 'pending' THEN 'rg-' || n.rg_outcome
              ELSE 'referred'
            END
       FROM nrm_referrals n
       WHERE n.person_id = p.id ORDER BY n.submitted_on DESC, n.id DESC LIMIT 1) AS nrm_stage
  FROM people p;
