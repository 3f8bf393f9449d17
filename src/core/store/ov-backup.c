/* ov-backup.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups are taken with SQLite's online backup API, so a consistent copy is made while
 * Oversight is in use. Each is written under a temporary name, checked, and only then
 * renamed into place, readable by its owner only. A restore verifies the backup before it
 * replaces anything, and keeps a copy of the database it replaces.
 */

#define G_LOG_DOMAIN "ov-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>

#include "ov-autoptr.h"
#include "ov-backup.h"
#include "ov-store-private.h"
#include "ov-util.h"

void
ov_backup_info_free (OvBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info->taken_at);
  g_free (info);
}

/**
 * ov_store_get_backup_dir:
 * @database_path: the database
 *
 * Returns: (transfer full): the folder its backups go in: `backups/` beside it, which for
 *   the default database is `$XDG_DATA_HOME/oversight/backups/`
 */
char *
ov_store_get_backup_dir (const char *database_path)
{
  g_autofree char *dir = g_path_get_dirname (database_path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);

  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

static gboolean set_io_error (GError     **error,
                              const char  *format,
                              ...) G_GNUC_PRINTF (2, 3);

/* A file-system failure, for a message of the form "… “%s”: %s." with the path and the
 * system's reason. */
static gboolean
set_io_error (GError     **error,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED, message);
  return FALSE;
}

static gboolean
check_integrity (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check (1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DAMAGED,
                   _("The copy failed its integrity check (%s)."),
                   result != NULL ? result : sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

/* Copies the database open on @source with SQLite's online backup API into a temporary
 * file beside @destination (mode 0600), checks the copy's integrity, then renames it into
 * place. The copy is a single self-contained file. */
static gboolean
backup_database_to (sqlite3     *source,
                    const char  *destination,
                    GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *temporary = NULL;
  g_autoptr(sqlite3) copy = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  dir = g_path_get_dirname (destination);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_io_error (error, _("Could not create the folder “%s” for backups: %s."), dir,
                         g_strerror (errno));

  temporary = g_strconcat (destination, ".partial-XXXXXX", NULL);
  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_io_error (error, _("Could not write the backup “%s”: %s."), destination,
                         g_strerror (errno));
  close (fd);

  rc = sqlite3_open_v2 (temporary, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (copy);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? sqlite3_errcode (copy) : rc;
        }
    }
  /* A backup stands alone: no write-ahead log beside it. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_FULL)
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NO_SPACE,
                     _("The disk is full, so the backup “%s” could not be written. Free some "
                       "space and try again."), destination);
      else
        g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                     _("Could not write the backup “%s”: %s."), destination,
                     copy != NULL ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
      g_clear_pointer (&copy, sqlite3_close);
      g_unlink (temporary);
      return FALSE;
    }

  if (!check_integrity (copy, error))
    {
      g_clear_pointer (&copy, sqlite3_close);
      g_unlink (temporary);
      return FALSE;
    }
  g_clear_pointer (&copy, sqlite3_close);

  if (g_rename (temporary, destination) != 0)
    {
      set_io_error (error, _("Could not put the backup “%s” in place: %s."), destination,
                    g_strerror (errno));
      g_unlink (temporary);
      return FALSE;
    }
  return TRUE;
}

/**
 * ov_store_backup_to:
 * @destination: the backup file to write; replaced if it exists
 *
 * Copies the database with SQLite's online backup API into a temporary file beside
 * @destination (mode 0600), checks the copy's integrity, then renames it into place. The
 * copy is a single self-contained file.
 */
gboolean
ov_store_backup_to (OvStore     *self,
                    const char  *destination,
                    GError     **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  return backup_database_to (_ov_store_get_db (self), destination, error);
}

static gint
compare_names_descending (gconstpointer a,
                          gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The automatic backups of a database, newest first. */
static GPtrArray *
list_backup_files (const char *database_path)
{
  g_autofree char *dir = ov_store_get_backup_dir (database_path);
  g_autofree char *stem = backup_stem (database_path);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (handle == NULL)
    return files;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db") &&
          strstr (name, ".partial-") == NULL)
        g_ptr_array_add (files, g_build_filename (dir, name, NULL));
    }
  g_ptr_array_sort (files, compare_names_descending);
  return files;
}

/* What a backup left when its program stopped half way: a temporary copy nobody has
 * written to for this long is not being written any more. */
#define STALE_PARTIAL_SECONDS (10 * 60)

/* Removes the temporary copies of earlier automatic backups of @database_path that were
 * never finished. */
static void
remove_stale_partials (const char *database_path)
{
  g_autofree char *dir = ov_store_get_backup_dir (database_path);
  g_autofree char *stem = backup_stem (database_path);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || strstr (name, ".db.partial-") == NULL)
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_stat (path, &st) == 0 && now - (gint64) st.st_mtime > STALE_PARTIAL_SECONDS)
        g_unlink (path);
    }
}

