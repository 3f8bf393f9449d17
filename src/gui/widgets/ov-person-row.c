/* ov-person-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person in a case's list of people. For a victim the row answers the supervisor's
 * questions at a glance: is the victim a child, are they safe or missing, who is their
 * lead contact, is there an agreed victim strategy, how high is the risk and has a
 * supervisor endorsed it, and where the NRM referral stands. Anything that needs doing
 * is said in words, not only by colour.
 */

#define G_LOG_DOMAIN "ov-person-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-people-util.h"
#include "ov-person-row.h"
#include "ov-util.h"

struct _OvPersonRow
{
  GtkWidget  parent_instance;

  OvPerson  *person;

  GtkLabel  *name_label;
  GtkWidget *pseudonym_badge;
  GtkWidget *missing_badge;
  GtkLabel  *facts_label;
  GtkWidget *victim_box;
  GtkWidget *lead_icon;
  GtkLabel  *lead_label;
  GtkWidget *strategy_icon;
  GtkLabel  *strategy_label;
  GtkWidget *risk_icon;
  GtkLabel  *risk_label;
  GtkWidget *nrm_icon;
  GtkLabel  *nrm_label;
};

G_DEFINE_FINAL_TYPE (OvPersonRow, ov_person_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Something still to do is marked with a warning sign, and said in the words beside it. */
static void
show_line (GtkLabel   *label,
           GtkWidget  *icon,
           const char *text,
           gboolean    warning)
{
  gtk_label_set_text (label, text);
  gtk_widget_set_opacity (icon, warning ? 1.0 : 0.0);
}

static void
show_person (OvPersonRow *self)
{
  OvPerson *person = self->person;
  g_autofree char *today = NULL;
  g_autofree char *roles = NULL;
  g_autofree char *age = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *lead_text = NULL;
  g_autofree char *strategy_text = NULL;
  g_autofree char *risk = NULL;
  g_autofree char *risk_text = NULL;
  g_autofree char *nrm = NULL;
  g_autofree char *nrm_text = NULL;
  GString *accessible;
  gboolean victim;
  gboolean missing;
  const char *status;

  if (person == NULL)
    return;

  today = ov_today_local ();
  victim = ov_person_has_role (person, OV_PERSON_ROLE_VICTIM);
  missing = ov_person_get_status (person) == OV_PERSON_STATUS_MISSING;
  status = ov_enum_get_label (OV_TYPE_PERSON_STATUS, ov_person_get_status (person));

  gtk_label_set_text (self->name_label, ov_person_get_name (person));
  gtk_widget_set_visible (self->pseudonym_badge, ov_person_get_pseudonym (person));
  gtk_widget_set_visible (self->missing_badge, missing);

  roles = ov_person_describe_roles (person);
  age = ov_person_describe_age (person, today);
  /* Translators: a person's roles, how their age is treated and where they are, e.g.
   * "Victim · Child · In support" */
  facts = g_strdup_printf (_("%s · %s · %s"), roles, age, status);
  gtk_label_set_text (self->facts_label, facts);

  gtk_widget_set_visible (self->victim_box, victim);
  if (victim)
    {
      lead = ov_person_describe_lead (person);
      if (lead != NULL)
        /* Translators: %s is a name and role, e.g. "Sam Reed (MSVLO)" */
        lead_text = g_strdup_printf (_("Lead contact: %s"), lead);
      else
        lead_text = g_strdup (_("No lead contact: name an MSVLO, navigator or SPOC"));
      show_line (self->lead_label, self->lead_icon, lead_text, lead == NULL);

      /* Translators: %s is "Agreed", "Draft, not agreed" or "None" */
      strategy_text = g_strdup_printf (_("Victim strategy: %s"),
                                       ov_person_describe_strategy (person));
      show_line (self->strategy_label, self->strategy_icon, strategy_text,
                 g_strcmp0 (ov_person_get_strategy_status (person), "agreed") != 0);

      risk = ov_person_describe_risk (person);
      /* Translators: %s is e.g. "High — not endorsed" */
      risk_text = g_strdup_printf (_("Risk: %s"), risk);
      show_line (self->risk_label, self->risk_icon, risk_text,
                 ov_person_get_risk_grade (person) == NULL ||
                 !ov_person_get_risk_endorsed (person) ||
                 g_strcmp0 (ov_person_get_risk_grade (person), "high") == 0);

      nrm = ov_person_describe_nrm (person);
      /* Translators: %s is where the NRM referral stands, e.g. "Not referred" */
      nrm_text = g_strdup_printf (_("NRM: %s"), nrm);
      show_line (self->nrm_label, self->nrm_icon, nrm_text,
                 ov_person_get_nrm_stage (person) == NULL);
    }

  /* Everything the row shows, for a screen reader. */
  accessible = g_string_new (ov_person_get_name (person));
  if (ov_person_get_pseudonym (person))
    g_string_append_printf (accessible, " (%s)", _("pseudonym"));
  g_string_append_printf (accessible, ". %s", facts);
  if (victim)
    g_string_append_printf (accessible, ". %s. %s. %s. %s",
                            lead_text, strategy_text, risk_text, nrm_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str,
                                  -1);
  g_string_free (accessible, TRUE);
}

static void
on_person_notify (OvPersonRow *self)
{
  show_person (self);
}

static void
ov_person_row_dispose (GObject *object)
{
  OvPersonRow *self = OV_PERSON_ROW (object);
  GtkWidget *child;

  ov_person_row_set_person (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_PERSON_ROW);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ov_person_row_parent_class)->dispose (object);
}

static void
ov_person_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OvPersonRow *self = OV_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OvPersonRow *self = OV_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      ov_person_row_set_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_person_row_class_init (OvPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_person_row_dispose;
  object_class->get_property = ov_person_row_get_property;
  object_class->set_property = ov_person_row_set_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OV_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, pseudonym_badge);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, missing_badge);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, facts_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, victim_box);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, lead_icon);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, lead_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, strategy_icon);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, strategy_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, risk_icon);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, risk_label);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, nrm_icon);
  gtk_widget_class_bind_template_child (widget_class, OvPersonRow, nrm_label);
}

static void
ov_person_row_init (OvPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OvPersonRow *
ov_person_row_new (void)
{
  return g_object_new (OV_TYPE_PERSON_ROW, NULL);
}

/**
 * ov_person_row_get_person:
 *
 * Returns: (transfer none) (nullable): the person shown
 */
OvPerson *
ov_person_row_get_person (OvPersonRow *self)
{
  g_return_val_if_fail (OV_IS_PERSON_ROW (self), NULL);
  return self->person;
}

/**
 * ov_person_row_set_person:
 * @person: (nullable): the person to show; the row follows changes to it
 */
void
ov_person_row_set_person (OvPersonRow *self,
                          OvPerson    *person)
{
  g_return_if_fail (OV_IS_PERSON_ROW (self));
  g_return_if_fail (person == NULL || OV_IS_PERSON (person));

  if (self->person == person)
    return;

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, on_person_notify, self);
  g_set_object (&self->person, person);
  if (person != NULL)
    g_signal_connect_object (person, "notify", G_CALLBACK (on_person_notify), self,
                             G_CONNECT_SWAPPED);

  show_person (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}
