/* ov-finding-row.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One compliance finding: how pressing it is (said in words, styled too), the case and
 * person, what is wrong, when it fell due, and a button to where it is put right. Used in
 * the dashboard's list and across the top of a case.
 */

#define G_LOG_DOMAIN "ov-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-compliance.h"
#include "ov-enum-types.h"
#include "ov-finding-row.h"
#include "ov-util.h"

struct _OvFindingRow
{
  GtkWidget  parent_instance;

  OvFinding *finding;
  char      *heading;
  gboolean   show_case;

  GtkLabel  *heading_label;
  GtkLabel  *severity_label;
  GtkLabel  *reference_label;
  GtkLabel  *person_label;
  GtkLabel  *message_label;
  GtkLabel  *details_label;
  GtkLabel  *due_label;
  GtkLabel  *days_label;
  GtkButton *open_button;
};

G_DEFINE_FINAL_TYPE (OvFindingRow, ov_finding_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FINDING,
  PROP_HEADING,
  PROP_SHOW_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *section;
  const char *title;
} section_titles[] = {
  { OV_SECTION_DETAILS, N_("Details") },
  { OV_SECTION_STRATEGY, N_("Strategy") },
  { OV_SECTION_REVIEWS, N_("Reviews") },
  { OV_SECTION_ACTIONS, N_("Actions") },
  { OV_SECTION_DECISIONS, N_("Decisions") },
  { OV_SECTION_PEOPLE, N_("People") },
};

static const char * const severity_styles[] = {
  [OV_SEVERITY_OVERDUE] = "severity-overdue",
  [OV_SEVERITY_DUE_SOON] = "severity-due-soon",
  [OV_SEVERITY_INFORMATION] = "severity-information",
};

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), !ov_str_empty (text));
}

