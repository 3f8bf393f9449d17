/* ov-enums.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-enums"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-enums.h"
#include "ov-enum-types.h"

typedef struct
{
  const char *type_name;
  const char *nick;
  const char *label;
} OvEnumLabel;

/* The words a person reads for each value, keyed by type and nick so that the order of
 * the C enumerations can change without touching this table. */
static const OvEnumLabel labels[] = {
  { "OvRank", "pc", N_("Police Constable") },
  { "OvRank", "dc", N_("Detective Constable") },
  { "OvRank", "ps", N_("Police Sergeant") },
  { "OvRank", "ds", N_("Detective Sergeant") },
  { "OvRank", "inspector", N_("Inspector") },
  { "OvRank", "di", N_("Detective Inspector") },
  { "OvRank", "chief-inspector", N_("Chief Inspector") },
  { "OvRank", "dci", N_("Detective Chief Inspector") },
  { "OvRank", "superintendent", N_("Superintendent") },
  { "OvRank", "dsu", N_("Detective Superintendent") },
  { "OvRank", "police-staff", N_("Police staff") },

  { "OvStaffRole", "investigator", N_("Investigator") },
  { "OvStaffRole", "supervisor", N_("Supervisor") },
  { "OvStaffRole", "msvlo", N_("MSVLO") },
  { "OvStaffRole", "spoc", N_("SPOC") },

  { "OvPipLevel", "none", N_("None") },
  { "OvPipLevel", "pip1", N_("PIP1") },
  { "OvPipLevel", "pip2-trainee", N_("PIP2 trainee") },
  { "OvPipLevel", "pip2", N_("PIP2") },
  { "OvPipLevel", "pip3", N_("PIP3") },
  { "OvPipLevel", "pip4", N_("PIP4") },

  { "OvAccreditationStatus", "active", N_("Active") },
  { "OvAccreditationStatus", "lapsed", N_("Lapsed") },

  { "OvCaseStatus", "open", N_("Open") },
  { "OvCaseStatus", "suspended", N_("Suspended") },
  { "OvCaseStatus", "charged", N_("Charged") },
  { "OvCaseStatus", "closed", N_("Closed") },

  { "OvOffence", "msa-s1", N_("Slavery, servitude, forced labour (MSA s1)") },
  { "OvOffence", "msa-s2", N_("Human trafficking (MSA s2)") },
  { "OvOffence", "msa-s4", N_("Offence with intent to traffic (MSA s4)") },
  { "OvOffence", "other", N_("Other offences") },

  { "OvExploitation", "labour", N_("Labour") },
  { "OvExploitation", "sexual", N_("Sexual") },
  { "OvExploitation", "criminal", N_("Criminal") },
  { "OvExploitation", "domestic-servitude", N_("Domestic servitude") },
  { "OvExploitation", "organ-harvesting", N_("Organ harvesting") },
  { "OvExploitation", "unknown", N_("Unknown") },

  { "OvProtectiveMarking", "official", N_("OFFICIAL") },
  { "OvProtectiveMarking", "official-sensitive", N_("OFFICIAL-SENSITIVE") },

  { "OvAllocationRole", "officer-in-case", N_("Officer in the case") },
  { "OvAllocationRole", "investigator", N_("Investigator") },
  { "OvAllocationRole", "deputy", N_("Deputy") },

  { "OvStrategyStatus", "draft", N_("Draft") },
  { "OvStrategyStatus", "agreed", N_("Agreed") },

  { "OvFinancialInvestigation", "not-considered", N_("Not yet considered") },
  { "OvFinancialInvestigation", "not-required", N_("Not required") },
  { "OvFinancialInvestigation", "active", N_("Active") },

  { "OvOrdersConsidered", "not-yet", N_("Not yet considered") },
  { "OvOrdersConsidered", "stpo", N_("Slavery and trafficking prevention order (STPO)") },
  { "OvOrdersConsidered", "stro", N_("Slavery and trafficking risk order (STRO)") },
  { "OvOrdersConsidered", "both", N_("Both STPO and STRO") },
  { "OvOrdersConsidered", "neither", N_("Neither") },

  { "OvLineStatus", "open", N_("Open") },
  { "OvLineStatus", "completed", N_("Completed") },
  { "OvLineStatus", "closed", N_("Closed") },

  { "OvReviewType", "initial", N_("Initial") },
  { "OvReviewType", "periodic", N_("Periodic") },
  { "OvReviewType", "triggered", N_("Triggered") },
  { "OvReviewType", "closure", N_("Closure") },

  { "OvReviewTrigger", "none", N_("None") },
  { "OvReviewTrigger", "arrest", N_("Arrest") },
  { "OvReviewTrigger", "charge", N_("Charge") },
  { "OvReviewTrigger", "nrm-decision", N_("NRM decision") },
  { "OvReviewTrigger", "victim-missing", N_("Victim missing") },
  { "OvReviewTrigger", "risk-change", N_("Change in risk") },
  { "OvReviewTrigger", "other", N_("Other") },

  { "OvReviewStatus", "draft", N_("Draft") },
  { "OvReviewStatus", "signed-off", N_("Signed off") },

  { "OvActionStatus", "open", N_("Open") },
  { "OvActionStatus", "done", N_("Done") },
  { "OvActionStatus", "cancelled", N_("Cancelled") },

  { "OvPersonRole", "victim", N_("Victim") },
  { "OvPersonRole", "witness", N_("Witness") },
  { "OvPersonRole", "suspect", N_("Suspect") },

  { "OvAgeStatus", "unknown", N_("Age unknown") },
  { "OvAgeStatus", "adult", N_("Adult") },
  { "OvAgeStatus", "child", N_("Child") },
  { "OvAgeStatus", "age-disputed", N_("Age disputed (treated as a child)") },

  { "OvGender", "not-known", N_("Not known") },
  { "OvGender", "female", N_("Female") },
  { "OvGender", "male", N_("Male") },
  { "OvGender", "non-binary", N_("Non-binary") },

  { "OvCareNeeds", "unknown", N_("Not known") },
  { "OvCareNeeds", "yes", N_("Yes") },
  { "OvCareNeeds", "no", N_("No") },

  { "OvPersonStatus", "unknown", N_("Not known") },
  { "OvPersonStatus", "safe", N_("Safe") },
  { "OvPersonStatus", "in-support", N_("In support") },
  { "OvPersonStatus", "missing", N_("Missing") },
  { "OvPersonStatus", "returned-to-exploitation", N_("Returned to exploitation") },
  { "OvPersonStatus", "repatriated", N_("Repatriated") },

  { "OvS45Decision", "not-considered", N_("Not yet considered") },
  { "OvS45Decision", "defence-may-apply", N_("The s45 defence may apply") },
  { "OvS45Decision", "defence-does-not-apply", N_("The s45 defence does not apply") },
  { "OvS45Decision", "excluded-offence", N_("Excluded offence (Schedule 4)") },

  { "OvSupportRole", "msvlo", N_("MSVLO") },
  { "OvSupportRole", "navigator", N_("Victim navigator") },
  { "OvSupportRole", "spoc", N_("Single point of contact (SPOC)") },

  { "OvEnhancedReason", "most-serious-crime", N_("Victim of the most serious crime") },
  { "OvEnhancedReason", "persistently-targeted", N_("Persistently targeted") },
  { "OvEnhancedReason", "vulnerable", N_("Vulnerable") },
  { "OvEnhancedReason", "intimidated", N_("Intimidated") },

  { "OvVictimRight", "understand", N_("1. To understand and to be understood") },
  { "OvVictimRight", "crime-recorded", N_("2. To have the crime recorded without unjustified delay") },
  { "OvVictimRight", "information-when-reporting", N_("3. To be given information when reporting the crime") },
  { "OvVictimRight", "support-services", N_("4. To be referred to services that support victims") },
  { "OvVictimRight", "compensation", N_("5. To be given information about compensation") },
  { "OvVictimRight", "updates", N_("6. To be given information about the investigation and prosecution") },
  { "OvVictimRight", "personal-statement", N_("7. To make a Victim Personal Statement") },
  { "OvVictimRight", "trial-information", N_("8. To be given information about the trial and the witness role") },
  { "OvVictimRight", "outcome-and-appeals", N_("9. To be given information about the outcome and any appeal") },
  { "OvVictimRight", "expenses-and-property", N_("10. To be paid expenses and have property returned") },
  { "OvVictimRight", "offender-information", N_("11. To be given information about the offender after conviction") },
  { "OvVictimRight", "complain", N_("12. To make a complaint about your rights not being met") },

  { "OvRightStatus", "not-yet-due", N_("Not yet due") },
  { "OvRightStatus", "due", N_("Due") },
  { "OvRightStatus", "met", N_("Met") },
  { "OvRightStatus", "declined", N_("Declined") },
  { "OvRightStatus", "not-met", N_("Not met") },

  { "OvRiskGrade", "standard", N_("Standard") },
  { "OvRiskGrade", "medium", N_("Medium") },
  { "OvRiskGrade", "high", N_("High") },

  { "OvRiskFactor", "re-trafficking", N_("Re-trafficking") },
  { "OvRiskFactor", "retaliation", N_("Retaliation") },
  { "OvRiskFactor", "going-missing", N_("Going missing") },
  { "OvRiskFactor", "self-harm", N_("Self-harm") },
  { "OvRiskFactor", "debt-bondage", N_("Debt bondage") },
  { "OvRiskFactor", "threats-to-family", N_("Threats to family") },
  { "OvRiskFactor", "other", N_("Other") },

  { "OvReferralType", "childrens-social-care", N_("Children’s social care (strategy discussion / s47)") },
  { "OvReferralType", "adult-safeguarding", N_("Adult safeguarding (s42)") },
  { "OvReferralType", "ictg", N_("Independent child trafficking guardian") },
  { "OvReferralType", "adult-victim-care", N_("Adult victim care contract") },
  { "OvReferralType", "health", N_("Health") },
  { "OvReferralType", "housing", N_("Housing") },
  { "OvReferralType", "other", N_("Other") },

  { "OvReferralOutcome", "pending", N_("Pending") },
  { "OvReferralOutcome", "accepted", N_("Accepted") },
  { "OvReferralOutcome", "no-further-action", N_("No further action") },

  { "OvNrmRoute", "nrm-with-consent", N_("NRM referral with consent") },
  { "OvNrmRoute", "nrm-child", N_("NRM referral of a child (no consent needed)") },
  { "OvNrmRoute", "ms1-anonymous", N_("MS1 anonymous notification (adult without consent)") },

  { "OvNrmDecisionMaker", "sca", N_("Single Competent Authority") },
  { "OvNrmDecisionMaker", "ieca", N_("Immigration Enforcement Competent Authority") },
  { "OvNrmDecisionMaker", "child-panel", N_("Child multi-agency panel") },

  { "OvSeverity", "overdue", N_("Overdue") },
  { "OvSeverity", "due-soon", N_("Due soon") },
  { "OvSeverity", "information", N_("Information") },

  { "OvGroundsOutcome", "pending", N_("Pending") },
  { "OvGroundsOutcome", "positive", N_("Positive") },
  { "OvGroundsOutcome", "negative", N_("Negative") },

  { "OvPartnerType", "childrens-social-care", N_("Children’s social care") },
  { "OvPartnerType", "adult-social-care", N_("Adult social care") },
  { "OvPartnerType", "housing", N_("Housing") },
  { "OvPartnerType", "adult-victim-care", N_("Adult victim care contract") },
  { "OvPartnerType", "ictg", N_("Independent child trafficking guardian service") },
  { "OvPartnerType", "glaa", N_("Gangmasters and Labour Abuse Authority") },
  { "OvPartnerType", "hmrc", N_("HM Revenue and Customs") },
  { "OvPartnerType", "sca", N_("Single Competent Authority") },
  { "OvPartnerType", "ieca", N_("Immigration Enforcement Competent Authority") },
  { "OvPartnerType", "immigration", N_("UKVI, Immigration Enforcement or Border Force") },
  { "OvPartnerType", "nca", N_("National Crime Agency") },
  { "OvPartnerType", "rocu", N_("Regional organised crime unit") },
  { "OvPartnerType", "cps", N_("Crown Prosecution Service") },
  { "OvPartnerType", "nhs", N_("NHS") },
  { "OvPartnerType", "ngo", N_("Non-governmental organisation") },
  { "OvPartnerType", "lrf", N_("Local resilience forum") },
  { "OvPartnerType", "other", N_("Other") },

  { "OvSharingAgreement", "none", N_("None") },
  { "OvSharingAgreement", "agreement", N_("Information-sharing agreement") },
  { "OvSharingAgreement", "protocol", N_("Information-sharing protocol") },

  { "OvPlanScope", "pre-planned", N_("Pre-planned operations") },
  { "OvPlanScope", "spontaneous", N_("Spontaneous incidents") },
  { "OvPlanScope", "both", N_("Pre-planned and spontaneous") },
  { "OvTrainingCourse", "modern-slavery-awareness", N_("Modern slavery awareness") },
  { "OvTrainingCourse", "nrm-first-responder", N_("NRM first responder") },
  { "OvTrainingCourse", "pip2-icidp", N_("PIP2 / ICIDP") },
  { "OvTrainingCourse", "msvlo", N_("MSVLO") },
  { "OvTrainingCourse", "trauma-informed", N_("Trauma-informed practice") },
  { "OvTrainingCourse", "other", N_("Other") },

  { "OvLearningKind", "good-practice", N_("Good practice") },
  { "OvLearningKind", "missed-opportunity", N_("Missed opportunity") },
  { "OvLearningKind", "process-gap", N_("Process gap") },

  { "OvLearningAudience", "team", N_("Team") },
  { "OvLearningAudience", "force", N_("Force") },
  { "OvLearningAudience", "regional", N_("Regional") },

  { "OvEscalationConcern", "resources", N_("Resources") },
  { "OvEscalationConcern", "risk", N_("Risk") },
  { "OvEscalationConcern", "partner", N_("Partner") },
  { "OvEscalationConcern", "policy", N_("Policy") },
  { "OvEscalationConcern", "welfare", N_("Welfare") },
};

