-- 0005-check-indexes.sql: what the compliance check needs to stay fast at 100,000 cases
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- The current officer in the case, kept beside its name by the allocation triggers, so
-- that no rule looks it up once per row.
ALTER TABLE cases ADD COLUMN oic_id INTEGER REFERENCES staff (id);
UPDATE cases SET oic_id =
  (SELECT a.staff_id FROM allocations a
   WHERE a.case_id = cases.id AND a.role = 'officer-in-case' AND a.ends_at IS NULL
   ORDER BY a.starts_at DESC, a.id DESC LIMIT 1);

DROP TRIGGER allocations_sync_insert;
DROP TRIGGER allocations_sync_update;
CREATE TRIGGER allocations_sync_insert AFTER INSERT ON allocations
BEGIN
  UPDATE cases SET
    oic_id = (SELECT a.staff_id FROM allocations a
              WHERE a.case_id = new.case_id AND a.role = 'officer-in-case' AND a.ends_at IS NULL
              ORDER BY a.starts_at DESC, a.id DESC LIMIT 1),
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
    oic_id = (SELECT a.staff_id FROM allocations a
              WHERE a.case_id = new.case_id AND a.role = 'officer-in-case' AND a.ends_at IS NULL
              ORDER BY a.starts_at DESC, a.id DESC LIMIT 1),
    oic_name = (SELECT s.name FROM allocations a JOIN staff s ON s.id = a.staff_id
                WHERE a.case_id = new.case_id AND a.role = 'officer-in-case' AND a.ends_at IS NULL
                ORDER BY a.starts_at DESC, a.id DESC LIMIT 1),
    pip2_override = EXISTS (SELECT 1 FROM allocations a
                            WHERE a.case_id = new.case_id
                              AND a.override_rationale IS NOT NULL
                              AND trim (a.override_rationale) <> '')
  WHERE id = new.case_id;
END;

CREATE INDEX allocations_by_case_role ON allocations (case_id, role, starts_at);
CREATE INDEX reviews_signed_off ON reviews (case_id, held_at, id) WHERE status = 'signed-off';
CREATE INDEX strategies_agreed ON strategies (case_id) WHERE status = 'agreed';
CREATE INDEX strategies_rocu ON strategies (case_id) WHERE rocu_notified_on IS NOT NULL;
CREATE INDEX strategies_orders ON strategies (case_id) WHERE orders_considered <> 'not-yet';
CREATE INDEX safeguarding_referrals_by_type ON safeguarding_referrals (person_id, referral_type);
CREATE INDEX victim_strategies_agreed ON victim_strategies (person_id) WHERE status = 'agreed';
CREATE INDEX risk_assessments_current
  ON risk_assessments (person_id, assessed_on, id, grade, endorsed_at);