static void
show_finding (OvFindingRow *self)
{
  OvFinding *finding = self->finding;
  g_autofree char *due_on = NULL;
  g_autofree char *due = NULL;
  g_autofree char *days = NULL;
  g_autofree char *officer = NULL;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  const char *section_title;
  OvSeverity severity;

  for (guint i = 0; i < G_N_ELEMENTS (severity_styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->severity_label), severity_styles[i]);
  gtk_widget_remove_css_class (GTK_WIDGET (self->days_label), "heading");

  if (finding == NULL)
    {
      gtk_label_set_text (self->severity_label, "");
      set_label (self->reference_label, NULL);
      set_label (self->person_label, NULL);
      set_label (self->message_label, NULL);
      set_label (self->details_label, NULL);
      set_label (self->due_label, NULL);
      set_label (self->days_label, NULL);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), NULL);
      return;
    }

  severity = ov_finding_get_severity (finding);
  gtk_label_set_text (self->severity_label, ov_enum_get_label (OV_TYPE_SEVERITY, severity));
  gtk_widget_add_css_class (GTK_WIDGET (self->severity_label),
                            ov_finding_severity_style (severity));

  set_label (self->reference_label,
             self->show_case ? ov_finding_get_case_reference (finding) : NULL);
  set_label (self->person_label, ov_finding_get_subject_kind (finding) != NULL
                                 ? ov_finding_get_subject_label (finding)
                                 : ov_finding_get_person_name (finding));
  set_label (self->message_label, ov_finding_get_message (finding));

  if (ov_finding_get_subject_kind (finding) != NULL)
    details = g_strdup (ov_finding_rule_title (ov_finding_get_rule_id (finding)));
  else if (self->show_case)
    {
      if (!ov_str_empty (ov_finding_get_officer_name (finding)))
        /* Translators: %s is the name of the officer in the case */
        officer = g_strdup_printf (_("Officer in the case: %s"),
                                   ov_finding_get_officer_name (finding));
      else
        officer = g_strdup (_("No officer in the case"));
      /* Translators: under a finding: the officer in the case, then the kind of finding,
       * e.g. "Officer in the case: Tom Whitlock · Overdue action" */
      details = g_strdup_printf (_("%s · %s"), officer,
                                 ov_finding_rule_title (ov_finding_get_rule_id (finding)));
    }
  else
    details = g_strdup (ov_finding_rule_title (ov_finding_get_rule_id (finding)));
  set_label (self->details_label, details);

  /* Something overdue "now" fell due today; its date says nothing more. */
  if (!ov_str_empty (ov_finding_get_due_on (finding)) &&
      !(severity == OV_SEVERITY_OVERDUE && ov_finding_get_days_overdue (finding) <= 0))
    {
      due_on = ov_format_date (ov_finding_get_due_on (finding));
      /* Translators: %s is a date, e.g. "Due 4 Sep 2026" */
      due = g_strdup_printf (_("Due %s"), due_on);
    }
  set_label (self->due_label, due);
  days = ov_finding_describe_due (finding);
  set_label (self->days_label, days);
  if (severity == OV_SEVERITY_OVERDUE)
    gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "heading");

  /* A finding about the force opens the record it is about, on that record's page. */
  if (ov_finding_get_subject_kind (finding) != NULL)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "(sx)",
                                        ov_finding_get_subject_kind (finding),
                                        ov_finding_get_subject_id (finding));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), "win.show-subject");
      gtk_button_set_label (self->open_button, _("Open"));
      /* Translators: accessible name of the Open button of a finding about a partner,
       * a reception plan and so on, e.g. "Open Northshire LRF plan" */
      accessible = g_strdup_printf (_("Open %s"), ov_finding_get_subject_label (finding));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      return;
    }

  section_title = ov_finding_section_title (ov_finding_get_section (finding));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "(xs)",
                                    ov_finding_get_case_id (finding),
                                    ov_finding_get_section (finding) != NULL
                                    ? ov_finding_get_section (finding) : "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), "win.show-case-section");
  if (self->show_case)
    {
      gtk_button_set_label (self->open_button, _("Open"));
      /* Translators: accessible name of a finding's Open button, e.g.
       * "Open MSHT/2025/0011 at Reviews" */
      accessible = g_strdup_printf (_("Open %s at %s"),
                                    ov_finding_get_case_reference (finding), section_title);
    }
  else
    {
      /* Translators: a button going to the section of the case where a finding is put
       * right, e.g. "Go to Reviews" */
      g_autofree char *go_to = g_strdup_printf (_("Go to %s"), section_title);

      gtk_button_set_label (self->open_button, go_to);
      /* Translators: accessible name of a finding's button, e.g. "Go to Reviews to put
       * right: The last supervisory review was on 14 Aug 2026." */
      accessible = g_strdup_printf (_("Go to %s to put right: %s"), section_title,
                                    ov_finding_get_message (finding));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* Overrides */

static void
ov_finding_row_dispose (GObject *object)
{
  OvFindingRow *self = OV_FINDING_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_FINDING_ROW);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->finding);

  G_OBJECT_CLASS (ov_finding_row_parent_class)->dispose (object);
}

static void
ov_finding_row_finalize (GObject *object)
{
  OvFindingRow *self = OV_FINDING_ROW (object);

  g_free (self->heading);

  G_OBJECT_CLASS (ov_finding_row_parent_class)->finalize (object);
}