/* The automatic backup of the database at @path, read through @source. */
static char *
backup_automatic (const char  *path,
                  sqlite3     *source,
                  gboolean     on_quit,
                  guint        generations,
                  GError     **error)
{
  g_autofree char *dir = ov_store_get_backup_dir (path);
  g_autofree char *stem = backup_stem (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Microseconds too, so two backups in one second do not share a name. */
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");
  g_autofree char *today = g_date_time_format (now, "%Y%m%d");
  g_autofree char *name = NULL;
  g_autofree char *destination = NULL;
  g_autoptr(GPtrArray) existing = list_backup_files (path);

  if (!on_quit)
    {
      g_autofree char *todays = g_strdup_printf ("%s-%s-", stem, today);

      for (guint i = 0; i < existing->len; i++)
        {
          g_autofree char *base = g_path_get_basename (g_ptr_array_index (existing, i));

          if (g_str_has_prefix (base, todays))
            return NULL;
        }
    }

  remove_stale_partials (path);
  name = g_strdup_printf ("%s-%s.db", stem, stamp);
  destination = g_build_filename (dir, name, NULL);
  if (!backup_database_to (source, destination, error))
    return NULL;

  g_clear_pointer (&existing, g_ptr_array_unref);
  existing = list_backup_files (path);
  for (guint i = MAX (generations, 1); i < existing->len; i++)
    g_unlink (g_ptr_array_index (existing, i));

  return g_steal_pointer (&destination);
}

/**
 * ov_store_backup_automatic:
 * @on_quit: %TRUE when quitting (always back up); %FALSE at start-up (once a day)
 * @generations: how many automatic backups to keep
 *
 * Makes the automatic backup, named after the database and the local time, and removes
 * the oldest beyond @generations, and what earlier backups left unfinished. A database
 * open read-only is only consulted: it gets no automatic backup.
 *
 * Returns: (transfer full) (nullable): the backup written, or %NULL if none was due (with
 *   @error unset) or it failed (with @error set)
 */
char *
ov_store_backup_automatic (OvStore   *self,
                           gboolean   on_quit,
                           guint      generations,
                           GError   **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  if (ov_store_is_read_only (self))
    return NULL;
  return backup_automatic (ov_store_get_path (self), _ov_store_get_db (self), on_quit,
                           generations, error);
}

typedef struct
{
  char     *path;
  gboolean  on_quit;
  guint     generations;
} AutomaticBackup;

static void
automatic_backup_free (AutomaticBackup *data)
{
  g_free (data->path);
  g_free (data);
}

/* In a thread of its own, on a connection of its own: the program's connection carries on
 * reading and writing meanwhile (the copy is of the database as it was when it began). */
static void
backup_automatic_in_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable)
{
  AutomaticBackup *data = task_data;
  g_autoptr(sqlite3) source = NULL;
  GError *error = NULL;
  char *written;
  int rc;

  rc = sqlite3_open_v2 (data->path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (source, 5000);
  if (rc != SQLITE_OK)
    {
      g_task_return_new_error (task, OV_STORE_ERROR, OV_STORE_ERROR_FAILED,
                               _("Could not read the database “%s” to back it up: %s."),
                               data->path,
                               source != NULL ? sqlite3_errmsg (source) : sqlite3_errstr (rc));
      return;
    }

  written = backup_automatic (data->path, source, data->on_quit, data->generations, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, written, g_free);
}

/**
 * ov_store_backup_automatic_async:
 * @on_quit: as for ov_store_backup_automatic()
 * @generations: how many automatic backups to keep
 *
 * Makes the automatic backup as ov_store_backup_automatic() does, in a thread on a
 * connection of its own, so that a large database is copied while the program goes on.
 * The task holds a reference on @self until it is done.
 */
void
ov_store_backup_automatic_async (OvStore             *self,
                                 gboolean             on_quit,
                                 guint                generations,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AutomaticBackup *data;

  g_return_if_fail (OV_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ov_store_backup_automatic_async);
  if (ov_store_is_read_only (self))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  data = g_new0 (AutomaticBackup, 1);
  data->path = g_strdup (ov_store_get_path (self));
  data->on_quit = on_quit;
  data->generations = generations;
  g_task_set_task_data (task, data, (GDestroyNotify) automatic_backup_free);
  g_task_run_in_thread (task, backup_automatic_in_thread);
}

/**
 * ov_store_backup_automatic_finish:
 *
 * Returns: (transfer full) (nullable): as for ov_store_backup_automatic()
 */
char *
ov_store_backup_automatic_finish (OvStore       *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ov_store_quick_check:
 *
 * Runs SQLite's quick check over the whole database.
 *
 * Returns: %TRUE if the database is sound; otherwise %FALSE with
 *   %OV_STORE_ERROR_DAMAGED
 */
gboolean
ov_store_quick_check (OvStore  *self,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result = NULL;
  int rc;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);

  rc = sqlite3_prepare_v2 (_ov_store_get_db (self), "PRAGMA quick_check (1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_DAMAGED,
                   _("The database “%s” is damaged (%s). Restore it from a backup."),
                   ov_store_get_path (self),
                   result != NULL ? result : sqlite3_errmsg (_ov_store_get_db (self)));
      return FALSE;
    }
  return TRUE;
}

