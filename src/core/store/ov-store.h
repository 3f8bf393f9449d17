/* ov-store.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ov-types.h"
#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_STORE_SCHEMA_VERSION 9

#define OV_STORE_ERROR (ov_store_error_quark ())

/* How long a write waits for another process's write to finish before giving up with
 * OV_STORE_ERROR_BUSY: long enough for any save or import step, short enough that a
 * window waiting on it does not seem to hang. */
#define OV_STORE_BUSY_TIMEOUT_MS 5000

typedef enum
{
  OV_STORE_ERROR_OPEN,          /* the file could not be opened or created */
  OV_STORE_ERROR_NOT_OVERSIGHT, /* the file is not an Oversight database */
  OV_STORE_ERROR_TOO_NEW,       /* written by a newer Oversight */
  OV_STORE_ERROR_FAILED,        /* SQLite reported an error */
  OV_STORE_ERROR_NOT_FOUND,
  OV_STORE_ERROR_CONFLICT,      /* the record changed since it was loaded */
  OV_STORE_ERROR_DUPLICATE,     /* a unique value is already taken */
  OV_STORE_ERROR_NOT_PERMITTED, /* the current user lacks the role */
  OV_STORE_ERROR_NOT_EMPTY,     /* demonstration data needs an empty database */
  OV_STORE_ERROR_PIP2_RULE,     /* allocation below PIP2 without a rationale */
  OV_STORE_ERROR_NO_SPACE,      /* the disk is full */
  OV_STORE_ERROR_AUDIT_BROKEN,  /* the audit chain was altered */
  OV_STORE_ERROR_FROZEN,        /* the record is agreed, signed off or append-only */
  OV_STORE_ERROR_DAMAGED,       /* the database file is damaged or truncated */
  OV_STORE_ERROR_IN_USE,        /* other records still refer to the record */
  OV_STORE_ERROR_BUSY,          /* another process held the database too long */
  OV_STORE_ERROR_READ_ONLY,     /* opened for consultation only (--read-only) */
} OvStoreError;

typedef struct
{
  gint64  id;
  char   *at;
  char   *account;
  gint64  actor_id;
  char   *actor_name;
  char   *entity;
  char   *uuid;
  char   *action;
  char   *detail;
} OvAuditEvent;

void ov_audit_event_free (OvAuditEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvAuditEvent, ov_audit_event_free)

#define OV_TYPE_STORE (ov_store_get_type ())

G_DECLARE_FINAL_TYPE (OvStore, ov_store, OV, STORE, GObject)

typedef gboolean (*OvStoreFunc) (OvStore  *store,
                                 gpointer  user_data,
                                 GError  **error);

GQuark        ov_store_error_quark          (void);
char         *ov_store_get_default_path     (void);

OvStore      *ov_store_open                 (const char    *path,
                                             GError       **error);
const char   *ov_store_get_path             (OvStore       *self);

/* Consultation only: nothing is written, every write is refused with
 * OV_STORE_ERROR_READ_ONLY, and so is revealing restricted details, which must be audited. */
OvStore      *ov_store_open_read_only       (const char    *path,
                                             GError       **error);
gboolean      ov_store_is_read_only         (OvStore       *self);

/* Who is using Oversight: the staff record linked to the operating-system account. */
const char   *ov_store_get_account          (OvStore       *self);
void          ov_store_set_account          (OvStore       *self,
                                             const char    *account);
OvStaff      *ov_store_get_current_user     (OvStore       *self);
gboolean      ov_store_link_account         (OvStore       *self,
                                             OvStaff       *staff,
                                             GError       **error);
gboolean      ov_store_current_user_is_supervisor (OvStore *self);

gboolean      ov_store_is_empty             (OvStore       *self);
gint64        ov_store_count                (OvStore       *self,
                                             GType          record_type);

/* Records of any entity: validated, saved in a transaction with their audit event. */
gboolean      ov_store_save                 (OvStore       *self,
                                             OvRecord      *record,
                                             GError       **error);
gpointer      ov_store_load                 (OvStore       *self,
                                             GType          record_type,
                                             gint64         id,
                                             GError       **error);
gpointer      ov_store_load_by_uuid         (OvStore       *self,
                                             GType          record_type,
                                             const char    *uuid,
                                             GError       **error);
GPtrArray    *ov_store_list                 (OvStore       *self,
                                             GType          record_type,
                                             GError       **error);
gboolean      ov_store_delete               (OvStore       *self,
                                             OvRecord      *record,
                                             GError       **error);
gboolean      ov_store_run_in_transaction   (OvStore       *self,
                                             OvStoreFunc    func,
                                             gpointer       user_data,
                                             GError       **error);
gboolean      ov_store_audit                (OvStore       *self,
                                             const char    *entity,
                                             const char    *uuid,
                                             const char    *action,
                                             const char    *detail,
                                             GError       **error);

/* Staff */
GPtrArray    *ov_store_list_staff           (OvStore       *self,
                                             gboolean       active_only,
                                             GError       **error);

/* Cases */
OvCase       *ov_store_find_case            (OvStore       *self,
                                             const char    *reference,
                                             GError       **error);

/* Allocations, under the PIP2 rule */
GPtrArray    *ov_store_list_allocations     (OvStore       *self,
                                             gint64         case_id,
                                             GError       **error);
OvAllocation *ov_store_allocate             (OvStore       *self,
                                             gint64         case_id,
                                             gint64         staff_id,
                                             OvAllocationRole role,
                                             const char    *override_rationale,
                                             GError       **error);
gboolean      ov_store_end_allocation       (OvStore       *self,
                                             OvAllocation  *allocation,
                                             GError       **error);

/* Audit */
gboolean      ov_store_verify_audit         (OvStore       *self,
                                             guint64       *n_checked,
                                             GError       **error);
GPtrArray    *ov_store_list_audit_events    (OvStore       *self,
                                             const char    *uuid,
                                             GError       **error);

G_END_DECLS
