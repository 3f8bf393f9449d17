/* ov-risk-assessment-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new THRIVE risk assessment of a person: threat, harm, risk, investigation,
 * vulnerability and engagement, the risk factors present and the overall grade. It
 * replaces the current assessment, which stays in the history, and awaits a supervisor's
 * endorsement.
 */

#define G_LOG_DOMAIN "ov-risk-assessment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-form.h"
#include "ov-risk-assessment-dialog.h"
#include "ov-staff.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvRiskAssessmentDialog
{
  GtkWindow         parent_instance;

  OvStore          *store;
  OvPerson         *person;
  OvRiskAssessment *assessment;
  OvForm           *form;

  GtkButton        *save_button;
  GtkLabel         *intro_label;
  GtkEntry         *assessed_entry;
  GtkLabel         *assessed_error;
  GtkDropDown      *grade_drop_down;
  GtkLabel         *grade_error;
  GtkLabel         *assessor_label;
  GtkTextView      *threat_view;
  GtkLabel         *threat_error;
  GtkTextView      *harm_view;
  GtkLabel         *harm_error;
  GtkTextView      *risk_view;
  GtkLabel         *risk_error;
  GtkTextView      *investigation_view;
  GtkLabel         *investigation_error;
  GtkTextView      *vulnerability_view;
  GtkLabel         *vulnerability_error;
  GtkTextView      *engagement_view;
  GtkLabel         *engagement_error;
  GtkCheckButton   *trafficking_check;
  GtkCheckButton   *retaliation_check;
  GtkCheckButton   *missing_check;
  GtkCheckButton   *self_harm_check;
  GtkCheckButton   *debt_check;
  GtkCheckButton   *family_check;
  GtkCheckButton   *other_check;
  GtkLabel         *factors_error;
  GtkEntry         *other_entry;
  GtkLabel         *other_error;
  GtkWidget        *error_banner;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (OvRiskAssessmentDialog, ov_risk_assessment_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_flag_label (GtkCheckButton *check_button,
                guint           flag)
{
  gtk_check_button_set_label (check_button, ov_enum_get_label (OV_TYPE_RISK_FACTOR, (int) flag));
}

static void
on_other_toggled (OvRiskAssessmentDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->other_entry),
                            gtk_check_button_get_active (self->other_check));
}

static void
on_save_clicked (OvRiskAssessmentDialog *self,
                 GtkButton              *button)
{
  ov_risk_assessment_dialog_save (self);
}

static void
ov_risk_assessment_dialog_constructed (GObject *object)
{
  OvRiskAssessmentDialog *self = OV_RISK_ASSESSMENT_DIALOG (object);
  g_autofree char *today = ov_today_local ();
  g_autofree char *intro = NULL;
  g_autofree char *assessor = NULL;
  OvStaff *user;

  G_OBJECT_CLASS (ov_risk_assessment_dialog_parent_class)->constructed (object);

  if (self->store == NULL || self->person == NULL)
    return;
  user = ov_store_get_current_user (self->store);

  /* Translators: %s is a person's name */
  intro = g_strdup_printf (_("A new assessment of %s replaces the current one, which stays in "
                             "the history. A supervisor then endorses it."),
                           ov_person_get_name (self->person));
  gtk_label_set_text (self->intro_label, intro);

  if (user != NULL)
    /* Translators: %s is the name of the person using Oversight */
    assessor = g_strdup_printf (_("You (%s)"), ov_staff_get_name (user));
  else
    assessor = g_strdup (_("No one: link your computer account to your staff record first"));
  gtk_label_set_text (self->assessor_label, assessor);

  self->assessment = ov_risk_assessment_new ();
  ov_risk_assessment_set_person_id (self->assessment, ov_record_get_id (OV_RECORD (self->person)));
  ov_risk_assessment_set_assessed_on (self->assessment, today);
  if (ov_person_get_status (self->person) == OV_PERSON_STATUS_MISSING)
    ov_risk_assessment_set_risk_factors (self->assessment, OV_RISK_FACTOR_GOING_MISSING);
  ov_form_set_record (self->form, OV_RECORD (self->assessment));
  on_other_toggled (self);
}

static void
ov_risk_assessment_dialog_dispose (GObject *object)
{
  OvRiskAssessmentDialog *self = OV_RISK_ASSESSMENT_DIALOG (object);

  g_clear_object (&self->form);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_RISK_ASSESSMENT_DIALOG);
  g_clear_object (&self->assessment);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_risk_assessment_dialog_parent_class)->dispose (object);
}