static const char *
lookup_label (GType       type,
              const char *nick)
{
  const char *type_name = g_type_name (type);

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (strcmp (labels[i].type_name, type_name) == 0 && strcmp (labels[i].nick, nick) == 0)
        return g_dgettext (GETTEXT_PACKAGE, labels[i].label);
    }

  return nick;
}

/**
 * ov_enum_get_nick:
 *
 * Returns: (transfer none) (nullable): the nick of @value, or %NULL if it is not a value of
 *   @enum_type.
 */
const char *
ov_enum_get_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

/**
 * ov_enum_get_label:
 *
 * Returns: (transfer none): the translated label of one value of an enumeration, or of one
 *   flag of a flags type.
 */
const char *
ov_enum_get_label (GType enum_type,
                   int   value)
{
  const char *nick = NULL;

  if (G_TYPE_IS_FLAGS (enum_type))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (enum_type);
      GFlagsValue *fv = g_flags_get_first_value (klass, (guint) value);

      nick = fv != NULL ? fv->value_nick : NULL;
    }
  else
    nick = ov_enum_get_nick (enum_type, value);

  return nick != NULL ? lookup_label (enum_type, nick) : "";
}

gboolean
ov_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;
  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

/**
 * ov_flags_to_nicks:
 *
 * Returns: (transfer full): the nicks of the flags set in @value, comma-separated in the
 *   order the type declares them ("labour,sexual"), or "" when none is set.
 */
