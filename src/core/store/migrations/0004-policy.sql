-- 0004-policy.sql: the force's policy settings
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Only settings the force changed are stored; the rest take their default. Changes are
-- written with an audit event by the store.
CREATE TABLE policy_settings (
  key        TEXT PRIMARY KEY,
  value      INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