static void
ov_risk_assessment_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  OvRiskAssessmentDialog *self = OV_RISK_ASSESSMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_risk_assessment_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  OvRiskAssessmentDialog *self = OV_RISK_ASSESSMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_risk_assessment_dialog_class_init (OvRiskAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_risk_assessment_dialog_constructed;
  object_class->dispose = ov_risk_assessment_dialog_dispose;
  object_class->get_property = ov_risk_assessment_dialog_get_property;
  object_class->set_property = ov_risk_assessment_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-risk-assessment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, assessed_entry);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, assessed_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, grade_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, grade_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, assessor_label);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, threat_view);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, threat_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, harm_view);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, harm_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, risk_view);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, risk_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, investigation_view);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, investigation_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, vulnerability_view);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, vulnerability_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, engagement_view);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, engagement_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, trafficking_check);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, retaliation_check);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, missing_check);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, self_harm_check);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, debt_check);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, family_check);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, other_check);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, factors_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, other_entry);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, other_error);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvRiskAssessmentDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_other_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
ov_risk_assessment_dialog_init (OvRiskAssessmentDialog *self)
{
  OvForm *form;

  gtk_widget_init_template (GTK_WIDGET (self));

  set_flag_label (self->trafficking_check, OV_RISK_FACTOR_RE_TRAFFICKING);
  set_flag_label (self->retaliation_check, OV_RISK_FACTOR_RETALIATION);
  set_flag_label (self->missing_check, OV_RISK_FACTOR_GOING_MISSING);
  set_flag_label (self->self_harm_check, OV_RISK_FACTOR_SELF_HARM);
  set_flag_label (self->debt_check, OV_RISK_FACTOR_DEBT_BONDAGE);
  set_flag_label (self->family_check, OV_RISK_FACTOR_THREATS_TO_FAMILY);
  set_flag_label (self->other_check, OV_RISK_FACTOR_OTHER);

  form = self->form = ov_form_new ();
  ov_form_add_entry (form, "assessed-on", GTK_EDITABLE (self->assessed_entry),
                     self->assessed_error);
  ov_form_add_drop_down (form, "grade", OV_TYPE_RISK_GRADE, self->grade_drop_down,
                         self->grade_error);
  ov_form_add_text_view (form, "threat", self->threat_view, self->threat_error);
  ov_form_add_text_view (form, "harm", self->harm_view, self->harm_error);
  ov_form_add_text_view (form, "risk", self->risk_view, self->risk_error);
  ov_form_add_text_view (form, "investigation", self->investigation_view,
                         self->investigation_error);
  ov_form_add_text_view (form, "vulnerability", self->vulnerability_view,
                         self->vulnerability_error);
  ov_form_add_text_view (form, "engagement", self->engagement_view, self->engagement_error);
  ov_form_add_flag (form, "risk-factors", OV_RISK_FACTOR_RE_TRAFFICKING, self->trafficking_check,
                    self->factors_error);
  ov_form_add_flag (form, "risk-factors", OV_RISK_FACTOR_RETALIATION, self->retaliation_check,
                    NULL);
  ov_form_add_flag (form, "risk-factors", OV_RISK_FACTOR_GOING_MISSING, self->missing_check,
                    NULL);
  ov_form_add_flag (form, "risk-factors", OV_RISK_FACTOR_SELF_HARM, self->self_harm_check, NULL);
  ov_form_add_flag (form, "risk-factors", OV_RISK_FACTOR_DEBT_BONDAGE, self->debt_check, NULL);
  ov_form_add_flag (form, "risk-factors", OV_RISK_FACTOR_THREATS_TO_FAMILY, self->family_check,
                    NULL);
  ov_form_add_flag (form, "risk-factors", OV_RISK_FACTOR_OTHER, self->other_check, NULL);
  ov_form_add_entry (form, "other-factor", GTK_EDITABLE (self->other_entry), self->other_error);
}

/**
 * ov_risk_assessment_dialog_new:
 * @person: a saved person
 *
 * Returns: (transfer none): a new dialog; it closes itself once the assessment is saved
 */
OvRiskAssessmentDialog *
ov_risk_assessment_dialog_new (OvStore  *store,
                               OvPerson *person)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  return g_object_new (OV_TYPE_RISK_ASSESSMENT_DIALOG,
                       "store", store,
                       "person", person,
                       NULL);
}

/**
 * ov_risk_assessment_dialog_save:
 *
 * Adds the assessment, made by the current user, as the person's current one.
 *
 * Returns: %TRUE if saved and the dialog closed
 */
gboolean
ov_risk_assessment_dialog_save (OvRiskAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  OvStaff *user;

  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);

  gtk_widget_set_visible (self->error_banner, FALSE);

  /* The assessor is whoever records the assessment. */
  user = ov_store_get_current_user (self->store);
  ov_risk_assessment_set_assessor_id (self->assessment,
                                      user != NULL ? ov_record_get_id (OV_RECORD (user)) : 0);
  if (user == NULL)
    {
      gtk_label_set_text (self->error_label,
                          _("Link your computer account to your staff record first: an "
                            "assessment records who made it."));
      gtk_widget_set_visible (self->error_banner, TRUE);
      return FALSE;
    }

  if (!ov_form_validate (self->form))
    return FALSE;
  if (!ov_store_add_risk_assessment (self->store, self->assessment, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (self->error_banner, TRUE);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
