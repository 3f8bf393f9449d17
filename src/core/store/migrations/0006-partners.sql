-- 0006-partners.sql: the partner register, victim reception centre plans, and references
-- to partners wherever a case names an agency
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Partner agencies, known before an investigation needs them.
CREATE TABLE partners (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  revision            INTEGER NOT NULL DEFAULT 1,
  name                TEXT NOT NULL,
  partner_type        TEXT NOT NULL DEFAULT 'other',
  sharing_agreement   TEXT NOT NULL DEFAULT 'none',
  sharing_review_on   TEXT,
  last_engaged_on     TEXT,
  last_engagement     TEXT,
  notes               TEXT,
  CHECK (sharing_agreement = 'none' OR sharing_review_on IS NOT NULL)
);
CREATE UNIQUE INDEX partners_by_name ON partners (name COLLATE NOCASE);

-- Named people at a partner. They go with their partner.
CREATE TABLE partner_contacts (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  revision     INTEGER NOT NULL DEFAULT 1,
  partner_id   INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  role         TEXT,
  phone        TEXT,
  email        TEXT,
  out_of_hours TEXT
);
CREATE INDEX partner_contacts_by_partner ON partner_contacts (partner_id, name);

-- Victim reception centre plans, agreed through the local resilience forum.
CREATE TABLE reception_plans (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  revision          INTEGER NOT NULL DEFAULT 1,
  name              TEXT NOT NULL,
  scope             TEXT NOT NULL DEFAULT 'both',
  venue             TEXT,
  capacity          INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
  activation        TEXT,
  escalation        TEXT,
  interpreters      TEXT,
  health_screening  TEXT,
  welfare           TEXT,
  onward_support    TEXT,
  lrf_agreed_on     TEXT,
  lrf_reference     TEXT,
  last_exercised_on TEXT,
  lessons           TEXT,
  review_due_on     TEXT
);

-- The agencies attending a reception centre, from the register, with their roles. A
-- partner named by a plan cannot be deleted.
CREATE TABLE reception_plan_agencies (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  revision    INTEGER NOT NULL DEFAULT 1,
  plan_id     INTEGER NOT NULL REFERENCES reception_plans (id) ON DELETE CASCADE,
  partner_id  INTEGER REFERENCES partners (id) ON DELETE RESTRICT,
  agency_name TEXT,
  role        TEXT,
  CHECK (partner_id IS NOT NULL OR agency_name IS NOT NULL)
);
CREATE INDEX reception_plan_agencies_by_plan ON reception_plan_agencies (plan_id);
CREATE INDEX reception_plan_agencies_by_partner ON reception_plan_agencies (partner_id);
CREATE VIEW reception_plan_agencies_view AS
  SELECT a.*, p.name AS partner_name, p.partner_type AS partner_type
  FROM reception_plan_agencies a
  LEFT JOIN partners p ON p.id = a.partner_id;

-- Referrals and victim support name a partner from the register; the free-text agency
-- stays as the fallback for one that is not in it.
-- The agency of a referral may now be left empty when a partner is named, so the table
-- is rebuilt without the NOT NULL (dropping a table fires no delete trigger).
CREATE TABLE safeguarding_referrals_new (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  revision      INTEGER NOT NULL DEFAULT 1,
  person_id     INTEGER NOT NULL REFERENCES people (id),
  referral_type TEXT NOT NULL,
  agency        TEXT,
  sent_at       TEXT NOT NULL,
  outcome       TEXT NOT NULL DEFAULT 'pending',
  outcome_on    TEXT,
  notes         TEXT,
  partner_id    INTEGER REFERENCES partners (id) ON DELETE RESTRICT,
  CHECK (partner_id IS NOT NULL OR agency IS NOT NULL)
);
INSERT INTO safeguarding_referrals_new
  (id, uuid, created_at, updated_at, revision, person_id, referral_type, agency, sent_at,
   outcome, outcome_on, notes)
  SELECT id, uuid, created_at, updated_at, revision, person_id, referral_type, agency, sent_at,
         outcome, outcome_on, notes
  FROM safeguarding_referrals;
DROP TABLE safeguarding_referrals;
ALTER TABLE safeguarding_referrals_new RENAME TO safeguarding_referrals;
CREATE INDEX safeguarding_referrals_by_person ON safeguarding_referrals (person_id, sent_at);
CREATE INDEX safeguarding_referrals_by_partner ON safeguarding_referrals (partner_id);
CREATE TRIGGER safeguarding_referrals_no_delete BEFORE DELETE ON safeguarding_referrals
BEGIN
  SELECT RAISE (ABORT, 'referrals are kept');
END;
CREATE VIEW safeguarding_referrals_view AS
  SELECT r.*, p.name AS partner_name
  FROM safeguarding_referrals r
  LEFT JOIN partners p ON p.id = r.partner_id;

ALTER TABLE victim_support
  ADD COLUMN partner_id INTEGER REFERENCES partners (id) ON DELETE RESTRICT;
CREATE INDEX victim_support_by_partner ON victim_support (partner_id);
DROP VIEW victim_support_view;
CREATE VIEW victim_support_view AS
  SELECT v.*, s.name AS staff_name, p.name AS partner_name
  FROM victim_support v
  LEFT JOIN staff s ON s.id = v.staff_id
  LEFT JOIN partners p ON p.id = v.partner_id;
