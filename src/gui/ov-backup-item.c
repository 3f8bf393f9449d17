/* ov-backup-item.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One backup of the database in a list: when it was taken (shown in local time), its
 * size and how many cases it holds, or that it cannot be read.
 */

#define G_LOG_DOMAIN "ov-backup-item"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-backup-item.h"
#include "ov-util.h"

struct _OvBackupItem
{
  GObject  parent_instance;

  char    *path;
  char    *taken_at;
  gint64   size;
  gint64   n_cases;
};

G_DEFINE_FINAL_TYPE (OvBackupItem, ov_backup_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_TAKEN_TEXT,
  PROP_SIZE_TEXT,
  PROP_CASES_TEXT,
  PROP_READABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
get_cases_text (OvBackupItem *self)
{
  if (self->n_cases < 0)
    return g_strdup (_("Unreadable: cannot be restored"));
  /* Translators: how many cases a backup holds */
  return g_strdup_printf (ngettext ("%" G_GINT64_FORMAT " case", "%" G_GINT64_FORMAT " cases",
                                    (gulong) self->n_cases),
                          self->n_cases);
}

static void
ov_backup_item_finalize (GObject *object)
{
  OvBackupItem *self = OV_BACKUP_ITEM (object);

  g_free (self->path);
  g_free (self->taken_at);

  G_OBJECT_CLASS (ov_backup_item_parent_class)->finalize (object);
}

static void
ov_backup_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OvBackupItem *self = OV_BACKUP_ITEM (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TAKEN_TEXT:
      g_value_take_string (value, ov_format_timestamp (self->taken_at));
      break;
    case PROP_SIZE_TEXT:
      g_value_take_string (value, g_format_size ((guint64) MAX (self->size, 0)));
      break;
    case PROP_CASES_TEXT:
      g_value_take_string (value, get_cases_text (self));
      break;
    case PROP_READABLE:
      g_value_set_boolean (value, ov_backup_item_get_readable (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_backup_item_class_init (OvBackupItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ov_backup_item_finalize;
  object_class->get_property = ov_backup_item_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAKEN_TEXT] =
    g_param_spec_string ("taken-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE_TEXT] =
    g_param_spec_string ("size-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASES_TEXT] =
    g_param_spec_string ("cases-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READABLE] =
    g_param_spec_boolean ("readable", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ov_backup_item_init (OvBackupItem *self)
{
}

/**
 * ov_backup_item_new:
 * @info: a backup, as ov_backup_list() describes it
 *
 * Returns: (transfer full): the backup as a list item
 */
OvBackupItem *
ov_backup_item_new (const OvBackupInfo *info)
{
  OvBackupItem *self;

  g_return_val_if_fail (info != NULL, NULL);

  self = g_object_new (OV_TYPE_BACKUP_ITEM, NULL);
  self->path = g_strdup (info->path);
  self->taken_at = g_strdup (info->taken_at);
  self->size = info->size;
  self->n_cases = info->n_cases;
  return self;
}

const char *
ov_backup_item_get_path (OvBackupItem *self)
{
  g_return_val_if_fail (OV_IS_BACKUP_ITEM (self), NULL);
  return self->path;
}

/**
 * ov_backup_item_get_taken_at:
 *
 * Returns: (nullable): when the backup was taken, as UTC ISO-8601 text
 */
const char *
ov_backup_item_get_taken_at (OvBackupItem *self)
{
  g_return_val_if_fail (OV_IS_BACKUP_ITEM (self), NULL);
  return self->taken_at;
}

/**
 * ov_backup_item_get_readable:
 *
 * Returns: whether the backup passed its checks and can be restored
 */
gboolean
ov_backup_item_get_readable (OvBackupItem *self)
{
  g_return_val_if_fail (OV_IS_BACKUP_ITEM (self), FALSE);
  return self->n_cases >= 0;
}

gint64
ov_backup_item_get_n_cases (OvBackupItem *self)
{
  g_return_val_if_fail (OV_IS_BACKUP_ITEM (self), -1);
  return self->n_cases;
}

/**
 * ov_backup_item_describe:
 *
 * Returns: (transfer full): the backup in a sentence, e.g. "Taken on 3 Mar 2026 09:12,
 *   holding 25 cases."
 */
char *
ov_backup_item_describe (OvBackupItem *self)
{
  g_autofree char *taken = NULL;

  g_return_val_if_fail (OV_IS_BACKUP_ITEM (self), NULL);

  taken = ov_format_timestamp (self->taken_at);
  if (self->n_cases < 0)
    /* Translators: %s is a date and time */
    return g_strdup_printf (_("Taken on %s; it cannot be read."), taken);
  /* Translators: %s is a date and time, then the number of cases */
  return g_strdup_printf (ngettext ("Taken on %s, holding %" G_GINT64_FORMAT " case.",
                                    "Taken on %s, holding %" G_GINT64_FORMAT " cases.",
                                    (gulong) self->n_cases),
                          taken, self->n_cases);
}
