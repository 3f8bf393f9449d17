/* ov-recovery-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown instead of the main window when the database fails its check on opening: what
 * happened, and the way back — the newest backup that passes its checks, another backup,
 * or quitting. A damaged database is never used silently.
 */

#define G_LOG_DOMAIN "ov-recovery-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-backup.h"
#include "ov-recovery-dialog.h"
#include "ov-util.h"

struct _OvRecoveryDialog
{
  GtkWindow  parent_instance;

  char      *database_path;
  char      *problem;
  char      *newest_good;

  GtkLabel  *detail_label;
  GtkLabel  *newest_label;
  GtkWidget *restore_button;
};

G_DEFINE_FINAL_TYPE (OvRecoveryDialog, ov_recovery_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_PROBLEM,
  N_PROPS
};

enum {
  RESTORE,
  CHOOSE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
find_newest_good (OvRecoveryDialog *self)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *text = NULL;
  const OvBackupInfo *newest = NULL;

  g_clear_pointer (&self->newest_good, g_free);
  if (self->database_path == NULL)
    return;

  folder = ov_store_get_backup_dir (self->database_path);
  backups = ov_backup_list (self->database_path, NULL);
  for (guint i = 0; backups != NULL && i < backups->len && newest == NULL; i++)
    {
      const OvBackupInfo *info = g_ptr_array_index (backups, i);

      if (info->n_cases >= 0)
        newest = info;
    }

  if (newest != NULL)
    {
      g_autofree char *taken = ov_format_timestamp (newest->taken_at);

      self->newest_good = g_strdup (newest->path);
      /* Translators: the first %s is a date and time, then the number of cases */
      text = g_strdup_printf (ngettext ("The newest good backup was taken on %s and holds "
                                        "%" G_GINT64_FORMAT " case.",
                                        "The newest good backup was taken on %s and holds "
                                        "%" G_GINT64_FORMAT " cases.",
                                        (gulong) newest->n_cases),
                              taken, newest->n_cases);
    }
  else
    /* Translators: %s is a folder */
    text = g_strdup_printf (_("No good backup was found in “%s”. Ask your IT support to "
                              "recover the database, or choose a backup kept elsewhere."),
                            folder);
  gtk_label_set_text (self->newest_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recovery.restore-newest",
                                 self->newest_good != NULL);
}

static void
restore_newest_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OvRecoveryDialog *self = OV_RECOVERY_DIALOG (widget);

  if (self->newest_good != NULL)
    g_signal_emit (self, signals[RESTORE], 0, self->newest_good);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[CHOOSE], 0);
}

static void
ov_recovery_dialog_constructed (GObject *object)
{
  OvRecoveryDialog *self = OV_RECOVERY_DIALOG (object);

  G_OBJECT_CLASS (ov_recovery_dialog_parent_class)->constructed (object);

  gtk_label_set_text (self->detail_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), self->problem != NULL);
  find_newest_good (self);
  /* Not on the selectable detail, which would open all selected. */
  gtk_window_set_focus (GTK_WINDOW (self), self->restore_button);
}

static void
ov_recovery_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OV_TYPE_RECOVERY_DIALOG);

  G_OBJECT_CLASS (ov_recovery_dialog_parent_class)->dispose (object);
}

static void
ov_recovery_dialog_finalize (GObject *object)
{
  OvRecoveryDialog *self = OV_RECOVERY_DIALOG (object);

  g_free (self->database_path);
  g_free (self->problem);
  g_free (self->newest_good);

  G_OBJECT_CLASS (ov_recovery_dialog_parent_class)->finalize (object);
}

static void
ov_recovery_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OvRecoveryDialog *self = OV_RECOVERY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_recovery_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OvRecoveryDialog *self = OV_RECOVERY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;
    case PROP_PROBLEM:
      self->problem = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_recovery_dialog_class_init (OvRecoveryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_recovery_dialog_constructed;
  object_class->dispose = ov_recovery_dialog_dispose;
  object_class->finalize = ov_recovery_dialog_finalize;
  object_class->get_property = ov_recovery_dialog_get_property;
  object_class->set_property = ov_recovery_dialog_set_property;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OvRecoveryDialog::restore:
   * @path: the newest good backup
   */
  signals[RESTORE] =
    g_signal_new ("restore",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * OvRecoveryDialog::choose:
   *
   * Emitted when the user wants to choose among the backups.
   */
  signals[CHOOSE] =
    g_signal_new ("choose",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "recovery.restore-newest", NULL,
                                   restore_newest_action);
  gtk_widget_class_install_action (widget_class, "recovery.choose", NULL, choose_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-recovery-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRecoveryDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, OvRecoveryDialog, newest_label);
  gtk_widget_class_bind_template_child (widget_class, OvRecoveryDialog, restore_button);
}

static void
ov_recovery_dialog_init (OvRecoveryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_recovery_dialog_new:
 * @database_path: the damaged database
 * @problem: (nullable): what the check found
 *
 * Returns: (transfer none): a new window, to show instead of the main window
 */
OvRecoveryDialog *
ov_recovery_dialog_new (const char *database_path,
                        const char *problem)
{
  g_return_val_if_fail (database_path != NULL, NULL);

  return g_object_new (OV_TYPE_RECOVERY_DIALOG,
                       "database-path", database_path,
                       "problem", problem,
                       NULL);
}

/**
 * ov_recovery_dialog_get_newest_good:
 *
 * Returns: (nullable): the newest backup that passed its checks, which the main button
 *   restores
 */
const char *
ov_recovery_dialog_get_newest_good (OvRecoveryDialog *self)
{
  g_return_val_if_fail (OV_IS_RECOVERY_DIALOG (self), NULL);
  return self->newest_good;
}