char *
ov_flags_to_nicks (GType flags_type,
                   guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GFlagsValue *fv = &klass->values[i];

      if (fv->value != 0 && (value & fv->value) == fv->value)
        {
          if (out->len > 0)
            g_string_append_c (out, ',');
          g_string_append (out, fv->value_nick);
        }
    }

  return g_string_free (out, FALSE);
}

gboolean
ov_flags_from_nicks (GType       flags_type,
                     const char *nicks,
                     guint      *value)
{
  g_autoptr(GFlagsClass) klass = NULL;
  g_auto(GStrv) parts = NULL;
  guint result = 0;

  *value = 0;
  if (nicks == NULL || *nicks == '\0')
    return TRUE;

  klass = g_type_class_ref (flags_type);
  parts = g_strsplit (nicks, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      GFlagsValue *fv = g_flags_get_value_by_nick (klass, g_strstrip (parts[i]));

      if (fv == NULL)
        return FALSE;
      result |= fv->value;
    }

  *value = result;
  return TRUE;
}

/**
 * ov_flags_to_labels:
 *
 * Returns: (transfer full): the translated labels of the flags set in @value, joined with
 *   ", " for display.
 */
char *
ov_flags_to_labels (GType flags_type,
                    guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GFlagsValue *fv = &klass->values[i];

      if (fv->value != 0 && (value & fv->value) == fv->value)
        {
          if (out->len > 0)
            /* Translators: separates items in a list such as "Labour, Sexual" */
            g_string_append (out, _(", "));
          g_string_append (out, lookup_label (flags_type, fv->value_nick));
        }
    }

  return g_string_free (out, FALSE);
}