/**
 * ov_backup_verify:
 * @n_cases: (out) (optional): how many cases the backup holds
 *
 * Checks that @path is a sound Oversight database that this program can open.
 */
gboolean
ov_backup_verify (const char  *path,
                  gint64      *n_cases,
                  GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uri = NULL;
  gint64 application_id = 0, version = 0, count = -1;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_FOUND,
                   _("There is no backup at “%s”."), path);
      return FALSE;
    }

  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return FALSE;
  /* Read only, and immutable: verifying a backup never writes to it. */
  {
    g_autofree char *ro = g_strconcat (uri, "?mode=ro&immutable=1", NULL);

    rc = sqlite3_open_v2 (ro, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT (SELECT application_id FROM pragma_application_id), "
                                 "(SELECT user_version FROM pragma_user_version)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      application_id = sqlite3_column_int64 (stmt, 0);
      version = sqlite3_column_int64 (stmt, 1);
    }
  if (application_id != 1331057492 || version <= 0)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_OVERSIGHT,
                   _("“%s” is not an Oversight database, so it cannot be restored."), path);
      return FALSE;
    }
  if (version > OV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Oversight. Install that version "
                     "to restore it."), path);
      return FALSE;
    }
  if (!check_integrity (db, error))
    {
      g_prefix_error (error, _("The backup “%s” is damaged: "), path);
      return FALSE;
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM cases", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  if (n_cases != NULL)
    *n_cases = count;
  return TRUE;
}

/**
 * ov_backup_list:
 *
 * Returns: (transfer full) (element-type OvBackupInfo): the database's backups, newest
 *   first, with their date, size and case count
 */
