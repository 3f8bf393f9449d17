-- 0008-exchange.sql: what case bundles need to merge without overwriting anything silently
-- Copyright 2026 The Oversight authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- This database's identity, written into every bundle it exports as the source.
CREATE TABLE exchange_database (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  uuid TEXT NOT NULL
);
INSERT INTO exchange_database (id, uuid)
VALUES (1, lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4' ||
                  substr (hex (randomblob (2)), 2) || '-' ||
                  substr ('89ab', 1 + (abs (random ()) % 4), 1) ||
                  substr (hex (randomblob (2)), 2) || '-' || hex (randomblob (6))));

-- Each version of a record this database has exchanged with another (imported from it,
-- or exported), by a hash of the record's content: the common ancestors that tell a change
-- made here from one made there. Source '' is this database's own exports.
CREATE TABLE exchange_bases (
  id       INTEGER PRIMARY KEY,
  source   TEXT NOT NULL,
  uuid     TEXT NOT NULL,
  revision INTEGER NOT NULL,
  hash     TEXT NOT NULL,
  UNIQUE (source, uuid)
);
CREATE INDEX exchange_bases_by_uuid ON exchange_bases (uuid, hash);

-- Records changed on both sides: the bundle's version is kept (as the bundle's XML for the
-- record) until someone chooses, field by field; the record keeps this database's version
-- meanwhile.
CREATE TABLE exchange_conflicts (
  id              INTEGER PRIMARY KEY,
  entity          TEXT NOT NULL,
  uuid            TEXT NOT NULL,
  case_id         INTEGER REFERENCES cases (id),
  source          TEXT NOT NULL,
  bundle_creator  TEXT NOT NULL,
  bundle_revision INTEGER NOT NULL,
  local_revision  INTEGER NOT NULL,
  theirs          TEXT NOT NULL,
  imported_at     TEXT NOT NULL,
  imported_by     TEXT NOT NULL,
  resolved_at     TEXT,
  resolved_by     TEXT,
  resolution      TEXT
);
-- One open conflict per record: a later import replaces the bundle's version.
CREATE UNIQUE INDEX exchange_conflicts_open ON exchange_conflicts (uuid)
  WHERE resolved_at IS NULL;
CREATE INDEX exchange_conflicts_by_case ON exchange_conflicts (case_id)
  WHERE resolved_at IS NULL;