static void
ov_finding_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OvFindingRow *self = OV_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_FINDING:
      g_value_set_object (value, self->finding);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_SHOW_CASE:
      g_value_set_boolean (value, self->show_case);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_finding_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OvFindingRow *self = OV_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_FINDING:
      ov_finding_row_set_finding (self, g_value_get_object (value));
      break;
    case PROP_HEADING:
      ov_finding_row_set_heading (self, g_value_get_string (value));
      break;
    case PROP_SHOW_CASE:
      ov_finding_row_set_show_case (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_finding_row_class_init (OvFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_finding_row_dispose;
  object_class->finalize = ov_finding_row_finalize;
  object_class->get_property = ov_finding_row_get_property;
  object_class->set_property = ov_finding_row_set_property;

  properties[PROP_FINDING] =
    g_param_spec_object ("finding", NULL, NULL,
                         OV_TYPE_FINDING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_CASE] =
    g_param_spec_boolean ("show-case", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, severity_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, reference_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, person_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, due_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, days_label);
  gtk_widget_class_bind_template_child (widget_class, OvFindingRow, open_button);
}

static void
ov_finding_row_init (OvFindingRow *self)
{
  self->show_case = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * ov_finding_row_new:
 * @finding: (nullable): the finding to show
 *
 * Returns: (transfer floating): a new row
 */
OvFindingRow *
ov_finding_row_new (OvFinding *finding)
{
  g_return_val_if_fail (finding == NULL || OV_IS_FINDING (finding), NULL);

  return g_object_new (OV_TYPE_FINDING_ROW, "finding", finding, NULL);
}

/**
 * ov_finding_row_get_finding:
 *
 * Returns: (transfer none) (nullable): the finding shown
 */
OvFinding *
ov_finding_row_get_finding (OvFindingRow *self)
{
  g_return_val_if_fail (OV_IS_FINDING_ROW (self), NULL);
  return self->finding;
}

void
ov_finding_row_set_finding (OvFindingRow *self,
                            OvFinding    *finding)
{
  g_return_if_fail (OV_IS_FINDING_ROW (self));
  g_return_if_fail (finding == NULL || OV_IS_FINDING (finding));

  if (!g_set_object (&self->finding, finding))
    return;
  show_finding (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINDING]);
}

/**
 * ov_finding_row_get_heading:
 *
 * Returns: (nullable): the heading shown above the row, such as the name of its group
 */
const char *
ov_finding_row_get_heading (OvFindingRow *self)
{
  g_return_val_if_fail (OV_IS_FINDING_ROW (self), NULL);
  return self->heading;
}

void
ov_finding_row_set_heading (OvFindingRow *self,
                            const char   *heading)
{
  g_return_if_fail (OV_IS_FINDING_ROW (self));

  if (!ov_set_str (&self->heading, heading))
    return;
  set_label (self->heading_label, heading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
}

gboolean
ov_finding_row_get_show_case (OvFindingRow *self)
{
  g_return_val_if_fail (OV_IS_FINDING_ROW (self), FALSE);
  return self->show_case;
}

/**
 * ov_finding_row_set_show_case:
 * @show_case: whether the row names the case and its officer; a row shown on its own
 *   case's page does not
 */
void
ov_finding_row_set_show_case (OvFindingRow *self,
                              gboolean      show_case)
{
  g_return_if_fail (OV_IS_FINDING_ROW (self));

  show_case = !!show_case;
  if (self->show_case == show_case)
    return;
  self->show_case = show_case;
  show_finding (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CASE]);
}

/**
 * ov_finding_section_title:
 *
 * Returns: the translated title of the section of a case page named @section
 */
const char *
ov_finding_section_title (const char *section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_titles); i++)
    {
      if (g_strcmp0 (section_titles[i].section, section) == 0)
        return _(section_titles[i].title);
    }
  return _(section_titles[0].title);
}

/**
 * ov_finding_rule_title:
 *
 * Returns: the translated title of the kind of finding @rule_id names
 */
const char *
ov_finding_rule_title (const char *rule_id)
{
  const OvRuleInfo *rules;
  guint n_rules;

  rules = ov_compliance_get_rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      if (g_strcmp0 (rules[i].id, rule_id) == 0)
        return g_dgettext (GETTEXT_PACKAGE, rules[i].title);
    }
  return rule_id != NULL ? rule_id : "";
}

/**
 * ov_finding_describe_due:
 *
 * Returns: (transfer full) (nullable): how overdue @finding is, or how soon it is due,
 *   e.g. "3 days overdue", "Due in 2 days", "Due today"; %NULL for information
 */
char *
ov_finding_describe_due (OvFinding *finding)
{
  int days;

  g_return_val_if_fail (OV_IS_FINDING (finding), NULL);

  days = ov_finding_get_days_overdue (finding);
  switch (ov_finding_get_severity (finding))
    {
    case OV_SEVERITY_OVERDUE:
      if (days <= 0)
        return g_strdup (_("Due now"));
      return g_strdup_printf (ngettext ("%d day overdue", "%d days overdue", days), days);
    case OV_SEVERITY_DUE_SOON:
      if (days >= 0)
        return g_strdup (_("Due today"));
      return g_strdup_printf (ngettext ("Due in %d day", "Due in %d days", -days), -days);
    case OV_SEVERITY_INFORMATION:
    default:
      return NULL;
    }
}

/**
 * ov_finding_severity_style:
 *
 * Returns: the style class that marks @severity, always shown with its name in words
 */
const char *
ov_finding_severity_style (OvSeverity severity)
{
  if ((guint) severity >= G_N_ELEMENTS (severity_styles))
    return severity_styles[OV_SEVERITY_INFORMATION];
  return severity_styles[severity];
}