GPtrArray *
ov_backup_list (const char  *database_path,
                GError     **error)
{
  g_autoptr(GPtrArray) files = list_backup_files (database_path);
  GPtrArray *infos = g_ptr_array_new_with_free_func ((GDestroyNotify) ov_backup_info_free);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      OvBackupInfo *info = g_new0 (OvBackupInfo, 1);
      GStatBuf st;

      info->path = g_strdup (path);
      if (g_stat (path, &st) == 0)
        {
          g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (st.st_mtime);

          info->size = st.st_size;
          info->taken_at = ov_timestamp_utc (when);
        }
      if (!ov_backup_verify (path, &info->n_cases, NULL))
        info->n_cases = -1;
      g_ptr_array_add (infos, info);
    }
  return infos;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);

  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  return g_chmod (to, 0600) == 0;
}

static void
remove_sidecars (const char *database_path)
{
  g_autofree char *wal = g_strconcat (database_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (database_path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
}

/**
 * ov_backup_restore:
 * @database_path: the database to replace
 * @backup_path: the backup to restore
 * @account: the operating-system account restoring it
 * @saved_copy: (out) (optional) (transfer full): where the replaced database was kept
 *
 * Verifies the backup, keeps a copy of the database it replaces (a backup when it can be
 * opened, otherwise the damaged file itself, renamed), then puts the backup in its place
 * and records the restore in its audit log. When the current database can be opened,
 * only a supervisor may restore. No Oversight may have the database open meanwhile.
 */
gboolean
ov_backup_restore (const char  *database_path,
                   const char  *backup_path,
                   const char  *account,
                   char       **saved_copy,
                   GError     **error)
{
  g_autofree char *dir = ov_store_get_backup_dir (database_path);
  g_autofree char *stem = backup_stem (database_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *kept = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(OvStore) restored = NULL;

  if (saved_copy != NULL)
    *saved_copy = NULL;

  if (!ov_backup_verify (backup_path, NULL, error))
    return FALSE;

  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) open_error = NULL;
      g_autoptr(OvStore) current = ov_store_open (database_path, &open_error);

      if (current != NULL && ov_store_quick_check (current, NULL))
        {
          ov_store_set_account (current, account);
          if (!ov_store_current_user_is_supervisor (current))
            {
              g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                           _("Only a supervisor may restore a backup over this database."));
              return FALSE;
            }
          kept = g_strdup_printf ("%s/%s-before-restore-%s.db", dir, stem, stamp);
          if (!ov_store_backup_to (current, kept, error))
            return FALSE;
        }
      else
        {
          /* A database that cannot be used is kept as it is, beside the backups. */
          g_clear_object (&current);
          if (g_mkdir_with_parents (dir, 0700) != 0)
            return set_io_error (error, _("Could not create the folder “%s” for backups: %s."),
                                 dir, g_strerror (errno));
          kept = g_strdup_printf ("%s/%s-damaged-%s.db", dir, stem, stamp);
          if (!copy_file (database_path, kept, error))
            return FALSE;
        }
    }

  temporary = g_strconcat (database_path, ".restoring", NULL);
  if (!copy_file (backup_path, temporary, error))
    {
      g_unlink (temporary);
      return FALSE;
    }
  remove_sidecars (database_path);
  if (g_rename (temporary, database_path) != 0)
    {
      set_io_error (error, _("Could not put the backup in place of “%s”: %s."), database_path,
                    g_strerror (errno));
      g_unlink (temporary);
      return FALSE;
    }

  restored = ov_store_open (database_path, error);
  if (restored == NULL)
    return FALSE;
  ov_store_set_account (restored, account);
  /* Translators: audit detail of a restore */
  detail = g_strdup_printf (_("Database restored from the backup “%s”; the replaced database "
                              "was kept as “%s”."), backup_path, kept != NULL ? kept : "");
  if (!ov_store_audit (restored, "database", NULL, "restore", detail, error))
    return FALSE;

  if (saved_copy != NULL)
    *saved_copy = g_steal_pointer (&kept);
  return TRUE;
}
