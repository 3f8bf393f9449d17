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
