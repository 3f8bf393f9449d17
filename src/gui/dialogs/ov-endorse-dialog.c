/* ov-endorse-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A supervisor endorsing a risk assessment, with a comment: the documented supervisory
 * oversight of threat, harm and risk. The store allows only supervisors and freezes the
 * assessment once endorsed; what it refuses is shown here.
 */

#define G_LOG_DOMAIN "ov-endorse-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-endorse-dialog.h"
#include "ov-enum-types.h"
#include "ov-gui-util.h"
#include "ov-people-util.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvEndorseDialog
{
  GtkWindow         parent_instance;

  OvStore          *store;
  OvRiskAssessment *assessment;

  GtkButton        *endorse_button;
  GtkLabel         *summary_label;
  GtkTextView      *comment_view;
  GtkWidget        *error_banner;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (OvEndorseDialog, ov_endorse_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_endorse_clicked (OvEndorseDialog *self,
                    GtkButton       *button)
{
  ov_endorse_dialog_endorse (self);
}

static void
ov_endorse_dialog_constructed (GObject *object)
{
  OvEndorseDialog *self = OV_ENDORSE_DIALOG (object);
  g_autofree char *on = NULL;
  g_autofree char *summary = NULL;
  const char *assessor;

  G_OBJECT_CLASS (ov_endorse_dialog_parent_class)->constructed (object);

  if (self->assessment == NULL)
    return;

  on = ov_format_date (ov_risk_assessment_get_assessed_on (self->assessment));
  assessor = ov_risk_assessment_get_assessor_name (self->assessment);
  /* Translators: e.g. "High risk, assessed on 3 Jan 2026 by Jo Bloggs. Once endorsed,
   * the assessment cannot be changed." */
  summary = g_strdup_printf (_("%s risk, assessed on %s by %s. Once endorsed, the assessment "
                               "cannot be changed; a change of circumstances needs a new "
                               "assessment."),
                             ov_enum_get_label (OV_TYPE_RISK_GRADE,
                                                ov_risk_assessment_get_grade (self->assessment)),
                             on, !ov_str_empty (assessor) ? assessor : _("unknown"));
  gtk_label_set_text (self->summary_label, summary);
}

static void
ov_endorse_dialog_dispose (GObject *object)
{
  OvEndorseDialog *self = OV_ENDORSE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_ENDORSE_DIALOG);
  g_clear_object (&self->assessment);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_endorse_dialog_parent_class)->dispose (object);
}

static void
ov_endorse_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvEndorseDialog *self = OV_ENDORSE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_endorse_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvEndorseDialog *self = OV_ENDORSE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_endorse_dialog_class_init (OvEndorseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_endorse_dialog_constructed;
  object_class->dispose = ov_endorse_dialog_dispose;
  object_class->get_property = ov_endorse_dialog_get_property;
  object_class->set_property = ov_endorse_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         OV_TYPE_RISK_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-endorse-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvEndorseDialog, endorse_button);
  gtk_widget_class_bind_template_child (widget_class, OvEndorseDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OvEndorseDialog, comment_view);
  gtk_widget_class_bind_template_child (widget_class, OvEndorseDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvEndorseDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_endorse_clicked);
}

static void
ov_endorse_dialog_init (OvEndorseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ov_endorse_dialog_new:
 * @assessment: the current assessment of a person, as stored
 *
 * Returns: (transfer none): a new dialog; it closes itself once the assessment is endorsed
 */
OvEndorseDialog *
ov_endorse_dialog_new (OvStore          *store,
                       OvRiskAssessment *assessment)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (assessment), NULL);

  return g_object_new (OV_TYPE_ENDORSE_DIALOG,
                       "store", store,
                       "assessment", assessment,
                       NULL);
}

/**
 * ov_endorse_dialog_endorse:
 *
 * Endorses the assessment as the current user, with the comment typed.
 *
 * Returns: %TRUE if endorsed and the dialog closed
 */
gboolean
ov_endorse_dialog_endorse (OvEndorseDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;

  g_return_val_if_fail (OV_IS_ENDORSE_DIALOG (self), FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);
  comment = g_strstrip (ov_text_view_get_text (self->comment_view));
  if (!ov_store_endorse_risk_assessment (self->store, self->assessment,
                                         !ov_str_empty (comment) ? comment : NULL, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (self->error_banner, TRUE);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
