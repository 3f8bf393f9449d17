/* ov-backup-item.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ov-backup.h"

G_BEGIN_DECLS

#define OV_TYPE_BACKUP_ITEM (ov_backup_item_get_type ())

G_DECLARE_FINAL_TYPE (OvBackupItem, ov_backup_item, OV, BACKUP_ITEM, GObject)

OvBackupItem *ov_backup_item_new           (const OvBackupInfo *info);
const char   *ov_backup_item_get_path      (OvBackupItem       *self);
const char   *ov_backup_item_get_taken_at  (OvBackupItem       *self);
gboolean      ov_backup_item_get_readable  (OvBackupItem       *self);
gint64        ov_backup_item_get_n_cases   (OvBackupItem       *self);
char         *ov_backup_item_describe      (OvBackupItem       *self);

G_END_DECLS
