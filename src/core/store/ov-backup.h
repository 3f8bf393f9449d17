/* ov-backup.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups with SQLite's online backup API, their verification, and restore.
 */

#pragma once

#include <gio/gio.h>

#include "ov-store.h"

G_BEGIN_DECLS

#define OV_BACKUP_DEFAULT_GENERATIONS 14

typedef struct
{
  char   *path;
  char   *taken_at;   /* UTC, from the file's modification time */
  gint64  size;
  gint64  n_cases;    /* -1 if the backup could not be read */
} OvBackupInfo;

void          ov_backup_info_free          (OvBackupInfo  *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvBackupInfo, ov_backup_info_free)

char         *ov_store_get_backup_dir      (const char    *database_path);
gboolean      ov_store_backup_to           (OvStore       *self,
                                            const char    *destination,
                                            GError       **error);
char         *ov_store_backup_automatic    (OvStore       *self,
                                            gboolean       on_quit,
                                            guint          generations,
                                            GError       **error);
void          ov_store_backup_automatic_async (OvStore       *self,
                                            gboolean       on_quit,
                                            guint          generations,
                                            GCancellable  *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer       user_data);
char         *ov_store_backup_automatic_finish (OvStore     *self,
                                            GAsyncResult  *result,
                                            GError       **error);
gboolean      ov_store_quick_check         (OvStore       *self,
                                            GError       **error);
gboolean      ov_backup_verify             (const char    *path,
                                            gint64        *n_cases,
                                            GError       **error);
GPtrArray    *ov_backup_list               (const char    *database_path,
                                            GError       **error);
gboolean      ov_backup_restore            (const char    *database_path,
                                            const char    *backup_path,
                                            const char    *account,
                                            char         **saved_copy,
                                            GError       **error);

G_END_DECLS
