/* ov-people-util.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-people-util"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-enum-types.h"
#include "ov-people-util.h"
#include "ov-staff.h"
#include "ov-util.h"
#include "ov-victims.h"

/**
 * ov_person_describe_age:
 * @today: the local date, YYYY-MM-DD
 *
 * Returns: (transfer full): how the person's age is treated, e.g. "Child" or "Age
 *   disputed (treated as a child)"
 */
char *
ov_person_describe_age (OvPerson   *person,
                        const char *today)
{
  OvAgeStatus age_status;

  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  age_status = ov_person_get_age_status (person);
  if (age_status == OV_AGE_STATUS_AGE_DISPUTED || age_status == OV_AGE_STATUS_CHILD)
    return g_strdup (ov_enum_get_label (OV_TYPE_AGE_STATUS, age_status));
  /* A date of birth under 18 makes a child whatever was recorded. */
  if (ov_person_is_child (person, today))
    return g_strdup (_("Child (from date of birth)"));
  return g_strdup (ov_enum_get_label (OV_TYPE_AGE_STATUS, age_status));
}

/**
 * ov_person_describe_roles:
 *
 * Returns: (transfer full): the person's roles, e.g. "Victim, Suspect"
 */
char *
ov_person_describe_roles (OvPerson *person)
{
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  return ov_flags_to_labels (OV_TYPE_PERSON_ROLE, ov_person_get_roles (person));
}

/**
 * ov_person_describe_lead:
 *
 * Returns: (transfer full) (nullable): the victim's lead contact and their role, e.g.
 *   "Sam Reed (MSVLO)", or %NULL when there is none
 */
char *
ov_person_describe_lead (OvPerson *person)
{
  const char *name;
  const char *role_nick;
  int role;

  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  name = ov_person_get_lead_contact (person);
  if (ov_str_empty (name))
    return NULL;

  role_nick = ov_person_get_lead_contact_role (person);
  if (role_nick == NULL || !ov_enum_from_nick (OV_TYPE_SUPPORT_ROLE, role_nick, &role))
    return g_strdup (name);
  /* Translators: a victim's lead contact and their role, e.g. "Sam Reed (MSVLO)" */
  return g_strdup_printf (_("%s (%s)"), name, ov_enum_get_label (OV_TYPE_SUPPORT_ROLE, role));
}

/**
 * ov_person_describe_strategy:
 *
 * Returns: (transfer none): the state of the victim's newest strategy: agreed, draft or
 *   none
 */
const char *
ov_person_describe_strategy (OvPerson *person)
{
  const char *status;

  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  status = ov_person_get_strategy_status (person);
  if (g_strcmp0 (status, "agreed") == 0)
    return _("Agreed");
  if (g_strcmp0 (status, "draft") == 0)
    return _("Draft, not agreed");
  return _("None");
}

/**
 * ov_person_describe_risk:
 *
 * Returns: (transfer full): the grade of the current risk assessment and whether a
 *   supervisor endorsed it, e.g. "High — not endorsed", or "Not assessed"
 */
char *
ov_person_describe_risk (OvPerson *person)
{
  const char *grade_nick;
  const char *grade;
  int value;

  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  grade_nick = ov_person_get_risk_grade (person);
  if (grade_nick == NULL || !ov_enum_from_nick (OV_TYPE_RISK_GRADE, grade_nick, &value))
    return g_strdup (_("Not assessed"));

  grade = ov_enum_get_label (OV_TYPE_RISK_GRADE, value);
  if (ov_person_get_risk_endorsed (person))
    /* Translators: a risk grade, e.g. "High — endorsed" */
    return g_strdup_printf (_("%s — endorsed"), grade);
  /* Translators: a risk grade, e.g. "High — not endorsed" */
  return g_strdup_printf (_("%s — not endorsed"), grade);
}

/**
 * ov_person_describe_nrm:
 *
 * Returns: (transfer full): where the victim's NRM referral or Duty to Notify stands
 */
char *
ov_person_describe_nrm (OvPerson *person)
{
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  return g_strdup (ov_nrm_stage_get_label (ov_person_get_nrm_stage (person)));
}

/**
 * ov_support_staff_new:
 * @anyone: %TRUE for every active member of staff; %FALSE for those with the MSVLO or
 *   SPOC role only
 *
 * Returns: (transfer full) (nullable): the staff who may be a victim's MSVLO or SPOC, by
 *   name, for a drop-down
 */
GListStore *
ov_support_staff_new (OvStore   *store,
                      gboolean   anyone,
                      GError   **error)
{
  g_autoptr(GListStore) choices = g_list_store_new (OV_TYPE_STAFF);
  g_autoptr(GPtrArray) staff = NULL;

  g_return_val_if_fail (OV_IS_STORE (store), NULL);

  staff = ov_store_list_staff (store, TRUE, error);
  if (staff == NULL)
    return NULL;

  for (guint i = 0; i < staff->len; i++)
    {
      OvStaff *person = g_ptr_array_index (staff, i);

      if (anyone ||
          ov_staff_has_role (person, OV_STAFF_ROLE_MSVLO) ||
          ov_staff_has_role (person, OV_STAFF_ROLE_SPOC))
        g_list_store_append (choices, person);
    }
  return g_steal_pointer (&choices);
}
