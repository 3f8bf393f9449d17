-- 0009-check-indexes.sql: partial indexes for compliance rules that look for a few rows
-- among many
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Victims' Code rights marked due: a few at a time among the many not yet due or met. The
-- index holds every column the rule reads, so it never visits the table.
CREATE INDEX victim_code_rights_due
  ON victim_code_rights (person_id, victim_strategy_id, code_right, updated_at)
  WHERE status = 'due';

-- Victims who are also suspects, for the section 45 rule. The rule's query repeats these
-- conditions word for word, which is how SQLite knows it may use the index.
CREATE INDEX people_victim_suspects ON people (case_id)
  WHERE instr (roles, 'victim') > 0 AND instr (roles, 'suspect') > 0;
