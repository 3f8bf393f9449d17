/* ov-store-private.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files of OvStore and the core code that builds queries on it.
 */

#pragma once

#include <sqlite3.h>

#include "ov-store.h"

G_BEGIN_DECLS

sqlite3      *_ov_store_get_db          (OvStore       *self);
sqlite3_stmt *_ov_store_prepare         (OvStore       *self,
                                         const char    *sql,
                                         GError       **error);
gboolean      _ov_store_begin           (OvStore       *self,
                                         GError       **error);
gboolean      _ov_store_commit          (OvStore       *self,
                                         GError       **error);
void          _ov_store_rollback        (OvStore       *self);
gboolean      _ov_store_set_error       (OvStore       *self,
                                         int            rc,
                                         GError       **error);
gboolean      _ov_store_write_record    (OvStore       *self,
                                         OvRecord      *record,
                                         GError       **error);
OvRecord     *_ov_store_read_record     (OvStore       *self,
                                         GType          record_type,
                                         sqlite3_stmt  *stmt);
GPtrArray    *_ov_store_select          (OvStore       *self,
                                         GType          record_type,
                                         const char    *clause,
                                         gint64         param,
                                         GError       **error);
gboolean      _ov_store_append_audit    (OvStore       *self,
                                         const char    *entity,
                                         const char    *uuid,
                                         const char    *action,
                                         const char    *detail,
                                         GError       **error);
void          _ov_store_emit_changed    (OvStore       *self,
                                         const char    *entity,
                                         gint64         id);
void          _ov_store_refresh_user    (OvStore       *self);
gboolean      _ov_store_check_user      (OvStore       *self,
                                         gboolean       supervisor,
                                         GError       **error);

/* Exchange: a record read from a bundle, written as it is. */
gboolean      _ov_store_import_record   (OvStore       *self,
                                         OvRecord      *record,
                                         gboolean       validate,
                                         const char    *audit_action,
                                         const char    *audit_detail,
                                         GError       **error);

/* Rules that need the store, checked by _ov_store_write_record() before each write. */
gboolean      _ov_victims_check_record  (OvStore       *self,
                                         OvRecord      *record,
                                         GError       **error);

/* Keeps a staff record's accreditation history, after a change of PIP level or status. */
gboolean      _ov_readiness_staff_accreditation_changed (OvStore  *self,
                                                         OvStaff  *staff,
                                                         GError  **error);

/* Keeps what depends on a deleted readiness record up to date. */
gboolean      _ov_readiness_record_deleted (OvStore   *self,
                                            OvRecord  *record,
                                            GError   **error);

/* Audits what the deletion of a readiness record is about to remove with it. */
gboolean      _ov_readiness_record_deleting (OvStore   *self,
                                             OvRecord  *record,
                                             GError   **error);

G_END_DECLS
